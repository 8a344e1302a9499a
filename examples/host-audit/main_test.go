package main

import (
	"bytes"
	"os"
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
