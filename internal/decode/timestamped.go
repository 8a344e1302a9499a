package decode

import "bytes"

// timestampedViews reads a log whose lines each start with a prefix its
// writer puts there with their text left out: a time stamp (GitHub
// Actions' "2024-11-02T14:51:38.6647700Z ", Docker's --timestamps,
// Jenkins' "[2024-11-02 14:51:38] ", syslog's "Nov  2 14:51:38 host
// app[42]: "), a container's or a pod's name (docker compose logs'
// "api-1  | ", kubectl logs --prefix's "[pod/api-0/api] "), a BuildKit
// step and its time ("#12 0.512 "), Windows Sticky Notes' paragraph
// markers ("\id=<GUID> ") and git blame's commit, author, time and line
// number. A JSON document printed over several
// lines (jq's output of a keystore in a CI job), a key wrapped over two
// lines and a phrase over three rows read as they were printed. The view
// ("timestamped") keeps the text's lines, each mapped to its line in
// data. Only a log with at least minStamped such lines, half of its lines
// or more, is read.
func timestampedViews(w *walker, data []byte, emit func(View) bool) bool {
	// First count the lines with a prefix, and give up on text whose
	// first lines have none (source code, prose): most text is no log.
	stripped, lines := 0, 0
	for ls := 0; ls < len(data); {
		le := lineEnd(data, ls)
		if logPrefixLen(data[ls:le]) > 0 {
			stripped++
		}
		if lines++; lines == 64 && stripped == 0 {
			return true
		}
		ls = le + 1
		if lines&0xfff == 0 && w.stop() {
			return false
		}
	}
	if stripped < minStamped || 2*stripped < lines {
		return true
	}
	out := make([]byte, 0, len(data))
	cells := make([][2]int, 0, lines)
	for ls := 0; ls < len(data); {
		le := lineEnd(data, ls)
		k := logPrefixLen(data[ls:le])
		cells = append(cells, [2]int{ls, le})
		out = append(append(out, data[ls+k:le]...), '\n')
		ls = le + 1
	}
	return emit(View{Data: out, Encoding: "timestamped", Start: 0, End: len(data), Cells: cells})
}

// logPrefixLen returns the length of the prefix a log's writer put before
// line's text, with the space after it (timestampedViews), or 0.
func logPrefixLen(line []byte) int {
	if k := stampLen(line); k > 0 {
		// journalctl -o short-iso: a host and a tag with its process
		// ("host app[42]: "); a tag without one may be the text's own
		// label ("Generated key: ").
		if t := syslogTailLen(line[k:]); t > 2 && line[k+t-3] == ']' {
			return k + t
		}
		return k
	}
	if k := syslogStampLen(line); k > 0 {
		return k + syslogTailLen(line[k:])
	}
	if k := bracketTagLen(line); k > 0 {
		return k
	}
	if k := composePrefixLen(line); k > 0 {
		return k
	}
	if k := stickyParagraphLen(line); k > 0 {
		return k
	}
	if k := blamePrefixLen(line); k > 0 {
		return k
	}
	return buildkitPrefixLen(line)
}

// blamePrefixLen returns the length of the prefix git blame writes
// before each line of a file, a commit (maybe after "^"), maybe the
// file's path, and in parentheses the author, the time and the line's
// number, with the space after it ("^3f2a1c9e (Ana Lima 2024-03-01
// 10:22:05 +0100 14) "), or 0.
func blamePrefixLen(line []byte) int {
	i := 0
	if i < len(line) && line[i] == '^' {
		i++
	}
	h := i
	for i < len(line) && i-h < 40 && (line[i] >= '0' && line[i] <= '9' || line[i] >= 'a' && line[i] <= 'f') {
		i++
	}
	if i-h < 7 || i >= len(line) || line[i] != ' ' {
		return 0
	}
	open := bytes.IndexByte(line[i:min(len(line), i+256)], '(')
	if open < 0 {
		return 0
	}
	open += i
	end := bytes.IndexByte(line[open:min(len(line), open+160)], ')')
	if end < 0 {
		return 0
	}
	end += open
	// The line's number before ")", and a date and time in between.
	in := line[open+1 : end]
	d := len(in)
	for d > 0 && in[d-1] >= '0' && in[d-1] <= '9' {
		d--
	}
	if d == len(in) || d == 0 || in[d-1] != ' ' || TimeIn(in) < 0 || end+1 >= len(line) || line[end+1] != ' ' {
		return 0
	}
	return end + 2
}

// stickyParagraphLen returns the length of the paragraph marker that
// Windows Sticky Notes writes before each paragraph of a note's text
// (plum.sqlite's Note.Text: "\id=<GUID> "), or 0.
func stickyParagraphLen(line []byte) int {
	const n = len(`\id=`) + 36
	if len(line) <= n || !bytes.HasPrefix(line, []byte(`\id=`)) || line[n] != ' ' {
		return 0
	}
	for i, c := range line[4:n] {
		if i == 8 || i == 13 || i == 18 || i == 23 {
			if c != '-' {
				return 0
			}
		} else if !alnum[c] {
			return 0
		}
	}
	return n + 1
}

// bracketTagLen returns the length of a tag in brackets with no space in
// it and the space after it ("[pod/api-0/api] ", "[INFO] "), or 0.
func bracketTagLen(line []byte) int {
	if len(line) < 4 || line[0] != '[' {
		return 0
	}
	for i := 1; i < len(line) && i < 128; i++ {
		switch line[i] {
		case ']':
			if i > 1 && i+1 < len(line) && line[i+1] == ' ' {
				return i + 2
			}
			return 0
		case ' ', '\t', '[':
			return 0
		}
	}
	return 0
}

// composePrefixLen returns the length of docker compose logs' prefix: a
// service's container name, spaces to pad it, "| " ("api-1  | "), or 0.
func composePrefixLen(line []byte) int {
	i := 0
	for i < len(line) && i < 64 && (alnum[line[i]] || i > 0 && (line[i] == '-' || line[i] == '_' || line[i] == '.')) {
		i++
	}
	n := i
	for i < len(line) && line[i] == ' ' {
		i++
	}
	if n == 0 || i == n || i+1 >= len(line) || line[i] != '|' || line[i+1] != ' ' {
		return 0
	}
	return i + 2
}

// buildkitPrefixLen returns the length of BuildKit's plain progress
// prefix, a step's number and its seconds ("#12 0.512 "), or 0.
func buildkitPrefixLen(line []byte) int {
	if len(line) < 4 || line[0] != '#' {
		return 0
	}
	i := 1
	for i < len(line) && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i == 1 || i >= len(line) || line[i] != ' ' {
		return 0
	}
	i++
	d := i
	for i < len(line) && (line[i] >= '0' && line[i] <= '9' || line[i] == '.') {
		i++
	}
	if i == d || i >= len(line) || line[i] != ' ' || bytes.IndexByte(line[d:i], '.') < 0 {
		return 0
	}
	return i + 1
}

// syslogStampLen returns the length of a BSD syslog time stamp and the
// space after it ("Nov  2 14:51:38 "), or 0.
func syslogStampLen(line []byte) int {
	if len(line) < 16 || !isUpperASCII(line[0]) || !isLower(line[1]) || !isLower(line[2]) || line[3] != ' ' {
		return 0
	}
	i := 4
	if line[i] == ' ' {
		i++
	}
	d := i
	for i < len(line) && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i == d || i-d > 2 || i+9 > len(line) || line[i] != ' ' {
		return 0
	}
	t := line[i+1 : i+9]
	for k, c := range t {
		if k == 2 || k == 5 {
			if c != ':' {
				return 0
			}
		} else if c < '0' || c > '9' {
			return 0
		}
	}
	if i+9 >= len(line) || line[i+9] != ' ' {
		return 0
	}
	return i + 10
}

// syslogTailLen returns the length of syslog's host and tag after a time
// stamp ("host app[42]: ", "host sshd: "), or 0.
func syslogTailLen(rest []byte) int {
	sp := bytes.IndexByte(rest, ' ')
	if sp <= 0 || sp > 64 {
		return 0
	}
	tag := rest[sp+1:]
	for i := 0; i < len(tag) && i < 64; i++ {
		c := tag[i]
		switch {
		case c == ':' && i > 0 && i+1 < len(tag) && tag[i+1] == ' ':
			return sp + 1 + i + 2
		case alnum[c] || c == '-' || c == '_' || c == '.' || c == '/' || c == '[' || c == ']' || c == '@':
		default:
			return 0
		}
	}
	return 0
}

// isLower reports whether c is an ASCII small letter.
func isLower(c byte) bool { return c >= 'a' && c <= 'z' }

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
