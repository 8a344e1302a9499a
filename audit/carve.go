package audit

import (
	"bytes"
	"compress/flate"
	"io"
	"unicode/utf8"
)

// A binary file may hold gzip streams that are not its start: a browser
// cache entry keeps a response's body as the server sent it (gzip when
// the response said "Content-Encoding: gzip") after the entry's header
// and its URL; a memory dump, a firmware image or a packet capture hold
// them too. gzipStreams finds them by their header and inflates each, a
// bounded number and size a chunk, so the text inside is read as a view.

// Bounds of gzipStreams.
const (
	maxCarved      = 16      // streams inflated a chunk
	maxCarvedBytes = 4 << 20 // bytes inflated a stream
	minCarvedText  = 32      // shortest inflated text worth a view
)

// gzipStreams calls fn, until it returns false, with the span data[s:e]
// of each gzip stream inside binary data (not at its start, which the
// archive reader takes) that inflates to text, and that text. The stream
// may run past data's end: what inflates before it is kept.
func gzipStreams(data []byte, fn func(s, e int, text []byte) bool) {
	n := 0
	for i := 1; i < len(data) && n < maxCarved; {
		k := bytes.Index(data[i:], []byte{0x1f, 0x8b, 0x08})
		if k < 0 {
			return
		}
		s := i + k
		i = s + 3
		body, ok := gzipBody(data[s:])
		if !ok {
			continue
		}
		n++
		cr := &countReader{r: bytes.NewReader(body)}
		zr := flate.NewReader(cr)
		text, _ := io.ReadAll(io.LimitReader(zr, maxCarvedBytes))
		zr.Close()
		if len(text) < minCarvedText || !mostlyText(text) {
			continue
		}
		e := s + (len(data[s:]) - len(body)) + cr.n + 8 // the trailer: CRC-32 and size
		if !fn(s, min(e, len(data)), text) {
			return
		}
		i = max(i, e)
	}
}

// gzipBody returns the deflate data of the gzip stream that starts b,
// past its header (RFC 1952: flags, the extra field, the name, the
// comment, the header's CRC), or false when b's header is not one.
func gzipBody(b []byte) ([]byte, bool) {
	if len(b) < 18 || b[0] != 0x1f || b[1] != 0x8b || b[2] != 8 || b[3]&0xe0 != 0 {
		return nil, false
	}
	flg, p := b[3], 10
	if flg&0x04 != 0 { // FEXTRA
		if p+2 > len(b) {
			return nil, false
		}
		p += 2 + (int(b[p]) | int(b[p+1])<<8)
	}
	for _, f := range []byte{0x08, 0x10} { // FNAME, FCOMMENT
		if flg&f == 0 {
			continue
		}
		if p >= len(b) {
			return nil, false
		}
		k := bytes.IndexByte(b[p:], 0)
		if k < 0 {
			return nil, false
		}
		p += k + 1
	}
	if flg&0x02 != 0 { // FHCRC
		p += 2
	}
	if p >= len(b) {
		return nil, false
	}
	return b[p:], true
}

// countReader counts the bytes read through it.
type countReader struct {
	r io.ByteReader
	n int
}

func (c *countReader) Read(p []byte) (int, error) {
	for i := range p {
		b, err := c.r.ReadByte()
		if err != nil {
			return i, err
		}
		p[i] = b
		c.n++
	}
	return len(p), nil
}

func (c *countReader) ReadByte() (byte, error) {
	b, err := c.r.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}

// mostlyText reports whether b is UTF-8 of which nine bytes in ten or
// more are not control characters but tabs and line breaks.
func mostlyText(b []byte) bool {
	if !utf8.Valid(b) {
		return false
	}
	bad := 0
	for _, c := range b {
		if !textByte(c) {
			bad++
		}
	}
	return bad*10 <= len(b)
}
