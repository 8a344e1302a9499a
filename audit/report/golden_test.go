package report

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
			name := filepath.Join("testdata", "golden", "report."+e)
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(name), 0o755))
				require.NoError(t, os.WriteFile(name, []byte(got), 0o644))
			}
			want, err := os.ReadFile(name)
			require.NoError(t, err, "run with -update to create it")
			assert.Equal(t, string(want), got)
		})
	}
}
