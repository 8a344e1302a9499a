package mnemonic

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"

	"golang.org/x/crypto/pbkdf2"
)

// Errors returned by CombineSLIP39. They are wrapped with a short reason;
// test for them with errors.Is. No error holds the words, the word indices
// or any share or secret bytes.
var (
	// ErrSLIP39Share: a phrase given to CombineSLIP39 is not a valid
	// SLIP-39 share.
	ErrSLIP39Share = errors.New("mnemonic: not a SLIP-39 share")
	// ErrSLIP39Mismatch: the shares do not belong to one set (different
	// identifier, extendable flag, iteration exponent, group threshold,
	// group count or value length), or shares of one group disagree on
	// the member threshold.
	ErrSLIP39Mismatch = errors.New("mnemonic: SLIP-39 shares do not belong together")
	// ErrSLIP39Threshold: too few shares, or too few complete groups, to
	// recover the secret.
	ErrSLIP39Threshold = errors.New("mnemonic: not enough SLIP-39 shares")
	// ErrSLIP39Digest: the recovered secret fails its digest check, or the
	// shares contradict each other (two different shares with the same
	// member index, or more shares than the threshold that do not lie on
	// one polynomial).
	ErrSLIP39Digest = errors.New("mnemonic: SLIP-39 shares are inconsistent")
)

// SLIP39Share is the header of a SLIP-39 share: the parameters it carries
// in the clear before its share value. Thresholds and counts are the
// human numbers (1–16); indices are 0-based (0–15).
type SLIP39Share struct {
	// Identifier is the 15-bit random identifier common to all shares of
	// one master secret.
	Identifier uint16
	// Extendable reports the extendable-backup flag: the encryption salt
	// omits the identifier, so new share sets can be made for the same
	// secret.
	Extendable bool
	// IterationExponent e sets the PBKDF2 cost: 10000·2^e iterations in
	// all.
	IterationExponent int
	// GroupIndex is the share's group (0-based).
	GroupIndex int
	// GroupThreshold is the number of groups needed to recover the secret.
	GroupThreshold int
	// GroupCount is the number of groups.
	GroupCount int
	// MemberIndex is the share's index within its group (0-based).
	MemberIndex int
	// MemberThreshold is the number of shares of the group needed to
	// recover the group's secret.
	MemberThreshold int
}

// SLIP-39 layout and constants (satoshilabs/slips slip-0039.md).
const (
	slip39HeaderWords   = 4   // identifier/flag/exponent (2), group and member parameters (2)
	slip39ChecksumWords = 3   // RS1024
	slip39DigestLen     = 4   // bytes of HMAC-SHA256 kept as the digest
	slip39SecretX       = 255 // x coordinate of the shared secret
	slip39DigestX       = 254 // x coordinate of digest || random part
	slip39BaseIter      = 10000
	slip39Rounds        = 4
)

// SLIP39 returns the header of a SLIP-39 share. It reports false for
// phrases of other schemes and for anything that is not a well-formed
// share.
func (p Phrase) SLIP39() (SLIP39Share, bool) {
	h, _, ok := p.slip39Decode(false)
	return h, ok
}

// slip39Decode checks the phrase again and splits it into header and
// value. The value is only extracted when withValue is set.
func (p Phrase) slip39Decode(withValue bool) (SLIP39Share, []byte, bool) {
	idx := p.indices
	if p.scheme != SchemeSLIP39 || len(idx) < 20 || len(idx) > 33 {
		return SLIP39Share{}, nil, false
	}
	for _, v := range idx {
		if v >= 1024 {
			return SLIP39Share{}, nil, false
		}
	}
	if !slip39Valid(idx) {
		return SLIP39Share{}, nil, false
	}
	first := uint32(idx[0])<<10 | uint32(idx[1])  // id (15) | ext (1) | e (4)
	params := uint32(idx[2])<<10 | uint32(idx[3]) // gi | gt-1 | gc-1 | mi | mt-1, 4 bits each
	h := SLIP39Share{
		Identifier:        uint16(first >> 5),
		Extendable:        first>>4&1 == 1,
		IterationExponent: int(first & 0xf),
		GroupIndex:        int(params >> 16 & 0xf),
		GroupThreshold:    int(params>>12&0xf) + 1,
		GroupCount:        int(params>>8&0xf) + 1,
		MemberIndex:       int(params >> 4 & 0xf),
		MemberThreshold:   int(params&0xf) + 1,
	}
	if !withValue {
		return h, nil, true
	}
	return h, slip39Value(idx[slip39HeaderWords : len(idx)-slip39ChecksumWords]), true
}

// slip39Value unpacks the share value: the 10-bit words as one big-endian
// bit string whose leading padding bits (fewer than 16, checked zero by
// slip39Valid) are dropped.
func slip39Value(words []uint16) []byte {
	bits := 10 * len(words)
	pad := bits % 16
	out := make([]byte, (bits-pad)/8)
	for i := range len(out) * 8 {
		b := pad + i
		w, k := b/10, 9-b%10
		if words[w]>>uint(k)&1 == 1 {
			out[i/8] |= 1 << (7 - uint(i%8))
		}
	}
	return out
}

// setKey holds the parameters every share of one set has in common.
type slip39SetKey struct {
	id                     uint16
	ext                    bool
	exp, groupThr, groupCt int
}

func (h SLIP39Share) setKey() slip39SetKey {
	return slip39SetKey{h.Identifier, h.Extendable, h.IterationExponent, h.GroupThreshold, h.GroupCount}
}

// SLIP39SetIndices partitions shares into candidate sets: shares with the
// same identifier, extendable flag, iteration exponent, group threshold
// and group count. Each set lists the indices in shares of its members, so
// a caller can find its own records of them and pass those shares to
// CombineSLIP39. Phrases that are not SLIP-39 shares are left out. Sets
// come in the order of their first share in the input, and each keeps its
// shares in input order.
func SLIP39SetIndices(shares []Phrase) [][]int {
	var out [][]int
	pos := map[slip39SetKey]int{}
	for j, p := range shares {
		h, ok := p.SLIP39()
		if !ok {
			continue
		}
		k := h.setKey()
		i, seen := pos[k]
		if !seen {
			i = len(out)
			pos[k] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], j)
	}
	return out
}

// shamirPoint is one share of a Shamir sharing: the polynomials evaluated
// at x, one byte per polynomial.
type shamirPoint struct {
	x byte
	y []byte
}

// CombineSLIP39 recovers the master secret from SLIP-39 shares and the
// passphrase (empty if none was set; a wrong passphrase yields a different
// secret, not an error).
//
// All shares must belong to one set (see SLIP39SetIndices). Shares are grouped
// by group index; every group that has at least its member threshold of
// distinct shares yields its group secret by Shamir interpolation over
// GF(256), checked against the digest the sharing embeds; at least the
// group threshold of such groups are then combined the same way into the
// encrypted master secret, which is decrypted with the four-round Feistel
// cipher of SLIP-39 (PBKDF2-HMAC-SHA256, 10000·2^e iterations in all).
// Groups with too few shares are ignored. Repeated copies of a share are
// accepted; shares beyond a threshold must agree with the others.
//
// The work grows with the iteration exponent e (up to 15, some 330
// million PBKDF2 iterations); callers combining untrusted shares should
// bear that in mind. The result is for the caller to keep or wipe.
func CombineSLIP39(shares []Phrase, passphrase []byte) ([]byte, error) {
	ems, first, err := slip39EMS(shares)
	if err != nil {
		return nil, err
	}
	defer clear(ems)
	return slip39Decrypt(ems, passphrase, first), nil
}

// CheckSLIP39 reports whether shares of one set reach the thresholds and
// agree with each other (the digest check), without the slow decryption:
// nil means anyone holding these shares recovers the master secret (with
// the passphrase, if the owner set one). Errors are those of
// CombineSLIP39.
func CheckSLIP39(shares []Phrase) error {
	ems, _, err := slip39EMS(shares)
	clear(ems)
	return err
}

// slip39EMS recovers the encrypted master secret and the set's header.
func slip39EMS(shares []Phrase) ([]byte, SLIP39Share, error) {
	if len(shares) == 0 {
		return nil, SLIP39Share{}, fmt.Errorf("%w: no shares given", ErrSLIP39Threshold)
	}
	type group struct {
		threshold int
		present   [16]bool
		values    [16][]byte
		n         int
	}
	var (
		first  SLIP39Share
		length int
		groups [16]*group
	)
	defer func() {
		for _, g := range groups {
			if g != nil {
				for _, v := range g.values {
					clear(v)
				}
			}
		}
	}()
	for i, p := range shares {
		h, v, ok := p.slip39Decode(true)
		if !ok {
			return nil, SLIP39Share{}, fmt.Errorf("%w: phrase %d of %d", ErrSLIP39Share, i+1, len(shares))
		}
		if i == 0 {
			first, length = h, len(v)
		} else {
			switch {
			case h.Identifier != first.Identifier:
				return nil, SLIP39Share{}, fmt.Errorf("%w: different identifiers", ErrSLIP39Mismatch)
			case h.Extendable != first.Extendable:
				return nil, SLIP39Share{}, fmt.Errorf("%w: different extendable flags", ErrSLIP39Mismatch)
			case h.IterationExponent != first.IterationExponent:
				return nil, SLIP39Share{}, fmt.Errorf("%w: different iteration exponents", ErrSLIP39Mismatch)
			case h.GroupThreshold != first.GroupThreshold || h.GroupCount != first.GroupCount:
				return nil, SLIP39Share{}, fmt.Errorf("%w: different group parameters", ErrSLIP39Mismatch)
			case len(v) != length:
				return nil, SLIP39Share{}, fmt.Errorf("%w: different share lengths", ErrSLIP39Mismatch)
			}
		}
		g := groups[h.GroupIndex]
		if g == nil {
			g = &group{threshold: h.MemberThreshold}
			groups[h.GroupIndex] = g
		}
		if g.threshold != h.MemberThreshold {
			return nil, SLIP39Share{}, fmt.Errorf("%w: different member thresholds in one group", ErrSLIP39Mismatch)
		}
		switch {
		case !g.present[h.MemberIndex]:
			g.present[h.MemberIndex], g.values[h.MemberIndex] = true, v
			g.n++
		case subtle.ConstantTimeCompare(g.values[h.MemberIndex], v) != 1:
			clear(v)
			return nil, SLIP39Share{}, fmt.Errorf("%w: two different shares with the same member index", ErrSLIP39Digest)
		default:
			clear(v) // a repeated share
		}
	}

	var groupSecrets []shamirPoint
	defer func() {
		for _, s := range groupSecrets {
			clear(s.y)
		}
	}()
	for gi, g := range groups {
		if g == nil || g.n < g.threshold {
			continue
		}
		pts := make([]shamirPoint, 0, g.n)
		for mi, ok := range g.present {
			if ok {
				pts = append(pts, shamirPoint{byte(mi), g.values[mi]})
			}
		}
		s, err := shamirRecover(pts, g.threshold)
		if err != nil {
			return nil, SLIP39Share{}, err
		}
		groupSecrets = append(groupSecrets, shamirPoint{byte(gi), s})
	}
	if len(groupSecrets) < first.GroupThreshold {
		return nil, SLIP39Share{}, fmt.Errorf("%w: %d of %d required groups complete", ErrSLIP39Threshold, len(groupSecrets), first.GroupThreshold)
	}
	ems, err := shamirRecover(groupSecrets, first.GroupThreshold)
	if err != nil {
		return nil, SLIP39Share{}, err
	}
	return ems, first, nil
}

// shamirRecover recovers the secret shared with the given threshold from
// at least threshold points with distinct x, sorted by x. The first
// threshold points determine the polynomials; any further point must lie
// on them. With threshold 1 every point is the secret itself; above 1 the
// digest at x=254 must match the secret at x=255.
func shamirRecover(pts []shamirPoint, threshold int) ([]byte, error) {
	if threshold < 1 || len(pts) < threshold {
		return nil, ErrSLIP39Threshold
	}
	base := pts[:threshold]
	secret := shamirInterpolate(base, slip39SecretX)
	if threshold > 1 {
		dig := shamirInterpolate(base, slip39DigestX)
		ok := len(dig) >= slip39DigestLen && hmac.Equal(dig[:slip39DigestLen], slip39Digest(dig[slip39DigestLen:], secret))
		clear(dig)
		if !ok {
			clear(secret)
			return nil, fmt.Errorf("%w: digest check failed", ErrSLIP39Digest)
		}
	}
	for _, p := range pts[threshold:] {
		y := shamirInterpolate(base, p.x)
		ok := subtle.ConstantTimeCompare(y, p.y) == 1
		clear(y)
		if !ok {
			clear(secret)
			return nil, fmt.Errorf("%w: extra shares disagree", ErrSLIP39Digest)
		}
	}
	return secret, nil
}

// slip39Digest is the first four bytes of HMAC-SHA256 keyed with the
// random part over the shared secret.
func slip39Digest(random, secret []byte) []byte {
	m := hmac.New(sha256.New, random)
	m.Write(secret)
	return m.Sum(nil)[:slip39DigestLen]
}

// GF(256) with the Rijndael polynomial x^8+x^4+x^3+x+1 (0x11B), as
// exponent and logarithm tables to the generator x+1.
var gfExp, gfLog = func() (exp [255]byte, log [256]byte) {
	v := byte(1)
	for i := range exp {
		exp[i] = v
		log[v] = byte(i)
		// v *= x+1, reduced by the polynomial
		hi := v & 0x80
		d := v << 1
		if hi != 0 {
			d ^= 0x1B
		}
		v ^= d
	}
	return exp, log
}()

// shamirInterpolate evaluates at x, byte by byte, the polynomials of
// lowest degree through the points (Lagrange's formula). The x values of
// the points must be distinct and all y the same length.
func shamirInterpolate(pts []shamirPoint, x byte) []byte {
	for _, p := range pts {
		if p.x == x {
			return append([]byte(nil), p.y...)
		}
	}
	out := make([]byte, len(pts[0].y))
	// logProd is the logarithm of Π (x_j − x); subtraction is XOR.
	logProd := 0
	for _, p := range pts {
		logProd += int(gfLog[p.x^x])
	}
	for i, p := range pts {
		// log of L_i(x) = Π_{j≠i} (x − x_j) / (x_i − x_j)
		l := logProd - int(gfLog[p.x^x])
		for j, q := range pts {
			if j != i {
				l -= int(gfLog[p.x^q.x])
			}
		}
		l = (l%255 + 255) % 255
		for k, y := range p.y {
			if y != 0 {
				out[k] ^= gfExp[(int(gfLog[y])+l)%255]
			}
		}
	}
	return out
}

// slip39Decrypt undoes SLIP-39's encryption of the master secret: a
// four-round Feistel network whose round function is PBKDF2-HMAC-SHA256
// with password round||passphrase and salt "shamir"||identifier||R (the
// identifier part is left out for extendable shares), run in reverse
// round order.
func slip39Decrypt(ems, passphrase []byte, h SLIP39Share) []byte {
	half := len(ems) / 2
	l := append([]byte(nil), ems[:half]...)
	r := append([]byte(nil), ems[half:]...)
	var salt []byte
	if !h.Extendable {
		salt = []byte{'s', 'h', 'a', 'm', 'i', 'r', byte(h.Identifier >> 8), byte(h.Identifier)}
	}
	iter := (slip39BaseIter << uint(h.IterationExponent)) / slip39Rounds
	pw := make([]byte, 1+len(passphrase))
	copy(pw[1:], passphrase)
	ks := make([]byte, len(salt)+half)
	copy(ks, salt)
	for round := slip39Rounds - 1; round >= 0; round-- {
		pw[0] = byte(round)
		copy(ks[len(salt):], r)
		f := pbkdf2.Key(pw, ks, iter, half, sha256.New)
		for i := range l {
			l[i] ^= f[i]
		}
		clear(f)
		l, r = r, l
	}
	clear(pw)
	clear(ks)
	out := make([]byte, 0, len(ems))
	out = append(append(out, r...), l...)
	clear(l)
	clear(r)
	return out
}
