package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOctalViews: a libedit history line with its spaces as \040 is
// decoded, other escapes of the line too; a line with one \040 (a C
// string) gives none.
func TestOctalViews(t *testing.T) {
	text := "_HiStOrY_V2_\nuse\\040tipjar;\nUPDATE\\040signers\\040SET\\040priv\\040=\\040'ab'\\040WHERE\\040id\\040=\\0401;\\134n\nselect 1;\n"
	got := viewsOf(text, "octal-escapes")
	require.Len(t, got, 1)
	assert.Equal(t, `UPDATE signers SET priv = 'ab' WHERE id = 1;\n`, string(got[0].Data))
	assert.Equal(t, text[got[0].Start:got[0].End], "UPDATE\\040signers\\040SET\\040priv\\040=\\040'ab'\\040WHERE\\040id\\040=\\0401;\\134n")
	assert.Empty(t, viewsOf(`printf("a\040b");`+"\n", "octal-escapes"))
}
