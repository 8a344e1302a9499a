package mnemonic

import (
	"crypto/ed25519"
	"crypto/sha512"
	"encoding/base32"
)

// SchemeAlgorand marks an Algorand account mnemonic.
const SchemeAlgorand Scheme = "algorand"

// algorandKey returns the 32-byte key 25 BIP-39 English word indices
// encode as an Algorand mnemonic (algorand/js-algorand-sdk
// src/mnemonic, docs/formats.md): the first 24 words hold the key's bits,
// least significant first, 11 a word, and 8 zero bits after them; the
// 25th is the first 11 bits of SHA-512/256 of the key. A random sequence
// passes once in 2^19.
func algorandKey(idx []uint16) ([]byte, bool) {
	if len(idx) != 25 {
		return nil, false
	}
	b := make([]byte, 0, 33)
	acc, bits := uint32(0), 0
	for _, v := range idx[:24] {
		acc |= uint32(v) << bits
		bits += 11
		for bits >= 8 {
			b = append(b, byte(acc))
			acc >>= 8
			bits -= 8
		}
	}
	if len(b) != 33 || b[32] != 0 {
		return nil, false
	}
	key := b[:32]
	sum := sha512.Sum512_256(key)
	if (uint16(sum[0])|uint16(sum[1])<<8)&0x7ff != idx[24] {
		return nil, false
	}
	return key, true
}

// AlgorandAddress returns the account address of an Algorand mnemonic,
// or "" for a phrase of another scheme: the base32 (no padding) of the
// Ed25519 public key of its key and the last 4 bytes of SHA-512/256 of
// that public key.
func AlgorandAddress(p Phrase) string {
	if p.scheme != SchemeAlgorand {
		return ""
	}
	key, ok := algorandKey(p.indices)
	if !ok {
		return ""
	}
	pub := ed25519.NewKeyFromSeed(key).Public().(ed25519.PublicKey)
	sum := sha512.Sum512_256(pub)
	return base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(append(pub, sum[28:]...))
}

// tryAlgorand checks a run of 25 English words (or a window of one a few
// words longer) as an Algorand mnemonic.
func (f *finder) tryAlgorand(run []token) (Match, bool) {
	return englishWindow(run, 25, SchemeAlgorand, func(idx []uint16) bool {
		_, ok := algorandKey(idx)
		return ok
	})
}
