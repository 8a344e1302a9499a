package phrase

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/hint"
	"github.com/walletaudit/walletaudit/internal/slip39vectors"
	"github.com/walletaudit/walletaudit/mnemonic"
	"golang.org/x/text/unicode/norm"
)

func TestDetectPublicVector(t *testing.T) {
	text := "mnemonic: " + strings.Repeat("abandon ", 11) + "about\n"
	cs := New().Detect(context.Background(), &detect.Chunk{Data: []byte(text)})
	require.Len(t, cs, 1)
	c := cs[0]
	assert.Equal(t, Rule, c.Rule)
	assert.Equal(t, detect.KindMnemonic, c.Kind)
	assert.True(t, c.Public)
	assert.Equal(t, "BIP-39 test vector", c.PublicSource)
	assert.Equal(t, detect.ConfidenceHigh, c.Confidence)
	// The first BIP-84 address of the vector, as published in BIP-84.
	assert.Equal(t, "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu", c.Secret.Address())
	assert.Equal(t, "[12 words, english]", c.Secret.Redacted())
	assert.NotContains(t, fmt.Sprint(c), "abandon")
}

func TestDetectBinaryAndFingerprintsStable(t *testing.T) {
	p, err := mnemonic.FromEntropy([]byte("0123456789abcdef"), mnemonic.English)
	require.NoError(t, err)
	words := p.RevealWords()
	d := New()
	a := d.Detect(context.Background(), &detect.Chunk{Data: []byte(strings.Join(words, " "))})
	b := d.Detect(context.Background(), &detect.Chunk{Data: []byte(strings.ToUpper(strings.Join(words, "\n")))})
	require.Len(t, a, 1)
	require.Len(t, b, 1)
	assert.Equal(t, a[0].Secret.Fingerprint(), b[0].Secret.Fingerprint())
	assert.False(t, a[0].Public)
	bin := append([]byte("SQLite format 3\x00\x00\x01"), []byte(strings.Join(words, " "))...)
	assert.Len(t, d.Detect(context.Background(), &detect.Chunk{Data: append(bin, 0, 0, 7), Binary: true}), 1, "a phrase in a database file")
}

func TestDeepCheckFindsWeakGenerators(t *testing.T) {
	tests := []struct {
		gen  mnemonic.Generator
		seed uint32
		want string
	}{
		{mnemonic.GeneratorBX, 1500000000, "Milk Sad"},
		{mnemonic.GeneratorTrustWallet, 4000000000, "Trust Wallet"},
	}
	for _, tc := range tests {
		p, err := mnemonic.FromEntropy(mnemonic.MT19937Entropy(tc.gen, tc.seed, 16), mnemonic.English)
		require.NoError(t, err)
		d := NewWith(Options{DeepChecks: true, From: tc.seed - 500_000, To: tc.seed + 500_000})
		cs := d.Detect(context.Background(), &detect.Chunk{Data: []byte("seed: " + strings.Join(p.RevealWords(), " "))})
		require.Len(t, cs, 1)
		assert.Contains(t, cs[0].Details["weakness"], tc.want)
		assert.Contains(t, cs[0].Details["weakness"], "reproducible")
		for k, v := range cs[0].Details {
			// The seed re-creates the phrase: never in a finding.
			assert.NotContains(t, v, fmt.Sprint(tc.seed), "detail %s", k)
		}
	}
	// A random phrase: swept, not flagged, and the budget is reported.
	p, err := mnemonic.FromEntropy([]byte("0123456789abcdef"), mnemonic.English)
	require.NoError(t, err)
	var swept atomic.Uint64
	d := NewWith(Options{DeepChecks: true, From: 1, To: 300_000, Swept: &swept})
	cs := d.Detect(context.Background(), &detect.Chunk{Data: []byte("seed: " + strings.Join(p.RevealWords(), " "))})
	require.Len(t, cs, 1)
	assert.Empty(t, cs[0].Details["weakness"])
	assert.Contains(t, cs[0].Details["deep_check"], "300000 seeds swept")
	assert.Equal(t, uint64(300_000), swept.Load(), "progress counts every seed")
	d = NewWith(Options{DeepChecks: true, Budget: 20 * time.Millisecond})
	cs = d.Detect(context.Background(), &detect.Chunk{Data: []byte("seed: " + strings.Join(p.RevealWords(), " "))})
	require.Len(t, cs, 1)
	assert.Contains(t, cs[0].Details["deep_check"], "time budget")
}

func TestElectrumOldSeeds(t *testing.T) {
	// Electrum's own old-seed test vector (tests/test_wallet_vertical.py):
	// its first receive address is published beside it.
	const vector = "powerful random nobody notice nothing important anyway look away hidden message over"
	d := New()
	cs := d.Detect(context.Background(), &detect.Chunk{Data: []byte("# Electrum 1.9 backup\nseed: " + vector + "\n")})
	require.Len(t, cs, 1)
	assert.Equal(t, "electrum-seed", cs[0].Rule)
	assert.Equal(t, string(mnemonic.SchemeElectrumOld), cs[0].Scheme)
	assert.Equal(t, "1FJEEB8ihPMbzs2SkLmr37dHyRFzakqUmo", cs[0].Secret.Address())
	assert.True(t, cs[0].Public)
	assert.Equal(t, detect.ConfidenceHigh, cs[0].Confidence)

	// Without Electrum named in the path or the text, no finding; with
	// it in the path, one.
	assert.Empty(t, d.Detect(context.Background(), &detect.Chunk{Data: []byte("seed: " + vector + "\n")}))
	cs = d.Detect(context.Background(), &detect.Chunk{Path: "home/u/.electrum/notes.txt", Data: []byte(vector + "\n")})
	require.Len(t, cs, 1)
	assert.Equal(t, detect.ConfidenceMedium, cs[0].Confidence)
}

// TestElectrumOldSeedsHinted: inside the engine, whose prefilter already
// looked for Electrum in the text, the detector takes its word (hint)
// instead of searching again; a path naming Electrum still counts.
func TestElectrumOldSeedsHinted(t *testing.T) {
	const vector = "powerful random nobody notice nothing important anyway look away hidden message over"
	d := New()
	named := []byte("# Electrum 1.9 backup\nseed: " + vector + "\n")
	plain := []byte("seed: " + vector + "\n")
	yes := hint.With(context.Background(), hint.Hints{Electrum: true})
	no := hint.With(context.Background(), hint.Hints{Electrum: false})
	assert.Len(t, d.Detect(yes, &detect.Chunk{Data: named}), 1)
	assert.Len(t, d.Detect(yes, &detect.Chunk{Data: plain}), 1, "the hint is trusted")
	assert.Empty(t, d.Detect(no, &detect.Chunk{Data: named}), "the hint is trusted")
	assert.Len(t, d.Detect(no, &detect.Chunk{Path: "home/u/.electrum/notes.txt", Data: plain}), 1)
}

func TestSchemesOfAmbiguousPhrases(t *testing.T) {
	// A BIP-39 phrase whose words are all in the old Electrum list is
	// reported once, naming both schemes. Build one: eleven words common
	// to both lists, then a last common word that completes the BIP-39
	// checksum.
	var common []string
	for _, w := range mnemonic.Wordlist(mnemonic.English) {
		if _, err := mnemonic.ValidateElectrumOld(strings.Repeat(w+" ", 12)); err == nil {
			common = append(common, w)
		}
	}
	require.Greater(t, len(common), 100)
	for start := range common {
		words := make([]string, 11)
		for k := range words {
			words[k] = common[(start+37*k*k+k)%len(common)] // not in list order
		}
		head := strings.Join(words, " ")
		for _, last := range common {
			phrase := head + " " + last
			if _, err := mnemonic.Validate(phrase); err != nil {
				continue
			}
			if _, err := mnemonic.ValidateElectrumOld(phrase); err != nil {
				continue
			}
			cs := New().Detect(context.Background(), &detect.Chunk{Data: []byte("electrum seed: " + phrase + "\n")})
			require.Len(t, cs, 1)
			assert.Equal(t, "bip39,electrum-old", cs[0].Details["schemes"])
			return
		}
	}
	t.Fatal("no phrase valid in both schemes")
}

func TestSLIP39SetsInOneFile(t *testing.T) {
	const (
		a, b = slip39vectors.BasicA, slip39vectors.BasicB   // together they recover the master secret
		x, y = slip39vectors.DigestA, slip39vectors.DigestB // they disagree
	)
	tests := []struct {
		name, text, want string
		set              detect.SetState
		n                int
	}{
		{"two of three", "share 1: " + a + "\nshare 2: " + b + "\n", "complete: the 2 shares here", detect.SetComplete, 2},
		{"one of three", "share 1: " + a + "\n", "incomplete: 1 share(s)", detect.SetIncomplete, 1},
		{"disagreeing shares", "share 1: " + x + "\nshare 2: " + y + "\n", "inconsistent", detect.SetInconsistent, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := New().Detect(context.Background(), &detect.Chunk{Data: []byte(tc.text)})
			require.Len(t, cs, tc.n)
			for _, c := range cs {
				assert.Equal(t, "slip39-share", c.Rule)
				assert.Contains(t, c.Details["slip39_set"], tc.want)
				require.NotNil(t, c.Share, "the parsed share travels with the candidate")
				assert.Equal(t, tc.set, c.Share.Set)
				assert.True(t, strings.HasPrefix(c.Details["slip39_set"], string(c.Share.Set)+": "), "the detail is written from the typed state")
				assert.Contains(t, c.Details["slip39_group"], "group 1 of 1")
				assert.Contains(t, c.Details["slip39_member"], "2 of the group needed")
			}
		})
	}
}

func TestDeepCheckOncePerPhrase(t *testing.T) {
	const seed = 77_000_000
	p, err := mnemonic.FromEntropy(mnemonic.MT19937Entropy(mnemonic.GeneratorTrustWallet, seed, 16), mnemonic.English)
	require.NoError(t, err)
	d := NewWith(Options{DeepChecks: true, From: seed - 200_000, To: seed + 10})
	text := []byte("seed: " + p.Reveal() + "\n")
	var wg sync.WaitGroup
	results := make([]string, 4)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cs := d.Detect(context.Background(), &detect.Chunk{Data: text})
			if len(cs) == 1 {
				results[i] = cs[0].Details["weakness"]
			}
		}()
	}
	wg.Wait()
	for _, r := range results {
		assert.Contains(t, r, "Trust Wallet")
	}
	assert.Len(t, d.swept, 1)

	// Published phrases are not swept.
	cs := d.Detect(context.Background(), &detect.Chunk{Data: []byte("mnemonic: test test test test test test test test test test test junk\n")})
	require.Len(t, cs, 1)
	assert.Empty(t, cs[0].Details["deep_check"])
}

func TestPolyseedRule(t *testing.T) {
	// The English test phrase of tevador/polyseed tests/tests.c.
	const vector = "raven tail swear infant grief assist regular lamp duck valid someone little harsh puppy airport language"
	cs := New().Detect(context.Background(), &detect.Chunk{Data: []byte("polyseed: " + vector + "\n")})
	require.Len(t, cs, 1)
	assert.Equal(t, "monero-seed", cs[0].Rule)
	assert.Equal(t, string(mnemonic.SchemePolyseed), cs[0].Scheme)
	assert.True(t, cs[0].Public)
	assert.NotContains(t, cs[0].Secret.Redacted(), "raven")
}

func TestTONRule(t *testing.T) {
	// The wallet of the TON community's "Hello World" tutorial.
	const vector = "rail sound peasant garment bounce trigger true abuse arctic gravity ribbon ocean absurd okay blue remove neck cash reflect sleep hen portion gossip arrow"
	cs := New().Detect(context.Background(), &detect.Chunk{Data: []byte("TON wallet: " + vector + "\n")})
	require.Len(t, cs, 1)
	assert.Equal(t, "ton-mnemonic", cs[0].Rule)
	assert.Equal(t, string(mnemonic.SchemeTON), cs[0].Scheme)
	assert.Equal(t, "[24 words, ton]", cs[0].Secret.Redacted())
	assert.True(t, cs[0].Public)
	assert.Equal(t, "TON Hello World tutorial mnemonic", cs[0].PublicSource)
	assert.NotContains(t, fmt.Sprint(cs[0]), "peasant")
}

func TestMisspeltPhrase(t *testing.T) {
	p, err := mnemonic.FromEntropy([]byte("a misspelt seed!"), mnemonic.English)
	require.NoError(t, err)
	w := p.RevealWords()
	for i := range w {
		if len(w[i]) >= 6 {
			w[i] = w[i][:len(w[i])-1] // drop the last letter
			break
		}
	}
	cs := New().Detect(context.Background(), &detect.Chunk{Data: []byte("seed phrase: " + strings.Join(w, " ") + "\n")})
	require.Len(t, cs, 1)
	assert.Contains(t, cs[0].Details["corrected"], "1 misspelt word")
	assert.Equal(t, detect.ConfidenceHigh, cs[0].Confidence)
	assert.Equal(t, New().Detect(context.Background(), &detect.Chunk{Data: []byte("seed: " + p.Reveal() + "\n")})[0].Secret.Fingerprint(),
		cs[0].Secret.Fingerprint(), "the same wallet, the same fingerprint")
}

func TestDeepCheckTotalBudget(t *testing.T) {
	d := NewWith(Options{DeepChecks: true, Budget: 50 * time.Millisecond, TotalBudget: 120 * time.Millisecond})
	var notes []string
	for i := range 5 {
		p, err := mnemonic.FromEntropy([]byte(fmt.Sprintf("budget phrase %02d", i)), mnemonic.English)
		require.NoError(t, err)
		cs := d.Detect(context.Background(), &detect.Chunk{Data: []byte("seed: " + p.Reveal() + "\n")})
		require.Len(t, cs, 1)
		notes = append(notes, cs[0].Details["deep_check"])
	}
	assert.Contains(t, notes[0], "time budget")
	assert.Contains(t, notes[4], "skipped", "the scan's budget is spent after a few phrases")
}

// The first address of a phrase is derived once per detector and phrase,
// and each phrase keeps its own.
func TestAddressDerivedOncePerPhrase(t *testing.T) {
	d := New()
	var ps []mnemonic.Phrase
	for _, words := range []string{
		"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
		"legal winner thank year wave sausage worth useful legal winner thank yellow",
	} {
		p, err := mnemonic.Validate(words)
		require.NoError(t, err)
		ps = append(ps, p)
	}
	budget := 2
	for range 3 {
		for _, p := range ps {
			a, ok := d.address(p, &budget)
			assert.True(t, ok)
			assert.Equal(t, firstAddress(p), a)
		}
	}
	assert.Len(t, d.addrs, 2)
	assert.Zero(t, budget, "two derivations")
	a0, _ := d.address(ps[0], &budget)
	a1, _ := d.address(ps[1], &budget)
	assert.NotEqual(t, a0, a1)
}

// TestDerivationsPerChunk: a chunk of more phrases than maxDerivations
// reports them all, the first maxDerivations with their addresses and
// the rest saying why they have none; a phrase met again keeps the
// address it was given.
func TestDerivationsPerChunk(t *testing.T) {
	var sb strings.Builder
	n := maxDerivations + 20
	for i := range n {
		ent := sha256.Sum256([]byte{byte(i), byte(i >> 8)})
		p, err := mnemonic.FromEntropy(ent[:16], mnemonic.English)
		require.NoError(t, err)
		fmt.Fprintf(&sb, "wallet %d\nseed: %s\n\n", i, strings.Join(p.RevealWords(), " "))
	}
	d := New()
	cs := d.Detect(context.Background(), &detect.Chunk{Data: []byte(sb.String())})
	require.Len(t, cs, n)
	with := 0
	for i, c := range cs {
		if c.Secret.Address() != "" {
			with++
			assert.NotContains(t, c.Details, "address_skipped", "phrase %d", i)
		} else {
			assert.Contains(t, c.Details["address_skipped"], strconv.Itoa(maxDerivations), "phrase %d", i)
		}
	}
	assert.Equal(t, maxDerivations, with)
	// The next chunk derives again, and phrases already derived keep
	// their addresses without spending the budget.
	cs = d.Detect(context.Background(), &detect.Chunk{Data: []byte(sb.String())})
	require.Len(t, cs, n)
	for i, c := range cs {
		assert.NotEmpty(t, c.Secret.Address(), "phrase %d", i)
	}
}

// TestNamesElectrum: "lectrum" in any case, anywhere in the data, as the
// two searches it replaces found it (and mixed case too).
func TestNamesElectrum(t *testing.T) {
	for _, tc := range []struct {
		data string
		want bool
	}{
		{"Electrum", true},
		{"ELECTRUM 1.9 backup", true},
		{"my electrum seed", true},
		{"ElEcTrUm", true},
		{"lectrum", true},
		{"ectrum", false},
		{"electrun", false},
		{"", false},
		{"m", false},
		{"mmmmmmmmmmmmlectru", false},
		{strings.Repeat("MmmM ", 1000) + "electrum", true},
		{strings.Repeat("spectrum ", 1000), false},
	} {
		assert.Equal(t, tc.want, namesElectrum([]byte(tc.data)), "%.40q", tc.data)
		plain := strings.Contains(tc.data, "lectrum") || strings.Contains(tc.data, "LECTRUM")
		if plain {
			assert.True(t, namesElectrum([]byte(tc.data)))
		}
	}
}

// TestNamesElectrumRandom compares namesElectrum with a search of the
// data lower-cased (ASCII) on random pieces of the word and noise.
func TestNamesElectrumRandom(t *testing.T) {
	pieces := []string{"l", "e", "c", "t", "r", "u", "m", "M", "LE", "ctr", "um", "lectr", "Lectrum", "x", " ", "\xff"}
	rng := rand.New(rand.NewPCG(3, 4))
	hits := 0
	for range 20000 {
		var b []byte
		for range rng.IntN(12) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		lower := make([]byte, len(b))
		for i, c := range b {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			lower[i] = c
		}
		want := bytes.Contains(lower, []byte("lectrum"))
		if want {
			hits++
		}
		require.Equal(t, want, namesElectrum(b), "%q", b)
	}
	require.Greater(t, hits, 100)
}

// TestRevealedValueIsThePhrase: the value a finding shows on request is
// the phrase as a wallet takes it, its words in order one space apart,
// whatever the layout it was read from: a grid numbered down its
// columns, upper case between commas, a misspelt word, an accented word
// written decomposed.
func TestRevealedValueIsThePhrase(t *testing.T) {
	en, err := mnemonic.FromEntropy([]byte("revealed values!"), mnemonic.English)
	require.NoError(t, err)
	fr, err := mnemonic.FromEntropy([]byte("valeur revelee.."), mnemonic.French)
	require.NoError(t, err)
	w := en.RevealWords()
	var grid strings.Builder
	for r := range 6 {
		fmt.Fprintf(&grid, "%2d. %-10s %2d. %s\n", r+1, w[r], r+7, w[r+6])
	}
	misspelt := slices.Clone(w)
	for i := range misspelt {
		if len(misspelt[i]) >= 6 {
			misspelt[i] = misspelt[i][:len(misspelt[i])-1]
			break
		}
	}
	for _, tc := range []struct {
		name, text string
		p          mnemonic.Phrase
	}{
		{"a grid numbered down its columns", "backup words:\n" + grid.String(), en},
		{"upper case between commas", "SEED: " + strings.ToUpper(strings.Join(w, ", ")) + "\n", en},
		{"a misspelt word", "seed phrase: " + strings.Join(misspelt, " ") + "\n", en},
		{"French, decomposed accents", "phrase secrète : " + norm.NFD.String(fr.Reveal()) + "\n", fr},
	} {
		cs := New().Detect(context.Background(), &detect.Chunk{Data: []byte(tc.text)})
		if assert.Len(t, cs, 1, tc.name) {
			assert.True(t, cs[0].Secret.Reveal() == norm.NFC.String(tc.p.Reveal()), tc.name)
		}
	}
}

// TestElectrumSeedNamedInvalid: a line of random words that passes
// Electrum's check by chance (one in 256) in a test's list named invalid
// input ("invalid_checksum": [...]) is no seed; the same seed under
// another name is.
func TestElectrumSeedNamedInvalid(t *testing.T) {
	rng := rand.New(rand.NewPCG(153, 154))
	list := mnemonic.Wordlist(mnemonic.English)
	var seed string
	for {
		w := make([]string, 12)
		for i := range w {
			w[i] = list[rng.IntN(len(list))]
		}
		seed = strings.Join(w, " ")
		p, err := mnemonic.ValidateElectrum(seed)
		if _, bip := mnemonic.Validate(seed); err == nil && bip != nil && p.Scheme() == mnemonic.SchemeElectrumStandard {
			break
		}
	}
	for name, want := range map[string]int{`"invalid_checksum"`: 0, "INVALID_MNEMONICS =": 0, "badPhrases:": 0, `"electrum_seeds"`: 1, "seed:": 1} {
		text := "{\n  " + name + " [\n    \"" + seed + "\",\n    \"x\"\n  ]\n}\n"
		if !strings.HasSuffix(name, ":") && !strings.HasSuffix(name, "=") {
			text = "{\n  " + name + ": [\n    \"" + seed + "\",\n    \"x\"\n  ]\n}\n"
		}
		assert.Len(t, New().Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "tests/fixtures/mnemonics.json"}), want, name)
	}
}
