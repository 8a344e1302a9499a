package mnemonic

import (
	"bytes"
	"slices"
	"strings"
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
			if l < n && f.longestRise(w) >= maxRise {
				// A window cut out of a longer stretch, with a sorted
				// stretch in it: the edge of an excerpt of a list. A
				// whole unit may have one (1 in 8,500 random 12-word
				// phrases does).
				continue
			}
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

// phraseShaped rejects windows that are not written like a phrase: runs in
// alphabetical or code-point order (an
// excerpt of a list), and words separated by varied punctuation (code:
// "start: 0, end: 1000, want: …"). The words of a phrase are separated
// the same way throughout, up to a few line breaks or comment markers.
func (f *finder) phraseShaped(words []token) bool {
	n := len(words)
	ordered := slices.Clone(words)
	slices.SortFunc(ordered, func(a, b token) int { return a.start - b.start })
	if f.falls(ordered) <= 1 {
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

// maxRise is the sorted stretch that marks a window cut from a longer
// stretch as a piece of a list: 8 words in order happen in a random
// 12-word phrase once in about 8,500.
const maxRise = 8

// falls counts the places where words, in text order, are not in
// alphabetical order. A random phrase of n words has about (n-1)/2; an
// excerpt of a sorted list has none.
func (f *finder) falls(words []token) int {
	falls := 0
	for i := 1; i < len(words); i++ {
		if bytes.Compare(bytes.ToLower(f.text[words[i-1].start:words[i-1].end]), bytes.ToLower(f.text[words[i].start:words[i].end])) >= 0 {
			falls++
		}
	}
	return falls
}

// longestRise is the longest stretch of words in alphabetical order.
func (f *finder) longestRise(words []token) int {
	best, rising := 1, 1
	for i := 1; i < len(words); i++ {
		if bytes.Compare(bytes.ToLower(f.text[words[i-1].start:words[i-1].end]), bytes.ToLower(f.text[words[i].start:words[i].end])) < 0 {
			rising++
			best = max(best, rising)
		} else {
			rising = 1
		}
	}
	return best
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

// repetitive reports whether fewer than half the words are distinct.
func repetitive(idx []uint16) bool {
	seen := map[uint16]bool{}
	for _, v := range idx {
		seen[v] = true
	}
	return len(seen)*2 < len(idx)
}

// tryElectrum checks a run as an Electrum 2.x seed.
func (f *finder) tryElectrum(run []token) (Match, bool) {
	if !f.phraseShaped(run) {
		return Match{}, false
	}
	idx := make([]uint16, len(run))
	words := make([]string, len(run))
	t := f.t
	for i, w := range run {
		if w.e == nil || w.e.mask&1 == 0 {
			return Match{}, false
		}
		idx[i] = w.e.idx[0]
		words[i] = t.words[0][idx[i]]
	}
	if repetitive(idx) {
		return Match{}, false
	}
	scheme := electrumScheme(strings.Join(words, " "))
	if scheme == "" {
		return Match{}, false
	}
	return Match{Start: run[0].start, End: run[len(run)-1].end, Exact: true, Layout: layoutOf(run),
		Phrase: Phrase{lang: English, indices: idx, scheme: scheme}}, true
}

// choose reports the best of a run's candidates (found in its units) that
// overlap neither each other nor a phrase already reported, in text order.
func (f *finder) choose() {
	c := f.cands
	if len(c) == 0 {
		return
	}
	slices.SortStableFunc(c, func(a, b Match) int {
		if d := evidence(b) - evidence(a); d != 0 {
			return d
		}
		return a.Start - b.Start
	})
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

// Weights of the evidence that ranks competing candidates, in bits: how
// much less likely a candidate is to be chance.
const (
	// exactBits: the candidate is a whole unit (a line, a block, a
	// quoted value), not a window cut out of a longer stretch of list
	// words; a window has several chances to pass, the unit one.
	exactBits = 4
	// labelBits: a label such as "seed" or "mnemonic" says what follows.
	labelBits = 2
	// correctedBits: a misspelt word read by its prefix is a guess.
	correctedBits = -4
)

// evidence scores a candidate: the bits of its checksum (a chance pass
// is 2^-bits likely) and of what the text around it says.
func evidence(m Match) int {
	s := checksumBits(m.Phrase)
	if m.Exact {
		s += exactBits
	}
	if m.Labelled {
		s += labelBits
	}
	if m.Corrected > 0 {
		s += correctedBits
	}
	return s
}

// checksumBits is how many bits of a phrase's scheme check it: a random
// sequence of words passes one time in 2^bits.
func checksumBits(p Phrase) int {
	switch p.Scheme() {
	case SchemeSLIP39:
		return 30 // RS1024 over 10-bit words
	case SchemeAezeed:
		return 32 // CRC-32C
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
