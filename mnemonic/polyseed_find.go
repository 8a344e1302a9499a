package mnemonic

// tryPolyseed looks for a 16-word Polyseed phrase in a run: the whole run,
// or the run less at most maxExtra words around it, all words of one
// BIP-39 language whose polyseed checksum and feature bits hold (by chance
// once in about 11,000, so edges and shape rules apply as for BIP-39).
func (f *finder) tryPolyseed(run []token) (Match, bool) {
	n := len(run)
	for i := 0; i+16 <= n && n-16 <= maxExtra; i++ {
		w := run[i : i+16]
		if !f.phraseShaped(w) {
			continue
		}
		mask := sharedLanguages(w)
		for li := range nLang {
			if mask&(1<<li) == 0 {
				continue
			}
			idx := make([]uint16, 16)
			for k, t := range w {
				idx[k] = t.e.idx[li]
			}
			if repetitive(idx) {
				continue
			}
			if _, ok := polyseedValidLang(languages[li], idx); ok {
				return Match{Start: w[0].start, End: w[15].end, Exact: n == 16, Layout: layoutOf(w),
					Phrase: Phrase{lang: languages[li], indices: idx, scheme: SchemePolyseed}}, true
			}
		}
	}
	return Match{}, false
}

// publicPolyseed are the phrases of polyseed's own tests (tevador/polyseed
// tests/tests.c), normalised.
var publicPolyseed = map[string]bool{
	"raven tail swear infant grief assist regular lamp duck valid someone little harsh puppy airport language": true,
}

// publicPolyseedPhrase reports whether p is a published polyseed test phrase.
func publicPolyseedPhrase(p Phrase) bool { return publicPolyseed[p.Reveal()] }
