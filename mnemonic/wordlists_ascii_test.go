package mnemonic

import (
	"bytes"
	"math/rand/v2"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hashOf is the hash the tokeniser computes of a lower-case token.
func hashOf(w string) uint32 { return hashToken(w) }

// TestASCIITableAgreesWithMaps: the one-probe table the tokeniser uses
// answers exactly what the lookup and prefix maps say, for every ASCII
// key of either and for tokens in neither.
func TestASCIITableAgreesWithMaps(t *testing.T) {
	tb := data()
	check := func(w string) {
		k := tb.asciiFind([]byte(w), hashOf(w))
		e := tb.lookup[w]
		p, hasPfx := tb.prefix[w]
		alt := tb.altPrefix[w]
		if e == nil && !hasPfx && alt == nil {
			assert.Nil(t, k, w)
			return
		}
		require.NotNil(t, k, w)
		assert.Same(t, e, k.e, w)
		assert.Equal(t, hasPfx, k.hasPfx, w)
		assert.Equal(t, p, k.pfx, w)
		assert.Same(t, alt, k.alt, w)
	}
	for w := range tb.lookup {
		if isASCII(w) {
			check(w)
		}
	}
	for p := range tb.prefix {
		check(p)
	}
	for p := range tb.altPrefix {
		check(p)
	}
	for _, w := range []string{"zzzq", "returnx", "abando", "func", "nil", "the", "walletaudit"} {
		check(w)
	}
}

// TestListWordsFitHash: the tokeniser hashes only the first maxHashed
// letters of a word, so no ASCII list word may be longer.
func TestListWordsFitHash(t *testing.T) {
	assert.LessOrEqual(t, data().maxASCII, maxHashed)
}

// TestASCIIWordMatchesBytes compares asciiWord, which reads eight bytes
// at a time, with reading the letters one by one and hashing the
// lower-cased word, on random text of letters of both cases, the bytes
// next to the letters in ASCII ('@', '[', '`', '{'), digits, bytes beyond
// ASCII whose low seven bits are letters, and words of every length
// from every offset, the end of the text included.
func TestASCIIWordMatchesBytes(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 8))
	alphabet := []byte("aAzZmM@[`{09 \xc1\xe1\xda\xfa")
	for round := range 20000 {
		text := make([]byte, rng.IntN(40))
		letters := 3 + rng.IntN(20) // mostly letters, sometimes long runs of them
		for i := range text {
			if rng.IntN(letters) == 0 {
				text[i] = alphabet[rng.IntN(len(alphabet))]
			} else {
				text[i] = "abcxyzABCXYZ"[rng.IntN(12)]
			}
		}
		for i := range text {
			if !asciiLetter[text[i]] {
				continue
			}
			j := i
			for j < len(text) && asciiLetter[text[j]] {
				j++
			}
			gotJ, lo, hi := asciiWord(text, i)
			require.Equal(t, j, gotJ, "round %d, %q from %d", round, text, i)
			if j-i > maxHashed {
				continue
			}
			word := bytes.ToLower(text[i:j])
			require.Equal(t, hashToken(word), hashHalves(lo, hi), "round %d, %q from %d", round, text, i)
			if j-i >= 4 {
				require.Equal(t, hashToken(word[:4]), hashHalves(lo&(1<<32-1), 0), "round %d, %q from %d", round, text, i)
			}
		}
	}
}

// TestLetterBytes checks the eight-byte letter test against the table
// for every byte value in every lane.
func TestLetterBytes(t *testing.T) {
	for c := range 256 {
		for lane := range 8 {
			x := uint64(c) << (8 * lane)
			want := uint64(0)
			if asciiLetter[c] {
				want = 0x80 << (8 * lane)
			}
			// The other lanes hold letters and bytes beyond ASCII, so
			// a carry or borrow between lanes would show.
			other := uint64(0xfa7a41ff5a61e1c1) &^ (0xff << (8 * lane))
			got := letterBytes(x|other) & (0xff << (8 * lane))
			require.Equal(t, want, got, "byte %#x in lane %d", c, lane)
		}
	}
}

// TestAltPrefixesUnique: in each of typoLists no two words share their
// first four letters once accents are removed, so a misspelt word's
// prefix names one word of a list; and every word of four letters or
// more is reached by its prefix.
func TestAltPrefixesUnique(t *testing.T) {
	tb := data()
	for _, lang := range typoLists {
		li := langIndex(lang)
		seen := map[string]int{}
		reached := 0
		for i, w := range tb.words[li] {
			f := stripMarks(w)
			if len(f) < 4 {
				continue
			}
			p := f[:4]
			if j, ok := seen[p]; ok {
				t.Errorf("%s: words %d and %d share the prefix %q", lang, j, i, p)
			}
			seen[p] = i
			if e := tb.altPrefix[p]; e != nil && e.mask&(1<<li) != 0 && e.idx[li] == uint16(i) {
				reached++
			}
		}
		assert.Equal(t, len(seen), reached, lang)
		assert.Greater(t, reached, 1800, lang)
	}
}

// TestPlainSepNonASCII: a byte at or above 0x80 is stepped over as a
// separator exactly when utf8.DecodeRune reads a one-byte RuneError at it,
// whatever bytes follow; any other such byte begins some valid rune.
func TestPlainSepNonASCII(t *testing.T) {
	for c := 0x80; c < 0x100; c++ {
		alwaysError := true
		for _, tail := range [][]byte{{}, {0x80, 0x80, 0x80}, {0xbf, 0xbf, 0xbf}, {0x90, 0x80, 0x80}, {0xa0, 0x80, 0x80}, {'a'}} {
			r, size := utf8.DecodeRune(append([]byte{byte(c)}, tail...))
			err := r == utf8.RuneError && size == 1
			alwaysError = alwaysError && err
		}
		if plainSep[c] {
			assert.Truef(t, alwaysError, "byte %#x is skipped but can begin a rune", c)
		} else {
			assert.Falsef(t, alwaysError, "byte %#x begins no rune but is not skipped", c)
		}
	}
}

// TestRuneErrorEndsWords: extendWord ends a word at U+FFFD (what invalid
// bytes read as) without asking the tables, which must agree.
func TestRuneErrorEndsWords(t *testing.T) {
	assert.False(t, wordRune(utf8.RuneError))
	f := &finder{}
	for _, tail := range []string{"\xff", "\x80a", "\xc3", "\xc3(", "\xef\xbf\xbd", "\xe0\x80\x80"} {
		f.text = []byte("abc" + tail + "def")
		assert.Equalf(t, 3, f.extendWord(3, false), "%q", tail)
	}
	f.text = []byte("abcé\u200ddef\xff")
	assert.Equal(t, len(f.text)-1, f.extendWord(3, false), "letters and a joiner go on")
}
