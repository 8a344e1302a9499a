package decode

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestContinuedViews: a token cut by a line-ending backslash (TOML's
// multi-line basic string, a shell's or Python's string; corpus 294: an
// xprv in a TOML file) is read joined, each run of continued lines a view
// line mapped to its lines; a continuation after a space (a command's
// next line), or before a line that starts with no token, is none.
func TestContinuedViews(t *testing.T) {
	part1, part2 := strings.Repeat("a1B2", 14), strings.Repeat("c3D4", 14)
	for name, tc := range map[string]struct{ text, want string }{
		"toml":                  {"[wallet]\nxprv = \"\"\"" + part1 + "\\\n" + part2 + "\"\"\"\nname = \"x\"\n", "xprv = \"\"\"" + part1 + part2 + "\"\"\"\n"},
		"shell, indented, CRLF": {"export K=\"" + part1 + "\\\r\n    " + part2 + "\"\r\necho ok\r\n", "export K=\"" + part1 + part2 + "\"\n"},
		"three lines":           {"k = '" + part1 + "\\\n" + part2 + "\\\n" + part1 + "'\n", "k = '" + part1 + part2 + part1 + "'\n"},
	} {
		got := viewsOf(tc.text, "continued")
		require.Len(t, got, 1, name)
		assert.Equal(t, tc.want, string(got[0].Data), name)
		require.Len(t, got[0].Cells, 1, name)
		c := got[0].Cells[0]
		assert.True(t, strings.HasPrefix(tc.text[c[0]:], strings.SplitN(tc.want, part1, 2)[0]), name)
		assert.Contains(t, tc.text[c[0]:c[1]], part2, name)
	}
	two := viewsOf("a = \""+part1+"\\\n"+part2+"\"\nb = 1\nc = \""+part2+"\\\n"+part1+"\"\n", "continued")
	require.Len(t, two, 1)
	assert.Equal(t, "a = \""+part1+part2+"\"\nc = \""+part2+part1+"\"\n", string(two[0].Data))
	assert.Len(t, two[0].Cells, 2)

	for name, text := range map[string]string{
		"command":        "docker run --rm \\\n  --env KEY=" + part1 + " \\\n  image:latest\n",
		"macro":          "#define MAX(a, b) \\\n  ((a) > (b) ? (a) : (b))\n",
		"short before":   "x = \"abc\\\n" + part2 + "\"\n",
		"no token after": "x = \"" + part1 + "\\\n  \"\n",
		"escaped":        "path = \"" + part1 + "\\\\\n" + part2 + "\"\n",
	} {
		assert.Empty(t, viewsOf(text, "continued"), name)
	}
}
