package audit

import (
	"bytes"
	"encoding/hex"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTextIslands(t *testing.T) {
	text := strings.Repeat("a line of text\n", 8) // 120 bytes
	short := strings.Repeat("x", minIsland-1)
	for _, tc := range []struct {
		name string
		data string
		want []string
	}{
		{"between zeros", "\x00\x01" + text + "\x00\x00", []string{text}},
		{"at both ends", text + "\x00" + text, []string{text, text}},
		{"too short", "\x00" + short + "\x00", nil},
		{"UTF-8 kept", "\x00" + text + "日本語のメモ" + "\x00", []string{text + "日本語のメモ"}},
		{"invalid UTF-8 cuts", "\x00" + text + "\xff" + text + "\x9f" + short, []string{text, text}},
		{"a control byte cuts", text + "\x1b" + short, []string{text}},
	} {
		var got []string
		textIslands([]byte(tc.data), func(s, e int) bool {
			got = append(got, tc.data[s:e])
			return true
		})
		assert.Equal(t, tc.want, got, tc.name)
	}
}

// TestTextInBinary: text kept whole inside binary data (a file's
// cluster in a disk image, a script in a process's memory) is read as
// text: a key under a CSV header, a key in a call on a line of code and
// a phrase as a JSON array of character codes are found, each at its
// own line.
func TestTextInBinary(t *testing.T) {
	key := hex.EncodeToString(testKey32())
	phrase := strings.Join(strings.Fields(freshPhrase(t).Reveal()), " ")
	var codes []string
	for _, c := range phrase {
		codes = append(codes, strconv.Itoa(int(c)))
	}
	noise := func(n int) []byte { return bytes.Repeat([]byte{0, 0x13, 0xe7, 0x00, 0x8f}, n/5) }
	var img bytes.Buffer
	img.Write(noise(4000))
	img.WriteString("label,address,privkey,note\r\nhot,0xdf0c5efe05ce53b546d01df0644b1e45f32447ea," + key + ",main\r\n")
	img.Write(noise(4000))
	img.WriteString("from eth_account import Account\n\nacct = Account.from_key(bytes.fromhex(\"" + key[:62] + "ab\"))\nprint(acct.address)\n")
	img.Write(noise(4000))
	img.WriteString(`{"type":"HD Key Tree","data":{"mnemonic":[` + strings.Join(codes, ",") + `],"numberOfAccounts":1}}`)
	img.Write(noise(4000))
	fs, sum := collect(t, New(Options{Workers: 1}), Bytes("evidence/usb.img", img.Bytes()))
	lines := map[Kind][]int{}
	for _, f := range fs {
		lines[f.Kind] = append(lines[f.Kind], f.Location.Line)
	}
	assert.Equal(t, map[Kind][]int{KindRawPrivateKey: {2, 5}, KindMnemonic: {7}}, lines)
	assert.Empty(t, sum.Errors)
}

// TestCompiledHead: compiled code is told by its magic or its name; its
// stretches of text are its own strings, not read again as text.
func TestCompiledHead(t *testing.T) {
	for _, tc := range []struct {
		name, head string
		want       bool
	}{
		{"usr/bin/hashcat", "\x7fELF\x02\x01\x01", true},
		{"tool.exe", "MZ\x90\x00", true},
		{"race_windows.syso", "\x64\x86\x0c\x00", true},
		{"libfoo.dylib", "\xcf\xfa\xed\xfe", true},
		{"evidence/usb.img", "\xeb\x58\x90mkfs.fat", false},
		{"core.python3.8812", "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04\x00\x3e\x00", false},
		{"memdump.raw", "\x00\x01\x02", false},
	} {
		assert.Equal(t, tc.want, compiledHead(tc.name, []byte(tc.head)), tc.name)
	}
}
