package decode

import (
	"bytes"
	"strings"
)

// logcatSampleHits is how many of a text's first chatSample lines must
// carry a logcat prefix (logcatPrefix) for logcatViews to read it.
const logcatSampleHits = 3

// logcatViews reads Android's log in logcat's brief format ("I/flutter (
// 4321): …", as "adb logcat" and "flutter logs" print it) without the
// priority, tag and process before each line: a long message is cut into
// lines that each carry them (Flutter's debugPrint wraps a phrase of 24
// words as 14 and 10), which stand between the words. The view
// ("logcat") holds the text's lines, each without its prefix, mapped to
// its line in data. Only a text whose first lines carry the prefix is
// read.
func logcatViews(w *walker, data []byte, emit func(View) bool) bool {
	hits := 0
	for at, n := 0, 0; at < len(data) && n < chatSample && hits < logcatSampleHits; n++ {
		le := lineEnd(data, at)
		if logcatPrefix(data[at:le]) > 0 {
			hits++
		}
		at = le + 1
	}
	if hits < logcatSampleHits || w.stop() {
		return true
	}
	out := make([]byte, 0, len(data))
	var cells [][2]int
	for at := 0; at < len(data); {
		le := lineEnd(data, at)
		s := at + logcatPrefix(data[at:le])
		e := le
		if e > s && data[e-1] == '\r' {
			e--
		}
		out = append(append(out, data[s:e]...), '\n')
		cells = append(cells, [2]int{s, e})
		at = le + 1
	}
	return emit(View{Data: out, Encoding: "logcat", Start: 0, End: len(data), Cells: cells})
}

// logcatPrefix returns the length of the brief format's prefix that line
// starts with, a priority letter, '/', a tag (no parentheses), the
// process id in parentheses (spaces before it allowed), a colon and a
// space ("I/flutter ( 4321): "); 0 when there is none.
func logcatPrefix(line []byte) int {
	if len(line) < 8 || line[1] != '/' || strings.IndexByte("VDIWEFA", line[0]) < 0 {
		return 0
	}
	o := bytes.IndexByte(line[:min(len(line), 64)], '(')
	if o < 3 || bytes.ContainsAny(line[2:o], ")\t") {
		return 0
	}
	i := o + 1
	for i < len(line) && line[i] == ' ' {
		i++
	}
	d := i
	for i < len(line) && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i == d || i+2 >= len(line) || line[i] != ')' || line[i+1] != ':' || line[i+2] != ' ' {
		return 0
	}
	return i + 3
}
