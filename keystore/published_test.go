package keystore

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// publishedFile is one entry of testdata/published.json: a store as
// published, where, and the password published with it.
type publishedFile struct {
	Source   string          `json:"source"`
	Password string          `json:"password"`
	Store    json.RawMessage `json:"store"`
}

func readPublished(t *testing.T) []publishedFile {
	t.Helper()
	data, err := os.ReadFile("testdata/published.json")
	require.NoError(t, err)
	var fs []publishedFile
	require.NoError(t, json.Unmarshal(data, &fs))
	require.NotEmpty(t, fs)
	return fs
}

// TestPublishedStores derives publishedStores again from the stores in
// testdata/published.json, and checks that each opens with the password
// published with it: the table names no store that is not one of them,
// and each is what its source says.
func TestPublishedStores(t *testing.T) {
	want := map[string]string{}
	for _, p := range readPublished(t) {
		a, err := Parse("", p.Store)
		require.NoError(t, err, p.Source)
		require.True(t, a.Encrypted, p.Source)
		sum := sha256.Sum256(a.material)
		want[hex.EncodeToString(sum[:16])] = p.Source
		assert.Equal(t, p.Source, a.Published, "a published store is named by its source")
		assert.Contains(t, a.Notes, "published with its password ("+p.Source+"); no password tried")
		assert.Zero(t, a.Tried)
		require.NotNil(t, a.check, p.Source)
		assert.True(t, a.check([]byte(p.Password)), "%s opens with its published password", p.Source)
		if a.trialSeconds < 0.01 { // a wrong guess costs as much as a right one
			assert.False(t, a.check([]byte(p.Password+"x")), p.Source)
		}
	}
	assert.Equal(t, want, publishedStores)
}

// TestPublishedStoreNotTried: a published store is neither tried by
// Inspect nor queued by a trial pool, while the same store with one byte
// of its ciphertext changed is an unknown store, tried as any other.
func TestPublishedStoreNotTried(t *testing.T) {
	var light publishedFile
	for _, p := range readPublished(t) {
		if p.Source == "go-ethereum test keystore (very-light-scrypt.json)" {
			light = p
		}
	}
	require.NotEmpty(t, light.Store)
	ctx := context.Background()
	opts := Options{NoBuiltin: true, Passwords: []string{light.Password}}
	a, err := Inspect(ctx, "", light.Store, opts)
	require.NoError(t, err)
	assert.Equal(t, light.Source, a.Published)
	assert.False(t, a.WeakPassword)
	assert.Zero(t, a.Tried)

	pool := NewTrialPool(ctx, TrialPoolOptions{})
	defer pool.Close()
	b, err := Parse("", light.Store)
	require.NoError(t, err)
	assert.Nil(t, pool.Submit(b, "very-light-scrypt.json", "", opts))

	var doc map[string]any
	require.NoError(t, json.Unmarshal(light.Store, &doc))
	crypto := doc["crypto"].(map[string]any)
	ct := crypto["ciphertext"].(string)
	flip := "0"
	if ct[0] == '0' {
		flip = "1"
	}
	crypto["ciphertext"] = flip + ct[1:]
	changed, err := json.Marshal(doc)
	require.NoError(t, err)
	c, err := Inspect(ctx, "", changed, opts)
	require.NoError(t, err)
	assert.Empty(t, c.Published)
	assert.NotZero(t, c.Tried, "an unknown store is tried")
}
