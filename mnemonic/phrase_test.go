package mnemonic

import (
	"encoding/hex"
	"errors"
	"fmt"
	"github.com/walletaudit/walletaudit/internal/bip39vectors"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// Known-answer vectors from trezor/python-mnemonic vectors.json (english,
// passphrase "TREZOR"), as carried in go-bip39 v1.1.0's tests. They are
// public test data.
var trezorVectors = []struct{ entropy, phrase, seed string }{
	{"00000000000000000000000000000000", "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
		"c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04"},
	{"7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f", "legal winner thank year wave sausage worth useful legal winner thank yellow",
		"2e8905819b8723fe2c1d161860e5ee1830318dbf49a83bd451cfb8440c28bd6fa457fe1296106559a3c80937a1c1069be3a3a5bd381ee6260e8d9739fce1f607"},
	{"80808080808080808080808080808080", "letter advice cage absurd amount doctor acoustic avoid letter advice cage above",
		"d71de856f81a8acc65e6fc851a38d4d7ec216fd0796d0a6827a3ad6ed5511a30fa280f12eb2e47ed2ac03b5c462a0358d18d69fe4f985ec81778c1b370b652a8"},
}

func TestValidateVectors(t *testing.T) {
	for _, v := range trezorVectors {
		p, err := Validate(v.phrase)
		require.NoError(t, err)
		assert.Equal(t, English, p.Language())
		assert.Equal(t, v.entropy, hex.EncodeToString(p.RevealEntropy()))
		assert.Equal(t, v.seed, hex.EncodeToString(p.Seed("TREZOR")))
		src, ok := Public(p)
		assert.True(t, ok)
		assert.Equal(t, "BIP-39 test vector", src)
		ent, _ := hex.DecodeString(v.entropy)
		q, err := FromEntropy(ent, English)
		require.NoError(t, err)
		assert.Equal(t, v.phrase, q.Reveal())
	}
	// BIP-39: "abandon ×11 about" without a passphrase.
	p, err := Validate(strings.Repeat("abandon ", 11) + "about")
	require.NoError(t, err)
	assert.Equal(t, "5eb00bbddcf069084889a8ab9155568165f5c453ccb85e70811aaed6f6da5fc19a5ac40b389cd370d086206dec8aa6c43daea6690f20ad3d8d48b2d2ce9e38e4", hex.EncodeToString(p.Seed("")))
}

func TestValidateErrors(t *testing.T) {
	_, err := Validate("abandon abandon")
	assert.ErrorIs(t, err, ErrWordCount)
	_, err = Validate(strings.Repeat("abandon ", 11) + "abandon")
	assert.ErrorIs(t, err, ErrChecksum)
	_, err = Validate(strings.Repeat("abandon ", 5) + "qwertyzz " + strings.Repeat("abandon ", 5) + "about")
	var uw *UnknownWordError
	require.ErrorAs(t, err, &uw)
	assert.Equal(t, 5, uw.Index)
	assert.ErrorIs(t, err, ErrUnknownWord)
	assert.NotContains(t, err.Error(), "qwertyzz")
}

func TestValidateEveryLanguageAndForm(t *testing.T) {
	ent := []byte("walletaudit-test-entropy-32byte!")
	for _, lang := range Languages() {
		for _, n := range []int{16, 20, 24, 28, 32} {
			p, err := FromEntropy(ent[:n], lang)
			require.NoError(t, err)
			q, err := Validate(p.Reveal())
			require.NoError(t, err, "%s/%d", lang, n)
			assert.Equal(t, ent[:n], q.RevealEntropy())
			// Upper case and the ideographic space validate too.
			q, err = Validate(strings.ToUpper(strings.Join(p.RevealWords(), "\u3000")))
			require.NoError(t, err, "%s/%d upper", lang, n)
			assert.Equal(t, ent[:n], q.RevealEntropy())
		}
	}
}

// TestValidateWithoutAccents: Spanish and French phrases typed without
// their accents validate to the same phrase, and are found in text: the
// BIP-39 notes on both lists count "á" as "a" (and "é", "è" as "e") in
// telling words apart, and wallets accept them so. Until 2026-12-02
// such a phrase was no phrase at all.
func TestValidateWithoutAccents(t *testing.T) {
	ent := []byte("walletaudit-test-entropy-32byte!")
	for _, lang := range []Language{Spanish, French} {
		folded := 0
		for _, w := range Wordlist(lang) {
			if stripMarks(norm.NFKD.String(w)) != norm.NFKD.String(w) {
				folded++
			}
		}
		require.Greater(t, folded, 100, "%s words with accents", lang)
		for _, n := range []int{16, 32} {
			// The first entropy, counting up from ent, whose phrase has
			// accented words.
			e := append([]byte(nil), ent[:n]...)
			var p Phrase
			var plain string
			for {
				var err error
				p, err = FromEntropy(e, lang)
				require.NoError(t, err)
				plain = stripMarks(norm.NFKD.String(p.Reveal()))
				if plain != norm.NFKD.String(p.Reveal()) {
					break
				}
				e[0]++
			}
			q, err := Validate(plain)
			require.NoError(t, err, "%s/%d", lang, n)
			assert.Equal(t, e, q.RevealEntropy(), "%s/%d", lang, n)
			assert.Equal(t, lang, q.Language())
			assert.True(t, p.Reveal() == q.Reveal(), "%s/%d: the words as listed", lang, n)
			ms := Find([]byte("seed: " + plain + "\n"))
			require.Len(t, ms, 1, "%s/%d in text", lang, n)
			assert.Equal(t, e, ms[0].Phrase.RevealEntropy())
		}
	}
	// No two words of one list fold to one word.
	for _, lang := range Languages() {
		seen := map[string]bool{}
		for _, w := range Wordlist(lang) {
			k := norm.NFKD.String(w)
			if lang == Spanish || lang == French {
				k = stripMarks(k)
			}
			assert.False(t, seen[k], "%s: two words fold to one", lang)
			seen[k] = true
		}
	}
}

func TestPrefixes(t *testing.T) {
	p, err := Validate("aban aban aban aban aban aban aban aban aban aban aban abou")
	require.NoError(t, err)
	assert.True(t, p.Prefixes())
	assert.Equal(t, strings.Repeat("abandon ", 11)+"about", p.Reveal())
}

func TestPhraseNeverPrintsWords(t *testing.T) {
	p, err := Validate(trezorVectors[1].phrase)
	require.NoError(t, err)
	for _, s := range []string{fmt.Sprint(p), fmt.Sprintf("%v %+v %#v %s %q", p, p, p, p, p), p.String()} {
		assert.NotContains(t, s, "legal")
	}
	assert.Equal(t, "[12-word english phrase]", p.String())
}

func TestWeakness(t *testing.T) {
	var found bool
	for _, w := range Wordlist(English) {
		if p, err := Validate(strings.Repeat(w+" ", 12)); err == nil {
			assert.Equal(t, "every word is the same", Weakness(p))
			found = true
			break
		}
	}
	assert.True(t, found)
	p, _ := Validate(trezorVectors[1].phrase)
	assert.Equal(t, "entropy is one repeated byte", Weakness(p))
}

func TestConcurrentUse(t *testing.T) {
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lang := Languages()[i%len(Languages())]
			p, err := FromEntropy(make([]byte, 16), lang)
			if err != nil {
				t.Error(err)
				return
			}
			if _, err := Validate(p.Reveal()); err != nil && !errors.Is(err, ErrChecksum) {
				t.Error(err)
			}
			Find([]byte(strings.Join(p.RevealWords(), " ")))
		}()
	}
	wg.Wait()
}

func TestWordlists(t *testing.T) {
	for _, lang := range Languages() {
		list := Wordlist(lang)
		require.Len(t, list, 2048, lang)
		seen := map[string]bool{}
		for _, w := range list {
			seen[w] = true
		}
		assert.Len(t, seen, 2048, lang)
	}
	assert.Nil(t, Wordlist("klingon"))
}

func TestTestVectorsArePublic(t *testing.T) {
	es := bip39vectors.Entropies()
	require.Len(t, es, 48)
	for _, e := range es {
		p, err := FromEntropy(e, English)
		require.NoError(t, err)
		_, ok := Public(p)
		assert.True(t, ok)
	}
	// Two published pairs, one of each later set.
	for ent, phrase := range map[string]string{
		"9e885d952ad362caeb4efe34a8e91bd2": "ozone drill grab fiber curtain grace pudding thank cruise elder eight picnic",
		"5baf069620eff15c71dd97c9a6ee328f": "forum join pitch dove yellow purchase shuffle real situate danger million bunker",
	} {
		b, _ := hex.DecodeString(ent)
		p, err := FromEntropy(b, English)
		require.NoError(t, err)
		assert.Equal(t, phrase, p.Reveal())
	}
}

// TestDevelopmentDefaultsArePublic: the phrases development chains and
// tools ship with are public, each named by its source.
func TestDevelopmentDefaultsArePublic(t *testing.T) {
	for phrase, want := range map[string]string{
		"test test test test test test test test test test test junk":                                                                                                               "Hardhat/Anvil/Foundry default mnemonic",
		"bottom drive obey lake curtain smoke basket hold race lonely fit walk":                                                                                                     "Substrate/Polkadot development phrase (DEV_PHRASE, //Alice …)",
		"giant issue aisle success illegal bike spike question tent bar rely arctic volcano long crawl hungry vocal artwork sniff fantasy very lucky have athlete":                  "Kurtosis ethereum-package devnet mnemonic",
		"permit universe parent weapon amused modify essay borrow tobacco budget walnut lunch consider gallery ride amazing frog forget treat market chapter velvet useless topple": "Monero's Trezor test device seed (monero-project/monero tests/trezor)",
		"enlist hip relief stomach skate base shallow young switch frequent cry park":                                                                                               "CosmJS local chain preset account (alice)",
		"copper push brief egg scan entry inform record adjust fossil boss egg comic alien upon aspect dry avoid interest fury window hint race symptom":                            "Evmos/Cosmos EVM local node dev0 (local_node.sh)",
		"fox sight canyon orphan hotel grow hedgehog build bless august weather swarm":                                                                                              "Acala Mandala local development mnemonic",
		"glory promote mansion idle axis finger extra february uncover one trip resource lawn turtle enact monster seven myth punch hobby comfort wild raise skin":                  "Ledger Speculos emulator default seed",
	} {
		p, err := Validate(phrase)
		require.NoError(t, err)
		src, ok := Public(p)
		assert.True(t, ok, want)
		assert.Equal(t, want, src)
	}
}
