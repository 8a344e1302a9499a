package mnemonic

import "github.com/walletaudit/walletaudit/internal/byteruns"

// Words glued together. People strip a phrase's spaces to paste it into
// a password field, a config value or a file name, in lower case, upper
// case or CamelCase ("abandonabilityable…", "AbandonAbilityAble…"). A run
// of letters alone that reads wholly as a list's words, a phrase's length
// of them, is such a phrase when one reading of it passes the checksum: a
// run of prose or of an identifier's letters seldom reads wholly as list
// words.

// Bounds of a glued phrase: twelve words of three letters at least,
// twenty-four of eight letters at most; and the most readings of one run
// that are tried.
const (
	minGluedLetters = 12 * 3
	maxGluedLetters = 24 * 8
	maxGluedReads   = 16
)

// gluedPhrases returns the phrases of text written as one run of ASCII
// letters, apart from the text around by no letter, digit or '_'.
func gluedPhrases(text []byte) []Match {
	var out []Match
	byteruns.Each(text, &asciiLetterClass, minGluedLetters, func(s, e int) bool {
		if e-s <= maxGluedLetters && !wordGlue(text, s-1) && !wordGlue(text, e) {
			if m, ok := gluedRun(text, s, e); ok {
				out = append(out, m)
			}
		}
		return true
	})
	return out
}

// asciiLetterClass is the class of the ASCII letters.
var asciiLetterClass = byteruns.Of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

// wordGlue reports whether text[k] would make a run of letters part of a
// longer token: a digit, '_', or a byte of a non-ASCII character.
func wordGlue(text []byte, k int) bool {
	if k < 0 || k >= len(text) {
		return false
	}
	c := text[k]
	return c >= '0' && c <= '9' || c == '_' || c >= 0x80
}

// gluedRun reads text[s:e], letters alone, as the words of one list glued
// together: the one phrase of a valid length whose checksum holds, among
// up to maxGluedReads readings of each list. Whether the run reads wholly
// as some list's words is settled first, for all lists at once.
func gluedRun(text []byte, s, e int) (Match, bool) {
	t := data()
	var lowerBuf [maxGluedLetters]byte
	n := e - s
	lower := lowerBuf[:n]
	for i, c := range text[s:e] {
		lower[i] = c | 0x20
	}
	// ends[k]: the lists (a mask) whose words the run from k on reads
	// as, wholly.
	var endsBuf [maxGluedLetters + 1]uint16
	ends := endsBuf[:n+1]
	ends[n] = 1<<nLang - 1
	for k := n - 1; k >= 0; k-- {
		for l := 3; l <= t.maxASCII && k+l <= n; l++ {
			if ends[k+l] == 0 {
				continue
			}
			if en := t.lookup[string(lower[k:k+l])]; en != nil {
				ends[k] |= en.mask & ends[k+l]
			}
		}
	}
	if ends[0] == 0 {
		return Match{}, false
	}
	var found []Phrase
	for li := range nLang {
		if ends[0]&(1<<li) == 0 {
			continue
		}
		reads := 0
		var idx []uint16
		var walk func(k int)
		walk = func(k int) {
			if reads >= maxGluedReads || len(idx) > 24 {
				return
			}
			if k == n {
				reads++
				if validLength(len(idx)) && checksumOK(idx) && !repetitive(idx) {
					found = append(found, Phrase{lang: languages[li], indices: append([]uint16(nil), idx...)})
				}
				return
			}
			for l := 3; l <= t.maxASCII && k+l <= n; l++ {
				if ends[k+l]&(1<<li) == 0 {
					continue
				}
				if en := t.lookup[string(lower[k:k+l])]; en != nil && en.mask&(1<<li) != 0 {
					idx = append(idx, en.idx[li])
					walk(k + l)
					idx = idx[:len(idx)-1]
				}
			}
		}
		walk(0)
	}
	if len(found) != 1 {
		return Match{}, false
	}
	return Match{Start: s, End: e, Phrase: found[0], Layout: LayoutGlued, Exact: true}, true
}
