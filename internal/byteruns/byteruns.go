// Package byteruns finds long runs of one class of bytes (hex digits,
// base58 or base64 characters) without looking at every byte: a run of at
// least n bytes must cover the last byte of every window of n bytes it
// spans, so a window whose last byte is out of the class is skipped whole.
// On text, where such runs are rare and short, this reads a fraction of
// the bytes that a byte-by-byte scan reads.
package byteruns

import (
	"bytes"
	"strings"
)

// Class is a set of bytes.
type Class [256]bool

// The alphabets the detectors and decoders look for.
const (
	Base58    = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
	HexDigits = "0123456789abcdefABCDEF"
	Alnum     = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
)

// Of returns the class of the bytes of chars.
func Of(chars string) Class {
	var c Class
	for i := 0; i < len(chars); i++ {
		c[chars[i]] = true
	}
	return c
}

// Each calls fn with the start and end of every maximal run of bytes of
// class c in data that is at least min bytes long, in order, until fn
// returns false. min below 1 counts as 1.
func Each(data []byte, c *Class, min int, fn func(start, end int) bool) {
	min = max(min, 1)
	i := 0 // data[i-1], if any, is outside the class: a run may start at i
	for i+min <= len(data) {
		p := i + min - 1
		if !c[data[p]] {
			i = p + 1
			continue
		}
		s := p
		for s > i && c[data[s-1]] {
			s--
		}
		if s > i {
			// data[s-1] is outside the class: try a run from s.
			i = s
			continue
		}
		e := p + 1
		for e < len(data) && c[data[e]] {
			e++
		}
		if !fn(i, e) {
			return
		}
		i = e + 1
	}
}

// IndexFold is bytes.Index of word, ASCII and lower case, in any case:
// the first place data holds it, or -1. It looks for the word's rarest
// byte (a digit, else its least common letter in English text) with
// bytes.IndexByte, once per case, and compares the word around each.
func IndexFold(data []byte, word string) int {
	at := -1
	EachFold(data, word, func(i int) bool {
		at = i
		return false
	})
	return at
}

// EachFold calls fn with every place data holds word (ASCII, lower case)
// in any case, in order, until fn returns false; places may overlap. It
// searches as IndexFold does, each case's next place looked up once.
func EachFold(data []byte, word string, fn func(i int) bool) {
	a := anchorByte(word)
	lo, up := word[a], word[a]
	if lo >= 'a' && lo <= 'z' {
		up = lo - 32
	}
	nextLo, nextUp := -1, -1 // the next place of each case at or after off, once looked up
	for off := a; off < len(data); {
		if nextLo < off {
			nextLo = indexFrom(data, lo, off)
		}
		if nextUp < off {
			nextUp = nextLo
			if up != lo {
				nextUp = indexFrom(data, up, off)
			}
		}
		p := min(nextLo, nextUp)
		if p >= len(data) {
			return
		}
		if s := p - a; s+len(word) <= len(data) && bytes.EqualFold(data[s:s+len(word)], []byte(word)) {
			if !fn(s) {
				return
			}
		}
		off = p + 1
	}
}

// indexFrom is bytes.IndexByte of data[from:], as an index of data, or
// len(data)+1 when c is not there: past every place, so that a search
// that found nothing is not made again.
func indexFrom(data []byte, c byte, from int) int {
	k := bytes.IndexByte(data[from:], c)
	if k < 0 {
		return len(data) + 1
	}
	return from + k
}

// letterRank orders the letters from the least common in English text
// (j, q, x, z) to the most (e).
const letterRank = "jqxzkvbpygfwmucldrhsnioate"

// anchorByte returns the place in word of the byte IndexFold looks for:
// the first that is not a letter, else the least common letter.
func anchorByte(word string) int {
	best, rank := 0, len(letterRank)+1
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c < 'a' || c > 'z' {
			return i
		}
		if r := strings.IndexByte(letterRank, c); r < rank {
			best, rank = i, r
		}
	}
	return best
}
