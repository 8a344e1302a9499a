package keys

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit/detect"
)

func TestStellarSecretSeeds(t *testing.T) {
	detectIn := func(text string) []detect.Candidate {
		return NewStellar().Detect(context.Background(), &detect.Chunk{Data: []byte(text)})
	}
	// The SDKs' StrKey vector (stellar/go strkey tests): its payload, and
	// public.
	const vectorPayload = "69a8c4cbb9f64e8a0798f6e1ac65d06c3162929056bcf4cdb7d3738d1855f363"
	assert.Equal(t, vectorPayload, hex.EncodeToString(mustDecodeStellar(t, stellarVectorSeed)))
	cs := detectIn("STELLAR_SECRET=" + stellarVectorSeed + "\n")
	require.Len(t, cs, 1)
	assert.True(t, cs[0].Public)
	// The example secret of the Stellar SDK's Keypair.fromSecret
	// documentation (js-stellar-base, src/keypair.js, "ex. `S…`"), in
	// every copy of the SDK's bundles: public.
	doc := detectIn("   * @param {string} secret secret key (ex. `SDAKFNYEIAORZKKCYRILFQKLLOCNPL5SWJ3YY5NM3ZH6GJSZGXHZEPQS`)\n")
	require.Len(t, doc, 1)
	assert.True(t, doc[0].Public)
	// One Ed25519 key, one fingerprint, however it is written.
	aptos := NewAptos().Detect(context.Background(), &detect.Chunk{Data: []byte("ed25519-priv-0x" + vectorPayload)})
	require.Len(t, aptos, 1)
	assert.Equal(t, aptos[0].Secret.Fingerprint(), cs[0].Secret.Fingerprint())

	// A seed and its account from iancoleman/bip39 (tests/spec/tests.js,
	// the Stellar BIP44 test): the address derivation.
	cs = detectIn("firstPrivKey: \"SA35HYGAHWYYLCW2P5EDHGWAYQW2C5F25KH4KFWEXLG5I4CPKPZTLRM5\"")
	require.Len(t, cs, 1)
	assert.Equal(t, "GCUK3NYYUXA2QGN6KU5RR36WAKN3Y5EANZV65XNAWN4XM4CHQ3G4DMO2", cs[0].Secret.Address())

	g := newGen(51)
	seed := g.bytes(32)
	s := stellarEncode(seed, stellarSeedVersion)
	pub := ed25519.NewKeyFromSeed(seed).Public().(ed25519.PublicKey)
	for _, text := range []string{"Secret key: " + s + "\n", `{"secret": "` + s + `"}`, s} {
		cs := detectIn(text)
		require.Len(t, cs, 1, "layout %q", text[:4])
		assert.Equal(t, "stellar-secret-seed", cs[0].Rule)
		assert.False(t, cs[0].Public)
		assert.Equal(t, stellarEncode(pub, stellarAccountVersion), cs[0].Secret.Address())
		assert.Equal(t, s, text[cs[0].Start:cs[0].End])
		assert.NotContains(t, cs[0].Secret.Redacted(), cs[0].Secret.Reveal())
	}
	bad := []byte(s)
	bad[30] ^= 'A' ^ 'B' // another base32 letter: the checksum fails
	for name, text := range map[string]string{
		"checksum":      string(bad),
		"an account":    stellarEncode(pub, stellarAccountVersion),
		"longer run":    s + "A",
		"inside a word": "X" + s,
		"55 characters": s[:55],
	} {
		assert.Empty(t, detectIn("secret: "+text+"\n"), name)
	}
}

func mustDecodeStellar(t *testing.T, s string) []byte {
	t.Helper()
	b, ok := stellarDecode([]byte(s), stellarSeedVersion)
	require.True(t, ok)
	return b
}
