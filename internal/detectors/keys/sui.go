package keys

import (
	"bytes"
	"context"
	"crypto/ecdh"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/hex"
	"strings"

	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/byteruns"
	"golang.org/x/crypto/blake2b"
)

// Sui keys are a scheme flag and 32 bytes: flag 0 Ed25519, 1 secp256k1,
// 2 secp256r1 (SIP-15). The Sui CLI keeps them unencrypted in
// sui.keystore (~/.sui/sui_config/), a JSON array of their base64 (44
// characters each); the same base64 is what SDKs read from variables
// such as SUI_PRIVATE_KEY. Newer tools write them as bech32 "suiprivkey1…"
// (Bech32). An account's address is BLAKE2b-256 of the flag and the
// public key (a compressed point for the two ECDSA curves).
var suiSchemes = [...]string{"ed25519", "secp256k1", "secp256r1"}

// suiKey returns the candidate of the Sui key flag‖key (33 bytes) written
// at [s, e), or false when the bytes are no key: an unknown flag, a
// scalar out of its curve's range, or a patterned value.
func suiKey(b []byte, rule string, raw string, s, e int) (detect.Candidate, bool) {
	if len(b) != 33 || int(b[0]) >= len(suiSchemes) || lowEntropy(hex.EncodeToString(b[1:])) {
		return detect.Candidate{}, false
	}
	key := b[1:]
	var pub []byte
	switch b[0] {
	case 0:
		pub = ed25519.NewKeyFromSeed(key).Public().(ed25519.PublicKey)
	case 1:
		if !validScalar(key) {
			return detect.Candidate{}, false
		}
		pub = compressedPub(key)
	case 2:
		k, err := ecdh.P256().NewPrivateKey(key)
		if err != nil {
			return detect.Candidate{}, false
		}
		u := k.PublicKey().Bytes() // 0x04 ‖ X ‖ Y
		pub = append([]byte{0x02 | u[64]&1}, u[1:33]...)
	}
	sum := blake2b.Sum256(append([]byte{b[0]}, pub...))
	scheme := suiSchemes[b[0]]
	redacted := "[Sui private key, " + scheme + "]"
	if strings.HasPrefix(raw, "suiprivkey1") {
		redacted = "suiprivkey1…" + redacted
	}
	return detect.Candidate{Rule: rule, Kind: detect.KindOtherPrivateKey, Start: s, End: e,
		Confidence: detect.ConfidenceHigh, Scheme: scheme,
		Secret: detect.NewSecret(detect.SecretSpec{Kind: detect.KindOtherPrivateKey, Raw: raw,
			Normalized: scheme + ":" + hex.EncodeToString(key), Redacted: redacted, Address: "0x" + hex.EncodeToString(sum[:])})}, true
}

// Sui finds the base64 Sui keys of a sui.keystore file, and the same
// form elsewhere under a name that says Sui key (SUI_PRIVATE_KEY=…,
// "suiSecretKey": "…").
type Sui struct{}

// NewSui returns the Sui keystore detector.
func NewSui() *Sui { return &Sui{} }

// ID implements detect.Detector.
func (*Sui) ID() string { return "sui-keystore" }

// Keywords implements detect.Detector: the keystore's name (a file's name
// is matched too) and the beginnings of Sui key names.
func (*Sui) Keywords() []string {
	return []string{"sui.keystore", "sui_", "suiprivate", "suisecret", "suikey"}
}

// suiB64Len is the length of a flag and a 32-byte key in base64.
const suiB64Len = 44

// Detect implements detect.Detector.
func (*Sui) Detect(_ context.Context, c *detect.Chunk) []detect.Candidate {
	data := c.Data
	base := lowerBase(c.Path)
	keystore := strings.Contains(base, "sui.keystore")
	var out []detect.Candidate
	// Every such key starts "A": the flag's first six bits are zero.
	for off := 0; off < len(data); {
		k := bytes.IndexByte(data[off:], 'A')
		if k < 0 {
			break
		}
		s := off + k
		e := s
		for e < len(data) && base64Char[data[e]] {
			e++
		}
		off = max(e, s+1) // a longer run is passed over whole
		if e-s != suiB64Len || s > 0 && base64Char[data[s-1]] || e < len(data) && data[e] == '=' {
			continue
		}
		if !keystore && !suiName(data, s) {
			continue
		}
		b, err := base64.StdEncoding.DecodeString(string(data[s:e]))
		if err != nil {
			continue
		}
		if cand, ok := suiKey(b, "sui-keystore-key", string(data[s:e]), s, e); ok {
			out = append(out, cand)
		}
	}
	return out
}

// base64Char is the standard base64 alphabet, without padding.
var base64Char = byteruns.Of(byteruns.Alnum + "+/")

// suiName reports whether the value at s is given a name that says Sui
// key: one with "sui" and "key", "secret" or "priv" in it.
func suiName(data []byte, s int) bool {
	ls, _ := lineBounds(data, s, s)
	name, _, _ := nearestName(data[ls:s])
	sq := string(squash([]byte(name)))
	return strings.Contains(sq, "sui") && (strings.Contains(sq, "key") || strings.Contains(sq, "secret") || strings.Contains(sq, "priv"))
}
