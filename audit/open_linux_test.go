//go:build linux

package audit

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDirectReadsOnlyOnDiskFileSystems: a file in a temporary directory
// (a disk file system or tmpfs) is read directly; a pseudo-file of /proc
// keeps the reads that end at cancellation.
func TestDirectReadsOnlyOnDiskFileSystems(t *testing.T) {
	p := filepath.Join(t.TempDir(), "plain.txt")
	require.NoError(t, os.WriteFile(p, []byte("text"), 0o600))
	f, err := openReadOnly(p)
	require.NoError(t, err)
	defer f.Close()
	assert.True(t, directReads(f), "a file on a disk file system")

	pf, err := openFollow("/proc/self/status")
	require.NoError(t, err)
	defer pf.Close()
	assert.False(t, directReads(pf), "a file of /proc")
	_, isCtx := boundedReader(t.Context(), pf).(*ctxReader)
	assert.True(t, isCtx)
}
