// Package keys holds the engine's private-key detectors: WIF, BIP-32
// extended private keys (bare and in output descriptors), hex scalars with
// key context, PEM secp256k1 keys, and keys of other chains (Solana,
// Nostr, Sui, Aptos, Cosmos). Each validates what its format allows
// (checksums, curve range, key-pair consistency) before it reports.
package keys

import (
	"bytes"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/walletaudit/walletaudit/internal/eth"
)

// validScalar reports whether b (32 bytes) is a secp256k1 private key: in
// 1..n−1.
func validScalar(b []byte) bool {
	if len(b) != 32 {
		return false
	}
	var s btcec.ModNScalar
	overflow := s.SetByteSlice(b)
	return !overflow && !s.IsZero()
}

// ethAddress returns the EIP-55 address of a secp256k1 private key.
func ethAddress(key []byte) string { return eth.Address(key) }

// btcAddress returns the P2WPKH (compressed) or P2PKH (uncompressed)
// address of a key on the network.
func btcAddress(key []byte, compressed bool, net *chaincfg.Params) string {
	_, pub := btcec.PrivKeyFromBytes(key)
	if compressed {
		a, err := btcutil.NewAddressWitnessPubKeyHash(btcutil.Hash160(pub.SerializeCompressed()), net)
		if err != nil {
			return ""
		}
		return a.EncodeAddress()
	}
	a, err := btcutil.NewAddressPubKeyHash(btcutil.Hash160(pub.SerializeUncompressed()), net)
	if err != nil {
		return ""
	}
	return a.EncodeAddress()
}

// lowEntropy reports whether a hex string is a placeholder: few distinct
// digits, a short pattern repeated, or a counting sequence. It allocates
// nothing: it runs on every 64-hex value in the input.
func lowEntropy[T string | []byte](h T) bool {
	var seen [256]bool
	distinct := 0
	for i := 0; i < len(h); i++ {
		c := h[i] | 0x20
		if !seen[c] {
			seen[c] = true
			distinct++
		}
	}
	if distinct < 7 {
		return true
	}
	for p := 1; p <= 16; p++ {
		repeats := true
		for i := p; i < len(h) && repeats; i++ {
			repeats = h[i]|0x20 == h[i%p]|0x20
		}
		if repeats {
			return true
		}
	}
	return containsFold(h, "0123456789abcdef") || containsFold(h, "deadbeefdeadbeef")
}

// secp256k1's group order n and the coordinates of its generator G (SEC
// 2, section 2.4.1), in lower-case hex.
const (
	curveOrder = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141"
	curveGx    = "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
	curveGy    = "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8"
)

// curveConstant reports whether a 64-hex value is one of the curve's
// public constants or an edge case next to the group order (n-1, n-3:
// what tests of a curve library pass to isPrivate or privateAdd), not
// anyone's key. Values within 2^24 of n share its first 58 digits.
func curveConstant(h []byte) bool {
	return len(h) == 64 && (bytes.EqualFold(h[:58], []byte(curveOrder[:58])) ||
		bytes.EqualFold(h, []byte(curveGx)) || bytes.EqualFold(h, []byte(curveGy)))
}

// containsFold is strings.Contains on ASCII, ignoring case, without
// allocating.
func containsFold[T string | []byte](s T, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// lineBounds returns the start and end of the line around [s, e).
func lineBounds(data []byte, s, e int) (int, int) {
	ls := s
	for ls > 0 && data[ls-1] != '\n' {
		ls--
		if s-ls > 400 {
			break
		}
	}
	le := e
	for le < len(data) && data[le] != '\n' {
		le++
		if le-e > 400 {
			break
		}
	}
	return ls, le
}

// compressedPub returns the compressed public key of a secp256k1 scalar.
func compressedPub(key []byte) []byte {
	_, pub := btcec.PrivKeyFromBytes(key)
	return pub.SerializeCompressed()
}
