package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit"
	"github.com/walletaudit/walletaudit/internal/demo"
)

func TestGate(t *testing.T) {
	tree, err := demo.Generate(demo.Seed + 2)
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, tree.Write(dir))
	sarif := filepath.Join(t.TempDir(), "out.sarif")
	var out, errb bytes.Buffer
	assert.Equal(t, 1, run([]string{"-sarif", sarif, dir}, &out, &errb), errb.String())
	assert.Contains(t, out.String(), "NEW critical")
	data, err := os.ReadFile(sarif)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"%SRCROOT%"`)

	// Accept everything into a baseline: the gate passes.
	var all []audit.Finding
	_, err = audit.New(audit.Options{}).Run(t.Context(), func(f audit.Finding) error { all = append(all, f); return nil }, audit.Dir(dir))
	require.NoError(t, err)
	base := filepath.Join(t.TempDir(), "baseline.json")
	f, err := os.Create(base)
	require.NoError(t, err)
	require.NoError(t, audit.NewBaseline(all).Write(f))
	require.NoError(t, f.Close())
	out.Reset()
	assert.Equal(t, 0, run([]string{"-baseline", base, dir}, &out, &errb))
	assert.Contains(t, out.String(), "0 new")
}
