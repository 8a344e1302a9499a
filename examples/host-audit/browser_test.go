package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// artifactDir is where the browser test keeps its screenshot and reports:
// $WALLETAUDIT_ARTIFACTS when set (CI keeps it), a temporary directory
// otherwise.
func artifactDir(t *testing.T) string {
	if d := os.Getenv("WALLETAUDIT_ARTIFACTS"); d != "" {
		d = filepath.Join(d, "host-audit")
		require.NoError(t, os.MkdirAll(d, 0o755))
		return d
	}
	return t.TempDir()
}

// findBrowser returns Debian's chromium (or another Chromium). In CI
// (CI set) a missing browser fails the test: .ci/run installs it.
func findBrowser(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no chromium in CI: .ci/run installs Debian's chromium")
	}
	t.Skip("no chromium on this machine (apt-get install chromium to run this test)")
	return ""
}

// headless runs the browser on a file with args and returns its stdout.
func headless(t *testing.T, browser, page string, args ...string) []byte {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	all := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + t.TempDir(),
		"--window-size=1280,2000"}, args...)
	all = append(all, "file://"+page)
	cmd := exec.CommandContext(ctx, browser, all...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	require.NoError(t, err, "chromium: %s", stderr.String())
	return stdout.Bytes()
}

// TestReportInBrowser renders the fixture home's report in a real
// headless Chromium at 1280 px: it keeps a screenshot, checks the page's
// text, and checks that nothing overflows horizontally, with a path of
// over 150 characters in the report.
func TestReportInBrowser(t *testing.T) {
	browser := findBrowser(t)
	fx := newFixtureHome(t)
	long := filepath.Join(fx.home, "Documents", strings.Repeat("very-long-directory-name-", 4), strings.Repeat("nested", 8), "wallet-backup-notes-2024.txt")
	require.Greater(t, len(long)-len(fx.root), 150)
	require.NoError(t, os.MkdirAll(filepath.Dir(long), 0o700))
	require.NoError(t, os.WriteFile(long, []byte("backup: "+fx.phrase+"\n"), 0o600))

	dir := artifactDir(t)
	page := filepath.Join(dir, "report.html")
	var stdout, stderr bytes.Buffer
	require.Equal(t, 1, run([]string{"-trials", "quick", "-o", page, fx.root}, &stdout, &stderr), stderr.String())
	require.Equal(t, 1, run([]string{"-trials", "quick", "-o", filepath.Join(dir, "report.md"), fx.root}, &stdout, &stderr), stderr.String())

	shot := filepath.Join(dir, "report.png")
	headless(t, browser, page, "--screenshot="+shot, "--hide-scrollbars")
	info, err := os.Stat(shot)
	require.NoError(t, err)
	assert.Greater(t, info.Size(), int64(10_000), "a screenshot with content")
	t.Logf("screenshot: %s", shot)

	// The report has no script; the test's copy gets one that writes the
	// layout widths into the DOM for --dump-dom to show.
	html, err := os.ReadFile(page)
	require.NoError(t, err)
	probe := `<script>document.body.setAttribute("data-scroll-width", document.documentElement.scrollWidth);` +
		`document.body.setAttribute("data-client-width", document.documentElement.clientWidth);</script></body>`
	probed := filepath.Join(t.TempDir(), "probed.html")
	require.NoError(t, os.WriteFile(probed, bytes.Replace(html, []byte("</body>"), []byte(probe), 1), 0o600))
	dom := string(headless(t, browser, probed, "--dump-dom"))

	width := func(name string) int {
		m := regexp.MustCompile(name + `="([0-9]+)"`).FindStringSubmatch(dom)
		require.NotNil(t, m, "%s not in the DOM", name)
		n, err := strconv.Atoi(m[1])
		require.NoError(t, err)
		return n
	}
	client, scroll := width("data-client-width"), width("data-scroll-width")
	assert.Greater(t, client, 1000, "the window is 1280 px wide")
	assert.LessOrEqual(t, scroll, client, "the page overflows horizontally at 1280 px")

	text := regexp.MustCompile(`<[^>]*>`).ReplaceAllString(dom, " ")
	for _, want := range []string{"Executive summary", "Do first", "Scope and method", "Wallets found", "Findings by attack path",
		"Keystore opened by a commonly tried password", "MetaMask", "Electrum", "geth keystore", "wallet-backup-notes-2024.txt", "What to do:"} {
		assert.Contains(t, text, want)
	}
	assert.NotContains(t, dom, fx.phrase)
	for _, s := range fx.secrets {
		assert.NotContains(t, dom, s)
	}
}
