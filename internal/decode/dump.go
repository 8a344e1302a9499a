package decode

import (
	"bytes"
	"encoding/hex"
	"sort"
	"unicode/utf8"
)

// Bounds of dumpData.
const (
	minDumpBytes = 32 // fewer bytes hold no secret but a key, which dumpLines reads
	minDumpRows  = 2
	minDumpText  = 32 // the shortest text a dump's bytes must hold: a hex key's 64 digits, a WIF's 51, a phrase's 47 or more
)

// textRun reports whether b holds n bytes or more in a row of printable
// UTF-8 text (white space included).
func textRun(b []byte, n int) bool {
	run := 0
	for i := 0; i < len(b); {
		size := 1
		if c := b[i]; c < utf8.RuneSelf {
			// ASCII, most bytes of a dump: no decoding.
			if controlByte(c) {
				run, i = 0, i+1
				continue
			}
		} else if r, sz := utf8.DecodeRune(b[i:]); r == utf8.RuneError && sz <= 1 {
			run, i = 0, i+1
			continue
		} else {
			size = sz
		}
		if run += size; run >= n {
			return true
		}
		i += size
	}
	return false
}

// dumpStarts reports whether the line at ls starts a hex dump at offset
// zero: after up to eight spaces or tabs, "000000" (xxd, hexdump -C, od
// -A x), "0x0000" (tcpdump -X), "0000 " (Wireshark's "Copy as Hex
// Dump") or "0000: " (curl --trace).
func dumpStarts(data []byte, ls int) bool {
	i := ls
	for i < len(data) && i-ls < 8 && (data[i] == ' ' || data[i] == '\t') {
		i++
	}
	rest := data[i:]
	return len(rest) > 0 && rest[0] == '0' &&
		(bytes.HasPrefix(rest, []byte("000000")) || bytes.HasPrefix(rest, []byte("0x0000")) || bytes.HasPrefix(rest, []byte("0000 ")) ||
			bytes.HasPrefix(rest, []byte("0000: ")))
}

// dumpData reads the hex dump that starts at the line ls, offset zero,
// whatever its length, as tcpdump -X and -XX, xxd, hexdump -C, od -A x
// -t x1z and Wireshark print a packet or a file: lines of an offset and
// the bytes from it (dumpOffset, dumpBytes), each line's offset where
// the line before ends. A form posted in a captured packet, a wallet file
// dumped to look at it, hold their secrets over the dump's lines, cut
// where the width falls and mixed with the bytes as text. It returns a
// view of the bytes the dump shows ("dump"), each of its lines mapped to
// the dump lines its first and last byte are on, and the end of the
// dump's last line; ok is false for fewer than minDumpRows lines or
// minDumpBytes bytes.
func dumpData(data []byte, ls int) (v View, lastLE int, ok bool) {
	var digits []byte
	var rows [][2]int // each dump line's span in data
	var firsts []int  // the offset of each dump line's first byte
	for ls < len(data) && len(digits) < 2*maxRun {
		le := lineEnd(data, ls)
		i, off := dumpOffset(data, ls, le)
		if 2*off != len(digits) {
			break // no line of this dump: it ended before
		}
		n, _ := dumpBytes(data, i, le, &digits)
		if n == 0 {
			break // hexdump's last line, the length alone, or other text
		}
		rows = append(rows, [2]int{ls, trimLineEnd(data, ls, le)})
		firsts = append(firsts, off)
		lastLE, ls = le, le+1
	}
	if len(rows) < minDumpRows || len(digits) < 2*minDumpBytes {
		return View{}, 0, false
	}
	out := make([]byte, len(digits)/2)
	if _, err := hex.Decode(out, digits); err != nil || !textRun(out, minDumpText) {
		// Bytes with no stretch of text (a TLS transcript's records,
		// a compressed file) hold no secret's textual form; the dump's
		// lines are read as they are all the same.
		return View{}, 0, false
	}
	rowOf := func(b int) [2]int { return rows[sort.SearchInts(firsts, b+1)-1] }
	var cells [][2]int
	for s := 0; s <= len(out); {
		e := len(out) // each line of the bytes, the empty one after a last line break included
		if k := bytes.IndexByte(out[s:], '\n'); k >= 0 {
			e = s + k
		}
		cells = append(cells, [2]int{rowOf(s)[0], rowOf(max(s, e-1))[1]})
		s = e + 1
	}
	start, end := rows[0][0], rows[len(rows)-1][1]
	return View{Data: out, Encoding: "dump", Start: start, End: end, Context: data[max(0, start-contextSize):start], Cells: cells}, lastLE, true
}
