package keystore

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A format added by the recipe of docs/architecture.md (a parser and a
// row in the table) is parsed, sniffed and classed binary with no other
// change.
func TestFormatsTableTestOnlyFormat(t *testing.T) {
	const testFormat Format = "test-only-keystore"
	magic := []byte("TESTKS\x00")
	table := append(slices.Clone(formats), formatSpec{
		format: testFormat, binary: true,
		sniff: func(in input) bool { return bytes.HasPrefix(in.data, magic) },
		parse: func(in input) (*Assessment, error) {
			return &Assessment{Format: testFormat, Encrypted: false, material: in.data[len(magic):], Keys: 1}, nil
		},
	})
	file := append(bytes.Clone(magic), 1, 2, 3)

	a, err := parseWith(table, "x.bin", file)
	require.NoError(t, err)
	assert.Equal(t, testFormat, a.Format)
	assert.True(t, likelyWith(table, "x.bin", file, int64(len(file)), Options{}))

	_, err = parseWith(formats, "x.bin", file)
	require.ErrorIs(t, err, ErrNotKeystore, "the built-in table does not know it")
	assert.False(t, likelyWith(formats, "x.bin", file, int64(len(file)), Options{}))
}

// A JSON format is told apart by its keys; Likely looks for its markers.
func TestFormatsTableTestOnlyJSONFormat(t *testing.T) {
	const testFormat Format = "test-only-json"
	table := append([]formatSpec{{
		format:  testFormat,
		object:  func(o jsonObject) bool { return o.has("test_only_secret") },
		markers: []string{`"test_only_secret"`},
		parse:   func(input) (*Assessment, error) { return &Assessment{Format: testFormat}, nil },
	}}, formats...)
	file := []byte(`{"test_only_secret": "x"}`)
	a, err := parseWith(table, "", file)
	require.NoError(t, err)
	assert.Equal(t, testFormat, a.Format)
	assert.True(t, likelyWith(table, "", file, int64(len(file)), Options{}))
	assert.False(t, likelyWith(formats, "", file, int64(len(file)), Options{}))
}

func TestFormatBinary(t *testing.T) {
	for _, tc := range []struct {
		f    Format
		want bool
	}{
		{BitcoinCore, true}, {LightningHSM, true}, {ExodusSECO, true},
		{EthereumV3, false}, {ElectrumWallet, false}, {SolanaKeypair, false}, {"unknown", false},
	} {
		assert.Equal(t, tc.want, tc.f.Binary(), string(tc.f))
	}
}

// Every row sets one way of being recognised and a parser.
func TestFormatsTableRows(t *testing.T) {
	for _, f := range formats {
		assert.NotNil(t, f.parse, string(f.format))
		assert.True(t, (f.object != nil) != (f.sniff != nil), "%s: object or sniff", f.format)
		assert.Equal(t, f.object != nil, len(f.markers) > 0, "%s: a JSON row has markers", f.format)
	}
}

func TestHasMarker(t *testing.T) {
	table := []formatSpec{{markers: []string{`"crypto"`, `"salt"`}}, {markers: []string{`unquoted:`}}}
	for _, tc := range []struct {
		head string
		want bool
	}{
		{`{"crypto":{}}`, true},
		{`{"a":1,"salt"`, true},
		{`{"a":"cryptography"}`, false},
		{`{"a":"salt`, false},
		{`{"x": 1} unquoted: here`, true},
		{`{}`, false},
		{`"`, false},
		{`{"cr":1,"sa":2,"crypt":3}`, false},
		{`{"a":1,"s`, false},
		{`{"a":"b","salt"}`, true},
	} {
		assert.Equal(t, tc.want, hasMarker(table, []byte(tc.head)), tc.head)
	}
	// A marker of one byte after its quote is too short for the filter
	// of the first two: it is still found.
	short := []formatSpec{{markers: []string{`"crypto"`, `"x`}}}
	assert.True(t, hasMarker(short, []byte(`{"a":"xy"}`)))
	assert.False(t, hasMarker(short, []byte(`{"a":"yx"}`)))
}

// TestHasMarkerMatchesContains: on heads pieced together from the markers
// of the format table, their fragments and JSON punctuation, hasMarker
// says what a search for each marker says.
func TestHasMarkerMatchesContains(t *testing.T) {
	var pieces []string
	for _, f := range formats {
		for _, m := range f.markers {
			pieces = append(pieces, m, m[:len(m)/2], m[len(m)/2:], strings.ToUpper(m))
		}
	}
	pieces = append(pieces, `"`, `:`, `{`, `}`, `,`, `"a"`, ` `, `\"`)
	rng := rand.New(rand.NewPCG(1, 2))
	found := 0
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		head := []byte(b.String())
		want := false
		for _, f := range formats {
			for _, m := range f.markers {
				want = want || bytes.Contains(head, []byte(m))
			}
		}
		if want {
			found++
		}
		require.Equal(t, want, hasMarker(formats, head), "%q", head)
	}
	require.Greater(t, found, 1000)
}
