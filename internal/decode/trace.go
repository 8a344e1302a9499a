package decode

import "bytes"

// curlTraceViews reads the dump of curl --trace-ascii (and libcurl's
// CURLOPT_DEBUGFUNCTION dumps in the same form) as the data it shows.
// curl writes each block it sends or receives ("=> Send data, 151 bytes
// (0x97)") as lines of at most 64 bytes, each after its offset in the
// block ("0040: "), with a CR LF of the data left out and ending its line
// early (curl's tool_cb_dbg.c). A JSON-RPC call's key is cut where the
// 64th byte falls. The offsets tell the two apart: a line that goes on
// from the line before starts where that one's bytes end, one after a
// line break two bytes later. The view ("curl-trace") holds the other
// lines as they are and each block's data joined back, each line mapped
// to the dump lines it came from. Only text with a dump line at offset
// 0 after curl's "=> Send" is read.
func curlTraceViews(w *walker, data []byte, emit func(View) bool) bool {
	// "=> Send" is looked for first: '=' and '>' together are rare, and
	// the search skips ahead to them. A trace sends before it receives.
	send := bytes.Index(data, []byte("=> Send"))
	if send < 0 || !bytes.Contains(data[send:], []byte("\n0000: ")) {
		return true
	}
	out := make([]byte, 0, len(data))
	var cells [][2]int
	joined := false
	open := false  // the view's last line is a dump line that may go on
	next := -1     // the offset a line going on from it starts at
	cellStart := 0 // where in data the view's open line starts
	for ls := 0; ls < len(data); {
		le := lineEnd(data, ls)
		line := bytes.TrimSuffix(data[ls:le], []byte("\r"))
		off, ok := curlOffset(line)
		switch {
		case ok && open && off == next:
			// The data goes on from the line before: cut at the width.
			out = append(out, line[6:]...)
			joined = true
		default:
			if open {
				out = append(out, '\n')
				cells = append(cells, [2]int{cellStart, ls - 1})
			}
			cellStart = ls
			if ok {
				out = append(out, line[6:]...)
			} else {
				out = append(out, line...)
				out = append(out, '\n')
				cells = append(cells, [2]int{ls, le})
			}
		}
		open = ok
		if ok {
			next = off + len(line) - 6
		}
		ls = le + 1
		if len(cells)&0x3ff == 0 && w.stop() {
			return false
		}
	}
	if open {
		out = append(out, '\n')
		cells = append(cells, [2]int{cellStart, len(data)})
	}
	if !joined {
		return true // no data cut over lines: the text reads as it is
	}
	return emit(View{Data: out, Encoding: "curl-trace", Start: 0, End: len(data), Cells: cells})
}

// curlOffset reads the offset a line of curl's trace dump starts with:
// four hex digits and ": ".
func curlOffset(line []byte) (int, bool) {
	if len(line) < 6 || line[4] != ':' || line[5] != ' ' {
		return 0, false
	}
	n := 0
	for _, c := range line[:4] {
		if !hexDigit[c] || c >= 'A' && c <= 'F' {
			return 0, false // curl writes lower case
		}
		n = n<<4 | int(unhex(c))
	}
	return n, true
}
