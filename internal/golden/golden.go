// Package golden compares test output with a golden file under
// testdata/golden, rewriting the file when asked (-update).
package golden

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Check compares got with testdata/golden/name; with update set it first
// writes got there.
func Check(t *testing.T, name, got string, update bool) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run with -update to create it")
	assert.Equal(t, string(want), got)
}
