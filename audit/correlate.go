package audit

import (
	"context"
	"fmt"
	"math"

	"github.com/walletaudit/walletaudit/audit/detect"
)

// slip39Across finds SLIP-39 shares of one set that were found in
// different files (share1.txt and share2.txt of one backup folder): when
// together they reach the set's thresholds, each share is as bad as the
// seed, and its finding says so and is scored again.
func slip39Across(fs []Finding) {
	var shares []*detect.Share
	var at []int // finding index of each share
	for i, f := range fs {
		if f.share == nil || f.Public || f.share.Set == detect.SetComplete {
			continue
		}
		shares, at = append(shares, f.share), append(at, i)
	}
	if len(shares) < 2 {
		return
	}
	for _, idx := range detect.RecoveringSets(shares) {
		files := map[string]bool{}
		for _, j := range idx {
			files[fs[at[j]].Location.Path] = true
		}
		if len(files) < 2 {
			continue
		}
		for _, j := range idx {
			f := &fs[at[j]]
			d := make(map[string]string, len(f.Details)+1)
			for k, v := range f.Details {
				d[k] = v
			}
			d["slip39_set"] = fmt.Sprintf("%s: the shares found in %d files recover the master secret", detect.SetComplete, len(files))
			// The share counted with incompleteSharePower (docs/scoring.md);
			// a complete set counts as the seed: take the storage raise
			// off, rescale, put it back.
			if f.share.Set == detect.SetIncomplete {
				raise := storageRaise(f.Storage)
				f.Score = math.Round(math.Min(10, (f.Score-raise)/incompleteSharePower+raise)*10) / 10
				f.Severity = severityForScore(f.Score)
			}
			complete := *f.share
			complete.Set = detect.SetComplete
			f.share = &complete
			f.Details = d
		}
	}
}

// Collect runs a scan to the end and returns every finding with the
// cross-file correlations of Spread applied (secrets stored in several
// places, SLIP-39 shares that together recover the seed) and the
// summary with BySeverity counted after them. It is the
// one code path of reports that need the whole result (scan, ci-gate).
func (s *Scanner) Collect(ctx context.Context, srcs ...Source) ([]Finding, Summary, error) {
	var all []Finding
	sum, err := s.Run(ctx, func(f Finding) error { all = append(all, f); return nil }, srcs...)
	Spread(all)
	sum.BySeverity = map[string]int{}
	for _, f := range all {
		sum.BySeverity[string(f.Severity)]++
	}
	return all, sum, err
}
