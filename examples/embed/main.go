// Command embed is a small scanner built on the walletaudit library. Its
// source is the documentation of the extension points:
//
//   - a custom detector (a company's own key format) registered next to the
//     built-in ones, with keywords for the engine's prefilter;
//   - the detector describing its rule (title, help, remediation, attack
//     paths, impact) so its findings are scored and remediated as what
//     they are, not as a wallet;
//   - a built-in detector turned off by ID;
//   - limits and worker count set through Options;
//   - findings streamed through a callback into a JSON Lines writer, and
//     the summary used for the exit code.
//
// Usage: go run ./examples/embed [PATH ...]
package main

import (
	"context"
	"fmt"
	"os"
	"regexp"

	"github.com/walletaudit/walletaudit/audit"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/audit/report"
)

// custodyKey detects the signing tokens of a (fictional) custody service:
// "CUSTODY-" followed by 40 base32 characters. Detectors receive chunks of
// text and return candidates; the engine scores them.
type custodyKey struct{}

var custodyRE = regexp.MustCompile(`CUSTODY-[A-Z2-7]{40}`)

func (custodyKey) ID() string { return "custody-signing-token" }

// Keywords lets the engine skip chunks without "custody-" cheaply.
func (custodyKey) Keywords() []string { return []string{"custody-"} }

// Rules describes the rule the detector emits: findings get its title,
// its remediation instead of "create a new wallet", its attack path
// beside those of the storage, and its impact as the score's power.
func (custodyKey) Rules() []detect.RuleInfo {
	return []detect.RuleInfo{{
		ID:          "custody-signing-token",
		Title:       "Custody signing token",
		Help:        "A token that signs withdrawals at the custody service.",
		Remediation: "Revoke the token in the custody console and issue a new one.",
		AttackPaths: []string{"plaintext-local-file"},
		NewPaths: []detect.AttackPathInfo{{
			ID: "custody-token-replay", Title: "Signing token replayed against the custody API",
			Attack: []string{"T1528"}, CWE: []string{"CWE-522"}, Likelihood: 0.9,
			Remediation: "Restrict the token to known source addresses.",
		}},
		Impact: 0.9,
	}}
}

func (custodyKey) Detect(_ context.Context, c *detect.Chunk) []detect.Candidate {
	var out []detect.Candidate
	for _, m := range custodyRE.FindAllIndex(c.Data, -1) {
		raw := string(c.Data[m[0]:m[1]])
		out = append(out, detect.Candidate{
			Rule: "custody-signing-token", Kind: detect.KindOtherPrivateKey,
			Start: m[0], End: m[1], Confidence: detect.ConfidenceMedium,
			// The Secret redacts itself in every output.
			Secret: detect.NewSecret(detect.SecretSpec{Kind: detect.KindOtherPrivateKey, Raw: raw, Normalized: raw, Redacted: "CUSTODY-…[signing token]"}),
		})
	}
	return out
}

func main() {
	paths := os.Args[1:]
	if len(paths) == 0 {
		paths = []string{"."}
	}
	s := audit.New(audit.Options{
		Detectors:   append(audit.DefaultDetectors(), custodyKey{}),
		Disable:     []string{"aptos-private-key"}, // not used here
		Workers:     4,
		MaxFileSize: 64 << 20,
		MinSeverity: audit.SeverityLow,
	})
	var srcs []audit.Source
	for _, p := range paths {
		srcs = append(srcs, audit.Dir(p))
	}
	w := report.NewJSONL(os.Stdout, report.Options{})
	sum, err := s.Run(context.Background(), w.Add, srcs...)
	if err != nil {
		fmt.Fprintln(os.Stderr, "embed:", err)
		os.Exit(2)
	}
	if err := w.Close(sum); err != nil {
		fmt.Fprintln(os.Stderr, "embed:", err)
		os.Exit(2)
	}
	if sum.Findings > 0 {
		os.Exit(1)
	}
}
