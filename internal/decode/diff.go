package decode

import "bytes"

// diffViews reads the hunks of a unified diff (a patch, "git diff",
// "git log -p", a code review's export) as the text they leave: the
// lines kept (" ") and added ("+"), without their first column, each
// mapped to its line (View.Cells, encoding "diff"). Read as written,
// every line of a key split over lines, of a byte array or of a keystore
// added by the patch starts with "+", and none of them reads as what it
// holds. The removed lines ("-") are read as they are: a secret taken
// out by the patch is in them whole only when it was on one line.
func diffViews(w *walker, data []byte, emit func(View) bool) bool {
	if !hunkHeader(w, data) {
		return true
	}
	var out []byte
	var cells [][2]int
	added := 0
	flush := func() bool {
		if added > 0 && len(cells) > 1 {
			v := View{Data: out, Encoding: "diff", Start: cells[0][0], End: cells[len(cells)-1][1], Cells: cells}
			if !emit(v) {
				return false
			}
		}
		out, cells, added = nil, nil, 0
		return true
	}
	inHunk := false
	for ls, n := 0, 0; ls < len(data); n++ {
		le := lineEnd(data, ls)
		line := data[ls:le]
		switch {
		case bytes.HasPrefix(line, []byte("@@ -")):
			if !flush() {
				return false
			}
			inHunk = true
		case inHunk && len(line) > 0 && (line[0] == '+' || line[0] == ' '):
			if line[0] == '+' {
				added++
			}
			cells = append(cells, [2]int{ls + 1, le})
			out = append(append(out, line[1:]...), '\n')
		case inHunk && (len(line) > 0 && line[0] == '-' || bytes.HasPrefix(line, []byte("\\ "))):
			// A removed line, or "\ No newline at end of file".
		default:
			if !flush() {
				return false
			}
			inHunk = false
		}
		if len(out) > maxRun && !flush() {
			return false
		}
		ls = le + 1
		if n&0xfff == 0 && w.stop() {
			return false
		}
	}
	return flush()
}

// hunkHeader reports whether a line of data starts with a hunk's header,
// "@@ -", found by its "@" (a search from the line break before it would
// stop at every line).
func hunkHeader(w *walker, data []byte) bool {
	found := false
	eachAt(w, data, "@@ -", func(p int) (int, bool) {
		found = p == 0 || data[p-1] == '\n'
		return p + 1, !found
	})
	return found
}
