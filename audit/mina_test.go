package audit

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"

	"github.com/btcsuite/btcd/btcutil/base58"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A zkApp project's deploy key (keys/<network>.json, as the zkApp CLI
// writes it) is found as a Mina private key with its address, and the
// report does not print it.
func TestMinaDeployKey(t *testing.T) {
	le := []byte("walletaudit mina deploy key 32b!")
	le[31] = 0x2a // little-endian: the top byte, below Pallas' order
	ek := base58.CheckEncode(slices.Concat([]byte{0x01}, le), 0x5a)
	require.Equal(t, "EK", ek[:2])
	text := "{\n  \"privateKey\": \"" + ek + "\",\n  \"publicKey\": \"B62qpretend\"\n}\n"
	fs, _ := collect(t, New(Options{}), Bytes("keys/devnet.json", []byte(text)))
	require.Len(t, fs, 1)
	assert.Equal(t, "mina-private-key", fs[0].Rule)
	assert.Equal(t, 2, fs[0].Location.Line)
	assert.Regexp(t, "^B62q", fs[0].Secret.Address())
	assert.NotEqual(t, SeverityInfo, fs[0].Severity)
	out, err := json.Marshal(fs)
	require.NoError(t, err)
	assert.False(t, bytes.Contains(out, []byte(ek)), "the report holds the key")
}
