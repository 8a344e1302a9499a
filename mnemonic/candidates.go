package mnemonic

import (
	"bytes"
	"slices"
	"unicode"
	"unicode/utf8"
)

// examineLong examines a run of at least 12 words of any length.
func (f *finder) examineLong(run []token) {
	if len(run) <= maxRun {
		f.examine(run)
		return
	}
	// Phrases one a line, labelled ("share 1: …"): each line by itself.
	if segs := f.lineSegments(run); len(segs) > 1 {
		for _, seg := range segs {
			f.examine(seg)
		}
		return
	}
	// Chinese prose: a run goes on over its punctuation (，。：), and a
	// paragraph is longer than any phrase; each clause by itself.
	if segs := hanClauses(f.text, run); len(segs) > 1 {
		for _, seg := range segs {
			if len(seg) >= 12 {
				f.examineLong(seg)
			}
		}
		return
	}
	// A long run: several labelled phrases in a row ("seed: …" lines)
	// are split at the punctuation that sets them off; what is still
	// longer than maxRun is a list of words (a wordlist, a glossary).
	edges := newEdgeInfo(f.text, run)
	// Two phrases of 21 or 24 words right after one another.
	if len(run) <= 2*24+2*maxExtra {
		if segs := f.tiles(run, &edges); len(segs) > 1 {
			for _, seg := range segs {
				f.examineRunApart(seg, true)
			}
			return
		}
	}
	start := 0
	var done [][2]int // the stretches examined
	for k := 1; k <= len(run); k++ {
		if k < len(run) && !edges.strong(k, true) {
			continue
		}
		if seg := run[start:k]; len(seg) >= 12 && len(seg) <= maxRun {
			f.examine(seg)
			done = append(done, [2]int{start, k})
		}
		start = k
	}
	// A line that a label starts, in a list of words whose lines no
	// mark sets apart ("my seed: …" in a glossary of two words a line,
	// an Anki card "phrase de récupération\t…" in a deck of words):
	// its words by themselves, when no stretch examined held them.
	for i := 0; i < len(run); {
		j := i + 1
		for j < len(run) && run[j].line == run[i].line {
			j++
		}
		inside := slices.ContainsFunc(done, func(d [2]int) bool { return d[0] <= i && j <= d[1] })
		if n := j - i; n >= 12 && n <= maxRun && !inside && f.lineLabelled(run[i:j]) {
			f.examine(run[i:j])
		}
		i = j
	}
}

// lineLabelled reports whether a label stands on the line of the words
// in line, before the second of them (the first may be a label that is a
// list word: "seed").
func (f *finder) lineLabelled(line []token) bool {
	ls := bytes.LastIndexByte(f.text[:line[0].start], '\n') + 1
	return labelled(f.text[ls:], line[1].start-ls)
}

// hanClauses cuts a run at the gaps between two CJK ideographs that hold
// a mark of CJK punctuation (，。、：；！？ and brackets); one stretch
// when there is none.
func hanClauses(text []byte, run []token) [][]token {
	var out [][]token
	start := 0
	for k := 1; k < len(run); k++ {
		if run[k].han && run[k-1].han && hasCJKMark(text[run[k].gs:run[k].start]) {
			out = append(out, run[start:k])
			start = k
		}
	}
	return append(out, run[start:])
}

// hasCJKMark reports whether gap holds a CJK punctuation mark or a
// full-width form (U+3001 to U+303F, U+FF01 to U+FF65).
func hasCJKMark(gap []byte) bool {
	for len(gap) > 0 {
		r, n := utf8.DecodeRune(gap)
		if r > 0x3000 && r <= 0x303f || r >= 0xff01 && r <= 0xff65 {
			return true
		}
		gap = gap[n:]
	}
	return false
}

// examine looks for the best phrase in a run of 12–maxRun words.
func (f *finder) examine(run []token) {
	if !f.inExamine {
		// One stretch, however examine splits it, counted when a
		// reading of it was put to the checksum.
		f.inExamine = true
		checks, cands := f.checks, len(f.cands)
		defer func() {
			f.inExamine = false
			if f.checks > checks {
				f.rows++
				if len(f.cands) > cands {
					f.rowsPassed++
				}
			}
		}()
	}
	// Chinese without separators: when most characters are glued, a
	// phrase is a glued stretch, so split at every gap.
	// Han characters and other words never form one phrase: split the
	// run where the script changes.
	for k := 1; k < len(run); k++ {
		if run[k].han != run[k-1].han {
			if k >= 12 {
				f.examine(run[:k])
			}
			if len(run)-k >= 12 {
				f.examine(run[k:])
			}
			return
		}
	}
	if run[0].han {
		f.examineHan(run)
		return
	}
	f.examineRun(run)
}

// examineHan examines a run of CJK ideographs. Chinese prose is written
// without separators; a phrase is written with them (spaces, commas), or
// glued right after a label. Each stretch whose gaps are all of one kind
// is examined by itself, so a phrase with spaces right under a line of
// prose is not glued to it.
func (f *finder) examineHan(run []token) {
	f.gluedBlocks(run)
	glued := func(k int) bool { return run[k].gs == run[k].start }
	// A character glued to a line of prose and set off from the words
	// after (or before) it by a full stop or a line break ends (or
	// starts) the prose, not a list: "…闻啼鸟。" over a list written with
	// spaces.
	if len(run) > 12 && !glued(1) && proseEnd(f.text[run[1].gs:run[1].start]) && hanBefore(f.text, run[0].start) {
		run = run[1:]
	}
	if n := len(run); n > 12 && !glued(n-1) && proseEnd(f.text[run[n-1].gs:run[n-1].start]) && hanAfter(f.text, run[n-1].end) {
		run = run[:n-1]
	}
	start := 0
	for k := 2; k <= len(run); k++ {
		if k < len(run) && glued(k) == glued(k-1) {
			continue
		}
		// run[start:k]: every gap inside is of one kind. The word where
		// the kind changes belongs to both stretches, unless a full
		// stop or a line break sets it off from the stretch of words
		// apart.
		end := k
		if k < len(run) && glued(k) && !glued(k-1) && proseEnd(f.text[run[k-1].gs:run[k-1].start]) {
			end = k - 1
		}
		if seg := run[start:end]; len(seg) >= 12 {
			switch {
			case !glued(start + 1):
				f.examineRun(seg)
			case strictLabel(f.text, seg[0].start) && (gluedEdges(f.text, seg[0].start, seg[len(seg)-1].end, true) ||
				spacedAfterLabel(f.text, seg[0].start) && gluedAfter(f.text, seg[len(seg)-1].end, true)):
				// Glued characters are a phrase only after a label
				// ("助记词：", "seed:") and set off from the text around
				// them: every run of 12 common characters in Chinese
				// prose would otherwise pass one time in 16.
				f.examineRun(seg)
			case gluedAfter(f.text, seg[len(seg)-1].end, true) && f.labelInside(seg):
				// A label whose characters are list words, glued to the
				// phrase in a sentence: "新的助記詞是…，".
			case blockLine(f.text, seg[0].start, seg[len(seg)-1].end) && labelLineBefore(f.text, seg[0].start):
				// A line of glued characters alone under a line that
				// names a phrase and ends in a colon ("钱包助记词发你了，别截图："):
				// all of the line is the phrase, or none of it.
				f.examineWhole(seg, true)
			case blockLine(f.text, seg[0].start, seg[len(seg)-1].end) && chatLabelAbove(f.text, seg[0].start):
				// A chat message that is all glued characters, the
				// message before naming a phrase ("帮我保管一下钱包助记词").
				f.examineWhole(seg, true)
			case f.nameLabel && allOf(f.text, seg[0].start, seg[len(seg)-1].end):
				// All the file holds, and its name says seed phrase.
				f.examineWhole(seg, true)
			case len(seg) >= minWalletGlued && walletSentenceBefore(f.text, seg[0].start) && gluedEdges(f.text, seg[0].start, seg[len(seg)-1].end, false):
				// Glued characters after a colon that ends a sentence
				// about a wallet ("还有一个旧的钱包，我抄的时候没加空格："),
				// to the end of the line or the string: all of them are
				// the phrase, or none. Only 18 characters or more, whose
				// checksum passes one time in 64 or less.
				f.examineWhole(seg, true)
			case gluedLine(f.text, seg):
				f.examineGluedLine(seg)
			}
		}
		start = k - 1
		if k < len(run) && glued(k-1) && !glued(k) && proseEnd(f.text[run[k].gs:run[k].start]) {
			// A sentence's last character, its full stop and a line
			// break before a list: not the list's first word.
			start = k
		}
	}
}

// minWalletGlued is the fewest glued characters walletSentenceBefore
// lets be read as a phrase.
const minWalletGlued = 18

// hanWalletWords are the words for wallet that walletSentenceBefore looks
// for.
var hanWalletWords = [][]byte{[]byte("钱包"), []byte("錢包")}

// walletSentenceBefore reports whether a colon stands right before start
// (past white space) and the sentence it ends, back to a full stop, a
// line's or a string's start (at most 160 bytes), names a wallet.
func walletSentenceBefore(text []byte, start int) bool {
	before := bytes.TrimRight(text[:start], " \t\u3000")
	switch {
	case bytes.HasSuffix(before, []byte("：")):
		before = before[:len(before)-len("：")]
	case bytes.HasSuffix(before, []byte(":")):
		before = before[:len(before)-1]
	default:
		return false
	}
	from := max(0, len(before)-160)
	for _, end := range [...]string{"\n", "\"", "。", "！", "？", "\\n"} {
		if k := bytes.LastIndex(before[from:], []byte(end)); k >= 0 {
			from += k + len(end)
		}
	}
	for _, w := range hanWalletWords {
		if bytes.Contains(before[from:], w) {
			return true
		}
	}
	return false
}

// spacedAfterLabel reports whether white space (ASCII or ideographic)
// stands right before start, after the label strictLabel found: "助记词
// <glued characters>", the label set off by a space instead of a colon.
func spacedAfterLabel(text []byte, start int) bool {
	return start > 0 && (text[start-1] == ' ' || text[start-1] == '\t' || bytes.HasSuffix(text[:start], []byte("\u3000")))
}

// hanBefore reports whether a CJK ideograph ends text[:i].
func hanBefore(text []byte, i int) bool {
	r, _ := utf8.DecodeLastRune(text[:i])
	return unicode.Is(unicode.Han, r)
}

// hanAfter reports whether a CJK ideograph starts text[i:].
func hanAfter(text []byte, i int) bool {
	r, _ := utf8.DecodeRune(text[i:])
	return unicode.Is(unicode.Han, r)
}

// proseEnd reports whether gap, between the last of glued characters and
// a word set apart, holds a line break or CJK punctuation ("。", "："):
// the glued ones end there.
func proseEnd(gap []byte) bool {
	return bytes.IndexByte(gap, '\n') >= 0 || hasCJKMark(gap)
}

// gluedBlocks examines the blocks of a run's whole lines of glued
// characters, each line as long as the others (three or more; quote
// marks around it left out: blockLine), as many characters in all as a
// phrase: a phrase copied by hand five characters a line under
// "錢包備份：", or set in "「」". A block is read where a label stands in the
// 160 bytes before it (labelled) and no character stands twice, unless
// the line right before is a label ending in a colon (gluedBlock). A
// stanza of a poem is such a block too, and needs the label; a wallet
// app's menu under one ("钱包设置", "备份钱包") says a character twice (a
// drawn phrase of 12 does so 3 times in 100).
func (f *finder) gluedBlocks(run []token) {
	// The block being gathered: run[from:k], lines of l characters.
	from, l := -1, 0
	end := func(k int) {
		if from >= 0 && k-from > l && validLength(k-from) {
			f.gluedBlock(run[from:k])
		}
		from = -1
	}
	for k := 0; k < len(run); {
		j := k + 1
		for j < len(run) && run[j].gs == run[j].start {
			j++
		}
		switch {
		case j-k < 3 || !blockLine(f.text, run[k].start, run[j-1].end):
			end(k)
		case from >= 0 && j-k == l:
			// one more line of the block
		default:
			end(k)
			from, l = k, j-k
		}
		k = j
	}
	end(len(run))
}

// gluedBlock takes a gluedBlocks block when all of it, in the order its
// lines are written, is one phrase: read by its columns too it would pass
// the checksum that much more often (Tang and Song poems, a clause a
// line, gave one reading in 58 MB so; none in written order only).
func (f *finder) gluedBlock(block []token) {
	if !labelled(f.text, block[0].start) || repeatsWord(f.text, block) && !colonLineBefore(f.text, block[0].start) {
		return
	}
	m, ok := f.tryWindow(block, LayoutGlued, block)
	if !ok {
		return
	}
	m.Exact, m.Labelled = true, true
	f.cands = append(f.cands, m)
}

// colonLineBefore reports whether the line before the one that starts at
// s ends with a colon: a label line ("錢包備份：") over what it names.
// Bounds of chatLabelAbove: the lines of the message before, and their
// bytes.
const (
	chatAboveLines = 4
	chatAboveBytes = 400
)

// chatLabelAbove reports whether the line at s is under a chat message's
// header (a short line with a time: "张伟 2024-01-20 20:13:30") and the
// message before it, back to its own header, holds a strict label.
func chatLabelAbove(text []byte, s int) bool {
	he := bytes.LastIndexByte(text[:s], '\n')
	if he < 0 {
		return false
	}
	hs := bytes.LastIndexByte(text[:he], '\n') + 1
	if !timeHeader(text[hs:he]) {
		return false
	}
	for e, n := hs, 0; e > 0 && n < chatAboveLines && hs-e <= chatAboveBytes; n++ {
		ps := bytes.LastIndexByte(text[:e-1], '\n') + 1
		line := text[ps : e-1]
		if timeHeader(line) {
			break
		}
		if holdsStrictLabel(string(bytes.ToLower(line))) {
			return true
		}
		e = ps
	}
	return false
}

// timeHeader reports whether line is a chat message's header: at most 80
// bytes holding a time ("20:13", "20:13:30") and no colon after it.
func timeHeader(line []byte) bool {
	line = bytes.TrimRight(line, " \t\r")
	if len(line) == 0 || len(line) > 80 {
		return false
	}
	for i := 1; i+2 < len(line); i++ {
		if line[i] == ':' && isDigit[line[i-1]] && isDigit[line[i+1]] && isDigit[line[i+2]] && (i+3 == len(line) || !isDigit[line[i+3]]) {
			rest := line[i+3:]
			for len(rest) > 0 && rest[0] == ':' && len(rest) >= 3 && isDigit[rest[1]] && isDigit[rest[2]] {
				rest = rest[3:]
			}
			return bytes.IndexByte(rest, ':') < 0 && !bytes.Contains(rest, []byte("："))
		}
	}
	return false
}

func colonLineBefore(text []byte, s int) bool {
	ls := bytes.LastIndexByte(text[:s], '\n')
	if ls < 0 {
		return false
	}
	prev := bytes.TrimRight(text[:ls], " \t\r\u3000")
	return bytes.HasSuffix(prev, []byte(":")) || bytes.HasSuffix(prev, []byte("："))
}

// labelLineBefore reports whether the line before the one that starts at
// s ends with a colon and holds a strict label (strictLabels) in it: a
// sentence that names what the next line is ("钱包助记词发你了，别截图：").
func labelLineBefore(text []byte, s int) bool {
	if !colonLineBefore(text, s) {
		return false
	}
	le := bytes.LastIndexByte(text[:s], '\n')
	prev := text[bytes.LastIndexByte(text[:le], '\n')+1 : le]
	if len(prev) > 160 {
		return false
	}
	return holdsStrictLabel(string(bytes.ToLower(prev)))
}

// repeatsWord reports whether a word of seg stands in it twice.
func repeatsWord(text []byte, seg []token) bool {
	seen := make(map[string]bool, len(seg))
	for _, t := range seg {
		w := string(text[t.start:t.end])
		if seen[w] {
			return true
		}
		seen[w] = true
	}
	return false
}

// blockLine reports whether text[s:e] is all of its line but for white
// space and quote marks around it: a block of glued lines may be set in
// brackets or quotes ("「" before its first line, "」" after its last).
func blockLine(text []byte, s, e int) bool {
	return lineAlone(text, s, e, " \t\u3000「『“\"", " \t\r\u3000」』”\"")
}

// lineAlone reports whether text[s:e] is all of its line but for the
// characters of before and after around it.
func lineAlone(text []byte, s, e int, before, after string) bool {
	b := bytes.TrimRight(text[:s], before)
	a := bytes.TrimLeft(text[e:], after)
	return (len(b) == 0 || b[len(b)-1] == '\n') && (len(a) == 0 || a[0] == '\n' || a[0] == '\r')
}

// labelInside examines the end of a glued stretch that a strict label
// inside it, maybe with a copula after it ("助记词是…", "助記詞為…"),
// sets apart from the sentence before: the 12 or more characters from
// the label to the stretch's end (which gluedAfter has found set off)
// are taken when all of them are one phrase.
func (f *finder) labelInside(seg []token) bool {
	if !hasHanLabel(f.text[seg[0].start:seg[len(seg)-1].end]) {
		return false // the common case, Chinese prose: one search
	}
	for k := 1; k+12 <= len(seg); k++ {
		if !strictLabel(f.text, seg[k].start) {
			continue
		}
		from := k
		if c := f.text[seg[k].start:seg[k].end]; k+13 <= len(seg) && copulas[string(c)] {
			from = k + 1 // "助记词是": 是 is a list word too
		}
		f.examineWhole(seg[from:], true)
		return true
	}
	return false
}

// hasHanLabel reports whether b holds one of strictLabels written in CJK
// ideographs, the only ones a stretch of them can hold.
func hasHanLabel(b []byte) bool {
	for _, l := range strictLabels {
		if l[0] >= utf8.RuneSelf && bytes.Contains(b, []byte(l)) {
			return true
		}
	}
	return false
}

// copulas are the characters that say "is" between a label and what it
// names: 是, 为, 為.
var copulas = map[string]bool{"是": true, "为": true, "為": true}

// allOf reports whether text[s:e] is all of text but for white space, a
// byte-order mark and quotes around it: a file that holds nothing else.
func allOf(text []byte, s, e int) bool {
	const around = " \t\r\n\u3000\ufeff\"'`「」『』“”"
	return len(bytes.Trim(text[:s], around)) == 0 && len(bytes.Trim(text[e:], around)) == 0
}

// gluedLine reports a stretch of glued characters with no label right
// before it that may still be a phrase: a whole line by itself (but for
// white space and quotes) of 24 characters, none of them twice. Such a
// line of the list's characters passes the checksum one time in 256, and
// Chinese text seldom has lines of 24 characters without punctuation or
// with no character twice (的, 是 and 一 are in most sentences); a drawn
// phrase has a character twice about one time in eight. Chinese UI
// strings with their punctuation removed, cut into lines of 18, 21 and 24
// characters (47,504, 40,717 and 35,628 lines), gave 8, 1 and 0 such
// readings: 18 and 21 characters are taken only where a label stands in
// the 160 bytes before (labelled: a chat's message naming the wallet the
// line before), shorter phrases only right after one (examineHan).
func gluedLine(text []byte, seg []token) bool {
	n := len(seg)
	if n != 24 && n != 18 && n != 21 {
		return false
	}
	if !lineAlone(text, seg[0].start, seg[len(seg)-1].end, " \t\u3000\"'`「『“", " \t\u3000\"'`」』”") {
		return false
	}
	if n != 24 && !labelled(text, seg[0].start) {
		return false
	}
	return !repeatsWord(text, seg)
}

// examineGluedLine takes a gluedLine stretch as a phrase only when all of
// it is one: a shorter window of it passes the checksum too often.
func (f *finder) examineGluedLine(seg []token) {
	f.examineWhole(seg, labelled(f.text, seg[0].start))
}

// examineWhole takes the stretch seg as a phrase only when all of it is
// one, labelled or not.
func (f *finder) examineWhole(seg []token, label bool) {
	best, ok := f.bestWindow(seg)
	if !ok || best.Start != seg[0].start || best.End != seg[len(seg)-1].end {
		return
	}
	best.Labelled = label
	f.cands = append(f.cands, best)
}

func (f *finder) examineRun(run []token) { f.examineRunApart(run, false) }

// examineRunApart is examineRun; apart is set for a piece of a run cut at
// punctuation where every piece holds a phrase, which sets each off from
// the one before it.
func (f *finder) examineRunApart(run []token, apart bool) {
	best, ok := f.bestWindow(run)
	if !(ok && best.Exact && best.Start == run[0].start && best.End == run[len(run)-1].end) {
		// Numbered phrases one after another, the count starting again
		// at 1 for each ("1. … 12. 1. … 12."): each numbered piece
		// must hold a phrase.
		if segs := f.segmentsAt(run, func(k int) bool { return run[k].num == 1 && run[k-1].num > 1 }); len(segs) > 1 {
			for _, seg := range segs {
				f.examineRunApart(seg, true)
			}
			return
		}
		// Several phrases or shares one a line (or a paragraph): when
		// every line of the run is a whole phrase by itself, each is
		// one. A run that is one phrase over several lines was tried
		// first; lines that pass by chance would all have to (1 in 16
		// each for BIP-39).
		if segs := f.lineSegments(run); len(segs) > 1 {
			for _, seg := range segs {
				f.examineRun(seg)
			}
			return
		}
		// Or phrases one after another, each over whole lines of its
		// own (a phrase on a line over one wrapped on three): every
		// group of lines must be a phrase, all of its words.
		if groups := f.lineGroups(run); len(groups) > 1 {
			for _, seg := range groups {
				f.examineRunApart(seg, true)
			}
			return
		}
		// Or values one after another, each from a line that starts
		// with its key, a list word ("$seed = \"…", a command's phrase
		// above it): each piece must hold a phrase.
		if segs := f.segmentsAt(run, func(k int) bool { return lineKey(f.text, run[k]) }); len(segs) > 1 {
			for _, seg := range segs {
				f.examineRunApart(seg, true)
			}
			return
		}
		// Or phrases one after another on a line, set apart by
		// punctuation that few gaps of the run have ("p1; p2", a CSV
		// row "p1,p2"): each piece must hold a phrase, as each line
		// must above.
		// One such piece after a few words set apart as keys are (a
		// chat export's JSON: "type": "m.room.message", "body":
		// "second one <phrase>") is a value by itself too.
		edges := newEdgeInfo(f.text, run)
		if segs := f.segmentsAt(run, edges.punct); len(segs) > 1 || len(segs) == 1 && f.afterKeys(run, segs[0]) {
			for _, seg := range segs {
				f.examineRunApart(seg, true)
			}
			return
		}
		// Or phrases of one length right after one another, nothing
		// between them ("seed: <old> <new>", a word diff copied
		// without its colours).
		if segs := f.tiles(run, &edges); len(segs) > 1 {
			for _, seg := range segs {
				f.examineRunApart(seg, true)
			}
			return
		}
	}
	if !ok {
		return
	}
	// A phrase is set off from the text before it: it starts a line, a
	// quoted string, a list item or a value (after ":" or "="), or a
	// label such as "seed" precedes it. A run that simply continues a
	// sentence is prose that happens to use list words.
	if !apart && !f.setOff(run, best) {
		return
	}
	best.Labelled = labelled(f.text, best.Start)
	f.cands = append(f.cands, best)
}

// afterKeys reports whether seg, the one piece segmentsAt kept of run,
// comes after words it left out and a gap that holds a colon or an equals
// sign: the value of a key ("body": "…").
func (f *finder) afterKeys(run, seg []token) bool {
	if len(seg) == len(run) {
		return false
	}
	gap := f.text[seg[0].gs:seg[0].start]
	return bytes.IndexByte(gap, ':') >= 0 || bytes.IndexByte(gap, '=') >= 0
}

// tiles returns the pieces of run, or of run less a few words on its
// ends that edges mark off (a label, a line's), when they are set off on
// both sides and are two or more phrases of one length, one right after
// another on one line, each passing its checksum: two of 12 words pass
// by chance once in 256 (BIP-39), as one of 24 does. It returns nil
// otherwise.
func (f *finder) tiles(run []token, edges *edgeInfo) [][]token {
	n := len(run)
	for a := 0; a <= maxExtra && n-a >= 24; a++ {
		if a == 0 && !f.setOff(run, Match{Start: run[0].start, End: run[n-1].end}) ||
			a > 0 && !edges.strong(a, false) && !labelledAt(f.text, run[a].start) {
			continue
		}
		for b := 0; b <= maxExtra && n-a-b >= 24; b++ {
			if b == 0 && !(run[n-1].eol || strongAfter(f.text, run[n-1].end)) || b > 0 && !edges.strong(n-b, false) {
				continue
			}
			if segs := f.tilesOf(run[a : n-b]); segs != nil {
				return segs
			}
		}
	}
	return nil
}

// tilesOf returns the pieces of run, on one line, when it is two or more
// phrases of one length, each passing its checksum, and not one phrase
// as a whole; nil otherwise. (Pieces of whole lines are lineSegments';
// pieces of rows of a table pass by chance.)
func (f *finder) tilesOf(run []token) [][]token {
	n := len(run)
	if run[0].line != run[n-1].line {
		return nil
	}
	if validLength(n) {
		if _, ok := f.tryWindow(run, layoutOf(run), run); ok {
			return nil
		}
	}
	for _, l := range [...]int{12, 15, 18, 21, 24} {
		if n%l != 0 || n == l {
			continue
		}
		segs := make([][]token, 0, n/l)
		for i := 0; i < n; i += l {
			w := run[i : i+l]
			if _, ok := f.tryWindow(w, layoutOf(w), w); !ok {
				segs = nil
				break
			}
			segs = append(segs, w)
		}
		if segs != nil {
			return segs
		}
	}
	return nil
}

// setOff reports whether a phrase found in a unit is set off from the text
// around it: the unit starts a line, a quoted string, a list item or a
// value (after ":" or "="), the phrase a quoted string or a value (`I
// wrote "<phrase>" on a card`, where "wrote" is a word of the SLIP-39 and
// old Electrum lists), or a label such as "seed" precedes it, or at most
// two list words stand on either side of it on its line: it ends its line
// ("ledger <phrase>", "here it is <phrase>", "TODO move funds <phrase>":
// what people put before what they note down), or, in mid-line ("pls save
// <phrase> thx"), no other window of those list words passes too. More
// list words around it are a list or a sentence that happens to use
// them.
//
// Until 2026-12-02 (later the same day) a phrase in mid-line was taken for
// prose.
//
// Until 2026-12-02 a phrase ending its line could follow one word at most;
// two or more were taken for a sentence, and "here it is <phrase>" was
// missed. Without that limit, and without this whole check, the phrases
// found in 1.9 GB of real text (documentation, manual pages, Go and npm
// sources, 35 wallet projects) were the same, but for two more real ones;
// the limit on list words keeps rows of random list words in two columns
// from passing more often than they did.
func (f *finder) setOff(unit []token, m Match) bool {
	if unit[0].num != 0 || strongBefore(f.text, unit[0].start) || valueBefore(f.text, m.Start) ||
		labelled(f.text, m.Start) {
		return true
	}
	first, last := -1, -1
	for k, t := range unit {
		if t.start == m.Start {
			first = k
		}
		if t.end == m.End {
			last = k
		}
	}
	if first < 0 || last < 0 {
		return false
	}
	// Of the words before the phrase on its line, at most maxLeadListWords
	// may be list words ("keep this", "my wallet"), and as many after it
	// ("<phrase> then send everything", "pls save <phrase> thx"); more are
	// a list, or the other column of a row ("<12 words>,<12 words>").
	const maxLeadListWords = 2
	lead, trail := 0, 0
	for _, t := range f.flushing {
		if t.han && t.gs == t.start {
			// Chinese written without spaces is one stretch of prose
			// ("钱包 <phrase> 不要丢"): its characters count as a word.
			continue
		}
		if t.start < m.Start && t.line == unit[first].line {
			lead++
		}
		if t.start >= m.End && t.line == unit[last].line {
			trail++
		}
	}
	// A note after the phrase ("<phrase> keep this safe", "<phrase>
	// never share this with anyone") ends it as its line would.
	if note := noteTail(unit, last+1); note > 0 && note == trail && !noteWord(unit[last]) {
		return lead <= maxLeadListWords
	}
	// So does a note before it ("never share this <phrase>").
	if note := noteHead(unit, first); note > 0 && note == lead && !noteWord(unit[first]) {
		lead = 0
	}
	if lead > maxLeadListWords || trail > maxLeadListWords {
		return false
	}
	if unit[last].eol {
		return true
	}
	// In mid-line ("pls save <phrase> thx"), where a window shifted by
	// a word or two may pass by chance as well (one in 16 each): the
	// phrase only when no other window of its length in the unit does.
	l := last - first + 1
	for i := 0; i+l <= len(unit); i++ {
		if i == first {
			continue
		}
		if _, ok := f.tryWindow(unit[i:i+l], layoutOf(unit[i:i+l]), unit[i:i+l]); ok {
			return false
		}
	}
	return true
}

// cutsNote reports whether a reading, from word first to word last of
// unit, takes in words of a note that ends or starts its line
// (noteWords): it ends in one and more of them follow it with only spaces
// between ("<11 words> keep | this safe"), or it ends in three or more and
// nothing follows ("<9 words> keep this safe"), or in two and the line
// goes on in other words ("<10 words> move all funds later"); the same at
// its start ("never share | this <11 words>"). Eleven words and a note
// pass the checksum of 12 one time in 16; a phrase ends in two note words
// one time in 2,500. BIP-39 readings of 21 words and more, and schemes of
// stronger checks, are held only to the rule of three.
func (f *finder) cutsNote(unit []token, m Match, first, last int) bool {
	// A check of 7 bits or more (BIP-39 phrases of 21 words and up)
	// outweighs a note word or two: one such reading in 128 is chance;
	// three at an end are a note whatever the check (one phrase in
	// 100,000 ends so). Electrum and TON readings, of 8 bits, are tried
	// on more windows and lengths, and are held to the rule below.
	bits := checksumBits(m.Phrase)
	strong := bits >= 11 || bits >= 7 && m.Phrase.Scheme() == SchemeBIP39
	if first < 0 || last < 0 {
		return false
	}
	// spaced reports whether only spaces part word k from the word before.
	spaced := func(k int) bool {
		return unit[k].line == unit[k-1].line && len(bytes.Trim(f.text[unit[k].gs:unit[k].start], " \t")) == 0
	}
	// Note words at the reading's end and after it.
	in, after := 0, 0
	for k := last; k >= 0 && unit[k].start >= m.Start && noteWord(unit[k]); k-- {
		in++
		if k == 0 || !spaced(k) {
			break
		}
	}
	for k := last + 1; k < len(unit) && unit[k].line == unit[last].line; k++ {
		if !noteWord(unit[k]) || !spaced(k) {
			after = -1
			break
		}
		after++
	}
	// With nothing of the note beyond it, a reading may start or end in
	// two note words, as one phrase in a thousand does; three are a note.
	if in >= 3 && after >= 0 || !strong && in > 0 && after > 0 {
		return true
	}
	if !strong && in == 2 && after == 0 && !unit[last].eol && !tabAfter(f.text, unit[last].end) {
		// Two and the sentence goes on in other words ("<10 words>
		// move all | funds later"); a tab after them ends a sheet's
		// cell, not a sentence ("<phrase><TAB>0x…<TAB>0.62").
		return true
	}
	// And at its start and before it ("never share | this <11 words>").
	in, before := 0, 0
	for k := first; k <= last && noteWord(unit[k]); k++ {
		in++
		if k == last || !spaced(k+1) {
			break
		}
	}
	for k := first; k > 0 && unit[k-1].line == unit[first].line; k-- {
		if !noteWord(unit[k-1]) || !spaced(k) {
			before = -1
			break
		}
		before++
	}
	// Two note words that start a line are a note; after other words
	// ("ledger spare move …") they are a phrase's.
	if in >= 3 && before >= 0 && (before > 0 || unit[first].col == 0) {
		return true
	}
	return !strong && in > 0 && before > 0
}

// tabAfter reports whether a tab comes after offset i on its line, past
// spaces only: the end of a cell of a row that tabs set apart.
func tabAfter(text []byte, i int) bool {
	for ; i < len(text) && text[i] == ' '; i++ {
	}
	return i < len(text) && text[i] == '\t'
}

// valueBefore reports whether a value starts at offset i: past spaces, a
// quote, an opening bracket, a colon, an equals sign, '>' or '|' comes
// before it on its line (`I wrote "<phrase>"`; "My trezor: <phrase>",
// where "trezor" is a Czech list word and the unit starts before it).
func valueBefore(text []byte, i int) bool {
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	if i == 0 {
		return false
	}
	switch text[i-1] {
	case ':', '=', '"', '\'', '`', '[', '(', '{', '>', '|':
		return true
	}
	return false
}

// lineSegments splits a run at its line breaks when it has several
// lines and each line holds a phrase of some scheme (less at most
// maxExtra other words); otherwise it returns nil.
func (f *finder) lineSegments(run []token) [][]token {
	return f.segmentsAt(run, func(k int) bool { return bytes.IndexByte(f.text[run[k].gs:run[k].start], '\n') >= 0 })
}

// lineGroups splits run into groups of whole lines, two or more, each
// group wrapped alike (wrapped) and read in its written order one phrase
// but for maxExtra words at most (a label's cell before a row's phrase),
// trying longer groups first; the first group starts its line, or the
// first line holds only a word or two of a label. It returns nil when
// there is no such split, or when the lines are all of one length. Each
// group passes its checksum by chance one time in 16 or less, and all of
// them must.
func (f *finder) lineGroups(run []token) [][]token {
	var starts []int // the first word of each line
	for k := range run {
		if k == 0 || bytes.IndexByte(f.text[run[k].gs:run[k].start], '\n') >= 0 {
			starts = append(starts, k)
		}
	}
	if len(starts) < 3 {
		return nil // a line or two: lineSegments' and bestWindow's
	}
	starts = append(starts, len(run))
	// Lines all of one length are a table's rows (but for a word or two
	// of a heading or a trailer on the first or the last): groups of
	// them are slices of it. (Two phrases wrapped alike, 6/6 and 6/6,
	// read so too.)
	lo, hi := 0, len(starts)-1 // the lines compared, starts[lo:hi+1]
	if starts[1]-starts[0] <= maxExtra {
		lo++
	}
	if starts[hi]-starts[hi-1] <= maxExtra {
		hi--
	}
	same := true
	for i := lo + 1; i < hi; i++ {
		same = same && starts[i+1]-starts[i] == starts[lo+1]-starts[lo]
	}
	if same {
		return nil
	}
	// fail[i]: no grouping of the lines from i on works.
	fail := make([]bool, len(starts))
	var groups [][]token
	var from func(i int) bool
	from = func(i int) bool {
		if i == len(starts)-1 {
			return true
		}
		if fail[i] {
			return false
		}
		for j := len(starts) - 1; j > i; j-- {
			n := starts[j] - starts[i]
			if n < 12 {
				break
			}
			if n > 24+maxExtra {
				continue
			}
			if !wrapped(starts[i : j+1]) {
				continue
			}
			seg := run[starts[i]:starts[j]]
			if m, ok := f.bestWindow(seg); !ok || m.Phrase.Len() < n-maxExtra || m.Layout == LayoutGridColumns {
				continue
			}
			groups = append(groups, seg)
			if from(j) {
				return true
			}
			groups = groups[:len(groups)-1]
		}
		fail[i] = true
		return false
	}
	// The run may start with a label's last word or two on a line of
	// their own ("… read left to right" over the phrases).
	if !(run[0].col == 0 && from(0)) && !(starts[1] <= maxExtra && from(1)) || len(groups) < 2 {
		return nil // the first group starts its line, or follows a label's words
	}
	return groups
}

// wrapped reports whether the lines that starts marks (each line's first
// word, then the end) are a phrase written over them as a text wraps:
// every line of as many words, the last of as many or fewer (12; 4, 4
// and 4; 8 and 4). Lines of prose or a song's differ as they please.
func wrapped(starts []int) bool {
	n := len(starts) - 1
	if n < 2 {
		return true
	}
	w := starts[1] - starts[0]
	for k := 1; k < n-1; k++ {
		if starts[k+1]-starts[k] != w {
			return false
		}
	}
	return starts[n]-starts[n-1] <= w
}

// segmentsAt splits a run before each word k for which cut holds, when
// each piece holds a phrase of some scheme (less at most maxExtra other
// words, and but for a heading of a word or two before the first);
// otherwise it returns nil.
func (f *finder) segmentsAt(run []token, cut func(k int) bool) [][]token {
	var segs [][]token
	start := 0
	for k := 1; k <= len(run); k++ {
		if k < len(run) && !cut(k) {
			continue
		}
		seg := run[start:k]
		if len(seg) <= maxExtra && len(segs) == 0 {
			// A heading of a word or two on a line of its own above
			// the phrases ("seed", a table's header row).
			start = k
			continue
		}
		if len(seg) < 12 || len(seg) > maxRun {
			return nil
		}
		// Each line is a phrase, with at most a label word or two
		// ("share", "wallet") that happen to be list words.
		m, ok := f.bestWindow(seg)
		if !ok || len(seg)-m.Phrase.Len() > maxExtra {
			return nil
		}
		segs = append(segs, seg)
		start = k
	}
	return segs
}

// byNumberAny orders the numbered words of a run by their numbers when
// the numbers are exactly 1..m for m from 12 to 25 (the phrase lengths of
// BIP-39, and Electrum's 13 and 25, Monero's 25 and SLIP-39's 20) or 33
// (SLIP-39's longer shares), unless they are all
// the run's words in order already (the run itself is then tried). Words
// without a number beside numbered ones (a table's heading "Word") are
// left out.
func byNumberAny(run []token) ([]token, bool) {
	var numbered []token
	for _, t := range run {
		if t.num > 0 {
			numbered = append(numbered, t)
		}
	}
	n := len(numbered)
	if n < 12 || n > 25 && n != 33 {
		return nil, false
	}
	if numberedFromOne(numbered) {
		// In order already, maybe with one number misread.
		if n == len(run) {
			return nil, false // a plain numbered list: the run itself
		}
		return numbered, true
	}
	ord := make([]token, n)
	seen := make([]bool, n+1)
	inOrder := true
	for i, t := range numbered {
		if t.num > n || seen[t.num] {
			return nil, false
		}
		seen[t.num] = true
		ord[t.num-1] = t
		inOrder = inOrder && t.num == i+1
	}
	if inOrder && n == len(run) {
		return nil, false // a plain numbered list: the run itself
	}
	return ord, true
}

// splitLines returns the words of a run line by line.
func splitLines(run []token) [][]token {
	var lines [][]token
	start := 0
	for i := 1; i <= len(run); i++ {
		if i == len(run) || run[i].line > run[i-1].line {
			lines = append(lines, run[start:i])
			start = i
		}
	}
	return lines
}

// gridCore drops up to maxExtra words on lines of their own, or of another
// length, at the start and end of a run, leaving rows of equal length.
func gridCore(run []token) []token {
	lines := splitLines(run)
	if len(lines) < 3 {
		return nil
	}
	counts := map[int]int{}
	for _, l := range lines {
		counts[len(l)]++
	}
	width, best := 0, 0
	for w, c := range counts {
		if c > best || (c == best && w > width) {
			width, best = w, c
		}
	}
	a, b := 0, len(lines)
	dropped := 0
	for a < b && len(lines[a]) != width {
		dropped += len(lines[a])
		a++
	}
	for b > a && len(lines[b-1]) != width {
		dropped += len(lines[b-1])
		b--
	}
	if dropped == 0 || dropped > maxExtra {
		return nil
	}
	var core []token
	for _, l := range lines[a:b] {
		if len(l) != width {
			return nil
		}
		core = append(core, l...)
	}
	if !validLength(len(core)) {
		return nil
	}
	return core
}

// gridOrders returns the column-major readings of a run laid out in rows
// of equal length.
func gridOrders(run []token) [][]token {
	lines := splitLines(run)
	rows := len(lines)
	if rows < 2 {
		return nil
	}
	cols := len(lines[0])
	if cols < 2 {
		return nil
	}
	for _, l := range lines {
		if len(l) != cols {
			return nil
		}
	}
	ord := make([]token, 0, len(run))
	for c := 0; c < cols; c++ {
		for r := 0; r < rows; r++ {
			ord = append(ord, lines[r][c])
		}
	}
	return [][]token{ord}
}

// units returns the stretches of a run that are examined on their own:
// the run itself; each block of it between blank lines; and each block
// less the line that the run enters after other words (the tail of a
// sentence) or leaves before other words. A phrase noted under a paragraph
// of prose is so examined without the list words that end the paragraph,
// and a phrase between two paragraphs without either.
func (f *finder) units(run []token) [][]token {
	out := [][]token{run}
	var breaks []int
	for k := 1; k < len(run); k++ {
		if run[k].para {
			breaks = append(breaks, k)
		}
	}
	blocks := [][]token{run}
	if len(breaks) > 0 && blankLinesSplit(run) {
		blocks = blocks[:0]
		start := 0
		for _, k := range append(breaks, len(run)) {
			blocks = append(blocks, run[start:k])
			start = k
		}
	}
	for i, b := range blocks {
		if len(blocks) > 1 && len(b) >= 12 {
			out = append(out, b)
		}
		core := b
		// maxLead words before a phrase on its line are a name for it
		// (setOff); more are a sentence whose last words are list words.
		// Ideographs written glued are Chinese prose, whatever their
		// number.
		if k := lineEnd(core, 0); i == 0 && (core[0].col > 1 || gluedHan(core[:k])) {
			core = core[k:]
		}
		if len(core) > 0 {
			k := lineStart(core, len(core)-1)
			if i == len(blocks)-1 && (!core[len(core)-1].eol || gluedHan(core[k:])) {
				core = core[:k]
			}
		}
		if len(core) >= 12 && len(core) < len(b) {
			out = append(out, core)
		}
	}
	return out
}

// blankLinesSplit reports whether the blank lines in a run separate
// blocks: they do unless they separate most lines of a word or two each,
// a list written double-spaced.
func blankLinesSplit(run []token) bool {
	breaks, lines := 0, 0
	for k := 1; k < len(run); k++ {
		if run[k].line > run[k-1].line {
			lines++
		}
		if run[k].para {
			breaks++
		}
	}
	doubleSpaced := breaks*2 > lines && len(run) <= 2*(lines+1)
	return breaks > 0 && !doubleSpaced
}

// lineEnd returns the index after the last word of run on the line of
// run[k].
func lineEnd(run []token, k int) int {
	l := run[k].line
	for k < len(run) && run[k].line == l {
		k++
	}
	return k
}

// lineStart returns the index of the first word of run on the line of
// run[k].
func lineStart(run []token, k int) int {
	l := run[k].line
	for k > 0 && run[k-1].line == l {
		k--
	}
	return k
}

// gluedHan reports whether two ideographs of words are written with
// nothing between them, as Chinese prose is.
func gluedHan(words []token) bool {
	for k := 1; k < len(words); k++ {
		if words[k].han && words[k].gs == words[k].start {
			return true
		}
	}
	return false
}

// isPublic reports whether p is a published phrase (Public): "test test …
// junk" is all note words and a phrase.
func isPublic(p Phrase) bool {
	_, ok := Public(p)
	return ok
}
