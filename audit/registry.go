package audit

import (
	"context"
	"sync/atomic"
	"time"

	"github.com/walletaudit/walletaudit/internal/decode"
	"github.com/walletaudit/walletaudit/internal/detectors/keys"
	"github.com/walletaudit/walletaudit/internal/detectors/phrase"
	"github.com/walletaudit/walletaudit/internal/detectors/wallet"
	"github.com/walletaudit/walletaudit/keystore"
)

// DefaultDetectors returns new instances of the built-in chunk detectors.
// Append to the result to add detectors of your own:
//
//	opts.Detectors = append(audit.DefaultDetectors(), myDetector{})
func DefaultDetectors() []Detector { return defaultDetectors(Options{}, nil, nil) }

// defaultDetectors builds the built-in detectors; slots, when not nil,
// bounds the deep-check sweep goroutines they run at once.
func defaultDetectors(opts Options, seeds *atomic.Uint64, slots chan struct{}) []Detector {
	total := opts.DeepBudget
	if total <= 0 {
		total = time.Hour
	}
	p := phrase.NewWith(phrase.Options{DeepChecks: opts.DeepChecks, Swept: seeds, TotalBudget: total, Slots: slots})
	return append([]Detector{p, wallet.NewEmbedded(keystore.Options{}), wallet.NewBIP38(keystore.Options{})}, keys.All()...)
}

// DefaultFileDetectors returns new instances of the built-in whole-file
// detectors (keystores, wallet databases).
func DefaultFileDetectors() []FileDetector {
	return []FileDetector{wallet.NewFiles(keystore.Options{})}
}

// decodeViews peels encodings with the built-in decoders.
func decodeViews(ctx context.Context, data []byte, depth int, fn func(view) bool) {
	_ = decode.Views(ctx, data, depth, func(v decode.View) bool {
		return fn(view{data: v.Data, encoding: v.Encoding, start: v.Start, end: v.End, context: v.Context})
	})
}
