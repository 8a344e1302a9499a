package audit

import (
	"encoding/binary"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// vimSwapFile makes a swap file as Vim writes one for the file name: block
// 0, a pointer block, and a data block with lines written from its end
// backward, in the byte order given.
func vimSwapFile(name string, lines []string, order binary.ByteOrder) []byte {
	const page = 4096
	data := make([]byte, 3*page)
	copy(data, vimSwapMagic+"9.0")
	binary.LittleEndian.PutUint32(data[vimPageSizeAt:], page)
	copy(data[vimFileNameAt:], name)
	copy(data[page:], "tp")
	blk := data[2*page:]
	if order == binary.BigEndian {
		copy(blk, "da")
	} else {
		copy(blk, "ad")
	}
	end := page
	for i, l := range lines {
		end -= len(l) + 1
		copy(blk[end:], l) // the NUL after it is the zero already there
		order.PutUint32(blk[24+4*i:], uint32(end))
	}
	order.PutUint32(blk[vimDataHeader:], uint32(end))
	order.PutUint32(blk[vimDataHeader+4:], page)
	order.PutUint64(blk[16:], uint64(len(lines)))
	return data
}

func TestVimSwapText(t *testing.T) {
	lines := []string{"# wallets", "", "hot wallet seed:", "one two three", "ünïcode line"}
	for _, order := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		text, name, err := vimSwapText(vimSwapFile("~dana/notes/wallets.md", lines, order), 1<<20)
		require.NoError(t, err)
		assert.Equal(t, "wallets.md", name)
		assert.Equal(t, "# wallets\n\nhot wallet seed:\none two three\nünïcode line\n", text, order.String())
	}
	_, _, err := vimSwapText(vimSwapFile("n", lines, binary.LittleEndian), 20)
	assert.ErrorIs(t, err, errArchiveBudget)
	_, _, err = vimSwapText([]byte(vimSwapMagic), 1<<20)
	assert.Error(t, err, "a block 0 cut short")
}

// TestVimSwapPhraseUnderLabel: a phrase under its label in a note open in
// Vim is found in the note's swap file, though the swap keeps the label
// after it.
func TestVimSwapPhraseUnderLabel(t *testing.T) {
	phrase := freshPhrase(t).Reveal()
	swap := vimSwapFile("/home/dana/notes/wallets.md", []string{"# wallets", "hot wallet seed:", phrase, "", "TODO: buy steel plate"}, binary.LittleEndian)
	fs, sum := collect(t, New(Options{Workers: 1}), Bytes("notes/.wallets.md.swp", swap))
	n := 0
	for _, f := range fs {
		if f.Kind == KindMnemonic && f.Secret.Reveal() == phrase {
			n++
			assert.True(t, strings.HasSuffix(f.Location.Path, ".wallets.md.swp!wallets.md"), "the member names the note")
			assert.Equal(t, 3, f.Location.Line)
		}
	}
	assert.Equal(t, 1, n, "mnemonic findings")
	assert.Empty(t, sum.Errors)
}

func FuzzVimSwapText(f *testing.F) {
	f.Add(vimSwapFile("a.txt", []string{"x", "y"}, binary.LittleEndian))
	f.Add(vimSwapFile("b", []string{"z"}, binary.BigEndian)[:4200])
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _, _ := vimSwapText(data, 1<<16)
		assert.LessOrEqual(t, len(text), 1<<16, "past the limit")
	})
}
