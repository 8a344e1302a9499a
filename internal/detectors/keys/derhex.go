package keys

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"strings"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil/base58"
	"github.com/walletaudit/walletaudit/audit/detect"
)

// PKCS#8 private keys written as the hex of their DER (docs/formats.md
// §6): the form the Hedera SDKs print and read (PrivateKey.toStringDer,
// fromStringDer) and that Hedera's portal and local node hand out. The
// structure before the key names its curve, so the key is one whatever
// the text around it says.
var derKeyPrefixes = []struct {
	prefix string // lower-case hex of the DER before the 32-byte key
	scheme string
}{
	// SEQUENCE { INTEGER 0, SEQUENCE { OID 1.3.101.112 }, OCTET STRING { OCTET STRING (32) } }
	{"302e020100300506032b657004220420", "ed25519"},
	// SEQUENCE { INTEGER 0, SEQUENCE { OID 1.3.132.0.10 }, OCTET STRING { OCTET STRING (32) } }
	{"3030020100300706052b8104000a04220420", "secp256k1"},
}

// publicDERKeys are DER keys published as development defaults.
var publicDERKeys = map[string]string{
	// The genesis account 0.0.2 of Hedera's local node and Solo networks.
	"302e020100300506032b65700422042091132178e72057a1d7528025956fe39b0b847f200ab59b2fdd367017f3087137": "Hedera local node operator key (account 0.0.2)",
	// The example of RFC 8410, section 7 (Go's crypto/x509 tests hold it).
	"302e020100300506032b657004220420d4ee72dbf913584ad5b6d8f1f769f8ad3afe7c28cbf1d4fbe097a88f44755842": "RFC 8410 example key",
}

// publicEd25519Seeds are Ed25519 seeds published as test vectors: RFC
// 8032's (section 7.1, tests 1 and 2; 7.2, the context test; 7.3, the
// prehash test, whose seed is also 7.1's SHA(abc) test's), which test
// suites everywhere hold, and the test key of Go's TLS package.
var publicEd25519Seeds = map[string]string{
	"9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60": "RFC 8032 test vector",
	"4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb": "RFC 8032 test vector",
	"0305334e381af78f141cb666f6199f57bc3495335a256a95bd2a55bf546663f6": "RFC 8032 test vector",
	"833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42": "RFC 8032 test vector",
	// The Ed25519 key of Go's crypto/tls tests (testEd25519PrivateKey in
	// handshake_test.go), in every Go installation's sources.
	"3a884965e76b3f55e5faf9615458a92354894234de3ec9f684d46d55cebf3dc6": "Go crypto/tls test key",
}

// derKey judges the hex run data[s:e] (96 or 100 digits) as a PKCS#8 DER
// private key.
func (sc *hexScan) derKey(s, e int) (detect.Candidate, bool) {
	data := sc.c.Data
	start, ok := sc.runStart(s, e)
	if !ok {
		return detect.Candidate{}, false
	}
	lower := strings.ToLower(string(data[s:e]))
	for _, p := range derKeyPrefixes {
		if len(lower) != len(p.prefix)+64 || !strings.HasPrefix(lower, p.prefix) {
			continue
		}
		keyHex := lower[len(p.prefix):]
		if lowEntropy(keyHex) {
			return detect.Candidate{}, false
		}
		key, _ := hex.DecodeString(keyHex)
		cand := detect.Candidate{Rule: "der-hex-private-key", Start: start, End: e, Confidence: detect.ConfidenceHigh, Scheme: p.scheme}
		switch p.scheme {
		case "ed25519":
			pub := ed25519.NewKeyFromSeed(key).Public().(ed25519.PublicKey)
			cand.Kind = detect.KindOtherPrivateKey
			cand.Secret = detect.NewSecret(detect.SecretSpec{Kind: detect.KindOtherPrivateKey, Raw: string(data[start:e]),
				Normalized: "ed25519:" + keyHex, Redacted: "302e…[Ed25519 private key, DER hex]", Address: base58.Encode(pub)})
			if src, ok := publicEd25519Seeds[keyHex]; ok {
				cand.Public, cand.PublicSource = true, src
			}
		case "secp256k1":
			if !validScalar(key) {
				return detect.Candidate{}, false
			}
			// The key of a 64-hex finding, with its fingerprint and
			// Ethereum (and Hedera EVM) address.
			cand.Kind = detect.KindRawPrivateKey
			cand.Secret = detect.NewSecret(detect.SecretSpec{Kind: detect.KindRawPrivateKey, Raw: string(data[start:e]),
				Normalized: keyHex, Redacted: "3030…[secp256k1 private key, DER hex]", Address: sc.address(key)})
			if src, ok := isPublicHex(keyHex); ok {
				cand.Public, cand.PublicSource = true, src
			}
		}
		if src, ok := publicDERKeys[lower]; ok {
			cand.Public, cand.PublicSource = true, src
		}
		return cand, true
	}
	return sc.ecDERKey(start, s, e)
}

// ecDERKey judges the hex run data[s:e] (start: where the value starts,
// a 0x included) as the DER of a secp256k1 private key in either of the
// forms OpenSSL writes (docs/formats.md §6): SEC1's ECPrivateKey
// (SEQUENCE { INTEGER 1, OCTET STRING key, [0] OID 1.3.132.0.10, [1]
// public key }, "openssl ec -outform DER") or PKCS#8 around it ("openssl
// pkcs8 -topk8 -nocrypt"). The outer length must be the run's, the curve's
// OID must be there, and a public key written after the key must be the
// key's.
func (sc *hexScan) ecDERKey(start, s, e int) (detect.Candidate, bool) {
	data := sc.c.Data
	if (e-s)%2 != 0 || e-s < 96 || e-s > 2*maxECDER || data[s] != '3' || data[s+1] != '0' {
		return detect.Candidate{}, false
	}
	var buf [maxECDER]byte
	der := buf[:(e-s)/2]
	if _, err := hex.Decode(der, data[s:e]); err != nil {
		return detect.Candidate{}, false
	}
	key, ok := ecDER(der)
	if !ok {
		return detect.Candidate{}, false
	}
	keyHex := hex.EncodeToString(key)
	cand := detect.Candidate{Rule: "der-hex-private-key", Kind: detect.KindRawPrivateKey, Start: start, End: e,
		Confidence: detect.ConfidenceHigh, Scheme: "secp256k1",
		Secret: detect.NewSecret(detect.SecretSpec{Kind: detect.KindRawPrivateKey, Raw: string(data[start:e]),
			Normalized: keyHex, Redacted: "30…[secp256k1 private key, DER hex]", Address: sc.address(key)})}
	if src, ok := isPublicHex(keyHex); ok {
		cand.Public, cand.PublicSource = true, src
	}
	return cand, true
}

// maxECDER is the longest DER of a secp256k1 private key ecDER reads, in
// bytes: PKCS#8 around SEC1 with an uncompressed public key is 135.
const maxECDER = 160

// ecDER returns the key of der when der is, whole, a secp256k1 private
// key's SEC1 or PKCS#8 DER (see ecDERKey).
func ecDER(der []byte) ([]byte, bool) {
	if len(der) < 2 || der[0] != 0x30 {
		return nil, false
	}
	n, hdr := int(der[1]), 2
	switch der[1] {
	case 0x81:
		if len(der) < 3 {
			return nil, false
		}
		n, hdr = int(der[2]), 3
	case 0x82:
		return nil, false // longer than any key's
	}
	if hdr+n != len(der) || !bytes.Contains(der, secp256k1OID) {
		return nil, false
	}
	// ECPrivateKey: SEQUENCE { INTEGER 1, OCTET STRING (32) key, … }.
	k := bytes.Index(der, []byte{0x02, 0x01, 0x01, 0x04, 0x20})
	if k < 0 || k+5+32 > len(der) {
		return nil, false
	}
	key := der[k+5 : k+5+32]
	if !validScalar(key) {
		return nil, false
	}
	rest := der[k+5+32:]
	if p := bytes.Index(rest, []byte{0x03, 0x42, 0x00, 0x04}); p >= 0 {
		_, pub := btcec.PrivKeyFromBytes(key)
		if p+4+64 > len(rest) || !bytes.Equal(rest[p+3:p+4+64], pub.SerializeUncompressed()) {
			return nil, false
		}
	} else if p := bytes.Index(rest, []byte{0x03, 0x22, 0x00}); p >= 0 {
		_, pub := btcec.PrivKeyFromBytes(key)
		if p+3+33 > len(rest) || !bytes.Equal(rest[p+3:p+3+33], pub.SerializeCompressed()) {
			return nil, false
		}
	}
	return key, true
}

// keypairKey judges the hex run data[s:e] (128 digits) as an Ed25519
// secret key in its 64-byte form, the seed and then its public key (as
// Solana's Keypair.secretKey and NaCl hold it, printed in hex): the
// second half must be the public key of the first, which a hash or two
// hashes side by side are not.
func (sc *hexScan) keypairKey(s, e int) (detect.Candidate, bool) {
	data := sc.c.Data
	start, ok := sc.runStart(s, e)
	if !ok {
		return detect.Candidate{}, false
	}
	var raw [64]byte
	if _, err := hex.Decode(raw[:], data[s:e]); err != nil || !solanaPair(raw[:]) || lowEntropy(data[s:s+64]) || nodeKeyFile(sc.c.Path) {
		return detect.Candidate{}, false
	}
	seed := hex.EncodeToString(raw[:32])
	cand := detect.Candidate{Rule: "ed25519-keypair-hex", Kind: detect.KindOtherPrivateKey, Start: start, End: e,
		Confidence: detect.ConfidenceHigh, Scheme: "ed25519",
		Secret: detect.NewSecret(detect.SecretSpec{Kind: detect.KindOtherPrivateKey, Raw: string(data[start:e]),
			Normalized: "ed25519:" + seed, Redacted: "[Ed25519 secret key and public key, 128 hex]", Address: base58.Encode(raw[32:])})}
	if src, ok := publicEd25519Seeds[seed]; ok {
		cand.Public, cand.PublicSource = true, src
	}
	return cand, true
}

// nodeKeyFile reports whether a path is CometBFT's (Tendermint's)
// node_key.json: the Ed25519 key a node names itself with to its peers,
// no account's or validator's (priv_validator_key.json holds that).
func nodeKeyFile(p string) bool {
	base := p[strings.LastIndexAny(p, "/\\!")+1:]
	return base == "node_key.json"
}
