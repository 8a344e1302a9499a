package byteruns

import (
	"context"
	"sync"
)

// Wide holds the bytes of every alphabet the detectors and decoders look
// for runs of: letters and digits (hex, base58, base32, bech32) and the
// base64 alphabets, standard and URL-safe, with their padding. A run of
// any narrower class lies inside a run of Wide.
var Wide = Of(Alnum + "+/-_=")

// WideMin is the length of the shortest run of Wide an Index keeps.
const WideMin = 24

// Index holds the maximal runs of Wide at least WideMin bytes long in one
// piece of data, found by one pass the first time they are asked for.
// Every search of that data for runs of a class within Wide, at least
// WideMin long, then reads only those runs (Index.Each): on text, where
// long runs are rare, several searches cost about what one did. An Index
// is safe for concurrent use; its zero value holds no data.
type Index struct {
	mu    sync.Mutex
	data  []byte
	built bool
	runs  [][2]int
}

// Reset makes x the index of data, keeping the memory of its runs for
// reuse. The runs are found when first asked for.
func (x *Index) Reset(data []byte) {
	x.mu.Lock()
	x.data, x.built, x.runs = data, false, x.runs[:0]
	x.mu.Unlock()
}

// of returns the runs of data, or false when x is not data's index.
func (x *Index) of(data []byte) ([][2]int, bool) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if len(x.data) != len(data) || len(data) == 0 || &x.data[0] != &data[0] {
		return nil, false
	}
	if !x.built {
		Each(data, &Wide, WideMin, func(s, e int) bool {
			x.runs = append(x.runs, [2]int{s, e})
			return true
		})
		x.built = true
	}
	return x.runs, true
}

// Each does what the package's Each does: it calls fn with the start and
// end of every maximal run of class c in data at least min bytes long,
// in order, until fn returns false. When x is the index of data (the
// same bytes, not a copy), c lies within Wide and min is at least
// WideMin, it reads only the indexed runs; otherwise, and on a nil x, it
// reads data itself.
func (x *Index) Each(data []byte, c *Class, min int, fn func(start, end int) bool) {
	if x == nil || min < WideMin || !within(c, &Wide) {
		Each(data, c, min, fn)
		return
	}
	runs, ok := x.of(data)
	if !ok {
		Each(data, c, min, fn)
		return
	}
	// A maximal run of c at least min long lies in a run of Wide at
	// least as long, whose ends are outside Wide and so outside c.
	stopped := false
	for _, r := range runs {
		if r[1]-r[0] < min {
			continue
		}
		base := r[0]
		Each(data[r[0]:r[1]], c, min, func(s, e int) bool {
			stopped = !fn(base+s, base+e)
			return !stopped
		})
		if stopped {
			return
		}
	}
}

// EachWide calls fn with the start and end of every maximal run of Wide
// in data whose length is from min (at least WideMin) to max, in order,
// until fn returns false. With x the index of data it reads none of the
// runs' bytes: short runs of Wide, such as a string literal's content,
// are found among the indexed runs by their lengths alone.
func (x *Index) EachWide(data []byte, min, max int, fn func(start, end int) bool) {
	if min < WideMin {
		min = WideMin
	}
	var runs [][2]int
	ok := false
	if x != nil {
		runs, ok = x.of(data)
	}
	if !ok {
		Each(data, &Wide, min, func(s, e int) bool { return e-s > max || fn(s, e) })
		return
	}
	for _, r := range runs {
		if n := r[1] - r[0]; n >= min && n <= max && !fn(r[0], r[1]) {
			return
		}
	}
}

// within reports whether every byte of c is in w.
func within(c, w *Class) bool {
	for b := range c {
		if c[b] && !w[b] {
			return false
		}
	}
	return true
}

type indexKey struct{}

// With returns ctx carrying x, for the searches of x's data that ctx is
// handed to.
func With(ctx context.Context, x *Index) context.Context {
	return context.WithValue(ctx, indexKey{}, x)
}

// From returns the Index ctx carries, or nil (whose Each reads the data
// itself).
func From(ctx context.Context) *Index {
	x, _ := ctx.Value(indexKey{}).(*Index)
	return x
}
