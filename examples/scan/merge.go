package main

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/walletaudit/walletaudit/audit"
	"github.com/walletaudit/walletaudit/audit/report"
	"github.com/walletaudit/walletaudit/internal/hostreport"
)

// parseShard reads "i/n" (0 ≤ i < n); "" is the whole scan (0, 1).
func parseShard(s string) (int, int, error) {
	if s == "" {
		return 0, 1, nil
	}
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(strings.TrimSpace(a))
	n, err2 := strconv.Atoi(strings.TrimSpace(b))
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 0 || i >= n || n > 1<<20 {
		return 0, 0, fmt.Errorf("%q: want i/n with 0 ≤ i < n (0/4 … 3/4)", s)
	}
	return i, n, nil
}

// maxReport bounds one input report: a merge reads reports, not disks.
const maxReport = 1 << 30

// input is one report read by merge.
type input struct {
	label    string
	findings []audit.Finding
	summary  audit.Summary
	wallets  []audit.WalletLocation // host-audit reports list them
}

// runMerge is "scan merge": it combines the JSON and JSON Lines reports of
// shards or hosts into one, each finding once per host (by fingerprint
// and location), and writes it as JSON, JSON Lines, or the fleet view of
// host-audit's report (HTML, Markdown).
func runMerge(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("scan merge", flag.ContinueOnError)
	fl.SetOutput(stderr)
	format := fl.String("format", "", "output format: json, jsonl, html or md (default from -o's extension, else json)")
	out := fl.String("o", "", "write the merged report to `file`")
	host := fl.String("host", "", "the host `label` of every REPORT given without one (shards of one host)")
	fl.Usage = func() {
		fmt.Fprintf(stderr, "usage: scan merge [flags] [LABEL=]REPORT ...\n\nCombines JSON or JSON Lines reports of scan shards or hosts into one. LABEL names the host a\nreport is from (default: -host, else the file name without its extension); reports with the\nsame label are shards of one host.\n\nFlags:\n")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fl.NArg() == 0 {
		fl.Usage()
		return 2
	}
	if *format == "" {
		switch strings.ToLower(filepath.Ext(*out)) {
		case ".html", ".htm":
			*format = "html"
		case ".md":
			*format = "md"
		case ".jsonl":
			*format = "jsonl"
		default:
			*format = "json"
		}
	}
	if !slices.Contains([]string{"json", "jsonl", "html", "md"}, *format) {
		fmt.Fprintln(stderr, "scan merge: -format must be json, jsonl, html or md")
		return 2
	}
	var ins []input
	for _, arg := range fl.Args() {
		label, file, ok := strings.Cut(arg, "=")
		if !ok {
			file, label = arg, *host
			if label == "" {
				label = strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
			}
		}
		in, err := readReport(file)
		if err != nil {
			fmt.Fprintf(stderr, "scan merge: %s: %s\n", report.EscapeText(file), report.EscapeText(err.Error()))
			return 2
		}
		in.label = label
		ins = append(ins, in)
	}
	m := merge(ins)
	w := stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintln(stderr, "scan merge: -o:", report.EscapeText(err.Error()))
			return 2
		}
		defer f.Close()
		w = f
	}
	var err error
	switch *format {
	case "html", "md":
		r := m.fleetReport(fl.Args())
		if *format == "html" {
			err = hostreport.WriteHTML(w, r)
		} else {
			err = hostreport.WriteMarkdown(w, r)
		}
	default:
		var rw report.Writer
		if rw, err = report.New(*format, w, report.Options{}); err == nil {
			for _, f := range m.findings {
				if err = rw.Add(f.Finding); err != nil {
					break
				}
			}
			if err == nil {
				err = rw.Close(m.summary)
			}
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, "scan merge:", report.EscapeText(err.Error()))
		return 2
	}
	for _, f := range m.findings {
		if f.Severity != audit.SeverityInfo {
			return 1
		}
	}
	return 0
}

// readReport reads a JSON report (scan's, or host-audit's) or a JSON
// Lines one (findings, then {"summary": …}).
func readReport(file string) (input, error) {
	f, err := os.Open(file)
	if err != nil {
		return input{}, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxReport+1))
	if err != nil {
		return input{}, err
	}
	if len(data) > maxReport {
		return input{}, fmt.Errorf("larger than %d bytes", maxReport)
	}
	var whole struct {
		Findings []audit.Finding        `json:"findings"`
		Summary  *audit.Summary         `json:"summary"`
		Wallets  []audit.WalletLocation `json:"wallets"`
	}
	trimmed := bytes.TrimSpace(data)
	if err := json.Unmarshal(trimmed, &whole); err == nil && whole.Summary != nil {
		return input{findings: whole.Findings, summary: *whole.Summary, wallets: whole.Wallets}, nil
	}
	var in input
	sawSummary := false
	sc := bufio.NewScanner(bytes.NewReader(trimmed))
	sc.Buffer(make([]byte, 0, 64<<10), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var probe struct {
			Summary *audit.Summary `json:"summary"`
		}
		if err := json.Unmarshal(line, &probe); err != nil {
			return input{}, fmt.Errorf("line %d: neither a JSON report nor JSON Lines: %w", n, err)
		}
		if probe.Summary != nil {
			in.summary, sawSummary = *probe.Summary, true
			continue
		}
		var fd audit.Finding
		if err := json.Unmarshal(line, &fd); err != nil {
			return input{}, fmt.Errorf("line %d: %w", n, err)
		}
		in.findings = append(in.findings, fd)
	}
	if err := sc.Err(); err != nil {
		return input{}, err
	}
	if !sawSummary {
		return input{}, errors.New("no summary: not a complete walletaudit report (a scan cut short?)")
	}
	return in, nil
}

// merged is the combination of the inputs.
type merged struct {
	findings []hostreport.Finding
	summary  audit.Summary
	hosts    []hostreport.HostRow
	wallets  []hostreport.WalletRow
	labels   []string
}

// merge combines the inputs: each finding once per host, keyed by its
// fingerprint and location; the spread of a secret over the files of a
// host is scored as one scan of the host would (audit.Spread), except for
// findings a whole scan already scored that way; summaries are summed.
func merge(ins []input) merged {
	var m merged
	byHost := map[string][]audit.Finding{}
	seen := map[string]bool{}
	files := map[string]int64{}
	m.summary.BySeverity = map[string]int{}
	for _, in := range ins {
		if !slices.Contains(m.labels, in.label) {
			m.labels = append(m.labels, in.label)
		}
		for _, f := range in.findings {
			key := strings.Join([]string{in.label, f.Secret.Fingerprint(), f.Rule, f.Location.Path,
				strconv.Itoa(f.Location.Line), strconv.Itoa(f.Location.Column)}, "\x00")
			if seen[key] {
				continue
			}
			seen[key] = true
			byHost[in.label] = append(byHost[in.label], f)
		}
		s := in.summary
		files[in.label] += s.FilesScanned
		m.summary.FilesScanned += s.FilesScanned
		m.summary.BytesScanned += s.BytesScanned
		m.summary.Ignored += s.Ignored
		m.summary.Baselined += s.Baselined
		m.summary.SkippedTotal += s.SkippedTotal
		m.summary.ErrorsTotal += s.ErrorsTotal
		m.summary.InternalErrors += s.InternalErrors
		m.summary.DurationMS = max(m.summary.DurationMS, s.DurationMS)
		for _, k := range s.Skipped {
			if len(m.summary.Skipped) < audit.MaxListed {
				m.summary.Skipped = append(m.summary.Skipped, k)
			}
		}
		for _, e := range s.Errors {
			if len(m.summary.Errors) < audit.MaxListed {
				m.summary.Errors = append(m.summary.Errors, e)
			}
		}
		for _, w := range in.wallets {
			m.wallets = append(m.wallets, hostreport.WalletRow{WalletLocation: w, Host: in.label})
		}
	}
	m.summary.Duration = time.Duration(m.summary.DurationMS) * time.Millisecond
	many := len(m.labels) > 1
	for _, label := range m.labels {
		fs := byHost[label]
		var fresh []int
		var sub []audit.Finding
		for i, f := range fs {
			if f.Details["occurrences"] == "" {
				fresh = append(fresh, i)
				sub = append(sub, f)
			}
		}
		audit.Spread(sub)
		for k, i := range fresh {
			fs[i] = sub[k]
		}
		for _, f := range fs {
			if many {
				d := maps.Clone(f.Details)
				if d == nil {
					d = make(map[string]string, 1)
				}
				d["host"] = label
				f.Details = d
			}
			m.findings = append(m.findings, hostreport.Finding{Finding: f, Host: label})
			m.summary.BySeverity[string(f.Severity)]++
		}
		m.hosts = append(m.hosts, hostreport.HostRow{Host: label, Files: files[label]})
	}
	slices.SortStableFunc(m.findings, func(a, b hostreport.Finding) int {
		return cmp.Or(cmp.Compare(b.Severity.Rank(), a.Severity.Rank()), cmp.Compare(b.Score, a.Score), cmp.Compare(a.Host, b.Host),
			cmp.Compare(a.Location.Path, b.Location.Path), cmp.Compare(a.Location.Line, b.Location.Line), cmp.Compare(a.Location.Column, b.Location.Column))
	})
	m.summary.Findings = len(m.findings)
	return m
}

// fleetReport is the merged result as host-audit's report, with the
// fleet view (hosts × wallets × severities).
func (m merged) fleetReport(files []string) *hostreport.Report {
	r := &hostreport.Report{
		Title:    fmt.Sprintf("Wallet secret audit of a fleet: %d hosts", len(m.labels)),
		Tool:     "walletaudit scan merge " + hostreport.Version(),
		When:     time.Now().UTC(),
		Roots:    files,
		Findings: m.findings,
		Summary:  m.summary,
		Hosts:    m.hosts,
		Wallets:  m.wallets,
	}
	r.Scope.Sources = []string{fmt.Sprintf("%d reports of %d hosts, merged: each finding once per host (by fingerprint and location)", len(files), len(m.labels))}
	r.Scope.Limits = []string{"offline: no address or balance is looked up", "what each report's scan read and skipped is summed here; see each host's own report for its scope"}
	r.Scope.Trials = "as each scan was run"
	r.Build()
	return r
}
