package mnemonic

import (
	"slices"
	"unicode/utf8"
)

// Phrases written a word a sentence, each word named by its place: "The
// first word is danger. The second word is attend. …", "Das erste Wort
// ist „…“.", "le premier mot est « … »", as a will or a letter to an
// executor writes them. Each sentence's start, up to its verb, is written
// in a copy as the place in digits ("1 danger. 2 attend. …"), a numbered
// list the finder reads; an opening quote mark after the verb is left out
// of the copy. The markers go in finder.rewrites, as the conjunctions'
// do (conjunctions.go).

// placeVerbs are the verbs that link a word's place to the word, in the
// languages whose number words the finder knows (numberWords): English
// "is", German "ist", French "est", Spanish "es", Czech "je", Italian "è",
// Portuguese "é" and Catalan "és".
var placeVerbs = [][]byte{[]byte("is"), []byte("ist"), []byte("est"), []byte("es"), []byte("je"), []byte("è"), []byte("é"), []byte("és")}

// placeVerbLead marks the first bytes of placeVerbs, the ASCII ones in either
// case.
var placeVerbLead = func() (t [256]bool) {
	for _, w := range placeVerbs {
		t[w[0]] = true
		if w[0] < utf8.RuneSelf {
			t[w[0]-'a'+'A'] = true
		}
	}
	return
}()

// maxPlaceVerb is the length in bytes of the longest of placeVerbs.
const maxPlaceVerb = 3

// ordinalArticles may start a sentence before the place it names: "The
// first word", "Das erste Wort", "Le premier mot", "La primera palabra",
// "Il primo", "A primeira palavra", "O décimo".
var ordinalArticles = [][]byte{[]byte("the"), []byte("das"), []byte("der"), []byte("die"), []byte("le"), []byte("la"),
	[]byte("el"), []byte("il"), []byte("lo"), []byte("a"), []byte("o")}

// placeSuffixes end a place written in digits before its noun: "1st",
// "2nd", "3rd", "4th", German "12.", French "1er", "1re", "2e", "2ème",
// Spanish, Italian and Portuguese "1º", "1ª", "1°".
var placeSuffixes = [][]byte{[]byte("st"), []byte("nd"), []byte("rd"), []byte("th"), []byte("."), []byte("er"), []byte("re"),
	[]byte("e"), []byte("ème"), []byte("eme"), []byte("º"), []byte("ª"), []byte("°")}

// maxPlace is the highest place a sentence may name: the longest phrases
// (Monero's, Electrum's old ones) stay below it.
const maxPlace = 33

// ordinalClause notes in f.rewrites the sentence's start that names a
// word's place before the verb text[s:e] (one of placeVerbs, set apart by
// spaces) when a word, or an opening quote mark, follows the verb: a
// marker from the sentence's article, or its place, to the verb's end,
// for the place in digits, and one for the quote mark, left out.
//
//go:noinline
func (f *finder) ordinalClause(s, e int) {
	text := f.text
	if s < 2 || e+1 >= len(text) || text[s-1] != ' ' || text[e] != ' ' ||
		!slices.ContainsFunc(placeVerbs, func(w []byte) bool { return equalFoldASCII(text[s:e], w) }) {
		return
	}
	m, ok := placeBefore(text, s-1)
	if !ok {
		return
	}
	v := e
	for v < len(text) && text[v] == ' ' && v-e < 3 {
		v++
	}
	q := openingQuote(text[v:])
	w := v + q
	for w < len(text) && text[w] == ' ' && w-v-q < 2 {
		w++
	}
	if w >= len(text) || !isLetterByte(text[w]) && text[w] != '"' && text[w] != '\'' {
		return
	}
	m.end = e
	f.rewrites = append(f.rewrites, m)
	if q > 0 {
		f.rewrites = append(f.rewrites, numberMarker{start: v, end: v + q})
	}
	if f.placed == 0 {
		f.placed = m.start + 1
	}
}

// spokenPlace notes in f.rewrites a place read aloud before a word
// ("Number one, …", "Palabra número uno: …", as a video's captions or a
// voice memo's transcript write a phrase): text[s:e], followed by a comma
// or a colon, ends the number words (numberWords) of a place that one
// of numberNouns names, or two ("Palabra número"), with an article
// before them, or before a colon an ordinal and its noun (placeBefore:
// "prima parola: …; seconda parola: …"), and a word follows. The marker
// spans them and the comma or colon, for the place in digits.
//
//go:noinline
func (f *finder) spokenPlace(s, e int) {
	text := f.text
	if e+1 >= len(text) || text[e] != ',' && text[e] != ':' {
		return
	}
	var m numberMarker
	if v, start, ok := numberWordsBefore(text, e); ok {
		ns, ok := nounBefore(text, start)
		if !ok {
			return
		}
		if m, ok = placeMarker(text, secondNoun(text, ns), v); !ok {
			return
		}
	} else if m, ok = placeBefore(text, e); !ok || text[e] != ':' {
		// An ordinal and its noun before a colon ("prima parola: …;
		// seconda parola: …", a paragraph's list): not before a comma,
		// where a sentence may go on ("the first word, I think, …").
		return
	}
	w := e + 1
	for w < len(text) && text[w] == ' ' && w-e < 3 {
		w++
	}
	if w == e+1 || w >= len(text) || !isLetterByte(text[w]) && text[w] != '"' && text[w] != '\'' {
		return
	}
	m.end = e + 1
	f.rewrites = append(f.rewrites, m)
}

// openingQuotes are the quote marks beyond ASCII that open a word in the
// languages of placeVerbs: « „ “ ‘ ‚ and the corner bracket 「.
var openingQuotes = [][]byte{[]byte("«"), []byte("„"), []byte("“"), []byte("‘"), []byte("‚"), []byte("「")}

// openingQuote returns the length of the opening quote mark (one of
// openingQuotes) that b starts with, or 0.
func openingQuote(b []byte) int {
	for _, q := range openingQuotes {
		if len(b) >= len(q) && string(b[:len(q)]) == string(q) {
			return len(q)
		}
	}
	return 0
}

// placeBefore reads the words that name a place and end at text[end]:
// an ordinal and a noun ("first word", "erste Wort", "12. Wort", "3rd
// word", "décima primeira palavra"), or a noun and a number ("Word 12",
// "word #3", "Wort zwölf"), with an article before them. It returns a
// marker from their first word to end (the caller sets the end) that
// stands for the place.
func placeBefore(text []byte, end int) (numberMarker, bool) {
	ws := letterRunStart(text, end)
	if ws == end {
		// Digits: "Word 12", "word #3".
		d := end
		for d > 0 && isDigit[text[d-1]] && end-d <= 2 {
			d--
		}
		v, _ := leadingNumber(text[d:end])
		if d == end || end-d > 2 || d > 0 && isLetterByte(text[d-1]) {
			return numberMarker{}, false
		}
		k := d
		if k > 0 && text[k-1] == '#' {
			k--
		}
		if ns, ok := nounBefore(text, k); ok {
			return placeMarker(text, secondNoun(text, ns), v)
		}
		return numberMarker{}, false
	}
	var buf [48]byte
	if numberNouns[string(foldedKey(&buf, text[ws:end]))] {
		if ws < 2 || text[ws-1] != ' ' {
			return numberMarker{}, false
		}
		if v, s, ok := numberWordsBefore(text, ws-1); ok {
			return placeMarker(text, s, v)
		}
		if v, s, ok := suffixedBefore(text, ws-1); ok {
			return placeMarker(text, s, v)
		}
		return numberMarker{}, false
	}
	if v, s, ok := numberWordsBefore(text, end); ok {
		if ns, ok := nounBefore(text, s); ok {
			return placeMarker(text, secondNoun(text, ns), v)
		}
		if as, ok := articleBefore(text, s); ok {
			// The noun left out after the first ("A primeira palavra é
			// …, a segunda é …", "the second is …").
			return placeMarker(text, as, v)
		}
	}
	return numberMarker{}, false
}

// articleBefore reports whether one of ordinalArticles stands before a
// space at text[at-1], and where it starts.
func articleBefore(text []byte, at int) (int, bool) {
	if at < 2 || text[at-1] != ' ' {
		return 0, false
	}
	as := letterRunStart(text, at-1)
	return as, as < at-1 && (as == 0 || !isLetterByte(text[as-1])) &&
		slices.ContainsFunc(ordinalArticles, func(w []byte) bool { return equalFoldASCII(text[as:at-1], w) })
}

// ellipticPlaces notes in f.rewrites, after a sentence that named a
// word's place (ordinalClause, from offset from on), the places named
// with neither noun nor verb that go on from it ("La prima parola è
// <w1>, la seconda <w2>, la terza <w3>", "la segunda «<w2>»; la tercera
// «<w3>»"): an article, number words (numberWords), and a word or an
// opening quote mark after a space. The marker spans the article and the
// number words, for the place in digits; one more spans the quote mark,
// left out. A number word that a noun of numberNouns or a verb of
// placeVerbs follows is ordinalClause's.
func (f *finder) ellipticPlaces(from int) {
	text := f.text
	for i := from; i < len(text); {
		// The next article: a word of one to three letters set apart.
		if !isLetterByte(text[i]) || i > 0 && isLetterByte(text[i-1]) {
			i++
			continue
		}
		e := i
		for e < len(text) && isLetterByte(text[e]) && e-i < 48 {
			e++
		}
		as := i
		i = e
		if e-as > 3 || e+1 >= len(text) || text[e] != ' ' ||
			!slices.ContainsFunc(ordinalArticles, func(w []byte) bool { return equalFoldASCII(text[as:e], w) }) {
			continue
		}
		// The number words after it, one or two ("décima segunda").
		ne, v := -1, 0
		for k, ws := 0, e+1; k < 2 && ws < len(text) && isLetterByte(text[ws]); k++ {
			we := ws
			for we < len(text) && isLetterByte(text[we]) && we-ws < 48 {
				we++
			}
			x, _, ok := numberWordsBefore(text, we)
			if !ok {
				break
			}
			ne, v = we, x
			if we+1 >= len(text) || text[we] != ' ' && text[we] != '-' {
				break
			}
			ws = we + 1
		}
		if ne < 0 || v < 1 || v > maxPlace || ne+1 >= len(text) || text[ne] != ' ' {
			continue
		}
		w := ne + 1
		q := openingQuote(text[w:])
		x := w + q
		for x < len(text) && text[x] == ' ' && x-w-q < 2 {
			x++
		}
		if x >= len(text) || !isLetterByte(text[x]) && text[x] != '"' && text[x] != '\'' {
			continue
		}
		if q == 0 {
			// Not a noun or a verb: those are a sentence's (ordinalClause).
			xe := x
			for xe < len(text) && isLetterByte(text[xe]) && xe-x < 48 {
				xe++
			}
			var buf [48]byte
			if numberNouns[string(foldedKey(&buf, text[x:xe]))] ||
				slices.ContainsFunc(placeVerbs, func(p []byte) bool { return equalFoldASCII(text[x:xe], p) }) {
				continue
			}
		}
		f.rewrites = append(f.rewrites, numberMarker{start: as, end: ne, value: v})
		if q > 0 {
			f.rewrites = append(f.rewrites, numberMarker{start: w, end: w + q})
		}
		i = ne
	}
}

// secondNoun returns where a noun of numberNouns before the one at
// text[ns] starts ("Word number one", "Palabra número uno"), or ns.
func secondNoun(text []byte, ns int) int {
	if n2, ok := nounBefore(text, ns); ok {
		return n2
	}
	return ns
}

// letterRunStart returns where the letters (and bytes beyond ASCII) that
// end at text[end] start.
func letterRunStart(text []byte, end int) int {
	s := end
	for s > 0 && isLetterByte(text[s-1]) && end-s < 48 {
		s--
	}
	return s
}

// nounBefore reports whether one of numberNouns stands before a space at
// text[at-1], and where it starts.
func nounBefore(text []byte, at int) (int, bool) {
	if at < 2 || text[at-1] != ' ' {
		return 0, false
	}
	ns := letterRunStart(text, at-1)
	var buf [48]byte
	return ns, ns < at-1 && numberNouns[string(foldedKey(&buf, text[ns:at-1]))]
}

// numberWordsBefore sums the number words (numberWords) that end at
// text[end], set apart by spaces or hyphens, with the connectors of a
// number between them ("vingt et un", "décima primeira", "twenty-first"),
// and returns where the first starts.
func numberWordsBefore(text []byte, end int) (v, start int, ok bool) {
	s := end
	for range 4 {
		ws := letterRunStart(text, s)
		if ws == s {
			break
		}
		var buf [48]byte
		key := foldedKey(&buf, text[ws:s])
		if x, isNum := numberWords[string(key)]; isNum {
			v, start, ok = v+x, ws, true
		} else if !ok || !numberConnectors[string(key)] {
			break
		}
		if ws < 2 || text[ws-1] != ' ' && text[ws-1] != '-' || !isLetterByte(text[ws-2]) {
			break
		}
		s = ws - 1
	}
	return v, start, ok
}

// suffixedBefore reads a place in digits with an ordinal's suffix
// (placeSuffixes) that ends at text[end] and returns its value and
// where its digits start.
func suffixedBefore(text []byte, end int) (v, start int, ok bool) {
	s := end
	for s > 0 && (isLetterByte(text[s-1]) || text[s-1] == '.') && end-s < 4 {
		s--
	}
	if s == end || !slices.ContainsFunc(placeSuffixes, func(w []byte) bool { return equalFoldASCII(text[s:end], w) }) {
		return 0, 0, false
	}
	d := s
	for d > 0 && isDigit[text[d-1]] && s-d <= 2 {
		d--
	}
	if d == s || s-d > 2 || d > 0 && isLetterByte(text[d-1]) {
		return 0, 0, false
	}
	v, _ = leadingNumber(text[d:s])
	return v, d, true
}

// placeMarker returns the marker of a place v named from text[s], which
// starts with the sentence's article if one stands right before.
func placeMarker(text []byte, s, v int) (numberMarker, bool) {
	if v < 1 || v > maxPlace {
		return numberMarker{}, false
	}
	if s >= 2 && text[s-1] == ' ' {
		as := letterRunStart(text, s-1)
		if slices.ContainsFunc(ordinalArticles, func(w []byte) bool { return equalFoldASCII(text[as:s-1], w) }) {
			s = as
		}
	}
	return numberMarker{start: s, value: v}, true
}
