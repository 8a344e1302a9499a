package mnemonic

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFindOrdinalSentences: a phrase written a word a sentence, each
// named by its place ("The first word is …. The second word is …."), as
// wills and letters write it, is read in the languages whose number
// words the finder knows; a sentence that names no place, or words out
// of the phrase's order, give no phrase.
func TestFindOrdinalSentences(t *testing.T) {
	rng := rand.New(rand.NewPCG(239, 240))
	ordinals := map[string][]string{
		"en": strings.Fields("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"),
		"de": strings.Fields("erste zweite dritte vierte fünfte sechste siebte achte neunte zehnte elfte zwölfte dreizehnte vierzehnte fünfzehnte sechzehnte siebzehnte achtzehnte neunzehnte zwanzigste einundzwanzigste zweiundzwanzigste dreiundzwanzigste vierundzwanzigste"),
		"fr": strings.Fields("premier deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième onzième douzième"),
		"es": strings.Fields("primera segunda tercera cuarta quinta sexta séptima octava novena décima undécima duodécima"),
		"it": strings.Fields("prima seconda terza quarta quinta sesta settima ottava nona decima undicesima dodicesima"),
		"pt": strings.Fields("primeira segunda terceira quarta quinta sexta sétima oitava nona décima décima-primeira décima-segunda"),
		"ca": strings.Fields("primera segona tercera quarta cinquena sisena setena vuitena novena desena onzena dotzena"),
		"cs": strings.Fields("První Druhé Třetí Čtvrté Páté Šesté Sedmé Osmé Deváté Desáté Jedenácté Dvanácté"),
	}
	sentences := func(words []string, sentence func(k int, w string) string, sep string) string {
		return placesText("Instructions for my executor.\n", words, sentence, sep, "\nThere is no passphrase.\n")
	}
	for range 4 {
		en := newFixture(t, rng, English, 12)
		en24 := newFixture(t, rng, English, 24)
		fr := newFixture(t, rng, French, 12)
		es := newFixture(t, rng, Spanish, 12)
		it := newFixture(t, rng, Italian, 12)
		pt := newFixture(t, rng, Portuguese, 12)
		cs := newFixture(t, rng, Czech, 12)
		swapped := slices.Clone(en.words)
		swapped[3], swapped[4] = swapped[4], swapped[3]
		swappedIt := slices.Clone(it.words)
		swappedIt[5], swappedIt[6] = swappedIt[6], swappedIt[5]
		for _, tc := range []struct {
			name, text string
			fx         fixture
			want       bool
		}{
			{"English, one line", sentences(en.words, func(k int, w string) string { return fmt.Sprintf("The %s word is %s.", ordinals["en"][k], w) }, " "), en, true},
			{"English, six a line", sentences(en.words, func(k int, w string) string {
				return fmt.Sprintf("The %s word is %s.", ordinals["en"][k], w)
			}, " "), en, true},
			{"English, numbers in digits", sentences(en24.words, func(k int, w string) string { return fmt.Sprintf("Word %d is %q.", k+1, w) }, " "), en24, true},
			{"English, 1st 2nd", sentences(en.words, func(k int, w string) string {
				return fmt.Sprintf("the %d%s word is %s,", k+1, map[int]string{1: "st", 2: "nd", 3: "rd"}[k+1]+map[bool]string{true: "th"}[k+1 > 3], w)
			}, " "), en, true},
			{"German, low quotes", sentences(en24.words, func(k int, w string) string { return fmt.Sprintf("Das %s Wort ist „%s“.", ordinals["de"][k], w) }, " "), en24, true},
			{"French, guillemets", sentences(fr.words, func(k int, w string) string { return fmt.Sprintf("le %s mot est « %s »", ordinals["fr"][k], w) }, ", "), fr, true},
			{"Spanish", sentences(es.words, func(k int, w string) string { return fmt.Sprintf("La %s palabra es %s.", ordinals["es"][k], w) }, " "), es, true},
			{"Italian", sentences(it.words, func(k int, w string) string { return fmt.Sprintf("La %s parola è %s.", ordinals["it"][k], w) }, " "), it, true},
			{"Portuguese", sentences(pt.words, func(k int, w string) string {
				return fmt.Sprintf("A %s palavra é %s.", strings.ReplaceAll(ordinals["pt"][k], "-", " "), w)
			}, " "), pt, true},
			{"Czech", sentences(cs.words, func(k int, w string) string { return fmt.Sprintf("%s slovo je %s.", ordinals["cs"][k], w) }, " "), cs, true},
			// The noun and the verb left out after the first sentence
			// (the 267th blind corpus), or the noun only.
			{"Spanish, elliptic", sentences(es.words, func(k int, w string) string {
				if k == 0 {
					return fmt.Sprintf("Apúntalas en orden: la primera palabra es «%s»;", w)
				}
				return fmt.Sprintf("la %s «%s»;", ordinals["es"][k], w)
			}, " "), es, true},
			{"Italian, elliptic", sentences(it.words, func(k int, w string) string {
				if k == 0 {
					return fmt.Sprintf("La prima parola è %s,", w)
				}
				return fmt.Sprintf("la %s %s,", ordinals["it"][k], w)
			}, " "), it, true},
			{"Portuguese, no noun", sentences(pt.words, func(k int, w string) string {
				if k == 0 {
					return fmt.Sprintf("Para a recuperar: a primeira palavra é %s,", w)
				}
				return fmt.Sprintf("a %s é %s,", strings.ReplaceAll(ordinals["pt"][k], "-", " "), w)
			}, " "), pt, true},
			{"English, no noun", sentences(en.words, func(k int, w string) string {
				if k == 0 {
					return fmt.Sprintf("The first word is %s,", w)
				}
				return fmt.Sprintf("the %s is %s,", ordinals["en"][k], w)
			}, " "), en, true},
			{"Italian, colons and semicolons", "Frase di recupero del Ledger: " + strings.Join(func() []string {
				var out []string
				for k, w := range it.words {
					out = append(out, fmt.Sprintf("%s parola: %s", ordinals["it"][k], w))
				}
				return out
			}(), "; ") + ".\n", it, true},
			{"Catalan, the noun left out", sentences(es.words, func(k int, w string) string {
				if k == 0 {
					return fmt.Sprintf("La primera paraula és %s.", w)
				}
				return fmt.Sprintf("La %s és %s.", ordinals["ca"][k], w)
			}, " "), es, true},
			{"Catalan, cardinals", sentences(es.words, func(k int, w string) string {
				return fmt.Sprintf("Paraula %s: %s.", strings.Fields("una dues tres quatre cinc sis set vuit nou deu onze dotze")[k], w)
			}, "\n"), es, false},
			{"Spanish, elliptic, no sentence first", sentences(es.words, func(k int, w string) string {
				return fmt.Sprintf("la %s «%s»;", ordinals["es"][k], w)
			}, " "), es, false},
			{"Italian, elliptic, out of order", sentences(swappedIt, func(k int, w string) string {
				if k == 0 {
					return fmt.Sprintf("La prima parola è %s,", w)
				}
				return fmt.Sprintf("la %s %s,", ordinals["it"][k], w)
			}, " "), it, false},
			{"no place named", sentences(en.words, func(k int, w string) string { return fmt.Sprintf("The word is %s.", w) }, " "), en, false},
			{"out of order", sentences(swapped, func(k int, w string) string { return fmt.Sprintf("The %s word is %s.", ordinals["en"][k], w) }, " "), en, false},
		} {
			if tc.name == "English, six a line" {
				tc.text = strings.Replace(tc.text, "The seventh", "\nThe seventh", 1)
			}
			var got []string
			for _, m := range Find([]byte(tc.text)) {
				got = append(got, m.Phrase.Reveal())
			}
			assert.Equal(t, tc.want, slices.Contains(got, tc.fx.norm), tc.name) // the name: the text holds the phrase
		}
	}
}

// TestFindSpokenPlaces: a phrase read aloud, each word after its place
// ("Number one, …. Number two, …."), as a video's captions or a voice
// memo's transcript write it (corpus 245), in English and Spanish
// ("Palabra número uno: …"), on one line or a line each; the same places
// before words of no phrase give none.
func TestFindSpokenPlaces(t *testing.T) {
	rng := rand.New(rand.NewPCG(245, 246))
	en := strings.Fields("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen")
	es := strings.Fields("uno dos tres cuatro cinco seis siete ocho nueve diez once doce")
	spoken := func(words []string, line func(k int, w string) string, sep string) string {
		return placesText("VO take 3:\nOkay, the demo words. ", words, line, sep, " Done.\n")
	}
	for range 5 {
		fx := newFixture(t, rng, English, 12)
		fx18 := newFixture(t, rng, English, 18)
		esFx := newFixture(t, rng, Spanish, 12)
		for _, tc := range []struct {
			name, text string
			fx         fixture
			want       bool
		}{
			{"one paragraph", spoken(fx.words, func(k int, w string) string { return fmt.Sprintf("Number %s, %s.", en[k], w) }, " "), fx, true},
			{"a line each", spoken(fx18.words, func(k int, w string) string { return fmt.Sprintf("Number %s, %s.", en[k], w) }, "\n"), fx18, true},
			{"Spanish, a line each", spoken(esFx.words, func(k int, w string) string { return fmt.Sprintf("Palabra número %s: %s.", es[k], w) }, "\n"), esFx, true},
			{"English words, spoken after 'word number'", spoken(fx.words, func(k int, w string) string { return fmt.Sprintf("Word number %s is %s.", en[k], w) }, " "), fx, true},
			{"out of order", spoken(append(append([]string{}, fx.words[1:]...), fx.words[0]), func(k int, w string) string { return fmt.Sprintf("Number %s, %s.", en[k], w) }, " "), fx, false},
		} {
			var got []string
			for _, m := range Find([]byte(tc.text)) {
				got = append(got, m.Phrase.Reveal())
			}
			assert.Equal(t, tc.want, slices.Contains(got, tc.fx.norm), tc.name)
		}
	}
}

// placesText writes words a sentence each (sentence writes the k-th),
// apart by sep, between head and tail.
func placesText(head string, words []string, sentence func(k int, w string) string, sep, tail string) string {
	var b strings.Builder
	b.WriteString(head)
	for k, w := range words {
		if k > 0 {
			b.WriteString(sep)
		}
		b.WriteString(sentence(k, w))
	}
	return b.String() + tail
}
