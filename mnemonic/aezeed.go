package mnemonic

import (
	"encoding/binary"
	"hash/crc32"
)

// SchemeAezeed marks an LND aezeed cipher seed.
const SchemeAezeed Scheme = "aezeed"

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// aezeedValid reports whether 24 BIP-39 English word indices are an LND
// aezeed (lightningnetwork/lnd aezeed/cipherseed.go, docs/formats.md §4.3):
// 33 bytes = version 0 ‖ AEZ ciphertext (23) ‖ scrypt salt (5) ‖
// CRC-32C (Castagnoli, big-endian) of the first 29 bytes. A random
// sequence passes once in 2^35.
func aezeedValid(idx []uint16) bool {
	if len(idx) != 24 || idx[0] >= 8 { // version 0: the first 8 bits are zero
		return false
	}
	b := make([]byte, 33)
	bit := 0
	for _, v := range idx {
		for k := 10; k >= 0; k-- {
			if v>>uint(k)&1 == 1 {
				b[bit/8] |= 1 << (7 - uint(bit%8))
			}
			bit++
		}
	}
	return b[0] == 0 && crc32.Checksum(b[:29], castagnoli) == binary.BigEndian.Uint32(b[29:33])
}

// tryAezeed checks a run of 24 English words as an aezeed.
func (f *finder) tryAezeed(run []token) (Match, bool) {
	return englishWindow(run, 24, SchemeAezeed, aezeedValid)
}

// englishWindow tries the windows of l words of a run (at most maxExtra
// words longer) whose words are all BIP-39 English words, in order, as a
// phrase of scheme that valid accepts.
func englishWindow(run []token, l int, scheme Scheme, valid func([]uint16) bool) (Match, bool) {
	n := len(run)
	for i := 0; i+l <= n && n-l <= maxExtra; i++ {
		w := run[i : i+l]
		idx := make([]uint16, l)
		ok := true
		for k, t := range w {
			if t.e == nil || t.e.mask&1 == 0 {
				ok = false
				break
			}
			idx[k] = t.e.idx[0]
		}
		if ok && valid(idx) {
			return Match{Start: w[0].start, End: w[l-1].end, Exact: n == l, Layout: layoutOf(w),
				Phrase: Phrase{lang: English, indices: idx, scheme: scheme}}, true
		}
	}
	return Match{}, false
}
