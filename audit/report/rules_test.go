package report_test

import (
	"bytes"
	"context"
	"encoding/json"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/audit/report"
)

// pinDetector finds "HSM_PIN=<8 digits>" and does not describe its
// rule; describedPin does.
type pinDetector struct{}

var pinRE = regexp.MustCompile(`HSM_PIN=[0-9]{8}`)

func (pinDetector) ID() string         { return "hsm-pin" }
func (pinDetector) Keywords() []string { return []string{"hsm_pin"} }
func (pinDetector) Detect(_ context.Context, c *detect.Chunk) []detect.Candidate {
	var out []detect.Candidate
	for _, m := range pinRE.FindAllIndex(c.Data, -1) {
		raw := string(c.Data[m[0]:m[1]])
		out = append(out, detect.Candidate{Rule: "hsm-pin", Kind: detect.KindOtherPrivateKey, Start: m[0], End: m[1],
			Confidence: detect.ConfidenceHigh,
			Secret:     detect.NewSecret(detect.SecretSpec{Kind: detect.KindOtherPrivateKey, Raw: raw, Normalized: raw, Redacted: "HSM_PIN=…"})})
	}
	return out
}

type describedPin struct{ pinDetector }

func (describedPin) Rules() []detect.RuleInfo {
	return []detect.RuleInfo{{
		ID: "hsm-pin", Title: "HSM PIN", Help: "The PIN that unlocks the signing HSM.",
		Remediation: "Change the HSM PIN.",
		AttackPaths: []string{"log-file"},
		NewPaths: []detect.AttackPathInfo{
			{ID: "hsm-pin-use", Title: "PIN used at the HSM by an insider", Attack: []string{"T1078"}, CWE: []string{"CWE-522"}, Likelihood: 0.5, Remediation: "Require two operators."},
			{ID: "no-cwe", Title: "Broken", Attack: []string{"T1078"}}, // ignored: no CWE
		},
		Impact: 0.4,
	}}
}

func scanPin(t *testing.T, d audit.Detector) (audit.Finding, []audit.Rule, []byte) {
	t.Helper()
	s := audit.New(audit.Options{Detectors: []audit.Detector{d}, FileDetectors: []audit.FileDetector{}})
	fs, sum, err := s.Collect(context.Background(), audit.Bytes("hsm-dump", []byte("HSM_PIN=12345678\n")))
	require.NoError(t, err)
	require.Len(t, fs, 1)
	var out bytes.Buffer
	w := report.NewSARIF(&out, report.Options{Rules: s.Rules()})
	require.NoError(t, w.Add(fs[0]))
	require.NoError(t, w.Close(sum))
	return fs[0], s.Rules(), out.Bytes()
}

func TestDescribedRule(t *testing.T) {
	f, rules, sarifOut := scanPin(t, describedPin{})
	assert.Equal(t, []audit.Rule{{ID: "hsm-pin", Detector: "hsm-pin", Title: "HSM PIN", Help: "The PIN that unlocks the signing HSM.", Remediation: "Change the HSM PIN."}}, rules)

	js, err := json.Marshal(f)
	require.NoError(t, err)
	var got struct {
		RuleTitle   string `json:"rule_title"`
		Remediation string `json:"remediation"`
		Score       float64
		AttackPaths []struct {
			ID     string
			Attack []string
			CWE    []string
		} `json:"attack_paths"`
	}
	require.NoError(t, json.Unmarshal(js, &got))
	assert.Equal(t, "HSM PIN", got.RuleTitle)
	assert.NotContains(t, got.Remediation, "new wallet")
	assert.Contains(t, got.Remediation, "Change the HSM PIN.")
	assert.Contains(t, got.Remediation, "Require two operators.")
	var ids []string
	for _, p := range got.AttackPaths {
		ids = append(ids, p.ID)
		assert.NotEmpty(t, p.Attack, p.ID)
		assert.NotEmpty(t, p.CWE, p.ID)
	}
	assert.Equal(t, []string{"log-file", "hsm-pin-use", "plaintext-local-file"}, ids)
	// 10 × impact 0.4 × validity 1.0 × exposure 0.9 (log-file) × residual 1.0
	assert.InDelta(t, 3.6, f.Score, 1e-9)
	assert.InDelta(t, 3.6, got.Score, 1e-9)

	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID               string
						Name             string
						ShortDescription struct{ Text string }
						Help             struct{ Text string }
					}
				}
			}
			Results []struct{ Message struct{ Text string } }
		}
	}
	require.NoError(t, json.Unmarshal(sarifOut, &log))
	r := log.Runs[0].Tool.Driver.Rules[0]
	assert.Equal(t, "HSM PIN", r.Name)
	assert.Equal(t, "HSM PIN exposed", r.ShortDescription.Text)
	assert.Equal(t, "The PIN that unlocks the signing HSM. Change the HSM PIN.", r.Help.Text)
	assert.Contains(t, log.Runs[0].Results[0].Message.Text, "hsm-pin-use")
	assert.NotContains(t, string(sarifOut), "12345678")
}

// A rule no detector describes keeps the engine's defaults.
func TestUndescribedRuleFallsBack(t *testing.T) {
	f, rules, sarifOut := scanPin(t, pinDetector{})
	assert.Equal(t, []audit.Rule{{ID: "hsm-pin", Detector: "hsm-pin"}}, rules)
	assert.Empty(t, f.RuleTitle)
	assert.Contains(t, f.Remediation, "create a new wallet")
	require.Len(t, f.AttackPaths, 1)
	assert.Equal(t, "plaintext-local-file", f.AttackPaths[0].ID)
	// 10 × 0.8 (other private key) × 1.0 × 0.75 × 1.0
	assert.InDelta(t, 6.0, f.Score, 1e-9)
	assert.Contains(t, string(sarifOut), `"name": "Hsm pin"`)
}
