package audit

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/walletaudit/walletaudit/mnemonic"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// cjkMinRunes is the fewest characters beyond ASCII a head must decode
// to before sniffCJK names its code page.
const cjkMinRunes = 16

// listChars returns the characters of the Chinese wordlist of lang: the
// 2,048 most common characters, which most of a Chinese text is.
func listChars(lang mnemonic.Language) map[rune]bool {
	m := map[rune]bool{}
	for _, w := range mnemonic.Wordlist(lang) {
		for _, r := range w {
			m[r] = true
		}
	}
	return m
}

var (
	simplifiedChars  = sync.OnceValue(func() map[rune]bool { return listChars(mnemonic.ChineseSimplified) })
	traditionalChars = sync.OnceValue(func() map[rune]bool { return listChars(mnemonic.ChineseTraditional) })
)

// eucPairs reports whether four in five of the two-byte characters of b
// (a lead byte from 0x81) are EUC's, both bytes from 0xA1: Korean text
// is written in the 2,350 syllables of KS X 1001, which are; code page
// 949 gives the rarer syllables to the pairs below, and so reads
// Shift-JIS's hiragana (lead byte 0x82) as Hangul.
func eucPairs(b []byte) bool {
	n, k := 0, 0
	for i := 0; i+1 < len(b); i++ {
		if b[i] < 0x81 {
			continue
		}
		n++
		if b[i] >= 0xa1 && b[i+1] >= 0xa1 {
			k++
		}
		i++
	}
	return k*5 >= n*4
}

// sniffCJK returns the code page of head, the start of an item with no
// zero byte that is not UTF-8, when it is Chinese, Japanese or Korean
// text in a legacy code page (Notepad's "ANSI" in those locales until
// Windows 10: GBK, Big5, Shift-JIS; EUC-JP and EUC-KR on Unix), with its
// name; nil otherwise. A code page is taken when the head decodes in it
// without an error and its characters are what that language's text is
// made of: Hangul syllables for Korean (four in five characters or
// more), kana for Japanese (one in four), and for Chinese the characters
// of the BIP-39 wordlist of its script, its 2,048 most common (over half
// of its characters). Text in another code page decoded so is made of
// rarer characters, or fails to decode. whole is set when head is the
// entire item.
func sniffCJK(head []byte, whole bool) (encoding.Encoding, string) {
	b := head[:min(len(head), sniffSize)]
	if utf8.Valid(b) {
		return nil, ""
	}
	if !whole {
		// The last character may be cut: leave out its bytes.
		k := len(b)
		for k > 0 && len(b)-k < 2 && b[k-1] >= 0x80 {
			k--
		}
		b = b[:k]
	}
	// read decodes b with e and counts the characters of class of and,
	// of them, those of class in; ok is false when b does not decode.
	read := func(e encoding.Encoding, of, in func(r rune) bool) (n, k int, ok bool) {
		out, err := e.NewDecoder().Bytes(b)
		if err != nil {
			return 0, 0, false
		}
		for _, r := range string(out) {
			if r == utf8.RuneError {
				return 0, 0, false
			}
			if r >= utf8.RuneSelf && of(r) {
				n++
				if in(r) {
					k++
				}
			}
		}
		return n, k, n >= cjkMinRunes
	}
	any := func(rune) bool { return true }
	hangul := func(r rune) bool { return r >= 0xac00 && r <= 0xd7a3 }
	if n, k, ok := read(korean.EUCKR, any, hangul); ok && k*5 >= n*4 && eucPairs(b) {
		return korean.EUCKR, "euc-kr"
	}
	kana := func(r rune) bool { return r >= 0x3040 && r <= 0x30ff }
	for _, c := range []struct {
		e    encoding.Encoding
		name string
	}{{japanese.ShiftJIS, "shift_jis"}, {japanese.EUCJP, "euc-jp"}} {
		if n, k, ok := read(c.e, any, kana); ok && k*4 >= n {
			return c.e, c.name
		}
	}
	han := func(r rune) bool { return unicode.Is(unicode.Han, r) }
	best, bestName, bestShare := encoding.Encoding(nil), "", 0.5
	for _, c := range []struct {
		e     encoding.Encoding
		name  string
		chars func() map[rune]bool
	}{{simplifiedchinese.GB18030, "gb18030", simplifiedChars}, {traditionalchinese.Big5, "big5", traditionalChars}} {
		chars := c.chars()
		if n, k, ok := read(c.e, han, func(r rune) bool { return chars[r] }); ok && float64(k)/float64(n) > bestShare {
			best, bestName, bestShare = c.e, c.name, float64(k)/float64(n)
		}
	}
	return best, bestName
}
