package audit

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A baselined secret copied into a new file is reported, unless the
// baseline matches by fingerprint only.
func TestBaselineMatchesFingerprintAndPath(t *testing.T) {
	old, _ := collect(t, testScanner(Options{}), Bytes("repo/config/old.env", []byte(token(1))))
	require.Len(t, old, 1)
	var buf bytes.Buffer
	require.NoError(t, NewBaseline(old).Write(&buf))
	base, err := ReadBaseline(&buf)
	require.NoError(t, err)

	srcs := []Source{
		Bytes("repo/config/old.env", []byte(token(1))),      // known, same place
		Bytes("/abs/repo/config/old.env", []byte(token(1))), // the same file scanned by another root
		Bytes("repo/src/new.go", []byte(token(1))),          // copied
	}
	fs, sum := collect(t, testScanner(Options{Baseline: base}), srcs...)
	require.Len(t, fs, 1)
	assert.Equal(t, "repo/src/new.go", fs[0].Location.Path)
	assert.Equal(t, 2, sum.Baselined)

	fs, sum = collect(t, testScanner(Options{Baseline: base.FingerprintOnly()}), srcs...)
	assert.Empty(t, fs)
	assert.Equal(t, 3, sum.Baselined)
	assert.True(t, base.Contains(old[0].Secret.Fingerprint()))
}

func TestSamePath(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"a/b.txt", "a/b.txt", true},
		{"./a/b.txt", "a/b.txt", true},
		{"a/b.txt", "/r/a/b.txt", true},
		{"b.txt", "/r/xb.txt", false},
		{"a/b.txt", "c/b.txt", false},
		{"../a/b.txt", "x/a/b.txt", false},
	} {
		assert.Equal(t, tc.want, samePath(tc.a, tc.b), "%s %s", tc.a, tc.b)
	}
}
