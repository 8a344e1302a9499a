package mnemonic

import (
	"encoding/hex"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Algorand test vectors (mnemonic, key, address) from
// mrtnetwork/blockchain_utils, test/algorand/test_vector.dart.
var algorandVectors = []struct{ mnemonic, key, address string }{
	{"canal cause father input health sort hand promote crime erupt snap bronze trick happy solution because farm escape address can law uniform crucial absent tube",
		"082149a74a17353e1b2dac9c39939acb31f4a3d9d9139942d3060ef2beb58fa6", "LT74JRUCTFB35LZT4NJV23ZHVWNIOGDMTUJ4ASCXDXDDP5ZQFURIZAHIXA"},
	{"hat wife olympic claw endorse push where pool unveil law because dolphin cram use same toe eyebrow despair label mandate casual head among above wisdom",
		"4cbbbe34a1e2a4ba4a1fa8737f9f270c1499bedf97e38a024ff870d811a8fd80", "4RQA7QQCWRW3NYWXPJBTD55GIATY7YYFVMUHG6ECRGPAL4EDINHJOVBUPU"},
	{"food loud valve eager acid coffee wash tomorrow birth diagram anchor pact next iron leave flame neck catalog ahead winner entry they attitude above panic",
		"d60a21e24ff480b4ec3ee4b538cf10eaa94ad9dd4f589dfc480abedf2582d781", "5GGUFBFT3KZ3JO7MFM6Z7B5QQOL7XAL2B5VAL5JJ6P6CDQRPIOAAEPCZTM"},
}

func TestAlgorand(t *testing.T) {
	for i, v := range algorandVectors {
		ms := Find([]byte("algo account:\n" + v.mnemonic + "\n"))
		require.Len(t, ms, 1, "vector %d", i)
		p := ms[0].Phrase
		assert.Equal(t, SchemeAlgorand, p.Scheme(), "vector %d", i)
		assert.Equal(t, v.key, hex.EncodeToString(p.Seed("")), "vector %d", i)
		assert.Equal(t, v.address, AlgorandAddress(p), "vector %d", i)
	}
	// One word changed: the checksum word or the padding fails.
	rng := rand.New(rand.NewPCG(61, 62))
	for i := range 200 {
		w := strings.Fields(algorandVectors[i%3].mnemonic)
		k := rng.IntN(25)
		w[k] = Wordlist(English)[rng.IntN(2048)]
		for _, m := range Find([]byte(strings.Join(w, " ") + "\n")) {
			if m.Phrase.Scheme() == SchemeAlgorand {
				assert.Equal(t, algorandVectors[i%3].key, hex.EncodeToString(m.Phrase.Seed("")), "sample %d: a changed word read as another key", i)
			}
		}
	}
}
