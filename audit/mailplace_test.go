package audit

import (
	"bytes"
	"encoding/base64"
	"io"
	"mime/quotedprintable"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/internal/mailparts"
)

// checkQPDecode: qpDecode reads what mime/quotedprintable reads, and each
// decoded byte's offset points at the raw byte (or escape) it came from.
func checkQPDecode(t *testing.T, raw []byte) {
	want, err := io.ReadAll(quotedprintable.NewReader(bytes.NewReader(raw)))
	if err != nil {
		return // not quoted-printable as the reader takes it
	}
	got, _ := qpDecode(raw, len(raw)+1, -1)
	require.Equal(t, string(want), string(got), "decoded %q", raw)
	for d := range got {
		_, p := qpDecode(raw, len(raw)+1, d)
		require.Less(t, p, len(raw), "byte %d of %q", d, raw)
		if raw[p] == '=' && p+2 < len(raw) {
			if b, ok := hexByte(raw[p+1], raw[p+2]); ok && got[d] == b {
				continue // an escape
			}
		}
		require.Equal(t, got[d], raw[p], "byte %d of %q", d, raw)
	}
}

func TestQPDecode(t *testing.T) {
	for _, raw := range []string{
		"plain line\r\nnext\r\n",
		"Voici la phrase de r=C3=A9cup=C3=A9ration, comme p=\r\nromis :\r\n",
		"soft=\nbreak and trailing blanks   \nend",
		"lower =c3=a9 and = alone, =4 short, =ZZ not hex\n",
		"=\r\n=\n",
		"tab\tinside \t\r\n",
		"",
	} {
		checkQPDecode(t, []byte(raw))
	}
	// Encoded by the standard writer (76-column soft breaks).
	var b bytes.Buffer
	w := quotedprintable.NewWriter(&b)
	_, _ = w.Write([]byte(strings.Repeat("sigle freiner imprimer vipère oiseau rotor ", 5) + "\r\nfin\r\n"))
	require.NoError(t, w.Close())
	checkQPDecode(t, b.Bytes())
}

func FuzzQPDecode(f *testing.F) {
	f.Add([]byte("r=C3=A9cup=\r\n=C3=A9ration\r\n"))
	f.Add([]byte("a=\nb  \r\n=4=ZZ=\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		if len(raw) > 4096 {
			return
		}
		checkQPDecode(t, raw)
		for _, at := range []int{0, len(raw) / 2, len(raw)} {
			for _, lines := range []int{0, 1, 3} {
				s, e := qpPlace(raw, at, lines)
				require.True(t, 0 <= s && s <= len(raw) && 0 <= e && e <= len(raw), "%d %d of %d", s, e, len(raw))
			}
		}
		_ = base64Prefix(raw, 64)
		require.LessOrEqual(t, base64Extent(raw), len(raw))
		if k := bodyStart(raw, len(raw)/3); k >= 0 {
			require.True(t, k >= len(raw)/3 && k < len(raw) && raw[k-1] == '\n')
		}
	})
}

// TestQPPlace: a span of decoded text is mapped to the raw lines it was
// written over, a soft line break inside it included.
func TestQPPlace(t *testing.T) {
	raw := []byte("Salut,\r\n\r\nla phrase : sigle freiner vip=C3=A8re p=\r\nanda furtif\r\n\r\nBises\r\n")
	dec, _ := qpDecode(raw, len(raw)+1, -1)
	at := bytes.Index(dec, []byte("sigle"))
	s, e := qpPlace(raw, at, 0)
	assert.Equal(t, bytes.Index(raw, []byte("sigle")), s)
	assert.Equal(t, bytes.Index(raw, []byte("furtif\r\n"))+len("furtif\r"), e, "the end of the decoded line, past the soft break")
}

func TestBase64PrefixAndExtent(t *testing.T) {
	text := []byte(strings.Repeat("seed words and more ", 10))
	enc := base64.StdEncoding.EncodeToString(text)
	raw := []byte(enc[:76] + "\r\n" + enc[76:152] + "\r\n" + enc[152:] + "\r\n\r\n--boundary--\r\n")
	assert.Equal(t, text[:100], base64Prefix(raw, 100))
	assert.Equal(t, text, base64Prefix(raw, 1000))
	assert.Equal(t, bytes.Index(raw, []byte("\r\n\r\n")), base64Extent(raw))
	assert.Empty(t, base64Prefix([]byte("%%%"), 10))
}

// TestQPRelocateKeptBytes: a finding of a quoted-printable part is moved
// into the mail only when the bytes it maps to were kept (a mail past
// mailPlaceBytes keeps its first bytes only); otherwise it stays in the
// member, not at the end of what was kept.
func TestQPRelocateKeptBytes(t *testing.T) {
	body := "Salut,\r\n\r\nla phrase : sigle freiner vip=C3=A8re p=\r\nanda furtif\r\n"
	buf := []byte("Subject: x\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + body)
	dec, _ := qpDecode([]byte(body), 1<<20, -1)
	from := 0
	m := &memberPlace{container: "m.eml", origin: "file", raw: &rawCopy{max: len(buf), buf: buf}, from: &from, head: dec, form: mailparts.QuotedPrintable}
	require.True(t, m.resolve())
	at := bytes.Index(dec, []byte("sigle"))
	loc := Location{Path: "m.eml!body.txt", Line: 3, EndLine: 3, Column: 13, Offset: int64(at), Origin: "archive"}
	m.relocate(&loc)
	assert.Equal(t, Location{Path: "m.eml", Line: 6, EndLine: 7, Column: 13, Offset: int64(bytes.Index(buf, []byte("sigle"))), Origin: "file"}, loc)
	past := Location{Path: "m.eml!body.txt", Line: 40, EndLine: 40, Column: 1, Offset: int64(len(dec) + 1000), Origin: "archive"}
	want := past
	m.relocate(&past)
	assert.Equal(t, want, past, "past the kept bytes: left in the member")
}

func TestBase64CharAt(t *testing.T) {
	raw := []byte("QUJD\r\nREVG\n  R0hJ")
	for n, want := range map[int]int{0: 0, 3: 3, 4: 6, 7: 9, 8: 13, 11: 16, 12: -1} {
		assert.Equal(t, want, base64CharAt(raw, n), "character %d", n)
	}
	assert.Equal(t, -1, base64CharAt(nil, 0))
}

func TestSingleBytes(t *testing.T) {
	// "café à x€y" in UTF-8, written in pieces that cut characters.
	text := []byte("café à x€y")
	var s singleBytes
	s.write(text[:4])
	s.write(text[4:9])
	s.write(text[9:])
	for utf8Off, want := range map[int]int{0: 0, 3: 3, 5: 4, 6: 5, 8: 6, 9: 7, 10: 8, 13: 9} {
		got, ok := s.offset(utf8Off)
		assert.True(t, ok)
		assert.Equal(t, want, got, "UTF-8 offset %d", utf8Off)
	}
	pat := singlePattern([]byte("caf\u00e9 x\xe2\x82")) // a character cut at the end
	assert.Equal(t, []byte("caf\x80 x"), pat)
	assert.True(t, matchSingle([]byte("caf\xe9 x"), pat))
	assert.False(t, matchSingle([]byte("cafe x"), pat))
	assert.False(t, matchSingle([]byte("caf\xe9 "), pat))
}
