package mnemonic

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFindCommaListWindow: twelve items of a longer list set apart by
// commas are cut from it, and no phrase, though they pass the checksum
// (one window in 16 does); a phrase written with commas is all of its
// list, also after a label that is a list word ("recupero"), and a
// CSV row stays one.
func TestFindCommaListWindow(t *testing.T) {
	rng := rand.New(rand.NewPCG(41, 42))
	list := Wordlist(English)
	for range 20 {
		fx := newFixture(t, rng, English, 12)
		extra := list[rng.UintN(2048)]
		phrase := strings.Join(fx.words, ", ")
		tests := []struct {
			text string
			want bool
		}{
			{"- buy: " + phrase + ", " + extra + "\n- plumber at 3pm\n", false},
			{"- pack: " + extra + ", " + phrase + "\n", false},
			{"seed words: " + phrase + "\n", true},
			{"my recovery, " + phrase + ".\n", true},
			{"word,count\n" + strings.Join(fx.words, ",") + "\r\n" + extra + ",3\r\n", true},
		}
		it := newFixture(t, rng, Italian, 12)
		tests = append(tests, struct {
			text string
			want bool
		}{"Appunti\n\nfrase di recupero, " + strings.Join(it.words, ", ") + ".\ncomprare latte\n", true})
		for k, tt := range tests {
			ms := Find([]byte(tt.text))
			want := fx.norm
			if k == len(tests)-1 {
				want = it.norm
			}
			if tt.want {
				if assert.Len(t, ms, 1, tt.text) {
					assert.Equal(t, want, ms[0].Phrase.Reveal())
				}
			} else {
				assert.Empty(t, ms, tt.text)
			}
		}
	}
}

// TestFindListWithConjunction: a phrase written in prose as a list whose
// last word a conjunction joins ("…, ignore, and merge", "…, fermento e
// sella"), wrapped over lines, is found whole and placed from its first
// word to its last; the same list with one item more, or with its words
// out of checksum, is none, and neither is a conjunction that joins two
// words of no list.
func TestFindListWithConjunction(t *testing.T) {
	rng := rand.New(rand.NewPCG(43, 44))
	for _, tc := range []struct {
		lang          Language
		before, conj  string
		serial, after string
	}{
		{English, "For my children: the recovery words are ", "and", ", ", ". With those twelve words anyone can recover it."},
		{English, "Words: ", "and", " ", "."},
		{Italian, "Le parole del portafoglio sono ", "e", " ", ". Non perderle!"},
		{Portuguese, "as palavras dela são ", "e", " ", ". Amanhã passo tudo para o papel."},
		{Spanish, "las palabras son ", "y", " ", "."},
		{French, "les mots sont ", "et", " ", "."},
		{Czech, "slova jsou ", "a", " ", "."},
		// English words in a text of another language, its own
		// conjunction before the last.
		{English, "Die Wörter sind ", "und", " ", ". Bitte gut aufbewahren."},
		{English, "De woorden zijn ", "en", " ", "."},
		{English, "Orden är ", "och", " ", "."},
		{English, "Ordene er ", "og", " ", "."},
		{English, "Słowa to ", "i", " ", "."},
		{English, "Kelimeler ", "ve", " ", "."},
		{English, "Kata-katanya ", "dan", " ", "."},
		{English, "Слова такие: ", "и", " ", ". Никому не показывай."},
		{English, "Слова: ", "і", " ", "."},
		{English, "Các từ là ", "và", " ", "."},
		{English, "A szavak: ", "és", " ", "."},
	} {
		for _, n := range []int{12, 24} {
			fx := newFixture(t, rng, tc.lang, n)
			last := len(fx.words) - 1
			list := strings.Join(fx.words[:last], ", ") + strings.TrimRight(tc.serial, " ") + " " + tc.conj + " " + fx.words[last]
			text := "Some notes.\n\n" + wrapAt(tc.before+list+tc.after, 72) + "\n"
			ms := Find([]byte(text))
			if assert.Len(t, ms, 1, "%s %d words, %q", tc.lang, n, tc.conj) {
				assert.Equal(t, fx.norm, ms[0].Phrase.Reveal(), "%s", tc.lang)
				assert.Equal(t, fx.words[0], text[ms[0].Start:ms[0].Start+len(fx.words[0])], "%s: start", tc.lang)
				assert.True(t, strings.HasSuffix(text[:ms[0].End], fx.words[last]), "%s: end", tc.lang)
				assert.Equal(t, 3, ms[0].StartLine, "%s", tc.lang)
			}
			// One item more: a window of a longer list. (The extra
			// word is drawn again while it and the words before the
			// conjunction make a phrase by chance.)
			extra := Wordlist(tc.lang)[rng.UintN(2048)]
			for len(Find([]byte(extra+" "+strings.Join(fx.words[:last], " ")))) > 0 {
				extra = Wordlist(tc.lang)[rng.UintN(2048)]
			}
			longer := extra + ", " + list
			assert.Empty(t, Find([]byte(tc.before+longer+tc.after)), "%s: list of %d, %q", tc.lang, n+1, tc.conj)
		}
	}
	// Out of checksum: the last word changed until the words, written
	// plainly, are a phrase of no scheme.
	list := Wordlist(English)
	for range 20 {
		fx := newFixture(t, rng, English, 12)
		w := slices.Clone(fx.words)
		for {
			w[11] = list[rng.UintN(2048)]
			if len(Find([]byte(strings.Join(w, " ")))) == 0 {
				break
			}
		}
		text := "The recovery words are " + strings.Join(w[:11], ", ") + ", and " + w[11] + ".\n"
		assert.Empty(t, Find([]byte(text)))
	}
}

// wrapAt breaks s at spaces into lines of at most width bytes.
func wrapAt(s string, width int) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(s) {
		if i > 0 {
			if n+1+len(w) > width {
				b.WriteByte('\n')
				n = 0
			} else {
				b.WriteByte(' ')
				n++
			}
		}
		b.WriteString(w)
		n += len(w)
	}
	return b.String()
}

// TestFindHyphenatedAtLineEnd: a phrase whose words a hyphen cuts at
// line ends ("aban-" over "don"), as a transcription of handwriting
// writes it, is found whole and placed from its first word to its last;
// the same words out of checksum are none.
func TestFindHyphenatedAtLineEnd(t *testing.T) {
	rng := rand.New(rand.NewPCG(45, 46))
	for _, lang := range []Language{English, Czech, Spanish} {
		for _, n := range []int{12, 24} {
			fx := newFixture(t, rng, lang, n)
			render := func(words []string) string {
				var b strings.Builder
				b.WriteString("Transcribed from the notebook, page 3:\n\n")
				for i, w := range words {
					switch {
					case i%5 == 4 && len([]rune(w)) >= 4 && i < len(words)-1:
						r := []rune(w)
						b.WriteString(string(r[:2]) + "-\r\n  " + string(r[2:]) + " ")
					case i%5 == 4:
						b.WriteString(w + "\n")
					default:
						b.WriteString(w + " ")
					}
				}
				return b.String() + "\n\n(end of page)\n"
			}
			text := render(fx.words)
			ms := Find([]byte(text))
			if assert.Len(t, ms, 1, "%s %d", lang, n) {
				assert.Equal(t, fx.norm, ms[0].Phrase.Reveal(), "%s %d", lang, n)
				assert.Equal(t, 3, ms[0].StartLine, "%s %d", lang, n)
				assert.True(t, strings.HasSuffix(text[:ms[0].End], fx.words[n-1]), "%s %d: end", lang, n)
			}
			bad := slices.Clone(fx.words)
			list := Wordlist(lang)
			for len(Find([]byte(strings.Join(bad, " ")))) > 0 {
				for i := range bad {
					bad[i] = list[rng.UintN(2048)]
				}
			}
			assert.Empty(t, Find([]byte(render(bad))), "%s %d: out of checksum", lang, n)
		}
	}
}

// TestPlainAround: a hyphen's line break is read again in text, not
// beside control bytes or invalid UTF-8 (binary data).
func TestPlainAround(t *testing.T) {
	for text, want := range map[string]bool{
		"the aban-\n  don ability":         true,
		"café aban-\ndon ábaco":            true,
		"\x00\x01ab-\ncd\x02":              false,
		"xx\xff\xfeab-\r\ncd ok":           false,
		"a long line of text aban-\ndon é": true,
	} {
		h := strings.Index(text, "-")
		j := h + 1
		for j < len(text) && (text[j] == '\r' || text[j] == '\n' || text[j] == ' ') {
			j++
		}
		assert.Equal(t, want, plainAround([]byte(text), h, j), "%q", text)
	}
}

// TestJoinedListed: a hyphen's line break is read again only where the
// letters on its two sides make a list word, or a prefix read as one.
func TestJoinedListed(t *testing.T) {
	for text, want := range map[string]bool{
		"the aban-\ndon": true,
		"some fo-\nod":   true,
		"mé-\ntodo":      true,
		"trace-\nviewer": false,
		"xq-\nzz":        false,
	} {
		f := &finder{text: []byte(text), t: data()}
		h := strings.IndexByte(text, '-')
		assert.Equal(t, want, f.joinedListed(h, h+2), "%q", text)
		assert.Equal(t, text, string(f.text), "f.text restored")
	}
}
