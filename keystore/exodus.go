package keystore

import (
	"bytes"
	"fmt"
	"strings"
)

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
