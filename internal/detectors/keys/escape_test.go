package keys

import (
	"context"
	"testing"

	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/bech32"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/walletaudit/walletaudit/audit/detect"
)

// TestKeysAfterEscapedLineBreak: in a JSON string (a chat export, a JSON
// log) a key on its own line follows the escape "\n", whose letter is not
// a word the key is glued to. Until 2026-12-04 a WIF or an nsec there was
// not read; a key glued to a word still is not. Hex keys are left out:
// a key without a checksum is judged by the words of its line, and a
// JSON string's escaped lines are one line (a chat's "cast keccak …\n0x…"
// was read as a key named before).
func TestKeysAfterEscapedLineBreak(t *testing.T) {
	g := newGen(61)
	w, err := btcutil.NewWIF(g.key(), &chaincfg.MainNetParams, true)
	require.NoError(t, err)
	conv, err := bech32.ConvertBits(g.key().Serialize(), 8, 5, true)
	require.NoError(t, err)
	nsec, err := bech32.Encode("nsec", conv)
	require.NoError(t, err)
	for _, tc := range []struct {
		name, rule, key string
		d               detect.Detector
	}{
		{"wif", "wif", w.String(), &Base58{}},
		{"nsec", "nostr-nsec", nsec, &Bech32{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, sep := range []string{`\n`, `\r\n`, `\t`} {
				text := `{"text": "my private key:` + sep + tc.key + `\nkeep it safe"}`
				cs := tc.d.Detect(context.Background(), &detect.Chunk{Data: []byte(text)})
				if assert.Len(t, cs, 1, "after %s", sep) {
					assert.Equal(t, tc.rule, cs[0].Rule)
					assert.Equal(t, tc.key, text[cs[0].Start:cs[0].End], "the span leaves the escape out")
				}
			}
			glued := `{"text": "my private key:` + `xn` + tc.key + `"}`
			assert.Empty(t, tc.d.Detect(context.Background(), &detect.Chunk{Data: []byte(glued)}), "glued to a word")
			escapedBackslash := `{"text": "my private key:\\n` + tc.key + `"}`
			assert.Empty(t, tc.d.Detect(context.Background(), &detect.Chunk{Data: []byte(escapedBackslash)}), "a backslash, then the letter n")
		})
	}
}

// TestHexInURLPath: a 64-hex value that is a segment of a URL's path is
// an explorer's account, object or transaction, not a key, unless its
// address proves it; in a query or after the URL it is judged as before.
func TestHexInURLPath(t *testing.T) {
	g := newGen(62)
	k := g.hexKey()
	for _, tc := range []struct {
		name, text string
		want       int
	}{
		{"explorer account", "wallet set up; see the account here: https://explorer.aptoslabs.com/account/0x" + k + "?network=testnet\n", 0},
		{"explorer tx", "private key tx: https://etherscan.io/tx/0x" + k + "\n", 0},
		{"after the URL", "private key: 0x" + k + " (see https://example.org/docs/)\n", 1},
		{"path of no URL", "private key: keys/0x" + k + "\n", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs := (&Hex{}).Detect(context.Background(), &detect.Chunk{Data: []byte(tc.text)})
			assert.Len(t, cs, tc.want)
		})
	}
}

// TestNsecInJoinedLiterals: an nsec cut into string literals that the
// language joins (Rust's concat!, "+", side by side; corpus 198) is read
// joined; literals that join to no valid nsec are not.
func TestNsecInJoinedLiterals(t *testing.T) {
	g := newGen(198)
	conv, err := bech32.ConvertBits(g.key().Serialize(), 8, 5, true)
	require.NoError(t, err)
	nsec, err := bech32.Encode("nsec", conv)
	require.NoError(t, err)
	for _, text := range []string{
		"const BOT_NSEC: &str = concat!(\n    \"" + nsec[:32] + "\",\n    \"" + nsec[32:] + "\",\n);\n",
		"const botNsec = \"" + nsec[:30] + "\" +\n  \"" + nsec[30:] + "\";\n",
		"NSEC = (\n    '" + nsec[:20] + "'\n    '" + nsec[20:40] + "'\n    '" + nsec[40:] + "'\n)\n",
	} {
		cs := (&Bech32{}).Detect(context.Background(), &detect.Chunk{Data: []byte(text)})
		if assert.Len(t, cs, 1, "%.30q", text) {
			assert.Equal(t, "nostr-nsec", cs[0].Rule)
		}
	}
	broken := "const x = concat!(\"" + nsec[:32] + "\", \"" + nsec[33:] + "\");\n"
	assert.Empty(t, (&Bech32{}).Detect(context.Background(), &detect.Chunk{Data: []byte(broken)}), "a character left out")
}

// TestNsecOverLines: an nsec cut over lines (a runbook's indented block,
// "split so the scanner in CI doesn't complain"; a mail's quoted lines;
// corpus 243) is read joined, its checksum holding; lines that join to no
// valid nsec are not.
func TestNsecOverLines(t *testing.T) {
	g := newGen(243)
	for range 5 {
		conv, err := bech32.ConvertBits(g.key().Serialize(), 8, 5, true)
		require.NoError(t, err)
		nsec, err := bech32.Encode("nsec", conv)
		require.NoError(t, err)
		for _, text := range []string{
			"Key (split, join the two lines):\n\n    " + nsec[:32] + "\n    " + nsec[32:] + "\n\nThen restart.\n",
			"> " + nsec[:21] + "\r\n> " + nsec[21:42] + "\r\n> " + nsec[42:] + "\r\n",
		} {
			cs := (&Bech32{}).Detect(context.Background(), &detect.Chunk{Data: []byte(text)})
			if assert.Len(t, cs, 1) {
				assert.Equal(t, "nostr-nsec", cs[0].Rule)
				assert.Equal(t, nsec[len(nsec)-8:], text[cs[0].End-8:cs[0].End], "the span ends with the key")
			}
		}
		for _, text := range []string{
			"    " + nsec[:32] + "\n    x" + nsec[32:] + "\n",
			"    " + nsec[:32] + "\n\n    " + nsec[32:] + "\n",
		} {
			assert.Empty(t, (&Bech32{}).Detect(context.Background(), &detect.Chunk{Data: []byte(text)}))
		}
	}
}
