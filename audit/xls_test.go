package audit

import (
	"strings"
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

// A column's heading that is a list word ("Word") over a phrase typed a
// word a row is no word of it. These phrases were drawn so that the
// heading and their first eleven words pass the BIP-39 checksum, or the
// heading and all twelve Electrum's; until 2026-12-05 those readings
// were reported instead of the phrase (one workbook in 200).
func TestLegacyWorkbookHeading(t *testing.T) {
	for _, phrase := range []string{
		"grant cactus disease text senior chaos gain mom cute angry belt own",
		"question tortoise fit hedgehog sport gadget hold loud insane penalty credit cash",
	} {
		rows := [][]string{{"No.", "Word"}}
		for i, w := range strings.Fields(phrase) {
			rows = append(rows, []string{string(rune('a' + i)), w})
		}
		fs, _ := collect(t, New(Options{}), Bytes("ledger words.xls", xlstest.Workbook("Sheet1", rows)))
		require.Len(t, fs, 1)
		assert.Equal(t, detect.Fingerprint(KindMnemonic, "bip39:"+phrase), fs[0].Secret.Fingerprint(), "the heading read as a word of the phrase")
	}
}
