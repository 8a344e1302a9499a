package mnemonic

import (
	"encoding/hex"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A published Monero test seed (the test data of a public-domain XMR seed
// tool): public, never a wallet to use.
const moneroVector = "actress lynx adhesive abbey selfish leisure annoyed cabin essential eldest venomous hunter pairing gadget satin sunken vein tomorrow aloof rumble obliged juicy whipped annoyed cabin"

func TestMonero(t *testing.T) {
	p, err := ValidateMonero(moneroVector)
	require.NoError(t, err)
	assert.Equal(t, SchemeMonero, p.Scheme())
	assert.Equal(t, "e4fce17f54a120b9c8aeca20af94c5765a8a936eaad913ef1b39a1dba0a03215", hex.EncodeToString(p.Seed("")))
	_, err = ValidateMonero(strings.Replace(moneroVector, "annoyed cabin\x00", "", 1)[:len(moneroVector)-5] + "abbey")
	assert.ErrorIs(t, err, ErrChecksum)

	ms := Find([]byte("monero wallet seed:\n" + moneroVector + "\n"))
	require.Len(t, ms, 1)
	assert.Equal(t, SchemeMonero, ms[0].Phrase.Scheme())
	assert.Equal(t, 2, ms[0].StartLine)
	// 24 words without the checksum word are not reported.
	assert.Empty(t, Find([]byte(strings.Join(strings.Fields(moneroVector)[:24], " "))))
}
