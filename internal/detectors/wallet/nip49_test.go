package wallet

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/keystore"
)

func TestNIP49Detector(t *testing.T) {
	v := nip49Vector // NIP-49 test data, password "nostr"
	tests := []struct {
		name, text string
		want       int
	}{
		{"note", "Nostr backup:\n" + v + "\n", 1},
		{"json", `{"ncryptsec":"` + v + `"}`, 1},
		{"upper case", "key " + strings.ToUpper(v) + " end", 1},
		{"glued", "x" + v, 0},
		{"longer", v + "q", 0},
		{"cut short", v[:161] + " ", 0},
		{"checksum broken", v[:161] + "q", 0},
		{"prefix in prose", "ncryptsec1 is the prefix of NIP-49 keys", 0},
	}
	d := NewNIP49(keystore.Options{NoTrials: true})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := d.Detect(context.Background(), &detect.Chunk{Data: []byte(tc.text)})
			require.Len(t, cs, tc.want)
			if tc.want == 0 {
				return
			}
			c := cs[0]
			assert.Equal(t, string(keystore.NostrNIP49), c.Rule)
			assert.Equal(t, detect.KindKeystore, c.Kind)
			require.NotNil(t, c.Protection)
			assert.Equal(t, "scrypt", c.Protection.KDF)
			assert.Equal(t, "n=65536 r=8 p=1", c.Protection.KDFParams)
			assert.True(t, c.Public, "published test data")
			assert.True(t, strings.EqualFold(v, tc.text[c.Start:c.End]))
			assert.NotContains(t, strings.ToLower(c.Secret.String()), v[10:40], "the key prints redacted")
		})
	}
}

func FuzzNIP49Detect(f *testing.F) {
	f.Add([]byte(nip49Vector))
	f.Add([]byte("ncryptsec1ncryptsec1"))
	d := NewNIP49(keystore.Options{NoTrials: true})
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, c := range d.Detect(context.Background(), &detect.Chunk{Data: data}) {
			if c.Start < 0 || c.End > len(data) || c.Start >= c.End {
				t.Fatalf("bad span %d..%d of %d", c.Start, c.End, len(data))
			}
		}
	})
}
