package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/internal/hostile"
	"github.com/walletaudit/walletaudit/mnemonic"
)

func TestHostileNamesInMarkdownAndHTML(t *testing.T) {
	root := t.TempDir()
	home := filepath.Join(root, "home", "mallory")
	require.NoError(t, os.MkdirAll(home, 0o700))
	p, err := mnemonic.FromEntropy([]byte("host-hostile-out"), mnemonic.English)
	require.NoError(t, err)
	names := []string{
		"x\x1b[2K\rCLEAN\nFAKE.txt",
		"a|b`c`<img src=x onerror=alert(1)>[l](https:evil)\u202etxt.exe",
		"# heading\x07\xff.txt",
	}
	for _, n := range names {
		require.NoError(t, os.WriteFile(filepath.Join(home, n), []byte("seed: "+p.Reveal()+"\n"), 0o600))
	}
	require.NoError(t, os.WriteFile(filepath.Join(home, "bad|\x1b.zip"), append([]byte("PK\x03\x04"), bytes.Repeat([]byte{0xff}, 64)...), 0o600))

	for _, format := range []string{"md", "html"} {
		var out, errb bytes.Buffer
		require.Equal(t, 1, run([]string{"-format", format, root}, &out, &errb), errb.String())
		s := out.String()
		assert.False(t, hostile.RawControl(s), "%s: raw control character", format)
		assert.NotContains(t, s, p.Reveal())
		if format == "html" {
			assert.NotContains(t, s, "<img", format)
		} else {
			// Only inside a code span (fenced past the name's backticks),
			// where Markdown shows it as text.
			assert.Regexp(t, "``/[^`]*a\\\\\\|b`c`<img[^\n]*``", s)
		}
		assert.Contains(t, s, `\x1b[2K\rCLEAN\nFAKE.txt`, format)
		assert.Contains(t, s, "not a valid zip archive", format)
		for _, line := range strings.Split(s, "\n") {
			assert.False(t, strings.HasPrefix(line, "FAKE") || strings.HasPrefix(line, "# heading"), "%s: forged line %q", format, line)
		}
		if format == "md" {
			// Every table row keeps its columns: unescaped pipes are the
			// cell borders only.
			border := regexp.MustCompile(`(^|[^\\])\|`)
			for _, line := range strings.Split(s, "\n") {
				if strings.Contains(line, "mallory") && strings.HasPrefix(line, "| ") {
					n := len(border.FindAllString(line, -1))
					assert.Contains(t, []int{3, 7}, n, "cells of %q", line)
				}
			}
		}
	}
}
