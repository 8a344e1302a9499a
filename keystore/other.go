package keystore

import (
	"bytes"
	"crypto/ed25519"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/btcsuite/btcd/btcutil/base58"
	"golang.org/x/crypto/nacl/secretbox"
	"golang.org/x/crypto/scrypt"
)

// polkadotJSON is a Polkadot{.js} account export.
type polkadotJSON struct {
	Encoded  string `json:"encoded"`
	Address  string `json:"address"`
	Encoding struct {
		Content []string        `json:"content"`
		Type    json.RawMessage `json:"type"`
	} `json:"encoding"`
	Meta struct {
		Name string `json:"name"`
	} `json:"meta"`
}

// parsePolkadot reads a Polkadot{.js} export. With type ["scrypt",
// "xsalsa20-poly1305"], encoded = salt (32) ‖ N, p, r (u32 LE) ‖ nonce
// (24) ‖ secretbox; key = scrypt(password, salt, N, r, p)[:32]
// (@polkadot/util-crypto json/decryptData). A guess is checked with the
// Poly1305 tag. Type ["none"] stores the key in the clear.
func parsePolkadot(data []byte) (*Assessment, error) {
	var d polkadotJSON
	if err := unmarshal(data, &d); err != nil || d.Encoded == "" {
		return nil, ErrNotKeystore
	}
	var types []string
	if s := str(d.Encoding.Type); s != "" {
		types = []string{s}
	} else {
		_ = json.Unmarshal(d.Encoding.Type, &types)
	}
	t := strings.ToLower(strings.Join(types, ","))
	raw, ok := unb64(d.Encoded)
	if !ok || len(raw) > maxCipherLen {
		return nil, fmt.Errorf("%w: encoded", ErrMalformed)
	}
	a := &Assessment{Format: PolkadotJSON, Version: "3", material: raw}
	if len(d.Address) <= 64 && base58Shape([]byte(d.Address)) {
		a.Address = d.Address
	}
	if strings.Contains(t, "none") || !strings.Contains(t, "xsalsa20-poly1305") {
		a.Notes = append(a.Notes, "encoding type none: the key is stored in the clear")
		a.Keys = 1
		return a, nil
	}
	a.Encrypted, a.Cipher, a.MAC = true, "xsalsa20-poly1305", "poly1305"
	if name := d.Meta.Name; name != "" && len(name) <= 64 {
		a.hints = append(a.hints, name)
	}
	if !strings.Contains(t, "scrypt") {
		// Older exports use the password itself, zero-padded, as the key.
		if len(raw) < 24+secretbox.Overhead {
			return nil, fmt.Errorf("%w: encoded too short", ErrMalformed)
		}
		a.KDF, a.GuessesPerSecond, a.RateSource = "none", noKDFRate, srcNoKDF
		a.Notes = append(a.Notes, "no key derivation: the password is the key")
		a.trialSeconds = 1e-6
		a.check = func(pw []byte) bool {
			var key [32]byte
			copy(key[:], pw)
			return secretboxOpens(raw, &key)
		}
		return a, nil
	}
	if len(raw) < 44+24+secretbox.Overhead {
		return nil, fmt.Errorf("%w: encoded too short", ErrMalformed)
	}
	salt := raw[:32]
	n := binary.LittleEndian.Uint32(raw[32:36])
	p := binary.LittleEndian.Uint32(raw[36:40])
	r := binary.LittleEndian.Uint32(raw[40:44])
	if n < 2 || n&(n-1) != 0 || p == 0 || r == 0 || uint64(r)*uint64(p) >= maxScryptRP {
		return nil, fmt.Errorf("%w: scrypt parameters", ErrMalformed)
	}
	spec := &kdfSpec{name: "scrypt", params: fmt.Sprintf("n=%d r=%d p=%d", n, r, p), rate: scryptRate(int(n), int(r), int(p)),
		source: srcScrypt, seconds: float64(n) * float64(r) * float64(p) / (1 << 21), memory: 128*int64(n)*int64(r) + 128*int64(r)*int64(p)}
	spec.apply(a)
	box := raw[44:]
	a.check = func(pw []byte) bool {
		k, err := scrypt.Key(pw, salt, int(n), int(r), int(p), 32)
		if err != nil {
			return false
		}
		var key [32]byte
		copy(key[:], k)
		clear(k)
		return secretboxOpens(box, &key)
	}
	return a, nil
}

// secretboxOpens checks nonce (24) ‖ box with key and drops the plaintext.
func secretboxOpens(b []byte, key *[32]byte) bool {
	var nonce [24]byte
	copy(nonce[:], b[:24])
	pt, ok := secretbox.Open(nil, b[24:], &nonce, key)
	clear(pt)
	clear(key[:])
	return ok
}

// parseSolana reads a Solana CLI keypair: a JSON array of 64 bytes whose
// second half is the Ed25519 public key of the first.
func parseSolana(data []byte) (*Assessment, error) {
	if len(data) > 4096 {
		return nil, ErrNotKeystore
	}
	var vals []int
	if err := json.Unmarshal(data, &vals); err != nil || len(vals) != 64 {
		return nil, ErrNotKeystore
	}
	b := make([]byte, 64)
	for i, v := range vals {
		if v < 0 || v > 255 {
			return nil, ErrNotKeystore
		}
		b[i] = byte(v)
	}
	pub := ed25519.NewKeyFromSeed(b[:32]).Public().(ed25519.PublicKey)
	if !bytes.Equal(pub, b[32:]) {
		return nil, ErrNotKeystore
	}
	return &Assessment{Format: SolanaKeypair, Address: base58.Encode(b[32:]), material: b[:32], Keys: 1,
		Notes: []string{"Solana CLI keypairs are unencrypted by design"}}, nil
}

// parseHSM reads a Core Lightning hsm_secret (recognised by its name: its
// content is random). 32 bytes: the node secret in the clear. 73 bytes:
// libsodium secretstream (24-byte header, 32 + 17) with an Argon2id key
// (MODERATE limits: 256 MiB, salt "c-lightning"). Longer files in the
// newer format hold a 32-byte passphrase check followed by a BIP-39
// mnemonic in the clear.
func parseHSM(data []byte) (*Assessment, error) {
	switch {
	case len(data) == 32:
		return &Assessment{Format: LightningHSM, Version: "raw", material: data, Keys: 1, Notes: []string{"node secret stored in the clear"}}, nil
	case len(data) == 73:
		return &Assessment{Format: LightningHSM, Version: "encrypted", Encrypted: true, KDF: "argon2id", KDFParams: "m=256MiB t=3",
			Cipher: "xchacha20-poly1305", MAC: "poly1305", GuessesPerSecond: argon2CLN, RateSource: srcArgon2, material: data}, nil
	case len(data) > 32+24 && len(data) < 32+400:
		words := bytes.Fields(data[32:])
		if len(words) < 12 || len(words) > 24 || bytes.IndexFunc(bytes.TrimSpace(data[32:]), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r == ' ')
		}) >= 0 {
			break
		}
		a := &Assessment{Format: LightningHSM, Version: "mnemonic", material: bytes.TrimSpace(data[32:]), Keys: 1,
			Notes: []string{fmt.Sprintf("%d-word BIP-39 mnemonic stored in the clear", len(words))}}
		if bytes.Count(data[:32], []byte{0}) != 32 {
			a.Notes = append(a.Notes, "a BIP-39 passphrase is set; its check hash allows offline guessing at BIP-39 cost")
		}
		return a, nil
	}
	return nil, fmt.Errorf("%w: hsm_secret of %d bytes", ErrNotKeystore, len(data))
}

// parseSECO reads an Exodus SECO container (seed.seco, info.seco,
// storage.seco): magic "SECO", tag "seco-v0-scrypt-aes" in the 224-byte
// header, scrypt (N=16384, r=8, p=1 in exodus2hashcat's example) and
// AES-256-GCM. The header layout is not fully documented, so the
// parameters are the known defaults and no password is tried.
func parseSECO(name string, data []byte) (*Assessment, error) {
	tagged := bytes.Contains(data[:min(len(data), 224)], []byte("seco-v0-scrypt-aes"))
	if !tagged && !strings.HasSuffix(strings.ToLower(name), ".seco") {
		return nil, ErrNotKeystore
	}
	if len(data) < 224 {
		return nil, fmt.Errorf("%w: SECO header", ErrMalformed)
	}
	a := &Assessment{Format: ExodusSECO, Version: "seco-v0", Encrypted: true, KDF: "scrypt", KDFParams: "n=16384 r=8 p=1",
		Cipher: "aes-256-gcm", MAC: "gcm", GuessesPerSecond: scryptRate(16384, 8, 1), RateSource: srcScrypt,
		material: bytes.Clone(data[:min(len(data), 512)])}
	if strings.EqualFold(baseName(name), "seed.seco") {
		a.Notes = append(a.Notes, "Exodus seed container")
	}
	return a, nil
}

// wasabiJSON is a Wasabi wallet file.
type wasabiJSON struct {
	EncryptedSecret string `json:"EncryptedSecret"`
	ExtPubKey       string `json:"ExtPubKey"`
}

// parseWasabi reads a Wasabi wallet file: EncryptedSecret is a BIP-38
// key ("6P…": scrypt N=16384, r=8, p=8, AES-256). No password is tried.
func parseWasabi(data []byte) (*Assessment, error) {
	var d wasabiJSON
	if err := unmarshal(data, &d); err != nil || !strings.HasPrefix(d.EncryptedSecret, "6P") {
		return nil, ErrNotKeystore
	}
	if len(d.EncryptedSecret) != 58 || !base58Shape([]byte(d.EncryptedSecret)) {
		return nil, fmt.Errorf("%w: EncryptedSecret", ErrMalformed)
	}
	return &Assessment{Format: WasabiWallet, Version: "bip38", Encrypted: true, KDF: "scrypt", KDFParams: "n=16384 r=8 p=8",
		Cipher: "aes-256-ecb (bip38)", GuessesPerSecond: scryptRate(16384, 8, 8), RateSource: srcScrypt,
		material: []byte(d.EncryptedSecret), Keys: 1}, nil
}

// parseJSON dispatches a JSON object on the keys it has.
func parseJSON(data []byte) (*Assessment, error) {
	var top map[string]json.RawMessage
	if json.Unmarshal(data, &top) != nil {
		return nil, ErrNotKeystore
	}
	has := func(keys ...string) bool {
		for _, k := range keys {
			if _, ok := top[k]; !ok {
				return false
			}
		}
		return true
	}
	hasFold := func(key string) bool {
		for k := range top {
			if strings.EqualFold(k, key) {
				return true
			}
		}
		return false
	}
	switch {
	case has("encrypted", "encKeyValidation_DO_NOT_EDIT"):
		return parseBitwarden(data)
	case has("data", "iv", "salt"):
		return parseVault(data)
	case has("encoded", "encoding"):
		return parsePolkadot(data)
	case has("seed_version"):
		return parseElectrum(top)
	case has("encseed"):
		return parsePresale(data)
	case has("EncryptedSecret"):
		return parseWasabi(data)
	case has("crypto") && (str(top["version"]) == "4" || string(top["version"]) == "4" || has("pubkey")):
		return parseEIP2335(data)
	case hasFold("crypto"):
		return parseV3(data)
	}
	return nil, ErrNotKeystore
}
