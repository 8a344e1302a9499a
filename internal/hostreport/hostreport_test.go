package hostreport

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/walletaudit/walletaudit/audit"
)

func TestAbout(t *testing.T) {
	const year = 365.25 * 86400
	for _, tc := range []struct {
		sec  float64
		want string
	}{
		{0.2, "under a second"},
		{math.NaN(), "under a second"},
		{42, "about 42 seconds"},
		{600, "about 10 minutes"},
		{3 * 3600, "about 3 hours"},
		{3.3 * 86400, "about 3.3 days"},
		{1460 * year, "about 1,500 years"},
		{2.13e6 * year, "about 2.1 million years"},
		{4e9 * year, "about 4 billion years"},
		{1e20 * year, "more than a trillion years"},
	} {
		assert.Equal(t, tc.want, About(tc.sec), "%g s", tc.sec)
	}
	assert.Equal(t, "seconds", Short(3))
	assert.Equal(t, "minutes", Short(300))
}

func TestProtectionWords(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    *audit.Protection
		want string
	}{
		{"nil", nil, ""},
		{"plain", &audit.Protection{}, "not encrypted: anyone who copies the file has the keys"},
		{"weak", &audit.Protection{Encrypted: true, GuessesPerSecond: 20, WeakPassword: true}, "encrypted, but a commonly tried password opens it: as good as no encryption"},
		{"rate", &audit.Protection{Encrypted: true, KDF: "scrypt", KDFParams: "n=4096 r=8 p=6", GuessesPerSecond: math.Pow(62, 8) / (1460 * 365.25 * 86400)},
			"encrypted (scrypt n=4096 r=8 p=6); trying every 8-character password of letters and digits takes about 1,500 years on one GPU; the commonest passwords: seconds"},
		{"unknown", &audit.Protection{Encrypted: true, KDF: "argon2id"}, "encrypted (argon2id); the attacker's cost is not known"},
	} {
		t.Run(tc.name, func(t *testing.T) { assert.Equal(t, tc.want, ProtectionWords(tc.p)) })
	}
}
