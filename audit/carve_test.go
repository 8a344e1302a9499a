package audit

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gzipNamed is data gzipped with a name in its header (FNAME), as a tool
// may write it.
func gzipNamed(t testing.TB, name string, data []byte) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Name = name
	_, err := zw.Write(data)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return b.Bytes()
}

func TestGzipStreams(t *testing.T) {
	text := strings.Repeat("a line of text in the body\n", 4)
	entry := append([]byte("\x30\x5c\x72\xa7\x1b\x6d\xfb\xfc\x05\x00\x00\x00https://api.example/v1/new\x00"), gzipNamed(t, "body.json", []byte(text))...)
	entry = append(entry, "\xd8\x41\x0d\x97\x45\x6f\xfa\xf4\x01\x00\x00\x00"...)
	var got []string
	gzipStreams(entry, func(s, e int, b []byte) bool {
		assert.Equal(t, []byte{0x1f, 0x8b, 0x08}, entry[s:s+3])
		assert.Equal(t, "\xd8\x41", string(entry[e:e+2]), "the stream's end")
		got = append(got, string(b))
		return true
	})
	assert.Equal(t, []string{text}, got)
	// A header with an extra field (FEXTRA) of 511 bytes: its length's two
	// bytes are added, not or-ed onto the header's size.
	var xb bytes.Buffer
	zw := gzip.NewWriter(&xb)
	zw.Extra = bytes.Repeat([]byte{'x'}, 511)
	_, err := zw.Write([]byte(text))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	got = nil
	gzipStreams(append([]byte("\x00\x01"), xb.Bytes()...), func(_, _ int, b []byte) bool {
		got = append(got, string(b))
		return true
	})
	assert.Equal(t, []string{text}, got, "past an extra field")
	// A stream of binary, a header with no stream after it, a stream at
	// the start (the archive reader's): nothing.
	for name, data := range map[string][]byte{
		"binary":    append([]byte("xx"), gzipOf(t, bytes.Repeat([]byte{0, 1, 2, 3}, 64))...),
		"no stream": []byte("xx\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03garbage that is not deflate"),
		"at start":  gzipOf(t, []byte(text)),
	} {
		gzipStreams(data, func(int, int, []byte) bool {
			t.Errorf("%s: a stream read", name)
			return true
		})
	}
}

// TestGzipInCacheEntry: a browser's cache entry keeps a response's body
// gzipped after its header and URL; a key in the body is found there.
func TestGzipInCacheEntry(t *testing.T) {
	wif := freshWIF(t)
	body := `{"coin":"btc","address":"1BoatSLRHtKNngkdXEeobR76b53LETtpyT","wif":"` + wif + `"}`
	entry := append([]byte("\x30\x5c\x72\xa7\x1b\x6d\xfb\xfc\x05\x00\x00\x00i\x00\x00\x00E\x0cQ\xcf\x00\x00\x00\x001/0/_dk_https://walletgen.example https://api.walletgen.example/v1/new?coin=btc"), gzipOf(t, []byte(body))...)
	entry = append(entry, "\xd8\x41\x0d\x97\x45\x6f\xfa\xf4\x01\x00\x00\x00\x1e\x00\x00\x00"...)
	fs, sum := collect(t, New(Options{Workers: 1}), Bytes("Cache/Cache_Data/0c9d51a2e7f3b816_0", entry))
	n := 0
	for _, f := range fs {
		if f.Secret.Reveal() == wif {
			n++
		}
	}
	assert.Equal(t, 1, n)
	assert.Empty(t, sum.Errors)
}

func FuzzGzipStreams(f *testing.F) {
	f.Add([]byte("xx\x1f\x8b\x08\x08\x00\x00\x00\x00\x00\x03name\x00garbage"))
	f.Add(append([]byte("\x00"), gzipNamed(f, "a", []byte(strings.Repeat("text ", 20)))...))
	f.Fuzz(func(t *testing.T, data []byte) {
		gzipStreams(data, func(s, e int, text []byte) bool {
			if s < 0 || e > len(data) || s >= e || len(text) > maxCarvedBytes {
				t.Fatalf("span [%d, %d) of %d, %d bytes", s, e, len(data), len(text))
			}
			return true
		})
	})
}
