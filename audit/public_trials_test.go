package audit

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPublicKeystoreAfterTrials: a published encrypted key is public
// whether or not its trials ran. With trials, the candidate the trials
// returned replaced the detector's, and the BIP-38 test vectors were
// reported as leaks (medium) until 2026-12-02.
func TestPublicKeystoreAfterTrials(t *testing.T) {
	const satoshi = "6PRNFFkZc2NZ6dJqFfhRoFNMR9Lnyj7dYGrzdgXXVMXcxoKTePPX1dWByq" // BIP-38 test vector
	for _, trials := range []TrialPolicy{TrialsOff, TrialsQuick} {
		fs, _ := collect(t, New(Options{Trials: trials}), Bytes("paper.txt", []byte("BIP38 paper wallet:\n"+satoshi+"\n")))
		require.Len(t, fs, 1)
		assert.Equal(t, "bip38-encrypted-key", fs[0].Rule)
		assert.True(t, fs[0].Public, "trials %v", trials)
		assert.Equal(t, SeverityInfo, fs[0].Severity, "trials %v", trials)
	}
}
