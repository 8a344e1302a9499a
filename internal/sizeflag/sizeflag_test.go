package sizeflag

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	for in, want := range map[string]int64{"1024": 1024, "64K": 64 << 10, "256M": 256 << 20, "2G": 2 << 30, "10MiB": 10 << 20, "0": 0, "none": -1, "-1": -1} {
		got, err := Parse(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	_, err := Parse("lots")
	assert.Error(t, err)
}

func TestArchiveBytes(t *testing.T) {
	n, err := ArchiveBytes("none")
	require.NoError(t, err)
	assert.Equal(t, int64(1<<62), n)
	n, err = ArchiveBytes("2M")
	require.NoError(t, err)
	assert.Equal(t, int64(2<<20), n)
}
