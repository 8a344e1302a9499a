package audit

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// Baseline is a set of known findings. A scan with a baseline reports
// only findings that are not in it; the others are counted in
// Summary.Baselined. A finding is in the baseline when an entry has its
// fingerprint and its path (an entry without a path matches any path;
// paths match when one ends with the other at a "/", so a baseline
// written by a scan of "." serves a scan of the repository's absolute
// path), so that a known secret copied into a new file is reported. See
// FingerprintOnly to match by fingerprint alone.
type Baseline struct {
	entries map[string]BaselineEntry
	// paths holds, by fingerprint, the paths of the entries.
	paths           map[string][]string
	fingerprintOnly bool
}

// FingerprintOnly returns a copy of b that matches findings by
// fingerprint alone, wherever they are.
func (b *Baseline) FingerprintOnly() *Baseline {
	if b == nil {
		return nil
	}
	c := *b
	c.fingerprintOnly = true
	return &c
}

// add records an entry.
func (b *Baseline) add(e BaselineEntry) {
	if b.entries == nil {
		b.entries, b.paths = map[string]BaselineEntry{}, map[string][]string{}
	}
	e.Path = filepath.ToSlash(e.Path)
	b.entries[e.Fingerprint+"\x00"+e.Path] = e
	b.paths[e.Fingerprint] = append(b.paths[e.Fingerprint], e.Path)
}

// Matches reports whether a finding is in the baseline: its fingerprint
// and (unless FingerprintOnly) its path.
func (b *Baseline) Matches(f *Finding) bool {
	if b == nil {
		return false
	}
	ps, ok := b.paths[f.Secret.Fingerprint()]
	if !ok || b.fingerprintOnly {
		return ok
	}
	p := filepath.ToSlash(f.Location.Path)
	for _, bp := range ps {
		if bp == "" || samePath(bp, p) {
			return true
		}
	}
	return false
}

// samePath reports whether two slash paths name the same file, one
// possibly relative to a directory the other names ("./a/b", "/r/a/b").
func samePath(a, b string) bool {
	a, b = path.Clean(a), path.Clean(b)
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return !strings.HasPrefix(a, "../") && strings.HasSuffix(b, "/"+a)
}

// BaselineEntry is one accepted finding.
type BaselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule,omitempty"`
	Path        string `json:"path,omitempty"`
	Reason      string `json:"reason,omitempty"`
}

// baselineFile is the file format: {"version": "1", "findings": [...]}.
// A JSON report of a previous scan is accepted too (its findings carry
// secret.fingerprint).
type baselineFile struct {
	Version  string            `json:"version"`
	Findings []json.RawMessage `json:"findings"`
}

// NewBaseline returns a baseline of the given findings.
func NewBaseline(fs []Finding) *Baseline {
	b := &Baseline{entries: map[string]BaselineEntry{}, paths: map[string][]string{}}
	for _, f := range fs {
		b.add(BaselineEntry{Fingerprint: f.Secret.Fingerprint(), Rule: f.Rule, Path: f.Location.Path})
	}
	return b
}

// ReadBaseline reads a baseline file or a previous JSON report. Its errors
// say where in the input the problem is (a byte offset, an entry number);
// ReadBaselineFile adds the file's name.
func ReadBaseline(r io.Reader) (*Baseline, error) {
	b, err := readBaseline(r)
	if err != nil {
		return nil, fmt.Errorf("audit: reading baseline: %w", err)
	}
	return b, nil
}

func readBaseline(r io.Reader) (*Baseline, error) {
	var f baselineFile
	if err := json.NewDecoder(io.LimitReader(r, 256<<20)).Decode(&f); err != nil {
		var syn *json.SyntaxError
		var typ *json.UnmarshalTypeError
		switch {
		case errors.As(err, &syn):
			return nil, fmt.Errorf("not JSON at byte %d: %w", syn.Offset, err)
		case errors.As(err, &typ):
			return nil, fmt.Errorf("not a baseline or JSON report (byte %d): %w", typ.Offset, err)
		case errors.Is(err, io.EOF):
			return nil, errors.New("empty input")
		case errors.Is(err, io.ErrUnexpectedEOF):
			return nil, errors.New("not JSON: the input ends too early")
		}
		return nil, err
	}
	b := &Baseline{entries: map[string]BaselineEntry{}, paths: map[string][]string{}}
	for i, raw := range f.Findings {
		var e BaselineEntry
		var rep struct {
			Rule     string `json:"rule"`
			Location struct {
				Path string `json:"path"`
			} `json:"location"`
			Secret struct {
				Fingerprint string `json:"fingerprint"`
			} `json:"secret"`
		}
		if json.Unmarshal(raw, &e) == nil && e.Fingerprint != "" {
			b.add(e)
		} else if json.Unmarshal(raw, &rep) == nil && rep.Secret.Fingerprint != "" {
			b.add(BaselineEntry{Fingerprint: rep.Secret.Fingerprint, Rule: rep.Rule, Path: rep.Location.Path})
		} else {
			return nil, fmt.Errorf("entry %d of findings has no fingerprint", i+1)
		}
	}
	return b, nil
}

// ReadBaselineFile reads the baseline in the named file; its errors name
// the file.
func ReadBaselineFile(name string) (*Baseline, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("audit: reading baseline: %w", err) // *PathError names the file
	}
	defer f.Close()
	b, err := readBaseline(f)
	if err != nil {
		return nil, fmt.Errorf("audit: reading baseline %s: %w", name, err)
	}
	return b, nil
}

// Contains reports whether a fingerprint is in the baseline, at any path.
func (b *Baseline) Contains(fingerprint string) bool {
	if b == nil {
		return false
	}
	_, ok := b.paths[fingerprint]
	return ok
}

// Len returns the number of entries.
func (b *Baseline) Len() int {
	if b == nil {
		return 0
	}
	return len(b.entries)
}

// Write writes the baseline file, entries sorted by fingerprint. It holds
// fingerprints, rules and paths: no secret.
func (b *Baseline) Write(w io.Writer) error {
	var es []BaselineEntry
	for _, e := range b.entries {
		es = append(es, e)
	}
	sort.Slice(es, func(i, j int) bool {
		if es[i].Fingerprint != es[j].Fingerprint {
			return es[i].Fingerprint < es[j].Fingerprint
		}
		return es[i].Path < es[j].Path
	})
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(struct {
		Version  string          `json:"version"`
		Findings []BaselineEntry `json:"findings"`
	}{"1", es})
}

// allowed reports whether an allowlist entry matches a finding: a
// fingerprint, or a path glob matched against the whole path, its base
// name, or any trailing part of it ("testdata/*" matches "a/testdata/x").
// Globs are those of path.Match, one path segment at a time, where a
// segment "**" matches any number of segments, none included
// ("**/fixtures/**" matches "a/fixtures/b/c.json" and "fixtures/x").
func allowed(list []string, f *Finding) bool {
	p := filepath.ToSlash(f.Location.Path)
	for _, a := range list {
		if a == f.Secret.Fingerprint() {
			return true
		}
		if strings.HasSuffix(a, "/") && (strings.HasPrefix(p, a) || strings.Contains(p, "/"+a)) {
			return true
		}
		if MatchGlob(a, p) || MatchGlob(a, path.Base(p)) {
			return true
		}
		parts := strings.Split(p, "/")
		for i := 1; i < len(parts); i++ {
			if MatchGlob(a, strings.Join(parts[i:], "/")) {
				return true
			}
		}
	}
	return false
}

// MatchGlob reports whether a slash-separated path matches pattern: each
// segment as path.Match matches it, where a segment "**" matches any
// number of segments (none included). A malformed pattern matches
// nothing.
func MatchGlob(pattern, name string) bool {
	pat, segs := strings.Split(pattern, "/"), strings.Split(name, "/")
	// ok[i][j]: pat[i:] matches segs[j:]; filled from the end, so any
	// number of "**" costs O(len(pat) × len(segs)) steps.
	ok := make([][]bool, len(pat)+1)
	for i := range ok {
		ok[i] = make([]bool, len(segs)+1)
	}
	ok[len(pat)][len(segs)] = true
	for i := len(pat) - 1; i >= 0; i-- {
		for j := len(segs); j >= 0; j-- {
			if pat[i] == "**" {
				ok[i][j] = ok[i+1][j] || (j < len(segs) && ok[i][j+1])
				continue
			}
			if j < len(segs) {
				m, err := path.Match(pat[i], segs[j])
				ok[i][j] = err == nil && m && ok[i+1][j+1]
			}
		}
	}
	return ok[0][0]
}

// IgnoreMarker, in a comment on the line of a secret or the line before,
// suppresses its finding ("walletaudit:ignore" optionally followed by a
// reason). Suppressed findings are counted in Summary.Ignored.
const IgnoreMarker = "walletaudit:ignore"

// ignoreIndex answers, for the findings of one chunk, whether the line
// holding a finding's offset, or the line before it, carries the ignore
// marker. The chunk is searched for the marker once; only when it holds
// one are its line breaks listed, and each finding then costs two binary
// searches, however long its line (minified code with thousands of
// findings on one line read the line twice for each of them).
type ignoreIndex struct {
	data     []byte
	markers  []int // offsets of the marker in data
	newlines []int // offsets of the line breaks in data, when markers are
}

func newIgnoreIndex(data []byte) *ignoreIndex {
	ix := &ignoreIndex{data: data}
	for off := 0; ; {
		k := bytes.Index(data[off:], []byte(IgnoreMarker))
		if k < 0 {
			break
		}
		ix.markers = append(ix.markers, off+k)
		off += k + 1
	}
	if len(ix.markers) > 0 {
		for off := 0; ; {
			k := bytes.IndexByte(data[off:], '\n')
			if k < 0 {
				break
			}
			ix.newlines = append(ix.newlines, off+k)
			off += k + 1
		}
	}
	return ix
}

// ignored reports whether the line holding offset off, or the line
// before it, carries the marker. A marker holds no line break, so one
// that starts on either line lies within it.
func (ix *ignoreIndex) ignored(off int) bool {
	if len(ix.markers) == 0 || off > len(ix.data) {
		return false
	}
	// The line break ending off's line (or the end of the data), and the
	// start of the line before (the start of the data on the first line).
	i, _ := slices.BinarySearch(ix.newlines, off)
	end := len(ix.data)
	if i < len(ix.newlines) {
		end = ix.newlines[i]
	}
	start := 0
	if i >= 2 {
		start = ix.newlines[i-2] + 1
	}
	j, _ := slices.BinarySearch(ix.markers, start)
	return j < len(ix.markers) && ix.markers[j] < end
}
