package mnemonic

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// benchText is generated prose and code with no phrase in it.
func benchText(size int) []byte {
	rng := rand.New(rand.NewPCG(1, 1))
	words := strings.Fields(`the of and to in is that for it as with was on be by this are or from at an which
		but not have has had were been their more when will would there can all about also into only other new
		some could time these two may then do first any my now such like our over man me even most made after
		func return err nil if else config value result string int ctx context request response handler client`)
	var b strings.Builder
	for b.Len() < size {
		for range 12 {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteByte(' ')
		}
		b.WriteString("= 0x1f; // done.\n")
	}
	return []byte(b.String())
}

func BenchmarkFind(b *testing.B) {
	data := benchText(4 << 20)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if ms := Find(data); len(ms) != 0 {
			b.Fatalf("%d phrases in text without one", len(ms))
		}
	}
}

// BenchmarkFindWordRuns is adversarial: a megabyte of wordlist words.
func BenchmarkFindWordRuns(b *testing.B) {
	list := Wordlist(English)
	rng := rand.New(rand.NewPCG(2, 2))
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString(list[rng.IntN(2048)])
		sb.WriteByte(' ')
	}
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		Find(data)
	}
}
