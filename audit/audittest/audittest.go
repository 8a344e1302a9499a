// Package audittest lets wallet developers prove, in their own tests, that
// their code never writes a wallet secret to logs, files, errors or the
// environment.
//
// The assertions scan what they are given with the walletaudit engine and
// fail the test on any finding (published test secrets such as the Hardhat
// mnemonic excepted). Failure messages name the rule, kind, location and
// fingerprint of what was found: never the secret.
//
//	func TestExportDoesNotLeak(t *testing.T) {
//		c := audittest.NewCanary(t)           // a fresh random wallet
//		var logs bytes.Buffer
//		w := mywallet.Import(c.Mnemonic(), &logs)
//		w.Export(t.TempDir())
//		c.AssertAbsent(t, logs.Bytes())      // no phrase, seed, xprv, key…
//		audittest.NoSecretsInDir(t, dir)      // and no other secret either
//	}
//
// A Canary catches derivatives a scanner cannot recognise by shape alone:
// the seed in hex, the entropy in base64, the account xprv, the WIF of the
// first key.
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

// scanner is shared by the assertions: it is safe for concurrent use.
var scanner = sync.OnceValue(func() *audit.Scanner { return audit.New(audit.Options{Workers: 2}) })

// findings scans sources and returns the non-public findings.
func findings(srcs ...audit.Source) ([]audit.Finding, audit.Summary, error) {
	var out []audit.Finding
	sum, err := scanner().Run(context.Background(), func(f audit.Finding) error {
		if !f.Public {
			out = append(out, f)
		}
		return nil
	}, srcs...)
	return out, sum, err
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
		t.Errorf("audittest: wallet secret in %s: %s (%s) at %s, %s, fingerprint %s",
			what, f.Rule, f.Kind, f.Location, f.Secret.Redacted(), f.Secret.Fingerprint())
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

// NoSecrets fails t if data holds a wallet secret. name labels the data in
// failure messages.
func NoSecrets(t TB, name string, data []byte) bool {
	t.Helper()
	fs, sum, err := findings(audit.Bytes(name, data))
	return report(t, name, fs, sum, err)
}

// NoSecretsInString is NoSecrets for a string.
func NoSecretsInString(t TB, name, s string) bool {
	t.Helper()
	return NoSecrets(t, name, []byte(s))
}

// NoSecretsInReader reads r to the end and fails t if it held a secret
// or could not be read to the end.
func NoSecretsInReader(t TB, name string, r io.Reader) bool {
	t.Helper()
	fs, sum, err := findings(audit.Reader(name, r))
	return report(t, name, fs, sum, err)
}

// NoSecretsInFile fails t if the file holds a secret, and if it could not
// be read whole: a symbolic link, a device, a file over the size limit or
// one that cannot be opened fails too.
func NoSecretsInFile(t TB, path string) bool {
	t.Helper()
	return NoSecretsInDir(t, path)
}

// NoSecretsInDir fails t if any file under dir (or dir itself, when it is
// a file) holds a secret, archives included, or if any item under it was
// skipped (symbolic links, devices, oversized files) or could not be read.
func NoSecretsInDir(t TB, dir string) bool {
	t.Helper()
	fs, sum, err := findings(audit.Dir(dir))
	return report(t, dir, fs, sum, err)
}

// NoSecretsInEnv fails t if the process environment holds a secret.
func NoSecretsInEnv(t TB) bool {
	t.Helper()
	fs, sum, err := findings(audit.ProcessEnv())
	return report(t, "the environment", fs, sum, err)
}

// Writer returns an io.Writer that fails t the moment what was written
// through it holds a secret (or a derivative of one of the canaries). Give
// it to a logger or an exporter under test. Writes always succeed, so the
// code under test runs on.
func Writer(t TB, canaries ...*Canary) io.Writer {
	return &leakWriter{t: t, canaries: canaries}
}

type leakWriter struct {
	t        TB
	canaries []*Canary
	mu       sync.Mutex
	tail     []byte // the end of what was written, for secrets split across writes
	failed   bool
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
	ok := NoSecrets(w.t, "data written", data)
	for _, c := range w.canaries {
		ok = c.AssertAbsent(w.t, data) && ok
	}
	w.failed = !ok
	if len(data) > writerTail {
		data = data[len(data)-writerTail:]
	}
	w.tail = data
	return len(p), nil
}

// Environ fails t if the given environment (os.Environ form) holds a
// secret.
func Environ(t TB, vars []string) bool {
	t.Helper()
	fs, sum, err := findings(audit.Environ("test", vars))
	return report(t, "the environment", fs, sum, err)
}
