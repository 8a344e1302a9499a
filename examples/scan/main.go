// Command scan is the reference command-line scanner of walletaudit. It
// looks for exposed wallet secrets (seed phrases, private keys, extended
// keys, keystores and wallet files) under the given paths and reports them
// redacted.
//
// Usage:
//
//	scan [flags] [PATH ...]
//	scan merge [-format json|jsonl|html|md] [-o FILE] [-host LABEL] [LABEL=]REPORT ...
//
// With -shard i/n a scan reads only the items whose path hashes to i
// modulo n, so n machines (a Kubernetes Indexed Job, a CI matrix) split a
// tree; "scan merge" combines their JSON or JSON Lines reports, or those
// of many hosts, into one (docs/fleets.md).
//
// With no path it scans the current directory; "-" reads standard input.
// The output format is text on a terminal and JSON otherwise, unless
// -format says. Exit status: 0 when no finding at or above -min-severity
// (findings of severity info never count), 1 when there are some, 2 on a
// usage or fatal error.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/walletaudit/walletaudit/audit"
	"github.com/walletaudit/walletaudit/audit/report"
	"github.com/walletaudit/walletaudit/internal/sizeflag"
	"golang.org/x/term"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

type config struct {
	format      string
	out         string
	minSeverity string
	showSecrets bool
	workers     int
	maxFileSize string
	archiveMax  string
	disable     string
	verbose     bool
	noProgress  bool
	env         bool
	procEnv     bool
	history     bool
	home        string
	baseline    string
	writeBase   string
	allow       string
	gitRepo     string
	host        string
	deep        bool
	deepBudget  time.Duration
	failUnread  bool
	ocr         bool
	shard       string
	fpOnly      bool
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "merge" {
		return runMerge(args[1:], stdout, stderr)
	}
	var cfg config
	fl := flag.NewFlagSet("scan", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.StringVar(&cfg.format, "format", "", "output format: text, json, jsonl or sarif (default text on a terminal, json otherwise)")
	fl.StringVar(&cfg.out, "o", "", "write the report to `file` instead of standard output")
	fl.StringVar(&cfg.minSeverity, "min-severity", "info", "report only findings at or above this `severity` (critical, high, medium, low, info)")
	fl.BoolVar(&cfg.showSecrets, "show-secrets", false, "print secrets in full (off by default: findings show redacted forms and fingerprints)")
	fl.IntVar(&cfg.workers, "workers", 0, "files scanned at once (default: number of CPUs)")
	fl.StringVar(&cfg.maxFileSize, "max-file-size", "256M", "skip files larger than this `size` (bytes, or with K, M, G; 0 means the default, as in the library; none for no limit)")
	fl.StringVar(&cfg.archiveMax, "archive-bytes", "1G", sizeflag.ArchiveBytesUsage)
	fl.StringVar(&cfg.disable, "disable", "", "comma-separated detector `ids` or rules to turn off (listed below)")
	fl.BoolVar(&cfg.verbose, "v", false, "list every skipped file in the text report")
	fl.BoolVar(&cfg.noProgress, "no-progress", false, "never show the progress line")
	fl.BoolVar(&cfg.env, "env", false, "scan this process's environment")
	fl.BoolVar(&cfg.procEnv, "proc-env", false, "scan the environments of other processes this user can read (Linux /proc)")
	fl.BoolVar(&cfg.history, "history", false, "scan the shell and REPL history files of the current user (or of -home)")
	fl.StringVar(&cfg.home, "home", "", "home `directory` for -history (default: the current user's)")
	fl.StringVar(&cfg.baseline, "baseline", "", "report only findings whose fingerprint is not in this baseline `file` (or earlier JSON report)")
	fl.StringVar(&cfg.writeBase, "write-baseline", "", "write the fingerprints and paths of this scan's findings to `file`, and nothing else (no report unless -o; exit 0 once written)")
	fl.BoolVar(&cfg.fpOnly, "fingerprint-only", false, "match -baseline by fingerprint alone (default: fingerprint and path, so a known secret copied to a new file is reported)")
	fl.BoolVar(&cfg.deep, "deep", false, "run the slow weak-generation checks (bx seed and Trust Wallet seed sweeps, up to 10 minutes per phrase)")
	fl.DurationVar(&cfg.deepBudget, "deep-budget", time.Hour, "with -deep, the most time all sweeps of the scan take together")
	fl.StringVar(&cfg.host, "host", "", "scan the wallet stores (browser extensions, desktop wallets) found under `root`")
	fl.StringVar(&cfg.gitRepo, "git", "", "scan every blob in the history of the git `repository` (all refs and reflogs, deleted files, stashes and commit messages included)")
	fl.BoolVar(&cfg.ocr, "ocr", false, "read the text of images (PNG, JPEG, WebP) with the tesseract command (slow; it must be installed)")
	fl.BoolVar(&cfg.failUnread, "fail-on-unreadable", false, "exit 2 when an item could not be read (an unreadable file, a damaged archive), after writing the report")
	fl.StringVar(&cfg.shard, "shard", "", "scan only shard `i/n` of the items (0 ≤ i < n, by path hash; archive members follow their container); combine the reports with scan merge")
	trials := audit.TrialsQuick
	fl.Var(&trials, "trials", audit.TrialsUsage)
	var fundsETH, fundsBTC string
	fl.StringVar(&fundsETH, "funds-eth", "", "opt-in: ask this Ethereum JSON-RPC `URL` (your own node) for the balance and nonce of the addresses of each secret found; only addresses are sent (credentials: user:pass@ in the URL or WALLETAUDIT_ETH_RPC_AUTH=user:pass)")
	fl.StringVar(&fundsBTC, "funds-btc", "", "opt-in: ask this Bitcoin Core RPC `URL` (your own node) to scantxoutset the addresses and xpub descriptors of each secret found; no private key is sent (credentials: user:pass@ in the URL or WALLETAUDIT_BTC_RPC_AUTH=user:pass, e.g. the .cookie file's contents)")
	fl.StringVar(&cfg.allow, "allow", "", "comma-separated fingerprints or path `globs` whose findings are ignored (counted in the summary)")
	fl.Usage = func() {
		fmt.Fprintf(stderr, "usage: scan [flags] [PATH ...]\n\nFinds exposed wallet secrets under PATH (default .; - reads standard input).\nExit status: 0 none at or above -min-severity, 1 findings, 2 error (or, with -fail-on-unreadable, items not read).\n\nFlags:\n")
		fl.PrintDefaults()
		fmt.Fprintf(stderr, "\nRules (and the detector ids that report them), for -disable:\n")
		for _, r := range audit.BuiltinRules() {
			fmt.Fprintf(stderr, "  %-24s %-18s %s\n", r.ID, r.Detector, r.Title)
		}
	}
	// Flags may come before or after the paths ("scan DIR -format json").
	var paths []string
	for {
		if err := fl.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return 0
			}
			return 2
		}
		if fl.NArg() == 0 {
			break
		}
		paths = append(paths, fl.Arg(0))
		args = fl.Args()[1:]
	}
	minSev, err := audit.ParseSeverity(cfg.minSeverity)
	if err != nil {
		fmt.Fprintln(stderr, "scan:", report.EscapeText(err.Error()))
		return 2
	}
	maxSize, err := sizeflag.Parse(cfg.maxFileSize)
	if err != nil {
		fmt.Fprintln(stderr, "scan: -max-file-size:", report.EscapeText(err.Error()))
		return 2
	}
	archiveBytes, err := sizeflag.ArchiveBytes(cfg.archiveMax)
	if err != nil {
		fmt.Fprintln(stderr, "scan: -archive-bytes:", report.EscapeText(err.Error()))
		return 2
	}
	if cfg.workers < 0 {
		fmt.Fprintf(stderr, "scan: -workers %d: want 0 (one per CPU) or more\n", cfg.workers)
		return 2
	}
	disable, err := detectorIDs(cfg.disable)
	if err != nil {
		fmt.Fprintln(stderr, "scan: -disable:", report.EscapeText(err.Error()))
		return 2
	}
	allow, err := allowList(cfg.allow)
	if err != nil {
		fmt.Fprintln(stderr, "scan: -allow:", report.EscapeText(err.Error()))
		return 2
	}
	shardI, shardN, err := parseShard(cfg.shard)
	if err != nil {
		fmt.Fprintln(stderr, "scan: -shard:", report.EscapeText(err.Error()))
		return 2
	}
	// Every output is checked before the scan: a report or baseline that
	// cannot be written should not cost a whole scan to find out.
	for _, o := range []struct{ flag, name string }{{"-o", cfg.out}, {"-write-baseline", cfg.writeBase}} {
		if o.name == "" {
			continue
		}
		if err := report.CheckWritable(o.name); err != nil {
			fmt.Fprintf(stderr, "scan: %s: %s\n", o.flag, report.EscapeText(err.Error()))
			return 2
		}
	}
	var out io.Writer = stdout
	if cfg.writeBase != "" && cfg.out == "" {
		out, cfg.format = io.Discard, "json" // writing a baseline is its own job
	}
	toTerminal := cfg.out == "" && isTerminal(stdout)
	if cfg.format == "" {
		cfg.format = "json"
		if toTerminal {
			cfg.format = "text"
		}
	}
	if cfg.out != "" {
		f, err := os.Create(cfg.out)
		if err != nil {
			fmt.Fprintln(stderr, "scan: -o:", report.EscapeText(err.Error()))
			return 2
		}
		defer f.Close()
		out = f
	}
	ropts := report.Options{ShowSecrets: cfg.showSecrets, Color: toTerminal && cfg.format == "text", Verbose: cfg.verbose}
	if len(paths) == 1 && paths[0] != "-" {
		if info, err := os.Stat(paths[0]); err == nil && info.IsDir() {
			ropts.BaseDir = paths[0] // SARIF locations relative to %SRCROOT%
		}
	}
	w, err := report.New(cfg.format, out, ropts)
	if err != nil {
		fmt.Fprintln(stderr, "scan:", report.EscapeText(err.Error()))
		return 2
	}

	var srcs []audit.Source
	if cfg.env {
		srcs = append(srcs, audit.ProcessEnv())
	}
	if cfg.procEnv {
		srcs = append(srcs, audit.ProcessEnvs("/proc"))
	}
	if cfg.history {
		home := cfg.home
		if home == "" {
			if home, err = os.UserHomeDir(); err != nil {
				fmt.Fprintln(stderr, "scan: -history:", report.EscapeText(err.Error()))
				return 2
			}
		}
		srcs = append(srcs, audit.History(home))
	}
	if cfg.host != "" {
		srcs = append(srcs, audit.Host(cfg.host))
	}
	if cfg.gitRepo != "" {
		srcs = append(srcs, audit.GitHistory(cfg.gitRepo))
	}
	if len(paths) == 0 && len(srcs) == 0 {
		paths = []string{"."}
	}
	for _, p := range paths {
		if p == "-" {
			srcs = append(srcs, audit.Reader("-", stdin))
			continue
		}
		srcs = append(srcs, audit.Dir(p))
		if gitWorkTree(p) && !samePath(p, cfg.gitRepo) {
			// The walk skips git's object store: a secret committed
			// and deleted since is only in the history, which -git
			// reads.
			fmt.Fprintf(stderr, "scan: %s is a git repository: its history (deleted files, old versions) is not scanned; add -git %s\n",
				report.EscapeText(p), report.EscapeText(p))
		}
	}
	if shardN > 1 {
		for k := range srcs {
			srcs[k] = audit.Shard(srcs[k], shardI, shardN)
		}
	}

	opts := audit.Options{
		Workers:     cfg.workers,
		MaxFileSize: maxSize,
		Archive:     audit.ArchiveLimits{Bytes: archiveBytes},
		MinSeverity: minSev,
		DeepChecks:  cfg.deep,
		DeepBudget:  cfg.deepBudget,

		FailOnUnreadable: cfg.failUnread,
		OCR:              cfg.ocr,
	}
	if cfg.ocr {
		if err := audit.CheckOCR(); err != nil {
			fmt.Fprintln(stderr, "scan: -ocr:", report.EscapeText(err.Error()))
			return 2
		}
	}
	opts.Disable, opts.Allow = disable, allow
	opts.Trials = trials
	if fundsETH != "" || fundsBTC != "" {
		opts.Funds = audit.FundsConfig{Ethereum: fundsETH, Bitcoin: fundsBTC,
			EthereumAuth: os.Getenv("WALLETAUDIT_ETH_RPC_AUTH"), BitcoinAuth: os.Getenv("WALLETAUDIT_BTC_RPC_AUTH")}
	}
	if cfg.baseline != "" {
		if opts.Baseline, err = audit.ReadBaselineFile(cfg.baseline); err != nil {
			fmt.Fprintln(stderr, "scan: -baseline:", report.EscapeText(err.Error()))
			return 2
		}
		if cfg.fpOnly {
			opts.Baseline = opts.Baseline.FingerprintOnly()
		}
	}
	if !cfg.noProgress && isTerminal(stderr) {
		opts.Progress = progressLine(stderr)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	// JSON Lines streams findings as they come; the other formats sort the
	// whole result, so it is collected first and secrets stored in several
	// places are scored for their spread (audit.Spread).
	stream := cfg.format == "jsonl"
	failing := 0
	var all []audit.Finding
	var sum audit.Summary
	if stream {
		sum, err = audit.New(opts).Run(ctx, func(f audit.Finding) error {
			if f.Severity != audit.SeverityInfo {
				failing++
			}
			if cfg.writeBase != "" {
				all = append(all, f)
			}
			return w.Add(f)
		}, srcs...)
	} else if shardN > 1 {
		// A shard sees part of a secret's spread: scan merge scores it.
		sum, err = audit.New(opts).Run(ctx, func(f audit.Finding) error { all = append(all, f); return nil }, srcs...)
	} else {
		all, sum, err = audit.New(opts).Collect(ctx, srcs...)
	}
	unreadable := errors.Is(err, audit.ErrUnreadable)
	if err != nil && !unreadable {
		fmt.Fprintln(stderr, "scan:", report.EscapeText(err.Error()))
		return 2
	}
	if !stream {
		for _, f := range all {
			if f.Severity != audit.SeverityInfo {
				failing++
			}
			if err := w.Add(f); err != nil {
				fmt.Fprintln(stderr, "scan:", report.EscapeText(err.Error()))
				return 2
			}
		}
	}
	if err := w.Close(sum); err != nil {
		fmt.Fprintln(stderr, "scan: writing the report:", report.EscapeText(err.Error()))
		return 2
	}
	if cfg.writeBase != "" {
		f, err := os.Create(cfg.writeBase)
		if err == nil {
			err = audit.NewBaseline(all).Write(f)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			fmt.Fprintln(stderr, "scan: -write-baseline:", report.EscapeText(err.Error()))
			return 2
		}
	}
	if sum.InternalErrors > 0 {
		// A bug, not the input: the report is written, but the run did
		// not do what it should have.
		fmt.Fprintf(stderr, "scan: %d internal errors (a bug; please report it)\n", sum.InternalErrors)
		return 2
	}
	if unreadable {
		fmt.Fprintf(stderr, "scan: %d items could not be read\n", len(sum.Errors))
		return 2
	}
	if failing > 0 && cfg.writeBase == "" {
		return 1
	}
	return 0
}

// detectorIDs splits a -disable list and checks each id against the
// built-in detectors: a misspelt id would otherwise turn nothing off.
func detectorIDs(list string) ([]string, error) {
	known := map[string]bool{}
	var names []string
	for _, d := range audit.DefaultDetectors() {
		known[d.ID()] = true
		names = append(names, d.ID())
	}
	for _, d := range audit.DefaultFileDetectors() {
		known[d.ID()] = true
		names = append(names, d.ID())
	}
	for _, r := range audit.BuiltinRules() {
		known[r.ID] = true
	}
	ids := splitList(list)
	for _, id := range ids {
		if !known[id] {
			return nil, fmt.Errorf("unknown detector id or rule %q (detector ids: %s; rules: see -h)", id, strings.Join(names, ", "))
		}
	}
	return ids, nil
}

// allowList splits an -allow list and checks that each path glob is well
// formed (a malformed one would match nothing, silently).
func allowList(list string) ([]string, error) {
	entries := splitList(list)
	for _, a := range entries {
		if _, err := path.Match(a, ""); err != nil {
			return nil, fmt.Errorf("malformed glob %q: %w", a, err)
		}
	}
	return entries, nil
}

// splitList splits a comma-separated flag value, dropping blanks.
func splitList(list string) []string {
	var out []string
	for _, x := range strings.Split(list, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// progressLine returns a Progress callback that redraws one status line.
func progressLine(w io.Writer) func(audit.Progress) {
	return func(p audit.Progress) {
		fmt.Fprintf(w, "\r\x1b[Kscanning: %d files, %.1f MiB, %d findings, %d skipped (%.1fs)",
			p.Files, float64(p.Bytes)/(1<<20), p.Findings, p.Skipped, p.Elapsed.Seconds())
		if p.Seeds > 0 {
			fmt.Fprintf(w, ", weak-generator sweep: %.2f G seeds", float64(p.Seeds)/1e9)
		}
		if p.Done {
			fmt.Fprint(w, "\r\x1b[K")
		}
	}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// gitWorkTree reports whether dir is the top of a git work tree: it holds
// .git (a directory, or a file for a linked work tree or a submodule).
func gitWorkTree(dir string) bool {
	_, err := os.Lstat(filepath.Join(dir, ".git"))
	return err == nil
}

// samePath reports whether a and b name the same directory.
func samePath(a, b string) bool {
	if b == "" {
		return false
	}
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(fa, fb)
}
