package mnemonic

import (
	"encoding/binary"
	"hash/crc32"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// aezeedFixture builds a random 33-byte cipher seed with version 0 and a
// valid CRC-32C, as words (generated here, not a real node's seed).
func aezeedFixture(rng *rand.Rand) []string {
	b := make([]byte, 33)
	for i := 1; i < 29; i++ {
		b[i] = byte(rng.UintN(256))
	}
	binary.BigEndian.PutUint32(b[29:], crc32.Checksum(b[:29], crc32.MakeTable(crc32.Castagnoli)))
	list := Wordlist(English)
	w := make([]string, 24)
	for i := range w {
		v := 0
		for k := 0; k < 11; k++ {
			bit := i*11 + k
			v = v<<1 | int(b[bit/8]>>(7-uint(bit%8))&1)
		}
		w[i] = list[v]
	}
	return w
}

func TestAezeed(t *testing.T) {
	rng := rand.New(rand.NewPCG(41, 42))
	w := aezeedFixture(rng)
	ms := Find([]byte("lnd cipher seed:\n" + strings.Join(w, " ") + "\n"))
	require.Len(t, ms, 1)
	assert.Equal(t, SchemeAezeed, ms[0].Phrase.Scheme())
	assert.Equal(t, 2, ms[0].StartLine)
	// Numbered as lncli prints it.
	var b strings.Builder
	for i, x := range w {
		b.WriteString(itoa(i+1) + ". " + x + "   ")
		if i%4 == 3 {
			b.WriteString("\n")
		}
	}
	ms = Find([]byte(b.String()))
	require.Len(t, ms, 1)
	assert.Equal(t, SchemeAezeed, ms[0].Phrase.Scheme())
	// One word changed: the CRC fails.
	w[10] = Wordlist(English)[(indexIn(Wordlist(English), w[10])+1)%2048]
	for _, m := range Find([]byte(strings.Join(w, " "))) {
		assert.NotEqual(t, SchemeAezeed, m.Phrase.Scheme())
	}
}

// TestPublicAezeed: the seeds LND publishes in its tests and its recovery
// guide are reported as public; a seed of one's own is not.
func TestPublicAezeed(t *testing.T) {
	for i, s := range publicAezeedSeeds {
		ms := Find([]byte("---------------BEGIN LND CIPHER SEED---------------\n" + s + "\n"))
		require.Len(t, ms, 1, "seed %d", i)
		require.Equal(t, SchemeAezeed, ms[0].Phrase.Scheme(), "seed %d", i)
		src, ok := Public(ms[0].Phrase)
		assert.True(t, ok, "seed %d", i)
		assert.Contains(t, src, "LND aezeed")
	}
	ms := Find([]byte(strings.Join(aezeedFixture(rand.New(rand.NewPCG(7, 8))), " ")))
	require.Len(t, ms, 1)
	_, ok := Public(ms[0].Phrase)
	assert.False(t, ok)
}
