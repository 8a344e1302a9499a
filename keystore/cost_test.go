package keystore

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The cost model at real parameters (docs/formats.md §7.2).
func TestCostModel(t *testing.T) {
	for _, tc := range []struct {
		name     string
		rate     float64
		want     float64
		delta    float64
		strength Strength
	}{
		{"geth_standard_scrypt_2^18_8_1", scryptRate(262144, 8, 1), 22, 0.01, StrengthStrong},
		{"geth_light_scrypt_2^12_8_6", scryptRate(4096, 8, 6), 4751, 1, StrengthModerate},
		{"scrypt_2^14_8_1_hashcat_8900", scryptRate(16384, 8, 1), 7126, 0.01, StrengthModerate},
		{"bip38_scrypt_2^14_8_8", scryptRate(16384, 8, 8), 890.75, 0.01, StrengthStrong},
		{"polkadot_scrypt_2^15_8_1", scryptRate(1<<15, 8, 1), 1681, 5, StrengthModerate},
		{"v3_pbkdf2_262144", pbkdf2Rate("hmac-sha256", 262144), 33_820, 5, StrengthModerate},
		{"metamask_legacy_10k", pbkdf2Rate("sha256", 10_000), 886_570, 1, StrengthWeak},
		{"metamask_600k", pbkdf2Rate("sha256", 600_000), 14_776, 1, StrengthModerate},
		{"metamask_900k", pbkdf2Rate("sha256", 900_000), 9_851, 1, StrengthModerate},
		{"core_25000", coreRate(25_000), 269_600, 1, StrengthWeak},
		{"core_200460_hashcat_line", coreRate(200_460), 33_623, 1, StrengthModerate},
		{"electrum_bie1", pbkdf2Rate("sha512", 1024), 3_047_754, 1, StrengthWeak},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.InDelta(t, tc.want, tc.rate, tc.delta)
			assert.Equal(t, tc.strength, ClassifyRate(tc.rate))
		})
	}
	assert.Zero(t, scryptRate(0, 8, 1))
	assert.Zero(t, pbkdf2Rate("sha256", 0))
	assert.Zero(t, pbkdf2Rate("md5", 1000))
	assert.Equal(t, StrengthUnknown, ClassifyRate(0))
}

// docs/formats.md §7.2 worked examples: 36^8 is not in Spaces, so check the
// 62^8 and 95^8 figures against the same arithmetic.
func TestExhaustTimes(t *testing.T) {
	ex := ExhaustTimes(scryptRate(262144, 8, 1))
	require.Len(t, ex, len(Spaces()))
	byName := map[string]Exhaust{}
	for _, e := range ex {
		byName[e.Space] = e
	}
	// 8 letters and digits against standard geth scrypt: ~314,000 years.
	assert.InDelta(t, 3.14e5, byName[SpaceAlnum8].Seconds/year, 1e3)
	assert.Contains(t, byName[SpaceAlnum8].Human, "years")
	// 6 lower-case letters against legacy MetaMask: minutes.
	ex = ExhaustTimes(pbkdf2Rate("sha256", 10_000))
	assert.Less(t, ex[0].Seconds, 3600.0)
	assert.Equal(t, SpaceLower6, ex[0].Space)
	// 95^8 against Core at 25,000 iterations: ≈780 years (docs/formats.md §7.2).
	for _, e := range ExhaustTimes(coreRate(25_000)) {
		if e.Space == SpacePrint8 {
			assert.InDelta(t, 780, e.Seconds/year, 10)
		}
	}
	// A 10^12 wordlist against MetaMask 10k: ≈13 GPU-days.
	for _, e := range ExhaustTimes(pbkdf2Rate("sha256", 10_000)) {
		if e.Space == SpaceWordlist {
			assert.InDelta(t, 13, e.Seconds/86400, 0.2)
		}
	}
	assert.Nil(t, ExhaustTimes(0))
}

func TestRating(t *testing.T) {
	for _, tc := range []struct {
		name string
		a    Assessment
		want Rating
	}{
		{"plain", Assessment{}, RatingCritical},
		{"weak_password", Assessment{Encrypted: true, GuessesPerSecond: 1, WeakPassword: true}, RatingCritical},
		{"wordlist_in_a_year", Assessment{Encrypted: true, GuessesPerSecond: 886_570}, RatingHigh},
		{"moderate", Assessment{Encrypted: true, GuessesPerSecond: 14_776}, RatingMedium},
		{"unknown", Assessment{Encrypted: true}, RatingMedium},
		{"strong", Assessment{Encrypted: true, GuessesPerSecond: 22}, RatingLow},
	} {
		t.Run(tc.name, func(t *testing.T) { assert.Equal(t, tc.want, rating(&tc.a)) })
	}
}

// Strength and Rating are typed, and an Assessment's JSON still carries
// them as the plain strings of docs/formats.md.
func TestStrengthRatingJSON(t *testing.T) {
	for _, tc := range []struct {
		name     string
		strength Strength
		rating   Rating
		want     string
	}{
		{"plain", StrengthNone, RatingCritical, `"strength":"none","rating":"critical"`},
		{"strong", StrengthStrong, RatingLow, `"strength":"strong","rating":"low"`},
		{"moderate", StrengthModerate, RatingMedium, `"strength":"moderate","rating":"medium"`},
		{"weak", StrengthWeak, RatingHigh, `"strength":"weak","rating":"high"`},
		{"unknown", StrengthUnknown, RatingMedium, `"strength":"unknown","rating":"medium"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(Assessment{Strength: tc.strength, Rating: tc.rating})
			require.NoError(t, err)
			assert.Contains(t, string(b), tc.want)
			var back Assessment
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, tc.strength, back.Strength)
			assert.Equal(t, tc.rating, back.Rating)
		})
	}
}

func TestHumanDuration(t *testing.T) {
	for _, tc := range []struct {
		sec  float64
		want string
	}{
		{0.2, "under a second"},
		{30, "about 30 seconds"},
		{600, "about 10 minutes"},
		{5 * 3600, "about 5 hours"},
		{13 * 86400, "about 13 days"},
		{780 * year, "about 780 years"},
		{1460 * year, "about 1,500 years"},
		{3.14e5 * year, "about 310,000 years"},
		{2.1e6 * year, "about 2.1 million years"},
		{5e15 * year, "more than a trillion years"},
	} {
		assert.Equal(t, tc.want, humanDuration(tc.sec), "%g s", tc.sec)
	}
}
