package audit

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// noise returns n lines of letter soup that compresses about threefold,
// so that a few megabytes of it make a compressed file past
// readAheadFrom.
func noise(seed uint64, n int) []string {
	rng := rand.New(rand.NewPCG(seed, seed))
	const letters = "qxzjvkw"
	lines := make([]string, n)
	for i := range lines {
		var b strings.Builder
		for w := range 8 {
			if w > 0 {
				b.WriteByte(' ')
			}
			for range 4 + rng.IntN(5) {
				b.WriteByte(letters[rng.IntN(len(letters))])
			}
		}
		lines[i] = b.String()
	}
	return lines
}

func gzipOf(t *testing.T, data []byte) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	_, err := zw.Write(data)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return b.Bytes()
}

// TestReadAheadLargeCompressed scans compressed files large enough to be
// inflated ahead of the scan: the findings and their lines are those of
// the text, a damaged stream is still recorded as an error after what
// came before it, and no goroutine is left behind.
func TestReadAheadLargeCompressed(t *testing.T) {
	lines := noise(1, 60000)
	lines[10] = "a=" + token(1)
	lines[59000] = "b=" + token(2)
	text := []byte(strings.Join(lines, "\n") + "\n")
	gz := gzipOf(t, text)
	require.Greater(t, len(gz), readAheadFrom)
	base := runtime.NumGoroutine()

	fs, sum := collect(t, testScanner(Options{}), Bytes("notes.txt.gz", gz))
	assert.Empty(t, sum.Errors)
	got := map[int]string{}
	for _, f := range fs {
		got[f.Location.Line] = f.Location.Path
	}
	assert.Equal(t, map[int]string{11: "notes.txt.gz!notes.txt", 59001: "notes.txt.gz!notes.txt"}, got)

	// Cut off in the middle: the first token is found, the stream's end
	// is an error of the file, and the scan goes on.
	fs, sum = collect(t, testScanner(Options{}), Bytes("cut.txt.gz", gz[:len(gz)/2]))
	require.Len(t, fs, 1)
	assert.Equal(t, 11, fs[0].Location.Line)
	require.NotEmpty(t, sum.Errors)
	assert.Equal(t, "cut.txt.gz", sum.Errors[0].Path)

	// The same text in a zip member compressed past readAheadFrom.
	zipped := zipOf(t, map[string][]byte{"notes.txt": text})
	fs, sum = collect(t, testScanner(Options{}), Bytes("backup.zip", zipped))
	assert.Empty(t, sum.Errors)
	assert.Len(t, fs, 2)

	// (Polled here: assert.Eventually runs its condition on a goroutine.)
	for deadline := time.Now().Add(5 * time.Second); runtime.NumGoroutine() > base && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	assert.LessOrEqual(t, runtime.NumGoroutine(), base, "goroutines left running")
}

// panicAfter gives n bytes of spaces, then panics with a value that must
// not reach any message.
type panicAfter struct{ n int }

func (p *panicAfter) Read(b []byte) (int, error) {
	if p.n <= 0 {
		panic("SECRET in a panic value")
	}
	k := min(len(b), p.n)
	for i := range k {
		b[i] = ' '
	}
	p.n -= k
	return k, nil
}

// TestReadAheadPanic checks that a panic in a decompressor read ahead on
// another goroutine does not end the process: it reaches the reading
// side as an *InternalError (an internal error of the item, as without
// the read-ahead), holding nothing of the panic's value, after the bytes
// read before it.
func TestReadAheadPanic(t *testing.T) {
	r := readAhead(&panicAfter{n: 3 << 20}, readAheadFrom)
	defer r.Close()
	got := 0
	func() {
		defer func() {
			x := recover()
			require.NotNil(t, x)
			ie, ok := x.(*InternalError)
			require.True(t, ok, "%T", x)
			assert.NotContains(t, ie.Error(), "SECRET")
			assert.Nil(t, ie.Runtime)
		}()
		buf := make([]byte, 64<<10)
		for {
			n, err := r.Read(buf)
			got += n
			if err != nil {
				return
			}
		}
	}()
	assert.Equal(t, 3<<20, got, "the bytes before the panic are read")

	// Below readAheadFrom the reader is read as it is.
	small := readAhead(strings.NewReader("abc"), readAheadFrom-1)
	b, err := io.ReadAll(small)
	require.NoError(t, err)
	assert.Equal(t, "abc", string(b))
}

// slowTokens is tokenDetector counting the calls running at once. A
// call waits, up to ten seconds, until want calls run at once (met): how
// long a call takes then does not decide whether two calls overlap, as
// it did with a short sleep on a machine busy with other tests. After
// one wait in vain no call waits: the test fails on peak, not slowly.
type slowTokens struct {
	want         int
	mu           sync.Mutex
	active, peak int
	met          chan struct{}
	once         sync.Once
}

func newSlowTokens(want int) *slowTokens {
	return &slowTokens{want: want, met: make(chan struct{})}
}

func (*slowTokens) ID() string         { return "test-token" }
func (*slowTokens) Keywords() []string { return nil }
func (d *slowTokens) Detect(ctx context.Context, c *Chunk) []Candidate {
	d.mu.Lock()
	d.active++
	if d.active > d.peak {
		d.peak = d.active
		if d.peak == d.want {
			d.once.Do(func() { close(d.met) })
		}
	}
	d.mu.Unlock()
	defer func() {
		d.mu.Lock()
		d.active--
		d.mu.Unlock()
	}()
	select {
	case <-d.met:
	case <-time.After(10 * time.Second):
		d.once.Do(func() { close(d.met) })
	}
	return tokenDetector{}.Detect(ctx, c)
}

// TestArchiveMembersOnIdleWorkers scans one archive, the only item, with
// two workers: its members are shared between them (two detector calls
// at once), each is found at its own path and line as with one worker, a
// member past handoffMax and a member that is itself an archive are read
// by the archive's worker, and no goroutine is left behind.
func TestArchiveMembersOnIdleWorkers(t *testing.T) {
	files := map[string][]byte{}
	want := map[string]int{}
	for i := range 24 {
		name := fmt.Sprintf("notes/n%02d.txt", i)
		files[name] = []byte(strings.Repeat("x\n", i) + token(i) + "\n")
		want["backup.tgz!backup.tar!"+name] = i + 1
	}
	big := strings.Join(noise(2, 40000), "\n") // past handoffMax
	require.Greater(t, len(big), handoffMax)
	// The members the archive's worker reads itself come after the
	// notes (tgzOf writes members in name order): the nested zip first
	// held that worker in this detector, which waits for a second call,
	// before it had handed any note out, one run in 26.
	files["tail/big.txt"] = []byte(big + "\n" + token(100) + "\n")
	want["backup.tgz!backup.tar!tail/big.txt"] = 40001
	files["tail/inner.zip"] = zipOf(t, map[string][]byte{"k.txt": []byte(token(101))})
	want["backup.tgz!backup.tar!tail/inner.zip!k.txt"] = 1
	tgz := tgzOf(t, files)

	base := runtime.NumGoroutine()
	for _, workers := range []int{1, 2} {
		d := newSlowTokens(workers)
		s := New(Options{Workers: workers, Detectors: []Detector{d}, FileDetectors: []FileDetector{}})
		fs, sum := collect(t, s, Bytes("backup.tgz", tgz))
		assert.Empty(t, sum.Errors)
		got := map[string]int{}
		for _, f := range fs {
			got[f.Location.Path] = f.Location.Line
		}
		assert.Equal(t, want, got, "workers %d", workers)
		assert.Equal(t, workers, d.peak, "detector calls at once, workers %d", workers)
	}
	for deadline := time.Now().Add(5 * time.Second); runtime.NumGoroutine() > base && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	assert.LessOrEqual(t, runtime.NumGoroutine(), base, "goroutines left running")
}

// TestChunksOfOneFileOnIdleWorkers scans one file of many chunks, the
// only item, with two workers: its chunks are shared (two detector calls
// at once), and every finding has the path, line, column and offset it
// has with one worker, a token across a chunk boundary included, once.
func TestChunksOfOneFileOnIdleWorkers(t *testing.T) {
	lines := noise(3, 120000) // about 5.6 MB: six chunks
	var tokenLines []int
	for i := 100; i < len(lines); i += 7919 {
		lines[i] = lines[i][:i%40] + " " + token(i) + " " + lines[i][i%40:]
		tokenLines = append(tokenLines, i+1)
	}
	text := []byte(strings.Join(lines, "\n") + "\n")
	// One token astride the first chunk's end.
	k := chunkSize - 10
	text = append(text[:k:k], append([]byte(token(999999)), text[k:]...)...)
	require.Greater(t, len(text), 4*chunkSize)

	type at struct {
		line, column int
		offset       int64
	}
	var want []at // where the text holds the tokens
	for _, m := range tokenRE.FindAllIndex(text, -1) {
		before := text[:m[0]]
		want = append(want, at{bytes.Count(before, []byte("\n")) + 1, m[0] - bytes.LastIndexByte(before, '\n'), int64(m[0])})
	}
	require.Len(t, want, len(tokenLines)+1)
	for _, workers := range []int{1, 2} {
		d := newSlowTokens(workers)
		s := New(Options{Workers: workers, Detectors: []Detector{d}, FileDetectors: []FileDetector{}})
		fs, sum := collect(t, s, Bytes("notes.txt", text))
		assert.Empty(t, sum.Errors)
		var got []at
		for _, f := range fs {
			assert.Equal(t, "notes.txt", f.Location.Path)
			got = append(got, at{f.Location.Line, f.Location.Column, f.Location.Offset})
		}
		slices.SortFunc(got, func(a, b at) int { return cmp.Compare(a.offset, b.offset) })
		assert.Equal(t, want, got, "workers %d", workers)
		assert.Equal(t, workers, d.peak, "detector calls at once, workers %d", workers)
	}
}

// TestLongMailPartPlaced: a mail's plain-text part longer than a chunk
// is placed in the mail as it is read (memberPlace), so its chunks are
// not shared: with two workers the findings are where one worker puts
// them, and the race detector sees no race on the mail's copy.
func TestLongMailPartPlaced(t *testing.T) {
	lines := noise(4, 70000)
	lines[10] = "a " + token(1)
	lines[60000] = "b " + token(2)
	body := strings.Join(lines, "\r\n")
	mail := []byte("From: a@example.org\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\n" +
		"Content-Type: text/plain\r\n\r\n" + body + "\r\n--B--\r\n")
	require.Greater(t, len(mail), 2*chunkSize)
	var want []string
	for _, workers := range []int{1, 2} {
		s := New(Options{Workers: workers, Detectors: []Detector{tokenDetector{}}, FileDetectors: []FileDetector{}})
		fs, sum := collect(t, s, Bytes("m.eml", mail))
		assert.Empty(t, sum.Errors)
		var got []string
		for _, f := range fs {
			got = append(got, fmt.Sprint(f.Location.Path, ":", f.Location.Line))
		}
		slices.Sort(got)
		if workers == 1 {
			want = got
			assert.Equal(t, []string{"m.eml:18", "m.eml:60008"}, got)
		} else {
			assert.Equal(t, want, got)
		}
	}
}
