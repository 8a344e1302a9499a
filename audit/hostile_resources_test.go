package audit_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"runtime"
	"strings"
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
	}, audit.Bytes("notes/wallet.txt", []byte("my wallet seed: "+p.Normalized()+"\n")))
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
			audit.Bytes("a/phrase.txt", []byte("seed: "+random.Normalized()+"\n")),
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
