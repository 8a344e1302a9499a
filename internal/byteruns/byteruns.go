// Package byteruns finds long runs of one class of bytes (hex digits,
// base58 or base64 characters) without looking at every byte: a run of at
// least n bytes must cover the last byte of every window of n bytes it
// spans, so a window whose last byte is out of the class is skipped whole.
// On text, where such runs are rare and short, this reads a fraction of
// the bytes that a byte-by-byte scan reads.
package byteruns

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
