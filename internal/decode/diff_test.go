package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDiffViews: a unified diff's hunks read as the text they leave, the
// kept and added lines without their first column, each at its line;
// removed lines and text outside hunks are not in the view.
func TestDiffViews(t *testing.T) {
	patch := "diff --git a/k.json b/k.json\n--- a/k.json\n+++ b/k.json\n@@ -1,3 +1,4 @@\n {\n-  \"old\": 1,\n+  \"crypto\": {\n+    \"cipher\": \"aes-128-ctr\"\n+  }\n }\n\\ No newline at end of file\nsome trailer\n"
	got := viewsOf(patch, "diff")
	require.Len(t, got, 1)
	assert.Equal(t, "{\n  \"crypto\": {\n    \"cipher\": \"aes-128-ctr\"\n  }\n}\n", string(got[0].Data))
	require.Len(t, got[0].Cells, 5)
	c := got[0].Cells[2]
	assert.Equal(t, `    "cipher": "aes-128-ctr"`, patch[c[0]:c[1]])
	for name, text := range map[string]string{
		"no hunk":       "+ a\n+ b\n",
		"nothing added": "@@ -1,2 +1,1 @@\n a\n-b\n",
		"in prose":      "the hunk header @@ -1 +1 @@ is quoted here\n+ not a diff\n",
	} {
		assert.Empty(t, viewsOf(text, "diff"), name)
	}
}
