package audit

import (
	"fmt"
	"time"

	"github.com/walletaudit/walletaudit/audit/detect"
)

// Finding is one secret found at one place, scored. Its JSON form is the
// stable contract described in docs/json.md.
type Finding struct {
	// Rule is the precise detector rule ("bip39-mnemonic", "wif", …).
	Rule string `json:"rule"`
	// RuleTitle names the rule in words ("WIF private key"), from the
	// built-in table or the detector's RuleInfo; empty when unknown.
	RuleTitle string `json:"rule_title,omitempty"`
	// Kind is the family of the secret.
	Kind Kind `json:"kind"`
	// Severity is the band of Score.
	Severity Severity `json:"severity"`
	// Score is 0–10; see docs/scoring.md for the formula.
	Score float64 `json:"score"`
	// Confidence is how sure the detector is.
	Confidence Confidence `json:"confidence"`
	// Public is set for published test secrets; PublicSource names them.
	Public       bool   `json:"public"`
	PublicSource string `json:"public_source,omitempty"`
	// Location is where the secret is.
	Location Location `json:"location"`
	// Secret identifies the secret by redacted form, fingerprint and
	// public address; it never marshals the value.
	Secret Secret `json:"secret"`
	// Storage is what is known about the place the secret is stored.
	Storage Storage `json:"storage"`
	// AttackPaths are the ways an attacker gets at the secret here.
	AttackPaths []AttackPath `json:"attack_paths"`
	// Remediation says what to do first.
	Remediation string `json:"remediation"`
	// Encoding names the decoder the secret was found through ("" when it
	// was in the clear).
	Encoding string `json:"encoding,omitempty"`
	// Network is "mainnet" or "testnet" where the format says.
	Network string `json:"network,omitempty"`
	// Scheme names the seed or key scheme where Rule does not.
	Scheme string `json:"scheme,omitempty"`
	// Protection describes encryption at rest, for keystores and wallets.
	Protection *Protection `json:"protection,omitempty"`
	// Details are extra facts for people; they never hold the secret.
	Details map[string]string `json:"details,omitempty"`
	// Funds is the outcome of the opt-in balance check (Options.Funds),
	// nil when the secret was not checked.
	Funds *Funds `json:"funds,omitempty"`

	// share is the candidate's SLIP-39 share (nil for other secrets),
	// with which Spread completes sets across files. It holds the parsed
	// share and is never written: a finding read back from a report has
	// none.
	share *detect.Share
}

// Location is where a finding is. Line and Column are 1-based; Column is a
// byte column. Offset is the byte offset of the secret in the item (in the
// decoded text for UTF-16 files).
type Location struct {
	Path    string `json:"path"`
	Line    int    `json:"line"`
	EndLine int    `json:"end_line"`
	Column  int    `json:"column"`
	Offset  int64  `json:"offset"`
	// Origin is the source kind: "file", "stdin", "bytes", "env", ….
	Origin string `json:"origin,omitempty"`
	// ignored is set when an ignore comment (IgnoreMarker) marks the
	// secret's line: the engine counts the finding and drops it.
	ignored bool
	// encoding names the decoder the secret came through ("" for the
	// item's own bytes); Finding.Encoding and Details["encoding"] say it.
	encoding string
	// entry names the entry of a password export the secret is in,
	// when the finding is placed in the export (Details["entry"]).
	entry string
	// testCode is set when the secret is in tests inside a source file
	// (a Rust test module or doc example, a Python doctest): its storage
	// is then a test fixture's, as a file's under tests/ is.
	testCode bool
}

// String returns "path:line:column".
func (l Location) String() string {
	if l.Line == 0 {
		return l.Path
	}
	return fmt.Sprintf("%s:%d:%d", l.Path, l.Line, l.Column)
}

// Storage describes the place a secret is stored.
type Storage struct {
	// Context classifies the place: "source", "dotenv", "config",
	// "shell-history", "log", "ci", "container", "k8s", "notes",
	// "document", "backup", "wallet-data", "browser-extension", "stdin",
	// "environment", "file".
	Context string `json:"context"`
	// Permissions is the octal file mode ("0644"), when known.
	Permissions string `json:"permissions,omitempty"`
	// WorldReadable is set when other users can read the file.
	WorldReadable bool `json:"world_readable,omitempty"`
	// InVCS is set when the file is inside a version-control work tree.
	InVCS bool `json:"in_vcs"`
	// Synced names the cloud-sync service whose folder holds the file.
	Synced string `json:"synced,omitempty"`
	// TestFixture is set when the path looks like test data.
	TestFixture bool `json:"test_fixture,omitempty"`
	// ThirdParty is set when the file is part of a package installed
	// from a registry (node_modules, the Go module cache, site-packages,
	// vendor and the like): published by its authors, not the owner's.
	ThirdParty bool `json:"third_party,omitempty"`
}

// AttackPath is one way an attacker reaches a secret, with its MITRE
// ATT&CK techniques and CWE weaknesses.
type AttackPath struct {
	ID     string   `json:"id"`
	Title  string   `json:"title,omitempty"`
	Attack []string `json:"attack"`
	CWE    []string `json:"cwe"`
	// CCSS names the CryptoCurrency Security Standard aspect.
	CCSS string `json:"ccss,omitempty"`
}

// Summary totals a scan.
type Summary struct {
	FilesScanned int64 `json:"files_scanned"`
	BytesScanned int64 `json:"bytes_scanned"`
	Findings     int   `json:"findings"`
	// Ignored counts findings suppressed by ignore comments or the
	// allowlist; Baselined those suppressed by the baseline.
	Ignored    int            `json:"ignored"`
	Baselined  int            `json:"baselined"`
	BySeverity map[string]int `json:"by_severity"`
	// Skipped and Errors list the first MaxListed skipped items and item
	// errors; SkippedTotal and ErrorsTotal count all of them.
	Skipped      []Skip      `json:"skipped"`
	Errors       []ItemError `json:"errors"`
	SkippedTotal int64       `json:"skipped_total"`
	ErrorsTotal  int64       `json:"errors_total"`
	// InternalErrors counts the errors that are bugs (ErrInternal), not
	// problems with the input.
	InternalErrors int   `json:"internal_errors"`
	DurationMS     int64 `json:"duration_ms"`
	// Duration is DurationMS as a time.Duration, for Go callers.
	Duration time.Duration `json:"-"`
}

// Skip is an item the scan did not read, and why.
type Skip struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// ItemError is an item that could not be read completely.
type ItemError struct {
	Path  string `json:"path"`
	Error string `json:"error"`
	// Internal is set when the error is a bug (ErrInternal).
	Internal bool `json:"internal,omitempty"`
	// Err is the error itself, for Go callers: an *InternalError when
	// Internal is set. It is not written by the reports.
	Err error `json:"-"`
}
