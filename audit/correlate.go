package audit

import (
	"fmt"
	"math"
	"strings"

	"github.com/walletaudit/walletaudit/mnemonic"
)

// slip39Across finds SLIP-39 shares of one set that were found in
// different files (share1.txt and share2.txt of one backup folder): when
// together they reach the set's thresholds, each share is as bad as the
// seed, and its finding says so and is scored again.
func slip39Across(fs []Finding) {
	var shares []mnemonic.Phrase
	var at []int // finding index of each share
	for i, f := range fs {
		if f.Rule != "slip39-share" || f.Public || strings.HasPrefix(f.Details["slip39_set"], "complete") {
			continue
		}
		for _, m := range mnemonic.Find([]byte(f.Secret.Reveal())) {
			if m.Phrase.Scheme() == mnemonic.SchemeSLIP39 {
				shares, at = append(shares, m.Phrase), append(at, i)
				break
			}
		}
	}
	if len(shares) < 2 {
		return
	}
	for _, set := range mnemonic.SLIP39Sets(shares) {
		var members []int
		files := map[string]bool{}
		for _, p := range set {
			for k := range shares {
				if shares[k].Normalized() == p.Normalized() {
					members = append(members, at[k])
					files[fs[at[k]].Location.Path] = true
				}
			}
		}
		if len(files) < 2 || mnemonic.CheckSLIP39(set) != nil {
			continue
		}
		for _, i := range members {
			f := &fs[i]
			d := make(map[string]string, len(f.Details)+1)
			for k, v := range f.Details {
				d[k] = v
			}
			d["slip39_set"] = fmt.Sprintf("complete: the shares found in %d files recover the master secret", len(files))
			// The share counted with power 0.6 (docs/scoring.md); a
			// complete set counts as the seed: take the modifiers off,
			// rescale, put them back.
			mods := 0.0
			for _, raised := range []bool{f.Storage.InVCS, f.Storage.Synced != "", f.Storage.WorldReadable} {
				if raised {
					mods += 1.25
				}
			}
			if strings.HasPrefix(f.Details["slip39_set"], "incomplete") {
				f.Score = math.Round(math.Min(10, (f.Score-mods)/0.6+mods)*10) / 10
				f.Severity = severityForScore(f.Score)
			}
			f.Details = d
		}
	}
}
