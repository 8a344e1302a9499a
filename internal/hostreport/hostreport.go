// Package hostreport builds and writes the auditor's report of
// examples/host-audit and the fleet view of examples/merge: an executive
// summary, scope and method, the wallets found with their protection in
// words, and the findings grouped by attack path with what to do, as
// self-contained HTML, Markdown and JSON with the same numbers. Secrets
// appear only redacted, by fingerprint and public address.
package hostreport

import (
	"cmp"
	"fmt"
	"math"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/walletaudit/walletaudit/audit"
	"github.com/walletaudit/walletaudit/keystore"
)

// Report is everything the report shows. Fill the inputs (Title to
// Findings), call Build, then write it.
type Report struct {
	// Title heads the report ("Wallet secret audit of /").
	Title string `json:"title"`
	// Tool names the program and its version.
	Tool string    `json:"tool"`
	When time.Time `json:"when"`
	// Roots are the directories or reports the report covers.
	Roots []string `json:"roots"`
	Scope Scope    `json:"scope"`
	// Risk is the overall risk in one sentence; FirstSteps the three
	// things to do first. Build writes both.
	Risk       string `json:"risk"`
	FirstSteps []Step `json:"first_steps"`
	// Hosts is the fleet view (set by a merge; empty for one machine).
	Hosts    []HostRow     `json:"hosts,omitempty"`
	Wallets  []WalletRow   `json:"wallets"`
	Findings []Finding     `json:"findings"`
	Summary  audit.Summary `json:"summary"`
	BySev    []Count       `json:"by_severity"`
	ByPath   []Count       `json:"by_attack_path"`
	// Groups are the findings by their first attack path, worst first.
	Groups []Group `json:"-"`
}

// Finding is a finding and the host it was found on ("" for one machine).
type Finding struct {
	audit.Finding
	Host string `json:"host,omitempty"`
}

// Scope says what was looked at and how.
type Scope struct {
	// Sources are the kinds of places read, in words.
	Sources []string `json:"sources"`
	// NotScanned lists what was left out on purpose, and why.
	NotScanned []string `json:"not_scanned"`
	// Limits are what the method does not do.
	Limits []string `json:"limits"`
	// Trials is the password-trial policy; PasswordsTried the candidates
	// tried on keystores in all.
	Trials         string `json:"trials"`
	PasswordsTried int    `json:"passwords_tried"`
	// SkippedByReason counts the listed skipped items by reason.
	SkippedByReason []Count `json:"skipped_by_reason"`
}

// Step is one thing to do, with the findings it fixes.
type Step struct {
	Title    string `json:"title"`
	Action   string `json:"action"`
	Findings int    `json:"findings"`
}

// WalletRow is a wallet store and what is known of its protection.
type WalletRow struct {
	audit.WalletLocation
	Host       string `json:"host,omitempty"`
	Protection string `json:"protection"`
	Findings   int    `json:"findings"`
}

// HostRow is one host of a fleet: its findings by severity and wallets.
type HostRow struct {
	Host       string         `json:"host"`
	Files      int64          `json:"files_scanned"`
	BySeverity map[string]int `json:"by_severity"`
	Wallets    []string       `json:"wallets"`
}

// Count is a bar of a chart or a row of a tally.
type Count struct {
	// Name is the key (a severity, an attack-path id, a reason).
	Name string `json:"name"`
	// Title is the label people read (an attack path's title).
	Title string `json:"title,omitempty"`
	N     int    `json:"n"`
	Pct   int    `json:"-"`
}

// Group is the findings whose first attack path is the same.
type Group struct {
	ID, Title string
	Findings  []Finding
}

// Version names this build: the main module's version, or its revision.
func Version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown version)"
	}
	v := bi.Main.Version
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 && (v == "" || v == "(devel)") {
			v = "revision " + s.Value[:12]
		}
	}
	if v == "" {
		v = "(devel)"
	}
	return v
}

// Build sorts the findings and writes the numbers, the groups, the risk
// sentence, the first steps and the protection of each wallet.
func (r *Report) Build() {
	slices.SortStableFunc(r.Findings, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(b.Severity.Rank(), a.Severity.Rank()), cmp.Compare(b.Score, a.Score),
			cmp.Compare(a.Host, b.Host), cmp.Compare(a.Location.Path, b.Location.Path), cmp.Compare(a.Location.Line, b.Location.Line))
	})
	r.Summary.Findings = len(r.Findings)
	sev := map[string]int{}
	paths := map[string]int{}
	titles := map[string]string{}
	groups := map[string]*Group{}
	var order []string
	tried := 0
	for _, f := range r.Findings {
		sev[string(f.Severity)]++
		for _, p := range f.AttackPaths {
			paths[p.ID]++
			titles[p.ID] = p.Title
		}
		id, title := "other", "Other findings"
		if len(f.AttackPaths) > 0 {
			id, title = f.AttackPaths[0].ID, f.AttackPaths[0].Title
		}
		if groups[id] == nil {
			groups[id] = &Group{ID: id, Title: title}
			order = append(order, id)
		}
		groups[id].Findings = append(groups[id].Findings, f)
		var n int
		if _, err := fmt.Sscan(f.Details["passwords_tried"], &n); err == nil {
			tried += n
		}
	}
	r.Scope.PasswordsTried = tried
	r.Summary.BySeverity = sev
	r.BySev = nil
	for _, s := range audit.Severities() {
		r.BySev = append(r.BySev, Count{Name: string(s), N: sev[string(s)]})
	}
	r.ByPath = nil
	for id, n := range paths {
		r.ByPath = append(r.ByPath, Count{Name: id, Title: titles[id], N: n})
	}
	slices.SortFunc(r.ByPath, func(x, y Count) int { return cmp.Or(cmp.Compare(y.N, x.N), cmp.Compare(x.Name, y.Name)) })
	scale(r.BySev)
	scale(r.ByPath)
	r.Groups = nil
	for _, id := range order { // findings are worst first, so groups are too
		r.Groups = append(r.Groups, *groups[id])
	}
	reasons := map[string]int{}
	for _, s := range r.Summary.Skipped {
		reasons[s.Reason]++
	}
	r.Scope.SkippedByReason = nil
	for k, n := range reasons {
		r.Scope.SkippedByReason = append(r.Scope.SkippedByReason, Count{Name: k, N: n})
	}
	slices.SortFunc(r.Scope.SkippedByReason, func(x, y Count) int { return cmp.Or(cmp.Compare(y.N, x.N), cmp.Compare(x.Name, y.Name)) })
	r.buildWallets()
	r.buildHosts()
	r.Risk = r.risk()
	r.FirstSteps = nil
	for _, g := range r.Groups {
		if len(r.FirstSteps) == 3 {
			break
		}
		r.FirstSteps = append(r.FirstSteps, Step{Title: g.Title, Action: g.Findings[0].Remediation, Findings: len(g.Findings)})
	}
}

func (r *Report) buildWallets() {
	for i := range r.Wallets {
		w := &r.Wallets[i]
		w.Findings = 0
		w.Protection = "no key material recognised in its files"
		for _, f := range r.Findings {
			if f.Host != w.Host || !inside(f.Location.Path, w.Path) {
				continue
			}
			w.Findings++
			if f.Protection != nil {
				w.Protection = ProtectionWords(f.Protection)
			} else if w.Findings == 1 {
				w.Protection = "plaintext secret, readable by anyone who copies the file: " + f.Secret.Redacted()
			}
		}
	}
}

// inside reports whether p is dir or under it (either separator).
func inside(p, dir string) bool {
	if !strings.HasPrefix(p, dir) {
		return false
	}
	rest := p[len(dir):]
	return rest == "" || rest[0] == '/' || rest[0] == '\\' || rest[0] == '!'
}

func (r *Report) buildHosts() {
	if len(r.Hosts) == 0 {
		return
	}
	for i := range r.Hosts {
		h := &r.Hosts[i]
		h.BySeverity = map[string]int{}
		h.Wallets = nil
		for _, f := range r.Findings {
			if f.Host == h.Host {
				h.BySeverity[string(f.Severity)]++
				if w := f.Details["wallet"]; w != "" && !slices.Contains(h.Wallets, w) {
					h.Wallets = append(h.Wallets, w)
				}
			}
		}
		slices.Sort(h.Wallets)
	}
	slices.SortFunc(r.Hosts, func(a, b HostRow) int { return cmp.Compare(a.Host, b.Host) })
}

// risk writes the overall risk in one sentence.
func (r *Report) risk() string {
	if len(r.Findings) == 0 {
		return "No exposed wallet secret was found in what was scanned."
	}
	top := r.Findings[0]
	var sev []string
	for _, c := range r.BySev {
		if c.N > 0 && c.Name != string(audit.SeverityInfo) {
			sev = append(sev, fmt.Sprintf("%d %s", c.N, c.Name))
		}
	}
	if len(sev) == 0 {
		return fmt.Sprintf("Low: only published test secrets were found (%d).", len(r.Findings))
	}
	where := top.Location.Path
	if i := strings.LastIndexAny(where, `/\`); i >= 0 {
		where = where[i+1:]
	}
	if top.Host != "" {
		where += " on " + top.Host
	}
	return fmt.Sprintf("%s: %s exposed (%s); the worst is a %s (%s).", strings.ToUpper(string(top.Severity)[:1])+string(top.Severity)[1:],
		plural(len(r.Findings), "wallet secret is", "wallet secrets are"), strings.Join(sev, ", "), kindWords(top), where)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func kindWords(f Finding) string {
	switch {
	case f.Protection != nil && f.Protection.WeakPassword:
		return "keystore a commonly tried password opens"
	case f.Protection != nil && !f.Protection.Encrypted:
		return "wallet file without encryption"
	case f.Protection != nil:
		return "encrypted keystore"
	case strings.Contains(f.Rule, "mnemonic") || strings.Contains(f.Rule, "phrase") || strings.Contains(f.Rule, "bip39"):
		return "seed phrase in plain text"
	}
	return "plaintext secret (" + f.Rule + ")"
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

// commonest is the size of the list of commonest passwords an attacker
// tries first (the 10,000 most common of the public leak lists).
const commonest = 1e4

// alnum8 is the number of 8-character passwords of letters and digits.
var alnum8 = math.Pow(62, 8)

// ProtectionWords says what stands between a copy of the file and the
// keys, as people say it: "encrypted (scrypt n=262144 r=8 p=1); trying
// every 8-character password of letters and digits takes about 1,500
// years on one GPU; the commonest passwords: seconds".
func ProtectionWords(p *audit.Protection) string {
	if p == nil {
		return ""
	}
	kdf := strings.TrimSpace(p.KDF + " " + p.KDFParams)
	switch {
	case !p.Encrypted:
		return "not encrypted: anyone who copies the file has the keys"
	case p.WeakPassword:
		return "encrypted, but a commonly tried password opens it: as good as no encryption"
	case p.GuessesPerSecond > 0:
		s := "encrypted"
		if kdf != "" {
			s += " (" + kdf + ")"
		}
		return fmt.Sprintf("%s; trying every 8-character password of letters and digits takes %s on one GPU; the commonest passwords: %s",
			s, About(alnum8/p.GuessesPerSecond), Short(commonest/p.GuessesPerSecond))
	}
	if kdf != "" {
		return "encrypted (" + kdf + "); the attacker's cost is not known"
	}
	return "encrypted; the attacker's cost is not known"
}

// Short says a short time as people do: "seconds", "minutes", or About.
func Short(sec float64) string {
	switch {
	case sec < 60:
		return "seconds"
	case sec < 3600:
		return "minutes"
	}
	return About(sec)
}

// About writes a duration rounded to two significant figures with its
// unit, grouping thousands: "about 1,500 years", "about 3 days", "about
// 2.1 million years". Under a second it is "under a second".
func About(sec float64) string { return keystore.HumanDuration(sec) }
