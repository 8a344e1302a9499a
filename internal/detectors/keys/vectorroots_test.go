package keys

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/btcsuite/btcd/btcutil/base58"
	"github.com/btcsuite/btcd/btcutil/hdkeychain"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/internal/bip39vectors"
	"github.com/walletaudit/walletaudit/mnemonic"
)

var updateVectorRoots = flag.Bool("update-vector-roots", false, "write vectorroots.go from the BIP-39 test vectors")

// deriveVectorRoots derives the root of each BIP-39 test vector entropy's
// phrase in each language but English, with the passphrase "TREZOR", and
// returns the table vectorroots.go holds: the first 16 bytes of the
// SHA-256 of each root's body (hex, as publicExtended keys bodies) →
// language.
func deriveVectorRoots(t *testing.T) map[string]string {
	type job struct {
		entropy    []byte
		lang       mnemonic.Language
		passphrase string
	}
	var jobs []job
	for _, e := range bip39vectors.Entropies() {
		for _, lang := range mnemonic.Languages() {
			if lang != mnemonic.English {
				jobs = append(jobs, job{e, lang, "TREZOR"})
			}
		}
		// bip32JP's Japanese vectors (test_JP_BIP39.json, copied into
		// python-mnemonic's and other suites) have the same entropies
		// and a passphrase of their own.
		jobs = append(jobs, job{e, mnemonic.Japanese, japaneseVectorPassphrase})
	}
	m := map[string]string{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	next := make(chan job)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for j := range next {
				p, err := mnemonic.FromEntropy(j.entropy, j.lang)
				require.NoError(t, err)
				k, err := hdkeychain.NewMaster(p.Seed(j.passphrase), &chaincfg.MainNetParams)
				require.NoError(t, err)
				raw := base58.Decode(k.String())
				require.Len(t, raw, 82)
				sum := sha256.Sum256([]byte(hex.EncodeToString(raw[4:78])))
				key := hex.EncodeToString(sum[:16])
				mu.Lock()
				// Both Chinese lists spell some vectors alike, with one
				// root: it is named by the first in Languages order.
				name := string(j.lang)
				if j.passphrase != "TREZOR" {
					name += ", bip32JP passphrase"
				}
				if prev, ok := m[key]; !ok || slices.Index(mnemonic.Languages(), j.lang) < slices.Index(mnemonic.Languages(), mnemonic.Language(prev)) {
					m[key] = name
				}
				mu.Unlock()
			}
		})
	}
	for _, j := range jobs {
		next <- j
	}
	close(next)
	wg.Wait()
	return m
}

// japaneseVectorPassphrase is the passphrase of bip32JP's Japanese
// BIP-39 vectors.
const japaneseVectorPassphrase = "㍍ガバヴァぱばぐゞちぢ十人十色"

// publishedRoots reads testdata/python-mnemonic-roots.txt, the roots of
// test vectors in lists this package does not have, and returns their
// table entries (as deriveVectorRoots's).
func publishedRoots(t *testing.T) map[string]string {
	data, err := os.ReadFile("testdata/python-mnemonic-roots.txt")
	require.NoError(t, err)
	m := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		lang, xprv, ok := strings.Cut(line, " ")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		k, err := hdkeychain.NewKeyFromString(xprv)
		require.NoError(t, err, "line %q", lang)
		require.True(t, k.IsPrivate())
		require.Zero(t, k.Depth(), "a root")
		raw := base58.Decode(xprv)
		sum := sha256.Sum256([]byte(hex.EncodeToString(raw[4:78])))
		m[hex.EncodeToString(sum[:16])] = lang + ", python-mnemonic"
	}
	require.Len(t, m, 48)
	return m
}

// TestVectorRoots checks the table of vectorroots.go against the roots
// derived from the vectors (with -update-vector-roots it writes the file).
func TestVectorRoots(t *testing.T) {
	want := deriveVectorRoots(t)
	for k, lang := range publishedRoots(t) {
		want[k] = lang
	}
	if *updateVectorRoots {
		writeGenerated(t, "vectorroots.go", "TestVectorRoots -update-vector-roots",
			generatedTable{"vectorRoots", "the first 16 bytes of the SHA-256 of the body of each\n" +
				"// root of a BIP-39 test vector's phrase in a language other than\n" +
				"// English, passphrase \"TREZOR\" (publicExtendedBody), of the\n" +
				"// Japanese vectors of bip32JP with their own passphrase, and of the\n" +
				"// Russian and Turkish vectors of python-mnemonic → its language.", want})
	}
	assert.Equal(t, want, vectorRoots)
}
