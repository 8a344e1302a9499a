package decode

import (
	"bytes"
	"math"
	"net/url"
	"regexp"
	"strconv"
	"strings"
)

// numberedField matches a field named by a place: a name of letters (or
// none), maybe a '_' or '-', a number of one or two digits, then '=' or a
// quoted name's ':' and the value ("w1=…", "word_2=…", `"w3": "…"`,
// `"4":"…"`). Group 1 is the name's letters, 2 its number, 3 the value.
var numberedField = regexp.MustCompile(`(?:^|[&?;,{\s])["']?([A-Za-z][A-Za-z]{0,9})?[_-]?(\d{1,2})["']?\s*[:=]\s*["']?([^\s"'&,;{}<>]{1,48})`)

// Bounds of the text numberedFieldViews reads around a twelfth field:
// a phrase's other fields are before it, or a little after in a JSON
// object in another order.
const (
	fieldsBefore = 2048
	fieldsAfter  = 1024
	maxFieldHits = 64
)

// twelfthFields returns where the fields numbered 12 of data are
// ("w12=", "word_12\":", "'12':"): a phrase has twelve words or more, so
// only the text around one is read. The number follows a name's letter,
// '_', '-', or a quote, and is followed by '=' or by a quote and ':'.
func twelfthFields(data []byte) []int {
	var out []int
	for i := 0; len(out) < maxFieldHits; {
		k := bytes.Index(data[i:], []byte("12"))
		if k < 0 {
			break
		}
		p := i + k
		i = p + 2
		if p > 0 && data[p-1] >= '0' && data[p-1] <= '9' || i >= len(data) {
			continue
		}
		switch c := data[i]; {
		case c == '=':
		case (c == '"' || c == '\'') && i+1 < len(data) && (data[i+1] == ':' || data[i+1] == ' ' && i+2 < len(data) && data[i+2] == ':'):
		default:
			continue
		}
		out = append(out, p)
	}
	return out
}

// field is one numbered field's value and where the field is.
type field struct {
	value      string
	start, end int
}

// emitFields emits the view of one set of numbered fields when they
// number 1 to a phrase's length (12 to 24 words, a multiple of 3), each
// holding a value; it returns false when emit asks to stop.
func emitFields(fs map[int]field, emit func(View) bool) bool {
	n := 0
	for fs[n+1].end > 0 {
		n++
	}
	if n < 12 || n%3 != 0 || n != len(fs) {
		return true
	}
	var out []byte
	start, end := math.MaxInt, 0
	for k := 1; k <= n; k++ {
		f := fs[k]
		v := f.value
		if strings.ContainsAny(v, "%+") {
			if u, err := url.QueryUnescape(v); err == nil {
				v = u
			}
		}
		out = append(append(out, v...), '\n')
		start, end = min(start, f.start), max(end, f.end)
	}
	return emit(View{Data: out, Encoding: "numbered-fields", Start: start, End: end})
}

// numberedFieldViews reads a phrase sent a word a field, the fields named
// by their place: a form post's "w1=…&w2=…" as a phishing kit's log or a
// web server's holds it (URL-encoded), a JSON object's {"w1":"…",
// "word_2":"…"} on one line, in any order. When the fields of one name
// numbered from 1 to a phrase's length (12 to 24 words), each once, all
// hold a value, the view ("numbered-fields") is their values in their
// numbers' order, a line each, spanning the fields.
func numberedFieldViews(w *walker, data []byte, emit func(View) bool) bool {
	hits := twelfthFields(data)
	if len(hits) == 0 || w.stop() {
		return true
	}
	// A name's fields make one set until a number comes again: the next
	// post or object of a log holds the next phrase.
	byName := map[string]map[int]field{}
	var order []string
	var matches [][]int
	read := 0 // the end of the text read so far
	for _, h := range hits {
		from, to := max(read, h-fieldsBefore), min(len(data), h+fieldsAfter)
		if from >= to {
			continue
		}
		if from > 0 {
			from-- // the separator before a field
		}
		for _, m := range numberedField.FindAllSubmatchIndex(data[from:to], -1) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += from
				}
			}
			matches = append(matches, m)
		}
		read = to
	}
	for _, m := range matches {
		name := ""
		if m[2] >= 0 {
			name = strings.ToLower(string(data[m[2]:m[3]]))
		}
		n, _ := strconv.Atoi(string(data[m[4]:m[5]]))
		if n < 1 || n > 24 {
			continue
		}
		fs, ok := byName[name]
		if !ok {
			order = append(order, name)
		}
		if _, again := fs[n]; again || !ok {
			if again && !emitFields(fs, emit) {
				return false
			}
			fs = map[int]field{}
			byName[name] = fs
		}
		start := m[4] // the name's start, or the number's
		if m[2] >= 0 {
			start = m[2]
		}
		fs[n] = field{value: string(data[m[6]:m[7]]), start: start, end: m[7]}
	}
	for _, name := range order {
		if !emitFields(byName[name], emit) {
			return false
		}
	}
	return true
}
