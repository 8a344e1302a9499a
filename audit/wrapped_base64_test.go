package audit

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/mnemonic"
)

// TestWrappedBase64Notes: a notes file put through the base64 command
// (lines of 76 characters) holds a phrase cut by the line breaks; it is
// found whole, at the blob's first line. Until 2026-12-03 each line was
// decoded on its own and the phrase was missed.
func TestWrappedBase64Notes(t *testing.T) {
	p, err := mnemonic.FromEntropy([]byte("wrapped-base64-1"), mnemonic.English)
	require.NoError(t, err)
	notes := "wallet notes (do not lose)\n\nledger backup:\n" + strings.Join(p.RevealWords(), " ") + "\n\npin is the usual one\n"
	enc := base64.StdEncoding.EncodeToString([]byte(notes))
	var b strings.Builder
	for len(enc) > 0 {
		n := min(76, len(enc))
		b.WriteString(enc[:n] + "\n")
		enc = enc[n:]
	}
	fs, _ := collect(t, New(Options{Trials: TrialsOff}), Bytes("backup/notes.txt.b64", []byte(b.String())))
	require.Len(t, fs, 1)
	assert.Equal(t, KindMnemonic, fs[0].Kind)
	assert.Equal(t, 1, fs[0].Location.Line)
	assert.Equal(t, "backup/notes.txt.b64", fs[0].Location.Path)
}
