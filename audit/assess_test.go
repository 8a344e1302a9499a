package audit

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/walletaudit/walletaudit/audit/detect"
)

// TestScoreOrder checks the documented order of scores for one secret in
// different places, not magic numbers.
func TestScoreOrder(t *testing.T) {
	c := Candidate{Rule: "bip39-mnemonic", Kind: KindMnemonic, Confidence: ConfidenceHigh,
		Secret: detect.NewSecret(detect.SecretSpec{Kind: KindMnemonic, Raw: "x", Normalized: "x", Redacted: "[x]"})}
	score := func(st Storage, mod func(*Candidate)) float64 {
		cc := c
		if mod != nil {
			mod(&cc)
		}
		s, _, _, _ := assess(cc, st)
		return s
	}
	private := score(Storage{Context: "file", Permissions: "0600"}, nil)
	fixture := score(Storage{Context: "source", Permissions: "0600", TestFixture: true}, nil)
	dotenv := score(Storage{Context: "dotenv", Permissions: "0600"}, nil)
	history := score(Storage{Context: "shell-history", Permissions: "0600"}, nil)
	worldReadable := score(Storage{Context: "file", Permissions: "0644", WorldReadable: true}, nil)
	synced := score(Storage{Context: "file", Permissions: "0600", Synced: "Dropbox"}, nil)
	repo := score(Storage{Context: "dotenv", Permissions: "0644", InVCS: true}, nil)
	testnet := score(Storage{Context: "dotenv", Permissions: "0600"}, func(c *Candidate) { c.Kind, c.Network = KindWIF, "testnet" })
	mainnetKey := score(Storage{Context: "dotenv", Permissions: "0600"}, func(c *Candidate) { c.Kind, c.Network = KindWIF, "mainnet" })
	public := score(Storage{Context: "dotenv", InVCS: true}, func(c *Candidate) { c.Public = true })
	strong := score(Storage{Context: "wallet-data"}, func(c *Candidate) {
		c.Kind, c.Protection = KindKeystore, &Protection{Encrypted: true, GuessesPerSecond: 22}
	})
	weak := score(Storage{Context: "wallet-data"}, func(c *Candidate) {
		c.Kind, c.Protection = KindKeystore, &Protection{Encrypted: true, GuessesPerSecond: 887000}
	})
	opened := score(Storage{Context: "wallet-data"}, func(c *Candidate) {
		c.Kind, c.Protection = KindKeystore, &Protection{Encrypted: true, GuessesPerSecond: 22, WeakPassword: true}
	})

	share := func(set detect.SetState) func(*Candidate) {
		return func(c *Candidate) { c.Rule, c.Share = "slip39-share", &detect.Share{Set: set} }
	}
	oneShare := score(Storage{Context: "notes", Permissions: "0600"}, share(detect.SetIncomplete))
	allShares := score(Storage{Context: "notes", Permissions: "0600"}, share(detect.SetComplete))
	seedInNotes := score(Storage{Context: "notes", Permissions: "0600"}, nil)

	assert.Less(t, oneShare, allShares, "shares that reach the threshold are worse than one")
	assert.Equal(t, seedInNotes, allShares)
	assert.Equal(t, private, fixture, "a test fixture path alone never lowers a score")
	assert.Less(t, private, dotenv)
	assert.LessOrEqual(t, dotenv, history)
	assert.Less(t, private, worldReadable)
	assert.Less(t, private, synced)
	assert.LessOrEqual(t, dotenv, repo)
	assert.Less(t, testnet, mainnetKey)
	assert.Less(t, public, testnet)
	assert.Less(t, strong, weak)
	assert.Less(t, weak, opened)
	_, sev, _, _ := assess(Candidate{Kind: KindMnemonic, Public: true, Confidence: ConfidenceHigh}, Storage{Context: "dotenv", InVCS: true})
	assert.Equal(t, SeverityInfo, sev)
}

func TestSpread(t *testing.T) {
	mk := func(path string) Finding {
		return Finding{Score: 7.5, Severity: SeverityHigh, Location: Location{Path: path},
			Secret: detect.NewSecret(detect.SecretSpec{Kind: KindMnemonic, Raw: "x", Normalized: "same", Redacted: "[x]"})}
	}
	once := []Finding{mk("a")}
	Spread(once)
	five := []Finding{mk("a"), mk("b"), mk("c"), mk("d"), mk("e")}
	Spread(five)
	assert.Less(t, once[0].Score, five[0].Score)
	assert.Equal(t, "5", five[0].Details["occurrences"])
	assert.Equal(t, SeverityCritical, five[0].Severity)
}
