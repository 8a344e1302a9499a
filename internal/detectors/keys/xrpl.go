package keys

import (
	"context"
	"crypto/ed25519"
	"crypto/sha512"
	"encoding/binary"
	"encoding/hex"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/base58"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/byteruns"
)

// XRP Ledger family seeds (docs/formats.md §5.6; rippled's
// src/libxrpl/protocol/SecretKey.cpp and Seed.cpp, xrpl.js's
// ripple-keypairs) are base58 in the XRP Ledger's own alphabet, with the
// checksum of Bitcoin's base58check (4 bytes of double SHA-256): the
// version byte 0x21 and 16 bytes of entropy (29 characters, "s…") for a
// secp256k1 wallet, the three bytes 01 E1 4B and 16 bytes (31 characters,
// "sEd…") for an Ed25519 one. A random string passes once in 2^32.
const (
	xrplSeedVersion = 0x21
	xrplSeedLen     = 29
	xrplEdLen       = 31
)

// xrplAlphabet is the XRP Ledger's base58 alphabet: Bitcoin's 58
// characters in another order.
const xrplAlphabet = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"

// xrplToBitcoin maps each character of xrplAlphabet to Bitcoin's at the
// same place, so that btcutil's base58 decodes it.
var xrplToBitcoin = func() (t [256]byte) {
	const bitcoin = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
	for i := range len(xrplAlphabet) {
		t[xrplAlphabet[i]] = bitcoin[i]
	}
	return
}()

// xrplPublicSeeds are family seeds published as test data: those of
// rippled's Seed tests, made from passphrases ("masterpassphrase" is the
// genesis account of every new XRP Ledger network), and the SDKs'.
var xrplPublicSeeds = map[string]string{
	"snoPBrXtMeMyMHUVTgbuqAfg1SUTb": "XRP Ledger genesis account (masterpassphrase)",
	"snMKnVku798EnBwUfxeSD8953sLYA": "rippled Seed test vector",
	"sspUXGrmjQhq6mgc24jiRuevZiwKT": "rippled Seed test vector",
	// The fixtures of ripple-keypairs (xrpl.js test/fixtures/api.json),
	// also those of xrpl-py, xrpl4j and xrpl-rust.
	"sEdSKaCy2JT7JaM7v95H9SxkhP9wS2r": "ripple-keypairs test fixture",
	"sp5fghtJtpUorTwvof1NpDXAzNwf5":   "ripple-keypairs test fixture",
	// Examples in the documentation the npm packages ship.
	"ssZkdwURFMBXenJPbrpE14b6noJSu":   "example in the xrpl.js Wallet documentation",
	"sEdTM1uX8pu2do5XvTnutH6HsouMaM2": "example in the ripple-address-codec README",
	"sn259rEFXrQrWyx3Q7XneWcwV6dfL":   "example in the ripple-address-codec README",
	"sh1HiK7SwjS1VxFdXi7qeMHRedrYX":   "example in the @xrplf/secret-numbers README",
}

// XRPL finds XRP Ledger family seeds.
type XRPL struct{}

// NewXRPL returns the XRP Ledger family-seed detector.
func NewXRPL() *XRPL { return &XRPL{} }

// ID implements detect.Detector.
func (*XRPL) ID() string { return "xrpl-seed" }

// Keywords implements detect.Detector: a seed is named (xrpl.js names it
// seed, rippled's tools secret), or its text says XRP.
func (*XRPL) Keywords() []string {
	return []string{"xrp", "ripple", "secret", "seed", "wallet", "sign"}
}

// Detect implements detect.Detector.
func (*XRPL) Detect(ctx context.Context, c *detect.Chunk) []detect.Candidate {
	if c.Binary {
		return nil
	}
	data := c.Data
	var out []detect.Candidate
	byteruns.From(ctx).Each(data, &b58, xrplSeedLen, func(s, e int) bool {
		s = afterEscape(data, s)
		if n := e - s; n != xrplSeedLen && n != xrplEdLen || data[s] != 's' ||
			gluedBefore(data, s) || e < len(data) && alnum[data[e]] {
			return true
		}
		entropy, ed, ok := xrplDecode(data[s:e])
		if !ok || lowEntropy(hex.EncodeToString(entropy)) {
			return true
		}
		scheme, redacted := "secp256k1", "s…[XRP Ledger family seed, secp256k1]"
		if ed {
			scheme, redacted = "ed25519", "sEd…[XRP Ledger family seed, ed25519]"
		}
		cand := detect.Candidate{Rule: "xrpl-seed", Kind: detect.KindOtherPrivateKey, Start: s, End: e,
			Confidence: detect.ConfidenceHigh, Scheme: scheme, Network: "xrpl",
			Secret: detect.NewSecret(detect.SecretSpec{Kind: detect.KindOtherPrivateKey, Raw: string(data[s:e]),
				Normalized: "xrpl-" + scheme + ":" + hex.EncodeToString(entropy), Redacted: redacted,
				Address: xrplAddress(entropy, ed)})}
		if src, ok := xrplPublicSeeds[string(data[s:e])]; ok {
			cand.Public, cand.PublicSource = true, src
		}
		out = append(out, cand)
		return ctx.Err() == nil
	})
	return out
}

// xrplDecode returns the entropy of a family seed and whether it is an
// Ed25519 one, or false when s is not a family seed.
func xrplDecode(s []byte) (entropy []byte, ed, ok bool) {
	t := make([]byte, len(s))
	for i, c := range s {
		if t[i] = xrplToBitcoin[c]; t[i] == 0 {
			return nil, false, false
		}
	}
	raw := base58.Decode(string(t))
	var payload []byte
	switch {
	case len(raw) == 21 && raw[0] == xrplSeedVersion:
		payload = raw[:17]
	case len(raw) == 23 && raw[0] == 0x01 && raw[1] == 0xE1 && raw[2] == 0x4B:
		payload, ed = raw[:19], true
	default:
		return nil, false, false
	}
	if _, ok := checkedPayload(raw); !ok {
		return nil, false, false
	}
	return payload[len(payload)-16:], ed, true
}

// sha512Half is the first 32 bytes of SHA-512, the XRP Ledger's hash.
func sha512Half(parts ...[]byte) []byte {
	h := sha512.New()
	for _, p := range parts {
		h.Write(p)
	}
	return h.Sum(nil)[:32]
}

// xrplAddress returns the classic address ("r…") of the first account of
// a family seed (rippled's generateKeyPair): for Ed25519, the key is
// SHA-512Half of the entropy; for secp256k1, the root key is the first
// SHA-512Half of the entropy and a 32-bit counter that is a valid scalar,
// and the account's key adds to it the first SHA-512Half of the root's
// compressed public key, account 0 and a counter from 0. The
// address is base58check, in the XRP Ledger's alphabet, of 0 and the
// RIPEMD-160 of SHA-256 of the public key (Ed25519 keys prefixed ED).
func xrplAddress(entropy []byte, ed bool) string {
	var pub []byte
	if ed {
		key := ed25519.NewKeyFromSeed(sha512Half(entropy))
		pub = append([]byte{0xED}, key.Public().(ed25519.PublicKey)...)
	} else {
		root, ok := xrplScalar(entropy)
		if !ok {
			return ""
		}
		rootPub := btcec.PrivKeyFromScalar(&root).PubKey().SerializeCompressed()
		tweak, ok := xrplScalar(append(rootPub, 0, 0, 0, 0))
		if !ok {
			return ""
		}
		root.Add(&tweak)
		if root.IsZero() {
			return ""
		}
		pub = btcec.PrivKeyFromScalar(&root).PubKey().SerializeCompressed()
	}
	return toXRPLAlphabet(base58Check(append([]byte{0}, btcutil.Hash160(pub)...)))
}

// toXRPLAlphabet rewrites base58 text in the XRP Ledger's alphabet.
func toXRPLAlphabet(s string) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = bitcoinToXRPL[c]
	}
	return string(b)
}

// xrplScalar returns the first SHA-512Half of prefix and a big-endian
// 32-bit counter from 0 that is a valid secp256k1 scalar.
func xrplScalar(prefix []byte) (btcec.ModNScalar, bool) {
	var s btcec.ModNScalar
	for i := uint32(0); i < 16; i++ {
		h := sha512Half(prefix, binary.BigEndian.AppendUint32(nil, i))
		if overflow := s.SetByteSlice(h); !overflow && !s.IsZero() {
			return s, true
		}
	}
	return s, false // 16 misses in a row: never seen, one in 2^2000
}

// bitcoinToXRPL maps Bitcoin's base58 characters back to the XRP
// Ledger's.
var bitcoinToXRPL = func() (t [256]byte) {
	for i, c := range xrplToBitcoin {
		if c != 0 {
			t[c] = byte(i)
		}
	}
	return
}()
