package mnemonic

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// strongBefore reports whether what comes before offset i, past spaces,
// sets a phrase off: a line break, a quote, a bracket, a colon, an equals
// sign, a pipe or a list number.
func strongBefore(text []byte, i int) bool {
	for i > 0 {
		c := text[i-1]
		if c < 0x20 && c != '\t' {
			return true // a line break or a field separator of binary data
		}
		switch c {
		case ' ', '\t':
			i--
			continue
		case '\n', '"', '\'', '`', '[', '(', '{', ':', '=', '>', '|':
			return true
		}
		return c >= '0' && c <= '9'
	}
	return true
}

// strongAfter reports whether what comes after offset i, past spaces,
// ends a phrase: a line break, a quote, a bracket, a comma, a semicolon,
// a full stop, a pipe or a tag.
func strongAfter(text []byte, i int) bool {
	for i < len(text) {
		c := text[i]
		if c < 0x20 && c != '\t' {
			return true
		}
		switch c {
		case ' ', '\t':
			i++
			continue
		case '\r', '\n', '"', '\'', '`', ']', ')', '}', ',', ';', '<', '|', '.':
			return true
		}
		return false
	}
	return true
}

// labels are words that, shortly before a phrase, say what it is, in
// the languages of the wordlists (matched lower-case, as written, so
// accented forms are listed as people type them).
var labels = []string{
	"mnemonic", "seed", "phrase", "recovery", "secret", "words", "backup", "wallet", "srp", "passphrase",
	"semilla", "frase", "palabras", "recuperación", "recuperacion", // Spanish
	"mnémonique", "mnemonique", "graine", "récupération", "recuperation", // French
	"parole", "mnemonica", "recupero", // Italian
	"slova", "fráze", "fraze", "obnov", // Czech
	"semente", "palavras", "recuperação", "recuperacao", // Portuguese
	"wörter", "wiederherstellung", // German notes about any list
	"助记词", "助記詞", "注记词", "註記詞", "种子", "種子", "恢复", "恢復", "钱包", "錢包", // Chinese
	"ニーモニック", "復元", "シード", "リカバリー", "フレーズ", "単語", // Japanese
	"니모닉", "복구", "시드", "문구", "단어", // Korean
}

// labelled reports whether a label occurs in the 160 bytes before start,
// in any case.
func labelled(text []byte, start int) bool {
	raw := text[max(0, start-160):start]
	var buf [512]byte // 160 bytes, each maybe an invalid one written as U+FFFD
	var window []byte
	if hasCasedNonASCII(raw) {
		window = lowerInto(buf[:0], raw)
	} else {
		// ASCII letters are the only ones with case here: CJK, kana
		// and Hangul (three bytes each) have none.
		window = buf[:len(raw)]
		for i, c := range raw {
			window[i] = fold[c]
		}
	}
	for i, c := range window {
		for _, l := range labelsByFirst[c] {
			if bytes.HasPrefix(window[i:], l) {
				return true
			}
		}
	}
	return false
}

// hasCasedNonASCII reports whether b holds a two-byte UTF-8 sequence
// (Latin, Greek, Cyrillic letters, which have case) or an invalid byte
// that is no part of a longer sequence.
func hasCasedNonASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0xC0 && c < 0xE0 || c >= 0xF8 {
			return true
		}
	}
	return false
}

// fold maps ASCII upper-case letters to lower case, other bytes to
// themselves.
var fold = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
		if i >= 'A' && i <= 'Z' {
			t[i] += 'a' - 'A'
		}
	}
	return
}()

// labelsByFirst lists labels by their first byte.
var labelsByFirst = func() (t [256][][]byte) {
	for _, l := range labels {
		t[l[0]] = append(t[l[0]], []byte(l))
	}
	return
}()

// labelledAt reports whether a label ends right before start, with only
// separators between, or a remark in parentheses on the label's line
// ("wallet backup (don't study this one)", a tab, the phrase: a card of a
// flashcard deck).
func labelledAt(text []byte, start int) bool {
	sep := func(c byte) bool { return c == ' ' || c == '\t' || c == ':' || c == '=' || c == '"' || c == '\'' }
	i := start
	for i > 0 && sep(text[i-1]) {
		i--
	}
	if o := remarkStart(text, i); o >= 0 {
		i = o
		for i > 0 && sep(text[i-1]) {
			i--
		}
	}
	var buf [48]byte
	window := lowerInto(buf[:0], text[max(0, i-16):i])
	for _, l := range labels {
		if bytes.HasSuffix(window, []byte(l)) {
			return true
		}
	}
	return false
}

// maxRemark is how long a remark in parentheses between a label and its
// phrase may be.
const maxRemark = 64

// remarkStart returns where the remark in parentheses that ends right
// before i on its line starts (its "("), at most maxRemark bytes back,
// or -1.
func remarkStart(text []byte, i int) int {
	if i == 0 || text[i-1] != ')' {
		return -1
	}
	from := max(0, i-maxRemark)
	if o := bytes.LastIndexAny(text[from:i-1], "(\n"); o >= 0 && text[from+o] == '(' {
		return from + o
	}
	return -1
}

// edgeInfo tells, for a run, which gaps between its words are phrase
// boundaries: a line break or a punctuation mark that few other gaps of the
// run have (so the ", " of a JSON array or the ". " of a numbered list,
// present in every gap, is no boundary, but the ": " of "my seed: …" is).
type edgeInfo struct {
	text []byte
	run  []token
	freq [256]int32
	// dashes counts the gaps that hold a spaced dash (spacedDash).
	dashes int32
	// blockEdges marks the words that start or follow a block of rows
	// (rowBlocks), once worked out.
	blockEdges []bool
}

const boundaryChars = ":=\"'`()[]{}<>.,;!?|\n"

// newEdgeInfo returns the edge facts of run, by value: it is made for
// every unit examined, and kept on the caller's stack.
func newEdgeInfo(text []byte, run []token) (e edgeInfo) {
	e.text, e.run = text, run
	for k := 1; k < len(run); k++ {
		var seen [256]bool
		for _, c := range text[run[k].gs:run[k].start] {
			if !seen[c] && strings.IndexByte(boundaryChars, c) >= 0 {
				seen[c] = true
				e.freq[c]++
			}
		}
		if spacedDash(text[run[k].gs:run[k].start]) {
			e.dashes++
		}
	}
	return e
}

// spacedDash reports whether a gap holds a dash with white space on both
// sides (" - ", " – ", " — "): in prose, a clause's break ("<phrase> -
// keep this letter safe"), not the hyphen that joins words.
func spacedDash(gap []byte) bool {
	for _, d := range [...]string{" - ", " – ", " — "} {
		if bytes.Contains(gap, []byte(d)) {
			return true
		}
	}
	return false
}

// strong reports whether the gap before word k (or the run's end, k ==
// len(run), or its start, k == 0) is a boundary: a distinct punctuation
// mark or line break, or the start or end of a numbered list. With hard
// set, line breaks do not count.
func (e *edgeInfo) strong(k int, hard bool) bool {
	if k == 0 || k == len(e.run) {
		return true
	}
	if e.run[k].num == 1 || (k >= 2 && e.run[k-2].num > 0 && e.run[k-1].num > 0 && e.run[k].num == 0) {
		// A numbered list starts, or one ends (two numbered words
		// then one without: an item "A. <twelve words>" of a lettered
		// list is one word numbered, the rest of its line not).
		return true
	}
	if !hard && bytes.IndexByte(e.text[e.run[k].gs:e.run[k].start], '\n') >= 0 &&
		(e.freq['\n'] <= 2 || e.blockEdge(k)) {
		// A line break marks a phrase off only where few gaps have one
		// (not in lists and tables, one item a line), or where it
		// starts or ends a block of rows as long as a phrase.
		return true
	}
	if !hard && lineKey(e.text, e.run[k]) {
		// The word starts a line as its key ("image:" of YAML under
		// "seed: <words>"): the value above has ended.
		return true
	}
	if fieldKey(e.text, e.run[k]) {
		// The word names the next field of a printed struct ("Index"
		// of Go's "&{Seed:<words> Index:3 Coin:60}").
		return true
	}
	return e.punct(k)
}

// fieldKey reports whether t is a field's name in a struct printed as
// name:value pairs set apart by spaces (Go's %+v): a capital first
// letter, a colon right after the word and no white space after it.
func fieldKey(text []byte, t token) bool {
	if t.end+1 >= len(text) || text[t.end] != ':' || text[t.start] < 'A' || text[t.start] > 'Z' {
		return false
	}
	switch text[t.end+1] {
	case ' ', '\t', '\n', '\r', '/':
		return false // a label's colon, or a URL's scheme
	}
	return true
}

// lineKey reports whether t starts its line (a line break in the gap
// before it) as the line's key or label (keyOfLine).
func lineKey(text []byte, t token) bool {
	return keyOfLine(text, t) && bytes.IndexByte(text[t.gs:t.start], '\n') >= 0
}

// keyOfLine reports whether t is a key or a label: a colon and a space or
// the line's end right after it ("image:", "tag: 1.8"), or after a
// number of one to three digits ("run 6:", a log's label of its rows);
// or a variable assigned to ("$seed = \"…", "phrase = '…'": '=' and no
// second '=' after it, past spaces).
func keyOfLine(text []byte, t token) bool {
	e := t.end
	if e+1 < len(text) && text[e] == ' ' && isDigit[text[e+1]] {
		d := e + 1
		for d < len(text) && d-e <= 3 && isDigit[text[d]] {
			d++
		}
		e = d
	}
	if e < len(text) && text[e] == ':' && (e+1 == len(text) || text[e+1] == ' ' || text[e+1] == '\n' || text[e+1] == '\r') {
		return true
	}
	a := t.end
	for a < len(text) && (text[a] == ' ' || text[a] == '\t') {
		a++
	}
	return a < len(text) && text[a] == '=' && (a+1 == len(text) || text[a+1] != '=')
}

// blockEdge reports whether word k starts or follows a block of rows: a
// stretch of whole lines of the run, each of as many words (three or
// more, or a single line of twelve or more), the words of each set apart
// by one and the same byte (a space, ',', ';', tab or '|', alone or
// between quotes: rowDelim) and nothing else, that holds 12 to 25 words, and whose neighbouring lines in the
// run join their words otherwise (an identifier's '_', a number, another
// delimiter). A phrase copied as rows of seven words between a note's
// other lines, or as the one row of a spreadsheet under a header of list
// words, reads so. A table of many such rows is one block, longer than
// any phrase: a table of words, no edge inside it (a row of it would pass
// the checksum one time in 16).
func (e *edgeInfo) blockEdge(k int) bool {
	if e.blockEdges == nil {
		e.blockEdges = make([]bool, len(e.run)+1)
		e.rowBlocks()
	}
	return e.blockEdges[k]
}

// rowShape is the shape of a line of the run: how many words, and the
// byte between them (0 when the gaps differ or hold more than one byte).
type rowShape struct {
	words int
	delim byte
}

// rowBlocks marks blockEdges.
func (e *edgeInfo) rowBlocks() {
	run := e.run
	var starts []int // the first word of each line in the run
	var shapes []rowShape
	for k := 0; k < len(run); k++ {
		if k > 0 && bytes.IndexByte(e.text[run[k].gs:run[k].start], '\n') < 0 {
			sh := &shapes[len(shapes)-1]
			sh.words++
			d := rowDelim(e.text[run[k].gs:run[k].start])
			if d == 0 || sh.words > 2 && d != sh.delim || run[k-1].end != run[k].gs {
				sh.delim = 0
			} else if sh.words == 2 {
				sh.delim = d
			}
			continue
		}
		starts = append(starts, k)
		shapes = append(shapes, rowShape{words: 1, delim: 1}) // 1: no gap yet
	}
	for i := 0; i < len(starts); {
		j := i + 1
		for j < len(starts) && shapes[j] == shapes[i] {
			j++
		}
		sh, n := shapes[i], shapes[i].words*(j-i)
		// Its neighbours set it apart by how their words are joined, not
		// only by their number: lines of a poem or of prose made only of
		// list words differ in length, and are no edges.
		apart := (i > 0 || j < len(starts)) && (i == 0 || shapes[i-1].delim != sh.delim) && (j == len(starts) || shapes[j].delim != sh.delim)
		if sh.delim > 1 && n >= 12 && n <= 25 && (sh.words >= 3 && j-i > 1 || sh.words >= 12) && apart {
			e.blockEdges[starts[i]] = true
			end := len(run)
			if j < len(starts) {
				end = starts[j]
			}
			e.blockEdges[end] = true
		}
		i = j
	}
}

// rowDelim returns the byte that a gap between two words of a row is:
// one of a space, ',', ';', a tab or '|' alone, or the same between
// quotes ("," of a CSV whose cells are all quoted), told apart by its
// high bit; 0 for any other gap.
func rowDelim(gap []byte) byte {
	switch {
	case len(gap) == 1 && strings.IndexByte(" ,;\t|", gap[0]) >= 0:
		return gap[0]
	case len(gap) == 3 && gap[0] == gap[2] && (gap[0] == '"' || gap[0] == '\'') && strings.IndexByte(",;\t|", gap[1]) >= 0:
		return gap[1] | 0x80
	}
	return 0
}

// punct reports whether the gap before word k (0 < k < len(run)) holds a
// punctuation mark that few gaps of the run have, or is the "&" before a
// field's name in a URL's query or a posted form ("…&step=2", "…&submit=
// Connect"): the field's value ends there.
func (e *edgeInfo) punct(k int) bool {
	gap := e.text[e.run[k].gs:e.run[k].start]
	if len(gap) == 1 && gap[0] == '&' && e.run[k].end < len(e.text) && e.text[e.run[k].end] == '=' {
		return true
	}
	for _, c := range gap {
		if c != '\n' && strings.IndexByte(boundaryChars, c) >= 0 && int(e.freq[c])*3 < len(e.run) {
			return true
		}
	}
	return int(e.dashes)*3 < len(e.run) && spacedDash(gap)
}

// gluedEdges reports whether text[s:e] is set off by line breaks, quotes,
// brackets or a colon on both sides.
// With sentenceEnd set, a full stop or comma after the phrase ends it too
// (the label already says what the characters are).
func gluedEdges(text []byte, s, e int, sentenceEnd bool) bool {
	before := bytes.TrimRight(text[:s], " \t\u3000")
	okBefore := len(before) == 0
	if !okBefore {
		r, _ := utf8.DecodeLastRune(before)
		okBefore = strings.ContainsRune("\n\"'`[(:=>「『“‘（【：", r) || escapedBreakAt(before, len(before)-2)
	}
	return okBefore && gluedAfter(text, e, sentenceEnd)
}

// gluedAfter is gluedEdges' test of the end e.
func gluedAfter(text []byte, e int, sentenceEnd bool) bool {
	after := bytes.TrimLeft(text[e:], " \t\u3000")
	if len(after) == 0 {
		return true
	}
	r, _ := utf8.DecodeRune(after)
	return strings.ContainsRune("\r\n\"'`])<」』”’）】", r) || sentenceEnd && strings.ContainsRune("。，,.；;", r) || escapedBreakAt(after, 0)
}

// escapedBreakAt reports whether b holds at i a line break written as an
// escape ("\n", "\r"), as a JSON string holds its text's lines.
func escapedBreakAt(b []byte, i int) bool {
	return i >= 0 && i+1 < len(b) && b[i] == '\\' && (b[i+1] == 'n' || b[i+1] == 'r')
}

// strictLabels name a seed phrase and nothing else, or its backup ("备份：",
// "backup" in Chinese, which a note of glued characters is headed with);
// glued Chinese needs one of them right before it. "注记词" is "助记词"
// as a pinyin input method often gives it (both are zhùjìcí).
var strictLabels = []string{"助记词", "助記詞", "注记词", "註記詞", "助记符", "恢复短语", "恢復短語", "种子短语", "種子短語", "恢复词", "恢復詞", "复原词", "復原詞", "备份", "備份", "mnemonic", "seed phrase", "recovery phrase", "seed words", "seed:", "secret recovery phrase"}

// strictLabel reports whether a strict label ends right before start,
// with nothing but white space, quotes and a colon or equals sign
// between, or a short version or number set off by a space ("助记词 v1："),
// or a copula before a quote mark ("助记词是“"), or an English copula
// ("my seed phrase is …"): a label further back
// ("Subject: 助记词" over a letter in Chinese) says nothing about the
// characters here.
func strictLabel(text []byte, start int) bool {
	raw := text[max(0, start-64):start]
	before := bytes.TrimRight(raw, " \t\r\n:=\"'　：「『“")
	if q := bytes.TrimRight(raw, " \t\u3000"); len(q) > len(before) && bytes.ContainsAny(q[len(before):], "\"'「『“") {
		for c := range copulas {
			if bytes.HasSuffix(before, []byte(c)) {
				before = before[:len(before)-len(c)]
				break
			}
		}
	}
	if len(before) < len(raw) {
		// A copula before the colon: "钱包的恢复词是：".
		for c := range copulas {
			if b, ok := bytes.CutSuffix(before, []byte(c)); ok && len(before) < len(bytes.TrimRight(raw, " \t\r\n")) {
				before = b
				break
			}
		}
	}
	var buf [192]byte
	before = lowerInto(buf[:0], before)
	for _, c := range [...]string{" is", " are", " was"} {
		// An English copula: "my seed phrase is …".
		if b, ok := bytes.CutSuffix(before, []byte(c)); ok {
			before = b
			break
		}
	}
	if compoundLabel(before) {
		return true
	}
	for range 3 {
		for _, l := range strictLabels {
			if bytes.HasSuffix(before, []byte(strings.TrimSuffix(l, ":"))) {
				return true
			}
		}
		// A note in brackets after the label: "助记词（24个字）：",
		// "seed phrase (24 words):".
		if b, ok := trimBracketNote(before); ok {
			before = b
			continue
		}
		// A version or number after the label: "助记词 v1：", "seed
		// phrase #2:".
		v := len(before)
		for v > 0 && len(before)-v < 6 && (isDigit[before[v-1]] || asciiLetter[before[v-1]] || before[v-1] == '#' || before[v-1] == '.') {
			v--
		}
		if v == len(before) || !bytes.ContainsAny(before[v:], "0123456789") || v == 0 || before[v-1] != ' ' && !bytes.HasSuffix(before[:v], []byte("\u3000")) {
			break
		}
		before = bytes.TrimRight(before[:v], " \u3000")
	}
	return false
}

// compoundLabels are strict labels written as one name, lower case,
// without the '_', '-' or '.' between their words: a JSON, YAML or
// environment key ("seed_phrase", "seedPhrase", "RECOVERY-PHRASE",
// "mnemonic_phrase"), or the key "phrase" or "words" of an object under
// a seed's key ({"seed": {"phrase": …}}; YAML's "seed:" over
// "  phrase:").
var compoundLabels = []string{"seedphrase", "recoveryphrase", "mnemonicphrase", "backupphrase", "secretrecoveryphrase",
	"seedwords", "recoverywords", "mnemonicwords", "backupwords", "mnemonic"}

// compoundLabel reports whether lower, the lower-cased text before a
// value less the quotes, colon or equals sign after its key, ends in a
// key that is a compoundLabel, or in "phrase" or "words" right inside an
// object or a mapping under one ("seed", "mnemonic").
func compoundLabel(lower []byte) bool {
	// The key: the letters, digits and separators at the end.
	k := len(lower)
	for k > 0 && (asciiLetter[lower[k-1]] || isDigit[lower[k-1]] || lower[k-1] == '_' || lower[k-1] == '-' || lower[k-1] == '.') {
		k--
	}
	if k == len(lower) || k > 0 && lower[k-1] != '"' && lower[k-1] != '\'' && lower[k-1] != ' ' && lower[k-1] != '\t' && lower[k-1] != '\n' && lower[k-1] != '{' && lower[k-1] != ',' {
		return false
	}
	var buf [64]byte
	key := buf[:0]
	for _, c := range lower[k:] {
		if c != '_' && c != '-' && c != '.' && len(key) < len(buf) {
			key = append(key, c)
		}
	}
	for _, l := range compoundLabels {
		if bytes.HasSuffix(key, []byte(l)) {
			return true
		}
	}
	if string(key) != "phrase" && string(key) != "words" {
		return false
	}
	// Inside an object or a mapping: past the key's opening quote and
	// its indentation, a '{' or a line break, then the parent's key.
	p := bytes.TrimRight(lower[:k], "\"' \t")
	if len(p) == 0 || p[len(p)-1] != '{' && p[len(p)-1] != '\n' {
		return false
	}
	p = bytes.TrimRight(bytes.TrimRight(p, "{ \t\r\n"), ":=\"' \t")
	for _, parent := range [...]string{"seed", "mnemonic", "recovery", "backup"} {
		if bytes.HasSuffix(p, []byte(parent)) && (len(p) == len(parent) || !asciiLetter[p[len(p)-len(parent)-1]]) {
			return true
		}
	}
	return false
}

// maxBracketNote bounds a note in brackets after a label, brackets in.
const maxBracketNote = 32

// trimBracketNote returns b without the note in brackets that ends it
// ("(24 words)", "（24个字）"), and the spaces before the note.
func trimBracketNote(b []byte) ([]byte, bool) {
	opener, closer := "(", ")"
	if !bytes.HasSuffix(b, []byte(closer)) {
		opener, closer = "（", "）"
		if !bytes.HasSuffix(b, []byte(closer)) {
			return b, false
		}
	}
	k := bytes.LastIndex(b, []byte(opener))
	if k < 0 || len(b)-k > maxBracketNote || bytes.IndexByte(b[k:], '\n') >= 0 {
		return b, false
	}
	return bytes.TrimRight(b[:k], " \u3000"), true
}

// layoutOf names the layout of words in text order: "numbered" when they
// are numbered 1..n, else "inline".
func layoutOf(w []token) Layout {
	numbered := true
	for i, t := range w {
		numbered = numbered && t.num == i+1
	}
	if numbered {
		return LayoutNumbered
	}
	return LayoutInline
}

// lowerInto appends the lower case of b to dst, as bytes.ToLower makes it
// (an invalid byte becomes U+FFFD), without a copy of its own: the label
// checks run for every unit examined.
func lowerInto(dst, b []byte) []byte {
	for len(b) > 0 {
		if c := b[0]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			b = b[1:]
			continue
		}
		r, n := utf8.DecodeRune(b)
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		b = b[n:]
	}
	return dst
}
