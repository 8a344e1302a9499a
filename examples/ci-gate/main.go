// Command ci-gate scans a checkout in a pipeline: it writes SARIF for code
// scanning and fails only on new findings (not in the baseline) at or above
// a severity threshold.
//
//	ci-gate [-baseline FILE] [-fingerprint-only] [-sarif FILE] [-min-severity high] [PATH]
//
// A finding is in the baseline when its fingerprint and its path are
// (a known secret copied into a new file is new); -fingerprint-only
// matches by fingerprint alone. Findings are scored as by scan, with the
// same cross-file correlation (audit.Spread). The gate never reads its
// own output and baseline files: they are left out of the walk.
//
// Exit status: 0 nothing new at or above the threshold, 1 new findings,
// 2 usage or fatal error. See the README for a workflow snippet.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/walletaudit/walletaudit/audit"
	"github.com/walletaudit/walletaudit/audit/report"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("ci-gate", flag.ContinueOnError)
	fl.SetOutput(stderr)
	baseline := fl.String("baseline", "", "baseline `file` of accepted findings (from scan -write-baseline)")
	fpOnly := fl.Bool("fingerprint-only", false, "match the baseline by fingerprint alone (default: fingerprint and path)")
	sarifOut := fl.String("sarif", "", "write SARIF 2.1.0 to `file`")
	minSev := fl.String("min-severity", "high", "fail on new findings at or above this `severity`")
	failUnread := fl.Bool("fail-on-unreadable", true, "exit 2 when an item could not be read (an unreadable file, a damaged archive)")
	trials := audit.TrialsQuick
	fl.Var(&trials, "trials", audit.TrialsUsage)
	if err := fl.Parse(args); err != nil {
		return 2
	}
	threshold, err := audit.ParseSeverity(*minSev)
	if err != nil {
		fmt.Fprintln(stderr, "ci-gate:", report.EscapeText(err.Error()))
		return 2
	}
	root := "."
	if fl.NArg() > 0 {
		root = fl.Arg(0)
	}
	opts := audit.Options{FailOnUnreadable: *failUnread, Trials: trials}
	if *baseline != "" {
		if opts.Baseline, err = audit.ReadBaselineFile(*baseline); err != nil {
			fmt.Fprintln(stderr, "ci-gate: -baseline:", report.EscapeText(err.Error()))
			return 2
		}
		if *fpOnly {
			opts.Baseline = opts.Baseline.FingerprintOnly()
		}
	}
	var sarif report.Writer
	var sarifFile *os.File
	if *sarifOut != "" {
		// Created before the scan: an unwritable path fails at once.
		if sarifFile, err = os.Create(*sarifOut); err != nil {
			fmt.Fprintln(stderr, "ci-gate: -sarif:", report.EscapeText(err.Error()))
			return 2
		}
		defer sarifFile.Close()
		sarif = report.NewSARIF(sarifFile, report.Options{BaseDir: root})
	}
	// The gate's own files (baseline, SARIF report) are left out of the
	// walk: never opened, never reported.
	all, sum, err := audit.New(opts).Collect(context.Background(), audit.DirExcept(root, *baseline, *sarifOut))
	failing := 0
	for _, f := range all {
		if sarif != nil {
			if err := sarif.Add(f); err != nil {
				fmt.Fprintln(stderr, "ci-gate:", report.EscapeText(err.Error()))
				return 2
			}
		}
		// Info findings (published test secrets) fail only a gate set
		// to info explicitly.
		if f.Severity.AtLeast(threshold) {
			failing++
			fmt.Fprintf(stdout, "NEW %s %s %s %s %s\n", f.Severity, report.EscapeText(f.Location.String()), report.EscapeText(f.Rule),
				report.EscapeText(f.Secret.Redacted()), f.Secret.Fingerprint())
		}
	}
	unreadable := errors.Is(err, audit.ErrUnreadable)
	if err != nil && !unreadable {
		fmt.Fprintln(stderr, "ci-gate:", report.EscapeText(err.Error()))
		return 2
	}
	if sarif != nil {
		if err := sarif.Close(sum); err != nil {
			fmt.Fprintln(stderr, "ci-gate:", report.EscapeText(err.Error()))
			return 2
		}
	}
	fmt.Fprintf(stdout, "ci-gate: %d files, %d findings, %d new at or above %s, %d in the baseline, %d ignored, %d skipped, %d not scanned completely\n",
		sum.FilesScanned, sum.Findings, failing, threshold, sum.Baselined, sum.Ignored, len(sum.Skipped), len(sum.Errors))
	if unreadable {
		for _, e := range sum.Errors {
			fmt.Fprintf(stdout, "UNREAD %s: %s\n", report.EscapeText(e.Path), report.EscapeText(e.Error))
		}
		fmt.Fprintf(stderr, "ci-gate: %d items could not be read\n", len(sum.Errors))
		return 2
	}
	if failing > 0 {
		return 1
	}
	return 0
}
