package keys

import (
	"bytes"
	"context"
	"encoding/hex"

	"github.com/btcsuite/btcd/btcutil/base58"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/byteruns"
	//lint:ignore SA1019 Antelope's key checksum is RIPEMD-160 by its format.
	"golang.org/x/crypto/ripemd160"
)

// Antelope (EOSIO, EOS, WAX, Telos) private keys in their current form
// (docs/formats.md §7.1; AntelopeIO's fc library, crypto/private_key.cpp and
// base58 key strings): "PVT_K1_" and the base58 of a secp256k1 scalar and
// a 4-byte checksum, the first bytes of RIPEMD-160 of the scalar and the
// curve's name "K1". The public key is "PUB_K1_" and the base58 of the
// compressed point and RIPEMD-160 of it and "K1". The legacy form of the
// same key is a Bitcoin WIF (the wif rule).
const (
	antelopePrefix = "PVT_K1_"
	// antelopeMinLen and antelopeMaxLen bound the base58 of 36 bytes.
	antelopeMinLen = 48
	antelopeMaxLen = 50
)

// Antelope finds Antelope private keys (PVT_K1_…).
type Antelope struct{}

// NewAntelope returns the Antelope private-key detector.
func NewAntelope() *Antelope { return &Antelope{} }

// ID implements detect.Detector.
func (*Antelope) ID() string { return "antelope-private-key" }

// Keywords implements detect.Detector: the keys' prefix.
func (*Antelope) Keywords() []string { return []string{antelopePrefix} }

// Detect implements detect.Detector.
func (*Antelope) Detect(ctx context.Context, c *detect.Chunk) []detect.Candidate {
	data := c.Data
	var out []detect.Candidate
	byteruns.From(ctx).Each(data, &b58, antelopeMinLen, func(s, e int) bool {
		if n := e - s; n > antelopeMaxLen || s < len(antelopePrefix) || !bytes.Equal(data[s-len(antelopePrefix):s], []byte(antelopePrefix)) ||
			e < len(data) && alnum[data[e]] {
			return true
		}
		if cand, ok := antelopeKey(data, s-len(antelopePrefix), s, e); ok {
			out = append(out, cand)
		}
		return ctx.Err() == nil
	})
	return out
}

// antelopeKey validates data[b58s:e] as the base58 of an Antelope K1 key
// whose text starts at s ("PVT_K1_").
func antelopeKey(data []byte, s, b58s, e int) (detect.Candidate, bool) {
	raw := base58.Decode(string(data[b58s:e]))
	if len(raw) != 36 {
		return detect.Candidate{}, false
	}
	key := raw[:32]
	if !bytes.Equal(antelopeChecksum(key), raw[32:]) || !validScalar(key) || lowEntropy(hex.EncodeToString(key)) {
		return detect.Candidate{}, false
	}
	pub := compressedPub(key)
	cand := detect.Candidate{Rule: "antelope-private-key", Kind: detect.KindOtherPrivateKey, Start: s, End: e,
		Confidence: detect.ConfidenceHigh, Scheme: "secp256k1", Network: "antelope",
		Secret: detect.NewSecret(detect.SecretSpec{Kind: detect.KindOtherPrivateKey, Raw: string(data[s:e]),
			Normalized: "secp256k1:" + hex.EncodeToString(key), Redacted: "PVT_K1_…[Antelope private key]",
			Address: "PUB_K1_" + base58.Encode(append(pub, antelopeChecksum(pub)...))})}
	cand.PublicSource, cand.Public = publicScalar(key)
	return cand, true
}

// antelopeChecksum is the 4-byte checksum of a K1 key's bytes.
func antelopeChecksum(b []byte) []byte {
	h := ripemd160.New()
	h.Write(b)
	h.Write([]byte("K1"))
	return h.Sum(nil)[:4]
}
