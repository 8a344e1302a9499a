package sqlitetext

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The fixtures are written by testdata/make.py; their phrases are public
// BIP-39 test vectors.
const (
	vector   = "legal winner thank year wave sausage worth useful legal winner thank yellow"
	vector24 = "letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic bless"
)

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	require.NoError(t, err)
	return b
}

func extract(t testing.TB, b []byte, lim Limits) ([]Table, error) {
	return Extract(context.Background(), bytes.NewReader(b), int64(len(b)), lim)
}

func TestExtract(t *testing.T) {
	var long strings.Builder
	for i := range 400 {
		fmt.Fprintf(&long, "line %04d of a long note\n", i)
	}
	for _, tc := range []struct {
		file, table string
		lines       []string // each must be a line of the table's text
		holds       string   // and this must be in it
		rows        int      // blank-line-separated rows, at least
	}{
		// Rows over interior pages; the phrase glued to the title in
		// the file's bytes is a line of its own; a note over overflow
		// pages comes back whole.
		{"notes.sqlite", "notes", []string{"wallet", vector, "note 299", "lorem ipsum dolor sit amet 0"}, long.String(), 302},
		// UTF-16 text in a table WITHOUT ROWID (an index b-tree).
		{"utf16.sqlite", "kv", []string{"seed", vector24, "key199", "value 0"}, "", 201},
	} {
		t.Run(tc.file, func(t *testing.T) {
			tables, err := extract(t, fixture(t, tc.file), Limits{})
			require.NoError(t, err)
			require.Len(t, tables, 1, "the application's tables, not indexes or sqlite_*")
			assert.Equal(t, tc.table, tables[0].Name)
			text := tables[0].Text
			lines := map[string]bool{}
			for _, l := range strings.Split(text, "\n") {
				lines[l] = true
			}
			for _, l := range tc.lines {
				assert.True(t, lines[l], "line %.20q… not found", l)
			}
			assert.Contains(t, text, tc.holds)
			assert.GreaterOrEqual(t, strings.Count(text, "\n\n"), tc.rows)
		})
	}
}

// TestExtractCompressedBlobs: the text of gzip and zlib blobs is read.
// Apple Notes keeps each note as gzip of a protobuf message in
// ZICNOTEDATA.ZDATA; until 2026-12-02 a phrase in a note there was
// compressed bytes to the scan, and missed.
func TestExtractCompressedBlobs(t *testing.T) {
	tables, err := extract(t, fixture(t, "notestore.sqlite"), Limits{})
	require.NoError(t, err)
	require.Len(t, tables, 2)
	text := map[string]map[string]bool{}
	for _, tb := range tables {
		text[tb.Name] = map[string]bool{}
		for _, l := range strings.Split(tb.Text, "\n") {
			text[tb.Name][l] = true
		}
	}
	// The note's text, its lines as typed, and a note longer than a page.
	for _, l := range []string{"Wallet backup", vector, "keep offline", "Groceries", "line 0399 of a long note"} {
		assert.True(t, text["ZICNOTEDATA"][l], "line %.20q… not found", l)
	}
	// Printable text among binary bytes in a zlib blob.
	assert.True(t, text["cache"][vector24], "zlib blob's text not found")
}

// TestExtractUTF16Blobs: WebKit keeps localStorage values as UTF-16LE in
// a BLOB column; they are read as their text (a French note with its
// accents), and a binary blob is not.
func TestExtractUTF16Blobs(t *testing.T) {
	tables, err := extract(t, fixture(t, "webkit.localstorage"), Limits{})
	require.NoError(t, err)
	require.Len(t, tables, 1)
	assert.Equal(t, "ItemTable", tables[0].Name)
	lines := strings.Split(tables[0].Text, "\n")
	assert.Contains(t, lines, "clé : "+vector)
	assert.Contains(t, lines, "français")
	assert.Nil(t, utf16Blob([]byte("\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99")), "binary bytes")
	assert.Nil(t, utf16Blob([]byte("a\x00b\x00c\x00")), "odd or short")
}

// TestExtractIndexedDB: Firefox's IndexedDB values, structured clones in
// Snappy blocks, are read as their strings, one a line (Latin-1 and
// UTF-16); a blob that is no Snappy block is not taken for one.
func TestExtractIndexedDB(t *testing.T) {
	tables, err := extract(t, fixture(t, "idb.sqlite"), Limits{})
	require.NoError(t, err)
	var text string
	for _, tb := range tables {
		if tb.Name == "object_data" {
			text = tb.Text
		}
	}
	assert.Contains(t, text, "name\ncafé wallet\nphrase\nlegal winner thank year wave sausage worth useful legal winner thank yellow\n")
	assert.False(t, snappyBlock([]byte{0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2}, 1<<20), "a length past the limits")
	assert.Equal(t, "a long enough run\n", string(binaryStrings([]byte("\x00\x01a long enough run\x00ab\x00"))))
}

// TestTypedStreamText: Messages keeps a message's text archived by
// NSArchiver in attributedBody (newer macOS leaves the text column NULL);
// the string is read out, a short one and one past 127 bytes.
func TestTypedStreamText(t *testing.T) {
	blob := func(text string) []byte {
		b := []byte("\x04\x0bstreamtyped\x81\xe8\x03\x84\x01@\x84\x84\x84\x12NSAttributedString\x00\x84\x84\x08NSObject\x00\x85\x92\x84\x84\x84\x08NSString\x01\x94\x84\x01+")
		if len(text) < 0x80 {
			b = append(b, byte(len(text)))
		} else {
			b = binary.LittleEndian.AppendUint16(append(b, 0x81), uint16(len(text)))
		}
		return append(append(b, text...), "\x86\x84\x02iI\x01\x13"...)
	}
	short := "钱包助记词发你了，别截图：\n" + vector
	assert.Equal(t, short, string(typedStreamText(blob(short))))
	long := strings.Repeat("ok here is the 24 words ", 8) + vector24
	assert.Equal(t, long, string(typedStreamText(blob(long))))
	assert.Nil(t, typedStreamText(blob(short)[:60]), "cut short")
	assert.Nil(t, typedStreamText([]byte("bplist00 NSString")), "no typedstream")
	// In a table: the message whose text column is NULL.
	tables, err := extract(t, fixture(t, "chat.db"), Limits{})
	require.NoError(t, err)
	require.Len(t, tables, 1)
	assert.Contains(t, strings.Split(tables[0].Text, "\n"), vector)
}

// TestBlobText: what a compressed blob's text is made of.
func TestBlobText(t *testing.T) {
	field := func(n int, payload []byte) []byte {
		b := binary.AppendUvarint(nil, uint64(n<<3|2))
		b = binary.AppendUvarint(b, uint64(len(payload)))
		return append(b, payload...)
	}
	// A protobuf message: strings one a line, a string's length byte
	// never glued to it ('J' is 74), nested messages walked.
	text := strings.Repeat("x", 74)
	msg := append([]byte{0x08, 0x01}, field(2, append(field(3, []byte(text)), field(4, []byte("second"))...))...)
	var out bytes.Buffer
	require.True(t, protoStrings(msg, 0, &out))
	assert.Equal(t, text+"\nsecond\n", out.String())
	// Text that is no message: its printable runs of 16 bytes or more.
	out.Reset()
	assert.False(t, protoStrings([]byte("plain text, no protobuf at all"), 0, &out))
	assert.Empty(t, out.String())
	printableRuns([]byte("\x00\x01a run of text long enough\xff\xfeshort\x00"), &out)
	assert.Equal(t, "a run of text long enough\n", out.String())
	// gzip and zlib are told by their headers.
	var gz, zl bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write([]byte("text"))
	w.Close()
	z := zlib.NewWriter(&zl)
	z.Write([]byte("text"))
	z.Close()
	assert.True(t, compressed(gz.Bytes()))
	assert.True(t, compressed(zl.Bytes()))
	assert.False(t, compressed([]byte("xy")))
	assert.False(t, compressed([]byte{0x78, 0x00}))
}

// TestInflateBounded: a blob that inflates to gigabytes (a zip bomb) is
// read up to maxInflate, and the database's budget shrinks by what was
// inflated.
func TestInflateBounded(t *testing.T) {
	var gz bytes.Buffer
	w, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	chunk := bytes.Repeat([]byte("a"), 1<<20)
	for range 64 {
		w.Write(chunk)
	}
	w.Close()
	text, used := inflate(gz.Bytes(), 1<<30)
	assert.EqualValues(t, maxInflate, used)
	assert.LessOrEqual(t, len(text), maxInflate+maxInflate/minRun)
	_, used = inflate(gz.Bytes(), 1000)
	assert.EqualValues(t, 1000, used)
}

// TestExtractLimits: the text and the pages read are bounded, and what
// was read before a limit is returned with ErrLimit.
func TestExtractLimits(t *testing.T) {
	b := fixture(t, "notes.sqlite")
	tables, err := extract(t, b, Limits{Bytes: 100})
	require.ErrorIs(t, err, ErrLimit)
	require.Len(t, tables, 1)
	assert.Len(t, tables[0].Text, 100)

	_, err = extract(t, b, Limits{Pages: 3})
	require.ErrorIs(t, err, ErrLimit)
}

// TestExtractDamaged: damaged and hostile files are errors, quickly:
// truncated, a page that points to itself, cell counts that do not fit,
// a page size that is no power of two, not a database at all.
func TestExtractDamaged(t *testing.T) {
	good := fixture(t, "notes.sqlite")
	pageSize := int(binary.BigEndian.Uint16(good[16:18]))
	mutate := func(f func(b []byte) []byte) []byte { return f(bytes.Clone(good)) }
	// The schema's root (page 1) made an interior page whose right-most
	// child is itself.
	loop := mutate(func(b []byte) []byte {
		b[100] = 0x05
		binary.BigEndian.PutUint16(b[103:], 0)
		binary.BigEndian.PutUint32(b[108:], 1)
		return b
	})
	cells := mutate(func(b []byte) []byte { binary.BigEndian.PutUint16(b[103:], 0xffff); return b })
	for name, b := range map[string][]byte{
		"truncated header": good[:60],
		"truncated pages":  good[:pageSize+pageSize/2],
		"page loop":        loop,
		"cells":            cells,
		"page size":        mutate(func(b []byte) []byte { binary.BigEndian.PutUint16(b[16:], 1000); return b }),
		"not sqlite":       []byte(strings.Repeat("not a database ", 20)),
	} {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			_, err := extract(t, b, Limits{})
			assert.Error(t, err)
			assert.Less(t, time.Since(start), 5*time.Second)
		})
	}
}

func TestExtractCancelled(t *testing.T) {
	b := fixture(t, "notes.sqlite")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Extract(ctx, bytes.NewReader(b), int64(len(b)), Limits{})
	assert.ErrorIs(t, err, context.Canceled)
}

func TestVarint(t *testing.T) {
	for _, tc := range []struct {
		in []byte
		v  int64
		k  int
	}{
		{[]byte{0x00}, 0, 1},
		{[]byte{0x7f}, 127, 1},
		{[]byte{0x81, 0x00}, 128, 2},
		{[]byte{0x81, 0x80, 0x00}, 1 << 14, 3},
		{[]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, -1, 9},
		{[]byte{0x81}, 0, 0},
		{nil, 0, 0},
	} {
		v, k := varint(tc.in)
		assert.Equal(t, tc.v, v, "% x", tc.in)
		assert.Equal(t, tc.k, k, "% x", tc.in)
	}
}

func FuzzExtract(f *testing.F) {
	f.Add(fixture(f, "utf16.sqlite"))
	f.Add(fixture(f, "notes.sqlite")[:8192])
	f.Add(fixture(f, "notestore.sqlite"))
	f.Add(fixture(f, "webkit.localstorage"))
	f.Add(fixture(f, "chat.db"))
	f.Fuzz(func(t *testing.T, b []byte) {
		tables, _ := extract(t, b, Limits{Pages: 4096, Bytes: 1 << 20})
		n := 0
		for _, tb := range tables {
			n += len(tb.Text)
		}
		if n > 1<<20 {
			t.Fatalf("%d bytes of text, over the limit", n)
		}
	})
}

// TestColumnNames: a value of one long token is under a line of its
// column's name, read from the table's CREATE TABLE statement (corpus
// 310: an LNbits database's "refund_privkey" named a key that stood
// alone, and two neighbouring 32-digit API keys were taken for one key cut
// in two); words, and the value of a generic column ("value", which its
// row's key names), are not; nor is a table WITHOUT ROWID, whose records
// start with its primary key.
func TestColumnNames(t *testing.T) {
	digest := func(label string) string {
		sum := sha256.Sum256([]byte(label))
		return hex.EncodeToString(sum[:])
	}
	tables, err := extract(t, fixture(t, "lnbits.sqlite"), Limits{})
	require.NoError(t, err)
	text := map[string]string{}
	for _, tb := range tables {
		text[tb.Name] = tb.Text
	}
	assert.Equal(t, "id\n"+digest("id")[:32]+"\nwallet 0\nuser\n"+digest("user")[:32]+"\nadminkey\n"+digest("admin")[:32]+"\ninkey\n"+digest("in")[:32]+"\n\n", text["wallets"])
	assert.Equal(t, "swap1\nrefund_privkey\n"+digest("refund")+"\npending\n\n", text["boltz.submarineswap"])
	assert.Equal(t, "wallet_pk\n"+digest("kv")+"\n\n", text["kv"], "a generic column is named by its row")
	// Words are not named: a note's title and body as they were.
	tables, err = extract(t, fixture(t, "notes.sqlite"), Limits{})
	require.NoError(t, err)
	require.Len(t, tables, 1)
	assert.Contains(t, tables[0].Text, "\nwallet\n"+vector+"\n")

	for sql, want := range map[string][]string{
		"CREATE TABLE notes(id INTEGER PRIMARY KEY, title TEXT, body TEXT, ts INTEGER)":                            {"id", "title", "body", "ts"},
		`CREATE TABLE "Note" ("Text" varchar, [Window Pos] varchar, ` + "`x,y`" + ` int, PRIMARY KEY("Text"))`:     {"Text", "Window Pos", "x,y"},
		"CREATE TABLE w (a TEXT DEFAULT (lower('A,B')), b TEXT CHECK (length(b) > 0), CONSTRAINT u UNIQUE (a, b))": {"a", "b"},
		"CREATE TABLE kv(k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID":                                                nil,
		"CREATE TABLE broken(a TEXT, b":              nil,
		"CREATE VIRTUAL TABLE f USING fts5(content)": {"content"},
	} {
		assert.Equal(t, want, columns([]byte(sql)), sql)
	}
}
