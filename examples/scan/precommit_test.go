package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hookEntry reads the entry of the walletaudit hook from the repository's
// .pre-commit-hooks.yaml (a flat list of maps: a line scan suffices).

// testWIF is a key made for these tests (SHA-256 of "walletaudit: a key
// made for its own tests", as an uncompressed WIF), not a published one,
// so the scan reports it as a live key.
const testWIF = "5JZN3Hboyo977aaUF2KzRmqrVcZEFAL7HPbn4VibDo1rLwss5gZ"

func hookEntry(t *testing.T) []string {
	f, err := os.Open("../../.pre-commit-hooks.yaml")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "entry:"); ok {
			return strings.Fields(v)
		}
	}
	t.Fatal("no entry in .pre-commit-hooks.yaml")
	return nil
}

// The pre-commit hook, run as the framework runs it (the entry with the
// staged files appended) in a fresh git repository, blocks a commit that
// stages a key and passes a clean one.
func TestPreCommitHook(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	entry := hookEntry(t)
	require.Equal(t, "scan", entry[0])
	bin := filepath.Join(t.TempDir(), "scan")
	build := exec.Command("go", "build", "-o", bin, ".")
	bout, err := build.CombinedOutput()
	require.NoError(t, err, string(bout))

	repo := t.TempDir()
	git := func(args ...string) string {
		cmd := exec.Command("git", args...)
		cmd.Dir = repo
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_SYSTEM=/dev/null")
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, string(out))
		return string(out)
	}
	hook := func() (int, string) {
		files := strings.Fields(git("diff", "--cached", "--name-only", "--diff-filter=ACM"))
		cmd := exec.Command(bin, append(entry[1:], files...)...)
		cmd.Dir = repo
		out, err := cmd.CombinedOutput()
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode(), string(out)
		}
		require.NoError(t, err)
		return 0, string(out)
	}
	git("init", "-q")
	require.NoError(t, os.WriteFile(filepath.Join(repo, "README.md"), []byte("# app\n"), 0o600))
	git("add", "README.md")
	code, out := hook()
	assert.Equal(t, 0, code, out)

	wif := testWIF
	require.NoError(t, os.WriteFile(filepath.Join(repo, "deploy.env"), []byte("SIGNER_WIF="+wif+"\n"), 0o600))
	git("add", "deploy.env")
	code, out = hook()
	assert.Equal(t, 1, code, out)
	assert.Contains(t, out, "deploy.env")
	assert.NotContains(t, out, wif)
}
