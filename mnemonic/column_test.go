package mnemonic

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// vocabulary returns n words a line, as a word-frequency list or a
// tokenizer's vocabulary has them: mostly words of the English list, in no
// order, and a third of other common words, which cut them into stretches.
func vocabulary(rng *rand.Rand, n int, line string) string {
	english := data().words[langIndex(English)]
	others := strings.Fields("the of to in is you that it he was for on are as with his they at be this have from or had by but not what were we when your can said there an each which she do how their if will up")
	var b strings.Builder
	for range n {
		w := english[rng.IntN(len(english))]
		if rng.IntN(3) == 0 {
			w = others[rng.IntN(len(others))]
		}
		b.WriteString(fmt.Sprintf(line, w, 1+rng.IntN(99999)) + "\n")
	}
	return b.String()
}

// TestWordColumn: a column of single words (a vocabulary, a frequency
// list, a CSV of words and counts) is not read as phrases, though its
// stretches of list words pass the checksum one time in 16 (with a
// typo's reading, more often); a phrase written a word a line is read
// where a blank line, a label or other text sets it apart.
func TestWordColumn(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	for _, line := range []string{"%[1]s", "%[1]s,%[2]d", "%[1]s\t%[2]d", "  - %[1]s"} {
		text := vocabulary(rng, 4000, line)
		assert.Empty(t, Find([]byte(text)), "a vocabulary of lines %q", line)
	}
	// List words that are labels too ("secret", "wallet") are items of
	// the column, above a stretch or below it, not its headings.
	var labelItems []string
	for _, w := range data().words[langIndex(English)] {
		if labelWord([]byte(w)) {
			labelItems = append(labelItems, w)
		}
	}
	require.NotEmpty(t, labelItems)
	lines := strings.Split(vocabulary(rng, 20000, "%[1]s"), "\n")
	for i := range lines {
		if rng.IntN(12) == 0 {
			lines[i] = labelItems[rng.IntN(len(labelItems))]
		}
	}
	assert.Empty(t, Find([]byte(strings.Join(lines, "\n"))), "a vocabulary with label words in it")
	for _, tc := range []struct{ name, before, after string }{
		{"label and blank line", "wallet notes\n\nseed phrase:\n", "\nthat's all\n"},
		{"one-word heading, one-word line after", "Mnemonic\n", "Passphrase\nhunter2 is not it\n"},
		{"whole file", "", ""},
		{"after prose", "Here are the words, keep them:\n", "\n"},
		{"Japanese sentences around it", "レジャーのバックアップ\n", "金庫に保管済み。\n"},
	} {
		lang := English
		if strings.ContainsRune(tc.before, 'レ') {
			lang = Japanese
		}
		fx := newFixture(t, rng, lang, 12)
		text := tc.before + strings.Join(fx.words, "\n") + "\n" + tc.after
		ms := Find([]byte(text))
		if assert.Len(t, ms, 1, tc.name) {
			assert.Equal(t, fp(fx.norm), fp(ms[0].Phrase.Reveal()), tc.name)
		}
	}
}

// TestWordColumnJapanese: a column of Japanese words a line is cut from a
// longer column as an English one is; a line of Japanese without spaces
// that is a sentence (punctuation, or longer than a word) is no item of
// it.
func TestWordColumnJapanese(t *testing.T) {
	rng := rand.New(rand.NewPCG(23, 24))
	list := data().words[langIndex(Japanese)]
	var b strings.Builder
	for range 4000 {
		b.WriteString(list[rng.IntN(len(list))] + "\n")
	}
	assert.Empty(t, Find([]byte(b.String())), "a vocabulary of Japanese words")
	assert.True(t, cjkSentence([]byte("金庫に保管済み。")))
	assert.True(t, cjkSentence([]byte("レジャーのバックアップ")))
	assert.False(t, cjkSentence([]byte("あいこくしん")))
	assert.False(t, cjkSentence([]byte("wallet")))
}

// TestLessFolded: lessFolded orders as comparing the lower-cased copies
// does, invalid bytes and case changes that alter a rune's length
// included.
func TestLessFolded(t *testing.T) {
	rng := rand.New(rand.NewPCG(23, 24))
	pieces := []string{"a", "B", "é", "É", "İ", "i", "的", "在", "あ", "ア", "\xff", "\xe4\xb8", "Ω", "ω", "ß", "ẞ", ""}
	draw := func() []byte {
		var b []byte
		for range rng.IntN(4) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		return b
	}
	for range 20000 {
		x, y := draw(), draw()
		want := bytes.Compare(bytes.ToLower(x), bytes.ToLower(y)) < 0
		if got := lessFolded(x, y); got != want {
			t.Fatalf("lessFolded(%q, %q) = %v, want %v", x, y, got, want)
		}
	}
}

// TestLowerInto: lowerInto makes what bytes.ToLower makes.
func TestLowerInto(t *testing.T) {
	for _, s := range []string{"", "Seed Phrase", "RÉCUPÉRATION", "İSTANBUL", "ẞ", "助记词：", "\xff\xe4\xb8", "Mnémonique", "ΣΕΛΗΝΗ"} {
		assert.Equal(t, string(bytes.ToLower([]byte(s))), string(lowerInto(nil, []byte(s))), "%q", s)
	}
}

// TestColumnHeading: a column's heading that is a list word ("Word" over
// a phrase typed a word a line, a sheet's header row) is no word of the
// phrase. These phrases were drawn so that the heading and their first
// eleven words pass the BIP-39 checksum, or the heading and all twelve
// Electrum's; a phrase whose every line is capitalized keeps its first
// word.
func TestColumnHeading(t *testing.T) {
	for _, phrase := range []string{
		"grant cactus disease text senior chaos gain mom cute angry belt own",
		"thrive help common weasel shift pencil remain flock snack educate pupil private",
		"question tortoise fit hedgehog sport gadget hold loud insane penalty credit cash",
	} {
		column := "Word\n" + strings.ReplaceAll(phrase, " ", "\n") + "\n"
		ms := Find([]byte(column))
		require.Len(t, ms, 1)
		assert.True(t, ms[0].Phrase.Reveal() == phrase, "the heading read as a word of the phrase")
	}
	p, err := ValidateElectrum("word question tortoise fit hedgehog sport gadget hold loud insane penalty credit cash")
	require.NoError(t, err)
	words := p.RevealWords()
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	ms := Find([]byte(strings.Join(words, "\n") + "\n"))
	require.Len(t, ms, 1)
	assert.Equal(t, 13, ms[0].Phrase.Len())
}

// TestWordRows: a table of word n-grams, a row of three or four words and
// a count a line (an NLP or SEO data set), whose rows are mostly list
// words and now and then hold a common word a letter from one ("but",
// "get"), gives no phrase with a typo read into it (corpus 219: the rows
// around such a word passed the checksum with the word read as "put");
// a phrase with a typo written over rows of its own is still read.
func TestWordRows(t *testing.T) {
	rng := rand.New(rand.NewPCG(219, 220))
	english := data().words[langIndex(English)]
	others := strings.Fields("but get has too was for the and not his can had")
	table := func(perRow, rows int) string {
		var b strings.Builder
		b.WriteString("ngram,count\n")
		for range rows {
			words := make([]string, perRow)
			for k := range words {
				words[k] = english[rng.UintN(2048)]
			}
			if rng.UintN(3) == 0 {
				words[rng.UintN(uint(perRow))] = others[rng.UintN(uint(len(others)))]
			}
			fmt.Fprintf(&b, "%s,%d\n", strings.Join(words, " "), 1000+rng.UintN(90000))
		}
		return b.String()
	}
	found := 0
	for range 30 {
		for _, perRow := range []int{3, 4} {
			text := table(perRow, 200)
			for _, m := range Find([]byte(text)) {
				if m.Corrected > 0 {
					found++
				}
			}
		}
	}
	assert.Zero(t, found, "readings with a typo in tables of n-grams")

	// A phrase with a typo, three rows of four words set apart.
	for range 10 {
		fx := newFixture(t, rng, English, 12)
		w := slices.Clone(fx.words)
		w[5] = w[5][:len(w[5])-1] + "q"
		text := "backup\n\n" + strings.Join(w[:4], " ") + "\n" + strings.Join(w[4:8], " ") + "\n" + strings.Join(w[8:], " ") + "\n\nend\n"
		ms := Find([]byte(text))
		if assert.Len(t, ms, 1, "the phrase with a typo") {
			assert.Equal(t, fx.norm, ms[0].Phrase.Reveal())
		}
	}
}

// TestFindSheetCells: a phrase that is all of a sheet's cell is read
// though the cells beside it end or start with list words (corpus 246:
// "Intern test<TAB>0.05<TAB><phrase>" over "Main<TAB>2.3<TAB>safe" in a
// "Unicode Text" export; a grid whose cells are all quoted under a title
// "Backup card"); a window of a longer cell, or rows of a table of words
// as wide as the grid's, are not.
func TestFindSheetCells(t *testing.T) {
	rng := rand.New(rand.NewPCG(246, 247))
	grid := func(title string, words []string) string {
		var b strings.Builder
		b.WriteString(title + "\n")
		for r := 0; r < len(words)/4; r++ {
			b.WriteString(`"` + strings.Join(words[r*4:r*4+4], `","`) + `"` + "\n")
		}
		return b.String()
	}
	for range 10 {
		fx := newFixture(t, rng, English, 12)
		phrase := strings.Join(fx.words, " ")
		for _, tc := range []struct {
			name, text string
			want       bool
		}{
			{"tab-separated row", "Wallet\tBalance\tSeed\nIntern test\t0.05\t" + phrase + "\nMain\t2.3\tsafe\n", true},
			{"tab-separated, CRLF", "Wallet\tSeed\r\nwork card\t" + phrase + "\r\nmain\tsafe\r\n", true},
			{"quoted grid under a title", grid(`"Backup card",""," ",""`, fx.words), true},
			{"quoted grid under a title, semicolons", strings.ReplaceAll(grid(`"Wallet Alpha";"";"";""`, fx.words), `","`, `";"`), true},
			{"a longer cell", "Wallet\tSeed\nwork\t" + phrase + " main safe able\nmain\tsafe\n", false},
			{"a table of words", grid(`"alpha","bravo","cable","dance"`, fx.words), false},
		} {
			var got []string
			for _, m := range FindNamed("export.txt", []byte(tc.text)) {
				got = append(got, m.Phrase.Reveal())
			}
			assert.Equal(t, tc.want, slices.Contains(got, fx.norm), tc.name)
		}
	}
}

// TestFindCSVGridByColumns: a CSV's grid of words is read down its
// columns only when the text says so (a header numbering the columns, a
// seed's label, the file's name): a planting plan's table of words under
// a header of seasons gave a phrase one time in 16 or 32 read so (corpus
// 259); a wallet's grid under "1-6,7-12" is still read.
func TestFindCSVGridByColumns(t *testing.T) {
	rng := rand.New(rand.NewPCG(259, 260))
	list := Wordlist(English)
	readings := 0
	for range 300 {
		w := randomWords(rng, list, 15)
		var b strings.Builder
		b.WriteString("bed," + strings.Join(w[:3], ",") + "\n")
		for r := 0; r < 4; r++ {
			fmt.Fprintf(&b, "%c,%s\n", 'A'+r, strings.Join(w[3+r*3:6+r*3], ","))
		}
		for _, m := range FindNamed("garden/planting_plan.csv", []byte(b.String())) {
			if m.Layout == LayoutGridColumns {
				readings++
			}
		}
	}
	assert.Zero(t, readings, "a table of words read by columns")
	for range 10 {
		fx := newFixture(t, rng, English, 24)
		var b strings.Builder
		b.WriteString("words 1-6,words 7-12,words 13-18,words 19-24\n")
		for r := 0; r < 6; r++ {
			fmt.Fprintf(&b, "%s,%s,%s,%s\n", fx.words[r], fx.words[6+r], fx.words[12+r], fx.words[18+r])
		}
		var got []string
		for _, m := range FindNamed("paper-wallet.csv", []byte(b.String())) {
			got = append(got, m.Phrase.Reveal())
		}
		assert.Contains(t, got, fx.norm)
	}
}
