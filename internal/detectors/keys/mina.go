package keys

import (
	"bytes"
	"context"
	"encoding/hex"
	"math/big"
	"slices"

	"github.com/btcsuite/btcd/btcutil/base58"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/byteruns"
)

// Mina private keys (docs/formats.md §7.1; o1-labs/proof-systems,
// signer/src/seckey.rs and pubkey.rs; MinaProtocol/mina,
// src/lib/base58_check/version_bytes.ml): the base58check (double
// SHA-256) of the version bytes 0x5a 0x01 and a scalar of the Pallas
// curve, 32 bytes little-endian: 52 characters, "EK…". The address is the
// base58check of 0xcb 0x01 0x01, the x-coordinate of the public point
// (little-endian) and the parity of its y: 55 characters, "B62q…".
const minaKeyLen = 52

var (
	minaVersion  = []byte{0x5a, 0x01}
	minaAddrHead = []byte{0xcb, 0x01, 0x01}
	// pallasP and pallasQ are the orders of Pallas' base and scalar
	// fields; its curve is y² = x³ + 5 and Mina's generator is (1,
	// pallasGy) (o1-labs/proof-systems, curves/src/pasta/curves/pallas.rs).
	pallasP, _  = new(big.Int).SetString("40000000000000000000000000000000224698fc094cf91b992d30ed00000001", 16)
	pallasQ, _  = new(big.Int).SetString("40000000000000000000000000000000224698fc0994a8dd8c46eb2100000001", 16)
	pallasGy, _ = new(big.Int).SetString("12418654782883325593414442427049395787963493412651469444558597405572177144507", 10)
)

// Mina finds Mina private keys (EK…).
type Mina struct{}

// NewMina returns the Mina private-key detector.
func NewMina() *Mina { return &Mina{} }

// ID implements detect.Detector.
func (*Mina) ID() string { return "mina-private-key" }

// Keywords implements detect.Detector: none, as a two-letter prefix
// ("ek") would match most chunks; the chunk's base58 runs, found once for
// all detectors, are cheaper to look through.
func (*Mina) Keywords() []string { return nil }

// Detect implements detect.Detector: base58 runs of exactly 52
// characters that start with "EK" and that no other letter or digit
// glues to.
func (*Mina) Detect(ctx context.Context, c *detect.Chunk) []detect.Candidate {
	data := c.Data
	var out []detect.Candidate
	byteruns.From(ctx).Each(data, &b58, minaKeyLen, func(s, e int) bool {
		if e-s != minaKeyLen || data[s] != 'E' || data[s+1] != 'K' || s > 0 && alnum[data[s-1]] || e < len(data) && alnum[data[e]] {
			return true
		}
		if cand, ok := minaKey(data, s, e); ok {
			out = append(out, cand)
		}
		return ctx.Err() == nil
	})
	return out
}

// minaKey validates data[s:e] as a Mina private key.
func minaKey(data []byte, s, e int) (detect.Candidate, bool) {
	raw, ok := checkedPayload(base58.Decode(string(data[s:e])))
	if !ok || len(raw) != 34 || !bytes.Equal(raw[:2], minaVersion) {
		return detect.Candidate{}, false
	}
	key := slices.Clone(raw[2:])
	slices.Reverse(key) // big-endian
	k := new(big.Int).SetBytes(key)
	if k.Sign() == 0 || k.Cmp(pallasQ) >= 0 || lowEntropy(hex.EncodeToString(key)) {
		return detect.Candidate{}, false
	}
	cand := detect.Candidate{Rule: "mina-private-key", Kind: detect.KindOtherPrivateKey, Start: s, End: e,
		Confidence: detect.ConfidenceHigh, Scheme: "pallas", Network: "mina",
		Secret: detect.NewSecret(detect.SecretSpec{Kind: detect.KindOtherPrivateKey, Raw: string(data[s:e]),
			Normalized: "pallas:" + hex.EncodeToString(key), Redacted: "EK…[Mina private key]",
			Address: minaAddress(k)})}
	cand.PublicSource, cand.Public = publicScalar(key)
	return cand, true
}

// minaAddress is the address (B62q…) of the public key k·G on Pallas.
func minaAddress(k *big.Int) string {
	x, y := pallasMul(k)
	if x == nil {
		return ""
	}
	xb := x.FillBytes(make([]byte, 32))
	slices.Reverse(xb)
	return base58Check(slices.Concat(minaAddrHead, xb, []byte{byte(y.Bit(0))}))
}

// pallasMul returns k·G on Pallas in affine coordinates, or nil for the
// point at infinity. It runs once for a key whose checksum holds, so it
// favours plain affine arithmetic over speed.
func pallasMul(k *big.Int) (x, y *big.Int) {
	gx, gy := big.NewInt(1), pallasGy
	for i := k.BitLen() - 1; i >= 0; i-- {
		if x != nil {
			x, y = pallasAdd(x, y, x, y)
		}
		if k.Bit(i) == 1 {
			if x == nil {
				x, y = new(big.Int).Set(gx), new(big.Int).Set(gy)
			} else {
				x, y = pallasAdd(x, y, gx, gy)
			}
		}
	}
	return x, y
}

// pallasAdd adds two affine points of Pallas (doubling when they are
// equal); it returns nil for the point at infinity.
func pallasAdd(x1, y1, x2, y2 *big.Int) (*big.Int, *big.Int) {
	if x1 == nil {
		return x2, y2
	}
	p := pallasP
	var l big.Int
	if x1.Cmp(x2) == 0 {
		if y1.Cmp(y2) != 0 || y1.Sign() == 0 {
			return nil, nil
		}
		// λ = 3x² / 2y
		num := new(big.Int).Mul(x1, x1)
		num.Mul(num, big.NewInt(3))
		den := new(big.Int).Lsh(y1, 1)
		l.Mul(num, den.ModInverse(den.Mod(den, p), p))
	} else {
		// λ = (y2 − y1) / (x2 − x1)
		num := new(big.Int).Sub(y2, y1)
		den := new(big.Int).Sub(x2, x1)
		l.Mul(num, den.ModInverse(den.Mod(den, p), p))
	}
	l.Mod(&l, p)
	x3 := new(big.Int).Mul(&l, &l)
	x3.Sub(x3, x1).Sub(x3, x2).Mod(x3, p)
	y3 := new(big.Int).Sub(x1, x3)
	y3.Mul(y3, &l).Sub(y3, y1).Mod(y3, p)
	return x3, y3
}
