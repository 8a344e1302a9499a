package mnemonic

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// token is a wordlist word found in text.
type token struct {
	start, end int
	gs         int // start of the gap before the word
	e          *entry
	pfx        prefixEntry
	hasPfx     bool
	typo       bool   // in no list; pfx (hasPfx) is the English word its first four letters name, or none
	near       bool   // a typo read as the English word one edit away (nearWords)
	alt        *entry // for a typo, the words of other lists its first four letters name
	num        int    // the list number written just before the word, or 0
	line       int    // 0-based line of the word, relative to the run
	col        int    // how many words (of any kind) stand before it on its line
	para       bool   // the gap before it holds a blank line
	eol        bool   // the last word of its line (set when the run is examined)
	han        bool   // a single CJK ideograph
	gapHard    bool   // the gap before it holds punctuation, not only spaces
	glued      bool   // read out of letters a serialiser glued to it (gluedFirst)
}

// wordByte classifies ASCII bytes: 1 for letters.
var wordByte = func() (t [128]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = true, true
	}
	return
}()

// asciiLetter marks the ASCII letters among all byte values.
var asciiLetter = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = wordByte[c]
	}
	return
}()

// isDigit marks the ASCII digits among all byte values.
var isDigit = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	return
}()

// serialBefore reports whether text[b-1], right before a word, is a byte
// a serialiser writes: a control byte other than white space, a byte of
// no UTF-8 character that ends there, or the second byte of a combining
// mark of a script other than Latin's, which no Latin word carries:
// MessagePack's str8 header 0xD9 before a length from 0x80 to 0xBF (a
// text of 128 to 191 bytes, as a 24-word phrase is) reads as an Arabic
// mark.
func serialBefore(text []byte, b int) bool {
	c := text[b-1]
	if c < utf8.RuneSelf {
		return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v'
	}
	r, size := utf8.DecodeLastRune(text[:b])
	return r == utf8.RuneError && size <= 1 || r > 0x36f && unicode.Is(unicode.Mn, r)
}

// maxGluedPrefix is how many letters gluedFirst may find glued before a
// list word.
const maxGluedPrefix = 8

// gluedFirst returns the list word glued to letters that a run's first
// word t comes one space after, when a serialiser's byte comes right
// before those letters and they are no list word themselves: a type or
// length byte that reads as a letter (Java's TC_STRING length 0x4C,
// "Lstereo"; Python marshal's length 0x7A, "ztortoise"), or a key glued
// to its value ("seedmaximum", a SQLite record's columns). The scan's
// loop reads such letters as one word in no list, so the run starts
// after them; this is asked only of runs long enough to be a phrase with
// one word more, which keeps it off the loop.
func (f *finder) gluedFirst(t token) (token, bool) {
	text := f.text
	e := t.gs
	if t.start != e+1 || text[e] != ' ' {
		return token{}, false
	}
	b := e
	for b > 0 && e-b <= maxGluedPrefix+f.t.maxASCII && asciiLetter[text[b-1]] {
		b--
	}
	if b == 0 || e-b < 4 || !serialBefore(text, b) {
		return token{}, false
	}
	if info, ok := f.lookup(b, e); ok {
		if info.e == nil || utf8.RuneStart(text[b-1]) {
			return token{}, false
		}
		// The letters are a list word that a mark before them joined to
		// the word before (MessagePack's "mnemonic", 0xD9, 0x96, then
		// the phrase): the word itself comes first.
		return token{start: b, end: e, gs: b, e: info.e, pfx: info.pfx, hasPfx: info.hasPfx, line: t.line, col: max(0, t.col-1), glued: true}, true
	}
	for k := b + 1; k <= b+maxGluedPrefix && e-k >= 3; k++ {
		if info, ok := f.lookup(k, e); ok && info.e != nil {
			return token{start: k, end: e, gs: b, e: info.e, pfx: info.pfx, hasPfx: info.hasPfx, line: t.line, col: max(0, t.col-1), glued: true}, true
		}
	}
	return token{}, false
}

// snakeGlue reports whether text[u] is an underscore with an ASCII
// letter at text[l] beside it: a snake_case identifier's joint (a JSON
// key, "text_entities", after a message's last word), which glues its
// parts into no word of text.
func snakeGlue(text []byte, l, u int) bool {
	return l >= 0 && u < len(text) && l < len(text) && text[u] == '_' && asciiLetter[text[l]]
}

// plainSep marks the bytes the scanner steps over with nothing to do:
// ASCII bytes that are not letters, digits, '\\' (escapes) or '<' (tags),
// and bytes that begin no UTF-8 sequence (continuation bytes, 0xC0, 0xC1,
// 0xF5 to 0xFF), which utf8.DecodeRune would read as a one-byte
// RuneError. Binary data is half such bytes.
var plainSep = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !wordByte[c] && c != '\\' && c != '<' && (c < '0' || c > '9')
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = !utf8.RuneStart(byte(c)) || c == 0xC0 || c == 0xC1 || c >= 0xF5
	}
	return
}()

func (f *finder) scan() {
	text := f.text
	gapStart := 0
	i := 0
	for i < len(text) {
		c := text[i]
		if plainSep[c] {
			if c == '\n' {
				f.newline(i)
			} else if c == '[' && i+2 < len(text) && text[i+1]|0x20 == 'x' && text[i+2] == ']' {
				// A Markdown task's box ("- [x] word"): its letter is
				// no word of text.
				i += 2
			} else if c == '[' {
				if j := bbTagEnd(text, i); j > 0 {
					// A forum's BBCode tag ("[li]word[/li]", "[b]"): a
					// separator, its name no word of text.
					i = j
					continue
				}
			} else if c == '(' && f.listAt >= 0 {
				// (Only in a text with a list numbered from 1.)
				if j := itemNote(text, i); j > 0 {
					// A note that ends a numbered item ("7. run (рун)"):
					// its words are no part of the list, nor of the gap
					// between the item's word and the next.
					i, gapStart = j, j
					continue
				}
			}
			i++
			continue
		}
		if c < utf8.RuneSelf {
			if !wordByte[c] {
				if c == '\\' && bytes.HasPrefix(text[i+1:], []byte("item")) && (i+5 == len(text) || !asciiLetter[text[i+5]]) {
					// LaTeX's list item ("\item word", a line each in an
					// enumerate): a list's mark, not the word "item".
					i += 5
					continue
				}
				if c == '\\' && i+1 < len(text) && isEscapeLetter(text[i+1]) {
					// A JSON or C escape such as \n or \t: a separator.
					i += 2
					if text[i-1] == 'u' && i+4 <= len(text) {
						f.nl = f.nl || bytes.IndexByte(text[i:i+4], '\n') >= 0
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
				if c >= '0' && c <= '9' {
					// A run of digits: a separator, or a Standard SeedQR.
					j := i + 1
					for j < len(text) && text[j] >= '0' && text[j] <= '9' {
						j++
					}
					if n := j - i; n == 48 || n == 96 {
						f.replay() // a SeedQR competes with the words around it
						f.seedQR(i, j)
						f.direct = f.eager || f.busy()
					} else if n == 1 && c == '1' && f.listAt < 0 {
						f.listAt = listOneAt(text, i)
					}
					i = j
					continue
				}
				i++
				continue
			}
			// An ASCII word: letters, then maybe non-ASCII letters. Its
			// first sixteen bytes are read eight at a time: where the
			// letters end, and the lower-cased word for the quick
			// filter's hash.
			j, lo, hi := asciiWord(text, i)
			if j < len(text) && text[j] == '@' {
				if k := f.beforePrompt(i, j); k > 0 {
					// "<last word>mk@bastion-01:~$": output with no
					// line break at its end, the shell's next prompt
					// glued to it. The word is read; the user's name
					// after it is a word of its own.
					j, lo, hi = asciiWord(text[:k], i)
				}
			}
			if j-i <= 3 && c == 'N' {
				if k := numberSign(text, i, j); k > 0 {
					// The sign of a number before a place ("N°1", "Nº
					// 2", "No.3", "Nr. 4"): the number's mark, in the
					// next word's gap (listNumber), no word.
					i = k
					continue
				}
			}
			if j < len(text) && (text[j] == '.' || text[j] == ')') && j-i <= 6 && listMarkBefore(text, i, j) {
				// A list's roman numeral ("IV. word", "xii) word"): a
				// number, which the next word's gap holds (listNumber);
				// or its letter ("a. word", "(b) word"), a mark.
				i = j
				continue
			}
			if j < len(text) && (isDigit[text[j]] || text[j] == '_' && snakeGlue(text, j+1, j)) || i > 0 && (isDigit[text[i-1]] && !numberedGlue(text[gapStart:i]) || text[i-1] == '_' && snakeGlue(text, i-2, i-1)) {
				// Letters glued to digits, a piece of hex, base64 or an
				// identifier ("0x…a97c643,", "text_entities"): no word
				// of text. They end a run, but are not counted among the
				// words before a phrase on its line (setOff): they stay
				// in the gap before the next word, which so still sees a
				// line break before them.
				f.eol = gapStart == 0 || f.nl
				f.lastS, f.lastE = i, -1 // not a word: no line's last word
				if f.direct {
					f.flush()
					f.direct = f.eager || f.busy()
				} else {
					f.lazyStart, f.lazyTypo = f.lazyEnd, false
				}
				i = j
				continue
			}
			if j-i <= maxConjunction && conjLead[c] {
				// Maybe the conjunction before a list's last word
				// ("…, ignore, and merge"): read again later as a comma.
				f.conjunction(i, j)
			}
			if j+1 < len(text) && (text[j] == ',' || text[j] == ':') && j-i >= 2 && numberPrefixes[prefixBit(text[i:j])] {
				// Maybe a place read aloud ("Number one, …"): read
				// again later as a number.
				f.spokenPlace(i, j)
			}
			if j-i <= maxPlaceVerb && placeVerbLead[c] {
				// Maybe the verb after a word's place ("The first word
				// is …"): the place is read again later as a number.
				f.ordinalClause(i, j)
			}
			if j < len(text) && text[j] >= utf8.RuneSelf {
				j = f.promptCut(i, f.extendWord(j, false))
				if j-i <= maxWideConjunction {
					f.conjunction(i, j) // "và"
				}
				f.seeWord(i, j, gapStart, false)
			} else if f.direct {
				f.see(i, j, gapStart, false, f.mayMatterASCII(j-i, lo, hi))
			} else {
				// see's lazy path, written out here without a branch on
				// the quick filter's answer, which text makes a toss-up
				// (a third of the words of English prose pass it): the
				// word is always written down, and a word the filter
				// turns down ends the stretch of words kept. One of three
				// to nine letters may still be a list word misspelt
				// (nearWords): with the stretch before it and the one
				// after, it is replayed when they make minRunWords words.
				keep := f.mayMatterASCII(j-i, lo, hi)
				f.lastS, f.lastE, f.lastKeep = i, j, keep
				newLine := gapStart == 0 || f.nl
				f.nl = false
				end := f.lazyEnd
				f.lazy[end&lazyMask] = lazyWord{i, j, gapStart, false, f.col}
				end++
				f.lazyEnd = end
				prev, start, typo := f.lazyPrev, f.lazyStart, f.lazyTypo
				if !keep {
					prev, start, typo = start, end, uint(j-i-3) <= 9-3
				}
				f.lazyPrev, f.lazyStart, f.lazyTypo = prev, start, typo
				f.col, f.eol = nextCol(newLine, f.col), newLine
				if end-start == minRunWords || typo && end-prev == minRunWords && f.lazyTypoReadable() || end-start == minRunWords-1 && f.gluedStretch(start) {
					f.replay()
				}
			}
			gapStart, i = j, j
			continue
		}
		r, size := utf8.DecodeRune(text[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			i++
		case r >= 0xFE00 && r <= 0xFE0F:
			// A variation selector: it follows a symbol or a digit
			// ("❤️", the keycap "1️⃣"), and so is no letter of a word,
			// though it is a mark.
			i += size
		case (r == 'º' || r == 'ª') && i > 0 && (isDigit[text[i-1]] || i > 1 && text[i-1] == '.' && isDigit[text[i-2]]):
			// An ordinal's indicator after a place's number ("1.º",
			// "2ª"): part of the list's number (listNumber), no word.
			i += size
		case isHan(r):
			f.seeWord(i, i+size, gapStart, true)
			i += size
			gapStart = i
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			j := f.promptCut(i, f.extendWord(i+size, spaceless(r)))
			if j-i <= maxWideConjunction {
				f.conjunction(i, j) // "и", "és"
				if placeVerbLead[c] {
					f.ordinalClause(i, j) // "è", "é"
				}
			}
			f.seeWord(i, j, gapStart, false)
			gapStart, i = j, j
		default:
			i += size
		}
	}
	f.lazyStart, f.lazyTypo = f.lazyEnd, false // fewer than a phrase's words: nothing to find
	f.eol = true                               // the text ends the last run's line
	f.flush()
	f.newline(len(text)) // the text ends the last line
	f.tailBreak()
}

// newline notes the line break at text[i], or the end of the text (see
// lineEnd); it is kept out of scan's loop, whose registers it would take.
//
//go:noinline
func (f *finder) newline(i int) {
	f.nl = true
	if i > 0 && (f.text[i-1] == '-' || f.text[i-1] == '\r') {
		f.hyphenBreak(i)
	}
	if i > minCutLine && i+1 < len(f.text) && isLetterByte(f.text[i+1]) {
		f.cutBreak(i)
	}
	if f.lastS >= 0 {
		if f.lastE >= 0 && f.lastKeep {
			f.lineEnd(i)
		} else {
			// No list word ends the line: no template.
			if f.tailN > 0 {
				f.tailBreak()
			}
			f.lastS = -1
		}
	}
	f.lineStart = i + 1
}

// maxTails bounds the stretches of lines one Find call keeps for
// lineTemplates.
const maxTails = 256

// lineEnd notes, at the end (the line break at end) of a line whose last
// token is a word that passed the quick filter, whether the line reads
// the same as the line before around that word (sameTemplate): stretches
// of minRunWords to maxRun such lines are kept for lineTemplates, which
// reads the lines of one template ("Word #3: abandon", a log line a word)
// by their last words, where the finder checks them. It costs the scan
// three stores a word and, for such lines, a call and a comparison of two
// lines up to where they differ (the first bytes, in text).
func (f *finder) lineEnd(end int) {
	cur := lineShape{f.lineStart, f.lastS, f.lastE, end}
	for cur.start < cur.s && f.text[cur.start] == '\f' {
		cur.start++ // a page break before the line (pdftotext's)
	}
	switch {
	case f.tailN > 0 && sameTemplate(f.text, f.prevLine, cur):
		f.tailN++
		f.tailTo = cur.e
	default:
		f.tailBreak()
		f.tailN, f.tailFrom, f.tailTo = 1, cur.s, cur.e
	}
	f.prevLine = cur
	f.lastS = -1
}

// lineShape is a line of text, [start, end), and its last word [s, e).
type lineShape struct{ start, s, e, end int }

// tailBreak ends the stretch of lines lineEnd counts. Stretches longer
// than maxRun lines are lists (or one line again and again), as
// readTemplate would find.
func (f *finder) tailBreak() {
	if f.tailN >= minRunWords && f.tailN <= maxRun && len(f.tails) < maxTails {
		f.tails = append(f.tails, [2]int{f.tailFrom, f.tailTo})
	}
	f.tailN = 0
}

// lazyWord is a word held back in lazy mode: where it is, and the gap
// before it.
type lazyWord struct {
	s, e, gs int
	han      bool
	col      int // the line place before it
}

// lazyMask sizes the ring of held-back words: more than the minRunWords
// a replay waits for.
const lazyMask = 15

// minRunWords is the fewest words that can give a phrase: the shortest
// phrase of any scheme has 12 words (one of them maybe a typo), and every
// reading of a run, with or without a typo, needs at least 12 tokens
// (flushRun, tryTypo).
const minRunWords = 12

// see handles one word token text[s:e] preceded by the gap text[gs:s];
// maybe is false only for words that certainly end a run (in no list,
// and not a typo of a list word).
//
// Most words of ordinary text are in no list, and most list words stand
// in stretches far shorter than a phrase. So while nothing is pending
// (no run, no typo, no candidate: the finder's state after a flush), the
// finder is lazy: it keeps the words that may matter aside, with no
// lookup beyond the quick filter, and forgets them when a word that ends
// every run comes before there are minRunWords of them, which is what
// the eager path (word, then flush) would have come to. Once there are
// minRunWords of them, they are replayed through word and the finder
// stays direct until its state is clean again. FuzzFind and TestFindSet
// check that both ways find the same phrases.
func (f *finder) see(s, e, gs int, han, maybe bool) {
	f.lastS, f.lastE, f.lastKeep = s, e, maybe
	if f.direct {
		f.nl = false
		f.word(s, e, gs, han)
		f.direct = f.eager || f.busy()
		return
	}
	// The scanner noted line breaks in the gap as it stepped over it.
	newLine := gs == 0 || f.nl
	f.nl = false
	if !maybe {
		// The eager path: the word's line place, lookup fails, flush of
		// a run too short to examine. (Words that reach see are not
		// ASCII: nearWords reads none of them.)
		f.lazyStart, f.lazyTypo = f.lazyEnd, false
		f.col, f.eol = nextCol(newLine, f.col), newLine
		return
	}
	f.lazy[f.lazyEnd&lazyMask] = lazyWord{s, e, gs, han, f.col}
	f.lazyEnd++
	f.col, f.eol = nextCol(newLine, f.col), newLine
	if n := f.lazyEnd; n-f.lazyStart == minRunWords || f.lazyTypo && n-f.lazyPrev == minRunWords && f.lazyTypoReadable() || n-f.lazyStart == minRunWords-1 && f.gluedStretch(f.lazyStart) {
		f.replay()
	}
}

// seeWord is see for a word with letters beyond ASCII, whose lookups
// cost more than an ASCII word's: when the word goes straight to word,
// word's own lookups tell whether it may matter (mayMatter), and are not
// made twice.
func (f *finder) seeWord(s, e, gs int, han bool) {
	if !f.direct {
		f.see(s, e, gs, han, f.mayMatter(s, e, han))
		return
	}
	f.lastS, f.lastE = s, e
	f.nl = false
	f.lastKeep = f.word(s, e, gs, han)
	f.direct = f.eager || f.busy()
}

// gluedStretch reports whether the words held back from lazy[start]
// (one fewer than a phrase's) follow letters glued to a serialiser's byte
// that gluedFirst reads a list word out of: the eager path reads them as
// a phrase's worth, so they are replayed once there are that many.
func (f *finder) gluedStretch(start int) bool {
	w := f.lazy[start&lazyMask]
	_, ok := f.gluedFirst(token{start: w.s, end: w.e, gs: w.gs})
	return ok
}

// lazyTypoReadable reports whether the words held back with the one in
// no list among them (at lazyStart-1) can make a phrase through it, which
// is worth a replay: it can be read as a list word (nearReadable), and
// the others, which passed the quick filter only, are list words. A word
// that is not, after the typo, leaves no room for a phrase through it; one
// before it leaves room only after it, where lazyPrev moves.
func (f *finder) lazyTypoReadable() bool {
	for k := f.lazyEnd - 1; k >= f.lazyPrev; k-- {
		if k == f.lazyStart-1 {
			continue
		}
		if w := f.lazy[k&lazyMask]; !f.listed(w.s, w.e) {
			if k >= f.lazyStart {
				f.lazyTypo = false
			} else {
				f.lazyPrev = k + 1
			}
			return false
		}
	}
	t := f.lazy[(f.lazyStart-1)&lazyMask]
	if !f.nearReadable(f.text[t.s:t.e]) {
		f.lazyTypo = false
		return false
	}
	return true
}

// promptCut returns where the word text[i:j] ends when a shell's prompt
// is glued to it (beforePrompt), else j.
func (f *finder) promptCut(i, j int) int {
	if j < len(f.text) && f.text[j] == '@' {
		if k := f.beforePrompt(i, j); k > 0 {
			return k
		}
	}
	return j
}

// beforePrompt returns where the list word ends that starts the letters
// text[i:j] when a shell's prompt is glued to it, the letters after the
// word being the user's name: "@", a host, then ":~", ":/" (bash's
// "user@host:~$") or " ~" (zsh's "user@host ~ %"). It returns 0 when the
// letters are a list word themselves or no prompt follows them.
func (f *finder) beforePrompt(i, j int) int {
	text := f.text
	h := j + 1
	for h < len(text) && h-j <= 64 && (isAlnum(text[h]) || text[h] == '-' || text[h] == '.' || text[h] == '_') {
		h++
	}
	if h == j+1 || h+1 >= len(text) || !(text[h] == ':' && (text[h+1] == '~' || text[h+1] == '/') || text[h] == ' ' && text[h+1] == '~') {
		return 0
	}
	if f.listed(i, j) {
		return 0
	}
	for k := j - 1; k-i >= 3; k-- {
		if f.listed(i, k) {
			return k
		}
	}
	return 0
}

// listed reports whether text[s:e] is a list word (or a prefix read as
// one), as word would take it.
func (f *finder) listed(s, e int) bool {
	_, ok := f.lookup(s, e)
	return ok
}

// replay runs the held-back words through the eager path and leaves the
// finder direct while its state is not clean.
func (f *finder) replay() {
	from := f.lazyStart
	if f.lazyTypo && f.lazyEnd-f.lazyPrev <= minRunWords {
		from = f.lazyPrev // the stretch before a possible typo, and the typo
	}
	f.lazyTypo = false
	if f.lazyEnd == from {
		return
	}
	f.col = f.lazy[from&lazyMask].col
	for k := from; k < f.lazyEnd; k++ {
		w := f.lazy[k&lazyMask]
		f.word(w.s, w.e, w.gs, w.han)
	}
	f.lazyStart = f.lazyEnd
	f.direct = f.eager || f.busy()
}

// busy reports whether anything is pending: a run, a typo or candidates.
func (f *finder) busy() bool {
	return len(f.run) > 0 || f.hasPend || len(f.cands) > 0
}

func nextCol(newLine bool, col int) int {
	if newLine {
		return 0
	}
	return col + 1
}

// hasNewline reports whether a gap holds a line break; gaps are mostly a
// byte or two, too short to be worth a call into IndexByte.
func hasNewline(gap []byte) bool {
	if len(gap) > 16 {
		return bytes.IndexByte(gap, '\n') >= 0
	}
	for _, c := range gap {
		if c == '\n' {
			return true
		}
	}
	return false
}

// mayMatterASCII reports whether an ASCII word of n letters, whose
// lower-cased first sixteen bytes are lo and hi (asciiWord), may be a list
// word or a typo of one: the quick filter holds every ASCII list word and
// every typo prefix (a word's first four letters), so a word it turns
// down ends every run.
//
// Both lookups are made and their answers combined without a branch: the
// answer is a toss-up on ordinary text, and a mispredicted branch per
// word cost more than the second lookup.
func (f *finder) mayMatterASCII(n int, lo, hi uint64) bool {
	whole := f.t.quickBitOf(hashHalves(lo, hi)) & b2u(uint(n-3) <= uint(f.t.maxASCII-3))
	prefix := f.t.quickBitOf(hashHalves(lo&(1<<32-1), 0)) & b2u(uint(n-4) <= 10-4)
	return whole|prefix != 0
}

// b2u is 1 for true and 0 for false; the compiler makes it a flag move,
// not a branch.
func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// SWAR constants: a byte's worth of each in every byte of a word.
const (
	swarOnes  = 0x0101010101010101
	swarHigh  = 0x8080808080808080
	swarLower = 0x2020202020202020
)

// letterBytes returns, for the eight bytes of x (little-endian), 0x80 in
// each byte that is an ASCII letter and 0 in the others. Lower-cased and
// stripped of its top bit a byte is at most 0x7f, so adding to it
// carries into no other byte.
func letterBytes(x uint64) uint64 {
	y := (x | swarLower) &^ swarHigh
	atLeastA := y + (0x80-'a')*swarOnes      // top bit set when y >= 'a'
	pastZ := y + (0x80-'z'-1)*swarOnes       // top bit set when y > 'z'
	return atLeastA &^ pastZ &^ x & swarHigh // and x was ASCII
}

// asciiWord returns the end j of the ASCII letters starting at text[i] (a
// letter) and, when there are at most maxHashed of them, the word
// lower-cased in two little-endian halves padded with zero bytes, as
// hashHalves takes them (zero halves for a longer word).
func asciiWord(text []byte, i int) (j int, lo, hi uint64) {
	if i+2*8 > len(text) {
		// Near the end: byte by byte.
		j = i
		for j < len(text) && asciiLetter[text[j]] {
			j++
		}
		if j-i > maxHashed {
			return j, 0, 0
		}
		var b [2 * 8]byte
		for k := i; k < j; k++ {
			b[k-i] = text[k] | 0x20
		}
		return j, binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:])
	}
	x := binary.LittleEndian.Uint64(text[i:])
	n := bits.TrailingZeros64(^letterBytes(x)&swarHigh) >> 3
	if n < 8 {
		return i + n, (x | swarLower) & (1<<(8*n) - 1), 0
	}
	y := binary.LittleEndian.Uint64(text[i+8:])
	m := bits.TrailingZeros64(^letterBytes(y)&swarHigh) >> 3
	if m < 8 {
		return i + 8 + m, x | swarLower, (y | swarLower) & (1<<(8*m) - 1)
	}
	j = i + 2*8
	if j < len(text) && asciiLetter[text[j]] {
		for j < len(text) && asciiLetter[text[j]] {
			j++
		}
		return j, 0, 0
	}
	return j, x | swarLower, y | swarLower
}

// mayMatter reports whether a word with letters beyond ASCII may be a list
// word or a typo of one, by the lookups word makes.
func (f *finder) mayMatter(s, e int, han bool) bool {
	if _, ok := f.lookup(s, e); ok {
		return true
	}
	return f.typoPrefix(s, e, han) != nil
}

// extendWord returns the end of the word continuing at j, whose last
// rune before j was syllabic (spaceless) or not.
func (f *finder) extendWord(j int, syllabic bool) int {
	text := f.text
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if !wordByte[c] || syllabic {
				// Latin letters right after kana or Hangul are another
				// word ("ないせんc": Python's marshal writes a type
				// byte after a string).
				return j
			}
			j++
			continue
		}
		if plainSep[c] {
			return j // begins no rune: binary data
		}
		r, size := utf8.DecodeRune(text[j:])
		// U+FFFD, which invalid bytes read as, is a symbol: it ends the
		// word before any table is searched.
		if r == utf8.RuneError || isHan(r) || !wordRune(r) || breakMark(r) {
			return j
		}
		syllabic = spaceless(r)
		if syllabic && text[j-1] < utf8.RuneSelf {
			// Nor are kana, Hangul or Thai right after Latin letters:
			// scripts written without spaces between words glue to
			// the Latin words in them ("…คือapple", "appleは").
			return j
		}
		j += size
	}
	return j
}

// scriptChange reports whether the word at text[s] and the letter before
// it are of two scripts, one of them spaceless and the other Latin (Thai
// prose glued to a Latin word: "…คือapple").
func scriptChange(text []byte, s int) bool {
	r, _ := utf8.DecodeLastRune(text[:s])
	if text[s] < utf8.RuneSelf {
		return spaceless(r)
	}
	first, _ := utf8.DecodeRune(text[s:])
	return r < utf8.RuneSelf && spaceless(first)
}

// spaceless reports whether r is of a script written without spaces
// between words, or one whose syllables are written apart from Latin
// letters: kana, Hangul, Thai, Lao, Myanmar, Khmer.
func spaceless(r rune) bool {
	return r >= 0x3040 && r <= 0x30ff || r >= 0xac00 && r <= 0xd7a3 || r >= 0x1100 && r <= 0x11ff || r >= 0x3130 && r <= 0x318f ||
		r >= 0x0e00 && r <= 0x0eff || r >= 0x1000 && r <= 0x109f || r >= 0x1780 && r <= 0x17ff
}

// wordRune reports whether a non-ASCII rune goes on a word: a letter, a
// combining mark or a format character (a zero-width joiner).
func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Cf, r)
}

// breakMark reports whether r is a direction mark (U+200E, U+200F,
// U+061C): a format character that stands between words, though no
// letter or space. Text copied from a right-to-left app may set its
// words apart with nothing else. The other format characters (a
// zero-width space, the joiners, the soft hyphen, a direction's isolate)
// stay inside a word.
func breakMark(r rune) bool {
	return r == 0x200E || r == 0x200F || r == 0x061C
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

// tagEnd returns the end of an HTML tag starting at i, or 0. A tag with
// an attribute value of several words (`<add key="seed" value="…" />`)
// is not passed over: its words are read as the markup reader reads
// them in documents.
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
		switch q := text[j]; q {
		case '>':
			return j + 1
		case '<', '\n':
			return 0
		case '"', '\'':
			e := bytes.IndexByte(text[j+1:lim], q)
			if e < 0 || multiWord(text[j+1:j+1+e]) && !numbersAttr(text[j+1:j+1+e]) {
				return 0
			}
			j += e + 1
		}
	}
	return 0
}

// word handles one word token text[s:e] preceded by the gap text[gs:s].
// It reports what mayMatter does: whether the word is a list word or may
// be a typo of one (its first letters name one).
func (f *finder) word(s, e, gs int, han bool) bool {
	// Where the word stands in its line: the line structure decides
	// which stretches of a run are examined (candidates.go).
	newLine := gs == 0 || hasNewline(f.text[gs:s])
	col := nextCol(newLine, f.col)
	f.col = col
	// If this word ends the current run, the run's last word ended its
	// line exactly when this word starts a new one.
	f.eol = newLine
	info, ok := f.lookup(s, e)
	if !ok {
		k := f.typoPrefix(s, e, han)
		if (k != nil || !han && nearTypoShaped(f.text[s:e])) && !labelWord(f.text[s:e]) {
			// The run is examined, but its candidates wait to compete
			// with a reading through the typo (flush). examine leaves
			// the run's backing array alone, so prev stays valid until
			// it is copied.
			prev := f.run
			f.examineRun0()
			f.pend = append(f.pend[:0], prev...)
			gap := f.text[gs:s]
			t := token{start: s, end: e, gs: gs, col: col, typo: true, num: listNumber(gap), gapHard: hardGap(gap)}
			if k != nil {
				t.pfx, t.hasPfx, t.alt = k.pfx, k.hasPfx, k.alt
			}
			f.pendTypo, f.hasPend = t, true
			return k != nil
		}
		f.flush()
		return k != nil
	}
	gap := f.text[gs:s]
	// A word glued to digits or other letters (hex, base64, identifiers)
	// is not a phrase word.
	if gs == s && !han && s > 0 && !scriptChange(f.text, s) {
		f.flush()
		return true
	}
	if e < len(f.text) && f.text[e] >= '0' && f.text[e] <= '9' && !(f.text[e-1] >= utf8.RuneSelf && digitsEndWord(f.text, e)) {
		// Letters glued to digits (hex, base64, identifiers): no word.
		// A word of a script other than Latin glued to its number
		// ("<word>1，<word>2，…", a Chinese or Japanese list numbered
		// after its words) is one.
		f.flush()
		return true
	}
	if codeToken(f.text, e) && !f.dottedPhrase(s) {
		// "True.Mark(1)", "start(": an identifier in code, not a word.
		f.flush()
		return true
	}
	if len(f.run) > 0 {
		if len(gap) > maxGap && gapWidth(gap) > maxGap || bytes.Count(gap, []byte{'\n'}) > maxGapLines {
			f.flush()
		}
	}
	if len(f.run) > 0 && s > 0 && f.text[s-1] >= '0' && f.text[s-1] <= '9' && !numberedGlue(gap) {
		f.flush()
		return true
	}
	if len(f.run) >= maxTokens && !f.overflow {
		// Thousands of list words in a row: a file of many phrases (one a
		// line, labelled with list words such as "seed" and "wallet", or
		// a JSON array of them) is examined up to its last blank line,
		// else its last line break, else its last punctuation between
		// words, and the run goes on from there. A run with none of these
		// is a wordlist (below).
		if k := splitPoint(f.run); k > 0 {
			f.splitRun(k)
		}
	}
	tok := token{start: s, end: e, gs: gs, col: col, han: han, e: info.e, pfx: info.pfx, hasPfx: info.hasPfx}
	tok.num = listNumber(gap)
	if ln := letterNumber(gap); ln > 0 && (tok.num == 0 || len(f.run) > 0 && f.run[len(f.run)-1].num == ln-1) {
		// A list lettered "a. ", "(b) ": the letter's place in the
		// alphabet; "i.", "v." and "x." are roman numerals but after
		// the letter before them ("h. …" over "i. …").
		tok.num = ln
	}
	tok.gapHard = hardGap(gap)
	tok.para = newLine && (blankLine(gap) || ruleLine(gap))
	if len(f.run) > 0 {
		tok.line = f.run[len(f.run)-1].line + bytes.Count(gap, []byte{'\n'})
	}
	if len(f.run) >= maxTokens {
		// Thousands of list words in a row: a wordlist. Keep the run
		// marked as too long without growing it.
		f.run[len(f.run)-1] = tok
		f.overflow = true
		return true
	}
	f.run = append(f.run, tok)
	return true
}

// splitPoint returns where a run too long to be examined whole is cut:
// at its last token after a blank line, else after a line break, else
// after punctuation; 0 when it has none of these.
func splitPoint(run []token) int {
	for _, at := range []func(k int) bool{
		func(k int) bool { return run[k].para },
		func(k int) bool { return run[k].line > run[k-1].line },
		func(k int) bool { return run[k].gapHard },
	} {
		for k := len(run) - 1; k > 0; k-- {
			if at(k) {
				return k
			}
		}
	}
	return 0
}

// splitRun examines run[:k] as a run of its own, and keeps run[k:] as the
// run going on, its lines counted from its first token.
func (f *finder) splitRun(k int) {
	rest := append([]token(nil), f.run[k:]...)
	base := rest[0].line
	for i := range rest {
		rest[i].line -= base
	}
	f.run = f.run[:k]
	eol := f.eol
	f.eol = base > f.run[k-1].line // the first part's last word ends its line
	f.flush()
	f.eol = eol
	f.run = append(f.run[:0], rest...)
}

// wordInfo is what the wordlists say of a word.
type wordInfo struct {
	e      *entry
	pfx    prefixEntry
	hasPfx bool
}

// lookup normalises a token and finds it in the wordlists.
func (f *finder) lookup(s, e int) (wordInfo, bool) { return f.lookupWord(f.text[s:e]) }

// lookupWord is lookup for the word raw, which need not stand in the text
// (a word joined over a hyphen's line break, joinedListed).
func (f *finder) lookupWord(raw []byte) (wordInfo, bool) {
	var tok wordInfo
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
		// Lower-case the word (the scanner hands over letters only) and
		// hash it for the quick filter.
		b := f.lower[:len(raw)]
		for k, c := range raw {
			b[k] = c | 0x20
		}
		h := hashToken(b)
		if !f.t.quickHasHash(h) {
			return tok, false
		}
		// One probe answers both lookup[b] and prefix[b] (prefixes are
		// at most four letters).
		k := f.t.asciiFind(b, h)
		if k == nil {
			return tok, false
		}
		tok.e, tok.pfx, tok.hasPfx = k.e, k.pfx, k.hasPfx
		return tok, tok.e != nil || tok.hasPfx
	}
	if len(raw) == 3 && raw[0] >= 0xE4 && raw[0] <= 0xE9 {
		// One ideograph of U+4000–9FFF (a Chinese list's word, or not):
		// no case, no format character, NFKD leaves it as it is.
		if en := f.t.lookup[string(raw)]; en != nil {
			tok.e = en
			return tok, true
		}
		return tok, false
	}
	if len(raw) > 64 {
		return tok, false
	}
	// Zero-width and other format characters (U+200B, U+FEFF, …) hide
	// inside words to defeat scanners: drop them. NFKD folds full-width
	// letters and other compatibility forms.
	// Both steps write into buffers kept across words, so a lookup
	// allocates nothing.
	// A rune that no key can hold (most words of binary data and of
	// languages without a list) settles it before any normalisation.
	f.fold = f.fold[:0]
	mixed := hasASCIILetter(raw)
	for _, r := range string(raw) {
		if mixed && r >= 0x370 && r < 0x530 {
			// A Latin word typed with a Cyrillic or Greek letter that
			// looks the same ("oriеnt" with U+0435): the Latin one.
			if l, ok := lookalikes[unicode.ToLower(r)]; ok {
				r = l
			}
		}
		if !f.t.mayBeKey(r) {
			return tok, false
		}
		if !unicode.Is(unicode.Cf, r) {
			f.fold = utf8.AppendRune(f.fold, unicode.ToLower(r))
		}
	}
	key := f.fold
	if norm.NFKD.QuickSpan(f.fold) < len(f.fold) {
		// norm.Form.Append would allocate its reordering buffer each
		// call; the finder's iterator keeps one.
		f.key = f.key[:0]
		f.norm.Init(norm.NFKD, f.fold)
		for !f.norm.Done() {
			f.key = append(f.key, f.norm.Next()...)
		}
		key = f.key
	}
	if en := f.t.lookup[string(key)]; en != nil {
		tok.e = en
		return tok, true
	}
	// Accents typed wrong ("è" for "é", a keyboard's doing): the word
	// without them, as a word typed without accents is looked up (the
	// lists' words are told apart without them).
	bare := f.bare[:0]
	for i := 0; i < len(key); i++ {
		if key[i] == 0xcc || key[i] == 0xcd && i+1 < len(key) && key[i+1] <= 0xaf {
			i++ // a combining mark, U+0300 to U+036F
			continue
		}
		bare = append(bare, key[i])
	}
	f.bare = bare
	if len(bare) < len(key) {
		if en := f.t.lookup[string(bare)]; en != nil {
			tok.e = en
			return tok, true
		}
	}
	return tok, false
}

// gapWidth returns the bytes of a gap between words that count towards
// maxGap: all but the '-', '=' and '+' that draw a table's rules
// ("+------+------+") between its rows.
func gapWidth(gap []byte) int {
	return len(gap) - bytes.Count(gap, []byte{'-'}) - bytes.Count(gap, []byte{'='}) - bytes.Count(gap, []byte{'+'})
}

// listNumber returns the list number at the end of a gap ("12. ", "#3 ",
// "07) ", "1:", "1 - ", a roman numeral "XII. " or "iv) ", a circled
// number "③"), or 0.
func listNumber(gap []byte) int {
	j := len(gap)
	for {
		for j > 0 && (gap[j-1] == ' ' || gap[j-1] == '\t' || gap[j-1] == '.' || gap[j-1] == ')' || gap[j-1] == ':' || gap[j-1] == '-' || gap[j-1] == '|' || gap[j-1] == '"' || gap[j-1] == '\'' || gap[j-1] == ',' || gap[j-1] == ';') {
			j--
		}
		if j >= 3 && gap[j-3] == '[' && gap[j-1] == ']' && (gap[j-2]|0x20 == 'x' || gap[j-2] == ' ') {
			// A task's box after the item's number ("1. [X] word", an
			// Org or Markdown checklist).
			j -= 3
			continue
		}
		if j >= 3 && gap[j-2] == 0xC2 && (gap[j-1] == 0xBA || gap[j-1] == 0xAA || gap[j-1] == 0xB0) && (isDigit[gap[j-3]] || gap[j-3] == '.') {
			// An ordinal's indicator after the number ("1.º", "2ª",
			// "3°"), as Spanish, Portuguese and Italian write places.
			j -= 2
			continue
		}
		break
	}
	if j == len(gap) && j >= 3 && gap[j-3] >= 0xE2 {
		// Glued to the word: a circled number ("①とくべつ").
		if n := circledNumber(gap[:j]); n > 0 {
			return n
		}
	}
	if j >= 3 && gap[j-1] >= 0x80 {
		return keycapNumber(gap[:j])
	}
	end := j
	for j > 0 && gap[j-1] >= '0' && gap[j-1] <= '9' {
		j--
	}
	if j == end && end < len(gap) && (gap[end] == '.' || gap[end] == ')') {
		return romanBefore(gap, end)
	}
	if j == end || end-j > 2 {
		return 0
	}
	if j > 0 && gap[j-1] != ' ' && gap[j-1] != '\n' && gap[j-1] != '\t' && gap[j-1] != '#' && gap[j-1] != '(' && gap[j-1] != '|' && gap[j-1] != '[' && gap[j-1] != '>' && gap[j-1] != ',' && gap[j-1] != '"' &&
		!(j >= 2 && gap[j-2] == 0xC2 && (gap[j-1] == 0xB0 || gap[j-1] == 0xBA)) {
		// Nor after the sign of a number ("N°1", "Nº 2", a recovery
		// sheet's).
		return 0
	}
	n, _ := leadingNumber(gap[j:end])
	return n
}

// numberSign returns where the sign of a number that the word text[i:j]
// ("N", "No", "Nr", "Nº") starts ends: a word of its own, then "°" or "º"
// (unless it ends in it), or a full stop, then maybe a space and a digit;
// 0 when it is no such sign.
func numberSign(text []byte, i, j int) int {
	if w := text[i:j]; string(w) != "N" && string(w) != "No" && string(w) != "Nr" && string(w) != "Nº" || i > 0 && isLetterByte(text[i-1]) {
		return 0
	}
	k := j
	switch {
	case string(text[i:j]) == "Nº":
	case k+1 < len(text) && text[k] == 0xC2 && (text[k+1] == 0xB0 || text[k+1] == 0xBA):
		k += 2
	case k < len(text) && text[k] == '.' && j-i == 2:
		k++
	default:
		return 0
	}
	d := k
	if d < len(text) && text[d] == ' ' {
		d++
	}
	if d < len(text) && isDigit[text[d]] {
		return k
	}
	return 0
}

// leadingNumber returns the number that the digits at the start of b
// write, and how many bytes they take.
func leadingNumber(b []byte) (n, size int) {
	for size < len(b) && isDigit[b[size]] {
		n = n*10 + int(b[size]-'0')
		size++
	}
	return n, size
}

// circledNumber returns the number a circled digit at the end of b
// stands for (① to ⑳, ㉑ to ㉟), or 0.
func circledNumber(b []byte) int {
	r, _ := utf8.DecodeLastRune(b)
	switch {
	case r >= '①' && r <= '⑳':
		return int(r-'①') + 1
	case r >= '㉑' && r <= '㉟':
		return int(r-'㉑') + 21
	}
	return 0
}

// keycapNumber returns the number that keycap emoji at the end of b
// write, a digit each ("1️⃣2️⃣", the variation selector optional), or
// the keycap ten "🔟"; 0 if b ends otherwise.
func keycapNumber(b []byte) int {
	if bytes.HasSuffix(b, []byte("🔟")) {
		return 10
	}
	n, unit := 0, 1
	for k := 0; k < 2 && bytes.HasSuffix(b, []byte("\u20e3")); k++ {
		b = bytes.TrimSuffix(b[:len(b)-3], []byte("\ufe0f"))
		if len(b) == 0 || b[len(b)-1] < '0' || b[len(b)-1] > '9' {
			return 0
		}
		n += unit * int(b[len(b)-1]-'0')
		unit *= 10
		b = b[:len(b)-1]
	}
	return n
}

// romanBefore returns the value of the roman numeral (I to XXXIX, in one
// case) that ends at gap[end], right before a '.' or ')' that marks a
// list item, when it starts the gap's line or follows two spaces or a
// tab (a second column); 0 otherwise.
func romanBefore(gap []byte, end int) int {
	j := end
	for j > 0 && romanDigit[gap[j-1]|0x20] != 0 {
		j--
	}
	if j == end || end-j > 6 {
		return 0
	}
	if j > 0 && gap[j-1] != '\n' && !(gap[j-1] == '\t' || j >= 2 && gap[j-1] == ' ' && gap[j-2] == ' ') {
		// Past quote marks and spaces, the line's start.
		k := j
		for k > 0 && (gap[k-1] == ' ' || gap[k-1] == '\t' || gap[k-1] == '>') {
			k--
		}
		if k > 0 && gap[k-1] != '\n' {
			return 0
		}
	}
	return romanValue(gap[j:end])
}

// listMarkBefore reports whether the letters text[i:j], which a '.' or
// ')' follows, are a list's roman numeral (romanBefore) or its letter
// (letterMarker).
func listMarkBefore(text []byte, i, j int) bool {
	return romanBefore(text[:j], j) > 0 || j-i == 1 && letterMarker(text, i)
}

// letterMarker reports whether the letter at text[i], which a '.' or ')'
// follows, starts its line (past spaces, quote marks and a '('): a list
// lettered "a. ", "b) ", "(c) ".
func letterMarker(text []byte, i int) bool {
	k := i
	if k > 0 && text[k-1] == '(' {
		k--
	}
	for k > 0 && (text[k-1] == ' ' || text[k-1] == '\t' || text[k-1] == '>') {
		k--
	}
	return k == 0 || text[k-1] == '\n'
}

// letterNumber returns the place in the alphabet (a is 1) of the list
// letter a gap ends with, past spaces ("\nb. ", "\n(c) ", "\nd) "), when
// it starts its line (letterMarker); 0 otherwise.
func letterNumber(gap []byte) int {
	j := len(gap)
	for j > 0 && (gap[j-1] == ' ' || gap[j-1] == '\t') {
		j--
	}
	if j < 2 || gap[j-1] != '.' && gap[j-1] != ')' {
		return 0
	}
	c := gap[j-2] | 0x20
	if c < 'a' || c > 'z' || j >= 3 && asciiLetter[gap[j-3]] || !letterMarker(gap, j-2) {
		return 0
	}
	return int(c-'a') + 1
}

// romanDigit holds the values of the lower-case roman digits a list
// numbers by (i, v, x).
var romanDigit = [256]int{'i': 1, 'v': 5, 'x': 10}

// romanValue returns the value of a roman numeral of i, v and x in one
// case, written the usual way (1 to 39), or 0.
func romanValue(b []byte) int {
	upper := b[0] < 'a'
	n := 0
	for k, c := range b {
		if c < 'a' != upper {
			return 0
		}
		v := romanDigit[c|0x20]
		if k+1 < len(b) && romanDigit[b[k+1]|0x20] > v {
			n -= v
		} else {
			n += v
		}
	}
	if n < 1 || n > 39 || romanString(n, upper) != string(b) {
		return 0
	}
	return n
}

// romanString writes n (1 to 39) as a roman numeral.
func romanString(n int, upper bool) string {
	var b []byte
	for _, d := range [...]struct {
		v int
		s string
	}{{10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}} {
		for n >= d.v {
			b = append(b, d.s...)
			n -= d.v
		}
	}
	if upper {
		return string(bytes.ToUpper(b))
	}
	return string(b)
}

// numberedGlue reports whether a word right after a digit is a list item
// written like "1.word" or "1)word".
func numberedGlue(gap []byte) bool { return listNumber(gap) > 0 }

// blankLine reports whether a gap holds an empty line: two line breaks
// with nothing but white space between them.
func blankLine(gap []byte) bool {
	nl := -1
	for i, c := range gap {
		switch c {
		case '\n':
			if nl >= 0 {
				return true
			}
			nl = i
		case ' ', '\t', '\r':
		default:
			nl = -1
		}
	}
	return false
}

// ruleLine reports whether a gap holds a whole line that is a Markdown
// table's rule ("|----|:---:|"): it parts a table's heading from its
// rows as a blank line parts paragraphs.
func ruleLine(gap []byte) bool {
	first := bytes.IndexByte(gap, '\n')
	if first < 0 {
		return false
	}
	for rest := gap[first+1:]; ; {
		k := bytes.IndexByte(rest, '\n')
		if k < 0 {
			return false
		}
		line := bytes.TrimSpace(rest[:k])
		if bytes.IndexByte(line, '|') >= 0 && bytes.Contains(line, []byte("---")) && len(bytes.Trim(line, "|-: \t")) == 0 {
			return true
		}
		rest = rest[k+1:]
	}
}

// hardGap reports whether a gap holds punctuation rather than only spaces.
func hardGap(gap []byte) bool {
	for _, c := range gap {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return true
		}
	}
	return false
}

// typoPrefix returns the record of the first four letters of a token that
// is in no list (and is not much longer than list words are) when they
// are the unique prefix of a word of English (pfx) or of another list
// told apart by four letters (alt), so that the token may be that word
// misspelt; nil otherwise. Accents are removed ("fábul" for "fábula").
func (f *finder) typoPrefix(s, e int, han bool) *asciiKey {
	if han || e-s < 4 {
		return nil
	}
	var b [4]byte
	n := 0 // letters seen, accents not counted
	i := s
	for i < e && n < len(b) {
		c, size := foldedLetter(f.text[i:e])
		switch {
		case size == 0:
			return nil // not a letter
		case c != 0:
			b[n] = c
			n++
		}
		i += size
	}
	if n < len(b) {
		return nil
	}
	h := hashToken(b[:])
	if !f.t.quickHasHash(h) { // every prefix is in the quick filter
		return nil
	}
	k := f.t.asciiFind(b[:], h)
	if k == nil || !k.hasPfx && k.alt == nil {
		return nil
	}
	// Not much longer than list words are.
	for i < e {
		c, size := foldedLetter(f.text[i:e])
		if size == 0 {
			return nil
		}
		if c != 0 {
			if n++; n > 10 {
				return nil
			}
		}
		i += size
	}
	return k
}

// foldedLetter reads the character at the start of p as the lower-case
// ASCII letter it is or decomposes to ("é" is "e" and an accent), with
// its size; an accent alone (text in NFKD) is the letter 0; size 0 means
// neither.
func foldedLetter(p []byte) (byte, int) {
	c := p[0]
	if c < utf8.RuneSelf {
		if !wordByte[c] {
			return 0, 0
		}
		return c | 0x20, 1
	}
	if r, size := utf8.DecodeRune(p); r < rune(len(latinBase)) && latinBase[r] != 0 {
		return latinBase[r], size
	}
	prop := norm.NFKD.Properties(p)
	size := prop.Size()
	if size == 0 {
		return 0, 0
	}
	if prop.CCC() != 0 {
		return 0, size
	}
	d := prop.Decomposition()
	if len(d) == 0 || d[0] >= utf8.RuneSelf || !wordByte[d[0]] || !marksOnly(d[1:]) {
		return 0, 0
	}
	return d[0] | 0x20, size
}

// latinBase holds, for the letters of Latin-1 and Latin Extended-A that
// decompose to an ASCII letter and accents, that letter in lower case:
// the accented letters of the Latin-script lists, looked up without
// decomposing them each time.
var latinBase = func() (t [0x180]byte) {
	for r := rune(0xC0); r < rune(len(t)); r++ {
		d := norm.NFKD.String(string(r))
		if len(d) > 1 && d[0] < utf8.RuneSelf && wordByte[d[0]] && marksOnly([]byte(d[1:])) {
			t[r] = d[0] | 0x20
		}
	}
	return
}()

// labelWord reports whether a word is a label ("mnemonic", "words",
// "recovery"), which says what follows rather than misspelling a list
// word ("mnem" begins an Italian word, "reco" an English one).
func labelWord(w []byte) bool {
	for _, l := range labels {
		if len(w) >= len(l) && bytes.EqualFold(w[:len(l)], []byte(l)) {
			return true
		}
	}
	return false
}

// marksOnly reports whether b is combining marks only.
func marksOnly(b []byte) bool {
	for len(b) > 0 {
		p := norm.NFKD.Properties(b)
		if p.Size() == 0 || p.CCC() == 0 {
			return false
		}
		b = b[p.Size():]
	}
	return true
}

// bbTags are the names of the BBCode tags forums write (phpBB, vBulletin,
// SMF, BitcoinTalk), lower case.
var bbTags = map[string]bool{"b": true, "i": true, "u": true, "s": true, "li": true, "list": true, "ul": true, "ol": true,
	"code": true, "quote": true, "spoiler": true, "color": true, "size": true, "font": true, "url": true, "center": true,
	"table": true, "tr": true, "td": true, "pre": true, "tt": true, "*": true}

// bbTagEnd returns where the BBCode tag that opens at text[i] ('[') ends,
// past its ']': "[li]", "[/li]", "[*]", "[color=red]", "[quote=satoshi]";
// 0 when no known tag opens there.
func bbTagEnd(text []byte, i int) int {
	j := i + 1
	if j < len(text) && text[j] == '/' {
		j++
	}
	n := j
	for n < len(text) && n-j < 8 && (asciiLetter[text[n]] || text[n] == '*') {
		n++
	}
	if n == j || n >= len(text) {
		return 0
	}
	var buf [8]byte
	name := buf[:0]
	for _, c := range text[j:n] {
		name = append(name, c|0x20*byte(b2u(c >= 'A' && c <= 'Z')))
	}
	if !bbTags[string(name)] {
		return 0
	}
	switch text[n] {
	case ']':
		return n + 1
	case '=':
		if k := bytes.IndexByte(text[n:min(len(text), n+64)], ']'); k > 0 && bytes.IndexByte(text[n:n+k], '\n') < 0 {
			return n + k + 1
		}
	}
	return 0
}

// codeToken reports whether the word ending at e is followed the way code
// identifiers are: "(" or "." and a letter. A word's place in its list
// in parentheses ("word(7) ", numberAfter) is not a call.
func codeToken(text []byte, e int) bool {
	if e >= len(text) {
		return false
	}
	switch text[e] {
	case '(':
		return !numberAfter(text, e)
	case '.':
		return e+1 < len(text) && text[e+1] < utf8.RuneSelf && wordByte[text[e+1]]
	}
	return false
}

// digitsEndWord reports whether text[p:] is a number of one or two digits
// that a separator (no letter, digit or '.') or the text's end follows.
func digitsEndWord(text []byte, p int) bool {
	k := p
	for k < len(text) && k-p <= 2 && isDigit[text[k]] {
		k++
	}
	if k-p > 2 {
		return false
	}
	if k == len(text) {
		return true
	}
	r, _ := utf8.DecodeRune(text[k:])
	return r != '.' && !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// numberAfter reports whether text[p:] is a number of one or two digits in
// parentheses that ends a word (a space, a comma, a line's end or the
// text's end after it): "word(7) word(8)", a list numbered after its
// words.
func numberAfter(text []byte, p int) bool {
	k := p + 1
	for k < len(text) && k-p <= 3 && isDigit[text[k]] {
		k++
	}
	if k == p+1 || k-p > 3 || k >= len(text) || text[k] != ')' {
		return false
	}
	k++
	return k == len(text) || text[k] == ' ' || text[k] == '\t' || text[k] == '\n' || text[k] == '\r' || text[k] == ','
}

// dottedPhrase reports whether the word at s stands in a chain of at
// least 12 words of letters joined by single dots ("abandon.ability.…"):
// a phrase written so, which no code names its members with.
func (f *finder) dottedPhrase(s int) bool {
	if s < f.dotEnd {
		return f.dotLong
	}
	text := f.text
	n, i := 0, s
	for {
		j := i
		for j < len(text) && (text[j] >= utf8.RuneSelf || asciiLetter[text[j]]) {
			j++
		}
		if j == i {
			break
		}
		n++
		i = j
		if i+1 >= len(text) || text[i] != '.' {
			break
		}
		i++
	}
	f.dotEnd, f.dotLong = i, n >= 12
	return f.dotLong
}

// nearTypoShaped reports whether a word in no list, whose first four
// letters name no list word, may still be an English list word with one
// edit (nearWords): three to nine ASCII letters.
func nearTypoShaped(w []byte) bool {
	if len(w) < 3 || len(w) > 9 {
		return false
	}
	for _, c := range w {
		if !asciiLetter[c] {
			return false
		}
	}
	return true
}

// nearWords returns the English list words one edit away from the ASCII
// word w (a letter dropped, added or changed, or two side by side
// swapped: "abnadon", "abadon", "abandonn", "abamdon"), at most
// maxNearWords of them; ok is false when there are none or more.
func (f *finder) nearWords(w []byte) (near []uint16, ok bool) {
	var b [10]byte
	if len(w) > len(b) {
		return nil, false
	}
	for i, c := range w {
		b[i] = c | 0x20
	}
	word := b[:len(w)]
	var found [maxNearWords + 1]uint16
	n := 0
	try := func(v []byte) {
		h := hashToken(v)
		if n > maxNearWords || !f.t.quickHasHash(h) {
			return
		}
		if k := f.t.asciiFind(v, h); k != nil && k.e != nil && k.e.mask&1 != 0 && !slices.Contains(found[:n], k.e.idx[0]) {
			found[n] = k.e.idx[0]
			n++
		}
	}
	var v [11]byte
	for i := range word { // dropped
		try(append(append(v[:0], word[:i]...), word[i+1:]...))
	}
	for i := 0; i+1 < len(word); i++ { // swapped
		x := append(v[:0], word...)
		x[i], x[i+1] = x[i+1], x[i]
		try(x)
	}
	for i := range word { // changed
		x := append(v[:0], word...)
		for c := byte('a'); c <= 'z'; c++ {
			if c != word[i] {
				x[i] = c
				try(x)
			}
		}
	}
	for i := 0; i <= len(word); i++ { // added
		x := append(append(append(v[:0], word[:i]...), 0), word[i:]...)
		for c := byte('a'); c <= 'z'; c++ {
			x[i] = c
			try(x)
		}
	}
	if n == 0 || n > maxNearWords {
		return nil, false
	}
	return slices.Clone(found[:n]), true
}

// nearReadable reports whether nearWords reads the ASCII word w (of
// nearTypoShaped's length), remembering the answer for the words of
// ordinary text, which come again and again ("the", "with"): most have
// none or too many words an edit away.
func (f *finder) nearReadable(w []byte) bool {
	var b [9]byte
	key := b[:len(w)]
	for i, c := range w {
		key[i] = c | 0x20
	}
	if ok, seen := f.nearSeen[string(key)]; seen {
		return ok
	}
	_, ok := f.nearWords(w)
	if f.nearSeen == nil || len(f.nearSeen) >= maxNearSeen {
		f.nearSeen = make(map[string]bool)
	}
	f.nearSeen[string(key)] = ok
	return ok
}

// maxNearSeen bounds the words nearReadable remembers.
const maxNearSeen = 1 << 14

// maxNearWords is the most English words one edit away from a typo that
// are each tried in its place ("coo": cook, cool, zoo); a word with more
// is too short to say which it was.
const maxNearWords = 3

// lookalikes maps the lower-case Cyrillic and Greek letters that look
// like Latin ones (Unicode's confusables) to those, for words that mix
// them with Latin letters: a phrase typed on a keyboard switched to
// another layout for one letter.
var lookalikes = map[rune]rune{
	'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i', 'ј': 'j', 'ѕ': 's',
	'һ': 'h', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'ӏ': 'l',
	'ο': 'o', 'α': 'a', 'ν': 'v', 'ι': 'i', 'κ': 'k', 'ρ': 'p', 'τ': 't', 'υ': 'u', 'χ': 'x',
}

// hasASCIILetter reports whether b holds an ASCII letter.
func hasASCIILetter(b []byte) bool {
	for _, c := range b {
		if asciiLetter[c] {
			return true
		}
	}
	return false
}

// itemNote returns the end of the note in parentheses at text[i] when it
// ends the line of a numbered list's item of one word ("7. run (рун)",
// "12) deer (the animal)"): a reading, a translation, a reminder, whose
// words are no part of the list. It returns 0 otherwise.
func itemNote(text []byte, i int) int {
	const maxNote, maxItem = 64, 48
	// The item first: most parentheses stand in lines longer than an
	// item of one word.
	lo := max(0, i-maxItem)
	ls := bytes.LastIndexByte(text[lo:i], '\n') + 1
	if ls == 0 && lo > 0 {
		return 0
	}
	t := bytes.TrimSpace(text[lo+ls : i])
	n := 0
	for n < len(t) && n < 2 && isDigit[t[n]] {
		n++
	}
	if n == 0 || n >= len(t) || t[n] != '.' && t[n] != ')' {
		return 0
	}
	w := bytes.TrimSpace(t[n+1:])
	if len(w) == 0 || bytes.ContainsAny(w, " \t") {
		return 0
	}
	k := bytes.IndexByte(text[i+1:min(len(text), i+1+maxNote)], ')')
	if k < 0 {
		return 0
	}
	end := i + 1 + k + 1
	note := text[i+1 : end-1]
	if bytes.IndexByte(note, '(') >= 0 || bytes.IndexByte(note, '\n') >= 0 {
		return 0
	}
	j := end
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
		j++
	}
	if j < len(text) && text[j] != '\n' {
		return 0
	}
	return end
}
