package report

import (
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/owenrumney/go-sarif/v2/sarif"
	"github.com/walletaudit/walletaudit/audit"
)

// FingerprintKey names the partialFingerprints entry that holds a
// finding's fingerprint in SARIF.
const FingerprintKey = "walletaudit/v1"

type sarifWriter struct {
	w    io.Writer
	opts Options
	fs   []audit.Finding
	root string // the directory URIs are relative to (%SRCROOT%)
}

// NewSARIF returns a writer of a SARIF 2.1.0 log with one run: a rule per
// detector rule, a result per finding with its fingerprint in
// partialFingerprints, and levels mapped from severity (critical and high
// → error, medium → warning, low and info → note). Its invocation says
// what was not covered: executionSuccessful is false when an item could
// not be scanned completely, and skipped and failed items are listed as
// toolExecutionNotifications (descriptors NotificationSkipped and
// NotificationError).
func NewSARIF(w io.Writer, opts Options) Writer { return &sarifWriter{w: w, opts: opts} }

func (s *sarifWriter) Add(f audit.Finding) error { s.fs = append(s.fs, f); return nil }

func (s *sarifWriter) Close(sum audit.Summary) error {
	SortByLocation(s.fs)
	rep, err := sarif.New(sarif.Version210)
	if err != nil {
		return err
	}
	driver := sarif.NewDriver("walletaudit").WithInformationURI("https://github.com/walletaudit/walletaudit")
	version := toolVersion(s.opts.ToolVersion)
	driver = driver.WithVersion(version).WithSemanticVersion(strings.TrimPrefix(version, "v"))
	s.root = repoRoot(s.opts.BaseDir)
	run := sarif.NewRun(*sarif.NewTool(driver))
	worst := map[string]float64{}
	for _, f := range s.fs {
		worst[f.Rule] = max(worst[f.Rule], f.Score)
	}
	rules := map[string]bool{}
	for _, f := range s.fs {
		if !rules[f.Rule] {
			rules[f.Rule] = true
			title, help := s.describe(f)
			r := run.AddRule(f.Rule).
				WithName(title).
				WithShortDescription(sarif.NewMultiformatMessageString(title + " exposed")).
				WithHelp(sarif.NewMultiformatMessageString(help))
			pb := sarif.NewPropertyBag()
			tags := []string{"security", "secret", "wallet", string(f.Kind)}
			for _, p := range f.AttackPaths {
				tags = append(tags, p.CWE...)
				tags = append(tags, p.Attack...)
			}
			pb.Add("tags", dedupe(tags))
			// GitHub code scanning reads the rule's security-severity.
			pb.Add("security-severity", fmt.Sprintf("%.1f", worst[f.Rule]))
			r.AttachPropertyBag(pb)
		}
		msg := fmt.Sprintf("%s %s found (%s, score %.1f): %s", f.Severity, f.Kind, f.Secret.Redacted(), f.Score, f.Secret.Fingerprint())
		if f.Public {
			msg += " — published test secret (" + f.PublicSource + ")"
		}
		if len(f.AttackPaths) > 0 {
			var ids []string
			for _, p := range f.AttackPaths {
				ids = append(ids, p.ID)
			}
			msg += ". Attack paths: " + strings.Join(ids, ", ") + ". " + f.Remediation
		}
		region := sarif.NewRegion()
		if f.Location.Line > 0 {
			region = region.WithStartLine(f.Location.Line).WithEndLine(max(f.Location.EndLine, f.Location.Line)).WithStartColumn(max(f.Location.Column, 1))
		} else {
			region = region.WithByteOffset(int(f.Location.Offset))
		}
		loc := s.artifact(f.Location.Path)
		res := sarif.NewRuleResult(f.Rule).
			WithLevel(level(f.Severity)).
			WithMessage(sarif.NewTextMessage(msg)).
			WithLocations([]*sarif.Location{sarif.NewLocationWithPhysicalLocation(
				sarif.NewPhysicalLocation().
					WithArtifactLocation(loc).
					WithRegion(region))}).
			WithPartialFingerPrints(map[string]any{FingerprintKey: f.Secret.Fingerprint()})
		props := sarif.NewPropertyBag()
		props.Add("severity", string(f.Severity))
		props.Add("score", f.Score)
		props.Add("kind", string(f.Kind))
		props.Add("public", f.Public)
		props.Add("security-severity", fmt.Sprintf("%.1f", f.Score))
		if s.opts.ShowSecrets {
			props.Add("secret", f.Secret.Reveal())
		}
		res.AttachPropertyBag(props)
		run.AddResult(res)
	}
	run.AddInvocations(s.invocation(sum))
	if s.root != "" {
		if abs, err := filepath.Abs(s.root); err == nil {
			uri := "file://" + filepath.ToSlash(abs)
			if !strings.HasSuffix(uri, "/") {
				uri += "/"
			}
			run.WithOriginalUriBaseIds(map[string]*sarif.ArtifactLocation{"%SRCROOT%": sarif.NewSimpleArtifactLocation(uri)})
		}
	}
	rep.AddRun(run)
	return rep.PrettyWrite(s.w)
}

// artifact is the location of a scanned path, relative to %SRCROOT% when
// BaseDir holds it. The path is percent-encoded as a URI reference: a
// name's spaces, '%', '#', '?' and control characters do not reach the
// consumer raw.
func (s *sarifWriter) artifact(p string) *sarif.ArtifactLocation {
	if s.root != "" {
		if rel, err := relTo(s.root, p); err == nil && !strings.HasPrefix(rel, "..") {
			return sarif.NewSimpleArtifactLocation(uriPath(rel)).WithUriBaseId("%SRCROOT%")
		}
	}
	return sarif.NewSimpleArtifactLocation(uriPath(p))
}

func uriPath(p string) string {
	u := (&url.URL{Path: filepath.ToSlash(p)}).EscapedPath()
	if first, _, _ := strings.Cut(u, "/"); strings.Contains(first, ":") {
		u = "./" + u // "c:x" would read as a scheme
	}
	return u
}

// Descriptor ids of the tool execution notifications in SARIF.
const (
	// NotificationSkipped marks an item the scan did not read (size
	// limit, archive limit, special file): level "note".
	NotificationSkipped = "walletaudit/skipped"
	// NotificationError marks an item the scan could not read or decode
	// completely: level "error".
	NotificationError = "walletaudit/item-error"
)

// invocation tells what the run did not cover: executionSuccessful is false
// when an item could not be scanned completely, and every skipped or failed
// item is a tool execution notification with its path and reason.
func (s *sarifWriter) invocation(sum audit.Summary) *sarif.Invocation {
	inv := sarif.NewInvocation().WithExecutionSuccess(len(sum.Errors) == 0)
	note := func(id, level, msg, p string) {
		n := sarif.NewNotification().
			WithDescriptor(sarif.NewReportingDescriptorReference().WithId(id)).
			WithLevel(level).
			WithTextMessage(EscapeText(msg))
		if p != "" {
			n.AddLocation(sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().WithArtifactLocation(s.artifact(p))))
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	for _, k := range sum.Skipped {
		note(NotificationSkipped, "note", "Skipped "+k.Path+": "+k.Reason, k.Path)
	}
	for _, e := range sum.Errors {
		note(NotificationError, "error", "Not scanned completely "+e.Path+": "+e.Error, e.Path)
	}
	return inv
}

func level(s audit.Severity) string {
	switch s {
	case audit.SeverityCritical, audit.SeverityHigh:
		return "error"
	case audit.SeverityMedium:
		return "warning"
	}
	return "note"
}

// describe returns the name and help of the rule of f: from
// Options.Rules when it describes the rule, else from the finding.
func (s *sarifWriter) describe(f audit.Finding) (title, help string) {
	help = "Findings of this rule are wallet secrets stored where an attacker can read them. Move the funds to a new wallet first, then remove the secret."
	title = f.RuleTitle
	for _, r := range s.opts.Rules {
		if r.ID != f.Rule {
			continue
		}
		if r.Title != "" {
			title = r.Title
		}
		if h := strings.TrimSpace(r.Help + " " + r.Remediation); h != "" {
			help = h
		}
		break
	}
	if title == "" {
		title = ruleTitle(f.Rule)
	}
	return title, help
}

// ruleTitle names a rule in words: "WIF private key" for "wif".
func ruleTitle(id string) string {
	if t := audit.RuleTitle(id); t != "" {
		return t
	}
	words := strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' })
	if len(words) == 0 {
		return id
	}
	words[0] = strings.ToUpper(words[0][:1]) + words[0][1:]
	return strings.Join(words, " ")
}

// toolVersion is the version written into the SARIF driver: the one
// given, else the module's version from the build information.
func toolVersion(given string) string {
	if given != "" {
		return given
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Path == "github.com/walletaudit/walletaudit" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			return bi.Main.Version
		}
		for _, d := range bi.Deps {
			if d.Path == "github.com/walletaudit/walletaudit" && d.Version != "" {
				return d.Version
			}
		}
	}
	return "0.0.0-dev"
}

// repoRoot returns the root of the git work tree that holds dir (the
// nearest directory with a .git entry), or dir itself when there is none:
// SARIF URIs are relative to the repository, as code scanning expects,
// whichever directory of it was scanned.
func repoRoot(dir string) string {
	if dir == "" {
		return ""
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return dir
	}
	if info, err := os.Stat(abs); err != nil || !info.IsDir() {
		return dir
	}
	for d := abs; ; {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir
		}
		d = parent
	}
}

// relTo returns p relative to root, both made absolute first.
func relTo(root, p string) (string, error) {
	ar, err := filepath.Abs(root)
	if err != nil {
		return "", err
	}
	ap, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	return filepath.Rel(ar, ap)
}

func dedupe(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
