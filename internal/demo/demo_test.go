package demo

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/demo")

// TestDemoTree checks that the committed example tree is exactly what the
// generator makes, so the README's scan is reproducible.
func TestDemoTree(t *testing.T) {
	tree, err := Generate(Seed)
	require.NoError(t, err)
	dir := filepath.Join("..", "..", "testdata", "demo")
	if *update {
		require.NoError(t, os.RemoveAll(dir))
		require.NoError(t, tree.Write(dir))
	}
	for p, want := range tree.Files {
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		require.NoError(t, err, "missing %s: run go test ./internal/demo -run TestDemoTree -update", p)
		assert.True(t, string(got) == string(want), "%s differs from the generator's output", p)
	}
	again, err := Generate(Seed)
	require.NoError(t, err)
	assert.Equal(t, len(tree.Plants), len(again.Plants))
}

func TestPlantLines(t *testing.T) {
	tree, err := Generate(Seed)
	require.NoError(t, err)
	for _, p := range tree.Plants {
		if p.Raw == "" || p.Kind == "keystore" || p.Encoded {
			continue
		}
		lines := splitLines(tree.Files[p.Path])
		require.Greater(t, len(lines), p.Line-1, p.Path)
		first := p.Raw
		if len(p.Words) > 0 {
			first = p.Words[0]
		}
		// No assert.Contains: its failure message would print the secret.
		assert.True(t, strings.Contains(lines[p.Line-1], first), "%s:%d does not hold its plant", p.Path, p.Line)
	}
}

func splitLines(b []byte) []string {
	var out []string
	start := 0
	for i, c := range b {
		if c == '\n' {
			out = append(out, string(b[start:i]))
			start = i + 1
		}
	}
	return append(out, string(b[start:]))
}
