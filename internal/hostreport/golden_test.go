package hostreport

import (
	"bytes"
	"flag"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/golden"
)

// update rewrites the golden files: go test ./internal/hostreport -run Golden -update
var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenRaw is a made-up key; no golden file may hold it.
const goldenRaw = "8da4ef21b864d2cc526dbdb2a120bd2874c36c9d0a1fb7f8c63d7f7a8b41de8f"

// goldenReport is a fixed one-machine report: fixed time, tool and
// findings, so the rendered pages are the same on every run.
func goldenReport() *Report {
	key := audit.Finding{
		Rule: "hex-private-key", Kind: audit.KindRawPrivateKey, Severity: audit.SeverityCritical, Score: 9.5,
		Confidence: audit.ConfidenceHigh,
		Location:   audit.Location{Path: "home/alice/project/.env", Line: 3, EndLine: 3, Column: 13},
		Secret:     detect.NewSecret(detect.SecretSpec{Kind: audit.KindRawPrivateKey, Raw: goldenRaw, Normalized: goldenRaw, Redacted: "[64-hex private key]", Address: "0xabc"}),
		Storage:    audit.Storage{Context: "dotenv", Permissions: "0644", InVCS: true},
		AttackPaths: []audit.AttackPath{{ID: "plaintext-in-repo", Title: "Plaintext secret in a version-controlled work tree", CCSS: "1.03 Key Storage", Attack: []string{"T1213.003", "T1552.001"},
			CWE: []string{"CWE-540", "CWE-798"}}},
		Remediation: "Move the funds to a new wallet.",
	}
	r := &Report{
		Title: "Wallet secret audit of /", Tool: "host-audit 0.0.0-golden",
		When:     time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC),
		Roots:    []string{"/"},
		Scope:    Scope{Sources: []string{"home directories"}, Limits: []string{"no memory is read"}, Trials: "off"},
		Findings: []Finding{{Finding: key}},
		Summary:  audit.Summary{FilesScanned: 1, Findings: 1, BySeverity: map[string]int{"critical": 1}},
	}
	r.Build()
	return r
}

// The host report's formats render the fixed report exactly as their
// golden files hold it.
func TestGoldenHostReports(t *testing.T) {
	for _, tc := range []struct {
		name  string
		write func(*bytes.Buffer, *Report) error
	}{
		{"host-report.md", func(b *bytes.Buffer, r *Report) error { return WriteMarkdown(b, r) }},
		{"host-report.html", func(b *bytes.Buffer, r *Report) error { return WriteHTML(b, r) }},
		{"host-report.json", func(b *bytes.Buffer, r *Report) error { return WriteJSON(b, r) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, tc.write(&b, goldenReport()))
			got := b.String()
			assert.NotContains(t, got, goldenRaw, "the golden output must not hold the secret")
			golden.Check(t, tc.name, got, *update)
		})
	}
}
