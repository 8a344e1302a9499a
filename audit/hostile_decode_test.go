package audit

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hostileDecodeSize is the size of each hostile file: 256 KiB of \x took
// the decoders close to a minute when every escape looked back to the
// start of its line.
const hostileDecodeSize = 256 << 10

// fill repeats s to n bytes.
func fill(s string, n int) []byte {
	b := bytes.Repeat([]byte(s), n/len(s)+1)
	return b[:n]
}

// hostileDecodeFiles are files made of what the decoders look for, each
// hostileDecodeSize bytes long.
func hostileDecodeFiles() map[string][]byte {
	n := hostileDecodeSize
	// Nested encodings: base64 of URL-encoding of \x escapes, and
	// base64 of base64, each level long enough to be decoded.
	esc := string(fill(`\x41`, n/8))
	nested := base64.StdEncoding.EncodeToString([]byte("v=" + url.QueryEscape(`"`+esc+`"`)))
	b64b64 := base64.StdEncoding.EncodeToString([]byte(base64.StdEncoding.EncodeToString(fill("alpha bravo charlie ", n/2))))
	// Wrapped base64 of control bytes: UTF-8, so each line's head passes,
	// but not text; looked at again from each line, the blob was read
	// once a line.
	var wrapped strings.Builder
	for enc := base64.StdEncoding.EncodeToString(fill("\x01\x02\x03\x04\x05\x06", n)); wrapped.Len() < n; enc = enc[76:] {
		wrapped.WriteString(enc[:76] + "\n")
	}
	return map[string][]byte{
		`\x`:              fill(`\x`, n),
		`\x4`:             fill(`\x4`, n),
		`"\x`:             append([]byte(`"`), fill(`\x`, n-1)...),
		`"text\q\x`:       append(append([]byte(`"`), fill("a", n/2)...), fill(`\q\x`, n/2-1)...),
		`%`:               fill(`%`, n),
		`%4`:              fill(`%4`, n),
		`%41`:             fill(`%41`, n),
		`\u`:              fill(`\u`, n),
		`"\u`:             append([]byte(`"`), fill(`\u`, n-1)...),
		`\\`:              fill(`\\`, n),
		`[32,`:            fill(`[32,`, n),
		`base64-ish junk`: fill(`QUJD=QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=+/-_`, n),
		`nested url+\x`:   fill("k: "+nested+"\n", n),
		`nested b64+b64`:  fill("k: "+b64b64+"\n", n),
		`wrapped base64`:  []byte(wrapped.String()[:n]),
	}
}

// plainFile is ordinary text of the given size, the yardstick.
func plainFile(n int) []byte {
	return fill("The quick brown fox jumps over the lazy dog; if err != nil { return err } // 42\n", n)
}

// scanTime is the shortest of five scans of data as one file.
func scanTime(t *testing.T, s *Scanner, data []byte) time.Duration {
	t.Helper()
	return scanTimes(t, s, 5, data)[0]
}

// scanTimes scans each of files as one file n times, taking turns, and
// returns the shortest time of each (at least a millisecond): files
// measured in turns see the same load of the machine.
func scanTimes(t *testing.T, s *Scanner, n int, files ...[]byte) []time.Duration {
	t.Helper()
	best := make([]time.Duration, len(files))
	for i := range best {
		best[i] = 1 << 62
	}
	for range n {
		for i, data := range files {
			start := time.Now()
			sum, err := s.Run(context.Background(), func(Finding) error { return nil }, Bytes("f.txt", data))
			require.NoError(t, err)
			require.Empty(t, sum.Errors)
			best[i] = min(best[i], time.Since(start))
		}
	}
	for i := range best {
		best[i] = max(best[i], time.Millisecond)
	}
	return best
}

// TestHostileDecodeTime: a file made of escapes or encoded text costs no
// more than a bounded multiple of a plain file of the same size. The
// files take up to about 8 times a plain file's time on an idle machine;
// the bound, 50, leaves room for other packages' tests running beside
// these (21.6 was measured so once) and is still far below what a
// decoder that reads its input again and again costs (775 times for
// wrapped base64 read once a line, a minute for the \x escapes that
// looked back to their line's start).
func TestHostileDecodeTime(t *testing.T) {
	s := New(Options{Workers: 1})
	for name, data := range hostileDecodeFiles() {
		t.Run(name, func(t *testing.T) {
			require.Len(t, data, hostileDecodeSize)
			// The yardstick is measured beside each file, in turns with
			// it: on a machine busy with other work, one measured first
			// drifts.
			ts := scanTimes(t, s, 7, plainFile(hostileDecodeSize), data)
			plain, d := ts[0], ts[1]
			t.Logf("%v, %.1f× a plain file (%v)", d, float64(d)/float64(plain), plain)
			assert.Less(t, float64(d)/float64(plain), 50.0, "%v against %v for a plain file", d, plain)
		})
	}
}

// TestHostileDecodeCancel: cancelling the context ends a scan of hostile
// files promptly: the scan returns within a bounded multiple of the time
// a plain file of the same size takes after the cancellation (the
// decoders ignored the context, and one file of \x escapes held a worker
// for most of a minute).
func TestHostileDecodeCancel(t *testing.T) {
	s := New(Options{Workers: 2})
	plain := scanTime(t, s, plainFile(hostileDecodeSize))
	var srcs []Source
	for name, data := range hostileDecodeFiles() {
		for i := range 4 {
			srcs = append(srcs, Bytes(strings.Repeat("x", i)+name, data))
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	start := time.Now()
	time.AfterFunc(2*plain, cancel)
	_, err := s.Run(ctx, func(Finding) error { return nil }, srcs...)
	after := time.Since(start) - 2*plain
	assert.ErrorIs(t, err, context.Canceled)
	t.Logf("returned %v after the cancellation; a plain file takes %v", after, plain)
	// 25 plain files' time, but never less than a quarter of a second: a
	// plain file takes a millisecond, and on a busy machine (the other
	// packages' tests beside it) the scheduler alone can take 28 ms to
	// run the goroutines that see the cancellation. The bug this guards
	// held a worker for most of a minute.
	limit := max(25*plain, 250*time.Millisecond)
	assert.Less(t, after, limit, "returned %v after the cancellation; a plain file takes %v", after, plain)
}

// panicky is a detector with a bug.
type panicky struct{}

func (panicky) ID() string         { return "panicky" }
func (panicky) Keywords() []string { return nil }
func (panicky) Detect(_ context.Context, c *Chunk) []Candidate {
	if bytes.Contains(c.Data, []byte("boom")) {
		_ = c.Data[len(c.Data)] // out of range: a runtime panic
	}
	return nil
}

// TestPanicIsInternalError: a detector's panic is recorded as an internal
// error, apart from the input's problems, and the scan goes on; the
// reports get a fixed message, never the panic value or the stack.
func TestPanicIsInternalError(t *testing.T) {
	s := New(Options{Workers: 1, Detectors: []Detector{panicky{}}})
	sum, err := s.Run(context.Background(), func(Finding) error { return nil },
		Bytes("a.txt", []byte("boom abandon ability")), Bytes("b.txt", []byte("fine")))
	require.NoError(t, err)
	assert.EqualValues(t, 2, sum.FilesScanned+int64(len(sum.Errors)), "the scan went on")
	assert.Equal(t, 1, sum.InternalErrors)
	require.Len(t, sum.Errors, 1)
	e := sum.Errors[0]
	assert.True(t, e.Internal)
	require.ErrorIs(t, e.Err, ErrInternal)
	var ie *InternalError
	require.ErrorAs(t, e.Err, &ie)
	assert.NotNil(t, ie.Runtime)
	assert.Contains(t, string(ie.Stack), "panicky")
	out, err := json.Marshal(sum)
	require.NoError(t, err)
	for _, s := range []string{"abandon", "goroutine", "panicky", "out of range"} {
		assert.NotContains(t, string(out)+e.Error, s)
	}
	assert.Contains(t, string(out), `"internal_errors":1`)
	assert.Contains(t, string(out), `"internal":true`)

	// An error of the input is not internal.
	sum, err = New(Options{}).Run(context.Background(), func(Finding) error { return nil },
		itemSource{Path: "gone", Err: errors.New("no such file")})
	require.NoError(t, err)
	require.Len(t, sum.Errors, 1)
	assert.False(t, sum.Errors[0].Internal)
	assert.NotErrorIs(t, sum.Errors[0].Err, ErrInternal)
	assert.Zero(t, sum.InternalErrors)
}

// itemSource is a source of one item.
type itemSource Item

func (s itemSource) Walk(_ context.Context, fn func(Item) error) error { return fn(Item(s)) }
