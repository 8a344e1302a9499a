package mnemonic

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tyler-smith/go-bip39/wordlists"
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
			// The headings the words are under, and the text's title.
			{"# Spelling lists (Year 4)\n\nMrs Patel sends these on Mondays.\n\n## Week 2\n" + num.String(), false},
			{"Inglés - vocabulario del tema 4\n\nPalabras nuevas: " + line + "\n", false},
			{"<h2>Word Nerd Weekly</h2><p>This week's twelve words for your vocabulary journal:</p>\n" + line + "\n", false},
			{"# Spelling lists\n\n## Week 1\nwidth income\n\n## Wallet\n" + line + "\n", true},
			{"Compras\n- arroz\n- feijão\n\nCarteira do celular:\n" + line + "\n", true},
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

// TestFindNamedOtherList: a file whose name names another kind of list
// keeps only the phrases written after a seed's label, whole or in parts.
func TestFindNamedOtherList(t *testing.T) {
	rng := rand.New(rand.NewPCG(45, 46))
	for range 10 {
		fx := newFixture(t, rng, English, 12)
		line := strings.Join(fx.words, " ")
		for _, name := range []string{"Documents/spelling-worksheet.tex", "Documentos/vocabulario tema 4.txt", "文档/二年级生字表.txt", "WhatsApp Chat with Word Game.txt"} {
			assert.Empty(t, FindNamed(name, []byte("Week 3\n"+line+"\n")), name)
			assert.Empty(t, FindPart(name, []byte(line+"\n")), name)
			ms := FindNamed(name, []byte("Week 3\nmy seed: "+line+"\n"))
			if assert.Len(t, ms, 1, name) {
				assert.Equal(t, fx.norm, ms[0].Phrase.Reveal())
			}
		}
		assert.Len(t, FindPart("notes/backup.txt", []byte(line+"\n")), 1)
	}
}

// TestWordCountIdeographicSpace: a line of Japanese words written with
// ideographic spaces is as many words as it holds, so a list word among
// them ("れんしゅう", practice) is no heading over the phrase below.
func TestWordCountIdeographicSpace(t *testing.T) {
	rng := rand.New(rand.NewPCG(49, 50))
	for range 10 {
		fx := newFixture(t, rng, Japanese, 12)
		// A phrase whose first word is れんしゅう: its first 11 bits.
		k := slices.Index(wordlists.Japanese, "れんしゅう")
		ent := make([]byte, 16)
		for i := range ent {
			ent[i] = byte(rng.UintN(256))
		}
		ent[0], ent[1] = byte(k>>3), byte(k<<5)|ent[1]&0x1f
		above, err := FromEntropy(ent, Japanese)
		require.NoError(t, err)
		text := strings.Join(above.RevealWords(), "　") + "\n" + strings.Join(fx.words, "　") + "\n"
		var got []string
		for _, m := range Find([]byte(text)) {
			got = append(got, m.Phrase.Reveal())
		}
		assert.Contains(t, got, fx.norm)
		assert.Contains(t, got, above.Reveal())
	}
	assert.Equal(t, 3, wordCount([]byte("しゃおん　いわかん、よさん。")))
}
