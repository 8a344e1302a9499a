package mnemonic

import "slices"

// Lists in prose end with a conjunction: "the recovery words are danger,
// attend, …, ignore, and merge", "sono nervo, perforare, …, fermento e
// sella". The conjunction is no list word, so it would cut the phrase
// before its last word; a text with such a list is read through a copy in
// which the conjunction (and the comma before it, if any) is written as a
// comma, mapped back to the text as the list numbers in words are
// (numberMarkers, findInPlain).

// conjunctions are the words that join a list's last item in the
// languages of the BIP-39 lists written with Latin letters: English
// "and", Spanish "y" and "e", French "et", Italian and Portuguese "e"
// and Italian "ed", Czech "a"; and in the languages around a list of
// English words as often: German "und", Dutch "en", Swedish "och",
// Danish and Norwegian "og", Polish "i", Turkish "ve", Indonesian "dan".
var conjunctions = [][]byte{[]byte("and"), []byte("y"), []byte("e"), []byte("et"), []byte("ed"), []byte("a"),
	[]byte("und"), []byte("en"), []byte("och"), []byte("og"), []byte("i"), []byte("ve"), []byte("dan")}

// wideConjunctions are the conjunctions written with letters beyond
// ASCII: Russian and Bulgarian "и", Ukrainian "і", Vietnamese "và",
// Hungarian "és". The finder looks them up among its words of
// maxWideConjunction bytes or fewer.
var wideConjunctions = [][]byte{[]byte("и"), []byte("і"), []byte("và"), []byte("és")}

// maxWideConjunction is the length in bytes of the longest of
// wideConjunctions.
const maxWideConjunction = 3

// minCommaItems is how many items a list must hold, each set apart from
// the next by a comma, before the conjunction that ends it: the shortest
// phrase has twelve words, eleven before its last.
const minCommaItems = 11

// maxItemBytes bounds an item's bytes (the longest list words are eight
// letters; accents take two bytes each).
const maxItemBytes = 24

// conjLead marks the first letters of conjunctions, either case.
var conjLead = func() (t [256]bool) {
	for _, w := range conjunctions {
		t[w[0]], t[w[0]-'a'+'A'] = true, true
	}
	return
}()

// maxConjunction is the length of the longest of conjunctions.
const maxConjunction = 3

// conjunction notes the word text[s:e] (maxConjunction letters at most,
// the first in conjLead, or one of wideConjunctions) in f.rewrites when it is a conjunction that follows
// a list of at least minCommaItems words set apart by commas and comes
// before one word more that ends the list: a marker from the end of the
// item before it to the end of the conjunction, to be written as a comma.
//
//go:noinline
func (f *finder) conjunction(s, e int) {
	text := f.text
	if s == 0 || e >= len(text) || !isSpace(text[s-1]) || !isSpace(text[e]) {
		return
	}
	if !slices.ContainsFunc(conjunctions, func(w []byte) bool { return equalFoldASCII(text[s:e], w) }) &&
		!slices.ContainsFunc(wideConjunctions, func(w []byte) bool { return string(text[s:e]) == string(w) }) {
		return
	}
	if !lastItemAfter(text, e) {
		return
	}
	if from, ok := commaListBefore(text, s); ok {
		f.rewrites = append(f.rewrites, numberMarker{start: from, end: e, comma: true})
	}
}

// lastItemAfter reports whether, after the conjunction that ends at
// text[end], white space and then one word stand, and the word is
// followed by no letter of another word on its line before punctuation
// or the line's end: the list's last item.
func lastItemAfter(text []byte, end int) bool {
	j := end
	for j < len(text) && isSpace(text[j]) && j-end < 4 {
		j++
	}
	s := j
	for j < len(text) && isLetterByte(text[j]) && j-s <= maxItemBytes {
		j++
	}
	if j == s || j-s > maxItemBytes {
		return false
	}
	return j == len(text) || !isDigit[text[j]] && text[j] != '_' && text[j] != '-'
}

// commaListBefore walks back from a conjunction at text[at] over the
// list it ends: white space (and a serial comma), then items, each after
// a comma and white space, to minCommaItems of them. It returns where the
// item right before the conjunction ends.
func commaListBefore(text []byte, at int) (from int, ok bool) {
	j := spaceBefore(text, at)
	if j > 0 && text[j-1] == ',' {
		j-- // a serial comma: "ignore, and merge"
	}
	from = j
	for items := 1; ; items++ {
		s := j
		for s > 0 && isLetterByte(text[s-1]) && j-s <= maxItemBytes {
			s--
		}
		if s == j || j-s > maxItemBytes || s > 0 && (isDigit[text[s-1]] || text[s-1] == '_') {
			return from, false
		}
		if items == minCommaItems {
			return from, true
		}
		g := spaceBefore(text, s)
		if g == 0 || text[g-1] != ',' {
			return from, false
		}
		j = spaceBefore(text, g-1)
	}
}

// spaceBefore returns where the white space (at most three bytes of it)
// that ends at text[at] starts.
func spaceBefore(text []byte, at int) int {
	j := at
	for j > 0 && isSpace(text[j-1]) && at-j < 3 {
		j--
	}
	return j
}
