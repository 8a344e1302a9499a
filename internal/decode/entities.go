package decode

import (
	"bytes"
	"html"
)

// entityJSONViews unescapes JSON written into HTML or XML with its quotes
// as entities ({&quot;crypto&quot;: …}), as note apps store what was
// pasted into a note (Evernote's ENML, OneNote's and Apple Notes' HTML),
// templates write JSON into an attribute, and a Stack Exchange dump
// holds a post's HTML in its Body attribute (a pretty-printed keystore,
// its line breaks written &#xA;): from the '{' before a "&quot;" to the
// tag, or the attribute's closing quote, after it, each such stretch is a
// view ("html-entities") with its entities decoded, up to its last '}',
// so that a keystore pasted into a post or a note is read as JSON.
func entityJSONViews(w *walker, data []byte, emit func(View) bool) bool {
	return eachAt(w, data, "&quot;", func(p int) (int, bool) {
		s := objectOpenBefore(data, p)
		if s < 0 {
			return p + 1, true
		}
		e := p + 1
		for e < len(data) && e-s < maxEntityJSON && data[e] != '<' && data[e] != '"' && !(data[e] == '\n' && blankLineAt(data, e+1)) {
			e++
		}
		k := bytes.LastIndexByte(data[p:e], '}')
		if k < 0 {
			return e, true
		}
		e = p + k + 1
		return e, emit(View{Data: []byte(html.UnescapeString(string(data[s:e]))), Encoding: "html-entities", Start: s, End: e})
	})
}

// maxEntityJSON bounds the text an entityJSONViews view reads.
const maxEntityJSON = 256 << 10

// blankLineAt reports whether the line at data[i] holds nothing but
// white space.
func blankLineAt(data []byte, i int) bool {
	for ; i < len(data) && data[i] != '\n'; i++ {
		if data[i] != ' ' && data[i] != '\t' && data[i] != '\r' {
			return false
		}
	}
	return true
}

// maxObjectIndent bounds the white space objectOpenBefore passes over.
const maxObjectIndent = 64

// objectOpenBefore returns where the '{' is that opens an object whose
// first key starts at data[p], past white space and line breaks written
// as character references (&#xA;, &#10;, &#xD;, &#13;, &#x9;, &#9;), or
// -1.
func objectOpenBefore(data []byte, p int) int {
	for i := p; i > 0 && p-i <= maxObjectIndent; {
		switch c := data[i-1]; {
		case c == '{':
			return i - 1
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			i--
		case c == ';':
			k := bytes.LastIndexByte(data[max(0, i-7):i-1], '&')
			if k < 0 {
				return -1
			}
			switch string(data[max(0, i-7)+k : i]) {
			case "&#xA;", "&#10;", "&#xD;", "&#13;", "&#x9;", "&#9;", "&#xa;", "&#xd;":
				i = max(0, i-7) + k
			default:
				return -1
			}
		default:
			return -1
		}
	}
	return -1
}

// csvJSONViews unquotes JSON kept in a CSV cell, whose quotes the CSV
// doubles ("{""address"":""…"",""crypto"":{…}}", as databases export a
// JSON column): each such cell, from its '{' to its closing quote, is a
// view ("csv-quoted") with its quotes undoubled, so that a keystore in a
// table's export is read as JSON.
func csvJSONViews(w *walker, data []byte, emit func(View) bool) bool {
	return eachAt(w, data, `"{""`, func(p int) (int, bool) {
		s := p + 1
		var out []byte
		for e := s; e < len(data) && e-s < maxEntityJSON; e++ {
			if data[e] != '"' {
				continue
			}
			if e+1 < len(data) && data[e+1] == '"' {
				out = append(append(out, data[s:e]...), '"')
				s = e + 2
				e++
				continue
			}
			out = append(out, data[s:e]...)
			return e + 1, emit(View{Data: out, Encoding: "csv-quoted", Start: p + 1, End: e})
		}
		return p + 4, true
	})
}
