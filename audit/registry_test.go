package audit

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Each row of the table of built-ins names the detector it makes, and
// every rule belongs to one detector only.
func TestBuiltinsTable(t *testing.T) {
	seen := map[string]string{}
	for _, b := range builtins {
		require.True(t, (b.chunk == nil) != (b.file == nil), "%s: one of chunk and file", b.id)
		if b.chunk != nil {
			assert.Equal(t, b.id, b.chunk(Options{}, nil, nil).ID())
		} else {
			assert.Equal(t, b.id, b.file().ID())
		}
		for _, r := range b.rules {
			assert.NotContains(t, seen, r.ID, "rule %s listed twice", r.ID)
			seen[r.ID] = b.id
			assert.NotEmpty(t, r.Title, r.ID)
		}
	}
	assert.Len(t, BuiltinRules(), len(seen))
	assert.Len(t, DefaultDetectors(), 18)
	assert.Len(t, DefaultFileDetectors(), 1)
}
