package mnemonic

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// plainCase is a document that holds one phrase: render writes it from
// the phrase's words (NFC), line is the line the phrase starts on.
type plainCase struct {
	name   string
	lang   Language
	n      int
	line   int
	render func(w []string) string
}

// checkPlainCases finds each case's phrase, at its line and with its
// span from its first word to its last in the document as written.
// Failure messages name fingerprints and offsets, never words.
func checkPlainCases(t *testing.T, seed uint64, cases []plainCase) {
	rng := rand.New(rand.NewPCG(seed, seed+1))
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fx := newFixture(t, rng, tc.lang, tc.n)
			w := make([]string, len(fx.words))
			for i, x := range fx.words {
				w[i] = norm.NFC.String(x)
			}
			text := []byte(tc.render(w))
			ms := Find(text)
			require.Len(t, ms, 1)
			m := ms[0]
			assert.Equal(t, fp(fx.norm), fp(m.Phrase.Reveal()))
			assert.Equal(t, tc.line, m.StartLine, "start line")
			assert.Equal(t, m.StartLine+bytes.Count(text[m.Start:m.End], []byte{'\n'}), m.EndLine, "end line")
			assert.Equal(t, tc.line, 1+bytes.Count(text[:m.Start], []byte{'\n'}), "span start's line")
			assert.True(t, m.Start >= 0 && m.Start < m.End && m.End <= len(text), "span %d..%d of %d", m.Start, m.End, len(text))
			assert.Equal(t, findEager(text), ms, "lazy and eager finders differ")
		})
	}
}

// TestFindInMarkup: HTML and the XML of office documents are read as
// they show. Until 2026-12-02 tags were only separators, so a phrase in
// a paragraph between others (no line break in the markup), in a
// comment, in an attribute value (an app.config's value="…"), one word
// a paragraph, or with &nbsp; between words was missed; in a file that
// did not read as markup (one self-closing element), a tag with a value
// of several words was passed over whole until 2026-12-02 (eleventh pass);
// one whose words ideographic spaces set apart, until 2026-12-03; markup
// laid out a tag a line, with a number and a word a span each, until
// later that day.
func TestFindInMarkup(t *testing.T) {
	para := func(s string) string { return "<p>" + s + "</p>" }
	checkPlainCases(t, 41, []plainCase{
		{"html paragraphs", English, 12, 1, func(w []string) string {
			return "<html><body>" + para("Things to do this week and the next one") + para(strings.Join(w, " ")) + para("Call the plumber about the kitchen sink") + "</body></html>\n"
		}},
		{"html line breaks", English, 24, 2, func(w []string) string {
			return "<div>\nNotes for the trip to the coast<br>" + strings.Join(w, " ") + "<br/>Buy a hat for the beach</div>\n"
		}},
		{"html comment", English, 12, 3, func(w []string) string {
			return "<div>\n<p>Welcome</p>\n<!-- " + strings.Join(w, " ") + " -->\n</div>\n"
		}},
		{"WordPress blocks, a word each", English, 12, 6, func(w []string) string {
			var b strings.Builder
			b.WriteString("<!-- wp:heading -->\n<h2>Backup</h2>\n<!-- /wp:heading -->\n\n")
			for _, x := range w {
				b.WriteString("<!-- wp:paragraph {\"fontSize\":\"small\"} -->\n<p>" + x + "</p>\n<!-- /wp:paragraph -->\n\n")
			}
			return b.String()
		}},
		{"a bookmark's link, the phrase in its query", English, 12, 3, func(w []string) string {
			return "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n<DT><A HREF=\"https://iancoleman.io/bip39/?phrase=" + strings.Join(w, "+") + "&coin=0\" ADD_DATE=\"1670000000\">BIP39 tool</A>\n</DL>\n"
		}},
		{"words between one-word comments", English, 12, 2, func(w []string) string {
			return "<div>\n" + strings.Join(w, " <!-- x --> ") + "\n</div>\n"
		}},
		{"table cells with styles (OneNote, Word)", French, 12, 5, func(w []string) string {
			var b strings.Builder
			b.WriteString("<body lang=fr-FR style='font-family:Calibri;font-size:11.0pt'>\n<p style='margin:0in'>Ledger – mots de récupération :</p>\n<table border=1 style='border-collapse:collapse'>\n")
			for r := range 4 {
				b.WriteString("<tr>\n")
				for c := range 3 {
					b.WriteString("<td style='border:solid #A3A3A3 1.0pt;padding:2.0pt 3.0pt'><p style='margin:0in;font-family:Calibri;font-size:11.0pt'>" + w[r*3+c] + "</p></td>\n")
				}
				b.WriteString("</tr>\n")
			}
			return b.String() + "</table>\n</body>\n"
		}},
		{"Word table numbered down its columns, a paragraph a cell", English, 12, 2, func(w []string) string {
			cell := func(s string) string {
				return `<w:tc><w:tcPr><w:tcW w:w="1500" w:type="dxa"/></w:tcPr><w:p w14:paraId="AA930212"><w:r><w:t>` + s + `</w:t></w:r></w:p></w:tc>`
			}
			var b strings.Builder
			b.WriteString(`<w:body><w:p><w:r><w:t>Recovery seed:</w:t></w:r></w:p>` + "\n" + `<w:tbl><w:tr>`)
			for range 3 {
				b.WriteString(cell("#") + cell("Word"))
			}
			b.WriteString(`</w:tr>`)
			for r := range 4 {
				b.WriteString(`<w:tr>`)
				for c := range 3 {
					b.WriteString(cell(fmt.Sprint(r+4*c+1)) + cell(w[r+4*c]))
				}
				b.WriteString(`</w:tr>`)
			}
			return b.String() + "</w:tbl></w:body>\n"
		}},
		{"entities between words", English, 12, 1, func(w []string) string {
			return "<td>" + strings.Join(w, "&nbsp;") + "</td>\n"
		}},
		{"attribute value", English, 12, 4, func(w []string) string {
			return "<configuration>\n  <appSettings>\n    <add key=\"Network\" value=\"mainnet\" />\n    <add key=\"Mnemonic\" value=\"" + strings.Join(w, " ") + "\" />\n  </appSettings>\n</configuration>\n"
		}},
		{"attribute of a lone element", English, 12, 1, func(w []string) string {
			// No end tag, comment or <br>: not read as markup, and the
			// tag was passed over whole while shorter than 128 bytes.
			return `<add key="Mnemonic" value="` + strings.Join(w, " ") + `" />` + "\n"
		}},
		{"attribute after another, lone element", English, 12, 2, func(w []string) string {
			return "wallet settings\n<wallet network=\"main\" words='" + strings.Join(w, " ") + "'/>\n"
		}},
		{"attribute with ideographic spaces", ChineseSimplified, 21, 3, func(w []string) string {
			// A restore form's value between a label and a button whose
			// glued characters are list words too.
			return "<form>\n  <label for=\"m\">助记词</label>\n  <input id=\"m\" name=\"mnemonic\" type=\"text\" value=\"" + strings.Join(w, "\u3000") + "\">\n  <button type=\"submit\">恢复</button>\n</form>\n"
		}},
		{"attribute with ideographic spaces, lone element", Japanese, 12, 1, func(w []string) string {
			return `<input value="` + strings.Join(w, "\u3000") + `">` + "\n"
		}},
		{"attribute over lines", English, 12, 3, func(w []string) string {
			return "<wallet\n   name=\"main\"\n   words='" + strings.Join(w, " ") + "'\n/>\n"
		}},
		{"word document paragraph per word", English, 12, 2, func(w []string) string {
			var b strings.Builder
			b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n")
			b.WriteString(`<w:document><w:body><w:p><w:r><w:t>My recovery words</w:t></w:r></w:p>`)
			for _, x := range w {
				b.WriteString(`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>` + x + `</w:t></w:r></w:p>`)
			}
			b.WriteString(`<w:p><w:r><w:t>Keep this safe and never share it with anyone at all</w:t></w:r></w:p></w:body></w:document>`)
			return b.String()
		}},
		{"word document runs", Spanish, 12, 1, func(w []string) string {
			return `<w:document><w:body><w:p><w:r><w:t>Cartera</w:t></w:r></w:p><w:p><w:r><w:t>` + strings.Join(w[:5], " ") + `</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> ` + strings.Join(w[5:], " ") + `</w:t></w:r></w:p><w:p><w:r><w:t>Llamar al fontanero</w:t></w:r></w:p></w:body></w:document>`
		}},
		{"a tag a line (a test snapshot), a word and its number a span each", English, 12, 13, func(w []string) string {
			var b strings.Builder
			b.WriteString("exports[`BackupSheet renders the words 1`] = `\n<div>\n  <ol>\n")
			for i, x := range w {
				fmt.Fprintf(&b, "    <li\n      class=\"word\"\n    >\n      <span\n        class=\"index\"\n      >\n        %d\n      </span>\n      <span>\n        %s\n      </span>\n    </li>\n", i+1, x)
			}
			return b.String() + "  </ol>\n</div>\n`;\n"
		}},
		{"a tag a line, a word a div", English, 12, 6, func(w []string) string {
			var b strings.Builder
			b.WriteString("<section>\n  <h2>\n    Recovery phrase\n  </h2>\n")
			for _, x := range w {
				fmt.Fprintf(&b, "  <div class=\"cell\">\n    %s\n  </div>\n", x)
			}
			return b.String() + "</section>\n"
		}},
		{"word document runs cutting words", English, 24, 1, func(w []string) string {
			// Word cuts a paragraph into runs wherever format, spelling
			// marks or revisions change, in the middle of words too.
			text := strings.Join(w, " ")
			var b strings.Builder
			b.WriteString(`<w:document><w:body><w:p><w:r><w:t>Recovery phrase:</w:t></w:r></w:p><w:p>`)
			for i := 0; i < len(text); i += 7 {
				if i%3 == 0 {
					b.WriteString(`<w:proofErr w:type="spellStart"/>`)
				}
				fmt.Fprintf(&b, `<w:r w:rsidR="00A1%04X"><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>`, i, text[i:min(i+7, len(text))])
			}
			return b.String() + `</w:p><w:p><w:r><w:t>PIN is the usual one.</w:t></w:r></w:p></w:body></w:document>`
		}},
		{"word document, a phrase deleted with changes tracked", English, 12, 1, func(w []string) string {
			// The deleted text, then the text inserted in its place:
			// two versions, not one word (corpus 68).
			return `<w:document><w:body><w:p><w:r><w:t xml:space="preserve">Backup words for the vault envelope: </w:t></w:r>` +
				`<w:del w:id="1" w:author="M"><w:r><w:delText xml:space="preserve">` + strings.Join(w, " ") + `</w:delText></w:r></w:del>` +
				`<w:ins w:id="2" w:author="M"><w:r><w:t>(removed, see the sealed envelope)</w:t></w:r></w:ins></w:p></w:body></w:document>`
		}},
		{"opendocument spans cutting words", Italian, 12, 1, func(w []string) string {
			text := strings.Join(w, " ")
			k := len(w[0]) + 2 // inside the second word
			return `<office:text><text:p>Parole</text:p><text:p>` + text[:k] + `<text:span text:style-name="T1">` + text[k:] + `</text:span></text:p></office:text>`
		}},
		{"slide runs cutting words", English, 12, 1, func(w []string) string {
			text := strings.Join(w, " ")
			k := len(w[0]) + 3
			return `<p:sld><p:txBody><a:p><a:r><a:rPr lang="en-US"/><a:t>` + text[:k] + `</a:t></a:r><a:r><a:rPr lang="en-US" b="1"/><a:t>` + text[k:] + `</a:t></a:r></a:p></p:txBody></p:sld>`
		}},
		{"html, a word a span with no space between", English, 12, 1, func(w []string) string {
			// A page's layout sets the words apart: its inline tags do.
			return "<div class=\"words\"><span>" + strings.Join(w, "</span><span>") + "</span></div>\n"
		}},
		{"opendocument paragraphs", French, 12, 1, func(w []string) string {
			return `<office:text><text:p text:style-name="P1">Choses à faire cette semaine et la suivante</text:p><text:p text:style-name="P1">` + strings.Join(w, " ") + `</text:p><text:p>Appeler le plombier</text:p></office:text>`
		}},
	})
}

// TestFindMarkupListsAreLists: a wordlist laid out in markup, an item or
// a paragraph a word, is still a list.
func TestFindMarkupListsAreLists(t *testing.T) {
	words := Wordlist(English)
	for _, wrap := range []string{"<li>%s</li>\n", "<li>%s</li>", "<w:p><w:r><w:t>%s</w:t></w:r></w:p>", "<option value=\"%[1]s\">%[1]s</option>"} {
		var b strings.Builder
		b.WriteString("<ul>")
		for _, w := range words {
			fmt.Fprintf(&b, wrap, w)
		}
		b.WriteString("</ul>\n")
		assert.Empty(t, Find([]byte(b.String())), "%q", wrap)
	}
}

// TestFindInRTF: RTF is read as a reader sees it. Until 2026-12-02 its
// control words were words: "\par" (WordPad's paragraph end) broke a
// phrase written over lines, and letters beyond ASCII ("\'e1", "\u12354")
// broke the words they were in.
func TestFindInRTF(t *testing.T) {
	const head = `{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang1033{\fonttbl{\f0\fnil\fcharset0 Calibri;}}` + "\r\n" + `{\*\generator Riched20 10.0.19041}\viewkind4\uc1 ` + "\r\n"
	cp := func(m *charmap.Charmap, s string) string {
		var b strings.Builder
		for _, r := range s {
			if r < 0x80 {
				b.WriteRune(r)
				continue
			}
			c, ok := m.EncodeRune(r)
			if !ok {
				return "unencodable"
			}
			fmt.Fprintf(&b, `\'%02x`, c)
		}
		return b.String()
	}
	uni := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			if r < 0x80 {
				b.WriteRune(r)
				continue
			}
			v := int(r)
			if v > 0x7fff {
				v -= 0x10000
			}
			fmt.Fprintf(&b, `\u%d?`, v)
		}
		return b.String()
	}
	checkPlainCases(t, 43, []plainCase{
		{"wordpad lines", English, 12, 3, func(w []string) string {
			return head + `\pard\sa200\sl276\slmult1\f0\fs22\lang9 ` + strings.Join(w[:4], " ") + `\par` + "\r\n" + strings.Join(w[4:8], " ") + `\par` + "\r\n" + strings.Join(w[8:], " ") + `\par` + "\r\n}\r\n"
		}},
		{"a word a paragraph", English, 24, 3, func(w []string) string {
			return head + `\pard\f0\fs22 ` + strings.Join(w, `\par`+"\r\n") + `\par` + "\r\n}\r\n"
		}},
		{"textedit", English, 12, 6, func(w []string) string {
			return "{\\rtf1\\ansi\\ansicpg1252\\cocoartf2639\n\\cocoatextscaling0\\cocoaplatform0{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;}\n{\\colortbl;\\red255\\green255\\blue255;}\n\\pard\\tx566\\pardirnatural\\partightenfactor0\n\n\\f0\\fs24 \\cf0 " + strings.Join(w[:6], " ") + "\\\n" + strings.Join(w[6:], " ") + "}"
		}},
		{"spanish in code page 1252", Spanish, 12, 4, func(w []string) string {
			return head + `\pard\f0\fs22 Cartera\par` + "\r\n" + cp(charmap.Windows1252, strings.Join(w, " ")) + `\par` + "\r\n}"
		}},
		{"czech in code page 1250", Czech, 12, 4, func(w []string) string {
			return strings.Replace(head, "ansicpg1252", "ansicpg1250", 1) + `\pard\f0\fs22 Penezenka\par` + "\r\n" + cp(charmap.Windows1250, strings.Join(w, " ")) + `\par` + "\r\n}"
		}},
		{"japanese as unicode escapes", Japanese, 12, 4, func(w []string) string {
			return head + `\pard\f0\fs22 wallet\par` + "\r\n" + uni(strings.Join(w, "\u3000")) + `\par` + "\r\n}"
		}},
		{"bold words", English, 12, 4, func(w []string) string {
			return head + `\pard\f0 seed:\par` + "\r\n" + strings.Join(w[:3], " ") + ` {\b ` + strings.Join(w[3:9], " ") + `}\b0  ` + strings.Join(w[9:], " ") + `\par` + "\r\n}"
		}},
	})
}

// TestPlainCopyMap: offsets of the plain copies map back into the source
// in order, verbatim pieces hold the source's bytes, and tags, entities
// and control words are read as the reader sees them.
func TestPlainCopyMap(t *testing.T) {
	for _, tc := range []struct {
		name, src, plain string
		read             func(src, buf []byte, pieces []piece) ([]byte, markupMap)
	}{
		{"paragraphs", "<p>one</p><p>two &amp; three</p>", "\none\n two & three\n", readMarkup},
		{"inline tags", "a<b>bold</b>c <span class=\"x\">d</span>", "a bold c c  d ", readMarkup},
		{"not tags", "if a<b && c>d {", "if a<b && c>d {", readMarkup},
		{"attribute", `<i title="a b c" x=1>t</i>`, "\ntitle=\"a b c\"\nt ", readMarkup},
		{"comment", "x<!-- a b -->y", "x  a b -->y", readMarkup},
		{"block delimiter", "x<!-- wp:paragraph {\"a\":1} -->y<!-- /wp:paragraph -->", "x y ", readMarkup},
		{"one-word comment", "x<!-- more -->y", "x y", readMarkup},
		{"rtf", `{\rtf1{\fonttbl{\f0 Arial;}}caf\'e9 \b bold\b0\par` + "\r\n" + `\u12354?x\\y}`, "café bold\nあx\\y", readRTF},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := []byte(tc.src)
			plain, m := tc.read(src, nil, nil)
			if tc.name != "inline tags" {
				assert.Equal(t, tc.plain, string(plain))
			}
			checkPlainMap(t, src, plain, m)
		})
	}
}

// checkPlainMap checks the invariants of a plain copy's map.
func checkPlainMap(t *testing.T, src, plain []byte, m markupMap) {
	t.Helper()
	prev := 0
	for k, p := range m.pieces {
		end := len(plain)
		if k+1 < len(m.pieces) {
			end = m.pieces[k+1].plain
		}
		require.True(t, p.plain <= end && p.src <= p.srcEnd && p.srcEnd <= len(src) && p.src >= prev, "piece %d", k)
		if p.verbatim {
			require.Equal(t, src[p.src:p.srcEnd], plain[p.plain:end], "verbatim piece %d", k)
		}
		prev = p.srcEnd
	}
	if len(plain) == 0 {
		return
	}
	last := -1
	for i := range plain {
		s := m.start(i)
		require.True(t, s >= last && s < len(src)+1, "start(%d) = %d", i, s)
		last = s
		e := m.end(i + 1)
		require.True(t, e > s || e == s && s == len(src), "end(%d) = %d, start %d", i+1, e, s)
		require.True(t, e <= len(src), "end(%d) = %d", i+1, e)
	}
}

func TestHasQuotedLines(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"", false},
		{">", false},
		{"> one\n> two\n", true},
		{">> one\n>> two", true},
		{"intro\n> one\n> two", true},
		{"> one quoted line\nthen text", false},
		{"a -> b\nc => d\n", false}, // marks inside lines
		{"x\n>", false},             // one mark at a line's start
		{"x\n>\n>", true},           // two, the last at the end
		{"<a>\n<b>\n", false},       // closing brackets end lines
		{"a >\n> b\n", false},       // one line starts with a mark
		{"\n>\n>", true},            // the first byte a break
		{"x\r\n> a\r\n> b", true},   // CRLF lines
		{"x\n >a\n >b", false},      // indented: no quote
		{">a\nb>\nc>\n", false},     // marks ending lines
		{"1>2\n3>4\n5>6", false},    // comparisons
	} {
		assert.Equal(t, tc.want, hasQuotedLines([]byte(tc.text)), "%q", tc.text)
	}
}

// TestMarkupTableCells: a cell's paragraphs are one line of its row (its
// line breaks break it), and a row closes its cells, so that paragraphs after a table whose HTML
// left out </td> break their lines again.
func TestMarkupTableCells(t *testing.T) {
	plain := func(s string) string {
		out, _ := readMarkup([]byte(s), nil, nil)
		return string(out)
	}
	assert.Regexp(t, `1[ \t]+word`, plain(`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>word</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`))
	after := plain("<table><tr><td>1<td>x</tr></table><p>alpha</p><p>beta</p>")
	assert.Regexp(t, `alpha\s*\n\s*beta`, after)
	assert.Contains(t, plain("<h2>Week 2</h2><p>x</p>"), "## Week 2")
	// A line break in a cell breaks the cell's line: a forum's post laid
	// out in a table's cell, a line a "<br />".
	post := plain(`<table><tr><td class="t_f">hello<br />seed: one two<br />thanks</td></tr></table>`)
	assert.Regexp(t, `hello\s*
\s*seed: one two\s*
\s*thanks`, post)
	assert.Regexp(t, `a\s*
\s*b`, plain(`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t><w:br/><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`))
}

// TestFindInAttributeWithLineBreakReferences: an attribute's value whose
// line breaks are character references (SMS Backup & Restore's
// body="Seed:&#10;…&#10;…") is read as its lines, after a label or
// without one.
func TestFindInAttributeWithLineBreakReferences(t *testing.T) {
	rng := rand.New(rand.NewPCG(173, 174))
	for _, label := range []string{"", "Seed:&#10;", "Mama, die W&#246;rter:&#13;&#10;"} {
		fx := newFixture(t, rng, English, 12)
		body := label + strings.Join(fx.words, "&#10;")
		text := "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"2\">\n" +
			"  <sms protocol=\"0\" address=\"+491701234567\" date=\"1715333422000\" type=\"2\" body=\"" + body + "\" read=\"1\" contact_name=\"Mama\" />\n" +
			"  <sms protocol=\"0\" address=\"+491701234567\" date=\"1715333522000\" type=\"1\" body=\"ok danke\" read=\"1\" />\n</smses>\n"
		ms := Find([]byte(text))
		require.Len(t, ms, 1, "label %q", label)
		assert.True(t, fp(fx.norm) == fp(ms[0].Phrase.Reveal()), "label %q", label)
		assert.Equal(t, strings.Index(text, fx.words[0]+"&#10;"), ms[0].Start, "label %q: the phrase's place in the file", label)
	}
}

// TestFindInOpenDocumentRows: an OpenDocument spreadsheet's rows
// (table:table-row) are lines, as HTML's are: a phrase a word a cell in
// the row under a header row ("Wort 1" … "Wort 12") is read from its row.
func TestFindInOpenDocumentRows(t *testing.T) {
	rng := rand.New(rand.NewPCG(175, 176))
	fx := newFixture(t, rng, English, 12)
	row := func(cells []string) string {
		var b strings.Builder
		b.WriteString("<table:table-row>")
		for _, c := range cells {
			b.WriteString(`<table:table-cell office:value-type="string"><text:p>` + c + "</text:p></table:table-cell>")
		}
		return b.String() + "</table:table-row>"
	}
	var header []string
	for i := range 12 {
		header = append(header, fmt.Sprintf("Wort %d", i+1))
	}
	text := `<?xml version="1.0" encoding="UTF-8"?><office:document-content><office:body><office:spreadsheet><table:table table:name="Zugänge">` +
		row([]string{"Dienst", "Benutzer"}) + row([]string{"E-Mail", "thomas@example.de"}) + "<table:table-row></table:table-row>" +
		row([]string{"Trezor Model T – Seed"}) + row(header) + row(fx.words) +
		`</table:table></office:spreadsheet></office:body></office:document-content>`
	ms := Find([]byte(text))
	require.Len(t, ms, 1)
	assert.True(t, fp(fx.norm) == fp(ms[0].Phrase.Reveal()))
}

// TestFindInInputValues: a saved restore page's form, a word in the value
// of each input field (whose other attributes, "text", are list words),
// is read as the page shows it; a form of other values is no phrase.
func TestFindInInputValues(t *testing.T) {
	rng := rand.New(rand.NewPCG(175, 176))
	form := func(vals []string) string {
		var b strings.Builder
		b.WriteString("<!doctype html>\n<html><head><title>Recover</title></head>\n<body>\n  <form id=\"restore\">\n")
		for i, v := range vals {
			fmt.Fprintf(&b, "    <input type=\"text\" name=\"w%d\" value=\"%s\">\n", i+1, v)
		}
		return b.String() + "    <button>Restore</button>\n  </form>\n</body></html>\n"
	}
	for _, n := range []int{12, 24} {
		fx := newFixture(t, rng, English, n)
		ms := Find([]byte(form(fx.words)))
		if assert.Len(t, ms, 1, n) {
			assert.True(t, fp(fx.norm) == fp(ms[0].Phrase.Reveal()), "%d words", n)
		}
	}
	assert.Empty(t, Find([]byte(form([]string{"Alice", "alice@example.com", "42", "Berlin", "yes", "no"}))))
}

// TestFindInHOCR: tesseract's hOCR, each word a span whose title holds
// its box and confidence ("bbox 100 200 250 230; x_wconf 91"): numbers,
// no text, so the words read as a phrase (corpus 194).
func TestFindInHOCR(t *testing.T) {
	rng := rand.New(rand.NewPCG(194, 49))
	for _, n := range []int{12, 24} {
		fx := newFixture(t, rng, English, n)
		var b strings.Builder
		b.WriteString("<?xml version='1.0' encoding='UTF-8'?>\n<html><body><div class='ocr_page' id='page_1' title='image \"IMG_2240.jpg\"; bbox 0 0 1200 1600; ppageno 0'>\n")
		for i, w := range fx.words {
			if i%3 == 0 {
				fmt.Fprintf(&b, "<span class='ocr_line' id='line_1_%d' title='bbox 100 %d 700 %d'>", i/3+1, 200+50*i, 230+50*i)
			}
			fmt.Fprintf(&b, "<span class='ocrx_word' id='word_1_%d' title='bbox %d %d %d %d; x_wconf %d'>%s</span> ", i+1, 100+200*(i%3), 200+50*i, 250+200*(i%3), 230+50*i, 80+i, w)
			if i%3 == 2 {
				b.WriteString("</span>\n")
			}
		}
		b.WriteString("</div></body></html>\n")
		ms := Find([]byte(b.String()))
		if assert.Len(t, ms, 1, n) {
			assert.True(t, fp(fx.norm) == fp(ms[0].Phrase.Reveal()), "%d words", n)
		}
	}
}
