// Package corpus generates deterministic trees of realistic files with no
// secrets in them (source code, configuration, lockfiles, logs, minified
// JavaScript, documentation and a few binaries) for benchmarks. Nothing
// large is committed: benchmarks and the comparison script generate what
// they need.
package corpus

import (
	"bufio"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// Stats describes a generated tree.
type Stats struct {
	Files int
	Bytes int64
}

// Generate writes about size bytes of files under dir, deterministically
// for seed.
func Generate(dir string, size int64, seed uint64) (Stats, error) {
	g := &gen{rng: rand.New(rand.NewPCG(seed, 0x5eed)), dir: dir}
	var st Stats
	for st.Bytes < size {
		kind := kinds[g.rng.IntN(len(kinds))]
		name := filepath.Join(fmt.Sprintf("pkg%03d", st.Files/40), fmt.Sprintf("%s_%05d%s", kind.stem, st.Files, kind.ext))
		n := min(size-st.Bytes, kind.size/2+g.rng.Int64N(kind.size))
		written, err := g.write(name, n, kind.fill)
		if err != nil {
			return st, err
		}
		st.Files++
		st.Bytes += written
	}
	return st, nil
}

type kind struct {
	stem, ext string
	size      int64
	fill      func(g *gen, w *bufio.Writer, n int64) int64
}

var kinds = []kind{
	{"main", ".go", 24 << 10, (*gen).goSource},
	{"index", ".js", 16 << 10, (*gen).jsSource},
	{"bundle", ".min.js", 256 << 10, (*gen).minified},
	{"app", ".py", 16 << 10, (*gen).pySource},
	{"config", ".yaml", 4 << 10, (*gen).yamlConfig},
	{"package-lock", ".json", 128 << 10, (*gen).lockfile},
	{"go", ".sum", 32 << 10, (*gen).goSum},
	{"server", ".log", 512 << 10, (*gen).logFile},
	{"README", ".md", 12 << 10, (*gen).prose},
	{"blob", ".bin", 64 << 10, (*gen).binary},
}

type gen struct {
	rng *rand.Rand
	dir string
}

func (g *gen) write(name string, n int64, fill func(*gen, *bufio.Writer, int64) int64) (int64, error) {
	p := filepath.Join(g.dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return 0, err
	}
	f, err := os.Create(p)
	if err != nil {
		return 0, err
	}
	w := bufio.NewWriterSize(f, 64<<10)
	written := fill(g, w, n)
	if err := w.Flush(); err != nil {
		f.Close()
		return 0, err
	}
	return written, f.Close()
}

var idents = strings.Fields(`ctx err req resp buf data value result config handler client server
	token count index offset length name path file reader writer cache store item list map key
	user account session state event message payload header body status code logger metrics`)

var english = strings.Fields(`the of and to in is that for it as with was on be by this are or
	from at an which but not have has had were been their more when will would there can all
	about also into only other new some could time these two may then do first any my now such
	like our over man me even most made after also did many before must through back years where
	much your way well down should because each just those people how too little state good very
	make world still own see men work long get here between both life being under never day same
	another know while last might us great old year off come since against go came right used take`)

// pick draws a word; for prose, the first 30 words (the function words of
// English) come up half the time, as they do in real text.
func (g *gen) pick(words []string) string {
	if len(words) > 60 && g.rng.IntN(2) == 0 {
		return words[g.rng.IntN(30)]
	}
	return words[g.rng.IntN(len(words))]
}

func (g *gen) goSource(w *bufio.Writer, n int64) int64 {
	var c int64
	c += wr(w, "package service\n\nimport (\n\t\"context\"\n\t\"fmt\"\n)\n\n")
	for c < n {
		a, b := g.pick(idents), g.pick(idents)
		c += wr(w, fmt.Sprintf("// %s returns the %s of the %s.\nfunc (s *Service) %s%s(ctx context.Context, %s string) (int, error) {\n\tif %s == \"\" {\n\t\treturn 0, fmt.Errorf(\"empty %s: %%w\", errInvalid)\n\t}\n\tn := len(%s) + %d\n\treturn n, nil\n}\n\n",
			title(a), b, a, title(a), title(b), b, b, b, b, g.rng.IntN(1000)))
	}
	return c
}

func (g *gen) jsSource(w *bufio.Writer, n int64) int64 {
	var c int64
	for c < n {
		a, b := g.pick(idents), g.pick(idents)
		c += wr(w, fmt.Sprintf("export async function %s%s(%s, options = {}) {\n  const %s = await fetch(`/api/${%s}`, { method: \"POST\" });\n  if (!%s.ok) throw new Error(\"failed: \" + %s.status);\n  return %s.json();\n}\n\n",
			a, title(b), a, b, a, b, b, b))
	}
	return c
}

func (g *gen) minified(w *bufio.Writer, n int64) int64 {
	var c int64
	for c < n {
		a, b := g.pick(idents), g.pick(idents)
		c += wr(w, fmt.Sprintf("function %s(e,t){var n=e.%s||t;return n&&n.%s?n.%s(%d):void 0}var %s_%d=%q;",
			a, b, a, b, g.rng.IntN(99), b, g.rng.IntN(9999), g.pick(english)))
	}
	return c + wr(w, "\n")
}

func (g *gen) pySource(w *bufio.Writer, n int64) int64 {
	var c int64
	for c < n {
		a, b := g.pick(idents), g.pick(idents)
		c += wr(w, fmt.Sprintf("def %s_%s(%s, %s=None):\n    \"\"\"Return the %s for %s.\"\"\"\n    if %s is None:\n        %s = {}\n    return %s.get(%q, %d)\n\n\n",
			a, b, a, b, b, a, b, b, b, a, g.rng.IntN(100)))
	}
	return c
}

func (g *gen) yamlConfig(w *bufio.Writer, n int64) int64 {
	var c int64
	c += wr(w, "apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n")
	for c < n {
		c += wr(w, fmt.Sprintf("        - name: %s-%d\n          image: registry.example/%s@sha256:%s\n          env:\n            - name: %s\n              value: \"%s\"\n",
			g.pick(idents), g.rng.IntN(99), g.pick(idents), g.hex(32), strings.ToUpper(g.pick(idents)), g.pick(english)))
	}
	return c
}

func (g *gen) lockfile(w *bufio.Writer, n int64) int64 {
	var c int64
	c += wr(w, "{\n  \"lockfileVersion\": 3,\n  \"packages\": {\n")
	for c < n {
		name := g.pick(idents) + "-" + g.pick(idents)
		b := make([]byte, 64)
		g.fillBytes(b)
		c += wr(w, fmt.Sprintf("    \"node_modules/%s\": {\n      \"version\": \"%d.%d.%d\",\n      \"resolved\": \"https://registry.example/%s/-/%s.tgz\",\n      \"integrity\": \"sha512-%s\"\n    },\n",
			name, g.rng.IntN(9), g.rng.IntN(20), g.rng.IntN(20), name, name, base64.StdEncoding.EncodeToString(b)))
	}
	return c + wr(w, "  }\n}\n")
}

func (g *gen) goSum(w *bufio.Writer, n int64) int64 {
	var c int64
	for c < n {
		b := make([]byte, 32)
		g.fillBytes(b)
		c += wr(w, fmt.Sprintf("example.org/%s/%s v1.%d.%d h1:%s\n", g.pick(idents), g.pick(idents), g.rng.IntN(30), g.rng.IntN(30), base64.StdEncoding.EncodeToString(b)))
	}
	return c
}

func (g *gen) logFile(w *bufio.Writer, n int64) int64 {
	var c int64
	for c < n {
		c += wr(w, fmt.Sprintf("2024-05-%02dT%02d:%02d:%02d.%03dZ INFO request id=%s path=/api/%s status=%d took=%dms user=%s tx=0x%s\n",
			1+g.rng.IntN(28), g.rng.IntN(24), g.rng.IntN(60), g.rng.IntN(60), g.rng.IntN(1000), g.hex(8), g.pick(idents), 200+g.rng.IntN(300), g.rng.IntN(900), g.pick(idents), g.hex(32)))
	}
	return c
}

func (g *gen) prose(w *bufio.Writer, n int64) int64 {
	var c int64
	c += wr(w, "# Overview\n\n")
	for c < n {
		var s strings.Builder
		for range 8 + g.rng.IntN(20) {
			s.WriteString(g.pick(english))
			s.WriteByte(' ')
		}
		c += wr(w, strings.TrimSpace(s.String())+".\n")
		if g.rng.IntN(6) == 0 {
			c += wr(w, "\n")
		}
	}
	return c
}

func (g *gen) binary(w *bufio.Writer, n int64) int64 {
	b := make([]byte, n)
	g.fillBytes(b)
	b[0], b[1], b[2], b[3] = 0x7f, 'E', 'L', 'F'
	w.Write(b)
	return n
}

func (g *gen) fillBytes(b []byte) {
	for i := range b {
		b[i] = byte(g.rng.UintN(256))
	}
}

func (g *gen) hex(n int) string {
	b := make([]byte, n)
	g.fillBytes(b)
	return hex.EncodeToString(b)
}

func wr(w *bufio.Writer, s string) int64 {
	n, _ := w.WriteString(s)
	return int64(n)
}

func title(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
