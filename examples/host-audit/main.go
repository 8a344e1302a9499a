// Command host-audit is an auditor's sweep of a machine or a mounted image:
// the wallet stores found under ROOT (browser extensions, desktop wallets),
// the shell histories of its users, and the file tree, in one
// self-contained report. Secrets are redacted; nothing is written but the
// report.
//
//	host-audit [-format html|md|json] [-o FILE] [-tree=false] [-trials off|quick|thorough|DURATION] [ROOT]
//
// ROOT defaults to "/". The format defaults to HTML when -o ends in .html,
// Markdown when it ends in .md, and JSON otherwise.
package main

import (
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/walletaudit/walletaudit/audit"
	"github.com/walletaudit/walletaudit/audit/report"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// Audit is everything the report shows.
type Audit struct {
	Root     string                 `json:"root"`
	When     time.Time              `json:"when"`
	Wallets  []WalletRow            `json:"wallets"`
	Findings []audit.Finding        `json:"findings"`
	Summary  audit.Summary          `json:"summary"`
	BySev    []Count                `json:"by_severity"`
	ByPath   []Count                `json:"by_attack_path"`
	Paths    map[string]pathSummary `json:"-"`
}

// WalletRow is a wallet store and what is known of its protection.
type WalletRow struct {
	audit.WalletLocation
	Protection string `json:"protection"`
	Findings   int    `json:"findings"`
}

// Count is a bar of a chart.
type Count struct {
	Name string `json:"name"`
	N    int    `json:"n"`
	Pct  int    `json:"-"`
}

type pathSummary struct{ Title string }

func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("host-audit", flag.ContinueOnError)
	fl.SetOutput(stderr)
	format := fl.String("format", "", "report format: html, md or json")
	out := fl.String("o", "", "write the report to `file`")
	tree := fl.Bool("tree", true, "also scan the whole file tree under ROOT (slow on a full disk)")
	ocrOn := fl.Bool("ocr", false, "read the text of images with the tesseract command (slow; it must be installed)")
	trials := audit.TrialsThorough
	fl.Var(&trials, "trials", audit.TrialsUsage)
	if err := fl.Parse(args); err != nil {
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
	a, err := sweep(ctx, root, *tree, audit.Options{Trials: trials, OCR: *ocrOn})
	if err != nil {
		fmt.Fprintln(stderr, "host-audit:", report.EscapeText(err.Error()))
		return 2
	}
	switch *format {
	case "html":
		err = writeHTML(w, a)
	case "md":
		err = writeMarkdown(w, a)
	default:
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		err = enc.Encode(a)
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

// sweep runs the sources together and builds the audit.
func sweep(ctx context.Context, root string, tree bool, opts audit.Options) (*Audit, error) {
	srcs := []audit.Source{audit.Host(root)}
	for _, home := range audit.HomeDirs(root) {
		srcs = append(srcs, audit.History(home))
	}
	if tree {
		srcs = append(srcs, audit.Dir(root))
	}
	a := &Audit{Root: root, When: time.Now().UTC(), Paths: map[string]pathSummary{}}
	seen := map[string]bool{}
	sum, err := audit.New(opts).Run(ctx, func(f audit.Finding) error {
		// Wallet stores are reached both by Host and by the tree walk.
		key := f.Location.Path + "\x00" + fmt.Sprint(f.Location.Line) + "\x00" + f.Rule + "\x00" + f.Secret.Fingerprint()
		if !seen[key] {
			seen[key] = true
			a.Findings = append(a.Findings, f)
		}
		return nil
	}, srcs...)
	if err != nil {
		return nil, err
	}
	report.SortBySeverity(a.Findings)
	a.Summary = sum
	a.Summary.Findings = len(a.Findings)
	sev := map[string]int{}
	paths := map[string]int{}
	for _, f := range a.Findings {
		sev[string(f.Severity)]++
		for _, p := range f.AttackPaths {
			paths[p.ID]++
			a.Paths[p.ID] = pathSummary{Title: p.Title}
		}
	}
	for _, s := range audit.Severities() {
		a.BySev = append(a.BySev, Count{Name: string(s), N: sev[string(s)]})
	}
	for id, n := range paths {
		a.ByPath = append(a.ByPath, Count{Name: id, N: n})
	}
	slices.SortFunc(a.ByPath, func(x, y Count) int { return cmp.Or(cmp.Compare(y.N, x.N), cmp.Compare(x.Name, y.Name)) })
	scale(a.BySev)
	scale(a.ByPath)
	for _, loc := range audit.FindWallets(root) {
		row := WalletRow{WalletLocation: loc, Protection: "no key material recognised in its files"}
		for _, f := range a.Findings {
			if strings.HasPrefix(f.Location.Path, loc.Path+string(filepath.Separator)) {
				row.Findings++
				if f.Protection != nil && f.Protection.Summary != "" {
					row.Protection = f.Protection.Summary
				} else if row.Findings == 1 {
					row.Protection = "plaintext secret: " + f.Secret.Redacted()
				}
			}
		}
		a.Wallets = append(a.Wallets, row)
	}
	return a, nil
}

func scale(cs []Count) {
	top := 0
	for _, c := range cs {
		top = max(top, c.N)
	}
	for i := range cs {
		if top > 0 {
			cs[i].Pct = cs[i].N * 85 / top // room for the count beside the bar
		}
	}
}
