package audit

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"strings"
)

// Vim keeps the lines of a file being edited in a swap file beside it
// (".notes.md.swp") until the editor quits, and leaves it when the editor
// or the machine crashes. Its blocks are pages (vim's memline.c): block 0
// names the file, and each data block holds lines as NUL-terminated
// strings written from the block's end backward, the first line last. Read
// as bytes, a note's lines stand in reverse order, so a label written
// above a phrase comes after it; the swap's text is read in order as a
// member of the file, as a property list's strings are.

// vimSwapMagic starts a swap file: block 0's id "b0" and "VIM ".
const vimSwapMagic = "b0VIM "

// Offsets in block 0: the page size (4 bytes, least significant first)
// and the edited file's name (900 bytes, NUL-terminated).
const (
	vimPageSizeAt = 12
	vimFileNameAt = 108
	vimFileNameN  = 900
)

// vimDataHeader is the size of the fields before a data block's text
// start (its id, free bytes): the text start is the 4 bytes after.
const vimDataHeader = 8

// vimSwapText returns the lines of a swap file's data blocks, each
// block's in order, and the base name of the file it was made for ("" if
// block 0 does not say). At most limit bytes of text are returned; err
// wraps errArchiveBudget past that.
func vimSwapText(data []byte, limit int64) (text, name string, err error) {
	if !bytes.HasPrefix(data, []byte(vimSwapMagic)) || len(data) < vimFileNameAt+vimFileNameN {
		return "", "", newFormatError("vim swap", errors.New("no block 0"))
	}
	fn := data[vimFileNameAt : vimFileNameAt+vimFileNameN]
	if k := bytes.IndexByte(fn, 0); k >= 0 {
		fn = fn[:k]
	}
	name = path.Base(strings.ReplaceAll(string(fn), "\\", "/"))
	if name == "." || name == "/" {
		name = ""
	}
	page := int(binary.LittleEndian.Uint32(data[vimPageSizeAt:]))
	if page < 512 || page > 1<<16 || page&(page-1) != 0 {
		page = 4096
	}
	var out strings.Builder
	for b := page; b+page <= len(data); b += page {
		blk := data[b : b+page]
		var order binary.ByteOrder
		switch string(blk[:2]) {
		case "ad":
			order = binary.LittleEndian
		case "da":
			order = binary.BigEndian
		default:
			continue
		}
		start := int(order.Uint32(blk[vimDataHeader:]))
		if start <= vimDataHeader+4 || start >= page {
			continue
		}
		lines := bytes.Split(bytes.TrimRight(blk[start:], "\x00"), []byte{0})
		for i := len(lines) - 1; i >= 0; i-- {
			if int64(out.Len()+len(lines[i])+1) > limit {
				return out.String(), name, &budgetError{fmt.Sprintf("vim swap: text larger than %d bytes", limit)}
			}
			out.Write(lines[i])
			out.WriteByte('\n')
		}
	}
	return out.String(), name, nil
}

// scanVimSwap hands on the lines of a Vim swap file as the member named
// after the file it was made for (or "lines.txt"); the file's own bytes
// are scanned too.
func (w *itemScanner) scanVimSwap(it Item, rc io.Reader, b *archiveBudget, member func(string, int64, os.FileMode, func() (io.ReadCloser, error)) error) {
	data, ok := w.readWhole(it, rc, b, w.s.opts.MaxWholeFile, "vim swap file")
	if !ok {
		return
	}
	text, name, err := vimSwapText(data, b.bytes)
	if text == "" {
		return
	}
	if name == "" {
		name = "lines.txt"
	}
	w.textMembers(it, b, []string{name}, []string{text}, err, errArchiveBudget, "swap file", member)
}
