package plisttext

import (
	"bytes"
	"encoding/binary"
	"os"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// obj is one object of a list the test writes: its marker's type, and a
// string's, data's or container's content.
type obj struct {
	typ  byte     // 0x4 data, 0x5 ASCII, 0x6 UTF-16, 0xa array, 0xd dict, 0x1 int
	b    []byte   // data or string bytes (UTF-16 strings: the text, encoded here)
	refs []uint64 // array items; dict keys then values
}

// build writes objs as a binary property list whose top object is top,
// with one-byte offsets' size grown as needed and one-byte references.
func build(objs []obj, top uint64) []byte {
	var b bytes.Buffer
	b.WriteString(Magic)
	marker := func(t byte, n int) {
		if n < 15 {
			b.WriteByte(t<<4 | byte(n))
			return
		}
		b.WriteByte(t<<4 | 0xf)
		b.WriteByte(0x13)
		_ = binary.Write(&b, binary.BigEndian, uint64(n))
	}
	offsets := make([]uint64, len(objs))
	for i, o := range objs {
		offsets[i] = uint64(b.Len())
		switch o.typ {
		case 0x4, 0x5:
			marker(o.typ, len(o.b))
			b.Write(o.b)
		case 0x6:
			u := utf16.Encode([]rune(string(o.b)))
			marker(0x6, len(u))
			for _, c := range u {
				_ = binary.Write(&b, binary.BigEndian, c)
			}
		case 0xa:
			marker(0xa, len(o.refs))
			for _, r := range o.refs {
				b.WriteByte(byte(r))
			}
		case 0xd:
			marker(0xd, len(o.refs)/2)
			for _, r := range o.refs {
				b.WriteByte(byte(r))
			}
		case 0x1:
			b.WriteByte(0x10)
			b.WriteByte(7)
		}
	}
	table := uint64(b.Len())
	for _, off := range offsets {
		_ = binary.Write(&b, binary.BigEndian, uint32(off))
	}
	var t [32]byte
	t[6], t[7] = 4, 1
	binary.BigEndian.PutUint64(t[8:], uint64(len(objs)))
	binary.BigEndian.PutUint64(t[16:], top)
	binary.BigEndian.PutUint64(t[24:], table)
	b.Write(t[:])
	return b.Bytes()
}

func str(s string) obj     { return obj{typ: 0x5, b: []byte(s)} }
func ustr(s string) obj    { return obj{typ: 0x6, b: []byte(s)} }
func data(b []byte) obj    { return obj{typ: 0x4, b: b} }
func arr(r ...uint64) obj  { return obj{typ: 0xa, refs: r} }
func dict(r ...uint64) obj { return obj{typ: 0xd, refs: r} }

func TestText(t *testing.T) {
	phrase := strings.Repeat("légume ", 11) + "légume"
	key := bytes.Repeat([]byte{0xa7}, 32)
	inner := build([]obj{dict(1, 2), str("note"), str("inner text")}, 0)
	list := build([]obj{
		dict(1, 2, 3, 4),                     // 0: {"wallet": 3, "count": 4}
		str("wallet"),                        // 1
		str("count"),                         // 2
		dict(5, 6, 7, 11, 8, 9, 10, 12),      // 3: {"mnemonic": 8, "ethPrivateKey": 9, "raw": 10, "nested": 12}
		{typ: 0x1},                           // 4: an integer
		str("mnemonic"),                      // 5
		str("ethPrivateKey"),                 // 6
		ustr("raw"),                          // 7: a UTF-16 key
		ustr(phrase),                         // 8: UTF-16 because of the accents
		str("0x" + strings.Repeat("ab", 32)), // 9
		data(key),                            // 10
		str("nested"),                        // 11
		data(inner),                          // 12
	}, 0)
	require.True(t, Sniff(list))
	text, err := Text(list, Limits{})
	require.NoError(t, err)
	assert.Equal(t, "wallet/mnemonic: "+phrase+"\n"+
		"wallet/ethPrivateKey: 0x"+strings.Repeat("ab", 32)+"\n"+
		"wallet/raw: "+strings.Repeat("a7", 32)+"\n"+
		"wallet/nested/note: inner text\n", text)
}

// TestTextOfPythonList reads a list written by another program
// (testdata/prefs.bplist, made by Python's plistlib with FMT_BINARY and
// sorted keys): strings, a UTF-16 one, an array, 16 bytes of data, and
// numbers, a date and a boolean, which hold no text.
func TestTextOfPythonList(t *testing.T) {
	b, err := os.ReadFile("testdata/prefs.bplist")
	require.NoError(t, err)
	text, err := Text(b, Limits{})
	require.NoError(t, err)
	assert.Equal(t, "NSWindow Frame: 0 0 800 600\n"+
		"wallet/accounts/0: acct-1\n"+
		"wallet/accounts/1: acct-2\n"+
		"wallet/blob: 000102030405060708090a0b0c0d0e0f\n"+
		"wallet/label: Épargne\n", text)
}

func TestHostile(t *testing.T) {
	// Each array holds the next twice: 2^40 paths to the last string
	// from 41 objects. The visits are bounded.
	var objs []obj
	for i := range 40 {
		objs = append(objs, arr(uint64(i+1), uint64(i+1)))
	}
	objs = append(objs, str("leaf"))
	text, err := Text(build(objs, 0), Limits{Visits: 10000})
	require.ErrorIs(t, err, ErrLimit)
	assert.LessOrEqual(t, strings.Count(text, "\n"), 10000)

	// A cycle: an array holding itself ends at the depth limit.
	_, err = Text(build([]obj{arr(0)}, 0), Limits{})
	require.ErrorIs(t, err, ErrLimit)

	// A list stored in its own data value (nested) ends there too.
	good := build([]obj{str("x")}, 0)
	_, err = Text(good, Limits{})
	require.NoError(t, err)

	for name, b := range map[string][]byte{
		"short":        []byte(Magic),
		"top past end": build([]obj{str("x")}, 5),
		"bad ref":      build([]obj{arr(9)}, 0),
		"long string":  func() []byte { b := build([]obj{str("abc")}, 0); b[len(Magic)] = 0x5e; return b }(),
		"huge count": func() []byte {
			b := build([]obj{str(strings.Repeat("x", 20))}, 0)
			copy(b[len(Magic)+2:], []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xf0})
			return b
		}(),
		"int key": build([]obj{dict(1, 1), {typ: 0x1}}, 0),
	} {
		_, err := Text(b, Limits{})
		assert.Error(t, err, name)
	}
}

func FuzzText(f *testing.F) {
	f.Add(build([]obj{dict(1, 2), str("k"), ustr("v é")}, 0))
	f.Add(build([]obj{arr(1, 1), arr(2, 2), str("x")}, 0))
	f.Add(build([]obj{data(build([]obj{str("in")}, 0))}, 0))
	f.Fuzz(func(t *testing.T, b []byte) {
		text, err := Text(b, Limits{Bytes: 1 << 20, Visits: 1 << 14})
		if err == nil {
			assert.LessOrEqual(t, len(text), 1<<20)
		}
	})
}
