package audit

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// An ignore comment drops the finding on its line (or the next) and
// counts it; the finding on the line after is kept.
func TestInlineIgnoreCounted(t *testing.T) {
	text := "# " + IgnoreMarker + "\nKEY=" + token(1) + "\nKEY2=" + token(2) + "\n"
	fs, sum := collect(t, testScanner(Options{}), Bytes("a.env", []byte(text)))
	require.Len(t, fs, 1)
	assert.Equal(t, 1, sum.Ignored)
	assert.NotContains(t, fs[0].Details, "ignored")
}
