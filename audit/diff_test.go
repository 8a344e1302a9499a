package audit

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestKeystoreAddedInPatch: a keystore a patch adds is a hunk of lines
// that each start with "+"; read through the diff's new side it is the
// JSON it was, and assessed.
func TestKeystoreAddedInPatch(t *testing.T) {
	files, err := filepath.Glob("../testdata/demo/keystore/UTC--*")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	raw, err := os.ReadFile(files[0])
	require.NoError(t, err)
	var ks map[string]any
	require.NoError(t, json.Unmarshal(raw, &ks))
	pretty, err := json.MarshalIndent(ks, "", "  ")
	require.NoError(t, err)
	lines := strings.Split(string(pretty), "\n")
	patch := "diff --git a/keystore/k b/keystore/k\nnew file mode 100644\n--- /dev/null\n+++ b/keystore/k\n@@ -0,0 +1," + strconv.Itoa(len(lines)) + " @@\n+" + strings.Join(lines, "\n+") + "\n"
	fs, sum := collect(t, New(Options{Workers: 1, Trials: TrialsOff}), Bytes("add-keystore.patch", []byte(patch)))
	require.Len(t, fs, 1)
	assert.Equal(t, KindKeystore, fs[0].Kind)
	assert.Empty(t, sum.Errors)
}
