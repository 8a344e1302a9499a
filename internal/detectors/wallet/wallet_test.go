package wallet

import (
	"bytes"
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/detectors/keys"
	"github.com/walletaudit/walletaudit/internal/eth"
	"github.com/walletaudit/walletaudit/keystore"
	"golang.org/x/crypto/pbkdf2"
	"golang.org/x/crypto/scrypt"
)

// Fixtures are generated from a fixed seed; none is a real wallet.

const strongPW = "Xq7!vR2#long-and-unguessable-9"

type gen struct{ rng *rand.Rand }

func newGen(seed uint64) *gen { return &gen{rand.New(rand.NewPCG(seed, 77))} }

func (g *gen) bytes(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(g.rng.UintN(256))
	}
	return b
}

func (g *gen) vault(t *testing.T, password string, iter int) []byte {
	salt, iv := g.bytes(32), g.bytes(16)
	block, err := aes.NewCipher(pbkdf2.Key([]byte(password), salt, iter, 32, sha256.New))
	require.NoError(t, err)
	gcm, err := cipher.NewGCMWithNonceSize(block, 16)
	require.NoError(t, err)
	ct := gcm.Seal(nil, iv, []byte(`[{"type":"HD Key Tree","data":{"mnemonic":"generated"}}]`), nil)
	b, err := json.Marshal(map[string]any{"data": base64.StdEncoding.EncodeToString(ct),
		"iv": base64.StdEncoding.EncodeToString(iv), "salt": base64.StdEncoding.EncodeToString(salt),
		"keyMetadata": map[string]any{"algorithm": "PBKDF2", "params": map[string]int{"iterations": iter}}})
	require.NoError(t, err)
	return b
}

func (g *gen) v3(t *testing.T, password string) []byte {
	salt, iv, key := g.bytes(32), g.bytes(16), g.bytes(32)
	dk, err := scrypt.Key([]byte(password), salt, 1024, 8, 1, 32)
	require.NoError(t, err)
	ct, mac, err := eth.V3Seal(dk, iv, key)
	require.NoError(t, err)
	b, err := json.MarshalIndent(map[string]any{"version": 3, "id": "x", "address": hex.EncodeToString(g.bytes(20)),
		"crypto": map[string]any{"cipher": "aes-128-ctr", "ciphertext": hex.EncodeToString(ct),
			"cipherparams": map[string]string{"iv": hex.EncodeToString(iv)}, "kdf": "scrypt",
			"kdfparams": map[string]any{"dklen": 32, "n": 1024, "r": 8, "p": 1, "salt": hex.EncodeToString(salt)},
			"mac":       hex.EncodeToString(mac)}}, "", "  ")
	require.NoError(t, err)
	return b
}

func file(name string, data []byte) *detect.File {
	return &detect.File{Path: name, Name: filepath.Base(name), Size: int64(len(data)), Head: data[:min(len(data), 64<<10)], ReaderAt: bytes.NewReader(data)}
}

func detectFile(t *testing.T, f *Files, name string, data []byte) []detect.Candidate {
	t.Helper()
	ff := file(name, data)
	require.True(t, f.Wants(ff.Name, ff.Head, ff.Size), "Wants %s", name)
	cs, err := f.DetectFile(context.Background(), ff)
	require.NoError(t, err)
	return cs
}

func TestFilesKeystores(t *testing.T) {
	g := newGen(1)
	f := NewFiles(keystore.Options{})
	for _, tc := range []struct {
		name, file string
		data       []byte
		rule       string
		kind       detect.Kind
		weak       bool
	}{
		{"v3_weak", "UTC--2024-01-01T00-00-00.0Z--abc", g.v3(t, "password"), "ethereum-keystore-v3", detect.KindKeystore, true},
		{"v3_strong", "key.json", g.v3(t, strongPW), "ethereum-keystore-v3", detect.KindKeystore, false},
		{"vault_weak", "vault.json", g.vault(t, "123456", 1000), "metamask-vault", detect.KindKeystore, true},
		{"hsm_plain", "hsm_secret", g.bytes(32), "lightning-hsm-secret", detect.KindWalletFile, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs := detectFile(t, f, tc.file, tc.data)
			require.Len(t, cs, 1)
			c := cs[0]
			assert.Equal(t, tc.rule, c.Rule)
			assert.Equal(t, tc.kind, c.Kind)
			require.NotNil(t, c.Protection)
			assert.Equal(t, tc.kind == detect.KindKeystore, c.Protection.Encrypted)
			assert.Equal(t, tc.weak, c.Protection.WeakPassword)
			assert.NotEmpty(t, c.Protection.Summary)
			assert.True(t, strings.HasPrefix(c.Secret.Redacted(), "["+tc.rule), c.Secret.Redacted())
			assert.True(t, strings.HasPrefix(c.Secret.Fingerprint(), detect.FingerprintPrefix))
			assert.NotContains(t, c.Secret.Redacted(), c.Secret.Reveal(), "redacted form holds no material")
			for k, v := range c.Details {
				assert.NotContains(t, v, c.Secret.Reveal(), "detail %s holds material", k)
				assert.NotContains(t, v, "123456", "detail %s names the password", k)
			}
			if tc.weak {
				assert.Equal(t, string(keystore.RatingCritical), c.Details["rating"])
			}
		})
	}
}

func TestV3AddressIsEIP55(t *testing.T) {
	g := newGen(2)
	cs := detectFile(t, NewFiles(keystore.Options{NoTrials: true}), "key.json", g.v3(t, strongPW))
	require.Len(t, cs, 1)
	assert.Regexp(t, `^0x[0-9a-fA-F]{40}$`, cs[0].Secret.Address())
}

func TestWantsIsCheap(t *testing.T) {
	f := NewFiles(keystore.Options{})
	for _, tc := range []struct {
		name string
		head string
		size int64
		want bool
	}{
		{"main.go", "package main\n", 13, false},
		{"package.json", `{"name":"x","version":"1.0.0"}`, 30, false},
		{"hsm_secret", strings.Repeat("\x01", 32), 32, true},
		{"UTC--x", `{"crypto":{"ciphertext":"00"}}`, 30, true},
		{"default_wallet", "QklFMQAAAA", 10, true},
		{"big.json", `{"crypto":{}}`, 1 << 40, false},
	} {
		assert.Equal(t, tc.want, f.Wants(tc.name, []byte(tc.head), tc.size), tc.name)
	}
}

// The Solana file is reported with the same rule, fingerprint and line as
// the chunk detector in internal/detectors/keys, so the engine keeps one.
func TestSolanaMatchesKeysDetector(t *testing.T) {
	priv := ed25519.NewKeyFromSeed(newGen(3).bytes(32))
	vals := make([]int, 64)
	for i, b := range priv {
		vals[i] = int(b)
	}
	data, err := json.Marshal(vals)
	require.NoError(t, err)
	data = append([]byte("\n"), data...)
	cs := detectFile(t, NewFiles(keystore.Options{}), "id.json", data)
	require.Len(t, cs, 1)
	ks := keys.NewSolanaArray().Detect(context.Background(), &detect.Chunk{Data: data})
	require.Len(t, ks, 1)
	assert.Equal(t, ks[0].Rule, cs[0].Rule)
	assert.Equal(t, ks[0].Kind, cs[0].Kind)
	assert.Equal(t, ks[0].Secret.Fingerprint(), cs[0].Secret.Fingerprint())
	assert.Equal(t, ks[0].Start, cs[0].Start)
	assert.Equal(t, ks[0].Secret.Address(), cs[0].Secret.Address())
}

func TestEmbeddedVaultInStateDump(t *testing.T) {
	g := newGen(4)
	v := g.vault(t, "password", 1000)
	inner, err := json.Marshal(string(v)) // the vault as a JSON string
	require.NoError(t, err)
	dump := `{"KeyringController":{"vault":` + string(inner) + `},"PreferencesController":{"theme":"dark"}}`
	cs := NewEmbedded(keystore.Options{}).Detect(context.Background(), &detect.Chunk{Data: []byte(dump)})
	require.Len(t, cs, 1)
	c := cs[0]
	assert.Equal(t, "metamask-vault", c.Rule)
	assert.Equal(t, detect.KindKeystore, c.Kind)
	require.NotNil(t, c.Protection)
	assert.True(t, c.Protection.WeakPassword)
	assert.Equal(t, "JSON string", c.Details["embedded"])
	assert.Equal(t, byte('{'), dump[c.Start])
	assert.Equal(t, byte('}'), dump[c.End-1])

	// The same vault found whole has the same fingerprint.
	whole := detectFile(t, NewFiles(keystore.Options{NoTrials: true}), "vault.json", v)
	require.Len(t, whole, 1)
	assert.Equal(t, whole[0].Secret.Fingerprint(), c.Secret.Fingerprint())
}

func TestEmbeddedLevelDBLog(t *testing.T) {
	g := newGen(5)
	v := g.vault(t, strongPW, 1000)
	inner, err := json.Marshal(string(v))
	require.NoError(t, err)
	state, err := json.Marshal(map[string]any{"KeyringController": map[string]string{"vault": string(v)}})
	require.NoError(t, err)
	// A LevelDB log: binary record headers, the state twice (LevelDB
	// appends), and a doubly escaped copy.
	doubly, err := json.Marshal(string(inner))
	require.NoError(t, err)
	var log bytes.Buffer
	log.Write([]byte{0x8f, 0x12, 0x00, 0x01, 0x01})
	log.WriteString("\x00\x00data")
	log.Write(state)
	log.Write([]byte{0x00, 0x17, 0x9a})
	log.Write(state)
	log.WriteString("\x00copy=")
	log.Write(doubly)
	cs := NewEmbedded(keystore.Options{}).Detect(context.Background(), &detect.Chunk{Data: log.Bytes(), Binary: true})
	require.Len(t, cs, 1, "one store, reported once per chunk")
	assert.False(t, cs[0].Protection.WeakPassword)
	assert.Equal(t, "c=1000", cs[0].Protection.KDFParams)
}

func TestEmbeddedV3InConfig(t *testing.T) {
	g := newGen(6)
	ks := g.v3(t, strongPW)
	doc := "deploy:\n  network: mainnet\n  keystore: " + strings.ReplaceAll(string(ks), "\n", " ") + "\n"
	cs := NewEmbedded(keystore.Options{NoTrials: true}).Detect(context.Background(), &detect.Chunk{Data: []byte(doc)})
	require.Len(t, cs, 1)
	assert.Equal(t, "ethereum-keystore-v3", cs[0].Rule)
	assert.Equal(t, "JSON object", cs[0].Details["embedded"])

	// An array of keystores: both found.
	arr := "[" + string(ks) + "," + string(g.v3(t, strongPW)) + "]"
	cs = NewEmbedded(keystore.Options{NoTrials: true}).Detect(context.Background(), &detect.Chunk{Data: []byte(arr)})
	assert.Len(t, cs, 2)
}

// TestEmbeddedPolkadotInScript: a Polkadot{.js} export pasted into a
// script, found by its "encoded" key alone.
func TestEmbeddedPolkadotInScript(t *testing.T) {
	g := newGen(9)
	enc := append(g.bytes(32), 0, 0, 1, 0, 1, 0, 0, 0, 8, 0, 0, 0) // salt, N = 2^16, p = 1, r = 8
	enc = append(enc, g.bytes(24+117)...)                          // nonce, sealed key
	ks, err := json.Marshal(map[string]any{
		"encoded":  base64.StdEncoding.EncodeToString(enc),
		"encoding": map[string]any{"content": []string{"pkcs8", "sr25519"}, "type": []string{"scrypt", "xsalsa20-poly1305"}, "version": "3"},
		"address":  "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", "meta": map[string]any{"name": "generated"},
	})
	require.NoError(t, err)
	script := "const account = " + string(ks) + ";\nkeyring.addFromJson(account);\n"
	cs := NewEmbedded(keystore.Options{NoTrials: true}).Detect(context.Background(), &detect.Chunk{Data: []byte(script)})
	require.Len(t, cs, 1)
	assert.Equal(t, "polkadot-json", cs[0].Rule)
	assert.Equal(t, "n=65536 r=8 p=1", cs[0].Protection.KDFParams)
	assert.Equal(t, byte('{'), script[cs[0].Start])
}

// TestEmbeddedManyStores: a file of a hundred different keystores (an
// export of accounts) reports every one; the detector stopped at 32.
func TestEmbeddedManyStores(t *testing.T) {
	g := newGen(8)
	ks := g.v3(t, strongPW)
	var b strings.Builder
	for i := range 100 {
		// Copies of one store with another ciphertext each: different
		// stores as far as finding them goes.
		other := strings.Replace(string(ks), `"ciphertext": "`, fmt.Sprintf(`"ciphertext": "%02x`, i), 1)
		fmt.Fprintf(&b, "const account%d = %s;\n", i, strings.ReplaceAll(other, "\n", " "))
	}
	cs := NewEmbedded(keystore.Options{NoTrials: true}).Detect(context.Background(), &detect.Chunk{Data: []byte(b.String())})
	assert.Len(t, cs, 100)
}

func TestEmbeddedLeavesWholeFilesToFiles(t *testing.T) {
	g := newGen(7)
	v := g.vault(t, strongPW, 1000)
	e := NewEmbedded(keystore.Options{NoTrials: true})
	assert.Empty(t, e.Detect(context.Background(), &detect.Chunk{Data: append(v, '\n')}))
	// A decoded view of the same bytes is not the whole file: reported,
	// with the fingerprint the engine dedupes on.
	cs := e.Detect(context.Background(), &detect.Chunk{Data: v, Encoding: "json-string"})
	require.Len(t, cs, 1)
}

func TestEmbeddedHostile(t *testing.T) {
	e := NewEmbedded(keystore.Options{NoTrials: true})
	for _, in := range []string{
		strings.Repeat(`{"salt":`, 10000),
		strings.Repeat(`\\\\\\\"salt\"`, 1000),
		`{"ciphertext":"` + strings.Repeat("{", 100000),
		strings.Repeat("}", 1000) + `"encoded"` + strings.Repeat("{", 1000),
	} {
		assert.NotPanics(t, func() { e.Detect(context.Background(), &detect.Chunk{Data: []byte(in)}) })
	}
}

func TestPasswordBesideKeystore(t *testing.T) {
	g := newGen(8)
	dir := t.TempDir()
	v := g.vault(t, strongPW, 1000)
	p := filepath.Join(dir, "vault.json")
	require.NoError(t, os.WriteFile(p, v, 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "password.txt"), []byte("x"), 0o600))
	f := file(p, v)
	f.Siblings = func() []string { return []string{"vault.json", "password.txt"} }
	cs, err := NewFiles(keystore.Options{NoTrials: true}).DetectFile(context.Background(), f)
	require.NoError(t, err)
	require.Len(t, cs, 1)
	assert.Equal(t, "password.txt", cs[0].PasswordFile, "a typed fact the engine scores on")
	assert.NotContains(t, cs[0].Details, "password_beside", "the engine writes it for people")

	// Without siblings from the source, the file system is not looked at.
	cs, err = NewFiles(keystore.Options{NoTrials: true}).DetectFile(context.Background(), file(p, v))
	require.NoError(t, err)
	require.Len(t, cs, 1)
	assert.Empty(t, cs[0].PasswordFile)
}

// With a trial pool in the context the candidate comes back at once and
// its Later carries the trial's outcome.
func TestFilesTrialPool(t *testing.T) {
	g := newGen(9)
	weak := g.v3(t, "letmein")
	pool := keystore.NewTrialPool(context.Background(), keystore.TrialPoolOptions{Budget: time.Minute})
	defer pool.Close()
	ctx := keystore.WithTrialPool(context.Background(), pool)
	cs, err := NewFiles(keystore.Options{}).DetectFile(ctx, file("UTC--x", weak))
	require.NoError(t, err)
	require.Len(t, cs, 1)
	require.NotNil(t, cs[0].Later)
	assert.False(t, cs[0].Protection.WeakPassword)
	pool.Seal() // the scan's last file was read
	done := cs[0].Later(ctx)
	assert.True(t, done.Protection.WeakPassword)
	assert.Equal(t, string(keystore.StopOpened), done.Details["trials_stop"])
	assert.Equal(t, cs[0].Secret.Fingerprint(), done.Secret.Fingerprint())

	// With trials off, a password file beside the store is named but
	// not read: nothing would be tried with what it holds.
	off := keystore.NewTrialPool(context.Background(), keystore.TrialPoolOptions{})
	defer off.Close()
	f := file("UTC--x", weak)
	f.Siblings = func() []string { return []string{"UTC--x", "password.txt"} }
	reads := 0
	f.ReadSibling = func(string) ([]byte, error) { reads++; return []byte("letmein\n"), nil }
	cs, err = NewFiles(keystore.Options{}).DetectFile(keystore.WithTrialPool(context.Background(), off), f)
	require.NoError(t, err)
	off.Seal()
	done = cs[0].Later(context.Background())
	assert.False(t, done.Protection.WeakPassword)
	assert.Equal(t, string(keystore.StopOff), done.Details["trials_stop"])
	assert.Equal(t, "password.txt", cs[0].PasswordFile)
	assert.Zero(t, reads, "no file beside the store read with trials off")
}

func TestFilesIgnoresOtherFiles(t *testing.T) {
	f := NewFiles(keystore.Options{})
	for _, data := range []string{`{"crypto":"not a keystore"}`, `{"seed_version":53,"keystore":{"type":"hardware","xpub":"x"}}`} {
		cs, err := f.DetectFile(context.Background(), file("x.json", []byte(data)))
		assert.Empty(t, cs)
		_ = err // malformed files may return an error; never a candidate
	}
}

// TestFilesPlainElectrumLeftToText: an unencrypted Electrum wallet whose
// seed is of words is no finding of the whole file: its seed, xprv and
// keys are found in its text, each with its own fingerprint (a finding of
// the file repeated them, unmatched, in six blind corpora). One whose
// seed is an old seed's hex, which no text detector reads, or one that
// is encrypted, still is.
func TestFilesPlainElectrumLeftToText(t *testing.T) {
	f := NewFiles(keystore.Options{NoTrials: true})
	wallet := func(seed string, enc bool) []byte {
		b, err := json.Marshal(map[string]any{
			"keystore":     map[string]any{"type": "bip32", "xprv": "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi", "xpub": "xpub-x", "seed": seed, "seed_type": "segwit"},
			"seed_version": 53, "use_encryption": enc, "wallet_type": "standard",
		})
		require.NoError(t, err)
		return b
	}
	assert.Empty(t, detectFile(t, f, "wallets/default_wallet", wallet("fixture words of a seed only for this test nothing real here twelve", false)))
	assert.Len(t, detectFile(t, f, "wallets/old_wallet", wallet("0123456789abcdef0123456789abcdef", false)), 1, "an old seed's hex")
	assert.Len(t, detectFile(t, f, "wallets/enc_wallet", wallet("QmFzZTY0IG9mIGFuIGVuY3J5cHRlZCBzZWVkIGZpZWxkIGhlcmUh", true)), 1, "encrypted")
}

func FuzzEmbedded(f *testing.F) {
	g := newGen(9)
	v := g.vault(&testing.T{}, "password", 10)
	inner, _ := json.Marshal(string(v))
	f.Add(v, "")
	f.Add([]byte(`{"vault":`+string(inner)+`}`), "")
	f.Add([]byte(`x {"crypto":{"ciphertext":"00","kdf":"scrypt"}} y`), "json-string")
	f.Fuzz(func(t *testing.T, data []byte, enc string) {
		e := NewEmbedded(keystore.Options{NoTrials: true})
		for _, c := range e.Detect(context.Background(), &detect.Chunk{Data: data, Encoding: enc}) {
			if c.Start < 0 || c.End > len(data) || c.Start >= c.End {
				t.Fatalf("span [%d,%d) out of range %d", c.Start, c.End, len(data))
			}
		}
	})
}

// FuzzPasswordsBeside: the values around a store are read within the data
// and never longer than a password's bound, whatever the input.
func FuzzPasswordsBeside(f *testing.F) {
	f.Add([]byte(`{"keystore": {"a": 1}, "password": "x\"y", "pass": 'z', PWD=w}`), 14, 22, 0)
	f.Add([]byte(`{\"ks\": {}, \"passphrase\": \"a\\\"b\"}`), 9, 11, 1)
	f.Fuzz(func(t *testing.T, data []byte, s, e, level int) {
		if s < 0 || e < s || e > len(data) || level < 0 || level > maxEscapeLevel {
			return
		}
		for _, v := range passwordsBeside(data, s, e, level) {
			if v == "" || len(v) > 4*128 {
				t.Fatalf("value of %d bytes", len(v))
			}
		}
	})
}

func FuzzFiles(f *testing.F) {
	g := newGen(10)
	f.Add("vault.json", g.vault(&testing.T{}, "password", 10))
	f.Add("hsm_secret", g.bytes(32))
	f.Add("id.json", []byte("[1,2,3]"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		d := NewFiles(keystore.Options{MaxTrials: 2, MaxTrialMemory: 1 << 20})
		ff := file(name, data)
		if !d.Wants(ff.Name, ff.Head, ff.Size) {
			return
		}
		cs, err := d.DetectFile(context.Background(), ff)
		var ie *keystore.InternalError
		if errors.As(err, &ie) {
			t.Fatalf("internal error (%v):\n%s", ie.Runtime, ie.Stack)
		}
		for _, c := range cs {
			if c.Start < 0 || c.End > len(data) || c.Start > c.End {
				t.Fatalf("span [%d,%d) out of range %d", c.Start, c.End, len(data))
			}
		}
	})
}

// TestEmbeddedPasswordBeside: a store embedded in a file with its password
// written beside it, under a password's name, is opened by that value
// first (it is in no list), and the candidate says the password is in
// the file; placeholders and other names are not taken for it.
func TestEmbeddedPasswordBeside(t *testing.T) {
	const pw = "Zr8#unlisted-beside-it"
	g := newGen(12)
	ks := strings.ReplaceAll(string(g.v3(t, pw)), "\n", " ")
	tests := []struct {
		name, doc string
		opened    bool
	}{
		{"json sibling key", `{"keystore": ` + ks + `, "password": "` + pw + `"}`, true},
		{"json before", `{"passphrase": "` + pw + `", "wallet": ` + ks + `}`, true},
		{"dotenv", "KEYSTORE_PASSWORD=" + pw + "\nKEYSTORE_JSON='" + ks + "'\n", true},
		{"yaml", "signer:\n  keystore: '" + ks + "'\n  pass: '" + pw + "'\n", true},
		{"escaped in a string", `{"config": "{\"ks\": ` + strings.ReplaceAll(ks, `"`, `\"`) + `, \"pwd\": \"` + pw + `\"}"}`, true},
		{"nearest of several", `{"password": "wrong-one", "stores": [{"k": ` + ks + `, "password": "` + pw + `"}]}`, true},
		{"placeholder", `{"keystore": ` + ks + `, "password": "${KEYSTORE_PASSWORD}"}`, false},
		{"hash, not the password", `{"keystore": ` + ks + `, "password_hash": "` + pw + `"}`, false},
		{"another name", `{"keystore": ` + ks + `, "label": "` + pw + `"}`, false},
		{"too far", `{"keystore": ` + ks + `, "notes": "` + strings.Repeat("x", besideWindow) + `", "password": "` + pw + `"}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pool := keystore.NewTrialPool(context.Background(), keystore.TrialPoolOptions{Budget: time.Minute})
			defer pool.Close()
			ctx := keystore.WithTrialPool(context.Background(), pool)
			cs := NewEmbedded(keystore.Options{}).Detect(ctx, &detect.Chunk{Data: []byte(tt.doc)})
			require.Len(t, cs, 1)
			require.NotNil(t, cs[0].Later)
			pool.Seal()
			done := cs[0].Later(ctx)
			assert.Equal(t, tt.opened, done.Protection.WeakPassword)
			if tt.opened {
				assert.Equal(t, "this file", done.PasswordFile)
				assert.Equal(t, "1", done.Details["passwords_tried"], "the value beside it is tried first")
				assert.Equal(t, "a password written beside it opens it", done.Details["weak_password"])
			} else {
				assert.Empty(t, done.PasswordFile)
			}
			for k, v := range done.Details {
				assert.NotContains(t, v, pw, "detail %s", k)
			}
		})
	}
}

// v3Key builds a light scrypt v3 keystore of key, with its address field
// or without one (as Foundry's "cast wallet import" writes it).
func (g *gen) v3Key(t *testing.T, password string, key []byte, withAddress bool) []byte {
	salt, iv := g.bytes(32), g.bytes(16)
	dk, err := scrypt.Key([]byte(password), salt, 1024, 8, 1, 32)
	require.NoError(t, err)
	ct, mac, err := eth.V3Seal(dk, iv, key)
	require.NoError(t, err)
	doc := map[string]any{"version": 3, "id": "x",
		"crypto": map[string]any{"cipher": "aes-128-ctr", "ciphertext": hex.EncodeToString(ct),
			"cipherparams": map[string]string{"iv": hex.EncodeToString(iv)}, "kdf": "scrypt",
			"kdfparams": map[string]any{"dklen": 32, "n": 1024, "r": 8, "p": 1, "salt": hex.EncodeToString(salt)},
			"mac":       hex.EncodeToString(mac)}}
	if withAddress {
		doc["address"] = hex.EncodeToString(eth.RawAddress(key))
	}
	b, err := json.Marshal(doc)
	require.NoError(t, err)
	return b
}

// A keystore that holds a development account's key (Anvil's first,
// imported with "cast wallet import") is public: known by the address it
// declares at once, or once a password opens it and the key is read.
// Until 2026-12-04 such a store opened by a common password was critical.
func TestFilesPublicKeyInStore(t *testing.T) {
	g := newGen(12)
	// Anvil's and Hardhat's account 0, derived from "test test … junk".
	anvil0, err := hex.DecodeString("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
	require.NoError(t, err)
	open := func(t *testing.T, data []byte, publicKey func([]byte) (string, bool)) detect.Candidate {
		pool := keystore.NewTrialPool(context.Background(), keystore.TrialPoolOptions{Budget: time.Minute, PublicKey: publicKey})
		defer pool.Close()
		ctx := keystore.WithTrialPool(context.Background(), pool)
		cs, err := NewFiles(keystore.Options{}).DetectFile(ctx, file("anvil0", data))
		require.NoError(t, err)
		require.Len(t, cs, 1)
		pool.Seal()
		if cs[0].Later == nil {
			return cs[0]
		}
		return cs[0].Later(ctx)
	}
	c := open(t, g.v3Key(t, "password", anvil0, false), keys.PublicKey)
	assert.True(t, c.Protection.WeakPassword)
	assert.True(t, c.Public)
	assert.Contains(t, c.PublicSource, "Hardhat/Anvil/Foundry default account 0")

	c = open(t, g.v3Key(t, "password", anvil0, false), nil)
	assert.False(t, c.Public, "no PublicKey given to the pool")

	c = open(t, g.v3Key(t, "a long random passphrase 31337", anvil0, true), nil)
	assert.True(t, c.Public, "by its address, without a trial")
	assert.Contains(t, c.PublicSource, "by the address the store declares")

	c = open(t, g.v3Key(t, "password", g.bytes(32), false), keys.PublicKey)
	assert.True(t, c.Protection.WeakPassword)
	assert.False(t, c.Public, "a key of no one's publishing")
}

// TestPasswordFileBeside: files named for a password ("trust-password.txt",
// "keystore_passwords", "wallet.pass") are a keystore's password file, and
// a line's value after its label is one of the passwords read from it.
func TestPasswordFileBeside(t *testing.T) {
	for name, want := range map[string]bool{
		"password.txt": true, "trust-password.txt": true, "keystore_passwords": true, "wallet.pass": true,
		"armor-password.txt": true, "MEW-Passphrase.txt": true, "passport.txt": false, "bypass.txt": false, "notes.txt": false,
		"password-manager.md": false,
	} {
		assert.Equal(t, want, passwordBeside([]string{"UTC--x", name}) != "", name)
	}
	data := "password for the json backup: hunter2\nmew-wallet.json -> \"correct horse\"\nKEYSTORE_PASSWORD=s3cret\nplain\n"
	ps, _ := siblingPasswords(nil, "trust-password.txt", func(string) ([]byte, error) { return []byte(data), nil })
	for _, want := range []string{"hunter2", "correct horse", "s3cret", "plain"} {
		assert.Contains(t, ps, want)
	}
}
