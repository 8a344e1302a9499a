package decode

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// zipOf returns a zip archive of the named members.
func zipOf(t *testing.T, members map[string][]byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, data := range members {
		w, err := zw.Create(name)
		require.NoError(t, err)
		_, err = w.Write(data)
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return b.Bytes()
}

// TestArchiveInBase64Views: a zip or a tarball in base64 inside a JSON
// value (a help desk's attachment; corpus 231) is read member by member,
// the text ones: a document inside the zip (a .docx) one level down too;
// binary members are left out.
func TestArchiveInBase64Views(t *testing.T) {
	docx := zipOf(t, map[string][]byte{"word/document.xml": []byte(`<?xml version="1.0"?><w:document><w:body><w:p><w:r><w:t>inside the document</w:t></w:r></w:p></w:body></w:document>`)})
	z := zipOf(t, map[string][]byte{"notes/readme.txt": []byte("the note in the zip\n"), "seed.docx": docx, "logo.png": {0x89, 'P', 'N', 'G', 0, 0, 0, 1, 2, 3}})
	var tgz bytes.Buffer
	gz := gzip.NewWriter(&tgz)
	tw := tar.NewWriter(gz)
	body := []byte("the note in the tarball\n")
	require.NoError(t, tw.WriteHeader(&tar.Header{Name: "keys.txt", Mode: 0o600, Size: int64(len(body)), Typeflag: tar.TypeReg}))
	_, err := tw.Write(body)
	require.NoError(t, err)
	require.NoError(t, tw.Close())
	require.NoError(t, gz.Close())

	for _, tc := range []struct {
		blob []byte
		enc  string
		want []string
	}{
		{z, "base64+zip", []string{"the note in the zip", "inside the document"}},
		{tgz.Bytes(), "base64+tar", []string{"the note in the tarball"}},
	} {
		doc := `{"ticket": 4411, "attachments": [{"name": "a", "content": "` + base64.StdEncoding.EncodeToString(tc.blob) + `"}]}`
		var got []string
		for _, v := range collect(doc, 3) {
			if strings.HasPrefix(v.Encoding, tc.enc) {
				got = append(got, string(v.Data))
			}
		}
		for _, w := range tc.want {
			assert.True(t, strings.Contains(strings.Join(got, "\n"), w), "%s: %q", tc.enc, w)
		}
		assert.NotContains(t, strings.Join(got, "\n"), "PNG")
	}
}
