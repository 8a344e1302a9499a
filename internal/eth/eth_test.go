package eth

import (
	"encoding/hex"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAddress(t *testing.T) {
	// Hardhat's published account 0.
	key, _ := hex.DecodeString("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
	assert.Equal(t, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", Address(key))
	assert.Equal(t, "0xabc", EIP55("abc"))
}
