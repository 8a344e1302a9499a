// Package audittest lets wallet developers prove, in their own tests, that
// their code never writes a wallet secret to logs, files, errors or the
// environment.
//
// The assertions scan what they are given with the walletaudit engine and
// fail the test on any finding (published test secrets such as the Hardhat
// mnemonic excepted). Give them the test's canaries and they also fail on
// any derivative of a canary the engine cannot recognise by shape alone:
// the seed or entropy in hex or base64, the root and account xprv, the
// first keys in hex, as WIF or as raw bytes. Failure messages name the
// rule, kind, location and fingerprint of what was found: never the
// secret.
//
//	func TestImportDoesNotLeak(t *testing.T) {
//		c := audittest.NewCanary(t)                   // a fresh random wallet
//		log := slog.New(audittest.Handler(t, nil, c)) // fails on any leaked record
//		dir := t.TempDir()
//		err := mywallet.Import(c.Mnemonic(), dir, log) // the code under test
//		audittest.NoSecretsInError(t, err, c)         // no phrase in the error
//		audittest.NoSecretsInDir(t, dir, c)           // nor in any file written
//	}
//
// Every assertion takes, after its input, any number of Checks: canaries
// and options. A wallet that stores an encrypted keystore on purpose
// accepts it with AcceptKeystores; MinSeverity, Allow and Accept narrow
// what fails further.
package audittest

import (
	"context"
	"fmt"
	"io"
	"sync"
	"testing"

	"github.com/walletaudit/walletaudit/audit"
)

// TB is the part of testing.TB the helpers use, so they also work with
// test doubles.
type TB interface {
	Helper()
	Errorf(format string, args ...any)
}

var _ TB = testing.TB(nil)

// A Check is an argument of the assertions after their input: a *Canary
// whose derivatives must not appear, or an option (MinSeverity, Allow,
// Accept, AcceptKeystores).
type Check interface{ apply(*config) }

type config struct {
	canaries []*Canary
	min      audit.Severity
	allow    []string
	accept   []func(audit.Finding) bool
}

type option func(*config)

func (o option) apply(c *config) { o(c) }

// MinSeverity ignores findings of the engine below s (a canary's
// derivative always fails).
func MinSeverity(s audit.Severity) Check { return option(func(c *config) { c.min = s }) }

// Allow ignores findings by fingerprint ("wa1:…") or path glob, as
// audit.Options.Allow does.
func Allow(patterns ...string) Check {
	return option(func(c *config) { c.allow = append(c.allow, patterns...) })
}

// Accept ignores the findings of the engine for which fn returns true (a
// canary's derivative always fails).
func Accept(fn func(audit.Finding) bool) Check {
	return option(func(c *config) { c.accept = append(c.accept, fn) })
}

// AcceptKeystores accepts encrypted keystores and wallet files whose key
// derivation allows at most maxGuessesPerSecond password guesses per
// second on one GPU (an Ethereum v3 keystore with scrypt n=2^18 allows
// about 100) and whose password was not among those tried. A keystore
// with an unknown cost, a weak password or no encryption still fails.
func AcceptKeystores(maxGuessesPerSecond float64) Check {
	return Accept(func(f audit.Finding) bool {
		p := f.Protection
		if p == nil || !p.Encrypted || p.WeakPassword || p.GuessesPerSecond <= 0 {
			return false
		}
		if f.Kind != audit.KindKeystore && f.Kind != audit.KindWalletFile {
			return false
		}
		return p.GuessesPerSecond <= maxGuessesPerSecond
	})
}

func newConfig(checks []Check) *config {
	c := &config{}
	for _, ch := range checks {
		if ch != nil {
			ch.apply(c)
		}
	}
	return c
}

// shared is the scanner of assertions without canaries or allow lists:
// it is safe for concurrent use.
var shared = sync.OnceValue(func() *audit.Scanner { return audit.New(audit.Options{Workers: 2}) })

func (c *config) scanner() *audit.Scanner {
	if len(c.canaries) == 0 && len(c.allow) == 0 {
		return shared()
	}
	dets := audit.DefaultDetectors()
	for _, cn := range c.canaries {
		dets = append(dets, canaryDetector{cn})
	}
	return audit.New(audit.Options{Workers: 2, Detectors: dets, Allow: c.allow})
}

// keep reports whether a finding fails the assertion.
func (c *config) keep(f audit.Finding) bool {
	if f.Rule == canaryRule {
		return true
	}
	if f.Public {
		return false
	}
	if c.min != "" && !f.Severity.AtLeast(c.min) {
		return false
	}
	for _, fn := range c.accept {
		if fn(f) {
			return false
		}
	}
	return true
}

// findings scans sources and returns the findings that fail.
func (c *config) findings(srcs ...audit.Source) ([]audit.Finding, audit.Summary, error) {
	var out []audit.Finding
	seen := map[string]bool{}
	sum, err := c.scanner().Run(context.Background(), func(f audit.Finding) error {
		key := f.Secret.Fingerprint() + "\x00" + f.Location.String()
		if c.keep(f) && !seen[key] {
			seen[key] = true
			out = append(out, f)
		}
		return nil
	}, srcs...)
	return out, sum, err
}

// describe is what a failure message says of a finding: never the secret.
func describe(f audit.Finding) string {
	if f.Rule == canaryRule {
		return fmt.Sprintf("canary leaked: %s at %s, fingerprint %s", f.Details["derivative"], f.Location, f.Secret.Fingerprint())
	}
	return fmt.Sprintf("%s (%s) at %s, %s, fingerprint %s", f.Rule, f.Kind, f.Location, f.Secret.Redacted(), f.Secret.Fingerprint())
}

// report fails t for every finding, for a scan error, and for any item
// that was skipped or could not be read: an input never read was never
// checked, so it must not pass. It returns whether t passed.
func report(t TB, what string, fs []audit.Finding, sum audit.Summary, err error) bool {
	t.Helper()
	if err != nil {
		t.Errorf("audittest: scanning %s: %v", what, err)
		return false
	}
	for _, f := range fs {
		t.Errorf("audittest: wallet secret in %s: %s", what, describe(f))
	}
	unread := max(int64(len(sum.Skipped)), sum.SkippedTotal) + max(int64(len(sum.Errors)), sum.ErrorsTotal)
	if unread > 0 {
		first := ""
		switch {
		case len(sum.Skipped) > 0:
			first = fmt.Sprintf("%s (skipped: %s)", sum.Skipped[0].Path, sum.Skipped[0].Reason)
		case len(sum.Errors) > 0:
			first = fmt.Sprintf("%s (could not be read: %s)", sum.Errors[0].Path, sum.Errors[0].Error)
		}
		t.Errorf("audittest: %s: %d item(s) were not read, so not checked; the first: %s", what, unread, first)
	}
	return len(fs) == 0 && unread == 0
}

func check(t TB, what string, checks []Check, srcs ...audit.Source) bool {
	t.Helper()
	fs, sum, err := newConfig(checks).findings(srcs...)
	return report(t, what, fs, sum, err)
}

// NoSecrets fails t if data holds a wallet secret or a derivative of one
// of the canaries among checks. name labels the data in failure messages.
func NoSecrets(t TB, name string, data []byte, checks ...Check) bool {
	t.Helper()
	return check(t, name, checks, audit.Bytes(name, data))
}

// NoSecretsInString is NoSecrets for a string.
func NoSecretsInString(t TB, name, s string, checks ...Check) bool {
	t.Helper()
	return NoSecrets(t, name, []byte(s), checks...)
}

// NoSecretsInReader reads r to the end and fails t if it held a secret
// or could not be read to the end.
func NoSecretsInReader(t TB, name string, r io.Reader, checks ...Check) bool {
	t.Helper()
	return check(t, name, checks, audit.Reader(name, r))
}

// NoSecretsInFile fails t if the file holds a secret, and if it could not
// be read whole: a symbolic link, a device, a file over the size limit or
// one that cannot be opened fails too.
func NoSecretsInFile(t TB, path string, checks ...Check) bool {
	t.Helper()
	return NoSecretsInDir(t, path, checks...)
}

// NoSecretsInDir fails t if any file under dir (or dir itself, when it is
// a file) holds a secret, archives included, or if any item under it was
// skipped (symbolic links, devices, oversized files) or could not be read.
func NoSecretsInDir(t TB, dir string, checks ...Check) bool {
	t.Helper()
	return check(t, dir, checks, audit.Dir(dir))
}

// NoSecretsInEnv fails t if the process environment holds a secret.
func NoSecretsInEnv(t TB, checks ...Check) bool {
	t.Helper()
	return check(t, "the environment", checks, audit.ProcessEnv())
}

// Environ fails t if the given environment (os.Environ form) holds a
// secret.
func Environ(t TB, vars []string, checks ...Check) bool {
	t.Helper()
	return check(t, "the environment", checks, audit.Environ("env", vars))
}

// Writer returns an io.Writer that fails t the moment what was written
// through it holds a secret (or a derivative of one of the canaries). Give
// it to a logger or an exporter under test. Writes always succeed, so the
// code under test runs on.
func Writer(t TB, checks ...Check) io.Writer {
	return &leakWriter{t: t, checks: checks}
}

type leakWriter struct {
	t      TB
	checks []Check
	mu     sync.Mutex
	tail   []byte // the end of what was written, for secrets split across writes
	failed bool
}

const writerTail = 16 << 10

func (w *leakWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.failed {
		return len(p), nil
	}
	data := append(append([]byte(nil), w.tail...), p...)
	w.t.Helper()
	w.failed = !NoSecrets(w.t, "data written", data, w.checks...)
	if len(data) > writerTail {
		data = data[len(data)-writerTail:]
	}
	w.tail = data
	return len(p), nil
}
