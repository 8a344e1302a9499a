package audit

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"image/png"
	mrand "math/rand/v2"
	"mime/multipart"
	"mime/quotedprintable"
	"net/textproto"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/skip2/go-qrcode"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/mailparts"
	"github.com/walletaudit/walletaudit/mnemonic"
)

func qpEncode(s string) string {
	var b bytes.Buffer
	w := quotedprintable.NewWriter(&b)
	_, _ = w.Write([]byte(s))
	_ = w.Close()
	return b.String()
}

func b64Lines(b []byte) string {
	enc := base64.StdEncoding.EncodeToString(b)
	var out strings.Builder
	for len(enc) > 76 {
		out.WriteString(enc[:76] + "\r\n")
		enc = enc[76:]
	}
	return out.String() + enc + "\r\n"
}

// mailWithParts is a MIME message: a quoted-printable text part, a base64
// text part and a base64 zip attachment.
func mailWithParts(t *testing.T, qpText, b64Text string, attachment []byte) []byte {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	add := func(h map[string]string, content string) {
		hdr := textproto.MIMEHeader{}
		for k, v := range h {
			hdr.Set(k, v)
		}
		w, err := mw.CreatePart(hdr)
		require.NoError(t, err)
		_, err = w.Write([]byte(content))
		require.NoError(t, err)
	}
	add(map[string]string{"Content-Type": "text/plain; charset=utf-8", "Content-Transfer-Encoding": "quoted-printable"}, qpEncode(qpText))
	add(map[string]string{"Content-Type": "text/plain; charset=utf-8", "Content-Transfer-Encoding": "base64"}, b64Lines([]byte(b64Text)))
	add(map[string]string{"Content-Type": "application/zip", "Content-Transfer-Encoding": "base64",
		"Content-Disposition": `attachment; filename="backup.zip"`}, b64Lines(attachment))
	require.NoError(t, mw.Close())
	return []byte("From: a@example.org\r\nTo: b@example.org\r\nSubject: backup\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=" + mw.Boundary() + "\r\n\r\n" + body.String())
}

func TestMailPartsAreScanned(t *testing.T) {
	filler := strings.Repeat("x", 70) // puts the token across a soft line break
	msg := mailWithParts(t, filler+" "+token(1)+"\n", strings.Repeat("y ", 40)+token(2)+"\n",
		zipOf(t, map[string][]byte{"notes.txt": []byte("a\n" + token(3) + "\n")}))
	mbox := append([]byte("From a@example.org Mon Jan  1 00:00:00 2024\n"), msg...)
	mbox = append(mbox, []byte("\nFrom b@example.org Mon Jan  1 00:00:00 2024\nFrom: b@example.org\nSubject: x\n\nplain "+token(4)+"\n")...)

	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "mail.eml"), msg, 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "Inbox"), mbox, 0o600))
	fs, sum := collect(t, testScanner(Options{}), Dir(dir))
	got := map[string]bool{}
	for _, f := range fs {
		got[strings.TrimPrefix(f.Location.Path, dir+string(filepath.Separator))+":"+fmt.Sprint(f.Location.Line)] = true
	}
	// The text parts are placed in the mail: the quoted-printable one at
	// the line where the token starts (before a soft line break), the
	// base64 one at the line of its blob that encodes the token's first
	// byte (the 80th: character 104, on the blob's second line of 76
	// characters); the second message's
	// body, plain text sent as written, at its line in the mbox. The zip
	// attachment's content stays a member.
	lineOf := func(data []byte, s string) string {
		k := bytes.Index(data, []byte(s))
		require.GreaterOrEqual(t, k, 0, "no %q", s)
		return fmt.Sprint(1 + bytes.Count(data[:k], []byte("\n")))
	}
	qpStart := filler + " " + token(1)[:4]
	b64Token := base64.StdEncoding.EncodeToString([]byte(strings.Repeat("y ", 40) + token(2)))[104:120]
	for _, want := range []string{
		"mail.eml:" + lineOf(msg, qpStart), "mail.eml:" + lineOf(msg, b64Token), "mail.eml!part3-backup.zip!notes.txt:2",
		"Inbox:" + lineOf(mbox, qpStart), "Inbox:" + lineOf(mbox, b64Token), "Inbox!message1/part3-backup.zip!notes.txt:2",
		"Inbox:" + lineOf(mbox, token(4)),
	} {
		assert.True(t, got[want], "no finding at %s (got %v)", want, got)
	}
	assert.Len(t, got, 7)
	assert.Empty(t, sum.Errors)

	// A seed phrase in a quoted-printable body, with the default detectors.
	p := freshPhrase(t)
	eml := []byte("From: a@example.org\r\nSubject: notes\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n" +
		"Content-Transfer-Encoding: quoted-printable\r\n\r\n" + qpEncode("Hi,\r\n\r\nhere is the backup of my wallet, keep it safe:\r\n\r\n"+p.Reveal()+"\r\n\r\nAnna\r\n"))
	fs, _ = collect(t, New(Options{}), Bytes("notes.eml", eml))
	require.Len(t, fs, 1)
	assert.Equal(t, "notes.eml", fs[0].Location.Path)
	assert.Equal(t, lineOf(eml, p.RevealWords()[0]+" "+p.RevealWords()[1]), fmt.Sprint(fs[0].Location.Line))
	assert.Equal(t, detect.Fingerprint(KindMnemonic, "bip39:"+p.Reveal()), fs[0].Secret.Fingerprint())
}

// TestMailLongHeaders: a received message, whose Received, DKIM and ARC
// fields take kilobytes before its MIME fields, is read as mail (its
// attachment opened) as a file, as bytes handed in, and as a member of
// a zip.
func TestMailLongHeaders(t *testing.T) {
	var hdr strings.Builder
	for i := range 24 {
		fmt.Fprintf(&hdr, "Received: from mx%d.example.net (mx%d.example.net [192.0.2.%d])\r\n\tby mail.example.org with ESMTPS id %08x\r\n\tfor <b@example.org>; Mon, 1 Jan 2024 00:00:%02d +0000\r\n", i, i, i, i*7919, i)
	}
	hdr.WriteString("DKIM-Signature: v=1; a=rsa-sha256; d=example.net; s=s1;\r\n\tb=" + strings.Repeat("QUJD", 60) + "\r\n")
	msg := append([]byte(hdr.String()), mailWithParts(t, "hello\n", strings.Repeat("y ", 40)+token(2)+"\n", zipOf(t, map[string][]byte{"notes.txt": []byte("a\n" + token(3) + "\n")}))...)
	require.Greater(t, bytes.Index(msg, []byte("MIME-Version")), 4096)
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "received.eml"), msg, 0o600))
	for name, src := range map[string]Source{
		"file":   Dir(dir),
		"bytes":  Bytes("received.eml", msg),
		"member": Bytes("mail.zip", zipOf(t, map[string][]byte{"received.eml": msg})),
	} {
		fs, sum := collect(t, testScanner(Options{}), src)
		var paths []string
		for _, f := range fs {
			paths = append(paths, f.Location.Path)
		}
		assert.Len(t, fs, 2, name)
		assert.Contains(t, strings.Join(paths, " "), "received.eml!part3-backup.zip!notes.txt", name)
		assert.Empty(t, sum.Errors, name)
	}
}

// TestMailPlainPartsPlaced: what is found in a plain-text or HTML part
// sent as written (no transfer encoding, UTF-8 or ASCII), or in
// quoted-printable, is reported at its line in the mail itself; a part in
// another character set stays a member.
func TestMailPlainPartsPlaced(t *testing.T) {
	lineOf := func(data []byte, s string) int {
		k := bytes.Index(data, []byte(s))
		require.GreaterOrEqual(t, k, 0, "no %s in the mail", s)
		return 1 + bytes.Count(data[:k], []byte("\n"))
	}
	type want struct {
		path string
		line int
	}
	single := []byte("Return-Path: <a@example.org>\r\nFrom: a@example.org\r\nTo: b@example.org\r\nSubject: keys\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nHi,\r\n\r\nthe key: " +
		token(1) + "\r\n\r\nbye\r\n")
	multi := []byte("From: a@example.org\nSubject: x\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=BB\n\n" +
		"--BB\nContent-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n\nsame text\n" + token(2) + "\n" +
		"--BB\nContent-Type: text/plain; charset=utf-8\n\nsame text\n" + token(3) + "\n" +
		"--BB\nContent-Type: text/plain; charset=iso-8859-1\n\nlatin caf\xe9 \xe0 " + token(4) + "\n" +
		"--BB\nContent-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: quoted-printable\n\nOl=E1, a chave =\nda carteira: " + token(8) + "\n" +
		"--BB\nContent-Type: text/plain; charset=shift_jis\n\nkanji \x8a\xbf " + token(9) + "\n" +
		"--BB\nContent-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\nqp " + token(5) + "\n" +
		"--BB\nContent-Type: text/html; charset=utf-8\n\n<div dir=\"ltr\"><div>same text</div>\n<div>" + token(7) + "<br></div></div>\n" +
		"--BB--\n")
	patch := []byte("From 1a2b3c Mon Sep 17 00:00:00 2001\nFrom: Dev <dev@example.org>\nDate: Tue, 5 Mar 2024 10:00:00 +0100\nSubject: [PATCH] wip deploy\n\n" +
		"---\n .env | 2 ++\n 1 file changed\n\ndiff --git a/.env b/.env\nnew file mode 100644\n--- /dev/null\n+++ b/.env\n@@ -0,0 +1,2 @@\n+RPC=http://localhost\n+KEY=" + token(6) + "\n-- \n2.43.0\n")
	for _, tc := range []struct {
		name string
		data []byte
		want []want
	}{
		{"single.eml", single, []want{{"single.eml", lineOf(single, token(1))}}},
		{"multi.eml", multi, []want{
			{"multi.eml", lineOf(multi, token(2))}, {"multi.eml", lineOf(multi, token(3))},
			{"multi.eml", lineOf(multi, token(4))}, {"multi.eml", lineOf(multi, "da carteira")},
			{"multi.eml!part5.txt", 1}, {"multi.eml", lineOf(multi, token(5))}, {"multi.eml", lineOf(multi, token(7))},
		}},
		{"0001-wip-deploy.patch", patch, []want{{"0001-wip-deploy.patch", lineOf(patch, token(6))}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs, _ := collect(t, testScanner(Options{}), Bytes(tc.name, tc.data))
			var got []want
			for _, f := range fs {
				got = append(got, want{f.Location.Path, f.Location.Line})
			}
			assert.ElementsMatch(t, tc.want, got)
			for _, f := range fs {
				// A single-byte character set's part is placed through
				// its bytes: the column counts them, not UTF-8's.
				if k := bytes.Index(tc.data, []byte(token(4))); f.Secret.Fingerprint() == detect.Fingerprint(KindRawPrivateKey, token(4)) {
					assert.Equal(t, k-bytes.LastIndexByte(tc.data[:k], '\n'), f.Location.Column)
					assert.Equal(t, int64(k), f.Location.Offset)
				}
			}
		})
	}
}

// freshWIF returns a fresh random private key in WIF (mainnet,
// compressed): a live key for the engine, no one's.
func freshWIF(t *testing.T) string {
	k, err := btcec.NewPrivateKey()
	require.NoError(t, err)
	w, err := btcutil.NewWIF(k, &chaincfg.MainNetParams, true)
	require.NoError(t, err)
	return w.String()
}

func freshPhrase(t *testing.T) mnemonic.Phrase {
	ent := make([]byte, 16)
	_, err := rand.Read(ent)
	require.NoError(t, err)
	p, err := mnemonic.FromEntropy(ent, mnemonic.English)
	require.NoError(t, err)
	return p
}

// phraseWhere returns the first 12-word phrase in lang, of at most tries
// drawn from rng, for which ok holds.
func phraseWhere(t *testing.T, rng *mrand.Rand, lang mnemonic.Language, tries int, ok func(string) bool) string {
	t.Helper()
	for range tries {
		ent := make([]byte, 16)
		for i := range ent {
			ent[i] = byte(rng.UintN(256))
		}
		p, err := mnemonic.FromEntropy(ent, lang)
		require.NoError(t, err)
		if ok(p.Reveal()) {
			return p.Reveal()
		}
	}
	require.FailNow(t, "no phrase found")
	return ""
}

func qrPNG(t *testing.T, content []byte) []byte {
	q, err := qrcode.New(string(content), qrcode.Medium)
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, png.Encode(&b, q.Image(256)))
	return b.Bytes()
}

func TestQRCodesInImagesAreScanned(t *testing.T) {
	fs, _ := collect(t, testScanner(Options{}), Bytes("paper-wallet.png", qrPNG(t, []byte(token(5)))))
	require.Len(t, fs, 1)
	assert.Equal(t, "paper-wallet.png!qr1", fs[0].Location.Path)

	// A CompactSeedQR: the entropy as raw bytes.
	ent := make([]byte, 16)
	_, err := rand.Read(ent)
	require.NoError(t, err)
	p, err := mnemonic.FromEntropy(ent, mnemonic.English)
	require.NoError(t, err)
	var found []Finding
	_, err = New(Options{}).Run(context.Background(), func(f Finding) error { found = append(found, f); return nil },
		Bytes("seedqr.png", qrPNG(t, ent)))
	require.NoError(t, err)
	fps := map[string]string{}
	for _, f := range found {
		fps[f.Secret.Fingerprint()] = f.Location.Path
	}
	assert.Equal(t, "seedqr.png!qr1-compactseedqr", fps[detect.Fingerprint(KindMnemonic, "bip39:"+p.Reveal())], "CompactSeedQR not found")
}

// TestMemberPlaceSearchBounded: parts whose first bytes are nowhere in
// the mail (never so for a part sent as written, but a crafted mail may
// try) stop being looked for once the searches went over placeSearch
// times the bytes kept.
func TestMemberPlaceSearchBounded(t *testing.T) {
	for _, form := range []mailparts.Form{mailparts.Verbatim, mailparts.QuotedPrintable, mailparts.Base64} {
		raw := &rawCopy{max: 4096, buf: bytes.Repeat([]byte("a\n\n"), 1000)}
		from := 0
		for range 1000 {
			m := &memberPlace{container: "m.eml", raw: raw, from: &from, head: []byte("a\n\nb"), form: form}
			assert.False(t, m.resolve())
		}
		assert.LessOrEqual(t, raw.searched, placeSearch*raw.max+len(raw.buf)+3*placeHead, "form %d", form)
	}
	// An anchored part is found.
	raw := &rawCopy{max: 4096, buf: []byte("Subject: x\n\nbody\n")}
	from := 0
	m := &memberPlace{container: "m.eml", origin: "file", raw: raw, from: &from, head: []byte("body\n"), form: mailparts.Verbatim}
	require.True(t, m.resolve())
	loc := Location{Path: "m.eml!body.txt", Line: 1, EndLine: 1, Origin: "archive"}
	m.relocate(&loc)
	assert.Equal(t, Location{Path: "m.eml", Line: 3, EndLine: 3, Offset: 12, Origin: "file"}, loc)
}

// A large part in Latin-1, read in several chunks that other workers may
// scan while it is still being read, is placed line by line too.
func TestMailSingleByteLargePart(t *testing.T) {
	filler := strings.Repeat("caf\xe9 cr\xe8me br\xfbl\xe9e, encore une fois\n", 80000) // 2.7 MB
	msg := []byte("From: a@example.org\nSubject: x\nMIME-Version: 1.0\nContent-Type: text/plain; charset=iso-8859-1\n\n" +
		"d\xe9but " + token(1) + "\n" + filler + "fin \xe0 " + token(2) + "\n")
	fs, _ := collect(t, testScanner(Options{Workers: 2}), Bytes("big.eml", msg))
	got := map[string]int{}
	for _, f := range fs {
		got[f.Location.String()]++
	}
	lineOf := func(s string) int { k := bytes.Index(msg, []byte(s)); return 1 + bytes.Count(msg[:k], []byte("\n")) }
	assert.Equal(t, map[string]int{
		fmt.Sprintf("big.eml:%d:%d", lineOf(token(1)), len("d\xe9but ")+1): 1,
		fmt.Sprintf("big.eml:%d:%d", lineOf(token(2)), len("fin \xe0 ")+1): 1,
	}, got)
}

// TestLargeMboxPlaced: the parts of an mbox past the first mailPlaceBytes
// are placed at their lines in the mbox too, one sent as written and one
// in base64; the window of bytes kept slides on from part to part. Until
// 2026-12-04 they were reported in their members past 16 MiB (the 37th
// blind corpus's mailbox).
func TestLargeMboxPlaced(t *testing.T) {
	var b bytes.Buffer
	msg := func(i int, body string, enc string) {
		fmt.Fprintf(&b, "From sender%d@example.org Mon Mar  4 10:00:00 2024\nFrom: sender%d@example.org\nSubject: note %d\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n", i, i, i)
		if enc != "" {
			fmt.Fprintf(&b, "Content-Transfer-Encoding: %s\n", enc)
		}
		b.WriteString("\n" + body + "\n\n")
	}
	filler := strings.Repeat("the weekly report is attached and nothing else changed this week\n", 600)
	i := 0
	for b.Len() < mailPlaceBytes+mailPlaceBytes/2 {
		msg(i, filler, "")
		i++
	}
	msg(i, "hi,\nthe key: "+token(1)+"\nbye", "")
	plainLine := 1 + bytes.Count(b.Bytes()[:bytes.Index(b.Bytes(), []byte(token(1)))], nl)
	i++
	for b.Len() < 2*mailPlaceBytes+mailPlaceBytes/4 {
		msg(i, filler, "")
		i++
	}
	encoded := base64.StdEncoding.EncodeToString([]byte("hi,\nthe key: " + token(2) + "\nbye\n"))
	at := b.Len()
	msg(i, encoded, "base64")
	b64Line := 1 + bytes.Count(b.Bytes()[:at+bytes.Index(b.Bytes()[at:], []byte(encoded))], nl)
	fs, _ := collect(t, testScanner(Options{}), Bytes("archive.mbox", b.Bytes()))
	got := map[string]string{}
	for _, f := range fs {
		got[f.Secret.Fingerprint()] = fmt.Sprintf("%s:%d", f.Location.Path, f.Location.Line)
	}
	assert.Equal(t, map[string]string{
		detect.Fingerprint(KindRawPrivateKey, token(1)): fmt.Sprintf("archive.mbox:%d", plainLine),
		detect.Fingerprint(KindRawPrivateKey, token(2)): fmt.Sprintf("archive.mbox:%d", b64Line),
	}, got)
}
