package keystore

import (
	"context"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bip38Vectors are the test vectors of BIP-38 (github.com/bitcoin/bips,
// bip-0038.mediawiki, "Test vectors"): published, no one's funds.
var bip38Vectors = []struct {
	name, pass, encrypted, key string
	ec, compressed             bool
}{
	{"plain 1", "TestingOneTwoThree", "6PRVWUbkzzsbcVac2qwfssoUJAN1Xhrg6bNk8J7Nzm5H7kxEbn2Nh2ZoGg", "CBF4B9F70470856BB4F40F80B87EDB90865997FFEE6DF315AB166D713AF433A5", false, false},
	{"plain 2", "Satoshi", "6PRNFFkZc2NZ6dJqFfhRoFNMR9Lnyj7dYGrzdgXXVMXcxoKTePPX1dWByq", "09C2686880095B1A4C249EE3AC4EEA8A014F11E6F986D0B5025AC1F39AFBD9AE", false, false},
	{"plain unicode", "\u03D2\u0301\u0000\U00010400\U0001F4A9", "6PRW5o9FLp4gJDDVqJQKJFTpMvdsSGJxMYHtHaQBF3ooa8mwD69bapcDQn", "", false, false},
	{"compressed 1", "TestingOneTwoThree", "6PYNKZ1EAgYgmQfmNVamxyXVWHzK5s6DGhwP4J5o44cvXdoY7sRzhtpUeo", "CBF4B9F70470856BB4F40F80B87EDB90865997FFEE6DF315AB166D713AF433A5", false, true},
	{"compressed 2", "Satoshi", "6PYLtMnXvfG3oJde97zRyLYFZCYizPU5T3LwgdYJz1fRhh16bU7u6PPmY7", "09C2686880095B1A4C249EE3AC4EEA8A014F11E6F986D0B5025AC1F39AFBD9AE", false, true},
	{"ec 1", "TestingOneTwoThree", "6PfQu77ygVyJLZjfvMLyhLMQbYnu5uguoJJ4kMCLqWwPEdfpwANVS76gTX", "A43A940577F4E97F5C4D39EB14FF083A98187C64EA7C99EF7CE460833959A519", true, false},
	{"ec 2", "Satoshi", "6PfLGnQs6VZnrNpmVKfjotbnQuaJK4KZoPFrAjx1JMJUa1Ft8gnf5WxfKd", "C2C8036DF268F498099350718C4A3EF3984D2BE84618C2650F5171DCC5EB660A", true, false},
	{"ec lot 1", "MOLON LABE", "6PgNBNNzDkKdhkT6uJntUXwwzQV8Rr2tZcbkDcuC9DZRsS6AtHts4Ypo1j", "44EA95AFBF138356A05EA32110DFD627232D0F2991AD221187BE356F19FA8190", true, false},
	{"ec lot 2", "ΜΟΛΩΝ ΛΑΒΕ", "6PgGWtx25kUg8QWvwuJAgorN6k9FbE25rv5dMRwu5SKMnfpfVe5mar2ngH", "CA2759AA4ADB0F96C414F36ABEB8DB59342985BE9FA50FAAC228C8E7D90E3006", true, false},
}

func TestBIP38Vectors(t *testing.T) {
	for _, v := range bip38Vectors {
		t.Run(v.name, func(t *testing.T) {
			t.Parallel()
			k, err := ParseBIP38(v.encrypted)
			require.NoError(t, err)
			assert.Equal(t, v.ec, k.ECMultiply())
			assert.Equal(t, v.compressed, k.Compressed())
			key, ok := k.DecryptSecret(v.pass)
			require.True(t, ok, "the vector's passphrase does not open it")
			if v.key != "" {
				assert.True(t, strings.EqualFold(hex.EncodeToString(key), v.key), "decrypted key differs from the vector")
			}
			if v.name == "plain 1" || v.name == "ec 1" {
				// One scrypt of n=16384 r=8 p=8 costs about a second:
				// wrong passphrases are tried on one key of each kind.
				assert.False(t, k.Opens(v.pass+"x"), "a wrong passphrase opened it")
			}
		})
	}
}

func TestParseBIP38Rejects(t *testing.T) {
	good := bip38Vectors[0].encrypted
	for _, s := range []string{
		"", "6P", good[:57], good + "a",
		"6PRVWUbkzzsbcVac2qwfssoUJAN1Xhrg6bNk8J7Nzm5H7kxEbn2Nh2ZoGh", // checksum broken
		"5KN7MzqK5wt2TP1fQCYyHBtDrXdJuXbUzm4A9rKAteGu3Qi5CVR",        // a WIF key
		strings.Repeat("1", 58),
	} {
		_, err := ParseBIP38(s)
		assert.ErrorIs(t, err, ErrNotBIP38, "%q", s)
	}
}

func TestInspectBIP38(t *testing.T) {
	v := bip38Vectors[1] // "Satoshi"
	a, err := InspectBIP38(context.Background(), v.encrypted, Options{NoBuiltin: true, Passwords: []string{"hunter2", v.pass}})
	require.NoError(t, err)
	assert.Equal(t, BIP38Key, a.Format)
	assert.True(t, a.Encrypted)
	assert.Equal(t, "scrypt", a.KDF)
	assert.Equal(t, "n=16384 r=8 p=8", a.KDFParams)
	assert.Greater(t, a.GuessesPerSecond, 0.0)
	assert.True(t, a.WeakPassword, "the listed passphrase should open it")
	assert.Equal(t, RatingCritical, a.Rating)

	a, err = InspectBIP38(context.Background(), v.encrypted, Options{NoTrials: true})
	require.NoError(t, err)
	assert.False(t, a.WeakPassword)
	assert.NotEqual(t, RatingCritical, a.Rating)
}

func FuzzParseBIP38(f *testing.F) {
	for _, v := range bip38Vectors {
		f.Add(v.encrypted)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := ParseBIP38(s)
		if err == nil && k == nil {
			t.Fatal("nil key without error")
		}
	})
}
