package keys

import (
	"context"
	"crypto/sha512"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit/detect"
)

// xrplEncode writes payload as base58check in the XRP Ledger's alphabet.
func xrplEncode(payload []byte) string { return toXRPLAlphabet(base58Check(payload)) }

func TestXRPLSeeds(t *testing.T) {
	detectIn := func(text string) []detect.Candidate {
		return NewXRPL().Detect(context.Background(), &detect.Chunk{Data: []byte(text)})
	}
	// rippled's Seed tests: passphrases, their seeds (the first 16 bytes
	// of SHA-512 of the passphrase) and the genesis account of
	// "masterpassphrase".
	for pass, seed := range map[string]string{
		"masterpassphrase":               "snoPBrXtMeMyMHUVTgbuqAfg1SUTb",
		"Non-Random Passphrase":          "snMKnVku798EnBwUfxeSD8953sLYA",
		"cookies excitement hand public": "sspUXGrmjQhq6mgc24jiRuevZiwKT",
	} {
		h := sha512.Sum512([]byte(pass))
		assert.Equal(t, seed, xrplEncode(append([]byte{xrplSeedVersion}, h[:16]...)), pass)
		cs := detectIn(`secret: "` + seed + `"`)
		require.Len(t, cs, 1, pass)
		assert.True(t, cs[0].Public, pass)
	}
	cs := detectIn("XRPL_SEED=snoPBrXtMeMyMHUVTgbuqAfg1SUTb\n")
	require.Len(t, cs, 1)
	assert.Equal(t, "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh", cs[0].Secret.Address())
	assert.Equal(t, "XRP Ledger genesis account (masterpassphrase)", cs[0].PublicSource)

	g := newGen(61)
	for _, ed := range []bool{false, true} {
		payload := append([]byte{xrplSeedVersion}, g.bytes(16)...)
		if ed {
			payload = append([]byte{0x01, 0xE1, 0x4B}, g.bytes(16)...)
		}
		s := xrplEncode(payload)
		for _, text := range []string{"seed: " + s + "\n", `xrpl.Wallet.fromSeed("` + s + `")`, `{"secret": "` + s + `"}`} {
			cs := detectIn(text)
			require.Len(t, cs, 1, text)
			assert.Equal(t, "xrpl-seed", cs[0].Rule)
			assert.False(t, cs[0].Public)
			assert.Equal(t, s, text[cs[0].Start:cs[0].End])
			assert.Equal(t, byte('r'), cs[0].Secret.Address()[0])
			assert.NotContains(t, cs[0].Secret.Redacted(), s)
		}
		bad := []byte(s)
		bad[10] = map[bool]byte{true: 'r', false: 'p'}[bad[10] != 'r']
		for name, text := range map[string]string{
			"checksum":      string(bad),
			"longer run":    s + "r",
			"inside a word": "x" + s,
			"shorter":       s[:len(s)-1],
		} {
			assert.Empty(t, detectIn("seed: "+text+"\n"), name)
		}
	}
	// An account address is no seed.
	assert.Empty(t, detectIn("secret: rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh\n"))
}

func FuzzXRPL(f *testing.F) {
	f.Add("XRPL_SEED=snoPBrXtMeMyMHUVTgbuqAfg1SUTb\nsEdSKaCy2JT7JaM7v95H9SxkhP9wS2r")
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range NewXRPL().Detect(context.Background(), &detect.Chunk{Data: []byte(s)}) {
			if c.Start < 0 || c.End > len(s) || c.Start >= c.End || s[c.Start] != 's' {
				t.Fatalf("bad span %d..%d of %d", c.Start, c.End, len(s))
			}
		}
	})
}

// TestXRPLFixtureAddresses: the seeds of ripple-keypairs' fixtures
// (xrpl.js test/fixtures/api.json), one of each kind, and of xrpl.js's
// documentation, and their accounts.
func TestXRPLFixtureAddresses(t *testing.T) {
	for seed, want := range map[string]struct {
		ed      bool
		address string
	}{
		"sEdSKaCy2JT7JaM7v95H9SxkhP9wS2r": {true, "rLUEXYuLiQptky37CqLcm9USQpPiz5rkpD"},
		"sp5fghtJtpUorTwvof1NpDXAzNwf5":   {false, "rU6K7V3Po4snVhBBaU29sesqs2qTQJWDw1"},
		// The example of xrpl.js's Wallet.fromSeed documentation.
		"ssZkdwURFMBXenJPbrpE14b6noJSu": {false, "rG88FVLjvYiQaGftSa1cKuE2qNx7aK5ivo"},
	} {
		entropy, ed, ok := xrplDecode([]byte(seed))
		require.True(t, ok, seed)
		assert.Equal(t, want.ed, ed, seed)
		assert.Equal(t, want.address, xrplAddress(entropy, ed), seed)
	}
	cs := NewXRPL().Detect(context.Background(), &detect.Chunk{Data: []byte(`seed = "sEdSKaCy2JT7JaM7v95H9SxkhP9wS2r"`)})
	require.Len(t, cs, 1)
	assert.True(t, cs[0].Public)
}
