package sqlitetext

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"encoding/binary"
	"io"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/golang/snappy"
)

// Compressed blobs. Apple Notes keeps each note (NoteStore.sqlite,
// ZICNOTEDATA.ZDATA) as gzip of a protobuf message whose text field holds
// what was typed; other apps keep zlib. Such a blob is inflated (bounded)
// and its text read: the strings of a protobuf message, found by walking
// its fields, or else the runs of printable text in it.

const (
	// maxInflate bounds the bytes inflated from one blob.
	maxInflate = 4 << 20
	// minRun is the shortest run of printable text kept from a blob that
	// is no protobuf message.
	minRun = 16
	// maxDepth bounds the nesting of protobuf messages walked.
	maxDepth = 16
)

// compressed reports whether a blob starts as gzip or zlib data.
func compressed(b []byte) bool {
	switch {
	case len(b) >= 3 && b[0] == 0x1f && b[1] == 0x8b && b[2] == 8:
		return true
	case len(b) >= 2 && b[0]&0x0f == 8 && b[0]>>4 <= 7 && (uint16(b[0])<<8|uint16(b[1]))%31 == 0 && b[1]&0x20 == 0:
		// zlib: deflate, a window of at most 32 KiB, the header's check
		// bits, no preset dictionary.
		return true
	}
	return false
}

// inflate returns the text of a compressed blob, one string a line, and
// the bytes it inflated (charged to the database's budget, left).
func inflate(b []byte, left int64) ([]byte, int64) {
	var r io.Reader
	if b[0] == 0x1f {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, 0
		}
		zr.Multistream(false)
		r = zr
	} else {
		zr, err := zlib.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, 0
		}
		r = zr
	}
	raw, _ := io.ReadAll(io.LimitReader(r, min(maxInflate, max(left, 0))))
	var out bytes.Buffer
	if !protoStrings(raw, 0, &out) {
		out.Reset()
		printableRuns(raw, &out)
	}
	return out.Bytes(), int64(len(raw))
}

// protoStrings walks b as a protobuf message and writes the strings of
// its length-delimited fields (text of printable UTF-8), one a line,
// walking the others as nested messages. It reports whether all of b is
// a well-formed message.
func protoStrings(b []byte, depth int, out *bytes.Buffer) bool {
	if depth > maxDepth || len(b) == 0 {
		return false
	}
	mark := out.Len()
	for len(b) > 0 {
		key, k := uvarint(b)
		if k == 0 || key>>3 == 0 {
			out.Truncate(mark)
			return false
		}
		b = b[k:]
		switch key & 7 {
		case 0: // varint
			if _, k = uvarint(b); k == 0 {
				out.Truncate(mark)
				return false
			}
			b = b[k:]
		case 1, 5: // 64 and 32 bits
			n := map[uint64]int{1: 8, 5: 4}[key&7]
			if len(b) < n {
				out.Truncate(mark)
				return false
			}
			b = b[n:]
		case 2: // length-delimited
			n, k := uvarint(b)
			if k == 0 || n > uint64(len(b)-k) {
				out.Truncate(mark)
				return false
			}
			v := b[k : k+int(n)]
			b = b[k+int(n):]
			if printable(v) {
				out.Write(v)
				out.WriteByte('\n')
			} else {
				protoStrings(v, depth+1, out) // bytes that are neither are skipped
			}
		default: // groups, and wire types that do not exist
			out.Truncate(mark)
			return false
		}
	}
	return true
}

// typedStreamText returns the text of an NSAttributedString archived by
// NSArchiver (a "streamtyped" blob: Messages' chat.db keeps a message so
// in attributedBody, and newer macOS leaves its text column NULL), nil
// when b is none. The string's bytes follow its class, NSString, and the
// type "+" with their length: a byte, or 0x81 and two bytes, or 0x82 and
// four, least significant first.
func typedStreamText(b []byte) []byte {
	if !bytes.HasPrefix(b, []byte("\x04\x0bstreamtyped")) {
		return nil
	}
	i := bytes.Index(b, []byte("NSString"))
	if i < 0 {
		return nil
	}
	k := bytes.Index(b[i:min(len(b), i+24)], []byte("\x84\x01+"))
	if k < 0 {
		return nil
	}
	p := i + k + 3
	if p >= len(b) {
		return nil
	}
	n, w := int(b[p]), 1
	switch {
	case b[p] == 0x81 && p+3 <= len(b):
		n, w = int(binary.LittleEndian.Uint16(b[p+1:])), 3
	case b[p] == 0x82 && p+5 <= len(b):
		n, w = int(binary.LittleEndian.Uint32(b[p+1:])), 5
	case b[p] >= 0x80:
		return nil
	}
	if n <= 0 || n > len(b)-p-w {
		return nil
	}
	text := b[p+w : p+w+n]
	if !utf8.Valid(text) {
		return nil
	}
	return text
}

// utf16Blob returns the text of a blob that is UTF-16LE text (WebKit
// keeps each localStorage value so, in a BLOB column of ItemTable), nil
// when it is not: an even length, printable once decoded, and spaced as
// text is (a space, an ideographic space or a line break) or half of
// its characters Latin-1.
func utf16Blob(b []byte) []byte {
	if len(b) < 8 || len(b)%2 != 0 {
		return nil
	}
	text := utf16Text(b, binary.LittleEndian)
	spaced, latin := false, 0
	for _, r := range string(text) {
		switch {
		case r == ' ' || r == 0x3000 || r == '\n':
			spaced = true
		case r < 0x100:
			latin++
		}
	}
	if !spaced && latin*2 < len(b)/2 || bytes.ContainsRune(text, utf8.RuneError) || !printable(text) {
		return nil
	}
	return text
}

// printable reports whether b is UTF-8 text: letters, marks, numbers,
// punctuation, symbols and spaces, line breaks and tabs.
func printable(b []byte) bool {
	if len(b) == 0 || !utf8.Valid(b) {
		return false
	}
	for _, r := range string(b) {
		if r != '\n' && r != '\r' && r != '\t' && !unicode.IsPrint(r) && !unicode.Is(unicode.Cf, r) {
			return false
		}
	}
	return true
}

// printableRuns writes the runs of at least minRun bytes of printable
// UTF-8 in b, one a line.
func printableRuns(b []byte, out *bytes.Buffer) {
	start := -1
	flush := func(end int) {
		if start >= 0 && end-start >= minRun {
			out.Write(b[start:end])
			out.WriteByte('\n')
		}
		start = -1
	}
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 || r != '\n' && r != '\t' && !unicode.IsPrint(r) {
			flush(i)
			i += max(size, 1)
			continue
		}
		if start < 0 {
			start = i
		}
		i += size
	}
	flush(len(b))
}

// uvarint reads a protobuf varint; k is 0 when b ends first or it runs
// past ten bytes.
func uvarint(b []byte) (v uint64, k int) {
	for i := 0; i < 10 && i < len(b); i++ {
		v |= uint64(b[i]&0x7f) << (7 * i)
		if b[i] < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}

// snappyBlock reports whether a blob may be a Snappy block (the raw
// format, as Firefox keeps IndexedDB values): its length header names
// a size of at most left, maxInflate and 64 times the blob's, and more
// than the blob's less its header (Snappy adds a few bytes at most).
func snappyBlock(b []byte, left int64) bool {
	n, err := snappy.DecodedLen(b)
	return err == nil && n > 0 && int64(n) <= min(left, maxInflate) && n <= 64*len(b) && n+8 >= len(b)/2
}

// minStringRun is the fewest characters of a run binaryStrings keeps.
const minStringRun = 4

// scTagString is the tag of a string in SpiderMonkey's structured clone
// format (js/src/vm/StructuredClone.cpp, SCTAG_STRING): a 64-bit word of
// the tag (high half) and the length (low 31 bits, the top bit set for
// Latin-1, clear for UTF-16), then the characters padded to 8 bytes.
const scTagString = 0xffff0004

// binaryStrings returns the strings of a binary value, one a line: a
// structured clone's strings (Firefox's IndexedDB values: keys and
// values of objects in order), or else runs of printable Latin-1 bytes.
func binaryStrings(b []byte) []byte {
	var out bytes.Buffer
	for i := 0; i+8 <= len(b); i += 8 {
		if binary.LittleEndian.Uint32(b[i+4:]) != scTagString {
			continue
		}
		head := binary.LittleEndian.Uint32(b[i:])
		n, latin1 := int(head&0x7fffffff), head>>31 == 1
		size := n
		if !latin1 {
			size = 2 * n
		}
		if size > len(b)-i-8 {
			break
		}
		chars := b[i+8 : i+8+size]
		if latin1 {
			r := make([]rune, n)
			for k, c := range chars {
				r[k] = rune(c)
			}
			out.WriteString(string(r))
		} else {
			u := make([]uint16, n)
			for k := range u {
				u[k] = binary.LittleEndian.Uint16(chars[2*k:])
			}
			out.WriteString(string(utf16.Decode(u)))
		}
		out.WriteByte('\n')
		i += (size + 7) / 8 * 8
	}
	if out.Len() > 0 {
		return out.Bytes()
	}
	var run []rune
	flush := func() {
		if len(run) >= minStringRun {
			out.WriteString(string(run))
			out.WriteByte('\n')
		}
		run = run[:0]
	}
	for _, c := range b {
		if c == '\t' || c >= 0x20 && c < 0x7f || c >= 0xa0 {
			run = append(run, rune(c))
			continue
		}
		flush()
	}
	flush()
	return out.Bytes()
}
