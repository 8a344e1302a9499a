package decode

import "bytes"

// timestampedViews reads a log whose lines each start with a timestamp
// (GitHub Actions' "2024-11-02T14:51:38.6647700Z ", Docker's
// --timestamps, "[2024-11-02 14:51:38] ") with the stamps left out: a
// JSON document printed over several lines (jq's output of a keystore in
// a CI job) reads as the JSON it is. The view ("timestamped") keeps the
// text's lines, each mapped to its line in data. Only text that holds a
// keystore's "ciphertext" is read: a phrase or a key on one line is found
// with the stamp before it, and a phrase over lines is read by the
// phrase finder through the stamps.
func timestampedViews(w *walker, data []byte, emit func(View) bool) bool {
	if !bytes.Contains(data, []byte(`"ciphertext"`)) {
		return true
	}
	out := make([]byte, 0, len(data))
	var cells [][2]int
	stripped := 0
	for ls := 0; ls < len(data); {
		le := len(data)
		if k := bytes.IndexByte(data[ls:], '\n'); k >= 0 {
			le = ls + k
		}
		k := stampLen(data[ls:le])
		if k > 0 {
			stripped++
		}
		cells = append(cells, [2]int{ls, le})
		out = append(append(out, data[ls+k:le]...), '\n')
		ls = le + 1
		if len(cells)&0xfff == 0 && w.stop() {
			return false
		}
	}
	if stripped < minStamped {
		return true
	}
	return emit(View{Data: out, Encoding: "timestamped", Start: 0, End: len(data), Cells: cells})
}

// minStamped is how many stamped lines make a timestamped log: a JSON
// document over lines (a keystore's is ten or more).
const minStamped = 4

// stampLen returns the length of the timestamp that starts line, with
// the one space after it: an ISO 8601 date and time ("2024-11-02T14:51:38",
// a space for the T, a fraction, "Z" or an offset), bare or in brackets.
// 0 when the line starts with none.
func stampLen(line []byte) int {
	i := 0
	bracket := len(line) > 0 && line[0] == '['
	if bracket {
		i++
	}
	digits := func(n int) bool {
		for range n {
			if i >= len(line) || line[i] < '0' || line[i] > '9' {
				return false
			}
			i++
		}
		return true
	}
	sep := func(c ...byte) bool {
		if i < len(line) && bytes.IndexByte(c, line[i]) >= 0 {
			i++
			return true
		}
		return false
	}
	if !(digits(4) && sep('-') && digits(2) && sep('-') && digits(2) && sep('T', ' ') &&
		digits(2) && sep(':') && digits(2) && sep(':') && digits(2)) {
		return 0
	}
	if sep('.', ',') {
		for i < len(line) && line[i] >= '0' && line[i] <= '9' {
			i++
		}
	}
	if !sep('Z') && i < len(line) && (line[i] == '+' || line[i] == '-') {
		i++
		if !digits(2) {
			return 0
		}
		sep(':')
		if !digits(2) {
			return 0
		}
	}
	if bracket && !sep(']') {
		return 0
	}
	if i >= len(line) || line[i] != ' ' && line[i] != '\t' {
		return 0
	}
	return i + 1 // the one space after the stamp: the indentation after it is the text's
}
