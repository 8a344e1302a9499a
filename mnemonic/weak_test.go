package mnemonic

import (
	"context"
	"math/rand/v2"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMilkSadKnownAnswer(t *testing.T) {
	// docs/formats.md §8.1: seed 0 reproduces "milk sad wage cup reward umbrella …".
	p, err := FromEntropy(MT19937Entropy(GeneratorBX, 0, 32), English)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(p.Reveal(), "milk sad wage cup reward umbrella"))
	// mtFirst agrees with the full generator.
	for _, s := range []uint32{0, 1, 5489, 1700000000, 0xffffffff} {
		assert.Equal(t, MT19937Entropy(GeneratorBX, s, 1)[0], byte(mtFirst(s)>>24))
	}
}

func TestMilkSadSweep(t *testing.T) {
	const planted = 1600000123 // a time-like seed inside the window
	p, err := FromEntropy(MT19937Entropy(GeneratorBX, planted, 16), English)
	require.NoError(t, err)
	var done atomic.Uint64
	w, ok := SweepMT19937(context.Background(), p, planted-2_000_000, planted+1000, &done)
	require.True(t, ok)
	assert.Equal(t, uint32(planted), w.Seed)
	assert.Equal(t, GeneratorBX, w.Generator)

	// A random phrase is not found; cancellation stops the sweep.
	q, err := FromEntropy([]byte("a random entropy"), English)
	require.NoError(t, err)
	_, ok = SweepMT19937(context.Background(), q, 0, 1_000_000, nil)
	assert.False(t, ok)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, ok = SweepMT19937(ctx, q, 0, 0xffffffff, nil)
	assert.False(t, ok)
	assert.Less(t, time.Since(start), 5*time.Second)
}

func TestMTFirst8(t *testing.T) {
	var out [8]uint32
	for _, base := range []uint32{0, 1, 5489, 1700000000, 0xfffffff8} {
		mtFirst8(base, &out)
		for k := range out {
			assert.Equal(t, mtFirst(base+uint32(k)), out[k])
			assert.Equal(t, mtOutputs(base+uint32(k), 1)[0], out[k])
		}
	}
	// The reference output of MT19937-32 with its default seed 5489 (the
	// 10000th output is 4123659995, C++ [rand.predef]); the first is
	// 3499211612.
	assert.Equal(t, uint32(3499211612), mtFirst(5489))
}

func TestSweepMT19937(t *testing.T) {
	tests := []struct {
		gen   Generator
		seed  uint32
		bytes int
	}{
		{GeneratorBX, 1600000123, 16},
		{GeneratorBX, 7, 32},
		{GeneratorTrustWallet, 3_000_000_001, 16},
		{GeneratorTrustWallet, 0xffffffff, 32},
	}
	for _, tc := range tests {
		p, err := FromEntropy(MT19937Entropy(tc.gen, tc.seed, tc.bytes), English)
		require.NoError(t, err)
		var done atomic.Uint64
		from := tc.seed - min(tc.seed, 300_000)
		to := tc.seed + min(0xffffffff-tc.seed, 1000)
		w, ok := SweepMT19937(context.Background(), p, from, to, &done)
		require.True(t, ok, "%s seed %d", tc.gen, tc.seed)
		assert.Equal(t, WeakSeed{Generator: tc.gen, Seed: tc.seed}, w)
		assert.LessOrEqual(t, done.Load(), uint64(to)-uint64(from)+1)
	}
	// The two generators give different phrases from one seed, and a
	// bx phrase is not taken for a Trust Wallet one.
	assert.NotEqual(t, MT19937Entropy(GeneratorBX, 99, 16), MT19937Entropy(GeneratorTrustWallet, 99, 16))
	p, _ := FromEntropy(MT19937Entropy(GeneratorBX, 12345, 16), English)
	w, ok := SweepMT19937(context.Background(), p, 0, 200_000, nil)
	require.True(t, ok)
	assert.Equal(t, GeneratorBX, w.Generator)

	// A whole window swept with no match counts every seed.
	q, err := FromEntropy([]byte("a random entropy"), English)
	require.NoError(t, err)
	var done atomic.Uint64
	_, ok = SweepMT19937(context.Background(), q, 10, 1_000_009, &done)
	assert.False(t, ok)
	assert.Equal(t, uint64(1_000_000), done.Load())
	assert.Nil(t, MT19937Entropy("unknown", 1, 16))
}

func TestRandomPhrasesAreNotWeak(t *testing.T) {
	// Phrases from a seeded ChaCha8 stream: none is reproduced by any
	// generator over a window of 2^20 seeds.
	rng := rand.NewChaCha8([32]byte{'w', 'e', 'a', 'k'})
	for range 8 {
		ent := make([]byte, 16)
		_, _ = rng.Read(ent)
		p, err := FromEntropy(ent, English)
		require.NoError(t, err)
		_, ok := SweepMT19937(context.Background(), p, 0, 1<<20, nil)
		assert.False(t, ok)
	}
}

func BenchmarkSweepMT19937(b *testing.B) {
	q, _ := FromEntropy([]byte("a random entropy"), English)
	const n = 1 << 24
	b.ReportMetric(0, "ns/op")
	start := time.Now()
	for b.Loop() {
		SweepMT19937(context.Background(), q, 0, n-1, nil)
	}
	b.ReportMetric(float64(n*b.N)/time.Since(start).Seconds(), "seeds/s")
}

// Sweeps sharing slots run only while they hold one: with every slot
// taken a sweep tries no seed and ends at its deadline; with a slot free
// it finds the seed and gives every slot back.
func TestSweepSharesSlots(t *testing.T) {
	const seed = 5_000
	p, err := FromEntropy(MT19937Entropy(GeneratorBX, seed, 16), English)
	require.NoError(t, err)
	slots := make(chan struct{}, 1)
	slots <- struct{}{}
	var done atomic.Uint64
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, ok := SweepMT19937Slots(ctx, p, 0, 1<<20, &done, slots)
	assert.False(t, ok)
	assert.Zero(t, done.Load(), "no seed swept without a slot")
	<-slots
	w, ok := SweepMT19937Slots(context.Background(), p, 0, 1<<20, nil, slots)
	assert.True(t, ok)
	assert.Equal(t, uint32(seed), w.Seed)
	assert.Empty(t, slots, "every slot given back")
}
