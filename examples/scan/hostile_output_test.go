package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/internal/hostile"
	"github.com/walletaudit/walletaudit/mnemonic"
)

func TestHostileFileNamesInTextReportAndErrors(t *testing.T) {
	dir := t.TempDir()
	p, err := mnemonic.FromEntropy([]byte("scan-hostile-out"), mnemonic.English)
	require.NoError(t, err)
	names := []string{"x\x1b[2K\rCLEAN\nFAKE.txt", "\x1b]8;;https:evil.example\x07link\x1b]8;;\x07.txt", "invoice\u202etxt.exe", "bad\xff.txt"}
	for _, n := range names {
		require.NoError(t, os.WriteFile(filepath.Join(dir, n), []byte("seed: "+p.Reveal()+"\n"), 0o600))
	}
	code, out, errb := scan(t, "-format", "text", "-v", dir)
	require.Equal(t, 1, code, errb)
	assert.False(t, hostile.RawControl(out), "raw control character in %q", out)
	assert.Contains(t, out, `x\x1b[2K\rCLEAN\nFAKE.txt`)
	assert.Contains(t, out, `invoice\u202etxt.exe`)
	assert.NotContains(t, out, p.Reveal())
	for _, line := range strings.Split(out, "\n") {
		assert.False(t, strings.HasPrefix(line, "FAKE"), "forged line %q", line)
	}

	// A fatal error quotes the path: escaped too.
	code, _, errb = scan(t, "-format", "json", filepath.Join(dir, "missing\x1b[2K\r.txt"))
	assert.Equal(t, 2, code)
	assert.False(t, hostile.RawControl(errb), "raw control character in %q", errb)
	assert.Contains(t, errb, `missing\x1b[2K\r.txt`)
}

func TestOutputsCheckedBeforeTheScan(t *testing.T) {
	dir, _ := plantedTree(t)
	missing := filepath.Join(t.TempDir(), "no", "such", "folder")
	code, out, errb := scan(t, "-format", "json", "-write-baseline", filepath.Join(missing, "b.json"), dir)
	assert.Equal(t, 2, code)
	assert.Empty(t, out, "no report: the scan did not run")
	assert.Contains(t, errb, "-write-baseline")

	code, out, errb = scan(t, "-format", "json", "-o", filepath.Join(missing, "r.json"), dir)
	assert.Equal(t, 2, code)
	assert.Empty(t, out)
	assert.Contains(t, errb, "-o")

	// The check leaves no file behind and does not truncate one that exists.
	okDir := t.TempDir()
	existing := filepath.Join(okDir, "base.json")
	require.NoError(t, os.WriteFile(existing, []byte(`{"version":"1","findings":[]}`), 0o600))
	code, _, errb = scan(t, "-format", "json", "-baseline", existing, "-write-baseline", existing, t.TempDir())
	assert.Equal(t, 0, code, errb)
	data, err := os.ReadFile(existing)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"version": "1"`)
}

func TestBadFlagValuesRejected(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-disable", "bip39-mnemonic,no-such-detector"}, `unknown detector id or rule "no-such-detector"`},
		{[]string{"-allow", "testdata/[abc"}, `malformed glob "testdata/[abc"`},
		{[]string{"-allow", `x\`}, "malformed glob"},
		{[]string{"-workers", "-5"}, "-workers -5"},
	} {
		code, out, errb := scan(t, append(append([]string{"-format", "json"}, tc.args...), dir)...)
		assert.Equal(t, 2, code, tc.args)
		assert.Empty(t, out, tc.args)
		assert.Contains(t, errb, tc.want, tc.args)
	}
	// Known ids, good globs and blanks pass.
	code, _, errb := scan(t, "-format", "json", "-disable", "bip39-mnemonic, wallet-file", "-allow", "testdata/*,,*.md", "-workers", "0", dir)
	assert.Equal(t, 0, code, errb)
}

func TestBaselineErrorNamesTheFile(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ content, want string }{
		{`{"version": "1", "findings": [`, "not JSON"},
		{`{"version": "1", "findings": [{"rule": "x"}]}`, "entry 1 of findings has no fingerprint"},
		{``, "empty input"},
	} {
		base := filepath.Join(dir, "my-baseline.json")
		require.NoError(t, os.WriteFile(base, []byte(tc.content), 0o600))
		code, _, errb := scan(t, "-format", "json", "-baseline", base, t.TempDir())
		assert.Equal(t, 2, code)
		assert.Contains(t, errb, base, tc.content)
		assert.Contains(t, errb, tc.want, tc.content)
	}
}
