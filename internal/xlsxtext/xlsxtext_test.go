package xlsxtext

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// book builds a workbook of the given parts (name → content).
func book(t testing.TB, parts map[string]string) *zip.Reader {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, content := range parts {
		w, err := zw.Create(name)
		require.NoError(t, err)
		_, err = w.Write([]byte(content))
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	zr, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	require.NoError(t, err)
	return zr
}

const ns = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`

func sst(words ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n<sst " + ns + ">")
	for _, w := range words {
		b.WriteString("<si><t>" + w + "</t></si>")
	}
	b.WriteString("</sst>")
	return b.String()
}

func TestSheets(t *testing.T) {
	// Two columns read down (A1:A3, then B1:B3), a word written twice
	// (shared once), a rich-text string with a phonetic run, an inline
	// string, a number, a boolean, a cell out of order, an empty row.
	shared := sst("alpha", "bravo", "charlie", "delta") + "" // 0..3
	shared = strings.Replace(shared, "</sst>", `<si><r><t>ec</t></r><r><rPr/><t>ho</t></r><rPh><t>ECHO</t></rPh></si></sst>`, 1)
	sheet1 := `<worksheet ` + ns + `><sheetData>` +
		`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>3</v></c></row>` +
		`<row r="2"><c r="B2" t="s"><v>0</v></c><c r="A2" t="s"><v>1</v></c></row>` +
		`<row r="3"><c r="A3" t="s"><v>2</v></c><c r="C3" t="inlineStr"><is><t>foxtrot</t></is></c><c r="B3" t="s"><v>4</v></c></row>` +
		`<row r="5"><c r="A5"><v>42</v></c><c r="B5" t="b"><v>1</v></c><c r="C5" t="s"><v>99</v></c></row>` +
		`<row r="7"><c r="D7" t="str"><v>line one` + "\n" + `line two</v></c></row>` +
		`</sheetData></worksheet>`
	sheet2 := `<worksheet ` + ns + `><sheetData><row><c t="s"><v>1</v></c><c t="s"><v>2</v></c></row></sheetData></worksheet>`
	zr := book(t, map[string]string{
		"[Content_Types].xml":        "<Types/>",
		"xl/workbook.xml":            "<workbook/>",
		"xl/sharedStrings.xml":       shared,
		"xl/worksheets/sheet1.xml":   sheet1,
		"xl/worksheets/sheet2.xml":   sheet2,
		"xl/worksheets/_rels/x.rels": "<Relationships/>",
	})
	require.True(t, Is(zr))
	sheets, err := Sheets(zr, Limits{})
	require.NoError(t, err)
	require.Len(t, sheets, 2)
	assert.Equal(t, "xl/worksheets/sheet1.xml", sheets[0].Name)
	assert.Equal(t, "alpha\tdelta\nbravo\talpha\ncharlie\techo\tfoxtrot\n42\nline one line two\n", sheets[0].Text)
	assert.Equal(t, "bravo\tcharlie\n", sheets[1].Text)
}

func TestIsNotAWorkbook(t *testing.T) {
	assert.False(t, Is(book(t, map[string]string{"word/document.xml": "<w:document/>"})))
	assert.False(t, Is(book(t, map[string]string{"xl/workbook.xml": "<workbook/>"})))
}

func TestLimits(t *testing.T) {
	var rows strings.Builder
	for i := range 100 {
		fmt.Fprintf(&rows, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>word%d</t></is></c></row>`, i+1, i+1, i)
	}
	zr := book(t, map[string]string{
		"xl/workbook.xml":          "<workbook/>",
		"xl/worksheets/sheet1.xml": `<worksheet ` + ns + `><sheetData>` + rows.String() + `</sheetData></worksheet>`,
	})
	_, err := Sheets(zr, Limits{Cells: 10})
	assert.ErrorIs(t, err, ErrLimit)
	_, err = Sheets(zr, Limits{Bytes: 500})
	assert.ErrorIs(t, err, ErrLimit)
	sheets, err := Sheets(zr, Limits{})
	require.NoError(t, err)
	assert.Equal(t, 100, strings.Count(sheets[0].Text, "\n"))
	// A column past the last one a sheet can have.
	far := book(t, map[string]string{
		"xl/workbook.xml":          "<workbook/>",
		"xl/worksheets/sheet1.xml": `<worksheet><sheetData><row><c r="ZZZZ1"><v>1</v></c>` + strings.Repeat("<c><v>1</v></c>", 20000) + `</row></sheetData></worksheet>`,
	})
	_, err = Sheets(far, Limits{})
	assert.ErrorIs(t, err, ErrLimit)
}

func TestMalformed(t *testing.T) {
	zr := book(t, map[string]string{
		"xl/workbook.xml":          "<workbook/>",
		"xl/sharedStrings.xml":     "<sst><si><t>secret words here",
		"xl/worksheets/sheet1.xml": "<worksheet/>",
	})
	_, err := Sheets(zr, Limits{})
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "secret", "the error quotes the document")
}

func TestCellRef(t *testing.T) {
	for _, tc := range []struct {
		r        string
		row, col int
		ok       bool
	}{
		{"A1", 1, 1, true}, {"B3", 3, 2, true}, {"$AA$10", 10, 27, true}, {"XFD1048576", 1048576, 16384, true},
		{"XFE1", 0, 0, false}, {"A", 0, 0, false}, {"1", 0, 0, false}, {"A0", 0, 0, false}, {"a1", 0, 0, false},
	} {
		row, col, ok := cellRef(tc.r)
		assert.Equal(t, tc.ok, ok, tc.r)
		if ok {
			assert.Equal(t, [2]int{tc.row, tc.col}, [2]int{row, col}, tc.r)
		}
	}
}

func FuzzSheets(f *testing.F) {
	f.Add([]byte(sst("a", "b")), []byte(`<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>1</v></c></row></sheetData></worksheet>`))
	f.Add([]byte("<sst><si><r><t>x</t></r></si></sst>"), []byte(`<worksheet><sheetData><row><c t="inlineStr"><is><t>y</t></is></c></row></sheetData></worksheet>`))
	f.Fuzz(func(t *testing.T, shared, sheet []byte) {
		zr := book(t, map[string]string{"xl/workbook.xml": "<workbook/>", "xl/sharedStrings.xml": string(shared), "xl/worksheets/sheet1.xml": string(sheet)})
		sheets, err := Sheets(zr, Limits{Bytes: 1 << 20, Cells: 10000})
		if err != nil && !errors.Is(err, ErrLimit) && !strings.HasPrefix(err.Error(), "xlsxtext:") && !strings.Contains(err.Error(), "xlsxtext:") {
			t.Fatalf("unexpected error: %v", err)
		}
		for _, s := range sheets {
			if len(s.Text) > 2<<20 {
				t.Fatalf("%d bytes of text", len(s.Text))
			}
		}
	})
}
