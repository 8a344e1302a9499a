package decode

import (
	"bytes"
	"encoding/hex"
	"unicode/utf16"
)

// registryViews decodes the hex values of a Windows registry export
// (regedit's .reg files: "Windows Registry Editor Version 5.00", or
// "REGEDIT4"), found by their shape alone, since an export of a whole
// hive is longer than a chunk. regedit writes a value that is not a
// plain string or a number as its bytes in hex, two digits apart by
// commas, over lines continued by a backslash: "Name"=hex(7):63,00,6f,00,… for a list of
// strings (REG_MULTI_SZ), hex(2) for a string with variables
// (REG_EXPAND_SZ), hex: for bytes (REG_BINARY). The strings are UTF-16LE
// in version 5 files and bytes of the code page in REGEDIT4 ones. Each
// such value is a view ("registry-hex"), the value's name its Context:
// strings as text, a list one string a line, and 16 to 64 bytes that are
// not text (a key stored as REG_BINARY) as their lower-case hex.
func registryViews(w *walker, data []byte, emit func(View) bool) bool {
	var buf []byte
	return eachAt(w, data, "=hex", func(p int) (int, bool) {
		if p == 0 || data[p-1] != '"' && data[p-1] != '@' {
			return p + 4, true // "Name"=hex…, or @=hex… for the key's default value
		}
		i := p + 4
		typ := byte(3) // hex: is REG_BINARY
		if i+3 < len(data) && data[i] == '(' && data[i+2] == ')' && hexDigit[data[i+1]] {
			typ = unhex(data[i+1])
			i += 3
		}
		if i >= len(data) || data[i] != ':' {
			return i, true
		}
		s := bytes.LastIndexByte(data[:p], '\n') + 1
		var end int
		buf, end = registryBytes(data, i+1, buf[:0])
		var out []byte
		switch typ {
		case 1, 2, 7: // REG_SZ, REG_EXPAND_SZ, REG_MULTI_SZ
			out = registryText(buf)
		case 3:
			if len(buf) >= 16 && len(buf) <= 64 && !printable(buf) {
				out = []byte(hex.EncodeToString(buf))
			} else {
				out = registryText(buf)
			}
		}
		if len(out) == 0 || !printable(out) {
			return end, true
		}
		name := unityPrefName(bytes.Trim(bytes.TrimSpace(data[s:p]), `"`))
		ctx := append(append([]byte(nil), name...), " = "...)
		return end, emit(View{Data: out, Encoding: "registry-hex", Start: s, End: end, Context: ctx})
	})
}

// unityPrefName returns a value's name without the "_h" and decimal hash
// that Unity's PlayerPrefs append to every key they store in the
// registry ("wallet_pk_h3209817455" is the game's "wallet_pk").
func unityPrefName(name []byte) []byte {
	k := bytes.LastIndex(name, []byte("_h"))
	if k <= 0 || len(name)-k-2 < 6 {
		return name
	}
	for _, c := range name[k+2:] {
		if c < '0' || c > '9' {
			return name
		}
	}
	return name[:k]
}

// registryBytes reads the comma-separated hex bytes of a value from i,
// over lines ended by a backslash, into out (at most maxRun bytes), and
// returns them and where they end.
func registryBytes(data []byte, i int, out []byte) ([]byte, int) {
	for i+1 < len(data) && len(out) < maxRun {
		switch c := data[i]; {
		case c == ',' || c == ' ' || c == '\t':
			i++
		case c == '\\':
			// A continuation: the line break and the next line's indent.
			j := i + 1
			for j < len(data) && (data[j] == '\r' || data[j] == '\n') {
				j++
			}
			if j == i+1 {
				return out, i
			}
			i = j
		case hexDigit[c] && hexDigit[data[i+1]]:
			out = append(out, unhex(c)<<4|unhex(data[i+1]))
			i += 2
		default:
			return out, i
		}
	}
	return out, i
}

// registryText turns a string value's bytes into UTF-8: UTF-16LE when
// every other byte is zero-padded ASCII or the bytes' count is even and
// the string ends with a zero code unit, bytes as they are otherwise;
// the zeros between the strings of a list become line breaks, and those
// at the end go.
func registryText(b []byte) []byte {
	if utf16LE(b) {
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		b = []byte(string(utf16.Decode(u)))
	}
	b = bytes.TrimRight(b, "\x00")
	return bytes.ReplaceAll(b, []byte{0}, []byte{'\n'})
}

// utf16LE reports whether b reads as UTF-16LE text: an even count of
// bytes, most of whose odd bytes are zero (Latin letters), or a value
// that ends with a zero code unit.
func utf16LE(b []byte) bool {
	if len(b) < 2 || len(b)%2 != 0 {
		return false
	}
	zeros := 0
	for i := 1; i < len(b); i += 2 {
		if b[i] == 0 {
			zeros++
		}
	}
	return zeros*4 >= len(b)/2*3 || b[len(b)-1] == 0 && b[len(b)-2] == 0
}
