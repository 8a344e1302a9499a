package hostreport

import (
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/walletaudit/walletaudit/audit/report"
)

// titles joins a finding's attack-path titles.
func titles(f Finding) string {
	var t []string
	for _, p := range f.AttackPaths {
		t = append(t, p.Title)
	}
	return strings.Join(t, "; ")
}

// techniques joins a finding's ATT&CK techniques and CWE ids, once each.
func techniques(f Finding) string {
	var t []string
	seen := map[string]bool{}
	for _, p := range f.AttackPaths {
		for _, x := range append(append([]string(nil), p.Attack...), p.CWE...) {
			if !seen[x] {
				seen[x] = true
				t = append(t, x)
			}
		}
	}
	return strings.Join(t, " ")
}

var page = template.Must(template.New("page").Funcs(template.FuncMap{
	// t makes control and bidi characters in names visible; html/template
	// then escapes the markup.
	"t":          report.EscapeText,
	"titles":     func(f Finding) string { return report.EscapeText(titles(f)) },
	"techniques": func(f Finding) string { return report.EscapeText(techniques(f)) },
	"sev":        func(m map[string]int, s string) int { return m[s] },
	"join":       func(s []string) string { return report.EscapeText(strings.Join(s, "; ")) },
	"words":      ProtectionWords,
}).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{t .Title}}</title>
<style>
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;padding:1.5em;max-width:1100px;color:#222}
h1{font-size:1.7em;margin-bottom:.2em}h2{margin-top:1.8em;border-bottom:1px solid #ddd}h3{margin-bottom:.3em}
table{border-collapse:collapse;width:100%;table-layout:fixed}td,th{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
code{font-size:13px;overflow-wrap:anywhere;word-break:break-all}
.bar{background:#4a6fa5;height:14px;display:inline-block;vertical-align:middle}
.chart td:first-child{width:40%}
.sev{font-weight:bold;text-transform:uppercase}.critical{color:#b00}.high{color:#d33}.medium{color:#b70}.low{color:#069}.info{color:#777}
.muted{color:#666}.meta{color:#555;margin-top:0}
.summary{background:#f6f7f9;border:1px solid #dde;border-radius:6px;padding:.8em 1.2em}
.risk{font-size:1.15em;font-weight:600}
.card{border:1px solid #ddd;border-left:6px solid #999;border-radius:4px;padding:.5em .9em;margin:.6em 0;overflow-wrap:anywhere}
.card.critical{border-left-color:#b00}.card.high{border-left-color:#d33}.card.medium{border-left-color:#b70}.card.low{border-left-color:#069}.card.info{border-left-color:#999}
.card p{margin:.25em 0}.card .todo{background:#fffbe6;padding:.3em .5em;border-radius:3px}
dl{display:grid;grid-template-columns:12em 1fr;gap:.3em 1em}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
</style></head><body>
<h1>{{t .Title}}</h1>
<p class="meta">Scanned {{.When.Format "2006-01-02 15:04 UTC"}} by {{t .Tool}}. Secrets are shown redacted, by fingerprint and public address.</p>

<section class="summary" id="summary"><h2 style="margin-top:.2em">Executive summary</h2>
<p class="risk">{{t .Risk}}</p>
<p>Scanned: {{range $i, $r := .Roots}}{{if $i}}, {{end}}<code>{{t $r}}</code>{{end}}: {{.Summary.FilesScanned}} files, {{len .Wallets}} wallet stores{{if .Hosts}}, {{len .Hosts}} hosts{{end}}; {{len .Findings}} findings.</p>
{{if .FirstSteps}}<p><b>Do first:</b></p><ol>{{range .FirstSteps}}<li><b>{{t .Title}}</b> ({{.Findings}} finding{{if ne .Findings 1}}s{{end}}): {{t .Action}}</li>{{end}}</ol>{{end}}
</section>

<h2>Scope and method</h2>
<dl>
<dt>Roots</dt><dd>{{range $i, $r := .Roots}}{{if $i}}, {{end}}<code>{{t $r}}</code>{{end}}</dd>
<dt>Sources</dt><dd>{{join .Scope.Sources}}</dd>
{{if .Scope.NotScanned}}<dt>Not scanned</dt><dd>{{join .Scope.NotScanned}}</dd>{{end}}
<dt>Skipped</dt><dd>{{.Summary.SkippedTotal}} items{{range .Scope.SkippedByReason}}; {{t .Name}}: {{.N}}{{end}}{{if gt .Summary.ErrorsTotal 0}}. {{.Summary.ErrorsTotal}} not scanned completely (listed below){{end}}</dd>
<dt>Password trials</dt><dd>{{t .Scope.Trials}}; {{.Scope.PasswordsTried}} candidate passwords tried on keystores</dd>
<dt>Limits</dt><dd>{{join .Scope.Limits}}</dd>
</dl>

{{if .Hosts}}<h2>Fleet</h2>
<table><tr><th style="width:28%">host</th><th>files</th><th class="critical">critical</th><th class="high">high</th><th class="medium">medium</th><th class="low">low</th><th class="info">info</th><th style="width:26%">wallets</th></tr>
{{range .Hosts}}<tr><td><code>{{t .Host}}</code></td><td>{{.Files}}</td><td>{{sev .BySeverity "critical"}}</td><td>{{sev .BySeverity "high"}}</td><td>{{sev .BySeverity "medium"}}</td><td>{{sev .BySeverity "low"}}</td><td>{{sev .BySeverity "info"}}</td><td>{{join .Wallets}}</td></tr>
{{end}}</table>{{end}}

<h2>Findings by severity</h2>
<table class="chart">{{range .BySev}}<tr><td class="sev {{.Name}}">{{t .Name}}</td><td><span class="bar" style="width:{{.Pct}}%"></span> {{.N}}</td></tr>{{end}}</table>
<h2>Findings by attack path</h2>
<table class="chart">{{range .ByPath}}<tr><td>{{t .Title}} <span class="muted">({{t .Name}})</span></td><td><span class="bar" style="width:{{.Pct}}%"></span> {{.N}}</td></tr>{{else}}<tr><td class="muted">none</td></tr>{{end}}</table>

<h2>Wallets found</h2>
<table><tr><th style="width:18%">wallet</th><th style="width:34%">where</th><th>protection</th><th style="width:7em">findings</th></tr>
{{range .Wallets}}<tr><td>{{t .Wallet}}{{if .Browser}} <span class="muted">({{t .Browser}} / {{t .Profile}})</span>{{end}}{{if .Host}}<br><span class="muted">{{t .Host}}</span>{{end}}</td><td><code>{{t .Path}}</code></td><td>{{t .Protection}}</td><td>{{.Findings}}</td></tr>
{{else}}<tr><td colspan="4" class="muted">No wallet store found.</td></tr>{{end}}</table>

<h2>Findings</h2>
{{range .Groups}}<h3>{{t .Title}} <span class="muted">({{len .Findings}})</span></h3>
{{range .Findings}}<div class="card {{.Severity}}">
<p><span class="sev {{.Severity}}">{{t (print .Severity)}}</span> {{printf "%.1f" .Score}} · {{t .Rule}}{{if .Host}} · host <code>{{t .Host}}</code>{{end}}</p>
<p><code>{{t .Location.String}}</code></p>
<p>{{t .Secret.Redacted}}{{if .Public}} <b>public: {{t .PublicSource}}</b>{{end}} · fingerprint <code>{{t .Secret.Fingerprint}}</code>{{with .Secret.Address}} · address <code>{{t .}}</code>{{end}}</p>
{{with .Protection}}<p>Protection: {{t (words .)}}</p>{{end}}
<p class="muted">{{titles .}} · {{techniques .}}</p>
<p class="todo"><b>What to do:</b> {{t .Remediation}}</p>
</div>
{{end}}{{else}}<p class="muted">No findings.</p>{{end}}

{{if .Summary.Skipped}}<h2>Skipped</h2><table><tr><th style="width:60%">where</th><th>why</th></tr>{{range .Summary.Skipped}}<tr><td><code>{{t .Path}}</code></td><td>{{t .Reason}}</td></tr>{{end}}</table>{{end}}
{{if .Summary.Errors}}<h2>Not scanned completely</h2><table><tr><th style="width:60%">where</th><th>error</th></tr>{{range .Summary.Errors}}<tr><td><code>{{t .Path}}</code></td><td>{{t .Error}}</td></tr>{{end}}</table>{{end}}
</body></html>
`))

// WriteHTML writes r as one self-contained HTML page: no script, no
// external asset.
func WriteHTML(w io.Writer, r *Report) error { return page.Execute(w, r) }

// WriteJSON writes r as indented JSON.
func WriteJSON(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// WriteMarkdown writes r as Markdown with the content of the HTML page.
// Names are escaped (report.EscapeMarkdown, report.EscapeMarkdownCode).
func WriteMarkdown(w io.Writer, r *Report) error {
	md, code := report.EscapeMarkdown, report.EscapeMarkdownCode
	var b strings.Builder
	codes := func(xs []string) string {
		var out []string
		for _, x := range xs {
			out = append(out, code(x))
		}
		return strings.Join(out, ", ")
	}
	texts := func(xs []string) string {
		var out []string
		for _, x := range xs {
			out = append(out, md(x))
		}
		return strings.Join(out, "; ")
	}
	fmt.Fprintf(&b, "# %s\n\nScanned %s by %s. Secrets are shown redacted, by fingerprint and public address.\n\n", md(r.Title), r.When.Format("2006-01-02 15:04 UTC"), md(r.Tool))
	fmt.Fprintf(&b, "## Executive summary\n\n**%s**\n\nScanned: %s: %d files, %d wallet stores", md(r.Risk), codes(r.Roots), r.Summary.FilesScanned, len(r.Wallets))
	if len(r.Hosts) > 0 {
		fmt.Fprintf(&b, ", %d hosts", len(r.Hosts))
	}
	fmt.Fprintf(&b, "; %d findings.\n\n", len(r.Findings))
	if len(r.FirstSteps) > 0 {
		b.WriteString("Do first:\n\n")
		for i, s := range r.FirstSteps {
			fmt.Fprintf(&b, "%d. **%s** (%d): %s\n", i+1, md(s.Title), s.Findings, md(s.Action))
		}
		b.WriteString("\n")
	}
	b.WriteString("## Scope and method\n\n")
	fmt.Fprintf(&b, "- Roots: %s\n- Sources: %s\n", codes(r.Roots), texts(r.Scope.Sources))
	if len(r.Scope.NotScanned) > 0 {
		fmt.Fprintf(&b, "- Not scanned: %s\n", texts(r.Scope.NotScanned))
	}
	fmt.Fprintf(&b, "- Skipped: %d items", r.Summary.SkippedTotal)
	for _, c := range r.Scope.SkippedByReason {
		fmt.Fprintf(&b, "; %s: %d", md(c.Name), c.N)
	}
	if r.Summary.ErrorsTotal > 0 {
		fmt.Fprintf(&b, ". %d not scanned completely (listed below)", r.Summary.ErrorsTotal)
	}
	fmt.Fprintf(&b, "\n- Password trials: %s; %d candidate passwords tried on keystores\n- Limits: %s\n\n", md(r.Scope.Trials), r.Scope.PasswordsTried, texts(r.Scope.Limits))
	if len(r.Hosts) > 0 {
		b.WriteString("## Fleet\n\n| host | files | critical | high | medium | low | info | wallets |\n|---|---|---|---|---|---|---|---|\n")
		for _, h := range r.Hosts {
			fmt.Fprintf(&b, "| %s | %d | %d | %d | %d | %d | %d | %s |\n", code(h.Host), h.Files, h.BySeverity["critical"], h.BySeverity["high"],
				h.BySeverity["medium"], h.BySeverity["low"], h.BySeverity["info"], md(strings.Join(h.Wallets, ", ")))
		}
		b.WriteString("\n")
	}
	b.WriteString("## Findings by severity\n\n| severity | findings |\n|---|---|\n")
	for _, c := range r.BySev {
		fmt.Fprintf(&b, "| %s | %d |\n", md(c.Name), c.N)
	}
	b.WriteString("\n## Findings by attack path\n\n| attack path | findings |\n|---|---|\n")
	for _, c := range r.ByPath {
		fmt.Fprintf(&b, "| %s (%s) | %d |\n", md(c.Title), code(c.Name), c.N)
	}
	b.WriteString("\n## Wallets found\n\n| wallet | where | protection | findings |\n|---|---|---|---|\n")
	for _, w := range r.Wallets {
		name := w.Wallet
		if w.Browser != "" {
			name += " (" + w.Browser + " / " + w.Profile + ")"
		}
		if w.Host != "" {
			name += ", " + w.Host
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %d |\n", md(name), code(w.Path), md(w.Protection), w.Findings)
	}
	if len(r.Wallets) == 0 {
		b.WriteString("| none | | | 0 |\n")
	}
	b.WriteString("\n## Findings\n")
	for _, g := range r.Groups {
		fmt.Fprintf(&b, "\n### %s (%d)\n\n", md(g.Title), len(g.Findings))
		for _, f := range g.Findings {
			fmt.Fprintf(&b, "- **%s %.1f** %s: %s", md(strings.ToUpper(string(f.Severity))), f.Score, md(f.Rule), code(f.Location.String()))
			if f.Host != "" {
				fmt.Fprintf(&b, " on %s", code(f.Host))
			}
			fmt.Fprintf(&b, "\n  - secret: %s, fingerprint %s", md(f.Secret.Redacted()), code(f.Secret.Fingerprint()))
			if a := f.Secret.Address(); a != "" {
				fmt.Fprintf(&b, ", address %s", code(a))
			}
			if f.Public {
				fmt.Fprintf(&b, " (public: %s)", md(f.PublicSource))
			}
			b.WriteString("\n")
			if f.Protection != nil {
				fmt.Fprintf(&b, "  - protection: %s\n", md(ProtectionWords(f.Protection)))
			}
			fmt.Fprintf(&b, "  - attack paths: %s (%s)\n  - what to do: %s\n", md(titles(f)), md(techniques(f)), md(f.Remediation))
		}
	}
	if len(r.Groups) == 0 {
		b.WriteString("\nNo findings.\n")
	}
	if len(r.Summary.Skipped) > 0 {
		b.WriteString("\n## Skipped\n\n| where | why |\n|---|---|\n")
		for _, k := range r.Summary.Skipped {
			fmt.Fprintf(&b, "| %s | %s |\n", code(k.Path), md(k.Reason))
		}
	}
	if len(r.Summary.Errors) > 0 {
		b.WriteString("\n## Not scanned completely\n\n| where | error |\n|---|---|\n")
		for _, e := range r.Summary.Errors {
			fmt.Fprintf(&b, "| %s | %s |\n", code(e.Path), md(e.Error))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
