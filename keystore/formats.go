package keystore

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/ed25519"
	"crypto/sha256"

	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"strings"
	"unicode"

	"github.com/walletaudit/walletaudit/internal/eth"
	"golang.org/x/crypto/pbkdf2"
	"golang.org/x/crypto/scrypt"
	"golang.org/x/crypto/sha3"
	"golang.org/x/text/unicode/norm"
)

// kdfParams covers the KDF parameters of v3 and EIP-2335 keystores.
type kdfParams struct {
	N     int             `json:"n"`
	R     int             `json:"r"`
	P     int             `json:"p"`
	C     int             `json:"c"`
	DKLen int             `json:"dklen"`
	PRF   string          `json:"prf"`
	Salt  json.RawMessage `json:"salt"`
}

type v3Crypto struct {
	Cipher       string `json:"cipher"`
	CipherText   string `json:"ciphertext"`
	CipherParams struct {
		IV string `json:"iv"`
	} `json:"cipherparams"`
	KDF       string    `json:"kdf"`
	KDFParams kdfParams `json:"kdfparams"`
	MAC       string    `json:"mac"`
}

type eip2335Module struct {
	Function string          `json:"function"`
	Params   json.RawMessage `json:"params"`
	Message  string          `json:"message"`
}

// jsonDoc holds the fields of every JSON format we recognise.
type jsonDoc struct {
	Version any       `json:"version"`
	Address string    `json:"address"`
	Crypto  *v3Crypto `json:"crypto"`
	Crypto2 *v3Crypto `json:"Crypto"`
	// EIP-2335 puts modules under crypto.
	CryptoRaw json.RawMessage `json:"-"`
	Pubkey    string          `json:"pubkey"`
	Path      *string         `json:"path"`
	// Electrum.
	SeedVersion   any             `json:"seed_version"`
	UseEncryption *bool           `json:"use_encryption"`
	Keystore      json.RawMessage `json:"keystore"`
	// MetaMask.
	Data        string          `json:"data"`
	IV          string          `json:"iv"`
	Salt        string          `json:"salt"`
	KeyMetadata json.RawMessage `json:"keyMetadata"`
	// Polkadot{.js}.
	Encoded  string `json:"encoded"`
	Encoding *struct {
		Content []string `json:"content"`
		Type    []string `json:"type"`
		Version any      `json:"version"`
	} `json:"encoding"`
}

func parseJSON(name string, data []byte, opts Options) (*Assessment, error) {
	var d jsonDoc
	if err := json.Unmarshal(data, &d); err != nil {
		return nil, ErrNotKeystore
	}
	switch {
	case d.Data != "" && d.IV != "" && d.Salt != "":
		return metaMask(d)
	case d.Encoded != "" && d.Encoding != nil:
		return polkadot(d)
	case d.SeedVersion != nil:
		return electrum(d, data)
	case d.Pubkey != "" && d.Path != nil:
		return eip2335(data, opts)
	case d.Crypto != nil || d.Crypto2 != nil:
		c := d.Crypto
		if c == nil {
			c = d.Crypto2
		}
		return ethereumV3(c, d.Address, opts)
	}
	return nil, ErrNotKeystore
}

// Limits on KDF parameters a trial will use; files beyond them are
// assessed but not tried.
const (
	maxScryptN   = 1 << 20
	maxRP        = 64
	maxPBKDF2    = 10_000_000
	defaultScMem = 256 << 20
)

func ethereumV3(c *v3Crypto, address string, opts Options) (*Assessment, error) {
	ct, err1 := hex.DecodeString(c.CipherText)
	iv, err2 := hex.DecodeString(c.CipherParams.IV)
	mac, err3 := hex.DecodeString(c.MAC)
	if err1 != nil || err2 != nil || err3 != nil || len(ct) == 0 || len(mac) != 32 || len(iv) != 16 {
		return nil, fmt.Errorf("%w: bad hex fields", ErrMalformed)
	}
	var salt string
	_ = json.Unmarshal(c.KDFParams.Salt, &salt)
	saltB, err := hex.DecodeString(salt)
	if err != nil {
		return nil, fmt.Errorf("%w: bad salt", ErrMalformed)
	}
	a := &Assessment{Format: EthereumV3, Encrypted: true, Cipher: c.Cipher, MAC: "keccak256", material: ct}
	if address != "" {
		a.Address = eth.EIP55(strings.TrimPrefix(strings.ToLower(address), "0x"))
	}
	p := c.KDFParams
	dklen := max(p.DKLen, 32)
	if dklen > 64 {
		return nil, fmt.Errorf("%w: dklen %d", ErrMalformed, p.DKLen)
	}
	var derive func(pw []byte) []byte
	switch strings.ToLower(c.KDF) {
	case "scrypt":
		a.KDF = "scrypt"
		a.KDFParams = fmt.Sprintf("n=%d r=%d p=%d", p.N, p.R, p.P)
		a.GuessesPerSecond = scryptRate(p.N, p.R, p.P)
		if p.N == 262144 && p.R == 8 && p.P == 1 {
			a.Notes = append(a.Notes, "standard scrypt parameters")
		} else if p.N <= 4096 {
			a.Notes = append(a.Notes, "light scrypt parameters")
		}
		if scryptTriable(p, opts) {
			derive = func(pw []byte) []byte {
				k, err := scrypt.Key(pw, saltB, p.N, p.R, p.P, dklen)
				if err != nil {
					return nil
				}
				return k
			}
			a.trialCost = float64(p.N) * float64(p.R) * float64(p.P) / (1 << 21)
		}
	case "pbkdf2":
		a.KDF = "pbkdf2-" + strings.TrimPrefix(strings.ToLower(p.PRF), "hmac-")
		a.KDFParams = fmt.Sprintf("c=%d", p.C)
		a.GuessesPerSecond = pbkdf2Rate(p.PRF, p.C)
		if p.C > 0 && p.C <= maxPBKDF2 && (p.PRF == "" || p.PRF == "hmac-sha256") {
			derive = func(pw []byte) []byte { return pbkdf2.Key(pw, saltB, p.C, dklen, sha256.New) }
			a.trialCost = float64(p.C) / 2e6
		}
	default:
		a.KDF = c.KDF
	}
	if derive != nil && strings.EqualFold(c.Cipher, "aes-128-ctr") {
		a.check = func(pw string) bool {
			dk := derive([]byte(pw))
			if len(dk) < 32 {
				return false
			}
			h := sha3.NewLegacyKeccak256()
			h.Write(dk[16:32])
			h.Write(ct)
			return bytes.Equal(h.Sum(nil), mac)
		}
	}
	return a, nil
}

func scryptTriable(p kdfParams, opts Options) bool {
	limit := opts.MaxScryptMemory
	if limit <= 0 {
		limit = defaultScMem
	}
	if p.N <= 1 || p.N > maxScryptN || p.N&(p.N-1) != 0 || p.R <= 0 || p.P <= 0 || p.R*p.P > maxRP {
		return false
	}
	return int64(128)*int64(p.N)*int64(p.R) <= limit
}

// eip2335 reads a BLS validator keystore (version 4): modules kdf,
// checksum and cipher under crypto.
func eip2335(data []byte, opts Options) (*Assessment, error) {
	var d struct {
		Crypto struct {
			KDF      eip2335Module `json:"kdf"`
			Checksum eip2335Module `json:"checksum"`
			Cipher   struct {
				Function string `json:"function"`
				Params   struct {
					IV string `json:"iv"`
				} `json:"params"`
				Message string `json:"message"`
			} `json:"cipher"`
		} `json:"crypto"`
		Pubkey string `json:"pubkey"`
	}
	if err := json.Unmarshal(data, &d); err != nil {
		return nil, ErrNotKeystore
	}
	ct, err := hex.DecodeString(d.Crypto.Cipher.Message)
	if err != nil || len(ct) == 0 {
		return nil, fmt.Errorf("%w: bad cipher message", ErrMalformed)
	}
	sum, _ := hex.DecodeString(d.Crypto.Checksum.Message)
	var p kdfParams
	_ = json.Unmarshal(d.Crypto.KDF.Params, &p)
	var salt string
	_ = json.Unmarshal(p.Salt, &salt)
	saltB, _ := hex.DecodeString(salt)
	a := &Assessment{Format: EIP2335, Encrypted: true, Cipher: d.Crypto.Cipher.Function, MAC: d.Crypto.Checksum.Function,
		Address: "bls:" + d.Pubkey, material: ct}
	var derive func([]byte) []byte
	switch d.Crypto.KDF.Function {
	case "scrypt":
		a.KDF, a.KDFParams = "scrypt", fmt.Sprintf("n=%d r=%d p=%d", p.N, p.R, p.P)
		a.GuessesPerSecond = scryptRate(p.N, p.R, p.P)
		if scryptTriable(p, opts) {
			derive = func(pw []byte) []byte { k, _ := scrypt.Key(pw, saltB, p.N, p.R, p.P, 32); return k }
			a.trialCost = float64(p.N) * float64(p.R) * float64(p.P) / (1 << 21)
		}
	case "pbkdf2":
		a.KDF, a.KDFParams = "pbkdf2-sha256", fmt.Sprintf("c=%d", p.C)
		a.GuessesPerSecond = pbkdf2Rate("sha256", p.C)
		if p.C > 0 && p.C <= maxPBKDF2 {
			derive = func(pw []byte) []byte { return pbkdf2.Key(pw, saltB, p.C, 32, sha256.New) }
			a.trialCost = float64(p.C) / 2e6
		}
	default:
		a.KDF = d.Crypto.KDF.Function
	}
	if derive != nil && len(sum) == 32 {
		a.check = func(pw string) bool {
			dk := derive([]byte(eip2335Password(pw)))
			if len(dk) < 32 {
				return false
			}
			h := sha256.New()
			h.Write(dk[16:32])
			h.Write(ct)
			return bytes.Equal(h.Sum(nil), sum)
		}
	}
	return a, nil
}

// eip2335Password normalises a password as EIP-2335 says: NFKD, then
// control characters removed.
func eip2335Password(pw string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, norm.NFKD.String(pw))
}

func electrum(d jsonDoc, raw []byte) (*Assessment, error) {
	a := &Assessment{Format: ElectrumWallet, material: raw}
	var ks struct {
		Type string `json:"type"`
		Seed string `json:"seed"`
		XPrv string `json:"xprv"`
	}
	_ = json.Unmarshal(d.Keystore, &ks)
	enc := d.UseEncryption != nil && *d.UseEncryption
	switch {
	case enc:
		a.Encrypted = true
		a.KDF, a.KDFParams, a.Cipher = "sha256d", "field encryption", "aes-256-cbc"
		a.GuessesPerSecond = electrumField
		a.Notes = append(a.Notes, "keys encrypted field by field with a fast hash")
		a.material = []byte(ks.Seed + ks.XPrv)
	case ks.Seed != "" || ks.XPrv != "":
		a.Notes = append(a.Notes, "seed or xprv stored in plain text")
		a.material = []byte(ks.Seed + ks.XPrv)
	default:
		a.Notes = append(a.Notes, "watch-only or imported wallet without encryption")
	}
	return a, nil
}

// metaMask assesses a browser-extension vault: PBKDF2-SHA256 (10,000
// iterations in legacy vaults, 600,000 in current ones) and AES-GCM.
func metaMask(d jsonDoc) (*Assessment, error) {
	ct, err1 := base64.StdEncoding.DecodeString(d.Data)
	iv, err2 := base64.StdEncoding.DecodeString(d.IV)
	salt, err3 := base64.StdEncoding.DecodeString(d.Salt)
	if err1 != nil || err2 != nil || err3 != nil || len(ct) < 16 || len(iv) == 0 {
		return nil, fmt.Errorf("%w: bad vault fields", ErrMalformed)
	}
	iter := 10000
	if len(d.KeyMetadata) > 0 {
		var km struct {
			Params struct {
				Iterations int `json:"iterations"`
			} `json:"params"`
		}
		if json.Unmarshal(d.KeyMetadata, &km) == nil && km.Params.Iterations > 0 {
			iter = km.Params.Iterations
		}
	}
	a := &Assessment{Format: MetaMaskVault, Encrypted: true, KDF: "pbkdf2-sha256", KDFParams: fmt.Sprintf("c=%d", iter),
		Cipher: "aes-256-gcm", MAC: "gcm", GuessesPerSecond: pbkdf2Rate("sha256", iter), material: ct}
	if iter <= 10000 {
		a.Notes = append(a.Notes, "legacy 10,000 PBKDF2 iterations (current vaults use 600,000)")
	}
	if iter <= maxPBKDF2 && len(iv) >= 12 {
		a.trialCost = float64(iter) / 2e6
		a.check = func(pw string) bool {
			key := pbkdf2.Key([]byte(pw), salt, iter, 32, sha256.New)
			block, err := aes.NewCipher(key)
			if err != nil {
				return false
			}
			gcm, err := cipher.NewGCMWithNonceSize(block, len(iv))
			if err != nil {
				return false
			}
			_, err = gcm.Open(nil, iv, ct, nil)
			return err == nil
		}
	}
	return a, nil
}

// polkadot reads a Polkadot{.js} account export: scrypt (salt, N, p, r in
// the first 44 bytes of the encoded data) and xsalsa20-poly1305, or
// "none" when unencrypted.
func polkadot(d jsonDoc) (*Assessment, error) {
	a := &Assessment{Format: PolkadotJSON, Address: d.Address, material: []byte(d.Encoded)}
	types := strings.Join(d.Encoding.Type, ",")
	if strings.Contains(types, "none") || len(d.Encoding.Type) == 0 {
		a.Notes = append(a.Notes, "encoding type none: the key is stored in the clear")
		return a, nil
	}
	a.Encrypted, a.Cipher = true, "xsalsa20-poly1305"
	if strings.Contains(types, "scrypt") {
		raw, err := base64.StdEncoding.DecodeString(d.Encoded)
		if err == nil && len(raw) >= 44 {
			n := int(binary.LittleEndian.Uint32(raw[32:36]))
			p := int(binary.LittleEndian.Uint32(raw[36:40]))
			r := int(binary.LittleEndian.Uint32(raw[40:44]))
			a.KDF, a.KDFParams = "scrypt", fmt.Sprintf("n=%d r=%d p=%d", n, r, p)
			a.GuessesPerSecond = scryptRate(n, r, p)
		} else {
			a.KDF = "scrypt"
		}
	}
	return a, nil
}

// parseSolana reads a Solana CLI keypair: 64 bytes whose second half is
// the Ed25519 public key of the first.
func parseSolana(data []byte) (*Assessment, error) {
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
	return &Assessment{Format: SolanaKeypair, Address: base58Encode(b[32:]), material: b[:32],
		Notes: []string{"Solana CLI keypairs are unencrypted by design"}}, nil
}

// isBDB reports a Berkeley DB file: the btree magic 0x00053162 at offset
// 12, in either byte order.
func isBDB(data []byte) bool {
	if len(data) < 16 {
		return false
	}
	m := data[12:16]
	return bytes.Equal(m, []byte{0x62, 0x31, 0x05, 0x00}) || bytes.Equal(m, []byte{0x00, 0x05, 0x31, 0x62})
}

// parseCore finds Bitcoin Core wallet records by their serialised names
// (a length byte and the name), in BDB or SQLite files alike, and reads
// the master key record's derivation parameters.
func parseCore(name string, data []byte) (*Assessment, error) {
	has := func(rec string) bool { return bytes.Contains(data, append([]byte{byte(len(rec))}, rec...)) }
	mkey, ckey, dckey := has("mkey"), has("ckey"), has("walletdescriptorckey")
	key, wkey, dkey := has("key"), has("wkey"), has("walletdescriptorkey")
	if !(mkey || ckey || dckey || key || wkey || dkey) {
		if baseName(name) == "wallet.dat" {
			return &Assessment{Format: BitcoinCore, Encrypted: false, Strength: "unknown", material: data[:min(len(data), 64)],
				Notes: []string{"wallet.dat without recognisable key records"}}, nil
		}
		return nil, ErrNotKeystore
	}
	a := &Assessment{Format: BitcoinCore}
	if mkey || ckey || dckey {
		a.Encrypted = true
		a.KDF, a.Cipher = "sha512-iterated", "aes-256-cbc"
		if iter, salt, ok := coreMasterKey(data); ok {
			a.KDFParams = fmt.Sprintf("iterations=%d", iter)
			a.GuessesPerSecond = coreRefRate / float64(iter)
			a.material = salt
		}
		if len(a.material) == 0 {
			a.material = []byte("mkey")
		}
		return a, nil
	}
	a.Notes = append(a.Notes, "private keys stored without wallet encryption")
	// Identify the file by the first key record.
	rec := []byte("\x03key")
	if dkey {
		rec = []byte("\x13walletdescriptorkey")
	}
	if i := bytes.Index(data, rec); i >= 0 {
		a.material = data[i:min(len(data), i+64)]
	}
	return a, nil
}

// coreMasterKey finds the CMasterKey value: vchCryptedKey (48 bytes),
// vchSalt (8), nDerivationMethod (0 = SHA-512), nDeriveIterations.
func coreMasterKey(data []byte) (int, []byte, bool) {
	for i := 0; i+66 <= len(data); i++ {
		if data[i] != 0x30 || data[i+49] != 0x08 {
			continue
		}
		method := binary.LittleEndian.Uint32(data[i+58 : i+62])
		iter := binary.LittleEndian.Uint32(data[i+62 : i+66])
		if method == 0 && iter >= 1000 && iter <= 100_000_000 {
			return int(iter), data[i+50 : i+58], true
		}
	}
	return 0, nil, false
}

// parseHSM reads a Core Lightning hsm_secret: 32 raw bytes in the clear, or
// 73 bytes encrypted with libsodium secretstream and an Argon2id key.
func parseHSM(data []byte) (*Assessment, error) {
	switch len(data) {
	case 32:
		return &Assessment{Format: LightningHSM, material: data, Notes: []string{"node secret stored in the clear"}}, nil
	case 73:
		return &Assessment{Format: LightningHSM, Encrypted: true, KDF: "argon2id", KDFParams: "256 MiB t=3", Cipher: "xchacha20-poly1305",
			GuessesPerSecond: argon2CLN, material: data}, nil
	}
	return nil, ErrNotKeystore
}
