package keys

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"github.com/btcsuite/btcd/btcutil/base58"
	"github.com/btcsuite/btcd/btcutil/bech32"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/byteruns"
	"github.com/walletaudit/walletaudit/internal/decode"
)

// PEM finds PEM private keys on secp256k1 (SEC1 "EC PRIVATE KEY" and
// PKCS#8 "PRIVATE KEY" with the secp256k1 curve OID) and Cosmos SDK
// armored keys. Keys on other curves (P-256 TLS keys) are not wallet keys
// and are left to general secret scanners.
type PEM struct{}

// NewPEM returns the PEM detector.
func NewPEM() *PEM { return &PEM{} }

// ID implements detect.Detector.
func (*PEM) ID() string { return "pem-keys" }

// Keywords implements detect.Detector.
func (*PEM) Keywords() []string { return []string{"-----begin"} }

// secp256k1OID is the DER encoding of OID 1.3.132.0.10.
var secp256k1OID = []byte{0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x0a}

// Detect implements detect.Detector.
func (*PEM) Detect(_ context.Context, c *detect.Chunk) []detect.Candidate {
	data := c.Data
	var out []detect.Candidate
	for off := 0; ; {
		k := bytes.Index(data[off:], []byte("-----BEGIN "))
		if k < 0 {
			return out
		}
		s := off + k
		hdrEnd := bytes.Index(data[s+11:], []byte("-----"))
		if hdrEnd < 0 || hdrEnd > 64 {
			return out
		}
		label := string(data[s+11 : s+11+hdrEnd])
		endMark := []byte("-----END " + label + "-----")
		bodyStart := s + 11 + hdrEnd + 5
		// The end line is looked for after the header, never inside it
		// ("-----BEGIN -----END -----" is no block).
		e := bytes.Index(data[bodyStart:], endMark)
		if e < 0 {
			return out
		}
		e += bodyStart + len(endMark)
		off = e
		body := data[bodyStart : e-len(endMark)]
		switch label {
		case "EC PRIVATE KEY", "PRIVATE KEY":
			if cand, ok := pemSecp256k1(body, s, e, label); ok {
				if jwtSigningKey(c.Path, data[max(0, s-jwtContext):s]) {
					// A JWT issuer's ES256K key ("jwt-es256k.pem", "#
					// ES256K signing key for the JWT issuer"): it may
					// hold funds, but it signs tokens.
					cand.Confidence = detect.ConfidenceMedium
					cand.Details["use"] = "JWT signing (ES256K)"
				}
				out = append(out, cand)
			}
		case "TENDERMINT PRIVATE KEY":
			out = append(out, cosmosArmor(data[s:e], s, e))
		}
	}
}

// jwtContext is how many bytes before a PEM block jwtSigningKey reads.
const jwtContext = 256

// jwtSigningKey reports whether a secp256k1 key is a JWT issuer's: its
// file's name, or the text right before it, says JWT or ES256K (JOSE's
// name for ECDSA on secp256k1, RFC 8812).
func jwtSigningKey(path string, before []byte) bool {
	base := lowerBase(path)
	if strings.Contains(base, "jwt") || strings.Contains(base, "es256k") {
		return true
	}
	return containsFold(before, "jwt") || containsFold(before, "es256k")
}

func pemSecp256k1(body []byte, s, e int, label string) (detect.Candidate, bool) {
	var b64 []byte
	for i := 0; i < len(body); i++ {
		switch c := body[i]; {
		case c == ':':
			return detect.Candidate{}, false // headers: an encrypted legacy PEM
		case c == '\\':
			// A PEM kept in a JSON or code string: its line breaks are
			// escapes ("\n", "\\n" when escaped twice).
			for i+1 < len(body) && body[i+1] == '\\' {
				i++
			}
			if i+1 < len(body) && (body[i+1] == 'n' || body[i+1] == 'r' || body[i+1] == 't') {
				i++
			}
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
		default:
			b64 = append(b64, c)
		}
	}
	der, err := base64.StdEncoding.DecodeString(string(b64))
	if err != nil || !bytes.Contains(der, secp256k1OID) {
		return detect.Candidate{}, false
	}
	// ECPrivateKey: SEQUENCE { INTEGER 1, OCTET STRING (32) key, … }.
	k := bytes.Index(der, []byte{0x02, 0x01, 0x01, 0x04, 0x20})
	if k < 0 || k+5+32 > len(der) {
		return detect.Candidate{}, false
	}
	key := der[k+5 : k+5+32]
	if !validScalar(key) {
		return detect.Candidate{}, false
	}
	cand := detect.Candidate{
		Rule: "pem-secp256k1", Kind: detect.KindOtherPrivateKey, Start: s, End: e, Confidence: detect.ConfidenceHigh,
		Scheme: "secp256k1", Details: map[string]string{"format": label},
		Secret: detect.NewSecret(detect.SecretSpec{Kind: detect.KindRawPrivateKey, Raw: string(b64), Normalized: strings.ToLower(hex.EncodeToString(key)), Redacted: "[PEM secp256k1 private key]", Address: ethAddress(key)}),
	}
	if src, ok := isPublicHex(hex.EncodeToString(key)); ok {
		cand.Public, cand.PublicSource = true, src
	}
	return cand, true
}

// cosmosArmor reports a Cosmos SDK armored key: encrypted with bcrypt
// (cost 12 by default), so its protection is assessed, not its key.
func cosmosArmor(block []byte, s, e int) detect.Candidate {
	kdf := "bcrypt"
	for _, line := range bytes.Split(block, []byte("\n")) {
		if v, ok := bytes.CutPrefix(bytes.TrimSpace(line), []byte("kdf:")); ok {
			kdf = strings.TrimSpace(string(v))
		}
	}
	rate := 1440.0 // bcrypt cost 12 on one RTX 4090: 184 kH/s at cost 5 ÷ 128 (docs/formats.md §7.2)
	if kdf != "bcrypt" {
		rate = 0
	}
	return detect.Candidate{
		Rule: "cosmos-armored-key", Kind: detect.KindKeystore, Start: s, End: e, Confidence: detect.ConfidenceHigh,
		Scheme: "cosmos-armor",
		Protection: &detect.Protection{Encrypted: true, KDF: kdf, Cipher: "xsalsa20-poly1305", GuessesPerSecond: rate,
			Summary: fmt.Sprintf("%s: about %.0f guesses/s on one GPU", kdf, rate)},
		Secret: detect.NewSecret(detect.SecretSpec{Kind: detect.KindKeystore, Raw: string(block), Normalized: string(block), Redacted: "[Cosmos armored private key, " + kdf + "]"}),
	}
}

// bech32Char is the bech32 data alphabet (lower case, as the secret keys
// read here are written).
var bech32Char = byteruns.Of("qpzry9x8gf2tvdw0s3jn54khce6mua7l")

// bech32Upper is bech32Char in upper case: bech32 may be written all in
// capitals (a QR code's alphanumeric mode, an OCR'd card: "NSEC1…").
var bech32Upper = byteruns.Of("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")

// Bech32 finds Nostr nsec and Sui suiprivkey secrets.
type Bech32 struct{}

// NewBech32 returns the bech32 secret detector.
func NewBech32() *Bech32 { return &Bech32{} }

// ID implements detect.Detector.
func (*Bech32) ID() string { return "bech32-keys" }

// Keywords implements detect.Detector.
func (*Bech32) Keywords() []string { return []string{"nsec1", "suiprivkey1"} }

// Detect implements detect.Detector.
func (*Bech32) Detect(_ context.Context, c *detect.Chunk) []detect.Candidate {
	var out []detect.Candidate
	lower := c.Data
	for _, hrp := range []string{"nsec1", "suiprivkey1", "NSEC1", "SUIPRIVKEY1"} {
		upper := hrp[0] == 'N' || hrp[0] == 'S'
		chars := &bech32Char
		if upper {
			chars = &bech32Upper
		}
		for off := 0; ; {
			k := bytes.Index(lower[off:], []byte(hrp))
			if k < 0 {
				break
			}
			s := off + k
			e := s + len(hrp)
			for e < len(lower) && chars[lower[e]] {
				e++
			}
			off = e
			if gluedBefore(lower, s) {
				continue
			}
			text := string(lower[s:e])
			if upper {
				text = strings.ToLower(text) // all capitals: bech32 as a QR code writes it
			}
			name, data, err := bech32.DecodeToBase256(text)
			if err != nil && upper {
				continue
			}
			if err != nil {
				// Cut into string literals the language joins:
				// concat!("nsec1…", "…"), "nsec1…" + "…".
				joined, end, ok := joinedBech32(lower, s, e)
				if !ok {
					// Or cut over lines (an indented block, a
					// mail's quoted lines).
					if joined, end, ok = wrappedBech32(lower, s, e); !ok {
						continue
					}
				}
				if name, data, err = bech32.DecodeToBase256(joined); err != nil {
					continue
				}
				text, e, off = joined, end, end
			}
			raw := text
			switch {
			case name == "nsec" && len(data) == 32 && validScalar(data):
				npub := ""
				if conv, err := bech32.ConvertBits(compressedPub(data)[1:], 8, 5, true); err == nil {
					npub, _ = bech32.Encode("npub", conv)
				}
				cand := detect.Candidate{Rule: "nostr-nsec", Kind: detect.KindOtherPrivateKey, Start: s, End: e,
					Confidence: detect.ConfidenceHigh, Scheme: "secp256k1-schnorr",
					Secret: detect.NewSecret(detect.SecretSpec{Kind: detect.KindOtherPrivateKey, Raw: raw, Normalized: "secp256k1:" + hex.EncodeToString(data), Redacted: "nsec1…[Nostr secret key]", Address: npub})}
				if src, ok := publicScalar(data); ok {
					cand.Public, cand.PublicSource = true, src // NIP-19's example
				}
				out = append(out, cand)
			case name == "suiprivkey":
				if cand, ok := suiKey(data, "sui-private-key", raw, s, e); ok {
					out = append(out, cand)
				}
			}
		}
	}
	return out
}

// SolanaArray finds Solana CLI keypairs: JSON arrays of exactly 64 bytes
// whose last 32 are the Ed25519 public key of the first 32.
type SolanaArray struct{}

// NewSolanaArray returns the Solana keypair detector.
func NewSolanaArray() *SolanaArray { return &SolanaArray{} }

// ID implements detect.Detector.
func (*SolanaArray) ID() string { return "solana-keypair" }

// Keywords implements detect.Detector: an array opened before a number.
func (*SolanaArray) Keywords() []string {
	return []string{"[0", "[1", "[2", "[3", "[4", "[5", "[6", "[7", "[8", "[9", "[ ", "[\n", `[\n`}
}

// Detect implements detect.Detector.
func (*SolanaArray) Detect(ctx context.Context, c *detect.Chunk) []detect.Candidate {
	data := c.Data
	var out []detect.Candidate
	for off := 0; off < len(data); {
		k := bytes.IndexByte(data[off:], '[')
		if k < 0 {
			break
		}
		s := off + k
		off = s + 1
		vals, e, ok := parseByteArray(data, s)
		if !ok || len(vals) != 64 || !solanaPair(vals) {
			continue
		}
		off = e
		out = append(out, detect.Candidate{Rule: "solana-keypair", Kind: detect.KindOtherPrivateKey, Start: s, End: e,
			Confidence: detect.ConfidenceHigh, Scheme: "ed25519",
			Secret: detect.NewSecret(detect.SecretSpec{Kind: detect.KindOtherPrivateKey, Raw: string(data[s:e]), Normalized: "ed25519:" + hex.EncodeToString(vals[:32]), Redacted: "[Solana keypair, 64-byte array]", Address: base58.Encode(vals[32:])})})
		if ctx.Err() != nil {
			break
		}
	}
	return out
}

// parseByteArray reads "[n, n, …]" of at most 64 values 0–255 at s (a
// comma after the last, as source code writes arrays over lines, too).
func parseByteArray(data []byte, s int) ([]byte, int, bool) {
	var vals []byte
	i := s + 1
	for i < len(data) && len(vals) <= 64 {
		i = arraySpace(data, i)
		if i < len(data) && data[i] == ']' && len(vals) > 0 {
			return vals, i + 1, true // a comma after the last value
		}
		j := i
		for j < len(data) && data[j] >= '0' && data[j] <= '9' && j-i < 4 {
			j++
		}
		if j == i {
			return nil, 0, false
		}
		v, err := strconv.Atoi(string(data[i:j]))
		if err != nil || v > 255 {
			return nil, 0, false
		}
		vals = append(vals, byte(v))
		j = arraySpace(data, j)
		if j >= len(data) {
			return nil, 0, false
		}
		switch data[j] {
		case ',':
			i = j + 1
		case ']':
			return vals, j + 1, true
		default:
			return nil, 0, false
		}
	}
	return nil, 0, false
}

// arraySpace returns where the white space at data[i] ends: spaces, tabs
// and line breaks, and line breaks and tabs escaped as a JSON string
// writes them ("\n", "\r", "\t": an id.json pasted into a note's JSON).
func arraySpace(data []byte, i int) int {
	for i < len(data) {
		switch {
		case data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t':
			i++
		case data[i] == '\\' && i+1 < len(data) && (data[i+1] == 'n' || data[i+1] == 'r' || data[i+1] == 't'):
			i += 2
		default:
			return i
		}
	}
	return i
}

// Aptos finds AIP-80 private keys ("ed25519-priv-0x…", "secp256k1-priv-0x…").
type Aptos struct{}

// NewAptos returns the Aptos key detector.
func NewAptos() *Aptos { return &Aptos{} }

// ID implements detect.Detector.
func (*Aptos) ID() string { return "aptos-private-key" }

// Keywords implements detect.Detector.
func (*Aptos) Keywords() []string { return []string{"-priv-0x"} }

// Detect implements detect.Detector.
func (*Aptos) Detect(_ context.Context, c *detect.Chunk) []detect.Candidate {
	data := c.Data
	var out []detect.Candidate
	for off := 0; ; {
		k := bytes.Index(data[off:], []byte("-priv-0x"))
		if k < 0 {
			return out
		}
		m := off + k
		off = m + 8
		var scheme string
		switch {
		case m >= 7 && string(data[m-7:m]) == "ed25519":
			scheme = "ed25519"
		case m >= 9 && string(data[m-9:m]) == "secp256k1":
			scheme = "secp256k1"
		default:
			continue
		}
		s, hs := m-len(scheme), m+8
		e := hs
		for e < len(data) && hexDigit[data[e]] {
			e++
		}
		if e-hs != 64 || lowEntropy(string(data[hs:e])) {
			continue
		}
		key, _ := hex.DecodeString(string(data[hs:e]))
		if scheme == "secp256k1" && !validScalar(key) {
			continue
		}
		cand := detect.Candidate{Rule: "aptos-private-key", Kind: detect.KindOtherPrivateKey, Start: s, End: e,
			Confidence: detect.ConfidenceHigh, Scheme: scheme,
			Secret: detect.NewSecret(detect.SecretSpec{Kind: detect.KindOtherPrivateKey, Raw: string(data[s:e]), Normalized: scheme + ":" + strings.ToLower(hex.EncodeToString(key)), Redacted: scheme + "-priv-0x…[Aptos private key]"})}
		if src, ok := publicScalar(key); ok {
			cand.Public, cand.PublicSource = true, src
		}
		out = append(out, cand)
	}
}

// maxBech32Parts is the most string literals joinedBech32 joins.
const maxBech32Parts = 4

// wrappedBech32 joins the bech32 run data[s:e], which ends its line, and
// the runs that start the next lines (past their indentation and a
// mail's quote marks) and end them, to maxBech32Parts in all, up to the
// first join whose checksum holds: a secret cut over lines. It returns
// the joined text and the end of its last part.
func wrappedBech32(data []byte, s, e int) (string, int, bool) {
	joined := append([]byte(nil), data[s:e]...)
	end := e
	for range maxBech32Parts - 1 {
		j := end
		for j < len(data) && (data[j] == ' ' || data[j] == '\t' || data[j] == '\r') {
			j++
		}
		if j >= len(data) || data[j] != '\n' {
			break
		}
		j++
		for j < len(data) && (data[j] == ' ' || data[j] == '\t' || data[j] == '>') {
			j++
		}
		r := j
		for r < len(data) && bech32Char[data[r]] {
			r++
		}
		if r == j {
			break
		}
		joined, end = append(joined, data[j:r]...), r
		if _, _, err := bech32.DecodeToBase256(string(joined)); err == nil {
			return string(joined), end, true
		}
	}
	return "", 0, false
}

// joinedBech32 joins the bech32 characters of the string literal that
// data[s:e] ends (a quote right after it) with those of the literals
// after it that the language joins to it: side by side, or apart by a
// join operator or a comma (concat!'s arguments), over lines. It returns
// the joined text and the end of the last literal.
func joinedBech32(data []byte, s, e int) (string, int, bool) {
	if e >= len(data) || !isQuote(data[e]) || s == 0 || data[s-1] != data[e] {
		return "", 0, false
	}
	q := data[e]
	joined := append([]byte(nil), data[s:e]...)
	end := e + 1
	for range maxBech32Parts - 1 {
		p := decode.JoinedNext(data, end, true)
		if p < 0 || data[p-1] != q {
			break
		}
		r := p
		for r < len(data) && bech32Char[data[r]] {
			r++
		}
		if r == p || r >= len(data) || data[r] != q {
			break
		}
		joined = append(joined, data[p:r]...)
		end = r + 1
	}
	if end == e+1 {
		return "", 0, false
	}
	return string(joined), end, true
}
