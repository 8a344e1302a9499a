package audit

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"testing"
	"time"
)

// FuzzScan feeds arbitrary bytes to the engine as a file of each kind it
// treats specially (archives, UTF-16 text, wallet files): no panic, no
// hang, every location inside the input.
func FuzzScan(f *testing.F) {
	f.Add("x.zip", []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"))
	f.Add("x.gz", []byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3})
	f.Add("notes.txt", []byte{0xff, 0xfe, 'a', 0, 'b', 0})
	// UTF-16 without a BOM, little- and big-endian, long enough for the
	// sniff to decide.
	f.Add("notes.txt", []byte("w\x00a\x00l\x00l\x00e\x00t\x00 \x00s\x00e\x00e\x00d\x00:\x00\r\x00\n\x00a\x00b\x00a\x00n\x00d\x00o\x00n\x00\n\x00"))
	f.Add("notes.txt", []byte("\x00w\x00a\x00l\x00l\x00e\x00t\x00 \x00s\x00e\x00e\x00d\x00:\x00\r\x00\n\x00a\x00b\x00a\x00n\x00d\x00o\x00n\x00\n\x00\xd8\x3d\xde\x00"))
	f.Add("x.tar", append(bytes.Repeat([]byte{0}, 257), []byte("ustar\x0000")...))
	xzTar, err := os.ReadFile("testdata/compressed/backup.tar.xz")
	if err != nil {
		f.Fatal(err)
	}
	f.Add("x.tar.xz", xzTar)
	f.Add("x.zst", []byte{0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x58, 0x09, 0x00, 0x00, 'x'})
	f.Add("wallet.dat", append(bytes.Repeat([]byte{0}, 12), 0x62, 0x31, 0x05, 0x00))
	// A mail whose plain-text part is placed at its line in the mail.
	f.Add("m.eml", []byte("From: a@example.org\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\n"+
		"Content-Type: text/plain\r\n\r\nseed: abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about\r\n--B--\r\n"))
	// The same in quoted-printable (a soft line break in the phrase) and
	// in base64: placed at its bytes, and at the blob's lines.
	f.Add("q.eml", []byte("From: a@example.org\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"+
		"s=C3=A9ed: abandon abandon abandon abandon abandon abandon abandon aban=\r\ndon abandon abandon abandon about\r\n"))
	f.Add("b.eml", []byte("From: a@example.org\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n"+
		"c2VlZDogYWJhbmRvbiBhYmFuZG9uIGFiYW5kb24gYWJhbmRvbiBhYmFuZG9uIGFiYW5kb24gYWJh\r\nbmRvbiBhYmFuZG9uIGFiYW5kb24gYWJhbmRvbiBhYmFuZG9uIGFib3V0Cg==\r\n"))
	// A CSV password export, its findings placed at their lines.
	f.Add("bitwarden.csv", []byte("folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\r\n"+
		"Crypto,1,note,Ledger,\"words:\r\nabandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about\",,0,,,,\r\n"))
	// An MMKV store, its records read as text.
	f.Add("mmkv.default", mmkvFile(mmkvRecord{"seed", "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about", true}))
	// Members that a second worker may take (Workers: 2 below).
	f.Add("x.zip", zipOf(f, map[string][]byte{"a.txt": []byte("seed: abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about\n"), "b.txt": []byte("x")}))
	one := New(Options{Workers: 1, MaxWholeFile: 1 << 20, Archive: ArchiveLimits{Bytes: 4 << 20}})
	two := New(Options{Workers: 2, MaxWholeFile: 1 << 20, Archive: ArchiveLimits{Bytes: 4 << 20}})
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		var found [2][]string
		for i, s := range []*Scanner{one, two} {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			sum, err := s.Run(ctx, func(fd Finding) error {
				if fd.Location.Path == name {
					checkLocation(t, fd.Location, data)
				}
				found[i] = append(found[i], fmt.Sprint(fd.Location.Path, fd.Location.Line, fd.Location.Column, fd.Location.Offset, fd.Secret.Fingerprint()))
				return nil
			}, Bytes(name, data))
			timedOut := ctx.Err() != nil
			cancel()
			if err != nil && !timedOut {
				t.Fatal(err)
			}
			noInternalErrors(t, sum)
			if timedOut {
				return
			}
		}
		// Members and chunks shared between two workers are found as
		// one worker finds them.
		slices.Sort(found[0])
		slices.Sort(found[1])
		if !slices.Equal(found[0], found[1]) {
			t.Fatalf("one worker found %d, two found %d", len(found[0]), len(found[1]))
		}
	})
}

// noInternalErrors fails the test when the scan recovered from a panic:
// the engine records it and goes on, so a fuzzer that only watched for
// crashes would never see one.
func noInternalErrors(t *testing.T, sum Summary) {
	t.Helper()
	n := 0
	for _, e := range sum.Errors {
		if !errors.Is(e.Err, ErrInternal) {
			continue
		}
		n++
		var ie *InternalError
		if errors.As(e.Err, &ie) {
			t.Errorf("internal error (%v) scanning %q:\n%s", ie.Runtime, e.Path, ie.Stack)
		} else {
			t.Errorf("internal error scanning %q: %v", e.Path, e.Err)
		}
	}
	if n != sum.InternalErrors {
		t.Errorf("summary counts %d internal errors, its list holds %d", sum.InternalErrors, n)
	}
}

// checkLocation fails the test when a location of a finding in data lies
// outside data. Text read as UTF-16 is scanned decoded, where it can grow
// by half.
func checkLocation(t *testing.T, loc Location, data []byte) {
	t.Helper()
	limit := int64(len(data))
	if bytes.IndexByte(data, 0) >= 0 || bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		limit = 3*limit/2 + 3
	}
	lines := 1 + bytes.Count(data, []byte{'\n'})
	ok := loc.Offset >= 0 && loc.Offset <= limit && loc.Line >= 0 && loc.Line <= lines
	if loc.Line > 0 {
		ok = ok && loc.EndLine >= loc.Line && loc.EndLine <= lines && loc.Column >= 1 && int64(loc.Column) <= loc.Offset+1
	}
	if !ok {
		t.Fatalf("location offset %d line %d-%d column %d outside %d bytes, %d lines", loc.Offset, loc.Line, loc.EndLine, loc.Column, len(data), lines)
	}
}
