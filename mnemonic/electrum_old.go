package mnemonic

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"strings"
	"sync"
)

// SchemeElectrumOld marks a seed of Electrum before version 2.0: 12 (or
// 24) words of its own 1626-word list, three words to 32 bits, with no
// checksum at all.
const SchemeElectrumOld Scheme = "electrum-old"

var electrumOldIndex = sync.OnceValue(func() map[string]uint16 {
	m := make(map[string]uint16, len(electrumOldWords))
	for i, w := range electrumOldWords {
		m[w] = uint16(i)
	}
	return m
})

// ValidateElectrumOld checks an old Electrum seed: 12 or 24 words of the
// old list, any case and spacing, each group of three encoding 32 bits.
// Any such words pass, so a caller that searches text needs context (the
// word "Electrum", an Electrum file) before it believes one.
func ValidateElectrumOld(seed string) (Phrase, error) {
	fields := strings.Fields(strings.ToLower(seed))
	if len(fields) != 12 && len(fields) != 24 {
		return Phrase{}, ErrWordCount
	}
	ix := electrumOldIndex()
	idx := make([]uint16, len(fields))
	for i, f := range fields {
		v, ok := ix[f]
		if !ok {
			return Phrase{}, &UnknownWordError{Index: i}
		}
		idx[i] = v
	}
	if _, ok := electrumOldHex(idx); !ok {
		return Phrase{}, ErrChecksum
	}
	return Phrase{lang: English, indices: idx, scheme: SchemeElectrumOld}, nil
}

// electrumOldHex decodes old-list indices into the hex seed Electrum
// stretches (old_mnemonic.mn_decode): each three words w1 w2 w3 give
// w1 + n·((w2−w1) mod n) + n²·((w3−w2) mod n) as eight hex digits. A
// group past 2^32 never came out of Electrum's encoder.
func electrumOldHex(idx []uint16) (string, bool) {
	if len(idx)%3 != 0 || len(idx) == 0 {
		return "", false
	}
	const n = uint64(len(electrumOldWords))
	var b strings.Builder
	for i := 0; i < len(idx); i += 3 {
		w1, w2, w3 := uint64(idx[i]), uint64(idx[i+1]), uint64(idx[i+2])
		x := w1 + n*((w2+n-w1)%n) + n*n*((w3+n-w2)%n)
		if x >= 1<<32 {
			return "", false
		}
		fmt.Fprintf(&b, "%08x", x)
	}
	return b.String(), true
}

// electrumOldSecret stretches the hex seed into the wallet's master
// private key: 100,000 rounds of x = SHA-256(x ‖ seed), starting from the
// seed (Electrum keystore.py, Old_KeyStore.stretch_key).
func electrumOldSecret(idx []uint16) []byte {
	h, ok := electrumOldHex(idx)
	if !ok {
		return nil
	}
	seed := []byte(h)
	buf := make([]byte, 0, sha256.Size+len(seed))
	x := append([]byte(nil), seed...)
	for range 100000 {
		buf = append(append(buf[:0], x...), seed...)
		s := sha256.Sum256(buf)
		x = s[:]
	}
	return x
}

// publicElectrumOld are old seeds published as test vectors, by hex seed.
var publicElectrumOld = map[string]string{
	// spesmilo/electrum tests/test_wallet_vertical.py, test_electrum_seed_old.
	"acb740e454c3134901d7c8f16497cc1c": "Electrum test vector",
	// spesmilo/electrum tests/test_mnemonic.py, Test_seeds.mnemonics: "cell
	// dumb heartbeat north boom tease ship baby bright kingdom rare
	// squeeze", and its first six words four times.
	"25d2f2d005036911003ca78900ca155c":                                 "Electrum test vector",
	"25d2f2d00503691125d2f2d00503691125d2f2d00503691125d2f2d005036911": "Electrum test vector",
}

// FindElectrumOld returns old Electrum seeds in text: exactly 12 or 24
// words of the old list on one line, separated by spaces, set off from
// the text around them (a line, a quoted string, a value after ":" or
// "="), not one word repeated and not in list order. The list is common
// English, so callers should look only where Electrum is named (a path or
// nearby text); the detector of this module does. It never panics.
func FindElectrumOld(text []byte) []Match {
	ix := electrumOldIndex()
	var out []Match
	var run []token
	var idx []uint16
	flush := func() {
		defer func() { run, idx = run[:0], idx[:0] }()
		if len(run) != 12 && len(run) != 24 {
			return
		}
		s, e := run[0].start, run[len(run)-1].end
		if !strongBefore(text, s) || !strongAfter(text, e) || repetitive(idx) {
			return
		}
		ordered := true
		for i := 1; i < len(idx); i++ {
			ordered = ordered && idx[i] > idx[i-1]
		}
		if ordered {
			return
		}
		if _, ok := electrumOldHex(idx); !ok {
			return
		}
		line := 1 + bytes.Count(text[:s], []byte{'\n'})
		if len(out) > 0 {
			line = out[len(out)-1].StartLine + bytes.Count(text[out[len(out)-1].Start:s], []byte{'\n'})
		}
		out = append(out, Match{Start: s, End: e, Exact: true, Layout: LayoutSingleLine, StartLine: line, EndLine: line,
			Labelled: labelled(text, s),
			Phrase:   Phrase{lang: English, indices: append([]uint16(nil), idx...), scheme: SchemeElectrumOld}})
	}
	var lower [16]byte
	for i := 0; i < len(text); {
		c := text[i]
		if !isASCIILetter(c) {
			if c != ' ' && c != '\t' {
				flush()
			}
			i++
			continue
		}
		j := i
		for j < len(text) && isASCIILetter(text[j]) {
			j++
		}
		// A word is letters only, not part of an identifier or number.
		glued := (i > 0 && isIdentByte(text[i-1])) || (j < len(text) && isIdentByte(text[j]))
		v, ok := uint16(0), false
		if !glued && j-i <= len(lower) {
			w := lower[:j-i]
			for k := range w {
				w[k] = text[i+k] | 0x20
			}
			v, ok = ix[string(w)]
		}
		gapOK := len(run) == 0 || i-run[len(run)-1].end <= 4
		switch {
		case !ok:
			flush()
		case !gapOK:
			flush()
			fallthrough
		default:
			if len(run) < 25 {
				run = append(run, token{start: i, end: j})
				idx = append(idx, v)
			}
		}
		i = j
	}
	flush()
	return out
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isIdentByte(c byte) bool {
	return isASCIILetter(c) || c >= '0' && c <= '9' || c == '_' || c >= 0x80
}

// Schemes returns every seed scheme p's words satisfy, p.Scheme() first:
// a BIP-39 phrase can also carry an Electrum 2.x version prefix (one in
// 256) or consist of old Electrum words, and the wallet that restores it
// decides which keys it opens. Electrum itself tries the old format
// first.
func Schemes(p Phrase) []Scheme {
	if p.IsZero() {
		return nil
	}
	out := []Scheme{p.Scheme()}
	words := strings.Join(p.RevealWords(), " ")
	add := func(s Scheme) {
		for _, o := range out {
			if o == s {
				return
			}
		}
		out = append(out, s)
	}
	if p.Language() == English && p.scheme != SchemeSLIP39 && p.scheme != SchemeMonero {
		if q, err := Validate(words); err == nil && q.Language() == English {
			add(SchemeBIP39)
		}
		if q, err := ValidateElectrum(words); err == nil {
			add(q.Scheme())
		}
		if _, err := ValidateElectrumOld(words); err == nil {
			add(SchemeElectrumOld)
		}
		if p.Len() == tonWords && p.scheme != SchemeElectrumOld && tonCheck(words) {
			add(SchemeTON)
		}
	}
	return out
}
