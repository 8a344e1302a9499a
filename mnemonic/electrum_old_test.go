package mnemonic

import (
	"encoding/hex"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The old-seed test vector of Electrum (spesmilo/electrum
// tests/test_wallet_vertical.py, test_electrum_seed_old): public data.
const (
	electrumOldVector    = "powerful random nobody notice nothing important anyway look away hidden message over"
	electrumOldVectorHex = "acb740e454c3134901d7c8f16497cc1c"
)

func TestElectrumOldVector(t *testing.T) {
	p, err := ValidateElectrumOld(strings.ToUpper(electrumOldVector))
	require.NoError(t, err)
	assert.Equal(t, SchemeElectrumOld, p.Scheme())
	h, ok := electrumOldHex(p.indices)
	require.True(t, ok)
	assert.Equal(t, electrumOldVectorHex, h)
	assert.Equal(t, electrumOldVector, p.Reveal())
	assert.Len(t, p.Seed(""), 32)
	src, ok := Public(p)
	assert.True(t, ok)
	assert.Equal(t, "Electrum test vector", src)
	assert.Equal(t, "[12-word electrum-old seed]", p.String())
	assert.Contains(t, Schemes(p), SchemeElectrumOld)

	_, err = ValidateElectrumOld(strings.Replace(electrumOldVector, "powerful", "abandon", 1))
	assert.ErrorIs(t, err, ErrUnknownWord)
	_, err = ValidateElectrumOld("powerful random nobody")
	assert.ErrorIs(t, err, ErrWordCount)
}

// TestElectrumOldTestSeedsArePublic: the old seeds of Electrum's
// test_mnemonic.py (Test_seeds.mnemonics) are published, as the one of
// its wallet tests is (corpus 225: a copy of the table was a leak).
func TestElectrumOldTestSeedsArePublic(t *testing.T) {
	for _, s := range []string{
		"cell dumb heartbeat north boom tease ship baby bright kingdom rare squeeze",
		strings.Repeat("cell dumb heartbeat north boom tease ", 4),
		"cElL DuMb hEaRtBeAt nOrTh bOoM TeAsE ShIp bAbY BrIgHt kInGdOm rArE SqUeEzE",
	} {
		p, err := ValidateElectrumOld(s)
		require.NoError(t, err, s)
		src, ok := Public(p)
		assert.True(t, ok, s)
		assert.Equal(t, "Electrum test vector", src)
	}
}

// electrumOldEncode is Electrum's mn_encode, written here from its
// definition to make fixtures: 32 bits to three words.
func electrumOldEncode(ent []byte) []string {
	const n = 1626
	var out []string
	for i := 0; i+4 <= len(ent); i += 4 {
		x := uint64(ent[i])<<24 | uint64(ent[i+1])<<16 | uint64(ent[i+2])<<8 | uint64(ent[i+3])
		w1 := x % n
		w2 := (x/n + w1) % n
		w3 := (x/n/n + w2) % n
		out = append(out, electrumOldWords[w1], electrumOldWords[w2], electrumOldWords[w3])
	}
	return out
}

func TestElectrumOldRoundTrip(t *testing.T) {
	raw, _ := hex.DecodeString(electrumOldVectorHex)
	assert.Equal(t, electrumOldVector, strings.Join(electrumOldEncode(raw), " "))
	rng := rand.New(rand.NewPCG(3, 9))
	for range 200 {
		ent := make([]byte, 16*(1+rng.IntN(2)))
		for i := range ent {
			ent[i] = byte(rng.UintN(256))
		}
		p, err := ValidateElectrumOld(strings.Join(electrumOldEncode(ent), " "))
		require.NoError(t, err)
		h, _ := electrumOldHex(p.indices)
		assert.Equal(t, hex.EncodeToString(ent), h)
	}
}

func TestFindElectrumOld(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 1))
	ent := make([]byte, 16)
	for i := range ent {
		ent[i] = byte(rng.UintN(256))
	}
	seed := strings.Join(electrumOldEncode(ent), " ")
	seed24 := strings.Join(electrumOldEncode(append(append([]byte(nil), ent...), ent[:8]...)), " ") + " " + strings.Join(electrumOldEncode([]byte{1, 2, 3, 4, 5, 6, 7, 8}), " ")
	tests := []struct {
		name, text string
		want       int
	}{
		{"own line", "Electrum 1.9 wallet\n" + seed + "\n", 1},
		{"labelled value", "electrum_seed = \"" + seed + "\"\n", 1},
		{"after a colon", "seed: " + seed, 1},
		{"24 words", "old electrum seed:\n" + seed24 + "\n", 1},
		{"one word more", "seed: " + seed + " like\n", 0},
		{"one word less", "seed: " + seed[strings.Index(seed, " ")+1:] + "\n", 0},
		{"inside a sentence", "and then " + seed + " and more", 0},
		{"in list order", "seed: " + strings.Join(electrumOldWords[:12], " ") + "\n", 0},
		{"one word repeated", "seed: " + strings.Repeat("love ", 11) + "love\n", 0},
		{"identifiers", "seed: " + strings.ReplaceAll(seed, " ", "_") + "\n", 0},
		{"split over lines", "seed:\n" + strings.ReplaceAll(seed, " ", "\n") + "\n", 0},
		{"the wordlist source", strings.Join(electrumOldWords[:40], "\",\n\""), 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := FindElectrumOld([]byte(tc.text))
			require.Len(t, ms, tc.want)
			for _, m := range ms {
				assert.Equal(t, SchemeElectrumOld, m.Phrase.Scheme())
				assert.Equal(t, strings.Count(tc.text[:m.Start], "\n")+1, m.StartLine)
			}
		})
	}
}

func TestFindElectrumOldRandomRuns(t *testing.T) {
	// Random words of the old list written as prose (no edges) never
	// pass, and phrase-shaped lines of random BIP-39 words outside the old
	// list never pass either.
	rng := rand.New(rand.NewPCG(8, 8))
	var b strings.Builder
	for range 2000 {
		for k := range 12 {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(electrumOldWords[rng.IntN(len(electrumOldWords))])
		}
		b.WriteString(" and the ")
	}
	assert.Empty(t, FindElectrumOld([]byte(b.String())))
}

func FuzzFindElectrumOld(f *testing.F) {
	f.Add([]byte("seed: " + electrumOldVector + "\n"))
	f.Add([]byte("\x00like just love\xff"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, m := range FindElectrumOld(data) {
			if m.Start < 0 || m.End > len(data) || m.Start >= m.End {
				t.Fatalf("bad span %d..%d of %d", m.Start, m.End, len(data))
			}
		}
	})
}
