package main

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/internal/eth"
	"github.com/walletaudit/walletaudit/mnemonic"
	"golang.org/x/crypto/scrypt"
)

// fixtureHome is a fake machine: root/home/alice with a Chrome profile
// holding a MetaMask-like vault, an Electrum wallet, a geth keystore a
// commonly tried password opens, and a seed phrase in .bash_history. The
// formats follow the keystore package's fixtures (docs/formats.md §7.1): a
// MetaMask vault is AES-GCM under PBKDF2-SHA256 with a 16-byte IV; an
// Electrum wallet encrypts its fields with AES-CBC under a double SHA-256
// of the password.
type fixtureHome struct {
	root, home string
	phrase     string   // the planted phrase, for leak checks
	secrets    []string // every planted secret or password
}

func randomBytes(t *testing.T, n int) []byte {
	b := make([]byte, n)
	_, err := rand.Read(b)
	require.NoError(t, err)
	return b
}

func newFixtureHome(t *testing.T) fixtureHome {
	t.Helper()
	root := t.TempDir()
	fx := fixtureHome{root: root, home: filepath.Join(root, "home", "alice")}
	write := func(rel string, data []byte) {
		p := filepath.Join(fx.home, filepath.FromSlash(rel))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o700))
		require.NoError(t, os.WriteFile(p, data, 0o600))
	}
	require.NoError(t, os.MkdirAll(fx.home, 0o700))

	// The phrase typed into a shell.
	p, err := mnemonic.FromEntropy([]byte("host-audit-fixtr"), mnemonic.English)
	require.NoError(t, err)
	fx.phrase = p.Reveal()
	write(".bash_history", []byte("ls\necho \""+fx.phrase+"\" > seed.txt\nrm seed.txt\n"))

	// A MetaMask-like vault in Chrome's extension storage, under a long
	// random password.
	strong := base64.RawURLEncoding.EncodeToString(randomBytes(t, 24))
	fx.secrets = append(fx.secrets, strong)
	salt, iv := randomBytes(t, 32), randomBytes(t, 16)
	key, err := pbkdf2.Key(sha256.New, strong, salt, 600_000, 32)
	require.NoError(t, err)
	block, err := aes.NewCipher(key)
	require.NoError(t, err)
	gcm, err := cipher.NewGCMWithNonceSize(block, 16)
	require.NoError(t, err)
	ct := gcm.Seal(nil, iv, []byte(`[{"type":"HD Key Tree","data":{"mnemonic":"fixture","numberOfAccounts":1}}]`), nil)
	vault, err := json.Marshal(map[string]any{"data": base64.StdEncoding.EncodeToString(ct), "iv": base64.StdEncoding.EncodeToString(iv),
		"salt": base64.StdEncoding.EncodeToString(salt), "keyMetadata": map[string]any{"algorithm": "PBKDF2", "params": map[string]int{"iterations": 600_000}}})
	require.NoError(t, err)
	ext := ".config/google-chrome/Default/Local Extension Settings/nkbihfbeogaeaoehlefnkodbefgpgknn/"
	write(ext+"CURRENT", []byte("MANIFEST-000001\n"))
	write(ext+"000003.log", append([]byte("KeyringController vault "), vault...))

	// An Electrum wallet with field encryption under another random password.
	epw := base64.RawURLEncoding.EncodeToString(randomBytes(t, 24))
	fx.secrets = append(fx.secrets, epw)
	k := sha256.Sum256([]byte(epw))
	k = sha256.Sum256(k[:])
	field := func(s string) string {
		iv := randomBytes(t, 16)
		block, err := aes.NewCipher(k[:])
		require.NoError(t, err)
		n := aes.BlockSize - len(s)%aes.BlockSize
		pt := []byte(s + strings.Repeat(string(rune(n)), n))
		out := make([]byte, len(pt))
		cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, pt)
		return base64.StdEncoding.EncodeToString(append(iv, out...))
	}
	xprv := "xprv" + strings.Repeat("A", 107)
	wallet, err := json.MarshalIndent(map[string]any{
		"keystore":     map[string]any{"type": "bip32", "xprv": field(xprv), "xpub": "xpub-not-real", "seed": field("fixture words only"), "seed_type": "segwit", "pw_hash_version": 1},
		"seed_version": 53, "use_encryption": true, "wallet_type": "standard",
	}, "", "    ")
	require.NoError(t, err)
	write(".electrum/wallets/default_wallet", wallet)

	// A geth (Web3 Secret Storage v3) keystore under "password", which is
	// on every attacker's list: scrypt, AES-128-CTR, MAC = Keccak-256 of
	// the derived key's second half and the ciphertext.
	priv := randomBytes(t, 32)
	fx.secrets = append(fx.secrets, hex.EncodeToString(priv))
	ksSalt, ksIV := randomBytes(t, 32), randomBytes(t, 16)
	dk, err := scrypt.Key([]byte("password"), ksSalt, 1024, 8, 1, 32)
	require.NoError(t, err)
	ksCT, mac, err := eth.V3Seal(dk, ksIV, priv)
	require.NoError(t, err)
	ks, err := json.Marshal(map[string]any{"crypto": map[string]any{
		"cipher": "aes-128-ctr", "ciphertext": hex.EncodeToString(ksCT), "cipherparams": map[string]string{"iv": hex.EncodeToString(ksIV)},
		"kdf": "scrypt", "kdfparams": map[string]any{"dklen": 32, "n": 1024, "p": 1, "r": 8, "salt": hex.EncodeToString(ksSalt)},
		"mac": hex.EncodeToString(mac)}, "id": "3198bc9c-6672-5ab3-d995-4942343ae5b6", "version": 3})
	require.NoError(t, err)
	write(".ethereum/keystore/UTC--2024-01-01T00-00-00.000000000Z--fixture", ks)
	return fx
}
