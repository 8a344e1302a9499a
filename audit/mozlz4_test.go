package audit

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"

	"github.com/pierrec/lz4/v4"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mozLZ4Of compresses text as Firefox writes a .jsonlz4 file.
func mozLZ4Of(t testing.TB, text []byte) []byte {
	block := make([]byte, lz4.CompressBlockBound(len(text)))
	n, err := lz4.CompressBlock(text, block, nil)
	require.NoError(t, err)
	var b bytes.Buffer
	b.WriteString(mozLZ4Magic)
	_ = binary.Write(&b, binary.LittleEndian, uint32(len(text)))
	b.Write(block[:n])
	return b.Bytes()
}

// TestMozLZ4: a Firefox session file's text (the forms of its tabs) is
// read as a member named for what it holds; a file declaring more than
// is read into memory, or a ratio of a bomb, is a recorded skip; a
// damaged block an error, its bytes scanned as they are.
func TestMozLZ4(t *testing.T) {
	session := []byte(`{"windows":[{"tabs":[{"formdata":{"id":{"seed":"` + token(1) + `"}}}]}],` + strings.Repeat(`"x":1,`, 5000) + `"y":2}`)
	fs, sum := collect(t, testScanner(Options{}), Bytes("profile/sessionstore-backups/recovery.jsonlz4", mozLZ4Of(t, session)))
	assert.Empty(t, sum.Errors)
	require.Len(t, fs, 1)
	assert.Equal(t, "profile/sessionstore-backups/recovery.jsonlz4!recovery.json", fs[0].Location.Path)
	assert.Equal(t, int64(bytes.Index(session, []byte(token(1)))), fs[0].Location.Offset)

	bomb := mozLZ4Of(t, make([]byte, 64<<20))
	fs, sum = collect(t, testScanner(Options{}), Bytes("bomb.jsonlz4", bomb))
	assert.Empty(t, fs)
	require.NotEmpty(t, sum.Skipped)
	assert.Contains(t, sum.Skipped[0].Reason, "bomb")

	big := mozLZ4Of(t, bytes.Repeat([]byte("0123456789abcdef"), 1<<17)) // 2 MiB
	fs, sum = collect(t, testScanner(Options{MaxWholeFile: 1 << 20}), Bytes("big.jsonlz4", big))
	assert.Empty(t, fs)
	require.NotEmpty(t, sum.Skipped)
	assert.Contains(t, sum.Skipped[0].Reason, "past the limit")

	damaged := append([]byte(mozLZ4Magic+"\x10\x00\x00\x00\xff\xff\xff"), []byte(" "+token(2))...)
	fs, sum = collect(t, testScanner(Options{}), Bytes("search.json.mozlz4", damaged))
	require.Len(t, sum.Errors, 1)
	require.Len(t, fs, 1)
	assert.Equal(t, "search.json.mozlz4", fs[0].Location.Path)

	for in, want := range map[string]string{
		"a/recovery.jsonlz4":             "recovery.json",
		"search.json.mozlz4":             "search.json",
		"upgrade.jsonlz4-20240601120000": "upgrade.json-20240601120000",
		"previous.baklz4":                "previous.bak",
		"blob":                           "blob.txt",
	} {
		assert.Equal(t, want, mozLZ4Name(in), in)
	}
}

// FuzzMozLZ4: any bytes decompress or give an error, never a panic, and
// never more than the limit.
func FuzzMozLZ4(f *testing.F) {
	f.Add(mozLZ4Of(f, []byte(`{"a":"`+strings.Repeat("word ", 40)+`"}`)))
	f.Add([]byte(mozLZ4Magic + "\xff\xff\xff\x7f\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := mozLZ4(data, 1<<20)
		if err == nil {
			assert.LessOrEqual(t, len(out), 1<<20)
		}
	})
}
