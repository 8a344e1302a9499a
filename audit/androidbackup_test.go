package audit

import (
	"archive/tar"
	"bytes"
	"compress/zlib"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// abOf makes an Android backup of files with the header's compression
// flag and encryption field.
func abOf(t testing.TB, compressed bool, encryption string, files map[string][]byte) []byte {
	var tb bytes.Buffer
	tw := tar.NewWriter(&tb)
	for name, data := range files {
		require.NoError(t, tw.WriteHeader(&tar.Header{Name: name, Mode: 0o600, Size: int64(len(data)), Typeflag: tar.TypeReg}))
		_, err := tw.Write(data)
		require.NoError(t, err)
	}
	require.NoError(t, tw.Close())
	var b bytes.Buffer
	flag := "0"
	if compressed {
		flag = "1"
	}
	b.WriteString(androidBackupMagic + "5\n" + flag + "\n" + encryption + "\n")
	if compressed {
		zw := zlib.NewWriter(&b)
		_, err := zw.Write(tb.Bytes())
		require.NoError(t, err)
		require.NoError(t, zw.Close())
	} else {
		b.Write(tb.Bytes())
	}
	return b.Bytes()
}

// TestAndroidBackup: the files of an adb backup, compressed or not, are
// members at their own paths and lines; an encrypted backup is a
// recorded skip; a damaged one is an error, and its bytes are scanned.
func TestAndroidBackup(t *testing.T) {
	files := map[string][]byte{
		"apps/io.example.wallet/sp/wallet_prefs.xml": []byte("<map>\n<string name=\"k\">" + token(1) + "</string>\n</map>\n"),
		"apps/io.example.wallet/f/export.txt":        []byte(token(2) + "\n"),
	}
	want := map[string]int{
		"backup.ab!apps/io.example.wallet/sp/wallet_prefs.xml": 2,
		"backup.ab!apps/io.example.wallet/f/export.txt":        1,
	}
	for _, compressed := range []bool{true, false} {
		fs, sum := collect(t, testScanner(Options{}), Bytes("backup.ab", abOf(t, compressed, "none", files)))
		assert.Empty(t, sum.Errors)
		got := map[string]int{}
		for _, f := range fs {
			got[f.Location.Path] = f.Location.Line
		}
		assert.Equal(t, want, got, "compressed %v", compressed)
	}

	fs, sum := collect(t, testScanner(Options{}), Bytes("backup.ab", abOf(t, true, "AES-256", files)))
	assert.Empty(t, fs)
	require.Len(t, sum.Skipped, 1)
	assert.Contains(t, sum.Skipped[0].Reason, "encrypted Android backup")

	damaged := []byte(androidBackupMagic + "5\n7\nnone\n" + token(3) + "\n")
	fs, sum = collect(t, testScanner(Options{}), Bytes("backup.ab", damaged))
	require.Len(t, sum.Errors, 1)
	assert.Contains(t, sum.Errors[0].Error, "android backup")
	require.Len(t, fs, 1, "the damaged backup's own bytes are scanned")
	assert.Equal(t, "backup.ab", fs[0].Location.Path)
}

// FuzzAndroidBackupTar: any bytes give a reader or an error, never a
// panic, and reading the reader ends.
func FuzzAndroidBackupTar(f *testing.F) {
	f.Add(abOf(f, true, "none", map[string][]byte{"apps/a/f/x": []byte("x")}))
	f.Add(abOf(f, false, "none", map[string][]byte{"apps/a/f/x": []byte("x")}))
	f.Add([]byte(androidBackupMagic + "5\n1\nAES-256\n"))
	f.Add([]byte(androidBackupMagic + "5\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := androidBackupTar(bytes.NewReader(data))
		if err != nil {
			assert.Nil(t, r)
			return
		}
		_, _ = io.Copy(io.Discard, io.LimitReader(r, 1<<20))
	})
}
