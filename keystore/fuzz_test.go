package keystore

import (
	"bytes"
	"context"
	"testing"
	"time"
)

// fuzzSeeds are the generated fixtures plus hostile shapes.
func fuzzSeeds(f *testing.F) {
	for _, tc := range fixtures() {
		f.Add(tc.file, tc.data)
	}
	f.Add("", []byte(v3With(`{"n":4294967296,"r":99999,"p":99999,"salt":"00"}`)))
	f.Add("", []byte(`{"data":"AAAAAAAAAAAAAAAAAAAAAA==","iv":"AA==","salt":"AA==","keyMetadata":{"params":{"iterations":1e308}}}`))
	f.Add("wallet.dat", append(append(make([]byte, 12), bdbMagicLE...), "\x04mkey\x04ckey\x21"...))
}

// FuzzParse: no panic, and a result always says what it is.
func FuzzParse(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		a, err := Parse(name, data)
		if err == nil && (a == nil || a.Format == "") {
			t.Fatal("no error and no format")
		}
	})
}

// FuzzInspect runs the trials too, with a tight budget and small memory:
// no panic, no hang.
func FuzzInspect(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		a, err := Inspect(ctx, name, data, Options{Budget: 50 * time.Millisecond, MaxTrialMemory: 4 << 20, MaxTrials: 4})
		if err == nil && a.Rating == "" {
			t.Fatal("assessment without a rating")
		}
	})
}

// FuzzCoreScan feeds arbitrary bytes behind a database header to the
// windowed record scanner.
func FuzzCoreScan(f *testing.F) {
	g := newGen(20)
	f.Add(g.core(weakPW, 1000, false))
	f.Add(g.core("", 0, true))
	f.Fuzz(func(t *testing.T, data []byte) {
		h := append(append(make([]byte, 12), bdbMagicLE...), data...)
		_, _ = parseCore(context.Background(), "wallet.dat", bytes.NewReader(h), int64(len(h)))
	})
}
