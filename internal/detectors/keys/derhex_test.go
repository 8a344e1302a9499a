package keys

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/btcsuite/btcd/btcutil/base58"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit/detect"
)

// TestDERHexKeys: PKCS#8 DER keys in hex, as the Hedera SDKs write them,
// are keys whatever their name; their fingerprints are those of the same
// keys written otherwise.
func TestDERHexKeys(t *testing.T) {
	detectIn := func(text string) []detect.Candidate {
		return NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(text)})
	}
	g := newGen(81)
	seed := g.bytes(32)
	ed := "302e020100300506032b657004220420" + hex.EncodeToString(seed)
	k := g.hexKey()
	ec := "3030020100300706052b8104000a04220420" + k
	for _, text := range []string{"OPERATOR_KEY=" + ed + "\n", `PrivateKey.fromStringDer("` + strings.ToUpper(ed) + `")`} {
		cs := detectIn(text)
		require.Len(t, cs, 1, text)
		assert.Equal(t, "der-hex-private-key", cs[0].Rule)
		assert.Equal(t, "ed25519", cs[0].Scheme)
		assert.Equal(t, base58.Encode(ed25519.NewKeyFromSeed(seed).Public().(ed25519.PublicKey)), cs[0].Secret.Address())
		assert.NotContains(t, cs[0].Secret.Redacted(), ed[32:])
	}
	stellar := NewStellar().Detect(context.Background(), &detect.Chunk{Data: []byte(stellarEncode(seed, stellarSeedVersion))})
	require.Len(t, stellar, 1)
	assert.Equal(t, stellar[0].Secret.Fingerprint(), detectIn("key: " + ed)[0].Secret.Fingerprint(), "one Ed25519 key, one fingerprint")

	cs := detectIn("MY_PRIVATE_KEY=" + ec + "\n")
	require.Len(t, cs, 1)
	assert.Equal(t, "secp256k1", cs[0].Scheme)
	plain := detectIn("private key: 0x" + k + "\n")
	require.Len(t, plain, 1)
	assert.Equal(t, plain[0].Secret.Fingerprint(), cs[0].Secret.Fingerprint())
	assert.Equal(t, plain[0].Secret.Address(), cs[0].Secret.Address())

	cs = detectIn("OPERATOR_KEY_MAIN=302e020100300506032b65700422042091132178e72057a1d7528025956fe39b0b847f200ab59b2fdd367017f3087137\n")
	require.Len(t, cs, 1)
	assert.True(t, cs[0].Public)
	cs = detectIn("var pkcs8Ed25519PrivateKeyHex = `302e020100300506032b657004220420d4ee72dbf913584ad5b6d8f1f769f8ad3afe7c28cbf1d4fbe097a88f44755842`")
	require.Len(t, cs, 1)
	assert.Equal(t, "RFC 8410 example key", cs[0].PublicSource)

	for name, text := range map[string]string{
		"public key DER":  "302a300506032b6570032100" + hex.EncodeToString(seed) + "00000000", // 96 digits, not a private key's structure
		"inside a word":   "x" + ed,
		"other curve OID": "3030020100300706052b8104000b04220420" + k,
		"zero key":        "3030020100300706052b8104000a04220420" + strings.Repeat("0", 64),
	} {
		assert.Empty(t, detectIn("key: "+text+"\n"), name)
	}
}

// TestEd25519KeypairHex: a Solana keypair's 64 bytes in hex are a key
// when the second half is the public key of the first, with the
// fingerprint and address of the same key in base58; two hashes side by
// side are not.
func TestEd25519KeypairHex(t *testing.T) {
	detectIn := func(text string) []detect.Candidate {
		return NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(text)})
	}
	g := newGen(83)
	seed := g.bytes(32)
	priv := ed25519.NewKeyFromSeed(seed)
	h := hex.EncodeToString(priv)
	cs := detectIn("const secretKey = '" + h + "'\n")
	require.Len(t, cs, 1)
	assert.Equal(t, "ed25519-keypair-hex", cs[0].Rule)
	b58 := (&Base58{}).Detect(context.Background(), &detect.Chunk{Data: []byte("secret: " + base58.Encode(priv) + "\n")})
	require.Len(t, b58, 1)
	assert.Equal(t, b58[0].Secret.Fingerprint(), cs[0].Secret.Fingerprint())
	assert.Equal(t, b58[0].Secret.Address(), cs[0].Secret.Address())
	assert.NotContains(t, cs[0].Secret.Redacted(), h[:16])

	// RFC 8032 section 7.3's key, as Go's crypto/ed25519 tests hold it.
	cs = detectIn(`key, _ := hex.DecodeString("833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf")`)
	require.Len(t, cs, 1)
	assert.Equal(t, "RFC 8032 test vector", cs[0].PublicSource)
	// Go's crypto/tls test key, as handshake_test.go holds it.
	cs = detectIn(`var testEd25519PrivateKey = ed25519.PrivateKey(fromHex("3a884965e76b3f55e5faf9615458a92354894234de3ec9f684d46d55cebf3dc63fe2152ee6e3ef3f4e854a7577a3649eede0bf842ccc92268ffa6f3483aaec8f"))`)
	require.Len(t, cs, 1)
	assert.Equal(t, "Go crypto/tls test key", cs[0].PublicSource)

	// CometBFT's node_key.json is a node's identity among its peers; its
	// priv_validator_key.json is a validator's signing key.
	for file, want := range map[string]int{"home/.simapp/config/node_key.json": 0, "home/.simapp/config/priv_validator_key.json": 1} {
		n := NewHex().Detect(context.Background(), &detect.Chunk{Path: file, Data: []byte(`{"priv_key":{"type":"tendermint/PrivKeyEd25519","value":"` + h + `"}}`)})
		assert.Len(t, n, want, file)
	}

	other := g.bytes(32)
	for name, text := range map[string]string{
		"two hashes":      hex.EncodeToString(seed) + hex.EncodeToString(other),
		"public key last": h[:64] + strings.Repeat("ab", 32),
		"inside a word":   "x" + h,
	} {
		assert.Empty(t, detectIn("secret key: "+text+"\n"), name)
	}
}

// TestECDERHexKeys: a secp256k1 key's DER in the forms OpenSSL writes,
// SEC1 and PKCS#8, with and without the public key, written in hex, is
// that key; a DER whose public key is another key's, whose length is not
// the run's or whose curve is another is not.
func TestECDERHexKeys(t *testing.T) {
	detectIn := func(text string) []detect.Candidate {
		return NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(text)})
	}
	g := newGen(85)
	priv := g.key()
	k := hex.EncodeToString(priv.Serialize())
	pub := hex.EncodeToString(priv.PubKey().SerializeUncompressed())
	other := hex.EncodeToString(g.key().PubKey().SerializeUncompressed())
	const oid = "06052b8104000a"
	sec1 := "30740201010420" + k + "a007" + oid + "a144034200" + pub
	forms := map[string]string{
		"SEC1":                      sec1,
		"SEC1 without public key":   "302e0201010420" + k + "a007" + oid,
		"SEC1, compressed public":   "30540201010420" + k + "a007" + oid + "a124032200" + hex.EncodeToString(priv.PubKey().SerializeCompressed()),
		"PKCS#8":                    "308184020100301006072a8648ce3d0201" + oid + "046d306b0201010420" + k + "a144034200" + pub,
		"PKCS#8 without public key": "303e020100301006072a8648ce3d0201" + oid + "042730250201010420" + k,
	}
	plain := detectIn("private key: 0x" + k + "\n")
	require.Len(t, plain, 1)
	for name, der := range forms {
		require.Equal(t, len(der)/2-2-map[bool]int{true: 1}[der[2:4] == "81"], hexLen(der[2:6]), name)
		for _, text := range []string{"signer key DER (SEC1), hex:\n" + der + "\n", "EC_KEY_DER=" + strings.ToUpper(der) + "\n"} {
			cs := detectIn(text)
			require.Len(t, cs, 1, name)
			assert.Equal(t, "der-hex-private-key", cs[0].Rule, name)
			assert.Equal(t, plain[0].Secret.Fingerprint(), cs[0].Secret.Fingerprint(), name)
			assert.Equal(t, plain[0].Secret.Address(), cs[0].Secret.Address(), name)
			assert.NotContains(t, cs[0].Secret.Redacted(), k[8:24], name)
		}
	}
	for name, der := range map[string]string{
		"another key's public key": "30740201010420" + k + "a007" + oid + "a144034200" + other,
		"length not the run's":     "30750201010420" + k + "a007" + oid + "a144034200" + pub,
		"P-256":                    "30770201010420" + k + "a00a06082a8648ce3d030107a144034200" + pub,
		"cut short":                sec1[:len(sec1)-2],
	} {
		assert.Empty(t, detectIn("signer key DER (SEC1), hex:\n"+der+"\n"), name)
	}
}

// hexLen reads a DER length from the hex of its first bytes.
func hexLen(h string) int {
	b, _ := hex.DecodeString(h)
	if b[0] == 0x81 {
		return int(b[1])
	}
	return int(b[0])
}
