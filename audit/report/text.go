package report

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/walletaudit/walletaudit/audit"
)

type textWriter struct {
	w    io.Writer
	opts Options
	fs   []audit.Finding
}

// NewText returns a writer for people: findings grouped by file, the files
// with the worst findings first, each finding with its score, where it is,
// why it matters and what to do, then a summary.
func NewText(w io.Writer, opts Options) Writer { return &textWriter{w: w, opts: opts} }

func (t *textWriter) Add(f audit.Finding) error { t.fs = append(t.fs, f); return nil }

const (
	ansiReset = "\x1b[0m"
	ansiBold  = "\x1b[1m"
	ansiDim   = "\x1b[2m"
)

var sevColor = map[audit.Severity]string{
	audit.SeverityCritical: "\x1b[1;31m",
	audit.SeverityHigh:     "\x1b[31m",
	audit.SeverityMedium:   "\x1b[33m",
	audit.SeverityLow:      "\x1b[36m",
	audit.SeverityInfo:     "\x1b[2m",
}

func (t *textWriter) paint(code, s string) string {
	if !t.opts.Color || code == "" {
		return s
	}
	return code + s + ansiReset
}

func (t *textWriter) Close(s audit.Summary) error {
	var b strings.Builder
	groups := map[string][]audit.Finding{}
	for _, f := range t.fs {
		groups[f.Location.Path] = append(groups[f.Location.Path], f)
	}
	type group struct {
		path  string
		worst audit.Finding
		fs    []audit.Finding
	}
	var gs []group
	for p, fs := range groups {
		SortBySeverity(fs)
		worst := fs[0]
		slices.SortStableFunc(fs, func(a, b audit.Finding) int { return cmp.Compare(a.Location.Line, b.Location.Line) })
		gs = append(gs, group{path: p, worst: worst, fs: fs})
	}
	slices.SortFunc(gs, func(a, b group) int {
		return cmp.Or(fundedFirst(a.worst, b.worst), cmp.Compare(b.worst.Severity.Rank(), a.worst.Severity.Rank()),
			cmp.Compare(b.worst.Score, a.worst.Score), cmp.Compare(a.path, b.path))
	})
	for _, g := range gs {
		fmt.Fprintf(&b, "%s\n", t.paint(ansiBold, EscapeText(g.path)))
		for _, f := range g.fs {
			sev := fmt.Sprintf("%-8s %4.1f", strings.ToUpper(string(f.Severity)), f.Score)
			fmt.Fprintf(&b, "  %s  line %-5d %s  %s", t.paint(sevColor[f.Severity], sev), f.Location.Line, EscapeText(f.Rule), EscapeText(f.Secret.Redacted()))
			if a := f.Secret.Address(); a != "" {
				fmt.Fprintf(&b, "  %s", EscapeText(a))
			}
			b.WriteByte('\n')
			var facts []string
			facts = append(facts, f.Secret.Fingerprint(), "confidence "+string(f.Confidence))
			if f.Public {
				facts = append(facts, "PUBLIC: "+f.PublicSource)
			}
			if f.Network != "" {
				facts = append(facts, f.Network)
			}
			if f.Encoding != "" {
				facts = append(facts, "encoded as "+f.Encoding)
			}
			if f.Protection != nil && f.Protection.Summary != "" {
				facts = append(facts, f.Protection.Summary)
			}
			if f.Funds != nil {
				facts = append(facts, fundsFact(f.Funds))
			}
			fmt.Fprintf(&b, "      %s\n", t.paint(ansiDim, EscapeText(strings.Join(facts, " · "))))
			var where []string
			where = append(where, "stored in "+f.Storage.Context)
			if f.Storage.Permissions != "" {
				where = append(where, "mode "+f.Storage.Permissions)
			}
			if f.Storage.InVCS {
				where = append(where, "inside a repository")
			}
			if f.Storage.Synced != "" {
				where = append(where, "synced by "+f.Storage.Synced)
			}
			if f.Storage.TestFixture {
				where = append(where, "test data")
			}
			if f.Storage.ThirdParty {
				where = append(where, "in an installed package")
			}
			var ids []string
			for _, p := range f.AttackPaths {
				ids = append(ids, p.ID)
			}
			fmt.Fprintf(&b, "      %s; attack paths: %s\n", EscapeText(strings.Join(where, ", ")), EscapeText(strings.Join(ids, ", ")))
			fmt.Fprintf(&b, "      fix: %s\n", EscapeText(f.Remediation))
			if t.opts.ShowSecrets {
				fmt.Fprintf(&b, "      secret: %s\n", EscapeText(f.Secret.Reveal()))
			}
		}
		b.WriteByte('\n')
	}
	t.summary(&b, s)
	_, err := io.WriteString(t.w, b.String())
	return err
}

func (t *textWriter) summary(b *strings.Builder, s audit.Summary) {
	fmt.Fprintf(b, "%s %d files, %s in %.2fs\n", t.paint(ansiBold, "Scanned"), s.FilesScanned, humanBytes(s.BytesScanned), float64(s.DurationMS)/1000)
	if s.Findings == 0 {
		fmt.Fprintln(b, "No findings.")
	} else {
		var parts []string
		for _, sev := range audit.Severities() {
			if n := s.BySeverity[string(sev)]; n > 0 {
				parts = append(parts, t.paint(sevColor[sev], fmt.Sprintf("%d %s", n, sev)))
			}
		}
		fmt.Fprintf(b, "%d findings: %s\n", s.Findings, strings.Join(parts, ", "))
	}
	if s.Ignored > 0 || s.Baselined > 0 {
		fmt.Fprintf(b, "%d ignored (inline comments or allowlist), %d already in the baseline\n", s.Ignored, s.Baselined)
	}
	// The summary lists the first audit.MaxListed and counts them all.
	if n := max(len(s.Skipped), int(s.SkippedTotal)); n > 0 {
		fmt.Fprintf(b, "%d items skipped", n)
		show := s.Skipped
		if !t.opts.Verbose && len(show) > 5 {
			show = show[:5]
		}
		b.WriteString(":\n")
		for _, k := range show {
			fmt.Fprintf(b, "  %s: %s\n", EscapeText(k.Path), EscapeText(k.Reason))
		}
		if len(show) < n {
			fmt.Fprintf(b, "  … and %d more\n", n-len(show))
		}
	}
	if n := max(len(s.Errors), int(s.ErrorsTotal)); n > 0 {
		fmt.Fprintf(b, "%d items not scanned completely (an error reading or decoding them):\n", n)
		if s.InternalErrors > 0 {
			fmt.Fprintf(b, "  (%d of them internal errors: a bug, please report it)\n", s.InternalErrors)
		}
		show := s.Errors
		if !t.opts.Verbose && len(show) > 5 {
			show = show[:5]
		}
		for _, e := range show {
			fmt.Fprintf(b, "  %s: %s\n", EscapeText(e.Path), EscapeText(e.Error))
		}
		if len(show) < n {
			fmt.Fprintf(b, "  … and %d more\n", n-len(show))
		}
	}
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// fundsFact says what a balance check found, in a few words.
func fundsFact(r *audit.Funds) string {
	var parts []string
	for _, c := range append([]audit.Funds{*r}, r.Other...) {
		c.Other = nil
		unit := map[string]string{"ethereum": "wei", "bitcoin": "satoshi"}[c.Chain]
		switch {
		case !c.Checked:
			parts = append(parts, c.Chain+" not checked ("+c.Error+")")
		case c.Funded():
			parts = append(parts, fmt.Sprintf("FUNDED on %s: %s %s", c.Chain, c.Balance, unit))
		case c.Used():
			parts = append(parts, fmt.Sprintf("used on %s (%d transactions), empty now", c.Chain, c.TxCount))
		default:
			parts = append(parts, "empty on "+c.Chain)
		}
	}
	return strings.Join(parts, ", ")
}
