// Package xlstext reads the cells of a legacy Excel workbook (.xls, the
// BIFF8 format of Excel 97 to 2003, [MS-XLS]) as text: each worksheet a
// grid, a row a line, its cells apart by tabs in the order of their
// columns, as internal/xlsxtext does for .xlsx. The workbook is a stream
// ("Workbook", or "Book" before BIFF8) in a Compound File; its strings
// are stored once each in a shared string table whose records a writer
// may split anywhere, and the cells only as indexes into it, so the
// file's bytes give the words neither whole nor in the order of the
// sheet.
package xlstext

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"unicode/utf16"

	"github.com/richardlehane/mscfb"
	"github.com/walletaudit/walletaudit/internal/xlsxtext"
)

// ErrLimit is returned when a workbook passes one of the Limits.
var ErrLimit = errors.New("xlstext: limit reached")

// Limits bound what is read of a workbook.
type Limits struct {
	// Bytes bounds the workbook stream read and the text written, each;
	// 0 means 64 MiB.
	Bytes int64
	// Cells bounds the cells kept of all sheets; 0 means one million.
	Cells int
	// Entries bounds the Compound File's directory entries looked at;
	// 0 means 4096.
	Entries int
}

func (l Limits) withDefaults() Limits {
	if l.Bytes <= 0 {
		l.Bytes = 64 << 20
	}
	if l.Cells <= 0 {
		l.Cells = 1 << 20
	}
	if l.Entries <= 0 {
		l.Entries = 4096
	}
	return l
}

// Sheet is the text of one worksheet.
type Sheet struct {
	// Name is the worksheet's name ("Sheet1"), or its place ("sheet2")
	// when the workbook names none.
	Name string
	// Text holds its rows, one a line, each cell's text apart by a tab.
	Text string
}

// Magic is how a Compound File starts: a legacy Office document (.doc,
// .xls, .ppt, .msg) is one.
const Magic = "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

// BIFF record types read ([MS-XLS] 2.3).
const (
	recBOF        = 0x0809
	recEOF        = 0x000a
	recBoundSheet = 0x0085
	recSST        = 0x00fc
	recContinue   = 0x003c
	recLabelSST   = 0x00fd
	recLabel      = 0x0204
	recRString    = 0x00d6
	recNumber     = 0x0203
	recRK         = 0x027e
	recMulRK      = 0x00bd
)

// Sheets returns the text of the worksheets of the workbook in the
// Compound File ra of size bytes, and nil when it holds no workbook (a
// Word document, a mail). A workbook damaged part way gives the sheets
// read before the damage and the error.
func Sheets(ra io.ReaderAt, size int64, lim Limits) (sheets []Sheet, err error) {
	lim = lim.withDefaults()
	defer func() {
		if r := recover(); r != nil {
			sheets, err = nil, fmt.Errorf("xlstext: malformed compound file: %v", r)
		}
	}()
	doc, err := mscfb.New(ra)
	if err != nil {
		return nil, err
	}
	var book *mscfb.File
	for n := 0; ; n++ {
		if n >= lim.Entries {
			return nil, fmt.Errorf("%w: directory entries", ErrLimit)
		}
		f, err := doc.Next()
		if err != nil {
			break
		}
		if (f.Name == "Workbook" || f.Name == "Book") && len(f.Path) == 0 {
			book = f
			break
		}
	}
	if book == nil {
		return nil, nil
	}
	if book.Size > size {
		return nil, fmt.Errorf("xlstext: a workbook stream of %d bytes in a file of %d", book.Size, size)
	}
	if book.Size > lim.Bytes {
		return nil, fmt.Errorf("%w: workbook stream of %d bytes", ErrLimit, book.Size)
	}
	stream := make([]byte, book.Size)
	if _, err := io.ReadFull(book, stream); err != nil {
		return nil, err
	}
	return read(stream, lim)
}

// read walks the records of a workbook stream.
func read(stream []byte, lim Limits) ([]Sheet, error) {
	var (
		shared  []string
		names   []string
		sheets  []Sheet
		cells   []xlsxtext.Cell
		kept    int
		inSheet bool
		sst     [][]byte // the SST record's data and its CONTINUEs'
		inSST   bool
		written = lim.Bytes
		damaged error
	)
	endSST := func() {
		if inSST {
			shared = sharedStrings(sst, lim.Cells)
			sst, inSST = nil, false
		}
	}
	flush := func() error {
		if !inSheet {
			return nil
		}
		inSheet = false
		name := "sheet" + strconv.Itoa(len(sheets)+1)
		if len(sheets) < len(names) {
			name = names[len(sheets)]
		}
		text, err := xlsxtext.Grid(cells, &written)
		cells = cells[:0]
		if err != nil {
			return err
		}
		if text != "" {
			sheets = append(sheets, Sheet{Name: name, Text: text})
		} else {
			sheets = append(sheets, Sheet{Name: name})
		}
		return nil
	}
	add := func(row, col int, text string) error {
		if !inSheet || text == "" {
			return nil
		}
		if kept++; kept > lim.Cells {
			return fmt.Errorf("%w: cells", ErrLimit)
		}
		cells = append(cells, xlsxtext.Cell{Row: row, Col: col, Text: text})
		return nil
	}
	for p := 0; p+4 <= len(stream); {
		typ := int(binary.LittleEndian.Uint16(stream[p:]))
		n := int(binary.LittleEndian.Uint16(stream[p+2:]))
		if p+4+n > len(stream) {
			damaged = errors.New("xlstext: a record runs past the stream's end")
			break
		}
		d := stream[p+4 : p+4+n]
		p += 4 + n
		if typ == recContinue && inSST {
			sst = append(sst, d)
			continue
		}
		endSST()
		var err error
		switch typ {
		case recBOF:
			if err = flush(); err == nil && len(d) >= 4 {
				dt := binary.LittleEndian.Uint16(d[2:])
				inSheet = dt == 0x0010 // a worksheet's substream
			}
		case recEOF:
			err = flush()
		case recBoundSheet:
			if len(d) > 6 {
				names = append(names, shortString(d[6:]))
			}
		case recSST:
			if len(d) >= 8 {
				sst, inSST = [][]byte{d[8:]}, true
			}
		case recLabelSST:
			if len(d) >= 10 {
				if i := int(binary.LittleEndian.Uint32(d[6:])); i < len(shared) {
					err = add(int(binary.LittleEndian.Uint16(d)), int(binary.LittleEndian.Uint16(d[2:])), shared[i])
				}
			}
		case recLabel, recRString:
			if len(d) >= 9 {
				err = add(int(binary.LittleEndian.Uint16(d)), int(binary.LittleEndian.Uint16(d[2:])), longString(d[6:]))
			}
		case recNumber:
			if len(d) >= 14 {
				err = add(int(binary.LittleEndian.Uint16(d)), int(binary.LittleEndian.Uint16(d[2:])),
					number(math.Float64frombits(binary.LittleEndian.Uint64(d[6:]))))
			}
		case recRK:
			if len(d) >= 10 {
				err = add(int(binary.LittleEndian.Uint16(d)), int(binary.LittleEndian.Uint16(d[2:])), number(rk(binary.LittleEndian.Uint32(d[6:]))))
			}
		case recMulRK:
			if len(d) >= 6 {
				row, col := int(binary.LittleEndian.Uint16(d)), int(binary.LittleEndian.Uint16(d[2:]))
				for k := 4; k+6 <= len(d)-2 && err == nil; k += 6 {
					err = add(row, col, number(rk(binary.LittleEndian.Uint32(d[k+2:]))))
					col++
				}
			}
		}
		if err != nil {
			return sheets, err
		}
	}
	endSST()
	if err := flush(); err != nil {
		return sheets, err
	}
	return sheets, damaged
}

// rk decodes an RK number ([MS-XLS] 2.5.217): a 30-bit integer or the
// high bits of a double, maybe divided by 100.
func rk(v uint32) float64 {
	var f float64
	if v&2 != 0 {
		f = float64(int32(v) >> 2)
	} else {
		f = math.Float64frombits(uint64(v&0xfffffffc) << 32)
	}
	if v&1 != 0 {
		f /= 100
	}
	return f
}

// number writes a cell's number as Excel shows a plain one.
func number(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return ""
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// shortString reads a ShortXLUnicodeString: a length byte, a flags byte
// and the characters.
func shortString(d []byte) string {
	if len(d) < 2 {
		return ""
	}
	return chars(d[2:], int(d[0]), d[1]&1 != 0)
}

// longString reads an XLUnicodeString: a length of two bytes, a flags
// byte and the characters.
func longString(d []byte) string {
	if len(d) < 3 {
		return ""
	}
	return chars(d[3:], int(binary.LittleEndian.Uint16(d)), d[2]&1 != 0)
}

// chars decodes n characters of d, each two bytes (UTF-16LE) when wide,
// else one (the low byte of the character, Latin-1), as many as d holds.
func chars(d []byte, n int, wide bool) string {
	if wide {
		n = min(n, len(d)/2)
		u := make([]uint16, n)
		for i := range u {
			u[i] = binary.LittleEndian.Uint16(d[2*i:])
		}
		return string(utf16.Decode(u))
	}
	n = min(n, len(d))
	r := make([]rune, n)
	for i, c := range d[:n] {
		r[i] = rune(c)
	}
	return string(r)
}

// sstReader reads the shared string table across the records it is
// split into: a string's characters that a record boundary cuts go on
// after a new flags byte, the rest of it (formatting runs, phonetic
// data) without one.
type sstReader struct {
	segs [][]byte
	i, p int // the segment and the place in it
}

// atBoundary reports whether the reader stands at a segment's start.
func (r *sstReader) atBoundary() bool {
	for r.i < len(r.segs) && r.p >= len(r.segs[r.i]) {
		r.i, r.p = r.i+1, 0
	}
	return r.p == 0
}

// walk moves n bytes on across the segments, handing each stretch to
// fn when it is not nil; it reports whether the table held them.
func (r *sstReader) walk(n int, fn func([]byte)) bool {
	for n > 0 {
		for r.i < len(r.segs) && r.p >= len(r.segs[r.i]) {
			r.i, r.p = r.i+1, 0
		}
		if r.i >= len(r.segs) {
			return false
		}
		k := min(n, len(r.segs[r.i])-r.p)
		if fn != nil {
			fn(r.segs[r.i][r.p : r.p+k])
		}
		r.p, n = r.p+k, n-k
	}
	return true
}

// bytes reads the next n bytes.
func (r *sstReader) bytes(n int) ([]byte, bool) {
	var out []byte
	ok := r.walk(n, func(b []byte) { out = append(out, b...) })
	return out, ok
}

// skip passes over the next n bytes.
func (r *sstReader) skip(n int) bool { return r.walk(n, nil) }

// sharedStrings reads the strings of the shared string table, at most
// max of them ([MS-XLS] 2.4.265, 2.5.293 XLUnicodeRichExtendedString).
func sharedStrings(segs [][]byte, max int) []string {
	r := &sstReader{segs: segs}
	var out []string
	for len(out) < max {
		head, ok := r.bytes(3)
		if !ok {
			break
		}
		cch, flags := int(binary.LittleEndian.Uint16(head)), head[2]
		runs, ext := 0, 0
		if flags&8 != 0 {
			b, ok := r.bytes(2)
			if !ok {
				break
			}
			runs = int(binary.LittleEndian.Uint16(b))
		}
		if flags&4 != 0 {
			b, ok := r.bytes(4)
			if !ok {
				break
			}
			ext = int(binary.LittleEndian.Uint32(b))
		}
		wide := flags&1 != 0
		u := make([]uint16, 0, cch)
		for len(u) < cch {
			if r.atBoundary() && len(u) > 0 {
				// The characters go on in the next record, after a
				// flags byte of their own.
				b, ok := r.bytes(1)
				if !ok {
					break
				}
				wide = b[0]&1 != 0
			}
			size := 1
			if wide {
				size = 2
			}
			b, ok := r.bytes(size)
			if !ok {
				break
			}
			if wide {
				u = append(u, binary.LittleEndian.Uint16(b))
			} else {
				u = append(u, uint16(b[0]))
			}
		}
		if len(u) < cch {
			break
		}
		out = append(out, string(utf16.Decode(u)))
		if !r.skip(4*runs) || !r.skip(ext) {
			break
		}
	}
	return out
}
