package mnemonic

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lines of one template. A program that logs a phrase a word a line, or a
// note written as "Word #1: abandon", "first word: abandon", puts the same
// label before every word: the labels break the run of list words the
// finder looks for. The scan notes stretches of lines whose last word may
// be a list word (finder.lineEnd); lineTemplates reads each such stretch
// line by line, and where at least minRunWords lines in a row are the
// same but for their last word (counters and times aside: digits, and
// number words such as "three" or "third", count as one), it looks for a
// phrase in those last words alone, one to a line, as if they had been
// written so. Lines whose words stand alone, or follow nothing but
// punctuation, are the finder's own and are not read again.

// LayoutLines is a phrase read from lines of one template, a word to a
// line after the same label.
const LayoutLines Layout = "labelled-lines"

// lineWord is the last word of a line of a template, and the key of the
// rest of the line.
type lineWord struct {
	s, e int    // the word
	key  string // the line around it, counters folded (templateKey)
	nums []int  // the numbers before the word, in order
	// counterWord is set when a number word stands before the word.
	counterWord bool
}

// lineTemplates adds to out the phrases of the lines of one template in
// the stretches tails of text (finder.tails), except where out already
// has a phrase as long or longer.
func lineTemplates(text []byte, tails [][2]int, out []Match) []Match {
	var found []Match
	for _, t := range joinPages(text, tails) {
		from := bytes.LastIndexByte(text[:t[0]], '\n') + 1
		to := len(text)
		if k := bytes.IndexByte(text[t[1]:], '\n'); k >= 0 {
			to = t[1] + k
		}
		var group []lineWord
		blank, furniture := 0, 0
		for at := from; at < to; {
			end := to
			if k := bytes.IndexByte(text[at:to], '\n'); k >= 0 {
				end = at + k
			}
			ls := at
			for ls < end && text[ls] == '\f' {
				ls++ // a page break before the line
			}
			w, ok, empty := templateLine(text, ls, end)
			at = end + 1
			switch {
			case empty && blank < maxGapLines-1:
				blank++ // a blank line between entries
				continue
			case len(group) > 0 && furniture < maxFurniture && pageFurniture(text[ls:end]):
				furniture++ // a page's footer or header between entries
				continue
			case ok && len(group) > 0 && group[0].key == w.key:
				group = append(group, w)
			default:
				found = readTemplate(text, group, found)
				group = group[:0]
				if ok {
					group = append(group, w)
				}
			}
			blank, furniture = 0, 0
		}
		found = readTemplate(text, group, found)
	}
	if len(found) == 0 {
		return out
	}
	// A reading of all the lines replaces the shorter phrase found in
	// some of them (the first half of a list that goes on over a page,
	// a phrase by chance).
	return mergeReadings(out, found)
}

// maxFurniture is the most lines of a page's footer and the next page's
// header that lineTemplates passes over between two entries.
const maxFurniture = 2

// joinPages returns tails with each two that only a page break parts
// joined: blank lines and at most maxFurniture lines of a page's footer
// or header (pageFurniture) between them, as pdftotext writes a list of
// words that goes on over a page ("Página 1 de 2", a form feed).
func joinPages(text []byte, tails [][2]int) [][2]int {
	if len(tails) < 2 {
		return tails
	}
	out := [][2]int{tails[0]}
	for _, t := range tails[1:] {
		last := &out[len(out)-1]
		k := bytes.IndexByte(text[last[1]:t[0]], '\n')
		if k < 0 {
			out = append(out, t)
			continue
		}
		between := text[last[1]+k+1 : bytes.LastIndexByte(text[:t[0]], '\n')+1]
		lines, furniture, ok := 0, 0, true
		for _, l := range bytes.SplitAfter(between, []byte{'\n'}) {
			if len(l) == 0 {
				continue
			}
			lines++
			switch {
			case len(bytes.Trim(l, " \t\r\n\f")) == 0:
			case pageFurniture(bytes.Trim(l, " \t\r\n\f")):
				furniture++
			default:
				ok = false
			}
		}
		if ok && furniture > 0 && furniture <= maxFurniture && lines <= maxGapLines-1+maxFurniture {
			last[1] = t[1]
			continue
		}
		out = append(out, t)
	}
	return out
}

// maxPageHeader bounds a running header's or footer's line pageRunning
// reads, in bytes.
const maxPageHeader = 160

// pageRunning reports whether line, trimmed, is a page's running header
// or footer: a page's number of a total after a word for page, among
// other words ("Urkundenrolle Nr. 1184/2021   Seite 2 von 3", "ACME Corp
// — Page 2 of 5"), or a footer pageFurniture reads.
func pageRunning(line []byte) bool {
	if len(line) > maxPageHeader {
		return false
	}
	if pageFurniture(line) {
		return true
	}
	if !bytes.ContainsAny(line, "0123456789") {
		return false
	}
	var f [4][]byte // the last four fields, f[3] the last
	for w := range bytes.FieldsSeq(line) {
		f[0], f[1], f[2], f[3] = f[1], f[2], f[3], w
		if f[0] == nil || isDigit[f[0][0]] || !pageWord(bytes.TrimRight(f[0], ".:")) {
			continue
		}
		if _, k := leadingNumber(f[1]); k != len(f[1]) {
			continue
		}
		if _, k := leadingNumber(f[3]); k == len(f[3]) && pageWord(f[2]) {
			return true
		}
	}
	return false
}

// pageBreakSpans returns the spans of text, from a form feed (pdftotext's
// page break) back over the page's footer and on over the next page's
// header, that are a page's furniture: the form feed, blank lines, and at
// most two lines on each side that pageRunning reads.
func pageBreakSpans(text []byte) [][2]int {
	var out [][2]int
	for at := 0; ; {
		k := bytes.IndexByte(text[at:], '\f')
		if k < 0 {
			return out
		}
		f := at + k
		s, e := f, f+1
		// Back: the rest of the line before the form feed is blank, then
		// blank or running lines.
		if ls := bytes.LastIndexByte(text[:f], '\n') + 1; len(bytes.TrimSpace(text[ls:f])) == 0 {
			s = ls
			for n := 0; s > 0 && n < 2+maxGapLines; {
				ps := bytes.LastIndexByte(text[:s-1], '\n') + 1
				line := bytes.TrimSpace(text[ps : s-1])
				if len(line) > 0 {
					if !pageRunning(line) || n >= 2 {
						break
					}
					n++
				}
				s = ps
			}
		}
		// On: blank or running lines after it, up to the next page's
		// first other line.
		for n := 0; e < len(text) && n < 2+maxGapLines; {
			le := bytes.IndexByte(text[e:], '\n')
			if le < 0 {
				break
			}
			line := bytes.TrimSpace(text[e : e+le])
			if len(line) > 0 {
				if !pageRunning(line) || n >= 2 {
					break
				}
				n++
			}
			e += le + 1
		}
		out = append(out, [2]int{s, e})
		at = e
	}
}

// pageWords are the words of a page's footer or header besides its
// numbers: "Page 1 of 2", "Página 1 de 2", "Seite 1 von 2", "Strona 1 z
// 2", "стр. 1 из 2".
var pageWords = map[string]bool{
	"page": true, "pages": true, "pg": true, "p": true, "pag": true, "pagina": true, "página": true, "seite": true,
	"strona": true, "strana": true, "sida": true, "side": true, "blad": true, "sayfa": true, "halaman": true,
	"стр": true, "страница": true, "сторінка": true, "trang": true,
	"of": true, "de": true, "von": true, "di": true, "z": true, "ze": true, "sur": true, "av": true, "af": true,
	"van": true, "из": true, "з": true, "/": true, "-": true, "–": true, "—": true,
}

// pageFurniture reports whether line, trimmed, is a page's footer or
// header: a page's number, maybe of a total, maybe after a word for page
// ("12", "- 3 -", "2/4", "Page 1 of 2", "Página 1 de 2").
func pageFurniture(line []byte) bool {
	if len(line) > maxPageHeader || !bytes.ContainsAny(line, "0123456789") {
		return false // no page's number: most lines, at no cost
	}
	digits, n := false, 0
	for w := range bytes.FieldsSeq(line) {
		if n++; n > 5 {
			return false
		}
		w = bytes.TrimRight(w, ".:")
		if len(w) == 0 {
			continue
		}
		if n, size := leadingNumber(w); size > 0 && n < 10000 {
			if rest := w[size:]; len(rest) == 0 {
				digits = true
				continue
			} else if rest[0] == '/' {
				if _, k := leadingNumber(rest[1:]); k == len(rest)-1 && k > 0 {
					digits = true
					continue
				}
			}
			return false
		}
		if !pageWord(w) {
			return false
		}
	}
	return digits
}

// pageWord reports whether w is one of pageWords, its ASCII letters in
// any case ("Page", "PÁGINA" is not). It allocates nothing: it runs on
// the words of lines around every form feed.
func pageWord(w []byte) bool {
	var buf [48]byte
	if len(w) > len(buf) {
		return false
	}
	for i, c := range w {
		buf[i] = lowerASCII(c)
	}
	return pageWords[string(buf[:len(w)])]
}

// readTemplate looks for phrases in the last words of the lines of group
// (one template) and adds them to found, at text's offsets.
func readTemplate(text []byte, group []lineWord, found []Match) []Match {
	if len(group) < minRunWords || len(group) > maxRun || !counted(group) {
		// Too few for a phrase, a list, or nothing that says phrase.
		return found
	}
	plain := make([]byte, 0, 16*len(group))
	starts := make([]int, len(group)) // of the words in plain
	for i, w := range group {
		if i > 0 {
			plain = append(plain, '\n')
		}
		starts[i] = len(plain)
		plain = append(plain, text[w.s:w.e]...)
	}
	for _, m := range findLines(plain, true) {
		// Only a phrase of all the lines: the others would be items of
		// the same list as its words, not a label or a note.
		if m.Start != 0 || m.End != len(plain) {
			continue
		}
		m.Start, m.End = group[0].s, group[len(group)-1].e
		m.StartLine = 1 + bytes.Count(text[:m.Start], []byte{'\n'})
		m.EndLine = m.StartLine + bytes.Count(text[m.Start:m.End], []byte{'\n'})
		m.Layout = LayoutLines
		m.Labelled = m.Labelled || labelled(text, m.Start)
		found = append(found, m)
	}
	return found
}

// sameTemplate reports whether lines a and b read the same around their
// last words, taking runs of digits (with letters glued to them) for one
// another, and number words ("three", "third") too, as templateKey does
// (but for lines that begin with letters glued to a counter, "T12" and
// "U13", which it turns down). It stops at the first difference.
func sameTemplate(text []byte, a, b lineShape) bool {
	// Counters and number words change the length of a template by a
	// few bytes ("#9" and "#10", "one" and "twenty-first"); lines whose
	// lengths differ by more are not compared.
	if d := (a.s - a.start) - (b.s - b.start); d > maxTemplateSlack || d < -maxTemplateSlack {
		return false
	}
	if d := (a.end - a.e) - (b.end - b.e); d > maxTemplateSlack || d < -maxTemplateSlack {
		return false
	}
	// Lines of one template begin alike, but for a counter: a digit, or a
	// number word, all of which begin with one of "eftnos". Wrapped prose,
	// whose lines are of one length too, mostly does not: its lines are
	// turned down here at the cost of a byte or two.
	if a.s > a.start && b.s > b.start {
		x, y := lowerASCII(text[a.start]), lowerASCII(text[b.start])
		if x != y && !(isDigit[x] && isDigit[y]) && !(numberInitial(x) && numberInitial(y)) {
			return false
		}
	}
	return sameFolded(text[a.start:a.s], text[b.start:b.s]) && sameFolded(itemEnd(text[a.e:a.end]), itemEnd(text[b.e:b.end]))
}

// itemEnd returns the text after a line's last word without the list's
// separator that may end the line (',' or ';', then white space): the
// last item of a JSON object or array has none (`"word12": "…"` under
// `"word11": "…",`), and is a line of the same template.
func itemEnd(after []byte) []byte {
	after = bytes.TrimRight(after, " \t\r")
	if n := len(after); n > 0 && (after[n-1] == ',' || after[n-1] == ';') {
		after = after[:n-1]
	}
	return after
}

// numberInitial reports whether c begins a number word (isNumberWord).
func numberInitial(c byte) bool {
	return c == 'e' || c == 'f' || c == 's' || c == 't' || c == 'n' || c == 'o'
}

// maxTemplateSlack is the most two lines of one template may differ in
// length before or after their last words.
const maxTemplateSlack = 12

// sameFolded reports whether x and y fold to the same template key
// (templateKey), stopping at the first difference.
func sameFolded(x, y []byte) bool {
	i, j := 0, 0
	for {
		// Bytes alike fold alike: step over them, then go back to where
		// the token of the fold they differ in begins (a run of spaces,
		// or of letters, digits and hyphens: no token spans more) and
		// compare that token's folds.
		k := commonPrefix(x[i:], y[j:])
		if i+k == len(x) && j+k == len(y) {
			return true
		}
		if k > 0 && isSpace(x[i+k-1]) {
			for k > 0 && isSpace(x[i+k-1]) {
				k--
			}
		} else {
			for k > 0 && (wordLetter(x[i+k-1]) || isDigit[x[i+k-1]] || x[i+k-1] == '-') {
				k--
			}
		}
		i, j = i+k, j+k
		if i == len(x) || j == len(y) {
			return false
		}
		var ok bool
		if i, j, ok = sameToken(x, y, i, j); !ok {
			return false
		}
	}
}

// commonPrefix returns the length of the longest common prefix of a and
// b, comparing eight bytes at a time.
func commonPrefix(a, b []byte) int {
	n := min(len(a), len(b))
	k := 0
	for ; k+8 <= n; k += 8 {
		if d := binary.LittleEndian.Uint64(a[k:]) ^ binary.LittleEndian.Uint64(b[k:]); d != 0 {
			return k + bits.TrailingZeros64(d)/8
		}
	}
	for k < n && a[k] == b[k] {
		k++
	}
	return k
}

// sameToken compares the tokens of the folds of x and y starting at x[i]
// and y[j] (sameFolded), and returns where the next ones start.
func sameToken(x, y []byte, i, j int) (_, _ int, ok bool) {
	cx, cy := x[i], y[j]
	switch {
	case isDigit[cx] || isDigit[cy]:
		// A digit begins a counter: the other must be one too.
		ex, _, okx := counterAt(x, i)
		ey, _, oky := counterAt(y, j)
		return ex, ey, okx && oky
	case wordLetter(cx) && wordLetter(cy):
		ei, ej := i, j
		for ei < len(x) && wordLetter(x[ei]) {
			ei++
		}
		for ej < len(y) && wordLetter(y[ej]) {
			ej++
		}
		if (ei == len(x) || !isDigit[x[ei]]) && (ej == len(y) || !isDigit[y[ej]]) && !isNumberWord(x[i:ei]) {
			// Plain words (x's is no counter, so y's must be the same
			// word to match).
			return ei, ej, equalFoldASCII(x[i:ei], y[j:ej])
		}
		ex, _, okx := counterAt(x, i)
		ey, _, oky := counterAt(y, j)
		return ex, ey, okx && oky
	case isSpace(cx) && isSpace(cy):
		for i < len(x) && isSpace(x[i]) {
			i++
		}
		for j < len(y) && isSpace(y[j]) {
			j++
		}
		return i, j, true
	}
	return i + 1, j + 1, cx == cy && !wordLetter(cx)
}

// equalFoldASCII reports whether a and b are the same bytes, ASCII
// letters in either case.
func equalFoldASCII(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if lowerASCII(a[k]) != lowerASCII(b[k]) {
			return false
		}
	}
	return true
}

// counterEnd returns the end of the digits, and letters glued to them,
// starting at x[i].
func counterEnd(x []byte, i int) int {
	for i < len(x) && (isDigit[x[i]] || asciiLetter[x[i]]) {
		i++
	}
	return i
}

// counted reports whether the lines of group say they hold the words of
// a phrase: a label ("word", "seed", …) in the template, a number word
// ("third word"), or a number that counts the lines one by one from 0 or
// 1 ("Word #3"). Lines of one template ending in list words without any
// of these are a log or a listing, and twelve of their words pass a
// checksum one time in sixteen.
func counted(group []lineWord) bool {
	if group[0].counterWord || labelled([]byte(group[0].key), len(group[0].key)) || strings.Contains(group[0].key, "word") {
		return true
	}
	for k := range group[0].nums {
		step := group[0].nums[k] <= 1
		for i := 1; i < len(group) && step; i++ {
			// Lines of one key have as many counters.
			step = k < len(group[i].nums) && group[i].nums[k] == group[i-1].nums[k]+1
		}
		if step {
			return true
		}
	}
	return false
}

// templateLine splits the line text[at:end] into its last word and the
// key of the rest; ok is false when the line has no word, or its last
// word is glued to digits, or nothing but punctuation stands before it.
// empty is set for a line of nothing but spaces.
func templateLine(text []byte, at, end int) (w lineWord, ok, empty bool) {
	line := text[at:end]
	e := len(line)
	for e > 0 && !wordLetter(line[e-1]) {
		e--
	}
	if e == 0 {
		return lineWord{}, false, len(bytes.TrimSpace(line)) == 0
	}
	s := e
	for s > 0 && wordLetter(line[s-1]) {
		s--
	}
	// Bytes beyond ASCII may be punctuation, not letters: a full-width
	// colon ("単語1：word", "第1単語：ことば") ends the label, not
	// the word.
	for i := s; i < e; {
		r, size := utf8.DecodeRune(line[i:e])
		i += size
		if r >= utf8.RuneSelf && unicode.IsPunct(r) {
			s = i
		}
	}
	// Marks of writing direction and zero-width ones before the word
	// are no part of it (nor those after it, below): a phone puts a left-to-right mark before a
	// Latin word after Arabic or Hebrew ("الكلمة 1: \u200eword").
	for {
		r, size := utf8.DecodeRune(line[s:e])
		if size == 0 || !unicode.Is(unicode.Cf, r) {
			break
		}
		s += size
	}
	// And after it: a right-to-left mark after each word (text copied
	// from a right-to-left app, "الكلمة 1: word\u200f").
	for {
		r, size := utf8.DecodeLastRune(line[s:e])
		if size == 0 || !unicode.Is(unicode.Cf, r) {
			break
		}
		e -= size
	}
	if s == e {
		return lineWord{}, false, false
	}
	if s > 0 && isDigit[line[s-1]] || e < len(line) && isDigit[line[e]] {
		return lineWord{}, false, false
	}
	key, nums, labelled, counterWord := templateKey(line[:s], itemEnd(line[e:]))
	if !labelled {
		return lineWord{}, false, false
	}
	return lineWord{s: at + s, e: at + e, key: key, nums: nums, counterWord: counterWord}, true, false
}

// wordLetter reports whether a byte may be part of a word: an ASCII letter
// or any byte of a non-ASCII character.
func wordLetter(c byte) bool {
	return asciiLetter[c] || c >= 0x80
}

// templateKey folds the text before and after a line's last word into a
// key that lines of one template share: counters (counterAt: "3rd",
// "12Z", "twenty-first") become one mark, runs of spaces one space, ASCII
// letters lower case (marks are a zero byte and a letter, so that no text
// reads as one). labelled is set when the text before the word holds a letter: a
// label, not just a list marker or number (numbered lists are the
// finder's own).
func templateKey(before, after []byte) (key string, nums []int, labelled, counterWord bool) {
	b := make([]byte, 0, len(before)+len(after)+1)
	b, nums, counterWord = foldTemplate(b, before, nums)
	labelled = bytes.ContainsFunc(before, func(r rune) bool { return r >= 0x80 || asciiLetter[r] })
	b = append(b, 0, '|')
	b, _, _ = foldTemplate(b, after, nil)
	return string(b), nums, labelled, counterWord
}

// foldTemplate appends part, folded as templateKey says, to b, and the
// value of each counter to nums (counterValue); counterWord is set when
// part holds a number word.
func foldTemplate(b, part []byte, nums []int) (_ []byte, _ []int, counterWord bool) {
	for i := 0; i < len(part); {
		c := part[i]
		if end, word, ok := counterAt(part, i); ok {
			b = append(b, 0, 'c')
			nums = append(nums, counterValue(part[i:end]))
			counterWord = counterWord || word
			i = end
			continue
		}
		switch {
		case wordLetter(c):
			for ; i < len(part) && wordLetter(part[i]); i++ {
				b = append(b, lowerASCII(part[i]))
			}
		case isSpace(c):
			for i < len(part) && isSpace(part[i]) {
				i++
			}
			b = append(b, ' ')
		case c == 0:
			b = append(b, 0, 'z') // a zero byte of the text, no mark
			i++
		default:
			b = append(b, c)
			i++
		}
	}
	return b, nums, counterWord
}

// counterValue is the number a counter (counterAt) stands for: its first
// run of digits ("3rd", "T12", the year of "2024-03-01"), else the sum of
// its number words ("twenty-one").
func counterValue(c []byte) int {
	if k := bytes.IndexFunc(c, func(r rune) bool { return r < 0x80 && isDigit[r] }); k >= 0 {
		n := 0
		for ; k < len(c) && isDigit[c[k]]; k++ {
			n = min(n*10+int(c[k]-'0'), 1<<30)
		}
		return n
	}
	n := 0
	for _, w := range bytes.Split(c, []byte("-")) {
		v, _ := numberWord(w)
		n += v
	}
	return n
}

// counterAt returns the end of the counter starting at x[i], if one does:
// digits and the letters glued to them ("3rd", "12Z"), letters glued to
// digits after them ("T12"), or a number word, and more of these joined
// by hyphens ("twenty-one", "2024-03-01"); word is set when a number word
// is among them.
func counterAt(x []byte, i int) (end int, word, ok bool) {
	for {
		e := i
		for e < len(x) && wordLetter(x[e]) {
			e++
		}
		switch {
		case e < len(x) && isDigit[x[e]]:
			e = counterEnd(x, e)
		case e > i && isNumberWord(x[i:e]):
			word = true
		default:
			return end, word, ok
		}
		end, ok = e, true
		if e+1 >= len(x) || x[e] != '-' {
			return end, word, ok
		}
		i = e + 1
	}
}

// lowerASCII lower-cases an ASCII letter and leaves other bytes alone.
func lowerASCII(c byte) byte {
	if asciiLetter[c] {
		return c | 0x20
	}
	return c
}

// isNumberWord reports whether w is an English cardinal or ordinal
// number up to twenty, in any case: the numbers a list of up to 25 words
// may count with ("twenty-one" is two of them).
func isNumberWord(w []byte) bool {
	_, ok := numberWord(w)
	return ok
}

// numberWord returns the value of w if it is a number word
// (isNumberWord).
func numberWord(w []byte) (int, bool) {
	var b [11]byte
	if len(w) < 3 || len(w) > len(b) {
		return 0, false
	}
	for i, c := range w {
		b[i] = c | 0x20
	}
	switch string(b[:len(w)]) {
	case "one", "first":
		return 1, true
	case "two", "second":
		return 2, true
	case "three", "third":
		return 3, true
	case "four", "fourth":
		return 4, true
	case "five", "fifth":
		return 5, true
	case "six", "sixth":
		return 6, true
	case "seven", "seventh":
		return 7, true
	case "eight", "eighth":
		return 8, true
	case "nine", "ninth":
		return 9, true
	case "ten", "tenth":
		return 10, true
	case "eleven", "eleventh":
		return 11, true
	case "twelve", "twelfth":
		return 12, true
	case "thirteen", "thirteenth":
		return 13, true
	case "fourteen", "fourteenth":
		return 14, true
	case "fifteen", "fifteenth":
		return 15, true
	case "sixteen", "sixteenth":
		return 16, true
	case "seventeen", "seventeenth":
		return 17, true
	case "eighteen", "eighteenth":
		return 18, true
	case "nineteen", "nineteenth":
		return 19, true
	case "twenty", "twentieth":
		return 20, true
	}
	return 0, false
}
