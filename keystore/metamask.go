package keystore

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"fmt"
	"strings"

	"golang.org/x/crypto/pbkdf2"
)

// vaultJSON is a MetaMask browser-passworder vault.
type vaultJSON struct {
	Data        string `json:"data"`
	IV          string `json:"iv"`
	Salt        string `json:"salt"`
	KeyMetadata *struct {
		Algorithm string `json:"algorithm"`
		Params    struct {
			Iterations num `json:"iterations"`
		} `json:"params"`
	} `json:"keyMetadata"`
}

// parseVault reads a MetaMask-style vault: PBKDF2-HMAC-SHA256 (10,000
// iterations when keyMetadata is missing — legacy; 600,000 in current
// extension vaults) and AES-256-GCM. A guess is checked with the GCM tag;
// the plaintext is dropped at once.
func parseVault(data []byte) (*Assessment, error) {
	var d vaultJSON
	if err := unmarshal(data, &d); err != nil || d.Data == "" || d.IV == "" || d.Salt == "" {
		return nil, ErrNotKeystore
	}
	ct, ok1 := unb64(d.Data)
	iv, ok2 := unb64(d.IV)
	salt, ok3 := unb64(d.Salt)
	if !ok1 || !ok2 || !ok3 || len(ct) < 16 || len(iv) == 0 || len(iv) > 64 || len(salt) > maxSaltLen {
		return nil, fmt.Errorf("%w: vault fields", ErrMalformed)
	}
	iter := 10_000
	a := &Assessment{Format: MetaMaskVault, Version: "legacy", Encrypted: true, KDF: "pbkdf2-sha256", Cipher: "aes-256-gcm",
		MAC: "gcm", RateSource: srcPBKDF2SHA256, material: ct}
	if km := d.KeyMetadata; km != nil {
		n, ok := km.Params.Iterations.int(1, maxPBKDF2Iter)
		if !ok || (km.Algorithm != "" && !strings.EqualFold(km.Algorithm, "PBKDF2")) {
			return nil, fmt.Errorf("%w: keyMetadata", ErrMalformed)
		}
		iter, a.Version = n, "keyMetadata"
	}
	a.KDFParams = fmt.Sprintf("c=%d", iter)
	a.GuessesPerSecond = pbkdf2Rate("sha256", iter)
	switch {
	case iter <= 10_000:
		a.Notes = append(a.Notes, fmt.Sprintf("legacy vault: %d PBKDF2 iterations (current vaults use 600,000)", iter))
	case iter < 600_000:
		a.Notes = append(a.Notes, fmt.Sprintf("%d PBKDF2 iterations, below the current 600,000", iter))
	}
	if iter <= maxTrialPBKDF2 {
		a.trialSeconds = float64(iter) / 5e6
		a.check = func(pw []byte) bool {
			block, err := aes.NewCipher(pbkdf2.Key(pw, salt, iter, 32, sha256.New))
			if err != nil {
				return false
			}
			gcm, err := cipher.NewGCMWithNonceSize(block, len(iv))
			if err != nil {
				return false
			}
			pt, err := gcm.Open(nil, iv, ct, nil)
			clear(pt)
			return err == nil
		}
	}
	return a, nil
}
