package keystore

import (
	"bytes"
	"fmt"
)

// parseHSM reads a Core Lightning hsm_secret (recognised by its name: its
// content is random). 32 bytes: the node secret in the clear. 73 bytes:
// libsodium secretstream (24-byte header, 32 + 17) with an Argon2id key
// (MODERATE limits: 256 MiB, salt "c-lightning"). Longer files in the
// newer format hold a 32-byte passphrase check followed by a BIP-39
// mnemonic in the clear.
func parseHSM(data []byte) (*Assessment, error) {
	switch {
	case len(data) == 32:
		return &Assessment{Format: LightningHSM, Version: "raw", material: data, Keys: 1, Notes: []string{"node secret stored in the clear"}}, nil
	case len(data) == 73:
		return &Assessment{Format: LightningHSM, Version: "encrypted", Encrypted: true, KDF: "argon2id", KDFParams: "m=256MiB t=3",
			Cipher: "xchacha20-poly1305", MAC: "poly1305", GuessesPerSecond: argon2CLN, RateSource: srcArgon2, material: data}, nil
	case len(data) > 32+24 && len(data) < 32+400:
		words := bytes.Fields(data[32:])
		if len(words) < 12 || len(words) > 24 || bytes.IndexFunc(bytes.TrimSpace(data[32:]), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r == ' ')
		}) >= 0 {
			break
		}
		a := &Assessment{Format: LightningHSM, Version: "mnemonic", material: bytes.TrimSpace(data[32:]), Keys: 1,
			Notes: []string{fmt.Sprintf("%d-word BIP-39 mnemonic stored in the clear", len(words))}}
		if bytes.Count(data[:32], []byte{0}) != 32 {
			a.Notes = append(a.Notes, "a BIP-39 passphrase is set; its check hash allows offline guessing at BIP-39 cost")
		}
		return a, nil
	}
	return nil, fmt.Errorf("%w: hsm_secret of %d bytes", ErrNotKeystore, len(data))
}
