package decode

import (
	"encoding/hex"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGroupedHex: 64 hex digits in equal groups on a line, or over 4 or 8
// lines of their own, are one view of the digits; other counts of groups
// or lines, and unequal groups, are none.
func TestGroupedHex(t *testing.T) {
	key := make([]byte, 32)
	for i := range key {
		key[i] = byte(0x47 + i*7)
	}
	h := hex.EncodeToString(key)
	groups := func(n int, sep string) string {
		var parts []string
		for i := 0; i < len(h); i += n {
			parts = append(parts, h[i:i+n])
		}
		return strings.Join(parts, sep)
	}
	found := func(text string) bool {
		for _, v := range collect(text, 1) {
			if v.Encoding == "grouped-hex" && string(v.Data) == h {
				return true
			}
		}
		return false
	}
	for name, text := range map[string]string{
		"fours by spaces":  "eth private key:\n" + groups(4, " ") + "\n",
		"eights by colons": "signer_private_key = " + groups(8, ":") + "\n",
		"sixteens, upper":  "private key " + strings.ToUpper(groups(16, " ")) + "\n",
		"fours by hyphens": "PRIV: " + groups(4, "-") + "\r\n",
		"four lines of 16": "eth priv key\n" + groups(16, "\n") + "\n\nnext\n",
		"eight lines of 8": "wallet backup\n  " + groups(8, "\n  ") + "\n",
		"two lines of 32":  "Cold storage\n\nETH key:\n" + groups(32, "\n") + "\n",
		"38 and 26":        "Der Schlüssel:\n" + h[:38] + "\n" + h[38:] + "\n\nEnde\n",
		// "xxd -p" of a 32-byte file: 60 digits and 4 (corpus 207).
		"xxd -p": "$ xxd -p wallet.key\n" + h[:60] + "\n" + h[60:] + "\n$ ",
		// Quoted in a mail's reply (corpus 199).
		"quoted halves":  "On Thu, Markus wrote:\n> Key, split for the label printer:\n> " + h[:32] + "\n> " + h[32:] + "\n>\n",
		"quoted twice":   ">> priv key\n>> " + groups(16, "\n>> ") + "\n",
		"in backticks":   "- [ ] rotate key `" + groups(4, " ") + "` (leaked in a screenshot?)\n",
		"in quotes":      "signer = \"" + groups(8, " ") + "\", # spaced to read aloud\n",
		"in parentheses": "old key (" + groups(4, "-") + ") moved\n",
		// Apple's description of bytes (defaults read; corpus 295).
		"in angle brackets": "{\n    \"wallet.privateKey\" = <" + groups(8, " ") + ">;\n}\n",
		// Groups over lines (the 274th blind corpus): a printed form's
		// two rows of eight, a label's line going on under it.
		"groups over two lines": "Private key:\n" + groups(4, " ")[:39] + "\n" + groups(4, " ")[40:] + "\n",
		"groups after a label":  "Private key: " + groups(4, " ")[:49] + "\n             " + groups(4, " ")[50:] + "\n\nSigned\n",
		"eights over two lines": "key\n" + strings.ReplaceAll(groups(8, " "), h[16:24]+" ", h[16:24]+"\n") + "\n",
	} {
		assert.True(t, found(text), name)
	}
	for name, text := range map[string]string{
		"a longer run":         "digest " + groups(4, " ") + " 0a1b\n",
		"unequal groups":       "x " + h[:4] + " " + h[4:12] + " " + h[12:] + "\n",
		"five lines of 16":     groups(16, "\n") + "\n" + h[:16] + "\n",
		"three lines of 32":    groups(32, "\n") + "\n" + h[:32] + "\n",
		"60 digits and 4":      h[:60] + "\n" + h[60:] + "\n",
		"quoted, past 64":      "> " + h[:32] + "\n> " + h[32:] + "\n> 0a1b2c3d\n",
		"digits past 64":       h[:38] + "\n" + h[38:] + "ab\n",
		"a fingerprint":        "fpr: " + groups(4, " ")[:49] + "\n",
		"mixed separators":     "k " + groups(8, " ")[:17] + ":" + groups(8, " ")[18:] + "\n",
		"pairs (another view)": "k " + groups(2, " ") + "\n",
		"a longer run quoted":  "digest `" + groups(4, " ") + " 0a1b` ok\n",
		"glued before a quote": "k = x" + groups(4, " ") + "\" ok\n",
		"groups past 64 lines": groups(4, " ")[:39] + "\n" + groups(4, " ")[40:] + "\n" + groups(4, " ")[:9] + "\n",
		"groups of two sizes":  "k: " + groups(4, " ")[:39] + "\n" + groups(8, " ")[36:] + "\n",
		"a dump's offsets":     "0000000 " + groups(4, " ")[:39] + "\n0000010 " + groups(4, " ")[40:] + "\n",
	} {
		assert.False(t, found(text), name)
	}
}

// TestHexDump: the hex dump of a 32-byte file, as xxd, "xxd -g 1",
// "hexdump -C" and od print it, is a view of its 64 digits, at the dump's
// first line; a dump of more bytes, or of bytes not from offset zero, is
// not.
func TestHexDump(t *testing.T) {
	const h = "8655637c0ebec3e7a852584f3503ded2d4b6aa25ec4e1563a81bc9e07b7c1831"
	// The outputs of the tools on a file holding the 32 bytes of h.
	dumps := map[string]string{
		"xxd": "00000000: 8655 637c 0ebe c3e7 a852 584f 3503 ded2  .Uc|.....RXO5...\n" +
			"00000010: d4b6 aa25 ec4e 1563 a81b c9e0 7b7c 1831  ...%.N.c....{|.1\n",
		"xxd -g 1": "00000000: 86 55 63 7c 0e be c3 e7 a8 52 58 4f 35 03 de d2  .Uc|.....RXO5...\n" +
			"00000010: d4 b6 aa 25 ec 4e 15 63 a8 1b c9 e0 7b 7c 18 31  ...%.N.c....{|.1\n",
		"hexdump -C": "00000000  86 55 63 7c 0e be c3 e7  a8 52 58 4f 35 03 de d2  |.Uc|.....RXO5...|\n" +
			"00000010  d4 b6 aa 25 ec 4e 15 63  a8 1b c9 e0 7b 7c 18 31  |...%.N.c....{|.1|\n00000020\n",
		"od -A x -t x1z": "000000 86 55 63 7c 0e be c3 e7 a8 52 58 4f 35 03 de d2  >.Uc|.....RXO5...<\n" +
			"000010 d4 b6 aa 25 ec 4e 15 63 a8 1b c9 e0 7b 7c 18 31  >...%.N.c....{|.1<\n000020\n",
	}
	dumpViews := func(text string) []View {
		var out []View
		for _, v := range collect(text, 1) {
			if v.Encoding == "hex-dump" {
				out = append(out, v)
			}
		}
		return out
	}
	for name, d := range dumps {
		text := "$ " + name + " key.bin\n" + d + "$ exit\n"
		vs := dumpViews(text)
		require.Len(t, vs, 1, name)
		assert.Equal(t, h, string(vs[0].Data), name)
		assert.Equal(t, strings.Index(text, "\n")+1, vs[0].Start, name)
		assert.Equal(t, "$ "+name+" key.bin\n", string(vs[0].Context), name)
		assert.Len(t, dumpViews(strings.ToUpper(d)), 1, name+", upper case")

		more := strings.Replace(d, "00000010", "00000020", 1)
		more = strings.Replace(more, "000010 ", "000020 ", 1)
		lines := strings.SplitAfter(d, "\n")
		longer := lines[0] + lines[1] + strings.Replace(strings.Replace(lines[0], "00000000", "00000020", 1), "000000 ", "000020 ", 1)
		for what, text := range map[string]string{
			"48 bytes":           longer,
			"offsets not in row": more,
			"from offset 16":     strings.Replace(strings.Replace(d, "00000000", "00000030", 1), "000000 ", "000030 ", 1),
			"one line":           lines[0],
		} {
			assert.Empty(t, dumpViews(text), name+": "+what)
		}
	}
}
