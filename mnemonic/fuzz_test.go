package mnemonic

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzFind(f *testing.F) {
	f.Add([]byte(strings.Repeat("abandon ", 11) + "about"))
	f.Add([]byte("1. legal\n2. winner\n3. thank\n4. year\n5. wave\n6. sausage\n7. worth\n8. useful\n9. legal\n10. winner\n11. thank\n12. yellow\n"))
	f.Add([]byte(`{"m":"letter advice cage absurd amount doctor acoustic avoid letter advice cage above"}`))
	f.Add([]byte("１．legal\n２．winner\n（３）thank\n４ year\n<p>５．wave</p>\n\xef\xbc"))
	f.Add([]byte("TON wallet:\n" + tonVector + "\n"))
	f.Add([]byte("seed: letter advice caged absurd amount doctor acoustic avoid letter advice cage above\n"))
	f.Add([]byte("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"))
	// Line breaks the scanner steps over inside an escape, a tag and
	// digits: the lazy finder must place words on lines as the eager one.
	f.Add([]byte("note \\u1\n2 word " + strings.Repeat("abandon ", 11) + "about\n"))
	f.Add([]byte("seed <b>\n</b>12\n" + strings.Repeat("zoo ", 11) + "wrong\n"))
	// Markup and RTF are read through their plain copies.
	f.Add([]byte("<p>x</p><p>" + strings.Repeat("abandon&nbsp;", 11) + "about</p><!-- a --><add value=\"a b c\"/>"))
	f.Add([]byte(`{\rtf1{\fonttbl{\f0 Arial;}}` + strings.Repeat(`abandon\par `, 11) + `\'e1\u12354?about}`))
	// Lines of one template, read by their last words (lines.go).
	f.Add([]byte("Entry #1-2: legal\nEntry #second: winner\nEntry #3rd: thank\nEntry #4: year\nEntry #5: wave\nEntry #6: sausage\n" +
		"Entry #7: worth\nEntry #8: useful\nEntry #9: legal\nEntry #10: winner\nEntry #11: thank\nEntry #twelve: yellow\n"))
	// A typo its first four letters do not read ("wnner", "thakn"), in
	// the stretches the lazy finder holds back around a word in no list.
	f.Add([]byte("seed: legal wnner thank year wave sausage worth useful legal winner thakn yellow\nthe legal winner thank year wave sausage worth usefl legal winner thank yellow and more\n"))
	// Notes in parentheses that end numbered items, and ones that do
	// not ("(x" unclosed, a nested one, one before more text).
	f.Add([]byte("1. legal (лигал)\n2. winner (w)\n3) thank (x\n4. year ((y))\n5. wave (z) more\n(6) sausage (s)\n"))
	// Rows after labels of their place, and labels that only look so.
	f.Add([]byte("Words 1-6: legal winner thank year wave sausage\n- Row 2: worth useful legal winner thank yellow\nLine 3:x\nRow -: a\nWord 12345678: b\n"))
	// Words joined by dots (dottedPhrase) and notes beside a phrase
	// (noteWords, cutsNote).
	f.Add([]byte("seed " + strings.Repeat("abandon.", 11) + "about.\nobj.keep.this.safe(1)\n"))
	f.Add([]byte("never share this " + strings.Repeat("abandon ", 11) + "about keep this safe\nplease keep " + strings.Repeat("zoo ", 11) + "wrong this\n"))
	// Words cut by hyphens at line ends, and lists a conjunction ends.
	f.Add([]byte("le-\r\n  gal win-\nner ab-\n\nc -\nd\xc3-\n\xa9 a, b, c, d, e, f, g, h, i, j, k, and l\n"))
	// A table drawn in box-drawing characters, read as ASCII.
	f.Add([]byte("┌───┬───┐\n│ 1. legal │ 2. winner │\n├───┼───┤\n│ 3. thank │ 4. year ╎\n└───┴───┘\n\xe2\x94"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ms := Find(data)
		if eager := findEager(data); !sameMatches(ms, eager) {
			t.Fatalf("lazy finder found %d phrases, eager %d (or others)", len(ms), len(eager))
		}
		last := 0
		for _, m := range ms {
			if m.Start < last || m.Start >= m.End || m.End > len(data) {
				t.Fatalf("bad span %d..%d (after %d, len %d)", m.Start, m.End, last, len(data))
			}
			last = m.End
			if m.StartLine < 1 || m.EndLine < m.StartLine {
				t.Fatalf("bad lines %d..%d", m.StartLine, m.EndLine)
			}
			if m.Phrase.Scheme() == SchemeBIP39 && !m.Phrase.Prefixes() {
				// A found phrase must validate again from its words.
				if _, err2 := Validate(strings.Join(m.Phrase.RevealWords(), " ")); err2 != nil {
					t.Fatalf("found phrase does not validate: %v", err2)
				}
			}
		}
	})
}

// FuzzPlainCopy: the plain copies of markup, RTF, quoted and numbered
// text and Sticky Notes' paragraphs map back into their source in order,
// whatever the input.
func FuzzPlainCopy(f *testing.F) {
	f.Add([]byte("<p>one</p><p>two &amp; three</p><!-- c --><a href='x y z'>t</a>"))
	f.Add([]byte("<w:p a=\"1\"\n b='two words here'/>&#233;&bogus;<br><br/>"))
	f.Add([]byte(`{\rtf1\ansi\ansicpg1250{\fonttbl{\f0 Arial;}}{\*\generator x;}caf\'e9 \uc2\u-3937??{\pict\bin3 {{{}x\par` + "\r\n}"))
	f.Add([]byte("> > 1) alpha   7) golf\n>> 2) bravo\r\n>\n> x\n>"))
	f.Add([]byte("uno: a\ndos: b\ntres: c\ncuatro: d\ncinco: e\nseis: f\n1ª palavra: g  dix-huit\u00a0: h\n1er i 2e j\nSlovo 3: k"))
	f.Add([]byte("\tA\tB\nRow 1\ta\tb\nRow 2\t\tc\nrow 3-4\td\t1\t\t2\tRow 5:\te"))
	f.Add([]byte(`\id=51ab0001-4a1b-4c2d-9e3f-00fe00000001 one two\n\id=51ab0002-4a1b-4c2d-9e3f-00fe0000000 x\id=`))
	f.Add([]byte("Part 1\na b\nWords 13-24:\nc d\n## first half\ne\n앞 12개\nf\nSeed (1-12): g\nlast 12: h\n3番目：i"))
	// A sheet's cells, whose row labels may stand in cells of their own.
	readCells := func(src, buf []byte, pieces []piece) ([]byte, markupMap) {
		return writeNumbered(src, buf, pieces, numberMarkers(src, true))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, read := range []func(src, buf []byte, pieces []piece) ([]byte, markupMap){readMarkup, readRTF, readQuoted, readNumbered, readCells, readStickyNotes} {
			plain, m := read(data, nil, nil)
			checkPlainMap(t, data, plain, m)
		}
	})
}

func FuzzValidate(f *testing.F) {
	f.Add(strings.Repeat("abandon ", 11) + "about")
	f.Add("ABANDON\u3000abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about")
	f.Add("aban aban aban aban aban aban aban aban aban aban aban abou")
	f.Add("\xff\xfe invalid utf8")
	f.Fuzz(func(t *testing.T, s string) {
		p, err := Validate(s)
		if err != nil {
			if !p.IsZero() {
				t.Fatal("error with a phrase")
			}
			return
		}
		if !utf8.ValidString(p.Reveal()) {
			t.Fatal("normalized form is not UTF-8")
		}
		q, err := Validate(p.Reveal())
		if err != nil {
			t.Fatalf("normalized form does not validate: %v", err)
		}
		if string(q.RevealEntropy()) != string(p.RevealEntropy()) {
			t.Fatal("entropy changed through normalisation")
		}
	})
}

// findEager is Find without its lazy mode: every word is looked up and
// joins the run as it comes.
func findEager(text []byte) []Match {
	eager := func(text []byte) []Match {
		f := &finder{text: text, t: data(), lineAt: 1, lastS: -1, eager: true, direct: true}
		f.scan()
		if len(f.tails) > 0 {
			return lineTemplates(text, f.tails, f.out)
		}
		return f.out
	}
	return findText(text, eager, false, false)
}

// sameMatches compares two results of Find by span, lines, layout,
// evidence and phrase (by fingerprint-free equality of its indices).
func sameMatches(a, b []Match) bool {
	return slices.EqualFunc(a, b, func(x, y Match) bool {
		return x.Start == y.Start && x.End == y.End && x.StartLine == y.StartLine && x.EndLine == y.EndLine &&
			x.Layout == y.Layout && x.Labelled == y.Labelled && x.Exact == y.Exact && x.Corrected == y.Corrected &&
			x.score == y.score && x.Phrase.Scheme() == y.Phrase.Scheme() && x.Phrase.Language() == y.Phrase.Language() &&
			slices.Equal(x.Phrase.RevealIndices(), y.Phrase.RevealIndices())
	})
}
