package mnemonic

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFindNumberedWithRemarks: a phrase numbered a word a line with a
// remark after a word or two, in words of no list ("5. <word>  ‹-
// sprawdzić pisownię", "# not sure"), is read whole and placed at its
// first word.
func TestFindNumberedWithRemarks(t *testing.T) {
	rng := rand.New(rand.NewPCG(181, 182))
	for _, remark := range []string{"  ‹- sprawdzić pisownię", "  # not sure", " - nachprüfen", "  ?? unsure"} {
		for _, n := range []int{12, 24} {
			fx := newFixture(t, rng, English, n)
			var b strings.Builder
			b.WriteString("Notatki\n\n")
			for i, w := range fx.words {
				fmt.Fprintf(&b, "%d. %s", i+1, w)
				if i == 4 || i == n-2 {
					b.WriteString(remark)
				}
				b.WriteString("\r\n")
			}
			text := b.String()
			ms := Find([]byte(text))
			require.Len(t, ms, 1, "%q %d", remark, n)
			assert.True(t, fp(fx.norm) == fp(ms[0].Phrase.Reveal()), "%q %d", remark, n)
			assert.Equal(t, strings.Index(text, "1. ")+3, ms[0].Start, "%q %d", remark, n)
		}
	}
}

// TestBlankRemarks: only a list numbered from 1, twelve lines or more,
// with a remark on at most three of them is blanked; a grid's second
// column (numbered too) and lines that all go on are not remarks.
func TestBlankRemarks(t *testing.T) {
	lines := func(f func(i int) string, n int) string {
		var b strings.Builder
		for i := 1; i <= n; i++ {
			b.WriteString(f(i) + "\n")
		}
		return b.String()
	}
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"a remark", lines(func(i int) string {
			if i == 3 {
				return "3. word  <- check"
			}
			return fmt.Sprintf("%d. word", i)
		}, 12), true},
		{"no remark", lines(func(i int) string { return fmt.Sprintf("%d. word", i) }, 12), false},
		{"too short", lines(func(i int) string {
			if i == 3 {
				return "3. word  <- check"
			}
			return fmt.Sprintf("%d. word", i)
		}, 11), false},
		{"a grid", lines(func(i int) string { return fmt.Sprintf("%d. word   %d. word", i, i+12) }, 12), false},
		{"every line goes on", lines(func(i int) string { return fmt.Sprintf("%d) word and more", i) }, 12), false},
	} {
		out, ok := blankRemarks([]byte(tc.text))
		assert.Equal(t, tc.want, ok, tc.name)
		if ok {
			assert.Len(t, out, len(tc.text), tc.name)
			assert.NotContains(t, string(out), "check", tc.name)
		}
	}
}

func FuzzBlankRemarks(f *testing.F) {
	f.Add([]byte("1. a\n2. b  <- c\n"))
	f.Add([]byte("1) x y\r\n2) z\r\n"))
	f.Fuzz(func(t *testing.T, text []byte) {
		out, ok := blankRemarks(text)
		if ok && len(out) != len(text) {
			t.Fatalf("the copy is %d bytes, the text %d", len(out), len(text))
		}
	})
}
