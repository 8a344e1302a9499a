package mailparts

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/textproto"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
)

// secret stands for a seed phrase: long enough that quoted-printable
// soft-breaks it and base64 splits it over lines, with accents so that
// character sets matter. It is no wallet's phrase.
const secret = "abandon ability able about above absent absorb abstract absurd abuse access accident éclair"

func walkAll(t *testing.T, data []byte, lim Limits) (map[string]string, error) {
	t.Helper()
	got := map[string]string{}
	err := Walk(bytes.NewReader(data), Sniff(data), lim, func(name string, r io.Reader, _ Form) error {
		b, err := io.ReadAll(r)
		if err != nil {
			return err
		}
		got[name] = string(b)
		return nil
	})
	return got, err
}

func qp(s string) string {
	var b bytes.Buffer
	w := quotedprintable.NewWriter(&b)
	_, _ = w.Write([]byte(s))
	_ = w.Close()
	return b.String()
}

// b64 wraps base64 at 76 columns, as mail does.
func b64(b []byte) string {
	enc := base64.StdEncoding.EncodeToString(b)
	var out strings.Builder
	for len(enc) > 76 {
		out.WriteString(enc[:76] + "\r\n")
		enc = enc[76:]
	}
	out.WriteString(enc + "\r\n")
	return out.String()
}

func multipartMessage(t *testing.T, parts func(w *multipart.Writer)) []byte {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	parts(mw)
	require.NoError(t, mw.Close())
	return []byte("From: a@example.org\r\nTo: b@example.org\r\nSubject: notes\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=" + mw.Boundary() + "\r\n\r\n" + body.String())
}

func part(t *testing.T, mw *multipart.Writer, h map[string]string, body string) {
	t.Helper()
	hdr := textproto.MIMEHeader{}
	for k, v := range h {
		hdr.Set(k, v)
	}
	w, err := mw.CreatePart(hdr)
	require.NoError(t, err)
	_, err = io.WriteString(w, body)
	require.NoError(t, err)
}

func TestWalk(t *testing.T) {
	latin1, err := charmap.ISO8859_1.NewEncoder().String(secret)
	require.NoError(t, err)
	subject := mime.QEncoding.Encode("utf-8", "seed "+secret)

	tests := []struct {
		name string
		data []byte
		want map[string]bool // part name → holds the secret
	}{
		{"quoted-printable body", []byte("From: a@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n" +
			"Content-Transfer-Encoding: quoted-printable\r\n\r\n" + qp("my seed: "+secret+"\r\nbye\r\n")),
			map[string]bool{"body.txt": true, "headers.txt": false}},
		{"base64 body at 76 columns", []byte("From: a@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n" +
			"Content-Transfer-Encoding: base64\r\n\r\n" + b64([]byte(strings.Repeat("filler text ", 20)+secret))),
			map[string]bool{"body.txt": true}},
		{"Apple Mail's .emlx, its length first and a property list after", []byte("412\nFrom: a@example.org\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n" +
			"Content-Transfer-Encoding: quoted-printable\n\n" + qp("Brouillon : "+secret+"\n") + "<?xml version=\"1.0\"?>\n<plist version=\"1.0\"><dict/></plist>\n"),
			map[string]bool{"body.txt": true, "headers.txt": false}},
		{"Apple Mail's .emlx with a base64 body", emlx("From: a@example.org\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n" +
			"Content-Transfer-Encoding: base64\n\n" + b64([]byte("復元フレーズ："+secret+"\n"))),
			map[string]bool{"body.txt": true, "headers.txt": false}},
		{"latin-1 body", []byte("From: a@example.org\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-1\r\n" +
			"Content-Transfer-Encoding: base64\r\n\r\n" + b64([]byte(latin1))),
			map[string]bool{"body.txt": true}},
		{"encoded-word subject", []byte("From: a@example.org\r\nSubject: " + subject + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhello\r\n"),
			map[string]bool{"headers.txt": true, "body.txt": false}},
		{"nested multipart and attachment", multipartMessage(t, func(mw *multipart.Writer) {
			part(t, mw, map[string]string{"Content-Type": "text/plain; charset=utf-8"}, "see attachment\r\n")
			var inner bytes.Buffer
			iw := multipart.NewWriter(&inner)
			part(t, iw, map[string]string{"Content-Type": "text/plain", "Content-Transfer-Encoding": "quoted-printable"}, qp(secret))
			part(t, iw, map[string]string{"Content-Type": "text/html", "Content-Transfer-Encoding": "base64"}, b64([]byte("<p>"+secret+"</p>")))
			require.NoError(t, iw.Close())
			part(t, mw, map[string]string{"Content-Type": "multipart/alternative; boundary=" + iw.Boundary()}, inner.String())
			part(t, mw, map[string]string{"Content-Type": "application/zip", "Content-Transfer-Encoding": "base64",
				"Content-Disposition": `attachment; filename="../../backup.zip"`}, b64([]byte("PK\x03\x04"+secret)))
		}), map[string]bool{"part1.txt": false, "part2/part1.txt": true, "part2/part2.html": true, "part3-backup.zip": true}},
		{"attached message", multipartMessage(t, func(mw *multipart.Writer) {
			part(t, mw, map[string]string{"Content-Type": "message/rfc822"},
				"From: c@example.org\r\nSubject: fwd\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"+qp(secret))
		}), map[string]bool{"part1/body.txt": true, "part1/headers.txt": false}},
		{"mbox of three", []byte("From a@example.org Mon Jan  1 00:00:00 2024\n" +
			"From: a@example.org\nSubject: one\n\nfirst\n\n" +
			"From b@example.org Mon Jan  1 00:00:00 2024\n" +
			"From: b@example.org\nSubject: two\nMIME-Version: 1.0\nContent-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(secret) + "\n\n" +
			"From c@example.org Mon Jan  1 00:00:00 2024\n" +
			"From: c@example.org\nSubject: three\n\nthird\n"),
			map[string]bool{"message1/body.txt": false, "message2/body.txt": true, "message3/body.txt": false}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := walkAll(t, tc.data, Limits{})
			require.NoError(t, err)
			for name, holds := range tc.want {
				content, ok := got[name]
				require.True(t, ok, "part %q missing (have %d parts)", name, len(got))
				assert.Equal(t, holds, strings.Contains(content, secret), "part %q holds the secret", name)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		head string
		want Kind
	}{
		{"From: a@example.org\r\nMIME-Version: 1.0\r\n\r\n", Message},
		{"Received: from x\r\nContent-Type: text/plain\r\n\r\n", Message},
		{"From: a@example.org\r\nSubject: plain\r\n\r\nno mime here", NotMail},
		{"From a@example.org Mon Jan  1 00:00:00 2024\nFrom: a\n\n", Mbox},
		{"From the desk of the CEO\nhello", NotMail},
		{"package main\n\nimport \"fmt\"\n", NotMail},
		{"key: value\nmime-version: 1.0\n", Message},
		{"", NotMail},
		// A browser's cache entry: a JSON body, then its response's head.
		{"{\"notes\": [{\"id\": \"0a1\"}]}\x00\x00\x01response-head\x00HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n", NotMail},
		{"Subject: a folded\r\n subject\r\nMIME-Version: 1.0\r\nContent-Ty", Message},
		// Apple Mail's .emlx: the message's length first.
		{"1834\nFrom: a@example.org\nMIME-Version: 1.0\nContent-Type: text/plain\n\nbody", Message},
		{"1834\n2024\n", NotMail},
		{"1356        \nFrom: a@example.org\nMIME-Version: 1.0\n\nbody", Message},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, Sniff([]byte(tc.head)), "%q", tc.head)
	}
	// What may be mail, to be read further when the head is short.
	for head, want := range map[string]bool{"Received: from x\r\n": true, "From a@example.org Mon": true, "1834\nX-Apple: 1\n": true, "{\"a\": 1}": false, "package main\n": false} {
		assert.Equal(t, want, MayBe([]byte(head)), "%q", head)
	}
}

func TestLimits(t *testing.T) {
	var b strings.Builder
	for i := range 50 {
		fmt.Fprintf(&b, "From x Mon Jan  1 00:00:00 2024\nFrom: x\nSubject: %d\n\nbody\n\n", i)
	}
	_, err := walkAll(t, []byte(b.String()), Limits{Messages: 10})
	assert.ErrorIs(t, err, ErrLimit)
	_, err = walkAll(t, []byte(b.String()), Limits{Parts: 7})
	assert.ErrorIs(t, err, ErrLimit)

	// Multiparts nested deeper than the limit.
	inner := "Content-Type: text/plain\r\n\r\ndeep\r\n"
	for i := range 30 {
		bd := fmt.Sprintf("b%d", i)
		inner = "Content-Type: multipart/mixed; boundary=" + bd + "\r\n\r\n--" + bd + "\r\n" + inner + "\r\n--" + bd + "--\r\n"
	}
	_, err = walkAll(t, []byte("From: a\r\nMIME-Version: 1.0\r\n"+inner), Limits{})
	assert.ErrorIs(t, err, ErrLimit)
}

func FuzzWalk(f *testing.F) {
	f.Add([]byte("From: a@example.org\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Transfer-Encoding: base64\r\n\r\naGVsbG8=\r\n--x--\r\n"))
	f.Add([]byte("From a Mon Jan  1 00:00:00 2024\nFrom: a\nContent-Type: message/rfc822\n\nFrom: b\nContent-Type: text/plain; charset=koi8-r\nContent-Transfer-Encoding: quoted-printable\n\n=E1=E2\n"))
	f.Add([]byte("Content-Type: multipart/alternative; boundary=\"\"\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		_ = Walk(bytes.NewReader(data), Sniff(data), Limits{Parts: 100, Depth: 8, Messages: 20}, func(name string, r io.Reader, _ Form) error {
			n++
			if n > 100 {
				t.Fatalf("%d parts past a limit of 100", n)
			}
			if strings.Contains(name, "..") && strings.Contains(name, "/../") {
				t.Fatalf("part name %q climbs", name)
			}
			_, err := io.Copy(io.Discard, io.LimitReader(r, 1<<20))
			return err
		})
	})
}

// TestWalkForms: a part is verbatim exactly when its content is the
// input's own bytes (no transfer encoding, UTF-8 or ASCII, and so for the
// entities around it), quoted-printable or base64 when the input holds
// the content so encoded (UTF-8 or ASCII, and the entities around it
// verbatim); a single-byte character set adds SingleByte to its form; the
// header text, another character set and a part inside an encoded one
// are apart.
func TestWalkForms(t *testing.T) {
	data := []byte("From: a@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=BB\r\n\r\n" +
		"--BB\r\nContent-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: 7bit\r\n\r\nplain one\r\n" +
		"--BB\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nplain two é\r\n" +
		"--BB\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\nlatin \xe9\r\n" +
		"--BB\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nqp =C3=A9\r\n" +
		"--BB\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\ncGxhaW4=\r\n" +
		"--BB\r\nContent-Type: multipart/alternative; boundary=CC\r\n\r\n" +
		"--CC\r\nContent-Type: text/plain\r\n\r\ninner\r\n--CC--\r\n" +
		"--BB\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nlatin =E9\r\n" +
		"--BB\r\nContent-Type: multipart/alternative; boundary=DD\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		"LS1ERA0KQ29udGVudC1UeXBlOiB0ZXh0L3BsYWluDQoNCmluc2lkZQ0KLS1ERC0tDQo=\r\n" +
		"--BB--\r\n")
	got := map[string]Form{}
	err := Walk(bytes.NewReader(data), Sniff(data), Limits{}, func(name string, r io.Reader, form Form) error {
		b, err := io.ReadAll(r)
		if err != nil {
			return err
		}
		got[name] = form
		if form == Verbatim {
			assert.True(t, bytes.Contains(data, b), "%s: verbatim content is in the input", name)
		}
		return nil
	})
	require.NoError(t, err)
	assert.Equal(t, map[string]Form{
		"headers.txt": Apart, "part1.txt": Verbatim, "part2.txt": Verbatim, "part3.txt": Verbatim | SingleByte,
		"part4.txt": QuotedPrintable, "part5.txt": Base64, "part6/part1.txt": Verbatim,
		"part7.txt": QuotedPrintable | SingleByte, "part8/part1.txt": Apart,
	}, got)
}

func TestCharsetReaderSingleByte(t *testing.T) {
	for cs, want := range map[string]bool{"iso-8859-1": true, "windows-1252": true, "koi8-r": true, "iso-8859-15": true, "shift_jis": false, "gb2312": false, "utf-8": false} {
		_, single, err := charsetReader(cs, strings.NewReader(""))
		require.NoError(t, err, cs)
		assert.Equal(t, want, single, cs)
	}
}

// emlx writes msg as Apple Mail's .emlx file holds it: the message's
// length in bytes on a line of its own, padded as Mail pads it, the
// message, then a property list of its flags.
func emlx(msg string) []byte {
	return fmt.Appendf(nil, "%-10d\n%s<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"+
		"<plist version=\"1.0\">\n<dict>\n\t<key>flags</key>\n\t<integer>8590195713</integer>\n</dict>\n</plist>\n", len(msg), msg)
}
