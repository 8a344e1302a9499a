package mnemonic

import "errors"

// SeedSigner's SeedQR formats (github.com/SeedSigner/seedsigner,
// docs/seed_qr/README.md): a Standard SeedQR is the phrase as four
// decimal digits per word, the word's index in the English list (48
// digits for 12 words, 96 for 24); a CompactSeedQR is the phrase's
// entropy as raw bytes (16 or 32).

// ErrSeedQR is returned for digits that are not a Standard SeedQR.
var ErrSeedQR = errors.New("mnemonic: not a Standard SeedQR (48 or 96 digits, four per English word index)")

// ValidateSeedQR reads a Standard SeedQR's digits as the English phrase
// they stand for; the BIP-39 checksum must hold.
func ValidateSeedQR(digits string) (Phrase, error) {
	idx, ok := seedQRIndices([]byte(digits))
	if !ok {
		return Phrase{}, ErrSeedQR
	}
	if !checksumOK(idx) {
		return Phrase{}, ErrChecksum
	}
	return Phrase{lang: English, indices: idx}, nil
}

// seedQRIndices splits 48 or 96 digits into word indices, each below 2048.
func seedQRIndices(d []byte) ([]uint16, bool) {
	if len(d) != 48 && len(d) != 96 {
		return nil, false
	}
	idx := make([]uint16, len(d)/4)
	for i := range idx {
		v := 0
		for _, c := range d[4*i : 4*i+4] {
			if c < '0' || c > '9' {
				return nil, false
			}
			v = v*10 + int(c-'0')
		}
		if v >= 2048 {
			return nil, false
		}
		idx[i] = uint16(v)
	}
	return idx, true
}

// seedQRBits is the evidence of a Standard SeedQR besides its checksum:
// each of its 4-digit groups is below 2048, which a random group is one
// time in five (12 groups: 27 bits).
const seedQRBits = 27

// seedQR examines a run of digits text[s:e] standing by itself (no letter,
// digit, point or hex run glued to it) as a Standard SeedQR.
func (f *finder) seedQR(s, e int) {
	if s > 0 && (isAlnum(f.text[s-1]) || f.text[s-1] == '.') || e < len(f.text) && (isAlnum(f.text[e]) || f.text[e] == '.' && e+1 < len(f.text) && isAlnum(f.text[e+1])) {
		return
	}
	idx, ok := seedQRIndices(f.text[s:e])
	if !ok || !checksumOK(idx) || repetitive(idx) || zeroGroups(idx) {
		return
	}
	m := Match{Start: s, End: e, Phrase: Phrase{lang: English, indices: idx}, Layout: LayoutSeedQR, Exact: true}
	m.Labelled = labelled(f.text, s)
	m.score = checksumBits(m.Phrase) + seedQRBits + exactBits
	f.cands = append(f.cands, m)
}

// zeroGroups reports whether more than a quarter of a SeedQR's groups
// are 0000, which a random phrase's are one time in 2048 each: digits of
// small numbers, such as the hex of a test's array of mostly zero bytes
// ([0u8, 0, 0, 0, 0, 0, 0, 1, 0, 4, …]).
func zeroGroups(idx []uint16) bool {
	n := 0
	for _, v := range idx {
		if v == 0 {
			n++
		}
	}
	return 4*n > len(idx)
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c < 0x80 && wordByte[c]
}
