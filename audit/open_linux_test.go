//go:build linux

package audit

import (
	"io"
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

// TestDiskReaderReadsWholeFiles: a file on a disk file system, read
// through boundedReader in pieces of several sizes, gives all its bytes
// and then io.EOF, also when a read ends exactly at the end of the file.
func TestDiskReaderReadsWholeFiles(t *testing.T) {
	for _, size := range []int{0, 1, 511, 4096, 65536, 65537, 3<<20 + 7} {
		for _, piece := range []int{1, 512, 4096, 65536, 1 << 20} {
			if size > 1<<16 && piece == 1 {
				continue
			}
			data := make([]byte, size)
			for i := range data {
				data[i] = byte(i*7 + i>>8)
			}
			p := filepath.Join(t.TempDir(), "f")
			require.NoError(t, os.WriteFile(p, data, 0o600))
			f, err := openReadOnly(p)
			require.NoError(t, err)
			r := boundedReader(t.Context(), f)
			_, direct := r.(*diskReader)
			require.True(t, direct)
			got := []byte{}
			buf := make([]byte, piece)
			for {
				n, err := r.Read(buf)
				got = append(got, buf[:n]...)
				if err == io.EOF {
					break
				}
				require.NoError(t, err)
			}
			n, err := r.Read(buf)
			assert.Equal(t, 0, n)
			assert.Equal(t, io.EOF, err)
			require.NoError(t, f.Close())
			assert.Equal(t, data, got, "size %d in pieces of %d", size, piece)
		}
	}
}
