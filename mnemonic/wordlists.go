package mnemonic

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/tyler-smith/go-bip39/wordlists"
	"golang.org/x/text/unicode/norm"
)

// Language names the language of a wordlist: of BIP-39 (Languages), of
// Monero seeds (MoneroLanguages) or of Electrum 2.x seeds
// (ElectrumLanguages).
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

// Languages that only Monero seeds use (see MoneroLanguages); Monero's
// other lists reuse the BIP-39 names above.
const (
	Dutch     Language = "dutch"
	German    Language = "german"
	Russian   Language = "russian"
	Esperanto Language = "esperanto"
	Lojban    Language = "lojban"
)

// ElectrumPortuguese is the list Electrum 2.x writes Portuguese seeds in
// (electrum/wordlist/portuguese.txt, 1626 words): not the BIP-39
// Portuguese list. Electrum's other lists are the BIP-39 lists of their
// language.
const ElectrumPortuguese Language = "electrum_portuguese"

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
	mask uint16
	idx  [nLang]uint16
	slip uint16 // index+1 in the SLIP-39 list, 0 if not a SLIP-39 word
	// electrum has bit i set when the word, or the word with its accents
	// removed, is in electrumLists[i] (Electrum hashes seeds without
	// accents, so both spellings make the same seed).
	electrum uint8
	monero   *moneroEntry // the word's place in the Monero lists, nil if in none
}

// moneroEntry is where a word stands in the Monero lists: bit i of mask
// for moneroLists[i], and its index there. Only Monero words have one, so
// the BIP-39 entries stay small.
type moneroEntry struct {
	mask uint16
	idx  [nMonero]uint16
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
	// altPrefix maps the first four letters of each word of the
	// typoLists, accents removed, to the word in each list.
	altPrefix map[string]*entry
	// monero holds the words of each Monero list, lower-case NFKD.
	monero [nMonero][]string
	// electrum holds the words of each Electrum list (electrumLists),
	// lower-case NFKD; electrumIndex maps each word, and each word
	// without its combining marks, to its index there.
	electrum      [nElectrum][]string
	electrumIndex [nElectrum]map[string]uint16
	// maxASCII is the length of the longest ASCII word in any list.
	maxASCII int
	// quick is a one-hash Bloom filter (2^20 bits) over every ASCII word
	// and prefix: about 2% of its bits are set, so almost every token of
	// ordinary text misses it and never reaches the maps.
	quick [1 << 14]uint64
	// ascii answers lookup and prefix together for lower-case ASCII
	// tokens, by the hash the tokeniser computes anyway: open
	// addressing over asciiSlots, whose slot k holds asciiKeys[k-1].
	asciiSlots []asciiSlot
	asciiKeys  []asciiKey
	// keyRunes has bit r set for each rune r of the Basic Multilingual
	// Plane that can stand in a word whose lookup key is in lookup: r is
	// a format character (lookup drops those), or every rune of the NFKD
	// form of its lower case occurs in some key. A word with any other
	// rune of the plane can be in no list (see mayBeKey).
	keyRunes [0x10000 / 64]uint64
	// slab is the block entryFor cuts new entries from while the tables
	// are built.
	slab []entry
}

// asciiSlot is a slot of the ASCII table: a key's hash and its number in
// asciiKeys plus one (0 for an empty slot).
type asciiSlot struct {
	hash uint32
	key  uint32
}

// asciiKey is what lookup and prefix hold for one ASCII key.
type asciiKey struct {
	word   string
	e      *entry
	pfx    prefixEntry
	hasPfx bool
	// alt, for four letters, names the words of the other Latin-script
	// lists that begin with them (typoLists): a misspelt word of those
	// lists is read by them, as pfx reads an English one.
	alt *entry
}

// asciiFind returns the table's record of the lower-case ASCII token b
// whose hash is h, or nil: the same as lookup[b] and prefix[b].
func (t *tables) asciiFind(b []byte, h uint32) *asciiKey {
	mask := uint32(len(t.asciiSlots) - 1)
	for i := quickBit(h) & mask; ; i = (i + 1) & mask {
		sl := t.asciiSlots[i]
		if sl.key == 0 {
			return nil
		}
		if sl.hash == h {
			if k := &t.asciiKeys[sl.key-1]; k.word == string(b) {
				return k
			}
		}
	}
}

// buildASCII fills the ASCII table from lookup and prefix; it is kept at
// most a third full, so probes are short. The table itself finds a key
// met twice (a four-letter word is its own prefix), so no other map is
// built for that.
func (t *tables) buildASCII() {
	most := len(t.lookup) + len(t.prefix) + len(t.altPrefix)
	n := 1
	for n < 3*most {
		n <<= 1
	}
	t.asciiSlots = make([]asciiSlot, n)
	t.asciiKeys = make([]asciiKey, 0, most) // appended below without moving
	mask := uint32(n - 1)
	add := func(w string) *asciiKey {
		h := hashToken(w)
		i := quickBit(h) & mask
		for ; t.asciiSlots[i].key != 0; i = (i + 1) & mask {
			if sl := t.asciiSlots[i]; sl.hash == h && t.asciiKeys[sl.key-1].word == w {
				return &t.asciiKeys[sl.key-1]
			}
		}
		t.asciiKeys = append(t.asciiKeys, asciiKey{word: w})
		t.asciiSlots[i] = asciiSlot{hash: h, key: uint32(len(t.asciiKeys))}
		return &t.asciiKeys[len(t.asciiKeys)-1]
	}
	for w, e := range t.lookup {
		if isASCII(w) {
			add(w).e = e
		}
	}
	for p, pe := range t.prefix {
		k := add(p)
		k.pfx, k.hasPfx = pe, true
	}
	for p, e := range t.altPrefix {
		add(p).alt = e
	}
}

// maxHashed is the longest lower-case ASCII token hashHalves hashes:
// every ASCII list word fits (TestListWordsFitHash).
const maxHashed = 16

// hashHalves hashes a lower-case ASCII token of at most maxHashed bytes
// given as two little-endian words, its bytes 0–7 and 8–15 padded with
// zero bytes (no letter is zero, so the padding also tells the length).
// The tokeniser loads the halves straight from the text, eight bytes at a
// time, and hashes a word in two multiplications instead of one per byte.
func hashHalves(lo, hi uint64) uint32 {
	h := (lo ^ bits.RotateLeft64(hi*0xC2B2AE3D27D4EB4F, 31)) * 0x9E3779B97F4A7C15
	return uint32(h >> 32)
}

// hashToken is hashHalves of a lower-case ASCII token of at most
// maxHashed bytes.
func hashToken[S ~string | ~[]byte](w S) uint32 {
	var b [maxHashed]byte
	copy(b[:], w)
	return hashHalves(binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:]))
}

// quickBit mixes the hash of a lower-case ASCII token to a bit of the
// quick filter.
func quickBit(h uint32) uint32 {
	h ^= h >> 15
	h *= 0x2c1b3c6d
	h ^= h >> 12
	return h & (1<<20 - 1)
}

// quickHasHash reports whether the bit of a token whose hash is h
// is set in the quick filter.
func (t *tables) quickHasHash(h uint32) bool {
	return t.quickBitOf(h) != 0
}

// quickBitOf is the quick filter's bit for hash h: 1 when set, else 0.
func (t *tables) quickBitOf(h uint32) uint64 {
	k := quickBit(h)
	return t.quick[k>>6] >> (k & 63) & 1
}

func (t *tables) quickAdd(w string) {
	k := quickBit(hashToken(w))
	t.quick[k>>6] |= 1 << (k & 63)
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
	t := &tables{lookup: make(map[string]*entry, 36000) /* 32,774 keys */, prefix: make(map[string]prefixEntry, 2048)}
	for li, lang := range languages {
		list := src[lang]
		t.words[li] = make([]string, len(list))
		for i, w := range list {
			w = listKey(w)
			t.words[li][i] = w
			e := t.entryFor(w)
			e.mask |= 1 << li
			e.idx[li] = uint16(i)
		}
	}
	// Spanish and French words typed without their accents ("abaco"
	// for "ábaco", "eleve" for "élève"): the BIP-39 notes on both lists
	// count an accented letter as the letter without its accent in
	// telling words apart, so no two words of one list fold to one.
	for _, lang := range []Language{Spanish, French} {
		li := langIndex(lang)
		for i, w := range t.words[li] {
			s := stripMarks(w)
			if s == w {
				continue
			}
			if e := t.entryFor(s); e.mask&(1<<li) == 0 {
				e.mask |= 1 << li
				e.idx[li] = uint16(i)
			}
		}
	}
	for i, w := range t.words[0] {
		p := w
		if len(p) > 4 {
			p = p[:4]
		}
		t.prefix[p] = prefixEntry{idx: uint16(i), full: p == w}
	}
	t.altPrefix = altPrefixes(t)
	for i, w := range slip39Words {
		t.entryFor(w).slip = uint16(i + 1)
	}
	// One block for the moneroEntry values (18,971 distinct words);
	// its capacity is never exceeded, so the pointers into it stay valid.
	slab := make([]moneroEntry, 0, nMonero*len(moneroWords))
	for li, ml := range moneroLists {
		t.monero[li] = make([]string, len(ml.words))
		for i, w := range ml.words {
			w = listKey(w)
			t.monero[li][i] = w
			e := t.entryFor(w)
			if e.monero == nil {
				slab = append(slab, moneroEntry{})
				e.monero = &slab[len(slab)-1]
			}
			me := e.monero
			me.mask |= 1 << li
			me.idx[li] = uint16(i)
		}
	}
	t.addElectrum()
	// The runes of the keys are worked out on another core meanwhile:
	// both only read the lookup table from here on, and each writes its
	// own fields.
	var keyRunes sync.WaitGroup
	keyRunes.Go(t.buildKeyRunes)
	for w := range t.lookup {
		if isASCII(w) {
			t.quickAdd(w)
		}
	}
	for p := range t.prefix {
		t.quickAdd(p)
	}
	for p := range t.altPrefix {
		t.quickAdd(p)
	}
	t.buildASCII()
	keyRunes.Wait()
	t.slab = nil // the entries stay referenced from lookup
	return t
}

// listKey is the lookup key of a list word: lower case, NFKD. An ASCII
// word is its own NFKD form, so only its case is looked at.
func listKey(w string) string {
	if isASCII(w) {
		return strings.ToLower(w)
	}
	return norm.NFKD.String(strings.ToLower(w))
}

// typoLists are the lists besides English whose words are told apart by
// their first four letters, accents removed (each list's notes in BIP-39
// say so, and TestAltPrefixesUnique checks it): a word misspelt after its
// fourth letter still names one word of such a list.
var typoLists = []Language{Spanish, French, Italian, Czech, Portuguese}

// altPrefixes maps the first four letters of each word of typoLists,
// accents removed, to that word in each list (as the English prefixes,
// a four-letter word is its own).
func altPrefixes(t *tables) map[string]*entry {
	out := make(map[string]*entry, 8192)
	for _, lang := range typoLists {
		li := langIndex(lang)
		for i, w := range t.words[li] {
			f := stripMarks(w)
			if len(f) < 4 || !isASCII(f[:4]) {
				continue
			}
			e := out[f[:4]]
			if e == nil {
				e = new(entry)
				out[f[:4]] = e
			}
			e.mask |= 1 << li
			e.idx[li] = uint16(i)
		}
	}
	return out
}

// buildKeyRunes fills keyRunes. NFKD decomposes a string character by
// character and only reorders combining marks, so the runes of a word's
// key are those of its characters' decompositions: a character whose
// decomposition holds a rune no key has keeps the word out of lookup.
func (t *tables) buildKeyRunes() {
	var inKeys [0x10000 / 64]uint64
	for w := range t.lookup {
		for _, r := range w {
			if r < 0x10000 {
				inKeys[r>>6] |= 1 << (r & 63)
			}
		}
	}
	var it norm.Iter
	var buf [utf8.UTFMax]byte
	for r := rune(0); r < 0x10000; r++ {
		if r >= 0xD800 && r < 0xE000 {
			continue // surrogates: never decoded from UTF-8
		}
		ok := unicode.Is(unicode.Cf, r)
		if !ok {
			it.Init(norm.NFKD, buf[:utf8.EncodeRune(buf[:], unicode.ToLower(r))])
			ok = true
			for !it.Done() && ok {
				for _, d := range string(it.Next()) {
					ok = ok && (d >= 0x10000 || inKeys[d>>6]&(1<<(d&63)) != 0)
				}
			}
		}
		if ok {
			t.keyRunes[r>>6] |= 1 << (r & 63)
		}
	}
}

// mayBeKey reports whether a word holding r may have its lookup key in
// lookup, as far as r tells: runes beyond the Basic Multilingual Plane
// are not judged here.
func (t *tables) mayBeKey(r rune) bool {
	return r >= 0x10000 || t.keyRunes[r>>6]&(1<<(r&63)) != 0
}

// entryFor returns the entry of a normalised word, made if it has none
// yet; the longest ASCII word sets how long a token is looked up.
func (t *tables) entryFor(w string) *entry {
	e := t.lookup[w]
	if e == nil {
		// Entries are cut from blocks, not allocated one by one: a block
		// is never grown, so pointers into it stay valid.
		if len(t.slab) == cap(t.slab) {
			t.slab = make([]entry, 0, 4096)
		}
		t.slab = t.slab[:len(t.slab)+1]
		e = &t.slab[len(t.slab)-1]
		t.lookup[w] = e
	}
	if isASCII(w) {
		t.maxASCII = max(t.maxASCII, len(w))
	}
	return e
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

// isASCII reports whether s is all ASCII.
func isASCII[T string | []byte](s T) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// addElectrum enters the words of Electrum's lists: each word and its
// accent-free form get the list's bit in entry.electrum (new entries,
// with mask 0, for words of no BIP-39 list) and an index in
// electrumIndex. An accent-free form that two words share (Japanese
// kana without their voicing marks) keeps the lower index. It runs
// before the quick filter is filled, so that covers the new words.
func (t *tables) addElectrum() {
	for li, lang := range electrumLists {
		var list []string
		if lang == ElectrumPortuguese {
			list = electrumPortugueseWords()
			for i, w := range list {
				list[i] = listKey(w)
			}
		} else {
			list = t.words[langIndex(lang)]
		}
		t.electrum[li] = list
		ix := make(map[string]uint16, 2*len(list))
		t.electrumIndex[li] = ix
		for i, w := range list {
			ix[w] = uint16(i)
		}
		for i, w := range list {
			for _, k := range [2]string{w, stripMarks(w)} {
				if _, ok := ix[k]; !ok {
					ix[k] = uint16(i)
				}
				t.entryFor(k).electrum |= 1 << li
			}
		}
	}
}
