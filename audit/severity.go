package audit

import (
	"fmt"
	"strings"
)

// Severity is the band of a finding's score.
type Severity string

// Severities from worst to least.
const (
	SeverityCritical Severity = "critical"
	SeverityHigh     Severity = "high"
	SeverityMedium   Severity = "medium"
	SeverityLow      Severity = "low"
	SeverityInfo     Severity = "info"
)

// Severities lists every severity, worst first.
func Severities() []Severity {
	return []Severity{SeverityCritical, SeverityHigh, SeverityMedium, SeverityLow, SeverityInfo}
}

// Rank orders severities: critical is 4, info 0, an unknown value -1.
func (s Severity) Rank() int {
	switch s {
	case SeverityCritical:
		return 4
	case SeverityHigh:
		return 3
	case SeverityMedium:
		return 2
	case SeverityLow:
		return 1
	case SeverityInfo:
		return 0
	}
	return -1
}

// AtLeast reports whether s is as bad as min or worse.
func (s Severity) AtLeast(min Severity) bool { return s.Rank() >= min.Rank() }

// ParseSeverity reads a severity name, case-insensitively.
func ParseSeverity(name string) (Severity, error) {
	s := Severity(strings.ToLower(strings.TrimSpace(name)))
	if s.Rank() < 0 {
		return "", fmt.Errorf("audit: unknown severity %q (want critical, high, medium, low or info)", name)
	}
	return s, nil
}

// severityForScore maps a 0–10 score to its band; see docs/scoring.md.
func severityForScore(score float64) Severity {
	switch {
	case score >= 8.5:
		return SeverityCritical
	case score >= 6:
		return SeverityHigh
	case score >= 3.5:
		return SeverityMedium
	case score >= 1.5:
		return SeverityLow
	}
	return SeverityInfo
}
