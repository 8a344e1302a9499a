package detect

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/internal/slip39vectors"
	"github.com/walletaudit/walletaudit/mnemonic"
)

func TestRecoveringSets(t *testing.T) {
	const (
		a, b = slip39vectors.BasicA, slip39vectors.BasicB   // together they recover the master secret
		x, y = slip39vectors.DigestA, slip39vectors.DigestB // they disagree
	)
	share := func(words string) *Share {
		p, err := mnemonic.ValidateSLIP39(words)
		require.NoError(t, err)
		return NewShare(p, SetIncomplete)
	}
	tests := []struct {
		name   string
		shares []*Share
		want   [][]int
	}{
		{"none", nil, nil},
		{"one of two needed", []*Share{share(a)}, nil},
		{"two of two needed", []*Share{share(a), share(b)}, [][]int{{0, 1}}},
		{"indices skip nil and unparsed shares", []*Share{nil, share(a), {Set: SetIncomplete}, share(b)}, [][]int{{1, 3}}},
		{"shares that disagree", []*Share{share(x), share(y)}, nil},
		{"two sets, one recovers", []*Share{share(x), share(a), share(y), share(b)}, [][]int{{1, 3}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, RecoveringSets(tc.shares))
		})
	}
}
