package mnemonic

import (
	"encoding/binary"
	"hash/crc32"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// SchemeMonero marks a Monero 25-word seed.
const SchemeMonero Scheme = "monero"

// moneroList is a wordlist Monero seeds are written in (monero
// src/mnemonics/<language>.h).
type moneroList struct {
	lang Language
	// prefix is the list's unique prefix length in code points, which
	// the checksum uses.
	prefix int
	// words are the 1626 words as the header has them (NFC, German nouns
	// capitalised): the checksum is computed over their bytes.
	words *[1626]string
}

// moneroLists are Monero's seed languages, in the order monero's
// find_seed_language (electrum-words.cpp) tries them: that order decides
// a seed whose words are all in two lists with the checksum holding in
// both (the same words give a different key in each). english_old.h
// (Monero's first seeds: the Electrum 1 list, 24 words without a checksum
// word) is not read.
var moneroLists = [...]moneroList{
	{ChineseSimplified, 1, &moneroWordsChineseSimplified},
	{English, 3, &moneroWords},
	{Dutch, 4, &moneroWordsDutch},
	{French, 4, &moneroWordsFrench},
	{Spanish, 4, &moneroWordsSpanish},
	{German, 4, &moneroWordsGerman},
	{Italian, 4, &moneroWordsItalian},
	{Portuguese, 4, &moneroWordsPortuguese},
	{Japanese, 3, &moneroWordsJapanese},
	{Russian, 4, &moneroWordsRussian},
	{Esperanto, 4, &moneroWordsEsperanto},
	{Lojban, 4, &moneroWordsLojban},
}

const nMonero = len(moneroLists)

// MoneroLanguages returns the languages of Monero 25-word seeds, in the
// order ValidateMonero tries them.
func MoneroLanguages() []Language {
	out := make([]Language, nMonero)
	for i, ml := range moneroLists {
		out[i] = ml.lang
	}
	return out
}

// moneroLangIndex returns the position of lang in moneroLists, or -1.
func moneroLangIndex(lang Language) int {
	for i, ml := range moneroLists {
		if ml.lang == lang {
			return i
		}
	}
	return -1
}

// moneroValid reports whether 25 word indices in moneroLists[li] carry a
// valid checksum: the 25th word repeats the word at moneroChecksum. A
// random run passes once in 24, so the finder asks for all 25 words of
// one Monero list, which ordinary text never has.
func moneroValid(li int, idx []uint16) bool {
	if len(idx) != 25 || li < 0 || li >= nMonero {
		return false
	}
	return idx[moneroChecksum(li, idx[:24])] == idx[24]
}

// moneroChecksum returns the position (0-23) of the word a seed's 25th
// word repeats: CRC32 of the first prefix-length code points of each of
// the 24 words, as the list writes them, mod 24 (monero src/mnemonics/
// electrum-words.cpp, create_checksum_index).
func moneroChecksum(li int, idx []uint16) int {
	ml := &moneroLists[li]
	b := make([]byte, 0, 24*4*4)
	for _, v := range idx {
		b = append(b, moneroRunePrefix(ml.words[v], ml.prefix)...)
	}
	return int(crc32.ChecksumIEEE(b) % uint32(len(idx)))
}

// moneroRunePrefix returns the first n code points of s, or all of s
// when it is shorter, as monero's utf8prefix cuts them.
func moneroRunePrefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// moneroKey decodes the 32-byte private spend key from 24 word indices.
func moneroKey(idx []uint16) []byte {
	const n = 1626
	out := make([]byte, 32)
	for i := 0; i < 8; i++ {
		w1, w2, w3 := uint32(idx[3*i]), uint32(idx[3*i+1]), uint32(idx[3*i+2])
		x := w1 + n*((n-w1+w2)%n) + n*n*((n-w2+w3)%n)
		binary.LittleEndian.PutUint32(out[4*i:], x)
	}
	return out
}

// moneroPhrase returns the seed that 25 words spell in the first of the
// languages in mask (bit i for moneroLists[i]) whose checksum holds.
func moneroPhrase(ws []*moneroEntry, mask uint16) (Phrase, bool) {
	for li := range nMonero {
		if mask&(1<<li) == 0 {
			continue
		}
		idx := make([]uint16, len(ws))
		for k, w := range ws {
			idx[k] = w.idx[li]
		}
		if moneroValid(li, idx) {
			return Phrase{lang: moneroLists[li].lang, indices: idx, scheme: SchemeMonero}, true
		}
	}
	return Phrase{}, false
}

// ValidateMonero checks a Monero 25-word seed written in any of Monero's
// languages (MoneroLanguages), with any whitespace and in any case; all
// 25 words come from one list. The phrase's Language is that list's.
func ValidateMonero(seed string) (Phrase, error) {
	fields := strings.FieldsFunc(norm.NFKD.String(strings.ToLower(seed)), unicode.IsSpace)
	if len(fields) != 25 {
		return Phrase{}, ErrWordCount
	}
	t := data()
	ws := make([]*moneroEntry, 25)
	mask := uint16(1<<nMonero - 1)
	for i, f := range fields {
		var me *moneroEntry
		if e := t.lookup[f]; e != nil {
			me = e.monero
		}
		if me == nil || me.mask&mask == 0 {
			return Phrase{}, &UnknownWordError{Index: i}
		}
		ws[i] = me
		mask &= me.mask
	}
	if p, ok := moneroPhrase(ws, mask); ok {
		return p, nil
	}
	return Phrase{}, ErrChecksum
}

// tryMonero looks for a 25-word Monero seed, all its words from one
// Monero list, in a run.
func (f *finder) tryMonero(run []token) (Match, bool) {
	n := len(run)
	var ws [25]*moneroEntry
	for i := 0; i+25 <= n && n-25 <= maxExtra; i++ {
		w := run[i : i+25]
		mask := uint16(1<<nMonero - 1)
		for k, t := range w {
			if t.e == nil || t.e.monero == nil {
				mask = 0
				break
			}
			ws[k] = t.e.monero
			mask &= t.e.monero.mask
		}
		if mask == 0 {
			continue
		}
		// One word over and over, or 24 words in list order (an excerpt
		// of the list), pass the checksum by chance.
		if p, ok := moneroPhrase(ws[:], mask); ok && !repetitive(p.indices) && !moneroAscending(p.indices[:24]) {
			layout := layoutOf(w)
			if w[0].han && layout == LayoutInline && !w[24].gapHard && w[1].start == w[0].end {
				layout = LayoutGlued // Chinese without separators, as tryWindow says
			}
			return Match{Start: w[0].start, End: w[24].end, Exact: n == 25, Layout: layout, Phrase: p}, true
		}
	}
	return Match{}, false
}

// moneroAscending reports whether indices are strictly increasing.
func moneroAscending(idx []uint16) bool {
	for i := 1; i < len(idx); i++ {
		if idx[i] <= idx[i-1] {
			return false
		}
	}
	return true
}
