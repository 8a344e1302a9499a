package mnemonic

// A word cut by a hyphen at a line's end ("aban-" over "don"), as a
// transcription of handwriting or a text set in narrow columns writes
// it, is read whole: the hyphen, the line break and the next line's
// leading spaces are left out of a copy of the text that findRewritten
// reads (the text itself is read as it is, too).

// hyphenBreak notes in f.rewrites the hyphen at the end of the line
// that the line break text[i] ends (a CR before it too), when letters
// stand before it (two or more) and start the next line past its
// leading spaces.
//
//go:noinline
func (f *finder) hyphenBreak(i int) {
	text := f.text
	h := i - 1
	if h > 0 && text[h] == '\r' {
		h--
	}
	if h < 2 || text[h] != '-' || !isLetterByte(text[h-1]) || !isLetterByte(text[h-2]) {
		return
	}
	j := i + 1
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') && j-i <= 8 {
		j++
	}
	if j >= len(text) || !isLetterByte(text[j]) {
		return
	}
	f.rewrites = append(f.rewrites, numberMarker{start: h, end: j})
}
