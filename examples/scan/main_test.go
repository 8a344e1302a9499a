package main

import (
	"archive/zip"
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/internal/demo"
)

// scan runs the command in-process and returns its exit code and output.
func scan(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func plantedTree(t *testing.T) (string, *demo.Tree) {
	t.Helper()
	tree, err := demo.Generate(demo.Seed + 1) // not the committed tree: fresh secrets
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, tree.Write(dir))
	return dir, tree
}

func TestUsageErrors(t *testing.T) {
	code, _, _ := scan(t, "-format", "yaml", ".")
	assert.Equal(t, 2, code)
	code, _, _ = scan(t, "-min-severity", "severe", ".")
	assert.Equal(t, 2, code)
	code, _, _ = scan(t, "-format", "json", filepath.Join(t.TempDir(), "missing"))
	assert.Equal(t, 2, code)
	code, _, _ = scan(t, "-nope")
	assert.Equal(t, 2, code)
}

func TestCleanTreeExitsZero(t *testing.T) {
	code, out, _ := scan(t, "-format", "json", t.TempDir())
	assert.Equal(t, 0, code)
	var doc struct {
		Version  string            `json:"version"`
		Findings []json.RawMessage `json:"findings"`
		Summary  map[string]any    `json:"summary"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	assert.Equal(t, "1", doc.Version)
	assert.Empty(t, doc.Findings)
	assert.Contains(t, doc.Summary, "files_scanned")
}

type jsonFinding struct {
	Rule     string `json:"rule"`
	Kind     string `json:"kind"`
	Severity string `json:"severity"`
	Public   bool   `json:"public"`
	Location struct {
		Path string `json:"path"`
		Line int    `json:"line"`
	} `json:"location"`
	Secret struct {
		Redacted    string `json:"redacted"`
		Fingerprint string `json:"fingerprint"`
		Value       string `json:"value"`
	} `json:"secret"`
}

// TestDemoFindings checks the planted tree end to end: every planted
// secret is reported at its line with its kind, and no look-alike is.
func TestDemoFindings(t *testing.T) {
	dir, tree := plantedTree(t)
	code, out, stderr := scan(t, "-format", "json", dir)
	require.Equal(t, 1, code, stderr)
	var doc struct{ Findings []jsonFinding }
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	at := map[string][]jsonFinding{}
	for _, f := range doc.Findings {
		rel, err := filepath.Rel(dir, f.Location.Path)
		require.NoError(t, err)
		key := filepath.ToSlash(rel) + ":" + strconv.Itoa(f.Location.Line)
		at[key] = append(at[key], f)
		assert.NotEmpty(t, f.Secret.Fingerprint)
		assert.Empty(t, f.Secret.Value)
	}
	for _, p := range tree.Plants {
		key := p.Path + ":" + strconv.Itoa(p.Line)
		if p.Negative {
			assert.Empty(t, at[key], "look-alike reported: %s (%s)", key, p.Note)
			continue
		}
		found := false
		for _, f := range at[key] {
			if f.Kind == p.Kind {
				found = true
				assert.Equal(t, p.Public, f.Public, "%s: public", key)
				if p.Public {
					assert.Equal(t, "info", f.Severity, "%s", key)
				}
			}
		}
		assert.True(t, found, "not found: %s %s (%s)", key, p.Kind, p.Note)
	}
}

// TestNoSecretInAnyOutput scans planted secrets in every format and checks
// that no output holds a planted value, the words of a planted phrase in
// order, or its entropy in hex.
func TestNoSecretInAnyOutput(t *testing.T) {
	dir, tree := plantedTree(t)
	for _, format := range []string{"text", "json", "jsonl", "sarif"} {
		t.Run(format, func(t *testing.T) {
			_, out, stderr := scan(t, "-format", format, dir)
			require.NotEmpty(t, out)
			all := out + stderr
			for _, p := range tree.Plants {
				if p.Negative || p.Public || p.Raw == "" {
					continue
				}
				assert.False(t, strings.Contains(strings.ToLower(all), strings.ToLower(p.Raw)), "%s leaks the secret planted in %s", format, p.Path)
				if len(p.Words) > 0 {
					quoted := make([]string, len(p.Words))
					for i, w := range p.Words {
						quoted[i] = regexp.QuoteMeta(w)
					}
					re := regexp.MustCompile(`(?i)` + strings.Join(quoted, `[^\p{L}]+`))
					assert.False(t, re.MatchString(all), "%s leaks the words of the phrase in %s", format, p.Path)
					assert.False(t, strings.Contains(strings.ToLower(all), hex.EncodeToString(p.Entropy)), "%s leaks the entropy of %s", format, p.Path)
				}
			}
		})
	}
}

func TestShowSecretsIsExplicit(t *testing.T) {
	dir, tree := plantedTree(t)
	_, out, _ := scan(t, "-format", "json", "-show-secrets", dir)
	var doc struct{ Findings []jsonFinding }
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	shown := 0
	for _, f := range doc.Findings {
		if f.Secret.Value != "" {
			shown++
		}
	}
	assert.Equal(t, len(doc.Findings), shown)
	_ = tree
}

func TestStdin(t *testing.T) {
	var out, errb bytes.Buffer
	code := run([]string{"-format", "jsonl", "-"}, strings.NewReader("nothing to see here\n"), &out, &errb)
	assert.Equal(t, 0, code, errb.String())
	assert.Contains(t, out.String(), `"summary"`)
}

func TestBaselineRoundTrip(t *testing.T) {
	dir, _ := plantedTree(t)
	base := filepath.Join(t.TempDir(), "baseline.json")
	// Writing a baseline is its own job: quiet, exit 0.
	code, out, errb := scan(t, "-format", "json", "-write-baseline", base, dir)
	require.Equal(t, 0, code, errb)
	assert.Empty(t, out)
	assert.Empty(t, errb)
	code, out, _ = scan(t, "-format", "json", "-baseline", base, dir)
	assert.Equal(t, 0, code, "nothing new")
	var doc struct {
		Findings []jsonFinding
		Summary  struct {
			Baselined int `json:"baselined"`
		}
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	assert.Empty(t, doc.Findings)
	assert.Positive(t, doc.Summary.Baselined)
}

func TestIgnoreComments(t *testing.T) {
	dir := t.TempDir()
	key := "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318" // a published example key (web3.js docs)
	files := map[string]string{
		"a.env":  "# walletaudit:ignore test fixture\nPRIVATE_KEY=" + key + "\n",
		"b.js":   "const privateKey = '" + key + "'; // walletaudit:ignore\n",
		"c.py":   "PRIVATE_KEY = '" + key + "'  # walletaudit:ignore reason: fixture\n",
		"d.html": "<!-- walletaudit:ignore -->\n<input value=\"" + key + "\" name=\"privateKey\">\n",
		"e.sql":  "-- walletaudit:ignore\nINSERT INTO keys (private_key) VALUES ('" + key + "');\n",
		"f.go":   "/* walletaudit:ignore */ const privateKey = \"" + key + "\"\n",
	}
	for name, text := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600))
	}
	code, out, _ := scan(t, "-format", "json", dir)
	assert.Equal(t, 0, code, out)
	var doc struct {
		Findings []jsonFinding
		Summary  struct {
			Ignored int `json:"ignored"`
		}
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	assert.Empty(t, doc.Findings)
	assert.Equal(t, len(files), doc.Summary.Ignored)
}

func TestBareKeyInKeyFile(t *testing.T) {
	dir := t.TempDir()
	key := "8da4ef21b864d2cc526dbdb2a120bd2874c36c9d0a1fb7f8c63d7f7a8b41de8f"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "private_key.txt"), []byte("0x"+key+"\n"), 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "checksum.txt"), []byte(key+"\n"), 0o600))
	code, out, _ := scan(t, "-format", "json", dir)
	assert.Equal(t, 1, code)
	var doc struct{ Findings []jsonFinding }
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	require.Len(t, doc.Findings, 1)
	assert.Equal(t, "private_key.txt", filepath.Base(doc.Findings[0].Location.Path))
}

// Rules can be disabled one by one, and -h lists them with their
// detectors.
func TestDisableRuleAndHelp(t *testing.T) {
	dir := t.TempDir()
	wif := testWIF
	xprv := "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi" // BIP-32 test vector 1
	require.NoError(t, os.WriteFile(filepath.Join(dir, "keys.txt"), []byte("wif "+wif+"\nxprv "+xprv+"\n"), 0o600))
	_, out, errb := scan(t, "-format", "json", "-disable", "wif", dir)
	assert.NotContains(t, out, `"rule": "wif"`, errb)
	assert.Contains(t, out, `"rule": "bip32-xprv"`, errb)
	code, _, help := scan(t, "-h")
	assert.Equal(t, 0, code)
	assert.Regexp(t, `wif +base58-keys +WIF private key`, help)
}

// TestArchiveBytes: -archive-bytes bounds what is read from a zip met in
// the tree; what is past the bound is a skip in the report.
func TestArchiveBytes(t *testing.T) {
	dir := t.TempDir()
	var z bytes.Buffer
	zw := zip.NewWriter(&z)
	for i := range 4 {
		w, err := zw.Create(fmt.Sprintf("part%d.txt", i))
		require.NoError(t, err)
		_, err = w.Write(bytes.Repeat([]byte("nothing to see in this line\n"), 40000)) // 1.1 MB
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	require.NoError(t, os.WriteFile(filepath.Join(dir, "backup.zip"), z.Bytes(), 0o600))

	skipped := func(args ...string) []string {
		code, out, _ := scan(t, append(args, "-format", "json", dir)...)
		require.Equal(t, 0, code, out)
		var doc struct {
			Summary struct {
				Skipped []struct{ Reason string }
			}
		}
		require.NoError(t, json.Unmarshal([]byte(out), &doc))
		var reasons []string
		for _, s := range doc.Summary.Skipped {
			reasons = append(reasons, s.Reason)
		}
		return reasons
	}
	assert.Empty(t, skipped(), "the default (1 GiB) reads it all")
	assert.Empty(t, skipped("-archive-bytes", "none"))
	assert.Equal(t, []string{"decompressed-bytes limit of the archive reached; the rest was not read"}, skipped("-archive-bytes", "2M"))
	code, _, errOut := scan(t, "-archive-bytes", "lots", dir)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "-archive-bytes")
}

// TestGitWorkTreeNote: a directory that is a git work tree gets a note on
// standard error that its history was not read, naming -git; with -git
// on the same directory, or on a tree without .git, there is none.
func TestGitWorkTreeNote(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("nothing here\n"), 0o600))
	code, _, errb := scan(t, "-format", "json", dir)
	assert.Equal(t, 0, code, errb)
	assert.NotContains(t, errb, "git")

	require.NoError(t, os.Mkdir(filepath.Join(dir, ".git"), 0o700))
	code, _, errb = scan(t, "-format", "json", dir)
	assert.Equal(t, 0, code, errb)
	assert.Contains(t, errb, "is a git repository")
	assert.Contains(t, errb, "-git "+dir)

	if _, err := exec.LookPath("git"); err == nil {
		require.NoError(t, exec.Command("git", "init", "-q", dir).Run())
		code, _, errb = scan(t, "-format", "json", "-git", dir, dir)
		assert.Equal(t, 0, code, errb)
		assert.NotContains(t, errb, "is a git repository")
	}
}
