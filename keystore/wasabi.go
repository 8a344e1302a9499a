package keystore

import (
	"fmt"
	"strings"
)

// wasabiJSON is a Wasabi wallet file.
type wasabiJSON struct {
	EncryptedSecret string `json:"EncryptedSecret"`
	ExtPubKey       string `json:"ExtPubKey"`
}

// parseWasabi reads a Wasabi wallet file: EncryptedSecret is a BIP-38
// key ("6P…": scrypt N=16384, r=8, p=8, AES-256). No password is tried.
func parseWasabi(data []byte) (*Assessment, error) {
	var d wasabiJSON
	if err := unmarshal(data, &d); err != nil || !strings.HasPrefix(d.EncryptedSecret, "6P") {
		return nil, ErrNotKeystore
	}
	if len(d.EncryptedSecret) != 58 || !base58Shape([]byte(d.EncryptedSecret)) {
		return nil, fmt.Errorf("%w: EncryptedSecret", ErrMalformed)
	}
	return &Assessment{Format: WasabiWallet, Version: "bip38", Encrypted: true, KDF: "scrypt", KDFParams: "n=16384 r=8 p=8",
		Cipher: "aes-256-ecb (bip38)", GuessesPerSecond: scryptRate(16384, 8, 8), RateSource: srcScrypt,
		material: []byte(d.EncryptedSecret), Keys: 1}, nil
}
