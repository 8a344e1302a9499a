package eth

import (
	"encoding/hex"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/crypto/scrypt"
)

func TestAddress(t *testing.T) {
	// Hardhat's published account 0.
	key, _ := hex.DecodeString("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
	assert.Equal(t, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", Address(key))
	assert.Equal(t, "0xabc", EIP55("abc"))
}

// TestV3Seal: the "31_byte_key" vector of go-ethereum's
// accounts/keystore/testdata/v3_test_vector.json (password "foo", scrypt
// n=2 r=8 p=1) is sealed to its published ciphertext and MAC.
func TestV3Seal(t *testing.T) {
	unhex := func(s string) []byte {
		b, err := hex.DecodeString(s)
		require.NoError(t, err)
		return b
	}
	dk, err := scrypt.Key([]byte("foo"), unhex("711f816911c92d649fb4c84b047915679933555030b3552c1212609b38208c63"), 2, 8, 1, 32)
	require.NoError(t, err)
	ct, mac, err := V3Seal(dk, unhex("e0c41130a323adc1446fc82f724bca2f"), unhex("fa7b3db73dc7dfdf8c5fbdb796d741e4488628c41fc4febd9160a866ba0f35"))
	require.NoError(t, err)
	assert.Equal(t, "9517cd5bdbe69076f9bf5057248c6c050141e970efa36ce53692d5d59a3984", hex.EncodeToString(ct))
	assert.Equal(t, "d5e116151c6aa71470e67a7d42c9620c75c4d23229847dcc127794f0732b0db5", hex.EncodeToString(mac))
	assert.Equal(t, mac, V3MAC(dk, ct))
}
