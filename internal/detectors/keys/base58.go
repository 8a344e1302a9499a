package keys

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/base58"
	"github.com/btcsuite/btcd/btcutil/hdkeychain"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/byteruns"
)

// Base58 finds WIF keys, BIP-32 extended private keys (also inside output
// descriptors), Solana base58 secret keys and Casascius mini private keys:
// every run of base58 characters of a fitting length is decoded and
// validated.
type Base58 struct{}

// NewBase58 returns the base58 detector.
func NewBase58() *Base58 { return &Base58{} }

// ID implements detect.Detector.
func (*Base58) ID() string { return "base58-keys" }

// Keywords returns nil: WIF keys have no fixed prefix. The scan itself is
// a cheap byte-class pass.
func (*Base58) Keywords() []string { return nil }

var b58 = byteruns.Of(byteruns.Base58)

// alnum marks bytes that glue to a base58 run (a run inside a longer
// identifier is not a key).
var alnum = byteruns.Of(byteruns.Alnum + "_")

// escapedBreak reports whether data[s-2:s] is the escape of a line break
// or a tab (\n, \r, \t) in a JSON or C string: a key after it starts a
// line of the string's text, and is not glued to the letter.
func escapedBreak(data []byte, s int) bool {
	return s >= 2 && data[s-2] == '\\' && (data[s-1] == 'n' || data[s-1] == 'r' || data[s-1] == 't') && (s < 3 || data[s-3] != '\\')
}

// gluedBefore reports whether the byte before data[s] glues a run there
// to a longer word: a letter, a digit or '_', but not the letter of an
// escaped line break or tab.
func gluedBefore(data []byte, s int) bool {
	return s > 0 && alnum[data[s-1]] && !escapedBreak(data, s)
}

// afterEscape returns where a run of base58 characters (which hold n, r
// and t) that starts at i really starts: past the letter of an escaped
// line break or tab ("\nL…" in a JSON string).
func afterEscape(data []byte, i int) int {
	if escapedBreak(data, i+1) {
		return i + 1
	}
	return i
}

// Detect implements detect.Detector.
func (d *Base58) Detect(ctx context.Context, c *detect.Chunk) []detect.Candidate {
	data := c.Data
	var out []detect.Candidate
	// Whether the chunk is a Bitcoin Core wallet dump is asked only
	// when a valid key is found: most chunks hold none.
	dump := 0 // 0 not asked yet, 1 no, 2 yes
	isDump := func() bool {
		if dump == 0 {
			dump = 1
			if bytes.Contains(data, []byte("# Wallet dump created by")) {
				dump = 2
			}
		}
		return dump == 2
	}
	// The shortest form looked for is a mini private key (30
	// characters).
	byteruns.From(ctx).Each(data, &b58, 30, func(i, j int) bool {
		i = afterEscape(data, i)
		n := j - i
		glued := gluedBefore(data, i) || (j < len(data) && alnum[data[j]])
		found := len(out)
		if !glued {
			switch {
			case n == 51 || n == 52:
				if cand, ok := wif(data, i, j, isDump); ok {
					out = append(out, cand)
				}
			case n == 111 || n == 112:
				if cand, ok := xprv(data, i, j); ok {
					out = append(out, cand)
				}
			case n == 87 || n == 88:
				if cand, ok := solanaBase58(data, i, j); ok {
					out = append(out, cand)
				}
			case n == 30 && data[i] == 'S':
				if cand, ok := minikey(data, i, j); ok {
					out = append(out, cand)
				}
			case n == 43 || n == 44:
				if cand, ok := rawBase58Key(data, i, j); ok {
					out = append(out, cand)
				}
			}
		}
		if len(out) == found && n >= 112 {
			if cand, ok := gluedExtended(data, i, j); ok {
				out = append(out, cand)
			}
		}
		if len(out) == found && (c.Binary || i > 0 && serialAt(data, i-1, false)) && !(j < len(data) && alnum[data[j]]) {
			// In binary data a length prefix, or the end of the value
			// before it ("…2017" in a SQLite row), may start the run;
			// in text, a length prefix after a serialiser's type byte
			// (a small protobuf file reads as text; Python's marshal
			// writes 0xDA, no UTF-8 character's, before a short
			// string's length in a .pyc that holds UTF-8 text).
			if cand, ok := afterLengthByte(data, i, j, isDump); ok {
				out = append(out, cand)
			}
		}
		return ctx.Err() == nil
	})
	if !c.Binary {
		out = append(out, splitKeys(data, isDump)...)
	}
	return out
}

// afterLengthByte finds a WIF or an extended key whose run in binary data
// starts with up to maxGlued bytes that are not its own: a length
// prefix that happens to be a base58 character (protobuf's "4" before a
// 52-character WIF, "o" before a 111-character xprv), or the end of the
// value before it (a SQLite row's "…2017" before its WIF); and may end
// with up to maxGlued more, the type byte of the value after it (Python
// marshal's "u" before a string: "3" + WIF + "u" in a .pyc). The
// checksum decides which part is the key.
//
// Before the key, the bytes glued may be more: CBOR writes a text of 24
// to 255 bytes after "x" and its length ("xo" before a 111-character
// tprv), right after the map's key ("expriv"), all base58 characters. So
// a key that ends the run is looked for at each length it may have.
func afterLengthByte(data []byte, i, j int, dump func() bool) (detect.Candidate, bool) {
	for t := 0; t <= maxGlued; t++ {
		for _, n := range [...]int{51, 52, 111, 112} {
			k := j - t - n
			if k < i || k == i && t == 0 {
				continue
			}
			var cand detect.Candidate
			ok := false
			if n < 100 {
				cand, ok = wif(data, k, j-t, dump)
			} else {
				cand, ok = xprv(data, k, j-t)
			}
			if ok {
				return cand, true
			}
		}
	}
	return detect.Candidate{}, false
}

// gluedExtended finds an extended private key at the end of a longer
// run, behind characters not its own (a serialiser's length byte and the
// name before it, text glued to it), and up to maxGlued bytes before the
// run's end: its version prefix marks where it may start, its checksum
// decides.
func gluedExtended(data []byte, i, j int) (detect.Candidate, bool) {
	for t := 0; t <= maxGlued; t++ {
		for _, n := range [...]int{111, 112} {
			k := j - t - n
			if k <= i || !extendedPrefix(data[k:k+4]) {
				continue
			}
			if cand, ok := xprv(data, k, j-t); ok {
				return cand, true
			}
		}
	}
	return detect.Candidate{}, false
}

// extendedPrefix reports whether p is the prefix of an extended private
// key's version (extendedVersions).
func extendedPrefix(p []byte) bool {
	for _, v := range extendedVersions {
		if string(p) == v.prefix {
			return true
		}
	}
	return false
}

// maxGlued is how many bytes before a key in binary data afterLengthByte
// drops.
const maxGlued = 3

// altcoinWIF maps the WIF version bytes of Bitcoin-derived coins (their
// chainparams' SECRET_KEY prefix) to the coin. Coins that share Bitcoin's
// 0x80 and 0xef (Bitcoin Cash, Zcash, Vertcoin, …) are reported as
// Bitcoin keys, which they also are.
var altcoinWIF = map[byte]string{
	0xb0: "litecoin", // also Monacoin
	0x9e: "dogecoin",
	0xf1: "dogecoin-testnet",
	0xcc: "dash",
	0xb7: "peercoin",
	0xb4: "namecoin",
	0xbd: "reddcoin",
	0x8e: "feathercoin",
}

// wif validates a Wallet Import Format key (docs/formats.md §5.1).
// dump reports whether data is a Bitcoin Core wallet dump.
func wif(data []byte, i, j int, dump func() bool) (detect.Candidate, bool) {
	s := string(data[i:j])
	raw := base58.Decode(s)
	if len(raw) != 37 && len(raw) != 38 {
		return detect.Candidate{}, false
	}
	payload, ok := checkedPayload(raw)
	if !ok {
		return detect.Candidate{}, false
	}
	version, key := payload[0], payload[1:33]
	compressed := len(payload) == 34
	if compressed && payload[33] != 0x01 {
		return detect.Candidate{}, false
	}
	if !validScalar(key) {
		return detect.Candidate{}, false
	}
	cand := detect.Candidate{
		Rule: "wif", Kind: detect.KindWIF, Start: i, End: j, Confidence: detect.ConfidenceHigh, Scheme: "secp256k1",
		Details: map[string]string{"compressed": fmt.Sprint(compressed)},
	}
	norm := "secp256k1:" + hex.EncodeToString(key)
	switch version {
	case 0x80:
		cand.Network = "mainnet"
		cand.Secret = detect.NewSecret(detect.SecretSpec{Kind: detect.KindWIF, Raw: s, Normalized: norm, Redacted: "[WIF private key, mainnet]", Address: btcAddress(key, compressed, &chaincfg.MainNetParams)})
	case 0xef:
		cand.Network = "testnet"
		cand.Secret = detect.NewSecret(detect.SecretSpec{Kind: detect.KindWIF, Raw: s, Normalized: norm, Redacted: "[WIF private key, testnet]", Address: btcAddress(key, compressed, &chaincfg.TestNet3Params)})
	default:
		// Altcoins use their own version byte. Only known ones count:
		// other versions with a valid checksum are what test suites use
		// as invalid keys (Bitcoin Core's base58_keys_invalid.json).
		coin, ok := altcoinWIF[version]
		if !ok {
			return detect.Candidate{}, false
		}
		cand.Rule, cand.Kind = "wif-altcoin", detect.KindOtherPrivateKey
		cand.Network = coin
		cand.Details["version"] = fmt.Sprintf("0x%02x", version)
		cand.Secret = detect.NewSecret(detect.SecretSpec{Kind: detect.KindOtherPrivateKey, Raw: s, Normalized: norm, Redacted: fmt.Sprintf("[WIF private key, version 0x%02x]", version)})
	}
	if dump() {
		cand.Details["source"] = "bitcoin core dumpwallet"
	}
	if w := weakKey(key); w != "" {
		cand.Weakness = w
	}
	if src, ok := publicScalar(key); ok {
		cand.Public, cand.PublicSource = true, src
	}
	return cand, true
}

// extendedVersions maps BIP-32/SLIP-132 private versions to their prefix
// and network (docs/formats.md §5.2).
var extendedVersions = map[uint32]struct{ prefix, network string }{
	0x0488ADE4: {"xprv", "mainnet"}, 0x049D7878: {"yprv", "mainnet"}, 0x04B2430C: {"zprv", "mainnet"},
	0x0295B005: {"Yprv", "mainnet"}, 0x02AA7A99: {"Zprv", "mainnet"},
	0x04358394: {"tprv", "testnet"}, 0x044A4E28: {"uprv", "testnet"}, 0x024285B5: {"Uprv", "testnet"},
	0x045F18BC: {"vprv", "testnet"}, 0x02575048: {"Vprv", "testnet"},
	0x019D9CFE: {"Ltpv", "mainnet"}, 0x01B26792: {"Mtpv", "mainnet"},
}

// xprv validates an extended private key and, when it sits in an output
// descriptor, the descriptor's checksum.
func xprv(data []byte, i, j int) (detect.Candidate, bool) {
	s := string(data[i:j])
	raw := base58.Decode(s)
	if _, ok := checkedPayload(raw); len(raw) != 82 || !ok {
		return detect.Candidate{}, false
	}
	version := binary.BigEndian.Uint32(raw[:4])
	v, ok := extendedVersions[version]
	if !ok {
		return detect.Candidate{}, false // public or unknown: never a finding
	}
	depth, parent, child := raw[4], binary.BigEndian.Uint32(raw[5:9]), binary.BigEndian.Uint32(raw[9:13])
	if raw[45] != 0 || !validScalar(raw[46:78]) {
		return detect.Candidate{}, false
	}
	if depth == 0 && (parent != 0 || child != 0) {
		return detect.Candidate{}, false
	}
	details := map[string]string{"version": v.prefix, "depth": fmt.Sprint(depth)}
	rule := "bip32-xprv"
	if desc, cs, ok := enclosingDescriptor(data, i, j); ok {
		rule = "output-descriptor-xprv"
		switch {
		case cs == "":
			details["descriptor_checksum"] = "absent"
		case descriptorChecksum(desc) == cs:
			details["descriptor_checksum"] = "valid"
		default:
			details["descriptor_checksum"] = "invalid"
		}
	}
	fp := ""
	if k, err := hdkeychain.NewKeyFromString(s); err == nil {
		if pub, err := k.ECPubKey(); err == nil {
			fp = "bip32-fingerprint:" + hex.EncodeToString(btcutil.Hash160(pub.SerializeCompressed())[:4])
		}
	} else {
		// hdkeychain knows only some versions; derive the fingerprint
		// from the key itself.
		fp = "bip32-fingerprint:" + hex.EncodeToString(btcutil.Hash160(compressedPub(raw[46:78]))[:4])
	}
	if fp == "bip32-fingerprint:" {
		fp = ""
	}
	norm := hex.EncodeToString(raw[4:78]) // the same key under any version prefix
	src, public := publicExtendedBody(norm)
	if !public {
		src, public = publicScalar(raw[46:78])
	}
	return detect.Candidate{
		Public: public, PublicSource: src,
		Rule: rule, Kind: detect.KindExtendedPrivateKey, Start: i, End: j, Confidence: detect.ConfidenceHigh,
		Network: v.network, Scheme: "bip32", Details: details,
		Secret: detect.NewSecret(detect.SecretSpec{Kind: detect.KindExtendedPrivateKey, Raw: s, Normalized: norm, Redacted: fmt.Sprintf("%s…[extended private key, depth %d]", v.prefix, depth), Address: fp}),
	}, true
}

// hasAnyFold reports whether b holds one of words (lower case) in any
// case.
func hasAnyFold(b []byte, words []string) bool {
	low := bytes.ToLower(b)
	for _, w := range words {
		if bytes.Contains(low, []byte(w)) {
			return true
		}
	}
	return false
}

// minikeyWords are words that, near a mini private key, say what it is.
var minikeyWords = []string{"minikey", "mini key", "mini private key", "mini-key", "casascius", "physical bitcoin"}

// minikey validates a mini private key (docs/formats.md §5.4): "S" and 29
// base58 characters whose SHA-256 with "?" appended starts with a zero
// byte; the key is the SHA-256 of the 30 characters, its address the
// uncompressed one. The check passes one string in 256, so the
// confidence is high only with a word that names the format within the
// line or the one before, or in the header line of a table (a CSV
// column named "minikey"); a string without a digit (an identifier; a
// random key lacks one about once in 130) is read only with such a word.
func minikey(data []byte, i, j int) (detect.Candidate, bool) {
	s := data[i:j]
	check := sha256.Sum256(append(append(make([]byte, 0, 31), s...), '?'))
	if check[0] != 0 {
		return detect.Candidate{}, false
	}
	key := sha256.Sum256(s)
	if !validScalar(key[:]) {
		return detect.Candidate{}, false
	}
	ls, le := lineBounds(data, i, j)
	if p := prevLineStart(data, ls); p >= 0 {
		ls = p
	}
	named := hasAnyFold(data[ls:le], minikeyWords)
	if !named {
		if he := bytes.IndexByte(data, '\n'); he > 0 && he < ls && bytes.ContainsAny(data[:he], ",;\t") {
			named = hasAnyFold(data[:he], minikeyWords) // the table's header
		}
	}
	if !named && !bytes.ContainsAny(s, "123456789") {
		return detect.Candidate{}, false
	}
	conf := detect.ConfidenceMedium
	if named {
		conf = detect.ConfidenceHigh
	}
	cand := detect.Candidate{
		Rule: "bitcoin-minikey", Kind: detect.KindWIF, Start: i, End: j, Confidence: conf, Scheme: "secp256k1",
		Network: "mainnet", Details: map[string]string{"compressed": "false", "format": "mini private key (Casascius)"},
		Secret: detect.NewSecret(detect.SecretSpec{Kind: detect.KindWIF, Raw: string(s), Normalized: "secp256k1:" + hex.EncodeToString(key[:]), Redacted: "S…[mini private key]", Address: btcAddress(key[:], false, &chaincfg.MainNetParams)}),
	}
	if w := weakKey(key[:]); w != "" {
		cand.Weakness = w
	}
	if src, ok := publicScalar(key[:]); ok {
		cand.Public, cand.PublicSource = true, src
	}
	return cand, true
}

// solanaBase58 validates a 64-byte base58 Solana (or NEAR) secret key:
// the last 32 bytes must be the Ed25519 public key of the first 32.
func solanaBase58(data []byte, i, j int) (detect.Candidate, bool) {
	s := string(data[i:j])
	raw := base58.Decode(s)
	if len(raw) != 64 || !solanaPair(raw) {
		return detect.Candidate{}, false
	}
	rule, redacted, addr := "solana-private-key", "[Solana secret key, base58]", base58.Encode(raw[32:])
	if i >= 8 && string(data[i-8:i]) == "ed25519:" {
		// NEAR writes the same 64 bytes after its curve's name
		// (~/.near-credentials/<network>/<account>.json); an implicit
		// account is named by the public key's hex.
		rule, redacted, addr = "near-private-key", "ed25519:…[NEAR secret key]", hex.EncodeToString(raw[32:])
	}
	return detect.Candidate{
		Rule: rule, Kind: detect.KindOtherPrivateKey, Start: i, End: j, Confidence: detect.ConfidenceHigh,
		Scheme: "ed25519",
		Secret: detect.NewSecret(detect.SecretSpec{Kind: detect.KindOtherPrivateKey, Raw: s, Normalized: "ed25519:" + hex.EncodeToString(raw[:32]), Redacted: redacted, Address: addr}),
	}, true
}

func solanaPair(raw []byte) bool {
	pub := ed25519.NewKeyFromSeed(raw[:32]).Public().(ed25519.PublicKey)
	return bytes.Equal(pub, raw[32:64])
}

// rawKeyReach is how far around a base58 value rawBase58Key looks for
// the address of its key, in bytes each way.
const rawKeyReach = 512

// rawBase58Key reads data[i:j] as a private key's 32 bytes in plain
// base58, without a version or a checksum, as blockchain.info's legacy
// wallets kept them ({"addr": "1…", "priv": "<base58>"}): only where
// the key's own Bitcoin address (P2PKH, compressed or not) stands within
// rawKeyReach bytes, which proves the reading.
func rawBase58Key(data []byte, i, j int) (detect.Candidate, bool) {
	key := base58.Decode(string(data[i:j]))
	if len(key) != 32 || !validScalar(key) {
		return detect.Candidate{}, false
	}
	near := data[max(0, i-rawKeyReach):min(len(data), j+rawKeyReach)]
	if byteruns.IndexFold(near, "addr") < 0 {
		// Most such values are Solana's addresses, 32 bytes too: the
		// key's point is worked out only where an address is named.
		return detect.Candidate{}, false
	}
	_, pub := btcec.PrivKeyFromBytes(key)
	for _, ser := range [][]byte{pub.SerializeCompressed(), pub.SerializeUncompressed()} {
		a, err := btcutil.NewAddressPubKeyHash(btcutil.Hash160(ser), &chaincfg.MainNetParams)
		if err != nil || !bytes.Contains(near, []byte(a.EncodeAddress())) {
			continue
		}
		cand := detect.Candidate{Rule: "base58-private-key", Kind: detect.KindRawPrivateKey, Start: i, End: j, Confidence: detect.ConfidenceHigh,
			Scheme:  "secp256k1",
			Details: map[string]string{"context": "its address beside it (a blockchain.info wallet's priv and addr)"},
			Secret:  detect.NewSecret(detect.SecretSpec{Kind: detect.KindRawPrivateKey, Raw: string(data[i:j]), Normalized: hex.EncodeToString(key), Redacted: "[base58 private key, 32 bytes]", Address: a.EncodeAddress()})}
		if src, ok := publicScalar(key); ok {
			cand.Public, cand.PublicSource = true, src
		}
		return cand, true
	}
	return detect.Candidate{}, false
}
