package mnemonic

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Polyseed test vectors from tevador/polyseed tests/tests.c: public test
// data, never a wallet to use. Seed 1 (English) and seed 2 (Spanish) are
// Monero seeds with no features; the secrets, times and the KDF inputs
// below come from the same file (rand_bytes1–3, SEED_TIME1–3,
// pbkdf2_dummy1–3, g_test_mask).
const (
	polyseedEN1 = "raven tail swear infant grief assist regular lamp " +
		"duck valid someone little harsh puppy airport language"
	polyseedEN2 = "rave tail swea infan grie assi regul lamp " +
		"duck vali some litt hars pupp airp langua"
	polyseedEN3 = "ravexxx tail swea infan grie assi regul lamp " +
		"duck vali some litt hars pupp airp langua"
	polyseedEN4 = "raven tail swear infantile grief assist regular lamp " +
		"duck valid someone little harsh puppy airport language"
	polyseedEN5 = polyseedEN1 + " "

	polyseedES1 = "eje fin parte c\u00e9lebre tab\u00fa pesta\u00f1a lienzo puma " +
		"prisi\u00f3n hora regalo lengua existir l\u00e1piz lote sonoro"
	polyseedES2 = "eje fin parte celebre tabu pestana lienzo puma " +
		"prision hora regalo lengua existir lapiz lote sonoro"
	polyseedES3 = "eje fin part cele tabu pest lien puma " +
		"pris hora rega leng exis lapi lote sono"
	polyseedES4 = "ejexxx fin part cele tabu pest lien puma " +
		"pris hora rega leng exis lapi lote sono"
	polyseedES5 = "eje fin part cele tab pest lien puma " +
		"pris hora rega leng exis lapi lote sono"
	// Decodes as both English and Spanish prefixes; valid in Spanish.
	polyseedESMult = "impo sort usua cabi venu nobl oliv clim " +
		"cont barr marc auto prod vaca torn fati"
)

// polyseedSeed is the data of a seed created in tests.c.
type polyseedSeed struct {
	secret   string // 19 bytes, hex, top 2 bits of the last cleared
	birthday uint16
	features uint16
	coin     uint16
	when     int64  // SEED_TIMEn: the birthday is within one step before
	pw, salt string // the expected PBKDF2 inputs
}

var (
	polyseedSeed1 = polyseedSeed{
		secret: "dd76e7359a0ded37cd0ff0f3c829a5ae016733", birthday: 1, when: 1638446400,
		pw:   "dd76e7359a0ded37cd0ff0f3c829a5ae01673300000000000000000000000000",
		salt: "504f4c5953454544206b657900ffffff00000000010000000000000000000000",
	}
	polyseedSeed2 = polyseedSeed{
		secret: "5a2b02df7db21fcbe6ec6df137d54c7b20fd2b", birthday: 0x233, when: 3118651200,
		pw:   "5a2b02df7db21fcbe6ec6df137d54c7b20fd2b00000000000000000000000000",
		salt: "504f4c5953454544206b657900ffffff00000000330200000000000000000000",
	}
	// Seed 3 has the user feature 1 (enabled in that test) and is an
	// Aeon seed.
	polyseedSeed3 = polyseedSeed{
		secret: "67b936dfa4da6ae8d3b3cdb3b937f4027b0e3b", birthday: 0x3f7, features: 1, coin: 1, when: 4305268800,
		pw:   "67b936dfa4da6ae8d3b3cdb3b937f4027b0e3b00000000000000000000000000",
		salt: "504f4c5953454544206b657900ffffff01000000f70300000100000000000000",
	}
	polyseedTestMask = "544a8895ffc0451c9b8e281e182d0d73637d1bd7cb6eed8f8435b3138c0cf04e"
)

// polyseedEncodeTest builds the 16 codes of a seed, written from the
// format described in polyseed's README and gf.c.
func polyseedEncodeTest(t *testing.T, s polyseedSeed) []uint16 {
	t.Helper()
	secret, err := hex.DecodeString(s.secret)
	require.NoError(t, err)
	require.Len(t, secret, 19)
	var bits []uint16
	for i, b := range secret {
		top := 7
		if i == 18 {
			top = 5 // only the low 6 bits of the last byte
		}
		for k := top; k >= 0; k-- {
			bits = append(bits, uint16(b>>k&1))
		}
	}
	require.Len(t, bits, 150)
	extra := s.features<<10 | s.birthday
	c := make([]uint16, 16)
	for w := range 15 {
		var v uint16
		for _, b := range bits[10*w : 10*w+10] {
			v = v<<1 | b
		}
		c[1+w] = v<<1 | extra>>(14-w)&1
	}
	c[0] = polyseedResidue(c)
	c[1] ^= s.coin
	return c
}

// polyseedPhraseOf writes codes as words of lang.
func polyseedPhraseOf(t *testing.T, lang Language, codes []uint16) string {
	t.Helper()
	li := langIndex(lang)
	require.GreaterOrEqual(t, li, 0)
	code := polyseedData().code[li]
	inv := make([]uint16, len(code))
	for i, c := range code {
		inv[c] = uint16(i)
	}
	words := Wordlist(lang)
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = words[inv[c]]
	}
	return strings.Join(out, " ")
}

func TestPolyseedGF(t *testing.T) {
	// polyseed_mul2_table in src/gf.c: 2·x for x ≥ 1024 is
	// table[x%8] + 16·((x−1024)/8).
	table := [8]uint16{5, 7, 1, 3, 13, 15, 9, 11}
	for x := uint16(0); x < 2048; x++ {
		want := 2 * x
		if x >= 1024 {
			want = table[x%8] + 16*((x-1024)/8)
		}
		require.Equal(t, want, polyseedMul2(x), "x=%d", x)
	}
}

// TestPolyseedWordOrder checks that the sorted lists match polyseed's
// src/lang_*.c: SHA-256 of the NFKD words in polyseed's order joined by
// "\n", computed from tevador/polyseed at commit a0925fd.
func TestPolyseedWordOrder(t *testing.T) {
	want := map[Language]string{
		English:            "187db04a869dd9bc7be80d21a86497d692c0db6abd3aa8cb6be5d618ff757fae",
		Japanese:           "281f3fc812d05654f47a423c835d0d17cc6a43a245b7409d82cfd49818cde244",
		Korean:             "e7375c57574d3f2db755dedda43ff20d6166e2f0cad4c9618b6f7929b8b39aed",
		Spanish:            "19a7c41317872b40191f84143fd5ba2135814c5d7ec8a18044b0d1cd020ad849",
		French:             "b8caec12319d0ffb127c84e42c8866c86a54ac9951fe2cfbf902d35552c65e4f",
		Italian:            "ffefe450a4be8015d9c291d6ae305ab7e814e822113fa874268c3074af42b27e",
		Czech:              "cc18f87c58b4771227d57fae77e4ba4863da0cf5699f833af59e251dd2c74ba9",
		Portuguese:         "882265ece9ce1178b9fe47463d571dfa399c6fc7cb17895eb2767f1930c945eb",
		ChineseSimplified:  "106cc8387ac3fc7d44ca1072e30a0b27ed017b1d377501bb909c2833ef60c186",
		ChineseTraditional: "407312f9014543242bd157c255125a753ac60128fc15883a33b8685a9328b0cc",
	}
	for _, lang := range Languages() {
		t.Run(string(lang), func(t *testing.T) {
			code := polyseedData().code[langIndex(lang)]
			words := Wordlist(lang)
			ordered := make([]string, len(words))
			for i, w := range words {
				ordered[code[i]] = w
			}
			sum := sha256.Sum256([]byte(strings.Join(ordered, "\n")))
			assert.Equal(t, want[lang], hex.EncodeToString(sum[:]))
		})
	}
}

func TestPolyseedVectors(t *testing.T) {
	seed1 := polyseedCodes(English, mustPolyseed(t, polyseedEN1).indices)
	seed2 := polyseedCodes(Spanish, mustPolyseed(t, polyseedES1).indices)
	tests := []struct {
		name     string
		phrase   string
		lang     Language
		prefixes bool
		same     []uint16 // the codes it must decode to
		err      error
		unknown  int // position of the unknown word, with ErrUnknownWord
	}{
		{name: "en1", phrase: polyseedEN1, lang: English, same: seed1},
		{name: "en2 prefixes", phrase: polyseedEN2, lang: English, prefixes: true, same: seed1},
		{name: "en3 bad suffix", phrase: polyseedEN3, err: ErrUnknownWord, unknown: 0},
		{name: "en4 longer word", phrase: polyseedEN4, err: ErrUnknownWord, unknown: 3},
		{name: "en5 trailing space", phrase: polyseedEN5, lang: English, same: seed1},
		{name: "en upper case, odd spaces", phrase: "\t" + strings.ReplaceAll(strings.ToUpper(polyseedEN1), " ", "\u3000\n "), lang: English, same: seed1},
		{name: "es1", phrase: polyseedES1, lang: Spanish, same: seed2},
		{name: "es2 no accents", phrase: polyseedES2, lang: Spanish, prefixes: true, same: seed2},
		{name: "es3 prefixes", phrase: polyseedES3, lang: Spanish, prefixes: true, same: seed2},
		{name: "es4 bad suffix", phrase: polyseedES4, err: ErrUnknownWord, unknown: 0},
		{name: "es5 short prefix", phrase: polyseedES5, err: ErrUnknownWord, unknown: 4},
		{name: "es mult", phrase: polyseedESMult, lang: Spanish, prefixes: true},
		{name: "garbage1", phrase: "xxx xxx", err: ErrWordCount},
		{name: "garbage2", phrase: strings.Repeat("xxx ", 120), err: ErrWordCount},
		{name: "15 words", phrase: polyseedEN1[:strings.LastIndexByte(polyseedEN1, ' ')], err: ErrWordCount},
		{name: "17 words", phrase: polyseedEN1 + " raven", err: ErrWordCount},
		{name: "bip39 12 words", phrase: strings.Repeat("abandon ", 11) + "about", err: ErrWordCount},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := ValidatePolyseed(tc.phrase)
			if tc.err != nil {
				require.ErrorIs(t, err, tc.err)
				assert.True(t, p.IsZero())
				var uw *UnknownWordError
				if errors.As(err, &uw) {
					assert.Equal(t, tc.unknown, uw.Index)
				}
				return
			}
			require.NoError(t, err)
			assert.Equal(t, SchemePolyseed, p.Scheme())
			assert.Equal(t, tc.lang, p.Language())
			assert.Equal(t, tc.prefixes, p.Prefixes())
			assert.Equal(t, 16, p.Len())
			assert.Equal(t, "[16-word polyseed seed]", p.String())
			codes := polyseedCodes(p.Language(), p.indices)
			if tc.same != nil {
				assert.Equal(t, tc.same, codes)
			}
			coin, ok := polyseedValid(codes)
			assert.True(t, ok)
			assert.Equal(t, 0, coin, "all tests.c phrases are Monero seeds")
			// The normalised form validates again to the same seed.
			q, err := ValidatePolyseed(p.Reveal())
			require.NoError(t, err)
			assert.Equal(t, p.indices, q.indices)
			assert.False(t, q.Prefixes())
		})
	}
}

func mustPolyseed(t *testing.T, s string) Phrase {
	t.Helper()
	p, err := ValidatePolyseed(s)
	require.NoError(t, err)
	return p
}

// TestPolyseedSeeds rebuilds the seeds of tests.c from their secrets and
// checks the phrases, features, coins, birthdays and KDF inputs.
func TestPolyseedSeeds(t *testing.T) {
	mask, err := hex.DecodeString(polyseedTestMask)
	require.NoError(t, err)
	encrypted := func(s polyseedSeed) polyseedSeed {
		b, _ := hex.DecodeString(s.secret)
		for i := range b {
			b[i] ^= mask[i]
		}
		b[18] &= 0x3f
		s.secret = hex.EncodeToString(b)
		s.features ^= polyseedEncrypted
		s.pw, s.salt = "", ""
		return s
	}
	tests := []struct {
		name   string
		seed   polyseedSeed
		lang   Language
		phrase string // the phrase tests.c expects, if any
		ok     bool   // polyseed decodes it with no features enabled
	}{
		{name: "seed1", seed: polyseedSeed1, lang: English, phrase: polyseedEN1, ok: true},
		{name: "seed2", seed: polyseedSeed2, lang: Spanish, phrase: polyseedES1, ok: true},
		{name: "seed3 user feature, aeon", seed: polyseedSeed3, lang: English, ok: false},
		{name: "seed3 encrypted", seed: encrypted(polyseedSeed3), lang: English, ok: false},
		{name: "seed1 encrypted", seed: encrypted(polyseedSeed1), lang: English, ok: true},
		{name: "seed2 in czech", seed: polyseedSeed2, lang: Czech, ok: true},
		{name: "seed2 in japanese", seed: polyseedSeed2, lang: Japanese, ok: true},
		{name: "seed1 wownero", seed: func() polyseedSeed { s := polyseedSeed1; s.coin, s.pw, s.salt = 2, "", ""; return s }(), lang: English, ok: true},
		{name: "seed1 feature 2", seed: func() polyseedSeed { s := polyseedSeed1; s.features, s.pw, s.salt = 2, "", ""; return s }(), lang: English, ok: false},
		{name: "seed1 reserved feature 8", seed: func() polyseedSeed { s := polyseedSeed1; s.features, s.pw, s.salt = 8, "", ""; return s }(), lang: English, ok: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			codes := polyseedEncodeTest(t, tc.seed)
			phrase := polyseedPhraseOf(t, tc.lang, codes)
			if tc.phrase != "" {
				want := mustPolyseed(t, tc.phrase)
				assert.True(t, want.Reveal() == phrase, "encoded phrase differs from tests.c")
			}
			coin, ok := polyseedValid(codes)
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, int(tc.seed.coin), coin)
			assert.Equal(t, int(tc.seed.features), polyseedFeatures(codes))
			b := polyseedBirthday(codes)
			assert.Equal(t, time.Unix(polyseedEpoch+int64(tc.seed.birthday)*polyseedTimeStep, 0).UTC(), b)
			assert.LessOrEqual(t, b.Unix(), tc.seed.when)
			assert.Greater(t, b.Unix()+2630000, tc.seed.when)
			pw, salt := polyseedKDFInput(codes, coin)
			wantPW := tc.seed.secret + strings.Repeat("00", 13)
			assert.Equal(t, wantPW, hex.EncodeToString(pw))
			if tc.seed.salt != "" {
				assert.Equal(t, tc.seed.salt, hex.EncodeToString(salt))
			}
			p, err := ValidatePolyseed(phrase)
			if !tc.ok {
				assert.ErrorIs(t, err, ErrChecksum)
				assert.Nil(t, polyseedKey(codes))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.lang, p.Language())
			got, ok := polyseedValidLang(p.Language(), p.indices)
			assert.True(t, ok)
			assert.Equal(t, coin, got)
			assert.Len(t, polyseedKey(codes), 32)
		})
	}
	// tests.c: the English seed 1 phrase fails as an Aeon seed; here it
	// is reported as Monero, not Aeon.
	coin, ok := polyseedValidLang(English, mustPolyseed(t, polyseedEN1).indices)
	assert.True(t, ok)
	assert.Equal(t, 0, coin)
}

// TestPolyseedOneWordChanged: the code detects every single-word change
// for the same coin; a change can at most move the seed to one of the
// two other coins.
func TestPolyseedOneWordChanged(t *testing.T) {
	for _, tc := range []struct {
		phrase string
		lang   Language
	}{{polyseedEN1, English}, {polyseedES1, Spanish}} {
		p := mustPolyseed(t, tc.phrase)
		codes := polyseedCodes(tc.lang, p.indices)
		for _, coin := range []int{1, 2} {
			c := append([]uint16(nil), codes...)
			c[1] ^= uint16(coin)
			got, ok := polyseedValid(c)
			assert.True(t, ok)
			assert.Equal(t, coin, got)
		}
		for pos := range 16 {
			other := 0
			c := append([]uint16(nil), codes...)
			for v := uint16(0); v < 2048; v++ {
				if v == codes[pos] {
					continue
				}
				c[pos] = v
				if coin, ok := polyseedCoin(c); ok {
					require.NotEqual(t, 0, coin, "position %d", pos)
					other++
				}
			}
			assert.LessOrEqual(t, other, 2, "position %d", pos)
			if pos == 1 {
				// Word 2 is where the coin goes: its neighbour by the low
				// bits is the same seed for Aeon or Wownero.
				assert.Equal(t, 2, other)
			}

			// Another word: the code with its top bit flipped, which moves
			// the residue to no defined coin's.
			c = append([]uint16(nil), codes...)
			c[pos] ^= 1024
			_, err := ValidatePolyseed(polyseedPhraseOf(t, tc.lang, c))
			assert.ErrorIs(t, err, ErrChecksum, "position %d", pos)
		}
	}
}

// TestPolyseedChanceRate: random English sequences pass the Monero
// checksum about once in 2048 and the whole check (three coins, feature
// bits) about once in 11000.
func TestPolyseedChanceRate(t *testing.T) {
	const trials = 20000
	rng := rand.New(rand.NewPCG(16, 2048))
	words := Wordlist(English)
	idx := make([]uint16, 16)
	phrase := make([]string, 16)
	checksum, valid := 0, 0
	for range trials {
		for i := range idx {
			idx[i] = uint16(rng.IntN(2048))
			phrase[i] = words[idx[i]]
		}
		if polyseedResidue(idx) == 0 {
			checksum++
		}
		_, err := ValidatePolyseed(strings.Join(phrase, " "))
		if err == nil {
			valid++
		} else {
			require.ErrorIs(t, err, ErrChecksum)
		}
	}
	t.Logf("of %d random sequences: %d pass the Monero checksum, %d validate", trials, checksum, valid)
	assert.Less(t, checksum, 40)
	assert.Greater(t, checksum, 0)
	assert.Less(t, valid, 40)
	assert.LessOrEqual(t, valid, checksum*3)
}

func TestPolyseedBadInput(t *testing.T) {
	assert.False(t, func() bool { _, ok := polyseedValid(nil); return ok }())
	assert.False(t, func() bool { _, ok := polyseedValid(make([]uint16, 15)); return ok }())
	bad := make([]uint16, 16)
	bad[3] = 2048
	assert.False(t, func() bool { _, ok := polyseedValid(bad); return ok }())
	assert.Nil(t, polyseedCodes(Language("klingon"), make([]uint16, 16)))
	assert.Equal(t, 0, polyseedFeatures(nil))
	assert.True(t, polyseedBirthday(nil).IsZero())
	// All zero codes: checksum holds for Monero, no features, birthday at
	// the epoch.
	zero := make([]uint16, 16)
	coin, ok := polyseedValid(zero)
	assert.True(t, ok)
	assert.Equal(t, 0, coin)
	assert.Equal(t, time.Date(2021, 11, 1, 12, 0, 0, 0, time.UTC), polyseedBirthday(zero))
}

func FuzzValidatePolyseed(f *testing.F) {
	for _, s := range []string{polyseedEN1, polyseedEN2, polyseedEN3, polyseedES1, polyseedES3, polyseedESMult,
		"xxx xxx", strings.Repeat("abandon ", 16), "\xff\xfe invalid utf8"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ValidatePolyseed(s)
		if err != nil {
			if !p.IsZero() {
				t.Fatal("error with a phrase")
			}
			return
		}
		if p.Len() != 16 || p.Scheme() != SchemePolyseed {
			t.Fatalf("bad phrase: %d words, scheme %q", p.Len(), p.Scheme())
		}
		if _, ok := polyseedValidLang(p.Language(), p.indices); !ok {
			t.Fatal("returned phrase is not valid")
		}
		if _, err := ValidatePolyseed(p.Reveal()); err != nil {
			t.Fatalf("normalized form does not validate: %v", err)
		}
	})
}
