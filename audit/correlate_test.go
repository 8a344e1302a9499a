package audit

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/slip39vectors"
	"github.com/walletaudit/walletaudit/mnemonic"
)

func TestSLIP39SharesAcrossFiles(t *testing.T) {
	const (
		a, b = slip39vectors.BasicA, slip39vectors.BasicB   // together they recover the master secret
		x, y = slip39vectors.DigestA, slip39vectors.DigestB // they disagree
	)
	share := func(path, words string, score float64) Finding {
		p, err := mnemonic.ValidateSLIP39(words)
		require.NoError(t, err)
		return Finding{Rule: "slip39-share", Kind: KindMnemonic, Score: score, Severity: severityForScore(score),
			Location: Location{Path: path}, Storage: Storage{Context: "notes", WorldReadable: true},
			Secret:  detect.NewSecret(detect.SecretSpec{Kind: KindMnemonic, Raw: "1. " + words, Normalized: "slip39:" + words, Redacted: "[20 words, slip39 share]"}),
			Details: map[string]string{"slip39_set": "incomplete: 1 share(s) of this set here, fewer than the thresholds need"},
			share:   detect.NewShare(p, detect.SetIncomplete)}
	}
	fs := []Finding{
		share("backup/share1.txt", a, 6.9), // 0.6 × 9.4 + 1.25, say
		share("backup/share2.txt", b, 6.9),
		share("notes/x.txt", x, 6.9),
		share("notes/y.txt", y, 6.9),
	}
	Spread(fs)
	for _, f := range fs[:2] {
		assert.Contains(t, f.Details["slip39_set"], "complete: the shares found in 2 files")
		assert.Equal(t, detect.SetComplete, f.share.Set)
		assert.InDelta(t, min(10, (6.9-1.25)/0.6+1.25), f.Score, 0.051)
		assert.Equal(t, SeverityCritical, f.Severity)
	}
	for _, f := range fs[2:] {
		assert.Contains(t, f.Details["slip39_set"], "incomplete", "shares that disagree stay as they were")
		assert.Equal(t, detect.SetIncomplete, f.share.Set)
		assert.Equal(t, 6.9, f.Score)
	}
}
