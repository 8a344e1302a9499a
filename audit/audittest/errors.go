package audittest

import (
	"errors"
	"fmt"
	"strings"

	"github.com/walletaudit/walletaudit/audit"
)

// NoSecretsInError fails t if err, any error in its chain (errors.Unwrap
// and errors.Join, however deep), or its "%+v" form holds a wallet secret
// or a derivative of one of the canaries among checks. A nil error
// passes. A phrase in a returned error is a common leak: the caller's
// t.Fatal(err) prints it in CI.
func NoSecretsInError(t TB, err error, checks ...Check) bool {
	t.Helper()
	if err == nil {
		return true
	}
	var b strings.Builder
	seen := map[string]bool{}
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			b.WriteString(s)
			b.WriteByte('\n')
		}
	}
	n := 0
	var walk func(e error)
	walk = func(e error) {
		if e == nil || n >= 1000 { // a cycle or an absurd chain ends here
			return
		}
		n++
		add(e.Error())
		add(fmt.Sprintf("%+v", e))
		switch u := e.(type) {
		case interface{ Unwrap() []error }:
			for _, c := range u.Unwrap() {
				walk(c)
			}
		default:
			walk(errors.Unwrap(e))
		}
	}
	walk(err)
	fs, sum, serr := newConfig(checks).findings(audit.Bytes("error", []byte(b.String())))
	// The chain repeats the same text at every level: one message for
	// each secret is enough.
	var once []audit.Finding
	for _, f := range fs {
		if k := f.Rule + f.Secret.Fingerprint(); !seen[k] {
			seen[k] = true
			once = append(once, f)
		}
	}
	return report(t, fmt.Sprintf("an error (%T)", err), once, sum, serr)
}
