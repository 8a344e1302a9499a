package byteruns

import (
	"bytes"
	"context"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// indexed collects what x.Each finds.
func indexed(x *Index, data []byte, c *Class, min int) [][2]int {
	var out [][2]int
	x.Each(data, c, min, func(s, e int) bool { out = append(out, [2]int{s, e}); return true })
	return out
}

// runsText returns n bytes mixing long runs of several alphabets with
// words, punctuation and line breaks.
func runsText(rng *rand.Rand, n int) []byte {
	pieces := []string{"deadbeef", "0123456789", "cafe", "QmXoypiz", "/+", "-_", "==", " ", ".", "\n", "word", "gh", ":", "ZZ"}
	var b []byte
	for len(b) < n {
		b = append(b, pieces[rng.IntN(len(pieces))]...)
	}
	return b[:n]
}

func TestIndexEachAgreesWithEach(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	b58, b64, dotted := Of(Base58), Of(Alnum+"+/"), Of(HexDigits+".")
	classes := []*Class{&hex, &b58, &b64, &Wide, &dotted}
	var x Index
	for range 3000 {
		data := runsText(rng, rng.IntN(600))
		x.Reset(data)
		c := classes[rng.IntN(len(classes))]
		min := 1 + rng.IntN(80)
		require.Equal(t, naive(data, c, min), indexed(&x, data, c, min), "min %d", min)
	}
}

func TestIndexEach(t *testing.T) {
	data := []byte("key = " + string(bytes.Repeat([]byte("ab12"), 16)) + " and c2VjcmV0IHdvcmRzIGhlcmUgYW5kIG1vcmU= end")
	want := naive(data, &hex, 32)
	require.Len(t, want, 1)

	var x Index
	x.Reset(data)
	assert.Equal(t, want, indexed(&x, data, &hex, 32), "indexed")
	assert.Equal(t, want, indexed(nil, data, &hex, 32), "nil index reads the data")
	other := bytes.Clone(data)
	assert.Equal(t, want, indexed(&x, other, &hex, 32), "a copy is not the indexed data")
	assert.Equal(t, naive(data, &hex, 4), indexed(&x, data, &hex, 4), "shorter than WideMin")
	dotted := Of(HexDigits + " ")
	assert.Equal(t, naive(data, &dotted, 30), indexed(&x, data, &dotted, 30), "a class beyond Wide")

	x.Reset(nil)
	assert.Empty(t, indexed(&x, nil, &hex, 32))

	// Stopping early stops every run after.
	twice := append(append(bytes.Clone(data), ' '), data...)
	x.Reset(twice)
	n := 0
	x.Each(twice, &Wide, WideMin, func(int, int) bool { n++; return false })
	assert.Equal(t, 1, n)
}

func TestIndexFromContext(t *testing.T) {
	assert.Nil(t, From(context.Background()))
	var x Index
	assert.Same(t, &x, From(With(context.Background(), &x)))
}

func TestIndexConcurrent(t *testing.T) {
	data := runsText(rand.New(rand.NewPCG(5, 6)), 1<<16)
	want := naive(data, &hex, 32)
	var x Index
	x.Reset(data)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() { assert.Equal(t, want, indexed(&x, data, &hex, 32)) })
	}
	wg.Wait()
}

func FuzzIndexEach(f *testing.F) {
	f.Add([]byte("0123456789abcdef0123456789abcdef0123 zz c2VjcmV0IHdvcmRzIGhlcmU="), 32)
	b58 := Of(Base58)
	f.Fuzz(func(t *testing.T, data []byte, min int) {
		min = WideMin + (min%64+64)%64
		var x Index
		x.Reset(data)
		for _, c := range []*Class{&hex, &b58, &Wide} {
			got, want := indexed(&x, data, c, min), naive(data, c, min)
			if len(got) != len(want) {
				t.Fatalf("%d runs, want %d", len(got), len(want))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("run %d: %v, want %v", i, got[i], want[i])
				}
			}
		}
	})
}

// TestEachWide: the runs of Wide from min (WideMin at least) to max
// bytes long, the same with an index, without one (nil) and from the
// data itself.
func TestEachWide(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	var x Index
	collect := func(x *Index, data []byte, min, max int) [][2]int {
		var out [][2]int
		x.EachWide(data, min, max, func(s, e int) bool { out = append(out, [2]int{s, e}); return true })
		return out
	}
	found := 0
	for range 2000 {
		data := runsText(rng, rng.IntN(600))
		x.Reset(data)
		lo, hi := 1+rng.IntN(40), 20+rng.IntN(60)
		var want [][2]int
		for _, r := range naive(data, &Wide, max(lo, WideMin)) {
			if r[1]-r[0] <= hi {
				want = append(want, r)
			}
		}
		found += len(want)
		require.Equal(t, want, collect(&x, data, lo, hi), "min %d max %d", lo, hi)
		require.Equal(t, want, collect(nil, data, lo, hi), "nil, min %d max %d", lo, hi)
	}
	assert.Greater(t, found, 100)
}
