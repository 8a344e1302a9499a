package audit

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/ulikunitz/xz/lzma"

	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/mnemonic"
)

func zipOf(t testing.TB, files map[string][]byte) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, data := range files {
		w, err := zw.Create(name)
		require.NoError(t, err)
		_, err = w.Write(data)
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return b.Bytes()
}

func tgzOf(t *testing.T, files map[string][]byte) []byte {
	var b bytes.Buffer
	gz := gzip.NewWriter(&b)
	tw := tar.NewWriter(gz)
	// Members in the order of their names, the same on every run.
	for _, name := range slices.Sorted(maps.Keys(files)) {
		data := files[name]
		require.NoError(t, tw.WriteHeader(&tar.Header{Name: name, Mode: 0o600, Size: int64(len(data)), Typeflag: tar.TypeReg}))
		_, err := tw.Write(data)
		require.NoError(t, err)
	}
	require.NoError(t, tw.WriteHeader(&tar.Header{Name: "link", Linkname: "/etc/passwd", Typeflag: tar.TypeSymlink}))
	require.NoError(t, tw.Close())
	require.NoError(t, gz.Close())
	return b.Bytes()
}

func TestArchivesNested(t *testing.T) {
	inner := zipOf(t, map[string][]byte{"wallet/.env": []byte("A=1\nKEY=" + token(1) + "\n")})
	outer := tgzOf(t, map[string][]byte{"backup/inner.zip": inner, "notes.txt": []byte("x\n" + token(2))})
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "backup.tgz"), outer, 0o600))
	fs, _ := collect(t, testScanner(Options{}), Dir(dir))
	require.Len(t, fs, 2)
	paths := map[string]int{}
	for _, f := range fs {
		paths[strings.TrimPrefix(f.Location.Path, dir+string(filepath.Separator))] = f.Location.Line
	}
	assert.Equal(t, map[string]int{
		"backup.tgz!backup.tar!backup/inner.zip!wallet/.env": 2,
		"backup.tgz!backup.tar!notes.txt":                    2,
	}, paths)
	// The same bytes as a stream (stdin) work too.
	fs, _ = collect(t, testScanner(Options{}), Bytes("-", outer))
	assert.Len(t, fs, 2)
}

func TestArchiveBombAndLimits(t *testing.T) {
	// 64 MiB of zeros compresses about 1000:1.
	bomb := zipOf(t, map[string][]byte{"zeros.bin": make([]byte, 64<<20), "k.txt": []byte(token(3))})
	fs, sum := collect(t, testScanner(Options{}), Bytes("bomb.zip", bomb))
	require.Len(t, fs, 1, "the small member is still read")
	found := false
	for _, s := range sum.Skipped {
		found = found || strings.Contains(s.Reason, "bomb")
	}
	assert.True(t, found, "bomb recorded as a skip")

	// A gzip bomb without a size header is stopped by the ratio check.
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, _ = zw.Write(make([]byte, 64<<20))
	_ = zw.Close()
	_, sum = collect(t, testScanner(Options{}), Bytes("zeros.gz", gz.Bytes()))
	assert.NotEmpty(t, sum.Skipped)

	// Depth: a zip in a zip in a zip with depth 2 stops at the third.
	z := zipOf(t, map[string][]byte{"k.txt": []byte(token(4))})
	for i := range 3 {
		z = zipOf(t, map[string][]byte{fmt.Sprintf("l%d.zip", i): z})
	}
	fs, sum = collect(t, testScanner(Options{Archive: ArchiveLimits{Depth: 2}}), Bytes("deep.zip", z))
	assert.Empty(t, fs)
	assert.NotEmpty(t, sum.Skipped)

	// A compressed stream is one level with what it holds: a zip in a
	// tar.gz in a zip is three archives, read with the default depth.
	nas := zipOf(t, map[string][]byte{"homes/pedro.tar.gz": tgzOf(t, map[string][]byte{"Documents/carteira.zip": zipOf(t, map[string][]byte{"carteira.txt": []byte("palavras:\n" + token(5))})})})
	fs, sum = collect(t, testScanner(Options{}), Bytes("NAS-export.zip", nas))
	require.Len(t, fs, 1)
	assert.Equal(t, "NAS-export.zip!homes/pedro.tar.gz!pedro.tar!Documents/carteira.zip!carteira.txt", fs[0].Location.Path)
	assert.Empty(t, sum.Skipped)
	// Streams inside streams are bounded by their own count.
	nested := []byte(token(6))
	for range maxStreams + 1 {
		nested = gzipOf(t, nested)
	}
	fs, sum = collect(t, testScanner(Options{}), Bytes("k.gz", nested))
	assert.Empty(t, fs)
	require.Len(t, sum.Skipped, 1)
	assert.Contains(t, sum.Skipped[0].Reason, "compressed streams nested deeper")

	// Members: 50 members with a limit of 10.
	many := map[string][]byte{}
	for i := range 50 {
		many[fmt.Sprintf("m%02d.txt", i)] = []byte(token(100 + i))
	}
	fs, sum = collect(t, testScanner(Options{Archive: ArchiveLimits{Members: 10}}), Bytes("many.zip", zipOf(t, many)))
	assert.Len(t, fs, 10)
	assert.NotEmpty(t, sum.Skipped)
}

func TestMalformedArchive(t *testing.T) {
	bad := append([]byte("PK\x03\x04"), bytes.Repeat([]byte{0xff}, 100)...)
	_, sum := collect(t, testScanner(Options{}), Bytes("bad.zip", bad), Bytes("bad.gz", []byte{0x1f, 0x8b, 1, 2, 3}))
	assert.Len(t, sum.Errors, 2)
}

// TestZipBytesBudget: the decompressed-bytes budget holds for the members
// of a zip met at the top, on disk or as a stream (it held only for zips
// inside other archives: a top-level zip's members were read without
// bound).
func TestZipBytesBudget(t *testing.T) {
	files := map[string][]byte{}
	for i := range 8 {
		files[fmt.Sprintf("m%d.txt", i)] = append(bytes.Repeat([]byte("filler text, no secret here\n"), 40000), token(200+i)...) // about 1.1 MB each
	}
	z := zipOf(t, files)
	file := filepath.Join(t.TempDir(), "big.zip")
	require.NoError(t, os.WriteFile(file, z, 0o600))
	for name, src := range map[string]Source{"stream": Bytes("big.zip", z), "file": Dir(file)} {
		t.Run(name, func(t *testing.T) {
			fs, sum := collect(t, testScanner(Options{Archive: ArchiveLimits{Bytes: 3 << 20}}), src)
			assert.Less(t, len(fs), 4, "at most three members fit the budget")
			assert.Less(t, sum.BytesScanned, int64(5<<20))
			var reasons []string
			for _, s := range sum.Skipped {
				reasons = append(reasons, s.Reason)
			}
			assert.Contains(t, strings.Join(reasons, "\n"), "decompressed-bytes limit of the archive reached")
		})
	}
}

// overlapZip writes a zip of n members that all point at one deflated
// stream of data: the overlapping-member zip bomb.
func overlapZip(t *testing.T, data []byte, n int) []byte {
	t.Helper()
	var c bytes.Buffer
	fw, err := flate.NewWriter(&c, flate.BestCompression)
	require.NoError(t, err)
	_, err = fw.Write(data)
	require.NoError(t, err)
	require.NoError(t, fw.Close())
	crc := crc32.ChecksumIEEE(data)
	var z bytes.Buffer
	le := func(v ...any) {
		for _, x := range v {
			require.NoError(t, binary.Write(&z, binary.LittleEndian, x))
		}
	}
	le(uint32(0x04034b50), uint16(20), uint16(0), uint16(8), uint16(0), uint16(0), crc, uint32(c.Len()), uint32(len(data)), uint16(5), uint16(0))
	z.WriteString("a.txt")
	z.Write(c.Bytes())
	cdStart := z.Len()
	for i := range n {
		name := fmt.Sprintf("f%04d.txt", i)
		le(uint32(0x02014b50), uint16(20), uint16(20), uint16(0), uint16(8), uint16(0), uint16(0), crc, uint32(c.Len()), uint32(len(data)),
			uint16(len(name)), uint16(0), uint16(0), uint16(0), uint16(0), uint32(0), uint32(0))
		z.WriteString(name)
	}
	cdLen := z.Len() - cdStart
	le(uint32(0x06054b50), uint16(0), uint16(0), uint16(n), uint16(n), uint32(cdLen), uint32(cdStart), uint16(0))
	return z.Bytes()
}

// TestZipOverlappingMembers: members that share one stream are a bomb;
// the first is read, the others are skipped as such, and an ordinary zip
// has none.
func TestZipOverlappingMembers(t *testing.T) {
	secret := token(300)
	data := append(bytes.Repeat([]byte("A"), 4<<20), secret...)
	z := overlapZip(t, data, 50)
	require.Less(t, len(z), 32<<10)
	fs, sum := collect(t, testScanner(Options{}), Bytes("bomb.zip", z))
	require.Len(t, fs, 1, "the first member is read")
	assert.Equal(t, "bomb.zip!f0000.txt", fs[0].Location.Path)
	assert.Less(t, sum.BytesScanned, int64(5<<20))
	overlaps := 0
	for _, s := range sum.Skipped {
		if strings.Contains(s.Reason, "overlaps another member") {
			overlaps++
		}
	}
	assert.Equal(t, 49, overlaps)

	ordinary := zipOf(t, map[string][]byte{"a": []byte("x"), "b": bytes.Repeat([]byte("y"), 1000), "c": nil})
	zr, err := zip.NewReader(bytes.NewReader(ordinary), int64(len(ordinary)))
	require.NoError(t, err)
	assert.Empty(t, overlapping(zr.File))
}

// TestXZAndZstd: xz and zstd files are read as gzip and bzip2 are (a
// .tar.xz backup's members found), within the same bounds: a stream that
// declares a larger window than the decoders allow is a recorded failure,
// and a bomb stops at the compression-ratio check. The xz files were
// written by xz 5.4 (testdata/compressed: "xz -9" of a tar holding
// notes.txt, "xz --lzma2=dict=1GiB" of one byte, "xz -9" of 64 MiB of
// zeros).
func TestXZAndZstd(t *testing.T) {
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("testdata", "compressed", name))
		require.NoError(t, err)
		return b
	}
	fs, sum := collect(t, testScanner(Options{}), Bytes("backup.tar.xz", read("backup.tar.xz")))
	require.Len(t, fs, 1)
	assert.Equal(t, "backup.tar.xz!backup.tar!notes.txt", fs[0].Location.Path)
	assert.Equal(t, 2, fs[0].Location.Line)
	assert.Empty(t, sum.Errors)

	_, sum = collect(t, testScanner(Options{}), Bytes("bigdict.xz", read("bigdict.xz")))
	require.Len(t, sum.Errors, 1)
	assert.ErrorContains(t, sum.Errors[0].Err, "dictionary")

	_, sum = collect(t, testScanner(Options{}), Bytes("zeros.xz", read("zeros.xz")))
	assert.True(t, slices.ContainsFunc(sum.Skipped, func(s Skip) bool { return strings.Contains(s.Reason, "bomb") }), "%v", sum.Skipped)

	var zb bytes.Buffer
	zw, err := zstd.NewWriter(&zb)
	require.NoError(t, err)
	_, err = zw.Write(tgzOf(t, map[string][]byte{"notes.txt": []byte("x\n" + token(301))}))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	fs, sum = collect(t, testScanner(Options{}), Bytes("backup.tgz.zst", zb.Bytes()))
	require.Len(t, fs, 1)
	assert.Equal(t, "backup.tgz.zst!backup.tgz!backup.tar!notes.txt", fs[0].Location.Path)
	assert.Empty(t, sum.Errors)

	// A frame asking for a 2 GiB window (window descriptor 0xa8: 2^31),
	// then one raw byte.
	huge := []byte{0x28, 0xb5, 0x2f, 0xfd, 0x00, 0xa8, 0x09, 0x00, 0x00, 'x'}
	_, sum = collect(t, testScanner(Options{}), Bytes("huge.zst", huge))
	require.Len(t, sum.Errors, 1)
	assert.ErrorContains(t, sum.Errors[0].Err, "window")

	assert.Equal(t, "notes.txt", decompressedName("a/notes.txt.zst"))
	assert.Equal(t, "b.tar", decompressedName("b.txz"))
	assert.Equal(t, "c.tar", decompressedName("c.tar.xz"))
	assert.Equal(t, ".xz", decompressedName("d/.xz"))
	assert.Equal(t, "notes", decompressedName("a.zip!notes.gz"))
}

// xlsxOf writes a workbook whose one sheet holds words a cell, in the
// given cells (pairs of a reference such as "B3" and a word, the shared
// strings in their order); sheet replaces the sheet's XML when set.
func xlsxOf(t *testing.T, cells [][2]string, sheet string) []byte {
	var sst, rows strings.Builder
	sst.WriteString(`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`)
	idx := map[string]int{}
	byRow := map[int][]string{}
	maxRow := 0
	for _, c := range cells {
		ref, w := c[0], c[1]
		if _, ok := idx[w]; !ok {
			idx[w] = len(idx)
			sst.WriteString("<si><t>" + w + "</t></si>")
		}
		var row int
		_, err := fmt.Sscanf(ref[1:], "%d", &row)
		require.NoError(t, err)
		byRow[row] = append(byRow[row], fmt.Sprintf(`<c r="%s" t="s"><v>%d</v></c>`, ref, idx[w]))
		maxRow = max(maxRow, row)
	}
	sst.WriteString("</sst>")
	for r := 1; r <= maxRow; r++ {
		slices.Sort(byRow[r])
		fmt.Fprintf(&rows, `<row r="%d">%s</row>`, r, strings.Join(byRow[r], ""))
	}
	if sheet == "" {
		sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` + rows.String() + `</sheetData></worksheet>`
	}
	return zipOf(t, map[string][]byte{"[Content_Types].xml": []byte("<Types/>"), "xl/workbook.xml": []byte("<workbook/>"),
		"xl/sharedStrings.xml": []byte(sst.String()), "xl/worksheets/sheet1.xml": []byte(sheet)})
}

// TestWorkbookCells: a phrase in a spreadsheet, a word a cell down two
// columns (A1:A6 then B1:B6), is read from the sheet's cells in the
// order of the sheet (the shared strings hold the words in the order
// they were typed, row by row); the parts are not read again as they
// are. A sheet that cannot be read is recorded, and its parts read as
// they are.
func TestWorkbookCells(t *testing.T) {
	// A word twice is once in the shared strings, which the last case
	// reads as they are; the grid read row by row passes the checksum
	// one time in 16, and is then read so.
	var phrase []string
	for {
		phrase = strings.Fields(freshPhrase(t).Reveal())
		var byRows []string
		for r := range 6 {
			byRows = append(byRows, phrase[r], phrase[r+6])
		}
		if _, err := mnemonic.Validate(strings.Join(byRows, " ")); err != nil &&
			len(slices.Compact(slices.Sorted(slices.Values(phrase)))) == len(phrase) {
			break
		}
	}
	var cells [][2]string // typed row by row: A1 B1 A2 B2 …
	for r := range 6 {
		for c := range 2 {
			cells = append(cells, [2]string{fmt.Sprintf("%c%d", 'A'+c, r+1), phrase[c*6+r]})
		}
	}
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "carteira.xlsx"), xlsxOf(t, cells, ""), 0o600))
	fs, sum := collect(t, New(Options{}), Dir(dir))
	assert.Empty(t, sum.Errors)
	require.Len(t, fs, 1)
	assert.Equal(t, filepath.Join(dir, "carteira.xlsx")+"!xl/worksheets/sheet1.xml (cells)", fs[0].Location.Path)
	assert.Equal(t, detect.Fingerprint(KindMnemonic, "bip39:"+strings.Join(phrase, " ")), fs[0].Secret.Fingerprint())

	// Row by row, the shared strings alone would do; the cells are
	// read, once.
	var rows [][2]string
	for i, w := range phrase {
		rows = append(rows, [2]string{fmt.Sprintf("%c%d", 'A'+i%4, i/4+1), w})
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "carteira.xlsx"), xlsxOf(t, rows, ""), 0o600))
	fs, _ = collect(t, New(Options{}), Dir(dir))
	require.Len(t, fs, 1)
	assert.True(t, strings.HasSuffix(fs[0].Location.Path, "(cells)"), fs[0].Location.Path)

	// A broken sheet: recorded, and the shared strings read as they are.
	require.NoError(t, os.WriteFile(filepath.Join(dir, "carteira.xlsx"), xlsxOf(t, rows, "<worksheet><sheetData><row"), 0o600))
	fs, sum = collect(t, New(Options{}), Dir(dir))
	require.NotEmpty(t, sum.Errors)
	require.Len(t, fs, 1)
	assert.True(t, strings.HasSuffix(fs[0].Location.Path, "!xl/sharedStrings.xml"), fs[0].Location.Path)
}

// TestLZMAAlone: a legacy .lzma file (LZMA alone: no magic number, known
// by its name and its header) is read as an .xz file is; a header that
// declares a larger dictionary than the decoder allows is a recorded
// failure, and a text file named .lzma is text.
func TestLZMAAlone(t *testing.T) {
	var b bytes.Buffer
	lw, err := lzma.NewWriter(&b)
	require.NoError(t, err)
	_, err = lw.Write([]byte("x\n" + token(302)))
	require.NoError(t, err)
	require.NoError(t, lw.Close())
	fs, sum := collect(t, testScanner(Options{}), Bytes("home/notes.txt.lzma", b.Bytes()))
	require.Len(t, fs, 1)
	assert.Equal(t, "home/notes.txt.lzma!notes.txt", fs[0].Location.Path)
	assert.Equal(t, 2, fs[0].Location.Line)
	assert.Empty(t, sum.Errors)

	big := slices.Clone(b.Bytes())
	binary.LittleEndian.PutUint32(big[1:5], 1<<30)
	_, sum = collect(t, testScanner(Options{}), Bytes("big.lzma", big))
	require.Len(t, sum.Errors, 1)
	assert.ErrorContains(t, sum.Errors[0].Err, "dictionary")

	fs, _ = collect(t, testScanner(Options{}), Bytes("notes.lzma", []byte("x\n"+token(303)+"\n")))
	require.Len(t, fs, 1)
	assert.Equal(t, "notes.lzma", fs[0].Location.Path)
	assert.Equal(t, "notes", decompressedName("a/notes.lzma"))
}

func FuzzLZMAAlone(f *testing.F) {
	var b bytes.Buffer
	lw, _ := lzma.NewWriter(&b)
	_, _ = lw.Write([]byte("seed words here\n"))
	_ = lw.Close()
	f.Add(b.Bytes())
	f.Add([]byte("\x5d\x00\x00\x01\x00\xff\xff\xff\xff\xff\xff\xff\xff"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = collect(t, testScanner(Options{}), Bytes("f.lzma", data))
	})
}

// arOf writes an ar archive of the named members, in order (names longer
// than 15 bytes as BSD writes them, "#1/<n>").
func arOf(members [][2]string) []byte {
	var b bytes.Buffer
	b.WriteString(arMagic)
	for _, m := range members {
		name, data := m[0], m[1]
		if len(name) > 15 {
			data = name + data
			name = fmt.Sprintf("#1/%d", len(m[0]))
		} else {
			name += "/"
		}
		fmt.Fprintf(&b, "%-16s%-12d%-6d%-6d%-8o%-10d`\n", name, 0, 0, 0, 0o644, len(data))
		b.WriteString(data)
		if len(data)%2 == 1 {
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

// TestArArchive: a Debian package and other ar archives are read as tar
// files are: each member, under a GNU or a BSD name, past members of odd
// length; a damaged header is a recorded failure.
func TestArArchive(t *testing.T) {
	deb := arOf([][2]string{{"debian-binary", "2.0\n"}, {"odd", "x"}, {"control.tar.gz", string(tgzOf(t, map[string][]byte{"postinst": []byte("#!/bin/sh\nexport KEY=" + token(304) + "\n")}))},
		{"a-rather-long-member-name.txt", "x\n" + token(305) + "\n"}})
	fs, sum := collect(t, testScanner(Options{}), Bytes("agent_1.0_amd64.deb", deb))
	require.Len(t, fs, 2)
	paths := []string{fs[0].Location.Path, fs[1].Location.Path}
	assert.ElementsMatch(t, []string{"agent_1.0_amd64.deb!control.tar.gz!control.tar!postinst", "agent_1.0_amd64.deb!a-rather-long-member-name.txt"}, paths)
	assert.Empty(t, sum.Errors)

	bad := slices.Clone(deb)
	copy(bad[len(arMagic)+58:], "xx")
	_, sum = collect(t, testScanner(Options{}), Bytes("bad.deb", bad))
	require.NotEmpty(t, sum.Errors)
	assert.ErrorContains(t, sum.Errors[0].Err, "ar")
}

func FuzzArArchive(f *testing.F) {
	f.Add(arOf([][2]string{{"debian-binary", "2.0\n"}, {"a-rather-long-member-name.txt", "seed\n"}}))
	f.Add([]byte(arMagic + "#1/99999         0           0     0     644     10        `\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = collect(t, testScanner(Options{}), Bytes("f.deb", data))
	})
}

// TestChromeExtensionPackage: a Chrome extension package (CRX3: "Cr24",
// the version, a signed header, then the extension's zip) is read as its
// zip; a file that only starts with "Cr24" is none.
func TestChromeExtensionPackage(t *testing.T) {
	zip := zipOf(t, map[string][]byte{"background.js": []byte("const KEY = \"" + token(306) + "\";\n")})
	header := bytes.Repeat([]byte{0x12}, 300) // the protobuf of keys and signatures
	crx := append([]byte("Cr24\x03\x00\x00\x00"), binary.LittleEndian.AppendUint32(nil, uint32(len(header)))...)
	crx = append(append(crx, header...), zip...)
	fs, sum := collect(t, testScanner(Options{}), Bytes("helper-1.2.0.crx", crx))
	require.Len(t, fs, 1)
	assert.Equal(t, "helper-1.2.0.crx!background.js", fs[0].Location.Path)
	assert.Empty(t, sum.Errors)
	assert.Equal(t, notArchive, sniffArchive([]byte("Cr24 is a word\n")))
}

// TestZipEncryptedMember: a password-protected zip's members are recorded
// as skipped, encrypted, not as failures of the archive; its other
// members are read.
func TestZipEncryptedMember(t *testing.T) {
	secret := token(301)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	h := &zip.FileHeader{Name: "wallet/seed.txt", Method: zip.Store, Flags: 0x1, CRC32: 0x12345678, CompressedSize64: 40, UncompressedSize64: 28}
	w, err := zw.CreateRaw(h)
	require.NoError(t, err)
	_, err = w.Write(bytes.Repeat([]byte{0x9c}, 40))
	require.NoError(t, err)
	plain, err := zw.Create("readme.txt")
	require.NoError(t, err)
	_, err = plain.Write([]byte(secret))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	fs, sum := collect(t, testScanner(Options{}), Bytes("backup.zip", buf.Bytes()))
	require.Len(t, fs, 1)
	assert.Equal(t, "backup.zip!readme.txt", fs[0].Location.Path)
	assert.Empty(t, sum.Errors)
	require.Len(t, sum.Skipped, 1)
	assert.Contains(t, sum.Skipped[0].Reason, "encrypted")
}

// TestZipCP437Names: a member's name that the zip does not flag as UTF-8
// is read in code page 437, as the format has it (corpus 231: an older
// tool's "Übersicht.txt" showed as U+FFFD); a UTF-8 name stays as it is.
func TestZipCP437Names(t *testing.T) {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, h := range []*zip.FileHeader{{Name: "\x9abersicht.txt", NonUTF8: true, Method: zip.Deflate}, {Name: "Größe.txt", Method: zip.Deflate}} {
		w, err := zw.CreateHeader(h)
		require.NoError(t, err)
		_, err = w.Write([]byte(token(1) + "\n"))
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	fs, _ := collect(t, testScanner(Options{}), Bytes("old.zip", b.Bytes()))
	var paths []string
	for _, f := range fs {
		paths = append(paths, f.Location.Path)
	}
	assert.Contains(t, paths, "old.zip!Übersicht.txt")
	assert.Contains(t, paths, "old.zip!Größe.txt")
}
