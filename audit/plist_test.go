package audit

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bplistOf writes a binary property list holding one dictionary of one
// key, whose value is an ASCII string.
func bplistOf(key, value string) []byte {
	var b bytes.Buffer
	b.WriteString("bplist00")
	str := func(s string) {
		if len(s) < 15 {
			b.WriteByte(0x50 | byte(len(s)))
		} else {
			b.WriteByte(0x5f)
			b.WriteByte(0x13)
			_ = binary.Write(&b, binary.BigEndian, uint64(len(s)))
		}
		b.WriteString(s)
	}
	offsets := []uint64{uint64(b.Len())}
	b.Write([]byte{0xd1, 1, 2}) // {ref 1: ref 2}
	offsets = append(offsets, uint64(b.Len()))
	str(key)
	offsets = append(offsets, uint64(b.Len()))
	str(value)
	table := uint64(b.Len())
	for _, o := range offsets {
		_ = binary.Write(&b, binary.BigEndian, uint32(o))
	}
	var t [32]byte
	t[6], t[7] = 4, 1
	binary.BigEndian.PutUint64(t[8:], 3)
	binary.BigEndian.PutUint64(t[24:], table)
	b.Write(t[:])
	return b.Bytes()
}

// TestBinaryPlist: the strings of a binary property list are read as
// text, each after its key, in a member of the list; a damaged list's
// bytes are still scanned, once.
func TestBinaryPlist(t *testing.T) {
	fs, sum := collect(t, testScanner(Options{}), Bytes("Library/Preferences/com.example.wallet.plist", bplistOf("walletKey", "x "+token(1))))
	assert.Empty(t, sum.Errors)
	require.Len(t, fs, 1)
	assert.Equal(t, "Library/Preferences/com.example.wallet.plist!values.txt", fs[0].Location.Path)
	assert.Equal(t, 1, fs[0].Location.Line)
	assert.Equal(t, len("walletKey: x ")+1, fs[0].Location.Column)

	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "prefs.plist"), bplistOf("walletKey", token(3)), 0o600))
	fs, _ = collect(t, testScanner(Options{}), Dir(dir))
	require.Len(t, fs, 1)
	assert.Equal(t, filepath.Join(dir, "prefs.plist")+"!values.txt", fs[0].Location.Path)

	damaged := bplistOf("walletKey", token(2))
	damaged = damaged[:len(damaged)-3] // the trailer cut
	fs, _ = collect(t, testScanner(Options{}), Bytes("prefs.plist", damaged))
	require.Len(t, fs, 1)
	assert.Equal(t, "prefs.plist", fs[0].Location.Path)
}
