package keys

import (
	"context"
	"strings"
	"testing"

	"github.com/btcsuite/btcd/btcutil/base58"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit/detect"
)

// TestAntelopeKeys: an Antelope private key (PVT_K1_…) is found where
// cleos prints it, with its public key (PUB_K1_…) as its address; a
// checksum that does not hold, a public key and a key glued to more
// base58 are not.
func TestAntelopeKeys(t *testing.T) {
	g := newGen(46)
	key := g.key().Serialize()
	pvt := "PVT_K1_" + base58.Encode(append(append([]byte(nil), key...), antelopeChecksum(key)...))
	pub := compressedPub(key)
	pubText := "PUB_K1_" + base58.Encode(append(pub, antelopeChecksum(pub)...))
	text := "$ cleos wallet private_keys -n frank --password\npassword: [[\n    \"" + pubText + "\",\n    \"" + pvt + "\"\n  ]\n]\n"
	cs := NewAntelope().Detect(context.Background(), &detect.Chunk{Data: []byte(text)})
	require.Len(t, cs, 1)
	assert.Equal(t, strings.Index(text, pvt), cs[0].Start)
	assert.Equal(t, pubText, cs[0].Secret.Address())
	bad := []byte(pvt)
	bad[len(bad)-1] ^= 1
	for _, s := range []string{string(bad), pubText, pvt + "x"} {
		assert.Empty(t, NewAntelope().Detect(context.Background(), &detect.Chunk{Data: []byte("key: " + s + "\n")}), "not a key")
	}
}

// TestAntelopeVectors: published keys decode as their libraries say: the
// EOSIO development key derives its published public key (PUB_K1_6MRy…)
// and is public; a wallet library's test key decodes to the bytes its
// test expects.
func TestAntelopeVectors(t *testing.T) {
	cs := NewAntelope().Detect(context.Background(), &detect.Chunk{Data: []byte("key: PVT_K1_2bfGi9rYsXQSXXTvJbDAPhHLQUojjaNLomdm3cEJ1XTzMqUt3V\n")})
	require.Len(t, cs, 1)
	assert.Equal(t, "PUB_K1_6MRyAjQq8ud7hVNYcfnVPJqcVpscN5So8BhtHuGYqET5BoDq63", cs[0].Secret.Address())
	assert.True(t, cs[0].Public)
	raw := base58.Decode("CWCRfKc8atzthZbFMfRdFzqFqGf9d3WNAaZd99gwaosw9kfhS")
	require.Len(t, raw, 36)
	assert.Equal(t, []byte{26, 30, 175, 180, 209, 165, 0, 245, 18, 81, 242, 80, 110, 213, 131, 230, 203, 195, 169, 218, 178, 16, 77, 238, 211, 129, 171, 215, 41, 48, 243, 188}, raw[:32])
	assert.Equal(t, antelopeChecksum(raw[:32]), raw[32:])
}

func FuzzAntelope(f *testing.F) {
	f.Add([]byte("PVT_K1_2bfGi9rYsXQSXXTvJbDAPhHLQUojjaNLomdm3cEJ1XTzMqUt3V"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = NewAntelope().Detect(context.Background(), &detect.Chunk{Data: data})
	})
}
