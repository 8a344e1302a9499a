package funds

import (
	"encoding/json"
	"testing"
)

// FuzzAnswers feeds arbitrary endpoint answers to the response parsers:
// they must never panic and never accept a negative or fractional amount.
func FuzzAnswers(f *testing.F) {
	f.Add([]byte(`{"success":true,"unspents":[{"txid":"ab","amount":0.1}],"total_amount":0.1}`))
	f.Add([]byte(`{"total_amount":1e400}`))
	f.Add([]byte(`"0x1bc16d674ec80000"`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var r scanResult
		if json.Unmarshal(b, &r) == nil {
			if a, err := r.answer(); err == nil && a.sats.Sign() < 0 {
				t.Fatal("negative amount accepted")
			}
		}
		var s string
		if json.Unmarshal(b, &s) == nil {
			if q, ok := quantity(s, 66); ok && q.Sign() < 0 {
				t.Fatal("negative quantity accepted")
			}
		}
		var res Result
		_ = json.Unmarshal(b, &res)
		_ = clean(string(b))
	})
}
