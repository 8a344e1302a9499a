package audit

import (
	"bytes"
	"io"
	mrand "math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/walletaudit/walletaudit/mnemonic"
)

// metafy writes s as zsh writes its history: each NUL and each byte
// from Meta to 0xa2 as Meta and the byte XOR 0x20.
func metafy(s string) []byte {
	var b []byte
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == 0 || c >= zshMeta && c <= 0xa2 {
			b = append(b, zshMeta, c^0x20)
		} else {
			b = append(b, c)
		}
	}
	return b
}

// TestZshHistoryMetafied: a phrase whose words zsh wrote metafied in its
// history is found in a file of a history's name, and only read so
// there.
func TestZshHistoryMetafied(t *testing.T) {
	rng := mrand.New(mrand.NewPCG(5, 6))
	// A Spanish phrase as typed (NFC): "á" is C3 A1, and A1 is metafied.
	typed := norm.NFC.String(phraseWhere(t, rng, mnemonic.Spanish, 10_000, func(p string) bool {
		s := norm.NFC.String(p)
		return !bytes.Equal(metafy(s), []byte(s))
	}))
	hist := append([]byte(": 1709980000:0;cd ~/wallets\n: 1709980042:0;echo '"), metafy(typed)...)
	hist = append(hist, "' > /dev/null\n: 1709980050:0;ls\n"...)
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"home/dana/.zsh_history", true},
		{".zhistory", true},
		{"home/dana/notes.txt", false},
	} {
		fs, _ := collect(t, New(Options{Workers: 1}), Bytes(tc.name, hist))
		n := 0
		for _, f := range fs {
			if f.Kind == KindMnemonic && norm.NFC.String(f.Secret.Reveal()) == typed {
				n++
				assert.Equal(t, "zsh-metafied", f.Encoding, tc.name)
				assert.Equal(t, 2, f.Location.Line, tc.name)
			}
		}
		assert.Equal(t, tc.want, n == 1, tc.name)
	}
}

// TestUnmetafy: the transformer reads metafied bytes back whatever the
// size of the reads, a Meta byte cut from its pair by a buffer's end
// included.
func TestUnmetafy(t *testing.T) {
	text := strings.Repeat("příliš žluťoučký kůň úpěl ďábelské ódy\x00", 50)
	got, _, err := transform.Bytes(unmetafy{}, metafy(text))
	require.NoError(t, err)
	assert.Equal(t, text, string(got))
	r := transform.NewReader(&oneByteReader{metafy(text)}, unmetafy{})
	var out bytes.Buffer
	_, err = out.ReadFrom(r)
	require.NoError(t, err)
	assert.Equal(t, text, out.String())
	last, _, err := transform.Bytes(unmetafy{}, []byte("ab\x83"))
	require.NoError(t, err)
	assert.Equal(t, "ab\x83", string(last), "a Meta byte last stays")
}

// oneByteReader reads one byte at a time.
type oneByteReader struct{ b []byte }

func (r *oneByteReader) Read(p []byte) (int, error) {
	if len(r.b) == 0 {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0], r.b = r.b[0], r.b[1:]
	return 1, nil
}

// FuzzUnmetafy: metafied text reads back as it was, and any bytes read
// without a panic.
func FuzzUnmetafy(f *testing.F) {
	f.Add([]byte("echo 'ábaco'\x00\x83"))
	f.Add([]byte("\x83\x83\x83"))
	f.Fuzz(func(t *testing.T, data []byte) {
		got, _, err := transform.Bytes(unmetafy{}, metafy(string(data)))
		require.NoError(t, err)
		require.True(t, bytes.Equal(data, got), "metafied bytes read back otherwise")
		_, _, err = transform.Bytes(unmetafy{}, data)
		require.NoError(t, err)
	})
}
