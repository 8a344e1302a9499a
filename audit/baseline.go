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
	"sort"
	"strings"
)

// Baseline is a set of known findings, by fingerprint. A scan with a
// baseline reports only findings that are not in it; the others are
// counted in Summary.Baselined.
type Baseline struct {
	entries map[string]BaselineEntry
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
	b := &Baseline{entries: map[string]BaselineEntry{}}
	for _, f := range fs {
		b.entries[f.Secret.Fingerprint()] = BaselineEntry{Fingerprint: f.Secret.Fingerprint(), Rule: f.Rule, Path: f.Location.Path}
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
	b := &Baseline{entries: map[string]BaselineEntry{}}
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
			b.entries[e.Fingerprint] = e
		} else if json.Unmarshal(raw, &rep) == nil && rep.Secret.Fingerprint != "" {
			b.entries[rep.Secret.Fingerprint] = BaselineEntry{Fingerprint: rep.Secret.Fingerprint, Rule: rep.Rule, Path: rep.Location.Path}
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

// Contains reports whether a fingerprint is in the baseline.
func (b *Baseline) Contains(fingerprint string) bool {
	if b == nil {
		return false
	}
	_, ok := b.entries[fingerprint]
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
	sort.Slice(es, func(i, j int) bool { return es[i].Fingerprint < es[j].Fingerprint })
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
func allowed(list []string, f *Finding) bool {
	p := filepath.ToSlash(f.Location.Path)
	for _, a := range list {
		if a == f.Secret.Fingerprint() {
			return true
		}
		if strings.HasSuffix(a, "/") && (strings.HasPrefix(p, a) || strings.Contains(p, "/"+a)) {
			return true
		}
		if ok, _ := path.Match(a, p); ok {
			return true
		}
		if ok, _ := path.Match(a, path.Base(p)); ok {
			return true
		}
		parts := strings.Split(p, "/")
		for i := 1; i < len(parts); i++ {
			if ok, _ := path.Match(a, strings.Join(parts[i:], "/")); ok {
				return true
			}
		}
	}
	return false
}

// IgnoreMarker, in a comment on the line of a secret or the line before,
// suppresses its finding ("walletaudit:ignore" optionally followed by a
// reason). Suppressed findings are counted in Summary.Ignored.
const IgnoreMarker = "walletaudit:ignore"

// ignoredAt reports whether the line holding offset off, or the line
// before it, carries the ignore marker.
func ignoredAt(data []byte, off int) bool {
	if off > len(data) {
		return false
	}
	ls := bytes.LastIndexByte(data[:off], '\n') + 1
	le := bytes.IndexByte(data[off:], '\n')
	if le < 0 {
		le = len(data)
	} else {
		le += off
	}
	if bytes.Contains(data[ls:le], []byte(IgnoreMarker)) {
		return true
	}
	if ls == 0 {
		return false
	}
	ps := bytes.LastIndexByte(data[:ls-1], '\n') + 1
	return bytes.Contains(data[ps:ls-1], []byte(IgnoreMarker))
}
