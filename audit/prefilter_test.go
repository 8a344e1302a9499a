package audit

import (
	"context"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/internal/corpus"
)

// kwDetector is a detector with given keywords that finds nothing.
type kwDetector struct {
	id  string
	kws []string
}

func (d kwDetector) ID() string                               { return d.id }
func (d kwDetector) Keywords() []string                       { return d.kws }
func (kwDetector) Detect(context.Context, *Chunk) []Candidate { return nil }

// naiveHits is what the prefilter must compute: a detector runs when it
// has no keywords or one of them occurs, ASCII case-insensitively.
func naiveHits(dets []Detector, data []byte) []bool {
	low := strings.ToLower(string(data))
	out := make([]bool, len(dets))
	for i, d := range dets {
		if d.Keywords() == nil {
			out[i] = true
		}
		for _, k := range d.Keywords() {
			if k == "" || strings.Contains(low, strings.ToLower(k)) {
				out[i] = true
			}
		}
	}
	return out
}

func TestPrefilterAgreesWithSearch(t *testing.T) {
	many := make([]string, 70)
	for i := range many {
		many[i] = fmt.Sprintf("kw%02d", i)
	}
	sets := map[string][]Detector{
		"built-in":              DefaultDetectors(),
		"two-byte and brackets": {kwDetector{"a", []string{"pk", "[0", "[ "}}, kwDetector{"b", []string{"SECRET", "Key"}}, kwDetector{"c", nil}},
		"one-byte (automaton)":  {kwDetector{"a", []string{"x", "yz"}}, kwDetector{"b", []string{"seed"}}},
		"over 64 (automaton)":   {kwDetector{"a", many}, kwDetector{"b", []string{"wallet"}}},
	}
	rng := rand.New(rand.NewPCG(7, 7))
	alphabet := []byte("aeiksprtdcymnlw[0 KEYSECRTP-\n")
	for name, dets := range sets {
		t.Run(name, func(t *testing.T) {
			p := newPrefilter(dets)
			assert.Equal(t, name == "built-in" || name == "two-byte and brackets", p.matcher == nil, "bigram filter used")
			hits := make([]bool, len(dets))
			for range 3000 {
				data := make([]byte, rng.IntN(200))
				for i := range data {
					data[i] = alphabet[rng.IntN(len(alphabet))]
				}
				p.match(data, hits)
				require.Equal(t, naiveHits(dets, data), hits, "%q", data)
			}
			for _, text := range []string{"", "k", "const PRIVATE_KEY = 1", "kw69 and WALLET", "[\n1, 2]"} {
				p.match([]byte(text), hits)
				assert.Equal(t, naiveHits(dets, []byte(text)), hits, "%q", text)
			}
		})
	}
}

func BenchmarkPrefilter(b *testing.B) {
	dir := b.TempDir()
	_, err := corpus.Generate(dir, 16<<20, 1)
	require.NoError(b, err)
	var data []byte
	require.NoError(b, filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			x, err := os.ReadFile(p)
			data = append(data, x...)
			return err
		}
		return err
	}))
	p := newPrefilter(DefaultDetectors())
	hits := make([]bool, len(DefaultDetectors()))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		for off := 0; off < len(data); off += chunkSize {
			p.match(data[off:min(off+chunkSize, len(data))], hits)
		}
	}
}
