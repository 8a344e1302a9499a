package report

import (
	"flag"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/internal/golden"
)

// update rewrites the golden files: go test ./audit/report -run Golden -update
var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// Every format renders the fixed sample (fixed findings, a summary with
// no duration, a fixed tool version) exactly as its golden file holds
// it, so a change to any output shows up in review as a diff.
func TestGoldenReports(t *testing.T) {
	ext := map[string]string{"text": "txt", "json": "json", "jsonl": "jsonl", "sarif": "sarif"}
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			e, ok := ext[format]
			require.True(t, ok, "no golden file name for format %q", format)
			got := render(t, format, Options{ToolVersion: "0.0.0-golden"})
			assert.NotContains(t, got, raw[2:], "the golden output must not hold the secret")
			golden.Check(t, "report."+e, got, *update)
		})
	}
}
