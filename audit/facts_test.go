package audit

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/mnemonic"
)

// Two shares of one SLIP-39 set that together recover its master secret:
// members 8 and 10 of the published "Basic sharing 2-of-3" vector's set
// (trezor/python-shamir-mnemonic vectors.json), interpolated from its two
// published shares, so that they are not in the list of public shares.
const (
	share8  = "shadow pistol academic buyer aide increase aluminum center august pistol stadium guitar image sister item revenue careful critical scene biology"
	share10 = "shadow pistol academic cleanup auction stay dining capture should ecology buyer ambition emphasis making suitable relate mule garlic best fraction"
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
	shareWith := func(mod func(*Candidate)) Candidate {
		c := Candidate{Rule: "slip39-share", Kind: KindMnemonic, Confidence: ConfidenceHigh}
		mod(&c)
		return c
	}
	st := Storage{Context: "notes", Permissions: "0600"}
	tests := []struct {
		name        string
		c           Candidate
		pathBeside  bool
		lowerPower  bool
		description string
	}{
		{"password file typed", keystoreAt(func(c *Candidate) { c.PasswordFile = "password.txt" }), true, false, "PasswordFile is the fact"},
		{"password file in details only", keystoreAt(func(c *Candidate) { c.Details = map[string]string{"password_beside": "password.txt"} }), false, false, "a detail is for people"},
		{"incomplete share typed", shareWith(func(c *Candidate) { c.Share = &detect.Share{Set: detect.SetIncomplete} }), false, true, "Share.Set is the fact"},
		{"incomplete share in details only", shareWith(func(c *Candidate) {
			c.Details = map[string]string{"slip39_set": "incomplete: 1 share(s) of this set here, fewer than the thresholds need"}
		}), false, false, "a detail is for people"},
		{"complete share typed", shareWith(func(c *Candidate) { c.Share = &detect.Share{Set: detect.SetComplete} }), false, false, "a complete set is the seed"},
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
			assert.Equal(t, tc.lowerPower, power(tc.c) == incompleteSharePower, tc.description)
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

// Shares of one set in two files complete it when the scan is collected;
// the parsed shares travel in the findings and no output shows them.
func TestSharesAcrossFilesEndToEnd(t *testing.T) {
	fsys := fstest.MapFS{
		"backup/a.txt": {Data: []byte("share 8: " + share8 + "\n"), Mode: 0o600},
		"backup/b.txt": {Data: []byte("share 10: " + share10 + "\n"), Mode: 0o600},
	}
	alone := map[string]float64{}
	_, err := New(Options{}).Run(context.Background(), func(f Finding) error {
		alone[f.Location.Path] = f.Score
		assert.Equal(t, detect.SetIncomplete, f.share.Set)
		return nil
	}, FS(fsys, ".", ""))
	require.NoError(t, err)
	fs, _, err := New(Options{}).Collect(context.Background(), FS(fsys, ".", ""))
	require.NoError(t, err)
	require.Len(t, fs, 2)
	for _, f := range fs {
		assert.Equal(t, "complete: the shares found in 2 files recover the master secret", f.Details["slip39_set"])
		require.NotNil(t, f.share)
		assert.Equal(t, detect.SetComplete, f.share.Set)
		assert.Greater(t, f.Score, alone[f.Location.Path], "scored as the seed")
	}
}

// A finding that holds a parsed share never shows it: not with any fmt
// verb, not in JSON.
func TestShareNeverPrinted(t *testing.T) {
	fsys := fstest.MapFS{"a.txt": {Data: []byte("share 8: " + share8 + "\n"), Mode: 0o600}}
	fs, _, err := New(Options{}).Collect(context.Background(), FS(fsys, ".", ""))
	require.NoError(t, err)
	require.Len(t, fs, 1)
	f := fs[0]
	require.NotNil(t, f.share)
	p, err := mnemonic.ValidateSLIP39(share8)
	require.NoError(t, err)
	words := strings.Fields(share8)
	idx := fmt.Sprint(p.RevealIndices())
	idx = idx[1 : len(idx)-1] // "12 345 …"
	js, err := json.Marshal(f)
	require.NoError(t, err)
	cand := Candidate{Share: f.share, Secret: f.Secret}
	for _, out := range []string{
		fmt.Sprintf("%v", f), fmt.Sprintf("%+v", f), fmt.Sprintf("%#v", f), fmt.Sprint(&f), string(js),
		fmt.Sprintf("%v", f.share), fmt.Sprintf("%+v", *f.share), fmt.Sprintf("%#v", f.share),
		fmt.Sprintf("%+v", cand), fmt.Sprintf("%#v", cand),
	} {
		for i := 0; i+3 <= len(words); i++ {
			seq := strings.Join(words[i:i+3], " ")
			if strings.Contains(out, seq) {
				t.Fatalf("output holds words %d–%d of the share (fingerprint %s)", i+1, i+3, f.Secret.Fingerprint())
			}
		}
		if strings.Contains(out, idx[:len(idx)/2]) {
			t.Fatalf("output holds the share's word indices (fingerprint %s)", f.Secret.Fingerprint())
		}
	}
}

// A finding read back from a report (scan merge, -shard) has no parsed
// share: Spread leaves its set as the report had it, as before.
func TestSharesReadBackFromJSON(t *testing.T) {
	fsys := fstest.MapFS{
		"backup/a.txt": {Data: []byte("share 8: " + share8 + "\n"), Mode: 0o600},
		"backup/b.txt": {Data: []byte("share 10: " + share10 + "\n"), Mode: 0o600},
	}
	var fs []Finding
	_, err := New(Options{}).Run(context.Background(), func(f Finding) error { fs = append(fs, f); return nil }, FS(fsys, ".", ""))
	require.NoError(t, err)
	require.Len(t, fs, 2)
	back := make([]Finding, len(fs))
	for i, f := range fs {
		b, err := json.Marshal(f)
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(b, &back[i]))
		assert.Nil(t, back[i].share, "the parsed share is never written")
	}
	Spread(back)
	for i, f := range back {
		assert.Equal(t, fs[i].Details["slip39_set"], f.Details["slip39_set"])
		assert.Equal(t, fs[i].Score, f.Score)
	}
}

// The weak-generator attack path follows Candidate.Weakness, which the
// engine also writes to Details["weakness"]; a detail alone is for people.
// The decoder a secret came through is the engine's own fact too.
func TestWeaknessAndEncodingTyped(t *testing.T) {
	st := Storage{Context: "notes", Permissions: "0600"}
	key := Candidate{Rule: "hex-private-key", Kind: KindRawPrivateKey, Confidence: ConfidenceHigh}
	typed, detail := key, key
	typed.Weakness = "key below 2^64"
	detail.Details = map[string]string{"weakness": "key below 2^64"}
	assert.Contains(t, pathsFor(typed, st), "weak-generator")
	assert.NotContains(t, pathsFor(detail, st), "weak-generator", "a detail is for people")

	s := New(Options{})
	f := s.finding(typed, Location{Path: "notes.txt", encoding: "base64"}, st)
	assert.Equal(t, "key below 2^64", f.Details["weakness"])
	assert.Nil(t, typed.Details, "the detector's map is left alone")
	assert.Equal(t, "base64", f.Encoding)
	spoof := key
	spoof.Details = map[string]string{"encoding": "hex"}
	assert.Empty(t, s.finding(spoof, Location{Path: "notes.txt"}, st).Encoding, "a detector's detail does not say how the engine decoded")
}

// An encrypted keystore in a file named like a configuration (.json) is
// not a plaintext secret in a configuration file; a key in plain text in
// one is.
func TestEncryptedKeystoreIsNoPlaintextConfig(t *testing.T) {
	data := v3Keystore(t, rand.New(rand.NewPCG(5, 6)), "not a listed password 5", 1024)
	fsys := fstest.MapFS{"keystore/deployer.json": {Data: data, Mode: 0o600}}
	fs := keystoreFindings(t, New(Options{Trials: TrialsOff}), FS(fsys, ".", ""))
	require.Len(t, fs, 1)
	require.Equal(t, "config", fs[0].Storage.Context)
	for _, p := range fs[0].AttackPaths {
		assert.NotEqual(t, "plaintext-in-dotenv", p.ID)
	}
	plain, _ := collect(t, testScanner(Options{}), Bytes("deploy/config.json", []byte(`{"privateKey": "`+token(1)+`"}`)))
	require.Len(t, plain, 1)
	assert.True(t, slices.ContainsFunc(plain[0].AttackPaths, func(p AttackPath) bool { return p.ID == "plaintext-in-dotenv" }))
}
