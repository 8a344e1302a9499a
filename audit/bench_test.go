package audit

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/walletaudit/walletaudit/mnemonic"

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

// BenchmarkAdversarial scans inputs built to trip tokenizers and decoders:
// a megabyte of one hex run, of one base58 run, of wordlist words, and
// deeply nested JSON.
func BenchmarkAdversarial(b *testing.B) {
	words := strings.Repeat("abandon ability able about above absent absorb abstract ", 1<<14)
	cases := map[string][]byte{
		"hex-run":     bytes.Repeat([]byte("0123456789abcdef"), 1<<16),
		"base58-run":  bytes.Repeat([]byte("5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqv"), 1<<15),
		"word-run":    []byte(words),
		"nested-json": []byte(strings.Repeat(`{"a":[`, 1<<15) + strings.Repeat(`]}`, 1<<15)),
		"base64-run":  bytes.Repeat([]byte("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo"), 1<<15),
	}
	s := New(Options{})
	for name, data := range cases {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := s.Run(context.Background(), func(Finding) error { return nil }, Bytes(name, data)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkScanTree scans the directory named by WALLETAUDIT_BENCH_TREE
// (for example $(go env GOROOT)/src) with the default options and no
// keystore trials, to profile the text scan on real trees; it is skipped
// when the variable is not set, so it never runs in CI.
func BenchmarkScanTree(b *testing.B) {
	dir := os.Getenv("WALLETAUDIT_BENCH_TREE")
	if dir == "" {
		b.Skip("WALLETAUDIT_BENCH_TREE is not set")
	}
	s := New(Options{Trials: TrialsOff})
	b.ReportAllocs()
	for b.Loop() {
		sum, err := s.Run(context.Background(), func(Finding) error { return nil }, Dir(dir))
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(sum.BytesScanned)
	}
}

// BenchmarkFindTree runs the phrase finder alone (mnemonic.Find, one core)
// over the text files of WALLETAUDIT_BENCH_TREE (at most 256 MiB of them,
// in 1 MiB pieces like the scan's chunks): its throughput on real code.
// It is skipped when the variable is not set.
func BenchmarkFindTree(b *testing.B) {
	dir := os.Getenv("WALLETAUDIT_BENCH_TREE")
	if dir == "" {
		b.Skip("WALLETAUDIT_BENCH_TREE is not set")
	}
	var pieces [][]byte
	var total int64
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() || total > 256<<20 {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil || bytes.IndexByte(data[:min(len(data), sniffSize)], 0) >= 0 {
			return nil // unreadable or binary
		}
		for len(data) > 0 {
			n := min(len(data), chunkSize)
			pieces = append(pieces, data[:n])
			total += int64(n)
			data = data[n:]
		}
		return nil
	})
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pieces {
			mnemonic.Find(p)
		}
	}
}
