package mnemonic

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// Row labels in a grid. A phrase kept in a spreadsheet's grid, a word a
// cell, has its rows labelled as often as not ("Zeile 1", "Row 2", "A",
// "行1", "Linha3", exported with tabs, commas, semicolons or a Markdown
// table's pipes): the labels, in no list, cut the run of list words into
// rows too short for a phrase. blankRowLabels writes a copy of the text
// with such labels blanked out, byte for byte, so that the grid reads as
// rows of words and what is found in the copy stands at the text's own
// offsets.

// Bounds of a grid blankRowLabels reads: a label's bytes, the word cells
// of a row.
const (
	maxRowLabel = 24
	minRowCells = 3
	maxRowCells = 8
)

// labelledRow is a line of a grid: its label's span and its word cells.
type labelledRow struct {
	ls, le, cells int
	sep           byte
	label         string
}

// blankRowLabels returns a copy of text in which the row labels of a grid
// of list-like words are spaces, and true; or nil and false when text
// holds no such grid. A grid is two rows or more in a row, each a label
// and as many cells of one word each (letters alone), apart by one
// separator (a tab, '|', ';' or ','), whose words make a phrase's length
// (12 to 24, a multiple of 3), and whose labels all differ. A label holds
// a digit, or is one or two ASCII letters: a word of the grid is never
// taken for one.
func blankRowLabels(text []byte) ([]byte, bool) {
	if !bytes.ContainsAny(text, "\t|;,") {
		return nil, false
	}
	var out []byte
	var block []labelledRow
	flush := func() {
		if len(block) >= 2 && validLength(len(block)*block[0].cells) && distinctLabels(block) {
			if out == nil {
				out = bytes.Clone(text)
			}
			for _, r := range block {
				for k := r.ls; k < r.le; k++ {
					out[k] = ' '
				}
			}
		}
		block = block[:0]
	}
	for ls := 0; ls < len(text); {
		le := ls + bytes.IndexByte(text[ls:], '\n')
		if le < ls {
			le = len(text)
		}
		r, ok := labelledRow{}, false
		if mayBeGridRow(text[ls:le]) {
			r, ok = rowOfGrid(text[ls:le])
		}
		if ok && len(block) > 0 && (r.cells != block[0].cells || r.sep != block[0].sep) {
			flush()
		}
		if ok {
			r.ls, r.le = r.ls+ls, r.le+ls
			block = append(block, r)
		} else {
			flush()
		}
		ls = le + 1
	}
	flush()
	return out, out != nil
}

// distinctLabels reports whether the rows' labels all differ.
func distinctLabels(rows []labelledRow) bool {
	for i := range rows {
		for j := range i {
			if rows[i].label == rows[j].label {
				return false
			}
		}
	}
	return true
}

// gridSep marks the separators of a grid's cells.
var gridSep = [256]bool{'\t': true, '|': true, ';': true, ',': true}

// mayBeGridRow reports at a glance whether line may be a grid's row: from
// its start (past a Markdown table's pipe), a label (gridRowLabel) ends
// at a separator within maxRowLabel bytes. Most lines are passed over
// here; indented ones at their first byte.
func mayBeGridRow(line []byte) bool {
	i := 0
	if len(line) < 2*minRowCells || line[0] == ' ' || line[0] == '\t' && !gridSep[line[1]] {
		return false // an indented line: code's, prose's
	}
	if line[0] == '|' {
		i++
		for i < len(line) && line[i] == ' ' {
			i++
		}
	}
	lim := min(len(line), i+maxRowLabel+2)
	for j := i; j < lim; j++ {
		if gridSep[line[j]] {
			// The first cell after the label starts with a letter.
			k := j + 1
			for k < len(line) && line[k] == ' ' {
				k++
			}
			return k < len(line) && (asciiLetter[line[k]] || line[k] >= utf8.RuneSelf) && gridRowLabel(bytes.TrimRight(line[i:j], " \t"))
		}
	}
	return false
}

// rowOfGrid reads line as a grid's row: a label, then minRowCells to
// maxRowCells cells of one word of letters each, apart by one separator
// (a leading and a trailing one, as a Markdown table writes, are left
// out).
func rowOfGrid(line []byte) (labelledRow, bool) {
	line = bytes.TrimRight(line, "\r")
	var sep byte
	for _, c := range [...]byte{'\t', '|', ';', ','} {
		if bytes.Count(line, []byte{c}) >= minRowCells {
			sep = c
			break
		}
	}
	if sep == 0 {
		return labelledRow{}, false
	}
	var r labelledRow
	r.sep = sep
	cell := 0
	for i := 0; i <= len(line); {
		k := bytes.IndexByte(line[i:], sep)
		end := len(line)
		if k >= 0 {
			end = i + k
		}
		s, e := i, end
		for s < e && (line[s] == ' ' || line[s] == '\t') {
			s++
		}
		for e > s && (line[e-1] == ' ' || line[e-1] == '\t') {
			e--
		}
		switch {
		case s == e && (cell == 0 && r.label == "" && i == 0 || end == len(line)):
			// A Markdown table's outer pipes.
		case cell == 0:
			if !gridRowLabel(line[s:e]) {
				return labelledRow{}, false
			}
			r.ls, r.le, r.label = s, e, string(line[s:e])
			cell++
		default:
			if !oneWord(line[s:e]) {
				return labelledRow{}, false
			}
			cell++
		}
		if k < 0 {
			break
		}
		i = end + 1
	}
	r.cells = cell - 1
	return r, r.cells >= minRowCells && r.cells <= maxRowCells
}

// gridRowLabel reports whether b may label a grid's row: up to maxRowLabel
// bytes holding a digit ("Zeile 1", "行1", "R3"), or one or two ASCII
// letters ("A", "AB").
func gridRowLabel(b []byte) bool {
	if len(b) == 0 || len(b) > maxRowLabel {
		return false
	}
	letters := len(b) <= 2
	for _, c := range b {
		if isDigit[c] {
			return true
		}
		letters = letters && asciiLetter[c]
	}
	return letters
}

// oneWord reports whether b is one word of letters (and marks) alone.
func oneWord(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			return false
		}
		i += size
	}
	return true
}
