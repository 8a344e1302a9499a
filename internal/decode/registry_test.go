package decode

import (
	"encoding/hex"
	"fmt"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// regHex writes b as regedit does: hex pairs apart by commas, a line
// continued by a backslash every 25 bytes.
func regHex(b []byte) string {
	var sb strings.Builder
	for i, c := range b {
		if i > 0 {
			sb.WriteByte(',')
			if i%25 == 0 {
				sb.WriteString("\\\r\n  ")
			}
		}
		fmt.Fprintf(&sb, "%02x", c)
	}
	return sb.String()
}

func utf16Bytes(s string) []byte {
	var out []byte
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

// TestRegistryViews: the hex values of a .reg export are decoded: a
// list of strings (one a line), a string with variables, a key of 32
// bytes stored as REG_BINARY (as hex), REGEDIT4's single-byte strings;
// numbers and text that is not a registry value give none.
func TestRegistryViews(t *testing.T) {
	words := []string{"costante", "sfacelo", "ampio", "sbarra", "città"}
	multi := utf16Bytes(strings.Join(words, "\x00") + "\x00\x00")
	key := make([]byte, 32)
	for i := range key {
		key[i] = byte(0x80 + 3*i)
	}
	reg := "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Software\\Tool]\r\n" +
		"\"Language\"=\"it-IT\"\r\n" +
		"\"LastRun\"=dword:66684f2a\r\n" +
		"\"RecoveryWords\"=hex(7):" + regHex(multi) + "\r\n" +
		"\"ImportKey\"=hex(2):" + regHex(utf16Bytes("5Jkgni\x00")) + "\r\n" +
		"\"SignerKey\"=hex:" + regHex(key) + "\r\n" +
		"\"Count\"=hex(b):01,00,00,00,00,00,00,00\r\n"
	got := viewsOf(reg, "registry-hex")
	require.Len(t, got, 3)
	assert.Equal(t, strings.Join(words, "\n"), string(got[0].Data))
	assert.Equal(t, "RecoveryWords = ", string(got[0].Context))
	assert.Equal(t, strings.Index(reg, "\"RecoveryWords\""), got[0].Start)
	assert.Equal(t, strings.Index(reg, "\r\n\"ImportKey\""), got[0].End)
	assert.Equal(t, "5Jkgni", string(got[1].Data))
	assert.Equal(t, hex.EncodeToString(key), string(got[2].Data))
	assert.Equal(t, "SignerKey = ", string(got[2].Context))

	old := "REGEDIT4\n\n[HKEY_CURRENT_USER\\Software\\Tool]\n\"Notes\"=hex(2):" + regHex([]byte("seed words here\x00")) + "\n"
	got = viewsOf(old, "registry-hex")
	require.Len(t, got, 1)
	assert.Equal(t, "seed words here", string(got[0].Data))

	assert.Empty(t, viewsOf("RecoveryWords=hex(7):"+regHex(multi)+"\nx := y=hex:41,42\n", "registry-hex"), "not a registry value")

	// Unity's PlayerPrefs: a string as REG_BINARY bytes, its name with
	// the hash Unity appends.
	unity := "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\SOFTWARE\\Studio\\Game]\r\n" +
		"\"wallet_pk_h3209817455\"=hex:" + regHex([]byte("0x"+hex.EncodeToString(key)+"\x00")) + "\r\n" +
		"\"level_h2099\"=hex:" + regHex([]byte("twelve\x00")) + "\r\n"
	got = viewsOf(unity, "registry-hex")
	require.Len(t, got, 2)
	assert.Equal(t, "wallet_pk = ", string(got[0].Context))
	assert.Equal(t, "level_h2099 = ", string(got[1].Context), "too short a hash: a name of the game's own")
}
