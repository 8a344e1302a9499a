package mnemonic

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFindGridWithRowLabels: a phrase kept a word a cell in a grid whose
// rows are labelled ("Zeile 1", "Linha1", "A", "行1"), exported with
// tabs, commas or a Markdown table's pipes, with a header row or none,
// is read row by row.
func TestFindGridWithRowLabels(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	grid := func(words []string, cols int, sep, head string, label func(int) string) string {
		var b strings.Builder
		b.WriteString(head)
		for r := 0; r*cols < len(words); r++ {
			b.WriteString(label(r) + sep + strings.Join(words[r*cols:(r+1)*cols], sep) + "\n")
		}
		return b.String()
	}
	for _, tc := range []struct {
		name string
		lang Language
		n    int
		text func([]string) string
	}{
		{"tabs, German labels", English, 24, func(w []string) string {
			return grid(w, 4, "\t", "\tSpalte A\tSpalte B\tSpalte C\tSpalte D\n", func(r int) string { return fmt.Sprintf("Zeile %d", r+1) })
		}},
		{"commas, Portuguese labels", Portuguese, 24, func(w []string) string {
			return grid(w, 4, ",", ",Coluna1,Coluna2,Coluna3,Coluna4\n", func(r int) string { return fmt.Sprintf("Linha%d", r+1) })
		}},
		{"Markdown pipes, Polish labels", English, 24, func(w []string) string {
			var b strings.Builder
			b.WriteString("| | Kolumna 1 | Kolumna 2 | Kolumna 3 | Kolumna 4 | Kolumna 5 | Kolumna 6 |\n|---|---|---|---|---|---|---|\n")
			for r := range 4 {
				fmt.Fprintf(&b, "| Wiersz %d | %s |\n", r+1, strings.Join(w[r*6:(r+1)*6], " | "))
			}
			return b.String()
		}},
		{"letters, semicolons", Spanish, 24, func(w []string) string {
			return grid(w, 6, ";", "Copia de seguridad\n;1;2;3;4;5;6\n", func(r int) string { return string(rune('A' + r)) })
		}},
		{"Chinese, commas", ChineseSimplified, 12, func(w []string) string {
			return grid(w, 4, ",", ",列1,列2,列3,列4\n", func(r int) string { return fmt.Sprintf("行%d", r+1) })
		}},
	} {
		fx := newFixture(t, rng, tc.lang, tc.n)
		var got []string
		for _, m := range Find([]byte(tc.text(fx.words))) {
			got = append(got, fp(m.Phrase.Reveal()))
		}
		assert.Contains(t, got, fp(fx.norm), tc.name)
	}
}

// TestBlankRowLabels: only row labels are blanked: a digit or one or two
// ASCII letters, all different, before rows of one-word cells that make
// a phrase's length; a grid of single characters without labels keeps its
// first column.
func TestBlankRowLabels(t *testing.T) {
	out, ok := blankRowLabels([]byte("R1,alpha,bravo,charlie,delta\nR2,echo,foxtrot,golf,hotel\nR3,india,juliet,kilo,lima\n"))
	if assert.True(t, ok) {
		assert.Equal(t, "  ,alpha,bravo,charlie,delta\n  ,echo,foxtrot,golf,hotel\n  ,india,juliet,kilo,lima\n", string(out))
	}
	for name, text := range map[string]string{
		"no labels, single characters": "的,是,不,了\n在,人,有,我\n他,这,个,们\n",
		"the same label":               "row,alpha,bravo,charlie,delta\nrow,echo,foxtrot,golf,hotel\nrow,india,juliet,kilo,lima\n",
		"labels the same":              "R1,alpha,bravo,charlie,delta\nR1,echo,foxtrot,golf,hotel\nR1,india,juliet,kilo,lima\n",
		"no phrase's length":           "R1,alpha,bravo,charlie,delta\nR2,echo,foxtrot,golf,hotel\n",
		"cells of two words":           "R1,alpha one,bravo,charlie,delta\nR2,echo,foxtrot,golf,hotel\nR3,india,juliet,kilo,lima\n",
		"code":                         "f(1, a, b, c)\nf(2, d, e, g)\nf(3, h, i, j)\nf(4, k, l, m)\n",
	} {
		_, ok := blankRowLabels([]byte(text))
		assert.False(t, ok, name)
	}
}

// TestGridNotInSource: a program's source file is not read for a sheet's
// grid (its lines of labels and commas are code's); a text file is.
func TestGridNotInSource(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 18))
	fx := newFixture(t, rng, English, 12)
	var b strings.Builder
	for r := range 3 {
		fmt.Fprintf(&b, "R%d,%s\n", r+1, strings.Join(fx.words[r*4:r*4+4], ","))
	}
	found := func(ms []Match) bool {
		for _, m := range ms {
			if m.Phrase.Reveal() == fx.norm {
				return true
			}
		}
		return false
	}
	assert.True(t, found(FindPart("backup/grid.csv", []byte(b.String()))), "a CSV file")
	assert.False(t, found(FindPart("src/grid.go", []byte(b.String()))), "a Go file")
}
