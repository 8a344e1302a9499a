package audit

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/internal/corpus"
	"github.com/walletaudit/walletaudit/internal/eth"
	"github.com/walletaudit/walletaudit/internal/hint"
)

// kwDetector is a detector with given keywords that finds nothing.
type kwDetector struct {
	id  string
	kws []string
}

func (d kwDetector) ID() string                               { return d.id }
func (d kwDetector) Keywords() []string                       { return d.kws }
func (kwDetector) Detect(context.Context, *Chunk) []Candidate { return nil }

// naiveHits is what the prefilter must compute: a detector runs when it
// has no keywords or one of them occurs, ASCII case-insensitively.
func naiveHits(dets []Detector, data []byte) []bool {
	// ASCII letters folded, other bytes as they are: what the prefilter
	// promises.
	lowBytes := make([]byte, len(data))
	for i, c := range data {
		lowBytes[i] = fold[c]
	}
	low := string(lowBytes)
	out := make([]bool, len(dets))
	for i, d := range dets {
		if d.Keywords() == nil {
			out[i] = true
		}
		for _, k := range d.Keywords() {
			if k == "" || strings.Contains(low, lowerASCII(k)) {
				out[i] = true
			}
		}
	}
	return out
}

func TestPrefilterAgreesWithSearch(t *testing.T) {
	many := make([]string, maxBigramPatterns+6)
	for i := range many {
		many[i] = fmt.Sprintf("kw%02d", i)
	}
	sets := map[string][]Detector{
		"built-in":              DefaultDetectors(),
		"two-byte and brackets": {kwDetector{"a", []string{"pk", "[0", "[ "}}, kwDetector{"b", []string{"SECRET", "Key"}}, kwDetector{"c", nil}},
		"other scripts":         {kwDetector{"a", []string{"ключ", "秘密鍵", "klíč"}}, kwDetector{"b", []string{"key"}}},
		"one-byte (automaton)":  {kwDetector{"a", []string{"x", "yz"}}, kwDetector{"b", []string{"seed"}}},
		"over the bigram filter's patterns (automaton)": {kwDetector{"a", many}, kwDetector{"b", []string{"wallet"}}},
	}
	rng := rand.New(rand.NewPCG(7, 7))
	alphabet := []byte("aeiksprtdcymnlw[0 KEYSECRTP-\n")
	for name, dets := range sets {
		t.Run(name, func(t *testing.T) {
			p := newPrefilter(keywordsOf(dets))
			assert.Equal(t, name == "built-in" || name == "two-byte and brackets" || name == "other scripts", p.matcher == nil, "bigram filter used")
			hits := make([]bool, len(dets))
			var kws []string
			for _, d := range dets {
				kws = append(kws, d.Keywords()...)
			}
			for round := range 3000 {
				data := make([]byte, rng.IntN(200))
				for i := range data {
					data[i] = alphabet[rng.IntN(len(alphabet))]
				}
				if len(kws) > 0 && round%2 == 0 {
					// A keyword, whole or cut short, in any case, at
					// the start, the end or anywhere: its anchor may
					// be any of its bigrams.
					k := []byte(kws[rng.IntN(len(kws))])
					k = k[:len(k)-rng.IntN(2)]
					for i, c := range k {
						if rng.IntN(2) == 0 {
							k[i] = byte(unicode.ToUpper(rune(c)))
						}
					}
					at := []int{0, len(data), rng.IntN(len(data) + 1)}[rng.IntN(3)]
					data = append(data[:at], append(k, data[at:]...)...)
				}
				p.match(data, hits)
				require.Equal(t, naiveHits(dets, data), hits, "%q", data)
			}
			for _, text := range []string{"", "k", "const PRIVATE_KEY = 1", "kw69 and WALLET", "[\n1, 2]"} {
				p.match([]byte(text), hits)
				assert.Equal(t, naiveHits(dets, []byte(text)), hits, "%q", text)
			}
		})
	}
}

func BenchmarkPrefilter(b *testing.B) {
	dir := b.TempDir()
	_, err := corpus.Generate(dir, 16<<20, 1)
	require.NoError(b, err)
	var data []byte
	require.NoError(b, filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			x, err := os.ReadFile(p)
			data = append(data, x...)
			return err
		}
		return err
	}))
	p := newPrefilter(keywordsOf(DefaultDetectors()))
	hits := make([]bool, len(DefaultDetectors()))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		for off := 0; off < len(data); off += chunkSize {
			p.match(data[off:min(off+chunkSize, len(data))], hits)
		}
	}
}

// hintProbe is a detector that reads hints and checks, on every chunk and
// view it is given, that the engine's hint says what a search of the
// data says.
type hintProbe struct {
	t     *testing.T
	calls *atomic.Int64
	named *atomic.Int64
	keyed *atomic.Int64
}

func (hintProbe) ID() string         { return "hint-probe" }
func (hintProbe) Keywords() []string { return nil }
func (hintProbe) UsesHints()         {}
func (p hintProbe) Detect(ctx context.Context, c *Chunk) []Candidate {
	h, ok := hint.From(ctx)
	assert.True(p.t, ok, "no hints")
	want := bytes.Contains(bytes.ToLower(c.Data), []byte(hint.ElectrumWord))
	assert.Equal(p.t, want, h.Electrum, "%s %q", c.Encoding, c.Data[:min(len(c.Data), 60)])
	lower := bytes.ToLower(c.Data)
	key := slices.ContainsFunc(hint.KeyWords(), func(w string) bool { return bytes.Contains(lower, []byte(w)) })
	assert.Equal(p.t, key, h.Key, "%s %q", c.Encoding, c.Data[:min(len(c.Data), 60)])
	assert.Equal(p.t, bytes.Contains(lower, []byte(hint.BrainWord)), h.Brain)
	call := slices.ContainsFunc(hint.HashCallEnds(), func(w string) bool { return bytes.Contains(lower, []byte(w)) })
	assert.Equal(p.t, call, h.HashCall)
	p.calls.Add(1)
	if want {
		p.named.Add(1)
	}
	if key {
		p.keyed.Add(1)
	}
	return nil
}

// TestHintsMatchTheData: the hint the engine passes with each chunk and
// each decoded view is what a search of that data finds, the word cut by
// a chunk's edge and named only before a base64 blob (its context, not
// its data) included; a scanner whose detectors read no hints does not
// look for the hint words.
func TestHintsMatchTheData(t *testing.T) {
	rng := rand.New(rand.NewPCG(31, 31))
	pieces := []string{"Electrum ", "ELECTRUM", "lectru", "m ", "spectrum ", "text ", "\n", "Private ", "SEED ", "0x1f ", "Brainpool ", "sha256(", "KECCAK("}
	var b bytes.Buffer
	for b.Len() < 3*chunkSize {
		switch rng.IntN(41) {
		case 0:
			b.WriteString("electrum_backup = \"" + base64.StdEncoding.EncodeToString([]byte("a long note that does not say it, "+strings.Repeat("x", 30))) + "\"\n")
		case 1:
			b.WriteString("blob = \"" + base64.StdEncoding.EncodeToString([]byte("my Electrum app, "+strings.Repeat("y", 30))) + "\"\n")
		case 2:
			b.WriteString("blob = \"" + base64.StdEncoding.EncodeToString([]byte("my private brainpool note, "+strings.Repeat("w", 30))) + "\"\n")
		case 3:
			b.WriteString(strings.Repeat("z", rng.IntN(chunkSize/4)))
		default:
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
	}
	var calls, named, keyed atomic.Int64
	s := New(Options{Detectors: []Detector{hintProbe{t: t, calls: &calls, named: &named, keyed: &keyed}}, FileDetectors: []FileDetector{}, DecodeDepth: 2})
	_, err := s.Run(context.Background(), func(Finding) error { return nil }, Bytes("notes.txt", b.Bytes()))
	require.NoError(t, err)
	assert.Greater(t, calls.Load(), int64(10), "chunks and views")
	assert.Greater(t, named.Load(), int64(2))
	assert.Less(t, named.Load(), calls.Load())
	assert.Greater(t, keyed.Load(), int64(2))
	assert.Less(t, keyed.Load(), calls.Load())

	plain := testScanner(Options{})
	assert.Equal(t, -1, plain.hintAt)
	assert.Equal(t, len(plain.detectors), plain.pre.size())
}

// TestBareAccountRowReachesHexDetector: a file with an address and its
// key and no key word anywhere passes the prefilter (its "0x") and is
// reported, the address derived from the key.
func TestBareAccountRowReachesHexDetector(t *testing.T) {
	sum := sha256.Sum256([]byte("a key of no test vector"))
	key := sum[:]
	addr := eth.Address(key)
	text := fmt.Sprintf("%s,0x%x\n", addr, key)
	fs, _ := collect(t, New(Options{}), Bytes("export.csv", []byte(text)))
	require.Len(t, fs, 1)
	assert.Equal(t, "hex-private-key", fs[0].Rule)
	assert.Equal(t, addr, fs[0].Secret.Address())
}

// TestScannerPrefilterBigrams: a default scanner's prefilter, its
// detectors' keywords and the hint words together, fits the bigram
// filter; past it, the automaton reads a third as fast (a keyword added
// in the thirteenth session pushed it over and slowed GOROOT/src's scan
// by a third).
func TestScannerPrefilterBigrams(t *testing.T) {
	s := New(Options{})
	assert.Nil(t, s.pre.matcher, "automaton used: %d patterns", len(s.pre.byPat))
	assert.LessOrEqual(t, len(s.pre.byPat), maxBigramPatterns-16, "room for a few more keywords")
}

// TestCapitalLabelsBeyondASCII: labels whose capitals the prefilter does
// not fold (Cyrillic and Czech, "ПРИВАТНЫЙ КЛЮЧ:", "SOUKROMÝ KLÍČ:";
// corpus 309) are key words as written, so the hex detector reads the key
// after them; every key word's ASCII letters are lower case, as the
// detectors' search of them needs.
func TestCapitalLabelsBeyondASCII(t *testing.T) {
	for i, label := range []string{"ПРИВАТНЫЙ КЛЮЧ: ", "Ключ: ", "SOUKROMÝ KLÍČ: "} {
		sum := sha256.Sum256(fmt.Appendf(nil, "capital label %d", i))
		fs, _ := collect(t, New(Options{}), Bytes("poznamky.txt", fmt.Appendf(nil, "%s%x\n", label, sum[:])))
		assert.Len(t, fs, 1, label)
	}
	for _, w := range hint.KeyWords() {
		for _, c := range []byte(w) {
			assert.False(t, c >= 'A' && c <= 'Z', "%q", w)
		}
	}
}
