package sqlitetext

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"encoding/binary"
	"io"
	"unicode"
	"unicode/utf8"
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
