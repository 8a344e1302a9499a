package keystore

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"

	"github.com/btcsuite/btcd/btcutil/base58"
)

// parseSolana reads a Solana CLI keypair: a JSON array of 64 bytes whose
// second half is the Ed25519 public key of the first.
func parseSolana(data []byte) (*Assessment, error) {
	if len(data) > 4096 {
		return nil, ErrNotKeystore
	}
	var vals []int
	if err := json.Unmarshal(data, &vals); err != nil || len(vals) != 64 {
		return nil, ErrNotKeystore
	}
	b := make([]byte, 64)
	for i, v := range vals {
		if v < 0 || v > 255 {
			return nil, ErrNotKeystore
		}
		b[i] = byte(v)
	}
	pub := ed25519.NewKeyFromSeed(b[:32]).Public().(ed25519.PublicKey)
	if !bytes.Equal(pub, b[32:]) {
		return nil, ErrNotKeystore
	}
	return &Assessment{Format: SolanaKeypair, Address: base58.Encode(b[32:]), material: b[:32], Keys: 1,
		Notes: []string{"Solana CLI keypairs are unencrypted by design"}}, nil
}
