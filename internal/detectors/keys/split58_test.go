package keys

import (
	"crypto/ed25519"
	"fmt"
	"strings"
	"testing"

	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/base58"
	"github.com/btcsuite/btcd/btcutil/hdkeychain"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit/detect"
)

// TestSplitKeys: a base58 key broken over lines, pasted in parts or cut
// by a mail's line wrap, is read joined; parts that do not join into a
// valid key, and a key whose parts a line of prose parts, are not.
func TestSplitKeys(t *testing.T) {
	g := newGen(91)
	master, err := hdkeychain.NewMaster(g.bytes(32), &chaincfg.MainNetParams)
	require.NoError(t, err)
	xprv := master.String()
	w, err := btcutil.NewWIF(g.key(), &chaincfg.MainNetParams, true)
	require.NoError(t, err)
	wif := w.String()
	sol := base58.Encode(ed25519.NewKeyFromSeed(g.bytes(32)))
	cases := []struct {
		name, text, rule string
	}{
		{"xprv in halves", "ok here it is in two bits because the chat cut it off:\n" + xprv[:55] + "\n" + xprv[55:] + "\nlet me know it works\n", "bip32-xprv"},
		{"xprv wrapped by a mail client", "so here is the master key, " + xprv[:20] + "\r\n" + xprv[20:96] + "\r\n" + xprv[96:] + ", just use it to pull the history\r\n", "bip32-xprv"},
		{"indented halves", "  key:\n    " + xprv[:60] + "\n    " + xprv[60:] + "\n", "bip32-xprv"},
		{"wif in halves", "wif (two parts):\n" + wif[:26] + "\n" + wif[26:] + "\n", "wif"},
		// A label before the first part on its line (corpus 204).
		{"wif in halves after a label", "Paper wallet (bitaddress, 2013)\nprivkey " + wif[:26] + "\n        " + wif[26:] + "\n", "wif"},
		{"xprv in halves after a label", "backup: " + xprv[:56] + "\n" + xprv[56:] + "\n", "bip32-xprv"},
		// A mail in format=flowed: a soft line break is a space before
		// the line's end (corpus 199).
		{"xprv in a flowed mail", "Tobi, this is the account-level key (m/0'):\r\n" + xprv[:60] + " \r\n" + xprv[60:] + "\r\nPlease delete after importing.\r\n", "bip32-xprv"},
		{"wif over three lines of a paper wallet", "PRIVATE KEY (WIF)\n  " + wif[:17] + "\n  " + wif[17:34] + "\n  " + wif[34:] + "\n\nSHARE: NEVER\n", "wif"},
		{"Go literals joined with +", "const sweepKey = \"" + xprv[:56] + "\" +\n\t\"" + xprv[56:] + "\"\n", "bip32-xprv"},
		{"Java literals joined by a leading +", "    private static final String MASTER = \"" + xprv[:40] + "\"\n            + \"" + xprv[40:80] + "\"\n            + \"" + xprv[80:] + "\";\n", "bip32-xprv"},
		{"Python literals side by side", "MASTER = (\n    '" + xprv[:56] + "'\n    '" + xprv[56:] + "'\n)\n", "bip32-xprv"},
		{"PHP literals joined with .", "$wif = '" + wif[:26] + "' .\n    '" + wif[26:] + "';\n", "wif"},
		{"solana keypair in halves", "solflare private key\n" + sol[:44] + "\n" + sol[44:] + "\n", "solana-private-key"},
	}
	for _, tc := range cases {
		got := NewBase58().Detect(t.Context(), &detect.Chunk{Data: []byte(tc.text)})
		require.Len(t, got, 1, tc.name)
		assert.Equal(t, tc.rule, got[0].Rule, tc.name)
		assert.True(t, got[0].Secret.Reveal() == map[string]string{"bip32-xprv": xprv, "wif": wif, "solana-private-key": sol}[tc.rule], "%s: the joined key", tc.name)
		assert.Equal(t, "split over lines", got[0].Details["layout"], tc.name)
	}
	group := func(k string, n int) string {
		var g []string
		for i := 0; i < len(k); i += n {
			g = append(g, k[i:min(len(k), i+n)])
		}
		return strings.Join(g, " ")
	}
	for _, tc := range []struct{ name, text, rule string }{
		{"wif in groups of four", "Paper wallet, typed back:\n  " + group(wif, 4) + "\n", "wif"},
		{"xprv in groups of eight", group(xprv, 8) + "\r\n", "bip32-xprv"},
		// A label before the groups on their line (corpus 194).
		{"wif in groups after a label", "Paper wallet from 2014 (bitaddress)\nprivate: " + group(wif, 4) + "\npublic 1BoatSLRHtKNngkdXEeobR76b53LETtpyT\n", "wif"},
		{"xprv in groups after a label", "  Master key (xprv):  " + group(xprv, 5) + "\n", "bip32-xprv"},
	} {
		got := NewBase58().Detect(t.Context(), &detect.Chunk{Data: []byte(tc.text)})
		require.Len(t, got, 1, tc.name)
		assert.Equal(t, tc.rule, got[0].Rule, tc.name)
		assert.Equal(t, "grouped", got[0].Details["layout"], tc.name)
	}
	negatives := []struct{ name, text string }{
		{"groups of another key, one character off", group(wif[:51]+"x", 4) + "\n"},
		{"words of a sentence", "the quick brown fox jumps over the lazy dog and then runs away from the big bad wolf\n"},
		{"prose between the parts", xprv[:55] + "\nand then\n" + xprv[55:] + "\n"},
		{"a part glued to a word", "key" + xprv[:55] + "\n" + xprv[55:] + "\n"},
		{"a part cut short", xprv[:55] + "\n" + xprv[56:] + "\n"},
		{"two unrelated runs", fmt.Sprintf("%s\n%s\n", sol[:44], xprv[20:64])},
		{"a literal's part not closed", "k = \"" + xprv[:56] + "\" +\n\t\"" + xprv[56:] + "\n"},
	}
	for _, tc := range negatives {
		assert.Empty(t, NewBase58().Detect(t.Context(), &detect.Chunk{Data: []byte(tc.text)}), tc.name)
	}
}

func FuzzSplitKeys(f *testing.F) {
	f.Add([]byte("key:\nxprv9s21ZrQH143K\n3QTDL4LXw2F7HEK3\n"))
	f.Add([]byte("k = \"L1aW4aubDFB7yfras2S1mN3bqg9nwySY8nkoLmJebSLD\" +\r\n  \"5BWm\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, c := range splitKeys(data, func() bool { return false }) {
			if c.Start < 0 || c.End > len(data) || c.Start >= c.End {
				t.Fatalf("span %d-%d of %d bytes", c.Start, c.End, len(data))
			}
		}
	})
}
