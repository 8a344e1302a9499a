package mnemonic

import (
	"encoding/binary"
	"hash/crc32"
	"strings"
)

// SchemeMonero marks a Monero 25-word seed.
const SchemeMonero = "monero"

// moneroValid reports whether 25 Monero word indices carry a valid
// checksum: the 25th word repeats the word at CRC32(first three letters
// of each of the first 24 words) mod 24 (monero src/mnemonics/
// electrum-words.cpp). A random run passes once in 24, so the finder asks
// for all 25 words of the Monero list, which ordinary text never has.
func moneroValid(idx []uint16) bool {
	if len(idx) != 25 {
		return false
	}
	var b strings.Builder
	for _, v := range idx[:24] {
		b.WriteString(moneroWords[v][:3])
	}
	return idx[crc32.ChecksumIEEE([]byte(b.String()))%24] == idx[24]
}

// moneroKey decodes the 32-byte private spend key from 24 word indices.
func moneroKey(idx []uint16) []byte {
	const n = 1626
	out := make([]byte, 32)
	for i := 0; i < 8; i++ {
		w1, w2, w3 := uint32(idx[3*i]), uint32(idx[3*i+1]), uint32(idx[3*i+2])
		x := w1 + n*((n-w1+w2)%n) + n*n*((n-w2+w3)%n)
		binary.LittleEndian.PutUint32(out[4*i:], x)
	}
	return out
}

// ValidateMonero checks a Monero 25-word seed (English list).
func ValidateMonero(seed string) (Phrase, error) {
	fields := strings.Fields(strings.ToLower(seed))
	if len(fields) != 25 {
		return Phrase{}, ErrWordCount
	}
	t := data()
	idx := make([]uint16, 25)
	for i, f := range fields {
		e := t.lookup[f]
		if e == nil || e.monero == 0 {
			return Phrase{}, &UnknownWordError{Index: i}
		}
		idx[i] = e.monero - 1
	}
	if !moneroValid(idx) {
		return Phrase{}, ErrChecksum
	}
	return Phrase{lang: English, indices: idx, scheme: SchemeMonero}, nil
}

// tryMonero looks for a 25-word Monero seed in a run.
func (f *finder) tryMonero(run []token) (Match, bool) {
	n := len(run)
	for i := 0; i+25 <= n && n-25 <= maxExtra; i++ {
		w := run[i : i+25]
		idx := make([]uint16, 25)
		ok := true
		for k, t := range w {
			if t.e == nil || t.e.monero == 0 {
				ok = false
				break
			}
			idx[k] = t.e.monero - 1
		}
		if ok && moneroValid(idx) && !repetitive(idx) {
			return Match{Start: w[0].start, End: w[24].end, Exact: n == 25, Layout: layoutOf(w),
				Phrase: Phrase{lang: English, indices: idx, scheme: SchemeMonero}}, true
		}
	}
	return Match{}, false
}
