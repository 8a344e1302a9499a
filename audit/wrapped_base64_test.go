package audit

import (
	"cmp"
	"encoding/base64"
	"slices"
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

// TestLongBase64LinePlaced: a log line of megabytes of base64 (a queue's
// dead letters logged encoded) is decoded chunk by chunk; a token in it
// is found once, on its line and at its place, wherever the chunks cut
// the line: at a chunk's last character, astride a chunk's end, at the
// edge of a chunk's own region. Until 2026-12-05 a run longer than a
// chunk was not decoded, and one a chunk's start cut was not owned.
func TestLongBase64LinePlaced(t *testing.T) {
	const prefix = "2026-11-30T08:12:44Z dead letters: "
	targets := []int{100, chunkSize + chunkTail - 1, 2*chunkSize + chunkTail - 10, 3*chunkSize + chunkLookback - 1, 3*chunkSize + chunkLookback + 1, 4*chunkSize + 7}
	var plain strings.Builder
	var want []int64 // where in the file each token's encoding starts
	filler := []string{`{"id":17,"note":"café crème"},`, `{"id":18,"msg":"naïve €uro ☕"},`, `{"ok":true},`}
	for i, at := range targets {
		for j := 0; len(prefix)+(plain.Len()+len(filler[j%3]))*4/3 < at; j++ {
			plain.WriteString(filler[j%3])
		}
		for len(prefix)+plain.Len()*4/3 < at {
			plain.WriteByte(' ')
		}
		want = append(want, int64(len(prefix)+plain.Len()*4/3))
		plain.WriteString(`{"secret":"` + token(i) + `"},`)
	}
	for plain.Len()*4/3 < 5*chunkSize {
		plain.WriteString(filler[plain.Len()%3])
	}
	text := "started\n" + prefix + base64.StdEncoding.EncodeToString([]byte(plain.String())) + "\nstopped\n"
	for _, workers := range []int{1, 2} {
		fs, sum := collect(t, testScanner(Options{Workers: workers}), Bytes("queue/deadletter.log", []byte(text)))
		assert.Empty(t, sum.Errors)
		require.Len(t, fs, len(targets), "workers %d", workers)
		slices.SortFunc(fs, func(a, b Finding) int { return cmp.Compare(a.Location.Offset, b.Location.Offset) })
		for i, f := range fs {
			assert.Equal(t, 2, f.Location.Line, "token %d", i)
			assert.InDelta(t, want[i]+int64(len("started\n")), f.Location.Offset, 16, "token %d", i)
		}
	}
}
