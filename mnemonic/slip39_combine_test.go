package mnemonic

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// slip39TestVector is one entry of testdata/slip39_vectors.json: the
// official SLIP-39 vectors of trezor/python-shamir-mnemonic (MIT licence),
// public test data. Secret is empty for sets that must be rejected.
type slip39TestVector struct {
	Description string
	Mnemonics   []string
	Secret      string
}

// UnmarshalJSON reads the upstream form [description, mnemonics, secret,
// xprv].
func (v *slip39TestVector) UnmarshalJSON(b []byte) error {
	var raw []json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	if len(raw) < 3 {
		return errors.New("vector has fewer than 3 fields")
	}
	if err := json.Unmarshal(raw[0], &v.Description); err != nil {
		return err
	}
	if err := json.Unmarshal(raw[1], &v.Mnemonics); err != nil {
		return err
	}
	return json.Unmarshal(raw[2], &v.Secret)
}

// slip39VectorPassphrase is the passphrase of the official vectors.
var slip39VectorPassphrase = []byte("TREZOR")

func loadSLIP39Vectors(t testing.TB) []slip39TestVector {
	t.Helper()
	b, err := os.ReadFile("testdata/slip39_vectors.json")
	require.NoError(t, err)
	var doc struct {
		Source  string
		Vectors []slip39TestVector
	}
	require.NoError(t, json.Unmarshal(b, &doc))
	require.Contains(t, doc.Source, "trezor/python-shamir-mnemonic")
	return doc.Vectors
}

// slip39Vec returns the vector whose description starts with prefix
// (the upstream numbering, e.g. "17.").
func slip39Vec(t testing.TB, prefix string) slip39TestVector {
	t.Helper()
	for _, v := range loadSLIP39Vectors(t) {
		if strings.HasPrefix(v.Description, prefix) {
			return v
		}
	}
	t.Fatalf("no vector %q", prefix)
	return slip39TestVector{}
}

// slip39Shares parses the shares of a vector that must all be valid.
func slip39Shares(t testing.TB, prefix string) []Phrase {
	t.Helper()
	var out []Phrase
	for _, m := range slip39Vec(t, prefix).Mnemonics {
		p, err := ValidateSLIP39(m)
		require.NoError(t, err)
		out = append(out, p)
	}
	return out
}

// slip39WithChecksum completes share data (header and value words) with
// the three RS1024 checksum words, with the customization string the
// extendable flag selects.
func slip39WithChecksum(data []uint16) Phrase {
	idx := append(append(make([]uint16, 0, len(data)+3), data...), 0, 0, 0)
	custom := "shamir"
	if len(idx) > 1 && idx[1]>>4&1 == 1 {
		custom = "shamir_extendable"
	}
	pm := rs1024Polymod(idx, custom) ^ 1
	n := len(idx)
	idx[n-3], idx[n-2], idx[n-1] = uint16(pm>>20&1023), uint16(pm>>10&1023), uint16(pm&1023)
	return Phrase{lang: English, indices: idx, scheme: SchemeSLIP39}
}

// slip39Encode builds a share from a header and the value words (the
// 10-bit words between header and checksum).
func slip39Encode(h SLIP39Share, value []uint16) Phrase {
	ext := uint32(0)
	if h.Extendable {
		ext = 1
	}
	first := uint32(h.Identifier)<<5 | ext<<4 | uint32(h.IterationExponent)
	params := uint32(h.GroupIndex)<<16 | uint32(h.GroupThreshold-1)<<12 | uint32(h.GroupCount-1)<<8 |
		uint32(h.MemberIndex)<<4 | uint32(h.MemberThreshold-1)
	data := []uint16{uint16(first >> 10), uint16(first & 1023), uint16(params >> 10), uint16(params & 1023)}
	return slip39WithChecksum(append(data, value...))
}

// slip39ValueWords returns a copy of a share's value words.
func slip39ValueWords(p Phrase) []uint16 {
	return slices.Clone(p.indices[slip39HeaderWords : len(p.indices)-slip39ChecksumWords])
}

// slip39Reheader re-encodes a share with an edited header and, if
// editValue is set, its last value word changed.
func slip39Reheader(t testing.TB, p Phrase, edit func(*SLIP39Share), editValue bool) Phrase {
	t.Helper()
	h, ok := p.SLIP39()
	require.True(t, ok)
	edit(&h)
	v := slip39ValueWords(p)
	if editValue {
		v[len(v)-1] ^= 1
	}
	return slip39Encode(h, v)
}

// assertNoLeak checks that an error shows no part of the shares: no two
// consecutive words of any of them.
func assertNoLeak(t *testing.T, err error, shares []string) {
	t.Helper()
	if err == nil {
		return
	}
	msg := strings.ToLower(err.Error())
	for _, s := range shares {
		w := strings.Fields(s)
		for i := 0; i+1 < len(w); i++ {
			if strings.Contains(msg, w[i]+" "+w[i+1]) {
				t.Errorf("error message shows words of share")
				return
			}
		}
	}
}

func TestCombineSLIP39Vectors(t *testing.T) {
	vectors := loadSLIP39Vectors(t)
	require.Len(t, vectors, 45)
	// The error each rejected vector must give, by a part of its
	// description. Sets with a malformed share fail in ValidateSLIP39.
	wantErr := []struct {
		desc string
		err  error
	}{
		{"invalid checksum", ErrChecksum},
		{"invalid padding", ErrChecksum},
		{"greater group threshold than group counts", ErrChecksum},
		{"invalid master secret length", ErrChecksum},
		{"insufficient length", ErrWordCount},
		{"different identifiers", ErrSLIP39Mismatch},
		{"different iteration exponents", ErrSLIP39Mismatch},
		{"mismatching group thresholds", ErrSLIP39Mismatch},
		{"mismatching group counts", ErrSLIP39Mismatch},
		{"mismatching member thresholds", ErrSLIP39Mismatch},
		{"duplicate member indices", ErrSLIP39Digest},
		{"invalid digest", ErrSLIP39Digest},
		{"Insufficient number of groups", ErrSLIP39Threshold},
		{"insufficient number of members", ErrSLIP39Threshold},
		{"Basic sharing 2-of-3", ErrSLIP39Threshold}, // one share of two
	}
	valid, invalid := 0, 0
	for _, v := range vectors {
		t.Run(v.Description, func(t *testing.T) {
			var shares []Phrase
			var err error
			for _, m := range v.Mnemonics {
				var p Phrase
				if p, err = ValidateSLIP39(m); err != nil {
					break
				}
				shares = append(shares, p)
			}
			var secret []byte
			if err == nil {
				// The quick check agrees with the full recovery.
				checkErr := CheckSLIP39(shares)
				secret, err = CombineSLIP39(shares, slip39VectorPassphrase)
				if err == nil {
					assert.NoError(t, checkErr)
				} else {
					assert.Equal(t, err.Error(), checkErr.Error())
				}
			}
			assertNoLeak(t, err, v.Mnemonics)
			if v.Secret != "" {
				valid++
				require.NoError(t, err)
				assert.Equal(t, v.Secret, hex.EncodeToString(secret))
				return
			}
			invalid++
			require.Error(t, err)
			assert.Nil(t, secret)
			for _, w := range wantErr {
				if strings.Contains(v.Description, w.desc) {
					assert.ErrorIs(t, err, w.err)
					return
				}
			}
			t.Errorf("no expected error listed for this vector (got %v)", err)
		})
	}
	assert.Equal(t, 15, valid)
	assert.Equal(t, 30, invalid)
}

func TestSLIP39Header(t *testing.T) {
	bip39, err := Validate("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about")
	require.NoError(t, err)
	tests := []struct {
		name  string
		p     Phrase
		want  SLIP39Share
		share bool
	}{
		{"single share", slip39Shares(t, "1.")[0],
			SLIP39Share{Identifier: 7945, GroupThreshold: 1, GroupCount: 1, MemberThreshold: 1}, true},
		{"member of a group", slip39Shares(t, "17.")[1],
			SLIP39Share{Identifier: 9497, GroupIndex: 2, GroupThreshold: 2, GroupCount: 4, MemberIndex: 4, MemberThreshold: 3}, true},
		{"2-of-3", slip39Shares(t, "4.")[0],
			SLIP39Share{Identifier: 25653, IterationExponent: 2, GroupThreshold: 1, GroupCount: 1, MemberIndex: 2, MemberThreshold: 2}, true},
		{"extendable", slip39Shares(t, "42.")[0],
			SLIP39Share{Identifier: 29019, Extendable: true, IterationExponent: 3, GroupThreshold: 1, GroupCount: 1, MemberThreshold: 1}, true},
		{"256-bit", slip39Shares(t, "36.")[0],
			SLIP39Share{Identifier: 32134, GroupIndex: 2, GroupThreshold: 2, GroupCount: 4, MemberThreshold: 3}, true},
		{"BIP-39 phrase", bip39, SLIP39Share{}, false},
		{"zero phrase", Phrase{}, SLIP39Share{}, false},
		{"bad checksum", Phrase{lang: English, indices: make([]uint16, 20), scheme: SchemeSLIP39}, SLIP39Share{}, false},
		{"index out of range", Phrase{lang: English, indices: slices.Repeat([]uint16{1024}, 20), scheme: SchemeSLIP39}, SLIP39Share{}, false},
		{"too short", Phrase{lang: English, indices: make([]uint16, 3), scheme: SchemeSLIP39}, SLIP39Share{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, ok := tt.p.SLIP39()
			assert.Equal(t, tt.share, ok)
			assert.Equal(t, tt.want, h)
			if ok {
				// The test encoder rebuilds the same share from the header.
				assert.Equal(t, tt.p.indices, slip39Encode(h, slip39ValueWords(tt.p)).indices)
			}
		})
	}
}

func TestCombineSLIP39Lenient(t *testing.T) {
	// Every share of the 128-bit and of the 256-bit group sets: more
	// groups and members than needed, and groups short of members.
	all128 := slices.Concat(slip39Shares(t, "15."), slip39Shares(t, "16."), slip39Shares(t, "17."), slip39Shares(t, "18."), slip39Shares(t, "19."))
	all256 := slices.Concat(slip39Shares(t, "34."), slip39Shares(t, "35."), slip39Shares(t, "36."), slip39Shares(t, "37."), slip39Shares(t, "38."))
	reversed128 := slices.Clone(all128)
	slices.Reverse(reversed128)
	basic := slip39Shares(t, "4.")
	single := slip39Shares(t, "1.")[0]
	copyOfSingle := slip39Reheader(t, single, func(h *SLIP39Share) { h.MemberIndex = 1 }, false)
	tests := []struct {
		name   string
		shares []Phrase
		want   string
	}{
		{"128-bit set, every share", all128, slip39Vec(t, "17.").Secret},
		{"128-bit set, reversed", reversed128, slip39Vec(t, "17.").Secret},
		{"256-bit set, every share", all256, slip39Vec(t, "36.").Secret},
		{"incomplete group beside two complete ones", slices.Concat(slip39Shares(t, "16."), slip39Shares(t, "19.")), slip39Vec(t, "19.").Secret},
		{"repeated share", append(slices.Clone(basic), basic[1], basic[0]), slip39Vec(t, "4.").Secret},
		{"threshold 1, second identical member", []Phrase{single, copyOfSingle}, slip39Vec(t, "1.").Secret},
		{"modular arithmetic", slip39Shares(t, "41."), slip39Vec(t, "41.").Secret},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			secret, err := CombineSLIP39(tt.shares, slip39VectorPassphrase)
			require.NoError(t, err)
			assert.Equal(t, tt.want, hex.EncodeToString(secret))
		})
	}
}

func TestCombineSLIP39Errors(t *testing.T) {
	bip39, err := Validate("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about")
	require.NoError(t, err)
	single := slip39Shares(t, "1.")[0]
	long := slip39Shares(t, "20.")[0]
	set128 := slices.Concat(slip39Shares(t, "17."), slip39Shares(t, "18."), slip39Shares(t, "19."))
	groups := slip39Shares(t, "19.") // groups 0 and 1, one share each
	corrupt := Phrase{lang: English, indices: slices.Clone(single.indices), scheme: SchemeSLIP39}
	corrupt.indices[10] ^= 1
	tests := []struct {
		name   string
		shares []Phrase
		err    error
		why    string
	}{
		{"no shares", nil, ErrSLIP39Threshold, "no shares"},
		{"BIP-39 phrase", []Phrase{bip39}, ErrSLIP39Share, "phrase 1 of 1"},
		{"zero phrase among shares", []Phrase{single, {}}, ErrSLIP39Share, "phrase 2 of 2"},
		{"corrupt share", []Phrase{corrupt}, ErrSLIP39Share, "phrase 1 of 1"},
		{"extendable flag differs", []Phrase{single, slip39Reheader(t, single, func(h *SLIP39Share) { h.Extendable = true }, false)}, ErrSLIP39Mismatch, "extendable"},
		{"identifier differs", []Phrase{single, slip39Reheader(t, single, func(h *SLIP39Share) { h.Identifier ^= 1 }, false)}, ErrSLIP39Mismatch, "identifiers"},
		{"group count differs", []Phrase{single, slip39Reheader(t, single, func(h *SLIP39Share) { h.GroupCount = 2 }, false)}, ErrSLIP39Mismatch, "group parameters"},
		{"share lengths differ", []Phrase{single, slip39Reheader(t, long, func(h *SLIP39Share) {
			*h, _ = single.SLIP39()
			h.MemberIndex = 1
		}, false)}, ErrSLIP39Mismatch, "share lengths"},
		{"threshold 1, second member differs", []Phrase{single, slip39Reheader(t, single, func(h *SLIP39Share) { h.MemberIndex = 1 }, true)}, ErrSLIP39Digest, "extra shares"},
		{"same member index, other value", []Phrase{single, slip39Reheader(t, single, func(*SLIP39Share) {}, true)}, ErrSLIP39Digest, "same member index"},
		{"extra member off the polynomial", append(slices.Clone(set128), slip39Reheader(t, set128[0], func(h *SLIP39Share) { h.MemberIndex = 9 }, true)), ErrSLIP39Digest, "extra shares"},
		{"extra group off the polynomial", append(slices.Clone(groups), slip39Reheader(t, groups[0], func(h *SLIP39Share) { h.GroupIndex = 2 }, true)), ErrSLIP39Digest, "extra shares"},
		{"group short of members", slip39Shares(t, "16."), ErrSLIP39Threshold, "1 of 2 required groups"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			secret, err := CombineSLIP39(tt.shares, slip39VectorPassphrase)
			require.ErrorIs(t, err, tt.err)
			assert.Contains(t, err.Error(), tt.why)
			assert.Nil(t, secret)
			var words []string
			for _, p := range tt.shares {
				words = append(words, p.Reveal())
			}
			assertNoLeak(t, err, words)
		})
	}
}

func TestCombineSLIP39Passphrase(t *testing.T) {
	for _, prefix := range []string{"4.", "43."} {
		v := slip39Vec(t, prefix)
		shares := slip39Shares(t, prefix)
		// A wrong passphrase is no error: it opens another wallet.
		for _, pass := range [][]byte{nil, []byte("trezor")} {
			secret, err := CombineSLIP39(shares, pass)
			require.NoError(t, err)
			assert.Len(t, secret, len(v.Secret)/2)
			assert.NotEqual(t, v.Secret, hex.EncodeToString(secret))
		}
	}
}

// slip39Sets gathers the shares of each set SLIP39SetIndices names.
func slip39Sets(shares []Phrase) [][]Phrase {
	sets := SLIP39SetIndices(shares)
	out := make([][]Phrase, len(sets))
	for i, set := range sets {
		for _, k := range set {
			out[i] = append(out[i], shares[k])
		}
	}
	return out
}

func TestSLIP39SetIndices(t *testing.T) {
	bip39, err := Validate("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about")
	require.NoError(t, err)
	a := slip39Shares(t, "19.")   // 128-bit group set
	b := slip39Shares(t, "38.")   // 256-bit group set
	c := slip39Shares(t, "4.")    // 2-of-3
	d := slip39Shares(t, "7.")[0] // same identifier as the next, other exponent
	e := slip39Shares(t, "7.")[1]
	in := []Phrase{a[0], b[0], bip39, c[0], a[1], {}, b[1], c[1], d, e}
	sets := slip39Sets(in)
	require.Len(t, sets, 5)
	assert.Equal(t, [][]Phrase{a, b, c, {d}, {e}}, sets)
	for i, want := range []string{slip39Vec(t, "19.").Secret, slip39Vec(t, "38.").Secret, slip39Vec(t, "4.").Secret} {
		secret, err := CombineSLIP39(sets[i], slip39VectorPassphrase)
		require.NoError(t, err)
		assert.Equal(t, want, hex.EncodeToString(secret))
	}
	assert.Empty(t, slip39Sets(nil))
	assert.Empty(t, slip39Sets([]Phrase{bip39}))
}

func TestGF256(t *testing.T) {
	// Multiplication through the tables agrees with shift-and-add modulo
	// x^8+x^4+x^3+x+1.
	mul := func(a, b byte) byte {
		var p byte
		for b != 0 {
			if b&1 == 1 {
				p ^= a
			}
			hi := a & 0x80
			a <<= 1
			if hi != 0 {
				a ^= 0x1B
			}
			b >>= 1
		}
		return p
	}
	for a := 1; a < 256; a++ {
		assert.Equal(t, byte(a), gfExp[gfLog[a]])
		for b := 1; b < 256; b++ {
			if got := gfExp[(int(gfLog[a])+int(gfLog[b]))%255]; got != mul(byte(a), byte(b)) {
				t.Fatalf("%d·%d: tables give %d, want %d", a, b, got, mul(byte(a), byte(b)))
			}
		}
	}
	// A line through (1, 5) and (2, 7) evaluated back at its points.
	pts := []shamirPoint{{1, []byte{5}}, {2, []byte{7}}}
	assert.Equal(t, []byte{5}, shamirInterpolate(pts, 1))
	assert.Equal(t, []byte{7}, shamirInterpolate(pts, 2))
	// f(x) = 5 + 3x: f(1)=6, f(2)=3 (GF(256) arithmetic), f(0)=5.
	assert.Equal(t, []byte{5}, shamirInterpolate([]shamirPoint{{1, []byte{6}}, {2, []byte{3}}}, 0))
}

// fuzzSLIP39Shares turns bytes into up to 8 well-formed shares: per share
// one length byte, then two bytes per data word. The checksum is made to
// hold and the padding bits are cleared, so the shares get past the
// first checks; the iteration exponent is forced to 0 to keep runs fast.
func fuzzSLIP39Shares(data []byte) []Phrase {
	var out []Phrase
	for len(data) > 0 && len(out) < 8 {
		n := 20 + int(data[0])%14
		data = data[1:]
		idx := make([]uint16, n-slip39ChecksumWords)
		for i := range idx {
			switch {
			case len(data) >= 2:
				idx[i] = (uint16(data[0])<<8 | uint16(data[1])) & 1023
				data = data[2:]
			case len(data) == 1:
				idx[i] = uint16(data[0])
				data = data[1:]
			}
		}
		idx[1] &^= 0xf
		if pad := 10 * (n - 7) % 16; pad <= 8 {
			idx[4] &= 1<<(10-pad) - 1
		}
		out = append(out, slip39WithChecksum(idx))
	}
	return out
}

// fuzzSLIP39Bytes is the inverse of fuzzSLIP39Shares for seeding.
func fuzzSLIP39Bytes(shares []Phrase) []byte {
	var b []byte
	for _, p := range shares {
		b = append(b, byte(len(p.indices)-20))
		for _, v := range p.indices[:len(p.indices)-slip39ChecksumWords] {
			b = append(b, byte(v>>8), byte(v))
		}
	}
	return b
}

func FuzzCombineSLIP39(f *testing.F) {
	for _, v := range loadSLIP39Vectors(f) {
		var shares []Phrase
		for _, m := range v.Mnemonics {
			if p, err := ValidateSLIP39(m); err == nil {
				shares = append(shares, p)
			}
		}
		f.Add(fuzzSLIP39Bytes(shares), slip39VectorPassphrase)
	}
	f.Add([]byte{}, []byte{})
	f.Add([]byte{0xff, 0x00, 0x13}, []byte("x"))
	sentinels := []error{ErrSLIP39Share, ErrSLIP39Mismatch, ErrSLIP39Threshold, ErrSLIP39Digest}
	f.Fuzz(func(t *testing.T, data, passphrase []byte) {
		shares := fuzzSLIP39Shares(data)
		n := 0
		for _, set := range slip39Sets(shares) {
			require.NotEmpty(t, set)
			n += len(set)
		}
		require.LessOrEqual(t, n, len(shares))
		for _, p := range shares {
			p.SLIP39()
		}
		secret, err := CombineSLIP39(shares, passphrase)
		if err != nil {
			require.Nil(t, secret)
			require.True(t, slices.ContainsFunc(sentinels, func(s error) bool { return errors.Is(err, s) }), "unexpected error %v", err)
			return
		}
		require.Len(t, slip39Sets(shares), 1)
		require.GreaterOrEqual(t, len(secret), 16)
		require.Zero(t, len(secret)%2)
	})
}
