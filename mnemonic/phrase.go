package mnemonic

import (
	"crypto/sha256"
	"crypto/sha512"
	"errors"
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/crypto/pbkdf2"
	"golang.org/x/text/unicode/norm"
)

// Errors returned by Validate. Errors never contain the words of a phrase.
var (
	// ErrWordCount: a phrase has 12, 15, 18, 21 or 24 words.
	ErrWordCount = errors.New("mnemonic: phrase must have 12, 15, 18, 21 or 24 words")
	// ErrChecksum: the words are all in a wordlist but the checksum fails.
	ErrChecksum = errors.New("mnemonic: checksum does not match")
	// ErrUnknownWord is wrapped by *UnknownWordError.
	ErrUnknownWord = errors.New("mnemonic: word not in any wordlist")
)

// UnknownWordError reports the position (0-based) of the first word that
// is in no wordlist that fits the rest of the phrase. It does not hold the
// word itself.
type UnknownWordError struct{ Index int }

func (e *UnknownWordError) Error() string {
	return fmt.Sprintf("mnemonic: word %d is not in the wordlist", e.Index+1)
}

// Unwrap returns ErrUnknownWord.
func (e *UnknownWordError) Unwrap() error { return ErrUnknownWord }

// Phrase is a validated seed phrase of any of the schemes this package
// reads (BIP-39, Electrum 2.x and old, SLIP-39, Monero, Polyseed, aezeed;
// see Scheme). It prints as "[12-word english phrase]" with every fmt
// verb. It is a secret: the words, indices and entropy come out only
// through the methods whose names start with Reveal, and through Seed.
type Phrase struct {
	lang     Language
	indices  []uint16
	prefixes bool
	scheme   Scheme // "" for BIP-39
}

// validLength reports whether n is a BIP-39 word count.
func validLength(n int) bool { return n >= 12 && n <= 24 && n%3 == 0 }

// Validate checks a phrase written with any whitespace (including the
// ideographic space), in any case, in any of the languages, and returns it
// parsed. English phrases written entirely as unique four-letter prefixes
// are accepted too.
func Validate(phrase string) (Phrase, error) {
	fields := strings.FieldsFunc(norm.NFKD.String(strings.ToLower(phrase)), unicode.IsSpace)
	if !validLength(len(fields)) {
		return Phrase{}, ErrWordCount
	}
	t := data()
	entries := make([]*entry, len(fields))
	mask := uint16(1<<nLang - 1)
	for i, f := range fields {
		e := t.lookup[f]
		if e == nil || e.mask&mask == 0 {
			if p, ok := validatePrefixes(t, fields); ok {
				return p, nil
			}
			if e == nil {
				return Phrase{}, &UnknownWordError{Index: i}
			}
			return Phrase{}, &UnknownWordError{Index: i}
		}
		entries[i] = e
		mask &= e.mask
	}
	idx := make([]uint16, len(fields))
	for li := range nLang {
		if mask&(1<<li) == 0 {
			continue
		}
		for i, e := range entries {
			idx[i] = e.idx[li]
		}
		if checksumOK(idx) {
			return Phrase{lang: languages[li], indices: idx}, nil
		}
	}
	return Phrase{}, ErrChecksum
}

func validatePrefixes(t *tables, fields []string) (Phrase, bool) {
	idx := make([]uint16, len(fields))
	short := false
	for i, f := range fields {
		p, ok := t.prefix[f]
		if !ok {
			return Phrase{}, false
		}
		short = short || !p.full
		idx[i] = p.idx
	}
	if !short || !checksumOK(idx) {
		return Phrase{}, false
	}
	return Phrase{lang: English, indices: idx, prefixes: true}, true
}

// checksumOK reports whether word indices carry a valid BIP-39 checksum.
func checksumOK(idx []uint16) bool {
	ent, cs := split(idx)
	sum := sha256.Sum256(ent)
	bits := len(idx) / 3
	return sum[0]>>(8-bits) == cs
}

// split packs 11-bit indices into entropy bytes and the checksum bits.
func split(idx []uint16) ([]byte, byte) {
	n := len(idx)
	entBits := n * 11 * 32 / 33
	buf := make([]byte, (n*11+7)/8)
	bit := 0
	for _, v := range idx {
		for k := 10; k >= 0; k-- {
			if v>>uint(k)&1 == 1 {
				buf[bit/8] |= 1 << (7 - uint(bit%8))
			}
			bit++
		}
	}
	ent := buf[:entBits/8]
	csBits := n / 3
	var cs byte
	for i := 0; i < csBits; i++ {
		b := entBits + i
		cs = cs<<1 | (buf[b/8]>>(7-uint(b%8)))&1
	}
	return append([]byte(nil), ent...), cs
}

// Language returns the phrase's language.
func (p Phrase) Language() Language { return p.lang }

// Len returns the number of words.
func (p Phrase) Len() int { return len(p.indices) }

// Prefixes reports whether the phrase was written as four-letter prefixes.
func (p Phrase) Prefixes() bool { return p.prefixes }

// IsZero reports whether p is the zero Phrase.
func (p Phrase) IsZero() bool { return len(p.indices) == 0 }

// RevealIndices returns the word indices in the phrase's list (0–2047 for
// BIP-39). They are the secret: anyone holding them holds the phrase.
func (p Phrase) RevealIndices() []int {
	out := make([]int, len(p.indices))
	for i, v := range p.indices {
		out[i] = int(v)
	}
	return out
}

// RevealEntropy returns the 16–32 bytes of entropy a BIP-39 phrase encodes
// (nil for the other schemes, which carry no BIP-39 entropy). The entropy
// is the secret: it re-creates the phrase.
func (p Phrase) RevealEntropy() []byte {
	if p.IsZero() || p.scheme != "" {
		return nil
	}
	ent, _ := split(p.indices)
	return ent
}

// RevealWords returns the full words, NFKD-normalised. They are the
// secret.
func (p Phrase) RevealWords() []string {
	switch p.scheme {
	case SchemeMonero:
		// The list of the seed's language, lower-case NFKD.
		li := moneroLangIndex(p.lang)
		if li < 0 {
			return nil
		}
		list := data().monero[li]
		out := make([]string, len(p.indices))
		for i, v := range p.indices {
			out[i] = list[v]
		}
		return out
	case SchemeSLIP39, SchemeElectrumOld:
		out := make([]string, len(p.indices))
		for i, v := range p.indices {
			if p.scheme == SchemeSLIP39 {
				out[i] = slip39Words[v]
			} else {
				out[i] = electrumOldWords[v]
			}
		}
		return out
	}
	if isElectrum(p.scheme) {
		return p.electrumWords()
	}
	li := langIndex(p.lang)
	if li < 0 {
		return nil
	}
	t := data()
	out := make([]string, len(p.indices))
	for i, v := range p.indices {
		out[i] = t.words[li][v]
	}
	return out
}

// Reveal returns the secret phrase in its canonical form: full NFKD words
// in lower case joined by single ASCII spaces. It is the BIP-39 seed
// input, and the same phrase in any layout, case or prefix form reveals
// the same string.
func (p Phrase) Reveal() string { return strings.Join(p.RevealWords(), " ") }

// Seed derives the secret seed (give it the care the phrase needs): the
// 64-byte seed for BIP-39, PBKDF2-HMAC-SHA512 of the
// normalised phrase with salt "mnemonic"+NFKD(passphrase), 2048 rounds;
// for Electrum 2.x seeds, the same over the seed and passphrase as
// Electrum normalises them (accents removed, no spaces between CJK
// characters) with salt "electrum"+passphrase. For
// old Electrum seeds it is the 32-byte master private key (the stretched
// seed; no passphrase), for Monero the private spend key, for Polyseed the
// 32-byte key polyseed derives (PBKDF2-HMAC-SHA256), for Algorand the
// account's Ed25519 key, for TON the wallet's Ed25519 seed (the
// mnemonic's own password, which few wallets set, is not asked for);
// SLIP-39 shares and aezeed give nil.
func (p Phrase) Seed(passphrase string) []byte {
	switch p.scheme {
	case "":
	case SchemeSLIP39:
		return nil // one share alone yields no seed
	case SchemeMonero:
		return moneroKey(p.indices) // the private spend key
	case SchemeAezeed:
		return nil // enciphered: the seed needs the aezeed passphrase and AEZ
	case SchemeAlgorand:
		key, _ := algorandKey(p.indices) // the account's Ed25519 key; no passphrase
		return key
	case SchemeTON:
		return tonSeed(p.indices) // the wallet's Ed25519 seed, without password
	case SchemeElectrumOld:
		return electrumOldSecret(p.indices) // the master private key; no passphrase
	case SchemePolyseed:
		return polyseedKey(polyseedCodes(p.lang, p.indices)) // the wallet key, before any passphrase
	default:
		return p.electrumSeed(passphrase)
	}
	return pbkdf2.Key([]byte(p.Reveal()), []byte("mnemonic"+norm.NFKD.String(passphrase)), 2048, 64, sha512.New)
}

// String describes the phrase without its words.
func (p Phrase) String() string {
	if p.IsZero() {
		return "[no phrase]"
	}
	if p.scheme != "" {
		return fmt.Sprintf("[%d-word %s seed]", len(p.indices), p.scheme)
	}
	return fmt.Sprintf("[%d-word %s phrase]", len(p.indices), p.lang)
}

// Format prints String for every verb, so no verb shows the words.
func (p Phrase) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(p.String())) }

// FromEntropy returns the phrase that encodes entropy (16, 20, 24, 28 or 32
// bytes) in lang. Tests and fixture generators use it.
func FromEntropy(entropy []byte, lang Language) (Phrase, error) {
	li := langIndex(lang)
	if li < 0 {
		return Phrase{}, fmt.Errorf("mnemonic: unknown language %q", lang)
	}
	n := len(entropy)
	if n < 16 || n > 32 || n%4 != 0 {
		return Phrase{}, errors.New("mnemonic: entropy must be 16, 20, 24, 28 or 32 bytes")
	}
	sum := sha256.Sum256(entropy)
	all := append(append([]byte(nil), entropy...), sum[0])
	words := (n*8 + n/4) / 11
	idx := make([]uint16, words)
	for w := range idx {
		var v uint16
		for k := 0; k < 11; k++ {
			b := w*11 + k
			v = v<<1 | uint16(all[b/8]>>(7-uint(b%8))&1)
		}
		idx[w] = v
	}
	return Phrase{lang: lang, indices: idx}, nil
}
