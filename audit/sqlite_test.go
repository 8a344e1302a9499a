package audit

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/walletaudit/walletaudit/audit/detect"
)

// TestSQLiteTextIsScanned: the text of an SQLite database's tables is
// read as SQLite stores it (internal/sqlitetext), one value a line. In
// the file's bytes the phrase of a notes table sits glued to the title
// column before it, and until 2026-12-02 it was not found. The fixture's
// phrase is a public BIP-39 test vector.
func TestSQLiteTextIsScanned(t *testing.T) {
	src := filepath.Join("..", "internal", "sqlitetext", "testdata", "notes.sqlite")
	data, err := os.ReadFile(src)
	require.NoError(t, err)
	want := detect.Fingerprint(KindMnemonic, "bip39:legal winner thank year wave sausage worth useful legal winner thank yellow")

	f, ok := where(t, New(Options{}), Bytes("plum.sqlite", data))[want]
	require.True(t, ok, "phrase not found")
	assert.Equal(t, "plum.sqlite!notes", f.Location.Path)
	assert.Equal(t, "archive", f.Location.Origin)

	file := filepath.Join(t.TempDir(), "plum.sqlite")
	require.NoError(t, os.WriteFile(file, data, 0o600))
	f, ok = where(t, New(Options{}), Dir(file))[want]
	require.True(t, ok, "phrase not found in the file")
	assert.Equal(t, file+"!notes", f.Location.Path)
}

// TestAppleNotesIsScanned: a phrase in an Apple Notes note (gzip of a
// protobuf message in NoteStore.sqlite) is found at its table.
func TestAppleNotesIsScanned(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "internal", "sqlitetext", "testdata", "notestore.sqlite"))
	require.NoError(t, err)
	want := detect.Fingerprint(KindMnemonic, "bip39:legal winner thank year wave sausage worth useful legal winner thank yellow")
	f, ok := where(t, New(Options{}), Bytes("NoteStore.sqlite", data))[want]
	require.True(t, ok, "phrase not found")
	assert.Equal(t, "NoteStore.sqlite!ZICNOTEDATA", f.Location.Path)
}

// TestDamagedSQLiteIsScannedAsBytes: a database cut short still has its
// bytes scanned, and the tables read before the damage.
func TestDamagedSQLiteIsScannedAsBytes(t *testing.T) {
	data := append([]byte("SQLite format 3\x00"), make([]byte, 200)...)
	data = append(data, "\nkey: "+token(7)+"\n"...)
	fs, sum := collect(t, testScanner(Options{}), Bytes("broken.sqlite", data))
	require.Len(t, fs, 1)
	assert.Equal(t, "broken.sqlite", fs[0].Location.Path)
	assert.Empty(t, sum.Errors)
}

// TestContainerSecretReportedOnce: a secret found in a member of a
// container whose own bytes are scanned too (here a Sticky Notes
// database, where the phrase is also whole in the file's bytes) is
// reported once, at the member; until 2026-12-02 it was reported at both.
func TestContainerSecretReportedOnce(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "internal", "sqlitetext", "testdata", "plum.sqlite"))
	require.NoError(t, err)
	want := detect.Fingerprint(KindMnemonic, "bip39:legal winner thank year wave sausage worth useful legal winner thank yellow")
	fs, _ := collect(t, New(Options{}), Bytes("plum.sqlite", data))
	assert.Equal(t, []string{"plum.sqlite!Note"}, reportedAt(fs, want))
}

// reportedAt lists where the findings of fingerprint fp were reported.
func reportedAt(fs []Finding, fp string) []string {
	var at []string
	for _, f := range fs {
		if f.Secret.Fingerprint() == fp {
			at = append(at, f.Location.Path)
		}
	}
	return at
}
