//go:build unix

package audittest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// failingReader gives some bytes, then an error.
type failingReader struct{ n int }

func (r *failingReader) Read(p []byte) (int, error) {
	if r.n > 0 {
		r.n = 0
		return copy(p, "just a line\n"), nil
	}
	return 0, errors.New("device went away")
}

// A helper asked about an input it never read must fail, not pass.
func TestHelpersFailOnInputsNotRead(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "plain.txt")
	require.NoError(t, os.WriteFile(plain, []byte("nothing here\n"), 0o600))
	link := filepath.Join(dir, "link.txt")
	require.NoError(t, os.Symlink(plain, link))
	big := filepath.Join(t.TempDir(), "big.log")
	f, err := os.Create(big)
	require.NoError(t, err)
	require.NoError(t, f.Truncate(300<<20)) // sparse: over the 256 MiB limit, no disk used
	require.NoError(t, f.Close())
	fifo := filepath.Join(t.TempDir(), "pipe")
	require.NoError(t, syscall.Mkfifo(fifo, 0o600))
	linkDir := t.TempDir()
	require.NoError(t, os.Symlink(plain, filepath.Join(linkDir, "l")))

	tests := []struct {
		name string
		run  func(TB) bool
		want string
	}{
		{"oversized file", func(t TB) bool { return NoSecretsInFile(t, big) }, "size limit"},
		{"fifo", func(t TB) bool { return NoSecretsInFile(t, fifo) }, "not read"},
		{"missing file", func(t TB) bool { return NoSecretsInFile(t, filepath.Join(dir, "nope")) }, "nope"},
		{"dir with a symlink", func(t TB) bool { return NoSecretsInDir(t, linkDir) }, "symbolic link"},
		{"failing reader", func(t TB) bool { return NoSecretsInReader(t, "stream", &failingReader{n: 1}) }, "device went away"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var r recorder
			assert.False(t, tc.run(&r), "reported success")
			require.NotEmpty(t, r.msgs, "no failure recorded")
			assert.Contains(t, strings.Join(r.msgs, "\n"), tc.want)
		})
	}
	// What was read whole still passes; a link given as the input is
	// followed to its file (links inside a directory are not).
	var r recorder
	assert.True(t, NoSecretsInFile(&r, plain))
	assert.True(t, NoSecretsInFile(&r, link))
	assert.True(t, NoSecretsInDir(&r, dir+"/plain.txt"))
	assert.True(t, NoSecretsInReader(&r, "stream", strings.NewReader("just text\n")))
	assert.Empty(t, r.msgs)
}
