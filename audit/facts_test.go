package audit

import (
	"math/rand/v2"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The engine decides on the typed facts of a candidate; the same words in
// Details, which are for people, change nothing.
func TestTypedFactsNotDetails(t *testing.T) {
	keystoreAt := func(mod func(*Candidate)) Candidate {
		c := Candidate{Rule: "ethereum-keystore-v3", Kind: KindKeystore, Confidence: ConfidenceHigh,
			Protection: &Protection{Encrypted: true, GuessesPerSecond: 22}}
		mod(&c)
		return c
	}
	st := Storage{Context: "notes", Permissions: "0600"}
	tests := []struct {
		name        string
		c           Candidate
		pathBeside  bool
		description string
	}{
		{"password file typed", keystoreAt(func(c *Candidate) { c.PasswordFile = "password.txt" }), true, "PasswordFile is the fact"},
		{"password file in details only", keystoreAt(func(c *Candidate) { c.Details = map[string]string{"password_beside": "password.txt"} }), false, "a detail is for people"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.pathBeside {
				assert.Contains(t, pathsFor(tc.c, st), "password-beside-keystore", tc.description)
			} else {
				assert.NotContains(t, pathsFor(tc.c, st), "password-beside-keystore", tc.description)
			}
			base, _, _, _ := assess(Candidate{Rule: tc.c.Rule, Kind: tc.c.Kind, Confidence: tc.c.Confidence, Protection: tc.c.Protection}, st)
			got, _, _, _ := assess(tc.c, st)
			assert.Equal(t, tc.pathBeside, got > base, "a password beside the store raises the score: %s", tc.description)
		})
	}
}

// The engine writes Details["password_beside"] from PasswordFile, and a
// keystore held for password trials (Candidate.Later) keeps the fact.
func TestPasswordFileThroughTrials(t *testing.T) {
	data := v3Keystore(t, rand.New(rand.NewPCG(3, 4)), "not a listed password 3", 1024)
	fsys := fstest.MapFS{
		"keystore/UTC--2024-01-01T00-00-00.000000000Z--x": {Data: data, Mode: 0o600},
		"keystore/password.txt":                           {Data: []byte("x"), Mode: 0o600},
	}
	for name, trials := range map[string]TrialPolicy{"trials off": TrialsOff, "trials on": {}} {
		t.Run(name, func(t *testing.T) {
			fs := keystoreFindings(t, New(Options{Trials: trials}), FS(fsys, ".", ""))
			require.Len(t, fs, 1)
			assert.Equal(t, "password.txt", fs[0].Details["password_beside"])
			var ids []string
			for _, p := range fs[0].AttackPaths {
				ids = append(ids, p.ID)
			}
			assert.Contains(t, ids, "password-beside-keystore")
		})
	}
}

// An ignore comment drops the finding on its line (or the next) and
// counts it; the finding on the line after is kept.
func TestInlineIgnoreCounted(t *testing.T) {
	text := "# " + IgnoreMarker + "\nKEY=" + token(1) + "\nKEY2=" + token(2) + "\n"
	fs, sum := collect(t, testScanner(Options{}), Bytes("a.env", []byte(text)))
	require.Len(t, fs, 1)
	assert.Equal(t, 1, sum.Ignored)
	assert.NotContains(t, fs[0].Details, "ignored")
}
