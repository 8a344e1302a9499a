package mnemonic

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// electrumFixture draws random English 12-word sequences until one has
// the wanted Electrum version prefix and is not also a valid BIP-39
// phrase. Generated here: never a real wallet's seed.
func electrumFixture(t *testing.T, rng *rand.Rand, scheme string) []string {
	list := Wordlist(English)
	for range 200000 {
		w := make([]string, 12)
		for i := range w {
			w[i] = list[rng.IntN(2048)]
		}
		s := strings.Join(w, " ")
		if electrumScheme(s) != scheme {
			continue
		}
		if _, err := Validate(s); err == nil {
			continue
		}
		return w
	}
	t.Fatal("no fixture found")
	return nil
}

func TestElectrumSeeds(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	for _, scheme := range []string{SchemeElectrumSegwit, SchemeElectrumStandard, SchemeElectrum2FA} {
		t.Run(scheme, func(t *testing.T) {
			w := electrumFixture(t, rng, scheme)
			p, err := ValidateElectrum(strings.ToUpper(strings.Join(w, "  ")))
			require.NoError(t, err)
			assert.Equal(t, scheme, p.Scheme())
			assert.Len(t, p.Seed(""), 64)
			assert.Nil(t, p.Entropy())
			ms := Find([]byte("electrum seed:\n" + strings.Join(w, " ") + "\n"))
			require.Len(t, ms, 1)
			assert.Equal(t, scheme, ms[0].Phrase.Scheme())
			assert.Equal(t, 2, ms[0].StartLine)
			// One word changed: almost surely no longer a seed.
			bad := append([]string(nil), w...)
			bad[5] = Wordlist(English)[(indexIn(Wordlist(English), bad[5])+1)%2048]
			if electrumScheme(strings.Join(bad, " ")) == "" {
				if _, err := Validate(strings.Join(bad, " ")); err != nil {
					assert.Empty(t, Find([]byte(strings.Join(bad, " "))))
				}
			}
		})
	}
	_, err := ValidateElectrum("abandon abandon")
	assert.ErrorIs(t, err, ErrWordCount)
}
