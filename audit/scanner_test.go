package audit

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit/detect"
)

// tokenDetector finds "SECRET-" followed by 16 hex digits; it stands in for
// real detectors so the engine is tested on its own.
type tokenDetector struct{}

var tokenRE = regexp.MustCompile(`SECRET-[0-9a-f]{16}`)

func (tokenDetector) ID() string         { return "test-token" }
func (tokenDetector) Keywords() []string { return []string{"secret-"} }
func (tokenDetector) Detect(_ context.Context, c *Chunk) []Candidate {
	var out []Candidate
	for _, m := range tokenRE.FindAllIndex(c.Data, -1) {
		raw := string(c.Data[m[0]:m[1]])
		out = append(out, Candidate{
			Rule: "test-token", Kind: KindRawPrivateKey, Start: m[0], End: m[1], Confidence: ConfidenceHigh,
			Secret: detect.NewSecret(detect.SecretSpec{Kind: KindRawPrivateKey, Raw: raw, Normalized: raw, Redacted: "[test token]"}),
		})
	}
	return out
}

func token(i int) string { return fmt.Sprintf("SECRET-%016x", 0xabc000+i) }

func testScanner(opts Options) *Scanner {
	opts.Detectors = []Detector{tokenDetector{}}
	opts.FileDetectors = []FileDetector{}
	return New(opts)
}

func collect(t *testing.T, s *Scanner, srcs ...Source) ([]Finding, Summary) {
	t.Helper()
	var fs []Finding
	sum, err := s.Run(context.Background(), func(f Finding) error { fs = append(fs, f); return nil }, srcs...)
	require.NoError(t, err)
	return fs, sum
}

func TestScanLocations(t *testing.T) {
	fsys := fstest.MapFS{
		"a/.env":     {Data: []byte("A=1\nKEY=" + token(1) + "\n"), Mode: 0o644},
		"b/notes.md": {Data: []byte("x\r\ny\r\n  " + token(2) + " and " + token(3) + "\r\n")},
		"c/clean.go": {Data: []byte("package c\n")},
	}
	fs, sum := collect(t, testScanner(Options{}), FS(fsys, ".", "root"))
	require.Len(t, fs, 3)
	got := map[string]Location{}
	for _, f := range fs {
		got[f.Secret.Fingerprint()] = f.Location
	}
	fp := func(i int) string { return detect.Fingerprint(KindRawPrivateKey, token(i)) }
	assert.Equal(t, Location{Path: "root/a/.env", Line: 2, EndLine: 2, Column: 5, Offset: 8, Origin: "fs"}, got[fp(1)])
	assert.Equal(t, 3, got[fp(2)].Line)
	assert.Equal(t, 3, got[fp(2)].Column)
	assert.Equal(t, 3, got[fp(3)].Line)
	assert.Equal(t, int64(3), sum.FilesScanned)
	assert.Equal(t, 3, sum.Findings)
}

func TestChunkBoundaries(t *testing.T) {
	// Secrets placed across and around every chunk boundary of a 5 MiB
	// file are each reported once, at the right line.
	var b bytes.Buffer
	want := map[string]int{}
	line := 1
	pad := strings.Repeat("x", 99) + "\n"
	n := 0
	for b.Len() < 5<<20 {
		b.WriteString(pad)
		line++
		pos := b.Len() % chunkSize
		if pos > chunkSize-2*chunkTail || pos < 200 || n%97 == 0 {
			tok := token(n)
			b.WriteString("k=" + tok + "\n")
			want[detect.Fingerprint(KindRawPrivateKey, tok)] = line
			line++
		}
		n++
	}
	fs, _ := collect(t, testScanner(Options{}), Bytes("big.txt", b.Bytes()))
	got := map[string]int{}
	for _, f := range fs {
		_, dup := got[f.Secret.Fingerprint()]
		require.False(t, dup, "reported twice at line %d", f.Location.Line)
		got[f.Secret.Fingerprint()] = f.Location.Line
	}
	assert.Equal(t, want, got)
}

func TestRedactedEverywhere(t *testing.T) {
	raw := token(42)
	fs, _ := collect(t, testScanner(Options{}), Bytes("x.env", []byte("K="+raw)))
	require.Len(t, fs, 1)
	f := fs[0]
	js, err := json.Marshal(f)
	require.NoError(t, err)
	for _, out := range []string{string(js), fmt.Sprint(f), fmt.Sprintf("%+v", f), fmt.Sprintf("%#v", f), f.Secret.String()} {
		assert.False(t, strings.Contains(out, raw), "secret leaked into output")
	}
	assert.Equal(t, raw, f.Secret.Reveal())
}

func TestUTF16(t *testing.T) {
	text := "line one\r\nkey " + token(5) + "\r\n"
	var b bytes.Buffer
	b.Write([]byte{0xff, 0xfe})
	for _, r := range text {
		b.WriteByte(byte(r))
		b.WriteByte(0)
	}
	fs, _ := collect(t, testScanner(Options{}), Bytes("ConsoleHost_history.txt", b.Bytes()))
	require.Len(t, fs, 1)
	assert.Equal(t, 2, fs[0].Location.Line)
	assert.Equal(t, "shell-history", fs[0].Storage.Context)
}

func TestCancelAndCallbackError(t *testing.T) {
	fsys := fstest.MapFS{}
	for i := range 200 {
		fsys[fmt.Sprintf("f%03d.txt", i)] = &fstest.MapFile{Data: []byte(token(i))}
	}
	s := testScanner(Options{Workers: 2})
	stop := errors.New("enough")
	n := 0
	_, err := s.Run(context.Background(), func(Finding) error { n++; return stop }, FS(fsys, ".", ""))
	require.ErrorIs(t, err, stop)
	assert.Equal(t, 1, n)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = s.Run(ctx, func(Finding) error { return nil }, FS(fsys, ".", ""))
	require.ErrorIs(t, err, context.Canceled)

	k := 0
	for _, err := range s.Scan(context.Background(), FS(fsys, ".", "")) {
		require.NoError(t, err)
		k++
		if k == 3 {
			break
		}
	}
	assert.Equal(t, 3, k)
}

func TestMissingRootIsFatal(t *testing.T) {
	_, err := testScanner(Options{}).Run(context.Background(), func(Finding) error { return nil }, Dir(filepath.Join(t.TempDir(), "nope")))
	require.Error(t, err)
}

// TestVCSMetadata: git's stores (objects, LFS, the index) and other
// systems' metadata are recorded skips; the text git writes (the last
// commit message, reflogs, config) is scanned, in a work tree's .git and
// in a bare repository, from a directory and from an fs.FS.
func TestVCSMetadata(t *testing.T) {
	files := map[string][]byte{
		"repo/.git/COMMIT_EDITMSG":        []byte("add signer\n# ------------------------ >8 ------------------------\n+KEY=" + token(1) + "\n"),
		"repo/.git/logs/HEAD":             []byte("0000 1111 Dana <d@example.org> 1700000000 +0000\tcommit: rotate " + token(2) + "\n"),
		"repo/.git/objects/ab/cd":         []byte("KEY=" + token(3)),
		"repo/.git/lfs/objects/ab/cd":     []byte("KEY=" + token(4)),
		"repo/.git/index":                 []byte("DIRC KEY=" + token(5)),
		"repo/.git/modules/sub/objects/x": []byte("KEY=" + token(6)),
		"backup/site.git/objects/ab/cd":   []byte("KEY=" + token(7)),
		"backup/site.git/config":          []byte("KEY=" + token(8)),
		"repo/.hg/store/data":             []byte("KEY=" + token(9)),
		"repo/app.env":                    []byte("KEY=" + token(10)),
		"repo/objects/notes.txt":          []byte("KEY=" + token(11)), // not under a .git
	}
	want := []string{"backup/site.git/config", "repo/.git/COMMIT_EDITMSG", "repo/.git/logs/HEAD", "repo/app.env", "repo/objects/notes.txt"}
	fsys := fstest.MapFS{}
	dir := t.TempDir()
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: data}
		require.NoError(t, os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o700))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o600))
	}
	for _, src := range []Source{FS(fsys, ".", ""), Dir(dir)} {
		fs, sum := collect(t, testScanner(Options{}), src)
		var got []string
		for _, f := range fs {
			p, _ := filepath.Rel(dir, f.Location.Path)
			if !filepath.IsAbs(f.Location.Path) {
				p = f.Location.Path
			}
			got = append(got, filepath.ToSlash(p))
		}
		slices.Sort(got)
		assert.Equal(t, want, got)
		var reasons []string
		for _, s := range sum.Skipped {
			reasons = append(reasons, s.Reason)
		}
		assert.Len(t, reasons, 6, "objects, lfs, index, modules' objects, the bare repository's objects, .hg: %v", reasons)
	}
}

// TestLocationsOfManyFindings: findings many to a line, on lines of every
// length (a line longer than a chunk too), and lines without one between
// them, each have the line and column of their offset in the text.
func TestLocationsOfManyFindings(t *testing.T) {
	rng := rand.New(rand.NewPCG(19, 19))
	var b bytes.Buffer
	for i := 0; b.Len() < 3*chunkSize; i++ {
		switch r := rng.IntN(100); {
		case r < 10:
			b.WriteString(strings.Repeat("\n", 1+rng.IntN(3)))
		case r < 20:
			b.WriteString(strings.Repeat("w", rng.IntN(3000)))
		case r < 22:
			b.WriteString(strings.Repeat("z", rng.IntN(chunkSize/4)))
		default:
			b.WriteString(" " + token(i) + " ")
		}
	}
	data := b.Bytes()
	fs, _ := collect(t, testScanner(Options{}), Bytes("many.txt", data))
	require.Greater(t, len(fs), 500)
	for _, f := range fs {
		off := int(f.Location.Offset)
		line := 1 + bytes.Count(data[:off], []byte("\n"))
		col := off - bytes.LastIndexByte(data[:off], '\n')
		require.Equal(t, line, f.Location.Line, "offset %d", off)
		require.Equal(t, col, f.Location.Column, "offset %d", off)
	}
}

func TestColumnOnLinesLongerThanAChunk(t *testing.T) {
	// A token on one line of 2.5 chunks, and one on the next line after a
	// line break that sits in the second chunk.
	line := bytes.Repeat([]byte("a"), chunkSize*5/2)
	var b bytes.Buffer
	b.WriteString("x\n")
	b.Write(line)
	b.WriteString(" " + token(1) + "\n")
	b.Write(line[:chunkSize/2])
	b.WriteString("\n" + strings.Repeat("b", 300) + " " + token(2) + "\n")
	fs, _ := collect(t, testScanner(Options{}), Bytes("long.txt", b.Bytes()))
	require.Len(t, fs, 2)
	byFP := map[string]Location{}
	for _, f := range fs {
		byFP[f.Secret.Fingerprint()] = f.Location
	}
	l1 := byFP[detect.Fingerprint(KindRawPrivateKey, token(1))]
	assert.Equal(t, int64(2+len(line)+1), l1.Offset)
	assert.Equal(t, 2, l1.Line)
	assert.Equal(t, len(line)+2, l1.Column)
	l2 := byFP[detect.Fingerprint(KindRawPrivateKey, token(2))]
	assert.Equal(t, 4, l2.Line)
	assert.Equal(t, 302, l2.Column)
}

// TestCROnlyLines: text whose lines end with CR alone (classic Mac OS)
// is read line by line, in the head and past it, and the caller's bytes
// are not changed; a file with LF line breaks keeps its lone CRs.
func TestCROnlyLines(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("Bitcoin 2011\rpaper wallet\r" + token(1) + "\r")
	for b.Len() < 3*headSize {
		b.WriteString("some line of notes\r")
	}
	b.WriteString("\r" + token(2) + "\r")
	data := b.Bytes()
	orig := bytes.Clone(data)
	lineOf := func(i int) int {
		fs, _ := collect(t, testScanner(Options{}), Bytes("Bitcoin 2011", data))
		for _, f := range fs {
			if f.Secret.Fingerprint() == detect.Fingerprint(KindRawPrivateKey, token(i)) {
				return f.Location.Line
			}
		}
		return -1
	}
	assert.Equal(t, 3, lineOf(1))
	assert.Equal(t, bytes.Count(data[:bytes.Index(data, []byte(token(2)))], []byte("\r"))+1, lineOf(2))
	assert.Equal(t, orig, data, "the source's bytes are unchanged")

	fs, _ := collect(t, testScanner(Options{}), Bytes("mixed.txt", []byte("a\rb\n"+token(3)+"\n")))
	require.Len(t, fs, 1)
	assert.Equal(t, 2, fs[0].Location.Line)
}

// A secret that two detectors see on one line (a Solana keypair's byte
// array is also a 64-byte decoded view) is one finding: the detectors of
// the text as written report before those of its decoded views.
func TestOneFindingPerSecretAndLine(t *testing.T) {
	vals := keypairValues("one secret, two detectors")
	var rows []string
	for i := 0; i < len(vals); i += 16 {
		rows = append(rows, "    "+strings.Join(vals[i:i+16], ", ")+",\n")
	}
	fsys := fstest.MapFS{
		"payer.ts": {Data: []byte("export const payer = Keypair.fromSecretKey(\n  Uint8Array.from([\n" + strings.Join(rows, "") + "  ]),\n);\n")},
	}
	fs, _ := collect(t, New(Options{Trials: TrialsOff}), FS(fsys, ".", ""))
	require.Len(t, fs, 1)
	assert.Equal(t, "solana-keypair", fs[0].Rule)
}

// A Solana keypair that a notebook cell printed as a list, one number a
// line, is in as many JSON strings of the output's text: it is found
// through the notebook's text, on the line where the list starts.
func TestNotebookPrintedKeypair(t *testing.T) {
	seed := sha256.Sum256([]byte("a notebook's payer"))
	priv := ed25519.NewKeyFromSeed(seed[:])
	var lines []string
	for i, b := range priv {
		l := fmt.Sprintf(" %d,\\n", b)
		switch {
		case i == 0:
			l = fmt.Sprintf("[%d,\\n", b)
		case i == len(priv)-1:
			l = fmt.Sprintf(" %d]", b)
		}
		lines = append(lines, `       "`+l+`"`)
	}
	head := "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 3,\n   \"metadata\": {},\n   \"outputs\": [\n    {\n     \"data\": {\n      \"text/plain\": [\n"
	nb := head + strings.Join(lines, ",\n") + "\n      ]\n     },\n     \"execution_count\": 3,\n     \"metadata\": {},\n     \"output_type\": \"execute_result\"\n    }\n   ],\n   \"source\": [\n    \"list(bytes(payer))\"\n   ]\n  }\n ],\n \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n"
	fs, _ := collect(t, New(Options{Trials: TrialsOff}), FS(fstest.MapFS{"airdrop.ipynb": {Data: []byte(nb)}}, ".", ""))
	require.Len(t, fs, 1)
	assert.Equal(t, "solana-keypair", fs[0].Rule)
	assert.Equal(t, "notebook", fs[0].Encoding)
	assert.Equal(t, strings.Count(head, "\n")+1, fs[0].Location.Line)
}

// A Solana keypair's id.json pasted pretty-printed into a note that a
// JSON file keeps, its line breaks escaped in the string ("[\n  12,\n
// …"), is found (corpus 233: a web notes app's offline cache).
func TestKeypairInJSONString(t *testing.T) {
	vals := keypairValues("a note's pasted keypair")
	note := `{"title": "id.json backup", "content": "my solana keypair:\n[\n  ` + strings.Join(vals, `,\n  `) + `\n]"}` + "\n"
	fs, _ := collect(t, New(Options{Trials: TrialsOff}), FS(fstest.MapFS{"notes/cache.json": {Data: []byte(note)}}, ".", ""))
	require.Len(t, fs, 1)
	assert.Equal(t, "solana-keypair", fs[0].Rule)
}

// keypairValues returns the 64 byte values, in decimal, of the Solana
// keypair (an Ed25519 seed and its public key) whose seed is the SHA-256
// of name: a test's keypair, never a wallet's.
func keypairValues(name string) []string {
	seed := sha256.Sum256([]byte(name))
	priv := ed25519.NewKeyFromSeed(seed[:])
	vals := make([]string, len(priv))
	for i, b := range priv {
		vals[i] = fmt.Sprint(b)
	}
	return vals
}
