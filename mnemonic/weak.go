package mnemonic

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// Milk Sad (CVE-2023-39910): libbitcoin-explorer 3.x "bx seed" drew its
// entropy from MT19937-32 seeded with 32 bits of system time, entropy byte
// i being the top 8 bits of output i (FORMATS.md §5; seed 0 gives the
// phrase "milk sad wage cup reward umbrella …").

// mtFirst returns the first MT19937-32 output for seed. It needs only the
// state words 0, 1 and 397 of the initialisation, so it is cheap enough
// to sweep billions of seeds.
func mtFirst(seed uint32) uint32 {
	x0 := seed
	x := seed
	var x1, x397 uint32
	for i := uint32(1); i <= 397; i++ {
		x = 1812433253*(x^(x>>30)) + i
		if i == 1 {
			x1 = x
		}
	}
	x397 = x
	return temper(twist(x0, x1, x397))
}

func twist(a, b, m uint32) uint32 {
	y := a&0x80000000 | b&0x7fffffff
	v := m ^ y>>1
	if y&1 != 0 {
		v ^= 0x9908b0df
	}
	return v
}

func temper(y uint32) uint32 {
	y ^= y >> 11
	y ^= y << 7 & 0x9d2c5680
	y ^= y << 15 & 0xefc60000
	y ^= y >> 18
	return y
}

// mtBytes returns n entropy bytes as bx seed made them from seed.
func mtBytes(seed uint32, n int) []byte {
	var mt [624]uint32
	mt[0] = seed
	for i := 1; i < 624; i++ {
		mt[i] = 1812433253*(mt[i-1]^(mt[i-1]>>30)) + uint32(i)
	}
	for i := 0; i < 624; i++ {
		mt[i] = twist(mt[i], mt[(i+1)%624], mt[(i+397)%624])
	}
	out := make([]byte, n)
	for i := range out {
		out[i] = byte(temper(mt[i]) >> 24)
	}
	return out
}

// MilkSadEntropy returns the entropy bx seed produced from a 32-bit seed
// (16 bytes for 12 words … 32 bytes for 24 words). Tests and fixture
// generators use it.
func MilkSadEntropy(seed uint32, n int) []byte { return mtBytes(seed, n) }

// MilkSad searches seeds from..to (inclusive) for one that reproduces the
// phrase's entropy the way bx seed did. It uses every CPU, honours ctx
// (return on cancellation or deadline), and reports progress through
// done, the number of seeds tried so far (may be nil). A found seed means
// anyone can re-derive the wallet.
func MilkSad(ctx context.Context, p Phrase, from, to uint32, done *atomic.Uint64) (uint32, bool) {
	ent := p.Entropy()
	if len(ent) == 0 || from > to {
		return 0, false
	}
	workers := runtime.GOMAXPROCS(0)
	span := (uint64(to) - uint64(from) + 1 + uint64(workers) - 1) / uint64(workers)
	var found atomic.Bool
	var seed atomic.Uint32
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		lo := uint64(from) + uint64(w)*span
		hi := min(lo+span-1, uint64(to))
		if lo > hi {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			first := ent[0]
			for s := lo; s <= hi; s++ {
				if s&0xffff == 0 {
					if ctx.Err() != nil || found.Load() {
						return
					}
					if done != nil {
						done.Add(0x10000)
					}
				}
				if byte(mtFirst(uint32(s))>>24) != first {
					continue
				}
				if string(mtBytes(uint32(s), len(ent))) == string(ent) {
					seed.Store(uint32(s))
					found.Store(true)
					return
				}
			}
		}()
	}
	wg.Wait()
	return seed.Load(), found.Load()
}

// The default window of seeds swept by the deep check: Unix times from
// 2016-01-01 (before libbitcoin-explorer 3.0) to 2023-08-08 (the
// disclosure).
const (
	MilkSadFrom uint32 = 1451606400
	MilkSadTo   uint32 = 1691452800
)
