package keystore

import (
	"bytes"
	"slices"
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
	} {
		assert.Equal(t, tc.want, hasMarker(table, []byte(tc.head)), tc.head)
	}
}
