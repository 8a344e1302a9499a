package audit

import (
	"bytes"
	"context"
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
	f.Add("wallet.dat", append(bytes.Repeat([]byte{0}, 12), 0x62, 0x31, 0x05, 0x00))
	s := New(Options{Workers: 1, MaxWholeFile: 1 << 20, Archive: ArchiveLimits{Bytes: 4 << 20}})
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_, err := s.Run(ctx, func(fd Finding) error {
			if fd.Location.Offset < 0 || fd.Location.Line < 0 {
				t.Fatalf("bad location %+v", fd.Location)
			}
			return nil
		}, Bytes(name, data))
		if err != nil && ctx.Err() == nil {
			t.Fatal(err)
		}
	})
}
