package audit

import (
	"bytes"
	"context"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/walletaudit/walletaudit/audit/detect"
)

// recipeDetector is the small detector of the recipe in
// docs/architecture.md: it reports the marker "RECIPE-SECRET".
type recipeDetector struct{}

func (recipeDetector) ID() string         { return "recipe-detector" }
func (recipeDetector) Keywords() []string { return []string{"recipe-secret"} }
func (recipeDetector) Detect(_ context.Context, c *detect.Chunk) []detect.Candidate {
	i := bytes.Index(c.Data, []byte("RECIPE-SECRET"))
	if i < 0 {
		return nil
	}
	return []detect.Candidate{{Rule: "recipe-rule", Kind: detect.KindOtherPrivateKey, Start: i, End: i + 13,
		Secret: detect.NewSecret(detect.SecretSpec{Kind: detect.KindOtherPrivateKey, Raw: "RECIPE-SECRET", Normalized: "RECIPE-SECRET", Redacted: "[recipe secret]"}), Confidence: detect.ConfidenceHigh}}
}

// A detector added as one row of the table of built-ins is made, its rule
// is listed and titled, and Disable turns it off, with no other change.
func TestRecipeDetector(t *testing.T) {
	table := append(slices.Clone(builtins), builtin{id: "recipe-detector",
		chunk: func(Options, *atomic.Uint64, chan struct{}) Detector { return recipeDetector{} },
		rules: []Rule{{ID: "recipe-rule", Title: "Recipe secret"}}})

	dets := chunkDetectors(table, Options{}, nil, nil)
	require.Len(t, dets, len(DefaultDetectors())+1)
	assert.Equal(t, "recipe-detector", dets[len(dets)-1].ID())
	assert.Contains(t, rulesOf(table), Rule{ID: "recipe-rule", Detector: "recipe-detector", Title: "Recipe secret"})

	s := New(Options{Detectors: dets, FileDetectors: fileDetectors(table)})
	assert.Contains(t, s.Detectors(), "recipe-detector")
	off := New(Options{Detectors: dets, Disable: []string{"recipe-detector"}})
	assert.NotContains(t, off.Detectors(), "recipe-detector")
}
