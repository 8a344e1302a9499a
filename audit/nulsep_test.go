package audit

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit/detect"
)

// A process's arguments as /proc/<pid>/cmdline keeps them, a NUL after
// each, the phrase's words each an argument of its own, are read as
// lines; binary data with NULs in a row is not.
func TestNulSeparated(t *testing.T) {
	p := freshPhrase(t)
	cmdline := "/usr/local/bin/seed-tool\x00restore\x00--words\x00" + strings.Join(p.RevealWords(), "\x00") + "\x00"
	fs, _ := collect(t, New(Options{}), Bytes("proc/31337/cmdline", []byte(cmdline)))
	require.Len(t, fs, 1)
	assert.Equal(t, detect.Fingerprint(KindMnemonic, "bip39:"+p.Reveal()), fs[0].Secret.Fingerprint())
	assert.Equal(t, "nul-separated", fs[0].Encoding)
	for _, data := range []string{"a\x00\x00b\x00c", "a\x00b\x01c\x00", "only one\x00"} {
		_, ok := nulSeparated([]byte(data))
		assert.False(t, ok, "%q", data)
	}
	text, ok := nulSeparated([]byte("a\x00b\x00\x00"))
	assert.True(t, ok)
	assert.Equal(t, "a\nb\n\n", string(text))
}
