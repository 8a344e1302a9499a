package audit

import (
	"encoding/binary"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mmkvRecord is one record of an MMKV store: a string value is stored
// with its own length inside the value (str), other values as they are.
type mmkvRecord struct {
	key, val string
	str      bool
}

// mmkvFile makes an MMKV store of recs as the library writes one: the
// data size, the placeholder, the records, zeros to the page's end.
func mmkvFile(recs ...mmkvRecord) []byte {
	field := func(b []byte, s []byte) []byte { return append(binary.AppendUvarint(b, uint64(len(s))), s...) }
	body := []byte(mmkvHolder)
	for _, r := range recs {
		body = field(body, []byte(r.key))
		v := []byte(r.val)
		if r.str {
			v = field(nil, v)
		}
		body = field(body, v)
	}
	data := binary.LittleEndian.AppendUint32(nil, uint32(len(body)))
	data = append(data, body...)
	return append(data, make([]byte, 4096-len(data)%4096)...)
}

func TestMMKVText(t *testing.T) {
	long := strings.Repeat("wörd ", 40) // a length of two varint bytes
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"strings and numbers", mmkvFile(mmkvRecord{"lang", "zh-TW", true}, mmkvRecord{"count", "\x07", false}, mmkvRecord{"note", long, true}),
			"lang: zh-TW\nnote: " + long + "\n"},
		{"bytes kept as text", mmkvFile(mmkvRecord{"raw", "plain bytes", false}), "raw: plain bytes\n"},
		{"an old value stays", mmkvFile(mmkvRecord{"k", "old", true}, mmkvRecord{"k", "new", true}), "k: old\nk: new\n"},
		{"binary value left out", mmkvFile(mmkvRecord{"blob", "\x00\x01\x02", false}, mmkvRecord{"x", "y", true}), "x: y\n"},
		{"cut short", mmkvFile(mmkvRecord{"a", "b", true}, mmkvRecord{"c", "d", true})[:14], "a: b\n"},
	} {
		text, err := mmkvText(tc.data, 1<<20)
		require.NoError(t, err, tc.name)
		assert.Equal(t, tc.want, text, tc.name)
	}
	_, err := mmkvText(mmkvFile(mmkvRecord{"k", strings.Repeat("v", 100), true}), 50)
	assert.ErrorIs(t, err, errArchiveBudget)
	_, err = mmkvText([]byte("\x04\x00\x00\x00\xff\xff"), 1<<20)
	assert.Error(t, err, "no placeholder")
	assert.False(t, sniffMMKV([]byte("\x00\x00\x00\x00"+mmkvHolder)), "a data size below the placeholder's")
}

// TestMMKVStore: a hex key and a phrase stored as MMKV strings are glued
// to their keys by printable length bytes ("privateKeyA@…", "seedml…");
// both are found in the store's records, each named by its key.
func TestMMKVStore(t *testing.T) {
	phrase := strings.Join(strings.Fields(freshPhrase(t).Reveal()), " ")
	key := hex.EncodeToString(testKey32())
	store := mmkvFile(mmkvRecord{"lang", "en", true}, mmkvRecord{"wallet.seed", phrase, true}, mmkvRecord{"ethPrivateKey", key, true}, mmkvRecord{"address", "0xdf0c5efe05ce53b546d01df0644b1e45f32447ea", true})
	fs, sum := collect(t, New(Options{Workers: 1}), Bytes("Documents/mmkv/mmkv.default", store))
	var kinds []Kind
	for _, f := range fs {
		if f.Secret.Reveal() == phrase || f.Secret.Reveal() == key {
			kinds = append(kinds, f.Kind)
			assert.True(t, strings.HasSuffix(f.Location.Path, "mmkv.default!values.txt"), "found in the records")
		}
	}
	assert.ElementsMatch(t, []Kind{KindMnemonic, KindRawPrivateKey}, kinds)
	assert.Empty(t, sum.Errors)
}

func FuzzMMKVText(f *testing.F) {
	f.Add(mmkvFile(mmkvRecord{"a", "b", true}, mmkvRecord{"n", "\x01", false}))
	f.Add([]byte("\xff\xff\xff\x7f" + mmkvHolder + "\x80\x80\x80\x80\x80\x80\x80\x80\x80\x01"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _ := mmkvText(data, 1<<16)
		assert.LessOrEqual(t, len(text), 1<<16, "past the limit")
	})
}
