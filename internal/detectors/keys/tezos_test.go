package keys

import (
	"context"
	"crypto/ed25519"
	"slices"
	"testing"

	"github.com/btcsuite/btcd/btcutil/base58"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit/detect"
)

func tezosEncode(prefix, key []byte) string { return base58Check(slices.Concat(prefix, key)) }

func TestTezosKeys(t *testing.T) {
	detectIn := func(text string) []detect.Candidate {
		return NewTezos().Detect(context.Background(), &detect.Chunk{Data: []byte(text)})
	}
	// The sandbox's bootstrap accounts, as Octez's sandbox scripts and
	// the SDKs' tests print them: key, public key and account.
	for key, want := range map[string][2]string{
		"edsk3gUfUPyBSfrS9CCgmCiQsTCHGkviBDusMxDJstFtojtc1zcpsh": {"edpkuBknW28nW72KG6RoHtYW7p12T6GKc7nAbwYX5m8Wd9sDVC9yav", "tz1KqTpEZ7Yob7QbPE4Hy4Wo8fHG8LhKxZSx"},
		"edsk39qAm1fiMjgmPkw1EgQYkMzkJezLNewd7PLNHTkr6w9XA2zdfo": {"edpktzNbDAUjUk697W7gYg2CRuBQjyPxbEg8dLccYYwKSKvkPvjtV9", "tz1gjaF81ZRRvdzjobyfVNsAeSC6PScjfQwN"},
	} {
		cs := detectIn(`"value": "` + key + `"`)
		require.Len(t, cs, 1, key)
		assert.Equal(t, want[1], cs[0].Secret.Address())
		assert.True(t, cs[0].Public)
		raw := base58.Decode(key)
		pub := ed25519.NewKeyFromSeed(raw[4:36]).Public().(ed25519.PublicKey)
		assert.Equal(t, want[0], tezosEncode([]byte{0x0d, 0x0f, 0x25, 0xd9}, pub), "the edpk prefix")
	}

	// Taquito's InMemorySigner test of a tz2 account.
	cs := detectIn("new InMemorySigner('spsk2rBDDeUqakQ42nBHDGQTtP3GErb6AahHPwF9bhca3Q5KA5HESE')")
	require.Len(t, cs, 1)
	assert.Equal(t, "tz2Ch1abG7FNiibmV26Uzgdsnfni9XGrk5wD", cs[0].Secret.Address())
	assert.True(t, cs[0].Public)

	g := newGen(71)
	seed := g.bytes(32)
	pub := ed25519.NewKeyFromSeed(seed).Public().(ed25519.PublicKey)
	sk := g.key().Serialize() // below both curves' orders: valid for P-256 too, but for one in 2^32
	for name, key := range map[string]string{
		"edsk seed":     tezosEncode(tezosKinds[0].prefix, seed),
		"edsk 64 bytes": tezosEncode(tezosKinds[1].prefix, append(append([]byte(nil), seed...), pub...)),
		"spsk":          tezosEncode(tezosKinds[2].prefix, sk),
		"p2sk":          tezosEncode(tezosKinds[3].prefix, sk),
	} {
		for _, text := range []string{"secret: " + key + "\n", `{"sk": "` + key + `"}`, "tezos-client import secret key alice unencrypted:" + key} {
			cs := detectIn(text)
			require.Len(t, cs, 1, "%s in %q", name, text[:6])
			assert.Equal(t, "tezos-secret-key", cs[0].Rule)
			assert.Equal(t, key, text[cs[0].Start:cs[0].End])
			assert.False(t, cs[0].Public)
			assert.Regexp(t, `^tz[123]`, cs[0].Secret.Address())
			assert.NotContains(t, cs[0].Secret.Redacted(), key)
		}
	}
	// One Ed25519 key, one fingerprint: the seed and the 64-byte form.
	a := detectIn(tezosEncode(tezosKinds[0].prefix, seed))
	b := detectIn(tezosEncode(tezosKinds[1].prefix, append(append([]byte(nil), seed...), pub...)))
	require.Len(t, a, 1)
	require.Len(t, b, 1)
	assert.Equal(t, a[0].Secret.Fingerprint(), b[0].Secret.Fingerprint())

	good := tezosEncode(tezosKinds[0].prefix, seed)
	bad := []byte(good)
	bad[20] = map[bool]byte{true: 'a', false: 'b'}[bad[20] != 'a']
	for name, text := range map[string]string{
		"checksum":                string(bad),
		"public key":              tezosEncode([]byte{0x0d, 0x0f, 0x25, 0xd9}, pub),
		"inside a word":           "x" + good,
		"64 bytes, wrong public":  tezosEncode(tezosKinds[1].prefix, append(append([]byte(nil), seed...), seed...)),
		"spsk of an edsk payload": tezosEncode(tezosKinds[2].prefix[:3], seed),
	} {
		assert.Empty(t, detectIn("secret: "+text+"\n"), name)
	}
}

func FuzzTezos(f *testing.F) {
	f.Add("edsk3gUfUPyBSfrS9CCgmCiQsTCHGkviBDusMxDJstFtojtc1zcpsh spsk p2sk edsk")
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range NewTezos().Detect(context.Background(), &detect.Chunk{Data: []byte(s)}) {
			if c.Start < 0 || c.End > len(s) || c.Start >= c.End {
				t.Fatalf("bad span %d..%d of %d", c.Start, c.End, len(s))
			}
		}
	})
}
