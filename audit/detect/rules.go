package detect

// RuleDescriber is implemented by a detector (a Detector or a
// FileDetector) that describes the rules it emits. The engine uses the
// description to title, score and remediate the findings of those rules
// and to describe them in reports (SARIF rule metadata, Scanner.Rules).
// A rule a detector emits but does not describe is scored and remediated
// as the engine does for any secret of its Kind.
type RuleDescriber interface {
	// Rules describes the rules the detector emits. It is called once,
	// when a Scanner is built.
	Rules() []RuleInfo
}

// RuleInfo describes one rule: the Rule of the candidates a detector
// returns.
type RuleInfo struct {
	// ID is the rule, as in Candidate.Rule ("hsm-pin").
	ID string
	// Title names the rule in words ("HSM PIN").
	Title string
	// Help says what findings of the rule are and why they matter.
	Help string
	// Remediation is what to do first about a finding of the rule; the
	// remediation of each attack path that applies follows it. Empty
	// means the engine's default for the secret's Kind.
	Remediation string
	// AttackPaths lists IDs of built-in attack paths (the attack_paths[].id
	// values of docs/json.md) that apply to every finding of the rule.
	AttackPaths []string
	// NewPaths are attack paths of the rule's own; they apply to every
	// finding of the rule too.
	NewPaths []AttackPathInfo
	// Impact is what the secret controls, 0–1: the power term of the score
	// (docs/scoring.md; a seed is 1.0, a single key 0.85). Zero means the
	// engine's default for the secret's Kind.
	Impact float64
}

// AttackPathInfo is an attack path a detector defines. Every attack path
// names at least one MITRE ATT&CK technique and one CWE weakness; the
// engine ignores (and logs) one that does not, or whose ID is that of a
// built-in path.
type AttackPathInfo struct {
	// ID is stable: it is the attack_paths[].id of the findings.
	ID string
	// Title says in words how the attacker gets at the secret.
	Title string
	// Attack lists ATT&CK technique IDs ("T1552.001").
	Attack []string
	// CWE lists CWE IDs ("CWE-312").
	CWE []string
	// CCSS names the CryptoCurrency Security Standard aspect, if any.
	CCSS string
	// Likelihood is the chance, 0–1, that a secret exposed this way
	// reaches an attacker: the exposure term of the score. Zero means
	// 0.75, the likelihood of a plaintext file on disk.
	Likelihood float64
	// Remediation is what to do about this path.
	Remediation string
}
