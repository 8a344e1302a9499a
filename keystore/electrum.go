package keystore

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/json"
	"fmt"
	"math/big"
	"regexp"
	"sort"
	"strings"

	"github.com/btcsuite/btcd/btcec/v2"
	"golang.org/x/crypto/pbkdf2"
)

// electrumKeystore is one keystore object of an Electrum wallet file.
type electrumKeystore struct {
	Type          string            `json:"type"`
	Seed          string            `json:"seed"`
	XPrv          string            `json:"xprv"`
	Passphrase    string            `json:"passphrase"`
	Keypairs      map[string]string `json:"keypairs"`
	PwHashVersion num               `json:"pw_hash_version"`
}

var multisigKey = regexp.MustCompile(`^x[0-9]{1,2}/$`)

// parseElectrum reads an Electrum wallet file in JSON (unencrypted or with
// field encryption). Field encryption (use_encryption) stores each secret
// as base64(IV ‖ AES-256-CBC(SHA256d(password), secret)); a guess is
// checked by the padding and the shape of the decrypted field, which is
// then dropped.
func parseElectrum(top map[string]json.RawMessage) (*Assessment, error) {
	var kss []electrumKeystore
	names := make([]string, 0, len(top))
	for k := range top {
		names = append(names, k)
	}
	sort.Strings(names) // deterministic material order
	for _, k := range names {
		if k != "keystore" && !multisigKey.MatchString(k) {
			continue
		}
		var ks electrumKeystore
		if unmarshal(top[k], &ks) == nil {
			kss = append(kss, ks)
		}
	}
	var enc bool
	_ = json.Unmarshal(top["use_encryption"], &enc)
	a := &Assessment{Format: ElectrumWallet, Version: "plain"}
	var material bytes.Buffer
	var target string // an encrypted field to check guesses against
	var shape func([]byte) bool
	for _, ks := range kss {
		if ks.Seed != "" {
			a.Keys++
			material.WriteString(ks.Seed)
			if target == "" {
				target, shape = ks.Seed, seedShape
			}
		}
		if ks.XPrv != "" {
			a.Keys++
			material.WriteString(ks.XPrv)
			target, shape = ks.XPrv, xprvShape
		}
		pubs := make([]string, 0, len(ks.Keypairs))
		for pub := range ks.Keypairs {
			pubs = append(pubs, pub)
		}
		sort.Strings(pubs)
		for _, pub := range pubs {
			a.Keys++
			material.WriteString(ks.Keypairs[pub])
			if target == "" {
				target, shape = ks.Keypairs[pub], base58Shape
			}
		}
	}
	a.material = material.Bytes()
	if !enc {
		if a.Keys == 0 {
			return nil, fmt.Errorf("%w: watch-only or hardware Electrum wallet", ErrNoPrivateKeys)
		}
		a.Notes = append(a.Notes, "seed, xprv or keys stored in plain text")
		// Word seeds, xprvs and WIF keys read as secrets of their own;
		// an old seed's 32 hex digits do not.
		a.textual = true
		for _, ks := range kss {
			if ks.Seed != "" && !strings.Contains(ks.Seed, " ") {
				a.textual = false
			}
		}
		return a, nil
	}
	a.Version, a.Encrypted = "field", true
	a.KDF, a.KDFParams, a.Cipher = "sha256d", "pw_hash_version=1", "aes-256-cbc"
	a.GuessesPerSecond, a.RateSource = electrumField, srcElectrumField
	a.Notes = append(a.Notes, "keys encrypted field by field with a fast hash (no key stretching)")
	if raw, ok := unb64(target); ok && len(raw) >= 32 && len(raw)%16 == 0 && len(raw) <= maxCipherLen {
		a.trialSeconds = 1e-5
		a.check = func(pw []byte) bool {
			k := sha256.Sum256(pw)
			k = sha256.Sum256(k[:])
			pt, ok := cbcDecrypt(k[:], raw[:16], raw[16:])
			ok = ok && shape(pt)
			clear(pt)
			return ok
		}
	}
	return a, nil
}

// seedShape: an Electrum seed is lower-case words (new) or 32 hex digits
// (old).
func seedShape(b []byte) bool {
	return len(b) > 0 && bytes.IndexFunc(b, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == ' ' || r >= '0' && r <= '9')
	}) < 0
}

// xprvShape: an extended private key in Base58 with a known prefix.
func xprvShape(b []byte) bool {
	if len(b) < 100 || len(b) > 120 || !base58Shape(b) {
		return false
	}
	p := string(b[1:4])
	return p == "prv" && strings.ContainsRune("xtyzuvYZUV", rune(b[0]))
}

func base58Shape(b []byte) bool {
	return len(b) > 0 && bytes.IndexFunc(b, func(r rune) bool {
		return !strings.ContainsRune("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", r)
	}) < 0
}

// parseBIE reads an Electrum file with whole-file encryption: base64 of
// magic "BIE1" (password) or "BIE2" (hardware-wallet key) ‖ ephemeral
// public key (33) ‖ AES-128-CBC ciphertext ‖ HMAC-SHA256 (32). For BIE1
// the key pair comes from PBKDF2-HMAC-SHA512(password, "", 1024) reduced
// mod n; a guess is checked with the HMAC alone: ECDH with the ephemeral
// key, SHA-512 of the compressed point → IV ‖ key_e ‖ key_m (Electrum
// crypto.py, ecies_decrypt_message).
func parseBIE(data []byte) (*Assessment, error) {
	if len(data) > 4*(maxCipherLen*16)/3 {
		return nil, fmt.Errorf("%w: BIE file", ErrTooLarge)
	}
	raw, ok := unb64(string(data))
	if !ok || len(raw) < 4+33+16+32 || !bytes.HasPrefix(raw, []byte("BIE")) {
		return nil, fmt.Errorf("%w: BIE base64", ErrMalformed)
	}
	a := &Assessment{Format: ElectrumWallet, Version: "bie1", Encrypted: true, KDF: "pbkdf2-sha512", KDFParams: "c=1024",
		Cipher: "ecies-aes-128-cbc", MAC: "hmac-sha256", GuessesPerSecond: pbkdf2Rate("sha512", 1024),
		RateSource: srcPBKDF2SHA512 + " (upper bound: an EC multiplication is added per guess)", material: raw[4+33:]}
	a.Notes = append(a.Notes, "whole-file encryption (BIE1)")
	if raw[3] == '2' {
		a.Version, a.KDF, a.KDFParams, a.GuessesPerSecond, a.RateSource = "bie2", "hardware-wallet", "", 0, ""
		a.Notes = []string{"whole-file encryption with a key held by a hardware wallet (BIE2)"}
		return a, nil
	}
	eph, err := btcec.ParsePubKey(raw[4:37])
	if err != nil {
		return a, nil
	}
	body, mac := raw[:len(raw)-32], raw[len(raw)-32:]
	a.trialSeconds = 5e-4 + float64(len(raw))/5e8
	a.check = func(pw []byte) bool {
		secret := pbkdf2.Key(pw, nil, 1024, 64, sha512.New)
		d := new(big.Int).SetBytes(secret)
		d.Mod(d, btcec.S256().N)
		clear(secret)
		if d.Sign() == 0 {
			return false
		}
		var k btcec.ModNScalar
		k.SetByteSlice(d.FillBytes(make([]byte, 32)))
		d.SetInt64(0)
		var p, r btcec.JacobianPoint
		eph.AsJacobian(&p)
		btcec.ScalarMultNonConst(&k, &p, &r)
		k.Zero()
		r.ToAffine()
		shared := btcec.NewPublicKey(&r.X, &r.Y).SerializeCompressed()
		key := sha512.Sum512(shared)
		m := hmac.New(sha256.New, key[32:])
		m.Write(body)
		clear(key[:])
		return hmac.Equal(m.Sum(nil), mac)
	}
	return a, nil
}
