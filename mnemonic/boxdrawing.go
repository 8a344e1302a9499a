package mnemonic

import "bytes"

// Tables drawn with box-drawing characters (U+2500 to U+257F: "┌──┬──┐",
// "│ 1. word │ 2. word │") are read as their ASCII forms, which the
// finder reads as a table's rows ("| 1. word | 2. word |"): a vertical
// line as '|', a junction or a corner as '+', and the horizontal lines of
// rules left out, so that a rule between two rows is no long gap between
// their words. In UTF-8 the block is E2 94 80 to E2 95 BF.

// hasBoxDrawing reports whether text holds a box-drawing character.
func hasBoxDrawing(text []byte) bool {
	return bytes.Contains(text, []byte{0xE2, 0x94}) || bytes.Contains(text, []byte{0xE2, 0x95})
}

// boxASCII returns what the box-drawing character U+2500+k (k below
// 0x80) is read as: "|" for the vertical lines, "" for the horizontal
// ones, "+" for the others.
func boxASCII(k int) string {
	switch k {
	case 0x02, 0x03, 0x06, 0x07, 0x0A, 0x0B, 0x51, 0x4E, 0x4F, 0x7D, 0x7F, 0x75, 0x77: // │ ┃ ┆ ┇ ┊ ┋ ║ ╎ ╏ ╽ ╿ ╵ ╷
		return "|"
	case 0x00, 0x01, 0x04, 0x05, 0x08, 0x09, 0x4C, 0x4D, 0x50, 0x74, 0x76, 0x7C, 0x7E: // ─ ━ ┄ ┅ ┈ ┉ ╌ ╍ ═ ╴ ╶ ╼ ╾
		return ""
	}
	return "+"
}

// readBoxDrawing returns the copy of src with its box-drawing characters
// read as boxASCII says, and its map back to src, appended to buf[:0] and
// pieces[:0].
func readBoxDrawing(src, buf []byte, pieces []piece) ([]byte, markupMap) {
	r := plainWriter{src: src, out: buf[:0], m: markupMap{pieces[:0]}}
	for i := 0; i+2 < len(src); {
		k := bytes.IndexByte(src[i:len(src)-2], 0xE2)
		if k < 0 {
			break
		}
		at := i + k
		if b1, b2 := src[at+1], src[at+2]; (b1 == 0x94 || b1 == 0x95) && b2 >= 0x80 && b2 <= 0xBF {
			if a := boxASCII(int(b1-0x94)<<6 | int(b2-0x80)); a == "" {
				r.drop(at, at+3)
			} else {
				r.replace(at, at+3, a)
			}
			i = at + 3
			continue
		}
		i = at + 1
	}
	r.verbatim(len(src))
	return r.out, r.m
}
