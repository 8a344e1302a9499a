// Command gencorpus writes a deterministic benchmark tree of realistic files
// with no secrets in them.
//
//	go run ./internal/corpus/cmd/gencorpus -size 200M -seed 1 DIR
package main

import (
	"flag"
	"fmt"
	"os"

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
	n, err := corpus.ParseSize(*size)
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
