package decode

// Bounds of fieldViews.
const (
	maxFieldKey = 24 // the longest field name read
	maxFieldGap = 3  // the most lines between two of one field's
)

// fieldViews reads a text of records, a "Key: value" line each field
// (an info-stealer's Autofill.txt: "Name: word3", then "Value: <word>",
// then a rule line, a record each word a phishing form took), where one
// field holds a word a record: the values of a field whose lines come
// at most maxFieldGap lines apart, each one word of letters, twelve or
// more in a row (minRecords), are a view ("fields"), a value a line,
// each mapped to its line. The other fields' lines, and the rules, stand
// between the words as written.
func fieldViews(w *walker, data []byte, emit func(View) bool) bool {
	type stretch struct {
		cellStretch
		line int // the line of the last value
	}
	var open map[string]*stretch
	flush := func(key string) bool {
		st := open[key]
		delete(open, key)
		return st.flush("fields", emit)
	}
	for at, line := 0, 0; at < len(data); line++ {
		if line&0xfff == 0 && w.stop() {
			return false
		}
		ls, le := at, lineEnd(data, at)
		at = le + 1
		for ls < le && (data[ls] == ' ' || data[ls] == '\t') {
			ls++
		}
		k := ls
		for k < le && k-ls <= maxFieldKey && (isIdent(data[k]) || data[k] == '-') {
			k++
		}
		if k == ls || k+1 >= le || data[k] != ':' || data[k+1] != ' ' {
			continue
		}
		vs, ve := k+2, le
		for vs < ve && data[vs] == ' ' {
			vs++
		}
		for ve > vs && (data[ve-1] == ' ' || data[ve-1] == '\r') {
			ve--
		}
		one := wordsValue(data[vs:ve]) == 1
		if !one && len(open) == 0 {
			continue // most lines: no stretch to end, none to start
		}
		var buf [maxFieldKey + 1]byte
		key := buf[:k-ls]
		for i, c := range data[ls:k] {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			key[i] = c
		}
		st := open[string(key)]
		if st != nil && line-st.line > maxFieldGap+1 {
			if !flush(string(key)) {
				return false
			}
			st = nil
		}
		if !one {
			if st != nil && !flush(string(key)) {
				return false
			}
			continue
		}
		if st == nil {
			if open == nil {
				open = map[string]*stretch{}
			}
			st = &stretch{}
			open[string(key)] = st
		}
		st.add(data, vs, ve, 1)
		st.line = line
	}
	for key := range open {
		if !flush(key) {
			return false
		}
	}
	return true
}
