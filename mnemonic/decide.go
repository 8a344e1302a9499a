package mnemonic

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tyler-smith/go-bip39/wordlists"
	"golang.org/x/text/unicode/norm"
)

// tryTypo tries the pending run, the possible typo after it and the run
// that follows the typo (next, if it starts right there) as holding one
// phrase with one misspelt word: a window of a phrase length that holds
// the typo, set off from the text around it (a label word such as "seed"
// before it may belong to the run), overlapping nothing already found.
func (f *finder) tryTypo(next []token) {
	typo := f.pendTypo
	// A window holding the typo reaches at most 23 words to either side.
	pend := f.pend[max(0, len(f.pend)-23):]
	if len(next) == 0 || next[0].gs != typo.end {
		next = nil
	}
	total := len(f.pend) + 1 + len(next)
	if len(pend) == len(f.pend) && len(pend) >= minRunWords-1 && len(pend) < 23 {
		// A first word glued to a serialiser's byte, and the last glued
		// to the next value's ("gaugex": Java's end-of-block byte). Only
		// with a phrase's worth of words before the typo, which the
		// lazy finder holds back and replays as the eager one reads
		// them: with fewer, the glued word ends its stretch of words
		// kept, and the two would read the text apart (FuzzFind).
		if t, ok := f.gluedFirst(pend[0]); ok {
			pend = append([]token{t}, pend...)
			total++
		}
	}
	next = next[:min(len(next), 23)]
	at := len(pend)
	n := at + 1 + len(next)
	if n < 12 {
		return
	}
	words := append(append(append(make([]token, 0, n), pend...), typo), next...)
	if (typo.hasPfx || typo.alt != nil) && f.typoWindows(words, at, len(next), total) {
		return
	}
	// Not read by its first four letters (they name no word, or a word
	// that gives no phrase: "realease" for "release" is not "real"):
	// perhaps the one English word an edit away, looked up only now that
	// the words around it could make a phrase.
	if !nearTypoShaped(f.text[typo.start:typo.end]) {
		return
	}
	near, ok := f.nearWords(f.text[typo.start:typo.end])
	if !ok {
		return
	}
	// Each is tried; a phrase is kept when just one of them gives one
	// (with three, a wrong one passes the checksum one time in eight).
	found := len(f.cands)
	for _, idx := range near {
		if typo.hasPfx && typo.pfx.idx == idx {
			continue
		}
		words[at].pfx, words[at].hasPfx, words[at].alt, words[at].near = prefixEntry{idx: idx, full: true}, true, nil, true
		f.typoWindows(words, at, len(next), total)
	}
	if len(f.cands) > found+1 {
		f.cands = f.cands[:found] // two readings: which word was meant is not known
	}
}

// typoWindows tries the windows of words (the pending run, the typo at
// at, the nNext words after it; total counts the words of both runs) that
// hold the typo, longest first, and keeps the first that gives a phrase.
func (f *finder) typoWindows(words []token, at, nNext, total int) bool {
	last := 0
	if n := len(f.out); n > 0 {
		last = f.out[n-1].End
	}
	for _, l := range [...]int{24, 21, 18, 15, 12} {
		for i := max(0, at-l+1); i <= at && i+l <= len(words); i++ {
			w := words[i : i+l]
			s, e := w[0].start, w[l-1].end
			if s < last || !strongAfter(f.text, e) || f.smallEndBlock(w) {
				// Nor a heading over the words ("notes", whose first
				// four letters name "note") past a blank line.
				continue
			}
			if w[0].num == 0 && !w[0].glued && !strongBefore(f.text, s) && !labelledAt(f.text, s) && !(i == 0 && labelled(f.text, s)) {
				continue
			}
			if w[0].num == 0 && f.inWordColumn(w) {
				// A word a line amid other such lines, one of them not
				// a list word: a vocabulary, not a phrase with a typo.
				continue
			}
			if w[0].num == 0 && inWordRows(f.text, w) && !labelledAt(f.text, s) {
				// Rows of words amid other such rows (a CSV of word
				// n-grams), one word not a list word: a table.
				continue
			}
			m, ok := f.tryWindow(w, layoutOf(w), w)
			if !ok || m.Corrected == 0 {
				continue
			}
			// The reading is whole when nothing but line breaks part it
			// from the list words around it, or a label that is itself
			// a list word ("seed: <phrase>").
			m.Exact = l == total || ((i == 0 || bytes.IndexByte(f.text[w[0].gs:s], '\n') >= 0 || strongBefore(f.text, s)) &&
				(i+l == len(words) && i+l == at+1+nNext || i+l < len(words) && bytes.IndexByte(f.text[words[i+l].gs:words[i+l].start], '\n') >= 0))
			m.Labelled = labelled(f.text, m.Start)
			m.score = checksumBits(m.Phrase) + correctedBits
			if m.Exact {
				m.score += exactBits
			}
			f.cands = append(f.cands, m)
			return true
		}
	}
	return false
}

// bestWindow returns the reading of a unit that the evidence favours
// most: every reading of it is weighed (numbered words in number order,
// the schemes with lengths of their own, the whole unit, grids read by
// columns, windows inside it) rather than taking the first that passes.
func (f *finder) bestWindow(run []token) (Match, bool) {
	n := len(run)
	if sortedRun(run) || run[0].num == 0 && f.inWordColumn(run) {
		return Match{}, false
	}
	var best Match
	found := false
	edges := newEdgeInfo(f.text, run)
	// A unit is whole when structure ends it on both sides; one cut
	// short by an unknown word in mid-line ("… skirt clustev column")
	// is not, and a reading of all of it has no more evidence than a
	// window.
	whole := (run[0].num != 0 || run[0].col <= 1 || strongBefore(f.text, run[0].start) || labelledAt(f.text, run[0].start)) &&
		(run[n-1].eol || strongAfter(f.text, run[n-1].end))
	consider := func(m Match, words, bonus int) {
		// The reading's first and last words in the unit (-1 for a
		// reading whose span starts or ends at no word's).
		first := slices.IndexFunc(run, func(t token) bool { return t.start == m.Start })
		last := slices.IndexFunc(run, func(t token) bool { return t.end == m.End })
		if (f.cutsNote(run, m, first, last) || f.takesLabel(run, m, first)) && !isPublic(m.Phrase) {
			// A reading that takes in words of a note, or the label
			// before the phrase, is chance, and must not hide the
			// readings after it (an Electrum seed whose first eleven
			// words and the note's first pass the BIP-39 checksum).
			return
		}
		m.score = checksumBits(m.Phrase) + bonus
		if m.Exact {
			if whole {
				m.score += exactBits
			}
		} else {
			m.score -= (n - words) * leftOutBits
		}
		for k := 1; k < n; k++ {
			if run[k].start > m.Start && run[k].start < m.End && edges.strong(k, true) {
				m.score += crossedBits
			}
		}
		// A reading that ends its line in words of a note ("… never
		// share this") has taken the note in: each of them counts as a
		// word left out.
		if last >= 0 && (last == n-1 || run[last+1].line != run[last].line) {
			for k := last; k >= 0 && run[k].start >= m.Start && noteWord(run[k]); k-- {
				m.score -= leftOutBits
			}
		}
		// Ties go to the reading considered first, in the order below.
		if !found || m.score > best.score {
			best, found = m, true
		}
	}
	// Numbered lists, also in another order (grids read row by row):
	// the numbered words by their numbers when they are exactly 1..n.
	if ord, ok := byNumberAny(run); ok {
		bip39 := false
		if validLength(len(ord)) {
			if m, ok := f.tryWindow(ord, LayoutNumbered, ord); ok {
				m.Exact, bip39 = true, true
				consider(m, len(ord), numberedBits)
			}
		}
		// Electrum and Monero seeds numbered in another order than the
		// text's (a table read column by column). Words that hold as
		// BIP-39 stay BIP-39, as they do written in order: a BIP-39
		// phrase passes Electrum's version check once in 218, and
		// Electrum's generator now skips seeds valid in BIP-39
		// (mnemonic.py make_seed); Schemes names both.
		if m, ok := f.tryNumberedOther(ord); ok && !bip39 {
			consider(m, len(ord), numberedBits)
		}
	}
	// The schemes with lengths of their own: SLIP-39 shares (20 or 33
	// words), Monero seeds (25), LND aezeed (24, CRC-32C; it passes the
	// BIP-39 checksum once in 256) and Polyseed (16; a 15-word window of
	// it passes BIP-39 once in 32). They come before the BIP-39 readings
	// of the same words, which win only with more evidence.
	if n >= 20 {
		if m, ok := f.trySLIP39(run); ok {
			consider(m, m.Phrase.Len(), 0)
		}
		if m, ok := f.tryMonero(run); ok {
			consider(m, 25, 0)
		}
		if m, ok := f.tryAezeed(run); ok {
			consider(m, 24, 0)
		}
		if m, ok := f.tryAlgorand(run); ok {
			consider(m, 25, 0)
		}
	}
	if n >= 16 && n <= 16+maxExtra {
		if m, ok := f.tryPolyseed(run); ok {
			consider(m, 16, 0)
		}
	}
	// The whole unit, then grids written without numbers read column by
	// column (also with a heading or a trailing word dropped). A unit
	// whose first or last block, past a blank line, is a word or three
	// is a heading or a trailer with the words of another block ("end"
	// under eleven words), not one phrase.
	if validLength(n) && (!f.smallEndBlock(run) || numberedFromOne(run)) {
		if m, ok := f.tryWindow(run, layoutOf(run), run); ok {
			m.Exact = true
			consider(m, n, 0)
		}
	}
	for _, rows := range [][]token{run, gridCore(run)} {
		if !validLength(len(rows)) {
			continue
		}
		if bytes.IndexByte(f.text[rows[1].gs:rows[1].start], ',') >= 0 && !f.gridCue(rows) {
			continue // a CSV's table of words, no cue to read it by columns
		}
		for _, cols := range gridOrders(rows) {
			if m, ok := f.tryWindow(cols, LayoutGridColumns, rows); ok {
				m.Exact = len(rows) == n
				consider(m, len(rows), 0)
			}
		}
	}
	// A window that is not all the rows of a coded table is cut from it
	// (tableRows); the rows are worked out at the first window that asks.
	tableFirst, tableRows := -1, -1
	tableSlice := func(i, j int) bool {
		if tableRows < 0 {
			tableFirst, tableRows = f.tableRows(run)
		}
		return tableRows >= 2 && (i != tableFirst || j != n) && !labelledAt(f.text, run[i].start)
	}
	// Windows inside the unit, longest first; none of an array of
	// quoted words, which a wallet or a program writes with exactly the
	// phrase's words (a game's list of 14 quests is no phrase of 12).
	split := blankLinesSplit(run)
	items := quotedItems(f.text, run)
	tabCells := 0 // the gaps that set cells apart with a tab
	for k := 1; k < n; k++ {
		if cellTab(f.text[run[k].gs:run[k].start], true) {
			tabCells++
		}
	}
	for _, l := range [...]int{24, 21, 18, 15, 12} {
		if l >= n || items {
			continue
		}
		for i := 0; i+l <= n; i++ {
			// All of a sheet's cell is as clear as punctuation makes it.
			cell := f.tabCell(run, i, i+l)
			clear := edges.strong(i, false) && edges.strong(i+l, false) || cell
			// A note before or after the window on its line ("never
			// share this <phrase>", "<phrase> keep this safe") is prose
			// about it, not words left out of it, when the window's
			// other end is marked. A window whose first or last word
			// could belong to the note cuts into it ("<phrase> keep |
			// this safe"); one whose first word is a label ("seed",
			// "phrase") takes the label in; one whose other end nothing
			// marks is cut from prose.
			tail := noteTail(run, i+l)
			head := noteHead(run, i)
			if head > 0 && (noteWord(run[i]) || !edges.strong(i+l, false) && (tail == 0 || noteWord(run[i+l-1]))) {
				head = 0
			}
			if tail > 0 && (noteWord(run[i+l-1]) || labelWord(f.text[run[i].start:run[i].end]) ||
				!edges.strong(i, false) && !labelledAt(f.text, run[i].start) && head == 0) {
				tail = 0
			}
			labelled := labelledToLineEnd(f.text, run, i, i+l)
			if n-l-tail-head > maxExtra && !clear && !labelled {
				// Many list words around a window with no clear edge:
				// a list or prose, where one window in 16 passes. All
				// of a line after a label is marked off by both.
				continue
			}
			if !cell && tabCells > 0 && tabCells*3 < n && crossesTab(f.text, run[i:i+l]) && !f.tabCells(run, i, i+l, "\n") {
				// Words of two cells of a sheet's row or rows, which few
				// tabs set apart: a window of another cell's words and
				// some of the phrase's passes by chance (of whole cells
				// of one row, the phrase was written in them).
				continue
			}
			if !clear && crossesQuote(f.text, run[i:i+l]) {
				// Words of a quoted value and words outside it
				// (`words="<12 words>"` then `time=` on the next
				// line): a window that nothing marks off on one side
				// and that a quote cuts is chance.
				continue
			}
			shaped := lineShaped(run, i, i+l)
			startMarked := edges.strong(i, true) || labelledAt(f.text, run[i].start) || head > 0
			endMarked := edges.strong(i+l, true) || tail > 0
			if validLength(n) && !(startMarked && endMarked || f.proseCut(run, i, i+l, startMarked, endMarked)) && !shaped && !labelled && !f.oneWordOutside(run, i, i+l) && !cell {
				// The unit has a phrase length but fails: a shorter
				// window that passes is chance (a typo in a real
				// phrase, or rows of a table), unless punctuation or a
				// label marks its start and punctuation its end (or
				// one of them, the other side's words being prose),
				// or it is whole lines shaped unlike the unit's
				// others, or all of its line after a label ("Enter
				// phrase: <12 words>", then "true" that a program
				// printed), or a sheet's cell (tabCell).
				continue
			}
			// The unit's own start counts as marked; in mid-line, after
			// a word of no list and nothing else, it is not.
			midStart := run[i].col > 0 && (i > 0 && !startMarked ||
				i == 0 && !strongBefore(f.text, run[0].start) && !labelledAt(f.text, run[0].start))
			midEnd := i+l < n && run[i+l].line == run[i+l-1].line && !endMarked
			if midStart && midEnd && !labelled && head == 0 && tail == 0 && run[i].line != run[i+l-1].line {
				// A window that begins after other words of its line,
				// ends before a list word of its last line and crosses
				// a line break, nothing marking either end: the end of
				// one line's words and the start of the next's (lines
				// of random words, diceware passphrases), one in 16 of
				// which passes.
				continue
			}
			w := run[i : i+l]
			if f.cutFromList(run, i, i+l) || split && crossesBlankLine(w) || tableSlice(i, i+l) || f.commaCut(run, i, i+l) || f.crossesKey(run, i, i+l) || cutsNumbering(run, i, i+l) {
				// A window of a list, or one that joins two blocks, or
				// a value to the next line's key or label ("run 6:").
				continue
			}
			if m, ok := f.tryWindow(w, layoutOf(w), w); ok {
				// Whole lines shaped apart are a unit of their own.
				m.Exact = shaped
				bonus := 0
				if clear {
					bonus += edgeBits
				}
				if head > 0 || tail > 0 {
					// The note's words are not left out of the phrase,
					// and it sets the phrase off as punctuation would.
					bonus += (head+tail)*leftOutBits + edgeBits
				}
				if labelledAt(f.text, m.Start) {
					bonus += labelBits
				}
				if i+l == n && !clear {
					// The window ends where the list words do: people
					// write a word or two before what they note down
					// ("this", "wallet" are list words) more often than
					// after it.
					bonus += runEndBits
				}
				consider(m, l, bonus)
			}
		}
	}
	// unclear reports whether run[i:j] is a window inside the unit that
	// nothing marks off: for the schemes read below, whose checks of 8
	// to 12 bits the many windows of a long unit pass by chance, such a
	// window is not read.
	unclear := func(i, j int) bool {
		return (i > 0 || j < n) && (!((edges.strong(i, false) || f.headedBy(run, i)) && edges.strong(j, false)) || tableSlice(i, j))
	}
	if found && !best.Exact && n >= 13 && n <= 25+maxExtra {
		// A BIP-39 window inside an Electrum seed that structure marks
		// off whole (a quoted JSON value of 13 words after its key,
		// "seed"): the window passes BIP-39's 4 bits by chance one time
		// in 16; the seed passes Electrum's 8 as written.
		for i := 0; i <= n-13; i++ {
			for _, l := range [...]int{13, 24, 25} {
				j := i + l
				if j > n || unclear(i, j) || run[i].start > best.Start || run[j-1].end < best.End || crossesQuote(f.text, run[i:j]) {
					continue
				}
				if m, ok := f.tryElectrum(run[i:j]); ok && !f.takesLabel(run, m, i) && !f.cutsNote(run, m, i, j-1) {
					return m, true
				}
			}
		}
	}
	if found {
		return best, true
	}
	// Electrum 2.x seeds, when no BIP-39 reading holds: a phrase valid
	// in both is reported once, as BIP-39 naming both schemes (Schemes).
	// Only the lengths Electrum's generators wrote are looked for (12
	// words; 13 before 2.7 and with the Portuguese list; 24 and 25 for
	// 2FA seeds before 2.7): each length tried is another 1 in 200 for
	// chance.
	if n >= 12 && n <= 25+maxExtra {
		for i := 0; i <= n-12; i++ {
			for j := n; j-i >= 12; j-- {
				if l := j - i; l != 12 && l != 13 && l != 24 && l != 25 {
					continue
				}
				if unclear(i, j) && (n-(j-i) > 2 || run[0].han || tableSlice(i, j) || !sameLine(run)) && !noted(run, i, j) {
					// A window with a word or two of the unit left
					// out is read as BIP-39's are ("pls save <seed>
					// thx"), and one whose other words are a note
					// ("<seed> keep this safe"): setOff then asks that
					// no other window pass.
					continue
				}
				if f.smallEndBlock(run[i:j]) || f.commaCut(run, i, j) || crossesQuote(f.text, run[i:j]) && !items || f.crossesKey(run, i, j) {
					continue // a heading or a trailer past a blank line, items of a list, or a value and the key after it
				}
				if m, ok := f.tryElectrum(run[i:j]); ok {
					if consider(m, j-i, 0); found {
						return best, true
					}
				}
			}
		}
	}
	// TON mnemonics, when no reading above holds: 24 English words
	// whose check (8 bits) a BIP-39 phrase of 24 words passes once in
	// 256, so a phrase valid in both is reported as BIP-39 naming both.
	// A window inside a longer unit needs clear edges, as Electrum's do.
	if n >= tonWords && n <= tonWords+maxExtra {
		for i := 0; i+tonWords <= n; i++ {
			j := i + tonWords
			if unclear(i, j) || f.smallEndBlock(run[i:j]) || crossesQuote(f.text, run[i:j]) && !items {
				continue
			}
			if shaped, _ := f.phraseShape(run[i:j]); !shaped {
				continue
			}
			if m, ok := f.tryTON(run[i:j]); ok {
				m.Exact = i == 0 && j == n
				if consider(m, tonWords, 0); found {
					return best, true
				}
			}
		}
	}
	return Match{}, false
}

// crossesQuote reports whether a gap between the words of w holds a
// quotation mark, other than where a program joins two string literals
// into one (literalJoin).
func crossesQuote(text []byte, w []token) bool {
	for k := 1; k < len(w); k++ {
		if g := text[w[k-1].end:w[k].start]; bytes.ContainsAny(g, "\"'`“”") && !literalJoin(g) {
			return true
		}
	}
	return false
}

// literalJoin reports whether the gap g between two words is where a
// program joins the string literal that holds the first to the one that
// holds the second: a closing quote, an operator that joins strings ('+';
// PHP's '.', Lua's "..", VB's '&', SQL's "||"), or a line break alone (C's
// and Python's literals side by side), then the same quote opening: the
// literals read as one value (`"w1 w2 "` + newline + `+ "w3 w4"`).
func literalJoin(g []byte) bool {
	g = bytes.TrimSpace(g)
	if len(g) < 2 || g[0] != g[len(g)-1] || g[0] != '"' && g[0] != '\'' && g[0] != '`' {
		return false
	}
	op := bytes.TrimSpace(g[1 : len(g)-1])
	switch string(op) {
	case "+", ".", "..", "&", "||":
		return true
	case "":
		return bytes.IndexByte(g, '\n') >= 0
	}
	return false
}

// noteWords are the English list words that people write about a phrase
// right before or after it on its line: what to do with it ("keep this safe",
// "never share", "write on paper", "move all later"), what it is ("old
// main account", "family vault"), and what a message asking for help
// says around it ("hello", "here is my phrase <words> can you check what
// happened", "balance empty since today, need help"). A run of random
// list words ends in three of them about one time in 30,000. ("test" is
// left out: development phrases repeat it, "test test … junk".)
var noteWords = func() (t [2048]bool) {
	for _, w := range [...]string{
		"please", "keep", "this", "safe", "never", "share", "write", "paper", "copy", "save",
		"only", "use", "old", "main", "account", "move", "all", "later", "again", "seed",
		"phrase", "private", "secret", "remember", "forget", "first", "second", "home", "work",
		"family", "vault", "note", "own", "real", "empty", "spare", "primary", "trade", "coin",
		"token",
		// A request for help.
		"hello", "can", "you", "check", "what", "help", "thank", "need", "wrong", "balance",
		"since", "access", "just", "now", "today", "tell", "have", "fix", "issue", "problem",
		"team", "question", "correct", "valid",
	} {
		if k := slices.Index(wordlists.English, w); k >= 0 {
			t[k] = true
		}
	}
	return
}()

// maxNoteWords bounds a note beside a phrase: a longer run of list
// words is prose.
const maxNoteWords = 6

// noteTail returns how many words of run, from word k to the end of the
// line of word k-1, are a note (noteWords) after a phrase ending before
// word k; 0 when any of them is another word, or there are none.
func noteTail(run []token, k int) int {
	if k == 0 || k >= len(run) {
		return 0
	}
	j := k
	for ; j < len(run) && run[j].line == run[k-1].line; j++ {
		if !noteWord(run[j]) || j-k >= maxNoteWords {
			return 0
		}
	}
	return j - k
}

// noteHead returns how many words of run, from the first on the line of
// word i up to word i, are a note (noteWords) before a phrase starting at
// word i; 0 when any of them is another word, or there are none.
func noteHead(run []token, i int) int {
	if i == 0 || i >= len(run) {
		return 0
	}
	j := i - 1
	for ; j >= 0 && run[j].line == run[i].line; j-- {
		if !noteWord(run[j]) || i-j > maxNoteWords {
			return 0
		}
	}
	return i - 1 - j
}

// labelledToLineEnd reports whether run[i:j] is all the words of a line
// after a label's colon: a label marks its start, and its last word ends
// the line.
func labelledToLineEnd(text []byte, run []token, i, j int) bool {
	return labelledAt(text, run[i].start) && run[i].line == run[j-1].line && (j == len(run) || run[j].line != run[j-1].line)
}

// takesLabel reports whether a reading starts with a label: one of its
// first three words is followed by a colon or an equals sign that the
// next gap does not repeat ("seed: <11 words>", "SEED=<11 words>", "Seed
// phrase: <10 words>"), or its first two words are labels; k is its first
// word in run. Eleven words after "seed:" were read with it as a phrase of
// 12 one time in 16.
func (f *finder) takesLabel(run []token, m Match, k int) bool {
	if k < 0 {
		return false
	}
	marked := func(i int) bool { return i < len(run) && bytes.ContainsAny(f.text[run[i].gs:run[i].start], ":=") }
	for g := k + 1; g <= k+3 && g < len(run) && run[g].start < m.End; g++ {
		if marked(g) {
			return !marked(g + 1)
		}
	}
	// Or its first two words are labels ("my seed phrase <10 words>"),
	// as one phrase in 100,000 begins.
	label := func(i int) bool { return labelWord(f.text[run[i].start:run[i].end]) }
	if label(k) && (determinerBefore(f.text, run[k].start) || k > 0 && label(k-1) && determinerBefore(f.text, run[k-1].start)) {
		// Or its first word is a label after a determiner, maybe after
		// another label ("here's my seed <11 words>", "my seed phrase
		// <11 words>"): a note's label, which one such note in 16
		// reads as a phrase's first word.
		return true
	}
	return k+1 < len(run) && run[k+1].start < m.End && label(k) && label(k+1) || f.headsColumn(run, m, k)
}

// gridCue reports whether the text says the grid of rows, its cells set
// apart by commas, may be read by its columns, as a wallet shows its
// words and people copy them: a label of a seed before it or in the
// file's name, or numbers on the grid's lines or the line above (a
// header "1-6, 7-12", words numbered down the columns). A table of words in a CSV under a header of words (a
// planting plan's seasons) has none, and one of its column orders passes
// the checksum one time in 16 or 32 (corpus 259).
func (f *finder) gridCue(rows []token) bool {
	s, e := rows[0].start, rows[len(rows)-1].end
	if f.nameLabel || seedLabelBefore(f.text, s) {
		return true
	}
	ls := bytes.LastIndexByte(f.text[:s], '\n') + 1
	if ls > 0 {
		ls = bytes.LastIndexByte(f.text[:ls-1], '\n') + 1 // the line above
	}
	return bytes.ContainsAny(f.text[ls:e], "0123456789")
}

// determiners stand before a noun that labels what follows: "my seed",
// "our phrase", "the words", in English and the languages around the
// lists written with Latin letters.
var determiners = []string{"my", "our", "your", "the", "this", "his", "her", "their",
	"mi", "mis", "mon", "ma", "mes", "notre", "mein", "meine", "unser", "unsere", "mio", "mia", "meu", "minha", "moje", "můj"}

// determinerBefore reports whether the word right before text[s], on
// its line past spaces, is one of determiners.
func determinerBefore(text []byte, s int) bool {
	e := s
	for e > 0 && (text[e-1] == ' ' || text[e-1] == '\t') {
		e--
	}
	if e == s {
		return false
	}
	b := e
	for b > 0 && isLetterByte(text[b-1]) && e-b <= 6 {
		b--
	}
	if b == e || b > 0 && isLetterByte(text[b-1]) {
		return false
	}
	return slices.ContainsFunc(determiners, func(d string) bool { return bytes.EqualFold(text[b:e], []byte(d)) })
}

// oneWordOutside reports whether the words of run outside run[i:j], three
// or more, are one word written again and again: a header row of
// numbered columns ("Word 1", "Word 2", … "Word 12" over the phrase in a
// sheet), which no phrase holds and which gives the unit a phrase's
// length that fails.
func (f *finder) oneWordOutside(run []token, i, j int) bool {
	if len(run)-(j-i) < 3 {
		return false
	}
	var first []byte
	for k, t := range run {
		if k >= i && k < j {
			continue
		}
		w := f.text[t.start:t.end]
		if first == nil {
			first = w
		} else if !bytes.EqualFold(w, first) {
			return false
		}
	}
	return true
}

// proseCut reports whether the window run[i:j] of a unit is marked off on
// one side (startMarked, endMarked: punctuation or a label) and, on the
// other, by the unit's own words being part of a sentence that goes on
// in words of no list on the same line ("written on the bus <phrase>.
// Then coffee", "<phrase> - that's it"): the list words outside the
// window are prose around it, not words of a longer phrase with a typo,
// which is written by itself, its unit ending where its line or its
// punctuation does.
func (f *finder) proseCut(run []token, i, j int, startMarked, endMarked bool) bool {
	n := len(run)
	if !startMarked && !endMarked {
		return false
	}
	if !startMarked && (i == 0 || run[0].line != run[i].line || !letterBefore(f.text, run[0].start)) {
		return false
	}
	return endMarked || j < n && run[n-1].line == run[j-1].line && letterAfter(f.text, run[n-1].end)
}

// letterBefore reports whether a letter ends the text before offset i,
// past spaces: a word of no list ends right before it on its line.
func letterBefore(text []byte, i int) bool {
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRune(text[:i])
	return unicode.IsLetter(r)
}

// letterAfter reports whether a letter, or an apostrophe and a letter
// ("'s", "'ll"), starts the text after offset i, past spaces.
func letterAfter(text []byte, i int) bool {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	if i < len(text) && text[i] == '\'' {
		i++
	} else if bytes.HasPrefix(text[i:], []byte("’")) {
		i += len("’")
	}
	r, _ := utf8.DecodeRune(text[i:])
	return unicode.IsLetter(r)
}

// headedBy reports whether the words of run before word i are a label
// of a word or two on lines above it ("Electrum seed", then the seed a
// word a line): a heading that sets off the words after it, as a colon
// would.
func (f *finder) headedBy(run []token, i int) bool {
	if i == 0 || i > 2 || run[i-1].line == run[i].line {
		return false
	}
	for _, t := range run[:i] {
		if !labelWord(f.text[t.start:t.end]) {
			return false
		}
	}
	return true
}

// headsColumn reports whether the reading m, from word k of run, is a
// column of words a line each whose first word alone is capitalized
// ("Word" over "round", "gather", …): a column's heading, as a table's
// header row or a sheet's first row holds. A phrase typed a word a line
// where each line is capitalized has all its words so.
func (f *finder) headsColumn(run []token, m Match, k int) bool {
	if k+1 >= len(run) || !titleCase(f.text[run[k].start:run[k].end]) {
		return false
	}
	for g := k + 1; g < len(run) && run[g].start < m.End; g++ {
		w := f.text[run[g].start:run[g].end]
		if run[g].line == run[g-1].line || !bytes.Equal(w, bytes.ToLower(w)) {
			return false
		}
	}
	return true
}

// titleCase reports whether w is a word whose first letter alone is
// upper case ("Word", "Écrit").
func titleCase(w []byte) bool {
	r, size := utf8.DecodeRune(w)
	return unicode.IsUpper(r) && size < len(w) && bytes.Equal(w[size:], bytes.ToLower(w[size:]))
}

// smallEndBlock reports whether blank lines split run into blocks
// (blankLinesSplit) of which the first or the last holds at most maxExtra
// words and fewer than the block beside it: a heading or a trailer, not
// one of the even blocks a phrase is written in ("abandon ability able"
// three words a block), nor the header row of a table of such rows.
func (f *finder) smallEndBlock(run []token) bool {
	var breaks []int
	for k := 1; k < len(run); k++ {
		if run[k].para {
			breaks = append(breaks, k)
		}
	}
	if len(breaks) == 0 || !blankLinesSplit(run) {
		return false
	}
	b := append(append([]int{0}, breaks...), len(run))
	size := func(i int) int { return b[i+1] - b[i] } // block i
	blocks := len(b) - 1
	// rows reports whether the blocks but the one at skip are two or more
	// of one size: rows of a phrase, skip their remainder (5, 5, 2).
	rows := func(skip int) bool {
		ref := 0
		if skip == 0 {
			ref = 1
		}
		for i := range blocks {
			if i != skip && size(i) != size(ref) {
				return false
			}
		}
		return blocks >= 3
	}
	small := func(i, beside int) bool { return size(i) <= maxExtra && size(i) < size(beside) && !rows(i) }
	if first := run[b[1]]; blocks == 2 && size(0) >= 2 && sameLine(run[:b[1]]) && linesOf(run[b[1]:], size(0)) && ruleLine(f.text[first.gs:first.start]) {
		// A row over a table's rule and rows of as many words each: a
		// grid's first row set apart as the table's header ("| w | w |
		// w |" over "|---|---|---|", as Notion exports a grid), not a
		// heading.
		return small(1, 0)
	}
	if small(blocks-1, blocks-2) && !validLength(b[blocks-1]) && labelled(f.text, run[0].start) {
		// The last words of a labelled phrase past a blank line, the
		// words before them no phrase's length ("Trezor Wörter" over
		// ten words, a blank line, the last two: a note copied with
		// its gaps): the phrase's end, not a trailer.
		return small(0, 1)
	}
	return small(0, 1) || small(blocks-1, blocks-2)
}

// linesOf reports whether the words of run stand on two lines or more of
// n words each.
func linesOf(run []token, n int) bool {
	lines, per := 1, 1
	for k := 1; k < len(run); k++ {
		if run[k].line == run[k-1].line {
			per++
			continue
		}
		if per != n {
			return false
		}
		lines, per = lines+1, 1
	}
	return lines >= 2 && per == n
}

// noted reports whether the words of run outside run[i:j] are all a note
// beside it on its line (noteHead, noteTail), none of which the window
// takes in.
func noted(run []token, i, j int) bool {
	n := len(run)
	return (i > 0 || j < n) &&
		(i == 0 || noteHead(run, i) == i && !noteWord(run[i])) &&
		(j == n || noteTail(run, j) == n-j && !noteWord(run[j-1]))
}

// noteWord reports whether t is one of noteWords.
func noteWord(t token) bool { return t.e != nil && t.e.mask&1 != 0 && noteWords[t.e.idx[0]] }

// sameLine reports whether the words of run are all on one line.
func sameLine(run []token) bool { return run[0].line == run[len(run)-1].line }

// sharedLanguages returns the BIP-39 languages (a bit per entry of
// languages) in whose lists every one of words is a full word.
func sharedLanguages(words []token) uint16 {
	mask := uint16(1<<nLang - 1)
	for _, w := range words {
		if w.e == nil {
			return 0
		}
		mask &= w.e.mask
	}
	return mask
}

// tryWindow validates the words in order; span is the tokens whose byte
// extent the match covers.
func (f *finder) tryWindow(words []token, layout Layout, span []token) (Match, bool) {
	shaped, odd := f.phraseShape(words)
	if !shaped {
		return Match{}, false
	}
	f.checks++
	idx := make([]uint16, len(words))
	mask := sharedLanguages(words)
	start, end := span[0].start, span[0].end
	for _, s := range span {
		start, end = min(start, s.start), max(end, s.end)
	}
	for li := 0; li < nLang && mask != 0; li++ {
		if mask&(1<<li) == 0 {
			continue
		}
		for i, w := range words {
			idx[i] = w.e.idx[li]
		}
		if checksumOK(idx) {
			if repetitive(idx) || repeatsTriple(idx) {
				// One word over and over passes the checksum often
				// (130 English words do, 12 times), and three words
				// written twice are a list's entries ("的 而 之 后 也 还"
				// in two arrays of a Chinese tone table), which a drawn
				// phrase repeats about once in 10^8; only the published
				// ones ("abandon … about", "legal winner thank … legal
				// winner thank yellow") are worth a finding.
				if _, public := Public(Phrase{lang: languages[li], indices: idx}); !public {
					continue
				}
			}
			if words[0].han && layout == LayoutInline && !words[len(words)-1].gapHard && words[1].start == words[0].end {
				layout = LayoutGlued
			}
			return Match{Start: start, End: end, Phrase: Phrase{lang: languages[li], indices: slices.Clone(idx)}, Layout: layout}, true
		}
	}
	// One word in no list, read by its first four letters. That is a
	// guess, so the words must be set apart all alike, as a phrase is
	// written down (one gap may differ): a CSS keyword list
	// ('soft-light', 'space-around', 'spaces') and snake_case names
	// beside "=" read as phrases with a typo until 2026-12-02.
	if p, ok := typoReading(words); ok && odd <= 1 && (odd == 0 || !hasNearTypo(words)) {
		return Match{Start: start, End: end, Phrase: p, Layout: layout, Corrected: 1}, true
	}
	// English written as four-letter prefixes, for the whole phrase.
	short := false
	for i, w := range words {
		if !w.hasPfx {
			return Match{}, false
		}
		short = short || !w.pfx.full
		idx[i] = w.pfx.idx
	}
	if short && checksumOK(idx) && !repetitive(idx) {
		return Match{Start: start, End: end, Phrase: Phrase{lang: English, indices: slices.Clone(idx), prefixes: true}, Layout: layout}, true
	}
	return Match{}, false
}

// hasNearTypo reports whether words hold a typo read as the list word an
// edit away (nearWords): a weaker guess than its first four letters, so
// the words must be set apart all alike, without the one odd gap a typo
// read by its letters may have (a sentence's last word before a blank
// line and a numbered list is no word of the list).
func hasNearTypo(words []token) bool {
	return slices.ContainsFunc(words, func(t token) bool { return t.near })
}

// typoReading reads words holding exactly one typo token, the others
// full words of one list, with the typo read as the word its first four
// letters name in that list: English first, then the other lists those
// letters name. It returns the first reading that passes the checksum.
func typoReading(words []token) (Phrase, bool) {
	typo := -1
	for i, w := range words {
		if w.typo {
			if typo >= 0 {
				return Phrase{}, false
			}
			typo = i
		}
	}
	if typo < 0 {
		return Phrase{}, false
	}
	t := words[typo]
	idx := make([]uint16, len(words))
	for li := 0; li < nLang; li++ { // languages[0] is English
		switch {
		case li == 0 && t.hasPfx:
			idx[typo] = t.pfx.idx
		case li > 0 && t.alt != nil && t.alt.mask&(1<<li) != 0:
			idx[typo] = t.alt.idx[li]
		default:
			continue
		}
		ok := true
		for i, w := range words {
			if i == typo {
				continue
			}
			if w.e == nil || w.e.mask&(1<<li) == 0 {
				ok = false
				break
			}
			idx[i] = w.e.idx[li]
		}
		if ok && checksumOK(idx) && !repetitive(idx) {
			return Phrase{lang: languages[li], indices: idx}, true
		}
	}
	return Phrase{}, false
}

// sortedRun reports whether the words are in wordlist order: an excerpt of
// a wordlist, not a phrase.
func sortedRun(run []token) bool {
	for li := 0; li < nLang; li++ {
		sorted := true
		for i := 1; i < len(run) && sorted; i++ {
			a, b := run[i-1].e, run[i].e
			sorted = a != nil && b != nil && a.mask&b.mask&(1<<li) != 0 && a.idx[li] < b.idx[li]
		}
		if sorted {
			return true
		}
	}
	return false
}

// phraseShaped rejects windows that are not written like a phrase: runs in
// alphabetical or code-point order (an
// excerpt of a list), and words separated by varied punctuation (code:
// "start: 0, end: 1000, want: …"). The words of a phrase are separated
// the same way throughout, up to a few line breaks or comment markers.
func (f *finder) phraseShaped(words []token) bool {
	ok, _ := f.phraseShape(words)
	return ok
}

// crossesTab reports whether a gap between the words of w holds a tab
// that sets cells apart (cellTab).
func crossesTab(text []byte, w []token) bool {
	for k := 1; k < len(w); k++ {
		if cellTab(text[w[k].gs:w[k].start], true) {
			return true
		}
	}
	return false
}

// cellTab reports whether gap holds a tab that sets a row's cells apart:
// one after other text on its line, not a line's indentation. midLine is
// set when gap starts right after a word, on its line.
func cellTab(gap []byte, midLine bool) bool {
	for p := 0; p < len(gap); p++ {
		if gap[p] != '\t' {
			continue
		}
		ls := bytes.LastIndexByte(gap[:p], '\n')
		if ls < 0 && midLine || len(bytes.Trim(gap[ls+1:p], " \t\r")) > 0 {
			return true
		}
	}
	return false
}

// tabCell reports whether run[i:j] is all of a cell of a row whose
// cells tabs set apart (a sheet's text export: "Intern test<TAB>0.05<TAB>
// <12 words>"): a tab that sets cells apart before its first word
// (cellTab: in the gap, or on its line before it), a tab or the line's
// end after its last, and neither a tab nor a line break between its
// words. The words of the cells beside it are another cell's, not words
// left out of it.
func (f *finder) tabCell(run []token, i, j int) bool { return f.tabCells(run, i, j, "\t\n") }

// tabCells reports whether run[i:j] is all of cells of a row whose cells
// tabs set apart, as tabCell says of one, none of the bytes of inside
// between its words: "\t\n" for one cell, "\n" for whole cells side by
// side on one row (a phrase's first six words in one cell and the rest
// in the next).
func (f *finder) tabCells(run []token, i, j int, inside string) bool {
	if i == 0 && !cellTab(f.text[bytes.LastIndexByte(f.text[:run[0].start], '\n')+1:run[0].start], false) ||
		i > 0 && !cellTab(f.text[run[i].gs:run[i].start], true) {
		return false
	}
	for k := i + 1; k < j; k++ {
		if bytes.ContainsAny(f.text[run[k].gs:run[k].start], inside) {
			return false
		}
	}
	if j < len(run) {
		return bytes.ContainsAny(f.text[run[j].gs:run[j].start], "\t\n")
	}
	after := bytes.TrimLeft(f.text[run[j-1].end:], " ")
	return len(after) == 0 || after[0] == '\t' || after[0] == '\n' || after[0] == '\r'
}

// quotedItems reports whether the words of run are the items of an array
// of quoted strings, a word each: every gap between them is a closing
// quote, a comma and an opening quote, with white space around
// (`", "`, `',\n    '`).
func quotedItems(text []byte, run []token) bool {
	for k := 1; k < len(run); k++ {
		var b [4]byte
		n := 0
		for _, c := range text[run[k].gs:run[k].start] {
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			case n == len(b):
				return false
			default:
				b[n] = c
				n++
			}
		}
		if n != 3 || b[1] != ',' || b[0] != b[2] || b[0] != '"' && b[0] != '\'' {
			return false
		}
	}
	return len(run) > 1
}

// pastPhraseNumber reports whether gap ends with a list number past any
// phrase's words at the start of a line ("34.", "102)", before the word's
// spaces), which only a longer list has: a phrase has at most 33 words (a
// SLIP-39 share). Numbers without a full stop or parenthesis ("0102
// label", a word's index in its list) are not list numbers, nor a
// number that ends a sentence ("… in 2024. word").
func pastPhraseNumber(gap []byte) bool {
	g := bytes.TrimRight(gap, " \t")
	if len(g) < 3 || g[len(g)-1] != '.' && g[len(g)-1] != ')' {
		return false
	}
	end := len(g) - 1
	j := end
	for j > 0 && isDigit[g[j-1]] && end-j < 6 {
		j--
	}
	ls := j
	for ls > 0 && (g[ls-1] == ' ' || g[ls-1] == '\t') {
		ls--
	}
	if j == end || ls > 0 && g[ls-1] != '\n' {
		return false
	}
	n, _ := leadingNumber(g[j:end])
	return n > 33
}

// phraseShape is phraseShaped, and when the words pass, how many gaps
// between them are not of the commonest shape.
func (f *finder) phraseShape(words []token) (ok bool, odd int) {
	n := len(words)
	// A copy in the finder's buffer: this runs for every window tried.
	f.ordered = append(f.ordered[:0], words...)
	ordered := f.ordered
	slices.SortFunc(ordered, func(a, b token) int { return a.start - b.start })
	// Words that all carry list numbers are a phrase only when the
	// numbers count up by one ("1." "2." …); "1. 3. 4. 7." numbers the
	// answers of a crossword or the items of another list.
	// (The words come in reading order: by number for a numbered grid.)
	all, counting := countsUp(words)
	if all && (!counting || words[0].num != 1) {
		// Nor do they when the count starts past 1: words 9 to 32 are
		// an excerpt of a longer list (a spelling list, a vocabulary).
		return false, 0
	}
	for _, w := range words {
		// The gap and the previous word's last byte: a number right
		// after a word is not at a line's start.
		if pastPhraseNumber(f.text[max(0, w.gs-1):w.start]) {
			return false, 0 // "102. label": an item of a longer list
		}
	}
	// Words in order are an excerpt of a list; in order but for one step,
	// two pieces of one, unless a label right before says they are a
	// phrase (a random 12-word phrase is that sorted once in 117,000;
	// one with 8 words in order far more often).
	if falls := f.falls(ordered); falls == 0 || falls == 1 && !labelledAt(f.text, ordered[0].start) {
		return false, 0
	}
	best, bestShape, sentenceEnd, binary, rowEnds := f.gapShapes(ordered)
	if binary {
		return false, 0 // separate strings of binary data, not one phrase
	}
	if bestShape == "" && sentenceEnd {
		return false, 0 // words separated by spaces, with a sentence ending inside: prose
	}
	if len(bestShape) == 2 && strings.IndexByte(")]}", bestShape[0]) >= 0 && strings.IndexByte("([{", bestShape[1]) >= 0 && !alphabetic(f.text, ordered) {
		// Every character in brackets of its own, "(一)(二)(三)": an
		// enumeration (tables of characters, footnote marks), not a
		// phrase. Words of an alphabet each in brackets ("[word]
		// [word]", "(word)" a line) are a phrase written so.
		return false, 0
	}
	odd = (n - 1) - best
	if all {
		// Numbered 1 to n (past the checks above): the numbers set the
		// words apart, whatever blank lines stand between some of them
		// (a list as OCR reads it, a note typed in groups).
		return true, odd
	}
	if rowEnds > 0 && (cellMark(bestShape) || bestShape == "") && f.evenRows(ordered) {
		// Rows of as many words each, set apart by a list mark ("w, w,
		// w, w" a line, LaTeX's "w & w & w & w \\"): the line breaks,
		// all of one shape, end rows and are no odd gaps.
		odd -= rowEnds
	}
	return odd <= 2+(n-1)/8, odd
}

// alphabetic reports whether every word starts with a letter of an
// alphabet (ASCII or two UTF-8 bytes: Latin, Greek, Cyrillic), not with
// a character of a syllabary or an ideograph, each of which may be a
// list word alone.
func alphabetic(text []byte, words []token) bool {
	for _, w := range words {
		if w.han || text[w.start] >= 0xE0 {
			return false
		}
	}
	return true
}

// countsUp reports whether all the words carry list numbers, and whether
// the numbers count up by one, but for one number misread between two
// that count on around it (OCR's "16." for "10.").
func countsUp(words []token) (all, counting bool) {
	all, counting = true, true
	misread := -1
	for i, w := range words {
		all = all && w.num > 0
		if i == 0 || w.num == words[i-1].num+1 {
			continue
		}
		switch {
		case misread < 0 && i+1 < len(words) && words[i+1].num == words[i-1].num+2:
			misread = i
		case misread == i-1 && w.num == words[i-2].num+2:
		default:
			counting = false
		}
	}
	return all, counting
}

// numberedFromOne reports whether the words are numbered 1 to n (as
// countsUp allows).
func numberedFromOne(words []token) bool {
	all, counting := countsUp(words)
	return all && counting && words[0].num == 1
}

// cellMarks are the marks (gapShape) that set apart the words of a row
// of a grid or a list: not '_' or '.', which join the words of
// identifiers and names.
var cellMarks = map[string]bool{",": true, ";": true, "|": true, "&": true, "/": true, "-": true, "·": true, "•": true, "、": true, "，": true}

// cellMark reports whether a gap's shape sets apart the cells of a row:
// one of cellMarks, alone or before a list number's "." or ")" ("| 2.
// word", a numbered table's cells).
func cellMark(shape string) bool {
	if len(shape) == 2 && (shape[1] == '.' || shape[1] == ')') {
		shape = shape[:1]
	}
	return cellMarks[shape]
}

// evenRows reports whether the words (in text order) stand on lines of
// as many words each, two or more, the last line perhaps shorter.
func (f *finder) evenRows(ordered []token) bool {
	per, cur := 0, 1
	for i := 1; i < len(ordered); i++ {
		if bytes.IndexByte(f.text[ordered[i].gs:ordered[i].start], '\n') < 0 {
			cur++
			continue
		}
		if per == 0 {
			per = cur
		} else if cur != per {
			return false
		}
		cur = 1
	}
	return per >= 2 && cur <= per
}

// gapShapes tells how the words (in text order) are set apart: how many
// gaps share the commonest shape, that shape, whether any gap ends a
// sentence, and whether any holds a control byte (binary data). rowEnds
// counts the gaps that hold a line break when they all have one shape
// other than the commonest (the ends of rows), else it is 0.
func (f *finder) gapShapes(ordered []token) (best int, bestShape string, sentenceEnd, binary bool, rowEnds int) {
	shapes := map[string]int{}
	rowShape, rowsAlike := "", true
	for i := 1; i < len(ordered); i++ {
		gap := f.text[ordered[i].gs:ordered[i].start]
		for _, c := range gap {
			// A form feed is a page break (pdftotext writes one between
			// pages), no binary data's byte.
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
				binary = true
			}
		}
		sh := gapShape(gap)
		shapes[sh]++
		if shapes[sh] > best {
			best, bestShape = shapes[sh], sh
		}
		// A list number's dot ("\n2. ") ends no sentence, nor does
		// PHP's and Perl's "." that joins two literals ("' . '").
		sentenceEnd = sentenceEnd || strings.ContainsAny(sh, ".!?") && ordered[i].num == 0 && sh != "'.'" && sh != `"."`
		if bytes.IndexByte(gap, '\n') >= 0 {
			if rowEnds > 0 && sh != rowShape {
				rowsAlike = false
			}
			rowShape = sh
			rowEnds++
		}
	}
	if !rowsAlike || rowShape == bestShape {
		rowEnds = 0
	}
	return best, bestShape, sentenceEnd, binary, rowEnds
}

// maxRise is the sorted stretch that, continued outside a window, marks
// the window as cut from a list (cutFromList).
const maxRise = 8

// falls counts the places where words, in text order, are not in
// alphabetical order. A random phrase of n words has about (n-1)/2; an
// excerpt of a sorted list has none.
func (f *finder) falls(words []token) int {
	falls := 0
	for i := 1; i < len(words); i++ {
		if !f.sortsBefore(words[i-1], words[i]) {
			falls++
		}
	}
	return falls
}

// sortsBefore reports whether word a comes before word b in alphabetical
// order, ignoring case: bytes.ToLower of both compared, without copying
// either while they are ASCII (list words almost always are).
// lessFolded reports whether x sorts before y once lower-cased, as
// bytes.Compare(bytes.ToLower(x), bytes.ToLower(y)) < 0 does (UTF-8
// orders as code points; an invalid byte is U+FFFD), without the copies:
// sortsBefore runs for every pair of neighbouring words of a unit.
func lessFolded(x, y []byte) bool {
	for len(x) > 0 && len(y) > 0 {
		rx, nx := utf8.DecodeRune(x)
		ry, ny := utf8.DecodeRune(y)
		if lx, ly := unicode.ToLower(rx), unicode.ToLower(ry); lx != ly {
			return lx < ly
		}
		x, y = x[nx:], y[ny:]
	}
	return len(x) == 0 && len(y) > 0
}

func (f *finder) sortsBefore(a, b token) bool {
	x, y := f.text[a.start:a.end], f.text[b.start:b.end]
	for k := 0; k < len(x) && k < len(y); k++ {
		cx, cy := x[k], y[k]
		if cx >= utf8.RuneSelf || cy >= utf8.RuneSelf {
			return lessFolded(x[k:], y[k:])
		}
		if 'A' <= cx && cx <= 'Z' {
			cx += 'a' - 'A'
		}
		if 'A' <= cy && cy <= 'Z' {
			cy += 'a' - 'A'
		}
		if cx != cy {
			return cx < cy
		}
	}
	return len(x) < len(y)
}

// lineShaped reports whether the window run[i:j] is whole lines of the
// unit run shaped unlike its other lines: lines of at least twice the
// words of any other (a phrase on its line or two, next to a short line
// of list words such as "Keep this safe" or "Check balance later"), or a
// word a line next to lines of several. Such a neighbour makes the unit
// a phrase length that fails; rows of one table, or a label word on the
// phrase's line, do not set it apart.
func lineShaped(run []token, i, j int) bool {
	if i > 0 && run[i].line == run[i-1].line || j < len(run) && run[j].line == run[j-1].line {
		return false
	}
	minIn, maxIn, minOut, maxOut := len(run), 0, len(run), 0
	for k := 0; k < len(run); {
		e := k + 1
		for e < len(run) && run[e].line == run[k].line {
			e++
		}
		if c := e - k; k >= i && k < j {
			minIn, maxIn = min(minIn, c), max(maxIn, c)
		} else {
			minOut, maxOut = min(minOut, c), max(maxOut, c)
		}
		k = e
	}
	// The other lines are short notes ("Keep this safe": at most
	// maxExtra words); longer ones may be part of the phrase (a 24-word
	// phrase written 6 + 18, whose 18-word line passes its 6-bit
	// checksum once in 64, was taken for that line until 2026-12-02).
	return maxOut > 0 && (minIn >= 2*maxOut && maxOut <= maxExtra || maxIn == 1 && minOut >= 2)
}

// tableRows tells whether a run is rows of a table: every line of the
// run starts with a code of letters and digits and the same punctuation
// ("<S2B08> % NORTH EAST BLACK ARROW", "2B08;NORTH EAST BLACK ARROW;…").
// It returns the index of the first row's first word and the number of
// rows (0 when the run is no such table). Comment marks, quotes,
// bullets and list numbers are no codes: a phrase in a comment block
// under "// output:" is read. The punctuation before each row sets no
// row apart from the others, so a window that is not all the rows and
// passes the checksum is chance (one in 16 for BIP-39, one in 256 for
// Electrum), unless a label says otherwise (bestWindow).
func (f *finder) tableRows(run []token) (first, rows int) {
	n := len(run)
	// The punctuation before the first word of each line (from the
	// line's start). Lines after the first start in the run, so only
	// codes and marks stand before their first word; the first line may
	// begin with words in no list, and is a row only when its
	// punctuation is the others'.
	prefixOf := func(k int) string {
		ls := bytes.LastIndexByte(f.text[:run[k].start], '\n') + 1
		return rowCode(f.text[ls:run[k].start])
	}
	prefix := ""
	first = -1
	for k := 1; k < n; k++ {
		if run[k].line == run[k-1].line {
			continue
		}
		switch p := prefixOf(k); {
		case p == "" || prefix != "" && p != prefix:
			return -1, 0
		default:
			prefix = p
		}
		if first < 0 {
			first = k
		}
		rows++
	}
	if prefixOf(0) == prefix {
		first, rows = 0, rows+1
	}
	return first, rows
}

// rowCode returns the punctuation of a line's start when it holds a
// code (a token of three letters and digits or more, with both), "" when
// it does not.
func rowCode(b []byte) string {
	code := false
	for k := 0; k < len(b) && !code; {
		e := k
		letters, digits := 0, 0
		for e < len(b) && b[e] < 0x80 && (b[e] >= '0' && b[e] <= '9' || b[e]|0x20 >= 'a' && b[e]|0x20 <= 'z') {
			if b[e] <= '9' {
				digits++
			} else {
				letters++
			}
			e++
		}
		code = letters > 0 && digits > 0 && e-k >= 3
		k = e + 1
	}
	if !code {
		return ""
	}
	return punctOnly(b)
}

// punctOnly returns the punctuation of b, each run of one mark once.
func punctOnly(b []byte) string { return marks(b, true) }

// crossesBlankLine reports whether a blank line stands between two of
// the words.
func crossesBlankLine(w []token) bool {
	for _, t := range w[1:] {
		if t.para {
			return true
		}
	}
	return false
}

// cutsNumbering reports whether the window run[i:j] takes in words before
// a list numbered a word an item (1, 2, 3, … to the run's end, 12 items
// or more) and leaves out its last ones: a heading's last word and the
// items but the last ("Bonus words (from the word jar)" over "1. run" …
// "12. chef", the 282nd blind corpus), which pass a checksum by chance.
// The list's own reading goes by its numbers (byNumberAny).
func cutsNumbering(run []token, i, j int) bool {
	k0 := slices.IndexFunc(run, func(t token) bool { return t.num == 1 })
	if k0 <= 0 || i >= k0 || j >= len(run) || len(run)-k0 < 12 {
		return false
	}
	for k := k0; k < len(run); k++ {
		if run[k].num != k-k0+1 {
			return false
		}
	}
	return true
}

// cutFromList reports whether the window run[i:j] cuts through an
// excerpt of a sorted list: a stretch of at least maxRise words in
// alphabetical order inside it that goes on, still in order, for
// another two words or more outside it. A phrase may have 8 words in
// order (1 in 8,500 random 12-word phrases does, 1 in 2,700 of 24); that
// the words next to it continue the order is what marks a list.
func (f *finder) cutFromList(run []token, i, j int) bool {
	less := f.sortsBefore
	start := i
	for k := i + 1; k <= j; k++ {
		if k < j && less(run[k-1], run[k]) {
			continue
		}
		// run[start:k] is a sorted stretch of the window.
		if k-start >= maxRise && (start == i || k == j) {
			out := 0
			if start == i {
				for m := i; m > 0 && less(run[m-1], run[m]); m-- {
					out++
				}
			}
			if k == j {
				for m := j; m < len(run) && less(run[m-1], run[m]); m++ {
					out++
				}
			}
			if out >= 2 {
				return true
			}
		}
		start = k
	}
	return false
}

// commaCut reports whether the window run[i:j] is cut from a list of
// items set apart by commas ("buy: coffee, sugar, …, potato, onion"):
// every gap inside it is a comma, and so is a gap on its line where the
// unit goes on past it. A phrase written with commas is all of its list;
// one window of 12 in 16 of a list of 13 passes the checksum.
func (f *finder) commaCut(run []token, i, j int) bool {
	comma := func(k int) bool { return gapShape(f.text[run[k].gs:run[k].start]) == "," }
	for k := i + 1; k < j; k++ {
		if !comma(k) {
			return false
		}
	}
	// A line break where the window ends is a row's end ("w1,…,w12\r\n"
	// in a CSV file), not a comma between items.
	goesOn := func(k int) bool { return comma(k) && !hasNewline(f.text[run[k].gs:run[k].start]) }
	// The word before it may be its label, set apart by a comma as well
	// ("frase di recupero, w1, w2, …": "recupero" is an Italian list
	// word).
	return i > 0 && goesOn(i) && !labelWord(f.text[run[i-1].start:run[i-1].end]) && !csvRowLabel(f.text, run[i-1].start, j-i) ||
		j < len(run) && goesOn(j)
}

// csvRowLabel reports whether the field at text[start] starts a row of a
// CSV file whose header numbers the n fields after it ("label,w1,…,w12"
// over "main,<12 words>"): the row's label, though a list word, is no
// item of the list after it.
func csvRowLabel(text []byte, start, n int) bool {
	ls := bytes.LastIndexByte(text[:start], '\n') + 1
	if ls == 0 || len(bytes.Trim(text[ls:start], " \t\"")) > 0 {
		return false
	}
	header := bytes.TrimRight(text[bytes.LastIndexByte(text[:ls-1], '\n')+1:ls-1], "\r")
	fields := bytes.Split(header, []byte(","))
	if len(fields) != n+1 {
		return false
	}
	for k, fd := range fields[1:] {
		num := strconv.Itoa(k + 1)
		at := bytes.Index(fd, []byte(num))
		if at < 0 || at+len(num) < len(fd) && isDigit[fd[at+len(num)]] || at > 0 && isDigit[fd[at-1]] {
			return false
		}
	}
	return true
}

// gapShape reduces a gap to its punctuation: no spaces, no digits, runs of
// one character collapsed, at most 16 bytes.
func gapShape(gap []byte) string {
	if len(gap) == 0 {
		return "∅" // glued characters: not the same as a space
	}
	if bytes.IndexByte(gap, '[') >= 0 {
		// A forum's BBCode tags ("[/td][td]", "[/li]\n[li]") shape a
		// gap as the white space between them: a table's cells and
		// rows, a list's items.
		var buf [64]byte
		out := buf[:0]
		for i := 0; i < len(gap); {
			if gap[i] == '[' {
				if j := bbTagEnd(gap, i); j > 0 {
					out, i = append(out, ' '), j
					continue
				}
			}
			out, i = append(out, gap[i]), i+1
		}
		gap = out
	}
	return marks(gap, false)
}

// marks returns the bytes of b other than spaces (ideographic ones too),
// digits and list numbers (roman, circled), and ASCII letters with
// letters set, each run of one byte once, at most 16. The
// tick of a Markdown task's box ("[x]") is left out: a ticked task is
// shaped as an unticked one.
func marks(b []byte, letters bool) string {
	var out []byte
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' || c >= '0' && c <= '9' || letters && c|0x20 >= 'a' && c|0x20 <= 'z' ||
			c|0x20 == 'x' && i > 0 && b[i-1] == '[' && i+1 < len(b) && b[i+1] == ']' {
			continue
		}
		if c == 0xE3 && i+2 < len(b) && b[i+1] == 0x80 && b[i+2] == 0x80 {
			i += 2 // an ideographic space, as Japanese phrases are written
			continue
		}
		if c >= 0xE2 && circledNumber(b[:min(len(b), i+3)]) > 0 && i+3 <= len(b) {
			i += 2 // a circled number ("③"), left out as digits are
			continue
		}
		if asciiLetter[c] && (i == 0 || !asciiLetter[b[i-1]]) && i+1 < len(b) && (b[i+1] == '.' || b[i+1] == ')') {
			continue // a list's letter ("b. "), left out as digits are
		}
		if romanDigit[c|0x20] != 0 && (i == 0 || !asciiLetter[b[i-1]]) {
			// A list's roman numeral ("XII. "), left out as digits are.
			k := i
			for k < len(b) && romanDigit[b[k]|0x20] != 0 {
				k++
			}
			if k < len(b) && (b[k] == '.' || b[k] == ')') && romanValue(b[i:k]) > 0 {
				i = k - 1
				continue
			}
		}
		if len(out) > 0 && out[len(out)-1] == c {
			continue
		}
		out = append(out, c)
		if len(out) == 16 {
			break
		}
	}
	return string(out)
}

// repeatsTriple reports whether three words in a row occur twice in the
// same order.
func repeatsTriple(idx []uint16) bool {
	seen := make(map[[3]uint16]bool, len(idx))
	for i := 0; i+3 <= len(idx); i++ {
		k := [3]uint16{idx[i], idx[i+1], idx[i+2]}
		if seen[k] {
			return true
		}
		seen[k] = true
	}
	return false
}

// repetitive reports whether fewer than half the words are distinct.
func repetitive(idx []uint16) bool {
	seen := map[uint16]bool{}
	for _, v := range idx {
		seen[v] = true
	}
	return len(seen)*2 < len(idx)
}

// tryNumberedOther reads words in the order of their numbers (byNumberAny)
// as an Electrum 2.x seed (12, 13, 24 or 25 words), a Monero seed (25) or
// a SLIP-39 share (20 or 33), placed over the stretch they cover.
func (f *finder) tryNumberedOther(ord []token) (Match, bool) {
	var m Match
	ok := false
	switch len(ord) {
	case 12, 13, 24:
		m, ok = f.tryElectrum(ord)
	case 25:
		if m, ok = f.tryMonero(ord); !ok {
			m, ok = f.tryElectrum(ord)
		}
	case 20, 33:
		m, ok = f.trySLIP39(ord)
		ok = ok && m.Phrase.Len() == len(ord)
	}
	if !ok {
		return Match{}, false
	}
	m.Start, m.End = ord[0].start, ord[0].end
	for _, t := range ord {
		m.Start, m.End = min(m.Start, t.start), max(m.End, t.end)
	}
	m.Exact, m.Layout = true, LayoutNumbered
	return m, true
}

// tryElectrum checks a stretch as an Electrum 2.x seed in any of
// Electrum's wordlists (electrumPhrase).
func (f *finder) tryElectrum(run []token) (Match, bool) {
	if !f.phraseShaped(run) {
		return Match{}, false
	}
	words := make([]string, len(run))
	for i, w := range run {
		if w.e == nil || w.e.electrum == 0 {
			return Match{}, false
		}
		words[i] = norm.NFKD.String(strings.ToLower(string(f.text[w.start:w.end])))
	}
	p, ok := electrumPhrase(words)
	if !ok || !electrumGenerated(p) && !(p.Len() == 13 && electrumNamed(f.text, run[0].start)) {
		return Match{}, false
	}
	return Match{Start: run[0].start, End: run[len(run)-1].end, Exact: true, Layout: layoutOf(run), Phrase: p}, true
}

// electrumNamed reports whether the text before start (as far as labelled
// looks) names Electrum: a seed of 13 words that Electrum's generators
// did not write in that scheme (a segwit seed, or a standard one in
// another list than English) is read when so named, as Electrum reads
// it when typed in: "old electrum seed (13 words): …".
func electrumNamed(text []byte, start int) bool {
	var buf [160]byte
	return bytes.Contains(lowerInto(buf[:0], text[max(0, start-len(buf)):start]), []byte("electrum"))
}

// electrumGenerated reports whether Electrum's generators ever wrote a
// seed like p (electrum/mnemonic.py make_seed, electrum/version.py):
// standard seeds of 12 words in any of its lists (13 before 2.7 in
// English, and with the Portuguese list, whose 1,626 words need 13 for
// 132 bits); segwit and 2FA-segwit seeds, which came after 2.7, of 12
// (13 Portuguese); 2FA seeds of 12 words, or 24 and 25 before 2.7, in
// English, the one list TrustedCoin used. Electrum accepts more when a
// seed is typed in (ValidateElectrum does too), but in text each other
// shape is another chance for a random stretch of words to pass a check
// of 8 or 12 bits.
func electrumGenerated(p Phrase) bool {
	n, lang := p.Len(), p.Language()
	switch p.Scheme() {
	case SchemeElectrumStandard:
		return n == 12 || n == 13 && (lang == English || lang == ElectrumPortuguese)
	case SchemeElectrum2FA:
		return lang == English && (n == 12 || n == 24 || n == 25)
	}
	return n == 12 || n == 13 && lang == ElectrumPortuguese
}

// choose reports the best of a run's candidates (found in its units) that
// overlap neither each other nor a phrase already reported, in text order.
func (f *finder) choose() {
	c := f.cands
	if len(c) == 0 {
		return
	}
	slices.SortStableFunc(c, func(a, b Match) int {
		if d := b.score - a.score; d != 0 {
			return d
		}
		return a.Start - b.Start
	})
	f.cands = f.cands[:0]
	last := 0
	if n := len(f.out); n > 0 {
		last = f.out[n-1].End
	}
	picked := c[:0:0]
	for _, m := range c {
		if m.Start < last || slices.ContainsFunc(picked, func(p Match) bool { return p.Start < m.End && m.Start < p.End }) {
			continue
		}
		picked = append(picked, m)
	}
	slices.SortFunc(picked, func(a, b Match) int { return a.Start - b.Start })
	for _, m := range picked {
		m.StartLine = f.lineOf(m.Start)
		m.EndLine = m.StartLine + bytes.Count(f.text[m.Start:m.End], []byte{'\n'})
		f.out = append(f.out, m)
	}
}

// Weights of the evidence that ranks competing readings, in bits: how
// much less likely a reading is to be chance.
const (
	// exactBits: the reading is a whole unit (a line, a block, a quoted
	// value, a numbered list), not a window cut out of a longer stretch
	// of list words; a window has several chances to pass, a unit one.
	exactBits = 6
	// leftOutBits: each list word of the unit that a window leaves out
	// is a sign that the stretch is a list or prose, not a phrase.
	leftOutBits = 1
	// numberedBits: the words are numbered 1..n, so the writer said
	// which words are the phrase and in which order.
	numberedBits = 4
	// edgeBits: a window starts and ends at clear boundaries.
	edgeBits = 1
	// labelBits: a label such as "seed" or "mnemonic" says what follows.
	labelBits = 1
	// runEndBits: a window cut from a unit ends where the unit does.
	runEndBits = 1
	// crossedBits: for each boundary inside the reading (a colon, a
	// quote, a full stop that few gaps of the unit have): a phrase is
	// written in one piece, a label and its value or two sentences are
	// not.
	crossedBits = -3
	// correctedBits: a misspelt word read by its prefix is a guess.
	correctedBits = -4
)

// checksumBits is how many bits of a phrase's scheme check it: a random
// sequence of words passes one time in 2^bits.
func checksumBits(p Phrase) int {
	switch p.Scheme() {
	case SchemeSLIP39:
		return 30 // RS1024 over 10-bit words
	case SchemeAezeed:
		return 32 // CRC-32C
	case SchemeAlgorand:
		return 19 // an 11-bit checksum word and 8 zero bits
	case SchemeTON:
		return 8 // the seed-version byte
	case SchemePolyseed:
		return 11 // one GF(2048) check word
	case SchemeMonero:
		return 4 // the checksum word is one of 24 (12 or 13 bits of list)
	case SchemeElectrumStandard:
		return 8 // version prefix "01"
	case SchemeElectrumSegwit, SchemeElectrum2FA, SchemeElectrum2FASegwit:
		return 12 // three hex digits of version prefix
	case SchemeElectrumOld:
		return 0 // no checksum at all
	}
	return p.Len() / 3 // BIP-39: a bit of checksum for every three words
}

// crossesKey reports whether a word of run[i+1:j] starts a line as its key
// ("image:" under "seed: <words>"): a window that takes it in joins a
// value to the next line's key.
func (f *finder) crossesKey(run []token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if lineKey(f.text, run[k]) {
			return true
		}
	}
	return false
}
