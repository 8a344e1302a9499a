package decode

import (
	"encoding/json"
	"strings"
)

// maxRichText bounds the array richTextViews reads.
const maxRichText = 64 << 10

// richTextViews reads a message whose "text" is an array of pieces, as
// Telegram Desktop's JSON export writes a message with formatting: plain
// strings and objects whose "text" is a formatted piece ({"type": "bold",
// "text": "…"}), one a line when pretty-printed. A phrase typed with a
// few words in bold is cut into pieces there; the view ("rich-text") is
// the message's text, the pieces joined, placed at the array.
func richTextViews(w *walker, data []byte, emit func(View) bool) bool {
	for _, marker := range [...]string{`"text": [`, `"text":[`} {
		ok := eachAt(w, data, marker, func(p int) (int, bool) {
			s := p + len(marker) - 1
			e := jsonArrayEnd(data, s, min(len(data), s+maxRichText))
			if e < 0 {
				return s + 1, true
			}
			var items []any
			if json.Unmarshal(data[s:e], &items) != nil || len(items) < 2 {
				return e, true
			}
			var b strings.Builder
			for _, it := range items {
				switch v := it.(type) {
				case string:
					b.WriteString(v)
				case map[string]any:
					if t, ok := v["text"].(string); ok {
						b.WriteString(t)
					}
				}
			}
			if b.Len() == 0 {
				return e, true
			}
			b.WriteByte('\n')
			return e, emit(View{Data: []byte(b.String()), Encoding: "rich-text", Start: p, End: e})
		})
		if !ok {
			return false
		}
	}
	return true
}

// jsonArrayEnd returns the end (past its ']') of the JSON array that opens at
// data[s], looking no further than limit, or -1.
func jsonArrayEnd(data []byte, s, limit int) int {
	depth := 0
	for i := s; i < limit; i++ {
		switch data[i] {
		case '"':
			k := quotedEnd(data, i+1)
			if k >= limit || data[k] != '"' {
				return -1
			}
			i = k
		case '[', '{':
			depth++
		case ']', '}':
			if depth--; depth == 0 {
				return i + 1
			}
		}
	}
	return -1
}
