package audit

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/xlstest"
)

// A phrase typed down a column of a legacy Excel workbook (.xls), its
// words numbered in the column before, is found in the sheet's cells,
// which the file's bytes hold glued to their lengths in a shared string
// table.
func TestLegacyWorkbook(t *testing.T) {
	p := freshPhrase(t)
	rows := [][]string{{"No.", "Word"}}
	for i, w := range p.RevealWords() {
		rows = append(rows, []string{string(rune('a' + i)), w})
	}
	book := xlstest.Workbook("Sheet1", rows)
	fs, sum := collect(t, New(Options{}), Bytes("ledger words.xls", book))
	require.Len(t, fs, 1)
	assert.Equal(t, "ledger words.xls!Sheet1 (cells)", fs[0].Location.Path)
	assert.Equal(t, detect.Fingerprint(KindMnemonic, "bip39:"+p.Reveal()), fs[0].Secret.Fingerprint())
	assert.Empty(t, sum.Errors)
}
