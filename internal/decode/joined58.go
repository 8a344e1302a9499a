package decode

import (
	"bytes"

	"github.com/walletaudit/walletaudit/internal/byteruns"
)

// Lengths of a serialised extended private key in base58 (78 bytes and
// a 4-byte checksum: 111 characters, rarely 112) that joinedExtendedKeyAt
// joins up to.
const (
	minExtendedKey = 111
	maxExtendedKey = 112
	maxJoinedParts = 8
)

// joinedExtendedKeyAt joins an extended private key (xprv, tprv,
// yprv, zprv and their multisig forms) that a program writes as string
// literals joined on one line or over several ('xprv9s21…' + '…', Python's
// and C's literals side by side), to quiet a linter or a secret scanner,
// into a view of the whole key (encoding "joined-literals"). The first
// literal starts with the key's prefix ("prv" at data[p]); each part
// holds nothing but base58 characters; the parts make a key's length. The
// key detector checks the checksum. It returns where the search goes on,
// and false when emit says to stop.
func joinedExtendedKeyAt(data []byte, p int, emit func(View) bool) (int, bool) {
	s := p - 1
	if s < 1 || !extendedKeyLead(data[s]) || data[s-1] != '"' && data[s-1] != '\'' {
		return p + 3, true
	}
	e := base58End(data, s)
	if e >= len(data) || data[e] != data[s-1] || e-s >= minExtendedKey {
		return e, true // not a literal, or a whole key
	}
	// next returns where the literal joined after end opens (its
	// quote), or -1.
	next := func(end int) int {
		if j := JoinedNext(data, end, false); j > 0 {
			return j - 1
		}
		return -1
	}
	parts := [maxJoinedParts][2]int{{s, e}}
	np, n, end := 1, e-s, e+1
	for n < minExtendedKey && np < maxJoinedParts {
		j := next(end)
		if j < 0 {
			break
		}
		a := j + 1
		b := base58End(data, a)
		if b == a || b >= len(data) || data[b] != data[j] {
			break
		}
		parts[np] = [2]int{a, b}
		np, n, end = np+1, n+b-a, b+1
	}
	if np < 2 || n < minExtendedKey || n > maxExtendedKey || next(end) >= 0 {
		return end, true // no key, or part of a longer string
	}
	joined := make([]byte, 0, n)
	for _, pt := range parts[:np] {
		joined = append(joined, data[pt[0]:pt[1]]...)
	}
	return end, emit(View{Data: joined, Encoding: "joined-literals", Start: s - 1, End: end,
		Context: arrayName(bytes.TrimRight(data[max(0, s-1-contextSize):s-1], " \t\r\n"))})
}

// extendedKeyLead reports whether c is the first letter of an extended
// private key's prefix: x, t, y, z, u, v, Y, Z, U, V (BIP-32, SLIP-132).
func extendedKeyLead(c byte) bool {
	switch c {
	case 'x', 't', 'y', 'z', 'u', 'v', 'Y', 'Z', 'U', 'V':
		return true
	}
	return false
}

// base58Class is Bitcoin's base58 alphabet.
var base58Class = byteruns.Of(byteruns.Base58)

// base58End returns the end of the run of base58 characters at data[i].
func base58End(data []byte, i int) int {
	for i < len(data) && base58Class[data[i]] {
		i++
	}
	return i
}

// at unescapes a JSON string in which an extended private
// key is cut by an escaped line break ("…master key:\nxprv9s21…\n…", a
// note app's JSON export of a key wrapped in the note): in the raw text
// the escape's letter glues to the key's next part. The view holds the
// string's own lines, where the parts stand on lines of their own.
// Strings with \u escapes are left to jsonViews, which unescapes them all
// the same. p is the "prv" of a key's prefix; it returns where the search
// goes on, and false when emit says to stop.
func (x *escapedKeys) at(data []byte, p int, emit func(View) bool) (int, bool) {
	s := p - 1
	if s < x.next || s < 0 || !extendedKeyLead(data[s]) {
		return p + 3, true
	}
	e := base58End(data, s)
	if e-s >= minExtendedKey || e+1 >= len(data) || data[e] != '\\' || data[e+1] != 'n' && data[e+1] != 'r' {
		return e, true
	}
	q := x.sw.open(data, s)
	if q < 0 {
		return e, true
	}
	end := quotedEnd(data, s)
	x.next = end + 1
	if end >= len(data) || data[end] != '"' || bytes.Contains(data[q:end], []byte(`\u`)) {
		return end + 1, true // not a JSON string, or one jsonViews reads
	}
	return end + 1, jsonStringView(data, q, end, emit)
}

// escapedKeys is the state of the search for extended keys cut by an
// escaped line break: the strings read so far, and the end of the last
// string viewed.
type escapedKeys struct {
	sw   stringWalk
	next int
}

// extendedKeyViews reads the extended private keys that a program cuts
// into joined literals (joinedExtendedKeyAt) or that an escaped line
// break cuts in a JSON string (escapedKeys.at), in one search for their
// prefixes' "prv": each reader goes on from where it left off, as it
// would searching alone.
func extendedKeyViews(w *walker, data []byte, emit func(View) bool) bool {
	var esc escapedKeys
	joinedFrom, escapedFrom := 0, 0
	return eachAt(w, data, "prv", func(p int) (int, bool) {
		if p >= joinedFrom {
			next, ok := joinedExtendedKeyAt(data, p, emit)
			if !ok {
				return p + 1, false
			}
			joinedFrom = max(next, p+1)
		}
		if p >= escapedFrom {
			next, ok := esc.at(data, p, emit)
			if !ok {
				return p + 1, false
			}
			escapedFrom = max(next, p+1)
		}
		return p + 1, true
	})
}
