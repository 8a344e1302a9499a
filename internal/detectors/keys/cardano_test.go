package keys

import (
	"context"
	"encoding/hex"
	"testing"

	"github.com/btcsuite/btcd/btcutil/bech32"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit/detect"
)

// envelope writes a cardano-cli text envelope.
func envelope(kind, cborHex string) string {
	return "{\n    \"type\": \"" + kind + "\",\n    \"description\": \"\",\n    \"cborHex\": \"" + cborHex + "\"\n}\n"
}

func TestCardanoSigningKeys(t *testing.T) {
	g := newGen(41)
	key := hex.EncodeToString(g.bytes(32))
	ext := hex.EncodeToString(g.bytes(128))
	vrf := hex.EncodeToString(g.bytes(64))
	det := NewCardano()
	detectIn := func(text string) []detect.Candidate {
		return det.Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "payment.skey"})
	}
	for _, tc := range []struct {
		kind, cbor, scheme string
	}{
		{"PaymentSigningKeyShelley_ed25519", "5820" + key, "ed25519"},
		{"StakeSigningKeyShelley_ed25519", "5820" + key, "ed25519"},
		{"PaymentExtendedSigningKeyShelley_ed25519_bip32", "5880" + ext, "ed25519-bip32"},
		{"VrfSigningKey_PraosVRF", "5840" + vrf, "vrf"},
	} {
		text := envelope(tc.kind, tc.cbor)
		cs := detectIn(text)
		require.Len(t, cs, 1, tc.kind)
		assert.Equal(t, "cardano-signing-key", cs[0].Rule)
		assert.Equal(t, tc.scheme, cs[0].Scheme)
		assert.Equal(t, tc.cbor, text[cs[0].Start:cs[0].End])
		assert.NotContains(t, cs[0].Secret.Redacted(), cs[0].Secret.Reveal())
	}
	// One Ed25519 key, one fingerprint, however it is written.
	aptos := NewAptos().Detect(context.Background(), &detect.Chunk{Data: []byte("private_key: \"ed25519-priv-0x" + key + "\"")})
	require.Len(t, aptos, 1)
	assert.Equal(t, aptos[0].Secret.Fingerprint(), detectIn(envelope("PaymentSigningKeyShelley_ed25519", "5820"+key))[0].Secret.Fingerprint())

	// CIP-5 bech32 secret keys, past BIP-173's 90 characters.
	b32 := func(hrp string, b []byte) string {
		conv, err := bech32.ConvertBits(b, 8, 5, true)
		require.NoError(t, err)
		enc, err := bech32.Encode(hrp, conv)
		require.NoError(t, err)
		return enc
	}
	kb, _ := hex.DecodeString(key)
	xb := g.bytes(96)
	for _, tc := range []struct {
		text, scheme string
		same         bool // the fingerprint of the text envelope's key
	}{
		{"key: " + b32("ed25519_sk", kb) + "\n", "ed25519", true},
		{"key: " + b32("addr_sk", kb) + "\n", "ed25519", true},
		{b32("root_xsk", xb), "ed25519-bip32", false},
		{"export ACCT=" + b32("acct_xsk", xb[:64]), "ed25519-bip32", false},
	} {
		cs := detectIn(tc.text)
		require.Len(t, cs, 1, tc.scheme)
		assert.Equal(t, tc.scheme, cs[0].Scheme)
		if tc.same {
			assert.Equal(t, aptos[0].Secret.Fingerprint(), cs[0].Secret.Fingerprint())
		}
	}
	assert.Empty(t, detectIn(b32("addr_vk", kb)), "a verification key")
	bad := []byte(b32("addr_sk", kb))
	bad[len(bad)-1] ^= 1
	assert.Empty(t, detectIn(string(bad)), "a broken checksum")

	for name, text := range map[string]string{
		"verification key":      envelope("PaymentVerificationKeyShelley_ed25519", "5820"+key),
		"length not the CBOR's": envelope("PaymentSigningKeyShelley_ed25519", "5821"+key),
		"not hex":               envelope("PaymentSigningKeyShelley_ed25519", "5820"+key[:62]+"zz"),
		"odd type":              envelope("Payment<b>SigningKey", "5820"+key),
		"no type":               "{\"cborHex\": \"5820" + key + "\"}",
		"patterned":             envelope("PaymentSigningKeyShelley_ed25519", "5820"+hex.EncodeToString(make([]byte, 32))),
	} {
		assert.Empty(t, detectIn(text), name)
	}
}
