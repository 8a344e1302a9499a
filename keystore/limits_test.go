package keystore

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Limits are part of the API: these tests prove each bound.

func TestHugeScryptIsNotTried(t *testing.T) {
	g := newGen(10)
	var m map[string]any
	require.NoError(t, json.Unmarshal(g.v3(weakPW, "scrypt", 1024, 8, 1, 0, false), &m))
	params := m["crypto"].(map[string]any)["kdfparams"].(map[string]any)
	for _, tc := range []struct {
		name string
		n, r int
	}{
		{"n_2^30", 1 << 30, 8},
		{"memory_2^20_r64", 1 << 20, 64},
		{"standard_over_small_memory_limit", 1 << 18, 8},
	} {
		t.Run(tc.name, func(t *testing.T) {
			params["n"], params["r"] = tc.n, tc.r
			start := time.Now()
			a, err := Inspect(context.Background(), "", mustJSON(m, false), Options{MaxTrialMemory: 64 << 20})
			require.NoError(t, err)
			assert.Zero(t, a.Tried)
			assert.Positive(t, a.Untried)
			assert.Less(t, time.Since(start), time.Second)
			assert.Equal(t, RatingLow, a.Rating)
		})
	}
}

func TestBudgetBoundsTrials(t *testing.T) {
	g := newGen(11)
	// One scrypt guess at n=2^16 costs ~0.1 s here; a 200 ms budget
	// allows only a few of the ~50.
	data := g.v3(strongPW, "scrypt", 1<<16, 8, 1, 0, false)
	start := time.Now()
	a, err := Inspect(context.Background(), "", data, Options{Budget: 200 * time.Millisecond, Workers: 1})
	require.NoError(t, err)
	assert.Less(t, time.Since(start), 2*time.Second)
	assert.Positive(t, a.Untried)
	assert.False(t, a.WeakPassword)

	// A guess estimated to cost more than the whole budget is not tried.
	a, err = Inspect(context.Background(), "", data, Options{Budget: time.Millisecond})
	require.NoError(t, err)
	assert.Zero(t, a.Tried)
}

func TestMaxTrials(t *testing.T) {
	g := newGen(12)
	a, err := Inspect(context.Background(), "", g.vault(strongPW, 1000, true), Options{MaxTrials: 3})
	require.NoError(t, err)
	assert.Equal(t, 3, a.Tried)
	assert.Positive(t, a.Untried)
}

func TestCancelledContextStopsTrials(t *testing.T) {
	g := newGen(13)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	a, err := Inspect(ctx, "", g.v3(weakPW, "scrypt", 1024, 8, 1, 0, false), Options{})
	require.NoError(t, err)
	assert.Zero(t, a.Tried)
	assert.False(t, a.WeakPassword)
}

func TestSizeLimits(t *testing.T) {
	big := append([]byte(`{"crypto":{"ciphertext":"`), bytes.Repeat([]byte("a"), 2<<20)...)
	_, err := Inspect(context.Background(), "", big, Options{MaxSize: 1 << 20})
	assert.ErrorIs(t, err, ErrTooLarge)
	_, err = InspectReader(context.Background(), "", bytes.NewReader(big), int64(len(big)), Options{MaxSize: 1 << 20})
	assert.ErrorIs(t, err, ErrTooLarge)
	assert.False(t, Likely("x.json", big[:100], int64(len(big)), Options{MaxSize: 1 << 20}))
}

// A large wallet database is scanned in windows: records past the first
// window and across a window boundary are found.
func TestCoreScanWindows(t *testing.T) {
	g := newGen(14)
	w := g.core(weakPW, 1000, false)
	pad := make([]byte, coreWindow-len(w)+coreWindow-3) // the next record straddles the second boundary
	data := append(append(w, pad...), g.pubRecord("ckey")...)
	data = append(data, make([]byte, 1000)...)
	a, err := InspectReader(context.Background(), "wallet.dat", bytes.NewReader(data), int64(len(data)), Options{})
	require.NoError(t, err)
	assert.Equal(t, 3, a.Keys)
	assert.True(t, a.WeakPassword)
}

func TestHostileInputs(t *testing.T) {
	inputs := map[string]string{
		"deep_nesting":      strings.Repeat(`{"crypto":`, 20000),
		"crypto_not_object": `{"crypto": 5}`,
		"numbers_as_text":   v3With(`{"n":"1024","r":"8","p":"1","dklen":"32","salt":"00"}`),
		"nan_params":        v3With(`{"n":"NaN","r":8,"p":1,"salt":"00"}`),
		"bdb_header_only":   string(append(make([]byte, 12), bdbMagicLE...)),
		"sqlite_truncated":  "SQLite format 3\x00\x00",
		"bie_garbage":       "QklFMQ" + strings.Repeat("A", 200),
		"seco_short":        "SECOseco-v0-scrypt-aes",
		"polkadot_params":   `{"encoded":"` + strings.Repeat("A", 120) + `","encoding":{"type":["scrypt","xsalsa20-poly1305"]}}`,
		"solana_big_values": "[" + strings.Repeat("99999999999999999999,", 63) + "1]",
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			assert.NotPanics(t, func() {
				a, err := Inspect(ctx, "hsm_secret", []byte(in), Options{Budget: 100 * time.Millisecond})
				if err == nil {
					assert.NotNil(t, a)
				}
			})
		})
	}
}
