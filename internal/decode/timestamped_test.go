package decode

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jqKeystore is the shape of a keystore as jq prints it (no real key:
// the values are placeholders of the right length).
var jqKeystore = []string{
	"{",
	`  "crypto": {`,
	`    "cipher": "aes-128-ctr",`,
	`    "ciphertext": "` + strings.Repeat("ab", 32) + `",`,
	`    "kdf": "scrypt"`,
	"  },",
	`  "version": 3`,
	"}",
}

// TestTimestampedViews: a CI job's log, each line behind its time stamp,
// reads without the stamps, each line mapped to its own; stamps of other
// shapes, bracketed and with an offset, are left out too, and text with
// fewer than half its lines stamped gives no view.
func TestTimestampedViews(t *testing.T) {
	stamps := []string{"2024-11-02T14:51:38.6647700Z ", "2024-11-02 14:51:38,123 ", "[2024-11-02T14:51:38+01:00] ", "2024-11-02T14:51:38Z\t"}
	var b strings.Builder
	b.WriteString("+ cat keystore/UTC--x | jq .\n")
	for i, l := range jqKeystore {
		b.WriteString(stamps[i%len(stamps)] + l + "\n")
	}
	text := b.String()
	got := viewsOf(text, "timestamped")
	require.Len(t, got, 1)
	assert.Equal(t, "+ cat keystore/UTC--x | jq .\n"+strings.Join(jqKeystore, "\n")+"\n", string(got[0].Data))
	lines := strings.Split(text, "\n")
	require.Len(t, got[0].Cells, len(jqKeystore)+1)
	for i, c := range got[0].Cells {
		assert.Equal(t, lines[i], text[c[0]:c[1]])
	}
	assert.Empty(t, viewsOf(text+strings.Repeat("unstamped\n", len(jqKeystore)+2), "timestamped"), "fewer than half the lines stamped")
	assert.Empty(t, viewsOf("2024-11-02T14:51:38Z x\n\"ciphertext\"\n", "timestamped"), "one stamped line")
	for _, line := range []string{"2024-11-02T14:51:38Zx", "2024-11-02", "[2024-11-02T14:51:38 x", "2024-13-02T14:51 x"} {
		assert.Zero(t, stampLen([]byte(line)), line)
	}
}

// TestNestedViewsKeepTheirLines: a view inside a view that maps its lines
// (the stamps left out of a log without its colours) maps its own lines
// through the outer view's cells, so that what is found in it is placed
// at its own lines of the input.
func TestNestedViewsKeepTheirLines(t *testing.T) {
	var b strings.Builder
	b.WriteString("2024-11-02T14:51:38.1Z \x1b[32m[build]\x1b[39m ok\n")
	for _, l := range jqKeystore {
		b.WriteString("2024-11-02T14:51:38.2Z " + l + "\n")
	}
	text := b.String()
	var nested *View
	for _, v := range collect(text, 2) {
		if v.Encoding == "ansi+timestamped" {
			nested = &v
		}
	}
	require.NotNil(t, nested)
	lines := strings.Split(text, "\n")
	require.Len(t, nested.Cells, len(jqKeystore)+1)
	for i, c := range nested.Cells {
		assert.Equal(t, lines[i], text[c[0]:c[1]], "line %d", i)
	}
}

// TestLogPrefixes: the prefixes log writers put before each line are left
// out (a pod's, a container's, a BuildKit step's, syslog's and
// journalctl's), and a stamp's "word:" after it, which may be the text's
// own label, is kept.
func TestLogPrefixes(t *testing.T) {
	for line, want := range map[string]string{
		"[pod/keygen-0/keygen] private key:":               "private key:",
		"signer-1  | {":                                    "{",
		"api.web_1 | words":                                "words",
		"#12 0.512 RUN echo":                               "RUN echo",
		"Nov  2 14:51:38 host wallet[42]: seed":            "seed",
		"Nov 12 14:51:38 host kernel: x":                   "x",
		"2024-05-14T21:12:03+0000 host app[123]: key":      "key",
		"2024-05-14T21:12:05.2339483Z Generated key: abc":  "Generated key: abc",
		"2024-05-14T21:12:05.2339483Z [INFO] x":            "[INFO] x",
		"| a | b |":                                        "| a | b |",
		"[ ] todo":                                         "[ ] todo",
		"#12 RUN echo":                                     "#12 RUN echo",
		"plain text":                                       "plain text",
		`\id=5b2d1e8c-0f0a-4c57-9d0e-2f0b8c7d6a11 1. word`: "1. word",
		`\id=5b2d1e8c 1. word`:                             `\id=5b2d1e8c 1. word`,
		"Note  2 14:51:38":                                 "Note  2 14:51:38",
		// git blame's prefix, also of a boundary commit and with a path.
		"3f2a1c9e (Ana Lima 2024-03-01 10:22:05 +0100 14)   key,":        "  key,",
		"^3f2a1c9 (Ana Lima 2024-03-01 10:22:05 +0100  3) );":            ");",
		"3f2a1c9e src/acct.ts (Ana Lima 2024-03-01 10:22:05 +0100 14) x": "x",
		"3f2a1c9e (see note) x": "3f2a1c9e (see note) x",
		"deadbeef (Ana 14) x":   "deadbeef (Ana 14) x",
	} {
		assert.Equal(t, want, line[logPrefixLen([]byte(line)):], line)
	}
	// A key printed over two lines behind a pod's name reads whole.
	text := "[pod/k-0/k] private key:\n[pod/k-0/k] " + strings.Repeat("ab", 16) + "\n[pod/k-0/k] " + strings.Repeat("cd", 16) + "\n[pod/k-0/k] done\n"
	got := viewsOf(text, "timestamped")
	require.Len(t, got, 1)
	assert.Equal(t, "private key:\n"+strings.Repeat("ab", 16)+"\n"+strings.Repeat("cd", 16)+"\ndone\n", string(got[0].Data))
}
