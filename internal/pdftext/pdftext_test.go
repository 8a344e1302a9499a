package pdftext

import (
	"bytes"
	"compress/zlib"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/go-pdf/fpdf"
	"github.com/ledongthuc/pdf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// words are test words, not anyone's phrase.
var words = strings.Fields("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima")

func render(t testing.TB, draw func(p *fpdf.Fpdf)) []byte {
	t.Helper()
	p := fpdf.New("P", "mm", "A4", "")
	p.SetCompression(true)
	p.SetFont("Helvetica", "", 12)
	draw(p)
	var b bytes.Buffer
	require.NoError(t, p.Output(&b))
	return b.Bytes()
}

// table draws the recovery-sheet layout: two columns, 1–6 left, 7–12 right,
// the right column written first so stream order is not reading order.
func table(p *fpdf.Fpdf) {
	p.AddPage()
	for col := 1; col >= 0; col-- {
		for row := 0; row < 6; row++ {
			n := col*6 + row
			p.Text(20+float64(col)*80, 30+float64(row)*10, fmt.Sprintf("%d. %s", n+1, words[n]))
		}
	}
}

func TestExtract(t *testing.T) {
	var rows []string
	for row := 0; row < 6; row++ {
		rows = append(rows, fmt.Sprintf("%d. %s %d. %s", row+1, words[row], row+7, words[row+6]))
	}
	tests := []struct {
		name string
		draw func(p *fpdf.Fpdf)
		want []string
	}{
		{"one line", func(p *fpdf.Fpdf) {
			p.AddPage()
			p.Text(20, 30, strings.Join(words, " "))
		}, []string{strings.Join(words, " ") + "\n"}},
		{"table in two columns", table, []string{strings.Join(rows, "\n") + "\n"}},
		{"two pages", func(p *fpdf.Fpdf) {
			p.AddPage()
			p.Text(20, 30, strings.Join(words[:6], " "))
			p.AddPage()
			p.Text(20, 30, strings.Join(words[6:], " "))
		}, []string{strings.Join(words[:6], " ") + "\n", strings.Join(words[6:], " ") + "\n"}},
		{"empty page", func(p *fpdf.Fpdf) { p.AddPage() }, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := render(t, tt.draw)
			got, err := Extract(context.Background(), bytes.NewReader(data), int64(len(data)), Limits{})
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestExtractLimits(t *testing.T) {
	three := render(t, func(p *fpdf.Fpdf) {
		for range 3 {
			p.AddPage()
			p.Text(20, 30, "page")
		}
	})
	got, err := Extract(context.Background(), bytes.NewReader(three), int64(len(three)), Limits{Pages: 2})
	assert.ErrorIs(t, err, ErrLimit)
	assert.Len(t, got, 2)

	_, err = Extract(context.Background(), bytes.NewReader(three), int64(len(three)), Limits{Bytes: 100})
	assert.ErrorIs(t, err, ErrLimit)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = Extract(ctx, bytes.NewReader(three), int64(len(three)), Limits{})
	assert.Error(t, err)

	deep := []byte("%PDF-1.4\n1 0 obj\n" + strings.Repeat("[", 100000) + "\nendobj\ntrailer\n<</Size 2>>\nstartxref\n0\n%%EOF\n")
	_, err = Extract(context.Background(), bytes.NewReader(deep), int64(len(deep)), Limits{})
	assert.ErrorIs(t, err, ErrLimit)

	huge := []byte("%PDF-1.4\nxref\n0 4000000000\ntrailer\n<</Size 2>>\nstartxref\n9\n%%EOF\n")
	_, err = Extract(context.Background(), bytes.NewReader(huge), int64(len(huge)), Limits{})
	assert.ErrorIs(t, err, ErrLimit)
	size := []byte("%PDF-1.4\n1 0 obj\n<</Type/XRef/Size 99999999999/W[1 2 1]>>stream\n\nendstream\nendobj\nstartxref\n9\n%%EOF\n")
	_, err = Extract(context.Background(), bytes.NewReader(size), int64(len(size)), Limits{})
	assert.ErrorIs(t, err, ErrLimit)
}

func TestExtractMalformed(t *testing.T) {
	for _, in := range []string{"", "%PDF-1.4\n", "%PDF-1.4\n%%EOF", "not a pdf", "%PDF-1.4\nstartxref\n5\n%%EOF\n"} {
		_, err := Extract(context.Background(), strings.NewReader(in), int64(len(in)), Limits{})
		assert.Error(t, err, "%q", in)
	}
}

func FuzzExtract(f *testing.F) {
	f.Add(render(f, table))
	f.Add([]byte("%PDF-1.4\n%%EOF\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		pages, err := Extract(context.Background(), bytes.NewReader(data), int64(len(data)), Limits{Pages: 8, Bytes: 1 << 20})
		assert.LessOrEqual(t, len(pages), 8)
		if err == nil {
			sameGlyphs(t, data) // within the limits Extract checked
		}
	})
}

// rawPDF writes a PDF of the given objects (numbered from 1, the first
// the catalog) with a cross-reference table.
func rawPDF(objs ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// streamObj writes a stream object with the given dictionary entries.
func streamObj(dict string, body []byte) string {
	return fmt.Sprintf("<< /Length %d %s >>\nstream\n%s\nendstream", len(body), dict, body)
}

// flate compresses b with zlib, as a FlateDecode stream holds it.
func flate(b []byte) []byte {
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	_, _ = w.Write(b)
	_ = w.Close()
	return z.Bytes()
}

// TestExtractInterpreterBounds: streams that would make the parser's
// interpreter stack millions of operands (a few kilobytes compressed, then
// gigabytes and minutes) or parse a huge or deep ToUnicode CMap are
// refused before it reads them; ordinary ones are not.
func TestExtractInterpreterBounds(t *testing.T) {
	// page is a one-page PDF showing content in font /F1, whose
	// ToUnicode CMap (when tu is not empty) holds tu.
	page := func(content, tu string) []byte {
		font := "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
		objs := []string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
			streamObj("/Filter /FlateDecode", flate([]byte(content))),
			font,
		}
		if tu != "" {
			objs[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"
			cmap := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap " + tu + " endcmap end end"
			objs = append(objs, streamObj("/Filter /FlateDecode", flate([]byte(cmap))))
		}
		return rawPDF(objs...)
	}
	const n = 200000 // more operands than any bound
	for _, c := range []struct {
		name, content string
		tu            string // the ToUnicode CMap's body; "" for none
		refused       bool
	}{
		{"operands without an operator", strings.Repeat("0 ", n) + "BT /F1 12 Tf (x) Tj ET", "", true},
		{"one huge array", "BT /F1 12 Tf [" + strings.Repeat("(a) -20 ", n/2) + "] TJ ET", "", true},
		{"names defined after begin", "1 dict begin /x 1 def " + strings.Repeat("x ", n) + "end BT /F1 12 Tf (x) Tj ET", "", true},
		{"current dictionaries", "1 dict begin " + strings.Repeat("currentdict ", n) + "end", "", true},
		{"content nested deep", "BT /F1 12 Tf " + strings.Repeat("[", 1000) + strings.Repeat("]", 1000) + " TJ ET", "", true},
		{"many operators", strings.Repeat("0 0 m ", n) + "BT /F1 12 Tf (x) Tj ET", "", false},
		{"a long TJ", "BT /F1 12 Tf [" + strings.Repeat("(a) -20 ", 2000) + "] TJ ET", "", false},
		{"CMap nested deep", "BT /F1 12 Tf (a) Tj ET", "1 beginbfchar <61> " + strings.Repeat("[", 1000) + strings.Repeat("]", 1000) + " endbfchar", true},
		{"CMap of many operands", "BT /F1 12 Tf (a) Tj ET", strings.Repeat("<61> ", 300000), true},
		{"CMap too large", "BT /F1 12 Tf (a) Tj ET", "%" + strings.Repeat("x", maxCMap), true},
		{"ordinary CMap", "BT /F1 12 Tf (a) Tj ET", "1 begincodespacerange <00> <ff> endcodespacerange 1 beginbfchar <61> <0062> endbfchar", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			data := page(c.content, c.tu)
			pages, err := Extract(context.Background(), bytes.NewReader(data), int64(len(data)), Limits{Bytes: 1 << 30})
			if c.refused {
				assert.ErrorIs(t, err, ErrLimit)
				return
			}
			require.NoError(t, err)
			require.Len(t, pages, 1)
			assert.NotEmpty(t, strings.TrimSpace(pages[0]))
		})
	}
	for _, tok := range []string{"-.5", "+3", "12.", "0"} {
		assert.True(t, isNumber([]byte(tok)), tok)
	}
	for _, tok := range []string{"-", ".", "1.2.3", "1e5", "Tj", "+-1"} {
		assert.False(t, isNumber([]byte(tok)), tok)
	}
}

// TestFontsOfPagesApart: a font read on one page serves another page only
// when its dictionary is the same; here each page calls a different font
// /F1, and two pages share one.
func TestFontsOfPagesApart(t *testing.T) {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 6 0 R >> >> /Contents 8 0 R >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 7 0 R >> >> /Contents 9 0 R >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 6 0 R /F2 7 0 R >> >> /Contents 10 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 97 /LastChar 98 /Widths [556 600] >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /FirstChar 97 /LastChar 98 /Widths [600 600] >>",
	}
	for _, c := range []string{"BT /F1 12 Tf 72 700 Td (abab) Tj ET", "BT /F1 10 Tf 72 700 Td (baba) Tj ET", "BT /F2 12 Tf 72 700 Td (ab) Tj /F1 9 Tf (ba) Tj ET"} {
		objs = append(objs, streamObj("", []byte(c)))
	}
	data := rawPDF(objs...)

	sameGlyphs(t, data)
	rd, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	require.NoError(t, err)
	leaves, err := pageLeaves(rd.Trailer().Key("Root").Key("Pages"), 8)
	require.NoError(t, err)
	require.Len(t, leaves, 3)
	fonts := newFontCache()
	var names [][]string
	for _, v := range leaves {
		var n []string
		for _, g := range pageGlyphs(pdf.Page{V: v}, fonts) {
			if g.S != "\n" {
				n = append(n, g.Font)
			}
		}
		names = append(names, n)
	}
	assert.Equal(t, [][]string{
		{"Helvetica", "Helvetica", "Helvetica", "Helvetica"},
		{"Courier", "Courier", "Courier", "Courier"},
		{"Courier", "Courier", "Helvetica", "Helvetica"},
	}, names)
	assert.Len(t, fonts.byDict, 2, "two fonts, each read once")
	assert.Len(t, fonts.byResource, 4, "/F1 of three resources, /F2 of one")
}

// sameGlyphs checks, page by page, that pageGlyphs gives the glyphs the
// parser's Page.Content gives, and panics where it panics (fonts without
// widths given none, as the parser gives them).
func sameGlyphs(t *testing.T, data []byte) {
	t.Helper()
	rd, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return
	}
	leaves, _ := pageLeaves(rd.Trailer().Key("Root").Key("Pages"), 8)
	fonts := newFontCache() // shared by the pages, as in Extract
	fonts.exact = true
	for i, v := range leaves {
		p := pdf.Page{V: v}
		want, wantPanic := catch(func() []pdf.Text { return p.Content().Text })
		got, gotPanic := catch(func() []pdf.Text { return pageGlyphs(p, fonts) })
		require.Equal(t, wantPanic, gotPanic, "page %d: panics", i)
		require.Equal(t, want, got, "page %d", i)
	}
}

func catch(f func() []pdf.Text) (out []pdf.Text, panicked bool) {
	defer func() {
		if recover() != nil {
			out, panicked = nil, true
		}
	}()
	return f(), false
}

func TestGlyphsMatchParser(t *testing.T) {
	fonts := func(p *fpdf.Fpdf) {
		p.AddPage()
		for i, f := range []string{"Helvetica", "Times", "Courier"} {
			for j, style := range []string{"", "B", "I"} {
				p.SetFont(f, style, float64(9+3*j))
				p.Text(20, 20+float64(30*i+10*j), strings.Join(words[i*3:i*3+4], " ")+" é ü")
			}
		}
	}
	// Operators fpdf does not write: TJ with kerning, T*, ' and ", TD,
	// Tz, Ts, Tc, Tw, Tm, cm inside q/Q, a font change inside q/Q.
	operators := func(p *fpdf.Fpdf) {
		p.AddPage()
		p.Text(10, 10, "x")
		p.RawWriteStr("BT /F1 12 Tf 14 TL 100 700 Td [(alp) -250 (ha) 1200 (bravo)] TJ T* (charlie) Tj 2 Tc 3 Tw (delta) ' 1 2 (echo) \" ET\n")
		p.RawWriteStr("q 2 0 0 2 10 10 cm BT /F1 10 Tf 150 Tz 4 Ts 1 0 0 1 50 300 Tm (foxtrot) Tj 30 -20 TD (golf) Tj ET Q\n")
		p.RawWriteStr("BT 0 Tr 200 200 Td (hotel) Tj /F9 11 Tf (india) Tj ET\n")
	}
	unbalanced := func(p *fpdf.Fpdf) {
		p.AddPage()
		p.RawWriteStr("BT /F1 12 Tf (juliet) Tj ET Q\n")
	}
	badOperands := func(p *fpdf.Fpdf) {
		p.AddPage()
		p.RawWriteStr("BT /F1 12 Tf 1 2 3 Td (kilo) Tj ET\n")
	}
	for name, draw := range map[string]func(*fpdf.Fpdf){"table": table, "fonts": fonts, "operators": operators, "unbalanced": unbalanced, "bad operands": badOperands} {
		t.Run(name, func(t *testing.T) {
			p := fpdf.New("P", "mm", "A4", "")
			p.SetCompression(name != "operators")
			p.SetFont("Helvetica", "", 12)
			draw(p)
			var b bytes.Buffer
			require.NoError(t, p.Output(&b))
			sameGlyphs(t, b.Bytes())
		})
	}
}

// TestExtractStreamBudget checks the guard counts every Flate stream's
// decompressed bytes against the limit (a small file inflating to 64 MiB
// is turned down) and checks the nesting of what an object stream holds.
func TestExtractStreamBudget(t *testing.T) {
	withStream := func(dict string, body []byte) []byte {
		var f bytes.Buffer
		fmt.Fprintf(&f, "%%PDF-1.5\n1 0 obj\n<</Length %d/Filter/FlateDecode%s>>stream\n", len(body), dict)
		f.Write(body)
		f.WriteString("\nendstream\nendobj\ntrailer\n<</Size 2>>\nstartxref\n9\n%%EOF\n")
		return f.Bytes()
	}
	bomb := withStream("", flate(make([]byte, 64<<20)))
	require.Less(t, len(bomb), 1<<20)
	_, err := Extract(context.Background(), bytes.NewReader(bomb), int64(len(bomb)), Limits{Bytes: 16 << 20})
	assert.ErrorIs(t, err, ErrLimit)

	// Two streams within the budget apart but not together.
	half := flate(make([]byte, 10<<20))
	two := withStream("", half)
	two = append(two, withStream("", half)[len("%PDF-1.5\n"):]...)
	_, err = Extract(context.Background(), bytes.NewReader(two), int64(len(two)), Limits{Bytes: 16 << 20})
	assert.ErrorIs(t, err, ErrLimit)

	deep := withStream("/Type/ObjStm/N 1/First 4", flate([]byte("5 0 "+strings.Repeat("[", 100000))))
	_, err = Extract(context.Background(), bytes.NewReader(deep), int64(len(deep)), Limits{})
	assert.ErrorIs(t, err, ErrLimit)
}

// TestKernedPiecesInOrder: a standard font written without widths (as
// fpdf and many generators write Helvetica, Times and Courier) and a TJ
// array whose pieces cut words, kerned apart by a few thousandths: the
// words come out whole and in order. With no width for its glyphs, every
// glyph of a piece stood at the piece's start, and the pieces of a line
// were sorted by those starts.
func TestKernedPiecesInOrder(t *testing.T) {
	for _, f := range []string{"Helvetica", "Courier", "Times"} {
		p := fpdf.New("P", "mm", "A4", "")
		p.SetCompression(false)
		p.AddPage()
		p.SetFont(f, "", 11)
		p.Text(10, 10, "x")
		p.RawWriteStr("BT /F1 11 Tf 14 TL 56 700 Td [(hydroge) 9 (n strai) -6 (ned vac) 30 (ation p) -12 (ager so) 18 (ber)] TJ T*\n" +
			"[(Monero ) 18 (- seed ) -25 (\\(25 par) 9 (ole\\))] TJ ET\n")
		var b bytes.Buffer
		require.NoError(t, p.Output(&b))
		pages, err := Extract(context.Background(), bytes.NewReader(b.Bytes()), int64(b.Len()), Limits{})
		require.NoError(t, err)
		require.Len(t, pages, 1)
		assert.Contains(t, pages[0], "hydrogen strained vacation pager sober\n", f)
		assert.Contains(t, pages[0], "Monero - seed (25 parole)\n", f)
	}
}

// TestSubsetFontCodes: a PDF as LibreOffice exports it, with a TrueType
// subset whose ToUnicode CMap maps codes from 1, byte 0x0A among them
// (here "b"), and one code to a ligature's two letters ("fl"), in TJ
// arrays. Each word comes out as written: until 2026-12-05 the end of
// every TJ array was decoded as code 0x0A ("riflb"), and the ligature's
// letters took the widths of the codes after it and were put out of
// order ("rifel"), so no phrase in such a PDF was read (corpus 68).
func TestSubsetFontCodes(t *testing.T) {
	cmap := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Adobe-Identity-UCS def /CMapType 2 def\n" +
		"1 begincodespacerange <00> <FF> endcodespacerange\n" +
		"9 beginbfchar <01> <0072> <02> <0069> <03> <0065> <04> <0066006C> <05> <0061> <06> <006D> <07> <0020> <08> <0074> <0A> <0062> endbfchar\n" +
		"endcmap CMapName currentdict /CMap defineresource pop end end"
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>",
		"<< /Type /Font /Subtype /TrueType /BaseFont /BAAAAA+LiberationSerif /FirstChar 0 /LastChar 10 /Widths [0 333 278 444 556 444 778 250 278 0 500] /ToUnicode 5 0 R >>",
		streamObj("", []byte(cmap)),
		// "rifle tame" then "flame": r i [fl] e, space, t a m e; [fl] a m e.
		streamObj("", []byte("BT /F1 12 Tf 72 700 Td [<010204>7<03>-5<07>3<08050603>]TJ ET BT /F1 12 Tf 72 680 Td [<04>2<050603>]TJ ET")),
	}
	data := rawPDF(objs...)
	pages, err := Extract(context.Background(), bytes.NewReader(data), int64(len(data)), Limits{})
	require.NoError(t, err)
	require.Len(t, pages, 1)
	assert.Equal(t, "rifle tame\nflame\n", pages[0])
}
