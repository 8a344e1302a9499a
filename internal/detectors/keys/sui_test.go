package keys

import (
	"context"
	"encoding/base64"
	"encoding/hex"
	"testing"

	"github.com/btcsuite/btcd/btcutil/bech32"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit/detect"
)

// suiVectorSeed and suiVectorAddress are an Ed25519 key and its Sui
// address from smartcontractkit/chainlink-deployments-framework
// (chain/sui/provider/const_test.go).
const (
	suiVectorSeed    = "e4fd0e90d32cb98dc6ad64516a421e8c2731870217cdba64203ceb158a866304"
	suiVectorAddress = "0xa402ce953053607dffcdfec89406c579c8d8ddb9c90e01b7aa28f5f1538ac289"
)

func suiB64(flag byte, key []byte) string {
	return base64.StdEncoding.EncodeToString(append([]byte{flag}, key...))
}

func detectSui(text, path string) []detect.Candidate {
	return NewSui().Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: path})
}

func TestSuiKeystore(t *testing.T) {
	seed, _ := hex.DecodeString(suiVectorSeed)
	g := newGen(31)
	k1 := g.key().Serialize()
	r1 := g.bytes(32) // below P-256's order with overwhelming odds
	r1[0] &= 0x7f
	text := "[\n  \"" + suiB64(0, seed) + "\",\n  \"" + suiB64(1, k1) + "\",\n  \"" + suiB64(2, r1) + "\"\n]"
	cs := detectSui(text, "/home/u/.sui/sui_config/sui.keystore")
	require.Len(t, cs, 3)
	for i, scheme := range []string{"ed25519", "secp256k1", "secp256r1"} {
		assert.Equal(t, "sui-keystore-key", cs[i].Rule)
		assert.Equal(t, scheme, cs[i].Scheme)
		assert.Equal(t, text[cs[i].Start:cs[i].End], []string{suiB64(0, seed), suiB64(1, k1), suiB64(2, r1)}[i])
		assert.Regexp(t, "^0x[0-9a-f]{64}$", cs[i].Secret.Address())
		assert.NotContains(t, cs[i].Secret.Redacted(), cs[i].Secret.Reveal())
	}
	assert.Equal(t, suiVectorAddress, cs[0].Secret.Address())

	// The bech32 form of the same key is the same secret.
	conv, err := bech32.ConvertBits(append([]byte{0}, seed...), 8, 5, true)
	require.NoError(t, err)
	enc, err := bech32.Encode("suiprivkey", conv)
	require.NoError(t, err)
	bc := NewBech32().Detect(context.Background(), &detect.Chunk{Data: []byte("SUI_KEY=" + enc)})
	require.Len(t, bc, 1)
	assert.Equal(t, cs[0].Secret.Fingerprint(), bc[0].Secret.Fingerprint())
	assert.Equal(t, suiVectorAddress, bc[0].Secret.Address())
}

func TestSuiKeyNames(t *testing.T) {
	g := newGen(32)
	key := g.bytes(32)
	b := suiB64(0, key)
	for i, tc := range []struct {
		text, path string
		found      bool
	}{
		{"SUI_PRIVATE_KEY=" + b + "\n", ".env", true},
		{"export SUI_SECRET_KEY=\"" + b + "\"\n", "", true},
		{"{\"suiPrivateKey\": \"" + b + "\"}", "config.json", true},
		{"const suiKey = '" + b + "';\n", "index.ts", true},
		// The same bytes without a Sui key name, or with a name that is
		// no key's, outside a keystore file.
		{"{\"data\": \"" + b + "\"}", "config.json", false},
		{"SUI_RPC_TOKEN=" + b + "\n", ".env", false},
		{"sui.keystore holds " + b + "\n", "notes.txt", false},
		// Not a key: an unknown flag, a scalar past secp256k1's order, a
		// longer base64 run, a padded value, a patterned key.
		{"[\"" + suiB64(3, key) + "\"]", "sui.keystore", false},
		{"[\"" + suiB64(1, bytesOf(0xff, 32)) + "\"]", "sui.keystore", false},
		{"[\"" + b + "AAAA\"]", "sui.keystore", false},
		{"[\"" + b[:43] + "=\"]", "sui.keystore", false},
		{"[\"" + suiB64(0, bytesOf(0, 32)) + "\"]", "sui.keystore", false},
	} {
		// Failure messages name the case, not the key.
		cs := detectSui(tc.text, tc.path)
		if tc.found {
			assert.Len(t, cs, 1, "case %d (%s)", i, tc.path)
		} else {
			assert.Empty(t, cs, "case %d (%s)", i, tc.path)
		}
	}
}

func bytesOf(c byte, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = c
	}
	return b
}
