package keys

import (
	"context"
	"encoding/hex"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit/detect"
)

// minaText writes a Pallas scalar (big-endian) as a Mina private key.
func minaText(key []byte) string {
	le := slices.Clone(key)
	slices.Reverse(le)
	return base58Check(slices.Concat(minaVersion, le))
}

// TestMinaAddresses: keys derive the addresses mina-signer's tests give
// them (o1-labs/proof-systems, signer/tests/keypair.rs).
func TestMinaAddresses(t *testing.T) {
	for _, tc := range []struct{ key, addr string }{
		{"164244176fddb5d769b7de2027469d027ad428fadcc0c02396e6280142efb718", "B62qnzbXmRNo9q32n4SNu2mpB8e7FYYLH8NmaX6oFCBYjjQ8SbD7uzV"},
		{"3ca187a58f09da346844964310c7e0dd948a9105702b716f4d732e042e0c172e", "B62qicipYxyEHu7QjUqS7QvBipTs5CzgkYZZZkPoKVYBu6tnDUcE9Zt"},
		{"336eb4a19b3d8905824b0f2254fb495573be302c17582748bf7e101965aa4774", "B62qrKG4Z8hnzZqp1AL8WsQhQYah3quN1qUj3SyfJA8Lw135qWWg1mi"},
		{"1dee867358d4000f1dafa5978341fb515f89eeddbe450bd57df091f1e63d4444", "B62qoqiAgERjCjXhofXiD7cMLJSKD8hE8ZtMh4jX5MPNgKB4CFxxm1N"},
		{"20f84123a26e58dd32b0ea3c80381f35cd01bc22a20346cc65b0a67ae48532ba", "B62qkiT4kgCawkSEF84ga5kP9QnhmTJEYzcfgGuk6okAJtSBfVcjm1M"},
		{"3414fc16e86e6ac272fda03cf8dcb4d7d47af91b4b726494dab43bf773ce1779", "B62qoG5Yk4iVxpyczUrBNpwtx2xunhL48dydN53A2VjoRwF8NUTbVr4"},
	} {
		k, _ := new(big.Int).SetString(tc.key, 16)
		assert.Equal(t, tc.addr, minaAddress(k))
	}
}

// TestMinaKeys: a Mina private key (EK…) is found in the places a zkApp
// project keeps it, with its address; mina-signer's published test key
// is public; a wrong checksum, another version, a scalar out of range,
// a key glued to more letters and an address are not keys.
func TestMinaKeys(t *testing.T) {
	g := newGen(93)
	key := g.key().Serialize()
	key[0] &= 0x3f // below the order of Pallas' scalar field
	ek := minaText(key)
	k := new(big.Int).SetBytes(key)
	addr := minaAddress(k)
	require.True(t, strings.HasPrefix(ek, "EK"))
	require.True(t, strings.HasPrefix(addr, "B62q"))
	for _, text := range []string{
		`{"privateKey": "` + ek + `", "publicKey": "` + addr + `"}`,
		"DEPLOYER_KEY=" + ek + "\n",
		"const feePayer = PrivateKey.fromBase58('" + ek + "');\n",
	} {
		cs := NewMina().Detect(context.Background(), &detect.Chunk{Data: []byte(text)})
		require.Len(t, cs, 1, "in %q", strings.ReplaceAll(text, ek, "EK…"))
		assert.Equal(t, strings.Index(text, ek), cs[0].Start)
		assert.Equal(t, addr, cs[0].Secret.Address())
		assert.False(t, cs[0].Public)
	}
	pub := NewMina().Detect(context.Background(), &detect.Chunk{Data: []byte("EKFS3M4Fe1VkVjPMn2jauXa1Vv6w6gRES5oLbH3vZmP26uQESodY")})
	require.Len(t, pub, 1)
	assert.True(t, pub[0].Public)
	bad := []byte(ek)
	bad[len(bad)-1] ^= 1
	le := slices.Clone(key)
	slices.Reverse(le)
	high, _ := hex.DecodeString("40000000000000000000000000000000224698fc0994a8dd8c46eb2100000001")
	slices.Reverse(high)
	for _, s := range []string{
		string(bad),
		base58Check(slices.Concat([]byte{0x5a, 0x02}, le)),
		base58Check(slices.Concat(minaVersion, high)),
		"x" + ek,
		ek + "9",
		addr,
	} {
		assert.Empty(t, NewMina().Detect(context.Background(), &detect.Chunk{Data: []byte("key: " + s + "\n")}), "not a key")
	}
}

func FuzzMina(f *testing.F) {
	f.Add([]byte("EKFS3M4Fe1VkVjPMn2jauXa1Vv6w6gRES5oLbH3vZmP26uQESodY"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = NewMina().Detect(context.Background(), &detect.Chunk{Data: data})
	})
}
