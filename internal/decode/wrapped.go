package decode

// Bounds of wrappedViews: the widths of terminals and panes read, and
// the cuts inside words or keys a text must show, or its lines of the
// width (two lines of one width, the second cut inside a word, may be
// chance).
const (
	minWrapWidth = 40
	maxWrapWidth = 512
	minWrapCuts  = 2
	minWrapLines = 3
)

// wrappedViews reads text hard-wrapped at a terminal's width: a pane's
// capture that was not joined (tmux's capture-pane without -J, screen's
// hardcopy, a copy out of a narrow window) cuts every line longer than
// the pane into lines of exactly its width, inside words, a key or a
// line of JSON. When two lines or more are the text's widest (40 to 512
// bytes), and two of them end inside a word, a number or a key (glued to
// the next line's first byte), or one of three or more does, each run of
// lines of that width is joined with the shorter line that ends it; the
// view ("unwrapped") holds those joined lines, a line each, mapped to
// the lines they were (Cells). Runs whose lines of the width hold
// nothing but base64 (a PEM block, a MIME part) are left to the base64
// reader, and runs that go on to the text's end are no wrapped lines (a
// file of records of one width). The width is counted in bytes: text
// beyond ASCII is cut by columns, not bytes, and is not read so.
func wrappedViews(w *walker, data []byte, emit func(View) bool) bool {
	width, n := 0, 0
	glue := 0 // the widest lines glued to the next: cuts, maybe
	for s := 0; s < len(data); {
		e := lineEnd(data, s)
		l := lineWidth(data, s, e)
		switch {
		case l > width:
			width, n, glue = l, 1, 0
		case l == width:
			n++
		default:
			s = e + 1
			continue
		}
		if l > 0 && e+1 < len(data) && glued(data[s+l-1], data[e+1]) {
			glue++
		}
		s = e + 1
	}
	if width < minWrapWidth || width > maxWrapWidth || n < 2 || glue == 0 || glue < minWrapCuts && n < minWrapLines || w.stop() {
		return true // no cut to join, as the runs below would find
	}
	var out []byte
	var cells [][2]int
	cut := 0 // the runs' cuts inside a word, a number or a key
	for s := 0; s < len(data); {
		e := lineEnd(data, s)
		if lineWidth(data, s, e) != width || e >= len(data) {
			s = e + 1
			continue
		}
		// A run of lines of the width, and the shorter line after it
		// that ends it.
		gs, mark, plain, cuts, l := s, len(out), true, 0, width
		for {
			l = lineWidth(data, s, e)
			out = append(out, data[s:s+l]...)
			if l != width || e+1 >= len(data) {
				break
			}
			plain = plain && allBase64(data[s:s+l])
			next := e + 1
			if glued(data[s+l-1], data[next]) {
				cuts++
			}
			s, e = next, lineEnd(data, next)
		}
		if plain || l == width {
			out = out[:mark] // base64's lines, or lines of one width to the end
		} else {
			out = append(out, '\n')
			cells = append(cells, [2]int{gs, e})
			cut += cuts
		}
		s = e + 1
	}
	if cut == 0 || cut < minWrapCuts && n < minWrapLines || len(cells) == 0 {
		return true
	}
	return emit(View{Data: out, Encoding: "unwrapped", Start: cells[0][0], End: cells[len(cells)-1][1], Cells: cells})
}

// lineWidth returns the bytes of the line data[s:e] but a carriage return
// at its end.
func lineWidth(data []byte, s, e int) int {
	if e > s && data[e-1] == '\r' {
		e--
	}
	return e - s
}

// glued reports whether a line that ends in a and the next that starts
// with b may be a cut inside a word, a number or a key: both lower-case
// letters or digits (prose, hex), both upper-case letters, or both bytes
// beyond ASCII. A digit before an upper-case letter is a record's end
// and the next's start ("…4f1a" then "CLIENT_RANDOM …" in a TLS key log).
func glued(a, b byte) bool {
	lowerOrDigit := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }
	upper := func(c byte) bool { return c >= 'A' && c <= 'Z' }
	return lowerOrDigit(a) && lowerOrDigit(b) || upper(a) && upper(b) || a >= 0x80 && b >= 0x80
}

// allBase64 reports whether b holds nothing but base64's characters.
func allBase64(b []byte) bool {
	for _, c := range b {
		if !b64[c] && c != '=' {
			return false
		}
	}
	return true
}
