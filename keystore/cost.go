package keystore

import (
	"fmt"
	"math"
)

// Guess rates on one RTX 4090 (FORMATS.md §6.3), from public hashcat
// benchmarks:
//   - Ethereum v3 scrypt N=2^18 r=8 p=1 (mode 15700): ≈22 H/s (hashcat
//     PR #3950 / #3268 measurements); scrypt cost scales with N·r·p.
//   - Ethereum v3 PBKDF2-SHA256 c=262,144 (mode 15600): ≈33,800 H/s,
//     scaled from mode 10900 (8,865.7 kH/s at 1,000 iterations).
//   - PBKDF2-SHA256 in general: 8,865,700 H/s at 1,000 iterations, linear
//     in iterations (MetaMask 10,000 → ≈887 kH/s).
//   - PBKDF2-SHA512 (mode 12100): 3,120,900 H/s at 1,000 iterations.
//   - Bitcoin Core (mode 11300): 33,624 H/s at 200,460 iterations of
//     SHA-512, so ≈6.74×10^9 / iterations.
//   - Electrum field encryption (mode 16600, SHA256d): ≈2.1 GH/s (RTX 3090).
//   - bcrypt cost 12: 184 kH/s at cost 5 ÷ 2^7 ≈ 1,440 H/s.
//   - Argon2id 256 MiB, t=3 (CLN hsm_secret): ≈400 H/s.
const (
	scryptRefRate  = 22.0
	scryptRefWork  = 262144 * 8 * 1
	pbkdf2SHA256At = 8_865_700.0 // per second at 1,000 iterations
	pbkdf2SHA512At = 3_120_900.0
	coreRefRate    = 6.74e9 // divided by nDeriveIterations
	electrumField  = 2.1e9
	bcrypt12       = 1440.0
	argon2CLN      = 400.0
)

func scryptRate(n, r, p int) float64 {
	work := float64(n) * float64(r) * float64(max(p, 1))
	if work <= 0 {
		return 0
	}
	return scryptRefRate * scryptRefWork / work
}

func pbkdf2Rate(prf string, iterations int) float64 {
	if iterations <= 0 {
		return 0
	}
	base := pbkdf2SHA256At
	if prf == "hmac-sha512" || prf == "sha512" {
		base = pbkdf2SHA512At
	}
	return base * 1000 / float64(iterations)
}

// Space is a password space an attacker might exhaust.
type Space struct {
	Name string
	Size float64
}

// Spaces are the password spaces every assessment reports.
var Spaces = []Space{
	{"6 lower-case letters", math.Pow(26, 6)},
	{"8 letters and digits", math.Pow(62, 8)},
	{"10 letters and digits", math.Pow(62, 10)},
	{"4 diceware words", math.Pow(7776, 4)},
}

// Exhaust is the time one GPU needs to try a whole space.
type Exhaust struct {
	Space   string  `json:"space"`
	Seconds float64 `json:"seconds"`
	Human   string  `json:"human"`
}

// exhaustTimes computes the time to exhaust each space at rate guesses/s.
func exhaustTimes(rate float64) []Exhaust {
	if rate <= 0 {
		return nil
	}
	out := make([]Exhaust, 0, len(Spaces))
	for _, s := range Spaces {
		sec := s.Size / rate
		out = append(out, Exhaust{Space: s.Name, Seconds: sec, Human: humanDuration(sec)})
	}
	return out
}

func humanDuration(sec float64) string {
	switch {
	case sec < 60:
		return fmt.Sprintf("%.0f seconds", sec)
	case sec < 3600:
		return fmt.Sprintf("%.0f minutes", sec/60)
	case sec < 86400:
		return fmt.Sprintf("%.1f hours", sec/3600)
	case sec < 365*86400:
		return fmt.Sprintf("%.0f days", sec/86400)
	}
	y := sec / (365.25 * 86400)
	if y < 1e4 {
		return fmt.Sprintf("%.0f years", y)
	}
	return fmt.Sprintf("%.1e years", y)
}

// Strength classes a rate as FORMATS.md §6.3 does: "weak" at 100k
// guesses/s or more, "moderate" from 1k, "strong" below.
func Strength(rate float64) string {
	switch {
	case rate <= 0:
		return "unknown"
	case rate >= 1e5:
		return "weak"
	case rate >= 1e3:
		return "moderate"
	}
	return "strong"
}
