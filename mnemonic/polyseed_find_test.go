package mnemonic

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFindPolyseed(t *testing.T) {
	changed := strings.Replace(polyseedEN1, "lamp", "lake", 1)
	tests := []struct {
		name, text string
		want       int
		lang       Language
	}{
		{"english after a label", "polyseed: " + polyseedEN1 + "\n", 1, English},
		{"english one a line", polyseedEN1 + "\n", 1, English},
		{"numbered", numbered("%d. %s\n")(strings.Fields(polyseedEN1), " "), 1, English},
		{"spanish", "semilla: " + polyseedES1 + "\n", 1, Spanish},
		{"one word changed", "polyseed: " + changed + "\n", 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := Find([]byte(tc.text))
			require.Len(t, ms, tc.want)
			for _, m := range ms {
				assert.Equal(t, SchemePolyseed, m.Phrase.Scheme())
				assert.Equal(t, tc.lang, m.Phrase.Language())
				assert.Equal(t, 16, m.Phrase.Len())
			}
		})
	}
	p := Find([]byte("polyseed: " + polyseedEN1 + "\n"))[0].Phrase
	src, ok := Public(p)
	assert.True(t, ok)
	assert.Equal(t, "Polyseed test vector", src)

	// Lines of 16 random English words: at most a handful in 4000 pass
	// (about 1 in 11,000 is the chance rate).
	rng := rand.New(rand.NewPCG(16, 16))
	list := Wordlist(English)
	found := 0
	for range 4000 {
		w := randomWords(rng, list, 16)
		for _, m := range Find([]byte("seed: " + strings.Join(w, " ") + "\n")) {
			if m.Phrase.Scheme() == SchemePolyseed {
				found++
			}
		}
	}
	assert.LessOrEqual(t, found, 3)
}

func TestPolyseedSeed(t *testing.T) {
	p, err := ValidatePolyseed(polyseedEN1)
	require.NoError(t, err)
	q, err := ValidatePolyseed(polyseedEN2) // the same seed, abbreviated
	require.NoError(t, err)
	assert.Len(t, p.Seed(""), 32)
	assert.Equal(t, p.Seed(""), q.Seed(""))
	r, err := ValidatePolyseed(polyseedES1) // another seed
	require.NoError(t, err)
	assert.NotEqual(t, p.Seed(""), r.Seed(""))
}
