package keys

import (
	"bytes"
	"context"
	"encoding/hex"
	"strings"

	"github.com/btcsuite/btcd/btcutil/bech32"
	"github.com/walletaudit/walletaudit/audit/detect"
)

// Cardano finds the signing keys cardano-cli writes (payment.skey,
// stake.skey, a pool's cold.skey): a "text envelope", JSON with the key's
// "type" and its CBOR in "cborHex", unencrypted. A signing key is a CBOR
// byte string of 32 bytes (an Ed25519 key: "5820…"), 64 (a VRF key) or
// 128 (an extended BIP32-Ed25519 key with its public key and chain code:
// "5880…"). Verification keys ("…VerificationKey…") are public.
type Cardano struct{}

// NewCardano returns the Cardano signing-key detector.
func NewCardano() *Cardano { return &Cardano{} }

// ID implements detect.Detector.
func (*Cardano) ID() string { return "cardano-signing-key" }

// Keywords implements detect.Detector: a text envelope's field, and the
// ends of the bech32 prefixes of CIP-5 secret keys (addr_sk1…,
// root_xsk1…, ed25519e_sk1…).
func (*Cardano) Keywords() []string { return []string{"cborhex", "_sk1", "_xsk1"} }

// maxEnvelope bounds how far before its "cborHex" an envelope's "type" is
// looked for.
const maxEnvelope = 512

// Detect implements detect.Detector.
func (*Cardano) Detect(_ context.Context, c *detect.Chunk) []detect.Candidate {
	return append(envelopeKeys(c.Data), bech32SecretKeys(c.Data)...)
}

// cardanoKey builds the candidate of a Cardano secret key: 32 bytes of
// Ed25519, or an extended BIP32-Ed25519 key (its first 64 bytes; a chain
// code or public key after them is no secret of its own).
func cardanoKey(key []byte, kind, raw string, s, e int) (detect.Candidate, bool) {
	scheme := "ed25519"
	switch len(key) {
	case 32:
	case 64, 96, 128:
		scheme = "ed25519-bip32"
		key = key[:64]
	default:
		return detect.Candidate{}, false
	}
	return cardanoCandidate(scheme, key, kind, raw, s, e)
}

// cardanoCandidate builds the candidate of the Cardano secret key of
// scheme written at [s, e), or false for a patterned key.
func cardanoCandidate(scheme string, key []byte, kind, raw string, s, e int) (detect.Candidate, bool) {
	if lowEntropy(hex.EncodeToString(key)) {
		return detect.Candidate{}, false
	}
	cand := detect.Candidate{Rule: "cardano-signing-key", Kind: detect.KindOtherPrivateKey, Start: s, End: e,
		Confidence: detect.ConfidenceHigh, Scheme: scheme,
		Details: map[string]string{"key_type": kind},
		Secret: detect.NewSecret(detect.SecretSpec{Kind: detect.KindOtherPrivateKey, Raw: raw,
			Normalized: scheme + ":" + hex.EncodeToString(key), Redacted: "[Cardano " + kind + "]"})}
	// A key a library's documentation prints (an extended key by its
	// first half, the scalar).
	if src, ok := docExampleKeys[scalarDigest(key[:32])]; ok {
		cand.Public, cand.PublicSource = true, src
	}
	return cand, true
}

// bech32SecretKeys finds CIP-5 secret keys: bech32 (no length limit) under
// a prefix ending "_sk" or "_xsk".
func bech32SecretKeys(data []byte) []detect.Candidate {
	var out []detect.Candidate
	for off := 0; off < len(data); {
		k := bytes.Index(data[off:], []byte("sk1"))
		if k < 0 {
			break
		}
		m := off + k // the "sk1"
		off = m + 3
		s := m
		for s > 0 && (data[s-1] >= 'a' && data[s-1] <= 'z' || data[s-1] >= '0' && data[s-1] <= '9' || data[s-1] == '_') && m-s < 16 {
			s--
		}
		hrp := string(data[s : m+2])
		if !strings.HasSuffix(hrp, "_sk") && !strings.HasSuffix(hrp, "_xsk") || s > 0 && isVarByte(data[s-1]) {
			continue
		}
		e := m + 3
		for e < len(data) && bech32Char[data[e]] && e-s < 400 {
			e++
		}
		name, five, err := bech32.DecodeNoLimit(string(data[s:e]))
		if err != nil || name != hrp {
			continue
		}
		key, err := bech32.ConvertBits(five, 5, 8, false)
		if err != nil {
			continue
		}
		if cand, ok := cardanoKey(key, hrp, string(data[s:e]), s, e); ok {
			out = append(out, cand)
			off = e
		}
	}
	return out
}

// envelopeKeys finds the signing keys of cardano-cli text envelopes.
func envelopeKeys(data []byte) []detect.Candidate {
	var out []detect.Candidate
	for off := 0; ; {
		k := bytes.Index(data[off:], []byte(`"cborHex"`))
		if k < 0 {
			return out
		}
		at := off + k
		off = at + len(`"cborHex"`)
		s, e, ok := jsonStringAfter(data, off)
		if !ok {
			continue
		}
		kind, ok := envelopeType(data[max(0, at-maxEnvelope):at])
		if !ok || !strings.Contains(kind, "SigningKey") {
			continue
		}
		raw := data[s:e]
		if len(raw) < 4 || len(raw)%2 != 0 {
			continue
		}
		b := make([]byte, len(raw)/2)
		if _, err := hex.Decode(b, raw); err != nil {
			continue
		}
		// A CBOR byte string with a one-byte length (major type 2,
		// additional information 24).
		if b[0] != 0x58 || int(b[1]) != len(b)-2 {
			continue
		}
		key := b[2:]
		var cand detect.Candidate
		ok = false
		switch {
		case len(key) == 64 && strings.HasPrefix(kind, "Vrf"):
			// A VRF key (a pool's): 64 bytes, no extended key.
			cand, ok = cardanoCandidate("vrf", key, kind, string(raw), s, e)
		case len(key) == 32 || len(key) == 128:
			cand, ok = cardanoKey(key, kind, string(raw), s, e)
		}
		if ok {
			out = append(out, cand)
			off = e
		}
	}
}

// jsonStringAfter finds, after a key at data[off:], its ':' and the
// string value that follows, and returns the value's span (without the
// quotes).
func jsonStringAfter(data []byte, off int) (int, int, bool) {
	i := off
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n') {
		i++
	}
	if i >= len(data) || data[i] != ':' {
		return 0, 0, false
	}
	i++
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n') {
		i++
	}
	if i >= len(data) || data[i] != '"' {
		return 0, 0, false
	}
	s := i + 1
	e := bytes.IndexByte(data[s:], '"')
	if e < 0 {
		return 0, 0, false
	}
	return s, s + e, true
}

// envelopeType returns the value of the last "type" key in before (the
// text of the envelope before its "cborHex").
func envelopeType(before []byte) (string, bool) {
	k := bytes.LastIndex(before, []byte(`"type"`))
	if k < 0 {
		return "", false
	}
	s, e, ok := jsonStringAfter(before, k+len(`"type"`))
	if !ok || e-s > 80 {
		return "", false
	}
	// Key types are names ("KesSigningKey_ed25519_kes_2^6"); the value is
	// shown in findings, so nothing else passes.
	for _, c := range before[s:e] {
		if !isVarByte(c) && c != '^' && c != '-' {
			return "", false
		}
	}
	return string(before[s:e]), true
}
