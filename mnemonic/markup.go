package mnemonic

import (
	"bytes"
	"html"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// Markup (HTML, XML, the XML inside office documents) hides the layout a
// reader sees: paragraphs and line breaks are tags, a page's comments and
// attribute values are text, and spaces may be entities. Find reads such
// text as it reads: readMarkup writes a plain copy in which tags that end
// a line on screen become line breaks, other tags separators, entities
// their characters, and a multi-word attribute value (value="…") a line
// of its own with its name before it as a label; comment text stays. The
// phrases found in the copy are mapped back to the original's offsets.

// findInPlain finds, with find, the phrases of text (markup or RTF) in
// the plain copy read writes, and reports them at text's offsets and
// lines.
func findInPlain(text []byte, read func(src, buf []byte, pieces []piece) ([]byte, markupMap), find func([]byte) []Match) []Match {
	b := plainBufs.Get().(*plainBuf)
	plain, m := read(text, b.text, b.pieces)
	out := find(plain)
	b.text, b.pieces = plain[:0], m.pieces[:0]
	plainBufs.Put(b)
	line, at := 1, 0
	for i := range out {
		s, e := m.start(out[i].Start), m.end(out[i].End)
		if s < at {
			line, at = 1, 0
		}
		line += bytes.Count(text[at:s], []byte{'\n'})
		at = s
		out[i].Start, out[i].End = s, e
		out[i].StartLine, out[i].EndLine = line, line+bytes.Count(text[s:e], []byte{'\n'})
	}
	return out
}

// plainBufs keeps the buffers of plain copies and their maps between
// calls.
var plainBufs = sync.Pool{New: func() any { return new(plainBuf) }}

type plainBuf struct {
	text   []byte
	pieces []piece
}

// maxTag bounds the bytes of one tag; a longer stretch is not read as
// one.
const maxTag = 2048

// blockTags are the elements (local names, lower case) whose start and
// end break the line as shown: HTML blocks and line breaks, paragraphs
// and breaks of word-processor XML (w:p, w:br, w:cr; text:p, text:h,
// text:line-break; a:p, a:br), spreadsheet strings and rows (si, row;
// table:table-row) and resource strings (string, item). Table cells are
// not: like "|" in Markdown they separate words of one row.
var blockTags = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range []string{
		"p", "br", "div", "li", "tr", "ul", "ol", "table", "dt", "dd",
		"h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section",
		"article", "header", "footer", "hr", "title", "option", "body",
		"cr", "h", "line-break", "list-item", "si", "row", "string", "item",
		"table-row", // OpenDocument's (table:table-row), as HTML's tr
	} {
		m[t] = true
	}
	return m
}()

// markdownMarks returns the Markdown marks ("# ", "## ", …) of the start
// tag at src[i] when it opens a title or a heading (title, h1 to h6), or
// "".
func markdownMarks(src []byte, i int, name []byte) string {
	if src[i+1] == '/' || len(name) != 2 && len(name) != 5 {
		return ""
	}
	switch {
	case bytes.EqualFold(name, []byte("title")):
		return "# "
	case len(name) == 2 && name[0]|0x20 == 'h' && name[1] >= '1' && name[1] <= '6':
		return strings.Repeat("#", int(name[1]-'0')) + " "
	}
	return ""
}

// cellTags are the elements of table cells (local names, lower case):
// HTML's, Word's (w:tc) and OpenDocument's (table:table-cell); rowTags
// those of tables and their rows.
var (
	cellTags = map[string]bool{"td": true, "th": true, "tc": true, "table-cell": true}
	rowTags  = map[string]bool{"tr": true, "table": true, "tbl": true, "row": true, "table-row": true}
)

// runPrefixes are the namespace prefixes of word-processor XML, whose
// elements inside a paragraph are runs of text and their formatting:
// Word's (w:r, w:t, w:proofErr, w:rPr), OpenDocument's (text:span) and
// DrawingML's in slides (a:r, a:t). A word cut by a change of format or
// a spelling mark ("utili</w:t></w:r><w:proofErr/><w:r><w:t>ty") shows
// whole, so those tags join the text on both sides; HTML's inline tags
// still set words apart, as a page's layout may (a wallet's words each
// in a box of its own).
var runPrefixes = map[string]bool{"w": true, "text": true, "a": true}

// runBreaks are the elements among those of runPrefixes that do set
// words apart (local names, lower case): tabs, table cells and rows,
// ODF's spaces (text:s), Word's field instructions, which show no text
// of their own, and its tracked changes (w:del, w:ins, w:moveFrom,
// w:moveTo): text deleted and the text inserted in its place are two
// versions, not one word ("…cómodo" deleted, "(removed…)" inserted).
var runBreaks = map[string]bool{
	"tab": true, "ptab": true, "tc": true, "tr": true, "tbl": true, "s": true,
	"table-cell": true, "table-row": true, "instrtext": true, "fldsimple": true,
	"footnotereference": true, "endnotereference": true, "sym": true,
	"del": true, "ins": true, "movefrom": true, "moveto": true,
}

// lineBreakTags are the elements (local names, lower case) that break a
// line where they stand: HTML's br, word-processor XML's w:br and w:cr,
// OpenDocument's text:line-break.
var lineBreakTags = map[string]bool{"br": true, "cr": true, "line-break": true}

// hasMarkup reports whether text holds a closing or empty-element tag, a
// comment or an HTML line break: markup worth reading as it shows.
func hasMarkup(text []byte) bool {
	for i := 0; ; {
		k := bytes.IndexByte(text[i:], '<')
		if k < 0 || i+k+1 >= len(text) {
			return false
		}
		i += k + 1
		switch c := text[i]; {
		case c == '/' && i+1 < len(text) && asciiLetter[text[i+1]]:
			return true
		case c == '!' && bytes.HasPrefix(text[i:], []byte("!--")):
			return true
		case (c == 'b' || c == 'B') && i+2 < len(text) && (text[i+1]|0x20) == 'r' && !asciiLetter[text[i+2]]:
			return true
		}
	}
}

// markupMap maps offsets of a plain copy back to the markup (or RTF) it
// was read from: piece k covers plain[plain[k]:plain[k+1]] and came from
// src[src[k]:srcEnd[k]]; a verbatim piece has the same length in both.
type markupMap struct {
	pieces []piece
}

type piece struct {
	plain, src, srcEnd int
	verbatim           bool
}

// start maps the offset of a match's first byte.
func (m *markupMap) start(p int) int {
	pc := m.at(p)
	if pc.verbatim {
		return pc.src + p - pc.plain
	}
	return pc.src
}

// end maps the offset just after a match's last byte.
func (m *markupMap) end(p int) int {
	if p == 0 {
		return m.start(0)
	}
	pc := m.at(p - 1)
	if pc.verbatim {
		return pc.src + p - pc.plain
	}
	return pc.srcEnd
}

func (m *markupMap) at(p int) piece {
	k := sort.Search(len(m.pieces), func(k int) bool { return m.pieces[k].plain > p }) - 1
	return m.pieces[max(k, 0)]
}

// plainWriter writes a plain copy and its map.
type plainWriter struct {
	src    []byte
	out    []byte
	m      markupMap
	copied int // src[copied:] is not yet in out
}

// markupReader writes the plain copy of markup.
type markupReader struct {
	plainWriter
	lastTag  int // len(out) after the last line break a tag wrote, or -1
	afterTag int // where in src the last tag ended
	cells    int // table cells open: their paragraphs break no line
}

// readMarkup returns the plain copy of src and its map back to src,
// appended to buf[:0] and pieces[:0].
func readMarkup(src, buf []byte, pieces []piece) ([]byte, markupMap) {
	r := markupReader{plainWriter: plainWriter{src: src, out: buf[:0], m: markupMap{pieces[:0]}}, lastTag: -1, afterTag: -1}
	// The next '<' and '&', each found again only once passed.
	lt, amp := -1, -1
	for i := 0; ; {
		if lt < i {
			lt = indexFrom(src, i, '<')
		}
		if amp < i {
			amp = indexFrom(src, i, '&')
		}
		if i = min(lt, amp); i == len(src) {
			break
		}
		if i == lt {
			i = r.tag(i)
		} else {
			i = r.entity(i)
		}
	}
	r.verbatim(len(src))
	return r.out, r.m
}

// verbatim copies src[copied:to] as it is.
func (r *plainWriter) verbatim(to int) {
	if to <= r.copied {
		return
	}
	r.m.pieces = append(r.m.pieces, piece{plain: len(r.out), src: r.copied, srcEnd: to, verbatim: true})
	r.out = append(r.out, r.src[r.copied:to]...)
	r.copied = to
}

// replace writes s in place of src[at:to], after what comes before it.
func (r *plainWriter) replace(at, to int, s string) {
	r.verbatim(at)
	r.m.pieces = append(r.m.pieces, piece{plain: len(r.out), src: at, srcEnd: to})
	r.out = append(r.out, s...)
	r.copied = to
}

// entity decodes the character reference at src[i] ('&'), or leaves it.
func (r *markupReader) entity(i int) int {
	j := i + 1
	for j < len(r.src) && j-i <= 10 && (asciiLetter[r.src[j]] || isDigit[r.src[j]] || r.src[j] == '#') {
		j++
	}
	if j >= len(r.src) || r.src[j] != ';' || j == i+1 {
		return i + 1
	}
	ref := string(r.src[i : j+1])
	s := html.UnescapeString(ref)
	if s == ref {
		return i + 1
	}
	r.replace(i, j+1, s)
	return j + 1
}

// maxDirective bounds the bytes of a comment directiveComment reads.
const maxDirective = 512

// directiveComment returns the end of the comment at src[i] ("<!--")
// when it is markup's, not a writer's: a WordPress block's delimiter
// ("<!-- wp:paragraph -->", "<!-- /wp:list -->", its attributes in
// JSON) or a single word or mark ("<!-- more -->", "<!-- x -->"). Such
// comments stand between the words of a page as tags do; 0 otherwise
// (a comment's words are text: people note phrases in comments).
func directiveComment(src []byte, i int) int {
	body := src[i+4 : min(len(src), i+maxDirective)]
	k := bytes.Index(body, []byte("-->"))
	if k < 0 {
		return 0
	}
	c := bytes.TrimSpace(body[:k])
	if bytes.HasPrefix(c, []byte("wp:")) || bytes.HasPrefix(c, []byte("/wp:")) ||
		len(c) <= 64 && bytes.IndexFunc(c, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r >= utf8.RuneSelf }) < 0 {
		return i + 4 + k + 3
	}
	return 0
}

// tag reads the tag at src[i] ('<'): a comment's opener, or a start or
// end tag with well-formed attributes. Anything else is text ("a < b").
func (r *markupReader) tag(i int) int {
	src := r.src
	if bytes.HasPrefix(src[i:], []byte("<!--")) {
		if j := directiveComment(src, i); j > 0 {
			// Read as a tag: white space around it shows as one space.
			if r.afterTag == r.copied {
				r.textNode(i)
			}
			r.replace(i, j, " ")
			r.afterTag = j
			return j
		}
		r.replace(i, i+4, " ")
		return i + 4
	}
	if bytes.HasPrefix(src[i:], []byte("<![CDATA[")) {
		r.replace(i, i+9, " ")
		return i + 9
	}
	lim := min(len(src), i+maxTag)
	j := i + 1
	if j < lim && (src[j] == '/' || src[j] == '?') {
		j++
	}
	nameStart := j
	for j < lim && isNameByte(src[j]) {
		j++
	}
	if j == nameStart || !asciiLetter[src[nameStart]] {
		return i + 1
	}
	name := src[nameStart:j]
	var prefix []byte
	if k := bytes.LastIndexByte(name, ':'); k >= 0 {
		prefix, name = name[:k], name[k+1:]
	}
	var lower [16]byte
	block, join := false, false
	if len(name) <= len(lower) {
		for k, c := range name {
			lower[k] = c | 0x20*byte(b2u(c >= 'A' && c <= 'Z'))
		}
		local := lower[:len(name)]
		block = blockTags[string(local)]
		join = !block && runPrefixes[string(prefix)] && !runBreaks[string(local)] ||
			len(prefix) == 0 && string(local) == "wbr" // HTML's word-break opportunity, inside a long key
		switch {
		case rowTags[string(local)]:
			// A row starts and ends with its cells closed, whether
			// or not HTML closed them (</td> may be left out).
			r.cells = 0
		case cellTags[string(local)] && src[i+1] == '/':
			r.cells = max(0, r.cells-1)
		case cellTags[string(local)]:
			r.cells++
		case block && r.cells > 0 && !lineBreakTags[string(local)]:
			// A cell's paragraphs ("<w:tc><w:p>…1…</w:p></w:tc>
			// <w:tc><w:p>…word…</w:p></w:tc>"): a row of cells is one
			// line, as a Markdown table's. A line break written in a
			// cell breaks its line: a forum's post in a layout table's
			// cell, a line a "<br />".
			block = false
		}
	}
	type value struct{ at, end int }
	var long []value
	for {
		ws := j
		for j < lim && isSpace(src[j]) {
			j++
		}
		if j >= lim {
			return i + 1
		}
		switch src[j] {
		case '>':
			j++
		case '/', '?':
			if j+1 < lim && src[j+1] == '>' {
				j += 2
				break
			}
			return i + 1
		default:
			if j == ws {
				return i + 1 // attributes are set apart by space
			}
			at := j
			for j < lim && isNameByte(src[j]) {
				j++
			}
			if j == at {
				return i + 1
			}
			k := j
			for k < lim && isSpace(src[k]) {
				k++
			}
			if k >= lim || src[k] != '=' {
				continue // an attribute without a value
			}
			k++
			for k < lim && isSpace(src[k]) {
				k++
			}
			if k >= lim {
				return i + 1
			}
			if q := src[k]; q == '"' || q == '\'' {
				e := bytes.IndexByte(src[k+1:lim], q)
				if e < 0 {
					return i + 1
				}
				e += k + 1
				switch {
				case shownValue(name, src[at:j]) && e > k+1:
					// Its words alone: the page shows no name.
					long = append(long, value{k + 1, e})
				case multiWord(src[k+1:e]) && !layoutAttr(src[at:j]) && !numbersAttr(src[k+1:e]) || queryWords(src[k+1:e]):
					long = append(long, value{at, e + 1})
				}
				j = e + 1
				continue
			}
			for k < lim && !isSpace(src[k]) && src[k] != '>' && src[k] != '<' {
				k++
			}
			j = k
			continue
		}
		break
	}
	if r.afterTag == r.copied {
		r.textNode(i)
	}
	r.verbatim(i)
	sep := " "
	if join {
		sep = ""
	}
	if block {
		sep = "\n"
		if r.lastTag >= 0 && len(bytes.TrimSpace(r.out[r.lastTag:])) == 0 {
			sep = " " // one break for nested blocks
		}
		if h := markdownMarks(src, i, name); h != "" {
			// A title or a heading starts a line as Markdown writes
			// one ("# Spelling words week 3"), which the cues read.
			sep = "\n" + h
		}
	}
	if len(long) == 0 {
		r.replace(i, j, sep)
	} else {
		// Each long value, with its name as a label, on a line of its
		// own; the rest of the tag a separator.
		r.replace(i, long[0].at, "\n")
		for k, v := range long {
			if k > 0 {
				r.replace(long[k-1].end, v.at, "\n")
			}
			// Its character references decoded, as the text's are (an
			// SMS backup's line breaks, body="…&#10;…").
			for p := v.at; p < v.end; {
				a := bytes.IndexByte(r.src[p:v.end], '&')
				if a < 0 {
					break
				}
				p = r.entity(p + a)
			}
			r.verbatim(v.end)
		}
		r.replace(long[len(long)-1].end, j, "\n")
		sep = "\n"
	}
	if sep == "\n" {
		r.lastTag = len(r.out)
	}
	r.afterTag = j
	return j
}

// textNode writes the text between the last tag and the tag at src[i]
// with the white space around it read as markup shows it when it holds
// a line break: as one space. Markup laid out a tag a line ("<span>\n
// word\n</span>", as a test snapshot or a pretty-printer writes it) has
// its text on lines of their own between lines of tags; shown, the words
// stand in the rows the block tags make. Text of several lines keeps its
// lines.
func (r *markupReader) textNode(i int) {
	text := r.src[r.copied:i]
	t := bytes.TrimLeft(text, " \t\r\n")
	lead := len(text) - len(t)
	t = bytes.TrimRight(t, " \t\r\n")
	trail := len(text) - lead - len(t)
	if bytes.IndexByte(t, '\n') >= 0 {
		return
	}
	if len(t) == 0 {
		if bytes.IndexByte(text, '\n') >= 0 {
			r.replace(r.copied, i, " ")
		}
		return
	}
	if bytes.IndexByte(text[:lead], '\n') >= 0 {
		r.replace(r.copied, r.copied+lead, " ")
	}
	if bytes.IndexByte(text[len(text)-trail:], '\n') >= 0 {
		r.verbatim(i - trail)
		r.replace(i-trail, i, " ")
	}
}

// indexFrom returns the index of the first c in src[i:], or len(src).
func indexFrom(src []byte, i int, c byte) int {
	if k := bytes.IndexByte(src[i:], c); k >= 0 {
		return i + k
	}
	return len(src)
}

func isNameByte(c byte) bool {
	return asciiLetter[c] || isDigit[c] || c == '-' || c == '_' || c == ':' || c == '.'
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

// layoutAttrs are attributes whose values are layout, never text a
// person wrote: OneNote and Word write a style on every cell of a table
// ("border:solid #A3A3A3 1.0pt;padding:2.0pt 3.0pt"), SVG paths and
// transforms are numbers.
var layoutAttrs = []string{"style", "class", "d", "points", "transform", "viewbox", "srcset", "sizes", "media", "href", "src", "xmlns", "face"}

// layoutAttr reports whether the attribute named name (any case, with or
// without a namespace prefix) is one of layoutAttrs.
func layoutAttr(name []byte) bool {
	if k := bytes.LastIndexByte(name, ':'); k >= 0 {
		name = name[k+1:]
	}
	return slices.ContainsFunc(layoutAttrs, func(a string) bool { return bytes.EqualFold(name, []byte(a)) })
}

// shownValue reports whether the attribute attr of the element named name
// is text a page shows, whatever its words: the value of an input field
// (a restore page saved with a word in each of its twelve boxes).
func shownValue(name, attr []byte) bool {
	return bytes.EqualFold(name, []byte("input")) && bytes.EqualFold(attr, []byte("value"))
}

// numbersAttr reports whether an attribute's value is mostly numbers, as
// many of its fields as not: coordinates and measures, not text a person
// wrote (hOCR's title="bbox 100 200 250 230; x_wconf 91").
func numbersAttr(v []byte) bool {
	fields, numbers := 0, 0
	for i := 0; i < len(v); i++ {
		if isSpace(v[i]) || i > 0 && !isSpace(v[i-1]) {
			continue
		}
		// A field starts at v[i].
		fields++
		if isDigit[v[i]] || v[i] == '-' && i+1 < len(v) && isDigit[v[i+1]] {
			numbers++
		}
	}
	return 2*numbers >= fields
}

// multiWord reports whether an attribute's value holds words apart by two
// spaces or more, ASCII or ideographic (U+3000, between the characters
// of a Chinese or Japanese phrase), or by numeric character references
// (an SMS backup's body="…&#10;…", its line breaks written so).
func multiWord(v []byte) bool {
	return bytes.Count(v, []byte{' '})+bytes.Count(v, []byte("\u3000"))+bytes.Count(v, []byte("&#")) >= 2
}

// queryWords reports whether a URL's query holds words apart by '+' or
// "%20", two or more: a bookmark's or a link's HREF="…?phrase=w1+w2+…",
// which is read whatever the attribute.
func queryWords(v []byte) bool {
	q := bytes.IndexByte(v, '?')
	return q >= 0 && bytes.Count(v[q:], []byte{'+'})+bytes.Count(v[q:], []byte("%20")) >= 2
}

// MarkupLines returns the text of markup src as it shows, as Find reads
// it (tags left out, paragraphs and other blocks a line each, a word cut
// by runs of formatting whole, entities decoded), and for each of its
// lines the span of src it comes from: so that other detectors read a
// word processor's or a web page's text as its lines, and place what
// they find there. An RTF document is read so too (control words left
// out, paragraphs a line each, escaped letters decoded).
func MarkupLines(src []byte) (text []byte, spans [][2]int) {
	read := readMarkup
	if isRTF(src) {
		read = readRTF
	}
	plain, m := read(src, nil, nil)
	if len(m.pieces) == 0 {
		return nil, nil
	}
	for a := 0; a <= len(plain); {
		b := bytes.IndexByte(plain[a:], '\n')
		if b < 0 {
			b = len(plain)
		} else {
			b += a
		}
		s := m.start(a)
		e := s
		if b > a {
			e = max(s, m.end(b))
		}
		spans = append(spans, [2]int{s, e})
		a = b + 1
	}
	return plain, spans
}
