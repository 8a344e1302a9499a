package keystore

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil/bech32"
	"golang.org/x/crypto/chacha20poly1305"
	"golang.org/x/crypto/scrypt"
	"golang.org/x/text/unicode/norm"
)

// NIP-49 (github.com/nostr-protocol/nips, 49.md): a Nostr private key
// encrypted with a password, written in bech32 with the prefix
// "ncryptsec". Its 91 bytes are the version (0x02), log2 of scrypt's N,
// a 16-byte salt, a 24-byte nonce, the key-security byte (the associated
// data) and the XChaCha20-Poly1305 ciphertext of the 32-byte key with its
// 16-byte tag. The key is scrypt(password, salt, N, r = 8, p = 1), the
// password normalised to NFKC.
const (
	nip49Len     = 91
	nip49Version = 0x02
	nip49R       = 8
	nip49P       = 1
	// nip49MaxLogN bounds the N a string may name: 2^40 is still
	// assessed (as Ethereum keystores are); trials stop far earlier, at
	// their memory limit.
	nip49MaxLogN = 40
)

// ErrNotNIP49 is returned for text that is not a NIP-49 encrypted key.
var ErrNotNIP49 = errors.New("keystore: not a NIP-49 encrypted key")

// NIP49 is a parsed NIP-49 encrypted Nostr key. It holds no secret in the
// clear; with the password it opens to one.
type NIP49 struct {
	logN        byte
	salt        [16]byte
	nonce       [24]byte
	keySecurity byte
	ciphertext  [48]byte
}

// ParseNIP49 reads a NIP-49 encrypted key: its bech32 checksum, prefix,
// length and version must hold, and log2 N be at most 40.
func ParseNIP49(s string) (*NIP49, error) {
	if len(s) != 162 || !strings.HasPrefix(strings.ToLower(s), "ncryptsec1") {
		return nil, ErrNotNIP49
	}
	// 91 bytes are 146 characters of data: over BIP-173's 90-character
	// limit, which NIP-49 does not keep.
	hrp, data, err := bech32.DecodeNoLimit(s)
	if err != nil || hrp != "ncryptsec" {
		return nil, ErrNotNIP49
	}
	raw, err := bech32.ConvertBits(data, 5, 8, false)
	if err != nil || len(raw) != nip49Len || raw[0] != nip49Version || raw[1] == 0 || raw[1] > nip49MaxLogN {
		return nil, ErrNotNIP49
	}
	k := &NIP49{logN: raw[1], keySecurity: raw[42]}
	copy(k.salt[:], raw[2:18])
	copy(k.nonce[:], raw[18:42])
	copy(k.ciphertext[:], raw[43:])
	return k, nil
}

// bytes returns the key's 91 bytes as the string encodes them.
func (k *NIP49) bytes() []byte {
	b := append([]byte{nip49Version, k.logN}, k.salt[:]...)
	b = append(b, k.nonce[:]...)
	b = append(b, k.keySecurity)
	return append(b, k.ciphertext[:]...)
}

// LogN returns log2 of the key's scrypt N.
func (k *NIP49) LogN() int { return int(k.logN) }

// KeySecurity returns the key-security byte: 0 when the key was known to
// have been handled insecurely (stored or pasted in the clear) before it
// was encrypted, 1 when it was not, 2 when the client did not track it
// (other values are not defined).
func (k *NIP49) KeySecurity() byte { return k.keySecurity }

// InspectNIP49 assesses a NIP-49 encrypted key as Inspect assesses a
// wallet file: its KDF (scrypt with the N it names, r = 8, p = 1) and the
// attacker's rate, and, unless opts turn them off, the bounded trial of
// the passwords attackers try first.
func InspectNIP49(ctx context.Context, s string, opts Options) (*Assessment, error) {
	k, err := ParseNIP49(s)
	if err != nil {
		return nil, err
	}
	a := &Assessment{Format: NostrNIP49, Version: fmt.Sprintf("v%d", nip49Version), Encrypted: true,
		Cipher: "xchacha20-poly1305", Keys: 1, material: k.bytes()}
	var spec kdfSpec
	spec.setScrypt(int(int64(1)<<k.logN), nip49R, nip49P)
	spec.apply(a)
	if k.logN < 14 {
		a.Notes = append(a.Notes, fmt.Sprintf("scrypt n=2^%d is below 2^14: weak", k.logN))
	}
	switch k.keySecurity {
	case 0:
		a.Notes = append(a.Notes, "the client recorded that the key had been handled insecurely (stored or pasted in the clear) before it was encrypted")
	case 1, 2:
	default:
		a.Notes = append(a.Notes, fmt.Sprintf("key-security byte %d is not defined by NIP-49", k.keySecurity))
	}
	a.check = func(pw []byte) bool { return k.Opens(string(pw)) }
	finish(ctx, a, "", opts)
	return a, nil
}

// Opens reports whether password decrypts the key: the ciphertext's tag
// holds and the key is a valid secp256k1 scalar. Each call costs one
// scrypt of the key's parameters.
func (k *NIP49) Opens(password string) bool {
	_, ok := k.decrypt(password)
	return ok
}

// DecryptSecret returns the private key (32 bytes, a secret) that
// password opens, or false.
func (k *NIP49) DecryptSecret(password string) ([]byte, bool) {
	return k.decrypt(password)
}

func (k *NIP49) decrypt(password string) ([]byte, bool) {
	if k.logN > 30 {
		return nil, false // beyond what scrypt.Key accepts here
	}
	sym, err := scrypt.Key([]byte(norm.NFKC.String(password)), k.salt[:], 1<<k.logN, nip49R, nip49P, 32)
	if err != nil {
		return nil, false
	}
	aead, err := chacha20poly1305.NewX(sym)
	if err != nil {
		return nil, false
	}
	key, err := aead.Open(nil, k.nonce[:], k.ciphertext[:], []byte{k.keySecurity})
	if err != nil || len(key) != 32 {
		return nil, false
	}
	var s btcec.ModNScalar
	if overflow := s.SetByteSlice(key); overflow || s.IsZero() {
		return nil, false
	}
	return key, true
}
