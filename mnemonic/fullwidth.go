package mnemonic

import "bytes"

// Japanese and Chinese text numbers lists with fullwidth digits
// ("１．あいこくしん", "（１２）"): read as ASCII digits, they number the
// words as "1." does. In UTF-8 they are EF BC 90–99 (U+FF10–FF19).

// hasFullwidthDigit reports whether text holds a fullwidth digit.
func hasFullwidthDigit(text []byte) bool {
	for i := 0; ; {
		k := bytes.Index(text[i:], []byte{0xEF, 0xBC})
		if k < 0 || i+k+2 >= len(text) {
			return false
		}
		i += k + 2
		if c := text[i]; c >= 0x90 && c <= 0x99 {
			return true
		}
	}
}

// readFullwidth returns the copy of src with fullwidth digits, and the
// fullwidth full stop and parentheses that number lists with them, as
// their ASCII forms, and its map back to src, appended to buf[:0] and
// pieces[:0].
func readFullwidth(src, buf []byte, pieces []piece) ([]byte, markupMap) {
	r := plainWriter{src: src, out: buf[:0], m: markupMap{pieces[:0]}}
	for i := 0; ; {
		k := bytes.Index(src[i:], []byte{0xEF, 0xBC})
		if k < 0 || i+k+2 >= len(src) {
			break
		}
		at := i + k
		i = at + 2
		var ascii string
		switch c := src[i]; {
		case c >= 0x90 && c <= 0x99:
			ascii = string(rune('0' + c - 0x90))
		case c == 0x8E:
			ascii = "."
		case c == 0x88:
			ascii = "("
		case c == 0x89:
			ascii = ")"
		default:
			continue
		}
		r.replace(at, at+3, ascii)
		i = at + 3
	}
	r.verbatim(len(src))
	return r.out, r.m
}

// findWide runs find on text, or on its copy with ASCII digits when it
// numbers with fullwidth ones, and with a table's box-drawing characters
// read as ASCII (readBoxDrawing).
func findWide(text []byte, find func([]byte) []Match) []Match {
	if hasBoxDrawing(text) {
		inner := find
		find = func(t []byte) []Match { return findInPlain(t, readBoxDrawing, inner) }
	}
	if hasFullwidthDigit(text) {
		return findInPlain(text, readFullwidth, find)
	}
	return find(text)
}
