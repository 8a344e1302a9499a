package xlstext

import (
	"bytes"
	"encoding/binary"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/internal/xlstest"
)

// TestSheets: the cells of a workbook's sheets, strings from the shared
// string table (one of them cut by a record boundary, its characters
// going on after a flags byte of their own, and one with formatting runs
// after it), numbers of the three kinds and an inline label, are rows of
// text; the sheets carry their names.
func TestSheets(t *testing.T) {
	long := "velvet bargain zebra"
	cut := len(long) / 2
	// The table: "No.", "Word", a wide string, a formatted string, then
	// the long string cut after its first half.
	sst := bytes.Join([][]byte{xlstest.U32(6), xlstest.U32(5), xlstest.Str8("No."), xlstest.Str8("Word"), xlstest.Str16("復元フレーズ"),
		append(append(xlstest.U16(5), 8), append(xlstest.U16(1), []byte("alpha")...)...), xlstest.U32(0), // one formatting run, 4 bytes
		append(xlstest.U16(len(long)), 0), []byte(long[:cut])}, nil)
	cont := append([]byte{0}, long[cut:]...) // the characters go on, one byte each
	globals := bytes.Join([][]byte{
		xlstest.BOF(0x0005),
		xlstest.Record(recBoundSheet, xlstest.U32(0), []byte{0, 0}, []byte{byte(len("Words")), 0}, []byte("Words")),
		xlstest.Record(recBoundSheet, xlstest.U32(0), []byte{1, 0}, []byte{byte(len("old")), 0}, []byte("old")),
		xlstest.Record(recSST, sst), xlstest.Record(recContinue, cont),
		xlstest.Record(recEOF),
	}, nil)
	num := func(f float64) []byte { return binary.LittleEndian.AppendUint64(nil, math.Float64bits(f)) }
	sheet1 := bytes.Join([][]byte{
		xlstest.BOF(0x0010),
		xlstest.Record(recLabelSST, xlstest.U16(0), xlstest.U16(0), xlstest.U16(15), xlstest.U32(0)),
		xlstest.Record(recLabelSST, xlstest.U16(0), xlstest.U16(1), xlstest.U16(15), xlstest.U32(1)),
		xlstest.Record(recNumber, xlstest.U16(1), xlstest.U16(0), xlstest.U16(15), num(1)),
		xlstest.Record(recLabelSST, xlstest.U16(1), xlstest.U16(1), xlstest.U16(15), xlstest.U32(4)),
		xlstest.Record(recRK, xlstest.U16(2), xlstest.U16(0), xlstest.U16(15), xlstest.U32(2<<2|2)), // the integer 2
		xlstest.Record(recLabelSST, xlstest.U16(2), xlstest.U16(1), xlstest.U16(15), xlstest.U32(3)),
		xlstest.Record(recMulRK, xlstest.U16(3), xlstest.U16(0), xlstest.U16(15), xlstest.U32(3<<2|2), xlstest.U16(15), xlstest.U32(4<<2|2), xlstest.U16(1)), // 3 and 4
		xlstest.Record(recEOF),
	}, nil)
	sheet2 := bytes.Join([][]byte{
		xlstest.BOF(0x0010),
		xlstest.Record(recLabelSST, xlstest.U16(0), xlstest.U16(0), xlstest.U16(15), xlstest.U32(2)),
		xlstest.Record(recLabel, xlstest.U16(1), xlstest.U16(0), xlstest.U16(15), xlstest.Str8("kept inline")),
		xlstest.Record(recEOF),
	}, nil)
	file := xlstest.CompoundFile("Workbook", bytes.Join([][]byte{globals, sheet1, sheet2}, nil))
	sheets, err := Sheets(bytes.NewReader(file), int64(len(file)), Limits{})
	require.NoError(t, err)
	require.Len(t, sheets, 2)
	assert.Equal(t, Sheet{Name: "Words", Text: "No.\tWord\n1\t" + long + "\n2\talpha\n3\t4\n"}, sheets[0])
	assert.Equal(t, Sheet{Name: "old", Text: "復元フレーズ\nkept inline\n"}, sheets[1])

	// Other Compound Files hold no workbook; a damaged one is an error.
	doc := xlstest.CompoundFile("WordDocument", []byte("x"))
	sheets, err = Sheets(bytes.NewReader(doc), int64(len(doc)), Limits{})
	assert.NoError(t, err)
	assert.Nil(t, sheets)
	_, err = Sheets(bytes.NewReader([]byte(Magic+strings.Repeat("\x00", 100))), 108, Limits{})
	assert.Error(t, err)
	// Limits.
	_, err = Sheets(bytes.NewReader(file), int64(len(file)), Limits{Cells: 3})
	assert.ErrorIs(t, err, ErrLimit)
}

func FuzzSheets(f *testing.F) {
	f.Add(xlstest.CompoundFile("Workbook", bytes.Join([][]byte{xlstest.BOF(0x0005), xlstest.Record(recSST, xlstest.U32(1), xlstest.U32(1), xlstest.Str8("w")), xlstest.Record(recEOF),
		xlstest.BOF(0x0010), xlstest.Record(recLabelSST, xlstest.U16(0), xlstest.U16(0), xlstest.U16(15), xlstest.U32(0)), xlstest.Record(recEOF)}, nil)))
	f.Add([]byte(Magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = Sheets(bytes.NewReader(data), int64(len(data)), Limits{Bytes: 1 << 20, Cells: 1000})
	})
}
