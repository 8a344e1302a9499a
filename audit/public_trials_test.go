package audit

import (
	"encoding/json"
	"os"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPublicKeystoreAfterTrials: a published encrypted key is public
// whether or not its trials ran. With trials, the candidate the trials
// returned replaced the detector's, and the BIP-38 test vectors were
// reported as leaks (medium) until 2026-12-02.
func TestPublicKeystoreAfterTrials(t *testing.T) {
	const satoshi = "6PRNFFkZc2NZ6dJqFfhRoFNMR9Lnyj7dYGrzdgXXVMXcxoKTePPX1dWByq" // BIP-38 test vector
	for _, trials := range []TrialPolicy{TrialsOff, TrialsQuick} {
		fs, _ := collect(t, New(Options{Trials: trials}), Bytes("paper.txt", []byte("BIP38 paper wallet:\n"+satoshi+"\n")))
		require.Len(t, fs, 1)
		assert.Equal(t, "bip38-encrypted-key", fs[0].Rule)
		assert.True(t, fs[0].Public, "trials %v", trials)
		assert.Equal(t, SeverityInfo, fs[0].Severity, "trials %v", trials)
	}
}

// TestPublishedKeystoreFiles: a store published with its password (a
// specification's test vector, go-ethereum's test keystores;
// keystore/testdata/published.json) is reported as public, on its own
// and inside the JSON test-vector file that carries it, and costs no
// trial: the go-ethereum v1 vector's scrypt guess takes 256 MiB and a
// second, and the default trials opened it with the password written
// beside it and reported a leak (high).
func TestPublishedKeystoreFiles(t *testing.T) {
	data, err := os.ReadFile("../keystore/testdata/published.json")
	require.NoError(t, err)
	type store struct {
		Source   string          `json:"source"`
		Password string          `json:"password"`
		Store    json.RawMessage `json:"store"`
	}
	var published []store
	require.NoError(t, json.Unmarshal(data, &published))
	i := slices.IndexFunc(published, func(p store) bool {
		return p.Source == "go-ethereum v1 keystore test vector"
	})
	require.GreaterOrEqual(t, i, 0)
	v1 := published[i]
	vectors, err := json.MarshalIndent(map[string]any{"test1": map[string]any{"json": v1.Store, "password": v1.Password}}, "", "  ")
	require.NoError(t, err)
	for _, src := range []Source{
		Bytes("keystore/UTC--2015-01-01T00-00-00.000000000Z--cb61d5a9c4896fb9658090b597ef0e7be6f7b67e", v1.Store),
		Bytes("v1_test_vector.json", vectors),
	} {
		fs := keystoreFindings(t, New(Options{Trials: TrialsThorough}), src)
		require.Len(t, fs, 1)
		f := fs[0]
		assert.True(t, f.Public)
		assert.Equal(t, v1.Source, f.PublicSource)
		assert.Equal(t, SeverityInfo, f.Severity)
		assert.False(t, f.Protection.WeakPassword)
		assert.NotContains(t, f.Details, "passwords_tried")
		assert.Contains(t, f.Details["notes"], "published with its password")
	}
}
