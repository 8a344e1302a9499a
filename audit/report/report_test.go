package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit"
	"github.com/walletaudit/walletaudit/audit/detect"
)

const raw = "0x8da4ef21b864d2cc526dbdb2a120bd2874c36c9d0a1fb7f8c63d7f7a8b41de8f"

func sample() ([]audit.Finding, audit.Summary) {
	f := audit.Finding{
		Rule: "hex-private-key", Kind: audit.KindRawPrivateKey, Severity: audit.SeverityCritical, Score: 9.5,
		Confidence: audit.ConfidenceHigh,
		Location:   audit.Location{Path: "repo/app/.env", Line: 3, EndLine: 3, Column: 13},
		Secret:     detect.NewSecret(detect.SecretSpec{Kind: audit.KindRawPrivateKey, Raw: raw, Normalized: raw[2:], Redacted: "[64-hex private key]", Address: "0xabc"}),
		Storage:    audit.Storage{Context: "dotenv", Permissions: "0644", InVCS: true},
		AttackPaths: []audit.AttackPath{{ID: "plaintext-in-repo", Attack: []string{"T1213.003", "T1552.001"},
			CWE: []string{"CWE-540", "CWE-798"}}},
		Remediation: "Move the funds.",
	}
	info := f
	info.Rule, info.Severity, info.Score, info.Public, info.Location.Line = "bip39-mnemonic", audit.SeverityInfo, 1, true, 9
	return []audit.Finding{info, f}, audit.Summary{FilesScanned: 2, Findings: 2, BySeverity: map[string]int{"critical": 1, "info": 1}}
}

func render(t *testing.T, format string, opts Options) string {
	fs, sum := sample()
	return renderFindings(t, format, opts, fs, sum)
}

// renderFindings writes fs and sum in format.
func renderFindings(t *testing.T, format string, opts Options, fs []audit.Finding, sum audit.Summary) string {
	t.Helper()
	var b bytes.Buffer
	w, err := New(format, &b, opts)
	require.NoError(t, err)
	for _, f := range fs {
		require.NoError(t, w.Add(f))
	}
	require.NoError(t, w.Close(sum))
	return b.String()
}

func TestNoFormatShowsTheSecret(t *testing.T) {
	for _, format := range Formats() {
		out := render(t, format, Options{})
		assert.False(t, strings.Contains(out, raw[2:]), "%s leaks", format)
		assert.Contains(t, out, "wa1:", format)
		shown := render(t, format, Options{ShowSecrets: true})
		assert.True(t, strings.Contains(shown, raw[2:]), "%s with ShowSecrets", format)
	}
}

func TestJSONContract(t *testing.T) {
	var doc map[string]any
	require.NoError(t, json.Unmarshal([]byte(render(t, "json", Options{})), &doc))
	assert.Equal(t, "1", doc["version"])
	fs := doc["findings"].([]any)
	require.Len(t, fs, 2)
	f := fs[0].(map[string]any) // sorted by location: line 3 first
	for _, k := range []string{"rule", "kind", "severity", "score", "confidence", "public", "location", "secret", "storage", "attack_paths", "remediation"} {
		assert.Contains(t, f, k)
	}
	assert.Equal(t, float64(3), f["location"].(map[string]any)["line"])
	sum := doc["summary"].(map[string]any)
	for _, k := range []string{"files_scanned", "bytes_scanned", "findings", "by_severity", "skipped", "errors", "duration_ms"} {
		assert.Contains(t, sum, k)
	}
}

func TestSARIFStructure(t *testing.T) {
	var doc struct {
		Version string `json:"version"`
		Schema  string `json:"$schema"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID         string         `json:"id"`
						Properties map[string]any `json:"properties"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			OriginalURIBaseIDs map[string]any `json:"originalUriBaseIds"`
			Results            []struct {
				RuleID              string            `json:"ruleId"`
				Level               string            `json:"level"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
				Locations           []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string `json:"uri"`
							URIBaseID string `json:"uriBaseId"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine int `json:"startLine"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	require.NoError(t, json.Unmarshal([]byte(render(t, "sarif", Options{BaseDir: "repo"})), &doc))
	assert.Equal(t, "2.1.0", doc.Version)
	require.Len(t, doc.Runs, 1)
	run := doc.Runs[0]
	assert.Equal(t, "walletaudit", run.Tool.Driver.Name)
	assert.Len(t, run.Tool.Driver.Rules, 2)
	assert.Contains(t, run.OriginalURIBaseIDs, "%SRCROOT%")
	require.Len(t, run.Results, 2)
	r := run.Results[0]
	assert.Equal(t, "hex-private-key", r.RuleID)
	assert.Equal(t, "error", r.Level)
	assert.True(t, strings.HasPrefix(r.PartialFingerprints[FingerprintKey], "wa1:"))
	assert.Equal(t, "app/.env", r.Locations[0].PhysicalLocation.ArtifactLocation.URI)
	assert.Equal(t, "%SRCROOT%", r.Locations[0].PhysicalLocation.ArtifactLocation.URIBaseID)
	assert.Equal(t, 3, r.Locations[0].PhysicalLocation.Region.StartLine)
	assert.Equal(t, "note", run.Results[1].Level)
}

func TestTextIsForPeople(t *testing.T) {
	out := render(t, "text", Options{})
	assert.True(t, strings.Index(out, "CRITICAL") < strings.Index(out, "INFO"), "worst first")
	assert.Contains(t, out, "plaintext-in-repo")
	assert.Contains(t, out, "2 findings")

	// Where the place is test data or an installed package, it says so.
	fs, sum := sample()
	fs[1].Storage.TestFixture, fs[1].Storage.ThirdParty = true, true
	out = renderFindings(t, "text", Options{}, fs, sum)
	assert.Contains(t, out, "inside a repository, test data, in an installed package;")
}
