package decode

import (
	"bytes"

	"github.com/walletaudit/walletaudit/internal/hint"
)

// Bounds of a ROT13 view: how many lines after the one that names ROT13
// are read, and how many bytes at most.
const (
	rot13Lines = 64
	rot13Bytes = 16 << 10
)

// rot13Views reads text that says it is written in ROT13 ("seed
// (rot13):", "ROT-13 of my words:", a rot13 tool's output), the letters
// of Latin script turned 13 places, as people hide a phrase from a casual
// look. Only where "rot13", "rot-13" or "rot 13" is written (in any
// case): from the start of that line, rot13Lines lines or rot13Bytes
// bytes are a view ("rot13"), each line mapped to its own (View.Cells).
func rot13Views(w *walker, data []byte, emit func(View) bool) bool {
	if h, ok := hint.From(w.ctx); ok && !h.Rot13 {
		return true // the engine's prefilter found no word that names ROT13
	}
	next := 0 // where the last view ended: a marker inside it starts none
	return eachAt(w, data, "13", func(p int) (int, bool) {
		if p < next || !rot13Marker(data, p) {
			return p + 2, true
		}
		ls := bytes.LastIndexByte(data[:p], '\n') + 1
		out := make([]byte, 0, min(len(data)-ls, rot13Bytes))
		var cells [][2]int
		at := ls
		for n := 0; n <= rot13Lines && at < len(data) && at-ls < rot13Bytes; n++ {
			le := lineEnd(data, at)
			le = min(le, ls+rot13Bytes)
			for _, c := range data[at:le] {
				out = append(out, rot13(c))
			}
			out = append(out, '\n')
			cells = append(cells, [2]int{at, le})
			at = le + 1
		}
		next = at
		return at, emit(View{Data: out, Encoding: "rot13", Start: ls, End: min(at, len(data)), Cells: cells})
	})
}

// rot13Marker reports whether the "13" at data[p] ends "rot13", "rot-13"
// or "rot 13", in any case, as a word of its own.
func rot13Marker(data []byte, p int) bool {
	if e := p + 2; e < len(data) && alnum[data[e]] {
		return false
	}
	r := p
	if r > 0 && (data[r-1] == '-' || data[r-1] == ' ' || data[r-1] == '_') {
		r--
	}
	if r < 3 || data[r-3]|0x20 != 'r' || data[r-2]|0x20 != 'o' || data[r-1]|0x20 != 't' {
		return false
	}
	return r == 3 || !alnum[data[r-4]]
}

// rot13 turns an ASCII letter 13 places and leaves other bytes alone.
func rot13(c byte) byte {
	switch l := c | 0x20; {
	case l >= 'a' && l <= 'm':
		return c + 13
	case l >= 'n' && l <= 'z':
		return c - 13
	}
	return c
}
