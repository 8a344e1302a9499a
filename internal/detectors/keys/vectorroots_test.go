package keys

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"runtime"
	"slices"
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
		entropy []byte
		lang    mnemonic.Language
	}
	var jobs []job
	for _, e := range bip39vectors.Entropies() {
		for _, lang := range mnemonic.Languages() {
			if lang != mnemonic.English {
				jobs = append(jobs, job{e, lang})
			}
		}
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
				k, err := hdkeychain.NewMaster(p.Seed("TREZOR"), &chaincfg.MainNetParams)
				require.NoError(t, err)
				raw := base58.Decode(k.String())
				require.Len(t, raw, 82)
				sum := sha256.Sum256([]byte(hex.EncodeToString(raw[4:78])))
				key := hex.EncodeToString(sum[:16])
				mu.Lock()
				// Both Chinese lists spell some vectors alike, with one
				// root: it is named by the first in Languages order.
				if prev, ok := m[key]; !ok || slices.Index(mnemonic.Languages(), j.lang) < slices.Index(mnemonic.Languages(), mnemonic.Language(prev)) {
					m[key] = string(j.lang)
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

// TestVectorRoots checks the table of vectorroots.go against the roots
// derived from the vectors (with -update-vector-roots it writes the file).
func TestVectorRoots(t *testing.T) {
	want := deriveVectorRoots(t)
	if *updateVectorRoots {
		writeGenerated(t, "vectorroots.go", "TestVectorRoots -update-vector-roots",
			generatedTable{"vectorRoots", "the first 16 bytes of the SHA-256 of the body of each\n" +
				"// root of a BIP-39 test vector's phrase in a language other than\n" +
				"// English, passphrase \"TREZOR\" (publicExtendedBody) → its language.", want})
	}
	assert.Equal(t, want, vectorRoots)
}
