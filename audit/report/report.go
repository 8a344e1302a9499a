// Package report writes walletaudit findings as JSON, JSON Lines, SARIF
// 2.1.0 or text for people. Every writer shows secrets redacted unless
// Options.ShowSecrets is set.
//
// A Writer takes findings one at a time and the summary at the end:
//
//	w, _ := report.New("json", os.Stdout, report.Options{})
//	sum, err := scanner.Run(ctx, w.Add, audit.Dir("."))
//	...
//	err = w.Close(sum)
package report

import (
	"cmp"
	"fmt"
	"io"
	"slices"

	"github.com/walletaudit/walletaudit/audit"
)

// Options configure a writer.
type Options struct {
	// ShowSecrets adds the raw secret to each finding ("value" in JSON).
	// Off by default; turn it on only for a report that stays with the
	// secret's owner.
	ShowSecrets bool
	// Color turns on ANSI colour in the text format.
	Color bool
	// ToolVersion is written into SARIF and JSON metadata.
	ToolVersion string
	// Verbose lists every skipped item in the text format (otherwise a
	// count and the first few).
	Verbose bool
	// BaseDir, when set, makes SARIF locations relative to it under the
	// %SRCROOT% base, as code-scanning services expect.
	BaseDir string
	// Rules describes the rules for SARIF rule metadata (pass
	// Scanner.Rules()): a rule's title is its name, its help and
	// remediation its help. Rules not in it are named from the findings'
	// RuleTitle or the built-in table.
	Rules []audit.Rule
}

// Writer receives findings and, last, the summary.
type Writer interface {
	// Add records one finding. Writers that sort (json, sarif, text)
	// buffer findings until Close.
	Add(f audit.Finding) error
	// Close writes what is buffered and the summary. It does not close
	// the underlying io.Writer.
	Close(s audit.Summary) error
}

// Formats lists the format names New accepts.
func Formats() []string { return []string{"text", "json", "jsonl", "sarif"} }

// New returns a writer for the named format.
func New(format string, w io.Writer, opts Options) (Writer, error) {
	switch format {
	case "json":
		return NewJSON(w, opts), nil
	case "jsonl":
		return NewJSONL(w, opts), nil
	case "sarif":
		return NewSARIF(w, opts), nil
	case "text":
		return NewText(w, opts), nil
	}
	return nil, fmt.Errorf("report: unknown format %q (want text, json, jsonl or sarif)", format)
}

// SortByLocation orders findings by path, line, column and rule: the order
// of the JSON and SARIF reports, stable across runs. Findings whose secret
// controls funds now (Finding.Funds) come first.
func SortByLocation(fs []audit.Finding) {
	slices.SortStableFunc(fs, func(a, b audit.Finding) int {
		return cmp.Or(
			fundedFirst(a, b),
			cmp.Compare(a.Location.Path, b.Location.Path),
			cmp.Compare(a.Location.Line, b.Location.Line),
			cmp.Compare(a.Location.Column, b.Location.Column),
			cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.Secret.Fingerprint(), b.Secret.Fingerprint()),
		)
	})
}

// SortBySeverity orders findings worst first (funded secrets before all),
// then by location.
func SortBySeverity(fs []audit.Finding) {
	SortByLocation(fs)
	slices.SortStableFunc(fs, func(a, b audit.Finding) int {
		return cmp.Or(
			fundedFirst(a, b),
			cmp.Compare(b.Severity.Rank(), a.Severity.Rank()),
			cmp.Compare(b.Score, a.Score),
		)
	})
}

// fundedFirst orders a finding whose secret holds funds before one whose
// secret does not.
func fundedFirst(a, b audit.Finding) int {
	fa, fb := a.Funds.Funded(), b.Funds.Funded()
	switch {
	case fa && !fb:
		return -1
	case fb && !fa:
		return 1
	}
	return 0
}
