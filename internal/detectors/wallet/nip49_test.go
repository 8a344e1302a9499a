package wallet

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/keystore"
)

func TestNIP49Detector(t *testing.T) {
	v := nip49Vector // NIP-49 test data, password "nostr"
	tests := []textKeyCase{
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
	runTextKeyCases(t, d, keystore.NostrNIP49, tests, func(t *testing.T, c detect.Candidate, text string) {
		assert.Equal(t, "n=65536 r=8 p=1", c.Protection.KDFParams)
		assert.True(t, strings.EqualFold(v, text[c.Start:c.End]))
		assert.NotContains(t, strings.ToLower(c.Secret.String()), v[10:40], "the key prints redacted")
	})
}

func FuzzNIP49Detect(f *testing.F) {
	f.Add([]byte(nip49Vector))
	f.Add([]byte("ncryptsec1ncryptsec1"))
	fuzzSpans(f, NewNIP49(keystore.Options{NoTrials: true}))
}
