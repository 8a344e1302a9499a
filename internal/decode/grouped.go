package decode

import (
	"bytes"
	"encoding/hex"
)

// groupedHexViews turns 64 hex digits written in equal groups into a
// view of them (encoding "grouped-hex"), for the key detectors to judge
// by the text before them as they judge separatedHexViews' views: on one
// line, groups of 4, 8 or 16 digits apart by one space, colon or hyphen
// ("4783 2a48 406a …", "PRIV: 4783-2a48-…", a key copied out in
// readable pieces); or over 2 to 8 lines that hold nothing but hex
// digits (and indentation), a key cut to fit a card, a phone's note or a
// page's width. A run of more groups or lines than make 64 digits is no
// key. Only lines whose last character is a hex digit are read, from
// their end. In the same pass it turns a hex dump of 32 bytes (dumpLines: xxd, hexdump -C, od -t x1)
// into a view of their 64 digits (encoding "hex-dump").
func groupedHexViews(w *walker, data []byte, emit func(View) bool) bool {
	for ls := 0; ls < len(data); {
		le := lineEnd(data, ls)
		e := trimLineEnd(data, ls, le)
		// A group (or a split line) ends in 4 hex digits at least;
		// most lines of text that end in a hex digit end in a word.
		if e-ls >= 40 && dumpStarts(data, ls) {
			if w.stop() {
				return false
			}
			if out, end, next, ok := dumpLines(data, ls); ok {
				v := View{Data: out, Encoding: "hex-dump", Start: ls, End: end, Context: data[max(0, ls-contextSize):ls]}
				if !emit(v) {
					return false
				}
				ls = next + 1
				continue
			}
			if v, next, ok := dumpData(data, ls); ok {
				if !emit(v) {
					return false
				}
				ls = next + 1
				continue
			}
		}
		if e-ls >= 4 && groupEnds(data, e) {
			if w.stop() {
				return false
			}
			if s, ok := groupedLine(data, ls, e); ok {
				if !emitGrouped(data, s, e, data[s:e], emit) {
					return false
				}
			} else if s, end, next, ok := splitLines(data, ls, e, le); ok {
				if !emitGrouped(data, s, end, data[s:end], emit) {
					return false
				}
				le = next
			} else if s, end, next, ok := groupedLines(data, ls, e, le); ok {
				if !emitGrouped(data, s, end, data[s:end], emit) {
					return false
				}
				le = next
			}
		} else if e-ls >= minGroupedLine {
			// Groups in quotes, backticks or brackets in mid-line
			// ("rotate key `4783 2a48 …` (leaked)", "= <82e4855c …>;").
			if !groupedInLine(w, data, ls, e, emit) {
				return false
			}
		}
		ls = le + 1
	}
	return true
}

// groupEnds reports whether four hex digits, a group's least, end at e.
func groupEnds(data []byte, e int) bool {
	return hexDigit[data[e-1]] && hexDigit[data[e-2]] && hexDigit[data[e-3]] && hexDigit[data[e-4]]
}

// minGroupedLine is the shortest line that holds 64 hex digits in groups
// (four of 16 and three separators).
const minGroupedLine = 2*keyBytes + 3

// groupedInLine reads groups (groupedLine) that end before a closing
// quote, backtick or bracket inside the line [ls, e), and emits each; an
// angle bracket ends them too, as Apple's description of bytes writes
// them ("<82e4855c c6bd8c76 …>": defaults read, plutil -p, lldb's po).
func groupedInLine(w *walker, data []byte, ls, e int, emit func(View) bool) bool {
	for i := ls + minGroupedLine - 1; i < e; {
		k := bytes.IndexAny(data[i:e], "`\"')]>")
		if k < 0 {
			return true
		}
		i += k
		if groupEnds(data, i) {
			if w.stop() {
				return false
			}
			if s, ok := groupedLine(data, ls, i); ok && !emitGrouped(data, s, i, data[s:i], emit) {
				return false
			}
		}
		i++
	}
	return true
}

// trimLineEnd returns the end of the line [ls, le) without its trailing
// white space.
func trimLineEnd(data []byte, ls, le int) int {
	for le > ls && (data[le-1] == '\r' || data[le-1] == ' ' || data[le-1] == '\t') {
		le--
	}
	return le
}

// emitGrouped emits the hex digits of text (data[s:e]) as one view.
func emitGrouped(data []byte, s, e int, text []byte, emit func(View) bool) bool {
	out := make([]byte, 0, 2*keyBytes)
	for _, c := range text {
		if hexDigit[c] {
			out = append(out, c|0x20)
		}
	}
	if _, err := hex.DecodeString(string(out)); err != nil || len(out) != 2*keyBytes {
		return true
	}
	return emit(View{Data: out, Encoding: "grouped-hex", Start: s, End: e, Context: data[max(0, s-contextSize):s]})
}

// groupedLine reads back from e (a hex digit ends the line there) the
// groups of one line: equal groups of 4, 8 or 16 digits, apart by one
// separator, 64 digits in all, with no letter or digit right before the
// first. It returns where the first starts.
func groupedLine(data []byte, ls, e int) (int, bool) {
	size, groups := 0, 0
	var sep byte
	s := e
	for {
		j := s
		for j > ls && hexDigit[data[j-1]] && s-j <= 16 {
			j--
		}
		n := s - j
		if n == 0 || n > 16 || size != 0 && n != size {
			return 0, false
		}
		size, groups, s = n, groups+1, j
		if groups*size == 2*keyBytes {
			break
		}
		if s-1 <= ls || !hexDigit[data[s-2]] {
			return 0, false
		}
		c := data[s-1]
		if c != ' ' && c != ':' && c != '-' || sep != 0 && c != sep {
			return 0, false
		}
		sep, s = c, s-1
	}
	if groups < 4 || size < 4 || s > ls && (alnumByte(data[s-1]) || data[s-1] == sep && s-2 >= ls && hexDigit[data[s-2]]) {
		return 0, false
	}
	return s, true
}

// groupsBack reads back from e the equal groups of 4, 8 or 16 hex digits,
// apart by one separator (a space, a colon or a hyphen), that end there
// and start after ls, at most 64 digits: their start, size, separator
// (0 for one group) and digits.
func groupsBack(data []byte, ls, e int) (s, size int, sep byte, digits int) {
	s = e
	for {
		j := s
		for j > ls && hexDigit[data[j-1]] && s-j <= 16 {
			j--
		}
		n := s - j
		if n == 0 || n > 16 || size != 0 && n != size || digits+n > 2*keyBytes {
			return s, size, sep, digits
		}
		size, digits, s = n, digits+n, j
		if s-1 <= ls || !hexDigit[data[s-2]] {
			return s, size, sep, digits
		}
		c := data[s-1]
		if c != ' ' && c != ':' && c != '-' || sep != 0 && c != sep {
			return s, size, sep, digits
		}
		sep, s = c, s-1
	}
}

// groupedLines reads groups of hex digits (groupsBack) that go on over
// the lines after the line [ls, le), e its end without trailing space:
// the first line ends in two groups or more, after a label maybe
// ("Private key: 4783 2a48 …"), and each line after holds nothing but
// groups of the same size and separator (past indentation), 64 digits in
// all, a card's or a printed form's key in readable pieces. The line
// after holds no more groups. It returns the digits' span and the end of
// their last line.
func groupedLines(data []byte, ls, e, le int) (s, end, lastLE int, ok bool) {
	s, size, sep, n := groupsBack(data, ls, e)
	if size < 4 || size > 8 || sep == 0 || n >= 2*keyBytes || n%size != 0 || s > ls && alnumByte(data[s-1]) {
		return 0, 0, 0, false
	}
	// lineGroups returns the digits of a line of nothing but such
	// groups, 0 for any other line.
	lineGroups := func(ls, e int) int {
		i := ls
		for i < e && (data[i] == ' ' || data[i] == '\t' || data[i] == '>') {
			i++
		}
		gs, gsize, gsep, m := groupsBack(data, i, e)
		if gs != i || gsize != size || m == 0 || gsep != 0 && gsep != sep {
			return 0
		}
		return m
	}
	end, last := e, le
	for lines := 1; n < 2*keyBytes; lines++ {
		if last >= len(data) || lines == maxSplitLines {
			return 0, 0, 0, false
		}
		nls, ne, nle := nextLine(data, last)
		m := lineGroups(nls, ne)
		if m == 0 {
			return 0, 0, 0, false
		}
		n += m
		end, last = ne, nle
	}
	if n != 2*keyBytes || moreDigits(data, last, lineGroups) {
		return 0, 0, 0, false
	}
	return s, end, last, true
}

// Bounds of a key split over lines (splitLines): the fewest digits of a
// line, the most lines.
const (
	minSplitHex   = 8
	maxSplitLines = 8
)

// splitLines reads the lines of hex digits alone (maybe quoted, "> ") that start with the
// line [ls, le) (e its end without trailing space) and hold 64 digits
// in all, 2 to 8 lines of minSplitHex digits or more (32 and 32, 38 and
// 26, four of 16), when the line before is no such line and the line
// after holds no more digits. It returns the digits' span, and the end
// of their last line.
func splitLines(data []byte, ls, e, le int) (s, end, lastLE int, ok bool) {
	lineHex := func(ls, e int) (int, int) {
		s := ls
		// Past the indentation, and a mail reply's quote marks ("> ",
		// ">> ").
		for s < e && (data[s] == ' ' || data[s] == '\t' || data[s] == '>') {
			s++
		}
		for i := s; i < e; i++ {
			if !hexDigit[data[i]] {
				return 0, 0
			}
		}
		return s, e - s
	}
	s, n := lineHex(ls, e)
	if n < minSplitHex || n >= 2*keyBytes {
		return 0, 0, 0, false
	}
	if ls > 0 {
		pls := bytes.LastIndexByte(data[:ls-1], '\n') + 1
		if _, pn := lineHex(pls, trimLineEnd(data, pls, ls-1)); pn > 0 {
			return 0, 0, 0, false // part of a longer block
		}
	}
	end, last := e, le
	for lines := 1; n < 2*keyBytes; lines++ {
		if last >= len(data) || lines == maxSplitLines {
			return 0, 0, 0, false
		}
		nls, ne, nle := nextLine(data, last)
		_, m := lineHex(nls, ne)
		if m < minSplitHex && !(lines == 1 && n == xxdPlainWidth && m == 2*keyBytes-n && xxdPlainAbove(data, ls)) {
			return 0, 0, 0, false
		}
		n += m
		end, last = ne, nle
	}
	if n != 2*keyBytes || moreDigits(data, last, func(ls, e int) int { _, m := lineHex(ls, e); return m }) {
		return 0, 0, 0, false
	}
	return s, end, last, true
}

// nextLine returns the line after the one that ends at last (its line
// break): its start, its end without trailing white space, and its end.
func nextLine(data []byte, last int) (nls, ne, nle int) {
	nls = last + 1
	nle = lineEnd(data, nls)
	return nls, trimLineEnd(data, nls, nle), nle
}

// moreDigits reports whether the line after the one that ends at last
// holds digits that lineDigits counts: a key's lines that go on are no
// key's.
func moreDigits(data []byte, last int, lineDigits func(ls, e int) int) bool {
	if last >= len(data) {
		return false
	}
	nls, ne, _ := nextLine(data, last)
	return lineDigits(nls, ne) > 0
}

// xxdPlainWidth is how many hex digits "xxd -p" writes a line.
const xxdPlainWidth = 60

// xxdPlainAbove reports whether the line above the one at ls runs "xxd
// -p" (or -ps, -plain): its output of 32 bytes is a line of 60 digits and
// one of 4.
func xxdPlainAbove(data []byte, ls int) bool {
	if ls == 0 {
		return false
	}
	pls := bytes.LastIndexByte(data[:ls-1], '\n') + 1
	line := data[pls : ls-1]
	k := bytes.Index(line, []byte("xxd "))
	if k < 0 {
		return false
	}
	for _, f := range bytes.Fields(line[k+4:]) {
		if string(f) == "-p" || string(f) == "-ps" || string(f) == "-plain" || string(f) == "-postscript" {
			return true
		}
	}
	return false
}

// alnumByte reports whether c is an ASCII letter or digit.
func alnumByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// dumpLines reads the hex dump that starts at the line ls, offset zero,
// as xxd, "xxd -g 1", "hexdump -C" and "od -A x -t x1z" print a file:
// lines of an offset (six to eight hex digits, maybe a colon), sixteen
// bytes in groups of one, two or four, and maybe the bytes as text. It
// returns the digits of the dump when it holds exactly 32 bytes, a key
// file's (hexdump's last line, the offset alone, may end it), with the
// end of the bytes and the end of the dump's last line.
func dumpLines(data []byte, ls int) (out []byte, end, lastLE int, ok bool) {
	out = make([]byte, 0, 2*keyBytes+16)
	for line := 0; ls < len(data); line++ {
		le := lineEnd(data, ls)
		i, off := dumpOffset(data, ls, le)
		if off != 16*line {
			break // no line of this dump: it ended before
		}
		n, e := dumpBytes(data, i, le, &out)
		if line == 2 {
			// A third line may be hexdump's last, the length alone; a
			// dump of more bytes is no key file's.
			if n != 0 || len(bytes.TrimSpace(data[i:le])) != 0 {
				return nil, 0, 0, false
			}
			lastLE = le
			break
		}
		if n != 16 {
			return nil, 0, 0, false
		}
		end, lastLE, ls = e, le, le+1
	}
	if len(out) != 2*keyBytes {
		return nil, 0, 0, false
	}
	return out, end, lastLE, true
}

// dumpOffset reads the offset that starts a dump's line [ls, le): after
// up to eight spaces or tabs and maybe "0x", four to eight hex digits,
// maybe a colon (tcpdump -X's "\t0x0010:  ", Wireshark's "0010   "). It
// returns where the bytes start and the offset, or -1.
func dumpOffset(data []byte, ls, le int) (int, int) {
	i := ls
	for i < le && i-ls < 8 && (data[i] == ' ' || data[i] == '\t') {
		i++
	}
	if i+1 < le && data[i] == '0' && data[i+1] == 'x' {
		i += 2
	}
	s, off := i, 0
	for i < le && hexDigit[data[i]] && i-s < 9 {
		off = off*16 + int(unhex(data[i]))
		i++
	}
	if n := i - s; n < 4 || n > 8 {
		return i, -1
	}
	if i < le && data[i] == ':' {
		i++
	}
	return i, off
}

// dumpBytes appends to out, lower-cased, the hex digits of up to sixteen
// bytes of a dump's line from i, each group of one, two or four bytes
// after one or two spaces (three before the first); it stops at what is no such group (the bytes
// as text). It returns how many bytes it read and where they end.
func dumpBytes(data []byte, i, le int, out *[]byte) (n, end int) {
	end = i
	for n < 16 {
		j := i
		for j < le && data[j] == ' ' {
			j++
		}
		if j == i || j-i > 2 && (n > 0 || j-i > 3) {
			break // Wireshark sets the first group three spaces apart
		}
		k := j
		for k < le && hexDigit[data[k]] {
			k++
		}
		g := k - j
		if g == 0 || g%2 != 0 || g > 8 || n+g/2 > 16 || k < le && data[k] != ' ' {
			break
		}
		for _, c := range data[j:k] {
			*out = append(*out, c|0x20)
		}
		n, i, end = n+g/2, k, k
	}
	return n, end
}
