package audit

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestProtectionJSONKeys: the protection object follows the snake_case of
// the rest of the finding contract (docs/json.md).
func TestProtectionJSONKeys(t *testing.T) {
	b, err := json.Marshal(Finding{Protection: &Protection{Encrypted: true, KDF: "scrypt", KDFParams: "n=262144 r=8 p=1",
		Cipher: "aes-128-ctr", GuessesPerSecond: 22, WeakPassword: true, Summary: "s"}})
	require.NoError(t, err)
	var got struct {
		Protection map[string]any `json:"protection"`
	}
	require.NoError(t, json.Unmarshal(b, &got))
	keys := []string{}
	for k := range got.Protection {
		keys = append(keys, k)
	}
	assert.ElementsMatch(t, []string{"encrypted", "kdf", "kdf_params", "cipher", "guesses_per_second", "weak_password", "summary"}, keys)
	assert.Equal(t, 22.0, got.Protection["guesses_per_second"])
}
