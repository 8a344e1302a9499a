package decode

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLogcatViews: Android's log in logcat's brief format is read without
// each line's priority, tag and process, so that a message cut into
// lines (Flutter's debugPrint: 14 words, then 10 under the next prefix;
// corpus 313) is read as its words; a text with too few such lines is
// not.
func TestLogcatViews(t *testing.T) {
	text := "I/flutter ( 4321): [Vaultly] app start\nI/flutter ( 4321): [KeyService] mnemonic=bundle sock chaos\nI/flutter ( 4321): tongue shell jeans\r\nW/Choreographer( 4321): Frame time\n"
	got := viewsOf(text, "logcat")
	require.Len(t, got, 1)
	assert.Equal(t, "[Vaultly] app start\n[KeyService] mnemonic=bundle sock chaos\ntongue shell jeans\nFrame time\n", string(got[0].Data))
	require.Len(t, got[0].Cells, 4)
	assert.Equal(t, "tongue shell jeans", text[got[0].Cells[2][0]:got[0].Cells[2][1]])

	for name, text := range map[string]string{
		"two lines":   "I/flutter ( 4321): a\nI/flutter ( 4321): b\nplain\n",
		"not logcat":  "I/O error (5): x\nA/B (c): d\n" + strings.Repeat("x/y (1) z\n", 3),
		"no pid":      strings.Repeat("I/flutter (abc): a\n", 4),
		"no priority": strings.Repeat("X/flutter ( 1): a\n", 4),
	} {
		assert.Empty(t, viewsOf(text, "logcat"), name)
	}
	assert.Equal(t, len("E/AndroidRuntime(12): "), logcatPrefix([]byte("E/AndroidRuntime(12): boom")))
}
