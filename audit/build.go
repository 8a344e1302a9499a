package audit

// finding builds the scored finding of a candidate found at loc.
func (s *Scanner) finding(c Candidate, loc Location, st Storage) Finding {
	rd := s.rules[c.Rule]
	score, sev, paths, rem := assessRule(c, st, rd)
	title := RuleTitle(c.Rule)
	if rd != nil && rd.info.Title != "" {
		title = rd.info.Title
	}
	conf := c.Confidence
	if conf == "" {
		conf = ConfidenceMedium
	}
	if c.PasswordFile != "" {
		c = withDetail(c, "password_beside", c.PasswordFile) // for people
	}
	if c.Weakness != "" {
		c = withDetail(c, "weakness", c.Weakness)
	}
	if loc.entry != "" {
		c = withDetail(c, "entry", loc.entry) // the password export's entry
	}
	return Finding{
		Rule: c.Rule, RuleTitle: title, Kind: c.Kind, Severity: sev, Score: score, Confidence: conf,
		Public: c.Public, PublicSource: c.PublicSource, Location: loc, Secret: c.Secret,
		Storage: st, AttackPaths: paths, Remediation: rem, Encoding: loc.encoding,
		Network: c.Network, Scheme: c.Scheme, Protection: c.Protection, Details: c.Details,
		share: c.Share,
	}
}
