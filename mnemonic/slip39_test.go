package mnemonic

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A published SLIP-39 test vector (trezor/python-shamir-mnemonic
// vectors.json, "Valid mnemonic without sharing (128 bits)"): public test
// data.
const slip39Vector = "duckling enlarge academic academic agency result length solution fridge kidney coal piece deal husband erode duke ajar critical decision keyboard"

func TestSLIP39Vector(t *testing.T) {
	p, err := ValidateSLIP39(slip39Vector)
	require.NoError(t, err)
	assert.Equal(t, SchemeSLIP39, p.Scheme())
	assert.Equal(t, 20, p.Len())
	bad := strings.Replace(slip39Vector, "keyboard", "kidney", 1)
	_, err = ValidateSLIP39(bad)
	assert.ErrorIs(t, err, ErrChecksum)
}

// slip39Share makes a random single share (generated here, never a real
// one): random identifier and value, threshold 1 of 1, and the three
// RS1024 checksum words computed as the spec says.
func slip39Share(rng *rand.Rand) []string {
	idx := make([]uint16, 17, 20)
	for i := range idx {
		idx[i] = uint16(rng.IntN(1024))
	}
	idx[1] &^= 1 << 4 // not extendable
	idx[2], idx[3] = 0, 0
	idx[4] &= 0x3f // the padding bits of a 20-word share are zero
	pm := rs1024Polymod(append(append([]uint16(nil), idx...), 0, 0, 0), "shamir") ^ 1
	idx = append(idx, uint16(pm>>20&1023), uint16(pm>>10&1023), uint16(pm&1023))
	w := make([]string, 20)
	for i, v := range idx {
		w[i] = slip39Words[v]
	}
	return w
}

func TestFindSLIP39(t *testing.T) {
	ms := Find([]byte("Share 1 of 3:\n" + slip39Vector + "\n"))
	require.Len(t, ms, 1)
	assert.Equal(t, SchemeSLIP39, ms[0].Phrase.Scheme())
	assert.Equal(t, 2, ms[0].StartLine)
	assert.Equal(t, slip39Vector, ms[0].Phrase.Reveal())
	// A generated share, inline after a label, and as the middle of a run.
	rng := rand.New(rand.NewPCG(31, 32))
	share := slip39Share(rng)
	ms = Find([]byte("backup share: " + strings.Join(share, " ") + "\n"))
	require.Len(t, ms, 1)
	assert.Equal(t, strings.Join(share, " "), ms[0].Phrase.Reveal())
	// Numbered, one per line.
	var b strings.Builder
	for i, w := range strings.Fields(slip39Vector) {
		b.WriteString(strings.Repeat(" ", i%2) + itoa(i+1) + ". " + w + "\n")
	}
	ms = Find([]byte(b.String()))
	require.Len(t, ms, 1)
	assert.Equal(t, SchemeSLIP39, ms[0].Phrase.Scheme())
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return string(rune('0'+i/10)) + string(rune('0'+i%10))
}

func TestSLIP39VectorsArePublic(t *testing.T) {
	raw, err := os.ReadFile("testdata/slip39_vectors.json")
	require.NoError(t, err)
	var doc struct {
		Vectors [][]json.RawMessage `json:"vectors"`
	}
	require.NoError(t, json.Unmarshal(raw, &doc))
	n := 0
	for _, v := range doc.Vectors {
		var shares []string
		require.NoError(t, json.Unmarshal(v[1], &shares))
		for _, s := range shares {
			p, err := ValidateSLIP39(s)
			if err != nil {
				continue
			}
			src, ok := Public(p)
			assert.True(t, ok)
			assert.Equal(t, "SLIP-39 test vector", src)
			n++
		}
	}
	assert.Greater(t, n, 60)
	// Trezor's "academic" test share, which trezorctl loads and its
	// tests use.
	p, err := ValidateSLIP39("academic again academic academic academic academic academic academic academic academic academic academic academic academic academic academic academic pecan provide remember")
	require.NoError(t, err)
	src, ok := Public(p)
	assert.True(t, ok)
	assert.Contains(t, src, "Trezor's SLIP-39 test seed")
	rng := rand.New(rand.NewPCG(4, 4))
	for range 20 {
		p, err := ValidateSLIP39(strings.Join(slip39Share(rng), " "))
		require.NoError(t, err)
		_, ok := Public(p)
		assert.False(t, ok, "a generated share is not public")
	}
}
