package audit

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPasswordFileBesideKeystore: the password written in a file beside a
// keystore (geth's --password file, one password a line; a .env's
// KEYSTORE_PASSWORD; a passphrase.json) is tried first, also on a store
// whose guess needs more memory than the trials may take (a standard
// scrypt store under the quick budget: here scrypt N = 2^12, 4 MiB a
// guess, under a 1 MiB limit, so that the test stays quick under the
// race detector), and the finding names the file that opened it. A
// password file that does not open the store still names it, with the
// trial counted and the reason the rest of the list was left.
func TestPasswordFileBesideKeystore(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	const store = "UTC--2024-05-01T10-11-12.000000000Z--0b7e5f6a"
	cases := []struct {
		name     string
		password string
		n        int
		beside   map[string]string
		opened   bool
		named    string // password_beside
		stop     string
		sub      string // the store's directory under the one scanned
	}{
		{"geth password file, a guess too large for the trials", "Tq8#rides-the-ferry", 1 << 12,
			map[string]string{"password.txt": "Tq8#rides-the-ferry\n"}, true, "password.txt", "opened", ""},
		{"second line of a password file", "Lantern-under-49", 1 << 9,
			map[string]string{"password": "first-account-pw\r\nLantern-under-49\r\n"}, true, "password", "opened", ""},
		{".env beside the store", "v4ult-Otter-2209", 1 << 9,
			map[string]string{".env": "RPC_URL=http://127.0.0.1:8545\nKEYSTORE_PASSWORD=\"v4ult-Otter-2209\"\n"}, true, ".env", "opened", ""},
		{"passphrase.json", "morning-Kettle-71", 1 << 9,
			map[string]string{"passphrase.json": `{"passphrase": "morning-Kettle-71"}`}, true, "passphrase.json", "opened", ""},
		{"password file that does not open it, a guess too large", "Quiet-harbor-806", 1 << 12,
			map[string]string{"password.txt": "not-this-one\n"}, false, "password.txt", "guess-too-large", ""},
		{"placeholder in .env only", "Quiet-harbor-807", 1 << 9,
			map[string]string{".env": "KEYSTORE_PASSWORD=${PW}\n"}, false, "", "", ""},
		{".env in the project above the keystore directory", "Harbor-lamp-5512", 1 << 9,
			map[string]string{".env": "RPC_URL=http://127.0.0.1:8545\nDEPLOYER_KEYSTORE_PASSWORD=Harbor-lamp-5512\n"}, true, "../.env", "opened", "keystore"},
	}
	s := New(Options{Workers: 1, Trials: TrialPolicy{MaxMemory: 1 << 20}})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ks := v3Keystore(t, rng, c.password, c.n)
			dir := t.TempDir()
			at := filepath.Join(c.sub, store)
			mem := fstest.MapFS{filepath.ToSlash(at): {Data: ks}}
			require.NoError(t, os.MkdirAll(filepath.Join(dir, c.sub), 0o700))
			require.NoError(t, os.WriteFile(filepath.Join(dir, at), ks, 0o600))
			for name, text := range c.beside {
				require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600))
				mem[name] = &fstest.MapFile{Data: []byte(text)}
			}
			for _, src := range []Source{Dir(dir), FS(mem, ".", "mem")} {
				fs := keystoreFindings(t, s, src)
				require.Len(t, fs, 1)
				f := fs[0]
				assert.Equal(t, c.named, f.Details["password_beside"], "%s", src)
				if c.stop != "" {
					assert.Equal(t, c.stop, f.Details["trials_stop"], "%s", src)
				}
				if c.opened {
					assert.Equal(t, "a password written beside it opens it", f.Details["weak_password"])
					assert.Equal(t, SeverityCritical, f.Severity)
				} else {
					assert.Empty(t, f.Details["weak_password"])
				}
				if c.stop == "guess-too-large" {
					assert.Equal(t, "1", f.Details["passwords_tried"])
				}
				// The password is never in the finding.
				assert.NotContains(t, fmt.Sprint(f), c.password)
			}
			if c.sub != "" {
				// Scanned from the keystore's own directory, the .env
				// above is outside the scan: it is not read.
				for _, src := range []Source{Dir(filepath.Join(dir, c.sub)), FS(mem, c.sub, "mem")} {
					fs := keystoreFindings(t, s, src)
					require.Len(t, fs, 1)
					assert.Empty(t, fs[0].Details["password_beside"], "%s", src)
					assert.Empty(t, fs[0].Details["weak_password"], "%s", src)
				}
			}
		})
	}
}
