// Package xlsxtext reads the cells of an Office Open XML workbook (.xlsx,
// ECMA-376 Part 1, §18.3 and §18.4) as text: each worksheet a grid, a row
// a line, its cells apart by tabs in the order of their columns. People
// keep a recovery phrase in a spreadsheet a word a cell, in rows, in a
// column or in a grid. The workbook's own XML holds the words elsewhere:
// once each in the shared strings (a word written twice is there once),
// and the cells only as indexes into them, so neither file read alone
// gives the words in the order of the sheet.
package xlsxtext

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"
)

// ErrLimit is returned when a workbook passes one of the Limits.
var ErrLimit = errors.New("xlsxtext: limit reached")

// Limits bound what is read of a workbook.
type Limits struct {
	// Bytes bounds the XML read (shared strings and sheets) and the text
	// written, each; 0 means 64 MiB.
	Bytes int64
	// Cells bounds the cells kept of all sheets; 0 means one million.
	Cells int
}

func (l Limits) withDefaults() Limits {
	if l.Bytes <= 0 {
		l.Bytes = 64 << 20
	}
	if l.Cells <= 0 {
		l.Cells = 1 << 20
	}
	return l
}

// maxColumn is the last column of a sheet (XFD), ECMA-376 §18.3.1.4.
const maxColumn = 16384

// Sheet is the text of one worksheet.
type Sheet struct {
	// Name is the worksheet's part in the package ("xl/worksheets/sheet1.xml").
	Name string
	// Text holds its rows, one a line, each cell's text apart by a tab;
	// rows with no text are left out.
	Text string
}

// Is reports whether a zip archive is a workbook: it has a
// xl/workbook.xml part and a worksheet.
func Is(zr *zip.Reader) bool {
	book, sheet := false, false
	for _, f := range zr.File {
		book = book || f.Name == "xl/workbook.xml"
		sheet = sheet || isSheet(f.Name)
	}
	return book && sheet
}

// Read reports whether Sheets reads the part name: the shared strings
// and the worksheets, whose text Sheets gives.
func Read(name string) bool {
	return name == "xl/sharedStrings.xml" || isSheet(name)
}

func isSheet(name string) bool {
	return path.Dir(name) == "xl/worksheets" && strings.HasSuffix(name, ".xml")
}

// Sheets returns the text of each worksheet of a workbook, in the order
// of their parts' names. A sheet that cannot be read ends the reading
// with an error, after the sheets read before it.
func Sheets(zr *zip.Reader, lim Limits) ([]Sheet, error) {
	lim = lim.withDefaults()
	budget := lim.Bytes
	var shared []string
	if f := find(zr, "xl/sharedStrings.xml"); f != nil {
		var err error
		if shared, err = sharedStrings(f, &budget, lim.Cells); err != nil {
			return nil, err
		}
	}
	var names []*zip.File
	for _, f := range zr.File {
		if isSheet(f.Name) {
			names = append(names, f)
		}
	}
	slices.SortFunc(names, func(a, b *zip.File) int { return strings.Compare(a.Name, b.Name) })
	cells := lim.Cells
	written := lim.Bytes
	var out []Sheet
	for _, f := range names {
		text, err := sheet(f, shared, &budget, &cells, &written)
		if err != nil {
			return out, fmt.Errorf("%s: %w", f.Name, err)
		}
		out = append(out, Sheet{Name: f.Name, Text: text})
	}
	return out, nil
}

func find(zr *zip.Reader, name string) *zip.File {
	for _, f := range zr.File {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// open returns a decoder of a part, its reads counted against budget.
func open(f *zip.File, budget *int64) (*xml.Decoder, io.Closer, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, nil, err
	}
	dec := xml.NewDecoder(&counted{r: rc, budget: budget})
	dec.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		if strings.EqualFold(label, "utf-8") || strings.EqualFold(label, "utf8") {
			return in, nil
		}
		return nil, fmt.Errorf("xlsxtext: encoding %q", label)
	}
	return dec, rc, nil
}

// counted reads from r while budget lasts.
type counted struct {
	r      io.Reader
	budget *int64
}

func (c *counted) Read(p []byte) (int, error) {
	if *c.budget <= 0 {
		return 0, fmt.Errorf("%w: bytes", ErrLimit)
	}
	if int64(len(p)) > *c.budget {
		p = p[:*c.budget]
	}
	n, err := c.r.Read(p)
	*c.budget -= int64(n)
	return n, err
}

// sharedStrings reads the shared string table: the text of each si
// element (its t, or the t of each of its runs, r), phonetic runs (rPh)
// left out.
func sharedStrings(f *zip.File, budget *int64, max int) ([]string, error) {
	dec, c, err := open(f, budget)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	var out []string
	var cur strings.Builder
	inSI, inT, phonetic := false, false, 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, readError(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "si":
				if len(out) >= max {
					return out, fmt.Errorf("%w: shared strings", ErrLimit)
				}
				inSI = true
				cur.Reset()
			case "t":
				inT = inSI && phonetic == 0
			case "rPh":
				phonetic++
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "si":
				if inSI {
					out = append(out, cur.String())
				}
				inSI = false
			case "t":
				inT = false
			case "rPh":
				phonetic--
			}
		case xml.CharData:
			if inT {
				cur.Write(t)
			}
		}
	}
}

// Cell is a cell's place (from 0) and text.
type Cell struct {
	Row, Col int
	Text     string
}

// sheet reads a worksheet's cells and writes them as rows of text.
func sheet(f *zip.File, shared []string, budget *int64, cells *int, written *int64) (string, error) {
	dec, c, err := open(f, budget)
	if err != nil {
		return "", err
	}
	defer c.Close()
	var got []Cell
	row, col := 0, 0 // the row being read, and the column of the last cell
	var cur Cell
	var kind string
	var value, inline strings.Builder
	inCell, inV, inIS, inT := false, false, false, false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", readError(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "row":
				row, col = row+1, 0
				if r, ok := attr(t, "r"); ok {
					if n, err := strconv.Atoi(r); err == nil && n > 0 {
						row = n
					}
				}
			case "c":
				col++
				if r, ok := attr(t, "r"); ok {
					if rr, cc, ok := cellRef(r); ok {
						row, col = rr, cc
					}
				}
				if col > maxColumn {
					return "", fmt.Errorf("%w: column past %d", ErrLimit, maxColumn)
				}
				kind, _ = attr(t, "t")
				cur = Cell{Row: row, Col: col}
				value.Reset()
				inline.Reset()
				inCell = true
			case "v":
				inV = inCell
			case "is":
				inIS = inCell
			case "t":
				inT = inIS
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "c":
				if !inCell {
					break
				}
				inCell = false
				text := value.String()
				switch kind {
				case "s":
					i, err := strconv.Atoi(strings.TrimSpace(text))
					if err != nil || i < 0 || i >= len(shared) {
						continue
					}
					text = shared[i]
				case "inlineStr":
					text = inline.String()
				case "b", "e":
					continue // a boolean or an error value
				}
				if strings.TrimSpace(text) == "" {
					continue
				}
				if *cells <= 0 {
					return "", fmt.Errorf("%w: cells", ErrLimit)
				}
				*cells--
				cur.Text = text
				got = append(got, cur)
			case "v":
				inV = false
			case "is":
				inIS = false
			case "t":
				inT = false
			}
		case xml.CharData:
			switch {
			case inV:
				value.Write(t)
			case inT:
				inline.Write(t)
			}
		}
	}
	return Grid(got, written)
}

// Grid writes the cells row by row, in the order of their columns, a
// tab between two cells of a row; the line breaks and tabs of a cell's
// own text become spaces, so that a line is a row. It takes the bytes
// written from *written and fails with ErrLimit when they would pass it.
func Grid(cells []Cell, written *int64) (string, error) {
	slices.SortStableFunc(cells, func(a, b Cell) int {
		if a.Row != b.Row {
			return a.Row - b.Row
		}
		return a.Col - b.Col
	})
	var b strings.Builder
	clean := strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ")
	for i, c := range cells {
		if i > 0 {
			if cells[i-1].Row == c.Row {
				b.WriteByte('\t')
			} else {
				b.WriteByte('\n')
			}
		}
		b.WriteString(clean.Replace(c.Text))
		if int64(b.Len()) > *written {
			return "", fmt.Errorf("%w: text bytes", ErrLimit)
		}
	}
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	*written -= int64(b.Len())
	return b.String(), nil
}

// attr returns the value of the attribute named local, whatever its
// namespace.
func attr(t xml.StartElement, local string) (string, bool) {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

// cellRef reads a cell reference ("B3", "$AA$10") as a row and a column
// (both from 1).
func cellRef(r string) (row, col int, ok bool) {
	r = strings.ReplaceAll(r, "$", "")
	i := 0
	for i < len(r) && r[i] >= 'A' && r[i] <= 'Z' {
		col = col*26 + int(r[i]-'A'+1)
		i++
		if col > maxColumn {
			return 0, 0, false
		}
	}
	if i == 0 || i == len(r) {
		return 0, 0, false
	}
	n, err := strconv.Atoi(r[i:])
	if err != nil || n <= 0 {
		return 0, 0, false
	}
	return n, col, true
}

// readError says what broke without quoting the document (an XML syntax
// error's message may hold its text).
func readError(err error) error {
	if errors.Is(err, ErrLimit) {
		return err
	}
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("xlsxtext: XML syntax error on line %d", se.Line)
	}
	return fmt.Errorf("xlsxtext: XML not readable")
}
