package decode

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
