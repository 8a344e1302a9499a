package keystore

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/crypto/pbkdf2"
	"golang.org/x/crypto/scrypt"
	"golang.org/x/crypto/sha3"
)

// Fixtures are generated here with random keys from a fixed seed; none is
// a real wallet. Tests compare booleans and parameters, never key bytes.

type fx struct{ rng *rand.Rand }

func newFx(seed uint64) *fx { return &fx{rand.New(rand.NewPCG(seed, 9))} }

func (f *fx) bytes(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(f.rng.UintN(256))
	}
	return b
}

func (f *fx) v3(password, kdf string, n, r, p, c int) []byte {
	salt, iv, key := f.bytes(32), f.bytes(16), f.bytes(32)
	var dk []byte
	params := map[string]any{"dklen": 32, "salt": hex.EncodeToString(salt)}
	if kdf == "scrypt" {
		dk, _ = scrypt.Key([]byte(password), salt, n, r, p, 32)
		params["n"], params["r"], params["p"] = n, r, p
	} else {
		dk = pbkdf2.Key([]byte(password), salt, c, 32, sha256.New)
		params["c"], params["prf"] = c, "hmac-sha256"
	}
	block, _ := aes.NewCipher(dk[:16])
	ct := make([]byte, 32)
	cipher.NewCTR(block, iv).XORKeyStream(ct, key)
	h := sha3.NewLegacyKeccak256()
	h.Write(dk[16:32])
	h.Write(ct)
	doc := map[string]any{"version": 3, "address": hex.EncodeToString(f.bytes(20)), "id": "x",
		"crypto": map[string]any{"cipher": "aes-128-ctr", "ciphertext": hex.EncodeToString(ct),
			"cipherparams": map[string]string{"iv": hex.EncodeToString(iv)}, "kdf": kdf, "kdfparams": params,
			"mac": hex.EncodeToString(h.Sum(nil))}}
	b, _ := json.MarshalIndent(doc, "", "  ")
	return b
}

func (f *fx) vault(password string, iter int, meta bool) []byte {
	salt, iv := f.bytes(32), f.bytes(16)
	key := pbkdf2.Key([]byte(password), salt, iter, 32, sha256.New)
	block, _ := aes.NewCipher(key)
	gcm, _ := cipher.NewGCMWithNonceSize(block, 16)
	ct := gcm.Seal(nil, iv, []byte(`[{"type":"HD Key Tree","data":{"mnemonic":"x"}}]`), nil)
	doc := map[string]any{"data": base64.StdEncoding.EncodeToString(ct), "iv": base64.StdEncoding.EncodeToString(iv),
		"salt": base64.StdEncoding.EncodeToString(salt)}
	if meta {
		doc["keyMetadata"] = map[string]any{"algorithm": "PBKDF2", "params": map[string]int{"iterations": iter}}
	}
	b, _ := json.Marshal(doc)
	return b
}

func TestEthereumV3(t *testing.T) {
	f := newFx(1)
	ctx := context.Background()
	for _, tc := range []struct {
		name, password, kdf string
		n, r, p, c          int
		weak                bool
	}{
		{"scrypt_weak_password", "password", "scrypt", 1024, 8, 1, 0, true},
		{"scrypt_strong_password", "t4R!x9-unguessable-Qz", "scrypt", 1024, 8, 1, 0, false},
		{"pbkdf2_empty_password", "", "pbkdf2", 0, 0, 0, 1000, true},
		{"pbkdf2_strong_password", "correct horse battery staple 17", "pbkdf2", 0, 0, 0, 1000, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Inspect(ctx, "UTC--2024", f.v3(tc.password, tc.kdf, tc.n, tc.r, tc.p, tc.c), Options{})
			require.NoError(t, err)
			assert.Equal(t, EthereumV3, a.Format)
			assert.True(t, a.Encrypted)
			assert.Equal(t, tc.weak, a.WeakPassword)
			assert.NotEmpty(t, a.Address)
			assert.Positive(t, a.Tried)
			assert.NotEmpty(t, a.Material())
		})
	}
	// "Crypto" with a capital C (some wallets write it so).
	b := f.v3("x-strong-y", "pbkdf2", 0, 0, 0, 1000)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	m["Crypto"] = m["crypto"]
	delete(m, "crypto")
	b, _ = json.Marshal(m)
	a, err := Inspect(ctx, "", b, Options{NoTrials: true})
	require.NoError(t, err)
	assert.Equal(t, EthereumV3, a.Format)
	assert.Zero(t, a.Tried)
}

func TestCostModel(t *testing.T) {
	// Standard geth scrypt: ≈22 guesses/s on one GPU; light: ≈235.
	assert.InDelta(t, 22, scryptRate(262144, 8, 1), 0.5)
	assert.InDelta(t, 235, scryptRate(4096, 8, 6), 5)
	assert.Equal(t, "strong", Strength(scryptRate(262144, 8, 1)))
	// MetaMask legacy 10k PBKDF2: ≈887k/s (weak); current 600k: ≈14.8k/s.
	assert.InDelta(t, 886570, pbkdf2Rate("sha256", 10000), 1)
	assert.Equal(t, "weak", Strength(pbkdf2Rate("sha256", 10000)))
	assert.InDelta(t, 14776, pbkdf2Rate("sha256", 600000), 1)
	assert.Equal(t, "moderate", Strength(pbkdf2Rate("sha256", 600000)))
	// 8 letters and digits against standard scrypt: far beyond a lifetime.
	ex := exhaustTimes(scryptRate(262144, 8, 1))
	require.Len(t, ex, len(Spaces))
	assert.Greater(t, ex[1].Seconds, 100*365*86400.0)
	// 6 lower-case letters against legacy MetaMask: minutes.
	ex = exhaustTimes(pbkdf2Rate("sha256", 10000))
	assert.Less(t, ex[0].Seconds, 3600.0)
}

func TestStandardScryptIsNotTriedBeyondMemory(t *testing.T) {
	f := newFx(2)
	// Build a v3 document claiming N=2^20, r=64: too much memory to try.
	b := f.v3("password", "scrypt", 1024, 8, 1, 0)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	m["crypto"].(map[string]any)["kdfparams"].(map[string]any)["n"] = 1 << 20
	m["crypto"].(map[string]any)["kdfparams"].(map[string]any)["r"] = 64
	b, _ = json.Marshal(m)
	start := time.Now()
	a, err := Inspect(context.Background(), "", b, Options{})
	require.NoError(t, err)
	assert.Zero(t, a.Tried)
	assert.Less(t, time.Since(start), time.Second)
	assert.Equal(t, "strong", a.Strength)
}

func TestMetaMaskVault(t *testing.T) {
	f := newFx(3)
	a, err := Inspect(context.Background(), "", f.vault("password", 10000, false), Options{})
	require.NoError(t, err)
	assert.Equal(t, MetaMaskVault, a.Format)
	assert.Equal(t, "c=10000", a.KDFParams)
	assert.True(t, a.WeakPassword)
	assert.Equal(t, "weak", a.Strength)

	a, err = Inspect(context.Background(), "", f.vault("9x!unguessable!Vault", 600000, true), Options{NoTrials: true})
	require.NoError(t, err)
	assert.Equal(t, "c=600000", a.KDFParams)
	assert.False(t, a.WeakPassword)
	assert.Equal(t, "moderate", a.Strength)
}

func TestOtherFormats(t *testing.T) {
	f := newFx(4)
	ctx := context.Background()
	seed := f.bytes(32)
	priv := ed25519.NewKeyFromSeed(seed)
	arr := make([]int, 64)
	for i, b := range priv {
		arr[i] = int(b)
	}
	sol, _ := json.Marshal(arr)
	corePlain := append(bdbHeader(), []byte("\x03key\x21\x02......\x04name\x07default")...)
	mk := make([]byte, 66)
	mk[0] = 0x30
	copy(mk[1:49], f.bytes(48))
	mk[49] = 0x08
	copy(mk[50:58], f.bytes(8))
	binary.LittleEndian.PutUint32(mk[62:66], 171_000)
	coreEnc := append(append(bdbHeader(), []byte("\x04mkey\x01\x00\x00\x00")...), mk...)
	coreEnc = append(coreEnc, []byte("\x04ckey")...)
	polkadot := fmt.Sprintf(`{"encoded":"%s","encoding":{"content":["pkcs8","sr25519"],"type":["scrypt","xsalsa20-poly1305"],"version":"3"},"address":"5Fx"}`,
		base64.StdEncoding.EncodeToString(append(append(f.bytes(32), 0, 0x80, 0, 0, 1, 0, 0, 0, 8, 0, 0, 0), f.bytes(80)...)))
	for _, tc := range []struct {
		name, file string
		data       []byte
		format     Format
		encrypted  bool
		strength   string
	}{
		{"solana", "id.json", sol, SolanaKeypair, false, "none"},
		{"electrum_plain", "default_wallet", []byte(`{"seed_version": 53, "use_encryption": false, "keystore": {"type": "bip32", "seed": "x y z", "xprv": "xprv..."}}`), ElectrumWallet, false, "none"},
		{"electrum_field", "default_wallet", []byte(`{"seed_version": 53, "use_encryption": true, "keystore": {"type": "bip32", "seed": "AAAA", "xprv": "BBBB"}}`), ElectrumWallet, true, "weak"},
		{"electrum_bie1", "default_wallet", []byte(base64.StdEncoding.EncodeToString(append([]byte("BIE1\x02"), f.bytes(100)...))), ElectrumWallet, true, "weak"},
		{"core_plain", "wallet.dat", corePlain, BitcoinCore, false, "none"},
		{"core_encrypted", "wallet.dat", coreEnc, BitcoinCore, true, "moderate"},
		{"polkadot", "account.json", []byte(polkadot), PolkadotJSON, true, "strong"},
		{"hsm_plain", "hsm_secret", f.bytes(32), LightningHSM, false, "none"},
		{"hsm_encrypted", "hsm_secret", f.bytes(73), LightningHSM, true, "strong"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Inspect(ctx, tc.file, tc.data, Options{})
			require.NoError(t, err)
			assert.Equal(t, tc.format, a.Format)
			assert.Equal(t, tc.encrypted, a.Encrypted)
			assert.Equal(t, tc.strength, a.Strength)
			assert.NotEmpty(t, a.Summary())
		})
	}
}

func bdbHeader() []byte {
	h := make([]byte, 64)
	copy(h[12:16], []byte{0x62, 0x31, 0x05, 0x00})
	return h
}

func TestNotKeystore(t *testing.T) {
	for _, s := range []string{"", "hello", `{"name": "package"}`, "[1,2,3]", `{"crypto": 5}`, "SQLite format 3\x00junk"} {
		_, err := Inspect(context.Background(), "x.json", []byte(s), Options{})
		assert.True(t, errors.Is(err, ErrNotKeystore) || errors.Is(err, ErrMalformed), "%q", s)
	}
}

func FuzzInspect(f *testing.F) {
	g := newFx(5)
	f.Add("UTC--x", g.v3("password", "pbkdf2", 0, 0, 0, 10))
	f.Add("", g.vault("password", 10, true))
	f.Add("hsm_secret", g.bytes(32))
	f.Add("wallet.dat", append(bdbHeader(), "\x04mkey\x04ckey"...))
	f.Add("", []byte(`{"crypto":{"kdf":"scrypt","kdfparams":{"n":4294967296,"r":99999,"p":99999,"salt":"00"},"ciphertext":"00","mac":"00","cipherparams":{"iv":"00"}}}`))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		defer cancel()
		a, err := Inspect(ctx, name, data, Options{Budget: 100 * time.Millisecond, MaxScryptMemory: 8 << 20})
		if err == nil && a == nil {
			t.Fatal("nil assessment without error")
		}
	})
}

// BenchmarkTrials reports password guesses per second on this machine for
// common KDF settings (one core), the speed of the bounded trial loop.
func BenchmarkTrials(b *testing.B) {
	f := newFx(7)
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"v3-scrypt-light-n4096-r8-p6", f.v3("x-strong", "scrypt", 4096, 8, 6, 0)},
		{"v3-pbkdf2-c10000", f.v3("x-strong", "pbkdf2", 0, 0, 0, 10000)},
		{"metamask-pbkdf2-c10000", f.vault("x-strong", 10000, false)},
	} {
		b.Run(tc.name, func(b *testing.B) {
			a, err := Inspect(context.Background(), "", tc.data, Options{NoTrials: true})
			if err != nil || a.check == nil {
				b.Fatal("not triable")
			}
			for b.Loop() {
				a.check("guess")
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "guesses/s")
		})
	}
}
