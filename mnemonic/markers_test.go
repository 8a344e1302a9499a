package mnemonic

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFindListMarkers: phrases numbered with roman numerals (upper case
// in two columns read down, lower case one a line) or circled numbers
// (four a line), a numbered grid quoted in a reply ("> > "), a Markdown
// table under a heading row of list words, and Japanese words four a line
// set apart by ideographic spaces (with bullets or without) are read, in
// the order their numbers give.
func TestFindListMarkers(t *testing.T) {
	rng := rand.New(rand.NewPCG(131, 132))
	upper := strings.Fields("I II III IV V VI VII VIII IX X XI XII")
	circled := []rune("①②③④⑤⑥⑦⑧⑨⑩⑪⑫")
	for _, tc := range []struct {
		name   string
		lang   Language
		n      int
		render func(w []string) string
	}{
		{"roman, two columns read down", French, 12, func(w []string) string {
			var b strings.Builder
			b.WriteString("Hugo a recopié la phrase :\n\n")
			for r := range 6 {
				fmt.Fprintf(&b, "%-5s %-15s %-5s %s\n", upper[r]+".", w[r], upper[r+6]+".", w[r+6])
			}
			return b.String() + "\nProchaine réunion : mercredi.\n"
		}},
		{"lower-case roman, one a line", Korean, 15, func(w []string) string {
			var b strings.Builder
			b.WriteString("## 논의\n- 테스트 지갑 복구 문구:\n\n")
			for i, x := range w {
				fmt.Fprintf(&b, "  %s) %s\n", strings.ToLower(romanString(i+1, false)), x)
			}
			return b.String() + "\n## 다음 회의\n"
		}},
		{"circled numbers, four a line", Japanese, 12, func(w []string) string {
			var b strings.Builder
			b.WriteString("- 検証用ウォレットのフレーズ\n\n")
			for r := range 3 {
				for c := range 4 {
					k := r*4 + c
					fmt.Fprintf(&b, "%c%s  ", circled[k], w[k])
				}
				b.WriteString("\n")
			}
			return b.String() + "\n- 次回: 4/26\n"
		}},
		{"keycap emoji, two columns read down", English, 12, func(w []string) string {
			var b strings.Builder
			b.WriteString("new wallet 🎉 backup words:\n")
			for r := range 6 {
				fmt.Fprintf(&b, "%s %-12s %s %s\n", keycap(r+1), w[r], keycap(r+7), w[r+6])
			}
			return b.String() + "✅️ done, don't share!\n"
		}},
		{"keycap emoji, rows in shuffled order", English, 12, func(w []string) string {
			var b strings.Builder
			for _, i := range []int{3, 0, 7, 1, 11, 5, 2, 9, 4, 8, 6, 10} {
				fmt.Fprintf(&b, "%s %s\n", keycap(i+1), w[i])
			}
			return b.String()
		}},
		{"keycap emoji in a line of chat", Spanish, 12, func(w []string) string {
			var b strings.Builder
			b.WriteString("❤️ te paso las palabras: ")
			for i, x := range w {
				fmt.Fprintf(&b, "%s %s ", keycap(i+1), x)
			}
			return b.String() + "👍\n"
		}},
		{"numbered grid quoted twice", English, 12, func(w []string) string {
			var b strings.Builder
			b.WriteString("> On Tue, Priya wrote:\n> > Last time it was:\n> >\n")
			for r := range 6 {
				fmt.Fprintf(&b, "> > %d) %-12s %d) %s\n", r+1, w[r], r+7, w[r+6])
			}
			return b.String() + "> >\n> > or was that the old one?\n"
		}},
		{"Japanese, ideographic spaces, bullets", Japanese, 24, func(w []string) string {
			var b strings.Builder
			b.WriteString("やること\n・歯医者の予約\n\n")
			for r := range 6 {
				b.WriteString("・" + strings.Join(w[r*4:r*4+4], "\u3000・") + "\n")
			}
			return b.String() + "\n・牛乳、卵\n"
		}},
		{"Markdown table, a heading of list words", ChineseTraditional, 24, func(w []string) string {
			var b strings.Builder
			b.WriteString("- [x] 把錢包助記詞抄成表格\n\n| 一 | 二 | 三 | 四 |\n|----|----|----|----|\n")
			for r := range 6 {
				b.WriteString("| " + strings.Join(w[r*4:r*4+4], " | ") + " |\n")
			}
			return b.String() + "\n- [ ] 週末回老家\n"
		}},
		{"Markdown table, English heading", English, 12, func(w []string) string {
			var b strings.Builder
			b.WriteString("| word | word | word |\n| :--- | :--- | :--- |\n")
			for r := range 4 {
				b.WriteString("| " + strings.Join(w[r*3:r*3+3], " | ") + " |\n")
			}
			return b.String()
		}},
		{"Markdown table, its first row the header (Notion)", English, 12, func(w []string) string {
			var b strings.Builder
			b.WriteString("# Crypto\n\n")
			for r := range 4 {
				b.WriteString("| " + strings.Join(w[r*3:r*3+3], " | ") + " |\n")
				if r == 0 {
					b.WriteString("| --- | --- | --- |\n")
				}
			}
			return b.String() + "\nlast checked in March\n"
		}},
		{"Japanese, ideographic spaces", Japanese, 24, func(w []string) string {
			var b strings.Builder
			for r := range 6 {
				b.WriteString(strings.Join(w[r*4:r*4+4], "\u3000") + "\n")
			}
			return b.String()
		}},
	} {
		for range 3 {
			fx := newFixture(t, rng, tc.lang, tc.n)
			text := tc.render(fx.words)
			ms := Find([]byte(text))
			if assert.Len(t, ms, 1, "%s:\n%s", tc.name, text) {
				assert.Equal(t, fp(fx.norm), fp(ms[0].Phrase.Reveal()), tc.name)
			}
		}
	}
}

// TestListNumberMarkers: the list numbers a gap ends with.
func TestListNumberMarkers(t *testing.T) {
	for gap, want := range map[string]int{
		"\nXII. ":                       12,
		"\n  iv) ":                      4,
		"      VII.  ":                  7,
		"\n> > ix) ":                    9,
		"\n③":                           3,
		"  ⑫":                           12,
		"  ㉑":                           21,
		"said I. ":                      0, // a pronoun ending a sentence
		"\nIIII. ":                      0, // no numeral
		"\nIv. ":                        0, // cases mixed
		"\n12. ":                        12,
		"\n7\ufe0f\u20e3 ":              7,
		"\n7\u20e3 ":                    7,
		" 🔟 ":                           10,
		"\n1\ufe0f\u20e31\ufe0f\u20e3 ": 11,
		"\n2\ufe0f\u20e34\ufe0f\u20e3":  24,
		"\n\u20e3 ":                     0,
	} {
		assert.Equal(t, want, listNumber([]byte(gap)), "%q", gap)
	}
}

// TestLabelledOtherLanguages: labels as typed in the languages of the
// lists, with accents and without.
func TestLabelledOtherLanguages(t *testing.T) {
	for _, before := range []string{
		"Frase de recuperacion: ", "phrase de recuperation : ", "recuperacao da carteira: ", "fraze pro obnoveni: ",
		"リカバリーフレーズ：", "単語：", "복구 문구: ", "단어 목록: ",
	} {
		assert.True(t, labelled([]byte(before), len(before)), "%q", before)
	}
	assert.False(t, labelled([]byte("Lista de la compra: "), len("Lista de la compra: ")))
}

// TestFindNumberedInWords: lists numbered in words of other languages, or
// with ordinal suffixes, are read in their numbers' order.
func TestFindNumberedInWords(t *testing.T) {
	rng := rand.New(rand.NewPCG(141, 142))
	es := strings.Fields("uno dos tres cuatro cinco seis siete ocho nueve diez once doce")
	esOrd := strings.Fields("Primera Segunda Tercera Cuarta Quinta Sexta Séptima Octava Novena Décima Undécima Duodécima")
	fr := strings.Fields("un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit")
	it := strings.Fields("uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove venti ventuno ventidue ventitré ventiquattro")
	pt := []string{"um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove", "vinte", "vinte e um"}
	cs := strings.Fields("První Druhé Třetí Čtvrté Páté Šesté Sedmé Osmé Deváté Desáté Jedenácté Dvanácté")
	for _, tc := range []struct {
		name   string
		lang   Language
		n      int
		render func(w []string) string
	}{
		{"German adverbs, one a line", English, 12, func(w []string) string {
			de := strings.Fields("erstens zweitens drittens viertens fünftens sechstens siebtens achtens neuntens zehntens elftens zwölftens")
			var b strings.Builder
			b.WriteString("Seed für die BitBox (englische Wörter):\n")
			for i, x := range w {
				fmt.Fprintf(&b, "%s: %s\n", de[i], x)
			}
			return b.String() + "\nPasswort steht im Passwortmanager.\n"
		}},
		{"German ordinals with a noun, to twenty-four", English, 24, func(w []string) string {
			de := strings.Fields("Erstes Zweites Drittes Viertes Fünftes Sechstes Siebtes Achtes Neuntes Zehntes Elftes Zwölftes " +
				"Dreizehntes Vierzehntes Fünfzehntes Sechzehntes Siebzehntes Achtzehntes Neunzehntes Zwanzigstes " +
				"Einundzwanzigstes Zweiundzwanzigstes Dreiundzwanzigstes Vierundzwanzigstes")
			var b strings.Builder
			b.WriteString("Mein Testament, Anhang B\n\n")
			for i, x := range w {
				fmt.Fprintf(&b, "%s Wort: %s\n", de[i], x)
			}
			return b.String()
		}},
		{"German ordinals with a noun, in shuffled order", English, 12, func(w []string) string {
			de := strings.Fields("Erstes Zweites Drittes Viertes Fünftes Sechstes Siebtes Achtes Neuntes Zehntes Elftes Zwölftes")
			var b strings.Builder
			for _, i := range []int{3, 0, 7, 1, 11, 5, 2, 9, 4, 8, 6, 10} {
				fmt.Fprintf(&b, "%s Wort: %s\n", de[i], w[i])
			}
			return b.String()
		}},
		{"English cardinals in capitals, four a line", English, 12, func(w []string) string {
			en := strings.Fields("ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE")
			var b strings.Builder
			for r := range 3 {
				for c := range 4 {
					fmt.Fprintf(&b, "%s: %s   ", en[r*4+c], strings.ToUpper(w[r*4+c]))
				}
				b.WriteString("\n")
			}
			return b.String()
		}},
		{"Italian cardinals after a noun, as a voice memo's transcript", Italian, 12, func(w []string) string {
			var b strings.Builder
			b.WriteString("Trascrizione messaggio vocale\n\nallora ti detto le parole\n\n")
			for i, x := range w {
				fmt.Fprintf(&b, "parola %s: %s\n", it[i], x)
			}
			return b.String() + "\nfine del messaggio\n"
		}},
		{"English cardinals after a noun, in capitals", English, 24, func(w []string) string {
			en := strings.Fields("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three twenty-four")
			var b strings.Builder
			for i, x := range w {
				fmt.Fprintf(&b, "Word %s: %s\n", strings.ToUpper(en[i][:1])+en[i][1:], x)
			}
			return b.String()
		}},
		{"English ordinals with a noun, three a line", English, 24, func(w []string) string {
			en := strings.Fields("First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth Thirteenth Fourteenth Fifteenth Sixteenth Seventeenth Eighteenth Nineteenth Twentieth Twenty-first Twenty-second Twenty-third Twenty-fourth")
			var b strings.Builder
			for r := range 8 {
				for c := range 3 {
					fmt.Fprintf(&b, "%s word: %s\t", en[r*3+c], w[r*3+c])
				}
				b.WriteString("\n")
			}
			return b.String()
		}},
		{"Spanish cardinals, six a line", Spanish, 12, func(w []string) string {
			var b strings.Builder
			for r := range 2 {
				for c := range 6 {
					fmt.Fprintf(&b, "%s: %s  ", es[r*6+c], w[r*6+c])
				}
				b.WriteString("\n")
			}
			return "Querido Pablo:\n\n" + b.String()
		}},
		{"Spanish ordinals, one a line", Spanish, 12, func(w []string) string {
			var b strings.Builder
			for i, x := range w {
				fmt.Fprintf(&b, "%s: %s\n", esOrd[i], x)
			}
			return b.String()
		}},
		{"French, a no-break space before the colon, three a line", French, 18, func(w []string) string {
			var b strings.Builder
			for r := range 6 {
				for c := range 3 {
					fmt.Fprintf(&b, "%s\u00a0: %-14s", fr[r*3+c], w[r*3+c])
				}
				b.WriteString("\n")
			}
			return b.String()
		}},
		{"Italian, two columns read down", Italian, 24, func(w []string) string {
			var b strings.Builder
			for r := range 12 {
				fmt.Fprintf(&b, "  %s: %-16s %s: %s\n", it[r], w[r], it[r+12], w[r+12])
			}
			return b.String()
		}},
		{"Portuguese, three columns read down", Portuguese, 21, func(w []string) string {
			var b strings.Builder
			for r := range 7 {
				fmt.Fprintf(&b, "%s: %-14s  %s: %-14s  %s: %s\r\n", pt[r], w[r], pt[r+7], w[r+7], pt[r+14], w[r+14])
			}
			return b.String()
		}},
		{"Czech ordinals with a noun", Czech, 12, func(w []string) string {
			var b strings.Builder
			for i, x := range w {
				fmt.Fprintf(&b, "%s slovo: %s\n", cs[i], x)
			}
			return b.String()
		}},
		{"Portuguese ordinal indicators with a noun", Portuguese, 18, func(w []string) string {
			var b strings.Builder
			for r := range 9 {
				fmt.Fprintf(&b, "%dª palavra: %-14s  %dª palavra: %s\n", r+1, w[r], r+10, w[r+9])
			}
			return b.String()
		}},
		{"CJK numerals, Japanese words six a line", Japanese, 18, func(w []string) string {
			num := strings.Fields("一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八")
			var b strings.Builder
			b.WriteString("## 検証用ウォレット\n\n")
			for r := range 3 {
				for c := range 6 {
					k := r*6 + c
					b.WriteString(num[k] + "、" + w[k] + "\u3000")
				}
				b.WriteString("\n")
			}
			return b.String()
		}},
		{"CJK numerals, Chinese characters six a line", ChineseTraditional, 24, func(w []string) string {
			var b strings.Builder
			b.WriteString("阿嬤：\r\n")
			for r := range 4 {
				for c := range 6 {
					k := r*6 + c
					b.WriteString(cjkNumeral(k+1) + "、" + w[k] + "\u3000")
				}
				b.WriteString("\r\n")
			}
			return b.String()
		}},
		{"Chinese ordinal prefix, English words four a line", English, 12, func(w []string) string {
			var b strings.Builder
			b.WriteString("备忘录\n\n")
			for r := range 3 {
				for c := range 4 {
					k := r*4 + c
					fmt.Fprintf(&b, "第%d个：%s  ", k+1, w[k])
				}
				b.WriteString("\n")
			}
			return b.String()
		}},
		{"Chinese ordinals in words, a sentence a line, as a call is transcribed", ChineseSimplified, 12, func(w []string) string {
			var b strings.Builder
			b.WriteString("通话录音转文字\n\n好的，我把钱包的词念给你：\n")
			for k, x := range w {
				fmt.Fprintf(&b, "第%s个词是%s。\n", cjkNumeral(k+1), x)
			}
			return b.String() + "好，记下了。\n"
		}},
		{"Chinese ordinals in words, one sentence, as a voice note is typed out", ChineseSimplified, 12, func(w []string) string {
			var parts []string
			for k, x := range w {
				parts = append(parts, fmt.Sprintf("第%s个词是%s", cjkNumeral(k+1), x))
			}
			return "妈妈 10:42\n" + strings.Join(parts, "，") + "。\n这是你爸爸的钱包。\n"
		}},
		{"Chinese ordinals in words and digits, English words", English, 12, func(w []string) string {
			var b strings.Builder
			for k, x := range w {
				if k%2 == 0 {
					fmt.Fprintf(&b, "第%s个单词是 %s\n", cjkNumeral(k+1), x)
				} else {
					fmt.Fprintf(&b, "第%d个单词为 %s\n", k+1, x)
				}
			}
			return b.String()
		}},
		{"French ordinals in an RTF letter", French, 21, func(w []string) string {
			var b strings.Builder
			b.WriteString("{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Calibri;}}\\f0 Pour la succession :\\par\n")
			for r := range 3 {
				for c := range 7 {
					k := r*7 + c
					suf := "e"
					if k == 0 {
						suf = "er"
					}
					fmt.Fprintf(&b, "%d%s\\~%s   ", k+1, suf, w[k])
				}
				b.WriteString("\\line\n")
			}
			return b.String() + "}"
		}},
		{"Korean counters", Korean, 15, func(w []string) string {
			var b strings.Builder
			for r := range 3 {
				for c := range 5 {
					fmt.Fprintf(&b, "%d번 %s  ", r*5+c+1, w[r*5+c])
				}
				b.WriteString("\n")
			}
			return b.String()
		}},
	} {
		fx := newFixture(t, rng, tc.lang, tc.n)
		text := tc.render(fx.words)
		ms := Find([]byte(text))
		if assert.Len(t, ms, 1, "%s:\n%s", tc.name, text) {
			assert.Equal(t, fp(fx.norm), fp(ms[0].Phrase.Reveal()), tc.name)
		}
	}
	// Not markers: a time, a ratio, code.
	for _, s := range []string{"at 10:30 and 11:00", "ratio 1:2", "f(x) + g(y)", "uno: dos: tres:"} {
		assert.Nil(t, numberMarkers([]byte(s), false), s)
	}
}

// TestNumberMarkerStartsAtItsWords: a number after other words on its
// line starts where its words do, and is a marker only in a list's place.
func TestNumberMarkerStartsAtItsWords(t *testing.T) {
	m, ok := wordsBefore([]byte("alpha  dix-huit : x"), len("alpha  dix-huit "))
	if assert.True(t, ok) {
		assert.Equal(t, [3]int{len("alpha  "), len("alpha  dix-huit"), 18}, [3]int{m.start, m.end, m.value})
	}
	_, ok = wordsBefore([]byte("la phrase douze : x"), len("la phrase douze "))
	assert.False(t, ok, "in a sentence")
}

// cjkNumeral writes n (1 to 39) in CJK numerals.
func cjkNumeral(n int) string {
	d := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return d[n]
	case n < 20:
		return "十" + d[n-10]
	}
	return d[n/10] + "十" + d[n%10]
}

// TestCJKValue: CJK numerals to 33 as list numbers are read.
func TestCJKValue(t *testing.T) {
	for n := 1; n <= 33; n++ {
		assert.Equal(t, n, cjkValue([]rune(cjkNumeral(n))), cjkNumeral(n))
	}
	for _, bad := range []string{"一十", "十十", "十〇", ""} {
		assert.Zero(t, cjkValue([]rune(bad)), bad)
	}
}

// TestFrenchFirst: the first of a French list counts only as a list
// number ("1ère" too); a '1' before an 'e' in code or hex does not.
func TestFrenchFirst(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"1er mot\n2e mot", true},
		{"  1re : abandon", true},
		{"x\n- 1e abandon", true},
		{"1ère\u00a0abandon", true},
		{"a  1er abandon", true},
		{"const k = 0x1e + 0x1e9", false},
		{"at 11e and 21er", false},
		{"width: 1em", false},
		{"le 1er mai", false},
		{"1ers", false},
	} {
		assert.Equal(t, tc.want, frenchFirst([]byte(tc.text)), tc.text)
	}
	// "1ère" heads a list numbered with "e" after it.
	var b strings.Builder
	for k := range 12 {
		suf := "e"
		if k == 0 {
			suf = "ère"
		}
		fmt.Fprintf(&b, "%d%s : w\n", k+1, suf)
	}
	assert.Len(t, ordinalSuffixes([]byte(b.String())), 12)
}

// TestFindNativeDigits: lists numbered in other scripts' digits
// (Arabic-Indic, Persian, Devanagari, Thai, full-width), one a line or in
// columns read down, with right-to-left marks before the numbers.
func TestFindNativeDigits(t *testing.T) {
	rng := rand.New(rand.NewPCG(143, 144))
	digits := func(zero rune, n int) string {
		var b strings.Builder
		for _, c := range strconv.Itoa(n) {
			b.WriteRune(zero + c - '0')
		}
		return b.String()
	}
	for range 10 {
		fx := newFixture(t, rng, English, 12)
		for _, tc := range []struct {
			name string
			text string
		}{
			{"Arabic-Indic with marks", func() string {
				var b strings.Builder
				b.WriteString("محفظة الوالد\n\n")
				for i, w := range fx.words {
					fmt.Fprintf(&b, "\u200f%s- %s\n", digits('٠', i+1), w)
				}
				return b.String()
			}()},
			{"Arabic-Indic, one line", func() string {
				var b strings.Builder
				b.WriteString("\u200fالكلمات بالترتيب:\n\u200f")
				for i, w := range fx.words {
					fmt.Fprintf(&b, "%s) %s ", digits('٠', i+1), w)
				}
				return b.String() + "\n"
			}()},
			{"Persian, three columns read down", func() string {
				var b strings.Builder
				for r := range 4 {
					for c := range 3 {
						fmt.Fprintf(&b, "%s. %-10s  ", digits('۰', c*4+r+1), fx.words[c*4+r])
					}
					b.WriteString("\n")
				}
				return b.String()
			}()},
			{"Arabic-Indic, a table of number and word", func() string {
				var b strings.Builder
				b.WriteString("| رقم | كلمة |\n|---|---|\n")
				for i, w := range fx.words {
					fmt.Fprintf(&b, "| %s | %s |\n", digits('٠', i+1), w)
				}
				return b.String()
			}()},
			{"Persian, number and word in each cell", func() string {
				var b strings.Builder
				for r := range 2 {
					b.WriteString("|")
					for c := range 6 {
						fmt.Fprintf(&b, " %s %s |", digits('۰', r*6+c+1), fx.words[r*6+c])
					}
					b.WriteString("\n")
				}
				return b.String()
			}()},
			{"Persian, on one line", func() string {
				var b strings.Builder
				b.WriteString("کلمات: ")
				for i, w := range fx.words {
					fmt.Fprintf(&b, "%s %s ", digits('۰', i+1), w)
				}
				return b.String() + "\n"
			}()},
			{"Devanagari", func() string {
				var b strings.Builder
				for i, w := range fx.words {
					fmt.Fprintf(&b, "%s) %s\n", digits('०', i+1), w)
				}
				return b.String()
			}()},
			{"Thai", func() string {
				var b strings.Builder
				for i, w := range fx.words {
					fmt.Fprintf(&b, "%s. %s\n", digits('๐', i+1), w)
				}
				return b.String()
			}()},
			// Corpus 240: the scripts' own full stops (Bengali's and
			// Hindi's danda, Urdu's), and numbers in parentheses.
			{"Bengali with danda", func() string {
				var b strings.Builder
				b.WriteString("সিড ফ্রেজ:\n")
				for i, w := range fx.words {
					fmt.Fprintf(&b, "%s। %s\n", digits('০', i+1), w)
				}
				return b.String()
			}()},
			{"Urdu full stop", func() string {
				var b strings.Builder
				b.WriteString("بیج:\n")
				for i, w := range fx.words {
					fmt.Fprintf(&b, "%s۔ %s\n", digits('۰', i+1), w)
				}
				return b.String()
			}()},
			{"Thai label and Thai digits", func() string {
				var b strings.Builder
				b.WriteString("สำรองกระเป๋า\n")
				for i, w := range fx.words {
					fmt.Fprintf(&b, "คำที่ %s: %s\n", digits('๐', i+1), w)
				}
				return b.String()
			}()},
			{"Arabic-Indic in parentheses, one line", func() string {
				var b strings.Builder
				b.WriteString("كلمات الاسترجاع\n")
				for i, w := range fx.words {
					fmt.Fprintf(&b, "(%s) %s ", digits('٠', i+1), w)
				}
				return b.String() + "\nPIN: لا تكتبه هنا\n"
			}()},
		} {
			var got []string
			for _, m := range Find([]byte(tc.text)) {
				got = append(got, m.Phrase.Reveal())
			}
			assert.Contains(t, got, fx.norm, tc.name)
		}
	}
}

// TestFindLookalikeLetters: a phrase typed with one Cyrillic or Greek
// letter that looks like a Latin one ("oriеnt" with U+0435) is the
// phrase; a word of those scripts alone is not read as a Latin one.
func TestFindLookalikeLetters(t *testing.T) {
	rng := rand.New(rand.NewPCG(145, 146))
	swaps := map[rune]string{'e': "е", 'o': "о", 'a': "а", 'p': "р", 'c': "с"}
	greek := map[rune]string{'o': "ο"}
	for range 10 {
		fx := newFixture(t, rng, English, 12)
		for _, set := range []map[rune]string{swaps, greek} {
			w := slices.Clone(fx.words)
			for i, word := range w {
				for _, c := range word {
					if l, ok := set[c]; ok {
						w[i] = strings.Replace(word, string(c), l, 1)
						break
					}
				}
				if w[i] != word {
					break
				}
			}
			var got []string
			for _, m := range Find([]byte("сид-фраза: " + strings.Join(w, " ") + "\n")) {
				got = append(got, m.Phrase.Reveal())
			}
			assert.Contains(t, got, fx.norm)
		}
	}
	// All Cyrillic: "сор" is no "cop".
	assert.Empty(t, Find([]byte("сор сор сор сор сор сор сор сор сор сор сор сор\n")))
}

// TestFindNumberedInRussianAndUkrainian: Russian ordinals with their noun
// ("первое слово: …") and Ukrainian ones after an em dash, apostrophes
// inside words ("п'яте — …").
func TestFindNumberedInRussianAndUkrainian(t *testing.T) {
	rng := rand.New(rand.NewPCG(147, 148))
	ru := strings.Fields("первое второе третье четвёртое пятое шестое седьмое восьмое девятое десятое одиннадцатое двенадцатое")
	uk := strings.Fields("перше друге третє четверте п'яте шосте сьоме восьме дев'яте десяте одинадцяте дванадцяте")
	for range 10 {
		fx := newFixture(t, rng, English, 12)
		var a, b strings.Builder
		a.WriteString("Кошелёк на новом телефоне. Записала слова, чтобы не потерять.\n")
		b.WriteString("Гаманець тата\n\n")
		for i, w := range fx.words {
			fmt.Fprintf(&a, "%s слово: %s\n", ru[i], w)
			fmt.Fprintf(&b, "%s — %s\n", uk[i], w)
		}
		for _, text := range []string{a.String(), b.String()} {
			var got []string
			for _, m := range Find([]byte(text)) {
				got = append(got, m.Phrase.Reveal())
			}
			assert.Contains(t, got, fx.norm, text[:40])
		}
	}
}

// TestFindNumberedInKorean: Korean native ordinals with their noun
// ("첫째 단어: …", "스물넷째 단어: …") number a phrase's lines, as
// "1번째 단어:" does; the noun is compared folded, as the words are.
func TestFindNumberedInKorean(t *testing.T) {
	rng := rand.New(rand.NewPCG(149, 150))
	ords := strings.Fields("첫째 둘째 셋째 넷째 다섯째 여섯째 일곱째 여덟째 아홉째 열째 열한째 열두째 열셋째 열넷째 " +
		"열다섯째 열여섯째 열일곱째 열여덟째 열아홉째 스무째 스물한째 스물두째 스물셋째 스물넷째")
	for _, lang := range []Language{Korean, English} {
		for _, n := range []int{12, 24} {
			fx := newFixture(t, rng, lang, n)
			var b strings.Builder
			b.WriteString("엄마, 지갑 단어들이야. 잘 보관해 줘.\n\n")
			for i, w := range fx.words {
				fmt.Fprintf(&b, "%s 단어: %s\n", ords[i], w)
			}
			b.WriteString("\n사랑해요\n")
			ms := Find([]byte(b.String()))
			require.Len(t, ms, 1, "%s %d", lang, n)
			assert.True(t, fx.norm == ms[0].Phrase.Reveal(), "%s %d: the phrase in its numbers' order", lang, n)
		}
	}
}

// TestFindLetteredList: a list lettered "a. ", "(b) " or "c) " (24 words
// run to "x", past the roman numerals "i", "v" and "x") is read in its
// letters' order; the same list out of checksum is none.
func TestFindLetteredList(t *testing.T) {
	rng := rand.New(rand.NewPCG(151, 152))
	for _, lang := range []Language{English, Spanish, Czech} {
		for _, n := range []int{12, 24} {
			for _, format := range []string{"%c. %s\n", "(%c) %s\n", "  %c) %s\n"} {
				fx := newFixture(t, rng, lang, n)
				render := func(words []string) string {
					var b strings.Builder
					b.WriteString("seed words\n\n")
					for i, w := range words {
						fmt.Fprintf(&b, format, 'a'+i, w)
					}
					return b.String() + "\nkeep offline\n"
				}
				ms := Find([]byte(render(fx.words)))
				if assert.Len(t, ms, 1, "%s %d %q", lang, n, format) {
					assert.Equal(t, fx.norm, ms[0].Phrase.Reveal(), "%s %d %q", lang, n, format)
				}
				// Words drawn until, written plainly, no stretch of them is
				// a phrase.
				bad := slices.Clone(fx.words)
				list := Wordlist(lang)
				for len(Find([]byte(strings.Join(bad, " ")))) > 0 {
					for i := range bad {
						bad[i] = list[rng.UintN(2048)]
					}
				}
				assert.Empty(t, Find([]byte(render(bad))), "%s %d %q: out of checksum", lang, n, format)
			}
		}
	}
}

// keycap writes n as keycap emoji, a digit each ("1️⃣2️⃣"), or 🔟.
func keycap(n int) string {
	if n == 10 {
		return "🔟"
	}
	var b strings.Builder
	for _, d := range strconv.Itoa(n) {
		b.WriteString(string(d) + "\ufe0f\u20e3")
	}
	return b.String()
}

// TestFindWordsInBrackets: a phrase of an alphabet's words each in
// brackets of its own ("[word] [word]", "(word)" a line, "{word}") or
// numbered after each word in parentheses ("word(1) word(2)") is read;
// ideographs each in brackets ("(一)(二)(三)") stay an enumeration.
func TestFindWordsInBrackets(t *testing.T) {
	rng := rand.New(rand.NewPCG(144, 145))
	wrap := func(open, close, sep, head string) func(w []string) string {
		return func(w []string) string {
			var b strings.Builder
			b.WriteString(head)
			for i, x := range w {
				if i > 0 {
					b.WriteString(sep)
				}
				b.WriteString(open + x + close)
			}
			return b.String() + "\n"
		}
	}
	for _, tc := range []struct {
		name   string
		lang   Language
		n      int
		render func(w []string) string
		found  bool
	}{
		{"square brackets after a name", English, 12, wrap("[", "]", " ", "keystone: "), true},
		{"parentheses, nothing else", English, 12, wrap("(", ")", " ", ""), true},
		{"braces after a device's name", Spanish, 12, wrap("{", "}", " ", "bitbox "), true},
		{"square brackets, a word a line", French, 24, wrap("[", "]", "\n", "notes\n\n"), true},
		{"numbered after each word", English, 12, func(w []string) string {
			var b strings.Builder
			for i, x := range w {
				fmt.Fprintf(&b, "%s(%d) ", x, i+1)
			}
			return b.String() + "\n"
		}, true},
		{"numbered after each word, a word a line", Italian, 12, func(w []string) string {
			var b strings.Builder
			for i, x := range w {
				fmt.Fprintf(&b, "%s(%d)\n", x, i+1)
			}
			return b.String()
		}, true},
		{"ideographs in parentheses", ChineseSimplified, 12, wrap("(", ")", "", ""), false},
		{"ideographs in brackets, apart", ChineseTraditional, 12, wrap("[", "]", " ", ""), false},
	} {
		for range 3 {
			fx := newFixture(t, rng, tc.lang, tc.n)
			text := tc.render(fx.words)
			ms := Find([]byte(text))
			if !tc.found {
				assert.Empty(t, ms, tc.name)
				continue
			}
			if assert.Len(t, ms, 1, "%s:\n%s", tc.name, text) {
				assert.Equal(t, fp(fx.norm), fp(ms[0].Phrase.Reveal()), tc.name)
			}
		}
	}
}

// TestFindNumberedInJapanese: a list numbered with the Japanese ordinal
// suffix ("1番目：word", a full-width colon and no space, as a chat on a
// phone writes it) is read in its numbers' order, as "1番目: word" was.
func TestFindNumberedInJapanese(t *testing.T) {
	rng := rand.New(rand.NewPCG(148, 149))
	for _, tc := range []struct {
		lang  Language
		n     int
		delim string
	}{{Japanese, 12, "："}, {Japanese, 24, "："}, {English, 12, "："}, {Japanese, 12, "の単語は"}, {Japanese, 12, ": "}} {
		fx := newFixture(t, rng, tc.lang, tc.n)
		var b strings.Builder
		b.WriteString("12:00\t自分\t\"レジャー\n")
		for i, w := range fx.words {
			fmt.Fprintf(&b, "%d番目%s%s\n", i+1, tc.delim, w)
		}
		b.WriteString("\"\n12:01\t自分\tよろしく\n")
		ms := Find([]byte(b.String()))
		if assert.Len(t, ms, 1, "%s %d %q", tc.lang, tc.n, tc.delim) {
			assert.True(t, fx.norm == ms[0].Phrase.Reveal(), "%s %d %q: the phrase in its numbers' order", tc.lang, tc.n, tc.delim)
		}
	}
}

// TestFindHalvesByRange: a phrase written in two halves, each after a
// label that says which words follow ("Seed (1-12):", "Seed (part two):",
// "first 12:", "last 12:"), is read whole, its halves next to each other
// or apart, as "Words 1-12:" and "first half:" were.
func TestFindHalvesByRange(t *testing.T) {
	rng := rand.New(rand.NewPCG(142, 143))
	labels := [][2]string{
		{"Seed (1-12): ", "Seed (13-24): "},
		{"Seed (part one): ", "Seed (part two): "},
		{"mnemonic (part 1): ", "mnemonic (part 2): "},
		{"first 12: ", "last 12: "},
		{"- Recovery phrase (1-12): ", "- Recovery phrase (13-24): "},
	}
	for _, l := range labels {
		for _, between := range []string{"\n", "\n\nnotes: checked twice, card in the safe\n\n"} {
			fx := newFixture(t, rng, English, 24)
			text := "Keystone backup\n" + l[0] + strings.Join(fx.words[:12], " ") + between + l[1] + strings.Join(fx.words[12:], " ") + "\n"
			ms := Find([]byte(text))
			if assert.Len(t, ms, 1, "%q %q", l, between) {
				assert.True(t, fx.norm == ms[0].Phrase.Reveal(), "%q: the halves in order", l)
			}
		}
	}
}

// TestFindHalvesUnderLabels: a phrase written in two halves, each under a
// label alone on its line ("Part 1", "Words 13-24", "first half",
// "First half:", "## Part 2", "앞 12개", "後半"), is read whole.
func TestFindHalvesUnderLabels(t *testing.T) {
	rng := rand.New(rand.NewPCG(148, 150))
	for _, tc := range []struct {
		lang   Language
		labels [2]string
	}{
		{English, [2]string{"Part 1", "Part 2"}},
		{English, [2]string{"Words 1-12", "Words 13-24"}},
		{English, [2]string{"first half", "second half"}},
		{English, [2]string{"First half:", "Second half:"}},
		{English, [2]string{"## Part 1", "## Part 2"}},
		{English, [2]string{"first 12", "last 12"}},
		{Spanish, [2]string{"Primera mitad", "Segunda mitad"}},
		{Korean, [2]string{"앞 12개", "뒤 12개"}},
		{Japanese, [2]string{"前半", "後半"}},
	} {
		fx := newFixture(t, rng, tc.lang, 24)
		sep := " "
		if tc.lang == Japanese {
			sep = "\u3000"
		}
		text := "backup\n\n" + tc.labels[0] + "\n" + strings.Join(fx.words[:12], sep) + "\n" + tc.labels[1] + "\n" + strings.Join(fx.words[12:], sep) + "\n"
		ms := Find([]byte(text))
		if assert.Len(t, ms, 1, "%q", tc.labels) {
			assert.True(t, fx.norm == ms[0].Phrase.Reveal(), "%q: the halves in order", tc.labels)
		}
	}
}

// TestFindInStickyNotes: a Windows Sticky Notes note's text, each
// paragraph after its "\id=<GUID> " mark (as its plum.sqlite's Note.Text
// holds it, the paragraphs apart by line breaks or, dumped as one line,
// by "\n" escapes), is read past the marks.
func TestFindInStickyNotes(t *testing.T) {
	rng := rand.New(rand.NewPCG(146, 147))
	id := func(k int) string { return fmt.Sprintf(`\id=%08x-4a1b-4c2d-9e3f-%012x `, 0x51ab0000+k, 0xfe00000000+k) }
	for _, sep := range []string{"\n", `\n`} {
		for _, per := range []int{1, 4} {
			fx := newFixture(t, rng, English, 12)
			var paras []string
			for k := 0; k < 12; k += per {
				paras = append(paras, id(k)+strings.Join(fx.words[k:k+per], " "))
			}
			text := strings.Join(paras, sep) + "|Yellow|638457000000000000\n"
			ms := Find([]byte(text))
			if assert.Len(t, ms, 1, "%q %d", sep, per) {
				assert.True(t, fp(fx.norm) == fp(ms[0].Phrase.Reveal()), "%q %d", sep, per)
			}
		}
	}
}

// TestFindInBBCode: a phrase in a forum post's BBCode list ("[list][li]
// word[/li]…", "[*]word") or bold tags is read past the tags, whose names
// ("list", "code") may be list words; Markdown's "[x]" and links stay
// as they were.
func TestFindInBBCode(t *testing.T) {
	rng := rand.New(rand.NewPCG(155, 156))
	for _, tc := range []struct {
		name   string
		render func(w []string) string
	}{
		{"li items glued", func(w []string) string {
			return "[quote=anon]help pls[/quote]\n[list][li]" + strings.Join(w, "[/li][li]") + "[/li][/list]\n"
		}},
		{"star items, a line each", func(w []string) string {
			return "[b]my words:[/b]\n[list]\n[*]" + strings.Join(w, "\n[*]") + "\n[/list]\n"
		}},
		{"in a code block, coloured", func(w []string) string {
			return "[code][color=red]" + strings.Join(w, " ") + "[/color][/code]\n"
		}},
		{"a table, three cells a row", func(w []string) string {
			var b strings.Builder
			b.WriteString("[b]My backup[/b]\n[table]\n")
			for r := range len(w) / 3 {
				b.WriteString("[tr][td]" + strings.Join(w[r*3:r*3+3], "[/td][td]") + "[/td][/tr]\n")
			}
			return b.String() + "[/table]\n"
		}},
		{"a table, numbered cells", func(w []string) string {
			var b strings.Builder
			b.WriteString("[table]\n")
			for r := range len(w) / 3 {
				b.WriteString("[tr]")
				for c := range 3 {
					fmt.Fprintf(&b, "[td]%d[/td][td]%s[/td]", r*3+c+1, w[r*3+c])
				}
				b.WriteString("[/tr]\n")
			}
			return b.String() + "[/table]\n"
		}},
	} {
		fx := newFixture(t, rng, English, 12)
		if strings.HasPrefix(tc.name, "a table") {
			fx = newFixture(t, rng, English, 24)
		}
		ms := Find([]byte(tc.render(fx.words)))
		if assert.Len(t, ms, 1, tc.name) {
			assert.True(t, fp(fx.norm) == fp(ms[0].Phrase.Reveal()), tc.name)
		}
	}
}

// TestFindNumberedBeforeSpacedHyphen: ordinals in words before a spaced
// hyphen ("PRIMEIRA - WORD", "second - word") number a phrase's lines,
// in upper case and with ordinals of two words.
func TestFindNumberedBeforeSpacedHyphen(t *testing.T) {
	rng := rand.New(rand.NewPCG(157, 158))
	pt := []string{"PRIMEIRA", "SEGUNDA", "TERCEIRA", "QUARTA", "QUINTA", "SEXTA", "SÉTIMA", "OITAVA", "NONA", "DÉCIMA", "DÉCIMA PRIMEIRA", "DÉCIMA SEGUNDA"}
	en := strings.Fields("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth")
	for range 5 {
		fx := newFixture(t, rng, Portuguese, 12)
		fy := newFixture(t, rng, English, 12)
		var a, b strings.Builder
		a.WriteString("SEMENTE DA CARTEIRA\n\n")
		b.WriteString("wallet words\n\n")
		for i := range 12 {
			fmt.Fprintf(&a, "%s - %s\n", pt[i], strings.ToUpper(fx.words[i]))
			fmt.Fprintf(&b, "%s - %s\n", en[i], fy.words[i])
		}
		for text, want := range map[string]string{a.String(): fx.norm, b.String(): fy.norm} {
			var got []string
			for _, m := range Find([]byte(text)) {
				got = append(got, m.Phrase.Reveal())
			}
			assert.Contains(t, got, want, text[:20])
		}
	}
}

// TestFindHebrewNumeralsAndMarks: a list numbered in Hebrew letters ("א.
// w1", "יא. w11", "ט״ו) w15"), and words set apart by direction marks
// alone, as text copied from a right-to-left app has
// them (corpus 240); a Hebrew line of prose is no list number.
func TestFindHebrewNumeralsAndMarks(t *testing.T) {
	rng := rand.New(rand.NewPCG(240, 241))
	hebrew := strings.Fields("א ב ג ד ה ו ז ח ט י יא יב יג יד ט״ו ט״ז יז יח יט כ כא כב כג כד")
	for range 10 {
		fx := newFixture(t, rng, English, 12)
		fx24 := newFixture(t, rng, English, 24)
		list := func(words []string, format string) string {
			var b strings.Builder
			b.WriteString("גיבוי לדג'ר\n")
			for i, w := range words {
				fmt.Fprintf(&b, format, hebrew[i], w)
			}
			return b.String() + "לשמור בכספת\n"
		}
		for _, tc := range []struct {
			name string
			text string
			fx   fixture
		}{
			{"letters and full stops", list(fx.words, "%s. %s\n"), fx},
			{"letters, parentheses, right-to-left marks", list(fx24.words, "\u200f%s) %s\n"), fx24},
			{"right-to-left marks between words", "מילות שחזור:\n" + strings.Join(fx.words, "\u200f") + "\n", fx},
			{"left-to-right marks between words", "מילות שחזור:\n" + strings.Join(fx.words, "\u200e") + "\n", fx},
			{"Arabic letter marks between words", "seed:\n" + strings.Join(fx.words, "\u061c") + "\n", fx},
		} {
			var got []string
			for _, m := range Find([]byte(tc.text)) {
				got = append(got, m.Phrase.Reveal())
			}
			assert.Contains(t, got, tc.fx.norm, tc.name)
		}
	}
}

// TestHebrewNumerals: the values of the letters read, and lines of prose
// and numbers written otherwise that are none.
func TestHebrewNumerals(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []int
	}{
		{"א. a\nט) b\nי- c\nיא. d\nט״ו. e\nט\"ז. f\nכד) g\n", []int{1, 9, 10, 11, 15, 16, 24}},
		{"\u200fיב. a\n  כ. b\n", []int{12, 20}},
		// Prose: a word of two letters or more, the letters out of a
		// number's order (לא, כן), 15 written יה, no space after.
		{"שלום.\nלא. כן.\nאבא) הלך\nיה. a\nא.b\nמילה א. a\n", nil},
	} {
		var got []int
		for _, m := range hebrewNumerals([]byte(tc.text)) {
			got = append(got, m.value)
		}
		assert.Equal(t, tc.want, got, tc.text)
	}
}
