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
	tests := []struct {
		name, text string
		want       int
	}{
		{"paper wallet note", "Paper wallet (BIP38):\n" + satoshi + "\n", 1},
		{"json", `{"encrypted":"` + satoshi + `"}`, 1},
		{"glued", "x" + satoshi, 0},
		{"cut short", satoshi[:57] + " ", 0},
		{"checksum broken", satoshi[:57] + "r", 0},
		{"6P in prose", "see section 6P for the 6Pack", 0},
	}
	d := NewBIP38(keystore.Options{NoBuiltin: true, Passwords: []string{"Satoshi"}})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := d.Detect(context.Background(), &detect.Chunk{Data: []byte(tc.text)})
			require.Len(t, cs, tc.want)
			if tc.want == 0 {
				return
			}
			c := cs[0]
			assert.Equal(t, string(keystore.BIP38Key), c.Rule)
			assert.Equal(t, detect.KindKeystore, c.Kind)
			require.NotNil(t, c.Protection)
			assert.Equal(t, "scrypt", c.Protection.KDF)
			assert.True(t, c.Protection.WeakPassword, "the listed passphrase should open it")
			assert.True(t, c.Public, "a published test vector")
			assert.Equal(t, satoshi, tc.text[c.Start:c.End])
			assert.NotContains(t, c.Secret.String(), satoshi[2:], "the key prints redacted")
		})
	}
}

func FuzzBIP38Detect(f *testing.F) {
	f.Add([]byte("6PRNFFkZc2NZ6dJqFfhRoFNMR9Lnyj7dYGrzdgXXVMXcxoKTePPX1dWByq"))
	f.Add([]byte("6P6P6P"))
	d := NewBIP38(keystore.Options{NoTrials: true})
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, c := range d.Detect(context.Background(), &detect.Chunk{Data: data}) {
			if c.Start < 0 || c.End > len(data) || c.Start >= c.End {
				t.Fatalf("bad span %d..%d of %d", c.Start, c.End, len(data))
			}
		}
	})
}
