package audittest

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit"
	"github.com/walletaudit/walletaudit/internal/eth"
	"golang.org/x/crypto/scrypt"
)

// leakyWallet is a deliberately careless wallet: each method leaks the
// secret it was given in a way real wallets have.
type leakyWallet struct {
	phrase string
	seed   []byte
	key    string // the first Ethereum key, in hex
	log    *slog.Logger
}

func importLeaky(c *Canary, log *slog.Logger) *leakyWallet {
	w := &leakyWallet{phrase: c.Mnemonic(), seed: c.Seed(), log: log}
	for _, d := range c.derived {
		if d.name == "ethereum key 0 in hex" {
			w.key = d.value
		}
	}
	return w
}

// exportSeedHex writes the seed as hex to a cache file.
func (w *leakyWallet) exportSeedHex(dir string) error {
	return os.WriteFile(filepath.Join(dir, "cache.txt"), []byte("seed cache\n"+hex.EncodeToString(w.seed)+"\n"), 0o600)
}

// exportAccounts writes the raw account key in a JSON field.
func (w *leakyWallet) exportAccounts(dir string) error {
	b, _ := json.Marshal(map[string]any{"accounts": []map[string]string{{"id": "1", "k": w.key}}})
	return os.WriteFile(filepath.Join(dir, "accounts.json"), b, 0o600)
}

// exportBinary writes the seed's raw bytes in a binary state file.
func (w *leakyWallet) exportBinary(dir string) error {
	return os.WriteFile(filepath.Join(dir, "state.bin"), append([]byte{0, 1, 2, 0xff}, w.seed...), 0o600)
}

// validate returns the phrase wrapped in an error.
func (w *leakyWallet) validate() error {
	inner := fmt.Errorf("checksum mismatch in %q", w.phrase)
	return errors.Join(errors.New("import failed"), fmt.Errorf("wallet: validate: %w", inner))
}

// unlock logs the seed as hex under the key "dbg".
func (w *leakyWallet) unlock() {
	w.log.Debug("unlocked", "account", 0, "dbg", hex.EncodeToString(w.seed)) // leakyLogLine
}

// lineOf returns the line of this file that ends with marker.
func lineOf(t *testing.T, marker string) int {
	src, err := os.ReadFile("leaky_test.go")
	require.NoError(t, err)
	for i, l := range strings.Split(string(src), "\n") {
		if strings.HasSuffix(l, ") "+marker) {
			return i + 1
		}
	}
	t.Fatal("marker not found")
	return 0
}

func joined(r recorder) string { return strings.Join(r.msgs, "\n") }

// The README's pattern fails for every leak of the careless wallet, and
// no failure message holds the secret.
func TestLeakyWalletFailsEveryAssertion(t *testing.T) {
	c, err := CanaryFromEntropy([]byte("leaky-wallet-123"))
	require.NoError(t, err)
	seedHex := hex.EncodeToString(c.Seed())
	secretParts := []string{seedHex[:32], strings.Fields(c.Mnemonic())[3] + " " + strings.Fields(c.Mnemonic())[4]}

	tests := []struct {
		name string
		run  func(t TB, w *leakyWallet, dir string) bool
		want string
	}{
		{"seed hex in a file", func(t TB, w *leakyWallet, dir string) bool {
			require.NoError(t.(*recorder).tt, w.exportSeedHex(dir))
			return NoSecretsInDir(t, dir, c)
		}, "canary leaked: seed in hex at "},
		{"raw key in a JSON field", func(t TB, w *leakyWallet, dir string) bool {
			require.NoError(t.(*recorder).tt, w.exportAccounts(dir))
			return NoSecretsInFile(t, filepath.Join(dir, "accounts.json"), c)
		}, "canary leaked: ethereum key 0 in hex"},
		{"seed bytes in a binary file", func(t TB, w *leakyWallet, dir string) bool {
			require.NoError(t.(*recorder).tt, w.exportBinary(dir))
			return NoSecretsInDir(t, dir, c)
		}, "canary leaked: seed in raw bytes"},
		{"phrase in a wrapped, joined error", func(t TB, w *leakyWallet, dir string) bool {
			return NoSecretsInError(t, w.validate(), c)
		}, "canary leaked: phrase"},
		{"seed hex in a reader", func(t TB, w *leakyWallet, dir string) bool {
			return NoSecretsInReader(t, "stream", strings.NewReader("x="+seedHex), c)
		}, "seed in hex"},
		{"seed hex in the environment", func(t TB, w *leakyWallet, dir string) bool {
			return Environ(t, []string{"HOME=/x", "WALLET_CACHE=" + seedHex}, c)
		}, "seed in hex"},
		{"seed hex in a log attribute", func(t TB, w *leakyWallet, dir string) bool {
			w.log = slog.New(Handler(t, nil, c))
			w.unlock()
			return false
		}, fmt.Sprintf(`leaky_test.go:%d, message "unlocked", attribute "dbg": canary leaked: seed in hex`, lineOf(t, "// leakyLogLine"))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := &recorder{tt: t}
			w := importLeaky(c, slog.New(slog.DiscardHandler))
			assert.False(t, tc.run(r, w, t.TempDir()))
			msgs := joined(*r)
			assert.Contains(t, msgs, tc.want)
			for _, p := range secretParts {
				assert.NotContains(t, msgs, p)
			}
		})
	}

	// Without the canary, the engine alone does not see a bare seed in hex:
	// the canary is what catches it.
	dir := t.TempDir()
	require.NoError(t, importLeaky(c, nil).exportSeedHex(dir))
	r := &recorder{tt: t}
	assert.True(t, NoSecretsInDir(r, dir))
	assert.False(t, NoSecretsInDir(r, dir, c))
}

func TestAssertionOptions(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "keystore.json"), strongKeystore(t), 0o600))
	var r recorder
	require.False(t, NoSecretsInDir(&r, dir), "a keystore is a finding by default")
	require.NotEmpty(t, r.msgs)
	fp := r.msgs[0][strings.LastIndex(r.msgs[0], "wa1:"):]

	tests := []struct {
		name   string
		checks []Check
		pass   bool
	}{
		{"no options", nil, false},
		{"accepted: costly enough", []Check{AcceptKeystores(1e9)}, true},
		{"not accepted: too cheap", []Check{AcceptKeystores(0.001)}, false},
		{"severity floor above it", []Check{MinSeverity(audit.SeverityCritical)}, true},
		{"allowed by fingerprint", []Check{Allow(fp)}, true},
		{"allowed by glob", []Check{Allow("**/keystore.json")}, true},
		{"accept by function", []Check{Accept(func(f audit.Finding) bool { return f.Kind == audit.KindKeystore })}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var r recorder
			assert.Equal(t, tc.pass, NoSecretsInDir(&r, dir, tc.checks...), "%v", r.msgs)
		})
	}
	// A canary still fails under every option.
	c, err := CanaryFromEntropy([]byte("options-canary-1"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "seed.txt"), []byte(hex.EncodeToString(c.Seed())), 0o600))
	r = recorder{}
	assert.False(t, NoSecretsInDir(&r, dir, c, AcceptKeystores(1e9), MinSeverity(audit.SeverityCritical), Accept(func(audit.Finding) bool { return true })))
}

// strongKeystore returns an Ethereum v3 keystore (Web3 Secret Storage:
// scrypt, aes-128-ctr, Keccak-256 MAC) of a random key under a random
// password, as a careful wallet writes it.
func strongKeystore(t *testing.T) []byte {
	salt, iv, key, pw := make([]byte, 32), make([]byte, 16), make([]byte, 32), make([]byte, 16)
	for _, b := range [][]byte{salt, iv, key, pw} {
		_, err := rand.Read(b)
		require.NoError(t, err)
	}
	dk, err := scrypt.Key([]byte(hex.EncodeToString(pw)), salt, 1<<14, 8, 1, 32)
	require.NoError(t, err)
	ct, mac, err := eth.V3Seal(dk, iv, key)
	require.NoError(t, err)
	b, err := json.Marshal(map[string]any{
		"version": 3, "id": "6f1a3b1e-0000-4000-8000-000000000000",
		"address": "948815ed6fa4a8b5a964335cac58d16f8d739c79",
		"crypto": map[string]any{
			"cipher": "aes-128-ctr", "ciphertext": hex.EncodeToString(ct),
			"cipherparams": map[string]string{"iv": hex.EncodeToString(iv)},
			"kdf":          "scrypt",
			"kdfparams":    map[string]any{"dklen": 32, "n": 1 << 14, "r": 8, "p": 1, "salt": hex.EncodeToString(salt)},
			"mac":          hex.EncodeToString(mac),
		},
	})
	require.NoError(t, err)
	return b
}
