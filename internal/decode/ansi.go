package decode

import "bytes"

// ansiViews reads text written with terminal colours (a CI job's log, a
// notebook's traceback, "\x1b[38;5;124m" before each token) with its
// control sequences left out: a key and the call it is passed to, cut
// apart by colour codes, stand together again. The view ("ansi") keeps
// the text's lines, each mapped to its line in data. Only text that
// holds an escape and a '[' right after it is read.
func ansiViews(w *walker, data []byte, emit func(View) bool) bool {
	first := bytes.Index(data, []byte("\x1b["))
	if first < 0 {
		return true
	}
	out := make([]byte, 0, len(data))
	var cells [][2]int
	ls := 0 // the current line's start in data
	for i := 0; i < len(data); {
		c := data[i]
		if c == 0x1b && i+1 < len(data) && data[i+1] == '[' {
			// A control sequence: parameters, intermediates, a final byte.
			j := i + 2
			for j < len(data) && data[j] >= 0x30 && data[j] <= 0x3f {
				j++
			}
			for j < len(data) && data[j] >= 0x20 && data[j] <= 0x2f {
				j++
			}
			if j < len(data) && data[j] >= 0x40 && data[j] <= 0x7e {
				i = j + 1
				continue
			}
		}
		if c == '\n' {
			cells = append(cells, [2]int{ls, i})
			ls = i + 1
		}
		out = append(out, c)
		i++
		if i&0xffff == 0 && w.stop() {
			return false
		}
	}
	if len(out) == len(data) {
		return true // nothing left out
	}
	if len(out) == 0 || out[len(out)-1] != '\n' {
		cells = append(cells, [2]int{ls, len(data)})
		out = append(out, '\n')
	}
	return emit(View{Data: out, Encoding: "ansi", Start: 0, End: len(data), Cells: cells})
}
