package mnemonic

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// Generator names a flawed entropy source whose output a sweep of 32-bit
// seeds can reproduce.
type Generator string

const (
	// GeneratorBX is libbitcoin-explorer 3.x "bx seed" (Milk Sad,
	// CVE-2023-39910): MT19937-32 seeded with 32 bits of system time,
	// entropy byte i being the top 8 bits of output i (docs/formats.md §8.1;
	// seed 0 gives the phrase "milk sad wage cup reward umbrella …").
	GeneratorBX Generator = "bx-seed"
	// GeneratorTrustWallet is the Trust Wallet browser extension 0.0.172
	// to 0.0.182 (November 2022, CVE-2023-31290): wallet-core's WebAssembly
	// build filled each entropy buffer from a fresh MT19937-32 seeded with
	// one 32-bit value, byte i being the low 8 bits of output i
	// (trustwallet/wallet-core wasm/src/Random.cpp as of 2022).
	GeneratorTrustWallet Generator = "trust-wallet-extension"
)

// Generators returns the generators SweepMT19937 recognises, in a new
// slice the caller may keep or change.
func Generators() []Generator { return []Generator{GeneratorBX, GeneratorTrustWallet} }

// WeakSeed says which generator, from which seed, reproduces a phrase's
// entropy: anyone who runs the same sweep can re-derive the wallet. The
// seed re-creates the phrase, so it is as secret as the phrase: a report
// may name the generator, never the seed.
type WeakSeed struct {
	Generator Generator
	Seed      uint32
}

// Default windows of seeds. bx seed took the Unix time: from 2016-01-01
// (before libbitcoin-explorer 3.0) to 2023-08-08 (the disclosure). The
// Trust Wallet extension took its seed from std::random_device, so every
// 32-bit value is possible.
const (
	MilkSadFrom uint32 = 1451606400
	MilkSadTo   uint32 = 1691452800
)

// mt19937 constants (Matsumoto and Nishimura, 1998).
const (
	mtInit  = 1812433253
	mtMatA  = 0x9908b0df
	mtN     = 624
	mtShift = 397
)

// mtFirst returns the first MT19937-32 output for seed. It needs only the
// state words 0, 1 and 397 of the initialisation.
func mtFirst(seed uint32) uint32 {
	x1 := mtInit*(seed^seed>>30) + 1
	x := x1
	for i := uint32(2); i <= mtShift; i++ {
		x = mtInit*(x^x>>30) + i
	}
	return temper(twist(seed, x1, x))
}

// mtFirst8 computes mtFirst for the eight seeds base … base+7 at once.
// The initialisation is a chain of dependent multiplies; eight chains in
// one loop keep the multiplier busy instead of waiting on each result,
// which makes a sweep several times faster than one seed at a time.
func mtFirst8(base uint32, out *[8]uint32) {
	s0, s1, s2, s3 := base, base+1, base+2, base+3
	s4, s5, s6, s7 := base+4, base+5, base+6, base+7
	var first [8]uint32
	first[0] = mtInit*(s0^s0>>30) + 1
	first[1] = mtInit*(s1^s1>>30) + 1
	first[2] = mtInit*(s2^s2>>30) + 1
	first[3] = mtInit*(s3^s3>>30) + 1
	first[4] = mtInit*(s4^s4>>30) + 1
	first[5] = mtInit*(s5^s5>>30) + 1
	first[6] = mtInit*(s6^s6>>30) + 1
	first[7] = mtInit*(s7^s7>>30) + 1
	x0, x1, x2, x3 := first[0], first[1], first[2], first[3]
	x4, x5, x6, x7 := first[4], first[5], first[6], first[7]
	for i := uint32(2); i <= mtShift; i++ {
		x0 = mtInit*(x0^x0>>30) + i
		x1 = mtInit*(x1^x1>>30) + i
		x2 = mtInit*(x2^x2>>30) + i
		x3 = mtInit*(x3^x3>>30) + i
		x4 = mtInit*(x4^x4>>30) + i
		x5 = mtInit*(x5^x5>>30) + i
		x6 = mtInit*(x6^x6>>30) + i
		x7 = mtInit*(x7^x7>>30) + i
	}
	out[0] = temper(twist(s0, first[0], x0))
	out[1] = temper(twist(s1, first[1], x1))
	out[2] = temper(twist(s2, first[2], x2))
	out[3] = temper(twist(s3, first[3], x3))
	out[4] = temper(twist(s4, first[4], x4))
	out[5] = temper(twist(s5, first[5], x5))
	out[6] = temper(twist(s6, first[6], x6))
	out[7] = temper(twist(s7, first[7], x7))
}

func twist(a, b, m uint32) uint32 {
	y := a&0x80000000 | b&0x7fffffff
	v := m ^ y>>1
	if y&1 != 0 {
		v ^= mtMatA
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

// mtOutputs returns the first n (at most 624) outputs of MT19937-32
// seeded with seed: entropy never needs more than 32.
func mtOutputs(seed uint32, n int) []uint32 {
	n = min(n, mtN)
	var mt [mtN]uint32
	mt[0] = seed
	for i := 1; i < mtN; i++ {
		mt[i] = mtInit*(mt[i-1]^mt[i-1]>>30) + uint32(i)
	}
	for j := 0; j < mtN; j++ {
		mt[j] = twist(mt[j], mt[(j+1)%mtN], mt[(j+mtShift)%mtN])
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = temper(mt[i])
	}
	return out
}

// MT19937Entropy returns the n entropy bytes generator g made from seed
// (16 bytes for 12 words … 32 bytes for 24 words), or nil for an unknown
// generator. Tests and fixture generators use it.
func MT19937Entropy(g Generator, seed uint32, n int) []byte {
	var shift uint
	switch g {
	case GeneratorBX:
		shift = 24
	case GeneratorTrustWallet:
		shift = 0
	default:
		return nil
	}
	if n <= 0 || n > mtN {
		return nil
	}
	out := make([]byte, n)
	for i, v := range mtOutputs(seed, n) {
		out[i] = byte(v >> shift)
	}
	return out
}

// SweepMT19937 searches seeds from..to (inclusive) for one from which any
// of Generators() reproduces the phrase's entropy. It uses every CPU,
// returns early on ctx's cancellation or deadline, and adds the number of
// seeds tried to done as it goes (done may be nil). The whole 32-bit space
// takes minutes on a laptop; BenchmarkSweepMT19937 reports seeds per
// second.
func SweepMT19937(ctx context.Context, p Phrase, from, to uint32, done *atomic.Uint64) (WeakSeed, bool) {
	return sweep(ctx, p.RevealEntropy(), from, to, Generators(), done, nil)
}

// SweepMT19937Slots is SweepMT19937 sharing CPUs with other sweeps: each
// of its goroutines holds one of slots' places while it sweeps a block of
// seeds, so sweeps that share slots run at most cap(slots) goroutines at
// once between them. A nil slots means no bound.
func SweepMT19937Slots(ctx context.Context, p Phrase, from, to uint32, done *atomic.Uint64, slots chan struct{}) (WeakSeed, bool) {
	return sweep(ctx, p.RevealEntropy(), from, to, Generators(), done, slots)
}

func sweep(ctx context.Context, ent []byte, from, to uint32, gens []Generator, done *atomic.Uint64, slots chan struct{}) (WeakSeed, bool) {
	if len(ent) == 0 || from > to || len(gens) == 0 {
		return WeakSeed{}, false
	}
	// Byte 0 of the entropy is a byte of the first output: it filters
	// 255 seeds in 256 before the full generator runs.
	var hiWant, loWant int = -1, -1
	for _, g := range gens {
		switch g {
		case GeneratorBX:
			hiWant = int(ent[0])
		case GeneratorTrustWallet:
			loWant = int(ent[0])
		}
	}
	workers := runtime.GOMAXPROCS(0)
	const block = 1 << 16
	total := uint64(to) - uint64(from) + 1
	var next atomic.Uint64 // blocks handed out
	var found atomic.Bool
	var result WeakSeed
	var once sync.Once
	confirm := func(s uint32, g Generator) {
		if string(MT19937Entropy(g, s, len(ent))) == string(ent) {
			once.Do(func() { result = WeakSeed{Generator: g, Seed: s} })
			found.Store(true)
		}
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var out [8]uint32
			for {
				if ctx.Err() != nil || found.Load() {
					return
				}
				off := next.Add(1) - 1
				lo := off * block
				if lo >= total {
					return
				}
				if slots != nil {
					select {
					case slots <- struct{}{}:
					case <-ctx.Done():
						return
					}
				}
				hi := min(lo+block, total) // exclusive, relative to from
				s := uint64(from) + lo
				end := uint64(from) + hi
				for ; s+8 <= end; s += 8 {
					mtFirst8(uint32(s), &out)
					for k, v := range out {
						if int(v>>24) == hiWant {
							confirm(uint32(s)+uint32(k), GeneratorBX)
						}
						if int(v&0xff) == loWant {
							confirm(uint32(s)+uint32(k), GeneratorTrustWallet)
						}
					}
				}
				for ; s < end; s++ {
					v := mtFirst(uint32(s))
					if int(v>>24) == hiWant {
						confirm(uint32(s), GeneratorBX)
					}
					if int(v&0xff) == loWant {
						confirm(uint32(s), GeneratorTrustWallet)
					}
				}
				if slots != nil {
					<-slots
				}
				if done != nil {
					done.Add(hi - lo)
				}
			}
		}()
	}
	wg.Wait()
	if !found.Load() {
		return WeakSeed{}, false
	}
	return result, true
}
