// Command realtext measures false accepts of the phrase finder on real text
// nobody here wrote: it runs mnemonic.Find on every regular file under the
// given trees (gzip files decompressed, symbolic links skipped) and prints,
// for each tree, the files and bytes read, the speed and the phrases found.
// A match is shown by path, line, scheme, language, word count, layout,
// whether the phrase is published (mnemonic.Public) and a SHA-256
// fingerprint of the normalised phrase; never by its words.
//
// To reproduce the measurement (Debian; the doc packages add real prose):
//
//	apt-get install -y --no-install-recommends python3-doc python3.11-doc \
//	    perl-doc git-doc bash-doc manpages-dev glibc-doc debian-policy \
//	    debian-reference-en postgresql-doc
//	go build -o /tmp/realtext ./internal/corpus/cmd/realtext
//	nice -n 10 /tmp/realtext "$(go env GOROOT)/src"
//	nice -n 10 /tmp/realtext /usr/share/doc /usr/share/man
//	nice -n 10 /tmp/realtext "$(go env GOMODCACHE)"
//
// Usage:
//
//	realtext [-max-file-size 8M] [-workers N] DIR...
package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/walletaudit/walletaudit/internal/corpus"
	"github.com/walletaudit/walletaudit/mnemonic"
)

// hit is one phrase found; it holds no words.
type hit struct {
	path                string
	line                int
	scheme, lang        string
	words               int
	layout              string
	labelled, exact     bool
	public              bool
	source, fingerprint string
}

// tally is what one tree gave.
type tally struct {
	files, gz, errs, truncated int
	bytes                      int64
	hits                       []hit
}

func main() {
	maxSize := flag.String("max-file-size", "8M", "read at most this many `bytes` of each file (K, M, G suffixes), after decompression")
	workers := flag.Int("workers", runtime.GOMAXPROCS(0), "files searched at once")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: realtext [-max-file-size 8M] [-workers N] DIR...")
		os.Exit(2)
	}
	limit, err := corpus.ParseSize(*maxSize)
	if err != nil {
		fmt.Fprintln(os.Stderr, "realtext:", err)
		os.Exit(2)
	}
	var all tally
	var elapsed time.Duration
	for _, root := range flag.Args() {
		start := time.Now()
		t, err := scanTree(root, limit, max(1, *workers))
		if err != nil {
			fmt.Fprintln(os.Stderr, "realtext:", err)
			os.Exit(1)
		}
		d := time.Since(start)
		report(root, t, d)
		all.files += t.files
		all.gz += t.gz
		all.errs += t.errs
		all.truncated += t.truncated
		all.bytes += t.bytes
		all.hits = append(all.hits, t.hits...)
		elapsed += d
	}
	if flag.NArg() > 1 {
		report("total", all, elapsed)
	}
}

// report prints a tree's numbers and its matches.
func report(root string, t tally, d time.Duration) {
	public := 0
	for _, h := range t.hits {
		if h.public {
			public++
		}
	}
	mbs := float64(t.bytes) / (1 << 20) / max(d.Seconds(), 1e-9)
	fmt.Printf("%s: %d files (%d gzip, %d cut at the size limit, %d unreadable), %d bytes, %.1fs, %.1f MB/s, %d matches (%d public, %d not)\n",
		root, t.files, t.gz, t.truncated, t.errs, t.bytes, d.Seconds(), mbs, len(t.hits), public, len(t.hits)-public)
	if root == "total" {
		return
	}
	for _, h := range t.hits {
		pub := "not-public"
		if h.public {
			pub = "public(" + h.source + ")"
		}
		fmt.Printf("  %s:%d %s %s %d-words %s labelled=%t exact=%t %s sha256:%s\n",
			h.path, h.line, h.scheme, h.lang, h.words, h.layout, h.labelled, h.exact, pub, h.fingerprint)
	}
}

// scanTree searches every regular file under root.
func scanTree(root string, limit int64, workers int) (tally, error) {
	paths := make(chan string, 256)
	var (
		mu sync.Mutex
		t  tally
		wg sync.WaitGroup
	)
	for range workers {
		wg.Go(func() {
			for p := range paths {
				data, gz, cut, err := readFile(p, limit)
				var hits []hit
				if err == nil {
					hits = find(p, data)
				}
				mu.Lock()
				if err != nil {
					t.errs++
				} else {
					t.files++
					t.bytes += int64(len(data))
					if gz {
						t.gz++
					}
					if cut {
						t.truncated++
					}
					t.hits = append(t.hits, hits...)
				}
				mu.Unlock()
			}
		})
	}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return err
			}
			mu.Lock()
			t.errs++
			mu.Unlock()
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			paths <- p
		}
		return nil
	})
	close(paths)
	wg.Wait()
	slices.SortFunc(t.hits, func(a, b hit) int {
		if c := strings.Compare(a.path, b.path); c != 0 {
			return c
		}
		return a.line - b.line
	})
	return t, err
}

// readFile reads up to limit bytes of p, decompressing gzip files. cut is
// set when the file had more.
func readFile(p string, limit int64) (data []byte, gz, cut bool, err error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, false, false, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(p, ".gz") {
		zr, err := gzip.NewReader(f)
		if err == nil {
			defer zr.Close()
			r, gz = zr, true
		} else if _, err := f.Seek(0, io.SeekStart); err != nil {
			return nil, false, false, err
		}
	}
	data, err = io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil && !(gz && len(data) > 0 && errors.Is(err, io.ErrUnexpectedEOF)) {
		return nil, gz, false, err
	}
	if int64(len(data)) > limit {
		data, cut = data[:limit], true
	}
	return data, gz, cut, nil
}

// find runs the finder and describes its matches without their words.
func find(p string, data []byte) []hit {
	var out []hit
	for _, m := range mnemonic.Find(data) {
		ph := m.Phrase
		src, pub := mnemonic.Public(ph)
		sum := sha256.Sum256([]byte(ph.Reveal()))
		line := m.StartLine
		if line == 0 {
			line = 1 + bytes.Count(data[:max(0, min(m.Start, len(data)))], []byte{'\n'})
		}
		out = append(out, hit{
			path: p, line: line, scheme: string(ph.Scheme()), lang: string(ph.Language()), words: ph.Len(),
			layout: string(m.Layout), labelled: m.Labelled, exact: m.Exact, public: pub, source: src,
			fingerprint: hex.EncodeToString(sum[:8]),
		})
	}
	return out
}
