//go:build unix

package audit

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// DirExcept leaves the excluded paths out of the walk: a FIFO named as
// an output file is neither opened (the scan would block) nor recorded
// as a skip, and an excluded directory is not entered, whichever form
// (relative, unclean) names them.
func TestDirExceptLeavesPathsOut(t *testing.T) {
	dir := t.TempDir()
	exceptWrite(t, filepath.Join(dir, "notes.txt"), "hello\n")
	exceptWrite(t, filepath.Join(dir, "sub", "out.json"), "hello\n")
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "out.sarif"), 0o600))

	_, sum := collect(t, New(Options{}), Dir(dir))
	require.Len(t, sum.Skipped, 1, "Dir records the FIFO")
	assert.EqualValues(t, 2, sum.FilesScanned)

	t.Chdir(dir)
	_, sum = collect(t, New(Options{}), DirExcept(".", "out.sarif", "./sub/../sub", ""))
	assert.Empty(t, sum.Skipped)
	assert.Empty(t, sum.Errors)
	assert.EqualValues(t, 1, sum.FilesScanned)

	_, sum = collect(t, New(Options{}), DirExcept(dir, dir))
	assert.EqualValues(t, 0, sum.FilesScanned)
}

func exceptWrite(t *testing.T, p, text string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
	require.NoError(t, os.WriteFile(p, []byte(text), 0o600))
}
