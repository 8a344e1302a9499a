package phrase

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/mnemonic"
)

func TestDetectPublicVector(t *testing.T) {
	text := "mnemonic: " + strings.Repeat("abandon ", 11) + "about\n"
	cs := New().Detect(context.Background(), &detect.Chunk{Data: []byte(text)})
	require.Len(t, cs, 1)
	c := cs[0]
	assert.Equal(t, Rule, c.Rule)
	assert.Equal(t, detect.KindMnemonic, c.Kind)
	assert.True(t, c.Public)
	assert.Equal(t, "BIP-39 test vector", c.PublicSource)
	assert.Equal(t, detect.ConfidenceHigh, c.Confidence)
	// The first BIP-84 address of the vector, as published in BIP-84.
	assert.Equal(t, "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu", c.Secret.Address())
	assert.Equal(t, "[12 words, english]", c.Secret.Redacted())
	assert.NotContains(t, fmt.Sprint(c), "abandon")
}

func TestDetectBinaryAndFingerprintsStable(t *testing.T) {
	p, err := mnemonic.FromEntropy([]byte("0123456789abcdef"), mnemonic.English)
	require.NoError(t, err)
	words := p.Words()
	d := New()
	a := d.Detect(context.Background(), &detect.Chunk{Data: []byte(strings.Join(words, " "))})
	b := d.Detect(context.Background(), &detect.Chunk{Data: []byte(strings.ToUpper(strings.Join(words, "\n")))})
	require.Len(t, a, 1)
	require.Len(t, b, 1)
	assert.Equal(t, a[0].Secret.Fingerprint(), b[0].Secret.Fingerprint())
	assert.False(t, a[0].Public)
	bin := append([]byte("SQLite format 3\x00\x00\x01"), []byte(strings.Join(words, " "))...)
	assert.Len(t, d.Detect(context.Background(), &detect.Chunk{Data: append(bin, 0, 0, 7), Binary: true}), 1, "a phrase in a database file")
}

func TestDeepCheckFindsWeakGenerators(t *testing.T) {
	tests := []struct {
		gen  mnemonic.Generator
		seed uint32
		want string
	}{
		{mnemonic.GeneratorBX, 1500000000, "Milk Sad"},
		{mnemonic.GeneratorTrustWallet, 4000000000, "Trust Wallet"},
	}
	for _, tc := range tests {
		p, err := mnemonic.FromEntropy(mnemonic.MT19937Entropy(tc.gen, tc.seed, 16), mnemonic.English)
		require.NoError(t, err)
		d := NewWith(Options{DeepChecks: true, From: tc.seed - 500_000, To: tc.seed + 500_000})
		cs := d.Detect(context.Background(), &detect.Chunk{Data: []byte("seed: " + strings.Join(p.Words(), " "))})
		require.Len(t, cs, 1)
		assert.Contains(t, cs[0].Details["weakness"], tc.want)
		assert.Contains(t, cs[0].Details["weakness"], fmt.Sprint(tc.seed))
	}
	// A random phrase: swept, not flagged, and the budget is reported.
	p, err := mnemonic.FromEntropy([]byte("0123456789abcdef"), mnemonic.English)
	require.NoError(t, err)
	d := NewWith(Options{DeepChecks: true, From: 1, To: 300_000})
	cs := d.Detect(context.Background(), &detect.Chunk{Data: []byte("seed: " + strings.Join(p.Words(), " "))})
	require.Len(t, cs, 1)
	assert.Empty(t, cs[0].Details["weakness"])
	assert.Contains(t, cs[0].Details["deep_check"], "300000 seeds swept")
	d = NewWith(Options{DeepChecks: true, Budget: 20 * time.Millisecond})
	cs = d.Detect(context.Background(), &detect.Chunk{Data: []byte("seed: " + strings.Join(p.Words(), " "))})
	require.Len(t, cs, 1)
	assert.Contains(t, cs[0].Details["deep_check"], "time budget")
}
