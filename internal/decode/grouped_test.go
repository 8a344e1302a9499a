package decode

import (
	"encoding/hex"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGroupedHex: 64 hex digits in equal groups on a line, or over 4 or 8
// lines of their own, are one view of the digits; other counts of groups
// or lines, and unequal groups, are none.
func TestGroupedHex(t *testing.T) {
	key := make([]byte, 32)
	for i := range key {
		key[i] = byte(0x47 + i*7)
	}
	h := hex.EncodeToString(key)
	groups := func(n int, sep string) string {
		var parts []string
		for i := 0; i < len(h); i += n {
			parts = append(parts, h[i:i+n])
		}
		return strings.Join(parts, sep)
	}
	found := func(text string) bool {
		for _, v := range collect(text, 1) {
			if v.Encoding == "grouped-hex" && string(v.Data) == h {
				return true
			}
		}
		return false
	}
	for name, text := range map[string]string{
		"fours by spaces":  "eth private key:\n" + groups(4, " ") + "\n",
		"eights by colons": "signer_private_key = " + groups(8, ":") + "\n",
		"sixteens, upper":  "private key " + strings.ToUpper(groups(16, " ")) + "\n",
		"fours by hyphens": "PRIV: " + groups(4, "-") + "\r\n",
		"four lines of 16": "eth priv key\n" + groups(16, "\n") + "\n\nnext\n",
		"eight lines of 8": "wallet backup\n  " + groups(8, "\n  ") + "\n",
	} {
		assert.True(t, found(text), name)
	}
	for name, text := range map[string]string{
		"a longer run":         "digest " + groups(4, " ") + " 0a1b\n",
		"unequal groups":       "x " + h[:4] + " " + h[4:12] + " " + h[12:] + "\n",
		"five lines of 16":     groups(16, "\n") + "\n" + h[:16] + "\n",
		"a fingerprint":        "fpr: " + groups(4, " ")[:49] + "\n",
		"mixed separators":     "k " + groups(8, " ")[:17] + ":" + groups(8, " ")[18:] + "\n",
		"pairs (another view)": "k " + groups(2, " ") + "\n",
	} {
		assert.False(t, found(text), name)
	}
}
