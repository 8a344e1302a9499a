package keys

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/base32"
	"encoding/binary"
	"encoding/hex"

	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/byteruns"
)

// Stellar secret seeds are StrKeys (SEP-23): the base32 of a version byte
// (18<<3, so they start "S"), a 32-byte Ed25519 seed and a CRC16-XModem of
// both, little-endian: 56 characters, "SA" to "SD". The account's
// address is the StrKey of its public key under version 6<<3 ("G…").
const (
	stellarSeedVersion    = 18 << 3
	stellarAccountVersion = 6 << 3
	stellarLen            = 56
)

// stellarVectorSeed is the StrKey test vector of the Stellar SDKs (the Go
// SDK's strkey tests, the Java and Rust SDKs' StrKey tests): public.
const stellarVectorSeed = "SBU2RRGLXH3E5CQHTD3ODLDF2BWDCYUSSBLLZ5GNW7JXHDIYKXZWHOKR"

// Stellar finds Stellar secret seeds.
type Stellar struct{}

// NewStellar returns the Stellar secret-seed detector.
func NewStellar() *Stellar { return &Stellar{} }

// ID implements detect.Detector.
func (*Stellar) ID() string { return "stellar-secret-seed" }

// Keywords implements detect.Detector: a seed is named, or its file or
// text says Stellar.
func (*Stellar) Keywords() []string {
	return []string{"stellar", "xlm", "secret", "seed", "keypair", "soroban", "lumen"}
}

var strkey = base32.StdEncoding.WithPadding(base32.NoPadding)

// base32Char is the StrKey alphabet (RFC 4648 base32).
var base32Char = byteruns.Of("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

// Detect implements detect.Detector.
func (*Stellar) Detect(_ context.Context, c *detect.Chunk) []detect.Candidate {
	data := c.Data
	var out []detect.Candidate
	for off := 0; off+stellarLen <= len(data); {
		k := bytes.IndexByte(data[off:len(data)-stellarLen+1], 'S')
		if k < 0 {
			break
		}
		s := off + k
		off = s + 1
		if d := data[s+1]; d < 'A' || d > 'D' || gluedBefore(data, s) {
			continue
		}
		e := s
		for e < len(data) && base32Char[data[e]] && e-s <= stellarLen {
			e++
		}
		if e-s != stellarLen || e < len(data) && alnum[data[e]] {
			continue
		}
		seed, ok := stellarDecode(data[s:e], stellarSeedVersion)
		if !ok || lowEntropy(hex.EncodeToString(seed)) {
			continue
		}
		pub := ed25519.NewKeyFromSeed(seed).Public().(ed25519.PublicKey)
		cand := detect.Candidate{Rule: "stellar-secret-seed", Kind: detect.KindOtherPrivateKey, Start: s, End: e,
			Confidence: detect.ConfidenceHigh, Scheme: "ed25519",
			Secret: detect.NewSecret(detect.SecretSpec{Kind: detect.KindOtherPrivateKey, Raw: string(data[s:e]),
				Normalized: "ed25519:" + hex.EncodeToString(seed), Redacted: "S…[Stellar secret seed]",
				Address: stellarEncode(pub, stellarAccountVersion)})}
		if string(data[s:e]) == stellarVectorSeed {
			cand.Public, cand.PublicSource = true, "Stellar SDK StrKey test vector"
		} else if src, ok := docExampleKeys[scalarDigest(seed)]; ok {
			cand.Public, cand.PublicSource = true, src
		}
		out = append(out, cand)
		off = e
	}
	return out
}

// stellarDecode returns the payload of a StrKey of the given version, or
// false when its checksum or version does not hold.
func stellarDecode(s []byte, version byte) ([]byte, bool) {
	b := make([]byte, strkey.DecodedLen(len(s)))
	n, err := strkey.Decode(b, s)
	if err != nil || n != 35 || b[0] != version {
		return nil, false
	}
	if crc16XModem(b[:33]) != binary.LittleEndian.Uint16(b[33:35]) {
		return nil, false
	}
	return b[1:33], true
}

// stellarEncode writes payload as a StrKey of the given version.
func stellarEncode(payload []byte, version byte) string {
	b := append([]byte{version}, payload...)
	b = binary.LittleEndian.AppendUint16(b, crc16XModem(b))
	return strkey.EncodeToString(b)
}

// crc16XModem is CRC-16/XMODEM (polynomial 0x1021, initial value 0, no
// reflection).
func crc16XModem(b []byte) uint16 {
	var crc uint16
	for _, c := range b {
		crc ^= uint16(c) << 8
		for range 8 {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
	}
	return crc
}
