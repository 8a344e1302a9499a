package audit

import (
	"bytes"
	"encoding/base64"
	"sort"
	"sync"
	"unicode/utf8"
)

// bodyStart returns the first offset at or after at that follows a blank
// line ("\n\n" or "\n\r\n") in buf, where a MIME part's content starts,
// or -1.
func bodyStart(buf []byte, at int) int {
	best := -1
	for _, sep := range [...][]byte{[]byte("\n\n"), []byte("\n\r\n")} {
		for p := max(at-len(sep), 0); p < len(buf); {
			k := bytes.Index(buf[p:], sep)
			if k < 0 {
				break
			}
			if q := p + k + len(sep); q >= at {
				if best < 0 || q < best {
					best = q
				}
				break
			}
			p += k + 1
		}
	}
	if best >= len(buf) {
		return -1
	}
	return best
}

// qpEach calls fn with each byte of the quoted-printable text raw as
// mime/quotedprintable decodes it (soft line breaks "=\n" and "=\r\n"
// dropped, white space at a line's end dropped, "=XX" a byte, "=" before
// anything else itself) and the offset in raw it comes from, until fn
// returns false or raw ends.
func qpEach(raw []byte, fn func(c byte, from int) bool) {
	for i := 0; i < len(raw); {
		end := len(raw)
		if j := bytes.IndexByte(raw[i:], '\n'); j >= 0 {
			end = i + j + 1
		}
		whole := raw[i:end]
		line := bytes.TrimRight(whole, " \t\r\n")
		soft := bytes.HasSuffix(line, []byte("="))
		if soft {
			line = line[:len(line)-1]
		}
		for k := 0; k < len(line); k++ {
			c := line[k]
			if c == '=' && k+2 < len(line) {
				if b, ok := hexByte(line[k+1], line[k+2]); ok {
					if !fn(b, i+k) {
						return
					}
					k += 2
					continue
				}
			}
			if !fn(c, i+k) {
				return
			}
		}
		if !soft {
			switch {
			case bytes.HasSuffix(whole, []byte("\r\n")):
				if !fn('\r', end-2) || !fn('\n', end-1) {
					return
				}
			case bytes.HasSuffix(whole, []byte("\n")):
				if !fn('\n', end-1) {
					return
				}
			}
		}
		i = end
	}
}

// qpDecode decodes the quoted-printable text raw (qpEach) until n bytes
// are out or raw ends. It also returns the offset in raw of decoded byte
// at (len(raw) when fewer are decoded).
func qpDecode(raw []byte, n, at int) ([]byte, int) {
	out := make([]byte, 0, min(n, len(raw)))
	pos := len(raw)
	qpEach(raw, func(c byte, from int) bool {
		if len(out) == at {
			pos = from
		}
		out = append(out, c)
		return len(out) < n
	})
	return out, pos
}

// hexByte reads two hex digits (either case) as a byte.
func hexByte(hi, lo byte) (byte, bool) {
	h, ok1 := hexNibble(hi)
	l, ok2 := hexNibble(lo)
	return h<<4 | l, ok1 && ok2
}

func hexNibble(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	}
	return 0, false
}

// qpPlace maps a place in quoted-printable text raw: the decoded bytes
// from at to the end of the line lines decoded lines further on. It
// returns their offsets in raw: where decoded byte at comes from, and the
// end of that last decoded line (its line break, or the end of raw). It
// reads raw once, up to that line break, and keeps no decoded copy.
func qpPlace(raw []byte, at, lines int) (s, e int) {
	s, e = len(raw), len(raw)
	d, n := 0, 0
	qpEach(raw, func(c byte, from int) bool {
		if d == at {
			s = from
		}
		if d >= at && c == '\n' {
			if n == lines {
				e = from
				return false
			}
			n++
		}
		d++
		return true
	})
	return s, e
}

// base64Prefix decodes the base64 text at the start of raw (line breaks
// and blanks skipped, up to the first other byte) until n bytes are out.
func base64Prefix(raw []byte, n int) []byte {
	want := (n + 2) / 3 * 4
	chars := make([]byte, 0, want)
	for _, c := range raw {
		if len(chars) == want {
			break
		}
		switch {
		case c == '\r' || c == '\n' || c == ' ' || c == '\t':
			continue
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '+', c == '/', c == '=':
			chars = append(chars, c)
			continue
		}
		break
	}
	chars = chars[:len(chars)/4*4]
	out := make([]byte, base64.StdEncoding.DecodedLen(len(chars)))
	k, err := base64.StdEncoding.Decode(out, chars)
	if err != nil {
		return nil
	}
	return out[:min(k, n)]
}

// base64CharAt returns the offset in raw of its n-th base64 character
// (from 0), line breaks and other white space not counted, or -1 when raw
// holds no more than n of them.
func base64CharAt(raw []byte, n int) int {
	for i, c := range raw {
		if c == '\r' || c == '\n' || c == ' ' || c == '\t' {
			continue
		}
		if n == 0 {
			return i
		}
		n--
	}
	return -1
}

// base64Extent returns the length of the base64 body at the start of raw:
// its lines, up to a blank line or a line holding anything else.
func base64Extent(raw []byte) int {
	end := 0
	for i := 0; i < len(raw); {
		j := bytes.IndexByte(raw[i:], '\n')
		next := len(raw)
		if j >= 0 {
			next = i + j + 1
		}
		line := bytes.TrimSpace(raw[i:next])
		if len(line) == 0 {
			break
		}
		for _, c := range line {
			if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=') {
				return end
			}
		}
		end = i + len(bytes.TrimRight(raw[i:next], "\r\n"))
		i = next
	}
	return end
}

// singleBytes maps a member decoded from a single-byte character set to
// UTF-8 back to that set's bytes: the UTF-8 offsets where a character
// beyond ASCII starts, and how many bytes more than one the characters up
// to it took, in all. It is written as the member is read and read as
// its findings are placed; mu guards it, whichever goroutines do these.
type singleBytes struct {
	mu        sync.Mutex
	at, extra []int
	n         int  // UTF-8 bytes seen
	cont      int  // continuation bytes of the last character still to come
	over      bool // more than maxSingleMarks such characters
}

// maxSingleMarks bounds the characters beyond ASCII a member's map keeps.
const maxSingleMarks = 1 << 20

func (s *singleBytes) write(p []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range p {
		switch {
		case s.cont > 0:
			s.cont--
		case c >= 0xC0:
			size := 2
			if c >= 0xF0 {
				size = 4
			} else if c >= 0xE0 {
				size = 3
			}
			s.cont = size - 1
			if len(s.at) == maxSingleMarks {
				s.over = true
			}
			if !s.over {
				prev := 0
				if k := len(s.extra); k > 0 {
					prev = s.extra[k-1]
				}
				s.at = append(s.at, s.n)
				s.extra = append(s.extra, prev+size-1)
			}
		}
		s.n++
	}
}

// offset returns the offset in the single-byte text of the character at
// UTF-8 offset o; false when the member held too many characters beyond
// ASCII to be mapped.
func (s *singleBytes) offset(o int) (int, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.over {
		return 0, false
	}
	if k := sort.SearchInts(s.at, o); k > 0 {
		return o - s.extra[k-1], true
	}
	return o, true
}

// singlePattern is what the single-byte text of a member whose first
// UTF-8 bytes are head holds: its ASCII bytes, and 0x80 for each other
// character (a byte of 0x80 or more); a character cut at head's end is
// left out.
func singlePattern(head []byte) []byte {
	out := make([]byte, 0, len(head))
	for len(head) > 0 {
		r, n := utf8.DecodeRune(head)
		switch {
		case r == utf8.RuneError && n <= 1 && !utf8.FullRune(head):
			return out
		case r < utf8.RuneSelf:
			out = append(out, byte(r))
		default:
			out = append(out, 0x80)
		}
		head = head[n:]
	}
	return out
}

// matchSingle reports whether got (single-byte text) matches pat
// (singlePattern), of the same length: 0x80 in pat matches any byte of
// 0x80 or more.
func matchSingle(got, pat []byte) bool {
	if len(got) != len(pat) {
		return false
	}
	for i, c := range pat {
		if c == 0x80 && got[i] >= 0x80 || c == got[i] {
			continue
		}
		return false
	}
	return true
}
