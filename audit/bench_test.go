package audit

import (
	"context"
	"os"
	"strconv"
	"testing"

	"github.com/walletaudit/walletaudit/internal/corpus"
)

// benchSize is the corpus size of BenchmarkScanDir; override with
// WALLETAUDIT_BENCH_MB.
func benchSize() int64 {
	if s, err := strconv.Atoi(os.Getenv("WALLETAUDIT_BENCH_MB")); err == nil && s > 0 {
		return int64(s) << 20
	}
	return 32 << 20
}

// BenchmarkScanDir scans a generated mixed tree with no secrets in it with
// the default detectors: the work a scanner mostly does.
func BenchmarkScanDir(b *testing.B) {
	dir := b.TempDir()
	st, err := corpus.Generate(dir, benchSize(), 1)
	if err != nil {
		b.Fatal(err)
	}
	s := New(Options{})
	b.SetBytes(st.Bytes)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		sum, err := s.Run(context.Background(), func(Finding) error { return nil }, Dir(dir))
		if err != nil {
			b.Fatal(err)
		}
		if sum.Findings != 0 {
			b.Fatalf("%d findings in a corpus without secrets", sum.Findings)
		}
	}
}
