package audit

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func gitRun(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org", "GIT_COMMITTER_NAME=t",
		"GIT_COMMITTER_EMAIL=t@example.org", "GIT_AUTHOR_DATE=2024-01-02T03:04:05Z", "GIT_COMMITTER_DATE=2024-01-02T03:04:05Z",
		"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_SYSTEM=/dev/null")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, string(out))
}

func TestGitHistory(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git binary")
	}
	dir := t.TempDir()
	gitRun(t, dir, "init", "-q", "-b", "main")
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".env"), []byte("A=1\nKEY="+token(1)+"\n"), 0o600))
	gitRun(t, dir, "add", ".")
	gitRun(t, dir, "commit", "-q", "-m", "add env")
	require.NoError(t, os.Remove(filepath.Join(dir, ".env")))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "sub dir"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sub dir", "k.txt"), []byte(token(2)), 0o600))
	gitRun(t, dir, "add", "-A")
	gitRun(t, dir, "commit", "-q", "-m", "remove env, add key")

	fs, _ := collect(t, testScanner(Options{}), GitHistory(dir))
	require.Len(t, fs, 2)
	byPath := map[string]Finding{}
	for _, f := range fs {
		_, p, _ := strings.Cut(f.Location.Path, ":")
		byPath[p] = f
		assert.True(t, f.Storage.InVCS)
		assert.Equal(t, "2024-01-02T03:04:05Z", f.Details["author_time"])
		assert.Len(t, f.Details["commit"], 40)
	}
	require.Contains(t, byPath, ".env")
	require.Contains(t, byPath, "sub dir/k.txt")
	assert.Equal(t, "false", byPath[".env"].Details["in_head"], "deleted but still in history")
	assert.Equal(t, 2, byPath[".env"].Location.Line)
	assert.Equal(t, "true", byPath["sub dir/k.txt"].Details["in_head"])
	assert.Equal(t, "plaintext-in-repo", byPath[".env"].AttackPaths[0].ID)
}

// TestGitHistoryStashReflogMessages: what a repository keeps off its
// branches is read too: a stash's changes, a commit reset away (only in
// the reflog), and commit messages.
func TestGitHistoryStashReflogMessages(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git binary")
	}
	dir := t.TempDir()
	write := func(name, text string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600))
	}
	gitRun(t, dir, "init", "-q", "-b", "main")
	write("a.txt", "a\n")
	gitRun(t, dir, "add", ".")
	gitRun(t, dir, "commit", "-q", "-m", "init")
	write("a.txt", "a\nKEY="+token(3)+"\n")
	gitRun(t, dir, "stash", "-q")
	write("b.txt", token(4))
	gitRun(t, dir, "add", "b.txt")
	gitRun(t, dir, "commit", "-q", "-m", "wip")
	gitRun(t, dir, "reset", "-q", "--hard", "HEAD~1")
	write("c.txt", "c\n")
	gitRun(t, dir, "add", "c.txt")
	gitRun(t, dir, "commit", "-q", "-m", "deploy\n\nused KEY="+token(5))

	fs, sum := collect(t, testScanner(Options{}), GitHistory(dir))
	want := map[string]string{"a.txt": token(3), "b.txt": token(4), "(commit message)": token(5)}
	got := map[string]bool{}
	for _, f := range fs {
		_, p, _ := strings.Cut(f.Location.Path, ":")
		got[p] = f.Secret.Reveal() == want[p]
		assert.True(t, f.Storage.InVCS, p)
	}
	assert.Equal(t, map[string]bool{"a.txt": true, "b.txt": true, "(commit message)": true}, got)
	assert.Empty(t, sum.Errors)
}

func TestTrackedFilesOnly(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git binary")
	}
	dir := t.TempDir()
	gitRun(t, dir, "init", "-q", "-b", "main")
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".gitignore"), []byte(".env\n"), 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "config.js"), []byte("k = '"+token(1)+"'\n"), 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".env"), []byte("K="+token(2)+"\n"), 0o600))
	gitRun(t, dir, "add", ".gitignore", "config.js")
	gitRun(t, dir, "commit", "-q", "-m", "x")
	fs, _ := collect(t, testScanner(Options{}), Dir(dir))
	require.Len(t, fs, 2)
	for _, f := range fs {
		assert.Equal(t, filepath.Base(f.Location.Path) == "config.js", f.Storage.InVCS, f.Location.Path)
	}
}
