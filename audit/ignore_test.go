package audit

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// ignoredOnLines is the search ignoreIndex replaced: the line holding off
// and the line before it, read for the marker.
func ignoredOnLines(data []byte, off int) bool {
	if off > len(data) {
		return false
	}
	ls := bytes.LastIndexByte(data[:off], '\n') + 1
	le := bytes.IndexByte(data[off:], '\n')
	if le < 0 {
		le = len(data)
	} else {
		le += off
	}
	if bytes.Contains(data[ls:le], []byte(IgnoreMarker)) {
		return true
	}
	if ls == 0 {
		return false
	}
	ps := bytes.LastIndexByte(data[:ls-1], '\n') + 1
	return bytes.Contains(data[ps:ls-1], []byte(IgnoreMarker))
}

// TestIgnoreIndexMatchesLines compares the index with reading the lines,
// at every offset of random texts of markers (whole, cut by a line break
// or by the end), line breaks, blank lines and other bytes.
func TestIgnoreIndexMatchesLines(t *testing.T) {
	rng := rand.New(rand.NewPCG(27, 27))
	pieces := []string{IgnoreMarker, IgnoreMarker[:8], IgnoreMarker[8:], "\n", "\n\n", "x", "key = value ", "# "}
	ignored := 0
	for round := range 2000 {
		var b bytes.Buffer
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		data := b.Bytes()
		if round%3 == 0 && len(data) > 0 {
			data = data[:rng.IntN(len(data))] // a chunk may end inside a marker
		}
		ix := newIgnoreIndex(data)
		for off := 0; off <= len(data)+1; off++ {
			want := ignoredOnLines(data, off)
			require.Equal(t, want, ix.ignored(off), "round %d: %q at %d", round, data, off)
			if want {
				ignored++
			}
		}
	}
	require.Greater(t, ignored, 1000)
}
