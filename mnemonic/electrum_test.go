package mnemonic

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// electrumUnicodeHorror is the passphrase of Electrum's tests
// (tests/test_wallet_vertical.py, UNICODE_HORROR_HEX).
const electrumUnicodeHorrorHex = "e282bf20f09f988020f09f98882020202020e3818620e38191e3819fe381be20e3828fe3828b2077cda2cda2cd9d68cda16fcda2cda120ccb8cda26bccb5cd9f6eccb4cd98c7ab77ccb8cc9b73cd9820cc80cc8177cd98cda2e1b8a9ccb561d289cca1cda27420cca7cc9568cc816fccb572cd8fccb5726f7273cca120ccb6cda1cda06cc4afccb665cd9fcd9f20ccb6cd9d696ecda220cd8f74cc9568ccb7cca1cd9f6520cd9fcd9f64cc9b61cd9c72cc95cda16bcca2cca820cda168ccb465cd8f61ccb7cca2cca17274cc81cd8f20ccb4ccb7cda0c3b2ccb5ccb666ccb82075cca7cd986ec3adcc9bcd9c63cda2cd8f6fccb7cd8f64ccb8cda265cca1cd9d3fcd9e"

func unhex(t *testing.T, s string) string {
	b, err := hex.DecodeString(s)
	require.NoError(t, err)
	return string(b)
}

// TestElectrumVectors runs the seed vectors of Electrum's test suite
// (spesmilo/electrum tests/test_mnemonic.py, SEED_TEST_CASES): seed type,
// language and the BIP-32 seed, with and without a passphrase.
func TestElectrumVectors(t *testing.T) {
	const (
		en  = "wild father tree among universe such mobile favorite target dynamic credit identify"
		ja  = "e381aae381aee3818b20e381b2e3828de3818420e38197e381aae3829320e381bee381aae381b5e3829920e381a4e381b5e38299e3819920e38195e3818be38299e3819920e3818ae38197e38283e3828c20e3818be3828fe3818f20e3818ae38184e3818be38191e3828b20e38191e38195e3818d20e3818be38184e381a8e3818620e38195e3819fe38293"
		zh  = "e79cbc20e682b220e58f9b20e694b920e88a8220e8b78320e8a1a120e5938d20e7968620e882a120e9818220e586ac"
		es  = "616c6d69cc8162617220746962696f20737570657261722076656e63657220686163686120706561746fcc816e20707269cc816e63697065206d6174617220636f6e73656a6f20706f6c656e2076656869cc8163756c6f206f6469736561"
		es2 = "65717569706f20666961722061756765206c616e676f7374612068616368612063616c6f72207472616e63652063756272697220636172726f2070756c6d6fcc816e206f726f2061cc81737065726f"
		es3 = "76696472696f206a61626fcc816e206d756573747261207061cc816a61726f206361707563686120656c756469722066656c697a20726f74617220666f676174612070657a2072657a6172206f69cc8172"
	)
	tests := []struct {
		name, wordsHex, passHex, seed string
		lang                          Language
		scheme                        Scheme
	}{
		{"english", hex.EncodeToString([]byte(en)), "", "aac2a6302e48577ab4b46f23dbae0774e2e62c796f797d0a1b5faeb528301e3064342dafb79069e7c4c6b8c38ae11d7a973bec0d4f70626f8cc5184a8d0b0756", English, SchemeElectrumSegwit},
		{"english_with_passphrase", hex.EncodeToString([]byte(en)), hex.EncodeToString([]byte("Did you ever hear the tragedy of Darth Plagueis the Wise?")), "4aa29f2aeb0127efb55138ab9e7be83b36750358751906f86c662b21a1ea1370f949e6d1a12fa56d3d93cadda93038c76ac8118597364e46f5156fde6183c82f", English, SchemeElectrumSegwit},
		{"japanese", ja, "", "d3eaf0e44ddae3a5769cb08a26918e8b308258bcb057bb704c6f69713245c0b35cb92c03df9c9ece5eff826091b4e74041e010b701d44d610976ce8bfb66a8ad", Japanese, SchemeElectrumStandard},
		{"japanese_with_passphrase", ja, electrumUnicodeHorrorHex, "251ee6b45b38ba0849e8f40794540f7e2c6d9d604c31d68d3ac50c034f8b64e4bc037c5e1e985a2fed8aad23560e690b03b120daf2e84dceb1d7857dda042457", Japanese, SchemeElectrumStandard},
		{"chinese", zh, "", "0b9077db7b5a50dbb6f61821e2d35e255068a5847e221138048a20e12d80b673ce306b6fe7ac174ebc6751e11b7037be6ee9f17db8040bb44f8466d519ce2abf", ChineseSimplified, SchemeElectrumSegwit},
		{"chinese_with_passphrase", zh, "e7bb99e68891e4b880e4ba9be6b58be8af95e59091e9878fe8b0b7e6ad8c", "6c03dd0615cf59963620c0af6840b52e867468cc64f20a1f4c8155705738e87b8edb0fc8a6cee4085776cb3a629ff88bb1a38f37085efdbf11ce9ec5a7fa5f71", ChineseSimplified, SchemeElectrumSegwit},
		{"spanish", es, "", "18bffd573a960cc775bbd80ed60b7dc00bc8796a186edebe7fc7cf1f316da0fe937852a969c5c79ded8255cdf54409537a16339fbe33fb9161af793ea47faa7a", Spanish, SchemeElectrumStandard},
		{"spanish_with_passphrase", es, "6172616ecc83612064696669cc8163696c20736f6c7563696fcc816e207465cc81726d696e6f206361cc817263656c", "363dec0e575b887cfccebee4c84fca5a3a6bed9d0e099c061fa6b85020b031f8fe3636d9af187bf432d451273c625e20f24f651ada41aae2c4ea62d87e9fa44c", Spanish, SchemeElectrumStandard},
		{"spanish2", es2, "", "001ebce6bfde5851f28a0d44aae5ae0c762b600daf3b33fc8fc630aee0d207646b6f98b18e17dfe3be0a5efe2753c7cdad95860adbbb62cecad4dedb88e02a64", Spanish, SchemeElectrumSegwit},
		{"spanish3", es3, "c2a1566976612045737061c3b16121207265706974656e207665696e746520707565626c6f73207920616c206861626c61722064616e2066652064656c20c3a16e696d6f2065737061c3b16f6c2e2e2e20c2a14d61727175656e20617261646f206d617274696c6c6f207920636c6172c3ad6e", "c274665e5453c72f82b8444e293e048d700c59bf000cacfba597629d202dcf3aab1cf9c00ba8d3456b7943428541fed714d01d8a0a4028fc3a9bb33d981cb49f", Spanish, SchemeElectrumSegwit},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			words := unhex(t, tc.wordsHex)
			p, err := ValidateElectrum(words)
			require.NoError(t, err)
			assert.Equal(t, tc.scheme, p.Scheme())
			assert.Equal(t, tc.lang, p.Language())
			assert.Equal(t, 12, p.Len())
			assert.Equal(t, tc.seed, hex.EncodeToString(p.Seed(unhex(t, tc.passHex))))
			q, ok := electrumPhrase(strings.Fields(words))
			require.True(t, ok)
			assert.Equal(t, fp(p.Reveal()), fp(q.Reveal()))
			src, ok := Public(p)
			assert.True(t, ok)
			assert.Equal(t, "Electrum test vector", src)
		})
	}
}

// TestElectrumSeedTypes checks the seed types of Electrum's test suite
// (tests/test_mnemonic.py Test_seeds.mnemonics, and the seeds of
// tests/test_wallet_vertical.py test_electrum_seed_*). Electrum's seeds
// of one to three characters or words ("x8", "agree install") are below
// the 12 words taken here.
func TestElectrumSeedTypes(t *testing.T) {
	cell := "cell dumb heartbeat north boom tease "
	tests := []struct {
		seed string
		want Scheme // a scheme, "old" or ""
	}{
		{cell + "ship baby bright kingdom rare squeeze", "old"},
		{strings.Repeat(cell, 4), "old"},
		{cell + "ship baby bright kingdom rare badword", ""},
		{"cElL DuMb hEaRtBeAt nOrTh bOoM TeAsE ShIp bAbY BrIgHt kInGdOm rArE SqUeEzE", "old"},
		{"   cElL  DuMb hEaRtBeAt nOrTh bOoM  TeAsE ShIp    bAbY BrIgHt kInGdOm rArE SqUeEzE   ", "old"},
		{"hurry idiot prefer sunset mention mist jaw inhale impossible kingdom rare squeeze", "old"},
		{"cram swing cover prefer miss modify ritual silly deliver chunk behind inform able", SchemeElectrumStandard},
		{"cram swing cover prefer miss modify ritual silly deliver chunk behind inform", ""},
		{"ostrich security deer aunt climb inner alpha arm mutual marble solid task", SchemeElectrumStandard},
		{"OSTRICH SECURITY DEER AUNT CLIMB INNER ALPHA ARM MUTUAL MARBLE SOLID TASK", SchemeElectrumStandard},
		{"   oStRiCh sEcUrItY DeEr aUnT ClImB       InNeR AlPhA ArM MuTuAl mArBlE   SoLiD TaSk  ", SchemeElectrumStandard},
		{"science dawn member doll dutch real can brick knife deny drive list", SchemeElectrum2FA},
		{"science dawn member doll dutch real ca brick knife deny drive list", ""},
		{" sCience dawn   member doll Dutch rEAl can brick knife deny drive  lisT", SchemeElectrum2FA},
		{"bind clever room kidney crucial sausage spy edit canvas soul liquid ribbon slam open alpha suffer gate relax voice carpet law hill woman tonight abstract", SchemeElectrum2FA},
		{"  bInd cLEveR    room kidney crucial sausage spy edit canvas soul liquid ribbon SLAM open alpha suffer gate relax voice carpet law hill woman tonight abstract ", SchemeElectrum2FA},
		{"sibling leg cable timber patient foot occur plate travel finger chef scale radio citizen promote immune must chef fluid sea sphere common acid lab", SchemeElectrum2FA},
		{"frost pig brisk excite novel report camera enlist axis nation novel desert", SchemeElectrumSegwit},
		{"  fRoSt pig brisk excIte novel rePort CamEra enlist axis nation nOVeL dEsert ", SchemeElectrumSegwit},
		{"cycle rocket west magnet parrot shuffle foot correct salt library feed song", SchemeElectrumStandard},
		{"bitter grass shiver impose acquire brush forget axis eager alone wine silver", SchemeElectrumSegwit},
		{"kiss live scene rude gate step hip quarter bunker oxygen motor glove", SchemeElectrum2FA},
		{"universe topic remind silver february ranch shine worth innocent cattle enhance wise", SchemeElectrum2FASegwit},
		{"abandon bike", ""},
		{"agree install", ""},
	}
	for i, tc := range tests {
		p, err := ValidateElectrum(tc.seed)
		switch tc.want {
		case "":
			assert.Error(t, err, "case %d (%s)", i, fp(tc.seed))
		case "old":
			// Old words outside the BIP-39 English list are unknown here;
			// either way it is no 2.x seed.
			assert.Error(t, err, "case %d (%s)", i, fp(tc.seed))
			assert.True(t, electrumOldShaped(electrumNormalize(tc.seed)), "case %d (%s)", i, fp(tc.seed))
		default:
			if assert.NoError(t, err, "case %d (%s)", i, fp(tc.seed)) {
				assert.Equal(t, tc.want, p.Scheme(), "case %d (%s)", i, fp(tc.seed))
				assert.Equal(t, English, p.Language())
				assert.Equal(t, len(strings.Fields(tc.seed)), p.Len())
				_, ok := Public(p)
				assert.True(t, ok, "case %d (%s) is public", i, fp(tc.seed))
			}
		}
	}
}

// TestElectrum2FAWordCount: the 2FA prefix makes a seed only with 12
// words or 20 and more (Electrum's calc_seed_type).
func TestElectrum2FAWordCount(t *testing.T) {
	for _, n := range []int{12, 13, 19, 20, 24, 25} {
		norm := ""
		rng := rand.New(rand.NewPCG(uint64(n), 7))
		list := Wordlist(English)
		for {
			w := randomWords(rng, list, n)
			s := strings.Join(w, " ")
			m := electrumScheme(s, 12)
			if m == SchemeElectrum2FA {
				norm = s
				break
			}
		}
		want := Scheme("")
		if n == 12 || n >= 20 {
			want = SchemeElectrum2FA
		}
		assert.Equal(t, want, electrumScheme(norm, n), "%d words", n)
	}
}

func TestElectrumNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  AbC\t\tDÉF \n", "abc def"},
		{"Almíbar  PEATÓN", "almibar peaton"},
		{"眼 悲  叛\u3000改", "眼悲叛改"},
		{"a 眼 悲 b", "a 眼悲 b"},
		{"ぶ ば", "ふは"},
		{"ΟΔΟΣ ΟΔΟΣ.", "οδος οδος."},
		{"x\x1cy", "x y"},
		{"", ""},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, electrumNormalize(tc.in), "%q", tc.in)
	}
}

// makeElectrumSeed makes a seed the way Electrum's Mnemonic.make_seed
// does: random entropy of 132 bits rounded up to whole words, written
// little-endian in base len(list), then counted up until the version
// prefix matches, skipping old seeds and valid BIP-39 phrases of the same
// list. Generated here: never a real wallet's seed.
func makeElectrumSeed(t *testing.T, rng *rand.Rand, lang Language, scheme Scheme) []string {
	list := data().electrum[electrumLangIndex(lang)]
	n := big.NewInt(int64(len(list)))
	bpw := math.Log2(float64(len(list)))
	numBits := int(math.Ceil(132/bpw) * bpw)
	// low = 2^(numBits-bpw), as Python's float pow gives it.
	e := float64(numBits) - bpw
	low, _ := new(big.Float).SetMantExp(big.NewFloat(math.Pow(2, e-math.Floor(e))), int(math.Floor(e))).Int(nil)
	for range 20 {
		entropy := new(big.Int)
		for entropy.Cmp(low) < 0 {
			b := make([]byte, (numBits+7)/8)
			for i := range b {
				b[i] = byte(rng.UintN(256))
			}
			entropy.SetBytes(b)
			entropy.Rsh(entropy, uint(len(b)*8-numBits))
		}
		for nonce := int64(1); nonce < 100000; nonce++ {
			i := new(big.Int).Add(entropy, big.NewInt(nonce))
			var words []string
			r := new(big.Int)
			for i.Sign() > 0 {
				i.QuoRem(i, n, r)
				words = append(words, list[r.Int64()])
			}
			s := strings.Join(words, " ")
			norm := electrumNormalize(s)
			if electrumOldShaped(norm) {
				continue
			}
			if q, err := Validate(s); err == nil && q.Language() == lang {
				continue
			}
			if got := electrumScheme(norm, len(words)); got != "" {
				if got == scheme {
					return words
				}
				if hexPrefix(norm, scheme) {
					break // a 2FA prefix on 13–19 words: Electrum gives up, so do we
				}
			}
		}
	}
	t.Fatal("no seed found")
	return nil
}

func hexPrefix(normalized string, scheme Scheme) bool {
	for _, p := range electrumPrefixes {
		if p.scheme == scheme {
			return electrumScheme(normalized, 12) == scheme
		}
	}
	return false
}

// TestElectrumGenerated round-trips generated seeds of every list and
// type through ValidateElectrum and electrumPhrase.
func TestElectrumGenerated(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	schemes := []Scheme{SchemeElectrumStandard, SchemeElectrumSegwit, SchemeElectrum2FA, SchemeElectrum2FASegwit}
	for _, lang := range ElectrumLanguages() {
		for _, scheme := range schemes {
			if lang == ElectrumPortuguese && scheme == SchemeElectrum2FA {
				// make_seed writes 13 Portuguese words almost always, and
				// the 2FA prefix needs 12 (Electrum makes 2FA seeds in
				// English only).
				continue
			}
			t.Run(string(lang)+"/"+string(scheme), func(t *testing.T) {
				w := makeElectrumSeed(t, rng, lang, scheme)
				s := strings.Join(w, " ")
				msg := fp(s)
				if lang == ElectrumPortuguese {
					assert.Contains(t, []int{12, 13}, len(w), msg)
				} else {
					assert.Len(t, w, 12, msg)
				}
				p, ok := electrumPhrase(w)
				require.True(t, ok, msg)
				assert.Equal(t, scheme, p.Scheme(), msg)
				assert.Equal(t, lang, p.Language(), msg)
				assert.Equal(t, len(w), p.Len(), msg)
				assert.Equal(t, fp(s), fp(p.Reveal()), msg)
				assert.Len(t, p.Seed(""), 64)
				assert.Nil(t, p.RevealEntropy())
				_, public := Public(p)
				assert.False(t, public, msg)

				// Odd case and spacing.
				q, err := ValidateElectrum("  " + strings.ToUpper(strings.Join(w, " \t ")) + "\n")
				require.NoError(t, err, msg)
				assert.Equal(t, fp(s), fp(q.Reveal()), msg)
				assert.Equal(t, scheme, q.Scheme(), msg)
				// Without accents: the same seed.
				r, err := ValidateElectrum(stripMarks(s))
				require.NoError(t, err, msg)
				assert.Equal(t, hex.EncodeToString(p.Seed("x")), hex.EncodeToString(r.Seed("x")), msg)
				if lang == ChineseSimplified {
					g, err := ValidateElectrum(strings.Join(w, ""))
					require.NoError(t, err, msg)
					assert.Equal(t, fp(s), fp(g.Reveal()), msg)
				}
				// One word changed: almost never still a seed of this type.
				bad := append([]string(nil), w...)
				list := data().electrum[electrumLangIndex(lang)]
				bad[3] = list[(int(p.indices[3])+1)%len(list)]
				if b, ok := electrumPhrase(bad); ok {
					assert.NotEqual(t, fp(s), fp(b.Reveal()), msg)
				}
			})
		}
	}
}

func TestElectrumRejects(t *testing.T) {
	_, err := ValidateElectrum("abandon abandon")
	assert.ErrorIs(t, err, ErrWordCount)
	_, err = ValidateElectrum(strings.Repeat("zoo ", 26))
	assert.ErrorIs(t, err, ErrWordCount)
	_, err = ValidateElectrum("wild father tree among universe such mobile favorite target dynamic credit qwxyz")
	var uw *UnknownWordError
	require.ErrorAs(t, err, &uw)
	assert.Equal(t, 11, uw.Index)
	// Words of two lists in one seed.
	_, err = ValidateElectrum("wild father tree among universe such mobile favorite target dynamic credit 眼")
	assert.ErrorIs(t, err, ErrUnknownWord)
	// Repetitive: fewer than half the words distinct.
	rng := rand.New(rand.NewPCG(5, 6))
	list := Wordlist(English)
	found := false
	for range 100000 {
		w := make([]string, 12)
		for i := range w {
			w[i] = list[rng.IntN(5)]
		}
		if electrumScheme(strings.Join(w, " "), 12) != "" && !electrumOldShaped(strings.Join(w, " ")) {
			_, ok := electrumPhrase(w)
			assert.False(t, ok)
			_, err := ValidateElectrum(strings.Join(w, " "))
			assert.ErrorIs(t, err, errElectrumRepetitive)
			found = true
			break
		}
	}
	assert.True(t, found)
}

// TestElectrumTables: every word of every Electrum list, with and without
// its accents, carries its list's bit, reaches the quick filter and fits
// maxASCII.
func TestElectrumTables(t *testing.T) {
	tb := data()
	require.Len(t, tb.electrum[electrumLangIndex(ElectrumPortuguese)], 1626)
	for li, lang := range electrumLists {
		list := tb.electrum[li]
		if lang != ElectrumPortuguese {
			assert.Equal(t, Wordlist(lang), list, "%s is the BIP-39 list", lang)
		}
		for i, w := range list {
			for _, k := range []string{w, stripMarks(w)} {
				e := tb.lookup[k]
				require.NotNil(t, e, "%s word %d", lang, i)
				assert.NotZero(t, e.electrum&(1<<li), "%s word %d", lang, i)
				if isASCII(k) {
					assert.True(t, tb.quickHasHash(hashToken(k)), "%s word %d", lang, i)
					assert.LessOrEqual(t, len(k), tb.maxASCII)
				}
			}
			assert.Equal(t, uint16(i), tb.electrumIndex[li][w])
		}
	}
}

func TestElectrumFind(t *testing.T) {
	rng := rand.New(rand.NewPCG(31, 32))
	for _, scheme := range []Scheme{SchemeElectrumSegwit, SchemeElectrumStandard, SchemeElectrum2FA} {
		w := makeElectrumSeed(t, rng, English, scheme)
		ms := Find([]byte("notes:\n" + strings.Join(w, " ") + "\n"))
		require.Len(t, ms, 1, fp(strings.Join(w, " ")))
		assert.Equal(t, scheme, ms[0].Phrase.Scheme())
		assert.Equal(t, 2, ms[0].StartLine)
	}
}

func FuzzValidateElectrum(f *testing.F) {
	f.Add("wild father tree among universe such mobile favorite target dynamic credit identify")
	f.Add("眼悲叛改节跃衡响疆股遂冬")
	f.Add("ALMIBAR tibio superar vencer hacha peatón príncipe matar consejo polen vehículo odisea")
	f.Add("\xff\xfe invalid utf8 \u0301\u0301")
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ValidateElectrum(s)
		_ = electrumNormalize(s)
		if err != nil {
			if !p.IsZero() {
				t.Fatal("error with a phrase")
			}
			return
		}
		if !utf8.ValidString(p.Reveal()) {
			t.Fatal("normalized form is not UTF-8")
		}
		q, err := ValidateElectrum(p.Reveal())
		if err != nil || q.Scheme() != p.Scheme() {
			t.Fatalf("normalized form does not validate: %v", err)
		}
		if errors.Is(err, ErrChecksum) {
			t.Fatal("unreachable")
		}
	})
}

// TestFindElectrumInsideSentence: an Electrum seed in the middle of a
// note's line, a list word before it, is found as a BIP-39 phrase is:
// when no other window of the list words passes (until 2026-12-02 a
// window of an Electrum seed needed punctuation or a line break on both
// sides).
func TestFindElectrumInsideSentence(t *testing.T) {
	rng := rand.New(rand.NewPCG(71, 72))
	found, ambiguous := 0, 0
	for i := range 40 {
		scheme := []Scheme{SchemeElectrumSegwit, SchemeElectrumStandard}[i%2]
		words := makeElectrumSeed(t, rng, English, scheme)
		text := "pls save " + strings.Join(words, " ") + " thx\n"
		all := append([]string{"save"}, words...)
		other := false
		for _, w := range [][]string{all[:12], all[:13]} {
			s := strings.Join(w, " ")
			if _, err := ValidateElectrum(s); err == nil {
				other = true
			}
			if _, err := Validate(s); err == nil {
				other = true
			}
		}
		// "save" is a note word (noteWords): a seed whose first word is
		// one too cannot be told from a reading cut into the note.
		if other || noteWords[indexIn(Wordlist(English), words[0])] {
			ambiguous++
			continue
		}
		ms := Find([]byte(text))
		require.Len(t, ms, 1, "sample %d", i)
		assert.Equal(t, fp(strings.Join(words, " ")), fp(ms[0].Phrase.Reveal()), "sample %d", i)
		assert.Equal(t, scheme, ms[0].Phrase.Scheme(), "sample %d", i)
		found++
	}
	t.Logf("found %d, ambiguous %d", found, ambiguous)
	assert.GreaterOrEqual(t, found, 36)
}

// TestFindElectrumBesideNote: an Electrum seed with a note beside it on
// its line ("<seed> keep this safe", "never share this <seed>") is found
// as a BIP-39 phrase is; until 2026-12-02 the note's words were taken for
// words of a longer unit and none of the three layouts gave the seed
// (0 of 30 generated samples).
func TestFindElectrumBesideNote(t *testing.T) {
	rng := rand.New(rand.NewPCG(81, 82))
	layouts := []string{"%s keep this safe\n", "never share this %s\n", "seed: %s Please keep this safe\n"}
	found, skipped := 0, 0
	for i := range 60 {
		scheme := []Scheme{SchemeElectrumStandard, SchemeElectrumSegwit}[i%2]
		words := makeElectrumSeed(t, rng, English, scheme)
		list := Wordlist(English)
		if noteWords[indexIn(list, words[0])] || noteWords[indexIn(list, words[len(words)-1])] {
			skipped++ // cannot be told from a reading cut into the note
			continue
		}
		text := fmt.Sprintf(layouts[i%len(layouts)], strings.Join(words, " "))
		ms := Find([]byte(text))
		if len(ms) == 1 && fp(ms[0].Phrase.Reveal()) == fp(strings.Join(words, " ")) {
			found++
		}
	}
	t.Logf("found %d of %d (%d skipped)", found, 60-skipped, skipped)
	assert.GreaterOrEqual(t, found, 60-skipped-1)
}

// TestFindElectrumNoTrailer: twelve words and a trailer past a blank line
// ("end", a list word) that make an Electrum seed of 13 words are no seed:
// until 2026-12-02 the 13-word window was read across the blank line.
func TestFindElectrumNoTrailer(t *testing.T) {
	rng := rand.New(rand.NewPCG(83, 84))
	list := Wordlist(English)
	for range 2 {
		var words []string
		for {
			words = append(randomWords(rng, list, 12), "end")
			if p, err := ValidateElectrum(strings.Join(words, " ")); err == nil && electrumGenerated(p) {
				if _, err := ValidateElectrum(strings.Join(words[:12], " ")); err != nil {
					if _, err := Validate(strings.Join(words[:12], " ")); err != nil {
						break
					}
				}
			}
		}
		text := "notes\n\nseed: " + strings.Join(words[:12], " ") + "\n\nend\n"
		assert.Empty(t, Find([]byte(text)))
	}
}

// TestFindElectrumThirteenNamed: a segwit seed of 13 English words, which
// Electrum's generators never wrote but Electrum takes when typed in, is
// read when the text before it names Electrum, and only then.
func TestFindElectrumThirteenNamed(t *testing.T) {
	rng := rand.New(rand.NewPCG(85, 86))
	list := Wordlist(English)
	var words []string
	for {
		words = randomWords(rng, list, 13)
		p, err := ValidateElectrum(strings.Join(words, " "))
		if err == nil && p.Scheme() == SchemeElectrumSegwit && !electrumGenerated(p) {
			break
		}
	}
	seed := strings.Join(words, " ")
	for _, text := range []string{
		"old electrum (13 words): " + seed + "\n",
		`{"from": "Min", "text": "Electrum seed: ` + seed + `"}` + "\n",
		"Electrum\n\n" + seed + "\n",
	} {
		ms := Find([]byte(text))
		require.Len(t, ms, 1, text)
		assert.Equal(t, SchemeElectrumSegwit, ms[0].Phrase.Scheme())
		assert.Equal(t, strings.Index(text, seed), ms[0].Start)
	}
	for _, text := range []string{seed + "\n", "seed: " + seed + "\n", "wallet words: " + seed + "\n"} {
		assert.Empty(t, Find([]byte(text)), text)
	}
}

// TestFindElectrumUnderHeading: a seed written a word a line under a
// heading of a label word or two ("Electrum seed", a note's title) is
// read without the heading, as it is after a colon.
func TestFindElectrumUnderHeading(t *testing.T) {
	rng := rand.New(rand.NewPCG(85, 86))
	for i, heading := range []string{"Electrum seed\n", "Wallet backup\n", "<div>Electrum seed</div>"} {
		words := makeElectrumSeed(t, rng, English, []Scheme{SchemeElectrumStandard, SchemeElectrumSegwit}[i%2])
		sep := "\n"
		if strings.HasPrefix(heading, "<") {
			sep = "</div><div>"
		}
		text := heading + strings.Join(words, sep) + "\n"
		if sep != "\n" {
			text = "<html><body>" + heading + "<div>" + strings.Join(words, sep) + "</div></body></html>"
		}
		ms := Find([]byte(text))
		require.Len(t, ms, 1, heading)
		assert.True(t, fp(ms[0].Phrase.Reveal()) == fp(strings.Join(words, " ")), heading)
	}
}

// TestFindElectrumInJoinedLiterals: an Electrum seed a program keeps in
// string literals it joins into one ("…" + newline + "+ …", PHP's '.',
// C's literals side by side) is read whole, as a BIP-39 phrase is
// (corpus 217: a C# test); literals that a comma lists apart are not
// joined.
func TestFindElectrumInJoinedLiterals(t *testing.T) {
	rng := rand.New(rand.NewPCG(219, 220))
	for range 5 {
		w := makeElectrumSeed(t, rng, English, SchemeElectrumSegwit)
		norm := strings.Join(w, " ")
		a, b, c := strings.Join(w[:4], " "), strings.Join(w[4:8], " "), strings.Join(w[8:], " ")
		for _, tc := range []struct {
			name, text string
			want       bool
		}{
			{"C# plus before", "string seed = \"" + a + " \"\n            + \"" + b + " \"\n            + \"" + c + "\";\n", true},
			{"Java plus after", "String seed = \"" + a + " \" +\n    \"" + b + " \" +\n    \"" + c + "\";\n", true},
			{"PHP dot", "$seed = '" + a + " ' . '" + b + " ' . '" + c + "';\n", true},
			{"C side by side", "static const char *seed =\n    \"" + a + " \"\n    \"" + b + " \"\n    \"" + c + "\";\n", true},
			{"a list", "words = [\"" + a + "\", \"" + b + "\", \"" + c + "\"]\n", false},
		} {
			var got []string
			for _, m := range Find([]byte(tc.text)) {
				got = append(got, m.Phrase.Reveal())
			}
			assert.Equal(t, tc.want, slices.Contains(got, norm), tc.name) // the name: the text holds the seed
		}
	}
}

// TestFindValuesUnderKeys: a command's seed on one line and, on the lines
// under it, another phrase assigned to a variable named by a list word
// ("$seed = \"…`", PowerShell's continued lines; corpus 215) are two
// values: each is read.
func TestFindValuesUnderKeys(t *testing.T) {
	rng := rand.New(rand.NewPCG(215, 216))
	for range 5 {
		e := strings.Join(makeElectrumSeed(t, rng, English, SchemeElectrumStandard), " ")
		fx := newFixture(t, rng, English, 12)
		for _, name := range []string{"$seed", "$phrase", "phrase"} {
			text := "node .\\arb.js\r\n& \"C:\\Program Files (x86)\\Electrum\\electrum-4.5.3.exe\" restore \"" + e + "\"\r\n" +
				name + " = \"" + strings.Join(fx.words[:4], " ") + " `\r\n" + strings.Join(fx.words[4:8], " ") + " `\r\n" + strings.Join(fx.words[8:], " ") + "\"\r\nnode -e \"x\" $seed\r\n"
			var got []string
			for _, m := range Find([]byte(text)) {
				got = append(got, m.Phrase.Reveal())
			}
			assert.Contains(t, got, e, name)
			assert.Contains(t, got, fx.norm, name)
		}
	}
}

// TestFindPhrasesOverLinesInTurn: phrases one after another, each over
// whole lines of its own (one on a line over one wrapped 4/4/4; corpus
// 215), or a sheet's grid over a row of a label's cell and a phrase
// (corpus 229), are each read; until 2026-12-06 neither was, or only the
// first, their words read as one run. (Two wrapped alike, 6/6 and 6/6,
// are rows of a table.)
func TestFindPhrasesOverLinesInTurn(t *testing.T) {
	rng := rand.New(rand.NewPCG(2150, 2151))
	lines := func(words []string, per int) string {
		var b strings.Builder
		for i := 0; i < len(words); i += per {
			b.WriteString(strings.Join(words[i:i+per], " ") + "\n")
		}
		return b.String()
	}
	for range 10 {
		a, b := newFixture(t, rng, English, 12), newFixture(t, rng, English, 12)
		if slices.ContainsFunc(Find([]byte(a.norm+" "+b.norm)), func(m Match) bool { return m.Phrase.Len() == 24 }) {
			continue // the 24 words are a phrase by chance too
		}
		for _, text := range []string{
			lines(a.words, 12) + lines(b.words, 4),
			lines(a.words, 4) + lines(b.words, 12),
		} {
			var got []string
			for _, m := range Find([]byte(text)) {
				got = append(got, m.Phrase.Reveal())
			}
			assert.ElementsMatch(t, []string{a.norm, b.norm}, got)
		}
	}
	// A sheet's grid of 24 words under its heading, then a row that holds
	// a label's cell and a phrase of 12 in one cell (corpus 229).
	for range 10 {
		g, p := newFixture(t, rng, English, 24), newFixture(t, rng, English, 12)
		if slices.ContainsFunc(Find([]byte(g.norm+" "+p.norm)), func(m Match) bool { return m.Phrase.Len() > 24 }) {
			continue
		}
		var b strings.Builder
		b.WriteString("Recovery seed (Ledger) - read left to right\n")
		for i := 0; i < 24; i += 4 {
			b.WriteString(strings.Join(g.words[i:i+4], "\t") + "\n")
		}
		b.WriteString("Trezor One\t" + strings.Join(p.words, ", ") + "\n")
		var got []string
		for _, m := range Find([]byte(b.String())) {
			got = append(got, m.Phrase.Reveal())
		}
		assert.ElementsMatch(t, []string{g.norm, p.norm}, got, "a grid over a labelled row")
	}
}

// TestLineGroupsInVerse: a song's or a poem's lines of list words, of
// lengths as they please (6, 8, 6 and 6), give no phrases of groups of
// them (corpus 219: two stanza halves passed, one read by its columns).
// (The stanza is set off by a rule: a heading of a word, "[Verse 2]",
// is a window's first word or typo, which is another matter.)
func TestLineGroupsInVerse(t *testing.T) {
	rng := rand.New(rand.NewPCG(2190, 2191))
	words := Wordlist(English)
	found := 0
	for range 400 {
		var b strings.Builder
		b.WriteString("---\n")
		for _, n := range []int{6, 8, 6, 6} {
			line := make([]string, n)
			for k := range line {
				line[k] = words[rng.UintN(2048)]
			}
			b.WriteString(strings.Join(line, " ") + "\n")
		}
		b.WriteString("\n[Chorus]\n")
		for _, m := range Find([]byte(b.String())) {
			if m.Phrase.Len() < 24 {
				found++
			}
		}
	}
	assert.Zero(t, found)
}
