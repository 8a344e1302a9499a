package mnemonic

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFindCommaListWindow: twelve items of a longer list set apart by
// commas are cut from it, and no phrase, though they pass the checksum
// (one window in 16 does); a phrase written with commas is all of its
// list, also after a label that is a list word ("recupero"), and a
// CSV row stays one.
func TestFindCommaListWindow(t *testing.T) {
	rng := rand.New(rand.NewPCG(41, 42))
	list := Wordlist(English)
	for range 20 {
		fx := newFixture(t, rng, English, 12)
		extra := list[rng.UintN(2048)]
		phrase := strings.Join(fx.words, ", ")
		tests := []struct {
			text string
			want bool
		}{
			{"- buy: " + phrase + ", " + extra + "\n- plumber at 3pm\n", false},
			{"- pack: " + extra + ", " + phrase + "\n", false},
			{"seed words: " + phrase + "\n", true},
			{"my recovery, " + phrase + ".\n", true},
			{"word,count\n" + strings.Join(fx.words, ",") + "\r\n" + extra + ",3\r\n", true},
		}
		it := newFixture(t, rng, Italian, 12)
		tests = append(tests, struct {
			text string
			want bool
		}{"Appunti\n\nfrase di recupero, " + strings.Join(it.words, ", ") + ".\ncomprare latte\n", true})
		for k, tt := range tests {
			ms := Find([]byte(tt.text))
			want := fx.norm
			if k == len(tests)-1 {
				want = it.norm
			}
			if tt.want {
				if assert.Len(t, ms, 1, tt.text) {
					assert.Equal(t, want, ms[0].Phrase.Reveal())
				}
			} else {
				assert.Empty(t, ms, tt.text)
			}
		}
	}
}
