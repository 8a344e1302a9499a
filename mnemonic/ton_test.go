package mnemonic

import (
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The TON wallet of the TON community's "Hello World" tutorial, with its
// entropy and seed as the Elixir ton package's doc-tests print them.
const (
	tonVector        = "rail sound peasant garment bounce trigger true abuse arctic gravity ribbon ocean absurd okay blue remove neck cash reflect sleep hen portion gossip arrow"
	tonVectorEntropy = "1ab77da4f35581bd6f8efdcaef689ec180c6f77d214e4dd960f1619f6c40599f04798cb4e93e30edceeb02ab36f450df1c359e7b3395f13646134046cc6a7f3a"
	tonVectorSeed    = "95de3fdf1748f0e0e9b19b1065e5b6ac1783362bc38bd9c26413fc69441e605f"
)

func TestTONVector(t *testing.T) {
	assert.Equal(t, tonVectorEntropy, hex.EncodeToString(tonEntropy(tonVector)))
	ms := Find([]byte("my TON wallet:\n" + tonVector + "\n"))
	require.Len(t, ms, 1)
	p := ms[0].Phrase
	assert.Equal(t, SchemeTON, p.Scheme())
	assert.Equal(t, tonVectorSeed, hex.EncodeToString(p.Seed("")))
	src, ok := Public(p)
	assert.True(t, ok)
	assert.Equal(t, "TON Hello World tutorial mnemonic", src)
	assert.Equal(t, []Scheme{SchemeTON}, Schemes(p))
}

// newTON draws 24 English words until they are a TON mnemonic, as TON
// wallets do.
func newTON(rng *rand.Rand) []string {
	for {
		w := randomWords(rng, Wordlist(English), tonWords)
		if tonCheck(strings.Join(w, " ")) {
			return w
		}
	}
}

// TestFindTON: TON mnemonics where people keep them are found as TON,
// with the seed the words give; the same words with one changed are not
// (but where the change passes the check by chance, once in 256).
func TestFindTON(t *testing.T) {
	rng := rand.New(rand.NewPCG(71, 72))
	layouts := []func(string) string{
		func(p string) string { return "ton wallet (tonkeeper): " + p + "\n" },
		func(p string) string { return "notes\n\n" + p + "\n\nbuy milk\n" },
		func(p string) string { return `{"mnemonic": "` + p + `", "version": "v4R2"}` },
		func(p string) string { return "TON_MNEMONIC=\"" + p + "\"\n" },
		func(p string) string {
			var b strings.Builder
			for i, w := range strings.Fields(p) {
				fmt.Fprintf(&b, "%d. %s\n", i+1, w)
			}
			return b.String()
		},
	}
	for i := range 20 {
		w := newTON(rng)
		phrase := strings.Join(w, " ")
		text := layouts[i%len(layouts)](phrase)
		ms := Find([]byte(text))
		require.Len(t, ms, 1, "sample %d: %q", i, text)
		p := ms[0].Phrase
		require.Equal(t, SchemeTON, p.Scheme(), "sample %d", i)
		assert.Equal(t, phrase, p.Reveal(), "sample %d", i)
		assert.Equal(t, hex.EncodeToString(tonSeed(p.indices)), hex.EncodeToString(p.Seed("")), "sample %d", i)

		k := rng.IntN(tonWords)
		w[k] = Wordlist(English)[(slices.Index(Wordlist(English), w[k])+1+rng.IntN(2047))%2048]
		changed := strings.Join(w, " ")
		for _, m := range Find([]byte(layouts[i%len(layouts)](changed))) {
			if m.Phrase.Scheme() == SchemeTON {
				assert.True(t, tonCheck(changed), "sample %d: a changed word read as TON", i)
			}
		}
	}
}

// TestTONAndBIP39: a 24-word BIP-39 phrase that also passes TON's check
// (one in 256 does) is reported once, as BIP-39, naming both schemes.
func TestTONAndBIP39(t *testing.T) {
	rng := rand.New(rand.NewPCG(73, 74))
	var phrase string
	for phrase == "" {
		ent := make([]byte, 32)
		for i := range ent {
			ent[i] = byte(rng.UintN(256))
		}
		p, err := FromEntropy(ent, English)
		require.NoError(t, err)
		if s := p.Reveal(); tonCheck(s) {
			phrase = s
		}
	}
	ms := Find([]byte("seed: " + phrase + "\n"))
	require.Len(t, ms, 1)
	assert.Equal(t, SchemeBIP39, ms[0].Phrase.Scheme())
	assert.Equal(t, []Scheme{SchemeBIP39, SchemeTON}, Schemes(ms[0].Phrase))
}

// TestTONNotInLongerRuns: 24 words that pass TON's check inside a line
// of 26 list words, with nothing marking where they start and end, are
// chance (one window in 256 passes), as Electrum's are.
func TestTONNotInLongerRuns(t *testing.T) {
	rng := rand.New(rand.NewPCG(75, 76))
	for i := range 10 {
		w := newTON(rng)
		text := "notes:\n" + randomWords(rng, Wordlist(English), 1)[0] + " " + strings.Join(w, " ") + " " + randomWords(rng, Wordlist(English), 1)[0] + "\n"
		for _, m := range Find([]byte(text)) {
			assert.NotEqual(t, SchemeTON, m.Phrase.Scheme(), "sample %d: %q", i, text)
		}
	}
}

// tonValidWords reports whether w is 24 BIP-39 English words that are a
// TON mnemonic: a near miss of a 24-word phrase is one once in 256, and
// then it is not a near miss.
func tonValidWords(w []string) bool {
	if len(w) != tonWords {
		return false
	}
	for _, x := range w {
		if slices.Index(Wordlist(English), strings.ToLower(x)) < 0 {
			return false
		}
	}
	return tonCheck(strings.ToLower(strings.Join(w, " ")))
}

// TestTONChecksBounded: one Find makes at most maxTONChecks TON checks
// (each is 390 rounds of PBKDF2), and a list checked once is answered
// from memory.
func TestTONChecksBounded(t *testing.T) {
	rng := rand.New(rand.NewPCG(77, 78))
	tokens := func(w []string) []token {
		out := make([]token, len(w))
		for i, x := range w {
			out[i] = token{start: i * 10, end: i*10 + len(x), e: data().lookup[x]}
		}
		return out
	}
	f := &finder{t: data()}
	valid := newTON(rng)
	_, ok := f.tryTON(tokens(valid))
	require.True(t, ok)
	assert.Equal(t, 1, f.tonChecks)
	_, ok = f.tryTON(tokens(valid))
	assert.True(t, ok)
	assert.Equal(t, 1, f.tonChecks, "a list checked before")
	for f.tonChecks < maxTONChecks {
		f.tryTON(tokens(randomWords(rng, Wordlist(English), tonWords)))
	}
	_, ok = f.tryTON(tokens(newTON(rng)))
	assert.False(t, ok, "past the bound")
	assert.Equal(t, maxTONChecks, f.tonChecks)
	_, ok = f.tryTON(tokens(valid))
	assert.True(t, ok, "a list checked before the bound")
}
