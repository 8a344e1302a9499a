package mnemonic

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// TestKeyRunesKeepListWords checks the rune filter in front of lookup
// never turns down a list word as it may be written: lower or upper
// case, composed (NFC) or decomposed, or with a zero-width character
// inside; and that it does turn down words of scripts no list uses.
func TestKeyRunesKeepListWords(t *testing.T) {
	tb := data()
	checked := 0
	for w := range tb.lookup {
		_, first := utf8.DecodeRuneInString(w)
		fullWidth := strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' {
				return r - 'a' + '\uff41'
			}
			return r
		}, w)
		forms := []string{w, norm.NFC.String(w), strings.ToUpper(w), norm.NFC.String(strings.ToUpper(w)),
			w[:first] + "\u200b" + w[first:], fullWidth}
		for _, form := range forms {
			for _, r := range form {
				require.Truef(t, tb.mayBeKey(r), "rune %U of a form of list word %q turned down", r, w)
			}
			checked++
		}
	}
	require.Greater(t, checked, 100000)
	for _, w := range []string{"שלום", "καλημέρα", "สวัสดี", "مرحبا", "ߊߋ"} {
		turned := false
		for _, r := range w {
			turned = turned || !tb.mayBeKey(r)
		}
		require.Truef(t, turned, "%q: no rune turned down", w)
	}
}
