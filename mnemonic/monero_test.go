package mnemonic

import (
	"crypto/sha256"
	"encoding/hex"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// A published Monero test seed (the test data of a public-domain XMR seed
// tool): public, never a wallet to use.
const moneroVector = "actress lynx adhesive abbey selfish leisure annoyed cabin essential eldest venomous hunter pairing gadget satin sunken vein tomorrow aloof rumble obliged juicy whipped annoyed cabin"

func TestMonero(t *testing.T) {
	p, err := ValidateMonero(moneroVector)
	require.NoError(t, err)
	assert.Equal(t, SchemeMonero, p.Scheme())
	assert.Equal(t, "e4fce17f54a120b9c8aeca20af94c5765a8a936eaad913ef1b39a1dba0a03215", hex.EncodeToString(p.Seed("")))
	_, err = ValidateMonero(strings.Replace(moneroVector, "annoyed cabin\x00", "", 1)[:len(moneroVector)-5] + "abbey")
	assert.ErrorIs(t, err, ErrChecksum)

	ms := Find([]byte("monero wallet seed:\n" + moneroVector + "\n"))
	require.Len(t, ms, 1)
	assert.Equal(t, SchemeMonero, ms[0].Phrase.Scheme())
	assert.Equal(t, 2, ms[0].StartLine)
	// 24 words without the checksum word are not reported.
	assert.Empty(t, Find([]byte(strings.Join(strings.Fields(moneroVector)[:24], " "))))
}

// moneroPublished are published Monero seeds with their private spend
// keys (public test data, never wallets to use):
//   - "serai": serai-dex/serai networks/monero/wallet/seed/src/tests.rs
//     (commit f7f6c48b497b338318130ca0d6374f915b2cc27e), test_original_seed,
//     one seed per language, checked there against monero-wallet-cli;
//   - "monero": monero-project/monero tests/unit_tests/mnemonics.cpp
//     (case_tolerance, language_detection_with_bad_checksum) and the
//     wallets of tests/functional_tests, which publish no key.
var moneroPublished = []struct {
	name  string
	lang  Language
	seed  string
	spend string // "" when the source gives none
}{
	{"serai chinese", ChineseSimplified, "摇 曲 艺 武 滴 然 效 似 赏 式 祥 歌 买 疑 小 碧 堆 博 键 房 鲜 悲 付 喷 武", "a5e4fff1706ef9212993a69f246f5c95ad6d84371692d63e9bb0ea112a58340d"},
	{"serai english", English, "washing thirsty occur lectures tuesday fainted toxic adapt abnormal memoir nylon mostly building shrugged online ember northern ruby woes dauntless boil family illness inroads northern", "c0af65c0dd837e666b9d0dfed62745f4df35aed7ea619b2798a709f0fe545403"},
	{"serai dutch", Dutch, "setwinst riphagen vimmetje extase blief tuitelig fuiven meifeest ponywagen zesmaal ripdeal matverf codetaal leut ivoor rotten wisgerhof winzucht typograaf atrium rein zilt traktaat verzaagd setwinst", "e2d2873085c447c2bc7664222ac8f7d240df3aeac137f5ff2022eaa629e5b10a"},
	{"serai french", French, "poids vaseux tarte bazar poivre effet entier nuance sensuel ennui pacte osselet poudre battre alibi mouton stade paquet pliage gibier type question position projet pliage", "2dd39ff1a4628a94b5c2ec3e42fb3dfe15c2b2f010154dc3b3de6791e805b904"},
	{"serai spanish", Spanish, "minero ocupar mirar evadir octubre cal logro miope opaco disco ancla litio clase cuello nasal clase fiar avance deseo mente grumo negro cordón croqueta clase", "ae2c9bebdddac067d73ec0180147fc92bdf9ac7337f1bcafbbe57dd13558eb02"},
	{"serai german", German, "Kaliber Gabelung Tapir Liveband Favorit Specht Enklave Nabel Jupiter Foliant Chronik nisten löten Vase Aussage Rekord Yeti Gesetz Eleganz Alraune Künstler Almweide Jahr Kastanie Almweide", "79801b7a1b9796856e2397d862a113862e1fdc289a205e79d8d70995b276db06"},
	{"serai italian", Italian, "cavo pancetta auto fulmine alleanza filmato diavolo prato forzare meritare litigare lezione segreto evasione votare buio licenza cliente dorso natale crescere vento tutelare vetta evasione", "5e7fd774eb00fa5877e2a8b4dc9c7ffe111008a3891220b56a6e49ac816d650a"},
	{"serai portuguese", Portuguese, "agito eventualidade onus itrio holograma sodomizar objetos dobro iugoslavo bcrepuscular odalisca abjeto iuane darwinista eczema acetona cibernetico hoquei gleba driver buffer azoto megera nogueira agito", "13b3115f37e35c6aa1db97428b897e584698670c1b27854568d678e729200c0f"},
	{"serai japanese", Japanese, "ぜんぶ どうぐ おたがい せんきょ おうじ そんちょう じゅしん いろえんぴつ かほう つかれる えらぶ にちじょう くのう にちようび ぬまえび さんきゃく おおや ちぬき うすめる いがく せつでん さうな すいえい せつだん おおや", "c56e895cdb13007eda8399222974cdbab493640663804b93cbef3d8c3df80b0b"},
	{"serai russian", Russian, "шатер икра нация ехать получать инерция доза реальный рыжий таможня лопата душа веселый клетка атлас лекция обгонять паек наивный лыжный дурак стать ежик задача паек", "7cb5492df5eb2db4c84af20766391cd3e3662ab1a241c70fc881f3d02c381f05"},
	{"serai esperanto", Esperanto, "ukazo klini peco etikedo fabriko imitado onklino urino pudro incidento kumuluso ikono smirgi hirundo uretro krii sparkado super speciala pupo alpinisto cvana vokegi zombio fabriko", "82ebf0336d3b152701964ed41df6b6e9a035e57fc98b84039ed0bd4611c58904"},
	{"serai lojban", Lojban, "jetnu vensa julne xrotu xamsi julne cutci dakli mlatu xedja muvgau palpi xindo sfubu ciste cinri blabi darno dembi janli blabi fenki bukpu burcu blabi", "e4f8c6819ab6cf792cebb858caabac9307fd646901d72123e0367ebc0a79c200"},
	// Its words are Spanish, two also Portuguese and one Italian.
	{"serai spanish 2", Spanish, "pluma laico atraer pintor peor cerca balde buscar lancha batir nulo reloj resto gemelo nevera poder columna gol oveja latir amplio bolero feliz fuerza nevera", "30303983fc8d215dd020cc6b8223793318d55c466a86e4390954f373fdc7200a"},
	{"monero functional tests address_book.py:49", English, "velvet lymph giddy number token physics poetry unquoted nibs useful sabotage limits benches lifestyle eden nitrogen anvil fewest avoid batch vials washing fences goat unquoted", ""},
	{"monero functional tests multisig.py:97", English, "peeled mixture ionic radar utopia puddle buying illness nuns gadget river spout cavernous bounced paradise drunk looking cottage jump tequila melting went winter adjust spout", ""},
	{"monero functional tests multisig.py:98", English, "dilute gutter certain antics pamphlet macro enjoy left slid guarded bogeys upload nineteen bomb jubilee enhanced irritate turnip eggs swung jukebox loudly reduce sedan slid", ""},
	{"monero functional tests multisig.py:99", English, "waking gown buffet negative reorder speedy baffles hotel pliers dewdrop actress diplomat lymph emit ajar mailed kennel cynical jaunt justice weavers height teardrop toyed lymph", ""},
	{"monero german case_tolerance", German, "Neubau umarmen Abart umarmen Turban feilen Brett Bargeld Episode Milchkuh Substanz Jahr Armband Maibaum Tand Grünalge Tabak erziehen Federboa Lobrede Tenor Leuchter Curry Diskurs Tenor", ""},
	{"monero portuguese language_detection", Portuguese, "cinzento luxuriante leonardo gnostico digressao cupula fifa broxar iniquo louvor ovario dorsal ideologo besuntar decurso rosto susto lemure unheiro pagodeiro nitroglicerina eclusa mazurca bigorna gnostico", ""},
}

func TestMoneroPublishedVectors(t *testing.T) {
	for _, tc := range moneroPublished {
		t.Run(tc.name, func(t *testing.T) {
			if p, err := ValidateMonero(tc.seed); assert.NoError(t, err) {
				_, public := Public(p)
				assert.True(t, public, "published seeds are test data")
			}
			p, err := ValidateMonero(tc.seed)
			require.NoError(t, err)
			assert.Equal(t, SchemeMonero, p.Scheme())
			assert.Equal(t, tc.lang, p.Language())
			assert.Equal(t, 25, p.Len())
			if tc.spend != "" {
				assert.Equal(t, tc.spend, hex.EncodeToString(p.Seed("")))
			}
			// Words are the list's words in lower-case NFKD.
			want := strings.Fields(norm.NFKD.String(strings.ToLower(tc.seed)))
			assert.Equal(t, fp(strings.Join(want, " ")), fp(p.Reveal()))
			q, err := ValidateMonero(p.Reveal())
			require.NoError(t, err)
			assert.Equal(t, p.RevealIndices(), q.RevealIndices())
			// Upper case, lower case and NFD give the same seed (the
			// German list capitalises nouns; monero's case_tolerance).
			for _, form := range []string{strings.ToLower(tc.seed), strings.ToUpper(tc.seed), norm.NFD.String(tc.seed)} {
				q, err := ValidateMonero(form)
				require.NoError(t, err)
				assert.Equal(t, tc.lang, q.Language())
				assert.Equal(t, hex.EncodeToString(p.Seed("")), hex.EncodeToString(q.Seed("")))
			}

			ms := Find([]byte("monero wallet seed:\n" + tc.seed + "\n"))
			require.Len(t, ms, 1)
			assert.Equal(t, SchemeMonero, ms[0].Phrase.Scheme())
			assert.Equal(t, tc.lang, ms[0].Phrase.Language())
			assert.Equal(t, p.RevealIndices(), ms[0].Phrase.RevealIndices())
			// The seed alone is the whole run.
			ms = Find([]byte(tc.seed))
			require.Len(t, ms, 1)
			assert.True(t, ms[0].Exact)
			assert.Equal(t, tc.lang, ms[0].Phrase.Language())
		})
	}
}

// TestMoneroLanguageOrder: a seed valid in two lists is read in the first
// of monero's find_seed_language order. "audio" is English and Spanish,
// and 25 times one word always passes the checksum; serai's tests.rs
// gives the key of each reading.
func TestMoneroLanguageOrder(t *testing.T) {
	audio := strings.TrimSpace(strings.Repeat("audio ", 25))
	p, err := ValidateMonero(audio)
	require.NoError(t, err)
	assert.Equal(t, English, p.Language())
	assert.Equal(t, "7900000079000000790000007900000079000000790000007900000079000000", hex.EncodeToString(p.Seed("")))
	// The Spanish reading, as serai publishes it.
	li := moneroLangIndex(Spanish)
	idx := make([]uint16, 25)
	for i := range idx {
		idx[i] = data().lookup["audio"].monero.idx[li]
	}
	assert.True(t, moneroValid(li, idx))
	assert.Equal(t, "ba000000ba000000ba000000ba000000ba000000ba000000ba000000ba000000", hex.EncodeToString(moneroKey(idx)))

	pluma := strings.TrimSpace(strings.Repeat("pluma ", 25))
	p, err = ValidateMonero(pluma)
	require.NoError(t, err)
	assert.Equal(t, Spanish, p.Language())
	assert.Equal(t, "b4050000b4050000b4050000b4050000b4050000b4050000b4050000b4050000", hex.EncodeToString(p.Seed("")))
	// One word over and over is not reported by Find.
	assert.Empty(t, Find([]byte("seed: "+audio+"\n")))
	assert.Empty(t, Find([]byte("seed: "+pluma+"\n")))
}

// TestMoneroWordlists checks the generated lists against the monero
// headers they were generated from (SHA-256 of the words joined by "\n",
// computed from monero-project/monero src/mnemonics/*.h) and the
// properties monero's populate_maps requires.
func TestMoneroWordlists(t *testing.T) {
	tests := []struct {
		lang         Language
		prefix       int
		first, last  string
		sha256       string
		hasApostroph bool
	}{
		{ChineseSimplified, 1, "的", "貌", "a59c728abd8481ca0b8745e68630ec6a9209304efcef9f5530a1c82cb529f67c", false},
		{English, 3, "abbey", "zoom", "998df55cb16d2318130c5cf7e9d4408247c8c4674935ee6e07d53f2f00ccf19b", false},
		{Dutch, 4, "aalglad", "zworen", "2ffcdd53f50a125f2a8c15f6a43438a471821289b61db594bd814982640334e7", false},
		{French, 4, "abandon", "zoom", "2a55ea07dfe12068a3f6b83751ca299e468a6fe875686855094eef226d3ea37f", false},
		{Spanish, 4, "ábaco", "rito", "a9cdd2935fd52fd2c65a3c943ebcf26f1f69d969e13ab2b763001b34dfc02e18", false},
		{German, 4, "Abakus", "Zyklop", "075b4ffbabe753e2d58206df7812afa4df03ab8b871381ce1c4f17204d6bdb82", false},
		{Italian, 4, "abbinare", "zucchero", "4c580dd95afb208806618b4427454dd266fecef6682ef1aefef4df0a2b5471f2", false},
		{Portuguese, 4, "abaular", "zumbi", "ec5b2cf062f3f2185a1caec7508a89dcba59b6f57e5244e5d9d38d53a80ba910", false},
		{Japanese, 3, "あいこくしん", "ひしょ", "792fbb8305d73a3ac7a3cffcd98cb81e31baefcc469f98c1434cb3f62ecf83b4", false},
		{Russian, 4, "абажур", "ящик", "79debc65deb57dba8b8cc2d9e39c989cc9f24603e30ca79d68b63e4f8ea29c91", false},
		{Esperanto, 4, "abako", "zumilo", "c63babcbf7ad9bee7864470dbd0692bce93b66926ee9f2c932363c1cbc8e7597", false},
		{Lojban, 4, "backi", "snaxa'a", "b754cdcf4d43b3d74f0718c2248c4bdaf53d43c9fde43b8c6597e83936e7c83b", true},
	}
	require.Len(t, tests, nMonero)
	assert.Equal(t, []Language{ChineseSimplified, English, Dutch, French, Spanish, German, Italian, Portuguese, Japanese, Russian, Esperanto, Lojban}, MoneroLanguages())
	for _, tc := range tests {
		t.Run(string(tc.lang), func(t *testing.T) {
			li := moneroLangIndex(tc.lang)
			require.GreaterOrEqual(t, li, 0)
			ml := moneroLists[li]
			assert.Equal(t, tc.prefix, ml.prefix)
			assert.Equal(t, tc.first, ml.words[0])
			assert.Equal(t, tc.last, ml.words[1625])
			sum := sha256.Sum256([]byte(strings.Join(ml.words[:], "\n")))
			assert.Equal(t, tc.sha256, hex.EncodeToString(sum[:]))
			prefixes := map[string]bool{}
			apostrophe := false
			for i, w := range ml.words {
				assert.True(t, norm.NFC.IsNormalString(w))
				p := moneroRunePrefix(w, ml.prefix)
				assert.False(t, prefixes[p], "duplicate prefix at %d", i)
				prefixes[p] = true
				apostrophe = apostrophe || strings.Contains(w, "'")
				// Every word leads back to its index.
				key := norm.NFKD.String(strings.ToLower(w))
				assert.Equal(t, key, data().monero[li][i])
				var me *moneroEntry
				if e := data().lookup[key]; e != nil {
					me = e.monero
				}
				require.NotNil(t, me, "word %d", i)
				assert.NotZero(t, me.mask&(1<<li))
				assert.Equal(t, uint16(i), me.idx[li])
			}
			assert.Equal(t, tc.hasApostroph, apostrophe)
		})
	}
	// The BIP-39 languages are unchanged; Monero-only ones have no
	// BIP-39 list.
	assert.Len(t, Languages(), 10)
	assert.Nil(t, Wordlist(German))
}

func TestMoneroRunePrefix(t *testing.T) {
	// monero's unit test utf8prefix, and a decomposed letter (two code
	// points).
	for _, tc := range []struct {
		s    string
		n    int
		want string
	}{
		{"foo", 0, ""}, {"foo", 1, "f"}, {"foo", 2, "fo"}, {"foo", 3, "foo"}, {"foo", 4, "foo"},
		{"æon", 0, ""}, {"æon", 1, "æ"}, {"æon", 2, "æo"}, {"æon", 3, "æon"}, {"æon", 4, "æon"},
		{"año", 4, "año"}, {"ábaco", 4, "ábac"}, {"a\u0301baco", 4, "a\u0301ba"}, {"じゅしん", 3, "じゅし"},
	} {
		assert.Equal(t, tc.want, moneroRunePrefix(tc.s, tc.n), "%q %d", tc.s, tc.n)
	}
}

// moneroFixture returns a random seed of moneroLists[li]: 24 words that
// pass keep (nil: any) and the checksum word. None is a real wallet's.
func moneroFixture(rng *rand.Rand, li int, keep func(string) bool) []uint16 {
	idx := make([]uint16, 25)
	for i := range 24 {
		for {
			v := uint16(rng.IntN(1626))
			if keep == nil || keep(moneroLists[li].words[v]) {
				idx[i] = v
				break
			}
		}
	}
	idx[24] = idx[moneroChecksum(li, idx[:24])]
	return idx
}

// moneroText writes the words of idx as the list writes them.
func moneroText(li int, idx []uint16, sep string) string {
	w := make([]string, len(idx))
	for i, v := range idx {
		w[i] = moneroLists[li].words[v]
	}
	return strings.Join(w, sep)
}

// findable excludes the words Find cannot see as one token: Lojban words
// with an apostrophe.
func findable(w string) bool { return !strings.Contains(w, "'") }

func TestMoneroGenerated(t *testing.T) {
	rng := rand.New(rand.NewPCG(25, 1626))
	for li, ml := range moneroLists {
		t.Run(string(ml.lang), func(t *testing.T) {
			for n := range 8 {
				idx := moneroFixture(rng, li, findable)
				require.True(t, moneroValid(li, idx))
				text := moneroText(li, idx, " ")

				p, err := ValidateMonero(text)
				require.NoError(t, err)
				assert.Equal(t, ml.lang, p.Language())
				assert.Equal(t, SchemeMonero, p.Scheme())
				assert.Equal(t, "[25-word monero seed]", p.String())
				assert.Equal(t, hex.EncodeToString(moneroKey(idx)), hex.EncodeToString(p.Seed("")))
				words := p.RevealWords()
				require.Len(t, words, 25)
				for i, v := range idx {
					assert.Equal(t, data().monero[li][v], words[i])
				}
				q, err := ValidateMonero(p.Reveal())
				require.NoError(t, err)
				assert.Equal(t, p.RevealIndices(), q.RevealIndices())
				// Ideographic spaces and line breaks separate words too.
				q, err = ValidateMonero(moneroText(li, idx, "\u3000\n"))
				require.NoError(t, err)
				assert.Equal(t, p.RevealIndices(), q.RevealIndices())

				// Find: labelled inline, one a line, numbered.
				for _, in := range []string{
					"monero wallet seed:\n" + text + "\n",
					"\n" + moneroText(li, idx, "\n") + "\n",
					numbered("%d. %s\n")(strings.Fields(text), ""),
				} {
					ms := Find([]byte(in))
					require.Len(t, ms, 1, "fixture %d", n)
					assert.Equal(t, SchemeMonero, ms[0].Phrase.Scheme())
					assert.Equal(t, ml.lang, ms[0].Phrase.Language())
					assert.Equal(t, p.RevealIndices(), ms[0].Phrase.RevealIndices())
				}

				// The checksum word changed: not valid, not found.
				bad := slices.Clone(idx)
				bad[24] = (bad[24] + 1) % 1626
				_, err = ValidateMonero(moneroText(li, bad, " "))
				assert.ErrorIs(t, err, ErrChecksum)
				assert.Empty(t, Find([]byte("monero wallet seed:\n"+moneroText(li, bad, " ")+"\n")), "fixture %d", n)
				// One of the first 24 words changed so that the checksum
				// fails (a change passes by chance once in 24).
				bad = slices.Clone(idx)
				for d := uint16(1); moneroValid(li, bad); d++ {
					bad[7] = (idx[7] + d) % 1626
				}
				_, err = ValidateMonero(moneroText(li, bad, " "))
				assert.ErrorIs(t, err, ErrChecksum)
				assert.Empty(t, Find([]byte("monero wallet seed:\n"+moneroText(li, bad, " ")+"\n")), "fixture %d", n)

				// A word of another Monero list in the seed: no list
				// holds all 25 words.
				other := (li + 1 + n%(nMonero-1)) % nMonero
				mixed := strings.Fields(text)
				for v := idx[12]; ; v = (v + 1) % 1626 {
					w := moneroLists[other].words[v]
					if e := data().lookup[norm.NFKD.String(strings.ToLower(w))]; findable(w) && e != nil && e.monero.mask&(1<<li) == 0 {
						mixed[12] = w
						break
					}
				}
				_, err = ValidateMonero(strings.Join(mixed, " "))
				var uw *UnknownWordError
				require.ErrorAs(t, err, &uw)
				assert.Equal(t, 12, uw.Index)
				assert.ErrorIs(t, err, ErrUnknownWord)
				for _, m := range Find([]byte("monero wallet seed:\n" + strings.Join(mixed, " ") + "\n")) {
					assert.NotEqual(t, SchemeMonero, m.Phrase.Scheme())
				}
			}
		})
	}
}

// TestMoneroMixedLanguages: a seed's indices written half in its list and
// half in another are no seed, though the indices carry a valid checksum.
func TestMoneroMixedLanguages(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 24))
	for li := range nMonero {
		for _, other := range []int{(li + 1) % nMonero, (li + 5) % nMonero} {
			idx := moneroFixture(rng, li, findable)
			w := make([]string, 25)
			for i, v := range idx {
				src := li
				if i >= 12 {
					src = other
				}
				w[i] = moneroLists[src].words[v]
			}
			text := strings.Join(w, " ")
			_, err := ValidateMonero(text)
			assert.ErrorIs(t, err, ErrUnknownWord, "%s + %s", moneroLists[li].lang, moneroLists[other].lang)
			for _, m := range Find([]byte("monero wallet seed:\n" + text + "\n")) {
				assert.NotEqual(t, SchemeMonero, m.Phrase.Scheme())
			}
		}
	}
}

// TestMoneroListExcerpt: 24 words in list order pass the checksum once in
// 24, and are an excerpt of the list, not a seed.
func TestMoneroListExcerpt(t *testing.T) {
	for li, ml := range moneroLists {
		found := false
		for start := 0; start+24 <= 1626 && !found; start++ {
			idx := make([]uint16, 25)
			ok := true
			for i := range 24 {
				idx[i] = uint16(start + i)
				ok = ok && findable(ml.words[start+i])
			}
			idx[24] = idx[moneroChecksum(li, idx[:24])]
			if !ok {
				continue
			}
			found = true
			p, err := ValidateMonero(moneroText(li, idx, " "))
			require.NoError(t, err)
			assert.Equal(t, ml.lang, p.Language())
			assert.Empty(t, Find([]byte("words:\n"+moneroText(li, idx, " ")+"\n")), "%s", ml.lang)
		}
		assert.True(t, found)
	}
}

// TestMoneroWordsBesideOtherPhrases: words that are only in Monero lists
// ("Format" is German) are found in Monero seeds and never hide a phrase
// of another scheme next to them.
func TestMoneroWordsBesideOtherPhrases(t *testing.T) {
	li := moneroLangIndex(German)
	rng := rand.New(rand.NewPCG(3, 3))
	idx := moneroFixture(rng, li, findable)
	idx[5] = uint16(slices.Index(moneroLists[li].words[:], "Format"))
	idx[24] = idx[moneroChecksum(li, idx[:24])]
	p, err := ValidateMonero(moneroText(li, idx, " "))
	require.NoError(t, err)
	assert.Equal(t, German, p.Language())
	assert.Equal(t, "format", p.RevealWords()[5])
	ms := Find([]byte("seed:\n" + moneroText(li, idx, " ") + "\n"))
	require.Len(t, ms, 1)
	assert.Equal(t, German, ms[0].Phrase.Language())
	// A BIP-39 phrase right after a SQLite header stays found.
	ph, err := FromEntropy([]byte("0123456789abcdef"), English)
	require.NoError(t, err)
	ms = Find([]byte("SQLite format 3\x00\x00\x01" + ph.Reveal() + "\x00"))
	require.Len(t, ms, 1)
	assert.Equal(t, English, ms[0].Phrase.Language())
}

// TestMoneroChineseGlued: a Chinese seed written without spaces after a label.
func TestMoneroChineseGlued(t *testing.T) {
	li := moneroLangIndex(ChineseSimplified)
	rng := rand.New(rand.NewPCG(9, 9))
	idx := moneroFixture(rng, li, nil)
	ms := Find([]byte("助记词：" + moneroText(li, idx, "") + "\n"))
	require.Len(t, ms, 1)
	assert.Equal(t, SchemeMonero, ms[0].Phrase.Scheme())
	assert.Equal(t, ChineseSimplified, ms[0].Phrase.Language())
	assert.Equal(t, LayoutGlued, ms[0].Layout)
}
