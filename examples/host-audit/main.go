// Command host-audit is an auditor's sweep of a machine or a mounted image:
// the wallet stores found under ROOT (browser extensions, desktop wallets),
// the shell histories of its users, and the file tree, in one
// self-contained report. Secrets are redacted; nothing is written but the
// report. The sources overlap (a wallet store is in the tree too): each
// file is scanned and counted once.
//
// The report opens with an executive summary (what was scanned, when, by
// which version, the overall risk in one sentence, the three things to do
// first), then scope and method (sources, what was not scanned and why,
// skipped items, the password-trial budget, the limits: offline, no
// balance look-ups), the wallets found with their protection in words, and
// the findings grouped by attack path, each with what to do. HTML and
// Markdown carry the same content and JSON the same numbers.
//
//	host-audit [-format html|md|json] [-o FILE] [-tree=false] [-trials off|quick|thorough|DURATION] [ROOT]
//
// ROOT defaults to "/". The format defaults to HTML when -o ends in .html,
// Markdown when it ends in .md, and JSON otherwise.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"github.com/walletaudit/walletaudit/audit"
	"github.com/walletaudit/walletaudit/audit/report"
	"github.com/walletaudit/walletaudit/internal/hostreport"
	"github.com/walletaudit/walletaudit/internal/sizeflag"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("host-audit", flag.ContinueOnError)
	fl.SetOutput(stderr)
	format := fl.String("format", "", "report format: html, md or json")
	out := fl.String("o", "", "write the report to `file`")
	tree := fl.Bool("tree", true, "also scan the whole file tree under ROOT (slow on a full disk)")
	ocrOn := fl.Bool("ocr", false, "read the text of images with the tesseract command (slow; it must be installed)")
	trials := audit.TrialsThorough
	fl.Var(&trials, "trials", audit.TrialsUsage)
	archiveMax := fl.String("archive-bytes", "1G", sizeflag.ArchiveBytesUsage)
	if err := fl.Parse(args); err != nil {
		return 2
	}
	archiveBytes, err := sizeflag.ArchiveBytes(*archiveMax)
	if err != nil {
		fmt.Fprintln(stderr, "host-audit: -archive-bytes:", report.EscapeText(err.Error()))
		return 2
	}
	root := "/"
	if fl.NArg() > 0 {
		root = fl.Arg(0)
	}
	if *format == "" {
		switch strings.ToLower(filepath.Ext(*out)) {
		case ".html", ".htm":
			*format = "html"
		case ".md":
			*format = "md"
		default:
			*format = "json"
		}
	}
	if *format != "html" && *format != "md" && *format != "json" {
		fmt.Fprintln(stderr, "host-audit: -format must be html, md or json")
		return 2
	}
	w := stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintln(stderr, "host-audit:", report.EscapeText(err.Error()))
			return 2
		}
		defer f.Close()
		w = f
	}
	if *ocrOn {
		if err := audit.CheckOCR(); err != nil {
			fmt.Fprintln(stderr, "host-audit: -ocr:", report.EscapeText(err.Error()))
			return 2
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	a, err := sweep(ctx, root, *tree, audit.Options{Trials: trials, OCR: *ocrOn, Archive: audit.ArchiveLimits{Bytes: archiveBytes}})
	if err != nil {
		fmt.Fprintln(stderr, "host-audit:", report.EscapeText(err.Error()))
		return 2
	}
	switch *format {
	case "html":
		err = hostreport.WriteHTML(w, a)
	case "md":
		err = hostreport.WriteMarkdown(w, a)
	default:
		err = hostreport.WriteJSON(w, a)
	}
	if err != nil {
		fmt.Fprintln(stderr, "host-audit:", report.EscapeText(err.Error()))
		return 2
	}
	if len(a.Findings) > 0 {
		return 1
	}
	return 0
}

// sweep runs the sources together, each file once, and builds the
// report.
func sweep(ctx context.Context, root string, tree bool, opts audit.Options) (*hostreport.Report, error) {
	homes := audit.HomeDirs(root)
	srcs := []audit.Source{audit.Host(root)}
	for _, home := range homes {
		srcs = append(srcs, audit.History(home))
	}
	r := &hostreport.Report{
		Title: "Wallet secret audit of " + root,
		Tool:  "walletaudit host-audit " + hostreport.Version(),
		When:  time.Now().UTC(),
		Roots: []string{root},
	}
	r.Scope.Sources = []string{
		"wallet stores (browser-extension storage in every Chromium-family and Firefox profile, desktop wallet data directories)",
		fmt.Sprintf("shell and REPL histories of the home directories (%d)", len(homes)),
	}
	if tree {
		srcs = append(srcs, audit.Dir(root))
		r.Scope.Sources = append(r.Scope.Sources, "every file under the root, archives and documents opened (git's object stores, other version-control metadata and symbolic links skipped)")
	} else {
		r.Scope.NotScanned = append(r.Scope.NotScanned, "the rest of the file tree (-tree=false)")
	}
	r.Scope.NotScanned = append(r.Scope.NotScanned, "process environments (a mounted image has none; scan -env and -proc-env read a live machine's)", "git history (scan -git)")
	r.Scope.Limits = []string{
		"offline: nothing leaves the machine, and no address or balance is looked up, so a finding does not say whether funds are at stake",
		"read-only: no file is changed",
		"secrets are recorded redacted: fingerprint and public address only",
	}
	r.Scope.Trials = "policy " + opts.Trials.String()
	// Host, History and Dir overlap: Distinct scans each file once.
	sum, err := audit.New(opts).Run(ctx, func(f audit.Finding) error {
		r.Findings = append(r.Findings, hostreport.Finding{Finding: f})
		return nil
	}, audit.Distinct(srcs...))
	if err != nil {
		return nil, err
	}
	r.Summary = sum
	for _, loc := range audit.FindWallets(root) {
		r.Wallets = append(r.Wallets, hostreport.WalletRow{WalletLocation: loc})
	}
	r.Build()
	return r, nil
}
