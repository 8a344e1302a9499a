package decode

import "bytes"

// tesseractHeader is the first line of the TSV that tesseract writes
// (its "tsv" output): a row a page, block, paragraph, line and word, the
// word's text in the last column.
var tesseractHeader = []byte("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext")

// ocrTSVColumns is how many columns tesseractHeader names.
const ocrTSVColumns = 12

// ocrTSVViews reads tesseract's TSV output (a scanned recovery card or
// a photo of a steel plate, recognised a word a row with its box and
// confidence) as the text it recognised: one view ("ocr-tsv") of a line
// a recognised line, its words apart by spaces, mapped to the span of
// the rows that hold them (View.Cells).
func ocrTSVViews(w *walker, data []byte, emit func(View) bool) bool {
	body, ok := bytes.CutPrefix(bytes.TrimPrefix(data, utf8BOM), tesseractHeader)
	if !ok || len(body) == 0 || body[0] != '\n' && body[0] != '\r' {
		return true
	}
	var out []byte
	var cells [][2]int
	var line []byte // page, block, paragraph and line of the words in out's last line
	i := len(data) - len(body)
	for i < len(data) && !w.stop() {
		e := lineEnd(data, i)
		row := bytes.TrimSuffix(data[i:e], []byte("\r"))
		if f := bytes.SplitN(row, []byte("\t"), ocrTSVColumns); len(f) == ocrTSVColumns && bytes.Equal(f[0], []byte("5")) {
			text := f[ocrTSVColumns-1]
			at := i + len(row) - len(text)
			if word := bytes.TrimSpace(text); len(word) > 0 {
				at += bytes.Index(text, word)
				key := row[len(f[0])+1 : len(f[0])+len(f[1])+len(f[2])+len(f[3])+len(f[4])+4]
				if len(cells) > 0 && bytes.Equal(key, line) {
					out = append(append(out, ' '), word...)
					cells[len(cells)-1][1] = at + len(word)
				} else {
					if len(cells) > 0 {
						out = append(out, '\n')
					}
					out = append(out, word...)
					cells = append(cells, [2]int{at, at + len(word)})
					line = key
				}
			}
		}
		i = e + 1
	}
	if len(cells) == 0 {
		return true
	}
	out = append(out, '\n')
	return emit(View{Data: out, Encoding: "ocr-tsv", Start: cells[0][0], End: cells[len(cells)-1][1], Cells: cells})
}
