package audit

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/mnemonic"
)

// A phrase of random-looking entropy that no test suite publishes.
func embedPhrase(t *testing.T) string {
	p, err := mnemonic.FromEntropy([]byte("embed-test-entro"), mnemonic.English)
	require.NoError(t, err)
	return p.Reveal()
}

// The engine, not the detector list, owns the deep checks: the
// instances DefaultDetectors returns take the scanner's options.
func TestDefaultDetectorsTakeTheScannersOptions(t *testing.T) {
	text := "backup: " + embedPhrase(t) + "\n"
	for _, tc := range []struct {
		name string
		opts Options
		deep bool
	}{
		{"built-in list, deep", Options{DeepChecks: true, DeepBudget: time.Millisecond}, true},
		{"extended list, deep", Options{DeepChecks: true, DeepBudget: time.Millisecond, Detectors: append(DefaultDetectors(), tokenDetector{})}, true},
		{"extended list, not deep", Options{Detectors: append(DefaultDetectors(), tokenDetector{})}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs, _ := collect(t, New(tc.opts), Bytes("notes.txt", []byte(text)))
			require.NotEmpty(t, fs)
			_, deep := fs[0].Details["deep_check"]
			assert.Equal(t, tc.deep, deep, "%v", fs[0].Details)
		})
	}
}

func TestDisableByRule(t *testing.T) {
	const wif = "5JZN3Hboyo977aaUF2KzRmqrVcZEFAL7HPbn4VibDo1rLwss5gZ"                                                              // a key made for tests (examples/ci-gate's gateWIF)
	const xprv = "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi" // BIP-32 test vector 1
	text := []byte("wif " + wif + "\nxprv " + xprv + "\n")
	rules := func(opts Options) []string {
		fs, _ := collect(t, New(opts), Bytes("keys.txt", text))
		var out []string
		for _, f := range fs {
			out = append(out, f.Rule)
		}
		return out
	}
	assert.ElementsMatch(t, []string{"wif", "bip32-xprv"}, rules(Options{}))
	assert.Equal(t, []string{"bip32-xprv"}, rules(Options{Disable: []string{"wif"}}))
	assert.Empty(t, rules(Options{Disable: []string{"base58-keys"}}))

	s := New(Options{Disable: []string{"wif"}})
	var ids []string
	for _, r := range s.Rules() {
		ids = append(ids, r.ID)
		assert.NotEmpty(t, r.Title, r.ID)
	}
	assert.Contains(t, ids, "bip32-xprv")
	assert.NotContains(t, ids, "wif")
	assert.Equal(t, "WIF private key", RuleTitle("wif"))
}

func TestAllowDoubleStar(t *testing.T) {
	tests := []struct {
		pattern, path string
		want          bool
	}{
		{"**/fixtures/**", "a/b/fixtures/c/d.json", true},
		{"**/fixtures/**", "fixtures/x", true},
		{"**/fixtures/**", "a/fixture/x", false},
		{"src/**/*.go", "src/a/b/c.go", true},
		{"src/**/*.go", "src/c.go", true},
		{"src/**/*.go", "lib/c.go", false},
		{"**", "anything/at/all", true},
		{"*.env", "a/.env", false},
		{"[", "x", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, MatchGlob(tc.pattern, tc.path), "%s %s", tc.pattern, tc.path)
	}
	fs, sum := collect(t, testScanner(Options{Allow: []string{"**/fixtures/**"}}),
		Bytes("repo/test/fixtures/deep/k.txt", []byte(token(1))), Bytes("repo/src/k.txt", []byte(token(2))))
	require.Len(t, fs, 1)
	assert.Equal(t, "repo/src/k.txt", fs[0].Location.Path)
	assert.Equal(t, 1, sum.Ignored)
}

func TestScanSummary(t *testing.T) {
	s := testScanner(Options{MaxFileSize: 4})
	var sum Summary
	n := 0
	for _, err := range s.ScanSummary(context.Background(), &sum, Bytes("a", []byte(token(1))), Bytes("b", []byte(token(2)))) {
		require.NoError(t, err)
		n++
	}
	assert.Equal(t, 0, n)
	assert.Len(t, sum.Skipped, 2, "the oversized items are in the summary")
}

// MatchGlob never panics, and many "**" against a deep path stay fast.
func FuzzMatchGlob(f *testing.F) {
	f.Add("**/fixtures/**", "a/fixtures/b")
	f.Add("[", "x")
	f.Add("**/**/**/**/**/**/**/**/x", "a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/y")
	f.Fuzz(func(t *testing.T, pattern, name string) {
		if len(pattern) > 512 || len(name) > 4096 {
			return
		}
		_ = MatchGlob(pattern, name)
	})
}
