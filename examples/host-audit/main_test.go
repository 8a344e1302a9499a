package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/internal/demo"
	"github.com/walletaudit/walletaudit/mnemonic"
)

func TestHostAudit(t *testing.T) {
	root := t.TempDir()
	home := filepath.Join(root, "home", "alice")
	tree, err := demo.Generate(demo.Seed + 3)
	require.NoError(t, err)
	require.NoError(t, tree.Write(filepath.Join(home, "projects")))
	p, err := mnemonic.FromEntropy([]byte("host-audit-test!"), mnemonic.English)
	require.NoError(t, err)
	hist := "ls\necho \"" + p.Normalized() + "\" > seed.txt\n"
	require.NoError(t, os.WriteFile(filepath.Join(home, ".bash_history"), []byte(hist), 0o600))
	ext := filepath.Join(home, ".config/google-chrome/Default/Local Extension Settings/nkbihfbeogaeaoehlefnkodbefgpgknn")
	require.NoError(t, os.MkdirAll(ext, 0o700))
	require.NoError(t, os.WriteFile(filepath.Join(ext, "CURRENT"), []byte("MANIFEST-000001\n"), 0o600))

	for _, format := range []string{"html", "md", "json"} {
		var out, errb bytes.Buffer
		code := run([]string{"-format", format, root}, &out, &errb)
		require.Equal(t, 1, code, errb.String())
		s := out.String()
		assert.Contains(t, s, "MetaMask", format)
		assert.Contains(t, s, ".bash_history", format)
		assert.False(t, strings.Contains(s, p.Normalized()), "%s leaks the phrase", format)
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

// TestHTMLInBrowser loads the report in a real headless browser and takes a
// screenshot into the test's temp dir. It needs Debian's chromium.
func TestHTMLInBrowser(t *testing.T) {
	browser := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			browser = p
			break
		}
	}
	if browser == "" {
		t.Skip("no chromium on this machine (apt-get install chromium to run this test)")
	}
	root := t.TempDir()
	home := filepath.Join(root, "home", "bob")
	require.NoError(t, os.MkdirAll(home, 0o700))
	p, err := mnemonic.FromEntropy([]byte("browser-test-ent"), mnemonic.English)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(home, ".bash_history"), []byte("echo '"+p.Normalized()+"'\n"), 0o600))
	out := filepath.Join(t.TempDir(), "report.html")
	var stdout, stderr bytes.Buffer
	require.Equal(t, 1, run([]string{"-o", out, root}, &stdout, &stderr), stderr.String())
	shot := filepath.Join(t.TempDir(), "report.png")
	cmd := exec.Command(browser, "--headless", "--no-sandbox", "--disable-gpu", "--screenshot="+shot, "--window-size=1200,900", "file://"+out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v: %s", err, b)
	}
	info, err := os.Stat(shot)
	require.NoError(t, err)
	assert.Positive(t, info.Size())
	dom, err := exec.Command(browser, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", "file://"+out).Output()
	require.NoError(t, err)
	assert.Contains(t, string(dom), "Findings by severity")
	assert.Contains(t, string(dom), "shell-history")
	assert.NotContains(t, string(dom), p.Normalized())
}
