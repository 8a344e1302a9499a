package mnemonic

import "bytes"

// Phrases written a word a numbered row, with a note after each word:
// the heir or the custodian who keeps it ("| 1 | <w1> | Lucía |",
// "Palabra 01: <w1>   (Lucía)"), a hint. The notes break the run of
// list words at every row (or join them into one of words and notes), so
// no run is the phrase. When a text holds rows numbered 1, 2, 3, … as
// many as a phrase has words, a word each after its number, the notes
// after the words are left out of a copy of the text, which is read again
// (findRewritten), its numbers and checksum deciding.

// Bounds of a noted row: the words of a label before its number ("Word",
// "Palabra número"), a label word's length, and the lines between two
// rows (a blank line, a heading between heirs).
const (
	maxNotedLabelWords = 2
	maxNotedLabel      = 12
	maxNotedGap        = 2
)

// notedRows appends to rewrites, for every stretch of rows numbered 1 to
// n, n a phrase's length (12, 15, 18, 21 or 24), whose lines are a number
// (after a label of up to two words, "|", "-" or "#"), then a word, then
// a note (rowNote), a marker that leaves the note out.
func notedRows(text []byte, rewrites []numberMarker) []numberMarker {
	// A stretch starts at a row numbered 1: its lines are looked for
	// from the digits 1 (IndexByte), not line by line.
	ls := 0 // the start of the line of the digit found last
	for from := 0; from < len(text); {
		k := bytes.IndexByte(text[from:], '1')
		if k < 0 {
			break
		}
		p := from + k
		from = p + 1
		if !rowOneAt(text, p) {
			continue
		}
		if nl := bytes.LastIndexByte(text[ls:p], '\n'); nl >= 0 {
			ls += nl + 1
		}
		if p-ls > maxRowLead {
			// Too far into its line for a row's number: on to the next
			// line (a long line's digits are not each read back to its
			// start).
			nl := bytes.IndexByte(text[p:], '\n')
			if nl < 0 {
				break
			}
			from = p + nl + 1
			continue
		}
		le, _ := lineEndAt(text, ls)
		if num, end, ok := numberedRow(text[ls:le]); ok && num == 1 && p < ls+end {
			var next int
			rewrites, next = rowsFrom(text, ls, rewrites)
			from = max(from, next)
		}
	}
	return rewrites
}

// rowOneAt reports whether the digit 1 at text[p] may be a row's number
// 1, by the bytes around it alone: no digit after it and, after it, a
// space, a tab, a full stop, a colon, a parenthesis, a bar, a hyphen or a
// sign beyond ASCII ("1º"); before it no letter or digit, but the 0 of
// "01" or a number's sign ("N°1").
func rowOneAt(text []byte, p int) bool {
	if p+1 >= len(text) {
		return false
	}
	switch text[p+1] {
	case ' ', '\t', '.', ':', ')', '|', '-', 0xC2:
	default:
		return false
	}
	if p == 0 {
		return true
	}
	c := text[p-1]
	if c == '0' {
		return p < 2 || !isDigit[text[p-2]]
	}
	return !isDigit[c] && !asciiLetter[c] || c == 0xB0 || c == 0xBA
}

// maxRowLead is how far into its line a row's number may stand: past a
// table's bars, a list's marks and a label of maxNotedLabelWords words.
const maxRowLead = 40

// lineEndAt returns where the line that starts at ls ends, before its
// line break and a carriage return, and where the next line starts.
func lineEndAt(text []byte, ls int) (le, next int) {
	le, next = len(text), len(text)
	if k := bytes.IndexByte(text[ls:], '\n'); k >= 0 {
		le, next = ls+k, ls+k+1
	}
	if le > ls && text[le-1] == '\r' {
		le--
	}
	return le, next
}

// rowsFrom reads the rows numbered 1, 2, 3, … from the line at ls on,
// maxNotedGap lines of other text allowed between two, and appends the
// markers of their notes to rewrites when they are a phrase's length
// (notedRows); it returns them and where the reading stopped.
func rowsFrom(text []byte, ls int, rewrites []numberMarker) ([]numberMarker, int) {
	var rows []notedRow
	gap := 0
	for ls < len(text) {
		le, next := lineEndAt(text, ls)
		num, end, ok := numberedRow(text[ls:le])
		if ok && num == len(rows)+1 {
			rows = append(rows, notedRow{num, ls + end, le})
			gap = 0
		} else if !ok && gap < maxNotedGap {
			gap++
		} else {
			break
		}
		ls = next
	}
	if n := len(rows); validLength(n) && fewNotes(text, rows) {
		for _, r := range rows {
			if rowNote(text[r.end:r.le]) {
				rewrites = append(rewrites, numberMarker{start: r.end, end: r.le})
			}
		}
	}
	end := ls
	if n := len(rows); n > 0 {
		end = rows[n-1].le
	}
	return rewrites, end
}

// notedRow is a row's number, where its word ends and where its line
// ends.
type notedRow struct{ num, end, le int }

// fewNotes reports whether the notes of rows repeat: at most half as many
// different notes as rows, as the few heirs or custodians of a split
// seed, or one hint, are written. A note of its own on every row is a
// gloss: a vocabulary's translations ("1. kitchen - mutfak"), whose list
// words pass a phrase's checksum by chance.
func fewNotes(text []byte, rows []notedRow) bool {
	seen := make(map[string]bool, len(rows))
	for _, r := range rows {
		if rowNote(text[r.end:r.le]) {
			seen[string(bytes.ToLower(bytes.Trim(text[r.end:r.le], " \t|()[]")))] = true
		}
	}
	return len(seen) > 0 && len(seen)*2 <= len(rows)
}

// numberedRow reads a line that is a row of a numbered word: past spaces
// and a table's bar, a list's dash or a hash, up to maxNotedLabelWords
// words of a label, a number of one or two digits, then punctuation or
// spaces, then a word (letters, or bytes beyond ASCII). It returns the
// number and where the word ends. A line whose first byte is no space,
// bar, dash, hash, letter or digit is no row, and is left at once.
func numberedRow(line []byte) (num, end int, ok bool) {
	p := 0
	for p < len(line) && (line[p] == ' ' || line[p] == '\t' || line[p] == '|' || line[p] == '-' || line[p] == '#' || line[p] == '*') {
		p++
	}
	for range maxNotedLabelWords {
		if p >= len(line) || !isLetterByte(line[p]) {
			break
		}
		e := p
		for e < len(line) && (isLetterByte(line[e]) || line[e] == '.') && e-p <= maxNotedLabel {
			e++
		}
		if e-p > maxNotedLabel || e >= len(line) || line[e] != ' ' {
			return 0, 0, false
		}
		p = e
		for p < len(line) && line[p] == ' ' {
			p++
		}
	}
	d := p
	for p < len(line) && isDigit[line[p]] && p-d < 3 {
		p++
	}
	if p == d || p-d > 2 {
		return 0, 0, false
	}
	num, _ = leadingNumber(line[d:p])
	w := p
	for w < len(line) && (line[w] == ' ' || line[w] == '\t' || line[w] == '.' || line[w] == ':' || line[w] == ')' || line[w] == '|' || line[w] == '-') {
		w++
	}
	if w == p || w >= len(line) || !isLetterByte(line[w]) {
		return 0, 0, false
	}
	e := w
	for e < len(line) && isLetterByte(line[e]) {
		e++
	}
	if e < len(line) && line[e] != ' ' && line[e] != '\t' && line[e] != '|' && line[e] != ',' && line[e] != ';' {
		return 0, 0, false // glued to more than a word: no row's word
	}
	return num, e, true
}

// noteMarks set a note apart after a row's word: a dash or an arrow
// ("- my hint", "→ casa"), an equals sign, a colon, a comment's mark.
var noteMarks = []string{"-", "–", "—", "→", "->", "=>", "=", ":", "#", "//"}

// rowNote reports whether rest, what follows a row's word on its line, is
// a note: a table's other cells ("| Lucía |", after a tab, or after two
// spaces, as a page's table reads and aligned columns are written), a
// note in brackets that ends the line ("(Lucía)", "[spare]"), or one
// after a dash, an arrow or another of noteMarks and a space. Words after
// a note in brackets ("(ok) x") are an item's text, not a note.
func rowNote(rest []byte) bool {
	t := bytes.TrimSpace(rest)
	switch {
	case len(t) == 0 || len(bytes.Trim(t, "|")) == 0:
		return false
	case t[0] == '|' || rest[0] == '\t' || bytes.HasPrefix(rest, []byte("  ")):
		return true
	case t[0] == '(' || t[0] == '[':
		closer := byte(')')
		if t[0] == '[' {
			closer = ']'
		}
		return bytes.IndexByte(t, closer) == len(t)-1
	}
	for _, m := range noteMarks {
		if r, ok := bytes.CutPrefix(t, []byte(m)); ok && len(r) > 0 && (r[0] == ' ' || r[0] == '\t') {
			return true
		}
	}
	return false
}
