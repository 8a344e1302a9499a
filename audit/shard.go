package audit

import (
	"context"
	"fmt"
	"hash/fnv"
	"path/filepath"
)

// Shard returns a source that yields the items of src whose path hashes
// to i modulo n (0 ≤ i < n): run n scans with i = 0…n-1 over the same
// roots, given the same way, on as many machines, and together they read
// every item exactly once. The hash is FNV-1a (64-bit) of the item's path
// with forward slashes, so the partition is stable across runs, machines
// and operating systems. Archive members follow their container: an
// archive is one item, and whichever shard holds it reads its members.
// Items dropped here are never opened.
func Shard(src Source, i, n int) Source { return shardSource{src: src, i: i, n: n} }

// ShardOf returns the shard of n that the item at path p belongs to.
func ShardOf(p string, n int) int {
	if n <= 1 {
		return 0
	}
	h := fnv.New64a()
	h.Write([]byte(filepath.ToSlash(p)))
	return int(h.Sum64() % uint64(n))
}

type shardSource struct {
	src  Source
	i, n int
}

func (s shardSource) Walk(ctx context.Context, fn func(Item) error) error {
	if s.n < 1 || s.i < 0 || s.i >= s.n {
		return fmt.Errorf("audit: shard %d/%d: want 0 ≤ i < n", s.i, s.n)
	}
	return s.src.Walk(ctx, func(it Item) error {
		if ShardOf(it.Path, s.n) != s.i {
			it.done()
			return nil
		}
		return fn(it)
	})
}
