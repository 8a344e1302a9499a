package keystore

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/internal/bitwardentest"
)

func TestBitwardenPasswordProtected(t *testing.T) {
	common := CommonPasswords()[0]
	opts := Options{MaxTrials: 5}
	tests := []struct {
		name              string
		password          string
		kdf, iter, mem, p int
		weak              bool
		kdfName, params   string
		rate              float64
	}{
		{"pbkdf2 common", common, 0, 5000, 0, 0, true, "pbkdf2-sha256", "c=5000", pbkdf2Rate("sha256", 5000)},
		{"pbkdf2 random", "a long random export password 91", 0, 5000, 0, 0, false, "pbkdf2-sha256", "c=5000", pbkdf2Rate("sha256", 5000)},
		{"argon2id common", common, 1, 2, 16, 1, true, "argon2id", "m=16MiB t=2 p=1", argon2idRate(16, 2)},
		{"argon2id random", "a long random export password 91", 1, 2, 16, 2, false, "argon2id", "m=16MiB t=2 p=2", argon2idRate(16, 2)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data, err := bitwardentest.Export(tc.password, tc.kdf, tc.iter, tc.mem, tc.p)
			require.NoError(t, err)
			require.True(t, Likely("bitwarden_encrypted_export.json", data, int64(len(data)), Options{}))
			a, err := Inspect(context.Background(), "bitwarden_encrypted_export.json", data, opts)
			require.NoError(t, err)
			assert.Equal(t, BitwardenExport, a.Format)
			assert.Equal(t, "password-protected", a.Version)
			assert.True(t, a.Encrypted)
			assert.Equal(t, tc.kdfName, a.KDF)
			assert.Equal(t, tc.params, a.KDFParams)
			assert.InDelta(t, tc.rate, a.GuessesPerSecond, 1e-9)
			assert.Equal(t, tc.weak, a.WeakPassword)
			assert.Positive(t, a.Tried)
			if tc.weak {
				assert.Equal(t, RatingCritical, a.Rating)
			}
		})
	}
}

func TestBitwardenAccountRestricted(t *testing.T) {
	data := []byte(`{
  "encrypted": true,
  "encKeyValidation_DO_NOT_EDIT": "2.AAECAwQFBgcICQoLDA0ODw==|AAAAAAAAAAAAAAAAAAAAAA==|AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
  "folders": [],
  "items": []
}`)
	require.True(t, Likely("bitwarden_encrypted_export.json", data, int64(len(data)), Options{}))
	a, err := Inspect(context.Background(), "", data, Options{})
	require.NoError(t, err)
	assert.Equal(t, BitwardenExport, a.Format)
	assert.Equal(t, "account-restricted", a.Version)
	assert.True(t, a.Encrypted)
	assert.Zero(t, a.Tried, "no password opens an account-restricted export")
	assert.Equal(t, StrengthUnknown, a.Strength)
	assert.NotEmpty(t, a.Notes)
}

func TestBitwardenRejects(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want error
	}{
		{"unencrypted export", `{"encrypted": false, "folders": [], "items": []}`, ErrNotKeystore},
		{"unknown kdf", `{"encrypted": true, "passwordProtected": true, "salt": "c2FsdA==", "kdfType": 7, "kdfIterations": 1, "encKeyValidation_DO_NOT_EDIT": "x", "data": "y"}`, ErrMalformed},
		{"no salt", `{"encrypted": true, "passwordProtected": true, "kdfType": 0, "kdfIterations": 600000, "encKeyValidation_DO_NOT_EDIT": "x", "data": "y"}`, ErrMalformed},
		{"zero iterations", `{"encrypted": true, "passwordProtected": true, "salt": "c2FsdA==", "kdfType": 0, "kdfIterations": 0, "encKeyValidation_DO_NOT_EDIT": "x", "data": "y"}`, ErrMalformed},
		{"argon2 memory too large", `{"encrypted": true, "passwordProtected": true, "salt": "c2FsdA==", "kdfType": 1, "kdfIterations": 3, "kdfMemory": 1e9, "kdfParallelism": 4, "encKeyValidation_DO_NOT_EDIT": "x", "data": "y"}`, ErrMalformed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("", []byte(tc.doc))
			require.ErrorIs(t, err, tc.want)
		})
	}
}

func TestBitwardenUnknownEncStringNotTried(t *testing.T) {
	doc := `{"encrypted": true, "passwordProtected": true, "salt": "c2FsdA==", "kdfType": 0, "kdfIterations": 600000, "encKeyValidation_DO_NOT_EDIT": "7.opaque", "data": "7.opaque"}`
	a, err := Inspect(context.Background(), "", []byte(doc), Options{})
	require.NoError(t, err)
	assert.Equal(t, "c=600000", a.KDFParams)
	assert.Zero(t, a.Tried)
	assert.Equal(t, RatingMedium, a.Rating, "600,000 PBKDF2 rounds: ≈15 kH/s, a 10^12 wordlist takes about two GPU-years")
}

func TestArgon2idRate(t *testing.T) {
	assert.InDelta(t, 1703, argon2idRate(64, 3), 1e-9)
	assert.InDelta(t, 1703.0/4, argon2idRate(256, 3), 1e-9)
	assert.Zero(t, argon2idRate(0, 3))
}
