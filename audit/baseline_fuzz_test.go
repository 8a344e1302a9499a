package audit_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/walletaudit/walletaudit/audit"
)

// FuzzReadBaseline: any input gives a baseline or an error, never a panic,
// and a baseline read back from its own Write is the same size.
func FuzzReadBaseline(f *testing.F) {
	f.Add(`{"version":"1","findings":[{"fingerprint":"wa1:abc","rule":"r","path":"p"}]}`)
	f.Add(`{"version":"1","findings":[{"secret":{"fingerprint":"wa1:x"}}]}`)
	f.Add(`{"findings":[{"rule":"x"}]}`)
	f.Add(`{"findings":[`)
	f.Add(``)
	f.Fuzz(func(t *testing.T, s string) {
		b, err := audit.ReadBaseline(strings.NewReader(s))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "audit: reading baseline: ") {
				t.Fatalf("error without its prefix: %v", err)
			}
			return
		}
		var out bytes.Buffer
		if err := b.Write(&out); err != nil {
			t.Fatal(err)
		}
		again, err := audit.ReadBaseline(&out)
		if err != nil || again.Len() != b.Len() {
			t.Fatalf("round trip: %v, %d != %d", err, again.Len(), b.Len())
		}
	})
}
