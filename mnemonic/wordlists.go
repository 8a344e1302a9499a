package mnemonic

import (
	"strings"
	"sync"

	"github.com/tyler-smith/go-bip39/wordlists"
	"golang.org/x/text/unicode/norm"
)

// Language names a BIP-39 wordlist.
type Language string

// The ten official BIP-39 languages.
const (
	English            Language = "english"
	Japanese           Language = "japanese"
	Korean             Language = "korean"
	Spanish            Language = "spanish"
	ChineseSimplified  Language = "chinese_simplified"
	ChineseTraditional Language = "chinese_traditional"
	French             Language = "french"
	Italian            Language = "italian"
	Czech              Language = "czech"
	Portuguese         Language = "portuguese"
)

// languages is the order in which languages are tried when a phrase is
// valid in more than one (English before French for their 100 shared
// words, simplified before traditional Chinese).
var languages = [...]Language{English, Spanish, French, Italian, Czech, Portuguese, Japanese, Korean, ChineseSimplified, ChineseTraditional}

const nLang = len(languages)

// Languages returns the supported languages.
func Languages() []Language { return append([]Language(nil), languages[:]...) }

// entry is what a normalised word maps to: the languages it belongs to
// (bit i for languages[i]) and its index in each.
type entry struct {
	mask   uint16
	idx    [nLang]uint16
	slip   uint16 // index+1 in the SLIP-39 list, 0 if not a SLIP-39 word
	monero uint16 // index+1 in the Monero English list
}

// prefixEntry is an English word reached by its unique first four letters.
type prefixEntry struct {
	idx  uint16
	full bool // the token is the whole word, not a shortened form
}

type tables struct {
	words  [nLang][]string // NFKD words per language
	lookup map[string]*entry
	prefix map[string]prefixEntry // English: 4-letter prefixes and 3-letter words
	// maxASCII is the length of the longest ASCII word in any list.
	maxASCII int
	// quick is a filter over the length and first four letters of every
	// ASCII word and prefix: most tokens of ordinary text miss it and
	// never reach the map.
	quick [1 << 16]bool
}

// quickKey hashes a lower-case ASCII token's length and first four bytes.
func quickKey(b []byte) uint16 {
	var x uint32 = uint32(len(b))
	for i := 0; i < 4 && i < len(b); i++ {
		x = x*31 + uint32(b[i])
	}
	x ^= x >> 15
	x *= 0x2c1b3c6d
	x ^= x >> 12
	return uint16(x)
}

// data returns the wordlist tables, built once on first use and read-only
// after that, so they are safe for concurrent use.
var data = sync.OnceValue(buildTables)

func buildTables() *tables {
	src := map[Language][]string{
		English: wordlists.English, Japanese: wordlists.Japanese, Korean: wordlists.Korean,
		Spanish: wordlists.Spanish, ChineseSimplified: wordlists.ChineseSimplified,
		ChineseTraditional: wordlists.ChineseTraditional, French: wordlists.French,
		Italian: wordlists.Italian, Czech: wordlists.Czech, Portuguese: portuguese[:],
	}
	t := &tables{lookup: make(map[string]*entry, 16000), prefix: make(map[string]prefixEntry, 2048)}
	for li, lang := range languages {
		list := src[lang]
		t.words[li] = make([]string, len(list))
		for i, w := range list {
			w = norm.NFKD.String(strings.ToLower(w))
			t.words[li][i] = w
			e := t.lookup[w]
			if e == nil {
				e = &entry{}
				t.lookup[w] = e
			}
			e.mask |= 1 << li
			if isASCII(w) {
				t.maxASCII = max(t.maxASCII, len(w))
			}
			e.idx[li] = uint16(i)
		}
	}
	for i, w := range t.words[0] {
		p := w
		if len(p) > 4 {
			p = p[:4]
		}
		t.prefix[p] = prefixEntry{idx: uint16(i), full: p == w}
	}
	for i, w := range slip39Words {
		e := t.lookup[w]
		if e == nil {
			e = &entry{}
			t.lookup[w] = e
		}
		e.slip = uint16(i + 1)
		t.maxASCII = max(t.maxASCII, len(w))
	}
	for i, w := range moneroWords {
		e := t.lookup[w]
		if e == nil {
			e = &entry{}
			t.lookup[w] = e
		}
		e.monero = uint16(i + 1)
		t.maxASCII = max(t.maxASCII, len(w))
	}
	for w := range t.lookup {
		if isASCII(w) {
			t.quick[quickKey([]byte(w))] = true
		}
	}
	for p := range t.prefix {
		t.quick[quickKey([]byte(p))] = true
	}
	return t
}

// langIndex returns the position of lang in languages, or -1.
func langIndex(lang Language) int {
	for i, l := range languages {
		if l == lang {
			return i
		}
	}
	return -1
}

// Wordlist returns the 2048 words of lang, NFKD-normalised, or nil for an
// unknown language.
func Wordlist(lang Language) []string {
	li := langIndex(lang)
	if li < 0 {
		return nil
	}
	return append([]string(nil), data().words[li]...)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
