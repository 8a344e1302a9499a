package mnemonic

import (
	"bytes"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/unicode/norm"
)

// Layout names how a phrase's words were laid out in the text.
type Layout string

// The layouts Find and FindElectrumOld report.
const (
	// LayoutInline is words in text order, on one line or across lines.
	LayoutInline Layout = "inline"
	// LayoutNumbered is words numbered 1 to n, in order.
	LayoutNumbered Layout = "numbered"
	// LayoutGridColumns is a grid written without numbers read column
	// by column.
	LayoutGridColumns Layout = "grid-columns"
	// LayoutGlued is words written without separators: Chinese, or
	// a Latin script's glued in one run of letters.
	LayoutGlued Layout = "glued"
	// LayoutSeedQR is the digits of a Standard SeedQR.
	LayoutSeedQR Layout = "seedqr"
	// LayoutSingleLine is an old Electrum seed alone on its line.
	LayoutSingleLine Layout = "single-line"
)

// Match is a valid phrase found in text.
type Match struct {
	// Start and End are the byte span from the first to the last word.
	Start, End int
	// StartLine and EndLine are 1-based lines of the first and last word.
	StartLine, EndLine int
	// Phrase is the validated phrase.
	Phrase Phrase
	// Layout says how the words were laid out.
	Layout Layout
	// Labelled is set when a word such as "mnemonic", "seed" or "recovery"
	// precedes the phrase.
	Labelled bool
	// Exact is set when the phrase is a whole unit of the text: all the
	// wordlist words of a line, of lines between blank lines or prose, of
	// a quoted value or of a numbered list, with no other wordlist word
	// of that unit before or after it.
	Exact bool
	// Corrected counts words that are in no list but were read by their
	// first four letters, accents removed, which name one word of the
	// phrase's list ("abandn" for "abandon"; English, Spanish, French,
	// Italian, Czech and Portuguese), or, in English, as the list word
	// one edit away ("abnadon", "abadon"; one of at most three, the only
	// one that gives a phrase): a typo in a written-down phrase. The
	// checksum still has to hold with the word so read.
	Corrected int

	// score is the evidence for the reading, in bits (decide.go).
	score int
}

// Limits of the finder; see the package documentation.
const (
	// maxExtra is how many wordlist words may stand next to a phrase with
	// nothing but ordinary separators between them and no clear edge: a
	// label word or two ("wallet", "seed words") and a trailing word;
	// more are a list or prose, where one window in 16 passes.
	maxExtra = 3
	// maxRun is the longest stretch of wordlist words that can hold a
	// phrase without punctuation or line structure splitting it: 24
	// words and their labels and numbering leave room to 40; longer
	// stretches are lists (a wordlist in source, a glossary).
	maxRun = 40
	// maxGap is the most separator bytes between two words of a phrase
	// (a table's rules not counted, gapWidth): wide columns and HTML
	// between words fit, a page of other text not.
	maxGap = 80
	// maxGapLines is the most line breaks between two words of a phrase:
	// double-spaced lists and a blank line fit.
	maxGapLines = 3
	// maxTokens bounds the memory of one run: thousands of list words in
	// a row are a wordlist.
	maxTokens = 4096
)

// finder holds the state of one Find call.
type finder struct {
	text    []byte
	t       *tables
	run     []token
	out     []Match
	lineAt  int // line of position lineOff
	lineOff int
	lower   [64]byte
	fold    []byte    // a word lower-cased, format characters dropped
	key     []byte    // fold in NFKD: the key of the lookup table
	bare    []byte    // key without its combining marks: accents typed wrong
	norm    norm.Iter // normalises fold into key without allocating
	// overflow is set when the current run passed maxTokens.
	overflow bool
	// A run broken by a possible typo waits here, so that it can be
	// tried joined with the typo and the run after it.
	pend     []token
	pendTypo token
	hasPend  bool
	// col is the place in its line of the last word seen (0 for the
	// first word of a line); eol is set when the run being flushed
	// ended its line.
	col int
	eol bool
	// dotEnd is where the last chain of words joined by dots that
	// codeToken measured ends, and dotLong whether it held enough words
	// for a phrase ("abandon.ability.able…", not "obj.method").
	dotEnd  int
	dotLong bool
	// cands are the phrases found in the stretches of one run, before
	// choose picks those that do not overlap.
	cands []Match
	// flushing is the run being examined (its units are parts of it).
	flushing []token
	// Lazy mode (see): the words held back since the state was last
	// clean, lazy[lazyStart&lazyMask : lazyEnd&lazyMask] in a ring (the
	// counters only grow); when lazyTypo is set, the word before them
	// (at lazyStart-1) may be a list word misspelt, and the stretch
	// before it starts at lazyPrev. Then whether the finder is direct
	// (state not clean) and, for tests, whether it is always direct.
	lazy      [lazyMask + 1]lazyWord
	lazyPrev  int
	lazyStart int
	lazyEnd   int
	lazyTypo  bool
	// nearSeen remembers whether nearWords reads a word (nearReadable);
	// it is kept from one text to the next.
	nearSeen map[string]bool
	direct   bool
	eager    bool
	// nl is set when the scanner stepped over a line break since the
	// last word.
	nl bool
	// Lines of one template whose last word is a list word (lineEnd):
	// the last token's span (lastS < 0: none since the line began; lastE
	// < 0: not a word) and whether it passed the quick filter; where the
	// line began, and the line before; the number of such lines in a
	// row, the last words of the first and the last of them; and the
	// stretches of minRunWords to maxRun such lines, for lineTemplates.
	lastS, lastE int
	lastKeep     bool
	lineStart    int
	prevLine     lineShape
	tailN        int
	tailFrom     int
	tailTo       int
	tails        [][2]int
	// The TON checks made (tryTON) and their results by word list.
	tonChecks  int
	tonChecked map[string]bool
	// nameLabel is set when the text is a file's whole content and the
	// file's name labels a phrase (FindNamed).
	nameLabel bool
	// rows counts the stretches of list words examined (12 to maxRun
	// words: a line, a unit, a clause) whose readings were put to the
	// checksum, rowsPassed those that gave a phrase (chanceRows);
	// checks counts the readings put to the checksum, and inExamine is
	// set while a stretch is examined.
	rows, rowsPassed, checks int
	inExamine                bool
	// listAt is where the first line that starts with item 1 of a list
	// ("1. ", "1) ", "1: ") starts, or -1: findPaged reads from there.
	listAt int
	// rewrites holds, in the order of the text, what findRewritten reads
	// the text again without: the conjunctions that end a list of list
	// words set apart by commas ("…, ignore, and merge"), to be written
	// as commas, and the hyphens that cut a word at a line's end
	// (hyphenBreak), to be left out with the line break.
	rewrites []numberMarker
	// placed is one past where the first sentence that names a word's
	// place starts (ordinalClause), or 0: ellipticPlaces reads on from
	// there.
	placed int
	// ordered is phraseShape's copy of the words it is given.
	ordered []token
}

// Find returns every valid phrase in text, in order, never two that
// overlap. It never panics, whatever the input.
func Find(text []byte) []Match {
	return findText(text, find, false, false)
}

// FindNamed is Find for the whole content of a file named name (a base
// name or a path): a name that says seed phrase ("助记词.txt",
// "seed phrase.txt", "mnemonic.txt") labels a phrase that is all the
// file holds, as a label written before it would. It matters for Chinese
// written without separators, which is read as a phrase only after a
// label (or as 24 characters on a line of their own).
//
// A name that names a list of another kind ("spelling-worksheet.tex",
// "vocabulario tema 4.txt") keeps only the phrases written after a seed's
// label and published test phrases, as FindPart does.
func FindNamed(name string, text []byte) []Match {
	if nameNamesOtherList(name) || !nameSaysPhrase(name) {
		return FindPart(name, text)
	}
	return findText(text, func(t []byte) []Match { return findNamed(t, true) }, isSheet(name), sourceCode(name))
}

// FindPart is Find for a part of a file named name: a piece of a large
// file, a mail's part, a chat export's messages. Its name labels no
// phrase, since the part is not all the file holds, but a name that names
// a list of another kind ("Word Game.txt", "vocabulary.eml") keeps only
// the phrases written after a seed's label and published test phrases.
func FindPart(name string, text []byte) []Match {
	found := findText(text, find, isSheet(name), sourceCode(name))
	if nameNamesOtherList(name) {
		return inOtherListFile(text, found)
	}
	return found
}

// sourceExts are the extensions of programs' source files.
var sourceExts = []string{".go", ".c", ".h", ".cc", ".cpp", ".hpp", ".java", ".kt", ".rs", ".py", ".js", ".mjs", ".ts", ".tsx", ".jsx",
	".rb", ".php", ".cs", ".swift", ".m", ".s", ".scala", ".dart", ".lua", ".pl", ".sol", ".zig", ".hs", ".ml", ".ex", ".exs"}

// sourceCode reports whether a file's name says it holds a program's
// source, which no sheet's grid of words is kept in.
func sourceCode(name string) bool {
	base := baseName(name)
	return slices.ContainsFunc(sourceExts, func(e string) bool { return strings.HasSuffix(base, e) })
}

// isSheet reports whether a file's name says it holds a sheet's cells a
// row a line, apart by tabs: a .tsv file, or the cells of a workbook's
// sheet as a scan names them ("sheet1.xml (cells)").
func isSheet(name string) bool {
	base := baseName(name)
	return strings.HasSuffix(base, ".tsv") || strings.HasSuffix(base, ".tab") || strings.HasSuffix(base, " (cells)")
}

// baseName returns a file's name without its directories and the path of
// the archive it is in, lower-cased.
func baseName(name string) string {
	return strings.ToLower(name[strings.LastIndexAny(name, "/\\!")+1:])
}

// nameSaysPhrase reports whether a file's name, without its directories
// (and archive path), holds a strict label: 助记词, mnemonic, seed, ….
func nameSaysPhrase(name string) bool {
	return holdsStrictLabel(baseName(name))
}

// holdsStrictLabel reports whether lower-cased text holds one of
// strictLabels, its colon or not.
func holdsStrictLabel(lower string) bool {
	for _, l := range strictLabels {
		if strings.Contains(lower, strings.TrimSuffix(l, ":")) {
			return true
		}
	}
	return false
}

// findText runs find on text, or on its plain copy when it is RTF or
// markup, with fullwidth digits read as ASCII ones (findWide).
//
// cells is set when text is a sheet's cells, a row a line, apart by tabs
// (isSheet): a cell may label the row after it ("Row 1"). code is set when
// text is a program's source (sourceCode), which is not read for a
// grid's labelled rows (blankRowLabels). Phrases glued without spaces
// (gluedPhrases) are read in every text.
func findText(text []byte, find func([]byte) []Match, cells, code bool) []Match {
	wide := func(plain []byte) []Match { return findWide(plain, find) }
	// A plain copy may hold a list numbered in words too (an RTF letter
	// numbered "1er", "2e"): its numbers are read through a copy of it.
	numbers := func(plain []byte) []Match {
		ms := numberMarkers(plain, cells)
		if ms == nil {
			return wide(plain)
		}
		out := findInPlain(plain, func(src, buf []byte, pieces []piece) ([]byte, markupMap) {
			return writeNumbered(src, buf, pieces, ms)
		}, wide)
		if parts := partsApart(plain, ms); parts != nil {
			// Rows of a phrase with other lines between ("Part 1: …",
			// a section of notes, "Part 2: …"): read together too.
			out = mergeReadings(out, findInPlain(plain, func(src, buf []byte, pieces []piece) ([]byte, markupMap) {
				return writeParts(src, buf, pieces, parts)
			}, wide))
		}
		return out
	}
	// A numbered list a word a line with a remark after a word or two,
	// and a grid whose rows are labelled, are read with the remarks and
	// the labels blanked out too.
	numbered := func(plain []byte) []Match {
		out := numbers(plain)
		if blanked, ok := blankRemarks(plain); ok {
			out = mergeReadings(out, numbers(blanked))
		}
		if code {
			return out // a program's source holds no sheet's grid
		}
		if blanked, ok := blankRowLabels(plain); ok {
			out = mergeReadings(out, numbers(blanked))
		}
		return out
	}
	var out []Match
	switch {
	case isRTF(text):
		out = findInPlain(text, readRTF, numbered)
	case hasMarkup(text):
		out = findInPlain(text, readMarkup, numbered)
	case hasQuotedLines(text):
		out = findInPlain(text, readQuoted, numbered)
	case bytes.Contains(text, stickyNoteMark):
		out = findInPlain(text, readStickyNotes, numbered)
	default:
		out = numbered(text)
		if bytes.IndexByte(text, '\f') >= 0 {
			// pdftotext's pages: the text read again without each page
			// break's furniture (a running header, a footer), which
			// cuts a phrase printed over two pages.
			if brks := pageBreakSpans(text); len(brks) > 0 {
				out = findWithout(text, brks, "\n", out, numbered)
			}
		}
	}
	if glued := gluedPhrases(text); len(glued) > 0 {
		// Words glued together without spaces ("abandonability…").
		out = mergeReadings(out, glued)
	}
	return out
}

// stickyNoteMark starts the mark Windows Sticky Notes writes before each
// paragraph of a note's text (its plum.sqlite's Note.Text): "\id=" and a
// GUID, then a space.
var stickyNoteMark = []byte(`\id=`)

// guidLen is the length of a GUID written as text (8-4-4-4-12 hex digits).
const guidLen = 36

// stickyNoteID reports whether b starts with a Sticky Notes paragraph's
// mark and returns its length, its space included.
func stickyNoteID(b []byte) (int, bool) {
	n := len(stickyNoteMark) + guidLen
	if len(b) < n || !bytes.HasPrefix(b, stickyNoteMark) {
		return 0, false
	}
	for k, c := range b[len(stickyNoteMark):n] {
		switch k {
		case 8, 13, 18, 23:
			if c != '-' {
				return 0, false
			}
		default:
			if !isHexDigit(c) {
				return 0, false
			}
		}
	}
	if n < len(b) && b[n] == ' ' {
		n++
	}
	return n, true
}

// readStickyNotes makes the plain copy of text with the marks of Sticky
// Notes' paragraphs left out, so that a phrase written a few words a
// paragraph reads as its words.
func readStickyNotes(src, buf []byte, pieces []piece) ([]byte, markupMap) {
	r := plainWriter{src: src, out: buf[:0], m: markupMap{pieces[:0]}}
	for i := 0; i < len(src); {
		k := bytes.Index(src[i:], stickyNoteMark)
		if k < 0 {
			break
		}
		i += k
		if n, ok := stickyNoteID(src[i:]); ok {
			r.drop(i, i+n)
			i += n
			continue
		}
		i += len(stickyNoteMark)
	}
	r.verbatim(len(src))
	return r.out, r.m
}

// hasQuotedLines reports whether two lines of text or more start with a
// quote mark ('>'), as a mail's reply quotes the mail before it and
// Markdown writes a block quote. It looks for the marks, not the line
// breaks: a break is met every line, a mark seldom where none is quoted.
func hasQuotedLines(text []byte) bool {
	n := 0
	if len(text) > 0 && text[0] == '>' {
		n++
	}
	for i := 1; i < len(text); {
		k := bytes.IndexByte(text[i:], '>')
		if k < 0 {
			return false
		}
		i += k + 1
		if text[i-2] == '\n' {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// readQuoted makes the plain copy of text with the quote marks at the
// start of its lines ("> ", "> > ", ">> ") left out, so that the words of
// a quoted list or grid stand as they did before they were quoted: a
// mark before a row's first number is no part of the row's layout.
func readQuoted(src, buf []byte, pieces []piece) ([]byte, markupMap) {
	r := plainWriter{src: src, out: buf[:0], m: markupMap{pieces[:0]}}
	for ls := 0; ls < len(src); {
		i := ls
		for i < len(src) && src[i] == '>' {
			i++
			if i < len(src) && src[i] == ' ' {
				i++
			}
		}
		if i > ls {
			r.drop(ls, i)
		}
		k := bytes.IndexByte(src[i:], '\n')
		if k < 0 {
			break
		}
		ls = i + k + 1
	}
	r.verbatim(len(src))
	return r.out, r.m
}

// find is Find on text read as it is.
func find(text []byte) []Match { return findLines(text, false) }

// findLines is find; lines is set when text is itself the copy of lines
// of one template (lineTemplates), not to be read for templates again.
func findLines(text []byte, lines bool) []Match { return findWith(text, lines, false) }

// findNamed is find on a file's whole content whose name labels a phrase.
func findNamed(text []byte, nameLabel bool) []Match { return findWith(text, false, nameLabel) }

// findWith is findLines; nameLabel is finder.nameLabel.
func findWith(text []byte, lines, nameLabel bool) []Match {
	f := finders.Get().(*finder)
	// A fresh finder that keeps the buffers of the last one.
	*f = finder{text: text, t: data(), lineAt: 1, lastS: -1, listAt: -1, nameLabel: nameLabel,
		run: f.run[:0], pend: f.pend[:0], cands: f.cands[:0], fold: f.fold[:0], key: f.key[:0], tails: f.tails[:0], nearSeen: f.nearSeen,
		ordered: f.ordered[:0], rewrites: f.rewrites[:0]}
	f.scan()
	if f.placed > 0 {
		f.ellipticPlaces(f.placed - 1)
	}
	f.rewrites = notedRows(text, f.rewrites)
	out := otherLists(text, f.chanceRows(f.out))
	if len(f.tails) > 0 && !lines {
		out = lineTemplates(text, f.tails, out)
	}
	listAt := f.listAt
	var rewrites []numberMarker
	if len(f.rewrites) > 0 {
		rewrites = inOrder(slices.Clone(f.rewrites)) // none overlapping
	}
	f.text, f.out = nil, nil
	finders.Put(f)
	again := func(t []byte) []Match { return findWith(t, lines, nameLabel) }
	if listAt >= 0 {
		// A list numbered from 1 an item a line: maybe cut by a page's
		// head, and read whole without it too.
		out = findPaged(text, listAt, out, again)
	}
	if rewrites != nil {
		out = findRewritten(text, rewrites, out, again)
	}
	return out
}

// findRewritten adds to out, what find found in text, what it finds in a
// copy of text rewritten as rewrites say (writeNumbered), whose readings
// replace those they overlap with more words (mergeReadings).
func findRewritten(text []byte, rewrites []numberMarker, out []Match, find func([]byte) []Match) []Match {
	joined := findInPlain(text, func(src, buf []byte, pieces []piece) ([]byte, markupMap) {
		return writeNumbered(src, buf, pieces, rewrites)
	}, find)
	return mergeReadings(out, joined)
}

// finders keeps finders between calls of Find, so that their buffers
// (the run of list words, the held-back words) are not allocated again
// for every chunk of a scan.
var finders = sync.Pool{New: func() any { return new(finder) }}

// flush examines the current run of wordlist words, reports the best of
// the candidates found since the last flush and resets the run.
func (f *finder) flush() {
	f.examineRun0()
	if len(f.cands) > 0 {
		f.choose()
	}
}

// examineRun0 examines the current run and resets it, leaving what it
// found in f.cands; a pending run broken by a possible typo is tried
// joined with this one.
func (f *finder) examineRun0() []token {
	run, overflow := f.run, f.overflow
	f.run, f.overflow = f.run[:0], false
	f.flushRun(run, overflow)
	if f.hasPend {
		f.hasPend = false
		f.tryTypo(run)
	}
	return run
}

// flushRun examines a finished run of list words: each stretch that the
// text's structure marks off (units), then the best phrases found in them.
func (f *finder) flushRun(run []token, overflow bool) {
	if len(run) < 11 || overflow {
		return
	}
	if t, ok := f.gluedFirst(run[0]); ok {
		run = append([]token{t}, run...)
	}
	if len(run) < 12 {
		return
	}
	for k := range run {
		run[k].eol = f.eol
		if k+1 < len(run) {
			run[k].eol = run[k+1].line > run[k].line
		}
	}
	f.flushing = run
	for _, u := range f.units(run) {
		f.examineUnit(u)
	}
	f.flushing = nil
}

// examineUnit examines one stretch of a run.
func (f *finder) examineUnit(run []token) {
	before := len(f.cands)
	f.examineLong(run)
	if len(f.cands) > before {
		return
	}
	// Words that are only in Monero lists (German "Format", French
	// "user") join runs of other list words; when the run as a whole
	// gives nothing, they separate the words of the other schemes' lists,
	// so a phrase right after one is still set off.
	start := 0
	for k, t := range run {
		if moneroOnly(t) {
			if k-start >= 12 {
				f.examineLong(run[start:k])
			}
			start = k + 1
		}
	}
	if start > 0 && len(run)-start >= 12 {
		f.examineLong(run[start:])
	}
}

// Bounds of chanceRows.
const (
	minChanceRows = 8
	chanceShare   = 4
)

// chanceRows drops from out the phrases read inline or down the columns
// of a grid written without numbers, without a label, when
// the text is a list of rows of list words: at least minChanceRows
// stretches of 12 list words or more put to the checksum, at most one in
// chanceShare of them a phrase. One such row in 16 (12 words) to 256 (24)
// passes the checksum by chance — a spelling list's weeks, a
// vocabulary's lines — while a file of phrases (a backup of several
// wallets, test vectors) passes them all, and a note holds one stretch,
// its phrase. Phrases right after a strict label ("seed phrase:"),
// numbered layouts and published test phrases stay.
func (f *finder) chanceRows(out []Match) []Match {
	if f.rows < minChanceRows || f.rowsPassed*chanceShare > f.rows {
		return out
	}
	return slices.DeleteFunc(out, func(m Match) bool {
		// A label somewhere in the lines before is no exemption: list
		// words such as "secret" and "wallet" are labels too.
		return (m.Layout == LayoutInline || m.Layout == LayoutGridColumns) && !strictLabel(f.text, m.Start) && !isPublic(m.Phrase) && !rareChance(f.rows, m.Phrase) &&
			!walletNoteAfter(f.text, m.End)
	})
}

// walletNotes are the words of a note after a row that single it out as a
// wallet's ("<- USING THIS ONE (metamask laptop)"): a wallet, its seed, a
// wallet app.
var walletNotes = []string{"wallet", "seed", "metamask", "ledger", "trezor", "exodus", "phantom", "electrum", "rabby", "coinbase", "trust wallet"}

// walletNoteAfter reports whether the rest of the line after end is a note
// (after an arrow, a comment's mark, a dash or a parenthesis) that holds
// one of walletNotes.
func walletNoteAfter(text []byte, end int) bool {
	le := bytes.IndexByte(text[end:], '\n')
	if le < 0 {
		le = len(text) - end
	}
	rest := bytes.TrimLeft(text[end:end+min(le, 160)], " \t\"'`")
	marked := false
	for _, mark := range [...]string{"<-", "\u2190", "#", "//", "--", "\u2014", "(", "=>", "- "} {
		marked = marked || bytes.HasPrefix(rest, []byte(mark))
	}
	if !marked {
		return false
	}
	var buf [160]byte
	lower := lowerInto(buf[:0], rest)
	return slices.ContainsFunc(walletNotes, func(w string) bool { return bytes.Contains(lower, []byte(w)) })
}

// rareChance reports whether a BIP-39 phrase of p's length would pass its
// checksum by chance in one of rows stretches at most once in eight: a
// 24-word phrase (one in 256) among up to 32 rows of a fixture of
// phrases that fail it, a 21-word one among up to 16.
func rareChance(rows int, p Phrase) bool {
	return p.scheme == "" && !p.prefixes && rows*8 <= 1<<(p.Len()/3)
}

// moneroOnly reports whether a token is a word of Monero lists only.
func moneroOnly(t token) bool {
	return t.e != nil && t.e.monero != nil && t.e.mask == 0 && t.e.slip == 0 && !t.hasPfx
}

// lineOf returns the 1-based line of offset off; calls come in increasing
// order of off.
func (f *finder) lineOf(off int) int {
	if off < f.lineOff {
		f.lineAt, f.lineOff = 1, 0
	}
	f.lineAt += bytes.Count(f.text[f.lineOff:off], []byte{'\n'})
	f.lineOff = off
	return f.lineAt
}
