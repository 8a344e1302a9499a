package audit

import (
	"log/slog"

	"github.com/walletaudit/walletaudit/audit/detect"
)

// RuleDescriber is detect.RuleDescriber: a detector that describes the
// rules it emits.
type RuleDescriber = detect.RuleDescriber

// RuleInfo is detect.RuleInfo, the description of one rule.
type RuleInfo = detect.RuleInfo

// AttackPathInfo is detect.AttackPathInfo, an attack path a detector
// defines.
type AttackPathInfo = detect.AttackPathInfo

// ruleDesc is a described rule with its attack paths resolved.
type ruleDesc struct {
	info     RuleInfo
	detector string
	paths    []attackPath
}

// describeRules collects the rule descriptions of the detectors in dets
// (chunk and file detectors). Attack paths that are unknown, redefine a
// built-in path or lack an ATT&CK technique or a CWE are dropped and
// logged; the first description of a rule wins.
func describeRules(dets []any, log *slog.Logger) map[string]*ruleDesc {
	out := map[string]*ruleDesc{}
	for _, d := range dets {
		rd, ok := d.(RuleDescriber)
		if !ok {
			continue
		}
		id := ""
		if x, ok := d.(interface{ ID() string }); ok {
			id = x.ID()
		}
		for _, ri := range rd.Rules() {
			if ri.ID == "" || out[ri.ID] != nil {
				continue
			}
			r := &ruleDesc{info: ri, detector: id}
			for _, pid := range ri.AttackPaths {
				p, ok := catalogue[pid]
				if !ok {
					log.Warn("rule names an unknown attack path; ignored", "rule", ri.ID, "attack_path", pid)
					continue
				}
				r.paths = append(r.paths, p)
			}
			for _, np := range ri.NewPaths {
				_, builtin := catalogue[np.ID]
				if np.ID == "" || builtin || np.Title == "" || len(np.Attack) == 0 || len(np.CWE) == 0 {
					log.Warn("attack path without an ID of its own, a title, an ATT&CK technique or a CWE; ignored", "rule", ri.ID, "attack_path", np.ID)
					continue
				}
				p := np
				if p.Likelihood <= 0 {
					p.Likelihood = 0.75
				}
				p.Likelihood = min(p.Likelihood, 1)
				r.paths = append(r.paths, p)
			}
			out[ri.ID] = r
		}
	}
	return out
}

func anySlice[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}
