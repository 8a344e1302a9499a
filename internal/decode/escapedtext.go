package decode

import "unicode/utf8"

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
	var qw quoteWalk
	parsed := -1 // the opening quote of the last string read
	var out []byte
	return eachAt(w, data, `\n`, func(p int) (int, bool) {
		if p > 0 && data[p-1] == '\\' || wordsTo(data, p+2) < minLineWords && wordsBack(data, p) < minLineWords {
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
// quote or line break.
func wordsTo(data []byte, i int) int {
	n, in := 0, false
	for end := min(len(data), i+maxRun); i < end; i++ {
		c := data[i]
		switch {
		case c == '\\' || c == '"' || c == '\'' || c == '\n':
			return n
		case c >= utf8.RuneSelf || c|0x20 >= 'a' && c|0x20 <= 'z':
			if !in {
				n++
			}
			in = true
		default:
			in = false
		}
	}
	return n
}

// wordsBack counts the words of letters before data[p] back to the
// escape, quote or line break before them.
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
			switch n := data[i]; n {
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			default:
				out = append(out, n)
			}
		default:
			out = append(out, c)
		}
	}
	return out, 0, false
}

// quoteWalk finds the opening quote, single or double, of the string a
// place on a line stands in, reading each line once from its start as
// the places it is asked about go forward: escaped quotes and SQL's
// doubled ones do not open or close a string.
type quoteWalk struct {
	at    int // bytes read so far
	quote int // the opening quote of the string open at at, or -1
}

// open returns the opening quote of the string data[p] stands in, or -1
// when data[p] is outside every string or escaped itself. p must not be
// less than in the call before.
func (qw *quoteWalk) open(data []byte, p int) int {
	if qw.at == 0 {
		qw.quote = -1
	}
	if qw.at > p {
		return -1
	}
	i := qw.at
	for ; i < p; i++ {
		switch c := data[i]; {
		case c == '\n':
			qw.quote = -1
		case c == '\\':
			if qw.quote >= 0 {
				i++
			}
		case c == '"' || c == '\'':
			switch {
			case qw.quote < 0:
				qw.quote = i
			case data[qw.quote] != c:
			case c == '\'' && i+1 < len(data) && data[i+1] == '\'':
				i++ // SQL's doubled quote
			default:
				qw.quote = -1
			}
		}
	}
	qw.at = i
	if i > p {
		return -1
	}
	return qw.quote
}
