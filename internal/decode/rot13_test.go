package decode

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/walletaudit/walletaudit/internal/hint"
)

// TestRot13Views: text after a line that names ROT13 is read turned back,
// each line mapped to its own; text that does not name it, or names a
// word that only ends in "rot13", gives no such view.
func TestRot13Views(t *testing.T) {
	text := "notes\nseed (ROT-13):\nnonaqba novyvgl\nZl Jnyyrg\n"
	got := viewsOf(text, "rot13")
	require.Len(t, got, 1)
	v := got[0]
	assert.Equal(t, "frrq (EBG-13):\nabandon ability\nMy Wallet\n", string(v.Data))
	assert.Equal(t, strings.Index(text, "seed"), v.Start)
	require.Len(t, v.Cells, 3)
	assert.Equal(t, "nonaqba novyvgl", text[v.Cells[1][0]:v.Cells[1][1]])
	for _, neg := range []string{
		"nonaqba novyvgl\n",
		"carrot13 nonaqba\n",
		"rot130 nonaqba\n",
		"chapter 13: nonaqba\n",
	} {
		assert.Empty(t, viewsOf(neg, "rot13"), neg)
	}
	// Two markers close together give one view.
	assert.Len(t, viewsOf("rot13:\nnonaqba\nrot 13 again\nnovyvgl\n", "rot13"), 1)
	// Any case, and after a word or a space.
	for _, m := range []string{"ROT13", "Rot 13", "rot_13", "(rot13)"} {
		assert.Len(t, viewsOf("x "+m+" y\nnonaqba\n", "rot13"), 1, m)
	}
}

// TestRot13Hint: when the engine's prefilter says the data names no
// ROT13, the decoders do not look; when it says it does, they read it.
func TestRot13Hint(t *testing.T) {
	text := []byte("seed (rot13):\nnonaqba novyvgl\n")
	count := func(h hint.Hints) int {
		n := 0
		err := Views(hint.With(context.Background(), h), text, 1, func(v View) bool {
			if v.Encoding == "rot13" {
				n++
			}
			return true
		})
		require.NoError(t, err)
		return n
	}
	assert.Equal(t, 0, count(hint.Hints{}))
	assert.Equal(t, 1, count(hint.Hints{Rot13: true}))
}
