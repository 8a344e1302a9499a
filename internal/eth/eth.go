// Package eth holds the Ethereum helpers shared by the key detectors and
// the keystore package: addresses, and the MAC and sealing of Web3 Secret
// Storage v3 keystores.
package eth

import (
	"crypto/aes"
	"crypto/cipher"
	"encoding/hex"

	"github.com/btcsuite/btcd/btcec/v2"
	"golang.org/x/crypto/sha3"
)

// EIP55 writes a 40-digit hex address (no 0x) with the EIP-55 mixed-case
// checksum and a 0x prefix.
func EIP55(addr string) string {
	if len(addr) != 40 {
		return "0x" + addr
	}
	h := sha3.NewLegacyKeccak256()
	h.Write([]byte(addr))
	sum := h.Sum(nil)
	out := []byte(addr)
	for i, c := range out {
		if c >= 'a' && c <= 'f' && (sum[i/2]>>(4*(1-uint(i%2))))&0xf >= 8 {
			out[i] = c - 32
		}
	}
	return "0x" + string(out)
}

// Address returns the EIP-55 address of a 32-byte secp256k1 private key.
func Address(key []byte) string { return EIP55(hex.EncodeToString(RawAddress(key))) }

// RawAddress returns the 20-byte address of a 32-byte secp256k1 private
// key: the last 20 bytes of Keccak-256 of the uncompressed public key.
func RawAddress(key []byte) []byte {
	k, pub := btcec.PrivKeyFromBytes(key)
	defer k.Zero()
	h := sha3.NewLegacyKeccak256()
	h.Write(pub.SerializeUncompressed()[1:])
	return h.Sum(nil)[12:]
}

// V3MAC is the MAC of a Web3 Secret Storage v3 keystore: Keccak-256 of
// the second half of the derived key's first 32 bytes and the
// ciphertext.
func V3MAC(dk, ciphertext []byte) []byte {
	h := sha3.NewLegacyKeccak256()
	h.Write(dk[16:32])
	h.Write(ciphertext)
	return h.Sum(nil)
}

// V3Seal encrypts key as a Web3 Secret Storage v3 keystore does under the
// derived key dk (at least 32 bytes): AES-128-CTR with dk[:16] and iv. It
// returns the ciphertext and its MAC. Tests and the demo generator use it
// to write keystores; the keystore package only reads them.
func V3Seal(dk, iv, key []byte) (ciphertext, mac []byte, err error) {
	block, err := aes.NewCipher(dk[:16])
	if err != nil {
		return nil, nil, err
	}
	ciphertext = make([]byte, len(key))
	cipher.NewCTR(block, iv).XORKeyStream(ciphertext, key)
	return ciphertext, V3MAC(dk, ciphertext), nil
}
