package audit

import (
	"strings"

	ac "github.com/petar-dambovaliev/aho-corasick"
)

// prefilter decides, in one pass over a chunk, which detectors are worth
// running: a detector runs when one of its keywords occurs (ASCII
// case-insensitively), or always when it declares no keywords.
type prefilter struct {
	always  []bool
	byPat   [][]int // pattern index → detector indexes
	matcher *ac.AhoCorasick
	anyKeys bool
}

func newPrefilter(dets []Detector) *prefilter {
	p := &prefilter{always: make([]bool, len(dets))}
	index := map[string]int{}
	var pats []string
	for i, d := range dets {
		kws := d.Keywords()
		if kws == nil {
			p.always[i] = true
			continue
		}
		for _, k := range kws {
			k = strings.ToLower(k)
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
	if len(pats) > 0 {
		b := ac.NewAhoCorasickBuilder(ac.Opts{AsciiCaseInsensitive: true, MatchKind: ac.StandardMatch, DFA: true})
		m := b.Build(pats)
		p.matcher = &m
		p.anyKeys = true
	}
	return p
}

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
	it := p.matcher.IterOverlappingByte(data)
	for m := it.Next(); m != nil && remaining > 0; m = it.Next() {
		for _, d := range p.byPat[m.Pattern()] {
			if !hits[d] {
				hits[d] = true
				remaining--
			}
		}
	}
}
