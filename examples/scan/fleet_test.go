package main

import (
	"archive/zip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/mnemonic"
)

// fleetTree is a generated tree: a demo tree with fresh secrets, one
// phrase copied into many files (so its spread crosses shards), a zip
// archive holding a phrase, and filler.
func fleetTree(t *testing.T) string {
	dir, _ := plantedTree(t)
	p, err := mnemonic.FromEntropy([]byte("fleet-test-phras"), mnemonic.English)
	require.NoError(t, err)
	for i := range 8 {
		f := filepath.Join(dir, fmt.Sprintf("team%d", i%3), fmt.Sprintf("notes-%d.txt", i))
		require.NoError(t, os.MkdirAll(filepath.Dir(f), 0o700))
		require.NoError(t, os.WriteFile(f, []byte("backup: "+p.Reveal()+"\n"), 0o600))
	}
	for i := range 60 {
		f := filepath.Join(dir, "filler", fmt.Sprintf("d%d", i%7), fmt.Sprintf("f%d.txt", i))
		require.NoError(t, os.MkdirAll(filepath.Dir(f), 0o700))
		require.NoError(t, os.WriteFile(f, []byte(strings.Repeat("nothing to see here\n", i+1)), 0o600))
	}
	z, err := mnemonic.FromEntropy([]byte("fleet-zip-member"), mnemonic.English)
	require.NoError(t, err)
	zf, err := os.Create(filepath.Join(dir, "filler", "old-backup.zip"))
	require.NoError(t, err)
	zw := zip.NewWriter(zf)
	for _, name := range []string{"a/seed.txt", "b/readme.txt"} {
		w, err := zw.Create(name)
		require.NoError(t, err)
		_, err = w.Write([]byte("words: " + z.Reveal() + "\n"))
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	require.NoError(t, zf.Close())
	return dir
}

// canon is a report reduced to what sharding must not change.
type canon struct {
	Findings []string
	Summary  struct {
		FilesScanned int64          `json:"files_scanned"`
		BytesScanned int64          `json:"bytes_scanned"`
		Findings     int            `json:"findings"`
		BySeverity   map[string]int `json:"by_severity"`
		SkippedTotal int64          `json:"skipped_total"`
		ErrorsTotal  int64          `json:"errors_total"`
	}
}

func readCanon(t *testing.T, file string) canon {
	t.Helper()
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	var raw struct {
		Findings []struct {
			Location struct {
				Path         string
				Line, Column int
			} `json:"location"`
			Rule        string                       `json:"rule"`
			Severity    string                       `json:"severity"`
			Score       float64                      `json:"score"`
			Secret      struct{ Fingerprint string } `json:"secret"`
			AttackPaths []struct{ ID string }        `json:"attack_paths"`
			Details     map[string]string            `json:"details"`
		} `json:"findings"`
	}
	require.NoError(t, json.Unmarshal(data, &raw))
	var c canon
	require.NoError(t, json.Unmarshal(data, &struct {
		Summary any `json:"summary"`
	}{&c.Summary}))
	for _, f := range raw.Findings {
		var ids []string
		for _, p := range f.AttackPaths {
			ids = append(ids, p.ID)
		}
		d, _ := json.Marshal(f.Details)
		c.Findings = append(c.Findings, fmt.Sprintf("%s:%d:%d %s %s %s %.1f %v %s", f.Location.Path, f.Location.Line, f.Location.Column,
			f.Rule, f.Secret.Fingerprint, f.Severity, f.Score, ids, d))
	}
	slices.Sort(c.Findings)
	return c
}

// TestShardsMergeToOneScan: n shards of a tree, merged, equal one scan of
// it, on the committed demo tree and on a generated one. Password trials
// are off: their outcome depends on time, not on sharding.
func TestShardsMergeToOneScan(t *testing.T) {
	for name, root := range map[string]string{"demo": filepath.Join("..", "..", "testdata", "demo"), "generated": fleetTree(t)} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			single := filepath.Join(dir, "single.json")
			code, _, errs := scan(t, "-format", "json", "-trials", "off", "-o", single, root)
			require.Equal(t, 1, code, errs)
			want := readCanon(t, single)
			require.NotEmpty(t, want.Findings)
			require.Positive(t, want.Summary.FilesScanned)
			t.Logf("%s: %d findings, %+v, spread: %d", name, len(want.Findings), want.Summary, strings.Count(strings.Join(want.Findings, "\n"), "occurrences"))
			for _, n := range []int{2, 3, 5} {
				args := []string{"merge", "-format", "json", "-o", filepath.Join(dir, fmt.Sprintf("merged-%d.json", n))}
				nonEmpty := 0
				for i := range n {
					shard := filepath.Join(dir, fmt.Sprintf("shard-%d-of-%d.json", i, n))
					format := "json"
					if i%2 == 1 {
						format, shard = "jsonl", strings.TrimSuffix(shard, ".json")+".jsonl"
					}
					code, _, errs := scan(t, "-format", format, "-trials", "off", "-shard", fmt.Sprintf("%d/%d", i, n), "-o", shard, root)
					require.Contains(t, []int{0, 1}, code, errs)
					if code == 1 {
						nonEmpty++
					}
					args = append(args, name+"="+shard)
				}
				assert.Greater(t, nonEmpty, 1, "findings spread over several shards")
				code, _, errs := scan(t, args...)
				require.Equal(t, 1, code, errs)
				got := readCanon(t, filepath.Join(dir, fmt.Sprintf("merged-%d.json", n)))
				assert.Equal(t, want.Findings, got.Findings, "%d shards", n)
				assert.Equal(t, want.Summary, got.Summary, "%d shards", n)
			}
		})
	}
}

// TestMergeFleetView: reports of several hosts merge into host-audit's
// report with the fleet view; the same host twice is one host.
func TestMergeFleetView(t *testing.T) {
	root, _ := plantedTree(t)
	dir := t.TempDir()
	a := filepath.Join(dir, "web1.json")
	code, _, errs := scan(t, "-format", "json", "-trials", "off", "-o", a, root)
	require.Equal(t, 1, code, errs)
	b := filepath.Join(dir, "db1.json")
	code, _, errs = scan(t, "-format", "json", "-trials", "off", "-o", b, filepath.Join(root, "notes"))
	require.Equal(t, 1, code, errs)
	for _, format := range []string{"html", "md"} {
		code, out, errs := scan(t, "merge", "-format", format, a, b, a)
		require.Equal(t, 1, code, errs)
		assert.Contains(t, out, "Wallet secret audit of a fleet: 2 hosts", format)
		assert.Contains(t, out, "Fleet", format)
		assert.Contains(t, out, "web1", format)
		assert.Contains(t, out, "db1", format)
		assert.Contains(t, out, "Executive summary", format)
	}
	// -host labels unlabelled reports: a and b as shards of one host.
	code, out, errs := scan(t, "merge", "-host", "one", a, b)
	require.Equal(t, 1, code, errs)
	assert.NotContains(t, out, `"host":`)
	code, out, errs = scan(t, "merge", a, b)
	require.Equal(t, 1, code, errs)
	assert.Contains(t, out, `"host": "db1"`)
	wa, wb := readCanon(t, a), readCanon(t, b)
	var m struct {
		Findings []json.RawMessage `json:"findings"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &m))
	assert.Len(t, m.Findings, len(wa.Findings)+len(wb.Findings), "per host, nothing merged away")

	// Bad input is an error, not a crash.
	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte("{\"findings\": [\n"), 0o600))
	code, _, errs = scan(t, "merge", bad)
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "bad.json")
	code, _, _ = scan(t, "-shard", "3/3", root)
	assert.Equal(t, 2, code)
}

func TestParseShard(t *testing.T) {
	for _, tc := range []struct {
		in   string
		i, n int
		ok   bool
	}{
		{"", 0, 1, true}, {"0/1", 0, 1, true}, {"2/4", 2, 4, true}, {" 1 / 3 ", 1, 3, true},
		{"4/4", 0, 0, false}, {"-1/4", 0, 0, false}, {"1", 0, 0, false}, {"a/b", 0, 0, false}, {"0/0", 0, 0, false},
	} {
		i, n, err := parseShard(tc.in)
		if !tc.ok {
			assert.Error(t, err, tc.in)
			continue
		}
		require.NoError(t, err, tc.in)
		assert.Equal(t, []int{tc.i, tc.n}, []int{i, n}, tc.in)
	}
}
