package keystore

import (
	"bytes"
	"context"
	"crypto/aes"
	"errors"
	"math/big"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/base58"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"golang.org/x/crypto/scrypt"
	"golang.org/x/text/unicode/norm"
)

// BIP-38 (github.com/bitcoin/bips, bip-0038.mediawiki): a private key
// encrypted with a passphrase, written in Base58Check as 58 characters
// starting "6P". Its 39 bytes are 0x01, 0x42 (or 0x43 with EC
// multiplication), a flag byte, four bytes of the address's hash (the
// salt and the password check), and 32 bytes of ciphertext.
const (
	bip38Len   = 39
	bip38N     = 16384 // scrypt parameters of the passphrase step
	bip38R     = 8
	bip38P     = 8
	bip38FlagC = 0x20 // the address uses the compressed public key
	bip38FlagL = 0x04 // EC multiplication with lot and sequence numbers
)

// ErrNotBIP38 is returned for text that is not a BIP-38 encrypted key.
var ErrNotBIP38 = errors.New("keystore: not a BIP-38 encrypted key")

// BIP38 is a parsed BIP-38 encrypted private key. It holds no secret in
// the clear; with the passphrase it opens to one.
type BIP38 struct {
	ecMultiply bool
	flag       byte
	addrHash   [4]byte
	rest       [32]byte // ciphertext, or owner entropy and ciphertext
}

// ParseBIP38 reads a BIP-38 encrypted key: its Base58Check checksum,
// prefix and flag byte must hold.
func ParseBIP38(s string) (*BIP38, error) {
	if len(s) != 58 || s[0] != '6' || s[1] != 'P' {
		return nil, ErrNotBIP38
	}
	raw, version, err := base58.CheckDecode(s)
	if err != nil || version != 0x01 || len(raw) != bip38Len-1 {
		return nil, ErrNotBIP38
	}
	k := &BIP38{flag: raw[1]}
	switch raw[0] {
	case 0x42:
		// The two high bits are set and lot/sequence is not, without
		// EC multiplication; reserved bits are zero either way.
		if k.flag&0xc0 != 0xc0 || k.flag&^(0xc0|bip38FlagC) != 0 {
			return nil, ErrNotBIP38
		}
	case 0x43:
		k.ecMultiply = true
		if k.flag&^(bip38FlagC|bip38FlagL) != 0 {
			return nil, ErrNotBIP38
		}
	default:
		return nil, ErrNotBIP38
	}
	copy(k.addrHash[:], raw[2:6])
	copy(k.rest[:], raw[6:])
	return k, nil
}

// ECMultiply reports whether the key was made with EC multiplication (a
// printer made it from the owner's intermediate code).
func (k *BIP38) ECMultiply() bool { return k.ecMultiply }

// Compressed reports whether the key's address uses the compressed
// public key.
func (k *BIP38) Compressed() bool { return k.flag&bip38FlagC != 0 }

// AddressHash returns the first four bytes of SHA-256d of the key's
// address: public, the salt of the passphrase step.
func (k *BIP38) AddressHash() [4]byte { return k.addrHash }

// InspectBIP38 assesses a BIP-38 encrypted key as Inspect assesses a
// wallet file: its KDF (scrypt n=16384 r=8 p=8) and the attacker's rate,
// and, unless opts turn them off, the bounded trial of the passwords
// attackers try first.
func InspectBIP38(ctx context.Context, s string, opts Options) (*Assessment, error) {
	k, err := ParseBIP38(s)
	if err != nil {
		return nil, err
	}
	raw, _, _ := base58.CheckDecode(s)
	a := &Assessment{Format: BIP38Key, Version: "plain", Encrypted: true, material: raw, Cipher: "aes-256", Keys: 1}
	var spec kdfSpec
	spec.setScrypt(bip38N, bip38R, bip38P)
	spec.apply(a)
	if k.ecMultiply {
		a.Version = "ec-multiply"
		a.Notes = append(a.Notes, "made with EC multiplication (from an intermediate code): the passphrase's owner never saw the key in the clear")
	}
	a.check = func(pw []byte) bool { return k.Opens(string(pw)) }
	finish(ctx, a, "", opts)
	return a, nil
}

// Opens reports whether passphrase decrypts the key: the address of the
// key it yields hashes to the recorded address hash. Each call costs one
// scrypt of the key's parameters (and a cheap second one with EC
// multiplication).
func (k *BIP38) Opens(passphrase string) bool {
	_, ok := k.decrypt(passphrase)
	return ok
}

// DecryptSecret returns the private key (32 bytes, a secret) that
// passphrase opens, or false.
func (k *BIP38) DecryptSecret(passphrase string) ([]byte, bool) {
	return k.decrypt(passphrase)
}

func (k *BIP38) decrypt(passphrase string) ([]byte, bool) {
	pass := []byte(norm.NFC.String(passphrase))
	if k.ecMultiply {
		return k.decryptEC(pass)
	}
	derived, err := scrypt.Key(pass, k.addrHash[:], bip38N, bip38R, bip38P, 64)
	if err != nil {
		return nil, false
	}
	key := make([]byte, 32)
	if !aesDecryptXOR(key[:16], k.rest[:16], derived[32:], derived[:16]) ||
		!aesDecryptXOR(key[16:], k.rest[16:], derived[32:], derived[16:32]) {
		return nil, false
	}
	return key, k.checkAddress(key)
}

// decryptEC follows the specification's decryption with EC
// multiplication: passfactor from the passphrase and owner salt, the
// passpoint, then seedb from the ciphertext, and the key passfactor ×
// SHA-256d(seedb) mod n.
func (k *BIP38) decryptEC(pass []byte) ([]byte, bool) {
	ownerEntropy := k.rest[:8]
	ownerSalt := ownerEntropy
	if k.flag&bip38FlagL != 0 {
		ownerSalt = ownerEntropy[:4]
	}
	passfactor, err := scrypt.Key(pass, ownerSalt, bip38N, bip38R, bip38P, 32)
	if err != nil {
		return nil, false
	}
	if k.flag&bip38FlagL != 0 {
		passfactor = chainhash.DoubleHashB(append(passfactor, ownerEntropy...))
	}
	var pf btcec.ModNScalar
	if overflow := pf.SetByteSlice(passfactor); overflow || pf.IsZero() {
		return nil, false
	}
	passpoint := btcec.PrivKeyFromScalar(&pf).PubKey().SerializeCompressed()
	derived, err := scrypt.Key(passpoint, append(k.addrHash[:], ownerEntropy...), 1024, 1, 1, 64)
	if err != nil {
		return nil, false
	}
	// encryptedpart2 decrypts to encryptedpart1[8:16] ‖ seedb[16:24];
	// encryptedpart1 (its first half stored, its second half recovered)
	// decrypts to seedb[0:16].
	var part2 [16]byte
	if !aesDecryptXOR(part2[:], k.rest[16:32], derived[32:], derived[16:32]) {
		return nil, false
	}
	enc1 := append(append([]byte(nil), k.rest[8:16]...), part2[:8]...)
	seedb := make([]byte, 24)
	if !aesDecryptXOR(seedb[:16], enc1, derived[32:], derived[:16]) {
		return nil, false
	}
	copy(seedb[16:], part2[8:])
	factorb := new(big.Int).SetBytes(chainhash.DoubleHashB(seedb))
	n := btcec.S256().N
	key := new(big.Int).Mul(new(big.Int).SetBytes(passfactor), factorb)
	key.Mod(key, n)
	if key.Sign() == 0 {
		return nil, false
	}
	out := key.FillBytes(make([]byte, 32))
	return out, k.checkAddress(out)
}

// checkAddress reports whether the P2PKH address of key hashes to the
// recorded address hash.
func (k *BIP38) checkAddress(key []byte) bool {
	priv, pub := btcec.PrivKeyFromBytes(key)
	if priv.Key.IsZero() {
		return false
	}
	ser := pub.SerializeUncompressed()
	if k.Compressed() {
		ser = pub.SerializeCompressed()
	}
	addr, err := btcutil.NewAddressPubKeyHash(btcutil.Hash160(ser), &chaincfg.MainNetParams)
	if err != nil {
		return false
	}
	return bytes.Equal(chainhash.DoubleHashB([]byte(addr.EncodeAddress()))[:4], k.addrHash[:])
}

// aesDecryptXOR sets dst to AES-256-Decrypt(src, key) XOR mask, one block.
func aesDecryptXOR(dst, src, key, mask []byte) bool {
	c, err := aes.NewCipher(key[:32])
	if err != nil {
		return false
	}
	c.Decrypt(dst[:16], src[:16])
	for i := range 16 {
		dst[i] ^= mask[i]
	}
	return true
}
