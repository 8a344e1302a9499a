package decode

import (
	"bytes"
	"html"
)

// entityJSONViews unescapes JSON written into HTML or XML with its quotes
// as entities ({&quot;crypto&quot;: …}), as note apps store what was
// pasted into a note (Evernote's ENML, OneNote's and Apple Notes' HTML)
// and templates write JSON into an attribute: from "{&quot;" to the tag
// or line break after it, each such stretch is a view ("html-entities")
// with its entities decoded, so that a keystore pasted into a note is
// read as JSON.
func entityJSONViews(w *walker, data []byte, emit func(View) bool) bool {
	return eachAt(w, data, "{&quot;", func(p int) (int, bool) {
		e := p + 1
		for e < len(data) && e-p < maxRun && data[e] != '<' && data[e] != '\n' {
			e++
		}
		if k := bytes.LastIndexByte(data[p:e], '}'); k >= 0 {
			e = p + k + 1
		}
		return e, emit(View{Data: []byte(html.UnescapeString(string(data[p:e]))), Encoding: "html-entities", Start: p, End: e})
	})
}
