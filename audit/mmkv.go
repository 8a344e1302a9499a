package audit

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"unicode/utf8"
)

// MMKV (Tencent's key-value store, used by WeChat and by many React
// Native and Flutter apps in place of their platform's preferences) keeps
// a store in one file: the size of its data (4 bytes, least significant
// first), then the data as protobuf-style records. The data starts with a
// placeholder varint (0x00ffffff, the bytes ff ff ff 07), then each
// record is a key (a varint length and UTF-8) and a value (a varint
// length and bytes); a string value holds its own varint length inside
// (github.com/Tencent/MMKV, MMKV_IO.cpp and MiniPBCoder.cpp). Records are
// appended as keys are set, so an old value stays until the store is
// rewritten. Read as bytes, each value is glued to its key by its length
// bytes, which are printable for common lengths: a 64-digit key is
// "privateKeyA@…", a 108-byte phrase "seedml…". The records are read as
// "key: value" lines, a member of the file, as a property list's strings
// are. An encrypted store (AES-CFB) does not start with the placeholder
// and is read as bytes only.

// mmkvHolder is the placeholder varint at offset 4 of a store.
const mmkvHolder = "\xff\xff\xff\x07"

// sniffMMKV reports whether head starts as an MMKV store: a data size of
// at least the placeholder's, then the placeholder.
func sniffMMKV(head []byte) bool {
	return len(head) >= 8 && string(head[4:8]) == mmkvHolder && binary.LittleEndian.Uint32(head) >= 4
}

// mmkvText returns the records of an MMKV store whose value is text, a
// "key: value" line each, in the order written. Values that are not
// text (numbers, booleans, binary) are left out; a record cut short or
// past the declared size ends the reading. At most limit bytes are
// returned; err wraps errArchiveBudget past that.
func mmkvText(data []byte, limit int64) (string, error) {
	if !sniffMMKV(data) {
		return "", newFormatError("mmkv", fmt.Errorf("no placeholder"))
	}
	end := len(data)
	if n := int64(binary.LittleEndian.Uint32(data)) + 4; n < int64(end) {
		end = int(n)
	}
	var out bytes.Buffer
	for rest := data[8:end]; len(rest) > 0; {
		key, next, ok := varintBytes(rest)
		if !ok || len(key) == 0 {
			break
		}
		var val []byte
		if val, rest, ok = varintBytes(next); !ok {
			break
		}
		if s, after, ok := varintBytes(val); ok && len(after) == 0 {
			val = s // a string: its own length inside the value
		}
		if !printableText(key) || len(val) == 0 || !printableText(val) {
			continue
		}
		if int64(out.Len()+len(key)+len(val)+3) > limit {
			return out.String(), &budgetError{fmt.Sprintf("mmkv: text larger than %d bytes", limit)}
		}
		out.Write(key)
		out.WriteString(": ")
		out.Write(val)
		out.WriteByte('\n')
	}
	return out.String(), nil
}

// printableText reports whether b is UTF-8 with no control character but
// tabs and line breaks (textByte).
func printableText(b []byte) bool {
	if !utf8.Valid(b) {
		return false
	}
	for _, c := range b {
		if !textByte(c) {
			return false
		}
	}
	return true
}

// scanMMKV hands on the text records of an MMKV store as the member
// "values.txt"; the file's own bytes are scanned too.
func (w *itemScanner) scanMMKV(it Item, rc io.Reader, b *archiveBudget, member func(string, int64, os.FileMode, func() (io.ReadCloser, error)) error) {
	data, ok := w.readWhole(it, rc, b, w.s.opts.MaxWholeFile, "mmkv store")
	if !ok {
		return
	}
	text, err := mmkvText(data, b.bytes)
	if text == "" {
		return
	}
	w.textMembers(it, b, []string{"values.txt"}, []string{text}, err, errArchiveBudget, "mmkv store", member)
}
