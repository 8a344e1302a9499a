package wallet

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/keystore"
)

func TestBIP38Detector(t *testing.T) {
	const satoshi = "6PRNFFkZc2NZ6dJqFfhRoFNMR9Lnyj7dYGrzdgXXVMXcxoKTePPX1dWByq" // BIP-38 test vector, passphrase "Satoshi"
	tests := []textKeyCase{
		{"paper wallet note", "Paper wallet (BIP38):\n" + satoshi + "\n", 1},
		{"json", `{"encrypted":"` + satoshi + `"}`, 1},
		{"glued", "x" + satoshi, 0},
		{"cut short", satoshi[:57] + " ", 0},
		{"checksum broken", satoshi[:57] + "r", 0},
		{"6P in prose", "see section 6P for the 6Pack", 0},
	}
	d := NewBIP38(keystore.Options{NoBuiltin: true, Passwords: []string{"Satoshi"}})
	runTextKeyCases(t, d, keystore.BIP38Key, tests, func(t *testing.T, c detect.Candidate, text string) {
		assert.True(t, c.Protection.WeakPassword, "the listed passphrase should open it")
		assert.Equal(t, satoshi, text[c.Start:c.End])
		assert.NotContains(t, c.Secret.String(), satoshi[2:], "the key prints redacted")
	})
}

// textKeyCase is a text and the number of keys a text-key detector
// (BIP-38, NIP-49) should find in it.
type textKeyCase struct {
	name, text string
	want       int
}

// runTextKeyCases runs d on each case and checks what every key found
// in text has (the rule, a keystore with scrypt, published test data),
// then check on the first key found.
func runTextKeyCases(t *testing.T, d detect.Detector, rule keystore.Format, cases []textKeyCase, check func(t *testing.T, c detect.Candidate, text string)) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs := d.Detect(context.Background(), &detect.Chunk{Data: []byte(tc.text)})
			require.Len(t, cs, tc.want)
			if tc.want == 0 {
				return
			}
			c := cs[0]
			assert.Equal(t, string(rule), c.Rule)
			assert.Equal(t, detect.KindKeystore, c.Kind)
			require.NotNil(t, c.Protection)
			assert.Equal(t, "scrypt", c.Protection.KDF)
			assert.True(t, c.Public, "published test data")
			check(t, c, tc.text)
		})
	}
}

// fuzzSpans checks that every candidate d finds in data lies inside it.
func fuzzSpans(f *testing.F, d detect.Detector) {
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, c := range d.Detect(context.Background(), &detect.Chunk{Data: data}) {
			if c.Start < 0 || c.End > len(data) || c.Start >= c.End {
				t.Fatalf("bad span %d..%d of %d", c.Start, c.End, len(data))
			}
		}
	})
}

func FuzzBIP38Detect(f *testing.F) {
	f.Add([]byte("6PRNFFkZc2NZ6dJqFfhRoFNMR9Lnyj7dYGrzdgXXVMXcxoKTePPX1dWByq"))
	f.Add([]byte("6P6P6P"))
	fuzzSpans(f, NewBIP38(keystore.Options{NoTrials: true}))
}
