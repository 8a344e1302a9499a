package audit

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/walletaudit/walletaudit/internal/byteruns"
)

// UTF-16 without a byte-order mark. Windows tools (Notepad's "Unicode"
// without signature, PowerShell's Out-File in some versions, .NET's
// Encoding.Unicode writers) leave text as bare UTF-16LE, more rarely BE.
// Such text is mostly ASCII, so every other byte is zero; the sniff below
// looks for that and then checks that the code units read as text, so that
// binary files full of zeros (executables, databases, images) keep being
// scanned as bytes instead of being decoded into noise.
const (
	// utf16SniffSize is how much of the head is examined: enough code
	// units for the ratios below to be stable, little enough to cost
	// nothing on the binary files that reach the sniff.
	utf16SniffSize = 4 << 10
	// utf16MinSniff is the fewest bytes the sniff decides on: 16 code
	// units. Fewer bytes of a binary header can look like text by chance,
	// and no secret the detectors find is shorter than 16 characters.
	utf16MinSniff = 32
	// utf16MinLatinPct is the least share, in percent, of code units that
	// must be ASCII or Latin-1 text characters (U+0009, U+000A, U+000D,
	// U+0020–U+007E, U+00A0–U+00FF) in the chosen byte order: their high
	// byte is the zero the sniff relies on. Notes in Latin script sit near
	// 100%; the same bytes read in the other byte order sit near 0%, so at
	// most one order passes.
	utf16MinLatinPct = 60
	// utf16MaxBadPct is the largest share, in percent, of code units that
	// are not text: U+0000, other C0 and C1 controls, unpaired surrogates,
	// U+FFFE and U+FFFF. Text has next to none; binary data read as UTF-16
	// is full of them (zero padding alone is U+0000), and UTF-32 text
	// reads as every other unit U+0000.
	utf16MaxBadPct = 2
)

// sniffUTF16 reports whether head, the start of an item without a BOM, is
// UTF-16 text and in which byte order: "utf-16le" or "utf-16be", or ""
// when it is not. size is the item's full size (negative when unknown);
// whole is set when head is the entire item. UTF-16 text is whole code
// units, so an odd length rules it out.
func sniffUTF16(head []byte, size int64, whole bool) string {
	if len(head) < utf16MinSniff {
		return ""
	}
	if (whole && len(head)%2 == 1) || (size > 0 && size%2 == 1) {
		return ""
	}
	b := head[:min(len(head), utf16SniffSize)&^1]
	for _, be := range []bool{false, true} {
		if utf16Text(b, be) || utf16CJKText(b, be) {
			if be {
				return "utf-16be"
			}
			return "utf-16le"
		}
	}
	return ""
}

// utf16CJKText reports whether b read as UTF-16 in one byte order is
// Chinese, Japanese or Korean text, which has few of the ASCII characters
// utf16Text counts (Java's writeChars and old tools wrote such notes
// without a BOM): nine units in ten or more are characters of text
// (ASCII, Latin-1, Hangul syllables, CJK ideographs, kana, CJK
// punctuation and fullwidth forms), none is a control or a lone
// surrogate, and one in a hundred or more is a space or a line break,
// whose zero byte stands on its own side in each byte order: read in the
// other order they are U+2000 and U+0A00, and the test fails.
func utf16CJKText(b []byte, bigEndian bool) bool {
	units := len(b) / 2
	text, breaks := 0, 0
	for i := 0; i+1 < len(b); i += 2 {
		u := rune(b[i]) | rune(b[i+1])<<8
		if bigEndian {
			u = rune(b[i])<<8 | rune(b[i+1])
		}
		switch {
		case u == ' ' || u == '\n' || u == '\r':
			breaks++
			text++
		case u == '\t' || u > 0x20 && u < 0x7f || u >= 0xa0 && u <= 0xff,
			u >= 0xac00 && u <= 0xd7a3, u >= 0x4e00 && u <= 0x9fff, u >= 0x3000 && u <= 0x30ff, u >= 0xff00 && u <= 0xffef:
			text++
		case u < 0x20 || u >= 0xd800 && u < 0xe000:
			return false
		}
	}
	return text*10 >= units*9 && breaks*100 >= units
}

// utf16Text applies the thresholds above to b read as UTF-16 in one byte
// order.
func utf16Text(b []byte, bigEndian bool) bool {
	units := len(b) / 2
	latin, bad := 0, 0
	maxBad := units * utf16MaxBadPct / 100
	for i := 0; i < len(b); i += 2 {
		u := uint16(b[i]) | uint16(b[i+1])<<8
		if bigEndian {
			u = uint16(b[i])<<8 | uint16(b[i+1])
		}
		switch {
		case u == '\t' || u == '\n' || u == '\r' || (u >= 0x20 && u < 0x7f) || (u >= 0xa0 && u <= 0xff):
			latin++
		case u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0xfffe || u == 0xffff:
			bad++
		case u >= 0xd800 && u < 0xdc00:
			// A high surrogate needs a low one next; at the end of the
			// window the pair may have been cut.
			if i+3 < len(b) {
				v := uint16(b[i+2]) | uint16(b[i+3])<<8
				if bigEndian {
					v = uint16(b[i+2])<<8 | uint16(b[i+3])
				}
				if v >= 0xdc00 && v < 0xe000 {
					i += 2
				} else {
					bad++
				}
			}
		case u >= 0xdc00 && u < 0xe000:
			bad++
		}
		if bad > maxBad {
			return false
		}
	}
	return latin*100 >= units*utf16MinLatinPct
}

// utf16Decoder returns the decoder for an encoding sniffUTF16 named.
func utf16Decoder(enc string) transform.Transformer {
	order := unicode.LittleEndian
	if enc == "utf-16be" {
		order = unicode.BigEndian
	}
	return unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder()
}

// utf16MinUnits is the fewest characters a UTF-16 string inside binary
// data must have to be read: a key or a phrase is longer.
const utf16MinUnits = 24

// utf16Strings calls fn, until it returns false, with each stretch
// data[s:e] of binary data that reads as little-endian UTF-16 text of at
// least utf16MinUnits characters of Latin-1 (each a printable byte or a
// tab or line break followed by a zero byte: how Windows programs and a
// browser's localStorage keep strings), and that text in UTF-8.
//
// Such a stretch is 2*utf16MinUnits bytes long or longer, so it covers
// one of the offsets that are multiples of that length: only those are
// looked at, and a run of character and zero pairs is read out from one
// of them both ways. Binary data is read at one byte in 48.
func utf16Strings(data []byte, fn func(s, e int, text []byte) bool) {
	const stride = 2 * utf16MinUnits
	var buf []byte
	for p := 0; p < len(data); {
		// The pair (a character, then a zero) that holds data[p].
		k := -1
		switch {
		case data[p] == 0 && p > 0 && utf16Char(data[p-1]):
			k = p - 1
		case p+1 < len(data) && data[p+1] == 0 && utf16Char(data[p]):
			k = p
		}
		if k < 0 {
			p += stride
			continue
		}
		s, e := k, k
		for s >= 2 && data[s-1] == 0 && utf16Char(data[s-2]) {
			s -= 2
		}
		for e+1 < len(data) && data[e+1] == 0 && utf16Char(data[e]) {
			e += 2
		}
		var more bool
		if buf, more = utf16Run(data, s, e, buf, fn); !more {
			return
		}
		// The next run starts at e or later.
		p = max(e, p+1)
	}
}

// utf16Run calls fn with the string of the run data[s:e] of character
// and zero pairs (buf its text's buffer, returned for the next run), if
// it is long and wordy enough, and with the run less its first character
// too when that may be the last of a string of single bytes just before
// (a key, "…mnemonic" then the value's marker byte 0). more is false
// once fn returns false.
func utf16Run(data []byte, s, e int, buf []byte, fn func(s, e int, text []byte) bool) (_ []byte, more bool) {
	from, last := s, s
	if s > 0 && data[s-1] >= 0x20 && utf16Char(data[s-1]) {
		from = s + 2
		if gluedToWord(data, s) {
			// "…mnemonic" then 0: the c is the key's, not the text's.
			// Read with it too, a phrase would be found twice when its
			// first word with a c before is a word ("ash", "cash").
			last = s + 2
		}
	}
	for ; from >= last; from -= 2 {
		if (e-from)/2 < utf16MinUnits || !wordy(data, from, e) {
			continue
		}
		buf = buf[:0]
		for k := from; k < e; k += 2 {
			buf = utf8.AppendRune(buf, rune(data[k]))
		}
		if !fn(from, e, buf) {
			return buf, false
		}
	}
	return buf, true
}

// gluedToWord reports whether the character at data[s], a lower-case
// ASCII letter, ends a word of three letters or more in single bytes
// written right before it ("mnemonic" of "…mnemonic\x00"): the last letter
// of a string of single bytes whose terminating zero follows, not the
// first of a UTF-16 string.
func gluedToWord(data []byte, s int) bool {
	lower := func(c byte) bool { return 'a' <= c && c <= 'z' }
	if !lower(data[s]) {
		return false
	}
	n := 0
	for k := s - 1; k >= 0 && lower(data[k]) && n < 3; k-- {
		n++
	}
	return n >= 3
}

// wordy reports whether most characters of the UTF-16 string data[s:e]
// (low bytes at even offsets from s) are ASCII letters, digits or spaces,
// as in text, keys and phrases; runs of other bytes each followed by a
// zero are tables of small numbers.
func wordy(data []byte, s, e int) bool {
	n := 0
	for k := s; k < e; k += 2 {
		if c := data[k]; c == ' ' || asciiAlnum[c] {
			n++
		}
	}
	return n*10 >= (e-s)/2*7
}

// asciiAlnum marks the ASCII letters and digits.
var asciiAlnum = byteruns.Of(byteruns.Alnum)

// utf16Char reports whether b, as the low byte of a UTF-16 code unit
// whose high byte is zero, is text: printable Latin-1, a tab or a line
// break.
func utf16Char(b byte) bool {
	return b >= 0x20 && b != 0x7f && (b < 0x80 || b >= 0xa0) || b == '\t' || b == '\n' || b == '\r'
}

// sniffLatin1 reports whether head, the start of an item with no zero
// byte, is text in a single-byte Latin encoding (Windows-1252, of which
// ISO 8859-1 is nearly all): bytes past 0x7f none of which begin a UTF-8
// character, most of them letters (0xc0–0xff but × and ÷). Notepad saved
// "ANSI" by default until Windows 10; a Spanish or French phrase in it has
// its accented words cut at those bytes. Text with one character of
// valid UTF-8 beyond ASCII is UTF-8. whole is set when head is the entire
// item (else its last bytes may be a character cut short).
func sniffLatin1(head []byte, whole bool) bool {
	b := head[:min(len(head), sniffSize)]
	if utf8.Valid(b) {
		return false // ASCII or UTF-8: most text, checked fast
	}
	high, letters := 0, 0
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c < utf8.RuneSelf {
			continue
		}
		if !whole && !utf8.FullRune(b[i:]) {
			break
		}
		if r, size := utf8.DecodeRune(b[i:]); r != utf8.RuneError || size > 1 {
			return false
		}
		high++
		if c >= 0xc0 && c != 0xd7 && c != 0xf7 || (c == 0xaa || c == 0xba) && i > 0 && b[i-1] >= '0' && b[i-1] <= '9' {
			// A letter, or an ordinal indicator after a digit ("1º",
			// "2ª": Spanish and Portuguese numbering).
			letters++
		}
	}
	return high > 0 && letters*2 >= high
}

// singleByteCharmap returns the code page of head, text that sniffLatin1
// took for a single-byte encoding, with its name: Windows-1251 or KOI8-R
// when it is Cyrillic, else Windows-1252. Cyrillic words are runs of
// bytes past 0x7f (each letter is one), where Western text has an
// accented letter here and there among ASCII ones; Russian is mostly
// lower case, which Windows-1251 writes from 0xe0 and KOI8-R from 0xc0
// to 0xdf.
func singleByteCharmap(head []byte) (*charmap.Charmap, string) {
	b := head[:min(len(head), sniffSize)]
	high, inRuns, fromE0 := 0, 0, 0 // bytes past 0x7f, those in runs of three or more, those of 0xe0 or more
	for i := 0; i < len(b); i++ {
		j := i
		for ; j < len(b) && b[j] >= 0x80; j++ {
			if b[j] >= 0xe0 {
				fromE0++
			}
		}
		if n := j - i; n >= 3 {
			inRuns += n
		}
		high += j - i
		i = j // b[j] is ASCII (or the end): the loop steps past it
	}
	switch {
	case high == 0 || inRuns*10 < high*6:
		return charmap.Windows1252, "windows-1252"
	case fromE0*2 >= high:
		return charmap.Windows1251, "windows-1251"
	}
	return charmap.KOI8R, "koi8-r"
}

// keyBefore returns the name a store wrote in single bytes right before
// the UTF-16 string at data[s]: the key of a browser's localStorage row
// in SQLite ("metaPrivateKey", then the value), or in LevelDB, where the
// value starts with a byte that says its encoding (0 for UTF-16). It is
// the view's context, as a key's name stands outside an encoded value;
// nil when fewer than three printable bytes stand there.
func keyBefore(data []byte, s int) []byte {
	const maxKey = 64
	k := s
	if k > 0 && data[k-1] <= 1 {
		k--
	}
	j := k
	for j > 0 && k-j < maxKey && data[j-1] >= 0x20 && data[j-1] < 0x7f {
		j--
	}
	if k-j < 3 {
		return nil
	}
	return data[j:k]
}
