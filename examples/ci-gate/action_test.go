package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit"
)

// actionScript returns the run script of the action's gate step (the
// block under "run: |" in action.yml).
func actionScript(t *testing.T) string {
	data, err := os.ReadFile("../../action.yml")
	require.NoError(t, err)
	var b strings.Builder
	in, indent := false, ""
	for _, l := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(l) == "run: |" {
			in, indent = true, ""
			continue
		}
		if in {
			if indent == "" && strings.TrimSpace(l) != "" {
				indent = l[:len(l)-len(strings.TrimLeft(l, " "))]
			}
			if strings.TrimSpace(l) != "" && !strings.HasPrefix(l, indent) {
				break
			}
			b.WriteString(strings.TrimPrefix(l, indent) + "\n")
		}
	}
	require.NotEmpty(t, b.String(), "no run script in action.yml")
	return b.String()
}

// The action's script, run as a runner runs it (inputs in the
// environment, the action's checkout as GITHUB_ACTION_PATH) in a fresh
// git repository, fails on a committed key, writes SARIF, and passes
// once the key is in the baseline.
func TestActionScript(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash not installed")
	}
	script := actionScript(t)
	self, err := filepath.Abs("../..")
	require.NoError(t, err)
	repo := t.TempDir()
	runIn := func(env ...string) (int, string) {
		cmd := exec.Command("bash", "-c", script)
		cmd.Dir = repo
		cmd.Env = append(os.Environ(), append([]string{"GITHUB_ACTION_PATH=" + self, "RUNNER_TEMP=" + t.TempDir(),
			"WA_PATH=.", "WA_MIN_SEVERITY=high", "WA_SARIF=walletaudit.sarif"}, env...)...)
		out, err := cmd.CombinedOutput()
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode(), string(out)
		}
		require.NoError(t, err, string(out))
		return 0, string(out)
	}
	git := exec.Command("git", "init", "-q")
	git.Dir = repo
	require.NoError(t, git.Run())
	wif := gateWIF
	require.NoError(t, os.WriteFile(filepath.Join(repo, "deploy.env"), []byte("SIGNER_WIF="+wif+"\n"), 0o600))

	code, out := runIn("WA_BASELINE=")
	assert.Equal(t, 1, code, out)
	assert.Contains(t, out, "NEW ")
	sarif, err := os.ReadFile(filepath.Join(repo, "walletaudit.sarif"))
	require.NoError(t, err)
	assert.Contains(t, string(sarif), `"uri": "deploy.env"`)

	// Accept it into a baseline: the action passes.
	all, _, err := audit.New(audit.Options{}).Collect(t.Context(), audit.Dir(repo))
	require.NoError(t, err)
	base := filepath.Join(repo, ".walletaudit-baseline.json")
	f, err := os.Create(base)
	require.NoError(t, err)
	require.NoError(t, audit.NewBaseline(all).Write(f))
	require.NoError(t, f.Close())
	code, out = runIn("WA_BASELINE=" + base)
	assert.Equal(t, 0, code, out)
}
