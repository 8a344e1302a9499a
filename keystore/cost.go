package keystore

import (
	"fmt"
	"math"
)

// Attacker rates on ONE NVIDIA RTX 4090 with hashcat, from public benchmark
// figures (docs/formats.md §7.2 keeps the table and its sources):
//
//   - scrypt r=8 (modes 8900, 15700): two measured anchors. N=2^14, p=1:
//     7,126 H/s (mode 8900, Chick3nman's RTX 4090 benchmark, hashcat
//     v6.2.6). N=2^18, p=1: ≈22 H/s (mode 15700 with tuned settings,
//     hashcat PR #3950 / #3268; the untuned `-b` figure is lower). Up to
//     16 MiB per instance (N·r ≤ 2^17) the GPU is compute-bound, so the
//     rate scales as 1/(N·r); between the anchors memory bounds the number
//     of parallel instances and we interpolate log-log (≈ (N·r)^-2.09);
//     beyond 2^18 we scale linearly (generous to the attacker). p
//     multiplies the work linearly. Checks: geth light N=2^12 p=6 →
//     ≈4,750 H/s, BIP-38 N=2^14 p=8 → ≈890 H/s, as in docs/formats.md §7.2.
//   - PBKDF2-HMAC-SHA256 (mode 10900): 8,865.7 kH/s at 1,000 iterations
//     (Chick3nman RTX 4090), linear in iterations: MetaMask 10,000 →
//     ≈887 kH/s, 600,000 → ≈14.8 kH/s; v3 c=262,144 → ≈33.8 kH/s.
//   - PBKDF2-HMAC-SHA512 (mode 12100): 3,120.9 kH/s at 1,000 iterations;
//     Electrum BIE1 (1,024 iterations plus one EC multiplication, modes
//     21700/21800) is bounded above by ≈3.05 MH/s.
//   - Bitcoin Core wallet.dat (mode 11300): 33,624 H/s at 200,460
//     iterations of SHA-512 (hashpwn RTX 4090 benchmark line), so
//     ≈6.74×10^9 / nDeriveIterations.
//   - Electrum field encryption (mode 16600, SHA256d + AES): ≈2.1 GH/s on
//     an RTX 3090 (Chick3nman); we keep the 3090 figure (a lower bound for
//     a 4090).
//   - Argon2id 256 MiB, t=3 (Core Lightning hsm_secret): ≈400 H/s, from
//     1,703 H/s at 64 MiB t=3 (hashcat 7 release notes) ÷ 4.
//   - A store with no KDF at all (a password used directly as a key) is
//     given 1×10^9 H/s, the order of one fast hash and one cipher block.
const (
	scryptLowWork   = 1 << 17 // N·r of the low anchor (N=2^14, r=8)
	scryptLowRate   = 7126.0
	scryptHighWork  = 1 << 21 // N·r of the high anchor (N=2^18, r=8)
	scryptHighRate  = 22.0
	pbkdf2SHA256At1 = 8_865_700.0 // H/s at 1,000 iterations
	pbkdf2SHA512At1 = 3_120_900.0 // H/s at 1,000 iterations
	coreRateTimesN  = 6.74e9      // H/s × nDeriveIterations
	electrumField   = 2.1e9
	argon2CLN       = 400.0
	noKDFRate       = 1e9
)

// Sources of the rates, for Assessment.RateSource.
const (
	srcScrypt        = "hashcat 8900/15700, RTX 4090 (Chick3nman v6.2.6; PR #3950), interpolated in N·r"
	srcPBKDF2SHA256  = "hashcat 10900, RTX 4090: 8,865.7 kH/s at 1,000 iterations, scaled"
	srcPBKDF2SHA512  = "hashcat 12100, RTX 4090: 3,120.9 kH/s at 1,000 iterations, scaled"
	srcCore          = "hashcat 11300, RTX 4090: 33,624 H/s at 200,460 iterations, scaled"
	srcElectrumField = "hashcat 16600, RTX 3090: ≈2.1 GH/s"
	srcArgon2        = "Argon2id 64 MiB t=3: 1,703 H/s on RTX 4090 (hashcat 7), ÷4 for 256 MiB"
	srcNoKDF         = "no key derivation: order of one fast hash per guess"
)

// scryptRate returns the estimated scrypt guesses per second on one RTX
// 4090 for parameters n, r, p; 0 for parameters that are not positive.
func scryptRate(n, r, p int) float64 {
	if n <= 0 || r <= 0 || p <= 0 {
		return 0
	}
	w := float64(n) * float64(r)
	var rate float64
	switch {
	case w <= scryptLowWork:
		rate = scryptLowRate * scryptLowWork / w
	case w <= scryptHighWork:
		slope := math.Log(scryptHighRate/scryptLowRate) / math.Log(scryptHighWork/scryptLowWork)
		rate = scryptLowRate * math.Pow(w/scryptLowWork, slope)
	default:
		rate = scryptHighRate * scryptHighWork / w
	}
	return rate / float64(p)
}

// pbkdf2Rate returns the estimated PBKDF2 guesses per second on one RTX
// 4090 for the hash ("sha256" or "sha512") and iteration count; 0 when
// unknown.
func pbkdf2Rate(hash string, iterations int) float64 {
	if iterations <= 0 {
		return 0
	}
	switch hash {
	case "sha256", "hmac-sha256", "":
		return pbkdf2SHA256At1 * 1000 / float64(iterations)
	case "sha512", "hmac-sha512":
		return pbkdf2SHA512At1 * 1000 / float64(iterations)
	}
	return 0
}

// coreRate returns the estimated Bitcoin Core wallet.dat guesses per second
// for nDeriveIterations.
func coreRate(iterations int) float64 {
	if iterations <= 0 {
		return 0
	}
	return coreRateTimesN / float64(iterations)
}

// Names of the password spaces in Spaces.
const (
	SpaceWordlist = "wordlist × rules (10^12)"
	SpaceLower6   = "6 lower-case letters"
	SpaceAlnum8   = "8 letters and digits"
	SpacePrint8   = "8 printable ASCII"
	SpaceAlnum10  = "10 letters and digits"
	SpaceDiceware = "4 diceware words"
)

// Space is a password space an attacker might exhaust.
type Space struct {
	Name string
	Size float64
}

// spaces is the table behind Spaces.
var spaces = [...]Space{
	{SpaceLower6, math.Pow(26, 6)},
	{SpaceWordlist, 1e12},
	{SpaceAlnum8, math.Pow(62, 8)},
	{SpaceDiceware, math.Pow(7776, 4)},
	{SpacePrint8, math.Pow(95, 8)},
	{SpaceAlnum10, math.Pow(62, 10)},
}

// Spaces returns the password spaces every assessment reports, smallest
// first: docs/formats.md §7.5 models (a) 10^9 words × 10^3 rules, (b) 95^8 and
// (c) four diceware words (7,776^4), plus 26^6, 62^8 and 62^10.
func Spaces() []Space {
	c := spaces // a copy: callers cannot change the table
	return c[:]
}

// Exhaust is the time one GPU needs to try a whole password space; the
// expected time to find a random password in it is half.
type Exhaust struct {
	Space   string  `json:"space"`
	Seconds float64 `json:"seconds"`
	Human   string  `json:"human"`
}

// ExhaustTimes returns the time to exhaust each of Spaces() at rate guesses
// per second, or nil for a rate that is not positive.
func ExhaustTimes(rate float64) []Exhaust {
	if !(rate > 0) || math.IsInf(rate, 0) {
		return nil
	}
	out := make([]Exhaust, 0, len(spaces))
	for _, s := range spaces {
		sec := s.Size / rate
		out = append(out, Exhaust{Space: s.Name, Seconds: sec, Human: humanDuration(sec)})
	}
	return out
}

const year = 365.25 * 86400

// HumanDuration writes seconds as people read them: "12 minutes", "3.4
// days", "780 years".
func HumanDuration(sec float64) string { return humanDuration(sec) }

// humanDuration says seconds as people do: "about 30 seconds", "about
// 1,500 years", "about 3.1 million years", two significant figures and
// thousands grouped, never scientific notation.
func humanDuration(sec float64) string {
	switch {
	case math.IsNaN(sec) || sec < 1:
		return "under a second"
	case sec < 120:
		return "about " + round2(sec) + " seconds"
	case sec < 2*3600:
		return "about " + round2(sec/60) + " minutes"
	case sec < 2*86400:
		return "about " + round2(sec/3600) + " hours"
	case sec < 2*year:
		return "about " + round2(sec/86400) + " days"
	case sec < 1e6*year:
		return "about " + round2(sec/year) + " years"
	case sec < 1e9*year:
		return "about " + round2(sec/year/1e6) + " million years"
	case sec < 1e12*year:
		return "about " + round2(sec/year/1e9) + " billion years"
	}
	return "more than a trillion years"
}

// round2 rounds to two significant figures and groups thousands.
func round2(x float64) string {
	if x <= 0 {
		return "0"
	}
	mag := math.Pow(10, math.Floor(math.Log10(x))-1)
	v := math.Round(x/mag) * mag
	if v < 10 && v != math.Trunc(v) {
		return fmt.Sprintf("%.1f", v)
	}
	s := fmt.Sprintf("%.0f", v)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func humanRate(r float64) string {
	switch {
	case r >= 1e9:
		return fmt.Sprintf("%.1fG", r/1e9)
	case r >= 1e6:
		return fmt.Sprintf("%.1fM", r/1e6)
	case r >= 1e4:
		return fmt.Sprintf("%.0fk", r/1e3)
	case r >= 10:
		return fmt.Sprintf("%.0f", r)
	}
	return fmt.Sprintf("%.2g", r)
}

// ClassifyRate classes an attacker rate as docs/formats.md §7.3 does:
// StrengthWeak at 100k guesses/s or more, StrengthModerate from 1k,
// StrengthStrong below, StrengthUnknown for 0.
func ClassifyRate(rate float64) Strength {
	switch {
	case !(rate > 0):
		return StrengthUnknown
	case rate >= 1e5:
		return StrengthWeak
	case rate >= 1e3:
		return StrengthModerate
	}
	return StrengthStrong
}

// rating rates the protection (docs/formats.md §7.4 without the storage
// modifiers, which the engine applies).
func rating(a *Assessment) Rating {
	switch {
	case !a.Encrypted || a.WeakPassword:
		return RatingCritical
	case !(a.GuessesPerSecond > 0):
		return RatingMedium
	case 1e12/a.GuessesPerSecond <= year:
		return RatingHigh
	case a.GuessesPerSecond >= 1e3:
		return RatingMedium
	}
	return RatingLow
}
