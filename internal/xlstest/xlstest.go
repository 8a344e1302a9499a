// Package xlstest builds legacy Excel workbooks (.xls: BIFF8 records in
// a Compound File) for tests.
package xlstest

import (
	"bytes"
	"encoding/binary"
	"unicode/utf16"
)

// CompoundFile wraps stream as the stream named name of a version 3
// Compound File ([MS-CFB]): a header, one FAT sector, one directory
// sector (the root and the stream), then the stream's sectors. The
// stream is padded to 4096 bytes, so that it is kept in sectors of its
// own rather than in the mini stream.
func CompoundFile(name string, stream []byte) []byte {
	const sector = 512
	if len(stream) < 4096 {
		stream = append(stream, make([]byte, 4096-len(stream))...)
	}
	n := (len(stream) + sector - 1) / sector
	le := binary.LittleEndian
	hdr := make([]byte, sector)
	copy(hdr, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
	le.PutUint16(hdr[24:], 0x3e)
	le.PutUint16(hdr[26:], 3)
	le.PutUint16(hdr[28:], 0xfffe)
	le.PutUint16(hdr[30:], 9)
	le.PutUint16(hdr[32:], 6)
	le.PutUint32(hdr[44:], 1)          // FAT sectors
	le.PutUint32(hdr[48:], 1)          // the directory's first sector
	le.PutUint32(hdr[56:], 4096)       // mini stream cutoff
	le.PutUint32(hdr[60:], 0xfffffffe) // no mini FAT
	le.PutUint32(hdr[68:], 0xfffffffe) // no DIFAT sectors
	le.PutUint32(hdr[76:], 0)          // the FAT is sector 0
	for i := 1; i < 109; i++ {
		le.PutUint32(hdr[76+4*i:], 0xffffffff)
	}
	fat := make([]byte, sector)
	for i := range sector / 4 {
		le.PutUint32(fat[4*i:], 0xffffffff)
	}
	le.PutUint32(fat[0:], 0xfffffffd) // the FAT's own sector
	le.PutUint32(fat[4:], 0xfffffffe) // the directory: one sector
	for i := range n {
		next := uint32(3 + i)
		if i == n-1 {
			next = 0xfffffffe
		}
		le.PutUint32(fat[4*(2+i):], next)
	}
	dir := make([]byte, sector)
	entry := func(i int, name string, typ byte, child, start uint32, size int) {
		e := dir[128*i:]
		u := utf16.Encode([]rune(name))
		for k, c := range u {
			le.PutUint16(e[2*k:], c)
		}
		le.PutUint16(e[64:], uint16(2*len(u)+2))
		e[66], e[67] = typ, 1
		le.PutUint32(e[68:], 0xffffffff)
		le.PutUint32(e[72:], 0xffffffff)
		le.PutUint32(e[76:], child)
		le.PutUint32(e[116:], start)
		le.PutUint32(e[120:], uint32(size))
	}
	entry(0, "Root Entry", 5, 1, 0xfffffffe, 0)
	entry(1, name, 2, 0xffffffff, 2, len(stream))
	for i := 2; i < 4; i++ {
		le.PutUint32(dir[128*i+68:], 0xffffffff)
		le.PutUint32(dir[128*i+72:], 0xffffffff)
		le.PutUint32(dir[128*i+76:], 0xffffffff)
	}
	out := append(append(append(hdr, fat...), dir...), stream...)
	return append(out, make([]byte, (n*sector)-len(stream))...)
}

// Record writes a BIFF record.
func Record(typ uint16, data ...[]byte) []byte {
	d := bytes.Join(data, nil)
	out := binary.LittleEndian.AppendUint16(nil, typ)
	out = binary.LittleEndian.AppendUint16(out, uint16(len(d)))
	return append(out, d...)
}

// U16 and U32 write little-endian integers.
func U16(v int) []byte { return binary.LittleEndian.AppendUint16(nil, uint16(v)) }
func U32(v int) []byte { return binary.LittleEndian.AppendUint32(nil, uint32(v)) }

// Str8 writes a string of one byte a character (flags 0), Str16 of two
// (flags 1), as the shared string table holds them.
func Str8(s string) []byte { return append(append(U16(len(s)), 0), s...) }
func Str16(s string) []byte {
	u := utf16.Encode([]rune(s))
	out := append(U16(len(u)), 1)
	for _, c := range u {
		out = binary.LittleEndian.AppendUint16(out, c)
	}
	return out
}

// BOF starts a substream of a kind (0x0005 a workbook's globals,
// 0x0010 a worksheet).
func BOF(kind int) []byte { return Record(0x0809, U16(0x0600), U16(kind), make([]byte, 12)) }

// Workbook returns a .xls file of one worksheet named sheet whose rows
// are rows of cells, each a string of the shared string table.
func Workbook(sheet string, rows [][]string) []byte {
	var strs [][]byte
	index := map[string]int{}
	var cells [][]byte
	total := 0
	for r, row := range rows {
		for c, v := range row {
			if _, ok := index[v]; !ok {
				index[v] = len(strs)
				strs = append(strs, Str16(v))
			}
			total++
			cells = append(cells, Record(0x00fd, U16(r), U16(c), U16(15), U32(index[v])))
		}
	}
	sst := append(append(U32(total), U32(len(strs))...), bytes.Join(strs, nil)...)
	globals := bytes.Join([][]byte{BOF(0x0005),
		Record(0x0085, U32(0), []byte{0, 0}, []byte{byte(len(sheet)), 0}, []byte(sheet)),
		Record(0x00fc, sst), Record(0x000a)}, nil)
	ws := append(append(BOF(0x0010), bytes.Join(cells, nil)...), Record(0x000a)...)
	return CompoundFile("Workbook", append(globals, ws...))
}
