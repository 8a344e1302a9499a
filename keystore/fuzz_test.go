package keystore

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

// noInternal fails the test when err is a recovered panic: the entry
// points turn panics into errors, so a fuzzer that only watched for
// crashes would never see one.
func noInternal(t *testing.T, err error) {
	t.Helper()
	var ie *InternalError
	if errors.As(err, &ie) {
		t.Fatalf("internal error (%v):\n%s", ie.Runtime, ie.Stack)
	}
	if errors.Is(err, ErrInternal) {
		t.Fatalf("internal error: %v", err)
	}
}

// FuzzParse: no panic, and a result always says what it is.
func FuzzParse(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		a, err := Parse(name, data)
		noInternal(t, err)
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
		noInternal(t, err)
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
		_, err := InspectReader(context.Background(), "wallet.dat", bytes.NewReader(h), int64(len(h)), Options{NoTrials: true})
		noInternal(t, err)
	})
}

// TestPanicIsInternalError: a panic under an entry point comes out as an
// InternalError that matches ErrInternal and ErrMalformed, with the stack
// for tests and neither the value nor the stack in its message.
func TestPanicIsInternalError(t *testing.T) {
	parse := func(data []byte) (a *Assessment, err error) {
		defer guard(&a, &err)
		_ = data[len(data)+1]
		return nil, nil
	}
	secret := []byte("abandon ability able")
	a, err := parse(secret)
	assert.Nil(t, a)
	require.ErrorIs(t, err, ErrInternal)
	require.ErrorIs(t, err, ErrMalformed)
	var ie *InternalError
	require.ErrorAs(t, err, &ie)
	assert.NotNil(t, ie.Runtime, "a runtime error is kept")
	assert.Contains(t, string(ie.Stack), "TestPanicIsInternalError")
	assert.NotContains(t, err.Error(), "index out of range")
	assert.NotContains(t, err.Error(), "goroutine")
	// A panic with a value of its own keeps no value.
	_, err = func() (a *Assessment, err error) {
		defer guard(&a, &err)
		panic(string(secret))
	}()
	require.ErrorAs(t, err, &ie)
	assert.Nil(t, ie.Runtime)
	assert.NotContains(t, err.Error(), "abandon")
}
