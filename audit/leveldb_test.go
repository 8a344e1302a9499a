package audit

import (
	"bytes"
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/syndtr/goleveldb/leveldb/opt"
	"github.com/syndtr/goleveldb/leveldb/table"
	"golang.org/x/crypto/pbkdf2"
)

// levelDBTable writes a real LevelDB table (goleveldb's writer, Snappy
// blocks of about blockSize bytes) holding the records in key order.
func levelDBTable(t testing.TB, blockSize int, records ...[2]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := table.NewWriter(&buf, &opt.Options{BlockSize: blockSize, Compression: opt.SnappyCompression}, nil, 0)
	for i, r := range records {
		key := append([]byte(r[0]), 0, 0, 0, 0, 0, 0, 0, 0)
		binary.LittleEndian.PutUint64(key[len(r[0]):], uint64(i+1)<<8|1) // sequence, type value
		require.NoError(t, w.Append(key, []byte(r[1])))
	}
	require.NoError(t, w.Close())
	return buf.Bytes()
}

func TestLevelDBTableRecordsAreScanned(t *testing.T) {
	secret := token(5)
	half := len(secret) / 2
	var records [][2]string
	// The halves first, then the whole: Snappy writes the whole as two
	// back-references, so the file never holds the secret's bytes.
	records = append(records, [2]string{"a-first", strings.Repeat("padding ", 8) + secret[:half] + "|" + secret[half:]})
	for i := range 40 {
		records = append(records, [2]string{fmt.Sprintf("b-%03d", i), strings.Repeat(fmt.Sprintf("filler %d ", i), 10)})
	}
	records = append(records, [2]string{"data", `{"KeyringController":{"note":"` + secret + `"}}`})
	raw := levelDBTable(t, 512, records...)
	require.False(t, bytes.Contains(raw, []byte(secret)), "fixture must hide the secret from a raw byte search")

	got, err := decodeLevelDB(raw, 1<<20)
	require.NoError(t, err)
	assert.Equal(t, len(records), bytes.Count(got, []byte{'\n'}))
	assert.Contains(t, string(got), "data {\"KeyringController\"")

	root := t.TempDir()
	dir := filepath.Join(root, "Default", "Local Extension Settings", "nkbihfbeogaeaoehlefnkodbefgpgknn")
	require.NoError(t, os.MkdirAll(dir, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "000005.ldb"), raw, 0o600))
	fs, sum := collect(t, testScanner(Options{}), Dir(root))
	require.Len(t, fs, 1)
	assert.True(t, strings.HasSuffix(fs[0].Location.Path, "000005.ldb!records"))
	assert.Equal(t, "browser-extension", fs[0].Storage.Context)
	assert.Empty(t, sum.Errors)

	// Archive scanning off: the table is read as raw bytes only.
	fs, _ = collect(t, testScanner(Options{Archive: ArchiveLimits{Depth: -1}}), Dir(root))
	assert.Empty(t, fs)
}

func TestLevelDBDamagedAndForeign(t *testing.T) {
	raw := levelDBTable(t, 128, [2]string{"k1", "v1 " + token(1)}, [2]string{"k2", strings.Repeat("x", 300) + token(2)})
	tests := []struct {
		name    string
		data    []byte
		wantErr bool
	}{
		{"not a table", []byte("just text " + token(3)), false},
		{"truncated", raw[:len(raw)-3], false},
		{"bad footer handle", append(bytes.Repeat([]byte{0xff}, 40), raw[len(raw)-8:]...), true},
		{"flipped block byte", func() []byte {
			d := append([]byte(nil), raw...)
			d[2] ^= 0x40
			return d
		}(), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := decodeLevelDB(tc.data, 1<<20)
			if tc.wantErr {
				assert.Error(t, err)
			}
			root := t.TempDir()
			require.NoError(t, os.WriteFile(filepath.Join(root, "000009.ldb"), tc.data, 0o600))
			assert.NotPanics(t, func() { collect(t, testScanner(Options{}), Dir(root)) })
		})
	}
	// The decoded size is bounded.
	_, err := decodeLevelDB(raw, 100)
	assert.ErrorIs(t, err, errArchiveBudget)
}

func FuzzDecodeLevelDB(f *testing.F) {
	f.Add(levelDBTable(f, 64, [2]string{"a", "1"}, [2]string{"b", strings.Repeat("22", 50)}))
	f.Add([]byte("\x57\xfb\x80\x8b\x24\x75\x47\xdb"))
	f.Fuzz(func(t *testing.T, data []byte) {
		out, _ := decodeLevelDB(data, 1<<20)
		if len(out) > 1<<20 {
			t.Fatalf("decoded %d bytes past the limit", len(out))
		}
	})
}

// TestMetaMaskVaultInCompressedTable: a MetaMask vault (generated here,
// weak password) stored the way Chrome stores extension state after a
// compaction, in a Snappy-compressed table, is found and assessed.
func TestMetaMaskVaultInCompressedTable(t *testing.T) {
	salt, iv := bytes.Repeat([]byte{7}, 32), bytes.Repeat([]byte{9}, 16)
	block, err := aes.NewCipher(pbkdf2.Key([]byte("password"), salt, 10000, 32, sha256.New))
	require.NoError(t, err)
	gcm, err := cipher.NewGCMWithNonceSize(block, 16)
	require.NoError(t, err)
	ct := gcm.Seal(nil, iv, []byte(`[{"type":"HD Key Tree","data":{"mnemonic":"generated","numberOfAccounts":1}}]`), nil)
	vault, err := json.Marshal(map[string]string{"data": base64.StdEncoding.EncodeToString(ct),
		"iv": base64.StdEncoding.EncodeToString(iv), "salt": base64.StdEncoding.EncodeToString(salt)})
	require.NoError(t, err)
	state, err := json.Marshal(map[string]any{"KeyringController": map[string]string{"vault": string(vault)}})
	require.NoError(t, err)
	raw := levelDBTable(t, 4096, [2]string{"data", string(state)}, [2]string{"migrations", strings.Repeat(`{"version":1},`, 200)})

	root := t.TempDir()
	dir := filepath.Join(root, "Default", "Local Extension Settings", "nkbihfbeogaeaoehlefnkodbefgpgknn")
	require.NoError(t, os.MkdirAll(dir, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "000007.ldb"), raw, 0o600))
	var fs []Finding
	_, err = New(Options{}).Run(context.Background(), func(f Finding) error { fs = append(fs, f); return nil }, Dir(root))
	require.NoError(t, err)
	require.NotEmpty(t, fs)
	var vaults int
	for _, f := range fs {
		if f.Kind == KindKeystore || f.Kind == KindWalletFile {
			vaults++
			assert.Equal(t, "browser-extension", f.Storage.Context)
			assert.Equal(t, SeverityCritical, f.Severity, "opened by a common password")
		}
	}
	assert.Equal(t, 1, vaults)
}
