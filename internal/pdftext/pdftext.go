// Package pdftext extracts the text of PDF files in reading order: printed
// recovery sheets and exported notes are PDFs, and a phrase laid out in a
// table is only a phrase again when its words are read row by row.
//
// Parsing is done by github.com/ledongthuc/pdf (a maintained fork of
// rsc.io/pdf). Before the parser sees a file, a guard reads it once with
// bounds of its own: the decompressed bytes of its streams (counted
// against Limits.Bytes), the nesting of arrays and dictionaries, and the
// object numbers the cross-reference data declares. The parser then reads
// the file through a reader that counts what it reads and stops at
// cancellation, and its panics are recovered: a hostile PDF is an error,
// never a crash or a hang.
package pdftext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/ledongthuc/pdf"
)

// Default limits.
const (
	DefaultPages   = 200
	DefaultObjects = 1 << 20
	DefaultBytes   = 64 << 20
	// maxNesting bounds how deep arrays and dictionaries nest; the parser
	// recurses on them.
	maxNesting = 256
	// maxPageTree bounds the nodes of the page tree visited.
	maxPageTree = 1 << 16
)

// ErrLimit is returned (wrapped) when a PDF exceeds a limit.
var ErrLimit = errors.New("pdftext: limit reached")

// Limits bound what Extract reads.
type Limits struct {
	// Pages bounds the pages read; 0 means DefaultPages. Pages past it
	// are not read (Extract returns the pages before it and ErrLimit).
	Pages int
	// Objects bounds the object numbers a file may declare; 0 means
	// DefaultObjects.
	Objects int64
	// Bytes bounds the decompressed stream bytes and the text handed
	// back; 0 means DefaultBytes.
	Bytes int64
}

func (l Limits) withDefaults() Limits {
	if l.Pages <= 0 {
		l.Pages = DefaultPages
	}
	if l.Objects <= 0 {
		l.Objects = DefaultObjects
	}
	if l.Bytes <= 0 {
		l.Bytes = DefaultBytes
	}
	return l
}

// Sniff reports whether head starts like a PDF file.
func Sniff(head []byte) bool {
	return bytes.HasPrefix(head, []byte("%PDF-"))
}

// Extract returns the text of each page of the PDF in r (size bytes), in
// reading order: rows top to bottom, the words of a row left to right, a
// line break after each row. Pages without text are empty strings. When a
// limit is reached part-way, the pages read so far are returned with an
// error wrapping ErrLimit.
func Extract(ctx context.Context, r io.ReaderAt, size int64, lim Limits) (pages []string, err error) {
	lim = lim.withDefaults()
	budget, decompress := lim.Bytes, lim.Bytes
	if err := guard(ctx, r, size, lim, &decompress); err != nil {
		return nil, err
	}
	// The parser may read the same stream more than once (objects in
	// object streams); what it reads is bounded by a multiple of the file.
	cr := &countingReaderAt{ctx: ctx, r: r, left: 8*size + 1<<20}
	defer func() {
		if x := recover(); x != nil {
			if cr.err != nil {
				err = cr.err
			} else {
				err = fmt.Errorf("pdftext: malformed PDF: %v", x)
			}
		}
	}()
	rd, err := pdf.NewReader(cr, size)
	if err != nil {
		if cr.err != nil {
			return nil, cr.err
		}
		return nil, fmt.Errorf("pdftext: %w", err)
	}
	leaves, err := pageLeaves(rd.Trailer().Key("Root").Key("Pages"), lim.Pages)
	fonts := newFontCache()
	for _, v := range leaves {
		if cerr := ctx.Err(); cerr != nil {
			return pages, cerr
		}
		text, perr := pageText(pdf.Page{V: v}, fonts, &budget)
		if cr.err != nil {
			return pages, cr.err
		}
		if errors.Is(perr, ErrLimit) {
			return pages, perr
		}
		// A page the parser cannot read is empty; the others are kept.
		pages = append(pages, text)
	}
	return pages, err
}

// pageLeaves walks the page tree (bounded in nodes and depth, so a cycle
// ends) and returns at most n pages.
func pageLeaves(root pdf.Value, n int) ([]pdf.Value, error) {
	var out []pdf.Value
	visited := 0
	var walk func(v pdf.Value, depth int) error
	walk = func(v pdf.Value, depth int) error {
		visited++
		if visited > maxPageTree || depth > 64 {
			return fmt.Errorf("%w: page tree too large or cyclic", ErrLimit)
		}
		switch v.Key("Type").Name() {
		case "Page":
			if len(out) >= n {
				return fmt.Errorf("%w: more than %d pages", ErrLimit, n)
			}
			out = append(out, v)
		case "Pages":
			kids := v.Key("Kids")
			for i := 0; i < kids.Len(); i++ {
				if err := walk(kids.Index(i), depth+1); err != nil {
					return err
				}
			}
		}
		return nil
	}
	err := walk(root, 0)
	return out, err
}

// pageText lays a page's glyphs out in rows.
func pageText(p pdf.Page, fonts *fontCache, budget *int64) (_ string, err error) {
	defer func() {
		if x := recover(); x != nil {
			if e, ok := x.(limitPanic); ok {
				err = e.err // a font's CMap over a limit (fontNamed)
				return
			}
			err = fmt.Errorf("pdftext: malformed page: %v", x)
		}
	}()
	// The content is read once, bounded, before the parser interprets it.
	if c := p.V.Key("Contents"); !c.IsNull() {
		var streams []pdf.Value
		if c.Kind() == pdf.Array {
			for i := 0; i < c.Len() && i < 1024; i++ {
				streams = append(streams, c.Index(i))
			}
		} else {
			streams = append(streams, c)
		}
		for _, s := range streams {
			rc := s.Reader()
			var b bytes.Buffer
			n, _ := b.ReadFrom(io.LimitReader(rc, *budget+1))
			rc.Close()
			*budget -= n
			if *budget < 0 {
				return "", fmt.Errorf("%w: decompressed bytes", ErrLimit)
			}
			if err := interpretable(b.Bytes(), false); err != nil {
				return "", err
			}
		}
	}
	glyphs := pageGlyphs(p, fonts)
	text := layout(glyphs)
	*budget -= int64(len(text))
	if *budget < 0 {
		return "", fmt.Errorf("%w: text bytes", ErrLimit)
	}
	return text, nil
}

type glyph struct {
	pdf.Text
	i int
}

// layout groups glyphs into rows (baselines within half a font size of
// each other), orders rows top to bottom and glyphs left to right, and
// puts a space where a gap separates two glyphs.
func layout(texts []pdf.Text) string {
	gs := make([]glyph, 0, len(texts))
	for i, t := range texts {
		if t.S == "\n" || t.S == "" || math.IsNaN(t.X) || math.IsNaN(t.Y) || math.IsInf(t.X, 0) || math.IsInf(t.Y, 0) {
			continue
		}
		gs = append(gs, glyph{t, i})
	}
	sort.SliceStable(gs, func(a, b int) bool { return gs[a].Y > gs[b].Y })
	var sb strings.Builder
	for start := 0; start < len(gs); {
		tol := math.Max(math.Abs(gs[start].FontSize)/2, 1)
		end := start + 1
		for end < len(gs) && gs[start].Y-gs[end].Y <= tol {
			end++
		}
		row := gs[start:end]
		sort.SliceStable(row, func(a, b int) bool {
			if row[a].X != row[b].X {
				return row[a].X < row[b].X
			}
			return row[a].i < row[b].i
		})
		for k, g := range row {
			if k > 0 {
				prev := row[k-1]
				gap := g.X - (prev.X + prev.W)
				if gap > math.Max(math.Abs(g.FontSize)*0.15, 0.5) && !strings.HasSuffix(prev.S, " ") && g.S != " " {
					sb.WriteByte(' ')
				}
			}
			sb.WriteString(g.S)
		}
		sb.WriteByte('\n')
		start = end
	}
	return sb.String()
}

// countingReaderAt stops the parser at cancellation and after left bytes
// (each read costs 64 bytes more, so reads of nothing run out too). It
// panics then, unwinding the parser, which may otherwise loop on reads that
// fail; Extract recovers and returns err.
type countingReaderAt struct {
	ctx  context.Context
	r    io.ReaderAt
	left int64
	err  error
}

func (c *countingReaderAt) ReadAt(p []byte, off int64) (int, error) {
	if c.err == nil {
		if err := c.ctx.Err(); err != nil {
			c.err = err
		} else if c.left <= 0 {
			c.err = fmt.Errorf("%w: the parser read too much", ErrLimit)
		}
	}
	if c.err != nil {
		panic(c.err)
	}
	n, err := c.r.ReadAt(p, off)
	c.left -= int64(n) + 64
	return n, err
}
