// Package sqlitetext reads the text stored in the tables of an SQLite
// database file. Notes applications (Windows Sticky Notes' plum.sqlite,
// many mobile apps), browsers and wallets keep what people type in SQLite
// files, where the values of a row lie side by side with no separator:
// read as raw bytes, a phrase's first word is glued to the column before
// it and its last to the bytes after. Extract reads the tables as SQLite
// does and gives each text value on a line of its own.
//
// The file format is SQLite's (https://www.sqlite.org/fileformat2.html):
// the schema table rooted at page 1 names the tables and their root pages,
// whose b-trees (table b-trees, and index b-trees for tables WITHOUT
// ROWID) are walked to their leaves; payloads that spill over are read
// along their chains of overflow pages. Pages are read through an
// io.ReaderAt and each page is visited at most once, so a damaged or
// hostile file ends the walk with an error, never a loop, and the text
// read is bounded by Limits.
package sqlitetext

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/golang/snappy"
)

// Header is the first sixteen bytes of every SQLite 3 database file.
const Header = "SQLite format 3\x00"

// ErrLimit is returned (wrapped) when a database exceeds a limit; the
// tables read before it are returned with it.
var ErrLimit = errors.New("sqlitetext: limit reached")

// Default limits.
const (
	DefaultPages = 1 << 16
	DefaultBytes = 64 << 20
	// maxRecord bounds the payload of one row read.
	maxRecord = 4 << 20
)

// Limits bound the work of one Extract.
type Limits struct {
	// Pages is the most pages visited (b-tree and overflow pages).
	Pages int
	// Bytes is the most text returned, in all.
	Bytes int64
}

// Table is the text of one table: each text value of each row on a line
// of its own (a value's own line breaks kept), and a blank line after
// each row. A value of one long token (a key's shape) is under a line
// that holds its column's name, when the table's schema names two
// columns or more (and its rows are stored in their order: not a table
// WITHOUT ROWID) and the name is not a generic one ("value", "data"). Blobs that are UTF-8 text count as text, and so does the text of
// gzip and zlib blobs (blob.go: an Apple Notes note is gzip of a protobuf
// message).
type Table struct {
	Name string
	Text string
}

// Sniff reports whether head starts an SQLite 3 database.
func Sniff(head []byte) bool { return bytes.HasPrefix(head, []byte(Header)) }

// Extract returns the text of the tables of the database r of size bytes,
// in the order the schema lists them, leaving out tables with no text.
func Extract(ctx context.Context, r io.ReaderAt, size int64, lim Limits) ([]Table, error) {
	if lim.Pages <= 0 {
		lim.Pages = DefaultPages
	}
	if lim.Bytes <= 0 {
		lim.Bytes = DefaultBytes
	}
	var head [100]byte
	if size < int64(len(head)) {
		return nil, errors.New("sqlitetext: file shorter than its header")
	}
	if _, err := r.ReadAt(head[:], 0); err != nil {
		return nil, fmt.Errorf("sqlitetext: %w", err)
	}
	if !Sniff(head[:]) {
		return nil, errors.New("sqlitetext: not an SQLite 3 database")
	}
	pageSize := int(binary.BigEndian.Uint16(head[16:18]))
	if pageSize == 1 {
		pageSize = 65536
	}
	if pageSize < 512 || pageSize&(pageSize-1) != 0 {
		return nil, fmt.Errorf("sqlitetext: page size %d", pageSize)
	}
	usable := pageSize - int(head[20])
	if usable < 480 {
		return nil, fmt.Errorf("sqlitetext: usable page size %d", usable)
	}
	d := &db{ctx: ctx, r: r, pageSize: pageSize, usable: usable, pages: int(size / int64(pageSize)),
		visited: map[uint32]bool{}, lim: lim, utf16: int(binary.BigEndian.Uint32(head[56:60])), inflateLeft: lim.Bytes}
	if d.utf16 < 1 || d.utf16 > 3 {
		d.utf16 = 1
	}
	// The schema: type, name, tbl_name, rootpage, sql.
	type root struct {
		name string
		page uint32
		cols []string
	}
	var roots []root
	err := d.walk(1, func(vals []value) {
		// SQLite's own tables (sqlite_sequence, sqlite_stat1) hold no
		// text of the application.
		if len(vals) >= 4 && string(vals[0].text) == "table" && !bytes.HasPrefix(vals[1].text, []byte("sqlite_")) &&
			vals[3].isInt && vals[3].n > 1 && vals[3].n < 1<<32 {
			var cols []string
			if len(vals) >= 5 {
				cols = columns(vals[4].text)
			}
			roots = append(roots, root{string(vals[1].text), uint32(vals[3].n), cols})
		}
	})
	if err != nil {
		return nil, err
	}
	var out []Table
	var damaged []error // tables that could not be read to the end
	for _, rt := range roots {
		var b bytes.Buffer
		named := len(rt.cols) > 1
		err := d.walk(rt.page, func(vals []value) {
			wrote := false
			named := named && len(vals) <= len(rt.cols)
			for i, v := range vals {
				if len(v.text) == 0 || !v.isText {
					continue
				}
				if named && tokenValue(v.text) && !genericColumn(rt.cols[i]) {
					// The column's name, a line over a value of one
					// long token (a key, an id): "refund_privkey" over
					// a key names it, and two values of 32 hex digits
					// in a row ("adminkey", "inkey") are no key cut in
					// two. Words (a note, a phrase's word a row) stay
					// as they are, and so does the value of a generic
					// column, which the row's other values name (a
					// key-value table's "wallet_pk" over its "value").
					b.WriteString(rt.cols[i])
					b.WriteByte('\n')
				}
				b.Write(v.text)
				b.WriteByte('\n')
				wrote = true
			}
			if wrote {
				b.WriteByte('\n')
			}
		})
		if b.Len() > 0 {
			if int64(b.Len()) > d.lim.Bytes {
				b.Truncate(int(d.lim.Bytes))
				err = fmt.Errorf("%w: %d bytes of text", ErrLimit, lim.Bytes)
			}
			d.lim.Bytes -= int64(b.Len())
			out = append(out, Table{Name: rt.name, Text: b.String()})
		}
		if errors.Is(err, ErrLimit) || d.ctx.Err() != nil {
			return out, err
		}
		if err != nil {
			// A damaged table: the others may still be whole.
			damaged = append(damaged, fmt.Errorf("table %q: %w", rt.name, err))
		}
	}
	return out, errors.Join(damaged...)
}

// tokenValue reports whether v is one token of 24 bytes or more, no
// white space in it: a key's or an id's shape, not words'.
func tokenValue(v []byte) bool {
	return len(v) >= 24 && len(v) <= 4096 && !bytes.ContainsAny(v, " \t\r\n")
}

// genericColumn reports whether a column's name says only that it holds
// a value ("value", "data", "v"), whose name is elsewhere in its row.
func genericColumn(name string) bool {
	switch strings.ToLower(name) {
	case "value", "val", "v", "data", "content", "contents", "text", "body", "blob", "item", "json", "payload":
		return true
	}
	return false
}

// columns returns the names of the columns that the CREATE TABLE
// statement sql declares, in their order; nil when it declares none
// that can be read, or when the table is WITHOUT ROWID (its records hold
// the primary key's columns first).
func columns(sql []byte) []string {
	o := bytes.IndexByte(sql, '(')
	if o < 0 || !bytes.HasPrefix(bytes.ToUpper(bytes.TrimSpace(sql)), []byte("CREATE")) {
		return nil
	}
	var cols []string
	depth, start := 0, o+1
	var quote byte
	for i := o + 1; i < len(sql); i++ {
		c := sql[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
			continue
		case c == '"' || c == '`' || c == '\'':
			quote = c
		case c == '[':
			quote = ']'
		case c == '(':
			depth++
		case c == ')' && depth > 0:
			depth--
		case c == ',' || c == ')':
			if depth > 0 {
				continue
			}
			if name, ok := columnName(sql[start:i]); ok {
				cols = append(cols, name)
			}
			start = i + 1
			if c == ')' {
				if bytes.Contains(bytes.ToUpper(sql[i:]), []byte("WITHOUT ROWID")) {
					return nil
				}
				return cols
			}
		}
	}
	return nil // no closing parenthesis: a damaged schema
}

// columnName returns the name of the column that def declares, its
// quotes left out; ok is false for a table constraint (PRIMARY KEY(…),
// UNIQUE, CHECK, FOREIGN KEY, CONSTRAINT) or an empty definition.
func columnName(def []byte) (string, bool) {
	def = bytes.TrimSpace(def)
	if len(def) == 0 {
		return "", false
	}
	var name []byte
	switch def[0] {
	case '"', '`', '\'', '[':
		end := def[0]
		if end == '[' {
			end = ']'
		}
		k := bytes.IndexByte(def[1:], end)
		if k < 0 {
			return "", false
		}
		name = def[1 : 1+k]
	default:
		k := bytes.IndexAny(def, " \t\r\n(")
		if k < 0 {
			k = len(def)
		}
		name = def[:k]
		switch string(bytes.ToUpper(name)) {
		case "CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN":
			return "", false
		}
	}
	if len(name) == 0 || len(name) > 64 || !utf8.Valid(name) || bytes.ContainsAny(name, "\n\r") {
		return "", false
	}
	return string(name), true
}

// db is one Extract's state.
type db struct {
	ctx              context.Context
	r                io.ReaderAt
	pageSize, usable int
	pages            int
	utf16            int // the text encoding: 1 UTF-8, 2 UTF-16le, 3 UTF-16be
	visited          map[uint32]bool
	lim              Limits
	// inflateLeft is what compressed blobs may still inflate to (blob.go).
	inflateLeft int64
	// The page of the b-tree being read, and the overflow page being
	// copied from: a leaf's cells are read from the first while their
	// overflow pages pass through the second.
	treeBuf, overflowBuf []byte
}

// value is one column of a record.
type value struct {
	text   []byte // text (as UTF-8), or a blob that is UTF-8 text
	isText bool
	n      int64
	isInt  bool
}

// page reads page n (1-based), once, into *buf.
func (d *db) page(n uint32, buf *[]byte) ([]byte, error) {
	if err := d.ctx.Err(); err != nil {
		return nil, err
	}
	if n < 1 || int(n) > d.pages {
		return nil, fmt.Errorf("sqlitetext: page %d out of range", n)
	}
	if d.visited[n] {
		return nil, fmt.Errorf("sqlitetext: page %d reached twice", n)
	}
	if len(d.visited) >= d.lim.Pages {
		return nil, fmt.Errorf("%w: %d pages", ErrLimit, d.lim.Pages)
	}
	d.visited[n] = true
	if len(*buf) != d.pageSize {
		*buf = make([]byte, d.pageSize)
	}
	p := *buf
	if _, err := d.r.ReadAt(p, int64(n-1)*int64(d.pageSize)); err != nil {
		return nil, fmt.Errorf("sqlitetext: page %d: %w", n, err)
	}
	return p[:d.usable], nil
}

// walk visits the b-tree rooted at page root and calls row with the
// values of each record of its leaves.
func (d *db) walk(root uint32, row func([]value)) error {
	stack := []uint32{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		p, err := d.page(n, &d.treeBuf)
		if err != nil {
			return err
		}
		h := 0
		if n == 1 {
			h = 100
		}
		if h+8 > len(p) {
			return fmt.Errorf("sqlitetext: page %d too short", n)
		}
		kind := p[h]
		cells := int(binary.BigEndian.Uint16(p[h+3 : h+5]))
		ptrs := h + 8
		interior := kind == 0x05 || kind == 0x02
		switch kind {
		case 0x05, 0x02, 0x0d, 0x0a:
		default:
			return fmt.Errorf("sqlitetext: page %d is not a b-tree page", n)
		}
		if interior {
			if h+12 > len(p) {
				return fmt.Errorf("sqlitetext: page %d too short", n)
			}
			stack = append(stack, binary.BigEndian.Uint32(p[h+8:h+12]))
			ptrs = h + 12
		}
		if ptrs+2*cells > len(p) {
			return fmt.Errorf("sqlitetext: page %d: %d cells do not fit", n, cells)
		}
		for c := range cells {
			off := int(binary.BigEndian.Uint16(p[ptrs+2*c:]))
			if off >= len(p) {
				return fmt.Errorf("sqlitetext: page %d: cell outside the page", n)
			}
			cell := p[off:]
			if interior {
				if len(cell) < 4 {
					return fmt.Errorf("sqlitetext: page %d: short cell", n)
				}
				stack = append(stack, binary.BigEndian.Uint32(cell))
				if kind == 0x05 {
					continue // a table interior cell holds only a key
				}
				cell = cell[4:]
			}
			plen, k := varint(cell)
			if k == 0 || plen < 0 {
				return fmt.Errorf("sqlitetext: page %d: bad cell", n)
			}
			cell = cell[k:]
			if kind == 0x0d {
				if _, k = varint(cell); k == 0 {
					return fmt.Errorf("sqlitetext: page %d: bad cell", n)
				}
				cell = cell[k:]
			}
			payload, err := d.payload(cell, plen, kind == 0x0d)
			if err != nil {
				return err
			}
			if vals := d.record(payload); vals != nil {
				row(vals)
			}
		}
	}
	return nil
}

// payload returns a cell's payload of plen bytes: the part on the page,
// then the overflow chain (https://www.sqlite.org/fileformat2.html#b_tree_pages
// gives the split).
func (d *db) payload(cell []byte, plen int64, table bool) ([]byte, error) {
	u := int64(d.usable)
	x := u - 35
	if !table {
		x = (u-12)*64/255 - 23
	}
	if plen <= x {
		if plen > int64(len(cell)) {
			return nil, errors.New("sqlitetext: payload runs off its page")
		}
		return cell[:plen], nil
	}
	m := (u-12)*32/255 - 23
	local := m + (plen-m)%(u-4)
	if local > x {
		local = m
	}
	if local+4 > int64(len(cell)) {
		return nil, errors.New("sqlitetext: payload runs off its page")
	}
	want := min(plen, maxRecord)
	out := make([]byte, 0, want)
	out = append(out, cell[:local]...)
	next := binary.BigEndian.Uint32(cell[local:])
	for int64(len(out)) < want && next != 0 {
		p, err := d.page(next, &d.overflowBuf)
		if err != nil {
			return nil, err
		}
		next = binary.BigEndian.Uint32(p)
		out = append(out, p[4:min(len(p), 4+int(want)-len(out))]...)
	}
	return out, nil
}

// record decodes a record's values; one cut short keeps what it holds.
func (d *db) record(b []byte) []value {
	hlen, k := varint(b)
	if k == 0 || hlen < int64(k) || hlen > int64(len(b)) {
		return nil
	}
	types := b[k:hlen]
	body := b[hlen:]
	var vals []value
	for len(types) > 0 {
		t, k := varint(types)
		if k == 0 {
			break
		}
		types = types[k:]
		var v value
		var n int64
		switch {
		case t >= 1 && t <= 6:
			n = [...]int64{0, 1, 2, 3, 4, 6, 8}[t]
			if n > int64(len(body)) {
				return vals
			}
			var x int64
			for _, c := range body[:n] {
				x = x<<8 | int64(c)
			}
			if shift := 64 - 8*n; shift > 0 {
				x = x << shift >> shift // sign-extend
			}
			v.n, v.isInt = x, true
		case t == 7:
			n = 8
		case t == 8 || t == 9:
			v.n, v.isInt = t-8, true
		case t >= 12:
			n = (t - 12) / 2
			if n > int64(len(body)) {
				n = int64(len(body))
			}
			raw := body[:n]
			switch {
			case t%2 == 1:
				v.text, v.isText = d.decodeText(raw), true
			case utf8.Valid(raw) && bytes.IndexByte(raw, 0) < 0:
				v.text, v.isText = raw, true
			case compressed(raw) && d.inflateLeft > 0:
				var used int64
				v.text, used = inflate(raw, d.inflateLeft)
				v.isText = len(v.text) > 0
				d.inflateLeft -= used
			default:
				if v.text = typedStreamText(raw); v.text == nil {
					v.text = utf16Blob(raw)
				}
				if v.text == nil && d.inflateLeft > 0 && snappyBlock(raw, d.inflateLeft) {
					// Firefox's IndexedDB (object_data.data): a
					// value's structured clone in a Snappy block.
					if dec, err := snappy.Decode(nil, raw); err == nil {
						d.inflateLeft -= int64(len(dec))
						v.text = binaryStrings(dec)
					}
				}
				v.isText = v.text != nil
			}
		}
		if n > int64(len(body)) {
			return vals
		}
		body = body[n:]
		vals = append(vals, v)
	}
	return vals
}

// decodeText returns a text value as UTF-8.
func (d *db) decodeText(raw []byte) []byte {
	if d.utf16 == 1 {
		return raw
	}
	var order binary.ByteOrder = binary.BigEndian
	if d.utf16 == 2 {
		order = binary.LittleEndian
	}
	return utf16Text(raw, order)
}

// utf16Text returns raw, UTF-16 in order, as UTF-8 (an odd last byte
// left out).
func utf16Text(raw []byte, order binary.ByteOrder) []byte {
	u := make([]uint16, len(raw)/2)
	for i := range u {
		u[i] = order.Uint16(raw[2*i:])
	}
	return []byte(string(utf16.Decode(u)))
}

// varint reads an SQLite variable-length integer (big-endian, seven bits
// a byte, the ninth byte whole); k is 0 when b ends first.
func varint(b []byte) (v int64, k int) {
	for i := 0; i < 9; i++ {
		if i >= len(b) {
			return 0, 0
		}
		if i == 8 {
			return v<<8 | int64(b[i]), 9
		}
		v = v<<7 | int64(b[i]&0x7f)
		if b[i] < 0x80 {
			return v, i + 1
		}
	}
	return v, 9
}
