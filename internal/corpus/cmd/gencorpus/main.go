// Command gencorpus writes a deterministic benchmark tree of realistic files
// with no secrets in them.
//
//	go run ./internal/corpus/cmd/gencorpus -size 200M -seed 1 DIR
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/walletaudit/walletaudit/internal/corpus"
)

func main() {
	size := flag.String("size", "100M", "approximate total `size` (K, M, G suffixes)")
	seed := flag.Uint64("seed", 1, "generator seed")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: gencorpus [-size 100M] [-seed 1] DIR")
		os.Exit(2)
	}
	n, err := parseSize(*size)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(2)
	}
	st, err := corpus.Generate(flag.Arg(0), n, *seed)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	fmt.Printf("%d files, %d bytes\n", st.Files, st.Bytes)
}

func parseSize(s string) (int64, error) {
	mult := int64(1)
	switch {
	case strings.HasSuffix(s, "K"):
		mult, s = 1<<10, strings.TrimSuffix(s, "K")
	case strings.HasSuffix(s, "M"):
		mult, s = 1<<20, strings.TrimSuffix(s, "M")
	case strings.HasSuffix(s, "G"):
		mult, s = 1<<30, strings.TrimSuffix(s, "G")
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("bad size %q", s)
	}
	return n * mult, nil
}
