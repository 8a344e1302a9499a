package mnemonic

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// Remarks in a numbered list. A phrase written a word a line, numbered
// "1." to "12.", may carry a remark after a word or two ("5. <word>  ‹-
// sprawdzić pisownię", "7. <word>  # not sure"): the remark's words, in
// no list, cut the run of list words in two. blankRemarks writes a copy
// of the text with such remarks blanked out, byte for byte, so that the
// list reads whole and what is found in the copy stands at the text's
// own offsets.

// maxRemarkLines is the most lines of a numbered list that may carry a
// remark: a few, as notes have them. Lines that all go on past their
// word are a grid of several columns ("1. w1   13. w13"), or a list of
// another kind.
const maxRemarkLines = 3

// blankRemarks returns a copy of text in which the remarks after the
// word of the lines of a numbered list ("N. word" or "N) word", a line
// each, counting from 1 to 12 or more) are spaces, and true; or nil and
// false when text holds no such list with a remark. A remark holds no
// digit, so that a second column's numbered words are never blanked.
func blankRemarks(text []byte) ([]byte, bool) {
	if !bytes.Contains(text, []byte("1. ")) && !bytes.Contains(text, []byte("1) ")) {
		return nil, false
	}
	var out []byte
	var remarks [][2]int // of the current list
	next := 1            // the number the next line of the list must have
	flush := func() {
		if next > minRunWords && len(remarks) > 0 && len(remarks) <= maxRemarkLines {
			if out == nil {
				out = bytes.Clone(text)
			}
			for _, r := range remarks {
				for k := r[0]; k < r[1]; k++ {
					out[k] = ' '
				}
			}
		}
		remarks, next = remarks[:0], 1
	}
	for ls := 0; ls < len(text); {
		le := ls + bytes.IndexByte(text[ls:], '\n')
		if le < ls {
			le = len(text)
		}
		n, rs, re, ok := numberedLine(text[ls:le])
		switch {
		case ok && n == next:
			if re > rs {
				remarks = append(remarks, [2]int{ls + rs, ls + re})
			}
			next++
		case ok && n == 1:
			flush()
			if re > rs {
				remarks = append(remarks, [2]int{ls + rs, ls + re})
			}
			next = 2
		default:
			flush()
		}
		ls = le + 1
	}
	flush()
	return out, out != nil
}

// numberedLine reads a line "N. word rest" (or "N) word rest"), past
// leading spaces: its number (1 to 33), and the span of the rest past
// the word's spaces ("" when none, rs == re); ok is false for a line of
// another shape, or whose rest holds a digit.
func numberedLine(line []byte) (n, rs, re int, ok bool) {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	d := i
	for i < len(line) && i-d < 2 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i == d || i+1 >= len(line) || line[i] != '.' && line[i] != ')' || line[i+1] != ' ' {
		return 0, 0, 0, false
	}
	for _, c := range line[d:i] {
		n = n*10 + int(c-'0')
	}
	if n < 1 || n > 33 {
		return 0, 0, 0, false
	}
	i++
	for i < len(line) && line[i] == ' ' {
		i++
	}
	w := i
	for i < len(line) {
		r, size := utf8.DecodeRune(line[i:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		i += size
	}
	if i-w < 2 {
		return 0, 0, 0, false
	}
	end := len(line)
	if end > i && line[end-1] == '\r' {
		end--
	}
	rs = i
	for rs < end && (line[rs] == ' ' || line[rs] == '\t') {
		rs++
	}
	for _, c := range line[rs:end] {
		if c >= '0' && c <= '9' {
			return 0, 0, 0, false
		}
	}
	if rs == end {
		rs = i // no remark
		end = i
	}
	return n, rs, end, true
}
