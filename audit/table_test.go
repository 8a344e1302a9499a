package audit

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tyler-smith/go-bip39"
)

// tablePhrase returns the words of a valid 12-word English phrase made
// from seed (not a public one).
func tablePhrase(t *testing.T, seed string) []string {
	t.Helper()
	sum := sha256.Sum256([]byte(seed))
	m, err := bip39.NewMnemonic(sum[:16])
	require.NoError(t, err)
	return strings.Fields(m)
}

// TestTablesPlacePhrases: a phrase kept a word a row beside a column of
// check marks, or sent in two messages of a chat's CSV, JSON or text
// export, is found, at the row or message of its first word; in a .txt
// file too, whose rows are numbered.
func TestTablesPlacePhrases(t *testing.T) {
	w := tablePhrase(t, "table")
	tsv := "n\tword\tchecked\n"
	for i, x := range w {
		tsv += fmt.Sprintf("%d\t%s\tO\n", i+1, x)
	}
	chatCSV := "ID,Timestamp,Contents,Attachments\n" +
		"1156012345678901234,2023-09-12 22:04:11.518000+00:00,ok here they are,\n" +
		"1156012399887766554,2023-09-12 22:04:31.902000+00:00," + strings.Join(w[:6], " ") + ",\n" +
		"1156012402233445566,2023-09-12 22:04:39.004000+00:00," + strings.Join(w[6:], " ") + ",\n" +
		"1156012511223344556,2023-09-12 22:06:02.117000+00:00,\"got it, thanks\",\n"
	chatJSON := "[\n" +
		`  {"ID": 1197301122334455667, "Timestamp": "2024-01-18 14:01:40", "Contents": "words below, keep them safe", "Attachments": ""},` + "\n" +
		`  {"ID": 1197301198877665544, "Timestamp": "2024-01-18 14:02:11", "Contents": "` + strings.Join(w[:5], " ") + `", "Attachments": ""},` + "\n" +
		`  {"ID": 1197301233445566778, "Timestamp": "2024-01-18 14:02:19", "Contents": "` + strings.Join(w[5:], " ") + `", "Attachments": ""}` + "\n" +
		"]\n"
	whatsApp := "12/03/2024, 10:00 - Ana: sending it now, careful\n" +
		"12/03/2024, 10:01 - Ana: ok\n" +
		"12/03/2024, 10:01 - Ana: " + strings.Join(w[:6], " ") + "\n" +
		"12/03/2024, 10:01 - Ana: " + strings.Join(w[6:], " ") + "\n" +
		"12/03/2024, 10:02 - Bruno: got it, deleting\n"
	ciLog := "2024-05-20T02:22:31.1234567Z ##[group]Run python gen_test_wallet.py\n" +
		"2024-05-20T02:22:33.4411234Z test wallet:\n" +
		"2024-05-20T02:22:33.4412345Z " + strings.Join(w[:6], " ") + "\n" +
		"2024-05-20T02:22:33.4412399Z " + strings.Join(w[6:], " ") + "\n" +
		"2024-05-20T02:22:33.9012345Z ##[endgroup]\n"
	fsys := fstest.MapFS{
		"ci/4_Run tests.txt":         {Data: []byte(ciLog)},
		"WhatsApp Chat with Ana.txt": {Data: []byte(whatsApp)},
		"backup/seed.tsv":            {Data: []byte(tsv)},
		"discord/messages.csv":       {Data: []byte(chatCSV)},
		"discord/messages.json":      {Data: []byte(chatJSON)},
		"discord/semicolon.csv":      {Data: []byte(strings.ReplaceAll(tsv, "\t", ";"))},
		"notes/not-a-table.txt":      {Data: []byte(tsv)},
		"discord/one-message.csv":    {Data: []byte("ID,Contents\n1,hello\n")},
	}
	fs, _, err := New(Options{}).Collect(context.Background(), FS(fsys, ".", ""))
	require.NoError(t, err)
	got := map[string]int{}
	for _, f := range fs {
		if f.Rule == "bip39-mnemonic" {
			got[f.Location.Path] = f.Location.Line
		}
	}
	assert.Equal(t, map[string]int{
		"WhatsApp Chat with Ana.txt": 3,
		"ci/4_Run tests.txt":         3,
		"backup/seed.tsv":            2,
		"discord/messages.csv":       3,
		"discord/messages.json":      3,
		"discord/semicolon.csv":      2,
		// Not read as a table, but as rows numbered 1 to 12, a word
		// each and a note that repeats (mnemonic's noted rows).
		"notes/not-a-table.txt": 2,
	}, got)
}

// TestViewSpanCells: a candidate in a view of cells is placed at its
// cells; many cells of several words each are no phrase.
func TestViewSpanCells(t *testing.T) {
	build := func(lines ...string) view {
		v := view{start: 100, end: 100, encoding: "chat"}
		for _, l := range lines {
			v.cells = append(v.cells, [2]int{v.end, v.end + len(l)})
			v.data = append(append(v.data, l...), '\n')
			v.end += len(l) + 10
		}
		return v
	}
	whole := func(v view) (int, int, bool) { return v.span(0, len(v.data)-1) }

	v := build("alpha bravo charlie delta echo foxtrot", "golf hotel india juliet kilo lima")
	s, e, ok := whole(v)
	assert.True(t, ok)
	assert.Equal(t, [2]int{100, v.cells[1][1]}, [2]int{s, e})
	s, e, ok = v.span(len("alpha bravo charlie delta echo foxtrot\n"), len(v.data)-1)
	assert.True(t, ok)
	assert.Equal(t, v.cells[1], [2]int{s, e}, "a candidate in the second cell alone")

	_, _, ok = whole(build(strings.Fields("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima")...))
	assert.True(t, ok, "a word a cell")
	_, _, ok = whole(build("alpha bravo", "charlie", "delta echo", "foxtrot golf", "hotel", "india juliet", "kilo", "lima"))
	assert.False(t, ok, "eight short messages")
	_, _, ok = whole(build("alpha bravo charlie", "delta echo foxtrot", "golf hotel india", "juliet kilo lima"))
	assert.True(t, ok, "four messages")
	lines := build("{", `  "crypto": {`, `    "cipher": "aes-128-ctr",`, `    "kdf": "scrypt"`, "  },", `  "version": 3`, "}")
	lines.encoding = "ansi+timestamped"
	s, e, ok = whole(lines)
	assert.True(t, ok, "the lines of one text hold a keystore over many")
	assert.Equal(t, [2]int{lines.cells[0][0], lines.cells[6][1]}, [2]int{s, e})
	// A table's column read down: a window over two rows' notes that
	// starts or ends inside one is no phrase (the 37th corpus's order
	// memos); one that fills its cells is.
	col := build("okay main limb arm", "betray special custom clever weather lazy autumn")
	col.encoding = "column"
	_, _, ok = col.span(len("okay "), len(col.data)-1)
	assert.False(t, ok, "starts inside the first note")
	_, _, ok = col.span(0, len(col.data)-1-len(" autumn"))
	assert.False(t, ok, "ends inside the second note")
	_, _, ok = col.span(0, len(col.data)-1)
	assert.True(t, ok, "fills both notes")
	s, e, ok = view{start: 5, end: 9, data: []byte("alpha\n")}.span(0, 5)
	assert.Equal(t, [3]any{5, 9, true}, [3]any{s, e, ok}, "a view without cells stands for its span")
}

// TestWorkbookColumn: a phrase a word a row in a spreadsheet, between a
// column of numbers and a column of check marks, is read from its
// column, at its first row.
func TestWorkbookColumn(t *testing.T) {
	w := tablePhrase(t, "workbook")
	cells := [][2]string{{"A1", "n"}, {"B1", "word"}, {"C1", "written"}}
	for i, x := range w {
		r := i + 2
		cells = append(cells, [2]string{fmt.Sprintf("A%d", r), fmt.Sprint(i + 1)}, [2]string{fmt.Sprintf("B%d", r), x}, [2]string{fmt.Sprintf("C%d", r), "yes"})
	}
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "wallet.xlsx"), xlsxOf(t, cells, ""), 0o600))
	fs, _ := collect(t, New(Options{}), Dir(dir))
	require.Len(t, fs, 1)
	assert.Equal(t, filepath.Join(dir, "wallet.xlsx")+"!xl/worksheets/sheet1.xml (cells)", fs[0].Location.Path)
	assert.Equal(t, 2, fs[0].Location.Line)
}

// TestKeystoreOfUnknownSize: a keystore read from a stream of unknown
// size (a mail's attachment in base64, a gzip file) is still inspected;
// in a mail it is placed at the attachment's encoded lines, its name kept
// in the details.
func TestKeystoreOfUnknownSize(t *testing.T) {
	ks, err := os.ReadFile(filepath.Join("..", "testdata", "demo", "keystore", "UTC--2024-01-01T00-00-00.000000000Z--948815ed6fa4a8b5a964335cac58d16f8d739c79"))
	require.NoError(t, err)
	var b64 strings.Builder
	enc := base64.StdEncoding.EncodeToString(ks)
	for len(enc) > 76 {
		b64.WriteString(enc[:76] + "\r\n")
		enc = enc[76:]
	}
	b64.WriteString(enc + "\r\n")
	mail := "From: sam@example.org\r\nTo: nadia@example.org\r\nSubject: keystore\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"XX\"\r\n\r\n" +
		"--XX\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nattached, password on Signal\r\n\r\n" +
		"--XX\r\nContent-Type: application/json; name=\"deployer.json\"\r\nContent-Disposition: attachment; filename=\"deployer.json\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		b64.String() + "--XX--\r\n"
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, err = zw.Write(ks)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	fs, _, err := New(Options{Trials: TrialsOff}).Collect(context.Background(), Bytes("mail.eml", []byte(mail)), Bytes("deployer.json.gz", gz.Bytes()))
	require.NoError(t, err)
	got := map[string]Finding{}
	for _, f := range fs {
		got[f.Location.Path] = f
	}
	require.Contains(t, got, "mail.eml")
	assert.Equal(t, 1+strings.Count(mail[:strings.Index(mail, b64.String())], "\n"), got["mail.eml"].Location.Line)
	assert.Equal(t, "part2-deployer.json", got["mail.eml"].Details["entry"])
	require.Contains(t, got, "deployer.json.gz!deployer.json")
	assert.Equal(t, KindKeystore, got["deployer.json.gz!deployer.json"].Kind)
}
