package decode

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func collect(data string, depth int) []View {
	var out []View
	err := Views(context.Background(), []byte(data), depth, func(v View) bool { out = append(out, v); return true })
	if err != nil {
		panic(err) // a background context is never cancelled
	}
	return out
}

func TestViews(t *testing.T) {
	secret := "MNEMONIC=alpha bravo charlie delta echo foxtrot"
	b64 := base64.StdEncoding.EncodeToString([]byte(secret))
	for _, tc := range []struct {
		name, text, encoding string
	}{
		{"base64", "  data: " + b64 + "\n", "base64"},
		{"base64url", "v=" + base64.RawURLEncoding.EncodeToString([]byte(secret+"??>>")) + "\n", "base64"},
		{"hex", "blob " + hex.EncodeToString([]byte(secret)) + "\n", "hex"},
		{"url", "GET /recover?phrase=" + url.QueryEscape(secret) + " HTTP/1.1\n", "url"},
		{"json", `{"m": "` + strings.ReplaceAll(secret, " ", `\u0020`) + `"}`, "json-string"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			vs := collect(tc.text, 1)
			require.NotEmpty(t, vs)
			found := false
			for _, v := range vs {
				if v.Encoding == tc.encoding && strings.Contains(string(v.Data), "bravo charlie") {
					found = true
					assert.True(t, v.Start >= 0 && v.End <= len(tc.text) && v.Start < v.End)
				}
			}
			assert.True(t, found)
		})
	}
}

func TestNested(t *testing.T) {
	inner := base64.StdEncoding.EncodeToString([]byte("phrase=alpha%20bravo%20charlie%20delta"))
	vs := collect("x: "+inner+"\n", 2)
	var encs []string
	for _, v := range vs {
		encs = append(encs, v.Encoding)
		assert.Equal(t, 3, v.Start, "nested views map to the outer span")
	}
	assert.Contains(t, encs, "base64+url")
}

func TestNothingEncoded(t *testing.T) {
	text := strings.Repeat("func main() { fmt.Println(\"hello, world\") } // sha 9f86d081884c7d65\n", 100)
	assert.Empty(t, collect(text, 2))
	assert.Empty(t, collect("ThisIsAVeryLongIdentifierNameWithoutDigitsAtAllInIt", 2))
}

func FuzzViews(f *testing.F) {
	f.Add("k: 4783 2a48 406a 9c36 e1fd 8343 7c72 4fe0 ec3f d8e1 f55c 0037 4296 9f69 1d39 b972\n01234567\n89abcdef\n")
	f.Add("data: " + base64.StdEncoding.EncodeToString([]byte("hello world, this is text")))
	f.Add(`{"a": "\u0041\u3000b"} %41%42 616263646566676869707172737475767778797a616263646566676869`)
	f.Add("k := []byte{0x80, 0x83, 0x86, 0x89, 0x8c, 0x8f, 0x92, 0x95, 0x98, 0x9b, 0x9e, 0xa1, 0xa4, 0xa7, 0xaa, 0xad}")
	f.Add("byte[] k = {(byte) 0x8f, -12, (byte)")
	f.Add("BEGIN:VCARD\nNOTE;ENCODING=QUOTED-PRINTABLE:Cl=C3=A9 =\n=E2=82\nEND:VCARD")
	f.Add("\x1b]0;t\x07$ echo abx\b \bc k\xc5\xaf\b\n\b\x1b]2;u\x1b\\\x1b[1m\x1b]")
	f.Add(`a\040b\040\3771\04`)
	f.Add("\"W\"=hex(7):63,00,6f,00,00,00,\\\r\n  73,00,00,00,00,00\r\n@=hex:8a,\\\n")
	f.Add("k = \"0x\" <>\n \"80838689" + strings.Repeat("8c8f9295", 3) + "\" <> '" + strings.Repeat("989b9ea1", 4) + "' .. \"")
	f.Add(wrap(base64.StdEncoding.EncodeToString([]byte("seed: alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima\n")), 64, "  ", "\r\n"))
	f.Add(`{"v": "{\"m\":\"a b \\u00e9\"}"}`)
	f.Add("k=m\\u00e1ximo \\\r\n  b\\u00")
	f.Add("BEGIN:VEVENT\r\nDESCRIPTION:seed: alpha bravo char\r\n lie delta\r\n\techo\r\nEND:VEVENT")
	f.Add("priv:\n    00:80:83:86:89:8c:8f:92:95:98:9b:9e:a1:a4:a7:\n    aa:ad:b0:b3:b6:b9:bc:bf:c2:c5:c8:cb:ce:d1:d4:\n    d7:da:dd\n")
	f.Add("key: 80 83 86 89 8c 8f 92 95 98 9b 9e a1 a4 a7 aa ad b0 b3 b6 b9 bc bf c2 c5 c8 cb ce d1 d4 d7 da dd\n<Buffer 80 83 86 89 8c 8f 92 95 98 9b 9e a1 a4 a7 aa ad b0 b3 b6 b9 bc bf c2 c5 c8 cb ce d1 d4 d7 da dd> 80-83-86-89-8C-8F-92-95-98-9B-9E-A1-A4-A7-AA-AD-B0-B3-B6-B9-BC-BF-C2-C5-C8-CB-CE-D1-D4-D7-DA-DD")
	f.Add("[12/03/2024, 10:01:12] Ana: alpha bravo charlie delta echo foxtrot\n[12/03/2024, 10:01:30] Ana: golf hotel india juliet kilo lima\n")
	f.Add("Ana, [12.03.24 10:01]\nalpha bravo charlie delta echo foxtrot\n\nAna, [12.03.24 10:01]\r\ngolf hotel india juliet kilo lima")
	// 32 bytes in base64 as a JWK's "d" and beside an address; a key as
	// a decimal integer.
	f.Add(`{"kty":"EC","crv":"secp256k1","d":"gIOGiYyPkpWYm56hpKeqrbCztrm8v8LFyMvO0dTX2t0"}` + "\nowner 0x" + strings.Repeat("ab", 20) + "\nk: gIOGiYyPkpWYm56hpKeqrbCztrm8v8LFyMvO0dTX2t0=")
	f.Add(">>> int(key, 16)\n58239283498234982349823498234982349823498234982349823498234982349823498234\n3.1415926535897932384626433832795028841971693993751058209749445923078164062")
	f.Add("k=AbandonAbilityAbleAboutAboveAbsentAbsorbAbstractAbsurdAbuseAccessAccident;")
	f.Add("POST /s w1=a&w2=b%20&w3=c+d&w4=&w5=e&w6=f&w7=g&w8=h&w9=i&w10=j&w11=k&w12=%E1&w1=x")
	f.Add(`{"word_1":"a","word_12":"b","3":"c","12":"d"}`)
	f.Add(`{"privateKey" :{ "$binary" : {"base64":"gIOGiYyPkpWYm56hpKeqrbCztrm8v8LFyMvO0dTX2t0=" BinData(0, "gIOGiYyPkpWYm56hpKeqrbCztrm8v8LFyMvO0dTX2t0="`)
	f.Add(`{"nbformat": 4, "cells": [{"cell_type": "code", "outputs": [{"text": ["[1,\n", " 2]"]}], "source": "x"}, {"cell_type": "markdown", "source": ["a\n", "b`)
	f.Add("WEBVTT\n\n1\n00:03.000 --> 00:04.100\n<v Ana>alpha bravo</v>\n\n00:04.000 -->\n<i\n\n1\r\n00:00:01,000 --> 00:00:02,000\r\ncharlie delta echo\r\n")
	f.Add("\t0x0000:  4500 0113 1a2b 4000 4006 a623 ac10 0417  E....+@.@..#....\n\t0x0010:  636f 696e 3d62 7463 0d0a 6b65 793d 4c34  coin=btc..key=L4\n\t0x0020:  7379  sy\n0000   0a 0b\n")
	f.Add("=> Send data, 70 bytes (0x46)\n0000: " + strings.Repeat("a", 64) + "\n0040: bcdef\r\n0047: \n<= Recv data\n0000: x\n")
	f.Add(`{"text": "k:\n0x` + strings.Repeat("ab", 32) + `\n\"q\"\\n"}` + "\nseed (ROT-13):\nnonaqba\nrot13")
	f.Add(`[{"listContent":[{"text":"a b","c":true}]},{"listContent":[{"text":"c d"}],"x":"]["}]`)
	f.Fuzz(func(t *testing.T, s string) {
		_ = Views(context.Background(), []byte(s), 2, func(v View) bool {
			if v.Start < 0 || v.End > len(s) || v.Start > v.End {
				t.Fatalf("span %d..%d out of %d", v.Start, v.End, len(s))
			}
			if len(v.Data) > 4*len(s)+16 {
				t.Fatal("view larger than its input")
			}
			for _, c := range v.Cells {
				if c[0] < v.Start || c[1] > v.End || c[0] > c[1] {
					t.Fatalf("cell %d..%d out of the view's span %d..%d", c[0], c[1], v.Start, v.End)
				}
			}
			return true
		})
	})
}

func BenchmarkViewsPlainText(b *testing.B) {
	text := []byte(strings.Repeat("The quick brown fox jumps over the lazy dog; return err != nil && x == 42\n", 50000))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		_ = Views(context.Background(), text, 2, func(View) bool { return true })
	}
}

// TestCodeUnitsOfTerminalText: journald's JSON output writes a message
// with control bytes (a terminal's colours) or bytes beyond ASCII as an
// array of byte values (corpus 191); such an array is text when its bytes
// are valid UTF-8, mostly printable ASCII, with colours, tabs and line
// breaks among them. A key's 32 random bytes are not.
func TestCodeUnitsOfTerminalText(t *testing.T) {
	codes := func(text string) string {
		var cs []string
		for _, c := range []byte(text) {
			cs = append(cs, strconv.Itoa(int(c)))
		}
		return strings.Join(cs, ", ")
	}
	text := "\x1b[33mWARN\x1b[0m wallet-api: legacy import, mnemonic=test test test test test test test test test test test junk — señal\n"
	vs := collect(`{"_SYSTEMD_UNIT": "wallet-api.service", "MESSAGE": [`+codes(text)+`], "_PID": "812"}`, 1)
	require.Len(t, vs, 1)
	assert.Equal(t, text, string(vs[0].Data))
	assert.Equal(t, "char-codes", vs[0].Encoding)
	key := make([]byte, 32)
	for i := range key {
		key[i] = byte(i*97 + 13)
	}
	for _, v := range collect("["+codes(string(key))+"]", 1) {
		assert.NotEqual(t, "char-codes", v.Encoding)
	}
	for _, v := range collect("["+codes(strings.Repeat("\x1b", 16)+"ab"+strings.Repeat("\x1b", 8))+"]", 1) {
		assert.NotEqual(t, "char-codes", v.Encoding, "control bytes")
	}
}

func TestCodeUnits(t *testing.T) {
	text := "test test test test test test test test test test test junk"
	var codes []string
	for _, c := range []byte(text) {
		codes = append(codes, strconv.Itoa(int(c)))
	}
	vs := collect(`{"mnemonic": [`+strings.Join(codes, ", ")+`]}`, 1)
	require.Len(t, vs, 1)
	assert.Equal(t, text, string(vs[0].Data))
	assert.Equal(t, "char-codes", vs[0].Encoding)
	assert.Empty(t, collect("[1, 2, 3, 300, 4]", 1))
	// A value a line and a trailing comma, as a snapshot prints them.
	vs = collect("  \"mnemonic\": [\n    "+strings.Join(codes, ",\n    ")+",\n  ],\n", 1)
	require.Len(t, vs, 1)
	assert.Equal(t, text, string(vs[0].Data))
	// The arguments of String.fromCharCode, not an array.
	vs = collect("const m = String.fromCharCode("+strings.Join(codes, ",")+");", 1)
	require.Len(t, vs, 1)
	assert.Equal(t, text, string(vs[0].Data))
	assert.Empty(t, collect("String.fromCharCode(72, 105)", 1))
	// The call is found past other words that end so, and not inside
	// one that starts before where the search goes on.
	for _, before := range []string{"CharCode(1); ", "s.getCharCode(1) + x.CharCode(2) + ", "romCharCode(fromfromCharCode(x)) + "} {
		vs = collect(before+"String.fromCharCode("+strings.Join(codes, ",")+");", 1)
		require.Len(t, vs, 1, before)
		assert.Equal(t, text, string(vs[0].Data), before)
	}
}

// octal writes b as \ooo escapes.
func octal(b []byte) string {
	var s strings.Builder
	for _, c := range b {
		fmt.Fprintf(&s, `\%03o`, c)
	}
	return s.String()
}

func TestEscapeLiterals(t *testing.T) {
	esc := func(b []byte) string {
		var s strings.Builder
		for _, c := range b {
			fmt.Fprintf(&s, `\x%02x`, c)
		}
		return s.String()
	}
	text := "bravo charlie delta echo"
	key := make([]byte, 32)
	for i := range key {
		key[i] = byte(0x80 + i*3)
	}
	// Python's repr keeps printable bytes as they are.
	pyrepr := strings.NewReplacer(`\x51`, "Q", `\x52`, "R").Replace(esc(key))
	tests := []struct {
		name, text, enc, want string
	}{
		{"obfuscated JS string", `var s = "` + esc([]byte(text)) + `";`, "escapes", text},
		{"mixed escapes and text", `m = '` + esc([]byte("bravo ")) + `charlie\n` + esc([]byte(" delta")) + `'`, "escapes", "bravo charlie\n delta"},
		{"python bytes literal", `PRIVATE_KEY = b'` + pyrepr + `'`, "bytes-literal", hex.EncodeToString(key)},
		{"python bytes literal in a JSON string", `{"vars": {"priv": "b'` + strings.ReplaceAll(pyrepr, `\`, `\\`) + `'", "n": 1}}`, "bytes-literal", hex.EncodeToString(key)},
		{"too few escapes", `s = "\x41\x42\x43 plain"`, "", ""},
		{"not closed", `s = "` + esc([]byte(text)), "", ""},
		{"bad escape", `s = "` + esc([]byte(text)) + `\q"`, "", ""},
		{"binary, not key-sized", `blob = b'` + esc(bytes.Repeat([]byte{0x90}, 100)) + `'`, "", ""},
		// Protobuf's text format, as C++ and Python write bytes: octal
		// escapes, printable bytes as they are.
		{"protobuf text format", `private_key: "` + octal(key[:16]) + `Q` + octal(key[17:]) + `"`, "bytes-literal", hex.EncodeToString(append(append(bytes.Clone(key[:16]), 'Q'), key[17:]...))},
		{"octal text", `s = "` + octal([]byte(text)) + `"`, "escapes", text},
		{"a NUL then digits is no octal escape", `s = "\08\09` + esc([]byte(text)) + `"`, "escapes", "\x008\x009" + text},
		{"too few octal escapes", `s = "\101\102\103 plain"`, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []View
			for _, v := range collect(tc.text, 1) {
				if v.Encoding == "escapes" || v.Encoding == "bytes-literal" {
					got = append(got, v)
				}
			}
			if tc.enc == "" {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			assert.Equal(t, tc.enc, got[0].Encoding)
			assert.Equal(t, tc.want, string(got[0].Data))
			assert.Contains(t, `'"b`, string(tc.text[got[0].Start]), "the literal with its prefix")
			assert.Contains(t, `'"`, string(tc.text[got[0].End-1]))
		})
	}
}

// hostileInputs are texts on which looking back from every escape, or
// re-reading a literal from every escape in it, takes time quadratic in
// their size.
func hostileInputs(n int) map[string][]byte {
	rep := func(s string) []byte { return bytes.Repeat([]byte(s), n/len(s)) }
	return map[string][]byte{
		`\x`:                  rep(`\x`),
		`\x4`:                 rep(`\x4`),
		`"\x`:                 append([]byte(`"`), rep(`\x`)...),
		`"\101`:               append([]byte(`"`), rep(`\101`)...),
		`{&quot;`:             rep(`{&quot;`),
		"resp":                rep("*9\r\n$1\r\nx\r\n"),
		"COPY":                append([]byte("COPY t (a, b) FROM stdin;\n"), rep("x\ty\n")...),
		`# "crypto"`:          rep("# \"crypto\"\n"),
		`'\n`:                 append([]byte(`'`), rep(`\n`)...),
		`'a b c\n`:            append([]byte(`'`), rep(`a b c d e f g h i j k l m\n`)...),
		`\1`:                  rep(`\1`),
		`quote, text, \q, \x`: append(append([]byte(`"`), rep("a")[:n/2]...), append([]byte(`\q`), rep(`\x`)[:n/2]...)...),
		`\u`:                  rep(`\u`),
		`"\n\u`:               append([]byte("\"\n"), rep(`\u`)...),
		`%`:                   rep(`%`),
		`%41`:                 rep(`%41`),
		`\\`:                  rep(`\\`),
		`[32,`:                rep(`[32,`),
		"hex groups":          rep("4783 "),
		"hex lines of 16":     rep("0123456789abcdef\n"),
		"hex lines of 8":      rep("  01234567\n"),
		`base64-ish`:          rep(`QUJD=QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=`),
		`aa:`:                 rep(`aa:`),
		`a a `:                rep(`a a `),
		`ab:\n `:              rep("ab:\n "),
		`\u00e9`:              rep(`\u00e9`),
		`a\\\n\u`:             rep("a\\\n\\u"),
		`"{\"`:                rep(`"{\"`),
		`"{\"a`:               append([]byte(`"{\"`), rep(`a\\`)...),
		`BEGIN:V, a\n `:       append([]byte("BEGIN:VCARD\n"), rep("a\n ")...),
		`BEGIN:V, x\n y\n`:    append([]byte("BEGIN:VCARD\n"), rep("x\n y\n")...),
	}
}

// TestPropertyLines: a line outside quotes with \uXXXX escapes (Java
// .properties) is read unescaped, with the lines a backslash continues;
// a line without escapes, or inside quotes, gives no such view.
func TestPropertyLines(t *testing.T) {
	text := "sdk.dir=/x\nwallet.seed=m\\u00e1ximo proa se\\u00f1al \\\r\n    enemigo cuota\nother=1\n"
	got := viewsOf(text, "properties")
	require.Len(t, got, 1)
	assert.Equal(t, "wallet.seed=máximo proa señal  enemigo cuota", string(got[0].Data))
	assert.Equal(t, strings.Index(text, "wallet"), got[0].Start)
	assert.Equal(t, strings.Index(text, "\nother"), got[0].End)
	for _, text := range []string{"a=b c\n", `x = "\u00e1"` + "\n"} {
		for _, v := range collect(text, 1) {
			assert.NotEqual(t, "properties", v.Encoding, text)
		}
	}
}

// TestNestedJSON: a JSON string holding JSON (a localStorage value, a
// log's payload) is a view, and the strings inside it, their \u escapes
// decoded, are views of the next depth.
func TestNestedJSON(t *testing.T) {
	text := `{"vault": "{\"version\":2,\"mnemonic\":\"remar taco sequ\\u00eda\",\"n\":1}", "list": "[{\"k\": \"v\"}]"}`
	var got []string
	for _, v := range collect(text, 2) {
		got = append(got, v.Encoding+" "+string(v.Data))
	}
	assert.Contains(t, got, `json-string {"version":2,"mnemonic":"remar taco sequ\u00eda","n":1}`)
	assert.Contains(t, got, "json-string+json-string remar taco sequía")
	assert.Contains(t, got, `json-string [{"k": "v"}]`)
	// Pretty-printed inside the string (a HAR's response text).
	har := `{"content": {"mimeType": "application/json", "text": "{\n  \"wallet\": {\n    \"secretKey\": [\n      12,\n      200\n    ]\n  }\n}"}}`
	assert.Len(t, viewsOf(har, "json-string"), 1, "pretty-printed")
	for _, v := range collect(`"plain \"quoted\" text" and {"a": "b"}`, 1) {
		assert.NotEqual(t, "json-string", v.Encoding, "a string that holds no JSON")
	}
}

// TestFoldedLines: the folded content lines of iCalendar and vCard text
// are unfolded, cut inside a word or not, with CRLF or LF, a space or a
// tab; lines that are not folded, and text that is neither, give none.
func TestFoldedLines(t *testing.T) {
	words := "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima"
	ics := "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nDESCRIPTION:seed: " + words[:30] + "\r\n " + words[30:60] + "\r\n\t" + words[60:] + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	got := viewsOf(ics, "unfolded")
	require.Len(t, got, 1)
	assert.Equal(t, "DESCRIPTION:seed: "+words, string(got[0].Data))
	assert.Equal(t, strings.Index(ics, "DESCRIPTION"), got[0].Start)
	assert.Equal(t, strings.Index(ics, "\r\nEND:VEVENT")+1, got[0].End)

	vcf := "BEGIN:VCARD\nNOTE:" + words[:40] + "\n " + words[40:] + "\nEND:VCARD"
	got = viewsOf(vcf, "unfolded")
	require.Len(t, got, 1)
	assert.Equal(t, "NOTE:"+words, string(got[0].Data))

	for _, text := range []string{
		"notes\n  indented " + words + "\n",            // not calendar text
		"BEGIN:VCARD\nNOTE:" + words + "\nEND:VCARD\n", // nothing folded
	} {
		for _, v := range collect(text, 1) {
			assert.NotEqual(t, "unfolded", v.Encoding, text)
		}
	}
}

// TestQuotedPrintableProperties: a vCard 2.1 property in
// quoted-printable is decoded across its soft line breaks, a key cut by
// one included, with its =XX letters; its context is the property's
// name. A value without soft breaks or escapes is decoded too; text that
// is not a vCard or vCalendar gives none.
func TestQuotedPrintableProperties(t *testing.T) {
	key := strings.Repeat("3d2f3686af8139c4", 4)
	vcf := "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Marc\r\nNOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Cl=C3=A9 priv=C3=A9e : " + key[:33] + "=\r\n" + key[33:] + "\r\nEND:VCARD\r\n"
	got := viewsOf(vcf, "quoted-printable")
	require.Len(t, got, 1)
	assert.Equal(t, "Clé privée : "+key, string(got[0].Data))
	assert.Equal(t, "NOTE: ", string(got[0].Context))
	assert.Equal(t, strings.Index(vcf, "NOTE"), got[0].Start)
	assert.Equal(t, strings.Index(vcf, "\r\nEND:VCARD")+1, got[0].End)

	vcs := "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDESCRIPTION;ENCODING=QUOTED-PRINTABLE:plain words\nEND:VEVENT\nEND:VCALENDAR\n"
	got = viewsOf(vcs, "quoted-printable")
	require.Len(t, got, 1)
	assert.Equal(t, "plain words", string(got[0].Data))

	assert.Empty(t, viewsOf("NOTE;ENCODING=QUOTED-PRINTABLE:Cl=C3=A9 "+key[:33]+"=\n"+key[33:]+"\n", "quoted-printable"))
}

// TestByteArrayLinesAbove: a byte array's context holds the lines above
// its declaration, up to a blank line and at most three, then its name.
func TestByteArrayLinesAbove(t *testing.T) {
	hx := make([]string, 32)
	for i := range hx {
		hx[i] = fmt.Sprintf("0x%02x", 0x80+3*i)
	}
	arr := "[]byte{\n\t" + strings.Join(hx, ", ") + ",\n}\n"
	text := "package x\n\n// testKey is the devnet relayer key.\n// Its address is funded.\nvar testKey = " + arr
	got := viewsOf(text, "byte-array")
	require.Len(t, got, 1)
	assert.Equal(t, "// testKey is the devnet relayer key.\n// Its address is funded.\nvar testKey = ", string(got[0].Context))

	text = "a\nb\nc\nd\nvar k = " + arr
	got = viewsOf(text, "byte-array")
	require.Len(t, got, 1)
	assert.Equal(t, "b\nc\nd\nvar k = ", string(got[0].Context))

	got = viewsOf("var k = "+arr, "byte-array")
	require.Len(t, got, 1)
	assert.NotContains(t, string(got[0].Context), "\n", "no line above")

	// The opener on a line of its own (C#'s braces): the lines above
	// are the declaration's, not the declaration itself.
	cs := "class SignerKey\n{\n    // raw key for the loot signer\n    static readonly byte[] Raw = new byte[]\n    {\n        " + strings.Join(hx, ", ") + "\n    };\n}\n"
	got = viewsOf(cs, "byte-array")
	require.Len(t, got, 1)
	assert.Equal(t, "class SignerKey\n{\n    // raw key for the loot signer\n    static readonly byte[] Raw =", strings.TrimSpace(string(got[0].Context)))
}

// viewsOf returns the views of data, one layer deep, of one encoding.
func viewsOf(data, encoding string) []View { return viewsAt(data, encoding, 1) }

// viewsAt returns the views of data, depth layers deep, of one encoding
// (nested ones named "outer+inner").
func viewsAt(data, encoding string, depth int) []View {
	var got []View
	for _, v := range collect(data, depth) {
		if v.Encoding == encoding {
			got = append(got, v)
		}
	}
	return got
}

// keyView returns the one view of text of the encoding, checking that it
// holds key's hex and that its context ends in context.
func keyView(t *testing.T, text, encoding string, key []byte, context string) View {
	t.Helper()
	got := viewsOf(text, encoding)
	require.Len(t, got, 1)
	assert.Equal(t, hex.EncodeToString(key), string(got[0].Data))
	assert.True(t, strings.HasSuffix(string(got[0].Context), context), "context %q", got[0].Context)
	return got[0]
}

// TestByteArrays: array literals of 16 to 64 byte values come out as
// their hex, with the name they are assigned to as the view's context,
// whatever type or call wraps them.
func TestByteArrays(t *testing.T) {
	key := make([]byte, 32)
	for i := range key {
		key[i] = byte(0x80 + i*3)
	}
	hx, dec := make([]string, 32), make([]string, 32)
	for i, c := range key {
		hx[i], dec[i] = fmt.Sprintf("0x%02x", c), fmt.Sprint(c)
	}
	h, d := strings.Join(hx, ", "), strings.Join(dec, ",")
	signed := make([]string, 32) // Java: negative numbers and casts
	for i, c := range key {
		signed[i] = fmt.Sprint(int8(c))
		if i%4 == 0 {
			signed[i] = fmt.Sprintf("(byte) 0x%02x", c)
		}
	}
	tests := []struct{ name, text, context string }{
		{"go slice", "\tprivKey := []byte{" + h + "}\n", "privKey = "},
		{"go array, lines", "var signerKey = [32]byte{\n\t" + strings.Join(hx, ",\n\t") + ",\n}\n", "signerKey = "},
		{"go field", "\t\tPrivateKey: []byte{" + h + "},\n", "PrivateKey = "},
		{"rust annotated", "let secret_key: [u8; 32] = [" + h + "];", "secret_key = "},
		{"c array", "static const uint8_t privkey[32] = {" + h + "};", "privkey = "},
		{"js typed array", "const privateKey = new Uint8Array([" + d + "]);", "privateKey = "},
		{"python bytes", "private_key = bytes([" + d + "])", "private_key = "},
		{"json key", `{"seed": [` + d + `]}`, "seed = "},
		{"java signed", "byte[] privateKey = new byte[] {" + strings.Join(signed, ", ") + "};", "privateKey = "},
		{"go %v in a log line", "2024/01/01 12:00:01 private key bytes: [" + strings.Join(dec, " ") + "]\n", "private key bytes = "},
		{"kotlin unsigned", "internal val signerKey = ubyteArrayOf(\n    " + strings.ToUpper(strings.Join(hx, "u, ")) + "u,\n)\n", "signerKey = "},
		{"kotlin toByte", "val privateKey = byteArrayOf(" + strings.Join(hx, ".toByte(), ") + ".toByte())", "privateKey = "},
		{"rust suffixed", "const SK: [u8; 32] = [" + hx[0] + "u8, " + strings.Join(hx[1:], ", ") + "];", "SK = "},
		{"rust decimal suffixed", "let sk = [" + strings.Join(dec, "_u8, ") + "_u8];", "sk = "},
		{"elixir binary", "  @signer_key <<" + strings.ToUpper(h) + ">>\n", "signer_key = "},
		{"erlang binary", "-define(PRIV_KEY, <<" + d + ">>).", "PRIV_KEY = "},
		// Erlang's hex notation, F#'s arrays (corpus 71).
		{"erlang hex binary", "-define(RELAYER_KEY, <<" + strings.ReplaceAll(h, "0x", "16#") + ">>).", "RELAYER_KEY = "},
		{"fsharp array", "let feePayerSecret : byte[] =\n    [| " + strings.Join(hx, "uy; ") + "uy |]\n", "feePayerSecret = "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := keyView(t, tc.text, "byte-array", key, tc.context)
			assert.Contains(t, "[{(<", string(tc.text[v.Start]))
			assert.Contains(t, "]})>", string(tc.text[v.End-1]))
		})
	}
	for name, text := range map[string]string{
		"15 values":           "k := []byte{" + strings.Join(hx[:15], ", ") + "}",
		"65 values":           "k := []byte{" + h + ", " + h + ", 0x01}",
		"a value past 255":    "k := []byte{" + h + ", 256}",
		"a value below -128":  "byte[] k = {" + strings.Join(signed, ", ") + ", -129};",
		"names":               "k := []T{" + h + ", a}",
		"floats":              "k := []float64{" + h + ", 1.5}",
		"printable codes":     "k = [" + strings.Repeat("104,105,", 16) + "]",
		"one closing bracket": "k = <<" + h + ">",
		"shifts":              "x := a << " + strings.Join(hx, " << "),
	} {
		for _, v := range collect(text, 1) {
			assert.NotEqual(t, "byte-array", v.Encoding, name)
		}
	}
}

// TestNumberedFields: a phrase sent a word a field, the fields numbered
// (a form post's "w1=…&w2=…" URL-encoded, a JSON object on one line in
// any order), is one view of the words in their numbers' order; fields
// that do not number 1 to a phrase's length are none.
func TestNumberedFields(t *testing.T) {
	words := strings.Fields("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima")
	form := func(name string, ws []string) string {
		var parts []string
		for i, w := range ws {
			parts = append(parts, fmt.Sprintf("%s%d=%s", name, i+1, url.QueryEscape(w)))
		}
		return "2024-05-01 12:00:01 POST /submit.php " + strings.Join(parts, "&") + "&ip=10.0.0.1\n"
	}
	obj := `{"w3":"charlie","w1":"alpha","w2":"bravo","w4":"delta","w5":"echo","w6":"foxtrot","w7":"golf","w8":"hotel","w9":"india","w10":"juliet","w11":"kilo","w12":"lima"}` + "\n"
	korean := []string{"가격", "가끔", "가난", "가능", "가득", "가르침", "가뭄", "가방", "가상", "가슴", "가운데", "가을"}
	for name, tc := range map[string]struct {
		text string
		want []string
	}{
		"form post":          {form("w", words), words},
		"form post, word_":   {form("word_", words), words},
		"JSON, out of order": {obj, words},
		"percent-encoded":    {form("w", korean), korean},
	} {
		got := viewsOf(tc.text, "numbered-fields")
		if assert.Len(t, got, 1, name) {
			assert.Equal(t, strings.Join(tc.want, "\n")+"\n", string(got[0].Data), name)
		}
	}
	// A log of several posts: each post's fields are a view of their own.
	other := slices.Clone(words)
	slices.Reverse(other)
	got := viewsOf(form("w", words)+obj+form("w", other)+form("w", korean), "numbered-fields")
	var texts []string
	for _, v := range got {
		texts = append(texts, string(v.Data))
	}
	assert.ElementsMatch(t, []string{
		strings.Join(words, "\n") + "\n", strings.Join(words, "\n") + "\n",
		strings.Join(other, "\n") + "\n", strings.Join(korean, "\n") + "\n",
	}, texts, "several posts")
	for name, text := range map[string]string{
		"eleven fields":    form("w", words[:11]),
		"thirteen fields":  form("w", append(slices.Clone(words), "mike")),
		"a number missing": strings.Replace(form("w", words), "w7=golf&", "", 1),
	} {
		assert.Empty(t, viewsOf(text, "numbered-fields"), name)
	}
}

// TestJoinedHexLiterals: a key cut into string literals that the
// language joins (or that are all an array holds) comes out as its 64
// hex digits, spanning the literals,
// with the name it is assigned to as its context; literals that are not
// joined, or make more or less than a key, do not.
func TestJoinedHexLiterals(t *testing.T) {
	key := make([]byte, 32)
	for i := range key {
		key[i] = byte(0x80 + i*3)
	}
	h := hex.EncodeToString(key)
	a, b := h[:32], h[32:]
	tests := []struct{ name, text, context, first, last string }{
		{"c++ side by side", "const char *kSignerHex =\n    \"" + a + "\"\n    \"" + b + "\";\n", "kSignerHex = ", `"`, `"`},
		{"lua ..", "  eth_key = \"" + a + "\" ..\n    \"" + b + "\",\n", "eth_key = ", `"`, `"`},
		{"elixir <> after 0x", "  private_key:\n    \"0x\" <>\n      \"" + a + "\" <>\n      \"" + b + "\"\n", "private_key = ", `"`, `"`},
		{"js + with 0x", "const pk = '0x" + a + "' +\n  '" + b + "';\n", "pk = ", `'`, `'`},
		{"php . in three", "$signer_key = \"" + h[:24] + "\" . \"" + h[24:44] + "\" . \"" + h[44:] + "\";", "signer_key = ", `"`, `"`},
		{"python in parentheses, upper case", "PRIVATE_KEY = (\n    \"" + strings.ToUpper(a) + "\"\n    \"" + strings.ToUpper(b) + "\"\n)\n", "PRIVATE_KEY = ", `"`, `"`},
		{"JSON array of two halves", "{\n  \"privateKey\": [\n    \"" + a + "\",\n    \"" + b + "\"\n  ]\n}\n", "privateKey = ", `"`, `"`},
		{"Go, the first of two results", "\tpkBytes, err := hex.DecodeString(\"" + a + "\" +\n\t\t\"" + b + "\")\n", "pkBytes = ", `"`, `"`},
		{"TOML array, trailing comma", "private_key = ['" + a + "', '" + b + "',]\n", "private_key = ", `'`, `'`},
		{"Rust concat!", "const BENCH_KEY: &str = concat!(\n    \"" + a + "\",\n    \"" + b + "\",\n);\n", "BENCH_KEY = ", `"`, `"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := viewsOf(tc.text, "joined-literals")
			require.Len(t, got, 1)
			assert.Equal(t, h, strings.ToLower(string(got[0].Data)))
			assert.True(t, strings.HasSuffix(string(got[0].Context), tc.context), "context %q", got[0].Context)
			assert.Equal(t, tc.first, tc.text[got[0].Start:got[0].Start+1])
			assert.Equal(t, tc.last, tc.text[got[0].End-1:got[0].End])
		})
	}
	for name, text := range map[string]string{
		"one literal":          `k = "` + a + `"`,
		"arguments":            `f("` + a + `", "` + b + `")`,
		"more than a key":      `k = "` + a + `" + "` + b + `" + "` + a + `"`,
		"less than a key":      `k = "` + a + `" + "` + b[:20] + `"`,
		"a word between":       `k = "` + a + `" + x + "` + b + `"`,
		"a part not hex":       `k = "` + a + `" + "` + b[:31] + `g"`,
		"a part too short":     `k = "` + h[:52] + `" + "` + h[52:] + `"`,
		"quotes that differ":   `k = "` + a + `' + "` + b + `"`,
		"a whole key and more": `k = "` + h + `" + "` + a + `"`,
		"an array of more":     `hashes = ["` + a + `", "` + b + `", "` + a + `"]`,
		"not all the array":    `hashes = ["` + a + `", "` + b + `", 7]`,
		"not an array's first": `f(x, "` + a + `", "` + b + `")`,
		"concat! of more":      `concat!("` + a + `", "` + b + `", "` + a + `")`,
		"concat! of another":   `concat!("` + a + `", "` + b + `", x)`,
	} {
		for _, v := range collect(text, 1) {
			assert.NotEqual(t, "joined-literals", v.Encoding, name)
		}
	}
}

// TestSeparatedHex: 32 bytes written as hex pairs apart (a program's
// print of a key, openssl's "priv:" block) come out as their hex, with
// the text before them named as the key detectors read it.
func TestSeparatedHex(t *testing.T) {
	key := make([]byte, 32)
	for i := range key {
		key[i] = byte(0x80 + i*3)
	}
	pairs := make([]string, 32)
	for i, c := range key {
		pairs[i] = fmt.Sprintf("%02x", c)
	}
	openssl := "read EC key\nPrivate-Key: (256 bit)\npriv:\n    00:" + strings.Join(pairs[:14], ":") + ":\n    " +
		strings.Join(pairs[14:29], ":") + ":\n    " + strings.Join(pairs[29:], ":") + "\npub:\n    04:01:02\n"
	tests := []struct{ name, text, context string }{
		{"node buffer", "privateKey: <Buffer " + strings.Join(pairs, " ") + ">\n", "privateKey: "},
		{"colons", "private key: " + strings.ToUpper(strings.Join(pairs, ":")) + "\n", "private key: "},
		{"openssl secp256k1", openssl + "ASN1 OID: secp256k1\n", "private key: "},
		{"openssl other curve", openssl + "ASN1 OID: prime256v1\n", "priv:\n    "},
		{"spaces (python bytes.hex(' '))", "private key: " + strings.Join(pairs, " ") + "\n", "private key: "},
		{".net BitConverter hyphens", "12:00:01 signer key bytes: " + strings.ToUpper(strings.Join(pairs, "-")) + "\n", "12:00:01 signer key bytes: "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := keyView(t, tc.text, "separated-hex", key, tc.context)
			assert.Contains(t, []string{pairs[0], "00"}, strings.ToLower(tc.text[v.Start:v.Start+2]), "starts at its first pair")
			assert.Equal(t, pairs[31], strings.ToLower(tc.text[v.End-2:v.End]), "ends at its last pair")
		})
	}
	// A Buffer's bytes are one view, not one for "<Buffer " and one for
	// the spaces.
	assert.Len(t, viewsOf("k: <Buffer "+strings.Join(pairs, " ")+">, again <Buffer "+strings.Join(pairs, " ")+">\n", "separated-hex"), 2, "two buffers")
	for name, text := range map[string]string{
		"31 bytes":           strings.Join(pairs[:31], ":"),
		"33 bytes, no 00":    "01:" + strings.Join(pairs, ":"),
		"64 bytes":           strings.Join(pairs, ":") + ":" + strings.Join(pairs, ":"),
		"65 bytes, spaces":   "04 " + strings.Join(pairs, " ") + " " + strings.Join(pairs, " "),
		"hexdump -C lines":   "00000000  " + strings.Join(pairs[:8], " ") + "  " + strings.Join(pairs[8:16], " ") + "  |................|\n00000010  " + strings.Join(pairs[16:24], " ") + "  " + strings.Join(pairs[24:], " ") + "  |................|\n",
		"space and hyphen":   strings.Join(pairs[:16], " ") + "-" + strings.Join(pairs[16:], " "),
		"colon and space":    "secret = " + strings.Join(pairs, ": "),
		"00 and 64 bytes":    "00:" + strings.Join(pairs, ":") + ":" + strings.Join(pairs, ":"),
		"separators mixed":   strings.Join(pairs[:16], ":") + " " + strings.Join(pairs[16:], ":"),
		"touching a digit":   "a" + strings.Join(pairs, " "),
		"three-digit groups": strings.Join(pairs, "a "),
		"a line break alone": strings.Join(pairs[:16], " ") + "\n" + strings.Join(pairs[16:], " "),
	} {
		for _, v := range collect(text, 1) {
			assert.NotEqual(t, "separated-hex", v.Encoding, name)
		}
	}
}

// TestLinearTime: a hostile input 16 times as long takes at most about
// 16 times as long (256 times when every escape looked back to the start
// of its line). The inputs are 32 KiB and 512 KiB, each timed best of
// nine, in turn: at 16 KiB one timing took some 40 µs, which one
// preemption on a busy machine (other packages' tests beside it) could
// double, and a run of the 512 KiB input beside a package's scrypt tests
// once took five times its time alone (a ratio of 84 where 17 is
// usual). The bound, 100, is well under a quadratic's 256.
func TestLinearTime(t *testing.T) {
	const small = 32 << 10
	timeOf := func(data []byte) time.Duration {
		start := time.Now()
		require.NoError(t, Views(context.Background(), data, 2, func(View) bool { return true }))
		return time.Since(start)
	}
	smallIn, bigIn := hostileInputs(small), hostileInputs(16*small)
	for name := range smallIn {
		t.Run(name, func(t *testing.T) {
			// The best of nine runs each, the two sizes in turn, so that
			// other work on the machine (go test runs packages side by
			// side) slows both alike.
			a, b := time.Duration(1<<62), time.Duration(1<<62)
			for range 9 {
				a, b = min(a, timeOf(smallIn[name])), min(b, timeOf(bigIn[name]))
			}
			a = max(a, time.Microsecond)
			// 16 times the input: linear is 16, quadratic 256.
			assert.Less(t, float64(b)/float64(a), 100.0, "32 KiB: %v, 512 KiB: %v", a, b)
		})
	}
}

// TestViewsCancelled: a cancelled context stops the decoders and is
// returned.
func TestViewsCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for name, data := range hostileInputs(256 << 10) {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			err := Views(ctx, data, 2, func(View) bool { return true })
			assert.ErrorIs(t, err, context.Canceled)
			assert.Less(t, time.Since(start), time.Second)
		})
	}
	// A cancellation while fn runs ends the walk at the next check.
	ctx, cancel = context.WithCancel(context.Background())
	calls := 0
	text := strings.Repeat(`s = "`+strings.Repeat(`\x41`, 10)+"\"\n", 1000)
	err := Views(ctx, []byte(text), 2, func(View) bool { calls++; cancel(); return true })
	assert.ErrorIs(t, err, context.Canceled)
	assert.Less(t, calls, 1000)
}

// TestLineQuoteMatchesLookBack checks the incremental quote finder against
// looking back from each position, on random text of quotes, newlines and
// letters, with positions that only move forward.
func TestLineQuoteMatchesLookBack(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	alphabet := []byte("ab\"'\n ")
	for round := range 200 {
		data := make([]byte, rng.IntN(300))
		for i := range data {
			data[i] = alphabet[rng.IntN(len(alphabet))]
		}
		quotes := []string{`"`, `"'`}[round%2]
		ln := lineQuote{quote: -1}
		for p := 0; p <= len(data); p += rng.IntN(20) {
			want := -1
			for i := p - 1; i >= 0 && data[i] != '\n'; i-- {
				if strings.IndexByte(quotes, data[i]) >= 0 {
					want = i
					break
				}
			}
			require.Equal(t, want, ln.before(data, p, quotes), "round %d, position %d", round, p)
		}
	}
}

// TestRunsMatchWholeDecode checks that decoding a run's head first, and
// the rest only when the head may begin text, yields the views a decode
// of the whole run and one test of it yield: on runs of text, of binary,
// of text after a binary head and of binary after a text head, in hex
// and both base64 alphabets, with and without padding.
func TestRunsMatchWholeDecode(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 15))
	// Text has runes of two and three bytes, which the head's end may
	// cut, and a control byte now and then.
	runes := []string{" ", "a", "e", "t", "\n", "é", "€", "\x01"}
	piece := func(text bool, n int) []byte {
		var b []byte
		for len(b) < n {
			if text {
				b = append(b, runes[rng.IntN(len(runes))]...)
			} else {
				b = append(b, byte(rng.Uint32()))
			}
		}
		return b
	}
	whole := func(run string, decode func(string) ([]byte, error)) []byte {
		dec, err := decode(run)
		if err != nil || !printable(dec) {
			return nil
		}
		return dec
	}
	texts, decoded := 0, 0
	for round := range 3000 {
		n := 1 + rng.IntN(200)
		head := rng.IntN(n + 1)
		plain := append(piece(round%4 < 2, head), piece(round%2 == 0, n-head)...)
		if round%4 == 0 {
			texts++
		}
		var run string
		var decode func(string) ([]byte, error)
		switch round % 3 {
		case 0:
			run, decode = hex.EncodeToString(plain), hex.DecodeString
		case 1:
			run, decode = base64.StdEncoding.EncodeToString(plain), func(s string) ([]byte, error) {
				return base64.RawStdEncoding.DecodeString(strings.TrimRight(s, "="))
			}
		default:
			run, decode = base64.RawURLEncoding.EncodeToString(plain), base64.RawURLEncoding.DecodeString
		}
		if round%3 == 0 && len(run) < minHex || round%3 > 0 && len(run) < minBase64 {
			continue
		}
		var got []byte
		for _, v := range collect(" "+run+" ", 1) {
			if v.Start == 1 && v.End == 1+len(run) {
				got = v.Data
			}
		}
		want := whole(run, decode)
		if round%3 > 0 {
			// What base64Run skips before decoding: runs with no digit
			// shorter than 64, runs of hex digits only, mixed alphabets.
			var seen b64Kind
			for _, c := range []byte(strings.TrimRight(run, "=")) {
				seen |= b64Kinds[c]
			}
			if seen&notHex == 0 || seen&digit == 0 && len(run) < 64 || seen&stdOnly != 0 && seen&urlOnly != 0 {
				want = nil
			}
		}
		require.Equal(t, want, got, "round %d: %d bytes, head of %d", round, n, head)
		if got != nil {
			decoded++
		}
	}
	// Most all-text runs decode (some have too many control bytes).
	assert.Greater(t, decoded, texts/2)
}

// TestSplitAtEqualsMatchesByteLoop compares splitAtEquals with a loop
// over the run's bytes on random runs of "a" and "=".
func TestSplitAtEqualsMatchesByteLoop(t *testing.T) {
	naive := func(data []byte, s, e int) (out [][2]int) {
		for k := s; k < e; k++ {
			if data[k] == '=' && k+1 < e && data[k+1] != '=' {
				out = append(out, [2]int{s, k + 1})
				s = k + 1
			}
		}
		return append(out, [2]int{s, e})
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		data := make([]byte, r.IntN(24))
		for i := range data {
			data[i] = "a="[r.IntN(2)]
		}
		s := r.IntN(len(data) + 1)
		e := s + r.IntN(len(data)-s+1)
		var got [][2]int
		splitAtEquals(data, s, e, func(s, e int) bool { got = append(got, [2]int{s, e}); return true })
		require.Equal(t, naive(data, s, e), got, "%q [%d:%d]", data, s, e)
	}
	calls := 0
	assert.False(t, splitAtEquals([]byte("ab=cd=ef"), 0, 8, func(int, int) bool { calls++; return false }))
	assert.Equal(t, 1, calls, "stops at the first false")
}

// TestSpacedPairsAgreesWithNaive: the skipping search for runs of hex
// pairs apart by spaces or hyphens finds every run of at least 32 pairs
// that a look at each byte finds, and no other.
func TestSpacedPairsAgreesWithNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	pieces := []string{"4c", "0B", "a", "fff", " ", "-", "  ", ":", "word", "\n", "deadbeefcafe"}
	naive := func(data []byte) []int {
		var out []int
		for k := 0; k+2 <= len(data); k++ {
			if !hexPair(data, k) || k+2 >= len(data) || data[k+2] != ' ' && data[k+2] != '-' {
				continue
			}
			if k >= 3 && data[k-1] == data[k+2] && hexPair(data, k-3) {
				continue // not the first pair of its run
			}
			if _, n, _ := hexPairs(data, k, nil); n >= keyBytes {
				out = append(out, k)
			}
		}
		return out
	}
	for round := range 3000 {
		var b []byte
		n := rng.IntN(400)
		for len(b) < n {
			if rng.IntN(4) == 0 {
				// A run of pairs, often long enough.
				sep := " -"[rng.IntN(2)]
				for i := range 28 + rng.IntN(10) {
					if i > 0 {
						b = append(b, sep)
					}
					b = fmt.Appendf(b, "%02x", rng.IntN(256))
				}
				continue
			}
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		var got []int
		spacedPairs(b, func(at int) (int, bool) {
			got = append(got, at)
			_, _, end := hexPairs(b, at, nil)
			return end, true
		})
		var long []int
		for _, at := range got {
			if _, n, _ := hexPairs(b, at, nil); n >= keyBytes {
				long = append(long, at)
			}
		}
		require.Equal(t, naive(b), long, "round %d: %q", round, b)
	}
}

// TestBase64KeyBytes: 64 bytes in base64 under a private key's name (an
// Ed25519 seed and its public key) come out as their hex for the key
// detectors; the same bytes under another name, 32 bytes (WireGuard's
// PrivateKey=), text in base64 and other lengths do not.
func TestBase64KeyBytes(t *testing.T) {
	key := make([]byte, 64)
	for i := range key {
		key[i] = byte(0x80 + i*3)
	}
	b32 := base64.StdEncoding.EncodeToString(key[:32])
	b64 := base64.StdEncoding.EncodeToString(key)
	keyView(t, `{"signerSecretKey": "`+base64.RawURLEncoding.EncodeToString(key)+`"}`, "base64-bytes", key, `{"signerSecretKey": "`)
	keyView(t, "const wallet = Keypair.fromSecretKey(Buffer.from('"+b64+"', 'base64'))", "base64-bytes", key, "Buffer.from('")
	// Tendermint's priv_validator_key.json: "value" under the object
	// that names the key.
	tm := "{\n  \"priv_key\": {\n    \"type\": \"tendermint/PrivKeyEd25519\",\n    \"value\": \"" + b64 + "\"\n  }\n}\n"
	found := false
	for _, v := range collect(tm, 1) {
		found = found || v.Encoding == "base64-bytes" && v.Data != nil && string(v.Data) == hex.EncodeToString(key)
	}
	assert.True(t, found, "priv_validator_key.json")
	for name, text := range map[string]string{
		"no key word":           "AES_KEY=" + b64,
		"value of a public key": "{\n  \"pub_key\": {\n    \"type\": \"tendermint/PubKeyEd25519\",\n    \"value\": \"" + b64 + "\"\n  }\n}\n",
		"32 bytes":              "[WireGuard]\nPrivateKey=" + b32,
		"text":                  "private: " + base64.StdEncoding.EncodeToString([]byte("this is plain text, 32 bytes ok!")),
		"31 bytes":              "private key: " + base64.StdEncoding.EncodeToString(key[:31]),
		"48 bytes":              "private key: " + base64.StdEncoding.EncodeToString(key[:48]),
	} {
		for _, v := range collect(text, 1) {
			assert.NotEqual(t, "base64-bytes", v.Encoding, name)
		}
	}
}

// TestBase64Key32: 32 bytes in base64 are a key's where the text says
// whose: the "d" of a JSON Web Key on secp256k1, a value named for a
// chain's or a wallet's private key on its line or the line above (or
// with its curve after it on its line), or one with an 0x address within
// three lines. WireGuard's keys, an AES
// key, a JWK on another curve and a hash in base64 are not read.
func TestBase64Key32(t *testing.T) {
	key := make([]byte, 32)
	for i := range key {
		key[i] = byte(0x80 + i*3)
	}
	url := base64.RawURLEncoding.EncodeToString(key)
	std := base64.StdEncoding.EncodeToString(key)
	jwk := `{"kty": "EC", "crv": "secp256k1", "x": "` + base64.RawURLEncoding.EncodeToString(key[:]) + `", "d": "` + url + `"}`
	v := keyView(t, jwk, "jwk-d", key, `"d": "`)
	assert.True(t, strings.HasPrefix(string(v.Context), `{"kty"`), "context %q", v.Context)
	for _, tc := range []struct{ name, text, context string }{
		{"env", "WALLET_PRIVATE_KEY_B64=" + std + "\n", "WALLET_PRIVATE_KEY_B64="},
		{"kubernetes secret", "data:\n  signer-private-key: " + std + "\n", "signer-private-key: "},
		{"label above", "ethereum private key (base64url):\n" + url + "\n", "(base64url):\n"},
		{"address near", "account: 0x" + strings.Repeat("ab", 20) + "\nkey: " + std + "\n", "key: "},
		// MongoDB's binary values: the name is before the wrapper.
		{"extended json v2", `{"chain": "ethereum", "privateKey": {"$binary": {"base64": "` + std + `", "subType": "00"}}}`, `"privateKey": `},
		{"extended json v1", `{"chain":"ethereum","privateKey":{"$binary":"` + std + `","$type":"00"}}`, `"privateKey":`},
		{"shell", "\t\"address\" : \"0x" + strings.Repeat("ab", 20) + "\",\n\t\"privateKey\" : BinData(0,\"" + std + "\"),\n", `"privateKey" : `},
		// A comment above says whose key the name is.
		// Lotus's wallet export (KeyInfo): the curve after the value.
		{"lotus key info", `{"PrivateKey":"` + std + `","Type":"secp256k1"}`, `{"PrivateKey":"`},
		{"comment above", "    // emulator signer (secp256k1), base64 of the 32 key bytes\n    private const val DEV_PRIVATE_KEY_B64 = \"" + std + "\"\n", "DEV_PRIVATE_KEY_B64 = \""},
	} {
		t.Run(tc.name, func(t *testing.T) { keyView(t, tc.text, "base64-bytes", key, tc.context) })
	}
	for name, text := range map[string]string{
		"wireguard":                       "[Interface]\nPrivateKey = " + std + "\nAddress = 10.0.0.1/24\n",
		"aes key":                         "AES_SECRET_KEY=" + std + "\n",
		"jwk on P-256":                    `{"kty": "EC", "crv": "P-256", "d": "` + url + `"}`,
		"hash":                            "sha256-" + std + "\n",
		"far address":                     "owner: 0x" + strings.Repeat("ab", 20) + "\n\n\n\n\ntoken: " + std + "\n",
		"address too long":                "0x" + strings.Repeat("ab", 32) + "\nkey: " + std + "\n",
		"wireguard with a comment above":  "[Interface]\n# laptop, signed into the wallet VPN\nPrivateKey = " + std + "\n",
		"chain word above, not a comment": "wallet = \"main\"\nPRIVATE_KEY=" + std + "\n",
		"curve after, not a string":       "export type { PrivateKeyParams, " + std + ", Secp256k1ProgramParams };\n",
	} {
		for _, v := range collect(text, 1) {
			assert.NotContains(t, []string{"base64-bytes", "jwk-d"}, v.Encoding, name)
		}
	}
}

// wrap cuts s into lines of width characters, each line begun with
// indent and ended with eol, as the base64 command (76), PEM (64) and
// YAML block scalars write base64.
func wrap(s string, width int, indent, eol string) string {
	var b strings.Builder
	for len(s) > 0 {
		n := min(width, len(s))
		b.WriteString(indent + s[:n] + eol)
		s = s[n:]
	}
	return b.String()
}

// TestWrappedBase64: base64 wrapped over lines is read as one blob, so
// that text cut by a line break (a phrase, a key) is read whole, and is
// reported at the blob's first line. Read line by line, as until
// 2026-12-03, no line held the phrase whole.
func TestWrappedBase64(t *testing.T) {
	secret := "notes from the old laptop\nseed: alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima\nPRIVATE_KEY=0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318\n"
	enc := base64.StdEncoding.EncodeToString([]byte(secret))
	for _, tc := range []struct{ name, before, blob, after string }{
		{"base64 command", "", wrap(enc, 76, "", "\n"), ""},
		{"PEM width, CRLF", "backup:\r\n", wrap(enc, 64, "", "\r\n"), "end\r\n"},
		{"YAML block", "data:\n  notes.txt: |\n", wrap(enc, 76, "    ", "\n"), "kind: Secret\n"},
		{"label on the first line", "blob: ", wrap(enc, 60, "", "\n"), ""},
		{"no newline at the end", "x\n", strings.TrimSuffix(wrap(enc, 76, "", "\n"), "\n"), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.before + tc.blob + tc.after
			var whole []View
			for _, v := range collect(text, 1) {
				if v.Encoding == "base64" && strings.Contains(string(v.Data), "charlie delta echo foxtrot golf hotel india juliet") {
					whole = append(whole, v)
				}
			}
			require.Len(t, whole, 1)
			v := whole[0]
			assert.Equal(t, secret, string(v.Data))
			start := len(tc.before) + strings.Index(tc.blob, enc[:8])
			assert.Equal(t, start, v.Start, "the blob's first line")
			assert.Contains(t, text[v.Start:v.End], enc[len(enc)-8:], "the blob's last line")
		})
	}
}

// TestWrappedBase64NotText: wrapped base64 of bytes that are not text (a
// certificate, an image) gives no view of the blob, and values of one
// width assigned on lines of their own (KEY=…) are not joined into one.
func TestWrappedBase64NotText(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	bin := make([]byte, 600)
	for i := range bin {
		bin[i] = byte(r.Uint32())
	}
	pem := "-----BEGIN CERTIFICATE-----\n" + wrap(base64.StdEncoding.EncodeToString(bin), 64, "", "\n") + "-----END CERTIFICATE-----\n"
	for _, v := range collect(pem, 1) {
		assert.Less(t, v.End-v.Start, 65, "no view spans more than a line")
	}
	// Two values, each the base64 of a text of its own, one a line.
	// (Bare, one a line, they would be read as one blob: both texts are
	// then in the one view, at the first line.)
	a := base64.StdEncoding.EncodeToString([]byte("first value of forty-five characters in all!"))
	b := base64.StdEncoding.EncodeToString([]byte("second value, forty-five characters in all!!"))
	require.Len(t, a, 60)
	require.Len(t, b, 60)
	vs := collect("A="+a+"\nB="+b+"\n", 1)
	var got []string
	for _, v := range vs {
		got = append(got, string(v.Data))
	}
	assert.ElementsMatch(t, []string{"first value of forty-five characters in all!", "second value, forty-five characters in all!!"}, got)
}

// TestRecords: the one-word values of a key repeated in a list of records
// (a Keep checklist, one word an item) are a view, one a line, from the
// first value to the last, each line mapped to its value; an object of
// distinct keys, values with punctuation, a key repeated inside one
// object, and fewer than twelve words give none.
func TestRecords(t *testing.T) {
	words := strings.Fields("zbytek capart drak jemnost kaple vzlykat jezdec sekta montovat vypravit rastr putyka ubrus")
	var items []string
	for _, w := range words {
		items = append(items, `{"text":"`+w+`","isChecked":false}`)
	}
	text := `{"color":"DEFAULT","isTrashed":false,"listContent":[` + strings.Join(items, ",") + `],"title":"Slova"}`
	got := viewsOf(text, "records")
	require.Len(t, got, 1)
	assert.Equal(t, strings.Join(words, "\n")+"\n", string(got[0].Data))
	assert.Equal(t, strings.Index(text, `"zbytek"`), got[0].Start)
	assert.Equal(t, strings.Index(text, `"ubrus"`)+len(`"ubrus"`), got[0].End)
	require.Len(t, got[0].Cells, len(words))
	for i, c := range got[0].Cells {
		assert.Equal(t, words[i], text[c[0]:c[1]])
	}
	// Pretty-printed, a key with spaces after its colon.
	pretty := strings.ReplaceAll(strings.ReplaceAll(text, `":"`, `": "`), `},{`, "},\n    {")
	assert.Len(t, viewsOf(pretty, "records"), 1)

	// A phrase sent in two messages, each after a label of its part
	// (Slack's export, its blocks a copy of the text).
	msg := func(text string) string {
		return `{"type":"message","text":"` + text + `","blocks":[{"elements":[{"type":"text","text":"` + text + `"}]}]}`
	}
	parts := "[" + msg("backup signer seed (1/2): "+strings.Join(words[:6], " ")) + "," + msg("(2/2): "+strings.Join(words[6:], " ")) + "]"
	got = viewsOf(parts, "records")
	require.Len(t, got, 1)
	assert.Equal(t, "backup signer seed (1/2): "+strings.Join(words[:6], " ")+"\n(2/2): "+strings.Join(words[6:], " ")+"\n", string(got[0].Data))

	// The same with a profile object before the blocks, so that the
	// copy in the blocks is read as a value too: leaving the blocks'
	// arrays for the next message ends no list.
	profiled := func(text string) string {
		return `{"type":"message","text":"` + text + `","user_profile":{"name":"dana"},"blocks":[{"elements":[{"type":"text","text":"` + text + `"}]}]}`
	}
	parts = "[" + profiled("backup signer seed (1/2): "+strings.Join(words[:6], " ")) + "," + profiled("(2/2): "+strings.Join(words[6:], " ")) + "]"
	got = viewsOf(parts, "records")
	require.Len(t, got, 1)
	assert.Contains(t, string(got[0].Data), "\n(2/2): "+strings.Join(words[6:], " ")+"\n")

	// Checklists one after another: each list's items are a view of
	// their own ("]" closes the list before the next note's).
	list := func(title string, ws []string) string {
		var its []string
		for _, w := range ws {
			its = append(its, `{"text":"`+w+`","isChecked":true}`)
		}
		return `{"title":"` + title + `","listContent":[` + strings.Join(its, ",") + `]}`
	}
	notes := "[" + list("groceries", strings.Fields("apple bread milk eggs tea")) + "," + list("ledger", words[:12]) + "," +
		list("camping", strings.Fields("rope tent lamp")) + "]"
	got = viewsOf(notes, "records")
	require.Len(t, got, 1)
	assert.Equal(t, strings.Join(words[:12], "\n")+"\n", string(got[0].Data))

	var dict []string
	for i, w := range words {
		dict = append(dict, fmt.Sprintf(`"key%d":"%s"`, i, w))
	}
	punct := strings.ReplaceAll(text, `"drak"`, `"two, words"`)
	var sameObject []string
	for _, w := range words {
		sameObject = append(sameObject, `"text":"`+w+`"`)
	}
	for name, doc := range map[string]string{
		"distinct keys":        "{" + strings.Join(dict, ",") + "}",
		"punctuation":          punct,
		"one object":           "{" + strings.Join(sameObject, ",") + "}",
		"eleven words":         `[` + strings.Join(items[:11], ",") + `]`,
		"numbers and strings":  strings.ReplaceAll(text, `"kaple"`, `"k4ple"`),
		"label of other bytes": strings.ReplaceAll(text, `"kaple"`, `"a=b: kaple"`),
		"label too long":       strings.ReplaceAll(text, `"kaple"`, `"`+strings.Repeat("x", 41)+`: kaple"`),
	} {
		for _, v := range collect(doc, 1) {
			assert.NotEqual(t, "records", v.Encoding, name)
		}
	}
}

// TestRecordMessages: a phrase sent in two messages of a chat's export
// (a record each, the other keys between them) is one view, each line
// mapped to its message; a message of one record alone is none (the
// finder reads it where it is).
func TestRecordMessages(t *testing.T) {
	first := "zbytek capart drak jemnost kaple vzlykat jezdec sekta montovat"
	second := "vypravit rastr putyka ubrus kolize sklep zrno odliv"
	doc := `[
  {"ID": 1197301122334455667, "Timestamp": "2024-01-18 14:01:40", "Contents": "here, the words:", "Attachments": ""},
  {"ID": 1197301198877665544, "Timestamp": "2024-01-18 14:02:11", "Contents": "` + first + `", "Attachments": ""},
  {"ID": 1197301233445566778, "Timestamp": "2024-01-18 14:02:19", "Contents": "` + second + `", "Attachments": ""}
]`
	got := viewsOf(doc, "records")
	require.Len(t, got, 1)
	assert.Equal(t, first+"\n"+second+"\n", string(got[0].Data))
	require.Len(t, got[0].Cells, 2)
	assert.Equal(t, first, doc[got[0].Cells[0][0]:got[0].Cells[0][1]])
	assert.Equal(t, second, doc[got[0].Cells[1][0]:got[0].Cells[1][1]])

	// Telegram repeats each message's text in its text_entities: the
	// copy inside the same record is no message of its own. The same
	// words in the next record are.
	tg := `{"messages": [
  {"id": 102, "type": "message", "text": "` + first + `", "text_entities": [{"type": "plain", "text": "` + first + `"}]},
  {"id": 103, "type": "message", "text": "` + second + `", "text_entities": [{"type": "plain", "text": "` + second + `"}]}
]}`
	got = viewsOf(tg, "records")
	require.Len(t, got, 1)
	assert.Equal(t, first+"\n"+second+"\n", string(got[0].Data))
	again := `[{"text": "` + first + `"}, {"text": "` + first + `"}]`
	got = viewsOf(again, "records")
	require.Len(t, got, 1)
	assert.Equal(t, first+"\n"+first+"\n", string(got[0].Data))

	// Facebook's and Instagram's exports list a chat newest first: the
	// parts are read in the order they were sent too (corpus 254).
	fb := `{"messages": [
  {"sender_name": "Tuan", "timestamp_ms": 1700000030000, "content": "` + second + `"},
  {"sender_name": "Tuan", "timestamp_ms": 1700000010000, "content": "` + first + `"}
]}`
	got = viewsOf(fb, "records")
	require.Len(t, got, 2)
	assert.Equal(t, second+"\n"+first+"\n", string(got[0].Data))
	assert.Equal(t, first+"\n"+second+"\n", string(got[1].Data))
	assert.Equal(t, first, fb[got[1].Cells[0][0]:got[1].Cells[0][1]])
	assert.Len(t, viewsOf(strings.ReplaceAll(fb, "1700000010000", "1700000090000"), "records"), 1, "oldest first")

	one := `[{"Contents": "` + first + " " + second + `", "ID": 1}, {"Contents": "ok, thanks", "ID": 2}]`
	for _, v := range collect(one, 1) {
		assert.NotEqual(t, "records", v.Encoding)
	}
}

// TestTableViews: the cells of a column of a table, in a stretch of rows
// whose cells there are words, are a view, each line mapped to its cell:
// a phrase a word a row beside a check column, in TSV and in CSV with
// quotes; a phrase in two rows of a chat's CSV export. Columns of fewer
// than twelve words, or of one row, give none.
func TestTableViews(t *testing.T) {
	words := strings.Fields("zbytek capart drak jemnost kaple vzlykat jezdec sekta montovat vypravit rastr putyka")
	tsv := "č\tslovo\tok\n"
	csvText := "n,word,checked\n"
	for i, w := range words {
		tsv += fmt.Sprintf("%d\t%s\tO\n", i+1, w)
		csvText += fmt.Sprintf("%d,\"%s\",yes\n", i+1, w)
	}
	columns := func(data string, comma rune) map[string]View {
		out := map[string]View{}
		require.NoError(t, TableViews(context.Background(), []byte(data), comma, func(v View) bool {
			assert.Equal(t, "column", v.Encoding)
			lines := strings.Split(strings.TrimSuffix(string(v.Data), "\n"), "\n")
			require.Len(t, v.Cells, len(lines))
			for i, c := range v.Cells {
				assert.Equal(t, lines[i], data[c[0]:c[1]], "cell %d", i)
			}
			out[lines[len(lines)-1]] = v
			return true
		}))
		return out
	}
	got := columns(tsv, '\t')
	require.Contains(t, got, "putyka")
	assert.Equal(t, "slovo\n"+strings.Join(words, "\n")+"\n", string(got["putyka"].Data))
	assert.Contains(t, got, "O", "the check column is words too")
	got = columns(csvText, ',')
	require.Contains(t, got, "putyka")
	assert.Equal(t, strings.Index(csvText, "word"), got["putyka"].Start, "the column's heading starts it")

	chat := "ID,Timestamp,Contents,Attachments\n" +
		"1156012345678901234,2023-09-12 22:04:11.518000+00:00,vou colar aqui,\n" +
		"1156012399887766554,2023-09-12 22:04:31.902000+00:00," + strings.Join(words[:6], " ") + ",\n" +
		"1156012402233445566,2023-09-12 22:04:39.004000+00:00,\"" + strings.Join(words[6:], " ") + "\",\n"
	got = columns(chat, ',')
	require.Contains(t, got, strings.Join(words[6:], " "))
	v := got[strings.Join(words[6:], " ")]
	require.Len(t, v.Cells, 4) // the heading, "vou colar aqui" and the two parts
	assert.Equal(t, strings.Join(words[:6], " "), chat[v.Cells[2][0]:v.Cells[2][1]])

	assert.Empty(t, columns("1\t"+strings.Join(words, " ")+"\n2\t42\n", '\t'), "one row")
	assert.Empty(t, columns(strings.Join(words[:11], ",\n")+",\n", ','), "eleven words")
	assert.Empty(t, columns(strings.Join(words, "\n"), ','), "no separator")

	// A column of notes written in list words (the 37th corpus's order
	// memos): past listNotesMin of them, two notes of several words one
	// after the other are no phrase kept over two cells; a word a row is
	// still read down the column.
	en := strings.Fields("wife dog glance slab plate quote finger double vessel list drum unit marble glass remember dolphin eight height")
	memos := "id,memo\n"
	for i := range listNotesMin {
		memos += fmt.Sprintf("%d,\"%s\"\n", i, strings.Join(en[i%12:i%12+3], " "))
		memos += fmt.Sprintf("%d,INV-%d\n", i, i)
	}
	pair := memos + "90,\"diesel charge oil\"\n91,\"" + strings.Join(en[:12], " ") + "\"\n"
	assert.NotContains(t, columns(pair, ','), strings.Join(en[:12], " "), "two notes in a column of such notes")
	assert.Contains(t, columns("id,memo\n90,\"diesel charge oil\"\n91,\""+strings.Join(en[:12], " ")+"\"\n", ','), strings.Join(en[:12], " "),
		"two notes with none like them before")
	down := memos
	for i, w := range en[:12] {
		down += fmt.Sprintf("%d,%s\n", 100+i, w)
	}
	assert.Contains(t, columns(down, ','), en[11], "a word a row")
}

// FuzzTableViews: whatever the table, every view's cells lie in the
// input and hold the view's lines.
func FuzzTableViews(f *testing.F) {
	f.Add("n\tword\tok\n1\talpha\tO\n2\tbravo\tO\n", true)
	f.Add("a,\"b c\",d\n\"e\"\"f\",g h,\n,\"\n\"x y\n", false)
	f.Add("a,b\r\nc d,e f g h i j k l m n o p q\r\n", false)
	f.Fuzz(func(t *testing.T, s string, tab bool) {
		comma := ','
		if tab {
			comma = '\t'
		}
		_ = TableViews(context.Background(), []byte(s), comma, func(v View) bool {
			lines := strings.Split(strings.TrimSuffix(string(v.Data), "\n"), "\n")
			if len(lines) != len(v.Cells) {
				t.Fatalf("%d lines, %d cells", len(lines), len(v.Cells))
			}
			for i, c := range v.Cells {
				if c[0] < 0 || c[1] > len(s) || c[0] > c[1] || s[c[0]:c[1]] != lines[i] {
					t.Fatalf("cell %d at %d..%d does not hold %q", i, c[0], c[1], lines[i])
				}
			}
			return true
		})
	})
}

// TestDecimalKey: a decimal integer of 68 to 78 digits in secp256k1's
// range comes out as its 64 hex digits, with the two lines above as its
// context; fractions, hex literals, values out of the range and other
// lengths do not.
func TestDecimalKey(t *testing.T) {
	key := make([]byte, 32)
	for i := range key {
		key[i] = byte(0x80 + i*3)
	}
	dec := new(big.Int).SetBytes(key).String()
	v := keyView(t, "My ETH private key as a number:\n>>> int(key, 16)\n"+dec+"\n", "decimal", key, ">>> int(key, 16)\n")
	assert.True(t, strings.HasPrefix(string(v.Context), "My ETH"), "context %q", v.Context)
	keyView(t, `new java.math.BigInteger("`+dec+`");`, "decimal", key, `BigInteger("`)
	n, _ := new(big.Int).SetString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)
	for name, text := range map[string]string{
		"fraction":      "pi = 3." + dec,
		"hex literal":   "x = 0x" + dec,
		"order":         "n = " + n.String(),
		"below 2^224":   "k = 1" + strings.Repeat("0", 67),
		"79 digits":     "k = 12" + dec,
		"version":       "v" + dec + ".1",
		"in identifier": "id_" + dec,
	} {
		for _, v := range collect(text, 1) {
			assert.NotEqual(t, "decimal", v.Encoding, name)
		}
	}
}

// TestUTF16Views: UTF-16LE text in hex or in base64 (PowerShell's
// -EncodedCommand) comes out as text; random bytes and UTF-8 text do not
// come out as UTF-16.
func TestUTF16Views(t *testing.T) {
	const text = "seed: alpha bravo charlie delta echo foxtrot golf hotel"
	u := make([]byte, 0, 2*len(text))
	for _, r := range text {
		u = append(u, byte(r), 0)
	}
	got := viewsOf("x = "+hex.EncodeToString(u)+"\n", "hex+utf-16le")
	require.Len(t, got, 1)
	assert.Equal(t, text, string(got[0].Data))
	got = viewsOf("powershell -EncodedCommand "+base64.StdEncoding.EncodeToString(u)+"\n", "base64+utf-16le")
	require.Len(t, got, 1)
	assert.Equal(t, text, string(got[0].Data))
	rnd := make([]byte, 64)
	for i := range rnd {
		rnd[i] = byte(i*37 + 11)
	}
	for name, s := range map[string]string{
		"random hex":    hex.EncodeToString(rnd),
		"random base64": base64.StdEncoding.EncodeToString(rnd),
		"utf-8 in hex":  hex.EncodeToString([]byte(text)),
	} {
		for _, v := range collect(s, 1) {
			assert.NotContains(t, v.Encoding, "utf-16le", name)
		}
	}
}

// TestEscapedLineViews: a JSON string holding 64 hex digits right after
// an escaped line break or tab is read unescaped, with its own lines; an
// escaped backslash before the "n", a shorter run and text outside a
// string give no such view.
func TestEscapedLineViews(t *testing.T) {
	h := strings.Repeat("ab", 32)
	text := `{"text": "my key:\n0x` + h + `\nbye"}`
	got := viewsOf(text, "json-string")
	require.Len(t, got, 1)
	assert.Equal(t, "my key:\n0x"+h+"\nbye", string(got[0].Data))
	assert.Equal(t, strings.Index(text, `"my`), got[0].Start)
	assert.Equal(t, len(text)-1, got[0].End)
	require.Len(t, viewsOf(`{"a": "say \"hi\"", "b": "k:\t`+h+`"}`, "json-string"), 1)
	for _, neg := range []string{
		`{"text": "my key:\\n0x` + h + `"}`,
		`{"text": "my key:\n0x` + h + `ab"}`,
		`{"text": "my key:\n0x` + h[:62] + `"}`,
		`my key:\n0x` + h + "\n",
	} {
		assert.Empty(t, viewsOf(neg, "json-string"), neg)
	}
}

// TestClosesArray: the gap between two records' values leaves one list
// and enters another only when it closes an array open before it and
// opens one after; brackets in strings, escaped quotes included, and
// arrays opened and closed inside it do not count.
func TestClosesArray(t *testing.T) {
	for gap, want := range map[string]bool{
		`,"c":true}]},{"title":"x","listContent":[{"text":`: true,
		`,"c":true},{"text":`:                               false,
		`,"blocks":[{"e":[1]}]},{"text":`:                   false,
		`,"b":[{"t":"x"}]}]}]},{"text":`:                    false,
		`,"s":"]\"["},{"text":`:                             false,
		`,"s":"a\\"}],"l":[{"text":`:                        true,
		`,"s":"]"}, "t": "[", "u": {"text":`:                false,
		`}],"r":[{"n":"+1"}]},{"text":`:                     false,
	} {
		assert.Equal(t, want, closesArray([]byte(gap)), gap)
	}
}

// TestBase64CutByChunk: a run of base64 that a chunk's edges cut (a line
// of megabytes) still decodes: at the start from whichever of its first
// four characters its groups begin, past the end of a character cut off,
// and at the end up to its last whole group and character. Its view is
// spread over the run, so a secret in it is placed where it is. A run cut
// so inside a nested view is not read so.
func TestBase64CutByChunk(t *testing.T) {
	text := strings.Repeat("café → wallet log; ", 40) + "seed: alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima; " + strings.Repeat("naïve €uro ", 40)
	enc := base64.StdEncoding.EncodeToString([]byte(text))
	for from := range 8 {
		for _, cut := range []int{0, 1, 2, 3} {
			run := enc[from : len(enc)-4-cut]
			var got []View
			for _, v := range collect(run, 1) {
				if v.Encoding == "base64" {
					got = append(got, v)
				}
			}
			require.Len(t, got, 1, "from %d, cut %d", from, cut)
			v := got[0]
			assert.Contains(t, string(v.Data), "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima", "from %d, cut %d", from, cut)
			assert.True(t, utf8.Valid(v.Data), "from %d, cut %d", from, cut)
			assert.Equal(t, [2]int{4, 3}, v.Spread)
			at := v.Start + strings.Index(string(v.Data), "alpha")*4/3
			assert.InDelta(t, strings.Index(text, "alpha")*4/3-from, at, 4, "placed at the phrase, from %d, cut %d", from, cut)
		}
	}
	// Inside a view the run is no chunk's: cut, it is not base64.
	nested := "blob: " + base64.StdEncoding.EncodeToString([]byte(enc[1:]))
	for _, v := range collect(nested, 2) {
		assert.NotContains(t, string(v.Data), "alpha bravo", v.Encoding)
	}
}

// TestEscapedTextViews: a quoted string whose escaped line breaks set off
// twelve words or more is read with its own lines (corpus 59: mysqldump
// keeps a support ticket's seed so, "…seed:\n<words>\nstill shows 0
// BTC", where "still", a list word, ran on from the phrase); strings of
// fewer words, and escapes outside strings, give no such view.
func TestEscapedTextViews(t *testing.T) {
	words := "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima"
	for _, tc := range []struct {
		name, text, want string
	}{
		{"mysqldump", `INSERT INTO t VALUES (302,'Restored with this seed:\n` + words + `\nstill shows 0 BTC','open');`, "Restored with this seed:\n" + words + "\nstill shows 0 BTC"},
		{"JSON log", `{"msg":"seed:\n` + words + `\nit\'s \"done\"","level":"info"}`, "seed:\n" + words + "\nit's \"done\""},
		{"SQL doubled quote", `('it''s my seed:\n` + words + `')`, "it's my seed:\n" + words},
		{"words before the escape", `'` + words + `\nsent'`, words + "\nsent"},
		{"few words", `'line one\nline two\nline three'`, ""},
		{"not closed on its line", `'seed:\n` + words + "\n", ""},
		{"no quote", `seed:\n` + words + `\nstill`, ""},
		{"an escaped backslash", `'seed:\\n` + words + `'`, ""},
		// Chinese characters are words each: a phrase written without
		// spaces after a label (a Telegram export's message).
		{"Chinese without spaces", `"text": "助記詞：\n灘歷擋政秀莫杯滅除跳碰換",`, "助記詞：\n灘歷擋政秀莫杯滅除跳碰換"},
		{"a short Chinese line", `"text": "收到\n謝謝",`, ""},
	} {
		var got []string
		for _, v := range collect(tc.text, 1) {
			if v.Encoding == "escaped-lines" {
				got = append(got, string(v.Data))
				assert.Equal(t, byte(tc.text[v.Start]), tc.text[v.End-1], tc.name)
			}
		}
		if tc.want == "" {
			assert.Empty(t, got, tc.name)
			continue
		}
		assert.Equal(t, []string{tc.want}, got, tc.name)
	}
}

// TestFacebookMojibake: Facebook's and Instagram's exports write UTF-8
// read as Latin-1 ("\u00c3\u00a1" for "á"); the string is read as the
// UTF-8 it was (corpus 64: Spanish and French phrases in Messenger). Text
// that is Latin-1 indeed ("caf\u00e9") is read as it is.
func TestFacebookMojibake(t *testing.T) {
	mojibake := func(s string) string {
		var b strings.Builder
		for _, c := range []byte(s) {
			if c < 0x80 {
				b.WriteByte(c)
			} else {
				fmt.Fprintf(&b, `\u%04x`, c)
			}
		}
		return b.String()
	}
	for _, tc := range []struct{ name, text, enc, want string }{
		{"messenger", `{"content": "` + mojibake("guárdame esto: ábaco ácido 😀") + `"}`, "json-string+mojibake", "guárdame esto: ábaco ácido 😀"},
		{"latin-1 indeed", `{"content": "caf\u00e9 cr\u00e8me"}`, "json-string", "café crème"},
		{"beyond latin-1", `{"content": "\u00c3\u00a1 \u4e2d"}`, "json-string", "Ã¡ 中"},
	} {
		var got []View
		for _, v := range collect(tc.text, 1) {
			if strings.HasPrefix(v.Encoding, "json-string") {
				got = append(got, v)
			}
		}
		require.Len(t, got, 1, tc.name)
		assert.Equal(t, tc.enc, got[0].Encoding, tc.name)
		assert.Equal(t, tc.want, string(got[0].Data), tc.name)
	}
}

// TestEntityJSONViews: JSON pasted into a note and stored as HTML with
// its quotes as entities (Evernote's ENML) is read as JSON, up to the
// tag after it (corpus 64: a keystore in a note).
func TestEntityJSONViews(t *testing.T) {
	text := `<en-note><div>old wallet:</div><div>{&quot;crypto&quot;: {&quot;cipher&quot;: &quot;aes-128-ctr&quot;}, &quot;version&quot;: 3}</div><div>&amp; more</div></en-note>`
	var got []View
	for _, v := range collect(text, 1) {
		if v.Encoding == "html-entities" {
			got = append(got, v)
		}
	}
	require.Len(t, got, 1)
	assert.Equal(t, `{"crypto": {"cipher": "aes-128-ctr"}, "version": 3}`, string(got[0].Data))
	assert.Equal(t, "{&quot;crypto", text[got[0].Start:got[0].Start+13])
	for _, v := range collect(`<p>{&amp; not json</p>`, 1) {
		assert.NotEqual(t, "html-entities", v.Encoding)
	}

	// Pretty-printed: a Stack Exchange dump's Body attribute, its line
	// breaks as references; and a page's <pre> with real line breaks.
	for name, text := range map[string]string{
		"attribute": `<row Id="7" Body="&lt;pre&gt;&lt;code&gt;{&#xA;  &quot;crypto&quot;: {&#xA;    &quot;cipher&quot;: &quot;aes-128-ctr&quot;&#xA;  },&#xA;  &quot;version&quot;: 3&#xA;}&#xA;&lt;/code&gt;&lt;/pre&gt;" Score="1" />`,
		"pre":       "<pre><code>{\n  &quot;crypto&quot;: {\n    &quot;cipher&quot;: &quot;aes-128-ctr&quot;\n  },\n  &quot;version&quot;: 3\n}\n</code></pre>",
	} {
		got = got[:0]
		for _, v := range collect(text, 1) {
			if v.Encoding == "html-entities" {
				got = append(got, v)
			}
		}
		if assert.Len(t, got, 1, name) {
			var obj map[string]any
			assert.NoError(t, json.Unmarshal(got[0].Data, &obj), name)
			assert.Equal(t, float64(3), obj["version"], name)
		}
	}
}

// TestRESPViews: Redis's append-only file keeps each command's arguments
// on lines of their own, lengths between ("$7", "privkey", "$64", the
// value); it is read one command a line (corpus 59), each line placed at
// its last argument. A broken length ends the command read.
func TestRESPViews(t *testing.T) {
	bulk := func(args ...string) string {
		s := fmt.Sprintf("*%d\r\n", len(args))
		for _, a := range args {
			s += fmt.Sprintf("$%d\r\n%s\r\n", len(a), a)
		}
		return s
	}
	value := strings.Repeat("ab", 32)
	aof := bulk("SELECT", "0") + bulk("SET", "rate:BTCUSD", "67123.55") + bulk("HSET", "user:1001", "name", "Oliver", "privkey", value) +
		"*2\r\n$3\r\nGET\r\n$x\r\nshort\r\n" + bulk("PING")
	var got []View
	for _, v := range collect(aof, 1) {
		if v.Encoding == "resp" {
			got = append(got, v)
		}
	}
	require.Len(t, got, 2, "the broken GET parts the runs")
	assert.Equal(t, "SELECT 0\nSET rate:BTCUSD 67123.55\nHSET user:1001 name Oliver privkey "+value+"\n", string(got[0].Data))
	require.Len(t, got[0].Cells, 3)
	assert.Equal(t, value, aof[got[0].Cells[2][0]:got[0].Cells[2][1]])
	assert.Equal(t, "PING\n", string(got[1].Data))
	assert.Empty(t, collect("*3 items\r\n$5 each\r\n", 1))
}

// TestCopyViews: pg_dump's COPY blocks keep a value a tab apart from the
// others, its column named once above (corpus 59: a custody database's
// bytea key, "\\x…"); each value is read after its column's name, bytea
// as "0x…", NULLs left out, up to the block's end.
func TestCopyViews(t *testing.T) {
	key := strings.Repeat("c0", 32)
	dump := "--\n-- Data for Name: signing_keys\n--\n\nCOPY public.signing_keys (id, chain, private_key, note) FROM stdin;\n" +
		"1\teth\t\\\\x" + key + "\t\\N\n2\tbtc\t\\N\tcold\n\\.\n\nCOPY public.other (x) FROM stdin;\n\\.\n"
	var got []View
	for _, v := range collect(dump, 1) {
		if v.Encoding == "pg-copy" {
			got = append(got, v)
		}
	}
	require.Len(t, got, 1)
	assert.Equal(t, "id: 1\nchain: eth\nprivate_key: 0x"+key+"\nid: 2\nchain: btc\nnote: cold\n", string(got[0].Data))
	require.Len(t, got[0].Cells, 6)
	assert.Equal(t, "\\\\x"+key, dump[got[0].Cells[2][0]:got[0].Cells[2][1]])
	assert.Empty(t, collect("-- COPY t (a) FROM stdin; in a comment\n", 1))
}

// TestPrefixedStoreViews: a keystore whose every line carries a prefix
// (aider's chat history puts "#### " before each line of a message, a
// mail reply "> ") is read without it (corpus 48); a keystore without a
// prefix gives no such view.
func TestPrefixedStoreViews(t *testing.T) {
	store := "{\n  \"crypto\": {\n    \"cipher\": \"aes-128-ctr\",\n    \"ciphertext\": \"e41e\"\n  },\n  \"version\": 3\n}"
	prefixed := func(p string) string {
		lines := strings.Split(store, "\n")
		for i := range lines {
			lines[i] = p + lines[i] + "  "
		}
		return "# aider chat started at 2024-05-17 20:00:01\n\n" + p + "why does web3.py say MAC mismatch?\n" + strings.Join(lines, "\n") + "\n\nI see, the password.\n"
	}
	for _, p := range []string{"#### ", "> ", "// "} {
		var got []View
		for _, v := range collect(prefixed(p), 1) {
			if v.Encoding == "line-prefix" {
				got = append(got, v)
			}
		}
		require.Len(t, got, 1, p)
		assert.Contains(t, string(got[0].Data), "{  \n  \"crypto\": {  \n", p)
		assert.Len(t, got[0].Cells, 8, p)
	}
	for _, v := range collect(store, 1) {
		assert.NotEqual(t, "line-prefix", v.Encoding)
	}
}

// TestOfficeTextViews: a keystore pasted into a Writer document a
// paragraph a line is JSON again in the document's text (corpus 68), each
// line placed at its paragraph; XML of other kinds gives no such view.
func TestOfficeTextViews(t *testing.T) {
	lines := []string{"{", `  "address": "b43e78480d6c426c7dd368d053612738dccd56a2",`, `  "crypto": {`, `    "ciphertext": "e41e"`, "  },", `  "version": 3`, "}"}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<office:document-content><office:body><office:text><text:p text:style-name="P1">Runbook: restore the hot wallet</text:p>`)
	for _, l := range lines {
		fmt.Fprintf(&b, `<text:p text:style-name="Code">%s</text:p>`, strings.ReplaceAll(l, `"`, "&quot;"))
	}
	b.WriteString(`</office:text></office:body></office:document-content>`)
	doc := b.String()
	var got []View
	for _, v := range collect(doc, 1) {
		if v.Encoding == "office-text" {
			got = append(got, v)
		}
	}
	require.Len(t, got, 1)
	shown := strings.Split(string(got[0].Data), "\n")
	var trimmed []string
	for _, l := range shown {
		trimmed = append(trimmed, strings.TrimSpace(l))
	}
	assert.Contains(t, strings.Join(trimmed, "\n"), "Runbook: restore the hot wallet\n{\n\"address\": \"b43e78480d6c426c7dd368d053612738dccd56a2\",\n\"crypto\": {")
	require.Len(t, got[0].Cells, len(shown))
	k := slices.IndexFunc(shown, func(l string) bool { return strings.Contains(l, "address") })
	require.GreaterOrEqual(t, k, 0)
	c := got[0].Cells[k]
	assert.Contains(t, doc[c[0]:c[1]], "&quot;address&quot;", "a line is placed at its paragraph")
	for _, text := range []string{`<config><item key="a">value</item></config>`, strings.TrimPrefix(doc, `<?xml version="1.0" encoding="UTF-8"?>`+"\n")} {
		for _, v := range collect(text, 1) {
			assert.NotEqual(t, "office-text", v.Encoding, "no XML declaration, no office text")
		}
	}
}

// TestHTMLTextViews: an HTML page is read as it shows, a line a
// paragraph or block, each placed at its markup (a help desk's ticket:
// the label in one paragraph, the value in a <pre> after it, corpus
// 73); once, not again inside its own view; and a fragment that starts
// with a block.
func TestHTMLTextViews(t *testing.T) {
	page := "<!DOCTYPE html>\n<html><body><div class=\"body\"><p>the second account key from my export:</p><pre>c0ffee</pre><p>Thank you</p></div></body></html>\n"
	var got []View
	for _, v := range collect(page, 2) {
		if strings.Contains(v.Encoding, "html-text") {
			got = append(got, v)
		}
	}
	require.Len(t, got, 1)
	assert.Equal(t, "html-text", got[0].Encoding)
	shown := strings.Split(string(got[0].Data), "\n")
	k := slices.IndexFunc(shown, func(l string) bool { return strings.TrimSpace(l) == "c0ffee" })
	require.Greater(t, k, 0, "the value on a line of its own")
	assert.Equal(t, "the second account key from my export:", strings.TrimSpace(shown[k-1]))
	c := got[0].Cells[k]
	assert.Contains(t, page[c[0]:c[1]], "c0ffee")
	// A fragment that starts with a block (a mail's HTML part, Gmail's
	// "<div dir=\"ltr\">") is read so too; text that starts otherwise
	// is not.
	fragment := `<div dir="ltr">my old private key:<br>c0ffee</div>`
	got = got[:0]
	for _, v := range collect(fragment, 1) {
		if v.Encoding == "html-text" {
			got = append(got, v)
		}
	}
	require.Len(t, got, 1, "a fragment")
	assert.Equal(t, "my old private key:\nc0ffee", strings.TrimSpace(string(got[0].Data)))
	// A long key broken by word-break opportunities (<wbr>, as forums
	// and Medium write long strings; corpus 257) shows whole.
	got = got[:0]
	for _, v := range collect(`<div dir="ltr">master key:<br><code>xprv9s21ZrQH<wbr>143K3QTDL4LX<wbr />w2F7HEK3wJUD</code></div>`, 1) {
		if v.Encoding == "html-text" {
			got = append(got, v)
		}
	}
	require.Len(t, got, 1, "wbr")
	assert.Contains(t, strings.Fields(string(got[0].Data)), "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD")
	for _, v := range collect("notes <div>my old private key:<br>c0ffee</div>", 2) {
		assert.NotContains(t, v.Encoding, "html-text", "text first")
	}
}

// TestRTFTextViews: an RTF document (TextEdit's, WordPad's) is read as
// its text shows, its escaped letters decoded (corpus 218: a German label
// "privater Schl\'fcssel" above a key cut over two lines), each line
// mapped to the RTF it comes from; other text is not.
func TestRTFTextViews(t *testing.T) {
	half := strings.Repeat("c0ffee42", 4)
	doc := "{\\rtf1\\ansi\\ansicpg1252\\cocoartf2709\n{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;}\n{\\colortbl;\\red255\\green255\\blue255;}\n" +
		"\\pard\\tx566\\pardirnatural\n\n\\f0\\fs24 \\cf0 MetaMask privater Schl\\'fcssel (Konto 1):\\\n" + half + "\\\n" + half + "\\\n}"
	var got []View
	for _, v := range collect(doc, 1) {
		if v.Encoding == "rtf-text" {
			got = append(got, v)
		}
	}
	require.Len(t, got, 1)
	shown := strings.Split(string(got[0].Data), "\n")
	k := slices.IndexFunc(shown, func(l string) bool { return strings.Contains(l, "privater Schlüssel (Konto 1):") })
	require.GreaterOrEqual(t, k, 0, "the label, its letter decoded")
	require.Greater(t, len(shown), k+2)
	assert.Equal(t, half, strings.TrimSpace(shown[k+1]))
	c := got[0].Cells[k+1]
	assert.Contains(t, doc[c[0]:c[1]], half)
	for _, v := range collect("not {\\rtf1 at the start\\par\n", 1) {
		assert.NotEqual(t, "rtf-text", v.Encoding)
	}
}

// TestRecordsInterjections: a phrase sent in parts of a few words, with
// two short messages of others between them, is one view of its parts;
// a third message, or a long one, between them ends it.
func TestRecordsInterjections(t *testing.T) {
	words := strings.Fields("zbytek capart drak jemnost kaple vzlykat jezdec sekta montovat vypravit rastr putyka")
	msg := func(user, text string) string {
		return `{"msg":"` + text + `","u":{"username":"` + user + `"}}`
	}
	doc := func(between ...string) string {
		var m []string
		for _, b := range between {
			m = append(m, msg("jana", b))
		}
		return "[" + msg("kevin", strings.Join(words[:4], " ")) + "," + strings.Join(append(m, msg("kevin", strings.Join(words[4:8], " "))), ",") + "," +
			msg("kevin", strings.Join(words[8:], " ")) + "]"
	}
	got := viewsOf(doc("kevin?", "STOP, delete that!"), "records")
	require.Len(t, got, 1)
	assert.Equal(t, strings.Join(words[:4], " ")+"\n"+strings.Join(words[4:8], " ")+"\n"+strings.Join(words[8:], " ")+"\n", string(got[0].Data))
	assert.Len(t, got[0].Cells, 3)
	for name, text := range map[string]string{
		"three between": doc("kevin?", "what?", "STOP!"),
		"a long one":    doc(strings.Repeat("no, ", 40)),
	} {
		assert.Empty(t, viewsOf(text, "records"), name)
	}
}

// TestRecordsParagraphs: a chat's messages stored as rich text, each a
// paragraph's tags around its words (Teams' export), are read inside
// the tags.
func TestRecordsParagraphs(t *testing.T) {
	words := strings.Fields("zbytek capart drak jemnost kaple vzlykat jezdec sekta montovat vypravit rastr putyka")
	msg := func(text string) string {
		return `{"messageType":"RichText/Html","content":"` + text + `","from":"Ana"}`
	}
	doc := "[" + msg("<p>"+strings.Join(words[:6], " ")+"</p>") + "," + msg("<div>"+strings.Join(words[6:], " ")+"</div>") + "]"
	got := viewsOf(doc, "records")
	require.Len(t, got, 1)
	assert.Equal(t, strings.Join(words[:6], " ")+"\n"+strings.Join(words[6:], " ")+"\n", string(got[0].Data))
	assert.Equal(t, strings.Join(words[:6], " "), doc[got[0].Cells[0][0]:got[0].Cells[0][1]])
}

// TestWordNumber: a word's number before it, one or two digits with a
// dot, a parenthesis or nothing and then a space; not a year, a zero or
// a number glued to the word.
func TestWordNumber(t *testing.T) {
	for s, want := range map[string]int{"7 abandon": 2, "7. abandon": 3, "12) abandon": 4, "2024 abandon": 0, "0 abandon": 0, "7abandon": 0, "abandon": 0, "7.": 0, "4 - abandon": 4, "12 - abandon": 5, "4 -abandon": 2} {
		assert.Equal(t, want, WordNumber([]byte(s)), s)
	}
	assert.Equal(t, 1, wordsValue([]byte("7. abandon")))
}

// TestBase64Gzip: gzip in base64 is read inflated (a Helm release's
// record, base64 of the gzip of its JSON, inside a Secret's base64); a
// stream that inflates past maxGunzip or to binary is not.
func TestBase64Gzip(t *testing.T) {
	gz := func(b []byte) []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		_, err := zw.Write(b)
		require.NoError(t, err)
		require.NoError(t, zw.Close())
		return buf.Bytes()
	}
	release := `{"name": "signer", "config": {"signer": {"mnemonic": "alpha bravo charlie"}}}`
	inner := base64.StdEncoding.EncodeToString(gz([]byte(release)))
	doc := "data:\n  release: " + base64.StdEncoding.EncodeToString([]byte(inner)) + "\n"
	var found bool
	for _, v := range collect(doc, 3) {
		found = found || v.Encoding == "base64+base64+gzip" && string(v.Data) == release
	}
	assert.True(t, found, "the release's JSON")
	for name, b := range map[string][]byte{
		"a bomb": gz(bytes.Repeat([]byte("a"), maxGunzip+1)),
		"binary": gz(bytes.Repeat([]byte{0, 1, 2, 3, 0xff}, 100)),
	} {
		assert.Empty(t, viewsOf("release: "+base64.StdEncoding.EncodeToString(b)+"\n", "base64+gzip"), name)
	}
	// A whole item that is nothing but the blob (corpus 207): its run is
	// no chunk's edge, and it is read inflated; the same run that may be
	// cut at a chunk's edges is not.
	blob := base64.StdEncoding.EncodeToString(gz([]byte(release))) + "\n"
	whole := func(ctx context.Context) (found bool) {
		_ = Views(ctx, []byte(blob), 1, func(v View) bool {
			found = found || v.Encoding == "base64+gzip" && string(v.Data) == release
			return true
		})
		return found
	}
	assert.True(t, whole(WithWhole(context.Background())), "a whole item")
	assert.False(t, whole(context.Background()), "a chunk")
}

// TestJoinedExtendedKey: an extended private key cut into string literals
// that the program joins, on one line or over several, with '+' or side
// by side, comes out whole; parts that make no key's length, or are not
// all base58, do not.
func TestJoinedExtendedKey(t *testing.T) {
	key := "xprv9s21ZrQH143K" + strings.Repeat("3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LPF3DPSumnx", 2)[:95]
	require.Len(t, key, 111)
	for name, text := range map[string]string{
		"one line, +":          "rebalanceKey: '" + key[:56] + "' + '" + key[56:] + "',\n",
		"three lines, +":       "const k =\n  \"" + key[:40] + "\" +\n  \"" + key[40:80] + "\" +\n  \"" + key[80:] + "\";\n",
		"side by side, Python": "k = (\"" + key[:56] + "\"\n     \"" + key[56:] + "\")\n",
	} {
		var got []string
		for _, v := range collect(text, 1) {
			if v.Encoding == "joined-literals" {
				got = append(got, string(v.Data))
			}
		}
		assert.Equal(t, []string{key}, got, name)
	}
	for name, text := range map[string]string{
		"too short":       "k = '" + key[:56] + "' + '" + key[56:100] + "'\n",
		"not base58":      "k = '" + key[:56] + "' + '" + key[56:110] + "0'\n",
		"a longer string": "k = '" + key[:56] + "' + '" + key[56:] + "' + 'abcdef'\n",
	} {
		for _, v := range collect(text, 1) {
			assert.NotEqual(t, "joined-literals", v.Encoding, name)
		}
	}
}

// TestEscapedKeyLines: an extended key wrapped in a note that a JSON
// export holds ("…key:\nxprv…\n…") is read in the string's own lines,
// where its parts stand apart from the escapes' letters.
func TestEscapedKeyLines(t *testing.T) {
	key := "xprv9s21ZrQH143K" + strings.Repeat("3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LPF3DPSumnx", 2)[:95]
	note := `{"title": "Sparrow alt", "textContent": "master key:\n` + key[:56] + `\n` + key[56:] + `\n\nkeep offline"}`
	got := viewsOf(note, "json-string")
	if assert.Len(t, got, 1) {
		assert.Contains(t, string(got[0].Data), "\n"+key[:56]+"\n"+key[56:]+"\n")
	}
	assert.Empty(t, viewsOf(`{"textContent": "xpub6CUGRUonZSQ4TWtTMmzXdrXDtypWKiKrhko4egpiMZbpiaQL2jkwSB1icqYh2cfDfVxdx4df189oLKnC5fSwqPfgyP3hooxujYzAu3fDVmz\nok"}`, "json-string"), "no private key")
}

// TestCSVQuotedJSON: JSON in a CSV cell, its quotes doubled (a database's
// export of a JSON column), is read with them undoubled, to the cell's
// end; a cell that is no JSON object is not.
func TestCSVQuotedJSON(t *testing.T) {
	text := "id,keystore,created\n17,\"{\"\"crypto\"\":{\"\"cipher\"\":\"\"aes-128-ctr\"\"},\"\"version\"\":3}\",2023-01-01\n"
	got := viewsOf(text, "csv-quoted")
	if assert.Len(t, got, 1) {
		assert.Equal(t, `{"crypto":{"cipher":"aes-128-ctr"},"version":3}`, string(got[0].Data))
		assert.Equal(t, strings.Index(text, "{"), got[0].Start)
	}
	assert.Empty(t, viewsOf("id,note\n1,\"he said \"\"hi\"\"\"\n", "csv-quoted"))
}

// TestOCRTSVViews: tesseract's TSV output keeps a word a row, between
// its box and confidence (corpus 220: a scanned recovery card); the
// words are read a recognised line a line, each line mapped to the rows
// that hold it. A TSV of other columns gives no such view.
func TestOCRTSVViews(t *testing.T) {
	var b strings.Builder
	b.WriteString("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\r\n")
	b.WriteString("1\t1\t0\t0\t0\t0\t0\t0\t1700\t2200\t-1\t\r\n")
	b.WriteString("4\t1\t1\t1\t1\t0\t40\t50\t900\t40\t-1\t\r\n")
	rows := [][2]string{{"1", "1."}, {"1", "LEGAL"}, {"1", "2."}, {"1", "WINNER"}, {"2", "3."}, {"2", "THANK"}}
	for k, r := range rows {
		fmt.Fprintf(&b, "5\t1\t1\t1\t%s\t%d\t%d\t50\t80\t40\t%.6f\t%s\r\n", r[0], k+1, 40+k*100, 91.5-float64(k), r[1])
	}
	tsv := b.String()
	var got []View
	for _, v := range collect(tsv, 1) {
		if v.Encoding == "ocr-tsv" {
			got = append(got, v)
		}
	}
	require.Len(t, got, 1)
	assert.Equal(t, "1. LEGAL 2. WINNER\n3. THANK\n", string(got[0].Data))
	require.Len(t, got[0].Cells, 2)
	c := got[0].Cells[1]
	assert.True(t, strings.HasPrefix(tsv[c[0]:c[1]], "3.\t") || strings.HasPrefix(tsv[c[0]:c[1]], "3.\r\n"), tsv[c[0]:c[1]])
	assert.True(t, strings.HasSuffix(tsv[c[0]:c[1]], "THANK"))
	for _, other := range []string{"name\tvalue\nlevel\t5\n", strings.Replace(tsv, "\tconf\t", "\tscore\t", 1)} {
		for _, v := range collect(other, 1) {
			assert.NotEqual(t, "ocr-tsv", v.Encoding)
		}
	}
}
