package audit

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestShardPartitions: the shards of a tree read every item exactly once,
// and together find what one scan finds.
func TestShardPartitions(t *testing.T) {
	root := t.TempDir()
	for i := range 40 {
		p := filepath.Join(root, fmt.Sprintf("d%d", i%5), fmt.Sprintf("f%d.txt", i))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o700))
		require.NoError(t, os.WriteFile(p, []byte(token(i)), 0o600))
	}
	all, sum := collect(t, testScanner(Options{}), Dir(root))
	require.Len(t, all, 40)
	const n = 3
	seen := map[string]int{}
	var files int64
	for i := range n {
		fs, s := collect(t, testScanner(Options{}), Shard(Dir(root), i, n))
		files += s.FilesScanned
		for _, f := range fs {
			seen[f.Location.Path]++
			assert.Equal(t, i, ShardOf(f.Location.Path, n))
		}
		assert.NotEmpty(t, fs, "40 items over 3 shards: none empty")
	}
	assert.Equal(t, sum.FilesScanned, files)
	assert.Len(t, seen, 40)
	for p, k := range seen {
		assert.Equal(t, 1, k, p)
	}
	assert.Equal(t, 0, ShardOf("anything", 1))
	// The partition is part of the contract: shards of one fleet may run
	// different versions. FNV-1a 64 of "home/alice/.bash_history" is
	// 0x11de04171ec3f9cd.
	assert.Equal(t, []int{1, 2, 5}, []int{ShardOf("home/alice/.bash_history", 2), ShardOf("home/alice/.bash_history", 7), ShardOf("home/alice/.bash_history", 100)})
	err := Shard(Dir(root), 3, 3).Walk(context.Background(), func(Item) error { return nil })
	assert.Error(t, err)
}
