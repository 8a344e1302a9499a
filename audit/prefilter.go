package audit

import (
	"math/bits"
	"slices"

	ac "github.com/petar-dambovaliev/aho-corasick"
)

// prefilter decides, in one pass over a chunk, which detectors are worth
// running: a detector runs when one of its keywords occurs (ASCII
// case-insensitively), or always when it declares no keywords.
//
// The built-in detectors have a few dozen short ASCII keywords. For those
// a bigram filter is used: an 8 KiB bit set holding one bigram of each
// keyword (in each of its case spellings), its anchor, which most
// positions of a text miss, and a comparison only where it hits. The
// anchor is the keyword's least common bigram in code and prose
// (anchorOf): "oy" of "deployer", "-b" of "-----begin", where the first
// two bytes ("de", "--") stand at 1 % of the positions of text. It reads
// about 800 MB/s on the benchmark corpus where the Aho-Corasick
// automaton (kept for keyword sets the filter cannot hold: more than
// maxBigramPatterns keywords, or one-byte ones) reads 240 MB/s. Keywords
// of other scripts ("ключ", "秘密鍵") are held as their UTF-8 bytes,
// matched as they are (no case folding).
type prefilter struct {
	always  []bool
	byPat   [][]int // pattern index → detector indexes
	anyKeys bool

	// The bigram filter, when every pattern fits it.
	pats    [][]byte        // lower-case patterns
	anchor  []int           // offset of each pattern's anchor bigram
	first   [1 << 10]uint64 // bit per bigram: the anchor of some pattern, in any case
	slot    []uint8         // bigram → 1 + its index in byFirst
	byFirst []patSet        // the patterns anchored at a bigram

	matcher *ac.AhoCorasick // otherwise
}

// lowerASCII returns k with its ASCII letters in lower case and its
// other bytes as they are (strings.ToLower would write each byte of a
// legacy code page that is no UTF-8 as U+FFFD).
func lowerASCII(k string) string {
	b := []byte(k)
	for i, c := range b {
		b[i] = fold[c]
	}
	return string(b)
}

// fold maps ASCII upper-case letters to lower case, other bytes to
// themselves.
var fold = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
		if i >= 'A' && i <= 'Z' {
			t[i] = byte(i) + 32
		}
	}
	return
}()

// newPrefilter makes the prefilter of detectors whose keywords are
// keywords[i] (nil for a detector that always runs). Entries past the
// detectors may stand for hint words (internal/hint): match sets their
// place like a detector's.
func newPrefilter(keywords [][]string) *prefilter {
	p := &prefilter{always: make([]bool, len(keywords))}
	index := map[string]int{}
	var pats []string
	for i, kws := range keywords {
		if kws == nil {
			p.always[i] = true
			continue
		}
		for _, k := range kws {
			k = lowerASCII(k) // a keyword may be bytes of a legacy code page, no UTF-8
			if k == "" {
				p.always[i] = true
				continue
			}
			j, ok := index[k]
			if !ok {
				j = len(pats)
				index[k] = j
				pats = append(pats, k)
				p.byPat = append(p.byPat, nil)
			}
			p.byPat[j] = append(p.byPat[j], i)
		}
	}
	if len(pats) == 0 {
		return p
	}
	p.anyKeys = true
	bigrams := len(pats) <= maxBigramPatterns
	for _, k := range pats {
		bigrams = bigrams && len(k) >= 2
	}
	if bigrams {
		p.slot = make([]uint8, 1<<16)
		for j, k := range pats {
			a := anchorOf(k)
			p.anchor = append(p.anchor, a)
			b := uint16(k[a])<<8 | uint16(k[a+1])
			if p.slot[b] == 0 {
				p.byFirst = append(p.byFirst, patSet{})
				slot := uint8(len(p.byFirst))
				caseVariants(b, func(v uint16) {
					p.first[v>>6] |= 1 << (v & 63)
					p.slot[v] = slot
				})
			}
			p.byFirst[p.slot[b]-1].add(j)
			p.pats = append(p.pats, []byte(k))

		}
		return p
	}
	b := ac.NewAhoCorasickBuilder(ac.Opts{AsciiCaseInsensitive: true, MatchKind: ac.StandardMatch, DFA: true})
	m := b.Build(pats)
	p.matcher = &m
	return p
}

// caseVariants calls fn with the bigram b (two bytes, the first high)
// in each of its ASCII case spellings: "ke", "kE", "Ke", "KE".
func caseVariants(b uint16, fn func(uint16)) {
	for _, x := range spellings(byte(b >> 8)) {
		for _, y := range spellings(byte(b)) {
			fn(uint16(x)<<8 | uint16(y))
		}
	}
}

// spellings returns an ASCII letter in both cases, another byte alone.
func spellings(c byte) []byte {
	if l := fold[c]; l >= 'a' && l <= 'z' {
		return []byte{l, l - 32}
	}
	return []byte{c}
}

// anchorOf returns the offset of the bigram of keyword k (lower-case,
// at least two bytes) that text is least likely to hold: the one that
// comes last in commonBigrams, or is not in it at all; among bigrams not
// in it, the one least likely by byteFrequency; the first of equals.
// Letter frequencies alone chose badly in code, where x, y and p are
// common: "yp" of "keypair" (type, crypto), "pl" of "deployer" (apply,
// replace), "ex" of "cborhex" (index, export) stand at 1 to 3 % of the
// positions of JavaScript.
func anchorOf(k string) int {
	best, at := -1.0, 0
	for i := 0; i+1 < len(k); i++ {
		score := float64(len(commonBigrams)/2 + 1)
		if r := bigramRank(fold[k[i]], fold[k[i+1]]); r > 0 {
			score = float64(r)
		} else {
			score += 1 - byteFrequency(k[i])*byteFrequency(k[i+1])
		}
		if score > best {
			best, at = score, i
		}
	}
	return at
}

// bigramRank returns the 1-based place of the bigram ab (lower case) in
// commonBigrams, or 0.
func bigramRank(a, b byte) int {
	for i := 0; i+1 < len(commonBigrams); i += 2 {
		if commonBigrams[i] == a && commonBigrams[i+1] == b {
			return i/2 + 1
		}
	}
	return 0
}

// commonBigrams are the 400 most common byte pairs of source code and
// prose, most common first, ASCII letters folded to lower case: counted
// over Go's source tree and the documentation of a Debian system
// (/usr/share/doc, 259 MB in all, binary files left out).
const commonBigrams = "" +
	"  , reine \n\teran cte tth</asdeco=\"pala\t\t" +
	"><stonn ssnts liclestiatsp a 0enalt orle" +
	" iit\">0xheodsears=\n tr:  sd 00ramer et= " +
	"istoed//iongno orind fncilnsef rrota>\n/s" +
	"ct lpruneccema < b)\n nsipe pnaf a nediom" +
	"lon><sx0 eocamutvell\n<caexea--l  dad/ \n\n" +
	" h mot\\xhtchgefi =acy e\"ha\" ,\nop) icuro " +
	" { wfoemulrrrnifaaig \"outy{\nvael/cofmohi" +
	" (tt}\nibe>mprs xdotss. ucks/pousg hrueid" +
	"tuimfurt/a.\nlspt\"p> beol\r\nplosfftp vyp.c" +
	"ivlux1giabble.hoddnit.py\t}pp :rgui<a.h/p" +
	"wif= 1a>fekemiapp>\",ooi>soag<cdac su/de/" +
	"aimlsl64 [syh cu *ps. ()rueelt0\\0,rytmbu" +
	"t/:=/tbo},/ne\n gscep\t/shs:\tigol\"ubbs\n/ie" +
	"rm\tr==ov0 tl..pu 2byjsxtn\"tdev/lfae,sa20" +
	"aumm32ldwa /baow1,irt_e:\"sum10egx2m b.12" +
	"rccriaip/g<dytob\"rd>e_\t{0116k <lr.ys -x8" +
	"qubr),<pgh1 ly.spibiupgsav2,p :/\tvt\".a 4" +
	"11x e=dte(p\n* xahu_s; .pdufrgr(s\"htcewnf" +
	"3,t,nus\"**\nf\n}rddlm/8,2 t(\"nvicign 3whl/"

// byteFrequency is how often a byte stands in text, roughly: the letter
// frequencies of English (Lewand, "Cryptological Mathematics", 2000), and
// common values for the rest of source code and prose.
func byteFrequency(c byte) float64 {
	if c >= 'a' && c <= 'z' {
		return letterFrequency[c-'a']
	}
	switch {
	case c == ' ':
		return 0.15
	case c >= '0' && c <= '9', c == '-', c == '.', c == '\n', c == '_', c == '"':
		return 0.02
	}
	return 0.005
}

var letterFrequency = [26]float64{
	.08167, .01492, .02782, .04253, .12702, .02228, .02015, .06094, .06966, .00153, .00772, .04025, .02406,
	.06749, .07507, .01929, .00095, .05987, .06327, .09056, .02758, .00978, .02360, .00150, .01974, .00074,
}

// keywordsOf lists the keywords of each detector, for newPrefilter.
func keywordsOf(dets []Detector) [][]string {
	out := make([][]string, len(dets))
	for i, d := range dets {
		out[i] = d.Keywords()
	}
	return out
}

// size is the length of the hits slices match fills.
func (p *prefilter) size() int { return len(p.always) }

// match sets hits[i] for every detector that should run on data.
func (p *prefilter) match(data []byte, hits []bool) {
	copy(hits, p.always)
	if !p.anyKeys || len(data) == 0 {
		return
	}
	remaining := 0
	for _, a := range p.always {
		if !a {
			remaining++
		}
	}
	found := func(pat int) {
		for _, d := range p.byPat[pat] {
			if !hits[d] {
				hits[d] = true
				remaining--
			}
		}
	}
	if p.matcher != nil {
		it := p.matcher.IterOverlappingByte(data)
		for m := it.Next(); m != nil && remaining > 0; m = it.Next() {
			found(m.Pattern())
		}
		return
	}
	var need patSet
	for j := range p.pats {
		need.add(j)
	}
	// A copy of the anchor set loses a bigram's bits once every pattern
	// anchored at it is found: common bigrams of words found early ("ke",
	// "se") then cost no lookup for the rest of the chunk. The set holds
	// every case spelling of an anchor, so that the bytes are looked up
	// as they are, without folding.
	first := p.first
	b := uint16(data[0])
	for i := 0; i+1 < len(data); i++ {
		b = b<<8 | uint16(data[i+1])
		if first[b>>6]&(1<<(b&63)) == 0 {
			continue
		}
		m := p.byFirst[p.slot[b]-1].and(need)
		if m.empty() {
			caseVariants(b, func(v uint16) { first[v>>6] &^= 1 << (v & 63) })
			continue
		}
		for w := range m {
			for ; m[w] != 0; m[w] &= m[w] - 1 {
				j := w*64 + bits.TrailingZeros64(m[w])
				pat, at := p.pats[j], i-p.anchor[j]
				if at >= 0 && at+len(pat) <= len(data) && equalFold(data[at:at+len(pat)], pat) {
					found(j)
					// The patterns whose detectors all run now need no
					// search ("key" found: "priv", "wallet", … of the
					// same detector are not looked for).
					for k := range p.pats {
						if need.has(k) && !slices.ContainsFunc(p.byPat[k], func(d int) bool { return !hits[d] }) {
							need.remove(k)
						}
					}
				}
			}
		}
		if remaining == 0 || need.empty() {
			return
		}
	}
}

// maxBigramPatterns is the most patterns the bigram filter holds (a
// patSet's bits). The default scanner's detectors and hint words make
// some 130 (TestScannerPrefilterBigrams keeps them below).
const maxBigramPatterns = 192

// patSet is a set of pattern indexes below maxBigramPatterns.
type patSet [maxBigramPatterns / 64]uint64

func (s *patSet) add(j int)     { s[j/64] |= 1 << (j % 64) }
func (s *patSet) remove(j int)  { s[j/64] &^= 1 << (j % 64) }
func (s patSet) has(j int) bool { return s[j/64]&(1<<(j%64)) != 0 }

func (s patSet) and(t patSet) patSet {
	for i := range s {
		s[i] &= t[i]
	}
	return s
}

func (s patSet) empty() bool {
	var or uint64
	for _, w := range s {
		or |= w
	}
	return or == 0
}

// equalFold reports whether b equals the lower-case pattern pat, ASCII
// letters compared without case, other bytes as they are.
func equalFold(b, pat []byte) bool {
	if len(b) != len(pat) {
		return false
	}
	for k, c := range pat {
		if fold[b[k]] != c {
			return false
		}
	}
	return true
}
