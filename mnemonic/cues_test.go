package mnemonic

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFindOtherListCue: words under a heading or after a label that names
// another kind of list (a spelling test, a vocabulary) are that list,
// though they pass a checksum; a seed label, or a heading of another
// phrase's words, changes nothing.
func TestFindOtherListCue(t *testing.T) {
	rng := rand.New(rand.NewPCG(43, 44))
	for range 10 {
		fx := newFixture(t, rng, English, 12)
		other := newFixture(t, rng, English, 12)
		line := strings.Join(fx.words, " ")
		var num strings.Builder
		for i, w := range fx.words {
			fmt.Fprintf(&num, "%d. %s\n", i+1, w)
		}
		tests := []struct {
			text string
			want bool
		}{
			{"TODO\n- words for Lea's spelling test: " + line + "\n- gym\n", false},
			{"Vocabulary, unit 4:\n\n" + line + "\n", false},
			{"Spelling words, week 3\n" + num.String(), false},
			{"Liste de vocabulaire : " + line + "\n", false},
			{"- seed words: " + line + "\n", true},
			{"Recovery phrase (spelling checked):\n" + line + "\n", true},
			{"Wallet backup, not the shopping list:\n" + num.String(), true},
			{strings.Join(other.words, " ") + " quiz poem\n" + line + "\n", true},
		}
		for _, tt := range tests {
			ms := Find([]byte(tt.text))
			var got []string
			for _, m := range ms {
				got = append(got, m.Phrase.Reveal())
			}
			assert.Equal(t, tt.want, slices.Contains(got, fx.norm), tt.text)
		}
	}
}
