package audit

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	mrand "math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tyler-smith/go-bip39/wordlists"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/mnemonic"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/unicode/norm"
)

// encodeUTF16 writes s as UTF-16 code units in the given byte order.
func encodeUTF16(s string, bigEndian bool) []byte {
	var out []byte
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			out = binary.BigEndian.AppendUint16(out, u)
		} else {
			out = binary.LittleEndian.AppendUint16(out, u)
		}
	}
	return out
}

// encodeUTF32 writes s as UTF-32 in the given byte order.
func encodeUTF32(s string, bigEndian bool) []byte {
	var out []byte
	for _, r := range s {
		if bigEndian {
			out = binary.BigEndian.AppendUint32(out, uint32(r))
		} else {
			out = binary.LittleEndian.AppendUint32(out, uint32(r))
		}
	}
	return out
}

// binaryBlob looks like an executable or database page: a header, runs of
// zeros, small little-endian integers and random bytes, with the note in
// UTF-16LE buried after the sniff window.
func binaryBlob(t *testing.T, note []byte) []byte {
	t.Helper()
	b := []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x3e\x00\x01\x00\x00\x00")
	rnd := make([]byte, 512)
	for len(b) < 16<<10 {
		_, err := rand.Read(rnd)
		require.NoError(t, err)
		b = append(b, rnd...)
		b = append(b, make([]byte, 256)...)
		for i := range 64 {
			b = binary.LittleEndian.AppendUint32(b, uint32(i*40+8))
		}
	}
	return append(b, note...)
}

func TestUTF16WithoutBOM(t *testing.T) {
	phrase := freshPhrase(t).Reveal()
	note := "Notes from Tuesday\nRecovery phrase:\n" + phrase + "\n-- \n"
	crlf := strings.ReplaceAll(note, "\n", "\r\n")

	le, be := encodeUTF16(note, false), encodeUTF16(note, true)
	cases := []struct {
		name  string
		data  []byte
		sniff string // what sniffUTF16 says
		enc   string // the finding's encoding; "" when no finding
		line  int    // the phrase's line in the decoded text
	}{
		{"utf-16le without BOM", le, "utf-16le", "utf-16le", 3},
		{"utf-16be without BOM", be, "utf-16be", "utf-16be", 3},
		{"utf-16le CRLF without BOM", encodeUTF16(crlf, false), "utf-16le", "utf-16le", 3},
		{"utf-16be CRLF without BOM", encodeUTF16(crlf, true), "utf-16be", "utf-16be", 3},
		// The BOM path comes first; the sniff alone would also pass these.
		{"utf-16le with BOM", append([]byte{0xff, 0xfe}, le...), "utf-16le", "utf-16", 3},
		{"utf-16be with BOM", append([]byte{0xfe, 0xff}, be...), "utf-16be", "utf-16", 3},
		{"utf-16le with accents", encodeUTF16("café, crème brûlée, naïve\n"+note, false), "utf-16le", "utf-16le", 4},
		// Not UTF-16 files: read as bytes, where the note is a string
		// stored as UTF-16 (utf16Strings), reported at its start.
		{"binary with NULs", binaryBlob(t, le), "", "utf-16le", -1},
		{"three bytes", []byte{'a', 0, 'b'}, "", "", 0},
		{"odd length", append(le[:len(le):len(le)], '\n'), "", "utf-16le", 1},
		{"utf-32le", encodeUTF32(note, false), "", "", 0},
		{"utf-32be", encodeUTF32(note, true), "", "", 0},
		{"zeros", make([]byte, 8<<10), "", "", 0},
	}
	s := New(Options{Workers: 1})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.sniff, sniffUTF16(tc.data, int64(len(tc.data)), true))
			fs, _ := collect(t, s, Bytes("notes.txt", tc.data))
			var got []Finding
			for _, f := range fs {
				if f.Kind == KindMnemonic {
					got = append(got, f)
				}
			}
			if tc.enc == "" {
				// Scanned as bytes: no UTF-16 decoding.
				for _, f := range got {
					assert.NotContains(t, f.Encoding, "utf-16", "decoded as UTF-16 at line %d", f.Location.Line)
				}
				return
			}
			// Never print the phrase: count, and say where only.
			require.Len(t, got, 1, "mnemonic findings")
			f := got[0]
			assert.True(t, f.Secret.Reveal() == phrase, "the finding is not the phrase written")
			assert.Equal(t, tc.enc, f.Encoding)
			if tc.line >= 0 {
				assert.Equal(t, tc.line, f.Location.Line)
			}
		})
	}
}

func TestSniffUTF16Size(t *testing.T) {
	le := encodeUTF16(strings.Repeat("plain text in a note\n", 20), false)
	assert.Equal(t, "utf-16le", sniffUTF16(le, -1, false), "unknown size")
	assert.Equal(t, "utf-16le", sniffUTF16(le[:100], int64(len(le)), false), "head of a larger item")
	assert.Empty(t, sniffUTF16(le, int64(len(le))+1, false), "odd item size")
	assert.Empty(t, sniffUTF16(le[:utf16MinSniff-2], -1, true), "too short to decide")
	// A few binary units among text stay within the threshold.
	mixed := append([]byte{1, 0}, le...)
	assert.Equal(t, "utf-16le", sniffUTF16(mixed, -1, false))
}

func BenchmarkSniffUTF16Binary(b *testing.B) {
	blob := make([]byte, headSize)
	for i := range blob {
		if i%3 == 0 {
			blob[i] = byte(i)
		}
	}
	b.SetBytes(utf16SniffSize)
	for b.Loop() {
		sniffUTF16(blob, -1, false)
	}
}

// TestUTF16StringsInBinary: a string stored as UTF-16 inside binary data
// (a browser's localStorage log: the key in single bytes, then the
// value's marker byte 0 and the value in UTF-16) is read; until
// 2026-12-02 its letters, each followed by a zero byte, were no words.
func TestUTF16StringsInBinary(t *testing.T) {
	phrase := freshPhrase(t).Reveal()
	for name, blob := range map[string][]byte{
		"after a key":   append(append(binaryBlob(t, []byte("_https://wallet.example\x00\x01mnemonic\x00")), encodeUTF16(phrase, false)...), 0, 0, 0xff),
		"after a zero":  append(binaryBlob(t, append([]byte{0, 0}, encodeUTF16(phrase, false)...)), 0, 0),
		"after a label": binaryBlob(t, encodeUTF16("Recovery phrase: "+phrase, false)),
	} {
		t.Run(name, func(t *testing.T) {
			storedOnceInUTF16(t, blob, phrase)
		})
	}
}

// TestUTF16AfterKeyOnce: a phrase whose first word with a c before it
// is a list word and passes the checksum too ("ash …" and "cash …"),
// stored in UTF-16 after the key "mnemonic" in single bytes, is found
// once, as stored: the key's last letter is not read as the text's
// first. (A random phrase hit this one run in about 1,500.)
func TestUTF16AfterKeyOnce(t *testing.T) {
	rng := mrand.New(mrand.NewPCG(1, 2))
	words := wordlists.English
	phrase := phraseWhere(t, rng, mnemonic.English, 1_000_000, func(p string) bool {
		if !slices.Contains(words, "c"+strings.Fields(p)[0]) {
			return false
		}
		_, err := mnemonic.Validate("c" + p)
		return err == nil
	})
	storedOnceInUTF16(t, append(append(binaryBlob(t, []byte("_https://wallet.example\x00\x01mnemonic\x00")), encodeUTF16(phrase, false)...), 0, 0, 0xff), phrase)
}

// storedOnceInUTF16 scans blob and checks that it holds phrase, in
// UTF-16LE, as its one phrase.
func storedOnceInUTF16(t *testing.T, blob []byte, phrase string) {
	t.Helper()
	fs, _ := collect(t, New(Options{Workers: 1}), Bytes("000003.log", blob))
	n := 0
	for _, f := range fs {
		if f.Kind == KindMnemonic {
			n++
			assert.True(t, f.Secret.Reveal() == phrase, "the finding is not the phrase stored")
			assert.Equal(t, "utf-16le", f.Encoding)
		}
	}
	assert.Equal(t, 1, n, "mnemonic findings")
}

func TestUTF16StringsSpans(t *testing.T) {
	data := []byte("\x01\x02" + string(encodeUTF16(strings.Repeat("ab", 20), false)) + "\x00\x00x" + string(encodeUTF16("short", false)))
	var got []string
	utf16Strings(data, func(s, e int, text []byte) bool {
		got = append(got, fmt.Sprintf("%d-%d:%s", s, e, text))
		return true
	})
	assert.Equal(t, []string{"2-82:" + strings.Repeat("ab", 20)}, got)
}

func FuzzUTF16Strings(f *testing.F) {
	f.Add(append([]byte("key\x00"), encodeUTF16(strings.Repeat("word ", 10), false)...))
	f.Fuzz(func(t *testing.T, data []byte) {
		last := -1
		utf16Strings(data, func(s, e int, text []byte) bool {
			if s < 0 || e > len(data) || (e-s)%2 != 0 || (e-s)/2 < utf16MinUnits || !utf8.Valid(text) || utf8.RuneCount(text) != (e-s)/2 {
				t.Fatalf("bad string %d-%d (%d runes)", s, e, utf8.RuneCount(text))
			}
			if e < last {
				t.Fatalf("strings out of order")
			}
			last = e
			return true
		})
		var want, got [][2]int
		utf16StringsEveryByte(data, func(s, e int, _ []byte) bool { want = append(want, [2]int{s, e}); return true })
		utf16Strings(data, func(s, e int, _ []byte) bool { got = append(got, [2]int{s, e}); return true })
		if !slices.Equal(want, got) {
			t.Fatalf("spans %v, looking at every zero byte %v", got, want)
		}
	})
}

// TestWindows1252Text: a Spanish or French note saved as "ANSI" (Windows
// Notepad's default until Windows 10) has its accented letters as single
// bytes that are no UTF-8; it is decoded as Windows-1252 (its phrase was
// cut at those bytes: 1 and 4 of 30 found). Text with valid UTF-8 beyond
// ASCII, and text whose high bytes are not letters, is left as it is.
func TestWindows1252Text(t *testing.T) {
	var phrase string
	for i := byte(0); phrase == "" || phrase == stripToASCII(phrase); i++ {
		p, err := mnemonic.FromEntropy(bytes.Repeat([]byte{i, 0x5a}, 8), mnemonic.Spanish)
		require.NoError(t, err)
		phrase = p.Reveal()
	}
	// Written composed (NFC), as a keyboard types it; the phrase is NFKD.
	note := "Notas del martes\r\nsemilla:\r\n" + norm.NFC.String(phrase) + "\r\n"
	ansi, err := charmap.Windows1252.NewEncoder().Bytes([]byte(note))
	require.NoError(t, err)
	require.False(t, utf8.Valid(ansi))

	fs, _ := collect(t, New(Options{Workers: 1}), Bytes("notas.txt", ansi))
	require.Len(t, fs, 1)
	assert.True(t, norm.NFKD.String(fs[0].Secret.Reveal()) == norm.NFKD.String(phrase), "the finding is not the phrase written")
	assert.Equal(t, "windows-1252", fs[0].Encoding)
	assert.Equal(t, 3, fs[0].Location.Line)

	for _, tc := range []struct {
		name  string
		head  string
		whole bool
		want  bool
	}{
		{"ascii", "plain text\n", true, false},
		{"latin-1 letter", "caf\xe9 cr\xe8me\n", true, true},
		{"utf-8", "café crème\n", true, false},
		{"utf-8 and one stray byte", "café \xe9\n", true, false},
		{"curly quotes only", "\x93quoted\x94 text\n", true, false},
		{"a character cut at the head's end", "text caf\xc3", false, false},
		{"the same byte ending a whole file", "text caf\xc3", true, true},
		{"ordinal indicators after digits", "Cartera de mam\xe1\n1\xba abeja\n2\xba ola\n3\xba sol\n4\xba pan\n", true, true},
		{"ordinal indicators alone", "\xba\xba\xaa text\n", true, false},
	} {
		assert.Equal(t, tc.want, sniffLatin1([]byte(tc.head), tc.whole), tc.name)
	}
}

// TestCyrillicCodePageText: a Russian note in Windows-1251 or KOI8-R
// (Notepad's "ANSI" on a Russian Windows, old Unix mail) is decoded as
// that code page, not as Windows-1252, so that its labels read: a key
// after "приватный ключ:" is found.
func TestCyrillicCodePageText(t *testing.T) {
	sum := sha256.Sum256([]byte("a key for a note in a Cyrillic code page"))
	key := hex.EncodeToString(sum[:])
	note := "Резервная копия кошелька (не удалять)\r\nприватный ключ: " + key + "\r\nпароль в менеджере\r\n"
	for _, tc := range []struct {
		cm   *charmap.Charmap
		name string
	}{{charmap.Windows1251, "windows-1251"}, {charmap.KOI8R, "koi8-r"}} {
		raw, err := tc.cm.NewEncoder().Bytes([]byte(note))
		require.NoError(t, err)
		cm, name := singleByteCharmap(raw)
		assert.Equal(t, tc.name, name)
		assert.Equal(t, tc.cm, cm)
		fs, _ := collect(t, New(Options{Workers: 1}), Bytes("заметки.txt", raw))
		if assert.Len(t, fs, 1, tc.name) {
			assert.Equal(t, tc.name, fs[0].Encoding)
			assert.Equal(t, 2, fs[0].Location.Line)
		}
	}
	// Western text with accented letters stays Windows-1252.
	cm, name := singleByteCharmap([]byte("Fa\xe7ade, r\xe9sum\xe9 und \xdcberpr\xfcfung\n"))
	assert.Equal(t, "windows-1252", name)
	assert.Equal(t, charmap.Windows1252, cm)
}

// stripToASCII drops what is not ASCII.
func stripToASCII(s string) string {
	return strings.Map(func(r rune) rune {
		if r < utf8.RuneSelf {
			return r
		}
		return -1
	}, s)
}

// TestPreferAsWritten: of one phrase read twice over overlapping spans,
// once through a misspelt word (a stray letter glued to its first word
// in one decoded view), the reading as written is kept, also when the
// misspelt word was read as another word ("crazor" as "crazy", which
// passes the checksum one time in 16: until 2026-12-02 it was a second
// finding); a corrected reading alone, or far from the other, stays.
func TestPreferAsWritten(t *testing.T) {
	p := freshPhrase(t).Reveal()
	secret := func(raw string) Secret {
		return detect.NewSecret(detect.SecretSpec{Kind: KindMnemonic, Raw: raw, Normalized: p, Redacted: "[phrase]"})
	}
	corrected := located{start: 10, end: 90, c: Candidate{Rule: "bip39-mnemonic", Secret: secret("c" + p), Details: map[string]string{"corrected": "1"}}}
	written := located{start: 12, end: 90, c: Candidate{Rule: "bip39-mnemonic", Secret: secret(p)}}
	other := located{start: 12, end: 90, c: Candidate{Rule: "bip39-mnemonic", Secret: detect.NewSecret(detect.SecretSpec{Kind: KindMnemonic, Raw: "x", Normalized: "x", Redacted: "[x]"})}}
	got := preferAsWritten([]located{corrected, written}, "")
	require.Len(t, got, 1)
	assert.Equal(t, 12, got[0].start)
	assert.Len(t, preferAsWritten([]located{corrected}, ""), 1)
	got = preferAsWritten([]located{corrected, other}, "")
	require.Len(t, got, 1)
	assert.Equal(t, other.c.Secret.Fingerprint(), got[0].c.Secret.Fingerprint())
	far := written
	far.start, far.end = 200, 280
	assert.Len(t, preferAsWritten([]located{corrected, far}, ""), 2)
	// Read in a view over a string (its escaped lines) and in the text
	// as written: the text's reading is kept, though the view starts
	// first; a view's reading alone stays.
	inView := located{start: 5, end: 95, encoding: "escaped-lines", c: Candidate{Rule: "bip39-mnemonic", Secret: secret(p), Confidence: ConfidenceMedium}}
	written.c.Confidence = ConfidenceMedium
	got = preferAsWritten([]located{inView, written}, "")
	require.Len(t, got, 1)
	assert.Equal(t, "", got[0].encoding)
	assert.Len(t, preferAsWritten([]located{inView}, ""), 1)
	// A view that reads it with more confidence (its lines set it off,
	// a web page's label in the block above) is kept, placed where the
	// text has it: one finding, not two (until 2026-12-06 both were
	// reported).
	inView.c.Confidence = ConfidenceHigh
	got = preferAsWritten([]located{inView, written}, "")
	require.Len(t, got, 1)
	assert.Equal(t, "escaped-lines", got[0].encoding)
	assert.Equal(t, [2]int{written.start, written.end}, [2]int{got[0].start, got[0].end})
	// Read as written only through a misspelt word (a colour code glued
	// to the first word, "\x1b[1mword"), and as written in the view
	// without the colours: the view's reading stays. Until 2026-12-05
	// each dropped the other and the phrase was not reported.
	inView.c.Confidence, inView.encoding = ConfidenceHigh, "ansi"
	corrected.c.Confidence = ConfidenceHigh
	got = preferAsWritten([]located{corrected, inView}, "")
	require.Len(t, got, 1)
	assert.Equal(t, "ansi", got[0].encoding)
}

// TestColourCodeGluedToPhrase: a phrase printed in bold after a coloured
// label (hardhat's "Using mnemonic:" in a CI log), its first word glued
// to the colour code, is reported once.
func TestColourCodeGluedToPhrase(t *testing.T) {
	p := freshPhrase(t).Reveal()
	log := "2024-05-06T12:53:27.1234567Z \x1b[33mUsing mnemonic:\x1b[39m \x1b[1m" + p + "\x1b[22m\n2024-05-06T12:53:28.0000000Z done\n"
	fs, _ := collect(t, New(Options{}), Bytes("3_Deploy contracts.txt", []byte(log)))
	require.Len(t, fs, 1)
	assert.Equal(t, detect.Fingerprint(KindMnemonic, "bip39:"+p), fs[0].Secret.Fingerprint())
}

// utf16StringsEveryByte is utf16Strings as it was before it read only
// one offset in 2*utf16MinUnits: every zero byte looked at. Both read a
// run they find with utf16Run.
func utf16StringsEveryByte(data []byte, fn func(s, e int, text []byte) bool) {
	var buf []byte
	for i := 0; i+1 < len(data); {
		z := bytes.IndexByte(data[i+1:], 0)
		if z < 0 {
			return
		}
		s := i + z
		if !utf16Char(data[s]) {
			j := s + 2
			for j < len(data) && data[j] == 0 {
				j++
			}
			i = j - 1
			continue
		}
		e := s
		for e+1 < len(data) && data[e+1] == 0 && utf16Char(data[e]) {
			e += 2
		}
		var more bool
		if buf, more = utf16Run(data, s, e, buf, fn); !more {
			return
		}
		i = max(e, s+1)
	}
}

// TestUTF16StringsSampled: reading one offset in 48 finds the strings,
// at the same spans, that looking at every zero byte finds, in binary
// data of zeros, other bytes and strings of 20 to 40 characters at every
// alignment.
func TestUTF16StringsSampled(t *testing.T) {
	rng := mrand.New(mrand.NewPCG(16, 48))
	collect := func(f func([]byte, func(int, int, []byte) bool), data []byte) []string {
		var got []string
		f(data, func(s, e int, text []byte) bool {
			got = append(got, fmt.Sprintf("%d-%d:%s", s, e, text))
			return true
		})
		return got
	}
	total := 0
	for range 5000 {
		var data []byte
		for len(data) < 600 {
			switch rng.IntN(4) {
			case 0:
				data = append(data, make([]byte, rng.IntN(9))...)
			case 1:
				for range rng.IntN(9) {
					data = append(data, byte(rng.IntN(256)))
				}
			case 2:
				word := make([]byte, 20+rng.IntN(21))
				for i := range word {
					word[i] = "abcdefgh 12\x01\xe9"[rng.IntN(13)]
				}
				data = append(data, encodeUTF16(string(word), false)...)
			case 3:
				data = append(data, "key"...)
			}
		}
		want := collect(utf16StringsEveryByte, data)
		total += len(want)
		require.Equal(t, want, collect(utf16Strings, data))
	}
	assert.Greater(t, total, 500, "strings found")
}

// TestUTF16ValueNamedByKey: a store that writes its key in single bytes
// and the value in UTF-16 right after it (a browser's localStorage in
// SQLite, or in LevelDB after the byte that says UTF-16) names the value
// as a label would: a hex key under a key's name is a private key, the
// same hex under a transaction's name is not.
func TestUTF16ValueNamedByKey(t *testing.T) {
	key := make([]byte, 32)
	key[0] = 0x5a
	for i := 1; i < len(key); i++ {
		key[i] = byte(i*37 + 11)
	}
	value := encodeUTF16("0x"+hex.EncodeToString(key), false)
	for _, tc := range []struct {
		name, before string
		want         bool
	}{
		{"sqlite row", "\x81\x16\x02\x1d\x02metaPrivateKey", true},
		{"leveldb value", "_https://app.example\x00\x01privateKey\x00", true},
		{"transaction's name", "\x81\x16\x02\x1d\x02lastTxHash", false},
		{"no name", "\x81\x16\x02\x1d\x02", false},
	} {
		blob := append(binaryBlob(t, []byte(tc.before)), value...)
		blob = append(blob, 0, 0, 0xff)
		fs, _ := collect(t, New(Options{Workers: 1}), Bytes("https_app.example_0.localstorage", blob))
		n := 0
		for _, f := range fs {
			if f.Kind == KindRawPrivateKey && f.Encoding == "utf-16le" {
				n++
			}
		}
		assert.Equal(t, tc.want, n == 1, tc.name)
	}
}

// TestCJKCodePageText: a note in a Chinese, Japanese or Korean legacy
// code page (GBK, Big5, Shift-JIS, EUC-JP, EUC-KR: Notepad's "ANSI" in
// those locales) is decoded as that code page, so that a phrase in it is
// read (corpus 65: a Chinese phrase in GBK, a Japanese one in
// Shift-JIS); Western and Cyrillic text is no CJK text.
func TestCJKCodePageText(t *testing.T) {
	phrase := func(lang mnemonic.Language, sep string) string {
		ent := sha256.Sum256([]byte("a phrase for a note in a code page " + string(lang)))
		p, err := mnemonic.FromEntropy(ent[:16], lang)
		require.NoError(t, err)
		return norm.NFC.String(strings.Join(p.RevealWords(), sep)) // as typed: the code pages have no combining marks
	}
	for _, tc := range []struct {
		name string
		enc  encoding.Encoding
		note string
	}{
		{"gb18030", simplifiedchinese.GBK, "这是我的钱包备份，请不要告诉任何人。\r\n如果电脑坏了，可以用它恢复所有的资产。\r\n助记词：" + phrase(mnemonic.ChineseSimplified, " ") + "\r\n"},
		{"big5", traditionalchinese.Big5, "這是我的錢包備份，請不要告訴任何人。\r\n如果電腦壞了，可以用它恢復所有的資產。\r\n助記詞：" + phrase(mnemonic.ChineseTraditional, " ") + "\r\n"},
		{"shift_jis", japanese.ShiftJIS, "ウォレットのバックアップです。だれにも見せないでください。\r\nパソコンが壊れたら、これで元に戻せます。\r\nリカバリーフレーズ：" + phrase(mnemonic.Japanese, "\u3000") + "\r\n"},
		{"euc-jp", japanese.EUCJP, "ウォレットのバックアップです。だれにも見せないでください。\nパソコンが壊れたら、これで元に戻せます。\nリカバリーフレーズ：" + phrase(mnemonic.Japanese, "\u3000") + "\n"},
		{"euc-kr", korean.EUCKR, "지갑 백업입니다. 아무에게도 보여주지 마세요.\n컴퓨터가 고장나면 이것으로 복구할 수 있습니다.\n복구 문구: " + phrase(mnemonic.Korean, " ") + "\n"},
	} {
		raw, err := tc.enc.NewEncoder().Bytes([]byte(tc.note))
		require.NoError(t, err, tc.name)
		_, name := sniffCJK(raw, true)
		assert.Equal(t, tc.name, name)
		fs, _ := collect(t, New(Options{Workers: 1}), Bytes("notes.txt", raw))
		if assert.Len(t, fs, 1, tc.name) {
			assert.Equal(t, KindMnemonic, fs[0].Kind, tc.name)
			assert.Equal(t, tc.name, fs[0].Encoding, tc.name)
			assert.Equal(t, 3, fs[0].Location.Line, tc.name)
		}
	}
	for _, text := range []string{
		"Fa\xe7ade, r\xe9sum\xe9 und \xdcberpr\xfcfung, \xe9t\xe9 \xe0 la plage, caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve \xe9l\xe8ve\n",
		"\xd0\xe5\xe7\xe5\xf0\xe2\xed\xe0\xff \xea\xee\xef\xe8\xff \xea\xee\xf8\xe5\xeb\xfc\xea\xe0 (\xed\xe5 \xf3\xe4\xe0\xeb\xff\xf2\xfc), \xef\xe0\xf0\xee\xeb\xfc \xe2 \xec\xe5\xed\xe5\xe4\xe6\xe5\xf0\xe5\n",
		"caf\xc3\xa9 and one stray \xe9 byte in otherwise UTF-8 text with many words in it\n",
	} {
		_, name := sniffCJK([]byte(text), true)
		assert.Empty(t, name, "%q", text)
	}
}

// TestSniffUTF16CJK: Chinese, Japanese and Korean notes in UTF-16
// without a BOM (Java's writeChars, corpus 61's Korean phrase in
// UTF-16BE) are UTF-16 in their byte order, though few of their units
// are ASCII; binary data with zeros is not.
func TestSniffUTF16CJK(t *testing.T) {
	notes := []string{
		"지갑 백업입니다. 아무에게도 보여주지 마세요.\n복구 문구는 아래에 있습니다.\n",
		"这是我的钱包备份，请不要告诉任何人。\n如果电脑坏了，可以用它恢复所有的资产。\n",
		"ウォレットのバックアップです。だれにも見せないでください。\nパソコンが壊れたら、これで元に戻せます。\n",
	}
	for _, note := range notes {
		text := strings.Repeat(note, 4)
		assert.Equal(t, "utf-16le", sniffUTF16(encodeUTF16(text, false), -1, true), "%.12s", note)
		assert.Equal(t, "utf-16be", sniffUTF16(encodeUTF16(text, true), -1, true), "%.12s", note)
	}
	r := mrand.New(mrand.NewPCG(61, 28))
	for range 50 {
		blob := make([]byte, 512)
		for i := range blob {
			if r.IntN(3) > 0 {
				blob[i] = byte(r.IntN(256))
			}
		}
		assert.Empty(t, sniffUTF16(blob, -1, true))
	}
}

// TestShiftJISKanaCSV: Excel's CSV on Japanese Windows is Shift-JIS; a
// phrase's hiragana words one a row, whose bytes code page 949 reads as
// rare Hangul, are Japanese (corpus 196).
func TestShiftJISKanaCSV(t *testing.T) {
	ent := sha256.Sum256([]byte("a phrase in a Shift-JIS CSV"))
	p, err := mnemonic.FromEntropy(ent[:16], mnemonic.Japanese)
	require.NoError(t, err)
	var rows []string
	for i, w := range p.RevealWords() {
		rows = append(rows, fmt.Sprintf("%d,%s,済", i+1, norm.NFC.String(w)))
	}
	for _, text := range []string{
		"番号,単語,確認\r\n" + strings.Join(rows, "\r\n") + "\r\n",
		strings.Join(rows, "\r\n") + "\r\n",
	} {
		raw, err := japanese.ShiftJIS.NewEncoder().Bytes([]byte(text))
		require.NoError(t, err)
		_, name := sniffCJK(raw, true)
		assert.Equal(t, "shift_jis", name)
		fs, _ := collect(t, New(Options{Workers: 1}), Bytes("シード控え.csv", raw))
		if assert.Len(t, fs, 1) {
			assert.Equal(t, KindMnemonic, fs[0].Kind)
		}
	}
}

// TestQuotedSplitHexKey: a hex key cut in two halves on lines of a mail's
// quoted reply, under a quoted label (corpus 199), is read whole and
// named by the label; the same halves under no label are not reported.
func TestQuotedSplitHexKey(t *testing.T) {
	sum := sha256.Sum256([]byte("a key quoted in a reply"))
	h := hex.EncodeToString(sum[:])
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"On Thu, Dec 8, 2022 at 1:14 PM Markus wrote:\n> Private key, split for the label printer:\n> " + h[:32] + "\n> " + h[32:] + "\n>\n> M.\n", true},
		{">> private key:\n>> " + h[:32] + "\n>> " + h[32:] + "\n", true},
		{"On Thu, Markus wrote:\n> see you\n> " + h[:32] + "\n> " + h[32:] + "\n", false},
	} {
		fs, _ := collect(t, New(Options{Workers: 1}), Bytes("reply.txt", []byte(tc.text)))
		n := 0
		for _, f := range fs {
			if f.Kind == KindRawPrivateKey {
				n++
			}
		}
		assert.Equal(t, tc.want, n == 1, "%q", strings.ReplaceAll(tc.text, h[:32], "<half>"))
	}
}
