package keystore

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/walletaudit/walletaudit/internal/eth"
	"golang.org/x/crypto/pbkdf2"
	"golang.org/x/crypto/scrypt"
	"golang.org/x/crypto/sha3"
	"golang.org/x/text/unicode/norm"
)

// Bounds on what a keystore may declare. Beyond the hard ones the file is
// malformed (no wallet writes them, and the owner could not open it
// either); beyond the trial ones it is assessed but not tried.
const (
	maxScryptLogN  = 40      // n ≤ 2^40 is still assessed
	maxScryptRP    = 1 << 20 // r·p < 2^30 is scrypt's own bound; we stop earlier
	maxPBKDF2Iter  = 1 << 32 // assessed up to here
	maxTrialPBKDF2 = 50_000_000
	maxSaltLen     = 1024
	maxCipherLen   = 1 << 20
)

// kdfSpec is a parsed scrypt or PBKDF2 setting shared by the Ethereum and
// EIP-2335 keystores.
type kdfSpec struct {
	name          string // "scrypt", "pbkdf2-sha256"
	n, r, p, c    int
	dklen         int
	salt          []byte
	params        string
	rate          float64
	source        string
	seconds       float64 // estimated CPU seconds of one derivation here
	memory        int64
	derive        func(pw []byte) []byte // nil when the KDF cannot be tried
	standardNotes []string
}

type kdfParamsJSON struct {
	N     num    `json:"n"`
	R     num    `json:"r"`
	P     num    `json:"p"`
	C     num    `json:"c"`
	DKLen num    `json:"dklen"`
	PRF   string `json:"prf"`
	Salt  string `json:"salt"`
}

// parseKDF reads kdf name and params; an unknown KDF gives a spec with no
// rate and no derive function.
func parseKDF(kdf string, p kdfParamsJSON, defaultDKLen int) (*kdfSpec, error) {
	salt, ok := unhex(p.Salt)
	if !ok || len(salt) > maxSaltLen {
		return nil, fmt.Errorf("%w: bad salt", ErrMalformed)
	}
	dklen := defaultDKLen
	if p.DKLen != 0 {
		if dklen, ok = p.DKLen.int(32, 128); !ok {
			return nil, fmt.Errorf("%w: dklen", ErrMalformed)
		}
	}
	s := &kdfSpec{dklen: dklen, salt: salt}
	switch strings.ToLower(kdf) {
	case "scrypt":
		n, ok1 := p.N.int(2, 1<<maxScryptLogN)
		r, ok2 := p.R.int(1, maxScryptRP)
		pp, ok3 := p.P.int(1, maxScryptRP)
		if !ok1 || !ok2 || !ok3 || n&(n-1) != 0 || r*pp >= maxScryptRP {
			return nil, fmt.Errorf("%w: scrypt parameters", ErrMalformed)
		}
		s.setScrypt(n, r, pp)
		switch {
		case n == 1<<18 && r == 8 && pp == 1:
			s.standardNotes = []string{"geth standard scrypt parameters"}
		case n == 1<<12 && r == 8 && pp == 6:
			s.standardNotes = []string{"geth light scrypt parameters"}
		case n < 1<<14:
			s.standardNotes = []string{fmt.Sprintf("scrypt n=%d is below 2^14: weak", n)}
		}
		// Trials are bounded by memory and time in tryPasswords.
		s.derive = func(pw []byte) []byte {
			k, err := scrypt.Key(pw, salt, n, r, pp, dklen)
			if err != nil {
				return nil
			}
			return k
		}
	case "pbkdf2":
		c, ok := p.C.int(1, maxPBKDF2Iter)
		if !ok {
			return nil, fmt.Errorf("%w: pbkdf2 iterations", ErrMalformed)
		}
		prf := strings.ToLower(p.PRF)
		if prf == "" {
			prf = "hmac-sha256"
		}
		s.name, s.c = "pbkdf2-"+strings.TrimPrefix(prf, "hmac-"), c
		s.params = fmt.Sprintf("c=%d", c)
		s.rate = pbkdf2Rate(prf, c)
		s.source = srcPBKDF2SHA256
		if prf == "hmac-sha512" {
			s.source = srcPBKDF2SHA512
		}
		s.seconds = float64(c) / 5e6
		if c < 100_000 {
			s.standardNotes = []string{fmt.Sprintf("PBKDF2 with %d iterations is below 100,000: weak", c)}
		}
		if prf == "hmac-sha256" && c <= maxTrialPBKDF2 {
			s.derive = func(pw []byte) []byte { return pbkdf2.Key(pw, salt, c, dklen, sha256.New) }
		}
	default:
		s.name = strings.ToLower(kdf)
		if len(s.name) > 32 {
			s.name = s.name[:32]
		}
		s.standardNotes = []string{"unknown KDF"}
	}
	return s, nil
}

// setScrypt makes s the scrypt setting with parameters n, r, p: its name
// and text, the attacker's rate, and what one derivation costs here
// (x/crypto/scrypt does about 2^21 N·r·p units a second on one current
// core, and needs 128·N·r bytes for its table and 128·r·p for its
// blocks).
func (s *kdfSpec) setScrypt(n, r, p int) {
	s.name, s.n, s.r, s.p = "scrypt", n, r, p
	s.params = fmt.Sprintf("n=%d r=%d p=%d", n, r, p)
	s.rate, s.source = scryptRate(n, r, p), srcScrypt
	s.seconds = float64(n) * float64(r) * float64(p) / (1 << 21)
	s.memory = 128*int64(n)*int64(r) + 128*int64(r)*int64(p)
}

func (s *kdfSpec) apply(a *Assessment) {
	a.KDF, a.KDFParams = s.name, s.params
	a.GuessesPerSecond, a.RateSource = s.rate, s.source
	a.trialSeconds, a.trialMemory = s.seconds, s.memory
	a.Notes = append(a.Notes, s.standardNotes...)
}

// v3JSON is a Web3 Secret Storage document (v3, and v1 which has the same
// MAC). encoding/json matches keys case-insensitively, so "Crypto" (Mist,
// older geth) lands in Crypto too.
type v3JSON struct {
	Version json.RawMessage `json:"version"`
	Address string          `json:"address"`
	Crypto  *struct {
		Cipher       string `json:"cipher"`
		CipherText   string `json:"ciphertext"`
		CipherParams struct {
			IV string `json:"iv"`
		} `json:"cipherparams"`
		KDF       string        `json:"kdf"`
		KDFParams kdfParamsJSON `json:"kdfparams"`
		MAC       string        `json:"mac"`
	} `json:"crypto"`
}

// parseV3 reads a Web3 Secret Storage keystore. A guess is checked with
// the MAC alone: Keccak-256(DK[16:32] ‖ ciphertext) = mac; nothing is
// decrypted.
func parseV3(data []byte) (*Assessment, error) {
	var d v3JSON
	if err := unmarshal(data, &d); err != nil || d.Crypto == nil {
		return nil, ErrNotKeystore
	}
	c := d.Crypto
	if c.CipherText == "" && c.MAC == "" {
		return nil, ErrNotKeystore
	}
	ct, ok1 := unhex(c.CipherText)
	mac, ok2 := unhex(c.MAC)
	if !ok1 || !ok2 || len(ct) == 0 || len(ct) > maxCipherLen || len(mac) != 32 {
		return nil, fmt.Errorf("%w: ciphertext or mac", ErrMalformed)
	}
	a := &Assessment{Format: EthereumV3, Version: "3", Encrypted: true, Cipher: strings.ToLower(c.Cipher), MAC: "keccak256", material: ct}
	if v := strings.Trim(string(d.Version), `"`); v == "1" {
		a.Version = "1"
		a.Notes = append(a.Notes, "version 1 keystore (pre-2016 geth)")
	}
	if addr, ok := unhex(d.Address); ok && len(addr) == 20 {
		a.Address = eth.EIP55(hex.EncodeToString(addr))
	}
	kdf, err := parseKDF(c.KDF, c.KDFParams, 32)
	if err != nil {
		return nil, err
	}
	kdf.apply(a)
	if kdf.derive != nil {
		// derive returns the derived key of a guess and whether the MAC
		// says it is the store's.
		derive := func(pw []byte) ([]byte, bool) {
			dk := kdf.derive(pw)
			return dk, len(dk) >= 32 && hmac.Equal(eth.V3MAC(dk, ct), mac)
		}
		a.check = func(pw []byte) bool {
			dk, ok := derive(pw)
			clear(dk)
			return ok
		}
		// open also decrypts the key (AES-128-CTR under the derived key's
		// first half), for the pool to ask whether it was published.
		iv, okIV := unhex(c.CipherParams.IV)
		ctr := a.Cipher == "aes-128-ctr"
		a.open = func(pw []byte) ([]byte, bool) {
			dk, ok := derive(pw)
			defer clear(dk)
			if !ok || !ctr || !okIV || len(iv) != aes.BlockSize || len(ct) != 32 {
				return nil, ok
			}
			block, err := aes.NewCipher(dk[:16])
			if err != nil {
				return nil, true
			}
			key := make([]byte, len(ct))
			cipher.NewCTR(block, iv).XORKeyStream(key, ct)
			return key, true
		}
	}
	return a, nil
}

// eip2335JSON is an EIP-2335 BLS keystore, or an EIP-2386 walletstore
// (Name, Type and NextAccount), whose crypto module is EIP-2335's.
type eip2335JSON struct {
	Version     json.RawMessage `json:"version"`
	Pubkey      string          `json:"pubkey"`
	Path        string          `json:"path"`
	Name        string          `json:"name"`
	Type        string          `json:"type"`
	NextAccount json.RawMessage `json:"nextaccount"`
	Crypto      struct {
		KDF struct {
			Function string        `json:"function"`
			Params   kdfParamsJSON `json:"params"`
		} `json:"kdf"`
		Checksum struct {
			Function string `json:"function"`
			Message  string `json:"message"`
		} `json:"checksum"`
		Cipher struct {
			Function string `json:"function"`
			Message  string `json:"message"`
		} `json:"cipher"`
	} `json:"crypto"`
}

// parseEIP2335 reads a validator keystore. A guess is checked with the
// checksum module: SHA-256(DK[16:32] ‖ cipher.message) = checksum.message.
func parseEIP2335(data []byte) (*Assessment, error) {
	var d eip2335JSON
	if err := unmarshal(data, &d); err != nil || d.Crypto.KDF.Function == "" {
		return nil, ErrNotKeystore
	}
	a, err := eip2335Crypto(&d, EIP2335, "4")
	if err != nil {
		return nil, err
	}
	if pk, ok := unhex(d.Pubkey); ok && len(pk) == 48 {
		a.Address = "0x" + hex.EncodeToString(pk)
	}
	if d.Path != "" && len(d.Path) < 128 {
		a.Notes = append(a.Notes, "validator key path "+d.Path)
	}
	return a, nil
}

// parseEIP2386 reads an Ethereum 2 hierarchical deterministic
// walletstore (EIP-2386, as ethdo and the wealdtech wallets write it): its
// crypto module, EIP-2335's, holds the seed from which every validator
// and withdrawal key of the wallet is derived (EIP-2334 paths), so the
// one password opens them all.
func parseEIP2386(data []byte) (*Assessment, error) {
	var d eip2335JSON
	if err := unmarshal(data, &d); err != nil || d.Crypto.KDF.Function == "" {
		return nil, ErrNotKeystore
	}
	a, err := eip2335Crypto(&d, EIP2386, strings.Trim(string(d.Version), `"`))
	if err != nil {
		return nil, err
	}
	note := "the seed of every key of the HD wallet"
	if d.Name != "" && len(d.Name) < 64 {
		note += " " + strconv.Quote(d.Name)
	}
	if n, err := strconv.ParseUint(string(d.NextAccount), 10, 32); err == nil && n > 0 {
		note += fmt.Sprintf(" (%d accounts made from it)", n)
	}
	a.Notes = append(a.Notes, note)
	return a, nil
}

// eip2335Crypto reads the crypto module of EIP-2335, which EIP-2386
// walletstores share, into an assessment of the format.
func eip2335Crypto(d *eip2335JSON, format Format, version string) (*Assessment, error) {
	ct, ok1 := unhex(d.Crypto.Cipher.Message)
	sum, ok2 := unhex(d.Crypto.Checksum.Message)
	if !ok1 || !ok2 || len(ct) == 0 || len(ct) > maxCipherLen {
		return nil, fmt.Errorf("%w: cipher or checksum message", ErrMalformed)
	}
	if len(version) > 8 {
		version = ""
	}
	a := &Assessment{Format: format, Version: version, Encrypted: true, Cipher: strings.ToLower(d.Crypto.Cipher.Function),
		MAC: strings.ToLower(d.Crypto.Checksum.Function), material: ct}
	kdf, err := parseKDF(d.Crypto.KDF.Function, d.Crypto.KDF.Params, 32)
	if err != nil {
		return nil, err
	}
	kdf.apply(a)
	if kdf.derive != nil && len(sum) == 32 && a.MAC == "sha256" {
		a.check = func(pw []byte) bool {
			dk := kdf.derive(eip2335Password(pw))
			if len(dk) < 32 {
				return false
			}
			h := sha256.New()
			h.Write(dk[16:32])
			h.Write(ct)
			return hmac.Equal(h.Sum(nil), sum)
		}
	}
	return a, nil
}

// eip2335Password normalises a password as EIP-2335 says: NFKD, then the
// C0 and C1 control codes and DEL removed.
func eip2335Password(pw []byte) []byte {
	return []byte(strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, norm.NFKD.String(string(pw))))
}

// presaleJSON is an Ethereum presale (2014) wallet.
type presaleJSON struct {
	EncSeed string `json:"encseed"`
	EthAddr string `json:"ethaddr"`
}

// parsePresale reads a presale wallet: key = PBKDF2-HMAC-SHA256(password,
// salt = password, 2,000 iterations, 16 bytes), AES-128-CBC over the seed
// (IV = first 16 bytes of encseed), private key = Keccak-256(seed)
// (pyethsaletool; hashcat mode 16300). A guess is checked by the padding
// and the address derived from the decrypted seed, which is then dropped.
func parsePresale(data []byte) (*Assessment, error) {
	var d presaleJSON
	if err := unmarshal(data, &d); err != nil || d.EncSeed == "" {
		return nil, ErrNotKeystore
	}
	enc, ok := unhex(d.EncSeed)
	if !ok || len(enc) < 32 || len(enc)%16 != 0 || len(enc) > maxCipherLen {
		return nil, fmt.Errorf("%w: encseed", ErrMalformed)
	}
	const iter = 2000
	a := &Assessment{Format: EthereumPresale, Encrypted: true, KDF: "pbkdf2-sha256", KDFParams: fmt.Sprintf("c=%d", iter),
		Cipher: "aes-128-cbc", GuessesPerSecond: pbkdf2Rate("sha256", iter), RateSource: srcPBKDF2SHA256,
		material: enc, trialSeconds: iter / 5e6}
	addr, ok := unhex(d.EthAddr)
	if !ok || len(addr) != 20 {
		return a, nil
	}
	a.Address = eth.EIP55(hex.EncodeToString(addr))
	a.check = func(pw []byte) bool {
		key := pbkdf2.Key(pw, pw, iter, 16, sha256.New)
		seed, ok := cbcDecrypt(key, enc[:16], enc[16:])
		if !ok {
			return false
		}
		priv := keccak(seed)
		clear(seed)
		return hmac.Equal(eth.RawAddress(priv), addr)
	}
	return a, nil
}

// cbcDecrypt decrypts and removes PKCS#7 padding; false on bad padding.
func cbcDecrypt(key, iv, ct []byte) ([]byte, bool) {
	block, err := aes.NewCipher(key)
	if err != nil || len(ct) == 0 || len(ct)%aes.BlockSize != 0 || len(iv) != aes.BlockSize {
		return nil, false
	}
	pt := make([]byte, len(ct))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(pt, ct)
	n := int(pt[len(pt)-1])
	if n == 0 || n > aes.BlockSize {
		return nil, false
	}
	for _, b := range pt[len(pt)-n:] {
		if int(b) != n {
			return nil, false
		}
	}
	return pt[:len(pt)-n], true
}

func keccak(b []byte) []byte {
	h := sha3.NewLegacyKeccak256()
	h.Write(b)
	return h.Sum(nil)
}
