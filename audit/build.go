package audit

// finding builds the scored finding of a candidate found at loc.
func (s *Scanner) finding(c Candidate, loc Location, st Storage) Finding {
	score, sev, paths, rem := assess(c, st)
	conf := c.Confidence
	if conf == "" {
		conf = ConfidenceMedium
	}
	return Finding{
		Rule: c.Rule, Kind: c.Kind, Severity: sev, Score: score, Confidence: conf,
		Public: c.Public, PublicSource: c.PublicSource, Location: loc, Secret: c.Secret,
		Storage: st, AttackPaths: paths, Remediation: rem, Encoding: c.Details["encoding"],
		Network: c.Network, Scheme: c.Scheme, Protection: c.Protection, Details: c.Details,
	}
}
