package mnemonic

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMilkSadKnownAnswer(t *testing.T) {
	// FORMATS.md §5: seed 0 reproduces "milk sad wage cup reward umbrella …".
	p, err := FromEntropy(MilkSadEntropy(0, 32), English)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(p.Normalized(), "milk sad wage cup reward umbrella"))
	// mtFirst agrees with the full generator.
	for _, s := range []uint32{0, 1, 5489, 1700000000, 0xffffffff} {
		assert.Equal(t, MilkSadEntropy(s, 1)[0], byte(mtFirst(s)>>24))
	}
}

func TestMilkSadSweep(t *testing.T) {
	const planted = 1600000123 // a time-like seed inside the window
	p, err := FromEntropy(MilkSadEntropy(planted, 16), English)
	require.NoError(t, err)
	var done atomic.Uint64
	seed, ok := MilkSad(context.Background(), p, planted-2_000_000, planted+1000, &done)
	require.True(t, ok)
	assert.Equal(t, uint32(planted), seed)

	// A random phrase is not found; cancellation stops the sweep.
	q, err := FromEntropy([]byte("a random entropy"), English)
	require.NoError(t, err)
	_, ok = MilkSad(context.Background(), q, 0, 1_000_000, nil)
	assert.False(t, ok)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, ok = MilkSad(ctx, q, 0, 0xffffffff, nil)
	assert.False(t, ok)
	assert.Less(t, time.Since(start), 5*time.Second)
}

func BenchmarkMilkSadSeeds(b *testing.B) {
	q, _ := FromEntropy([]byte("a random entropy"), English)
	const n = 1 << 22
	b.ReportMetric(0, "ns/op")
	start := time.Now()
	for b.Loop() {
		MilkSad(context.Background(), q, 0, n-1, nil)
	}
	b.ReportMetric(float64(n*b.N)/time.Since(start).Seconds(), "seeds/s")
}
