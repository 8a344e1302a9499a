package audit

import (
	"encoding/hex"
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

// TestJoinedKeyPassedOnBelow: a key cut into two literals (btcec's
// example layout) is passed to the key function five lines below, past
// Go's error check: the view of the joined key sees that far.
func TestJoinedKeyPassedOnBelow(t *testing.T) {
	h := hex.EncodeToString(testKey32())
	src := "package main\n\nfunc main() {\n\tpkBytes, err := hex.DecodeString(\"" + h[:34] + "\" +\n\t\t\"" + h[34:] + "\")\n\tif err != nil {\n\t\treturn\n\t}\n\tprivKey, _ := btcec.PrivKeyFromBytes(pkBytes)\n\t_ = privKey\n}\n"
	fs, _ := collect(t, New(Options{Workers: 1, Trials: TrialsOff}), Bytes("cmd/sign/main.go", []byte(src)))
	require.Len(t, fs, 1)
	assert.Equal(t, "joined-literals", fs[0].Details["encoding"])
}
