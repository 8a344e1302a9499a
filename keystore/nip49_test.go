package keystore

import (
	"context"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/btcsuite/btcd/btcutil/bech32"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/crypto/chacha20poly1305"
	"golang.org/x/crypto/scrypt"
)

// nip49Vector is the test data of NIP-49 (github.com/nostr-protocol/nips,
// 49.md, "Test Data"): published with its password, no one's key.
const (
	nip49Vector     = "ncryptsec1qgg9947rlpvqu76pj5ecreduf9jxhselq2nae2kghhvd5g7dgjtcxfqtd67p9m0w57lspw8gsq6yphnm8623nsl8xn9j4jdzz84zm3frztj3z7s35vpzmqf6ksu8r89qk5z2zxfmu5gv8th8wclt0h4p"
	nip49VectorPass = "nostr"
	nip49VectorKey  = "3501454135014541350145413501453fefb02227e449e57cf4d3a3ce05378683"
)

// sealNIP49 encrypts key as NIP-49 describes, with a fixed salt and
// nonce (tests only).
func sealNIP49(t testing.TB, key []byte, password string, logN, keySecurity byte) string {
	t.Helper()
	salt, nonce := make([]byte, 16), make([]byte, 24)
	for i := range salt {
		salt[i] = byte(i)
	}
	for i := range nonce {
		nonce[i] = byte(100 + i)
	}
	sym, err := scrypt.Key([]byte(password), salt, 1<<logN, 8, 1, 32)
	require.NoError(t, err)
	aead, err := chacha20poly1305.NewX(sym)
	require.NoError(t, err)
	raw := append([]byte{0x02, logN}, salt...)
	raw = append(raw, nonce...)
	raw = append(raw, keySecurity)
	return encodeNIP49Raw(t, aead.Seal(raw, nonce, key, []byte{keySecurity}))
}

func TestNIP49Vector(t *testing.T) {
	k, err := ParseNIP49(nip49Vector)
	require.NoError(t, err)
	assert.Equal(t, 16, k.LogN())
	key, ok := k.DecryptSecret(nip49VectorPass)
	require.True(t, ok, "the vector's password does not open it")
	assert.Equal(t, nip49VectorKey, hex.EncodeToString(key), "decrypted key differs from the vector")
	assert.False(t, k.Opens(nip49VectorPass+"x"), "a wrong password opened it")
	// Upper case is the same string in bech32.
	_, err = ParseNIP49(strings.ToUpper(nip49Vector))
	assert.NoError(t, err)
}

func TestNIP49Sealed(t *testing.T) {
	key, _ := hex.DecodeString(nip49VectorKey)
	// The password is read in NFKC: "ﬁ" (a ligature) is "fi".
	s := sealNIP49(t, key, "fish", 10, 0)
	k, err := ParseNIP49(s)
	require.NoError(t, err)
	assert.Equal(t, byte(0), k.KeySecurity())
	assert.True(t, k.Opens("\ufb01sh"))
	assert.False(t, k.Opens("fist"))
	// The key-security byte is authenticated: changed, nothing opens.
	raw := decodeNIP49Raw(t, s)
	raw[42] = 1
	k2, err := ParseNIP49(encodeNIP49Raw(t, raw))
	require.NoError(t, err)
	assert.False(t, k2.Opens("fish"))
	// A key that is no secp256k1 scalar is no key, whatever the tag.
	zero := sealNIP49(t, make([]byte, 32), "fish", 10, 2)
	k3, err := ParseNIP49(zero)
	require.NoError(t, err)
	assert.False(t, k3.Opens("fish"))
}

func decodeNIP49Raw(t *testing.T, s string) []byte {
	_, data, err := bech32.DecodeNoLimit(s)
	require.NoError(t, err)
	raw, err := bech32.ConvertBits(data, 5, 8, false)
	require.NoError(t, err)
	return raw
}

func encodeNIP49Raw(t testing.TB, raw []byte) string {
	t.Helper()
	conv, err := bech32.ConvertBits(raw, 8, 5, true)
	require.NoError(t, err)
	s, err := bech32.Encode("ncryptsec", conv)
	require.NoError(t, err)
	return s
}

func TestParseNIP49Rejects(t *testing.T) {
	raw := decodeNIP49Raw(t, nip49Vector)
	with := func(i int, b byte) string {
		r := append([]byte(nil), raw...)
		r[i] = b
		return encodeNIP49Raw(t, r)
	}
	short := encodeNIP49Raw(t, raw[:90])
	conv, _ := bech32.ConvertBits(raw, 8, 5, true)
	otherHRP, _ := bech32.Encode("ncryptsex", conv)
	for name, s := range map[string]string{
		"empty":          "",
		"prefix only":    "ncryptsec1",
		"checksum":       nip49Vector[:len(nip49Vector)-1] + "q",
		"cut":            nip49Vector[:161],
		"short payload":  short,
		"other prefix":   otherHRP,
		"version 1":      with(0, 0x01),
		"log n zero":     with(1, 0),
		"log n too high": with(1, 41),
		"nsec":           "nsec1vl029mgpspedva04g90vltkh6fvh240zqtv9k0t9af8935ke9laqsnlfe5",
	} {
		_, err := ParseNIP49(s)
		assert.ErrorIs(t, err, ErrNotNIP49, name)
	}
}

func TestInspectNIP49(t *testing.T) {
	key, _ := hex.DecodeString(nip49VectorKey)
	s := sealNIP49(t, key, "hunter2", 8, 0)
	a, err := InspectNIP49(context.Background(), s, Options{NoBuiltin: true, Passwords: []string{"letmein", "hunter2"}})
	require.NoError(t, err)
	assert.Equal(t, NostrNIP49, a.Format)
	assert.True(t, a.Encrypted)
	assert.Equal(t, "scrypt", a.KDF)
	assert.Equal(t, "n=256 r=8 p=1", a.KDFParams)
	assert.Equal(t, "xchacha20-poly1305", a.Cipher)
	assert.Equal(t, StrengthWeak, a.Strength, "scrypt n=2^8 r=8 is weak")
	assert.True(t, a.WeakPassword, "the listed password should open it")
	assert.Equal(t, RatingCritical, a.Rating)
	assert.Contains(t, strings.Join(a.Notes, "\n"), "handled insecurely")

	// The vector's n=2^16: strong on its KDF, and not opened unasked.
	a, err = InspectNIP49(context.Background(), nip49Vector, Options{NoTrials: true})
	require.NoError(t, err)
	assert.Equal(t, "n=65536 r=8 p=1", a.KDFParams)
	assert.Equal(t, StrengthStrong, a.Strength)
	assert.False(t, a.WeakPassword)
	assert.NotEqual(t, RatingCritical, a.Rating)
}

func FuzzParseNIP49(f *testing.F) {
	f.Add(nip49Vector)
	f.Add(strings.ToUpper(nip49Vector))
	f.Fuzz(func(t *testing.T, s string) {
		k, err := ParseNIP49(s)
		if err == nil && k == nil {
			t.Fatal("nil key without error")
		}
		if err == nil && (k.LogN() < 1 || k.LogN() > nip49MaxLogN) {
			t.Fatalf("log n %d accepted", k.LogN())
		}
	})
}
