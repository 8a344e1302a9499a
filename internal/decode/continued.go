package decode

import "bytes"

// Bounds of continuedViews: the letters and digits a continuation's
// backslash must stand after, and the next line start with past its
// indentation (a key's parts, not a word's), and the runs of lines read.
const (
	minContinuedBefore = 8
	minContinuedAfter  = 4
	maxContinuedRuns   = 64
)

// continuedViews reads lines that a backslash at their end continues
// inside a token, as a string of TOML (a multi-line basic string's
// line-ending backslash), of a shell or of Python has it when a key is
// cut to keep lines short ("xprv = \"\"\"xprv9s21…\" over "61ps…\"\"\"",
// the first line ending in a backslash). Where a line ends with
// minContinuedBefore letters or digits and a backslash, and the next line
// starts, past its indentation, with minContinuedAfter more, the lines are
// joined without the backslash, the line break and the indentation (as
// TOML joins them; a shell and Python keep the indentation, which a key
// cut so has none of). The view ("continued") holds each run of lines so
// joined, a line each, mapped to the lines it was (Cells). A backslash
// after a space (a command's or a macro's next line) continues no token.
func continuedViews(w *walker, data []byte, emit func(View) bool) bool {
	var out []byte
	var cells [][2]int
	runStart, copied, nextLine := -1, 0, -1
	flush := func() {
		if runStart < 0 {
			return
		}
		le := lineEnd(data, copied)
		out = append(append(out, data[copied:le-lineCR(data, copied, le)]...), '\n')
		cells = append(cells, [2]int{runStart, le})
		runStart = -1
	}
	for i := 0; len(cells) < maxContinuedRuns && !w.stop(); {
		k := bytes.IndexByte(data[i:], '\\')
		if k < 0 {
			break
		}
		b := i + k
		i = b + 1
		nl := b + 1
		if nl < len(data) && data[nl] == '\r' {
			nl++
		}
		if nl >= len(data) || data[nl] != '\n' || !alnumRun(data, b, -1, minContinuedBefore) {
			continue
		}
		n := nl + 1
		for n < len(data) && (data[n] == ' ' || data[n] == '\t') {
			n++
		}
		if !alnumRun(data, n, 1, minContinuedAfter) {
			continue
		}
		ls := bytes.LastIndexByte(data[:b], '\n') + 1
		if runStart >= 0 && ls == nextLine {
			out = append(out, data[copied:b]...)
		} else {
			flush()
			runStart = ls
			out = append(out, data[ls:b]...)
		}
		copied, nextLine, i = n, nl+1, n
	}
	flush()
	if len(cells) == 0 {
		return true
	}
	return emit(View{Data: out, Encoding: "continued", Start: cells[0][0], End: cells[len(cells)-1][1], Cells: cells})
}

// alnumRun reports whether n ASCII letters or digits stand in data
// before at (dir -1) or from at on (dir 1).
func alnumRun(data []byte, at, dir, n int) bool {
	for k := range n {
		p := at + k
		if dir < 0 {
			p = at - 1 - k
		}
		if p < 0 || p >= len(data) || !alnumByte(data[p]) {
			return false
		}
	}
	return true
}

// lineCR returns 1 when the line data[s:le] ends with a carriage return.
func lineCR(data []byte, s, le int) int {
	if le > s && data[le-1] == '\r' {
		return 1
	}
	return 0
}
