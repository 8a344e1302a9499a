package audit

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHeldWorkBounded: work given to heldWork all runs, never more than
// maxHeldRunning at once, and Wait waits for the last.
func TestHeldWorkBounded(t *testing.T) {
	var h heldWork
	var running, most, done atomic.Int64
	release := make(chan struct{})
	for range 5 * maxHeldRunning {
		h.Go(func() {
			n := running.Add(1)
			for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
			}
			<-release
			running.Add(-1)
			done.Add(1)
		})
	}
	require.Eventually(t, func() bool { return running.Load() == maxHeldRunning }, 10*time.Second, time.Millisecond)
	close(release)
	h.Wait()
	assert.Equal(t, int64(5*maxHeldRunning), done.Load())
	assert.Equal(t, int64(maxHeldRunning), most.Load())
	// It can be used again.
	h.Go(func() { done.Add(1) })
	h.Wait()
	assert.Equal(t, int64(5*maxHeldRunning+1), done.Load())
}

// heldDetector reports each test token with held work that waits for
// release, as a keystore's trials wait for the end of the scan.
type heldDetector struct {
	release <-chan struct{}
	found   *atomic.Int64
	started *atomic.Int64 // held work begun
}

func (heldDetector) ID() string         { return "held" }
func (heldDetector) Keywords() []string { return nil }
func (d heldDetector) Detect(ctx context.Context, c *Chunk) []Candidate {
	out := tokenDetector{}.Detect(ctx, c)
	for i := range out {
		held := out[i]
		out[i].Later = func(ctx context.Context) Candidate {
			d.started.Add(1)
			select {
			case <-d.release:
			case <-ctx.Done():
			}
			return held
		}
		d.found.Add(1)
	}
	return out
}

// TestHeldFindingsDoNotParkGoroutines: thousands of findings held for
// their slow part do not each keep a goroutine; all are reported once
// their work ends.
func TestHeldFindingsDoNotParkGoroutines(t *testing.T) {
	const n = 3000
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "k = %s\n", token(i))
	}
	release := make(chan struct{})
	var found, started atomic.Int64
	s := New(Options{Detectors: []Detector{heldDetector{release: release, found: &found, started: &started}}, FileDetectors: []FileDetector{}})
	before := runtime.NumGoroutine()
	type result struct {
		n   int
		err error
	}
	res := make(chan result, 1)
	go func() {
		k := 0
		_, err := s.Run(context.Background(), func(Finding) error { k++; return nil }, Bytes("many.txt", []byte(b.String())))
		res <- result{k, err}
	}()
	require.Eventually(t, func() bool { return found.Load() == n && started.Load() == maxHeldRunning }, time.Minute, time.Millisecond)
	require.Never(t, func() bool { return started.Load() > maxHeldRunning }, 300*time.Millisecond, 5*time.Millisecond)
	assert.Less(t, runtime.NumGoroutine()-before, maxHeldRunning+50, "goroutines while %d findings are held", n)
	close(release)
	r := <-res
	require.NoError(t, r.err)
	assert.Equal(t, n, r.n)
}
