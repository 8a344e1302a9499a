package audit_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit"
	"github.com/walletaudit/walletaudit/audit/report"
	"github.com/walletaudit/walletaudit/mnemonic"
)

// A phrase bx seed made is re-created by its 32-bit seed: no report may
// hold the seed (decimal, hex either way round) or the entropy, though
// it must say the phrase is reproducible and by which flaw.
func TestHostileReportHoldsNoGeneratorSeed(t *testing.T) {
	// Near the start of the Milk Sad window, which the sweep takes first:
	// found in the first block of seeds.
	const seed = mnemonic.MilkSadFrom + 1_234
	ent := mnemonic.MT19937Entropy(mnemonic.GeneratorBX, seed, 16)
	p, err := mnemonic.FromEntropy(ent, mnemonic.English)
	require.NoError(t, err)

	s := audit.New(audit.Options{DeepChecks: true, Workers: 1})
	var fs []audit.Finding
	sum, err := s.Run(context.Background(), func(f audit.Finding) error {
		fs = append(fs, f)
		return nil
	}, audit.Bytes("notes/wallet.txt", []byte("my wallet seed: "+p.Reveal()+"\n")))
	require.NoError(t, err)
	require.Len(t, fs, 1)
	assert.Contains(t, fs[0].Details["weakness"], "CVE-2023-39910", "the flaw is named")
	assert.Contains(t, fs[0].Details["weakness"], "reproducible")

	var be, le [4]byte
	binary.BigEndian.PutUint32(be[:], seed)
	binary.LittleEndian.PutUint32(le[:], seed)
	banned := map[string]string{
		"seed in decimal":       fmt.Sprint(seed),
		"seed in hex":           hex.EncodeToString(be[:]),
		"seed in hex, reversed": hex.EncodeToString(le[:]),
		"entropy in hex":        hex.EncodeToString(ent),
	}
	for _, format := range report.Formats() {
		var b bytes.Buffer
		w, err := report.New(format, &b, report.Options{Verbose: true})
		require.NoError(t, err)
		for _, f := range fs {
			require.NoError(t, w.Add(f))
		}
		require.NoError(t, w.Close(sum))
		out := strings.ToLower(b.String())
		require.NotEmpty(t, out)
		for what, v := range banned {
			// The message names what leaked, never the value.
			assert.False(t, strings.Contains(out, v), "the %s report holds the %s", format, what)
		}
	}
}

// wifLine returns a line with a fresh random private key in WIF: a
// finding the engine reports at once.
func wifLine(t *testing.T) []byte {
	k, err := btcec.NewPrivateKey()
	require.NoError(t, err)
	w, err := btcutil.NewWIF(k, &chaincfg.MainNetParams, true)
	require.NoError(t, err)
	return []byte("private key: " + w.String() + "\n")
}

// waitGoroutines waits a little for goroutines to end and returns how
// many are left.
func waitGoroutines(limit int) int {
	n := runtime.NumGoroutine()
	for i := 0; i < 200 && n > limit; i++ {
		time.Sleep(10 * time.Millisecond)
		n = runtime.NumGoroutine()
	}
	return n
}

// Breaking out of Scan, or fn failing in Run, stops the deep sweeps in
// flight: the scan returns in a small part of a sweep's budget and leaves
// no goroutine behind.
func TestHostileCancelStopsDeepSweeps(t *testing.T) {
	const budget = 20 * time.Second // a sweep's budget; the whole space takes minutes
	random, err := mnemonic.FromEntropy([]byte("0123456789abcdef"), mnemonic.English)
	require.NoError(t, err)
	srcs := func() []audit.Source {
		return []audit.Source{
			audit.Bytes("a/phrase.txt", []byte("seed: "+random.Reveal()+"\n")),
			audit.Bytes("b/key.txt", wifLine(t)),
		}
	}
	for _, how := range []string{"scan-break", "run-error"} {
		t.Run(how, func(t *testing.T) {
			base := runtime.NumGoroutine()
			// Two workers: the phrase's sweep runs while the key is found.
			s := audit.New(audit.Options{DeepChecks: true, DeepBudget: budget, Workers: 2})
			began := time.Now()
			var broke time.Time
			switch how {
			case "scan-break":
				for f, err := range s.Scan(context.Background(), srcs()...) {
					require.NoError(t, err)
					require.NotEmpty(t, f.Rule)
					broke = time.Now()
					break
				}
			case "run-error":
				stop := fmt.Errorf("enough")
				_, err := s.Run(context.Background(), func(audit.Finding) error {
					broke = time.Now()
					return stop
				}, srcs()...)
				require.ErrorIs(t, err, stop)
			}
			require.False(t, broke.IsZero(), "a finding came")
			took := time.Since(broke)
			assert.Less(t, took, budget/10, "the scan went on %v after the caller stopped (first finding after %v)", took, broke.Sub(began))
			left := waitGoroutines(base)
			assert.LessOrEqual(t, left, base, "goroutines left behind")
		})
	}
}

// unreadable is a source of n items that cannot be read and n that are
// skipped, as a sweep of a whole host meets them.
type unreadable int

func (n unreadable) Walk(ctx context.Context, fn func(audit.Item) error) error {
	for i := range int(n) {
		if err := fn(audit.Item{Path: fmt.Sprintf("/proc/%d/mem", i), Err: errors.New("permission denied")}); err != nil {
			return err
		}
		if err := fn(audit.Item{Path: fmt.Sprintf("/dev/pts/%d", i), Skip: "device"}); err != nil {
			return err
		}
	}
	return nil
}

// The summary lists the first MaxListed skips and errors and counts all.
func TestHostileSummaryListsAreCapped(t *testing.T) {
	const n = 20_000
	sum, err := audit.New(audit.Options{Workers: 2}).Run(context.Background(), func(audit.Finding) error { return nil }, unreadable(n))
	require.NoError(t, err)
	assert.Len(t, sum.Skipped, audit.MaxListed)
	assert.Len(t, sum.Errors, audit.MaxListed)
	assert.EqualValues(t, n, sum.SkippedTotal)
	assert.EqualValues(t, n, sum.ErrorsTotal)
	var b bytes.Buffer
	w, err := report.New("text", &b, report.Options{})
	require.NoError(t, err)
	require.NoError(t, w.Close(sum))
	assert.Contains(t, b.String(), fmt.Sprintf("%d items skipped", n), "the text report counts them all")
}

func gitCmd(t *testing.T, dir string, stdin io.Reader, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_SYSTEM=/dev/null")
	cmd.Stdin = stdin
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, string(out))
}

// peakHeap runs f and returns how far the live heap grew above where it
// was, sampled as f runs.
func peakHeap(f func()) uint64 {
	// Collect often, so that the peak is live memory, not garbage.
	defer debug.SetGCPercent(debug.SetGCPercent(20))
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc
	var peak atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > base && ms.HeapAlloc-base > peak.Load() {
				peak.Store(ms.HeapAlloc - base)
			}
			select {
			case <-stop:
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
	}()
	f()
	close(stop)
	<-done
	return peak.Load()
}

// A history of many commits and large blobs is scanned without holding
// the log or the blobs in memory: the heap grows by less than one blob.
func TestHostileGitHistoryMemory(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git binary")
	}
	const (
		commits = 2_000
		big     = 2
		bigSize = 16 << 20
	)
	dir := t.TempDir()
	gitCmd(t, dir, nil, "init", "-q", "-b", "main")
	// git fast-import builds the history in one process.
	var in bytes.Buffer
	for i := range commits {
		fmt.Fprintf(&in, "commit refs/heads/main\ncommitter t <t@example.org> %d +0000\ndata 1\nc\n", 1700000000+i)
		body := fmt.Sprintf("version %d of a config file with a long enough line\n", i)
		fmt.Fprintf(&in, "M 100644 inline dir%d/config-%d.txt\ndata %d\n%s\n", i%50, i, len(body), body)
	}
	line := []byte("log line: nothing secret here, only words of a long log file\n")
	for i := range big {
		blob := bytes.Repeat(line, bigSize/len(line))
		copy(blob, fmt.Sprintf("%08d", i))
		fmt.Fprintf(&in, "commit refs/heads/main\ncommitter t <t@example.org> %d +0000\ndata 1\nb\n", 1800000000+i)
		fmt.Fprintf(&in, "M 100644 inline big%d.log\ndata %d\n", i, len(blob))
		in.Write(blob)
		in.WriteString("\n")
	}
	t0 := time.Now()
	gitCmd(t, dir, &in, "-c", "core.compression=0", "-c", "pack.compression=0", "fast-import", "--quiet")
	t.Logf("fast-import %v", time.Since(t0))
	t0 = time.Now()

	s := audit.New(audit.Options{Workers: 1})
	var sum audit.Summary
	grew := peakHeap(func() {
		var err error
		sum, err = s.Run(context.Background(), func(audit.Finding) error { return nil }, audit.GitHistory(dir))
		require.NoError(t, err)
	})
	assert.EqualValues(t, commits+big, sum.FilesScanned, "every blob read")
	assert.Less(t, grew, uint64(bigSize), "heap grew by %d MiB scanning %d commits and %d blobs of %d MiB", grew>>20, commits, big, bigSize>>20)
	t.Logf("heap grew by %.1f MiB; scan %v", float64(grew)/(1<<20), time.Since(t0))
}
