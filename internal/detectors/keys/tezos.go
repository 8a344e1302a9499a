package keys

import (
	"bytes"
	"context"
	"crypto/ecdh"
	"crypto/ed25519"
	"encoding/hex"
	"slices"

	"github.com/btcsuite/btcd/btcutil/base58"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/byteruns"
	"golang.org/x/crypto/blake2b"
)

// Tezos secret keys (docs/formats.md §6; the prefixes of Octez's
// src/lib_crypto/base58.ml) are base58check, Bitcoin's alphabet and
// checksum, of a prefix and the key: "edsk" and 32 bytes (54 characters,
// an Ed25519 seed) or 64 (98 characters, the seed and its public key),
// "spsk" and a secp256k1 scalar, "p2sk" and a P-256 scalar (54 each).
// The account ("tz1", "tz2", "tz3") is the base58check of its own prefix
// and the 20-byte BLAKE2b of the public key (compressed for the two
// curves).
var tezosKinds = []struct {
	text   string // how the key starts
	prefix []byte
	size   int // bytes of key after the prefix
	scheme string
}{
	{"edsk", []byte{0x0d, 0x0f, 0x3a, 0x07}, 32, "ed25519"},
	{"edsk", []byte{0x2b, 0xf6, 0x4e, 0x07}, 64, "ed25519"},
	{"spsk", []byte{0x11, 0xa2, 0xe0, 0xc9}, 32, "secp256k1"},
	{"p2sk", []byte{0x10, 0x51, 0xee, 0xbd}, 32, "p256"},
}

// The lengths of a key of 32 bytes and of an Ed25519 key of 64.
const (
	tezosShortLen = 54
	tezosLongLen  = 98
)

// Account prefixes: tz1, tz2, tz3.
var (
	tezosTZ1 = []byte{0x06, 0xa1, 0x9f}
	tezosTZ2 = []byte{0x06, 0xa1, 0xa1}
	tezosTZ3 = []byte{0x06, 0xa1, 0xa4}
)

// tezosPublic are the keys of the bootstrap accounts of Octez's sandbox
// (src/bin_client/test/ and the Flextesa and Taquito sandboxes print the
// same): anyone's local test network.
var tezosPublic = map[string]string{
	"edsk3gUfUPyBSfrS9CCgmCiQsTCHGkviBDusMxDJstFtojtc1zcpsh": "Tezos sandbox bootstrap1 key",
	"edsk39qAm1fiMjgmPkw1EgQYkMzkJezLNewd7PLNHTkr6w9XA2zdfo": "Tezos sandbox bootstrap2 key",
	"edsk4ArLQgBTLWG5FJmnGnT689VKoqhXwmDPBuGx3z4cvwU9MmrPZZ": "Tezos sandbox bootstrap3 key",
	"edsk2uqQB9AY4FvioK2YMdfmyMrer5R8mGFyuaLLFfSRo8EoyNdht3": "Tezos sandbox bootstrap4 key",
	// Taquito's InMemorySigner tests, copied by wallets' tests (Temple).
	"spsk2rBDDeUqakQ42nBHDGQTtP3GErb6AahHPwF9bhca3Q5KA5HESE": "Taquito InMemorySigner test key",
}

// Tezos finds Tezos secret keys.
type Tezos struct{}

// NewTezos returns the Tezos secret-key detector.
func NewTezos() *Tezos { return &Tezos{} }

// ID implements detect.Detector.
func (*Tezos) ID() string { return "tezos-secret-key" }

// Keywords implements detect.Detector: the keys' own prefixes.
func (*Tezos) Keywords() []string { return []string{"edsk", "spsk", "p2sk"} }

// Detect implements detect.Detector.
func (*Tezos) Detect(ctx context.Context, c *detect.Chunk) []detect.Candidate {
	data := c.Data
	var out []detect.Candidate
	// The keys are runs of 54 or 98 base58 characters (the chunk's
	// index of long runs holds them) that begin with their prefix.
	byteruns.From(ctx).Each(data, &b58, tezosShortLen, func(s, e int) bool {
		s = afterEscape(data, s)
		if n := e - s; n != tezosShortLen && n != tezosLongLen ||
			gluedBefore(data, s) || e < len(data) && alnum[data[e]] {
			return true
		}
		if start := string(data[s : s+4]); start == "edsk" || start == "spsk" || start == "p2sk" {
			if cand, ok := tezosKey(data, s, e, start); ok {
				out = append(out, cand)
			}
		}
		return ctx.Err() == nil
	})
	return out
}

// tezosKey validates data[s:e] as a Tezos secret key written as start.
func tezosKey(data []byte, s, e int, start string) (detect.Candidate, bool) {
	raw := base58.Decode(string(data[s:e]))
	for _, kind := range tezosKinds {
		n := len(kind.prefix) + kind.size
		if _, ok := checkedPayload(raw); kind.text != start || len(raw) != n+4 || !bytes.HasPrefix(raw, kind.prefix) || !ok {
			continue
		}
		key := raw[len(kind.prefix):n]
		secret, addr := key[:32], ""
		switch kind.scheme {
		case "ed25519":
			pub := ed25519.NewKeyFromSeed(secret).Public().(ed25519.PublicKey)
			if kind.size == 64 && !bytes.Equal(pub, key[32:]) {
				return detect.Candidate{}, false
			}
			addr = tezosAccount(tezosTZ1, pub)
		case "secp256k1":
			if !validScalar(secret) {
				return detect.Candidate{}, false
			}
			addr = tezosAccount(tezosTZ2, compressedPub(secret))
		case "p256":
			priv, err := ecdh.P256().NewPrivateKey(secret) // refuses 0 and the order or more
			if err != nil {
				return detect.Candidate{}, false
			}
			u := priv.PublicKey().Bytes() // 04, X, Y
			addr = tezosAccount(tezosTZ3, append([]byte{2 | u[64]&1}, u[1:33]...))
		}
		if lowEntropy(hex.EncodeToString(secret)) {
			return detect.Candidate{}, false
		}
		cand := detect.Candidate{Rule: "tezos-secret-key", Kind: detect.KindOtherPrivateKey, Start: s, End: e,
			Confidence: detect.ConfidenceHigh, Scheme: kind.scheme, Network: "tezos",
			Secret: detect.NewSecret(detect.SecretSpec{Kind: detect.KindOtherPrivateKey, Raw: string(data[s:e]),
				Normalized: kind.scheme + ":" + hex.EncodeToString(secret), Redacted: start + "…[Tezos secret key]",
				Address: addr})}
		if src, ok := tezosPublic[string(data[s:e])]; ok {
			cand.Public, cand.PublicSource = true, src
		}
		return cand, true
	}
	return detect.Candidate{}, false
}

// tezosAccount is the account address of a public key under prefix.
func tezosAccount(prefix, pub []byte) string {
	h, _ := blake2b.New(20, nil)
	h.Write(pub)
	return base58Check(slices.Concat(prefix, h.Sum(nil)))
}
