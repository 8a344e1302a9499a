// Package eth holds the Ethereum address helpers shared by the key
// detectors and the keystore package.
package eth

import (
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
