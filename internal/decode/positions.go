package decode

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxDictLine bounds a line positionViews reads as a one-line dict.
const maxDictLine = 2048

// positionViews reads the words of a phrase kept as records that each
// hold a word and its place, out of order: rows of a table exported
// shuffled ("7,rapid" in a CSV, one SQL INSERT a word), XML elements with
// a position attribute (<word position="7">rapid</word>), a dict of
// places to words (7: 'rapid'). The view ("positions") is the words in
// the order of their places, one line, placed at the records' first
// line. Only a block of records whose places are exactly 1 to 12, 15,
// 18, 21 or 24, each once and not already in order, is read: the phrase
// finder reads records in order as they are.
func positionViews(w *walker, data []byte, emit func(View) bool) bool {
	type rec struct {
		pos  int
		word string
	}
	var block []rec
	start, end, gap := -1, 0, 0
	flush := func() bool {
		defer func() { block, start, gap = block[:0], -1, 0 }()
		n := len(block)
		if n != 12 && n != 15 && n != 18 && n != 21 && n != 24 {
			return true
		}
		words := make([]string, n)
		ordered := true
		for i, r := range block {
			if r.pos > n || words[r.pos-1] != "" {
				return true
			}
			words[r.pos-1] = r.word
			ordered = ordered && r.pos == i+1
		}
		if ordered {
			return true
		}
		return emit(View{Data: []byte(strings.Join(words, " ") + "\n"), Encoding: "positions", Start: start, End: end})
	}
	for ls := 0; ls < len(data); {
		le := lineEnd(data, ls)
		if line := data[ls:le]; len(line) <= maxDictLine && bytes.Count(line, []byte{','}) >= 11 {
			// A dict or a list of records on one line: {4: "rapid",
			// 1: "fever", …}, each item a record.
			if o, c := bytes.IndexAny(line, "{["), bytes.LastIndexAny(line, "}]"); o >= 0 && c > o {
				var items []rec
				for _, it := range bytes.Split(line[o+1:c], []byte{','}) {
					if pos, word, ok := positionedWord(it); ok {
						items = append(items, rec{pos, word})
					}
				}
				if n := len(items); n == 12 || n == 15 || n == 18 || n == 21 || n == 24 {
					if !flush() {
						return false
					}
					block, start, end = items, ls, le
					if !flush() {
						return false
					}
					ls = le + 1
					continue
				}
			}
		}
		if pos, word, ok := positionedWord(data[ls:le]); ok {
			if start < 0 {
				start = ls
			}
			block = append(block, rec{pos, word})
			end, gap = le, 0
			if len(block) > 24 && !flush() {
				return false
			}
		} else if start >= 0 {
			// A header or a closing line between records; more ends
			// the block.
			if gap++; gap > 2 && !flush() {
				return false
			}
		}
		ls = le + 1
		if ls&0xfff == 0 && w.stop() {
			return false
		}
	}
	return flush()
}

// maxPositionLine bounds the line of a record positionedWord reads.
const maxPositionLine = 160

// positionedWord reads a record's word (an XML element's text, the last
// quoted string that is one word, or the last field, apart by a comma,
// tab, semicolon, colon, '=' or '|', that is one word) and its place: the
// last integer from 1 to 24 standing alone before the word (after a
// table's other numbers: "VALUES (7, 13, 'rapid')"), or the first after
// it ("rapid,13").
func positionedWord(line []byte) (int, string, bool) {
	line = bytes.TrimSpace(line)
	if len(line) < 3 || len(line) > maxPositionLine || bytes.IndexAny(line, "0123456789") < 0 {
		return 0, "", false
	}
	ws, we := -1, -1
	if gt := bytes.IndexByte(line, '>'); gt >= 0 {
		// An element's text: <word position="7">rapid</word>.
		if lt := bytes.IndexByte(line[gt+1:], '<'); lt > 0 {
			ws, we = gt+1, gt+1+lt
		}
	}
	for _, q := range []byte{'\'', '"'} {
		if ws >= 0 {
			break
		}
		if e := bytes.LastIndexByte(line, q); e > 0 {
			if s := bytes.LastIndexByte(line[:e], q); s >= 0 {
				ws, we = s+1, e
			}
		}
	}
	if ws < 0 {
		// The last field, or the first ("rapid;13").
		if k := bytes.LastIndexAny(line, ",\t;:=|"); k >= 0 {
			ws, we = k+1, len(line)
			for ws < we && line[ws] == ' ' {
				ws++
			}
			if _, ok := oneWord(line[ws:we]); !ok {
				ws, we = 0, bytes.IndexAny(line, ",\t;:=|")
				for we > 0 && line[we-1] == ' ' {
					we--
				}
			}
		}
	}
	if ws < 0 {
		return 0, "", false
	}
	word, ok := oneWord(line[ws:we])
	if !ok {
		return 0, "", false
	}
	pos := 0
	eachSmallInt(line[:ws], func(v int) { pos = v })
	if pos == 0 {
		eachSmallInt(line[we:], func(v int) {
			if pos == 0 {
				pos = v
			}
		})
	}
	return pos, word, pos > 0
}

// eachSmallInt calls fn with each integer from 1 to 24 that stands alone
// in b (not part of a name or a longer number; a list's "7." or "7)"
// before a space counts), in order.
func eachSmallInt(b []byte, fn func(int)) {
	for i := 0; i < len(b); i++ {
		if b[i] < '0' || b[i] > '9' {
			continue
		}
		j := i
		for j < len(b) && b[j] >= '0' && b[j] <= '9' {
			j++
		}
		after := j == len(b) || !isWordByte(b[j]) || b[j] == '.' && (j+1 == len(b) || b[j+1] == ' ')
		if (i == 0 || !isWordByte(b[i-1])) && after && j-i <= 2 {
			if v := atoiSmall(b[i:j]); v >= 1 && v <= 24 {
				fn(v)
			}
		}
		i = j
	}
}

// oneWord returns b when it is one word of letters (a wordlist's word in
// any of its languages: at most 12 letters, no digit, space or mark).
func oneWord(b []byte) (string, bool) {
	if len(b) == 0 || utf8.RuneCount(b) > 12 {
		return "", false
	}
	for _, r := range string(b) {
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			return "", false
		}
	}
	return string(b), true
}

// isWordByte reports whether c may be part of an identifier or a number.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-'
}

// atoiSmall reads one or two digits.
func atoiSmall(b []byte) int {
	v := 0
	for _, c := range b {
		v = v*10 + int(c-'0')
	}
	return v
}
