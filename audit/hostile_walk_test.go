//go:build unix

package audit

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// storedZip is a zip whose member is stored, not compressed.
func storedZip(t *testing.T, name string, data []byte, comment string) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
	require.NoError(t, err)
	_, err = w.Write(data)
	require.NoError(t, err)
	if comment != "" {
		require.NoError(t, zw.SetComment(comment))
	}
	require.NoError(t, zw.Close())
	return b.Bytes()
}

// TestBrokenContainersAreScannedAsBytes: bytes that look like an archive
// or a compressed stream but are not one, or a damaged one, are scanned
// as they are, and the damage is an error that FailOnUnreadable turns
// into ErrUnreadable.
func TestBrokenContainersAreScannedAsBytes(t *testing.T) {
	tok := "k=" + token(1) + "\n"
	junk := strings.Repeat("\xff\x01", 300)
	valid := storedZip(t, "a.txt", []byte("nothing here\n"), "")
	stored := storedZip(t, "k.txt", []byte(tok), "")
	cases := []struct {
		name   string
		data   []byte
		broken bool
	}{
		{"zip-magic.zip", []byte("PK\x03\x04" + junk + tok), true},
		{"gzip-magic.gz", []byte("\x1f\x8b" + junk + tok), true},
		{"bzip2-magic.bz2", []byte("BZh9" + junk + tok), true},
		{"bom.txt", []byte("\xff\xfe" + tok), false},
		{"truncated-stored.zip", stored[:len(stored)/2+20], true},
		{"comment.zip", storedZip(t, "a.txt", []byte("nothing\n"), tok), false},
		{"appended.zip", append(append([]byte{}, valid...), tok...), false},
	}
	dir := t.TempDir()
	for _, tc := range cases {
		require.NoError(t, os.WriteFile(filepath.Join(dir, tc.name), tc.data, 0o600))
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, src := range []Source{Bytes(tc.name, tc.data), Dir(filepath.Join(dir, tc.name))} {
				fs, sum := collect(t, testScanner(Options{}), src)
				require.Len(t, fs, 1, "the secret in the raw bytes is found")
				assert.Equal(t, tc.broken, len(sum.Errors) > 0, "damage is recorded")
				_, err := testScanner(Options{FailOnUnreadable: true}).Run(context.Background(), func(Finding) error { return nil }, src)
				if tc.broken {
					assert.ErrorIs(t, err, ErrUnreadable)
				} else {
					assert.NoError(t, err)
				}
			}
		})
	}
}

// TestBrokenContainerCost: a large damaged container costs about what a
// plain file of its size does: its bytes are read from the source at
// most twice (the container reader's try, then the plain scan) and the
// detectors see them once, as they see the plain file's. (It counts the
// work instead of timing it: a timed test fails on a busy machine.)
func TestBrokenContainerCost(t *testing.T) {
	body := bytes.Repeat([]byte("abcdefgh "), (4<<20)/9)
	plain := append([]byte("xx\x03\x04"), body...)
	broken := append([]byte("PK\x03\x04"), body...)
	s := testScanner(Options{})
	cost := func(data []byte) (read, scanned int64) {
		src := countingSource{data: data, read: new(int64)}
		_, sum := collect(t, s, src)
		return *src.read, sum.BytesScanned
	}
	plainRead, plainScanned := cost(plain)
	brokenRead, brokenScanned := cost(broken)
	assert.Equal(t, int64(len(plain)), plainRead, "a plain file is read once")
	assert.LessOrEqual(t, brokenRead, 2*int64(len(broken)), "a damaged container is read twice at most")
	assert.Equal(t, int64(len(plain)), plainScanned)
	assert.Equal(t, plainScanned, brokenScanned, "the detectors see a damaged container's bytes once")
}

// countingSource is one stream whose reads are counted into read.
type countingSource struct {
	data []byte
	read *int64
}

func (c countingSource) Walk(ctx context.Context, fn func(Item) error) error {
	return fn(Item{Path: "f", Size: int64(len(c.data)), Origin: "bytes", Open: func() (io.ReadCloser, error) {
		return io.NopCloser(&countingReader{r: bytes.NewReader(c.data), n: c.read}), nil
	}})
}

type countingReader struct {
	r io.Reader
	n *int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	*c.n += int64(n)
	return n, err
}

// TestSymlinkRootsAreFollowed: a root the user names is followed when it
// is a link; links inside the tree are not.
func TestSymlinkRootsAreFollowed(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real")
	require.NoError(t, os.Mkdir(real, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(real, "k.txt"), []byte(token(1)), 0o600))
	require.NoError(t, os.Symlink("k.txt", filepath.Join(real, "inner-link")))
	require.NoError(t, os.Symlink(real, filepath.Join(dir, "dirlink")))
	require.NoError(t, os.Symlink(filepath.Join(real, "k.txt"), filepath.Join(dir, "filelink")))

	fs, sum := collect(t, testScanner(Options{}), Dir(filepath.Join(dir, "dirlink")))
	require.Len(t, fs, 1)
	assert.Equal(t, filepath.Join(dir, "dirlink", "k.txt"), fs[0].Location.Path)
	require.Len(t, sum.Skipped, 1)
	assert.Contains(t, sum.Skipped[0].Reason, "symbolic link")

	fs, sum = collect(t, testScanner(Options{}), Dir(filepath.Join(dir, "filelink")))
	require.Len(t, fs, 1)
	assert.Equal(t, int64(1), sum.FilesScanned)
}

// TestWalkDeeperThanPathMax: a tree whose paths pass PATH_MAX (4096) is
// walked to its bottom.
func TestWalkDeeperThanPathMax(t *testing.T) {
	dir := t.TempDir()
	name := strings.Repeat("d", 200)
	r, err := os.OpenRoot(dir)
	require.NoError(t, err)
	depth := 30 // 30 × 201 bytes > 6000
	for range depth {
		require.NoError(t, r.Mkdir(name, 0o755))
		sub, err := r.OpenRoot(name)
		require.NoError(t, err)
		r.Close()
		r = sub
	}
	f, err := r.Create("k.txt")
	require.NoError(t, err)
	_, err = f.WriteString("k=" + token(9) + "\n")
	require.NoError(t, err)
	require.NoError(t, f.Close())
	r.Close()

	fs, sum := collect(t, testScanner(Options{}), Dir(dir))
	assert.Empty(t, sum.Errors)
	require.Len(t, fs, 1)
	assert.Greater(t, len(fs[0].Location.Path), 4096)
	assert.True(t, strings.HasSuffix(fs[0].Location.Path, "k.txt"))
}

// blockingReader never returns.
type blockingReader struct{ ch chan struct{} }

func (b blockingReader) Read([]byte) (int, error) { <-b.ch; return 0, io.EOF }

// TestBlockingItemsAreSkippedOrBounded: FIFOs, character devices and
// pseudo-files that wait for data are skips, not reads; a stream that
// blocks ends at cancellation.
func TestBlockingItemsAreSkippedOrBounded(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	require.NoError(t, syscall.Mkfifo(fifo, 0o600))
	kmsg := filepath.Join(dir, "kmsg")
	require.NoError(t, os.WriteFile(kmsg, nil, 0o600))
	plain := filepath.Join(dir, "plain.txt")
	require.NoError(t, os.WriteFile(plain, nil, 0o600))

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	run := func(src Source) (Summary, time.Duration) {
		start := time.Now()
		sum, err := testScanner(Options{}).Run(ctx, func(Finding) error { return nil }, src)
		require.NoError(t, err)
		return sum, time.Since(start)
	}
	_, base := run(Dir(plain))
	for _, p := range []string{fifo, "/dev/zero", kmsg} {
		sum, d := run(Dir(p))
		require.Len(t, sum.Skipped, 1, p)
		assert.Zero(t, sum.FilesScanned, p)
		assert.Less(t, float64(d)/float64(max(base, 5*time.Millisecond)), 50.0, "%s: %v vs %v", p, d, base)
	}

	// A stream with no writer: cancellation ends the scan.
	never := blockingReader{ch: make(chan struct{})}
	defer close(never.ch)
	cctx, ccancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := testScanner(Options{}).Run(cctx, func(Finding) error { return nil }, Reader("pipe", never))
		done <- err
	}()
	time.Sleep(50 * time.Millisecond)
	ccancel()
	select {
	case err := <-done:
		assert.ErrorIs(t, err, context.Canceled)
	case <-time.After(30 * time.Second):
		t.Fatal("a blocked read held the scan past cancellation")
	}
}

// asNobody reruns the named test in a copy of this test binary as the
// unprivileged user 65534, for tests that need permissions to bite when
// the suite runs as root (as CI does). It reports whether it did: the
// caller returns then.
func asNobody(t *testing.T, name string) bool {
	if os.Geteuid() != 0 {
		return false
	}
	exe, err := os.Executable()
	require.NoError(t, err)
	dir, err := os.MkdirTemp("", "asnobody")
	require.NoError(t, err)
	t.Cleanup(func() { os.RemoveAll(dir) })
	require.NoError(t, os.Chmod(dir, 0o777))
	bin, err := os.ReadFile(exe)
	require.NoError(t, err)
	copyExe := filepath.Join(dir, "audit.test")
	require.NoError(t, os.WriteFile(copyExe, bin, 0o755))
	cmd := exec.Command(copyExe, "-test.run", "^"+name+"$", "-test.count=1", "-test.v")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "TMPDIR="+dir, "HOME="+dir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s as user 65534:\n%s", name, out)
	require.Contains(t, string(out), "--- PASS: "+name)
	return true
}

func TestUnreadableFileIsRecorded(t *testing.T) {
	if asNobody(t, t.Name()) {
		return
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "locked.txt")
	require.NoError(t, os.WriteFile(p, []byte(token(1)), 0o000))
	require.NoError(t, os.Mkdir(filepath.Join(dir, "locked-dir"), 0o000))
	_, sum := collect(t, testScanner(Options{}), Dir(dir))
	require.Len(t, sum.Errors, 2)
	_, err := testScanner(Options{FailOnUnreadable: true}).Run(context.Background(), func(Finding) error { return nil }, Dir(dir))
	require.ErrorIs(t, err, ErrUnreadable)
}
