// Package plisttext reads the values of an Apple binary property list as
// text. macOS and iOS keep preferences and app state in such files
// (NSUserDefaults' Library/Preferences/<app>.plist, and an iPhone
// backup's copies of them), where a string is stored as its bytes after
// a marker, with no separator from the next: read as raw bytes, a phrase
// runs into the bytes around it, and a string with a letter beyond ASCII
// is stored as UTF-16, which a text search does not read at all.
//
// Text gives each string of the list on a line of its own after its key
// path ("wallet/mnemonic: …"), so that the name a value is stored under
// stays beside it. The format ("bplist00") is the one Apple's
// CoreFoundation writes (CFBinaryPList.c, published in its open-source
// CF-Lite): a header, the objects, a table of their offsets and a
// 32-byte trailer. Every offset and count is checked against the file,
// and objects are visited a bounded number of times, so a damaged or
// hostile file gives an error, never a panic or a loop, and shared
// objects cannot multiply the text.
package plisttext

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Magic is the first eight bytes of a binary property list.
const Magic = "bplist00"

// ErrLimit is returned (wrapped) when a list exceeds a limit; the text
// read before it is returned with it.
var ErrLimit = errors.New("plisttext: limit reached")

// Default limits.
const (
	DefaultBytes  = 16 << 20
	DefaultVisits = 1 << 20
	DefaultDepth  = 64
)

// Limits bound the work of one Text. Zero fields take the defaults.
type Limits struct {
	// Bytes is the most text returned.
	Bytes int64
	// Visits is the most objects visited, a shared object once per
	// reference.
	Visits int
	// Depth is the deepest nesting of containers followed, property
	// lists stored as data in another included.
	Depth int
}

// Sniff reports whether head starts a binary property list.
func Sniff(head []byte) bool { return bytes.HasPrefix(head, []byte(Magic)) }

// Text returns the strings of the binary property list data, one
// "path: value" line each, in the order the list holds them. The path
// joins the keys of the dictionaries and the indexes of the arrays the
// value is in ("wallet/mnemonic", "$objects/12"). Data values that are
// UTF-8 text count as text; data of 16 to 64 other bytes, the size of a
// key, is written in hex; data holding a property list is read as one.
func Text(data []byte, lim Limits) (string, error) {
	if lim.Bytes <= 0 {
		lim.Bytes = DefaultBytes
	}
	if lim.Visits <= 0 {
		lim.Visits = DefaultVisits
	}
	if lim.Depth <= 0 {
		lim.Depth = DefaultDepth
	}
	w := &walker{lim: lim, visits: lim.Visits}
	err := w.list(data, "", 0)
	return w.out.String(), err
}

type walker struct {
	lim    Limits
	visits int
	out    strings.Builder
}

// plist is one parsed list: its bytes and its trailer's fields.
type plist struct {
	data     []byte
	offSize  int    // bytes of an offset in the offset table
	refSize  int    // bytes of an object reference
	objects  uint64 // count of objects
	table    uint64 // offset of the offset table
	topIndex uint64
}

func parse(data []byte) (*plist, error) {
	if !Sniff(data) || len(data) < len(Magic)+32 {
		return nil, errors.New("plisttext: not a binary property list")
	}
	t := data[len(data)-32:]
	p := &plist{data: data, offSize: int(t[6]), refSize: int(t[7]),
		objects: binary.BigEndian.Uint64(t[8:16]), topIndex: binary.BigEndian.Uint64(t[16:24]), table: binary.BigEndian.Uint64(t[24:32])}
	end := uint64(len(data) - 32)
	switch {
	case p.offSize < 1 || p.offSize > 8 || p.refSize < 1 || p.refSize > 8:
		return nil, fmt.Errorf("plisttext: offset size %d, reference size %d", p.offSize, p.refSize)
	case p.table < uint64(len(Magic)) || p.table > end:
		return nil, fmt.Errorf("plisttext: offset table at %d", p.table)
	case p.objects > (end-p.table)/uint64(p.offSize):
		return nil, fmt.Errorf("plisttext: %d objects do not fit the offset table", p.objects)
	case p.topIndex >= p.objects:
		return nil, fmt.Errorf("plisttext: top object %d of %d", p.topIndex, p.objects)
	}
	return p, nil
}

// uint reads a big-endian unsigned integer of n bytes (1 to 8) at off.
func (p *plist) uint(off uint64, n int) (uint64, bool) {
	if off > uint64(len(p.data)) || uint64(n) > uint64(len(p.data))-off {
		return 0, false
	}
	var v uint64
	for _, b := range p.data[off : off+uint64(n)] {
		v = v<<8 | uint64(b)
	}
	return v, true
}

// offset returns where object i starts, within the objects.
func (p *plist) offset(i uint64) (uint64, error) {
	if i >= p.objects {
		return 0, fmt.Errorf("plisttext: reference to object %d of %d", i, p.objects)
	}
	off, _ := p.uint(p.table+i*uint64(p.offSize), p.offSize)
	if off < uint64(len(Magic)) || off >= p.table {
		return 0, fmt.Errorf("plisttext: object %d at %d", i, off)
	}
	return off, nil
}

// count reads the length of the object at off (its marker's low four
// bits, or the integer after it) and returns it with where its content
// starts.
func (p *plist) count(off uint64) (n, start uint64, err error) {
	if info := p.data[off] & 0x0f; info != 0x0f {
		return uint64(info), off + 1, nil
	}
	if off+1 >= p.table || p.data[off+1]>>4 != 0x1 || p.data[off+1]&0x0f > 3 {
		return 0, 0, fmt.Errorf("plisttext: length of the object at %d", off)
	}
	size := 1 << (p.data[off+1] & 0x0f)
	n, ok := p.uint(off+2, size)
	if !ok {
		return 0, 0, fmt.Errorf("plisttext: length of the object at %d", off)
	}
	return n, off + 2 + uint64(size), nil
}

// span checks that n units of size bytes from start lie within the
// objects, and returns their end.
func (p *plist) span(start, n uint64, size int) (uint64, error) {
	if start > p.table || n > (p.table-start)/uint64(size) {
		return 0, fmt.Errorf("plisttext: object of %d units at %d runs past the objects", n, start)
	}
	return start + n*uint64(size), nil
}

// list reads the property list data, found at path.
func (w *walker) list(data []byte, path string, depth int) error {
	p, err := parse(data)
	if err != nil {
		return err
	}
	return w.object(p, p.topIndex, path, depth)
}

func (w *walker) object(p *plist, i uint64, path string, depth int) error {
	if w.visits--; w.visits < 0 {
		return fmt.Errorf("%w: more than %d objects visited", ErrLimit, w.lim.Visits)
	}
	if depth > w.lim.Depth {
		return fmt.Errorf("%w: nested deeper than %d", ErrLimit, w.lim.Depth)
	}
	off, err := p.offset(i)
	if err != nil {
		return err
	}
	switch p.data[off] >> 4 {
	case 0x4: // data
		b, err := p.bytes(off, 1)
		if err != nil {
			return err
		}
		switch {
		case Sniff(b):
			if err := w.list(b, path, depth+1); errors.Is(err, ErrLimit) {
				return err
			}
			return nil // data that only starts like a list is not text
		case utf8.Valid(b) && printable(string(b)):
			return w.line(path, string(b))
		case len(b) >= 16 && len(b) <= 64:
			return w.line(path, hex.EncodeToString(b))
		}
	case 0x5: // ASCII string
		b, err := p.bytes(off, 1)
		if err != nil {
			return err
		}
		return w.line(path, string(b))
	case 0x6: // UTF-16BE string
		b, err := p.bytes(off, 2)
		if err != nil {
			return err
		}
		return w.line(path, utf16BE(b))
	case 0xa, 0xc: // array, set
		n, start, err := p.count(off)
		if err != nil {
			return err
		}
		if _, err := p.span(start, n, p.refSize); err != nil {
			return err
		}
		for k := range n {
			ref, _ := p.uint(start+k*uint64(p.refSize), p.refSize)
			if err := w.object(p, ref, join(path, strconv.FormatUint(k, 10)), depth+1); err != nil {
				return err
			}
		}
	case 0xd: // dictionary: the keys' references, then the values'
		n, start, err := p.count(off)
		if err != nil {
			return err
		}
		if n > p.objects { // keys are strings: at most one per object
			return fmt.Errorf("plisttext: dictionary of %d keys at %d", n, off)
		}
		if _, err := p.span(start, 2*n, p.refSize); err != nil {
			return err
		}
		for k := range n {
			kref, _ := p.uint(start+k*uint64(p.refSize), p.refSize)
			vref, _ := p.uint(start+(n+k)*uint64(p.refSize), p.refSize)
			key, err := p.key(kref)
			if err != nil {
				return err
			}
			if err := w.object(p, vref, join(path, key), depth+1); err != nil {
				return err
			}
		}
	}
	// Numbers, dates, booleans and UIDs hold no text.
	return nil
}

// bytes returns the content of the data or string object at off, of
// units of size bytes.
func (p *plist) bytes(off uint64, size int) ([]byte, error) {
	n, start, err := p.count(off)
	if err != nil {
		return nil, err
	}
	end, err := p.span(start, n, size)
	if err != nil {
		return nil, err
	}
	return p.data[start:end], nil
}

// key returns the dictionary key object i: a string.
func (p *plist) key(i uint64) (string, error) {
	off, err := p.offset(i)
	if err != nil {
		return "", err
	}
	switch p.data[off] >> 4 {
	case 0x5:
		b, err := p.bytes(off, 1)
		return string(b), err
	case 0x6:
		b, err := p.bytes(off, 2)
		return utf16BE(b), err
	}
	return "", fmt.Errorf("plisttext: dictionary key at %d is not a string", off)
}

func (w *walker) line(path, value string) error {
	if value == "" {
		return nil
	}
	if int64(w.out.Len()+len(path)+len(value)+3) > w.lim.Bytes {
		return fmt.Errorf("%w: more than %d bytes of text", ErrLimit, w.lim.Bytes)
	}
	if path != "" {
		w.out.WriteString(path)
		w.out.WriteString(": ")
	}
	w.out.WriteString(value)
	w.out.WriteByte('\n')
	return nil
}

func join(path, name string) string {
	// A key's own line breaks would start a line without its path.
	name = strings.NewReplacer("\n", " ", "\r", " ").Replace(name)
	if path == "" {
		return name
	}
	return path + "/" + name
}

func utf16BE(b []byte) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = binary.BigEndian.Uint16(b[2*i:])
	}
	return string(utf16.Decode(u))
}

// printable reports whether s is text: no control characters but tab
// and line breaks.
func printable(s string) bool {
	for _, r := range s {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f {
			return false
		}
	}
	return true
}
