package audit

import "unicode/utf8"

// A binary file often holds text whole: a disk image's clusters hold the
// files that were (or still are) on it, a process's memory the notes,
// scripts and JSON it had open, a cache entry its response's body. Read as
// binary, a secret there is judged without its text's help: a label on
// the line above, a CSV header, an escaped line break, a list of
// character codes. The stretches of such data that are text are read as
// text too, a view each (textIslands), placed at their own lines.

// minIsland is the shortest stretch of binary data read as text: a
// label's line and a key, or a short phrase and its label.
const minIsland = 96

// textIslands calls fn, until it returns false, with each stretch
// data[s:e] of at least minIsland bytes that is UTF-8 text with no
// control character but tabs and line breaks.
//
// Such a stretch covers one byte in every minIsland/2 or more: only
// those are looked at, and a run of text bytes is read out from one both
// ways, so binary data is read at about one byte in 48.
func textIslands(data []byte, fn func(s, e int) bool) {
	const stride = minIsland / 2
	for p := 0; p < len(data); {
		if !textByte(data[p]) {
			p += stride
			continue
		}
		s, e := p, p+1
		for s > 0 && textByte(data[s-1]) {
			s--
		}
		for e < len(data) && textByte(data[e]) {
			e++
		}
		if e-s >= minIsland && !utf8Islands(data, s, e, fn) {
			return
		}
		p = e + 1
	}
}

// textByte reports whether c may be a byte of text: not a control
// character but a tab or a line break.
func textByte(c byte) bool {
	return c >= 0x20 && c != 0x7f || c == '\t' || c == '\n' || c == '\r'
}

// utf8Islands calls fn with the stretches of at least minIsland bytes of
// data[s:e], text bytes all, that are valid UTF-8, and returns false
// once fn does.
func utf8Islands(data []byte, s, e int, fn func(s, e int) bool) bool {
	from := s
	for i := s; i < e; {
		if data[i] < 0x80 {
			i++
			continue
		}
		if r, n := utf8.DecodeRune(data[i:e]); r != utf8.RuneError || n > 1 {
			i += n
			continue
		}
		if i-from >= minIsland && !fn(from, i) {
			return false
		}
		i++
		from = i
	}
	return e-from < minIsland || fn(from, e)
}

// islandCells returns the spans of the lines of data[s:e], for a view of
// the stretch to place what is found in it at its own line.
func islandCells(data []byte, s, e int) [][2]int {
	var cells [][2]int
	for p := s; p < e; {
		q := p
		for q < e && data[q] != '\n' {
			q++
		}
		cells = append(cells, [2]int{p, q})
		p = q + 1
	}
	return cells
}
