package audit

import (
	"bytes"
	"crypto/rand"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/journal"
	"golang.org/x/text/unicode/norm"

	"github.com/walletaudit/walletaudit/mnemonic"
)

// levelDBLog writes a LevelDB log of one write batch a record, with
// goleveldb's own record encoding and journal writer.
func levelDBLog(t testing.TB, batches ...[][2]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := journal.NewWriter(&buf)
	seq := uint64(1)
	for _, recs := range batches {
		var b leveldb.Batch
		for _, r := range recs {
			if r[1] == "" {
				b.Delete([]byte(r[0]))
			} else {
				b.Put([]byte(r[0]), []byte(r[1]))
			}
		}
		dump := binary.LittleEndian.AppendUint64(nil, seq) // the header Dump leaves out
		dump = binary.LittleEndian.AppendUint32(dump, uint32(len(recs)))
		dump = append(dump, b.Dump()...)
		seq += uint64(len(recs))
		rw, err := w.Next()
		require.NoError(t, err)
		_, err = rw.Write(dump)
		require.NoError(t, err)
	}
	require.NoError(t, w.Close())
	return buf.Bytes()
}

// utf16Value is s as Chromium's localStorage stores a value that is not
// Latin-1: a 0 byte, then UTF-16LE.
func utf16Value(s string) string {
	out := []byte{0}
	for _, u := range utf16.Encode([]rune(s)) {
		out = binary.LittleEndian.AppendUint16(out, u)
	}
	return string(out)
}

// latin1Value is s as Chromium's localStorage stores a Latin-1 value: a 1
// byte, then a byte a character.
func latin1Value(s string) string {
	out := []byte{1}
	for _, r := range s {
		out = append(out, byte(r))
	}
	return string(out)
}

func TestDecodeLevelDBLog(t *testing.T) {
	long := strings.Repeat("x", 70<<10) // fragments over three blocks
	log := levelDBLog(t,
		[][2]string{{"VERSION", "1"}, {"plain", "text value"}},
		[][2]string{{"_https://a.example\x00\x01note", utf16Value("日本語 のメモ")}, {"_https://a.example\x00\x01city", latin1Value("Málaga")}},
		[][2]string{{"gone", ""}, {"big", long}, {"after", "last"}})
	got, err := decodeLevelDBLog(log, 1<<20)
	require.NoError(t, err)
	assert.Equal(t, "VERSION 1\nplain text value\n_https://a.example note 日本語 のメモ\n_https://a.example city Málaga\nbig "+long+"\nafter last\n", string(got))

	damaged := bytes.Clone(log)
	damaged[len(damaged)-3] ^= 0x20 // the last batch's record
	got, err = decodeLevelDBLog(damaged, 1<<20)
	assert.Error(t, err)
	assert.Contains(t, string(got), "city Málaga", "the records before the damage")

	_, err = decodeLevelDBLog([]byte("2026/12/05-09:00:00.000 1 Recovering log #3\n"), 1<<20)
	assert.ErrorIs(t, err, errNotLevelDB, "a text log of the same name")
	_, err = decodeLevelDBLog(log, 100)
	assert.ErrorIs(t, err, errArchiveBudget)
}

// TestLocalStorageLog: a web wallet's phrase kept in a browser's (or a
// WebView's) localStorage that only the log holds yet: in Japanese as
// UTF-16, in Spanish with accents as Latin-1. Both are found; a text file
// named as a log is read as text.
func TestLocalStorageLog(t *testing.T) {
	phrase := func(lang mnemonic.Language, ok func(string) bool) string {
		for {
			ent := make([]byte, 16)
			_, err := rand.Read(ent)
			require.NoError(t, err)
			p, err := mnemonic.FromEntropy(ent, lang)
			require.NoError(t, err)
			if s := norm.NFC.String(p.Reveal()); ok(s) {
				return s
			}
		}
	}
	ja := phrase(mnemonic.Japanese, func(string) bool { return true })
	es := phrase(mnemonic.Spanish, func(s string) bool { return strings.ContainsAny(s, "áéíóúñ") })
	root := t.TempDir()
	dir := filepath.Join(root, "Default", "Local Storage", "leveldb")
	require.NoError(t, os.MkdirAll(dir, 0o755))
	log := levelDBLog(t, [][2]string{{"VERSION", "1"}},
		[][2]string{{"_https://wallet.example\x00\x01backupPhraseJa", utf16Value(ja)}},
		[][2]string{{"_https://wallet.example\x00\x01backupPhraseEs", latin1Value(es)}})
	require.NoError(t, os.WriteFile(filepath.Join(dir, "000003.log"), log, 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(root, "000001.log"), []byte("seed: "+ja+"\n"), 0o600))
	fs, sum := collect(t, New(Options{Workers: 1}), Dir(root))
	var where []string
	for _, f := range fs {
		if f.Kind == KindMnemonic {
			p := norm.NFC.String(f.Secret.Reveal())
			assert.True(t, p == ja || p == es, "a planted phrase")
			where = append(where, filepath.Base(f.Location.Path))
		}
	}
	assert.ElementsMatch(t, []string{"000003.log!records", "000003.log!records", "000001.log"}, where)
	assert.Empty(t, sum.Errors)
}

func FuzzDecodeLevelDBLog(f *testing.F) {
	f.Add(levelDBLog(f, [][2]string{{"a", "1"}, {"b", ""}}, [][2]string{{"_o\x00\x01k", "\x00a\x00"}}))
	f.Add(levelDBLog(f, [][2]string{{"k", strings.Repeat("v", 40<<10)}}))
	f.Fuzz(func(t *testing.T, data []byte) {
		out, _ := decodeLevelDBLog(data, 1<<16)
		if len(out) > 1<<16 {
			t.Fatalf("decoded %d bytes past the limit", len(out))
		}
	})
}
