package audit

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A secret found only in test files is scored one band lower, with the
// reason; the same secret also in production code keeps its score.
func TestSpreadLowersTestOnlySecrets(t *testing.T) {
	s := testScanner(Options{})
	scores := func(srcs ...Source) map[string]Finding {
		fs, _ := collect(t, s, srcs...)
		Spread(fs)
		out := map[string]Finding{}
		for _, f := range fs {
			out[f.Location.Path] = f
		}
		return out
	}
	base, _ := collect(t, s, Bytes("src/config.go", []byte(token(1))))
	require.Len(t, base, 1)
	full := base[0].Score

	only := scores(Bytes("pkg/signer_test.go", []byte(token(1))), Bytes("testdata/keys.txt", []byte(token(1))))
	for _, f := range only {
		assert.Less(t, f.Score, full, f.Location.Path)
		assert.Contains(t, f.Details["test_only"], "found only in test files")
	}
	mixed := scores(Bytes("pkg/signer_test.go", []byte(token(1))), Bytes("src/config.go", []byte(token(1))))
	for _, f := range mixed {
		assert.Empty(t, f.Details["test_only"], f.Location.Path)
		assert.GreaterOrEqual(t, f.Score, full, f.Location.Path)
	}
}

// Every attack path names an ATT&CK technique and a CWE.
func TestEveryAttackPathHasTechniqueAndCWE(t *testing.T) {
	for id, p := range catalogue {
		assert.NotEmpty(t, p.Attack, id)
		assert.NotEmpty(t, p.CWE, id)
	}
	assert.Equal(t, []string{"T1657"}, catalogue["public-test-secret"].Attack)
}
