package main

import (
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/walletaudit/walletaudit/audit"
	"github.com/walletaudit/walletaudit/audit/report"
)

var page = template.Must(template.New("page").Funcs(template.FuncMap{
	"upper": strings.ToUpper,
	// t makes control and bidi characters in names visible; html/template
	// then escapes the markup.
	"t": report.EscapeText,
	"paths": func(f audit.Finding) string {
		var ids []string
		for _, p := range f.AttackPaths {
			ids = append(ids, p.ID)
		}
		return report.EscapeText(strings.Join(ids, ", "))
	},
	"techniques": func(f audit.Finding) string {
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
		return report.EscapeText(strings.Join(t, " "))
	},
}).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>walletaudit report — {{t .Root}}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222}
h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}
.bar{background:#4a6fa5;height:14px;display:inline-block}.chart td:first-child{width:16em}
.sev{font-weight:bold;text-transform:uppercase}.critical{color:#b00}.high{color:#d33}.medium{color:#c80}.low{color:#069}.info{color:#777}
code{font-size:12px}.muted{color:#777}
</style></head><body>
<h1>Wallet secret audit of {{t .Root}}</h1>
<p class="muted">{{.When.Format "2006-01-02 15:04 UTC"}} · {{.Summary.FilesScanned}} files · {{len .Findings}} findings · {{len .Summary.Skipped}} skipped · {{len .Summary.Errors}} not scanned completely. Secrets are shown redacted, by fingerprint and public address.</p>
<h2>Findings by severity</h2>
<table class="chart">{{range .BySev}}<tr><td class="sev {{.Name}}">{{t .Name}}</td><td><span class="bar" style="width:{{.Pct}}%"></span> {{.N}}</td></tr>{{end}}</table>
<h2>Findings by attack path</h2>
<table class="chart">{{range .ByPath}}<tr><td>{{t .Name}}</td><td><span class="bar" style="width:{{.Pct}}%"></span> {{.N}}</td></tr>{{else}}<tr><td class="muted">none</td></tr>{{end}}</table>
<h2>Wallets found</h2>
<table><tr><th>wallet</th><th>where</th><th>protection</th><th>findings</th></tr>
{{range .Wallets}}<tr><td>{{t .Wallet}}{{if .Browser}} <span class="muted">({{t .Browser}} / {{t .Profile}})</span>{{end}}</td><td><code>{{t .Path}}</code></td><td>{{t .Protection}}</td><td>{{.Findings}}</td></tr>
{{else}}<tr><td colspan="4" class="muted">No wallet store found.</td></tr>{{end}}</table>
<h2>Findings</h2>
<table><tr><th>severity</th><th>where</th><th>what</th><th>attack paths</th><th>what to do</th></tr>
{{range .Findings}}<tr><td class="sev {{.Severity}}">{{t (print .Severity)}}<br><span class="muted">{{printf "%.1f" .Score}}</span></td>
<td><code>{{t .Location.Path}}</code><br>line {{.Location.Line}}</td>
<td>{{t .Rule}}<br>{{t .Secret.Redacted}}{{if .Public}} <b>public: {{t .PublicSource}}</b>{{end}}<br><code>{{t .Secret.Fingerprint}}</code>{{with .Secret.Address}}<br><code>{{t .}}</code>{{end}}</td>
<td>{{paths .}}<br><span class="muted">{{techniques .}}</span></td><td>{{t .Remediation}}</td></tr>
{{else}}<tr><td colspan="5" class="muted">No findings.</td></tr>{{end}}</table>
{{if .Summary.Skipped}}<h2>Skipped</h2><table>{{range .Summary.Skipped}}<tr><td><code>{{t .Path}}</code></td><td>{{t .Reason}}</td></tr>{{end}}</table>{{end}}
{{if .Summary.Errors}}<h2>Not scanned completely</h2><table>{{range .Summary.Errors}}<tr><td><code>{{t .Path}}</code></td><td>{{t .Error}}</td></tr>{{end}}</table>{{end}}
</body></html>
`))

func writeHTML(w io.Writer, a *Audit) error { return page.Execute(w, a) }

func writeMarkdown(w io.Writer, a *Audit) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Wallet secret audit of %s\n\n%s · %d files · %d findings (secrets redacted)\n\n", report.EscapeMarkdownCode(a.Root), a.When.Format("2006-01-02 15:04 UTC"), a.Summary.FilesScanned, len(a.Findings))
	b.WriteString("| severity | findings |\n|---|---|\n")
	for _, c := range a.BySev {
		fmt.Fprintf(&b, "| %s | %d |\n", report.EscapeMarkdown(c.Name), c.N)
	}
	b.WriteString("\n## Wallets found\n\n| wallet | where | protection | findings |\n|---|---|---|---|\n")
	for _, r := range a.Wallets {
		fmt.Fprintf(&b, "| %s | %s | %s | %d |\n", report.EscapeMarkdown(r.Wallet), report.EscapeMarkdownCode(r.Path), report.EscapeMarkdown(r.Protection), r.Findings)
	}
	b.WriteString("\n## Findings\n\n| severity | score | where | rule | secret | attack paths |\n|---|---|---|---|---|---|\n")
	for _, f := range a.Findings {
		var ids []string
		for _, p := range f.AttackPaths {
			ids = append(ids, p.ID)
		}
		fmt.Fprintf(&b, "| %s | %.1f | %s | %s | %s %s | %s |\n", report.EscapeMarkdown(string(f.Severity)), f.Score,
			report.EscapeMarkdownCode(f.Location.String()), report.EscapeMarkdown(f.Rule), report.EscapeMarkdown(f.Secret.Redacted()),
			report.EscapeMarkdownCode(f.Secret.Fingerprint()), report.EscapeMarkdown(strings.Join(ids, ", ")))
	}
	if len(a.Summary.Skipped) > 0 {
		b.WriteString("\n## Skipped\n\n| where | why |\n|---|---|\n")
		for _, k := range a.Summary.Skipped {
			fmt.Fprintf(&b, "| %s | %s |\n", report.EscapeMarkdownCode(k.Path), report.EscapeMarkdown(k.Reason))
		}
	}
	if len(a.Summary.Errors) > 0 {
		b.WriteString("\n## Not scanned completely\n\n| where | error |\n|---|---|\n")
		for _, e := range a.Summary.Errors {
			fmt.Fprintf(&b, "| %s | %s |\n", report.EscapeMarkdownCode(e.Path), report.EscapeMarkdown(e.Error))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
