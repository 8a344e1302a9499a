package audit

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEnvironSource(t *testing.T) {
	fs, _ := collect(t, testScanner(Options{}), Environ("test", []string{"B_KEY=" + token(2), "A=1", "MULTI=x\ny", "C=" + token(3)}))
	require.Len(t, fs, 2)
	paths := map[string]bool{}
	for _, f := range fs {
		assert.Equal(t, "environment", f.Storage.Context)
		assert.Equal(t, "environment-variable", f.AttackPaths[0].ID)
		assert.Equal(t, 1, f.Location.Line)
		paths[f.Location.Path] = true
	}
	// Each finding names its variable.
	assert.Equal(t, map[string]bool{"test:B_KEY": true, "test:C": true}, paths)
	fs, _ = collect(t, testScanner(Options{}), Environ("self", []string{"WALLET=" + token(4)}))
	require.Len(t, fs, 1)
	assert.Equal(t, "env:WALLET", fs[0].Location.Path)
}

func TestProcessEnvsSource(t *testing.T) {
	proc := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(proc, "42"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(proc, "42", "environ"), []byte("HOME=/x\x00DEPLOYER="+token(9)+"\x00"), 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(proc, "42", "comm"), []byte("node\n"), 0o600))
	require.NoError(t, os.MkdirAll(filepath.Join(proc, "self"), 0o755))
	fs, _ := collect(t, testScanner(Options{}), ProcessEnvs(proc))
	require.Len(t, fs, 1)
	assert.Equal(t, "proc:42(node):DEPLOYER", fs[0].Location.Path)
	assert.Equal(t, 1, fs[0].Location.Line)
}

func TestProcessEnvsLive(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("needs /proc")
	}
	t.Setenv("WALLETAUDIT_TEST_KEY", token(11))
	// os.Setenv does not change /proc/self/environ; the current
	// environment is covered by ProcessEnv.
	fs, _ := collect(t, testScanner(Options{}), ProcessEnv())
	require.Len(t, fs, 1)
}

func TestHistorySource(t *testing.T) {
	home := t.TempDir()
	write := func(rel, text string) {
		p := filepath.Join(home, filepath.FromSlash(rel))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(text), 0o600))
	}
	write(".bash_history", "ls\ncast send --private-key "+token(1)+" 0xabc\n")
	write(".zsh_history", ": 1700000000:0;git status\n: 1700000001:0;export KEY="+token(2)+"\n")
	write(".local/share/fish/fish_history", "- cmd: echo "+token(3)+"\n  when: 1700000000\n")
	write("AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt", "$env:KEY=\""+token(4)+"\"\n")
	fs, _ := collect(t, testScanner(Options{}), History(home))
	require.Len(t, fs, 4)
	for _, f := range fs {
		assert.Equal(t, "shell-history", f.Storage.Context)
		assert.Equal(t, "0600", f.Storage.Permissions)
		assert.Equal(t, "shell-history", f.AttackPaths[0].ID)
		assert.Equal(t, "history", f.Location.Origin)
	}
}

func TestProcessEnvsOfAChild(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("needs /proc")
	}
	if _, err := exec.LookPath("sleep"); err != nil {
		t.Skip("no sleep command")
	}
	cmd := exec.Command("sleep", "30")
	cmd.Env = []string{"PATH=/usr/bin:/bin", "DEPLOYER_KEY=" + token(77)}
	require.NoError(t, cmd.Start())
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	// Some sandboxes hide other processes' environments (hidepid, ptrace
	// policy, user-space kernels). Only when the kernel shows it to a
	// plain read must the source find it.
	environ := fmt.Sprintf("/proc/%d/environ", cmd.Process.Pid)
	visible := false
	for i := 0; i < 40 && !visible; i++ {
		raw, err := os.ReadFile(environ)
		visible = err == nil && strings.Contains(string(raw), "DEPLOYER_KEY=")
		if !visible {
			time.Sleep(50 * time.Millisecond)
		}
	}
	if !visible {
		t.Skipf("this kernel does not show a child's environment in %s", environ)
	}
	fs, _ := collect(t, testScanner(Options{}), ProcessEnvs("/proc"))
	found := false
	prefix := fmt.Sprintf("proc:%d(", cmd.Process.Pid)
	for _, f := range fs {
		if strings.HasPrefix(f.Location.Path, prefix) {
			found = true
			assert.Equal(t, "environment-variable", f.AttackPaths[0].ID)
		}
	}
	assert.True(t, found, "secret in a child's environment")
}
