package decode

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPositionViews: the words of records that each hold a word and its
// place, shuffled (XML elements with a position, one SQL INSERT a word, a
// CSV with a position column, a one-line dict), read in the order of
// their places; records in order, a place missing or twice, or a count
// no phrase has give no view.
func TestPositionViews(t *testing.T) {
	words := strings.Fields("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima")
	order := []int{7, 2, 12, 1, 9, 4, 11, 3, 8, 5, 10, 6}
	render := func(line func(pos int, w string) string, order []int) string {
		var b strings.Builder
		b.WriteString("header\n")
		for _, p := range order {
			b.WriteString(line(p, words[p-1]) + "\n")
		}
		return b.String() + "footer\n"
	}
	want := strings.Join(words, " ") + "\n"
	for name, text := range map[string]string{
		"xml": render(func(p int, w string) string { return fmt.Sprintf(`  <word position="%d">%s</word>`, p, w) }, order),
		"sql": render(func(p int, w string) string {
			return fmt.Sprintf(`INSERT INTO words (wallet_id, position, word) VALUES (7, %d, '%s');`, p, w)
		}, order),
		"csv":        render(func(p int, w string) string { return fmt.Sprintf("%d,%s", p, w) }, order),
		"word first": render(func(p int, w string) string { return fmt.Sprintf("%s;%d", w, p) }, order),
		"dict": func() string {
			var items []string
			for _, p := range order {
				items = append(items, fmt.Sprintf("%d: %q", p, words[p-1]))
			}
			return "MOTS = {" + strings.Join(items, ", ") + "}\n"
		}(),
	} {
		got := viewsOf(text, "positions")
		if assert.Len(t, got, 1, name) {
			assert.Equal(t, want, string(got[0].Data), name)
		}
	}
	inOrder := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
	twice := []int{7, 2, 12, 1, 9, 4, 11, 3, 8, 5, 10, 10}
	csv := func(p int, w string) string { return fmt.Sprintf("%d,%s", p, w) }
	for name, text := range map[string]string{
		"in order":      render(csv, inOrder),
		"a place twice": render(csv, twice),
		"eleven":        render(csv, order[:11]),
	} {
		require.Empty(t, viewsOf(text, "positions"), name)
	}
}
