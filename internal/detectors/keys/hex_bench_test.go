package keys

import (
	"context"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"

	"github.com/walletaudit/walletaudit/audit/detect"
)

// BenchmarkHexNearAddresses is the costly case for the evidence: a log of
// unnamed 64-hex values next to addresses, so that every value is weighed
// in full and the chunk spends its derivation budget.
func BenchmarkHexNearAddresses(b *testing.B) {
	var sb strings.Builder
	g := newGen(7)
	for sb.Len() < 4<<20 {
		fmt.Fprintf(&sb, "{\"from\":\"0x%s\",\"data\":\"0x%s\",\"wallet\":\"hot\"}\n", hex.EncodeToString(g.bytes(20)), hex.EncodeToString(g.bytes(32)))
	}
	data := []byte(sb.String())
	det := NewHex()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if cs := det.Detect(context.Background(), &detect.Chunk{Data: data}); len(cs) != 0 {
			b.Fatalf("%d findings", len(cs))
		}
	}
}

// BenchmarkHexLongLine is minified code: one line of a megabyte with a
// named key and an address every hundred bytes. Looking for the lines
// around each value from the value back to the line's start read the
// line again for every value (1.5 s a megabyte before it was fixed).
func BenchmarkHexLongLine(b *testing.B) {
	var sb strings.Builder
	g := newGen(9)
	for sb.Len() < 1<<20 {
		fmt.Fprintf(&sb, "privateKey%d='0x%s';a='0x%s';", sb.Len(), hex.EncodeToString(g.bytes(32)), hex.EncodeToString(g.bytes(20)))
	}
	data := []byte(sb.String())
	det := NewHex()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		det.Detect(context.Background(), &detect.Chunk{Data: data, Path: "bundle.min.js"})
	}
}
