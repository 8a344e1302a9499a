// Package bitwardentest builds password-protected Bitwarden JSON exports
// for tests, following Bitwarden's documented scheme (see
// keystore/bitwarden.go): the master key from the password (PBKDF2-SHA256
// or Argon2id over the salt's SHA-256), stretched by HKDF-Expand "enc" and
// "mac", and type-2 EncStrings (AES-256-CBC, PKCS#7 padding, HMAC-SHA256
// over iv ‖ ciphertext). The vault inside is empty.
package bitwardentest

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/pbkdf2"
)

// KDF types of the export's kdfType field.
const (
	PBKDF2   = 0
	Argon2id = 1
)

// Export returns an export protected by password with a fresh salt: kdf
// PBKDF2 with iter rounds, or Argon2id with t=iter, mem MiB and p lanes.
func Export(password string, kdf, iter, mem, p int) ([]byte, error) {
	saltRaw := make([]byte, 16)
	_, _ = rand.Read(saltRaw)
	salt := base64.StdEncoding.EncodeToString(saltRaw)
	var master []byte
	if kdf == PBKDF2 {
		master = pbkdf2.Key([]byte(password), []byte(salt), iter, 32, sha256.New)
	} else {
		s := sha256.Sum256([]byte(salt))
		master = argon2.IDKey([]byte(password), s[:], uint32(iter), uint32(mem)<<10, uint8(p), 32)
	}
	validation, err := EncString(master, []byte("0f8fad5b-d9cb-469f-a165-70867728950e"))
	if err != nil {
		return nil, err
	}
	data, err := EncString(master, []byte(`{"encrypted":false,"items":[]}`))
	if err != nil {
		return nil, err
	}
	return json.MarshalIndent(map[string]any{
		"encrypted": true, "passwordProtected": true, "salt": salt,
		"kdfType": kdf, "kdfIterations": iter, "kdfMemory": mem, "kdfParallelism": p,
		"encKeyValidation_DO_NOT_EDIT": validation,
		"data":                         data,
	}, "", "  ")
}

// EncString encrypts plain as a type-2 EncString under the stretched key
// of master.
func EncString(master, plain []byte) (string, error) {
	encKey, err := hkdf.Expand(sha256.New, master, "enc", 32)
	if err != nil {
		return "", err
	}
	macKey, err := hkdf.Expand(sha256.New, master, "mac", 32)
	if err != nil {
		return "", err
	}
	pad := 16 - len(plain)%16
	buf := append(append([]byte(nil), plain...), bytes.Repeat([]byte{byte(pad)}, pad)...)
	iv := make([]byte, 16)
	_, _ = rand.Read(iv)
	block, err := aes.NewCipher(encKey)
	if err != nil {
		return "", err
	}
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(buf, buf)
	h := hmac.New(sha256.New, macKey)
	h.Write(iv)
	h.Write(buf)
	b64 := base64.StdEncoding.EncodeToString
	return "2." + b64(iv) + "|" + b64(buf) + "|" + b64(h.Sum(nil)), nil
}
