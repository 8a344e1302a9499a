package mnemonic

import "strings"

// SchemeSLIP39 marks a SLIP-39 Shamir share.
const SchemeSLIP39 Scheme = "slip39"

// rs1024Gen are the generators of SLIP-39's RS1024 checksum
// (satoshilabs/slips slip-0039.md).
var rs1024Gen = [10]uint32{0xE0E040, 0x1C1C080, 0x3838100, 0x7070200, 0xE0E0009, 0x1C0C2412, 0x38086C24, 0x3090FC48, 0x21B1F890, 0x3F3F120}

func rs1024Polymod(values []uint16, customization string) uint32 {
	chk := uint32(1)
	step := func(v uint32) {
		b := chk >> 20
		chk = (chk&0xFFFFF)<<10 ^ v
		for i := 0; i < 10; i++ {
			if (b>>uint(i))&1 == 1 {
				chk ^= rs1024Gen[i]
			}
		}
	}
	for i := 0; i < len(customization); i++ {
		step(uint32(customization[i]))
	}
	for _, v := range values {
		step(uint32(v))
	}
	return chk
}

// slip39Valid reports whether word indices form a SLIP-39 share: 20 to 33
// words whose RS1024 checksum holds with the customization string
// "shamir" (or "shamir_extendable" for shares with the extendable flag),
// with zero padding bits and consistent group parameters. A random
// sequence passes less than once in 2^30.
func slip39Valid(idx []uint16) bool {
	if len(idx) < 20 || len(idx) > 33 {
		return false
	}
	// Share layout (SLIP-39): identifier (15 bits), extendable flag (1),
	// iteration exponent (4); group and member parameters (20 bits); the
	// value, left-padded to a multiple of 16 bits with zeros; 3 checksum
	// words.
	valueWords := len(idx) - 7
	padding := (10 * valueWords) % 16
	if padding > 8 {
		return false
	}
	extendable := (uint32(idx[0])<<10|uint32(idx[1]))>>4&1 == 1
	custom := "shamir"
	if extendable {
		custom = "shamir_extendable"
	}
	if rs1024Polymod(idx, custom) != 1 {
		return false
	}
	params := uint32(idx[2])<<10 | uint32(idx[3])
	if groupThreshold, groupCount := (params>>12)&0xf+1, (params>>8)&0xf+1; groupCount < groupThreshold {
		return false
	}
	return padding == 0 || idx[4]>>(10-uint(padding)) == 0
}

// ValidateSLIP39 checks one SLIP-39 share (words of the SLIP-39 list, any
// case and spacing).
func ValidateSLIP39(share string) (Phrase, error) {
	fields := strings.Fields(strings.ToLower(share))
	if len(fields) < 20 || len(fields) > 33 {
		return Phrase{}, ErrWordCount
	}
	t := data()
	idx := make([]uint16, len(fields))
	for i, f := range fields {
		e := t.lookup[f]
		if e == nil || e.slip == 0 {
			return Phrase{}, &UnknownWordError{Index: i}
		}
		idx[i] = e.slip - 1
	}
	if !slip39Valid(idx) {
		return Phrase{}, ErrChecksum
	}
	return Phrase{lang: English, indices: idx, scheme: SchemeSLIP39}, nil
}

// trySLIP39 looks for a share in a run: the whole run, or the run less at
// most maxExtra words around it.
func (f *finder) trySLIP39(run []token) (Match, bool) {
	n := len(run)
	for l := min(n, 33); l >= 20; l-- {
		if n-l > maxExtra {
			break
		}
		for i := 0; i+l <= n; i++ {
			w := run[i : i+l]
			idx := make([]uint16, l)
			ok := true
			for k, t := range w {
				if t.e == nil || t.e.slip == 0 {
					ok = false
					break
				}
				idx[k] = t.e.slip - 1
			}
			if ok && slip39Valid(idx) {
				return Match{Start: w[0].start, End: w[l-1].end, Exact: l == n, Layout: layoutOf(w),
					Phrase: Phrase{lang: English, indices: idx, scheme: SchemeSLIP39}}, true
			}
		}
	}
	return Match{}, false
}
