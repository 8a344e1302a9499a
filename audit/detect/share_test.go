package detect

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/mnemonic"
)

func TestRecoveringSets(t *testing.T) {
	// Shares of the published SLIP-39 vectors (trezor/python-shamir-
	// mnemonic vectors.json): "Basic sharing 2-of-3" (a, b) and
	// "invalid digest" (x, y: they disagree).
	const (
		a = "shadow pistol academic always adequate wildlife fancy gross oasis cylinder mustang wrist rescue view short owner flip making coding armed"
		b = "shadow pistol academic acid actress prayer class unknown daughter sweater depict flip twice unkind craft early superior advocate guest smoking"
		x = "guilt walnut academic acid deliver remove equip listen vampire tactics nylon rhythm failure husband fatigue alive blind enemy teaspoon rebound"
		y = "guilt walnut academic agency brave hamster hobo declare herd taste alpha slim criminal mild arcade formal romp branch pink ambition"
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
