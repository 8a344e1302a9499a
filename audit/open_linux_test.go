//go:build linux

package audit

import (
	"io"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

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
			assert.Equal(t, data, readInPieces(t, r, piece), "size %d in pieces of %d", size, piece)
			require.NoError(t, f.Close())
		}
	}
}

// readInPieces reads r to its end in reads of piece bytes, and checks
// that a read after the end gives nothing and io.EOF.
func readInPieces(t *testing.T, r io.Reader, piece int) []byte {
	t.Helper()
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
	return got
}

// openDir opens the directory p for openInDir, with what it tells.
func openDir(t *testing.T, p string) (*os.File, diskDir) {
	t.Helper()
	d, err := os.Open(p)
	require.NoError(t, err)
	t.Cleanup(func() { d.Close() })
	return d, statDiskDir(d)
}

// TestDiskFileReadsWholeFiles: a file opened through its directory on a
// disk file system is a diskFile; read in pieces of several sizes it
// gives all its bytes and then io.EOF, also when a read ends exactly at
// the end of the file; after a seek to the start it reads again, and
// ReadAt and size agree with the bytes.
func TestDiskFileReadsWholeFiles(t *testing.T) {
	dir := t.TempDir()
	d, dd := openDir(t, dir)
	require.True(t, dd.direct, "a temporary directory is on a disk file system")
	for _, size := range []int{0, 1, 511, 4096, 65536, 65537, 3<<20 + 7} {
		data := make([]byte, size)
		for i := range data {
			data[i] = byte(i*7 + i>>8)
		}
		name := "f" + strconv.Itoa(size)
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o600))
		for _, piece := range []int{1, 512, 4096, 65536, 1 << 20} {
			if size > 1<<16 && piece == 1 {
				continue
			}
			rc, ok, err := openInDir(d, dd, name)
			require.True(t, ok)
			require.NoError(t, err)
			f, isDisk := rc.(*diskFile)
			require.True(t, isDisk, "%T", rc)
			assert.Equal(t, data, readInPieces(t, f, piece), "size %d in pieces of %d", size, piece)
			_, err = f.Seek(0, io.SeekStart)
			require.NoError(t, err)
			assert.Equal(t, data, readInPieces(t, f, piece), "size %d in pieces of %d, read again", size, piece)
			n, err := f.size()
			require.NoError(t, err)
			assert.Equal(t, int64(size), n)
			if size > 0 {
				at := make([]byte, min(size, 1000))
				off := int64(size - len(at))
				k, err := f.ReadAt(at, off)
				require.NoError(t, err)
				assert.Equal(t, data[off:off+int64(k)], at[:k])
				_, err = f.ReadAt(make([]byte, 2), int64(size-1))
				assert.Equal(t, io.EOF, err, "a read past the end")
			}
			require.NoError(t, f.Close())
			assert.ErrorIs(t, f.Close(), os.ErrClosed)
			_, err = f.Read(make([]byte, 1))
			assert.ErrorIs(t, err, os.ErrClosed)
		}
	}
}

// TestOpenInDirRefusesWhatIsNotRegular: a name whose file was swapped for
// a FIFO, a directory or a link after the listing is refused at once,
// without blocking and without following the link; a name that is gone
// is an error; a file on another device than its directory (a mount
// point) is handed over as an *os.File, whose reads stay bounded.
func TestOpenInDirRefusesWhatIsNotRegular(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "fifo"), 0o600))
	require.NoError(t, os.Mkdir(filepath.Join(dir, "sub"), 0o700))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "plain"), []byte("text"), 0o600))
	require.NoError(t, os.Symlink("plain", filepath.Join(dir, "link")))
	d, dd := openDir(t, dir)
	for name, want := range map[string]string{"fifo": "not a regular file", "sub": "not a regular file", "link": "too many levels of symbolic links", "gone": "no such file"} {
		done := make(chan error, 1)
		go func() {
			rc, ok, err := openInDir(d, dd, name)
			assert.True(t, ok)
			assert.Nil(t, rc)
			done <- err
		}()
		select {
		case err := <-done:
			require.Error(t, err, name)
			assert.Contains(t, err.Error(), want, name)
		case <-time.After(5 * time.Second):
			t.Fatalf("opening %s blocked", name)
		}
	}
	other := dd
	other.dev++
	rc, ok, err := openInDir(d, other, "plain")
	require.True(t, ok)
	require.NoError(t, err)
	defer rc.Close()
	_, isFile := rc.(*os.File)
	assert.True(t, isFile, "%T", rc)
}

// TestOpenInDirWithoutNoATime: a file the scanning user does not own
// (O_NOATIME is refused for it) is opened without the flag.
func TestOpenInDirWithoutNoATime(t *testing.T) {
	if asNobody(t, t.Name()) {
		return
	}
	info, err := os.Stat("/etc/passwd")
	require.NoError(t, err)
	if int(info.Sys().(*syscall.Stat_t).Uid) == os.Geteuid() || os.Geteuid() == 0 {
		t.Skip("needs a world-readable file of another user")
	}
	d, dd := openDir(t, "/etc")
	if !dd.direct {
		t.Skip("/etc is not on a disk file system here")
	}
	rc, ok, err := openInDir(d, dd, "passwd")
	require.True(t, ok)
	require.NoError(t, err)
	defer rc.Close()
	b, err := io.ReadAll(rc)
	require.NoError(t, err)
	assert.NotEmpty(t, b)
}

// TestDirOpensThroughDirectory: files a walk of a directory on a disk
// file system lists are opened through their directory, as diskFiles.
func TestDirOpensThroughDirectory(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "a", "b"), 0o700))
	for _, p := range []string{"top.txt", "a/mid.txt", "a/b/deep.txt"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, p), []byte(p), 0o600))
	}
	opened := 0
	err := Dir(dir).Walk(t.Context(), func(it Item) error {
		defer it.done()
		if it.Open == nil {
			return nil
		}
		rc, err := it.Open()
		require.NoError(t, err)
		defer rc.Close()
		_, isDisk := rc.(*diskFile)
		assert.True(t, isDisk, "%s: %T", it.Path, rc)
		b, err := io.ReadAll(rc)
		require.NoError(t, err)
		rel, _ := filepath.Rel(dir, it.Path)
		assert.Equal(t, filepath.ToSlash(rel), string(b))
		opened++
		return nil
	})
	require.NoError(t, err)
	assert.Equal(t, 3, opened)
}
