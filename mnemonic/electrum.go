package mnemonic

import (
	"crypto/hmac"
	"crypto/sha512"
	"encoding/hex"
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/crypto/pbkdf2"
	"golang.org/x/text/unicode/norm"
)

// Scheme names the seed scheme a Phrase follows: how its words encode
// the secret and how a wallet derives keys from them.
type Scheme string

// Schemes a Phrase can follow.
const (
	SchemeBIP39             Scheme = "bip39"
	SchemeElectrumStandard  Scheme = "electrum-standard"
	SchemeElectrumSegwit    Scheme = "electrum-segwit"
	SchemeElectrum2FA       Scheme = "electrum-2fa"
	SchemeElectrum2FASegwit Scheme = "electrum-2fa-segwit"
)

// electrumLists are the wordlists Electrum 2.x ships (electrum/wordlist/:
// english, spanish, japanese, chinese_simplified, portuguese). Bit i of
// entry.electrum stands for electrumLists[i]: bit 0 English, 1 Spanish,
// 2 Japanese, 3 simplified Chinese, 4 Electrum's Portuguese. The first
// four are the BIP-39 lists of their language word for word; the
// Portuguese one is its own list (ElectrumPortuguese). A phrase whose
// words are in several lists takes the first, in this order, that holds
// every word as written.
var electrumLists = [...]Language{English, Spanish, Japanese, ChineseSimplified, ElectrumPortuguese}

const nElectrum = len(electrumLists)

// ElectrumLanguages returns the languages of Electrum 2.x seeds.
func ElectrumLanguages() []Language { return append([]Language(nil), electrumLists[:]...) }

// electrumLangIndex returns the position of lang in electrumLists, or -1.
func electrumLangIndex(lang Language) int {
	for i, l := range electrumLists {
		if l == lang {
			return i
		}
	}
	return -1
}

// Word counts electrumPhrase and ValidateElectrum accept. Electrum itself
// checks no count and no wordlist (any text whose hash has a version
// prefix is a seed, down to two words), but its generator never writes
// fewer than 12 words (make_seed: 132 bits, at least 12 words of a
// 2048-word list, 12 or 13 of the 1626-word Portuguese one; versions
// before 2.7 wrote 13), and the longest seeds it made are the 2FA seeds
// of before 2.7, 24 or 25 words (its tests carry both).
const (
	electrumMinWords = 12
	electrumMaxWords = 25
)

// electrumPrefixes are the version prefixes of Electrum 2.x seeds: the
// hex of HMAC-SHA512(key "Seed version", normalised seed) starts with
// them (spesmilo/electrum version.py: SEED_PREFIX, SEED_PREFIX_SW,
// SEED_PREFIX_2FA, SEED_PREFIX_2FA_SW), in the order Electrum's
// calc_seed_type tries them.
var electrumPrefixes = []struct {
	prefix string
	scheme Scheme
}{
	{"01", SchemeElectrumStandard},
	{"100", SchemeElectrumSegwit},
	{"101", SchemeElectrum2FA},
	{"102", SchemeElectrum2FASegwit},
}

// electrumScheme returns the Electrum seed type of a seed normalised by
// electrumNormalize and written in n words, or "". A random phrase
// matches by chance once in 256 (standard) or 4096 (the others). As in
// Electrum, the 2FA prefix counts only for 12 words or 20 and more
// (older 2FA seeds are told apart from newer ones by their length).
func electrumScheme(normalized string, n int) Scheme {
	m := hmac.New(sha512.New, []byte("Seed version"))
	m.Write([]byte(normalized))
	h := hex.EncodeToString(m.Sum(nil)[:2])
	for _, p := range electrumPrefixes {
		if !strings.HasPrefix(h, p.prefix) {
			continue
		}
		if p.scheme == SchemeElectrum2FA && n != 12 && n < 20 {
			return ""
		}
		return p.scheme
	}
	return ""
}

// electrumNormalize is Electrum's normalize_text: NFKD, lower case,
// combining marks removed, whitespace runs made one space and trimmed,
// and the spaces between two CJK characters removed.
func electrumNormalize(s string) string {
	s = pyLower(norm.NFKD.String(s))
	s = strings.Join(strings.FieldsFunc(stripMarks(s), pyIsSpace), " ")
	if !strings.Contains(s, " ") {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range rs {
		if r == ' ' && i > 0 && i+1 < len(rs) && electrumCJK(rs[i-1]) && electrumCJK(rs[i+1]) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// stripMarks removes every rune of non-zero canonical combining class
// (Python's unicodedata.combining), which on NFKD text removes accents,
// and the voicing marks of kana.
func stripMarks(s string) string {
	if isASCII(s) {
		return s
	}
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		if norm.NFKD.PropertiesString(s[i:]).CCC() == 0 {
			i += size
			continue
		}
		b := make([]byte, i, len(s))
		copy(b, s[:i])
		for j := i; j < len(s); {
			_, size := utf8.DecodeRuneInString(s[j:])
			if norm.NFKD.PropertiesString(s[j:]).CCC() == 0 {
				b = append(b, s[j:j+size]...)
			}
			j += size
		}
		return string(b)
	}
	return s
}

// pyIsSpace is the whitespace of Python's str.split: Unicode white space
// and the four separators U+001C–U+001F.
func pyIsSpace(r rune) bool { return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f }

// pyLower is Python's str.lower: simple lower-casing, except that a
// capital sigma at the end of a word becomes a final sigma. (The other
// special mapping, of U+0130, cannot occur after NFKD.)
func pyLower(s string) string {
	if !strings.ContainsRune(s, 'Σ') {
		return strings.ToLower(s)
	}
	rs := []rune(s)
	out := make([]rune, len(rs))
	for i, r := range rs {
		out[i] = unicode.ToLower(r)
		if r != 'Σ' {
			continue
		}
		before, after := false, false
		for j := i - 1; j >= 0; j-- {
			if !caseIgnorable(rs[j]) {
				before = cased(rs[j])
				break
			}
		}
		for j := i + 1; j < len(rs); j++ {
			if !caseIgnorable(rs[j]) {
				after = cased(rs[j])
				break
			}
		}
		if before && !after {
			out[i] = 'ς'
		}
	}
	return string(out)
}

func cased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) ||
		unicode.Is(unicode.Other_Lowercase, r) || unicode.Is(unicode.Other_Uppercase, r)
}

func caseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '·', '\u2018', '\u2019', '\u2024', '\ufe52', '\uff07', '\uff0e', '\u00ad':
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// electrumCJKRanges are the intervals of Electrum's CJK_INTERVALS
// (mnemonic.py): ideographs, radicals, strokes, kana, bopomofo, hangul,
// fullwidth forms, Lisu, Miao and Yi.
var electrumCJKRanges = [...][2]rune{
	{0x4E00, 0x9FFF}, {0x3400, 0x4DBF}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B73F},
	{0x2B740, 0x2B81F}, {0xF900, 0xFAFF}, {0x2F800, 0x2FA1D}, {0x3190, 0x319F},
	{0x2E80, 0x2EFF}, {0x2F00, 0x2FDF}, {0x31C0, 0x31EF}, {0x2FF0, 0x2FFF},
	{0xE0100, 0xE01EF}, {0x3100, 0x312F}, {0x31A0, 0x31BF}, {0xFF00, 0xFFEF},
	{0x3040, 0x309F}, {0x30A0, 0x30FF}, {0x31F0, 0x31FF}, {0x1B000, 0x1B0FF},
	{0xAC00, 0xD7AF}, {0x1100, 0x11FF}, {0xA960, 0xA97F}, {0xD7B0, 0xD7FF},
	{0x3130, 0x318F}, {0xA4D0, 0xA4FF}, {0x16F00, 0x16F9F}, {0xA000, 0xA48F},
	{0xA490, 0xA4CF},
}

func electrumCJK(r rune) bool {
	for _, iv := range electrumCJKRanges {
		if r >= iv[0] && r <= iv[1] {
			return true
		}
	}
	return false
}

// electrumOldShaped reports whether Electrum would take a normalised seed
// for an old (pre-2.0) seed, which it tries first (is_old_seed): 12 or 24
// words of the old list, or hex of 16 or 32 bytes.
func electrumOldShaped(normalized string) bool {
	words := strings.FieldsFunc(normalized, pyIsSpace)
	if len(words) == 12 || len(words) == 24 {
		ix := electrumOldIndex()
		all := true
		for _, w := range words {
			if _, ok := ix[w]; !ok {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	// bytes.fromhex: pairs of hex digits, ASCII whitespace between pairs.
	n := 0
	for i := 0; i < len(normalized); {
		if strings.IndexByte(" \t\n\r\v\f", normalized[i]) >= 0 {
			i++
			continue
		}
		if i+1 >= len(normalized) || !isHexDigit(normalized[i]) || !isHexDigit(normalized[i+1]) {
			return false
		}
		n++
		i += 2
	}
	return n == 16 || n == 32
}

func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// Reasons ValidateElectrum gives beyond the common errors.
var (
	errElectrumRepetitive = errors.New("mnemonic: fewer than half the words are distinct")
	errElectrumOld        = errors.New("mnemonic: Electrum reads these words as an old (pre-2.0) seed")
)

// electrumPhrase reports whether words (tokens as found in text, lower-case
// NFKD, in order) make a valid Electrum 2.x seed in one of Electrum's
// wordlists, and returns it (scheme set, language set). Words outside every
// Electrum list make it false. Repetitive seeds (fewer than half the words
// distinct) are false.
func electrumPhrase(words []string) (Phrase, bool) {
	p, err := electrumCheck(words)
	return p, err == nil
}

// electrumCheck is electrumPhrase with the reason for a refusal. A word
// counts with or without its accents (Electrum hashes it without).
func electrumCheck(words []string) (Phrase, error) {
	n := len(words)
	if n < electrumMinWords || n > electrumMaxWords {
		return Phrase{}, ErrWordCount
	}
	t := data()
	mask := uint8(1<<nElectrum - 1)
	for i, w := range words {
		var bits uint8
		if e := t.lookup[w]; e != nil {
			bits = e.electrum
		}
		if s := stripMarks(w); s != w {
			if e := t.lookup[s]; e != nil {
				bits |= e.electrum
			}
		}
		if bits&mask == 0 {
			return Phrase{}, &UnknownWordError{Index: i}
		}
		mask &= bits
	}
	li := -1
	for k := range nElectrum {
		if mask&(1<<k) == 0 {
			continue
		}
		if li < 0 {
			li = k
		}
		exact := true
		for _, w := range words {
			if i, ok := t.electrumIndex[k][w]; !ok || t.electrum[k][i] != w {
				exact = false
				break
			}
		}
		if exact {
			li = k
			break
		}
	}
	ix := t.electrumIndex[li]
	idx := make([]uint16, n)
	for i, w := range words {
		v, ok := ix[w]
		if !ok {
			v = ix[stripMarks(w)]
		}
		idx[i] = v
	}
	if repetitive(idx) {
		return Phrase{}, errElectrumRepetitive
	}
	normalized := electrumNormalize(strings.Join(words, " "))
	if electrumOldShaped(normalized) {
		return Phrase{}, errElectrumOld
	}
	scheme := electrumScheme(normalized, n)
	if scheme == "" {
		return Phrase{}, ErrChecksum
	}
	return Phrase{lang: electrumLists[li], indices: idx, scheme: scheme}, nil
}

// ValidateElectrum checks an Electrum 2.x seed: 12 to 25 words of one of
// Electrum's wordlists (ElectrumLanguages), in any case and spacing, with
// or without accents, simplified Chinese also without spaces. It returns
// the seed with its scheme, or ErrWordCount, *UnknownWordError,
// ErrChecksum (no version prefix, or the 2FA prefix on 13 to 19 words)
// or an error for seeds Electrum reads as old seeds and for repetitive
// ones.
func ValidateElectrum(seed string) (Phrase, error) {
	fields := strings.FieldsFunc(norm.NFKD.String(strings.ToLower(seed)), pyIsSpace)
	if len(fields) > 4*electrumMaxWords {
		return Phrase{}, ErrWordCount
	}
	t := data()
	words := make([]string, 0, len(fields))
	for _, f := range fields {
		if !electrumKnown(t, f) && utf8.RuneCountInString(f) > 1 && allHan(f) {
			for _, r := range f {
				words = append(words, string(r))
			}
			continue
		}
		words = append(words, f)
	}
	return electrumCheck(words)
}

// electrumKnown reports whether w, or w without its marks, is a word of
// an Electrum list.
func electrumKnown(t *tables, w string) bool {
	if e := t.lookup[w]; e != nil && e.electrum != 0 {
		return true
	}
	e := t.lookup[stripMarks(w)]
	return e != nil && e.electrum != 0
}

func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// electrumWords returns the words of an Electrum seed from its list.
func (p Phrase) electrumWords() []string {
	li := electrumLangIndex(p.lang)
	if li < 0 {
		return nil
	}
	list := data().electrum[li]
	out := make([]string, len(p.indices))
	for i, v := range p.indices {
		if int(v) >= len(list) {
			return nil
		}
		out[i] = list[v]
	}
	return out
}

// isElectrum reports whether a scheme is one of Electrum 2.x.
func isElectrum(scheme Scheme) bool {
	switch scheme {
	case SchemeElectrumStandard, SchemeElectrumSegwit, SchemeElectrum2FA, SchemeElectrum2FASegwit:
		return true
	}
	return false
}

// Scheme returns the phrase's seed scheme: SchemeBIP39 or one of the
// other Scheme constants.
func (p Phrase) Scheme() Scheme {
	if p.scheme == "" {
		return SchemeBIP39
	}
	return p.scheme
}

// electrumSeed derives an Electrum 2.x seed (mnemonic_to_seed):
// PBKDF2-HMAC-SHA512 over the normalised seed, salt "electrum" + the
// normalised passphrase, 2048 rounds; both normalised by Electrum's
// normalize_text.
func (p Phrase) electrumSeed(passphrase string) []byte {
	return pbkdf2.Key([]byte(electrumNormalize(p.Reveal())), []byte("electrum"+electrumNormalize(passphrase)), 2048, 64, sha512.New)
}
