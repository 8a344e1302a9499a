package hostile

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRawControl(t *testing.T) {
	for s, want := range map[string]bool{
		"plain\ntext": false, "x\x1b[2K": true, "a\rb": true, "\u202etxt": true, "\u2066": true,
		"\x7f": true, "\u0085": true, "é ü 助记词": false, `x\x1b[2K`: false,
	} {
		assert.Equal(t, want, RawControl(s), "%q", s)
	}
}
