package pdftext

import (
	"fmt"
	"io"
	"strings"

	"github.com/ledongthuc/pdf"
)

// The glyphs of a page are computed here rather than by the parser's
// Page.Content, which gives the same glyphs but looks up the page's font
// resources again on every font change and each glyph's width through
// three dictionary lookups, each resolving indirect objects from the file
// anew: most of the time of a PDF went there. Here each font is read
// once per document (fontCache). The text state follows the PDF 1.7
// specification (ISO 32000-1, §9.3 and §9.4), as Page.Content does,
// operator for operator, panics on malformed operands included (pageText
// recovers them); TestGlyphsMatchParser checks both give the same glyphs.

// matrix is a PDF transformation matrix [a b 0; c d 0; e f 1].
type matrix [3][3]float64

var identity = matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}

func (x matrix) mul(y matrix) matrix {
	var z matrix
	for i := range 3 {
		for j := range 3 {
			for k := range 3 {
				z[i][j] += x[i][k] * y[k][j]
			}
		}
	}
	return z
}

func translate(tx, ty float64) matrix { return matrix{{1, 0, 0}, {0, 1, 0}, {tx, ty, 1}} }

// font is what the text of a page needs of one of its fonts.
type font struct {
	name        string // BaseFont without a subset tag
	enc         pdf.TextEncoding
	first, last int
	widths      []float64
	// guess is the width given every glyph of a font with no Widths
	// array (ISO 32000-1 §9.6.2.2 lets the standard 14 fonts go
	// without): with none, each glyph of a string stands at its start,
	// and the pieces of a TJ array, kerned apart by a few thousandths,
	// were put in the wrong order on their line.
	guess float64
	// simple is set for a font of one byte a code (not Type0): a code
	// may stand for several characters (a ligature's "fl" in a
	// subset's ToUnicode CMap), which are one glyph of the code's width.
	simple bool
}

// guessWidth is the width (in thousandths of the text size) of a glyph of
// a font without widths: Courier's, and an average of the others' Latin
// letters (Helvetica's lower case is about 500 on average, Times's 450).
func guessWidth(name string) float64 {
	if strings.Contains(strings.ToLower(name), "courier") {
		return 600
	}
	return 500
}

func (f *font) width(code int) float64 {
	if f == nil {
		return 0
	}
	if len(f.widths) == 0 {
		return f.guess
	}
	if code < f.first || f.last < code || code-f.first >= len(f.widths) {
		return 0
	}
	return f.widths[code-f.first]
}

type nopEncoding struct{}

func (nopEncoding) Decode(raw string) string { return raw }

// textState is the graphics and text state the glyphs depend on.
type textState struct {
	tc, tw, th, tl, tfs, trise float64
	tf                         *font
	tm, tlm, ctm               matrix
}

// fontCache holds the fonts of one document read so far. Pages share
// fonts, and reading one (resolving its object, its widths, its encoding,
// a ToUnicode CMap inflated and parsed) took most of a page's time. A
// font is found by the text of the page's font resources and its name
// there (pages that list the same resources, the same references to the
// document's objects, mean the same fonts by the same names), else by the
// text of its own dictionary: two that print alike give the same font.
type fontCache struct {
	byResource map[string]*font // font resources' text, NUL, name
	byDict     map[string]*font // font dictionary's text
	// exact gives fonts without widths no guess (font.guess), as the
	// parser does: its tests compare glyphs with the parser's.
	exact bool
}

func newFontCache() *fontCache {
	return &fontCache{byResource: map[string]*font{}, byDict: map[string]*font{}}
}

// limitPanic carries a limit reached inside the interpreter's callback
// out to pageText, which returns its error.
type limitPanic struct{ err error }

// checkToUnicode reads a font's ToUnicode CMap, when it has one in a
// stream, before the parser interprets it (building the font's
// encoding): at most maxCMap bytes, and within interpretable's bounds.
func checkToUnicode(tu pdf.Value) error {
	if tu.Kind() != pdf.Stream {
		return nil
	}
	rc := tu.Reader()
	defer rc.Close()
	data, _ := io.ReadAll(io.LimitReader(rc, maxCMap+1))
	if len(data) > maxCMap {
		return fmt.Errorf("%w: a ToUnicode CMap of more than %d bytes", ErrLimit, maxCMap)
	}
	return interpretable(data, true)
}

// pageGlyphs returns the glyphs the page's content shows, in stream order;
// doc holds the fonts of the document's pages read before.
func pageGlyphs(p pdf.Page, doc *fontCache) []pdf.Text {
	if p.V.IsNull() || p.V.Key("Contents").Kind() == pdf.Null {
		return nil
	}
	strm := p.V.Key("Contents")
	var fontDict pdf.Value
	var resources string
	fontRead := false
	fonts := map[string]*font{}
	fontNamed := func(name string) *font {
		if f, ok := fonts[name]; ok {
			return f
		}
		if !fontRead {
			fontDict, fontRead = p.Resources().Key("Font"), true
			resources = fontDict.String() + "\x00"
		}
		rk := resources + name
		if f, ok := doc.byResource[rk]; ok {
			fonts[name] = f
			return f
		}
		v := fontDict.Key(name)
		key := v.String()
		f, ok := doc.byDict[key]
		if !ok {
			if err := checkToUnicode(v.Key("ToUnicode")); err != nil {
				panic(limitPanic{err})
			}
			pf := pdf.Font{V: v}
			f = &font{name: pf.BaseFont(), first: pf.FirstChar(), last: pf.LastChar(), widths: pf.Widths(), enc: pf.Encoder(),
				simple: v.Key("Subtype").Name() != "Type0"}
			if i := strings.Index(f.name, "+"); i >= 0 {
				f.name = f.name[i+1:]
			}
			if f.enc == nil {
				f.enc = nopEncoding{}
			}
			if len(f.widths) == 0 && !doc.exact {
				f.guess = guessWidth(f.name)
			}
			doc.byDict[key] = f
		}
		fonts[name], doc.byResource[rk] = f, f
		return f
	}

	g := textState{th: 1, ctm: identity}
	var enc pdf.TextEncoding = nopEncoding{}
	var out []pdf.Text
	glyphAt := func(name, text string, w0 float64) {
		trm := matrix{{g.tfs * g.th, 0, 0}, {0, g.tfs, 0}, {0, g.trise, 1}}.mul(g.tm).mul(g.ctm)
		out = append(out, pdf.Text{Font: name, FontSize: trm[0][0], X: trm[2][0], Y: trm[2][1], W: w0 / 1000 * trm[0][0], S: text})
		tx := (w0/1000*g.tfs + g.tc) * g.th
		g.tm = translate(tx, 0).mul(g.tm)
	}
	show := func(s string) {
		name := ""
		if g.tf != nil {
			name = g.tf.name
		}
		if g.tf != nil && g.tf.simple {
			// A code a glyph, whatever characters it stands for.
			for n := 0; n < len(s); n++ {
				if text := enc.Decode(s[n : n+1]); text != "" {
					glyphAt(name, text, g.tf.width(int(s[n])))
				}
			}
			return
		}
		n := 0
		for _, ch := range enc.Decode(s) {
			var w0 float64
			if n < len(s) {
				w0 = g.tf.width(int(s[n]))
			}
			n++
			glyphAt(name, string(ch), w0)
		}
	}
	need := func(args []pdf.Value, n int, op string) {
		if len(args) != n {
			panic("bad " + op + " operator")
		}
	}
	toMatrix := func(args []pdf.Value) matrix {
		var m matrix
		for i := range 6 {
			m[i/2][i%2] = args[i].Float64()
		}
		m[2][2] = 1
		return m
	}
	var stack []textState
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		args := make([]pdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		switch op {
		case "cm":
			need(args, 6, op)
			g.ctm = toMatrix(args).mul(g.ctm)
		case "re":
			need(args, 4, op)
		case "q":
			stack = append(stack, g)
		case "Q":
			n := len(stack) - 1
			g = stack[n] // an unbalanced Q panics, as in the parser
			stack = stack[:n]
		case "BT":
			g.tm, g.tlm = identity, identity
		case "T*":
			g.tlm = translate(0, -g.tl).mul(g.tlm)
			g.tm = g.tlm
		case "Tc":
			need(args, 1, op)
			g.tc = args[0].Float64()
		case "TD", "Td":
			need(args, 2, op)
			if op == "TD" {
				g.tl = -args[1].Float64()
			}
			g.tlm = translate(args[0].Float64(), args[1].Float64()).mul(g.tlm)
			g.tm = g.tlm
		case "Tf":
			need(args, 2, op)
			g.tf = fontNamed(args[0].Name())
			enc = g.tf.enc
			g.tfs = args[1].Float64()
		case "\"", "'", "Tj":
			if op == "\"" {
				need(args, 3, op)
				g.tw, g.tc = args[0].Float64(), args[1].Float64()
				args = args[2:]
			}
			need(args, 1, op)
			if op != "Tj" {
				g.tlm = translate(0, -g.tl).mul(g.tlm)
				g.tm = g.tlm
			}
			show(args[0].RawString())
		case "TJ":
			v := args[0]
			for i := 0; i < v.Len(); i++ {
				x := v.Index(i)
				if x.Kind() == pdf.String {
					show(x.RawString())
				} else {
					g.tm = translate(-x.Float64()/1000*g.tfs*g.th, 0).mul(g.tm)
				}
			}
			// The array's end, marked as the parser marks it, but not
			// decoded as a code of the font: through a subset's
			// ToUnicode CMap byte 0x0A is whatever glyph the subset put
			// there (a "b" after each word of LibreOffice's PDFs).
			name, w0 := "", 0.0
			if g.tf != nil {
				name, w0 = g.tf.name, g.tf.width('\n')
			}
			glyphAt(name, "\n", w0)
		case "TL":
			need(args, 1, op)
			g.tl = args[0].Float64()
		case "Tm":
			need(args, 6, op)
			g.tm = toMatrix(args)
			g.tlm = g.tm
		case "Tr":
			need(args, 1, op)
		case "Ts":
			need(args, 1, op)
			g.trise = args[0].Float64()
		case "Tw":
			need(args, 1, op)
			g.tw = args[0].Float64()
		case "Tz":
			need(args, 1, op)
			g.th = args[0].Float64() / 100
		}
	})
	return out
}
