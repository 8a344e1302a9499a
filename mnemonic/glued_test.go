package mnemonic

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFindGluedWords: a phrase with its spaces stripped, in lower case,
// upper case or CamelCase, is read by its words; letters that do not
// read wholly as a list's words, or that are part of an identifier, are
// not.
func TestFindGluedWords(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 16))
	for range 10 {
		fx := newFixture(t, rng, English, 12)
		camel := ""
		for _, w := range fx.words {
			camel += strings.ToUpper(w[:1]) + w[1:]
		}
		for name, text := range map[string]string{
			"lower case": "vault password: " + strings.Join(fx.words, "") + "\n",
			"upper case": "SEED=" + strings.ToUpper(strings.Join(fx.words, "")) + "\n",
			"CamelCase":  `{"note": "` + camel + `"}` + "\n",
		} {
			ms := Find([]byte(text))
			if assert.Len(t, ms, 1, name) {
				assert.Equal(t, fp(fx.norm), fp(ms[0].Phrase.Reveal()), name)
				assert.Equal(t, LayoutGlued, ms[0].Layout, name)
			}
		}
		for name, text := range map[string]string{
			"an identifier's part": "x := " + strings.Join(fx.words, "") + "_v2\n",
			"a letter too many":    strings.Join(fx.words, "") + "q\n",
			"a word left out":      strings.Join(fx.words[1:], "") + "\n",
		} {
			for _, m := range Find([]byte(text)) {
				assert.NotEqual(t, fp(fx.norm), fp(m.Phrase.Reveal()), name)
			}
		}
	}
}
