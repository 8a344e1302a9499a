package audit

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/internal/eth"
	"github.com/walletaudit/walletaudit/keystore"
	"golang.org/x/crypto/scrypt"
)

// v3Keystore builds a Web3 Secret Storage v3 file for a random key under
// password, with scrypt n (r=8, p=1).
func v3Keystore(t *testing.T, rng *rand.Rand, password string, n int) []byte {
	t.Helper()
	rnd := func(k int) []byte {
		b := make([]byte, k)
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		return b
	}
	salt, iv, key := rnd(32), rnd(16), rnd(32)
	dk, err := scrypt.Key([]byte(password), salt, n, 8, 1, 32)
	require.NoError(t, err)
	ct, mac, err := eth.V3Seal(dk, iv, key)
	require.NoError(t, err)
	doc := map[string]any{
		"version": 3, "id": "3198bc9c-6672-5ab3-d995-4942343ae5b6",
		"crypto": map[string]any{
			"cipher": "aes-128-ctr", "ciphertext": hex.EncodeToString(ct),
			"cipherparams": map[string]string{"iv": hex.EncodeToString(iv)},
			"kdf":          "scrypt",
			"kdfparams":    map[string]any{"dklen": 32, "n": n, "r": 8, "p": 1, "salt": hex.EncodeToString(salt)},
			"mac":          hex.EncodeToString(mac),
		},
	}
	b, err := json.Marshal(doc)
	require.NoError(t, err)
	return b
}

func keystoreFindings(t *testing.T, s *Scanner, srcs ...Source) []Finding {
	t.Helper()
	var out []Finding
	_, err := s.Run(context.Background(), func(f Finding) error {
		if f.Kind == KindKeystore {
			out = append(out, f)
		}
		return nil
	}, srcs...)
	require.NoError(t, err)
	return out
}

// An in-memory keystore scores the same whatever the working directory:
// a password file beside a same-named path on disk is not its neighbour.
func TestInMemoryKeystoreIgnoresWorkingDir(t *testing.T) {
	data := v3Keystore(t, rand.New(rand.NewPCG(1, 2)), "not a listed password 1", 1024)
	const name = "keystore/UTC--2024-01-01T00-00-00.000000000Z--x"
	withPw := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(withPw, "keystore"), 0o700))
	require.NoError(t, os.WriteFile(filepath.Join(withPw, name), data, 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(withPw, "keystore", "password.txt"), []byte("x"), 0o600))
	plain := t.TempDir()

	s := New(Options{Trials: TrialsOff})
	var got []Finding
	for _, dir := range []string{plain, withPw} {
		t.Chdir(dir)
		fs := keystoreFindings(t, s, Bytes(name, data))
		require.Len(t, fs, 1)
		got = append(got, fs[0])
	}
	assert.Equal(t, got[0].Severity, got[1].Severity)
	assert.Equal(t, got[0].Details, got[1].Details)
	assert.NotContains(t, got[1].Details, "password_beside")

	// The directory source does offer the neighbours.
	fs := keystoreFindings(t, s, Dir(filepath.Join(withPw, "keystore")))
	require.Len(t, fs, 1)
	assert.Equal(t, "password.txt", fs[0].Details["password_beside"])
}

// Password trials do not hold up the text scan: with one scan worker, a
// phrase in a file walked after a keystore whose trials take the whole
// budget is reported before the keystore, and the keystore still carries
// its KDF cost and why its trials stopped. The trials of many costly
// stores together stay within the one scan budget.
func TestTrialsOffTheCriticalPath(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	dir := t.TempDir()
	const stores = 12
	for i := range stores {
		ks := v3Keystore(t, rng, fmt.Sprintf("not listed %d", i), 1<<14)
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%02d-UTC--key", i)), ks, 0o600))
	}
	phrase := strings.Repeat("abandon ", 11) + "about"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "z-notes.txt"), []byte("seed: "+phrase+"\n"), 0o600))

	budget := 600 * time.Millisecond
	s := New(Options{Workers: 1, Trials: TrialPolicy{Budget: budget, Workers: 1}})
	var order []Kind
	var ks []Finding
	sum, err := s.Run(context.Background(), func(f Finding) error {
		order = append(order, f.Kind)
		if f.Kind == KindKeystore {
			ks = append(ks, f)
		}
		return nil
	}, Dir(dir))
	require.NoError(t, err)
	require.Len(t, ks, stores)
	require.NotEmpty(t, order)
	assert.Equal(t, KindMnemonic, order[0], "the phrase waits for no trial: %v", order)

	// One guess of scrypt n=2^14 takes tens of milliseconds; the whole
	// list of every store would take 12 × 54 guesses. The budget allows
	// a handful, so most stores stop at it, untried candidates counted.
	tried := 0
	for _, f := range ks {
		require.NotNil(t, f.Protection)
		assert.Positive(t, f.Protection.GuessesPerSecond, "KDF cost reported without trials")
		assert.NotEmpty(t, f.Details["trials_stop"])
		var n int
		_, _ = fmt.Sscan(f.Details["passwords_tried"], &n)
		tried += n
	}
	assert.Less(t, tried, stores*54/4, "the budget is one per scan, not one per store")
	assert.NotZero(t, sum.Findings)
}

// Copies of one keystore under different names are judged alike whatever
// order the walk meets them in: the copy named after its password opens
// the store, so every copy is reported with a weak password, and each
// copy's counts are those of its own candidates.
func TestKeystoreCopiesAgree(t *testing.T) {
	data := v3Keystore(t, rand.New(rand.NewPCG(7, 8)), "vaultcopy", 16)
	for _, names := range [][]string{{"backup.json", "vaultcopy.json"}, {"vaultcopy.json", "backup.json"}} {
		// Sources are read in order: with one worker the first name's
		// store reaches the pool first.
		s := New(Options{Workers: 1, Trials: TrialPolicy{Budget: time.Minute, Workers: 1}})
		fs := keystoreFindings(t, s, Bytes(names[0], data), Bytes(names[1], data))
		require.Len(t, fs, 2)
		for _, f := range fs {
			assert.True(t, f.Protection.WeakPassword, "%s", f.Location.Path)
			assert.Equal(t, string(keystore.StopOpened), f.Details["trials_stop"], "%s", f.Location.Path)
		}
	}
}
