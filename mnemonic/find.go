package mnemonic

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Match is a valid phrase found in text.
type Match struct {
	// Start and End are the byte span from the first to the last word.
	Start, End int
	// StartLine and EndLine are 1-based lines of the first and last word.
	StartLine, EndLine int
	// Phrase is the validated phrase.
	Phrase Phrase
	// Layout says how the words were laid out: "inline", "one-per-line",
	// "numbered", "grid-columns", "glued" (Chinese without separators).
	Layout string
	// Labelled is set when a word such as "mnemonic", "seed" or "recovery"
	// precedes the phrase.
	Labelled bool
	// Exact is set when the run of wordlist words was exactly the phrase,
	// with no other wordlist word before or after it.
	Exact bool
	// Corrected counts words that are in no list but were read by their
	// first four letters, which name one English word ("abandn" for
	// "abandon"): a typo in a written-down phrase. The checksum still has
	// to hold with the word so read.
	Corrected int
}

// Limits of the finder; see the package documentation.
const (
	// maxExtra is how many wordlist words may stand next to a phrase with
	// nothing but ordinary separators between them.
	maxExtra = 3
	// maxRun is the longest run of wordlist words that can hold a phrase;
	// longer runs are lists.
	maxRun = 40
	// maxGap is the most separator bytes between two words of a phrase.
	maxGap = 80
	// maxGapLines is the most line breaks between two words of a phrase.
	maxGapLines = 3
	// maxTokens bounds the memory of one run.
	maxTokens = 4096
)

// token is a wordlist word found in text.
type token struct {
	start, end int
	gs         int // start of the gap before the word
	e          *entry
	pfx        prefixEntry
	hasPfx     bool
	typo       bool // in no list; pfx is the English word its first four letters name
	num        int  // the list number written just before the word, or 0
	line       int  // 0-based line of the word, relative to the run
	han        bool // a single CJK ideograph
	gapHard    bool // the gap before it holds punctuation, not only spaces
}

// finder holds the state of one Find call.
type finder struct {
	text    []byte
	t       *tables
	run     []token
	out     []Match
	lineAt  int // line of position lineOff
	lineOff int
	lower   [64]byte
	// overflow is set when the current run passed maxTokens.
	overflow bool
	// A run broken by a possible typo waits here, so that it can be
	// tried joined with the typo and the run after it.
	pend     []token
	pendTypo token
	hasPend  bool
}

// Find returns every valid phrase in text, in order, never two that
// overlap. It never panics, whatever the input.
func Find(text []byte) []Match {
	f := &finder{text: text, t: data(), lineAt: 1}
	f.scan()
	return f.out
}

// wordByte classifies ASCII bytes: 1 for letters.
var wordByte = func() (t [128]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = true, true
	}
	return
}()

func (f *finder) scan() {
	text := f.text
	gapStart := 0
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if !wordByte[c] {
				if c == '\\' && i+1 < len(text) && isEscapeLetter(text[i+1]) {
					// A JSON or C escape such as \n or \t: a separator.
					i += 2
					if text[i-1] == 'u' && i+4 <= len(text) {
						i += 4
					}
					continue
				}
				if c == '<' {
					if j := tagEnd(text, i); j > 0 {
						i = j
						continue
					}
				}
				i++
				continue
			}
			// An ASCII word: letters, then maybe non-ASCII letters.
			j := i + 1
			for j < len(text) && text[j] < utf8.RuneSelf && wordByte[text[j]] {
				j++
			}
			if j < len(text) && text[j] >= utf8.RuneSelf {
				j = f.extendWord(j)
			}
			f.word(i, j, gapStart, false)
			gapStart, i = j, j
			continue
		}
		r, size := utf8.DecodeRune(text[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			i++
		case isHan(r):
			f.word(i, i+size, gapStart, true)
			i += size
			gapStart = i
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			j := f.extendWord(i + size)
			f.word(i, j, gapStart, false)
			gapStart, i = j, j
		default:
			i += size
		}
	}
	f.flush()
}

// extendWord returns the end of the word continuing at j.
func (f *finder) extendWord(j int) int {
	text := f.text
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if !wordByte[c] {
				return j
			}
			j++
			continue
		}
		r, size := utf8.DecodeRune(text[j:])
		if isHan(r) || !(unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Cf, r)) {
			return j
		}
		j += size
	}
	return j
}

func isHan(r rune) bool {
	return r >= 0x3400 && (unicode.Is(unicode.Han, r))
}

func isEscapeLetter(c byte) bool {
	switch c {
	case 'n', 'r', 't', 'u', 'b', 'f', 'v':
		return true
	}
	return false
}

// tagEnd returns the end of an HTML tag starting at i, or 0.
func tagEnd(text []byte, i int) int {
	if i+1 >= len(text) {
		return 0
	}
	c := text[i+1]
	if !(c == '/' || c == '!' || (c < utf8.RuneSelf && wordByte[c])) {
		return 0
	}
	lim := min(len(text), i+128)
	for j := i + 1; j < lim; j++ {
		switch text[j] {
		case '>':
			return j + 1
		case '<', '\n':
			return 0
		}
	}
	return 0
}

// word handles one word token text[s:e] preceded by the gap text[gs:s].
func (f *finder) word(s, e, gs int, han bool) {
	tok, ok := f.lookup(s, e, han)
	tok.gs = gs
	if !ok {
		if p, typo := f.typoPrefix(s, e, han); typo && len(f.run) > 0 {
			// flush leaves the run's backing array alone, so prev stays
			// valid until it is copied.
			prev := f.run
			f.flush()
			f.pend = append(f.pend[:0], prev...)
			f.pendTypo, f.hasPend = token{start: s, end: e, gs: gs, pfx: p, hasPfx: true, typo: true}, true
			return
		}
		f.flush()
		return
	}
	gap := f.text[gs:s]
	// A word glued to digits or other letters (hex, base64, identifiers)
	// is not a phrase word.
	if gs == s && !han && s > 0 {
		f.flush()
		return
	}
	if e < len(f.text) && f.text[e] >= '0' && f.text[e] <= '9' {
		f.flush()
		return
	}
	if codeToken(f.text, e) {
		// "True.Mark(1)", "start(": an identifier in code, not a word.
		f.flush()
		return
	}
	if len(f.run) > 0 {
		if len(gap) > maxGap || bytes.Count(gap, []byte{'\n'}) > maxGapLines {
			f.flush()
		}
	}
	if len(f.run) > 0 && s > 0 && f.text[s-1] >= '0' && f.text[s-1] <= '9' && !numberedGlue(gap) {
		f.flush()
		return
	}
	tok.num = listNumber(gap)
	tok.gapHard = hardGap(gap)
	if len(f.run) > 0 {
		tok.line = f.run[len(f.run)-1].line + bytes.Count(gap, []byte{'\n'})
	}
	if len(f.run) >= maxTokens {
		// Thousands of list words in a row: a wordlist. Keep the run
		// marked as too long without growing it.
		f.run[len(f.run)-1] = tok
		f.overflow = true
		return
	}
	f.run = append(f.run, tok)
}

// lookup normalises a token and finds it in the wordlists.
func (f *finder) lookup(s, e int, han bool) (token, bool) {
	raw := f.text[s:e]
	tok := token{start: s, end: e, han: han}
	var key string
	ascii := true
	for _, c := range raw {
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		if len(raw) > f.t.maxASCII || len(raw) < 3 {
			return tok, false
		}
		// Lower-case the word and hash it for the quick filter in one
		// pass (the scanner hands over letters only).
		b := f.lower[:len(raw)]
		h := uint32(fnvOffset)
		for k, c := range raw {
			c |= 0x20
			b[k] = c
			h = (h ^ uint32(c)) * fnvPrime
		}
		if !f.t.quickHasHash(h) {
			return tok, false
		}
		if en := f.t.lookup[string(b)]; en != nil {
			tok.e = en
		}
		if len(b) <= 4 { // prefixes are at most four letters
			if p, ok := f.t.prefix[string(b)]; ok {
				tok.pfx, tok.hasPfx = p, true
			}
		}
		return tok, tok.e != nil || tok.hasPfx
	}
	if len(raw) > 64 {
		return tok, false
	}
	// Zero-width and other format characters (U+200B, U+FEFF, …) hide
	// inside words to defeat scanners: drop them. NFKD folds full-width
	// letters and other compatibility forms.
	key = norm.NFKD.String(strings.ToLower(strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, string(raw))))
	if en := f.t.lookup[key]; en != nil {
		tok.e = en
		return tok, true
	}
	return tok, false
}

// listNumber returns the list number at the end of a gap ("12. ", "#3 ",
// "07) ", "1:", "1 - "), or 0.
func listNumber(gap []byte) int {
	j := len(gap)
	for j > 0 && (gap[j-1] == ' ' || gap[j-1] == '\t' || gap[j-1] == '.' || gap[j-1] == ')' || gap[j-1] == ':' || gap[j-1] == '-' || gap[j-1] == '|' || gap[j-1] == '"' || gap[j-1] == '\'' || gap[j-1] == ',' || gap[j-1] == ';') {
		j--
	}
	end := j
	for j > 0 && gap[j-1] >= '0' && gap[j-1] <= '9' {
		j--
	}
	if j == end || end-j > 2 {
		return 0
	}
	if j > 0 && gap[j-1] != ' ' && gap[j-1] != '\n' && gap[j-1] != '\t' && gap[j-1] != '#' && gap[j-1] != '(' && gap[j-1] != '|' && gap[j-1] != '[' && gap[j-1] != '>' && gap[j-1] != ',' && gap[j-1] != '"' {
		return 0
	}
	n := 0
	for _, c := range gap[j:end] {
		n = n*10 + int(c-'0')
	}
	return n
}

// numberedGlue reports whether a word right after a digit is a list item
// written like "1.word" or "1)word".
func numberedGlue(gap []byte) bool { return listNumber(gap) > 0 }

// hardGap reports whether a gap holds punctuation rather than only spaces.
func hardGap(gap []byte) bool {
	for _, c := range gap {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return true
		}
	}
	return false
}

// flush examines the current run of wordlist words and resets it.
func (f *finder) flush() {
	run, overflow := f.run, f.overflow
	f.run, f.overflow = f.run[:0], false
	f.flushRun(run, overflow)
	if f.hasPend {
		f.hasPend = false
		f.tryTypo(run)
	}
}

// typoPrefix reports whether an ASCII token that is in no list starts with
// the unique four-letter prefix of an English list word (and is not much
// longer than list words are), so that it may be that word misspelt.
func (f *finder) typoPrefix(s, e int, han bool) (prefixEntry, bool) {
	if han || e-s < 4 || e-s > 10 {
		return prefixEntry{}, false
	}
	var b [4]byte
	h := uint32(fnvOffset)
	for k := range b {
		c := f.text[s+k]
		if c >= utf8.RuneSelf || !wordByte[c] {
			return prefixEntry{}, false
		}
		b[k] = c | 0x20
		h = (h ^ uint32(b[k])) * fnvPrime
	}
	if !f.t.quickHasHash(h) { // every prefix is in the quick filter
		return prefixEntry{}, false
	}
	p, ok := f.t.prefix[string(b[:])]
	return p, ok
}

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
	next = next[:min(len(next), 23)]
	at := len(pend)
	n := at + 1 + len(next)
	if n < 12 {
		return
	}
	words := append(append(append(make([]token, 0, n), pend...), typo), next...)
	last := 0
	if n := len(f.out); n > 0 {
		last = f.out[n-1].End
	}
	for _, l := range [...]int{24, 21, 18, 15, 12} {
		for i := max(0, at-l+1); i <= at && i+l <= len(words); i++ {
			w := words[i : i+l]
			s, e := w[0].start, w[l-1].end
			if s < last || !strongAfter(f.text, e) {
				continue
			}
			if w[0].num == 0 && !strongBefore(f.text, s) && !labelledAt(f.text, s) && !(i == 0 && labelled(f.text, s)) {
				continue
			}
			m, ok := f.tryWindow(w, layoutOf(w), w)
			if !ok || m.Corrected == 0 {
				continue
			}
			m.Exact = l == total
			m.StartLine = f.lineOf(m.Start)
			m.EndLine = m.StartLine + bytes.Count(f.text[m.Start:m.End], []byte{'\n'})
			m.Labelled = labelled(f.text, m.Start)
			f.out = append(f.out, m)
			return
		}
	}
}

// flushRun examines a finished run of list words.
func (f *finder) flushRun(run []token, overflow bool) {
	if len(run) < 12 || overflow {
		return
	}
	before := len(f.out)
	f.examineLong(run)
	if len(f.out) > before {
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

// moneroOnly reports whether a token is a word of Monero lists only.
func moneroOnly(t token) bool {
	return t.e != nil && t.e.monero != nil && t.e.mask == 0 && t.e.slip == 0 && !t.hasPfx
}

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
	// A long run: several labelled phrases in a row ("seed: …" lines)
	// are split at the punctuation that sets them off; what is still
	// longer than maxRun is a list of words (a wordlist, a glossary).
	edges := newEdgeInfo(f.text, run)
	start := 0
	for k := 1; k <= len(run); k++ {
		if k < len(run) && !edges.strong(k, true) {
			continue
		}
		if seg := run[start:k]; len(seg) >= 12 && len(seg) <= maxRun {
			f.examine(seg)
		}
		start = k
	}
}

// examine looks for the best phrase in a run of 12–maxRun words.
func (f *finder) examine(run []token) {
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
		glued := 0
		for k := 1; k < len(run); k++ {
			if run[k].gs == run[k].start {
				glued++
			}
		}
		if glued*2 >= len(run) {
			start := 0
			for i := 1; i <= len(run); i++ {
				if i == len(run) || run[i].gs != run[i].start || !run[i].han {
					// Glued characters are a phrase only after a label
					// ("助记词：", "seed:") and set off from the text
					// around them: every run of 12 common characters in
					// Chinese prose would otherwise pass one time in 16.
					seg := run[start:i]
					if len(seg) >= 12 && strictLabel(f.text, seg[0].start) && gluedEdges(f.text, seg[0].start, seg[len(seg)-1].end, true) {
						f.examineRun(seg)
					}
					start = i
				}
			}
			return
		}
	}
	f.examineRun(run)
}

func (f *finder) examineRun(run []token) {
	best, ok := f.bestWindow(run)
	if !(ok && best.Exact && best.Start == run[0].start && best.End == run[len(run)-1].end) {
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
	}
	if !ok {
		return
	}
	// A phrase is set off from the text before it: it starts a line, a
	// quoted string, a list item or a value (after ":" or "="), or a
	// label such as "seed" precedes it. A run that simply continues a
	// sentence is prose that happens to use list words.
	if run[0].num == 0 && !strongBefore(f.text, run[0].start) && !labelled(f.text, best.Start) {
		return
	}
	if n := len(f.out); n > 0 && f.out[n-1].End > best.Start {
		return
	}
	best.StartLine = f.lineOf(best.Start)
	best.EndLine = best.StartLine + bytes.Count(f.text[best.Start:best.End], []byte{'\n'})
	best.Labelled = labelled(f.text, best.Start)
	f.out = append(f.out, best)
}

// lineSegments splits a run at its line breaks when it has several
// lines and each line holds a phrase of some scheme (less at most
// maxExtra other words); otherwise it returns nil.
func (f *finder) lineSegments(run []token) [][]token {
	var segs [][]token
	start := 0
	for k := 1; k <= len(run); k++ {
		if k < len(run) && bytes.IndexByte(f.text[run[k].gs:run[k].start], '\n') < 0 {
			continue
		}
		seg := run[start:k]
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

// bestWindow applies the precision rule (package documentation) to a run.
func (f *finder) bestWindow(run []token) (Match, bool) {
	n := len(run)
	if sortedRun(run) {
		return Match{}, false
	}
	// Numbered lists in another order (grids read row by row): order by
	// the numbers when they are exactly 1..n.
	if ord, ok := byNumber(run); ok {
		if m, ok := f.tryWindow(ord, "numbered", ord); ok {
			m.Exact = true
			return m, true
		}
	}
	// SLIP-39 shares: 20 or 33 words with a 30-bit checksum; Monero
	// seeds: 25 words of the Monero list.
	if n >= 20 {
		if m, ok := f.trySLIP39(run); ok {
			return m, true
		}
		if m, ok := f.tryMonero(run); ok {
			return m, true
		}
		// LND aezeed: 24 English words with a CRC-32C, tried before
		// BIP-39 (an aezeed passes the BIP-39 checksum once in 256).
		if m, ok := f.tryAezeed(run); ok {
			return m, true
		}
	}
	// Polyseed: 16 words, tried before the BIP-39 windows (a 15-word
	// window of it passes the BIP-39 checksum once in 32).
	if n >= 16 && n <= 16+maxExtra {
		if m, ok := f.tryPolyseed(run); ok {
			return m, true
		}
	}
	// The whole run, then grids written without numbers read column by
	// column (also with a heading or a trailing word dropped).
	if validLength(n) {
		if m, ok := f.tryWindow(run, layoutOf(run), run); ok {
			m.Exact = true
			return m, true
		}
	}
	for _, rows := range [][]token{run, gridCore(run)} {
		if !validLength(len(rows)) {
			continue
		}
		for _, cols := range gridOrders(rows) {
			if m, ok := f.tryWindow(cols, "grid-columns", rows); ok {
				m.Exact = len(rows) == n
				return m, true
			}
		}
	}
	edges := newEdgeInfo(f.text, run)
	for _, l := range [...]int{24, 21, 18, 15, 12} {
		if l > n {
			continue
		}
		var found []Match
		var clear []bool
		for i := 0; i+l <= n; i++ {
			strong := edges.strong(i, false) && edges.strong(i+l, false)
			if l < n && n-l > maxExtra && !strong {
				continue
			}
			if l < n && validLength(n) && !(edges.strong(i, true) && edges.strong(i+l, true)) && !labelledAt(f.text, run[i].start) {
				// The run has a phrase length but fails: a shorter window
				// that passes is chance (a typo in a real phrase, or
				// rows of a table), unless punctuation or a label marks
				// it off.
				continue
			}
			w := run[i : i+l]
			if m, ok := f.tryWindow(w, layoutOf(w), w); ok {
				m.Exact = l == n
				found = append(found, m)
				clear = append(clear, strong)
			}
		}
		if len(found) == 0 {
			continue
		}
		// Several windows of one length can pass (1 in 16 for each extra
		// 12-word window): prefer clear edges, then a label, then the
		// first.
		for k, m := range found {
			if clear[k] {
				return m, true
			}
		}
		for _, m := range found {
			if labelledAt(f.text, m.Start) {
				return m, true
			}
		}
		return found[0], true
	}
	// Electrum 2.x seeds: the whole run of 12 or 13 English words, when
	// its version prefix matches.
	if n >= 12 && n <= 12+maxExtra {
		for i := 0; i <= n-12; i++ {
			for j := n; j-i >= 12; j-- {
				if (i > 0 || j < n) && !(edges.strong(i, false) && edges.strong(j, false)) {
					continue
				}
				if m, ok := f.tryElectrum(run[i:j]); ok {
					return m, true
				}
			}
		}
	}
	return Match{}, false
}

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
func (f *finder) tryWindow(words []token, layout string, span []token) (Match, bool) {
	if !f.phraseShaped(words) {
		return Match{}, false
	}
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
			if repetitive(idx) {
				// One word over and over passes the checksum often
				// (130 English words do, 12 times); only the published
				// ones ("abandon … about") are worth a finding.
				if _, public := Public(Phrase{lang: languages[li], indices: idx}); !public {
					continue
				}
			}
			if words[0].han && layout == "inline" && !words[len(words)-1].gapHard && words[1].start == words[0].end {
				layout = "glued"
			}
			return Match{Start: start, End: end, Phrase: Phrase{lang: languages[li], indices: slices.Clone(idx)}, Layout: layout}, true
		}
	}
	// English with one word in no list, read by its first four letters.
	if idx, ok := typoIndices(words); ok && checksumOK(idx) && !repetitive(idx) {
		return Match{Start: start, End: end, Phrase: Phrase{lang: English, indices: idx}, Layout: layout, Corrected: 1}, true
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

// typoIndices returns the English indices of words with exactly one typo
// token among full English words.
func typoIndices(words []token) ([]uint16, bool) {
	idx := make([]uint16, len(words))
	typos := 0
	for i, w := range words {
		switch {
		case w.typo:
			typos++
			idx[i] = w.pfx.idx
		case w.e != nil && w.e.mask&1 != 0: // languages[0] is English
			idx[i] = w.e.idx[0]
		default:
			return nil, false
		}
	}
	return idx, typos == 1
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

// byNumber orders the numbered words of a run by their numbers when the
// numbers are exactly 1..m for a phrase length m and not already in order.
func byNumber(run []token) ([]token, bool) {
	var numbered []token
	for _, t := range run {
		if t.num > 0 {
			numbered = append(numbered, t)
		}
	}
	n := len(numbered)
	if !validLength(n) {
		return nil, false
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
	if inOrder {
		return nil, false // a plain numbered list: the windows handle it
	}
	return ord, true
}

// gridCore drops up to maxExtra words on lines of their own, or of another
// length, at the start and end of a run, leaving rows of equal length.
func gridCore(run []token) []token {
	var lines [][]token
	var cur []token
	for i, t := range run {
		if i > 0 && t.line > run[i-1].line {
			lines = append(lines, cur)
			cur = nil
		}
		cur = append(cur, t)
	}
	lines = append(lines, cur)
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
	lines := [][]token{}
	var cur []token
	for i, t := range run {
		if i > 0 && t.line > run[i-1].line {
			lines = append(lines, cur)
			cur = nil
		}
		cur = append(cur, t)
	}
	lines = append(lines, cur)
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

func layoutOf(w []token) string {
	numbered := true
	for i, t := range w {
		numbered = numbered && t.num == i+1
	}
	if numbered {
		return "numbered"
	}
	return "inline"
}

// strongEdges reports whether a match starts and ends at clear phrase
// boundaries: the start or end of a line, a quote, a bracket, a colon or
// an equals sign.
func (f *finder) strongEdges(m Match) bool {
	return strongBefore(f.text, m.Start) && strongAfter(f.text, m.End)
}

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

// labels are words that, shortly before a phrase, say what it is.
var labels = []string{"mnemonic", "seed", "phrase", "recovery", "secret", "words", "backup", "wallet", "srp", "passphrase",
	"semilla", "frase", "mnémonique", "parole", "slova", "助记词", "助記詞", "ニーモニック", "니모닉", "復元"}

// labelled reports whether a label occurs in the 160 bytes before start.
func labelled(text []byte, start int) bool {
	from := max(0, start-160)
	window := bytes.ToLower(text[from:start])
	for _, l := range labels {
		if bytes.Contains(window, []byte(l)) {
			return true
		}
	}
	return false
}

// labelledAt reports whether a label ends right before start, with only
// separators between.
func labelledAt(text []byte, start int) bool {
	i := start
	for i > 0 && (text[i-1] == ' ' || text[i-1] == ':' || text[i-1] == '=' || text[i-1] == '"' || text[i-1] == '\'') {
		i--
	}
	window := bytes.ToLower(text[max(0, i-16):i])
	for _, l := range labels {
		if bytes.HasSuffix(window, []byte(l)) {
			return true
		}
	}
	return false
}

// edgeInfo tells, for a run, which gaps between its words are phrase
// boundaries: a line break or a punctuation mark that few other gaps of the
// run have (so the ", " of a JSON array or the ". " of a numbered list,
// present in every gap, is no boundary, but the ": " of "my seed: …" is).
type edgeInfo struct {
	text []byte
	run  []token
	freq [256]int
}

const boundaryChars = ":=\"'`()[]{}<>.;!?\n"

func newEdgeInfo(text []byte, run []token) *edgeInfo {
	e := &edgeInfo{text: text, run: run}
	for k := 1; k < len(run); k++ {
		var seen [256]bool
		for _, c := range text[run[k].gs:run[k].start] {
			if !seen[c] && strings.IndexByte(boundaryChars, c) >= 0 {
				seen[c] = true
				e.freq[c]++
			}
		}
	}
	return e
}

// strong reports whether the gap before word k (or the run's end, k ==
// len(run), or its start, k == 0) is a boundary: a distinct punctuation
// mark or line break, or the start or end of a numbered list. With hard
// set, line breaks do not count.
func (e *edgeInfo) strong(k int, hard bool) bool {
	if k == 0 || k == len(e.run) {
		return true
	}
	if e.run[k].num == 1 || (e.run[k-1].num > 0 && e.run[k].num == 0) {
		return true
	}
	for _, c := range e.text[e.run[k].gs:e.run[k].start] {
		if c == '\n' {
			// A line break marks a phrase off only where few gaps have
			// one (not in lists and tables, one item a line).
			if !hard && e.freq['\n'] <= 2 {
				return true
			}
			continue
		}
		if strings.IndexByte(boundaryChars, c) >= 0 && e.freq[c]*3 < len(e.run) {
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
	n := len(words)
	ordered := slices.Clone(words)
	slices.SortFunc(ordered, func(a, b token) int { return a.start - b.start })
	rising, falls := 1, 0
	for i := 1; i < n; i++ {
		if bytes.Compare(bytes.ToLower(f.text[ordered[i-1].start:ordered[i-1].end]), bytes.ToLower(f.text[ordered[i].start:ordered[i].end])) < 0 {
			rising++
			if rising >= 8 {
				return false
			}
		} else {
			rising = 1
			falls++
		}
	}
	if falls <= 1 {
		return false // sorted but for one step: a list
	}
	shapes := map[string]int{}
	best, bestShape := 0, ""
	sentenceEnd := false
	for i := 1; i < n; i++ {
		gap := f.text[ordered[i].gs:ordered[i].start]
		for _, c := range gap {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				return false // separate strings of binary data, not one phrase
			}
		}
		sh := gapShape(gap)
		shapes[sh]++
		if shapes[sh] > best {
			best, bestShape = shapes[sh], sh
		}
		sentenceEnd = sentenceEnd || strings.ContainsAny(sh, ".!?")
	}
	if bestShape == "" && sentenceEnd {
		return false // words separated by spaces, with a sentence ending inside: prose
	}
	return (n-1)-best <= 2+(n-1)/8
}

// gapShape reduces a gap to its punctuation: no spaces, no digits, runs of
// one character collapsed, at most 16 bytes.
func gapShape(gap []byte) string {
	if len(gap) == 0 {
		return "∅" // glued characters: not the same as a space
	}
	var out []byte
	for _, c := range gap {
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' || c >= '0' && c <= '9' {
			continue
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

// codeToken reports whether the word ending at e is followed the way code
// identifiers are: "(" or "." and a letter.
func codeToken(text []byte, e int) bool {
	if e >= len(text) {
		return false
	}
	switch text[e] {
	case '(':
		return true
	case '.':
		return e+1 < len(text) && text[e+1] < utf8.RuneSelf && wordByte[text[e+1]]
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

// gluedEdges reports whether text[s:e] is set off by line breaks, quotes,
// brackets or a colon on both sides.
// With sentenceEnd set, a full stop or comma after the phrase ends it too
// (the label already says what the characters are).
func gluedEdges(text []byte, s, e int, sentenceEnd bool) bool {
	before := bytes.TrimRight(text[:s], " \t\u3000")
	after := bytes.TrimLeft(text[e:], " \t\u3000")
	okBefore, okAfter := len(before) == 0, len(after) == 0
	if !okBefore {
		r, _ := utf8.DecodeLastRune(before)
		okBefore = strings.ContainsRune("\n\"'`[(:=>「『“‘（【：", r)
	}
	if !okAfter {
		r, _ := utf8.DecodeRune(after)
		okAfter = strings.ContainsRune("\r\n\"'`])<」』”’）】", r) || sentenceEnd && strings.ContainsRune("。，,.；;", r)
	}
	return okBefore && okAfter
}

// tryElectrum checks a run of English words as an Electrum 2.x seed
// (electrumPhrase; Electrum's other lists are not searched here yet).
func (f *finder) tryElectrum(run []token) (Match, bool) {
	if !f.phraseShaped(run) {
		return Match{}, false
	}
	words := make([]string, len(run))
	for i, w := range run {
		if w.e == nil || w.e.mask&1 == 0 {
			return Match{}, false
		}
		words[i] = norm.NFKD.String(strings.ToLower(string(f.text[w.start:w.end])))
	}
	p, ok := electrumPhrase(words)
	if !ok {
		return Match{}, false
	}
	return Match{Start: run[0].start, End: run[len(run)-1].end, Exact: true, Layout: layoutOf(run),
		Phrase: p}, true
}

// strictLabels name a seed phrase and nothing else; glued Chinese needs
// one of them right before it.
var strictLabels = []string{"助记词", "助記詞", "助记符", "恢复短语", "恢復短語", "种子短语", "種子短語", "mnemonic", "seed phrase", "recovery phrase", "seed words", "seed:", "secret recovery phrase"}

// strictLabel reports whether a strict label ends in the 48 bytes before
// start.
func strictLabel(text []byte, start int) bool {
	window := bytes.ToLower(text[max(0, start-48):start])
	for _, l := range strictLabels {
		if bytes.Contains(window, []byte(l)) {
			return true
		}
	}
	return false
}
