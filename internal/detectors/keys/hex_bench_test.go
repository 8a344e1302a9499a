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
