package audit

import (
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A secret found only in test files is scored one band lower, with the
// reason; the same secret also in production code keeps its score.
func TestSpreadLowersTestOnlySecrets(t *testing.T) {
	s := testScanner(Options{})
	scores := func(srcs ...Source) map[string]Finding {
		fs, _ := collect(t, s, srcs...)
		Spread(fs)
		out := map[string]Finding{}
		for _, f := range fs {
			out[f.Location.Path] = f
		}
		return out
	}
	full := ownFinding(t, s).Score

	only := scores(Bytes("pkg/signer_test.go", []byte(token(1))), Bytes("testdata/keys.txt", []byte(token(1))))
	for _, f := range only {
		assert.Less(t, f.Score, full, f.Location.Path)
		assert.Contains(t, f.Details["test_only"], "found only in test files")
	}
	// Copies among test files are counted but do not raise the score.
	copies := scores(Bytes("a/signer_test.go", []byte(token(1))), Bytes("b/signer_test.go", []byte(token(1))), Bytes("c/signer_test.go", []byte(token(1))))
	for _, f := range copies {
		assert.InDelta(t, math.Max(testOnlyFloor, full-TestOnlyLowering), f.Score, 0.051, f.Location.Path)
		assert.Equal(t, "3", f.Details["occurrences"], f.Location.Path)
	}
	mixed := scores(Bytes("pkg/signer_test.go", []byte(token(1))), Bytes("src/config.go", []byte(token(1))))
	for _, f := range mixed {
		assert.Empty(t, f.Details["test_only"], f.Location.Path)
		assert.GreaterOrEqual(t, f.Score, full, f.Location.Path)
	}
}

// A test file of five distinct secrets or more is a table of test
// vectors: its test-only secrets are lowered two bands, to no less than
// low; a test file of four is lowered one band.
func TestSpreadLowersTestVectorTablesTwice(t *testing.T) {
	s := testScanner(Options{})
	base := ownFinding(t, s)
	full := base.Score
	for _, tc := range []struct {
		name     string
		path     string
		secrets  int
		lowering float64
	}{
		{"four in a test file", "testdata/config.go", 4, TestOnlyLowering},
		{"five in a test file", "testdata/config.go", 5, 2 * TestOnlyLowering},
		{"five in a production file", "src/config.go", 5, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs, _ := collect(t, s, Bytes(tc.path, tokenLines(tc.secrets)))
			require.Len(t, fs, tc.secrets)
			Spread(fs)
			for _, f := range fs {
				assert.InDelta(t, expectedLowered(f, full, tc.lowering, 1), f.Score, 0.051, "score")
			}
		})
	}
	// A secret of the table also found in production code keeps its score.
	fs, _ := collect(t, s, Bytes("testdata/keys.txt", tokenLines(5)), Bytes("src/config.go", []byte(token(1))))
	Spread(fs)
	for _, f := range fs {
		if f.Secret.Fingerprint() == base.Secret.Fingerprint() {
			assert.GreaterOrEqual(t, f.Score, full, f.Location.Path)
		}
	}
}

// A secret found only in packages installed from a registry is scored one
// band lower (two in a test file of such a package); the same secret in
// the owner's own code keeps its score everywhere.
func TestSpreadLowersThirdPartySecrets(t *testing.T) {
	s := testScanner(Options{})
	full := ownFinding(t, s).Score
	for _, tc := range []struct {
		name     string
		paths    []string
		lowering float64
	}{
		{"npm package", []string{"app/node_modules/lib/config.go"}, ThirdPartyLowering},
		{"go module cache test", []string{"go/pkg/mod/example.com/lib@v1.0.0/config_test.go"}, ThirdPartyLowering + TestOnlyLowering},
		{"vendored and in a test", []string{"vendor/lib/config.go", "app/test/config.go"}, ThirdPartyLowering},
		{"also in own code (raised for its second place)", []string{"venv/lib/python3.12/site-packages/lib/config.go", "src/config.go"}, -0.5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var srcs []Source
			for _, p := range tc.paths {
				srcs = append(srcs, Bytes(p, []byte(token(1))))
			}
			fs, _ := collect(t, s, srcs...)
			require.Len(t, fs, len(tc.paths))
			Spread(fs)
			i := slices.IndexFunc(fs, func(f Finding) bool { return f.Location.Path == tc.paths[0] })
			require.GreaterOrEqual(t, i, 0)
			f := fs[i]
			assert.True(t, f.Storage.ThirdParty)
			assert.InDelta(t, expectedLowered(f, full, tc.lowering, 1), f.Score, 0.051, "score")
			assert.Equal(t, tc.lowering > 0, f.Details["third_party"] != "")
		})
	}
}

// In an installed package, a file of five distinct secrets or more is a
// table of published vectors or fixtures (info; Zilliqa's schnorr/data
// gave a thousand low findings in corpus 63), and its
// README, Markdown pages, docs and demos are examples, lowered as tests
// are; the same names in the owner's own tree are not.
func TestSpreadLowersPackageTablesAndDocs(t *testing.T) {
	s := testScanner(Options{})
	for _, tc := range []struct {
		name     string
		path     string
		own      string // the same kind of file in the owner's tree
		secrets  int
		lowering float64
	}{
		{"four in a package file", "home/u/.npm/_cacache/content-v2/sha512/ab/cd/ef!package/lib/data.json", "app/lib/data.json", 4, ThirdPartyLowering},
		{"five in a package file", "home/u/.npm/_cacache/content-v2/sha512/ab/cd/ef!package/lib/data.json", "app/lib/data.json", 5, 2 * ThirdPartyLowering},
		{"a package's README", "app/node_modules/lib/README.md", "app/README.md", 1, ThirdPartyLowering + TestOnlyLowering},
		{"a package's demo", "app/node_modules/lib/dist/demo/index.html", "app/dist/demo/index.html", 1, ThirdPartyLowering + TestOnlyLowering},
		{"a package's test network", "home/u/go/pkg/mod/github.com/decred/dcrd/chaincfg/v3@v3.2.1/regnetparams.go", "app/regnetparams.go", 1, ThirdPartyLowering + TestOnlyLowering},
	} {
		t.Run(tc.name, func(t *testing.T) {
			own, _ := collect(t, s, Bytes(tc.own, tokenLines(1)))
			require.Len(t, own, 1)
			Spread(own)
			require.Empty(t, own[0].Details["test_only"], "the owner's file is not lowered")
			full := own[0].Score
			fs, _ := collect(t, s, Bytes(tc.path, tokenLines(tc.secrets)))
			require.Len(t, fs, tc.secrets)
			Spread(fs)
			for _, f := range fs {
				assert.InDelta(t, expectedLowered(f, full, tc.lowering, tc.secrets), f.Score, 0.051, "score")
			}
		})
	}
}

// expectedLowered is the score Spread leaves a finding scored full before
// it, found only in packages and tests and lowered by lowering, in a file
// of secrets distinct secrets: at most info when it is only in a
// package's tests, examples and docs, or in a package's table of secrets.
func expectedLowered(f Finding, full, lowering float64, secrets int) float64 {
	s := math.Max(testOnlyFloor, full-lowering)
	if lowering > 0 && f.Storage.ThirdParty && (f.Storage.TestFixture || secrets >= vectorTableSecrets) {
		s = math.Min(s, publishedFixtureScore)
	}
	return s
}

// Every attack path names an ATT&CK technique and a CWE.
func TestEveryAttackPathHasTechniqueAndCWE(t *testing.T) {
	for id, p := range catalogue {
		assert.NotEmpty(t, p.Attack, id)
		assert.NotEmpty(t, p.CWE, id)
	}
	assert.Equal(t, []string{"T1657"}, catalogue["public-test-secret"].Attack)
}

// tokenLines returns the test tokens 1 to n, one a line.
func tokenLines(n int) []byte {
	var b []byte
	for i := 1; i <= n; i++ {
		b = append(b, token(i)+"\n"...)
	}
	return b
}

// ownFinding returns the finding of test token 1 in the owner's code
// (src/config.go): the score the lowerings are measured from.
func ownFinding(t *testing.T, s *Scanner) Finding {
	t.Helper()
	fs, _ := collect(t, s, Bytes("src/config.go", []byte(token(1))))
	require.Len(t, fs, 1)
	return fs[0]
}

// A secret in tests that is also in the owner's code, where it scores
// lower (a testnet copy, an example), is lowered in the tests too, to
// no less than that copy's score: the lower copy does not raise the
// others.
func TestSpreadTestCopiesNoHigherThanOwnCopies(t *testing.T) {
	s := testScanner(Options{})
	full := ownFinding(t, s).Score
	fs, _ := collect(t, s, Bytes("pkg/signer_test.go", []byte(token(1))), Bytes("src/config.go", []byte(token(1))))
	require.Len(t, fs, 2)
	own := slices.IndexFunc(fs, func(f Finding) bool { return !f.Storage.TestFixture })
	require.GreaterOrEqual(t, own, 0)
	fs[own].Score = full - 2*TestOnlyLowering // as if scored lower by its context
	Spread(fs)
	raised := fs[own].Score
	for _, f := range fs {
		if f.Storage.TestFixture {
			assert.InDelta(t, math.Max(raised, math.Min(full+0.5, 10)-TestOnlyLowering), f.Score, 0.051, "test copy")
			assert.Contains(t, f.Details["test_only"], "elsewhere only where it scores")
		}
	}
}

// A test-only secret is lowered to medium at most: a seed phrase in a
// project's test fixtures (9 in the owner's .env) does not fail a gate set
// at high.
func TestSpreadTestOnlyCeiling(t *testing.T) {
	p := freshPhrase(t)
	s := New(Options{Trials: TrialsOff})
	own, _ := collect(t, s, Bytes(".env", []byte("MNEMONIC=\""+p.Reveal()+"\"\n")))
	require.Len(t, own, 1)
	require.GreaterOrEqual(t, own[0].Score, testOnlyCeiling+TestOnlyLowering, "the phrase must score high enough to meet the ceiling")
	fs, _ := collect(t, s, Bytes("test/fixtures/.env", []byte("MNEMONIC=\""+p.Reveal()+"\"\n")))
	require.Len(t, fs, 1)
	Spread(fs)
	assert.LessOrEqual(t, fs[0].Score, testOnlyCeiling)
	assert.Equal(t, SeverityMedium, fs[0].Severity)
	assert.Contains(t, fs[0].Details["test_only"], "to medium at most")
}
