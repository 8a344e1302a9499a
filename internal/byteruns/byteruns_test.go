package byteruns

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var hex = func() (c Class) {
	for _, b := range []byte("0123456789abcdefABCDEF") {
		c[b] = true
	}
	return
}()

// naive is the byte-by-byte scan Each replaces.
func naive(data []byte, c *Class, min int) [][2]int {
	var out [][2]int
	for i := 0; i < len(data); {
		if !c[data[i]] {
			i++
			continue
		}
		j := i
		for j < len(data) && c[data[j]] {
			j++
		}
		if j-i >= max(min, 1) {
			out = append(out, [2]int{i, j})
		}
		i = j
	}
	return out
}

func collect(data []byte, c *Class, min int) [][2]int {
	var out [][2]int
	Each(data, c, min, func(s, e int) bool { out = append(out, [2]int{s, e}); return true })
	return out
}

func TestEach(t *testing.T) {
	tests := []struct {
		name string
		data string
		min  int
		want [][2]int
	}{
		{"empty", "", 4, nil},
		{"whole", "abcdef", 4, [][2]int{{0, 6}}},
		{"exactly min", "xx0123yy", 4, [][2]int{{2, 6}}},
		{"one short", "xx012yy", 4, nil},
		{"two runs", "0123 zz 456789", 4, [][2]int{{0, 4}, {8, 14}}},
		{"at the end", "zzzz0123456", 5, [][2]int{{4, 11}}},
		{"min zero", "a-b", 0, [][2]int{{0, 1}, {2, 3}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, collect([]byte(tc.data), &hex, tc.min))
		})
	}
	// Stopping early.
	n := 0
	Each([]byte("aaaa bbbb cccc"), &hex, 2, func(int, int) bool { n++; return n < 2 })
	assert.Equal(t, 2, n)
}

func TestEachAgreesWithNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("0123456789abcdef ghx\n")
	for range 2000 {
		data := make([]byte, rng.IntN(300))
		for i := range data {
			data[i] = alphabet[rng.IntN(len(alphabet))]
		}
		min := 1 + rng.IntN(12)
		assert.Equal(t, naive(data, &hex, min), collect(data, &hex, min))
	}
}

func FuzzEach(f *testing.F) {
	f.Add([]byte("0123 zz 456789abcdef"), 4)
	f.Fuzz(func(t *testing.T, data []byte, min int) {
		min = min%100 + 1
		if min < 1 {
			min = -min + 1
		}
		got, want := collect(data, &hex, min), naive(data, &hex, min)
		if len(got) != len(want) {
			t.Fatalf("%d runs, want %d", len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("run %d: %v, want %v", i, got[i], want[i])
			}
		}
	})
}

func BenchmarkEachText(b *testing.B) {
	text := []byte("The quick brown fox jumps over the lazy dog; a deadbeef cafe bad face. ")
	for len(text) < 1<<20 {
		text = append(text, text...)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Each(text, &hex, 48, func(int, int) bool { return true })
	}
}

func TestOf(t *testing.T) {
	c := Of(Base58)
	n := 0
	for b := range 256 {
		if c[b] {
			n++
		}
	}
	if n != 58 || c['0'] || c['O'] || c['I'] || c['l'] || !c['1'] || !c['z'] {
		t.Fatalf("Base58 class has %d bytes", n)
	}
	if h := Of(HexDigits); !h['f'] || !h['F'] || h['g'] {
		t.Fatal("hex class wrong")
	}
}

// TestIndexFoldMatchesLowerIndex: IndexFold finds what bytes.Index finds
// in the lower-case text, on random text of a few letters, digits and
// both cases, for words with a digit, with rare and with common letters.
func TestIndexFoldMatchesLowerIndex(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	const alphabet = "sSha256HAkKecCbBrRaAiInN3 ._("
	words := []string{"sha256", "keccak", "sha3", "brain", "ncryptsec1", "a", "ss"}
	for round := range 3000 {
		b := make([]byte, rng.IntN(80))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		w := words[round%len(words)]
		if rng.IntN(3) == 0 && len(b) > 0 {
			at := rng.IntN(len(b))
			b = append(b[:at], append([]byte(strings.ToUpper(w[:len(w)/2])+w[len(w)/2:]), b[at:]...)...)
		}
		require.Equal(t, bytes.Index(bytes.ToLower(b), []byte(w)), IndexFold(b, w), "%q in %q", w, b)
	}
}

// TestEachFoldMatchesLowerIndex: EachFold calls back at every place
// bytes.Index finds the word in the lower-case text, overlapping places
// included, and stops when told.
func TestEachFoldMatchesLowerIndex(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	const alphabet = "vVaAlLuUeEsSiInNrRtT ,("
	for _, w := range []string{"values", "insert", "ss", "aa"} {
		for range 2000 {
			b := make([]byte, rng.IntN(120))
			for i := range b {
				b[i] = alphabet[rng.IntN(len(alphabet))]
			}
			for range rng.IntN(3) {
				at := rng.IntN(len(b) + 1)
				b = append(b[:at], append([]byte(strings.ToUpper(w[:len(w)/2])+w[len(w)/2:]), b[at:]...)...)
			}
			var want, got []int
			low := bytes.ToLower(b)
			for off := 0; ; {
				k := bytes.Index(low[off:], []byte(w))
				if k < 0 {
					break
				}
				want = append(want, off+k)
				off += k + 1
			}
			EachFold(b, w, func(i int) bool {
				got = append(got, i)
				return true
			})
			require.Equal(t, want, got, "%q in %q", w, b)
			if len(want) > 1 {
				n := 0
				EachFold(b, w, func(int) bool { n++; return false })
				require.Equal(t, 1, n)
			}
		}
	}
}
