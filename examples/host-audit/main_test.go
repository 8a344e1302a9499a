package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/internal/demo"
	"github.com/walletaudit/walletaudit/mnemonic"
)

// auditReport runs host-audit on root in format and returns the report.
func auditReport(t *testing.T, format, root string) string {
	t.Helper()
	var out, errb bytes.Buffer
	require.Equal(t, 1, run([]string{"-format", format, "-trials", "quick", root}, &out, &errb), errb.String())
	return out.String()
}

// TestFixtureHomeFacts checks each fact of the fixture home's report: the
// files counted once, world-readable only when the path lets others in,
// the guessable-password path first, crack times in words, snake_case
// protection keys, and the same numbers in JSON and Markdown.
func TestFixtureHomeFacts(t *testing.T) {
	fx := newFixtureHome(t)
	// A 0644 note inside the 0700 home: other users cannot reach it.
	p, err := mnemonic.FromEntropy([]byte("host-audit-note!"), mnemonic.English)
	require.NoError(t, err)
	note := filepath.Join(fx.home, "notes", "seed.txt")
	require.NoError(t, os.MkdirAll(filepath.Dir(note), 0o755))
	require.NoError(t, os.WriteFile(note, []byte(p.Reveal()+"\n"), 0o644))
	require.NoError(t, os.Chmod(note, 0o644))
	require.NoError(t, os.Chmod(fx.home, 0o700))

	js := auditReport(t, "json", fx.root)
	var got struct {
		Summary struct {
			FilesScanned int            `json:"files_scanned"`
			Findings     int            `json:"findings"`
			BySeverity   map[string]int `json:"by_severity"`
		} `json:"summary"`
		BySev []struct {
			Name string
			N    int
		} `json:"by_severity"`
		Findings []struct {
			Location    struct{ Path string } `json:"location"`
			Rule        string                `json:"rule"`
			AttackPaths []struct{ ID string } `json:"attack_paths"`
			Storage     struct {
				WorldReadable bool   `json:"world_readable"`
				Permissions   string `json:"permissions"`
			} `json:"storage"`
			Protection map[string]any `json:"protection"`
		} `json:"findings"`
		FirstSteps []struct{ Title string } `json:"first_steps"`
		Risk       string                   `json:"risk"`
	}
	require.NoError(t, json.Unmarshal([]byte(js), &got))

	// Six regular files, each scanned and counted once though the host,
	// history and tree sources all reach some of them.
	assert.Equal(t, 6, got.Summary.FilesScanned)
	assert.Len(t, got.Findings, 5)
	assert.Equal(t, 5, got.Summary.Findings)
	total := 0
	for _, c := range got.BySev {
		total += c.N
		assert.Equal(t, got.Summary.BySeverity[c.Name], c.N, c.Name)
	}
	assert.Equal(t, 5, total)
	paths := map[string]int{}
	for _, f := range got.Findings {
		paths[f.Location.Path]++
	}
	for p, n := range paths {
		assert.Equal(t, 1, n, "%s reported %d times", p, n)
	}

	for _, f := range got.Findings {
		ids := []string{}
		for _, p := range f.AttackPaths {
			ids = append(ids, p.ID)
		}
		switch {
		case f.Location.Path == note:
			assert.Equal(t, "0644", f.Storage.Permissions)
			assert.False(t, f.Storage.WorldReadable, "a 0644 file in a 0700 home")
			assert.NotContains(t, ids, "world-readable")
		case f.Rule == "ethereum-keystore-v3":
			require.NotEmpty(t, ids)
			assert.Equal(t, "guessable-password", ids[0], "the way in comes first")
			assert.Equal(t, true, f.Protection["weak_password"])
		}
		if f.Protection != nil {
			assert.Contains(t, f.Protection, "encrypted")
			assert.Contains(t, f.Protection, "kdf")
			assert.NotContains(t, f.Protection, "Encrypted")
			assert.NotContains(t, f.Protection, "GuessesPerSecond")
		}
	}
	require.NotEmpty(t, got.FirstSteps)
	assert.NotEmpty(t, got.Risk)

	md := auditReport(t, "md", fx.root)
	html := auditReport(t, "html", fx.root)
	for name, s := range map[string]string{"md": md, "html": html} {
		for _, want := range []string{"Executive summary", "Scope and method", "Wallets found", "Keystore opened by a commonly tried password",
			"MetaMask", "Electrum", "geth keystore", ".bash_history", "on one GPU", "the commonest passwords: seconds", "no address or balance is looked up"} {
			assert.Contains(t, s, want, name)
		}
		assert.Regexp(t, `about [0-9][0-9,.]* (years|hours|days|million years)`, s, name)
		assert.NotRegexp(t, `[0-9]e[+-][0-9]`, s, "%s: scientific notation", name)
		assert.NotContains(t, s, fx.phrase, name)
		assert.NotContains(t, s, p.Reveal(), name)
		for _, x := range fx.secrets {
			assert.NotContains(t, s, x, name)
		}
	}
	assert.Contains(t, strings.ToLower(md), "what to do:")
	assert.Contains(t, html, "What to do:")
	// The same numbers in Markdown as in JSON.
	for _, c := range got.BySev {
		assert.Contains(t, md, fmt.Sprintf("| %s | %d |", c.Name, c.N))
	}
	assert.Contains(t, md, fmt.Sprintf(": %d files, ", got.Summary.FilesScanned))
	// Charts are labelled with titles; ids only beside them.
	assert.Regexp(t, regexp.MustCompile(`<td>Keystore opened by a commonly tried password <span class="muted">\(guessable-password\)</span></td>`), html)
}

func TestHostAudit(t *testing.T) {
	root := t.TempDir()
	home := filepath.Join(root, "home", "alice")
	tree, err := demo.Generate(demo.Seed + 3)
	require.NoError(t, err)
	require.NoError(t, tree.Write(filepath.Join(home, "projects")))
	p, err := mnemonic.FromEntropy([]byte("host-audit-test!"), mnemonic.English)
	require.NoError(t, err)
	hist := "ls\necho \"" + p.Reveal() + "\" > seed.txt\n"
	require.NoError(t, os.WriteFile(filepath.Join(home, ".bash_history"), []byte(hist), 0o600))
	ext := filepath.Join(home, ".config/google-chrome/Default/Local Extension Settings/nkbihfbeogaeaoehlefnkodbefgpgknn")
	require.NoError(t, os.MkdirAll(ext, 0o700))
	require.NoError(t, os.WriteFile(filepath.Join(ext, "CURRENT"), []byte("MANIFEST-000001\n"), 0o600))

	for _, format := range []string{"html", "md", "json"} {
		s := auditReport(t, format, root)
		assert.Contains(t, s, "MetaMask", format)
		assert.Contains(t, s, ".bash_history", format)
		assert.False(t, strings.Contains(s, p.Reveal()), "%s leaks the phrase", format)
		for _, pl := range tree.Plants {
			if pl.Raw != "" && !pl.Public && !pl.Negative {
				assert.False(t, strings.Contains(s, pl.Raw), "%s leaks a planted secret", format)
			}
		}
		if format == "html" {
			assert.Contains(t, s, "<!DOCTYPE html>")
			assert.NotContains(t, s, "<script")
			assert.NotContains(t, s, "http://", "no external assets")
		}
	}
}

// TestArchiveBytes: -archive-bytes bounds what is read from an archive in
// the tree, as scan's flag of the name does (host audits had the 1 GiB
// default only).
func TestArchiveBytes(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "home", "alice", "backups")
	require.NoError(t, os.MkdirAll(dir, 0o700))
	var z bytes.Buffer
	zw := zip.NewWriter(&z)
	for i := range 4 {
		w, err := zw.Create(fmt.Sprintf("part%d.txt", i))
		require.NoError(t, err)
		_, err = w.Write(bytes.Repeat([]byte("nothing secret in this line of filler\n"), 30000)) // about 1.1 MB
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	require.NoError(t, os.WriteFile(filepath.Join(dir, "backup.zip"), z.Bytes(), 0o600))

	reasons := func(args ...string) []string {
		var out, errb bytes.Buffer
		require.Equal(t, 0, run(append(args, "-format", "json", "-trials", "off", root), &out, &errb), errb.String())
		var doc struct {
			Summary struct {
				Skipped []struct{ Reason string }
			}
		}
		require.NoError(t, json.Unmarshal(out.Bytes(), &doc))
		var rs []string
		for _, s := range doc.Summary.Skipped {
			if strings.Contains(s.Reason, "archive") {
				rs = append(rs, s.Reason)
			}
		}
		return rs
	}
	assert.Empty(t, reasons())
	assert.Empty(t, reasons("-archive-bytes", "none"))
	assert.Equal(t, []string{"decompressed-bytes limit of the archive reached; the rest was not read"}, reasons("-archive-bytes", "2M"))
	var out, errb bytes.Buffer
	assert.Equal(t, 2, run([]string{"-archive-bytes", "lots", root}, &out, &errb))
	assert.Contains(t, errb.String(), "-archive-bytes")
}
