package decode

import "bytes"

// ansiViews reads text written with terminal colours (a CI job's log, a
// notebook's traceback, "\x1b[38;5;124m" before each token) with its
// control sequences left out: a key and the call it is passed to, cut
// apart by colour codes, stand together again. The view ("ansi") keeps
// the text's lines, each mapped to its line in data. A terminal's
// record (script(1)'s typescript, a tmux or screen log) holds what the
// terminal echoed as well: a letter typed by mistake and erased is
// there, then a backspace, a space and a backspace again, which the view
// applies as the screen did; a window title (ESC ] … BEL) is left out
// too, and so are Buildkite's time stamps (ESC _ … BEL); a full-screen
// app's move of the cursor to another row starts a line, one along its
// row leaves a space; readline's wrap at the last column (a space and a
// carriage return inside a word) is left out. Only text that
// holds a control sequence's or a command's start (ESC then '[', ']',
// '_', 'P' or '^') or a letter's erasure (backspace, space,
// backspace) is read: the bytes of binary data decoded from base64 or
// hex hold an escape or a backspace every few hundred bytes.
func ansiViews(w *walker, data []byte, emit func(View) bool) bool {
	if !escapes(data) && !bytes.Contains(data, []byte("\b \b")) {
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
				switch k := len(out); {
				case k == 0 || out[k-1] == '\n':
				case cursorRow[data[j]]:
					// To another row: a line of the view, mapped to
					// the line of data it is on.
					cells = append(cells, [2]int{ls, i})
					out = append(out, '\n')
					ls = j + 1
				case cursorColumn[data[j]] && out[k-1] != ' ':
					out = append(out, ' ')
				}
				i = j + 1
				continue
			}
		}
		if c == 0x1b && i+1 < len(data) && (data[i+1] == ']' || data[i+1] == '_' || data[i+1] == 'P' || data[i+1] == '^') {
			// An operating system command (a window title), an
			// application program command (Buildkite's time of each
			// line, "ESC _bk;t=1715749934019 BEL"), a device control or
			// a privacy message string: to BEL or ESC \, within a line.
			if j := oscEnd(data, i+2); j > 0 {
				i = j
				continue
			}
		}
		if c == '\b' {
			// A backspace takes back the character before it on the
			// line as written so far.
			if k := len(out); k > 0 && out[k-1] != '\n' {
				k--
				for k > 0 && out[k]&0xc0 == 0x80 && out[k-1] != '\n' {
					k-- // the whole of a UTF-8 character
				}
				out = out[:k]
			}
			i++
			continue
		}
		if c == ' ' && i+2 < len(data) && data[i+1] == '\r' && alnumRun(out, len(out), -1, minContinuedBefore) && alnumRun(data, i+2, 1, 1) {
			// readline's wrap at the terminal's last column, a space
			// and a carriage return echoed inside a token typed ("…
			// --private-key 0x4c08…9b \r7f…"): nothing was typed there.
			i += 2
			continue
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

// cursorRow marks the final bytes of the control sequences that move the
// cursor to another row (CUP 'H', HVP 'f', VPA 'd', CUU 'A', CUD 'B',
// CNL 'E', CPL 'F'): a full-screen app draws its rows with them, and no
// line breaks. cursorColumn marks those that move it along its row (CUF
// 'C', CHA 'G', HPR 'a', HPA '`'), leaving a space.
var cursorRow, cursorColumn = func() (row, col [256]bool) {
	for _, c := range "HfdABEF" {
		row[c] = true
	}
	for _, c := range "CGa`" {
		col[c] = true
	}
	return
}()

// oscEnd returns the end of an operating system command whose text
// starts at data[i]: past its BEL or ESC \, or 0 when the line or 256
// bytes end first.
func oscEnd(data []byte, i int) int {
	for j := i; j < len(data) && j-i < 256; j++ {
		switch data[j] {
		case 0x07:
			return j + 1
		case 0x1b:
			if j+1 < len(data) && data[j+1] == '\\' {
				return j + 2
			}
			return 0
		case '\n':
			return 0
		}
	}
	return 0
}

// escapes reports whether data holds an escape followed by '[' (a control
// sequence), or by ']', '_', 'P' or '^' (a command or a string).
func escapes(data []byte) bool {
	for i := 0; ; {
		k := bytes.IndexByte(data[i:], 0x1b)
		if k < 0 {
			return false
		}
		if i += k + 1; i < len(data) && (data[i] == '[' || data[i] == ']' || data[i] == '_' || data[i] == 'P' || data[i] == '^') {
			return true
		}
	}
}
