package decode

import (
	"bytes"
	"encoding/json"
	"slices"
)

// notebookTexts are the keys of a Jupyter notebook whose values are text
// written as a string or an array of strings, a line each: a cell's
// "source" (first), a stream output's "text", and a result's or a
// display's plain, Markdown and HTML forms.
var notebookTexts = [][]byte{[]byte(`"source"`), []byte(`"text"`), []byte(`"text/plain"`), []byte(`"text/markdown"`), []byte(`"text/html"`)}

// notebookViews reads a Jupyter notebook (nbformat's JSON) as the text it
// shows: each cell's source, then the texts of its outputs, their
// strings unescaped and joined (a view, "notebook", each line mapped to
// the string it came from). nbformat writes a value of many lines as an
// array of strings, one a line, so a key printed as a list of numbers
// one a line, a keystore pretty-printed, a phrase over lines, are one
// text only in this view; and it writes a cell's outputs before its
// source, which the view puts back after the code that printed them.
func notebookViews(w *walker, data []byte, emit func(View) bool) bool {
	t := bytes.TrimLeft(data, " \t\r\n")
	if len(t) == 0 || t[0] != '{' || !bytes.Contains(data, []byte(`"nbformat"`)) {
		return true
	}
	var out []byte
	var cells [][2]int
	add := func(s, e int, text []byte) {
		// The text's lines each map to the string [s, e).
		for len(text) > 0 {
			k := bytes.IndexByte(text, '\n')
			if k < 0 {
				k = len(text) - 1
			}
			out = append(out, text[:k+1]...)
			if text[k] != '\n' {
				out = append(out, '\n')
			}
			cells = append(cells, [2]int{s, e})
			text = text[k+1:]
		}
	}
	cellKey := []byte(`"cell_type"`)
	for at := bytes.Index(data, cellKey); at >= 0; {
		end := len(data)
		if k := bytes.Index(data[at+len(cellKey):], cellKey); k >= 0 {
			end = at + len(cellKey) + k
		}
		if w.stop() {
			return false
		}
		// The source first, then the outputs' texts in their order.
		type value struct {
			source bool
			at     int // where the value starts in data
		}
		var values []value
		for k, key := range notebookTexts {
			for from := at; from < end; {
				i := bytes.Index(data[from:end], key)
				if i < 0 {
					break
				}
				from += i + len(key)
				if v := jsonValueAt(data, from, end); v >= 0 {
					values = append(values, value{source: k == 0, at: v})
				}
			}
		}
		slices.SortFunc(values, func(a, b value) int {
			if a.source != b.source {
				if a.source {
					return -1
				}
				return 1
			}
			return a.at - b.at
		})
		for _, v := range values {
			notebookStrings(data, v.at, end, add)
		}
		if len(out) > maxRun {
			break
		}
		if end == len(data) {
			break
		}
		at = end
	}
	if len(cells) < 2 {
		return true
	}
	// The view spans all its strings: the first cell's source may come
	// after its outputs.
	start, end := cells[0][0], cells[0][1]
	for _, c := range cells {
		start, end = min(start, c[0]), max(end, c[1])
	}
	return emit(View{Data: out, Encoding: "notebook", Start: start, End: end, Cells: cells})
}

// jsonValueAt returns where the value of the key that ends at i starts,
// past its colon, when it is a string or an array; -1 otherwise.
func jsonValueAt(data []byte, i, end int) int {
	if i = skipSpace(data, i); i >= end || data[i] != ':' {
		return -1
	}
	if i = skipSpace(data, i+1); i >= end || data[i] != '"' && data[i] != '[' {
		return -1
	}
	return i
}

// notebookStrings hands add each string of the string or array of
// strings at data[v] (before end), unescaped, with its span.
func notebookStrings(data []byte, v, end int, add func(s, e int, text []byte)) {
	one := data[v] == '"'
	i := v
	if !one {
		i++
	}
	for i < end {
		for i < end && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n' || data[i] == ',') {
			i++
		}
		if i >= end || data[i] != '"' {
			return // the array's end, or no string
		}
		e := quotedEnd(data, i+1)
		if e >= end || data[e] != '"' {
			return
		}
		var s string
		if err := json.Unmarshal(data[i:e+1], &s); err != nil {
			return
		}
		add(i, e+1, []byte(s))
		if one {
			return
		}
		i = e + 1
	}
}
