package mnemonic

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// labelledLines writes one word a line, each after the label format makes
// of its place (1-based) and the word.
func labelledLines(w []string, format func(i int, w string) string) string {
	var b strings.Builder
	for i, x := range w {
		b.WriteString(format(i+1, x))
		b.WriteString("\n")
	}
	return b.String()
}

var ordinals = []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
	"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
	"nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth"}

var templateLayouts = []struct {
	name   string
	format func(i int, w string) string
}{
	{"log line with index", func(i int, w string) string {
		return fmt.Sprintf("2024-03-01T12:%02d:%02d.%03dZ INFO wallet: word %d = %s", i/7, i*7%60, i*37%1000, i, w)
	}},
	{"log line with time only", func(i int, w string) string {
		return fmt.Sprintf("[12:%02d:%02d] DEBUG restore seed word %s", 10+i/5, i*11%60, w)
	}},
	{"word hash", func(i int, w string) string { return fmt.Sprintf("Word #%d: %s", i, w) }},
	{"env names", func(i int, w string) string { return fmt.Sprintf("WORD_%d=%s", i, w) }},
	{"number words", func(i int, w string) string {
		return []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}[(i-1)%12+1] + ": " + w
	}},
	{"ordinals", func(i int, w string) string { return ordinals[i] + " word: " + w }},
	{"digit ordinals", func(i int, w string) string {
		suffix := "th"
		switch {
		case i%10 == 1 && i != 11:
			suffix = "st"
		case i%10 == 2 && i != 12:
			suffix = "nd"
		case i%10 == 3 && i != 13:
			suffix = "rd"
		}
		return fmt.Sprintf("%d%s word is %s", i, suffix, w)
	}},
	{"array assignments", func(i int, w string) string { return fmt.Sprintf("words[%d] = %q;", i-1, w) }},
	{"CRLF", func(i int, w string) string { return fmt.Sprintf("Word #%d: %s\r", i, w) }},
	// A full-width colon, no space after it (corpus 228).
	{"Japanese full-width colon", func(i int, w string) string { return fmt.Sprintf("単語%d：%s", i, w) }},
	{"Japanese ordinal and full-width colon", func(i int, w string) string { return fmt.Sprintf("第%d単語：%s", i, w) }},
}

func TestFindLineTemplates(t *testing.T) {
	rng := rand.New(rand.NewPCG(81, 82))
	for _, l := range templateLayouts {
		for _, n := range []int{12, 24} {
			if l.name == "number words" && n > 12 {
				continue
			}
			t.Run(fmt.Sprintf("%s/%d", l.name, n), func(t *testing.T) {
				for k := range 10 {
					fx := newFixture(t, rng, English, n)
					body := labelledLines(fx.words, l.format)
					text := "Restored at startup.\n" + body + "done\n"
					ms := Find([]byte(text))
					require.Len(t, ms, 1, "sample %d", k)
					m := ms[0]
					assert.Equal(t, fp(fx.norm), fp(m.Phrase.Reveal()), "sample %d", k)
					// The finder reads "Word #1: …" of twelve as a
					// numbered list already.
					assert.Contains(t, []Layout{LayoutLines, LayoutNumbered}, m.Layout)
					first := strings.Index(text, "\n") + 1 + strings.Index(l.format(1, fx.words[0]), fx.words[0])
					assert.Equal(t, first, m.Start, "sample %d: start", k)
					assert.Equal(t, len("Restored at startup.\n")+strings.LastIndex(body, fx.words[n-1])+len(fx.words[n-1]), m.End, "sample %d: end", k)
					assert.Equal(t, 2, m.StartLine)
					assert.Equal(t, n+1, m.EndLine)

					// A blank line between the entries changes nothing.
					spaced := strings.ReplaceAll(body, "\n", "\n\n")
					ms = Find([]byte(spaced))
					require.Len(t, ms, 1, "sample %d, double-spaced", k)
					assert.Equal(t, fp(fx.norm), fp(ms[0].Phrase.Reveal()))
				}
			})
		}
	}
}

// TestFindLineTemplatesJSONObject: a phrase stored a word a key in a
// pretty-printed JSON object ("word01": "…", a Vault KV secret), whose
// last line has no comma, is read from all its lines; until 2026-12-05
// the last line was not of the template and the phrase was missed.
func TestFindLineTemplatesJSONObject(t *testing.T) {
	rng := rand.New(rand.NewPCG(83, 84))
	for _, n := range []int{12, 24} {
		for k := range 5 {
			fx := newFixture(t, rng, English, n)
			var items []string
			for i, w := range fx.words {
				items = append(items, fmt.Sprintf("      \"word%02d\": \"%s\"", i+1, w))
			}
			text := "{\n  \"request_id\": \"f020290e\",\n  \"data\": {\n    \"data\": {\n" + strings.Join(items, ",\n") + "\n    },\n    \"metadata\": {\"version\": 1}\n  }\n}\n"
			ms := Find([]byte(text))
			require.Len(t, ms, 1, "%d words, sample %d", n, k)
			assert.Equal(t, fp(fx.norm), fp(ms[0].Phrase.Reveal()), "%d words, sample %d", n, k)
		}
	}
}

func TestFindLineTemplatesNoPhrase(t *testing.T) {
	rng := rand.New(rand.NewPCG(83, 84))
	en := Wordlist(English)
	for k := range 50 {
		fx := newFixture(t, rng, English, 12)
		word := func(i int, w string) string { return fmt.Sprintf("Word #%d: %s", i, w) }
		tests := []struct {
			name string
			text string
		}{
			// A thirteenth entry of the same list: the twelve are not
			// set apart from it.
			{"one entry more", labelledLines(append(fx.words, randomWords(rng, en, 1)...), word)},
			// Numbers that step by more than one count something else.
			{"gaps in the numbers", labelledLines(fx.words, func(i int, w string) string { return fmt.Sprintf("Clue %d: %s", 3*i, w) })},
			// Nothing in the template says phrase.
			{"no label, no counter", labelledLines(fx.words, func(_ int, w string) string { return "GET /static/img " + w })},
			// Lines that differ in more than the last word.
			{"labels differ", labelledLines(fx.words, func(i int, w string) string { return en[(i*97+k)%len(en)] + "x: " + w })},
		}
		for _, tc := range tests {
			for _, m := range Find([]byte(tc.text)) {
				assert.NotEqual(t, fp(fx.norm), fp(m.Phrase.Reveal()), "sample %d: %s", k, tc.name)
			}
		}
	}
	// Listings of random list words in one template: each of 12 to 40
	// lines, with a label and a counter. Twelve random words pass the
	// BIP-39 checksum one time in sixteen, so some readings are expected
	// where the count is a phrase length; the rest must give nothing.
	found := 0
	for range 300 {
		n := 12 + rng.IntN(29)
		if n%3 == 0 {
			n++ // no BIP-39 length
		}
		text := labelledLines(randomWords(rng, en, n), func(i int, w string) string { return fmt.Sprintf("item %d word %s", i, w) })
		for _, m := range Find([]byte(text)) {
			if m.Layout == LayoutLines {
				found++
			}
		}
	}
	// Electrum's 8-bit version check still passes one in 256 runs of any
	// length.
	t.Logf("listings of 13 to 40 lines: %d readings in 300", found)
	assert.LessOrEqual(t, found, 6)
}

// TestSameFolded checks the comparison the scan makes between lines
// against templateKey, which lineTemplates groups lines by.
func TestSameFolded(t *testing.T) {
	tests := []struct {
		x, y string
		same bool
	}{
		{"Word #1: ", "Word #12: ", true},
		{"word 1 = ", "WORD 2 = ", true},
		{"[12:00:01] DEBUG ", "[12:00:02]  DEBUG ", true},
		{"one: ", "twenty-one: ", true},
		{"1st word: ", "22nd word: ", true},
		{"third word ", "fourth word ", true},
		{"Word 1: ", "Words 2: ", false},
		{"item a: ", "item b: ", false},
		{"T12 x ", "T x ", false},
		{"x1 ", "x ", false},
		{"", "", true},
		{"a: ", "a:", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.same, sameFolded([]byte(tc.x), []byte(tc.y)), "%q %q", tc.x, tc.y)
		kx, _, _, _ := templateKey([]byte(tc.x), nil)
		ky, _, _, _ := templateKey([]byte(tc.y), nil)
		assert.Equal(t, tc.same, kx == ky, "keys of %q %q", tc.x, tc.y)
	}
}

func FuzzSameFolded(f *testing.F) {
	f.Add([]byte("Word #1: "), []byte("Word #12: "))
	f.Add([]byte("twenty-one x"), []byte("one  x"))
	f.Fuzz(func(t *testing.T, x, y []byte) {
		kx, _, _, _ := templateKey(x, nil)
		ky, _, _, _ := templateKey(y, nil)
		if sameFolded(x, y) != (kx == ky) {
			t.Fatalf("sameFolded(%q, %q) = %t, keys %q %q", x, y, sameFolded(x, y), kx, ky)
		}
	})
}

// TestLineTemplatesLongStretches: a stretch of lines of one template longer
// than a phrase can be (one log line again and again) is not kept for
// lineTemplates, which would read it only to find a list.
func TestLineTemplatesLongStretches(t *testing.T) {
	f := &finder{t: data(), lineAt: 1, lastS: -1}
	f.text = []byte(strings.Repeat("log line: nothing secret here, only words of a long log file\n", 5000))
	f.scan()
	assert.Empty(t, f.tails)

	f = &finder{t: data(), lineAt: 1, lastS: -1}
	f.text = []byte(strings.Repeat("noise\n", 3) + labelledLines(randomWords(rand.New(rand.NewPCG(1, 2)), Wordlist(English), 24), func(i int, w string) string { return fmt.Sprintf("Word #%d: %s", i, w) }))
	f.scan()
	assert.Len(t, f.tails, 1)
}

// TestLineTemplatesMixedCounters: counters written in different ways in
// lines of one template ("21", "twenty-one", "2024-03") count once each:
// the real text once held such lines, and the numbers of digit runs did
// not match.
func TestLineTemplatesMixedCounters(t *testing.T) {
	rng := rand.New(rand.NewPCG(85, 86))
	forms := []func(i int) string{
		func(i int) string { return fmt.Sprint(i) },
		func(i int) string { return ordinals[i] },
		func(i int) string { return fmt.Sprintf("%d-%d", i, i+1) },
		func(i int) string { return fmt.Sprintf("%dth", i) },
	}
	for k := range 50 {
		fx := newFixture(t, rng, English, 24)
		text := labelledLines(fx.words, func(i int, w string) string { return "Entry #" + forms[(i+k)%len(forms)](i) + ": " + w })
		ms := Find([]byte(text))
		require.Len(t, ms, 1, "sample %d", k)
		assert.Equal(t, fp(fx.norm), fp(ms[0].Phrase.Reveal()), "sample %d", k)
	}
}

// TestFindLineTemplatesDirectionMarks: a left-to-right mark before each
// word (a phone's, after an Arabic label: "الكلمة 1: \u200eword") is no
// part of the word a template's lines end in.
func TestFindLineTemplatesDirectionMarks(t *testing.T) {
	rng := rand.New(rand.NewPCG(85, 86))
	for _, format := range []string{"\u200fالكلمة %d: \u200e%s", "המילה %d: \u200e%s", "الكلمة %d: \u2066%s\u2069", "الكلمة %d: %s\u200f"} {
		fx := newFixture(t, rng, English, 12)
		body := labelledLines(fx.words, func(i int, w string) string { return fmt.Sprintf(format, i, w) })
		ms := Find([]byte("عبارة الاسترداد للمحفظة\n\n" + body))
		require.Len(t, ms, 1, "%q", format)
		assert.True(t, fp(fx.norm) == fp(ms[0].Phrase.Reveal()), "%q", format)
	}
}

// TestFindLineTemplatesOverPages: a list of labelled lines that goes on
// over a page, as pdftotext writes a recovery card (a footer "Página 1
// de 2", a form feed, maybe glued to the next line), is read whole
// (corpus 218); a line of other text between the halves parts them.
func TestFindLineTemplatesOverPages(t *testing.T) {
	rng := rand.New(rand.NewPCG(218, 219))
	card := func(words []string, label, footer, pageBreak string) string {
		page := func(n int) string {
			if footer == "" {
				return ""
			}
			return fmt.Sprintf(footer, n)
		}
		var b strings.Builder
		b.WriteString("Recovery card, scanned 03/2021\n\n")
		for i, w := range words {
			if i == len(words)/2 {
				b.WriteString("\n" + page(1) + "\n" + pageBreak)
			}
			fmt.Fprintf(&b, "%s %d   %s\n", label, i+1, w)
		}
		return b.String() + "\n" + page(2) + "\n\f"
	}
	for range 5 {
		fx := newFixture(t, rng, Spanish, 24)
		for _, tc := range []struct {
			name, label, footer, pageBreak string
			want                           bool
		}{
			{"footer, form feed glued", "Palabra", "                      Página %d de 2", "\f", true},
			{"footer, form feed alone", "Palabra", "                      Página %d de 2", "\f\n", true},
			{"form feed glued, no footer", "Word", "", "\f", true},
			{"English footer", "Word", "Page %d of 2", "\f\n", true},
			{"a page number", "Word", "- %d -", "\f", true},
			{"a note between", "Word", "see the second sheet for the rest (%d)", "\n", false},
		} {
			var got []string
			for _, m := range Find([]byte(card(fx.words, tc.label, tc.footer, tc.pageBreak))) {
				got = append(got, m.Phrase.Reveal())
			}
			assert.Equal(t, tc.want, slices.Contains(got, fx.norm), tc.name) // the name: the text holds the phrase
		}
	}
}

// TestPageFurniture: the lines read as a page's footer or header, and
// those that are not.
func TestPageFurniture(t *testing.T) {
	for _, l := range []string{"12", "- 3 -", "2/4", "Page 1 of 2", "Página 1 de 2", "Seite 2 von 3", "стр. 1 из 2", "p. 4"} {
		assert.True(t, pageFurniture([]byte(l)), l)
	}
	for _, l := range []string{"", "Page", "of 2 pages left", "Palabra 12 abandon", "1 2 3 4 5 6", "2/x", "word 12"} {
		assert.False(t, pageFurniture([]byte(l)), l)
	}
}

// TestFindOverPageBreak: a phrase printed over two pages of pdftotext's
// output, a form feed and the next page's running header between its
// parts ("Urkundenrolle Nr. 1184/2021  Seite 2 von 3"; corpus 236), is
// read whole; a line of other text between them parts them.
func TestFindOverPageBreak(t *testing.T) {
	rng := rand.New(rand.NewPCG(236, 237))
	for range 5 {
		fx := newFixture(t, rng, English, 12)
		a, b := strings.Join(fx.words[:7], " "), strings.Join(fx.words[7:], " ")
		for _, tc := range []struct {
			name, between string
			want          bool
		}{
			{"running header", "\n\f\nUrkundenrolle Nr. 1184/2021                          Seite 2 von 3\n\n", true},
			{"footer and header", "\n\n                 - 1 -\n\fACME Holding GmbH — Page 2 of 3\n", true},
			{"text between", "\n\f\nDer Notar hat die Wortfolge vorgelesen.\n\n", false},
		} {
			text := "aufgenommen wurde folgende Wortfolge:\n" + a + tc.between + b + ".\nDer Notar hat darauf hingewiesen.\n"
			var got []string
			for _, m := range Find([]byte(text)) {
				got = append(got, m.Phrase.Reveal())
			}
			assert.Equal(t, tc.want, slices.Contains(got, fx.norm), tc.name)
		}
	}
	for _, l := range []string{"Urkundenrolle Nr. 1184/2021     Seite 2 von 3", "ACME — Page 2 of 5", "Page 3", "- 2 -"} {
		assert.True(t, pageRunning([]byte(l)), l)
	}
	for _, l := range []string{"the second page of the will", "Seite 2 des Testaments", "word 2 of 12 is abandon here"} {
		assert.False(t, pageRunning([]byte(l)), l)
	}
}
