package mnemonic

import "unicode/utf8"

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
	if j >= len(text) || !isLetterByte(text[j]) || !plainAround(text, h, j) || !f.joinedListed(h, j) {
		return
	}
	f.rewrites = append(f.rewrites, numberMarker{start: h, end: j})
}

// minCutLine is the shortest line cutBreak reads as cut at a terminal's
// width: narrower panes are rare, and lists of a word a line are
// narrower.
const minCutLine = 40

// cutBreak notes in f.rewrites the line break text[i] (a CR before it
// too) when it cuts a word at a terminal's width, as a pane's capture
// that was not joined has it (tmux's capture-pane without -J, a copy out
// of a narrow window: "… vacant fil" over "ter pave …"): a line of
// minCutLine bytes or more ends in letters, the next starts with letters,
// no space on either side, and the letters make a list word together
// that they do not both make alone.
//
//go:noinline
func (f *finder) cutBreak(i int) {
	text := f.text
	h := i
	if text[h-1] == '\r' {
		h--
	}
	if h-f.lineStart < minCutLine || h == 0 || !isLetterByte(text[h-1]) || i+1 >= len(text) || !isLetterByte(text[i+1]) ||
		!plainAround(text, h, i+1) || !f.joinedListed(h, i+1) {
		return
	}
	ws, we := h, i+1
	for ws > 0 && isLetterByte(text[ws-1]) && h-ws <= maxJoined {
		ws--
	}
	for we < len(text) && isLetterByte(text[we]) && we-i <= maxJoined {
		we++
	}
	_, before := f.lookupWord(text[ws:h])
	_, after := f.lookupWord(text[i+1 : we])
	if before && after {
		return // two words a line apart, as a list writes them
	}
	f.rewrites = append(f.rewrites, numberMarker{start: h, end: i + 1})
}

// joinedListed reports whether the letters that end at text[h] (the
// hyphen) and those that start at text[j] (the next line's) make a list
// word together, or a prefix read as one ("aban" and "don", "fo" and
// "od"): a break inside another word has the text read again for
// nothing.
func (f *finder) joinedListed(h, j int) bool {
	text := f.text
	ws, we := h, j
	for ws > 0 && isLetterByte(text[ws-1]) && h-ws <= maxJoined {
		ws--
	}
	for we < len(text) && isLetterByte(text[we]) && we-j <= maxJoined {
		we++
	}
	if h-ws+we-j > maxJoined {
		return false
	}
	var buf [maxJoined]byte
	_, ok := f.lookupWord(append(append(buf[:0], text[ws:h]...), text[j:we]...))
	return ok
}

// maxJoined bounds the bytes of a word joined over a hyphen's line break:
// the longest list words' in UTF-8, with room for decomposed accents.
const maxJoined = 48

// plainAround reports whether the hyphenAround bytes on each side of
// text[h:j] are text, no control bytes or invalid UTF-8: in binary data
// a letter, a hyphen and a line break stand together by chance, and each
// would have the text read again.
func plainAround(text []byte, h, j int) bool {
	from, to := max(0, h-hyphenAround), min(len(text), j+hyphenAround)
	for _, c := range text[from:to] {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
			return false
		}
	}
	// Cut at a character's start, so that a letter the bounds cut in two
	// is no invalid UTF-8.
	for from < h && !utf8.RuneStart(text[from]) {
		from++
	}
	for to > j && to < len(text) && !utf8.RuneStart(text[to]) {
		to--
	}
	return utf8.Valid(text[from:to])
}

// hyphenAround is how many bytes on each side of a hyphen's line break
// plainAround reads.
const hyphenAround = 32
