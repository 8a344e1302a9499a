package decode

import "bytes"

// maxCopyColumns bounds the columns of a COPY block copyViews reads.
const maxCopyColumns = 256

// copyViews reads the data of pg_dump's COPY blocks ("COPY public.keys
// (id, chain, private_key) FROM stdin;", then a row a line, its values
// apart by tabs, up to "\."): a value stands far from its column's name.
// Each block is a view ("pg-copy") of one line a value, "column: value",
// mapped to the value (View.Cells); NULLs (\N) are left out and bytea in
// hex ("\\x…") is written "0x…".
func copyViews(w *walker, data []byte, emit func(View) bool) bool {
	return eachAt(w, data, "COPY ", func(p int) (int, bool) {
		if p > 0 && data[p-1] != '\n' {
			return p + 5, true
		}
		le := lineEnd(data, p)
		head := data[p:le]
		open, shut := bytes.IndexByte(head, '('), bytes.LastIndexByte(head, ')')
		if open < 0 || shut < open || !bytes.Contains(head[shut:], []byte("FROM stdin")) {
			return le, true
		}
		var cols [][]byte
		for _, c := range bytes.Split(head[open+1:shut], []byte(",")) {
			cols = append(cols, bytes.Trim(bytes.TrimSpace(c), `"`))
		}
		if len(cols) > maxCopyColumns {
			return le, true
		}
		var out []byte
		var cells [][2]int
		i := le + 1
		for i < len(data) && !w.stop() {
			e := lineEnd(data, i)
			row := bytes.TrimSuffix(data[i:e], []byte("\r"))
			if bytes.Equal(row, []byte(`\.`)) {
				break
			}
			at := i
			for k, v := range bytes.Split(row, []byte("\t")) {
				if k < len(cols) && len(v) > 0 && !bytes.Equal(v, []byte(`\N`)) {
					out = append(append(append(out, cols[k]...), ": "...), bytes.Replace(v, []byte(`\\x`), []byte("0x"), 1)...)
					out = append(out, '\n')
					cells = append(cells, [2]int{at, at + len(v)})
				}
				at += len(v) + 1
			}
			i = e + 1
		}
		if len(cells) == 0 {
			return i, true
		}
		return i, emit(View{Data: out, Encoding: "pg-copy", Start: cells[0][0], End: cells[len(cells)-1][1], Cells: cells})
	})
}
