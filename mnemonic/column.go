package mnemonic

import (
	"bytes"
	"unicode/utf8"
)

// inWordColumn reports whether run, written a word a line, is cut from a
// longer column of single words: a vocabulary, a word-frequency list, a
// CSV of words and counts, where a stretch of list words between two
// other words passes the checksum one time in 16. The lines right before
// and right after the run each hold one word, in the same shape as the
// run's lines ("word", "word,1234"), that is no label. A phrase written a
// word a line stands apart: a blank line, a label, a number or other text
// is around it.
func (f *finder) inWordColumn(run []token) bool {
	text := f.text
	shape := ""
	for k, t := range run {
		if k > 0 && bytes.Count(text[run[k-1].end:t.start], []byte{'\n'}) != 1 {
			return false // two words on a line, or a blank line between
		}
		s, ok := lineShapeOf(text, t.start, t.end)
		if !ok || k > 0 && s != shape {
			return false
		}
		shape = s
	}
	first, last := run[0], run[len(run)-1]
	ls := bytes.LastIndexByte(text[:first.start], '\n') // ends the line before
	le := bytes.IndexByte(text[last.end:], '\n')        // ends the last line
	if ls < 0 || le < 0 || last.end+le+1 >= len(text) {
		return false // the run starts or ends the text
	}
	bs, be := lineAt(text, ls)
	as, ae := lineAt(text, last.end+le+1)
	// A label word below the run labels what follows it, not the run;
	// one above it with a word of the column above it again is an item
	// of the column ("secret" in a vocabulary), not a heading.
	if !neighbourShaped(text, as, ae, shape, true) {
		return false
	}
	if neighbourShaped(text, bs, be, shape, false) {
		return true
	}
	// Label words above the run ("phrase", "secret") with another word
	// of the column above them are items of the column too; with a blank
	// line, other text or the text's start above them, they head the run.
	for range 3 {
		if bs == 0 || !neighbourShaped(text, bs, be, shape, true) {
			return false
		}
		bs, be = lineAt(text, bs-1)
		if neighbourShaped(text, bs, be, shape, false) {
			return true
		}
	}
	return false
}

// lineAt returns the bounds of the line that holds text[p] (without its
// line break); p may be len(text) or a line break's own offset, which
// ends the line.
func lineAt(text []byte, p int) (int, int) {
	s := bytes.LastIndexByte(text[:p], '\n') + 1
	e := bytes.IndexByte(text[p:], '\n')
	if e < 0 {
		return s, len(text)
	}
	return s, p + e
}

// neighbourShaped reports whether the line [s, e) holds one word, in
// the given shape, that is no label (any word when label is set).
func neighbourShaped(text []byte, s, e int, shape string, label bool) bool {
	if s < 0 {
		return false
	}
	ws, we := -1, e
	for i := s; i < e; i++ {
		if isLetterByte(text[i]) {
			if ws < 0 {
				ws = i
			}
			continue
		}
		if ws >= 0 {
			we = i
			break
		}
	}
	if ws < 0 || cjkSentence(text[ws:we]) {
		return false
	}
	sh, ok := lineShapeOf(text, ws, we)
	return ok && sh == shape && (label || !labelWord(text[ws:we]))
}

// maxColumnWord is the most characters of a word of another script than
// Latin that a column of words holds: longer runs without spaces are
// sentences of Chinese or Japanese.
const maxColumnWord = 10

// cjkSentence reports whether w, letters without spaces, is a sentence of
// a script written so rather than a word: it holds an ideographic or
// full-width punctuation mark ("。", "、", "！") or more than
// maxColumnWord characters ("レジャーのバックアップ", a note's title over a
// phrase a word a line).
func cjkSentence(w []byte) bool {
	if w[0] < utf8.RuneSelf {
		return false
	}
	n := 0
	for _, r := range string(w) {
		if r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xff65 {
			return true
		}
		n++
	}
	return n > maxColumnWord
}

// lineShapeOf returns the shape of the line that holds the word
// text[ws:we] and no other: the word as "W", digits as "9" (a run of them
// once), blanks left out, other bytes as they are ("W", "W,9", "- W").
// It reports false when another word is on the line.
func lineShapeOf(text []byte, ws, we int) (string, bool) {
	s, e := lineAt(text, ws)
	var b []byte
	add := func(part []byte) bool {
		for _, c := range part {
			switch {
			case isLetterByte(c):
				return false
			case c >= '0' && c <= '9':
				if len(b) == 0 || b[len(b)-1] != '9' {
					b = append(b, '9')
				}
			case c == ' ' || c == '\t' || c == '\r':
			default:
				b = append(b, c)
			}
			if len(b) > 32 {
				return false
			}
		}
		return true
	}
	if !add(text[s:ws]) {
		return "", false
	}
	b = append(b, 'W')
	if !add(text[we:e]) {
		return "", false
	}
	return string(b), true
}

// isLetterByte reports an ASCII letter or a byte of a multi-byte UTF-8
// sequence (the letters of other scripts, read loosely).
func isLetterByte(c byte) bool { return asciiLetter[c] || c >= 0x80 }

// maxRowWords is the most words a line of a table of word rows holds
// (inWordRows).
const maxRowWords = 8

// inWordRows reports whether w, written over two lines or more of the
// same number of words each, is cut from a longer table of such rows: a
// CSV of word n-grams and counts, a list of search phrases, where rows
// of list words between rows with another word pass the checksum one
// time in 16. The line right before w's first, or the one right after
// its last, is in the shape of w's lines (wordRowShape: "W W W,9"): a
// phrase with a typo is read only when set apart from such rows.
func inWordRows(text []byte, w []token) bool {
	first, last := w[0], w[len(w)-1]
	s, _ := lineAt(text, first.start)
	_, e := lineAt(text, last.end)
	if bytes.IndexByte(text[first.end:last.start], '\n') < 0 {
		return false // one line alone
	}
	shape, ok := wordRowShape(text[s:e][:bytes.IndexByte(text[s:e], '\n')])
	if !ok {
		return false
	}
	for ls := s; ls < e; {
		le := bytes.IndexByte(text[ls:e], '\n')
		if le < 0 {
			le = e - ls
		}
		if sh, ok := wordRowShape(text[ls : ls+le]); !ok || sh != shape {
			return false
		}
		ls += le + 1
	}
	if s > 0 {
		bs, be := lineAt(text, s-1)
		if sh, ok := wordRowShape(text[bs:be]); ok && sh == shape {
			return true
		}
	}
	if e+1 < len(text) {
		as, ae := lineAt(text, e+1)
		if sh, ok := wordRowShape(text[as:ae]); ok && sh == shape {
			return true
		}
	}
	return false
}

// wordRowShape returns the shape of a line of two to maxRowWords words: each
// word of letters as "W", digits as "9" (a run of them once), blanks
// apart words as one space, other bytes as they are ("W W W,9").
func wordRowShape(line []byte) (string, bool) {
	var b []byte
	words := 0
	for i := 0; i < len(line); {
		c := line[i]
		switch {
		case isLetterByte(c):
			for i < len(line) && isLetterByte(line[i]) {
				i++
			}
			b = append(b, 'W')
			words++
			continue
		case isDigit[c]:
			if len(b) == 0 || b[len(b)-1] != '9' {
				b = append(b, '9')
			}
		case c == ' ' || c == '\t':
			if len(b) > 0 && b[len(b)-1] != ' ' {
				b = append(b, ' ')
			}
		case c == '\r':
		default:
			b = append(b, c)
		}
		if len(b) > 48 {
			return "", false
		}
		i++
	}
	return string(bytes.TrimRight(b, " ")), words >= 2 && words <= maxRowWords
}
