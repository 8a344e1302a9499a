package mnemonic

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"golang.org/x/crypto/pbkdf2"
	"golang.org/x/text/unicode/norm"
)

// SchemePolyseed marks a Polyseed: tevador's 16-word Monero seed
// (github.com/tevador/polyseed).
//
// Facts used here, all from that repository (README.md, src/gf.h, src/gf.c,
// src/features.[ch], src/birthday.h, src/polyseed.c, src/lang*.c,
// include/polyseed.h):
//
//   - Each word is an element of GF(2048) (11 bits); the word list is the
//     BIP-39 list of the language, sorted (see polyseedTables). Word 1 is
//     the check word; words 2–16 each carry 10 secret bits, most
//     significant first, and one extra bit in bit 0. The 15 extra bits,
//     word 2 first, are 5 feature bits then a 10-bit birthday.
//   - The phrase c0…c15 is read as the polynomial Σ cᵢ·xⁱ, reduced by
//     x¹¹ + x² + 1, and is valid when it vanishes at x = 2 after the coin
//     number is XORed into word 2 (c1). Coins: Monero 0, Aeon 1, Wownero 2.
//   - Feature bit 16 marks a passphrase-encrypted seed; bit 8 is reserved
//     and bits 1, 2, 4 are user features that the library refuses unless a
//     wallet enables them (none do by default), so only 0 and 16 decode.
//   - Birthday b means the time 1635768000 + b·2629746 (Unix seconds; one
//     step is 1/12 of the Gregorian year, from 1 November 2021 12:00 UTC).
//   - The key is PBKDF2-HMAC-SHA256 of the 32-byte secret buffer (150 bits
//     in 19 bytes, zero padded) with a 32-byte salt "POLYSEED key", 0x00,
//     0xff×3, then coin, birthday and features as little-endian uint32,
//     10000 rounds.
const SchemePolyseed Scheme = "polyseed"

const (
	polyseedWords      = 16
	polyseedEpoch      = 1635768000 // 2021-11-01 12:00 UTC
	polyseedTimeStep   = 2629746    // seconds, 1/12 of the Gregorian year
	polyseedDateBits   = 10
	polyseedEncrypted  = 16 // feature bit: seed encrypted by a passphrase
	polyseedSecretLen  = 19 // bytes holding the 150 secret bits
	polyseedKDFRounds  = 10000
	polyseedKeyLen     = 32
	polyseedGFMask     = 1<<11 - 1
	polyseedReduceMask = 0x805 // x¹¹ + x² + 1
)

// polyseedCoins are the coins polyseed defines, in the order they are
// tried: Monero, Aeon, Wownero.
var polyseedCoins = [...]uint16{0, 1, 2}

// polyseedMul2 multiplies a GF(2048) element by x (that is, by 2).
func polyseedMul2(x uint16) uint16 {
	x <<= 1
	if x&(1<<11) != 0 {
		x ^= polyseedReduceMask
	}
	return x
}

// polyseedResidue evaluates the phrase polynomial at x = 2 by Horner's
// rule; it is zero for a valid Monero phrase, and polyseedMul2(coin) for a
// valid phrase of another coin (the coin is XORed into the x¹ term).
func polyseedResidue(c []uint16) uint16 {
	r := c[len(c)-1] & polyseedGFMask
	for i := len(c) - 2; i >= 0; i-- {
		r = polyseedMul2(r) ^ c[i]&polyseedGFMask
	}
	return r
}

// polyseedCoin returns the defined coin whose checksum 16 polyseed codes
// satisfy. A given phrase satisfies the checksum of exactly one coin
// number in 0–2047, so at most one defined coin fits.
func polyseedCoin(c []uint16) (int, bool) {
	if len(c) != polyseedWords {
		return 0, false
	}
	for _, v := range c {
		if v > polyseedGFMask {
			return 0, false
		}
	}
	r := polyseedResidue(c)
	for _, coin := range polyseedCoins {
		if r == polyseedMul2(coin) {
			return int(coin), true
		}
	}
	return 0, false
}

// polyseedExtra returns the 15 extra bits (features, then birthday) of 16
// codes read for coin.
func polyseedExtra(c []uint16, coin int) uint16 {
	var e uint16
	for i := 1; i < polyseedWords; i++ {
		v := c[i]
		if i == 1 {
			v ^= uint16(coin)
		}
		e = e<<1 | v&1
	}
	return e
}

// polyseedValid reports whether 16 polyseed codes are a seed polyseed
// would decode: the checksum holds for Monero (coin 0), Aeon (1) or
// Wownero (2), and no feature bit other than "encrypted" is set. The codes
// are the positions of the words in polyseed's own lists, which are the
// BIP-39 indices for English, French, Italian, Korean, Portuguese and both
// Chinese lists; for Spanish, Czech and Japanese, whose lists polyseed
// sorts differently, convert BIP-39 indices with polyseedCodes (or call
// polyseedValidLang). A random sequence passes the checksum of a given
// coin once in 2048 and the feature check once in 16, so about once in
// 11000 with the three coins. coin is set when the checksum holds even if
// ok is false.
func polyseedValid(idx []uint16) (coin int, ok bool) {
	coin, ok = polyseedCoin(idx)
	if !ok {
		return 0, false
	}
	features := polyseedExtra(idx, coin) >> polyseedDateBits
	return coin, features&^polyseedEncrypted == 0
}

// polyseedValidLang is polyseedValid for BIP-39 indices of lang.
func polyseedValidLang(lang Language, idx []uint16) (coin int, ok bool) {
	c := polyseedCodes(lang, idx)
	if c == nil {
		return 0, false
	}
	return polyseedValid(c)
}

// polyseedFeatures returns the 5 feature bits of 16 polyseed codes (16:
// encrypted by a passphrase; 8: reserved; 1, 2, 4: user features), read for
// the coin whose checksum holds, or for Monero if none does.
func polyseedFeatures(idx []uint16) int {
	if len(idx) != polyseedWords {
		return 0
	}
	coin, _ := polyseedCoin(idx)
	return int(polyseedExtra(idx, coin) >> polyseedDateBits)
}

// polyseedBirthday returns the wallet birthday that 16 polyseed codes
// carry: the start of a 2629746-second step after 1 November 2021 12:00
// UTC, in UTC. The coin does not affect it.
func polyseedBirthday(idx []uint16) time.Time {
	if len(idx) != polyseedWords {
		return time.Time{}
	}
	b := int64(polyseedExtra(idx, 0) & (1<<polyseedDateBits - 1))
	return time.Unix(polyseedEpoch+b*polyseedTimeStep, 0).UTC()
}

// polyseedKDFInput returns the PBKDF2 password (the 32-byte secret buffer)
// and salt that polyseed_keygen uses for 16 codes read for coin.
func polyseedKDFInput(idx []uint16, coin int) (pw, salt []byte) {
	pw = make([]byte, 32)
	// The 150 secret bits, 10 per word of words 2–16, fill bytes 0–17 and
	// the low 6 bits of byte 18, most significant first.
	var acc uint32
	n, out := 0, 0
	for i := 1; i < polyseedWords; i++ {
		v := idx[i]
		if i == 1 {
			v ^= uint16(coin)
		}
		acc = acc<<10 | uint32(v>>1&0x3ff)
		n += 10
		for n >= 8 && out < polyseedSecretLen-1 {
			n -= 8
			pw[out] = byte(acc >> n)
			out++
		}
	}
	pw[out] = byte(acc & (1<<n - 1)) // the last 6 bits
	extra := polyseedExtra(idx, coin)
	salt = make([]byte, 32)
	copy(salt, "POLYSEED key")
	salt[13], salt[14], salt[15] = 0xff, 0xff, 0xff
	binary.LittleEndian.PutUint32(salt[16:], uint32(coin))
	binary.LittleEndian.PutUint32(salt[20:], uint32(extra&(1<<polyseedDateBits-1)))
	binary.LittleEndian.PutUint32(salt[24:], uint32(extra>>polyseedDateBits))
	return pw, salt
}

// polyseedKey derives the 32-byte key polyseed_keygen gives for 16 valid
// codes, for the coin whose checksum holds (nil if invalid). For an
// encrypted seed it is the key of the still-encrypted secret, which is no
// wallet's key.
func polyseedKey(idx []uint16) []byte {
	coin, ok := polyseedValid(idx)
	if !ok {
		return nil
	}
	pw, salt := polyseedKDFInput(idx, coin)
	return pbkdf2.Key(pw, salt, polyseedKDFRounds, polyseedKeyLen, sha256.New)
}

// polyseedTables holds polyseed's view of the BIP-39 lists.
type polyseedTables struct {
	// code maps a BIP-39 index to the polyseed code: polyseed sorts each
	// list (src/lang.c searches it by bisection) by bytes of the NFKD
	// words, with the non-ASCII bytes skipped in Spanish and French; the
	// Chinese lists keep their order. This changes the order of the
	// Spanish, Czech and Japanese lists only.
	code [nLang][]uint16
	// folded holds the words as polyseed compares them in the languages
	// that accept abbreviations (accents dropped in Spanish and French).
	folded [nLang][]string
	// short maps the first four folded bytes of a word, or the whole
	// folded word if shorter, to its BIP-39 index.
	short [nLang]map[string]uint16
}

// polyseedPrefixLang reports whether polyseed accepts words of lang cut
// to four or more characters, and whether it ignores accents.
func polyseedPrefixLang(lang Language) (prefix, accents bool) {
	switch lang {
	case English, Italian, Czech, Portuguese:
		return true, false
	case Spanish, French:
		return true, true
	}
	return false, false
}

// stripNonASCII drops every byte ≥ 0x80, as polyseed does to compare
// Spanish and French words without accents.
func stripNonASCII(s string) string {
	if isASCII(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] < 0x80 {
			b = append(b, s[i])
		}
	}
	return string(b)
}

var polyseedData = sync.OnceValue(func() *polyseedTables {
	t := data()
	pt := &polyseedTables{}
	for li, lang := range languages {
		words := t.words[li]
		prefix, accents := polyseedPrefixLang(lang)
		key := func(w string) string {
			if accents {
				return stripNonASCII(w)
			}
			return w
		}
		code := make([]uint16, len(words))
		order := make([]int, len(words))
		for i := range order {
			order[i] = i
		}
		if lang != ChineseSimplified && lang != ChineseTraditional {
			slices.SortFunc(order, func(a, b int) int {
				return bytes.Compare([]byte(key(words[a])), []byte(key(words[b])))
			})
		}
		for c, i := range order {
			code[i] = uint16(c)
		}
		pt.code[li] = code
		if !prefix {
			continue
		}
		pt.folded[li] = make([]string, len(words))
		pt.short[li] = make(map[string]uint16, len(words))
		for i, w := range words {
			f := key(w)
			pt.folded[li][i] = f
			if len(f) > 4 {
				f = f[:4]
			}
			pt.short[li][f] = uint16(i)
		}
	}
	return pt
})

// polyseedCodes converts BIP-39 indices of lang to polyseed codes (nil for
// an unknown language).
func polyseedCodes(lang Language, idx []uint16) []uint16 {
	li := langIndex(lang)
	if li < 0 {
		return nil
	}
	code := polyseedData().code[li]
	out := make([]uint16, len(idx))
	for i, v := range idx {
		if int(v) >= len(code) {
			return nil
		}
		out[i] = code[v]
	}
	return out
}

// polyseedWord finds a lower-case NFKD token in language li: the whole
// word, or, in the languages that allow it, four or more of its first
// characters, accents optional in Spanish and French (src/lang.c). short
// reports that the token was not the exact word.
func (pt *polyseedTables) word(t *tables, li int, f string) (idx uint16, short, ok bool) {
	if e := t.lookup[f]; e != nil && e.mask&(1<<li) != 0 && t.words[li][e.idx[li]] == f {
		return e.idx[li], false, true // the word as listed, not folded
	}
	if pt.short[li] == nil {
		return 0, false, false
	}
	k := f
	if _, accents := polyseedPrefixLang(languages[li]); accents {
		k = stripNonASCII(f)
	}
	p := k
	if len(p) > 4 {
		p = p[:4]
	}
	i, found := pt.short[li][p]
	if !found || !strings.HasPrefix(pt.folded[li][i], k) || (len(k) < 4 && pt.folded[li][i] != k) {
		return 0, false, false
	}
	return i, true, true
}

// ValidatePolyseed checks a 16-word Polyseed written in any of the BIP-39
// languages, in any case and with any whitespace, and returns it with its
// BIP-39 word indices. As polyseed allows, words of English, Spanish,
// French, Italian, Czech and Portuguese may be cut to their first four (or
// more) characters, and Spanish and French words may lack their accents;
// Prefixes then reports true. The checksum may hold for Monero, Aeon or
// Wownero. Seeds with feature bits polyseed refuses by default give
// ErrChecksum. When the words fit several languages, the first language in
// which the seed is valid wins.
func ValidatePolyseed(phrase string) (Phrase, error) {
	fields := strings.FieldsFunc(norm.NFKD.String(strings.ToLower(phrase)), unicode.IsSpace)
	if len(fields) != polyseedWords {
		return Phrase{}, ErrWordCount
	}
	t := data()
	pt := polyseedData()
	furthest, matched := 0, false
	idx := make([]uint16, polyseedWords)
	codes := make([]uint16, polyseedWords)
	for li := range nLang {
		anyShort := false
		n := 0
		for ; n < polyseedWords; n++ {
			i, short, ok := pt.word(t, li, fields[n])
			if !ok {
				break
			}
			idx[n], codes[n] = i, pt.code[li][i]
			anyShort = anyShort || short
		}
		if n < polyseedWords {
			furthest = max(furthest, n)
			continue
		}
		matched = true
		if _, ok := polyseedValid(codes); ok {
			return Phrase{lang: languages[li], indices: slices.Clone(idx), prefixes: anyShort, scheme: SchemePolyseed}, nil
		}
	}
	if !matched {
		return Phrase{}, &UnknownWordError{Index: furthest}
	}
	return Phrase{}, ErrChecksum
}
