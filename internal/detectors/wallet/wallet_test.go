package wallet

import (
	"bytes"
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/keystore"
	"golang.org/x/crypto/pbkdf2"
)

func vault(t *testing.T, password string) []byte {
	salt, iv := bytes.Repeat([]byte{7}, 32), bytes.Repeat([]byte{9}, 16)
	key := pbkdf2.Key([]byte(password), salt, 10000, 32, sha256.New)
	block, err := aes.NewCipher(key)
	require.NoError(t, err)
	gcm, err := cipher.NewGCMWithNonceSize(block, 16)
	require.NoError(t, err)
	ct := gcm.Seal(nil, iv, []byte(`[{"type":"HD Key Tree"}]`), nil)
	b, err := json.Marshal(map[string]string{"data": base64.StdEncoding.EncodeToString(ct),
		"iv": base64.StdEncoding.EncodeToString(iv), "salt": base64.StdEncoding.EncodeToString(salt)})
	require.NoError(t, err)
	return b
}

func TestEmbeddedVaultInStateDump(t *testing.T) {
	v := vault(t, "password")
	inner, err := json.Marshal(string(v)) // the vault as a JSON string
	require.NoError(t, err)
	dump := `{"KeyringController":{"vault":` + string(inner) + `},"PreferencesController":{"theme":"dark"}}`
	cs := NewEmbedded(keystore.Options{}).Detect(context.Background(), &detect.Chunk{Data: []byte(dump)})
	require.Len(t, cs, 1)
	c := cs[0]
	assert.Equal(t, "metamask-vault", c.Rule)
	assert.Equal(t, detect.KindKeystore, c.Kind)
	require.NotNil(t, c.Protection)
	assert.True(t, c.Protection.WeakPassword)
	assert.Greater(t, c.Protection.GuessesPerSecond, 1e5)
	assert.True(t, strings.Contains(dump[c.Start:c.End], "salt"))
}

func TestFileDetectorSkipsEmbeddedDuplicate(t *testing.T) {
	v := vault(t, "a long and unusual passphrase 42")
	e := NewEmbedded(keystore.Options{NoTrials: true})
	assert.Empty(t, e.Detect(context.Background(), &detect.Chunk{Data: v}), "whole-file vaults belong to the file detector")
	f := NewFiles(keystore.Options{NoTrials: true})
	require.True(t, f.Wants("vault.json", v, int64(len(v))))
	cs, err := f.DetectFile(context.Background(), &detect.File{Name: "vault.json", Size: int64(len(v)), Head: v, ReaderAt: bytes.NewReader(v)})
	require.NoError(t, err)
	require.Len(t, cs, 1)
	assert.False(t, cs[0].Protection.WeakPassword)
	assert.NotContains(t, cs[0].Secret.Redacted(), string(v[10:30]))
}

func TestWantsIsCheap(t *testing.T) {
	f := NewFiles(keystore.Options{})
	assert.False(t, f.Wants("main.go", []byte("package main\n"), 13))
	assert.False(t, f.Wants("package.json", []byte(`{"name":"x","version":"1.0.0"}`), 30))
	assert.True(t, f.Wants("hsm_secret", make([]byte, 32), 32))
}

func TestPasswordBesideKeystore(t *testing.T) {
	dir := t.TempDir()
	v := vault(t, "a long and unusual passphrase 42")
	p := filepath.Join(dir, "vault.json")
	require.NoError(t, os.WriteFile(p, v, 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "password.txt"), []byte("x"), 0o600))
	cs, err := NewFiles(keystore.Options{NoTrials: true}).DetectFile(context.Background(), &detect.File{Path: p, Name: "vault.json", Size: int64(len(v)), Head: v, ReaderAt: bytes.NewReader(v)})
	require.NoError(t, err)
	require.Len(t, cs, 1)
	assert.Equal(t, "password.txt", cs[0].Details["password_beside"])
}
