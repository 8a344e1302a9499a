package keystore

import (
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/sha256"
	"fmt"
	"strings"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/pbkdf2"
)

// BitwardenExport is an encrypted Bitwarden vault export (JSON). The
// format's facts come from Bitwarden's help page "Encrypted exports" and
// the importers of the public bitwarden/clients repository
// (libs/importer/src/importers/bitwarden/): an "encrypted": true file
// carries "encKeyValidation_DO_NOT_EDIT", an EncString encrypted with the
// export's key. Account-restricted exports use the account's random key;
// password-protected ones ("passwordProtected": true) derive it from a
// password with the KDF named in the file:
//
//   - kdfType 0: PBKDF2-HMAC-SHA256 over the password's UTF-8 bytes, the
//     salt being the UTF-8 bytes of the "salt" string as written (not
//     base64-decoded), kdfIterations rounds, 32 bytes;
//   - kdfType 1: Argon2id with salt SHA-256("salt" string), t =
//     kdfIterations, m = kdfMemory MiB, p = kdfParallelism, 32 bytes;
//
// then stretched with HKDF-Expand-SHA256 into an encryption key (info
// "enc") and a MAC key (info "mac"), 32 bytes each. EncStrings of type 2
// read "2.<iv>|<ciphertext>|<mac>" in base64, AES-256-CBC with
// HMAC-SHA256 over iv ‖ ciphertext: a password guess is checked with one
// KDF and one HMAC, nothing is decrypted.
const BitwardenExport Format = "bitwarden-encrypted-export"

// Bitwarden's KDF bounds and defaults (bitwarden/clients, key-management
// kdf-config: PBKDF2 at least 5,000 iterations, 600,000 by default since
// 2023; Argon2id 16–1,024 MiB, 1–16 threads, t ≥ 2, by default 64 MiB,
// t=3, p=4).
const (
	bwKDFPBKDF2        = 0
	bwKDFArgon2id      = 1
	bwDefaultPBKDF2    = 600_000
	bwMaxArgonMemMiB   = 1024
	bwMaxArgonTime     = 1 << 16
	bwMaxArgonThreads  = 16
	bwArgonTrialMaxMiB = 256
)

// Argon2id attacker rate: 1,703 H/s on one RTX 4090 at m=64 MiB, t=3
// (hashcat 7 release notes, as in cost.go). Argon2id is memory-hard: the
// work of one guess is m·t block passes whatever the parallelism, so the
// rate is scaled by 1/(m·t) (the same scaling gives ≈425 H/s at 256 MiB,
// cost.go's Core Lightning figure).
const (
	argon2idRefRate = 1703.0
	argon2idRefWork = 64 * 3 // MiB × passes of the reference figure
	srcArgon2Scaled = "Argon2id 64 MiB t=3: 1,703 H/s on RTX 4090 (hashcat 7), scaled by memory × passes"
)

// argon2idRate returns the estimated Argon2id guesses per second on one
// RTX 4090 for memory in MiB and passes t; 0 for parameters that are not
// positive.
func argon2idRate(memMiB, t int) float64 {
	if memMiB <= 0 || t <= 0 {
		return 0
	}
	return argon2idRefRate * argon2idRefWork / (float64(memMiB) * float64(t))
}

type bitwardenJSON struct {
	Encrypted         bool   `json:"encrypted"`
	PasswordProtected bool   `json:"passwordProtected"`
	Salt              string `json:"salt"`
	KDFType           *num   `json:"kdfType"`
	KDFIterations     num    `json:"kdfIterations"`
	KDFMemory         num    `json:"kdfMemory"`
	KDFParallelism    num    `json:"kdfParallelism"`
	Validation        string `json:"encKeyValidation_DO_NOT_EDIT"`
	Data              string `json:"data"`
}

// encString2 is a Bitwarden EncString of type 2 (AES-256-CBC,
// HMAC-SHA256).
type encString2 struct{ iv, ct, mac []byte }

func parseEncString2(s string) (encString2, bool) {
	rest, ok := strings.CutPrefix(s, "2.")
	if !ok {
		return encString2{}, false
	}
	parts := strings.Split(rest, "|")
	if len(parts) != 3 {
		return encString2{}, false
	}
	iv, ok1 := unb64(parts[0])
	ct, ok2 := unb64(parts[1])
	mac, ok3 := unb64(parts[2])
	if !ok1 || !ok2 || !ok3 || len(iv) != 16 || len(mac) != 32 || len(ct) == 0 || len(ct)%16 != 0 {
		return encString2{}, false
	}
	return encString2{iv, ct, mac}, true
}

// parseBitwarden reads an encrypted Bitwarden export.
func parseBitwarden(data []byte) (*Assessment, error) {
	var d bitwardenJSON
	if err := unmarshal(data, &d); err != nil || !d.Encrypted || d.Validation == "" {
		return nil, ErrNotKeystore
	}
	if !d.PasswordProtected {
		// The key is the account's: 512 random bits kept (wrapped by the
		// master password) by the server and the account's devices, not in
		// the file. No password opens the file on its own.
		return &Assessment{Format: BitwardenExport, Version: "account-restricted", Encrypted: true,
			KDF: "account key", Cipher: "aes-256-cbc", MAC: "hmac-sha256", material: []byte(d.Validation),
			Notes: []string{"encrypted with the Bitwarden account's key: it opens only with that account (its master password and its protected key), so the file alone cannot be guessed at"}}, nil
	}
	if d.Salt == "" || len(d.Salt) > maxSaltLen || d.KDFType == nil || d.Data == "" {
		return nil, fmt.Errorf("%w: bitwarden export fields", ErrMalformed)
	}
	a := &Assessment{Format: BitwardenExport, Version: "password-protected", Encrypted: true,
		Cipher: "aes-256-cbc", MAC: "hmac-sha256", material: []byte(d.Data)}
	var derive func(pw []byte) []byte
	kt, ok := d.KDFType.int(bwKDFPBKDF2, bwKDFArgon2id)
	if !ok {
		return nil, fmt.Errorf("%w: kdfType", ErrMalformed)
	}
	switch kt {
	case bwKDFPBKDF2:
		iter, ok := d.KDFIterations.int(1, maxPBKDF2Iter)
		if !ok {
			return nil, fmt.Errorf("%w: kdfIterations", ErrMalformed)
		}
		a.KDF, a.KDFParams = "pbkdf2-sha256", fmt.Sprintf("c=%d", iter)
		a.GuessesPerSecond, a.RateSource = pbkdf2Rate("sha256", iter), srcPBKDF2SHA256
		if iter < bwDefaultPBKDF2 {
			a.Notes = append(a.Notes, fmt.Sprintf("%d PBKDF2 iterations, below Bitwarden's current default of 600,000", iter))
		}
		if iter <= maxTrialPBKDF2 {
			a.trialSeconds = float64(iter) / 5e6
			salt := []byte(d.Salt)
			derive = func(pw []byte) []byte { return pbkdf2.Key(pw, salt, iter, 32, sha256.New) }
		}
	case bwKDFArgon2id:
		t, ok1 := d.KDFIterations.int(1, bwMaxArgonTime)
		m, ok2 := d.KDFMemory.int(1, bwMaxArgonMemMiB)
		p, ok3 := d.KDFParallelism.int(1, bwMaxArgonThreads)
		if !ok1 || !ok2 || !ok3 {
			return nil, fmt.Errorf("%w: argon2id parameters", ErrMalformed)
		}
		a.KDF, a.KDFParams = "argon2id", fmt.Sprintf("m=%dMiB t=%d p=%d", m, t, p)
		a.GuessesPerSecond, a.RateSource = argon2idRate(m, t), srcArgon2Scaled
		if m <= bwArgonTrialMaxMiB {
			// Measured: m=64 MiB t=3 p=4 took 1.7 s on a loaded two-core
			// machine; an idle one does several times better. About 1 s
			// per 192 MiB·passes.
			a.trialSeconds = float64(m) * float64(t) / 192
			a.trialMemory = int64(m) << 20
			salt := sha256.Sum256([]byte(d.Salt))
			derive = func(pw []byte) []byte { return argon2.IDKey(pw, salt[:], uint32(t), uint32(m)<<10, uint8(p), 32) }
		}
	}
	v, ok := parseEncString2(d.Validation)
	if !ok {
		a.Notes = append(a.Notes, "the key check is not an AES-CBC/HMAC EncString: passwords were not tried")
		return a, nil
	}
	if derive != nil {
		a.check = func(pw []byte) bool { return v.opensWith(derive(pw)) }
	}
	return a, nil
}

// opensWith reports whether the master key derived from a password
// authenticates the EncString: HMAC-SHA256 under the stretched MAC key.
func (e encString2) opensWith(master []byte) bool {
	macKey, err := hkdf.Expand(sha256.New, master, "mac", 32)
	clear(master)
	if err != nil {
		return false
	}
	h := hmac.New(sha256.New, macKey)
	h.Write(e.iv)
	h.Write(e.ct)
	return hmac.Equal(h.Sum(nil), e.mac)
}
