//go:build unix

package audit

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// peakHeap samples the heap while fn runs and returns the peak in bytes.
func peakHeap(fn func()) uint64 {
	var peak atomic.Uint64
	done := make(chan struct{})
	go func() {
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peak.Load() {
				peak.Store(m.HeapInuse)
			}
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	fn()
	close(done)
	return peak.Load()
}

// TestHostileTree builds what a real disk throws at a scanner and checks
// that each becomes a recorded skip or error, the scan finishes, the
// secret at the end of a 100 MB line is found, and the heap stays bounded.
func TestHostileTree(t *testing.T) {
	if testing.Short() {
		t.Skip("writes ~100 MB")
	}
	dir := t.TempDir()
	w := func(rel string, data []byte) {
		p := filepath.Join(dir, rel)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, data, 0o600))
	}
	// One 100 MB line with a secret at its end.
	f, err := os.Create(filepath.Join(dir, "oneline.txt"))
	require.NoError(t, err)
	bw := bufio.NewWriter(f)
	chunk := []byte(strings.Repeat("abcdefgh ", 1<<10))
	for n := 0; n < 100<<20; n += len(chunk) {
		_, _ = bw.Write(chunk)
	}
	_, _ = bw.WriteString("k=" + token(1) + "\n")
	require.NoError(t, bw.Flush())
	require.NoError(t, f.Close())
	// A 10 GiB sparse file.
	sp, err := os.Create(filepath.Join(dir, "sparse.img"))
	require.NoError(t, err)
	require.NoError(t, sp.Truncate(10<<30))
	require.NoError(t, sp.Close())
	// A very deep tree with a secret at the bottom.
	deep := dir
	for i := range 200 {
		deep = filepath.Join(deep, "d"+string(rune('a'+i%26)))
	}
	require.NoError(t, os.MkdirAll(deep, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(deep, "k.txt"), []byte(token(2)), 0o600))
	// Binary junk, invalid UTF-8 and a UTF-16 note without a BOM.
	w("junk.bin", append([]byte{0, 0xff, 0xfe, 0xfd}, []byte(strings.Repeat("\x00\xc3\x28\xa0\xa1", 10000))...))
	w("bad-utf8.txt", []byte("\xc3\x28 \xe2\x28\xa1 \xf0\x28\x8c\x28 "+token(3)))
	// A symlink loop, a link out of the root, a FIFO and a socket.
	require.NoError(t, os.Symlink("loop", filepath.Join(dir, "loop")))
	require.NoError(t, os.Symlink("/etc", filepath.Join(dir, "out")))
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "fifo"), 0o600))
	ln, err := net.Listen("unix", filepath.Join(dir, "sock"))
	require.NoError(t, err)
	defer ln.Close()
	// A device, where the sandbox lets us make one.
	devErr := syscall.Mknod(filepath.Join(dir, "null"), syscall.S_IFCHR|0o600, int(1<<8|3))

	var fs []Finding
	var sum Summary
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	peak := peakHeap(func() {
		sum, err = testScanner(Options{Workers: 2}).Run(ctx, func(f Finding) error { fs = append(fs, f); return nil }, Dir(dir))
	})
	require.NoError(t, err)
	got := map[string]bool{}
	for _, f := range fs {
		got[filepath.Base(f.Location.Path)] = true
	}
	assert.True(t, got["oneline.txt"], "secret at the end of a 100 MB line")
	assert.True(t, got["k.txt"], "secret at the bottom of a deep tree")
	assert.True(t, got["bad-utf8.txt"])
	reasons := map[string]string{}
	for _, s := range sum.Skipped {
		reasons[filepath.Base(s.Path)] = s.Reason
	}
	assert.Contains(t, reasons["sparse.img"], "size limit")
	assert.Contains(t, reasons["loop"], "symbolic link")
	assert.Contains(t, reasons["out"], "symbolic link")
	assert.Contains(t, reasons["fifo"], "FIFO")
	assert.Contains(t, reasons["sock"], "socket")
	if devErr == nil {
		assert.Contains(t, reasons["null"], "device")
	}
	assert.Less(t, peak, uint64(200<<20), "heap stays bounded")
}

// vanishing yields an item whose file is gone by the time it is opened.
type vanishing struct{}

func (vanishing) Walk(_ context.Context, fn func(Item) error) error {
	return fn(Item{Path: "gone.txt", Size: 10, Origin: "file", Open: func() (io.ReadCloser, error) { return nil, os.ErrNotExist }})
}

func TestVanishingAndProcFiles(t *testing.T) {
	_, sum := collect(t, testScanner(Options{}), vanishing{})
	require.Len(t, sum.Errors, 1)
	if runtime.GOOS == "linux" {
		// /proc files report size 0 and are read to their end.
		_, sum = collect(t, testScanner(Options{}), Dir("/proc/self/status"))
		assert.Equal(t, int64(1), sum.FilesScanned)
		assert.Positive(t, sum.BytesScanned)
	}
}

func TestDirSkips(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "k.txt"), []byte(token(7)), 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "big.txt"), bytes.Repeat([]byte("a"), 4096), 0o600))
	require.NoError(t, os.Symlink("/etc/passwd", filepath.Join(dir, "link")))
	require.NoError(t, os.Symlink(".", filepath.Join(dir, "loop")))
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "fifo"), 0o600))

	fs, sum := collect(t, testScanner(Options{MaxFileSize: 1024}), Dir(dir))
	require.Len(t, fs, 1)
	assert.Equal(t, "0600", fs[0].Storage.Permissions)
	reasons := map[string]string{}
	for _, s := range sum.Skipped {
		reasons[filepath.Base(s.Path)] = s.Reason
	}
	assert.Contains(t, reasons["link"], "symbolic link")
	assert.Contains(t, reasons["loop"], "symbolic link")
	assert.Contains(t, reasons["fifo"], "FIFO")
	assert.Contains(t, reasons["big.txt"], "size limit")
}
