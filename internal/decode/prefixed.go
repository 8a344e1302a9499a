package decode

import (
	"bytes"

	"github.com/walletaudit/walletaudit/internal/hint"
)

// maxPrefix is the longest line prefix prefixedStoreViews takes off.
const maxPrefix = 8

// prefixedStoreViews takes off a prefix that every line of a block
// carries, around a keystore's "ciphertext" or "crypto" key: a keystore
// pasted into aider's chat history (each line of a message after "#### "),
// quoted in a mail reply ("> "), commented out ("// ", "# "). Without it
// the store is no JSON. Each such block is a view ("line-prefix") of its
// lines without the prefix, each line mapped to its own (View.Cells).
// The prefix is made of '#', '>', '/', ';', '-', '*' and spaces, with
// one of the others in it.
func prefixedStoreViews(w *walker, data []byte, emit func(View) bool) bool {
	if h, ok := hint.From(w.ctx); ok && !h.Store || !ok && !bytes.Contains(data, []byte(`"ciphertext"`)) && !bytes.Contains(data, []byte(`"crypto"`)) {
		return true // the engine's search found neither (or none was made)
	}
	read := map[int]bool{} // the starts of the blocks read
	for _, marker := range [...]string{`"ciphertext"`, `"crypto"`} {
		done := 0 // the end of the last block read for this marker
		ok := eachAt(w, data, marker, func(p int) (int, bool) {
			if p < done {
				return done, true
			}
			ls := bytes.LastIndexByte(data[:p], '\n') + 1
			prefix := linePrefix(data[ls:p])
			if prefix == nil {
				return p + len(marker), true
			}
			// Up and down over the lines with the same prefix.
			s := ls
			for s > 0 {
				ps := bytes.LastIndexByte(data[:s-1], '\n') + 1
				if !bytes.HasPrefix(data[ps:s-1], prefix) {
					break
				}
				s = ps
			}
			var out []byte
			var cells [][2]int
			e := s
			for e < len(data) && bytes.HasPrefix(data[e:], prefix) {
				le := lineEnd(data, e)
				cells = append(cells, [2]int{e + len(prefix), le})
				out = append(append(out, data[e+len(prefix):le]...), '\n')
				e = le + 1
				if len(out) > maxRun {
					break
				}
			}
			done = e
			if read[s] {
				return e, true
			}
			read[s] = true
			return e, emit(View{Data: out, Encoding: "line-prefix", Start: s, End: min(e, len(data)), Cells: cells})
		})
		if !ok {
			return false
		}
	}
	return true
}

// linePrefix returns the prefix that starts line (up to a key's quote):
// marks and spaces, at most maxPrefix bytes, one of them a mark; nil when
// there is none.
func linePrefix(line []byte) []byte {
	n, marks := 0, 0
	for n < len(line) && n < maxPrefix {
		switch line[n] {
		case '#', '>', '/', ';', '-', '*':
			marks++
		case ' ', '\t':
		default:
			goto done
		}
		n++
	}
done:
	if marks == 0 {
		return nil
	}
	// The spaces after the marks may be the JSON's own indentation:
	// the prefix is the marks and one space.
	k := 0
	for k < n && line[k] != ' ' && line[k] != '\t' {
		k++
	}
	if k < n {
		k++
	}
	return line[:k]
}
