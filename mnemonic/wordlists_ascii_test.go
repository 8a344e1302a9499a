package mnemonic

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hashOf is the FNV-1a hash the tokeniser computes of a lower-case token.
func hashOf(w string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * fnvPrime
	}
	return h
}

// TestASCIITableAgreesWithMaps: the one-probe table the tokeniser uses
// answers exactly what the lookup and prefix maps say, for every ASCII
// key of either and for tokens in neither.
func TestASCIITableAgreesWithMaps(t *testing.T) {
	tb := data()
	check := func(w string) {
		k := tb.asciiFind([]byte(w), hashOf(w))
		e := tb.lookup[w]
		p, hasPfx := tb.prefix[w]
		if e == nil && !hasPfx {
			assert.Nil(t, k, w)
			return
		}
		require.NotNil(t, k, w)
		assert.Same(t, e, k.e, w)
		assert.Equal(t, hasPfx, k.hasPfx, w)
		assert.Equal(t, p, k.pfx, w)
	}
	for w := range tb.lookup {
		if isASCII(w) {
			check(w)
		}
	}
	for p := range tb.prefix {
		check(p)
	}
	for _, w := range []string{"zzzq", "returnx", "abando", "func", "nil", "the", "walletaudit"} {
		check(w)
	}
}
