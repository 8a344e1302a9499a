package decode

import (
	"unicode"
	"unicode/utf8"
)

// minLineWords is the fewest words between escaped line breaks that
// escapedTextViews reads a string for: a phrase's (twelve).
const minLineWords = 12

// escapedTextViews unescapes a quoted string on one line in which an
// escaped line break ("\n") sets off a stretch of twelve words or more,
// as a SQL dump (mysqldump writes a text column's line breaks so), a
// JSON log or a C string keeps a message's lines: "…this seed:\n<twelve
// words>\nstill shows 0 BTC". In the raw text the words either side of
// the escape run on as one line (a list word after a phrase makes it
// thirteen); the view ("escaped-lines") holds the string's own lines.
// Single- and double-quoted strings are read, with \n, \r, \t, \\, \',
// \" and \/ escapes and SQL's doubled quote.
func escapedTextViews(w *walker, data []byte, emit func(View) bool) bool {
	qw := stringWalk{single: true}
	parsed := -1 // the opening quote of the last string read
	var out []byte
	return eachAt(w, data, `\n`, func(p int) (int, bool) {
		// An escape that ends its string ("…%s\n")") leaves the words
		// before it on their line: the text as written reads them so.
		ends := p+2 >= len(data) || data[p+2] == '"' || data[p+2] == '\''
		if p > 0 && data[p-1] == '\\' || wordsTo(data, p+2) < minLineWords && (ends || wordsBack(data, p) < minLineWords) {
			return p + 2, true
		}
		s := qw.open(data, p)
		if s < 0 || s == parsed {
			return p + 2, true
		}
		parsed = s
		var e int
		var ok bool
		out, e, ok = unescapeQuoted(data, s, out[:0])
		if !ok {
			return p + 2, true
		}
		return e + 1, emit(View{Data: append([]byte(nil), out...), Encoding: "escaped-lines", Start: s, End: e + 1})
	})
}

// wordsTo counts the words of letters from data[i] to the next escape,
// quote or line break, up to minLineWords. A Chinese character is a word
// of its own: a Chinese phrase is written without spaces as often as
// with.
func wordsTo(data []byte, i int) int {
	n, in := 0, false
	for end := min(len(data), i+maxRun); i < end; i++ {
		c := data[i]
		if c >= utf8.RuneSelf {
			if r, size := utf8.DecodeRune(data[i:]); unicode.Is(unicode.Han, r) {
				if n++; n == minLineWords {
					return n
				}
				i += size - 1
				in = false
				continue
			}
		}
		switch {
		case c == '\\' || c == '"' || c == '\'' || c == '\n':
			return n
		case c >= utf8.RuneSelf || c|0x20 >= 'a' && c|0x20 <= 'z':
			if !in {
				if n++; n == minLineWords {
					return n // enough: the caller asks for no more
				}
			}
			in = true
		default:
			in = false
		}
	}
	return n
}

// wordsBack counts the words of letters before data[p] back to the
// escape, quote or line break before them, up to minLineWords.
func wordsBack(data []byte, p int) int {
	i := p
	for i > 0 && p-i < maxRun {
		c := data[i-1]
		if c == '\\' || c == '"' || c == '\'' || c == '\n' {
			break
		}
		i--
	}
	return wordsTo(data[:p], i)
}

// unescapeQuoted appends to out the string opened by the quote data[s],
// unescaped, and returns it with the index of its closing quote; ok is
// false when the string does not close on its line.
func unescapeQuoted(data []byte, s int, out []byte) ([]byte, int, bool) {
	q := data[s]
	for i := s + 1; i < len(data) && i-s < maxRun; i++ {
		switch c := data[i]; c {
		case '\n':
			return out, 0, false
		case q:
			if q == '\'' && i+1 < len(data) && data[i+1] == '\'' {
				out = append(out, q) // SQL's doubled quote
				i++
				continue
			}
			return out, i, true
		case '\\':
			if i+1 >= len(data) {
				return out, 0, false
			}
			i++
			if b, ok := controlEscape(data[i]); ok {
				out = append(out, b)
			} else {
				out = append(out, data[i])
			}
		default:
			out = append(out, c)
		}
	}
	return out, 0, false
}

// controlEscape returns the byte a C escape's letter stands for: \n, \r
// and \t.
func controlEscape(n byte) (byte, bool) {
	switch n {
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	}
	return 0, false
}
