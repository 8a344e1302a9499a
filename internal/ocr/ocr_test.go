package ocr

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"image/png"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/internal/ocr/ocrtest"
)

func encode(t *testing.T, img image.Image) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, png.Encode(&b, img))
	return b.Bytes()
}

func TestLikelyText(t *testing.T) {
	var g bytes.Buffer
	require.NoError(t, gif.Encode(&g, image.NewPaletted(image.Rect(0, 0, 300, 300), color.Palette{color.White, color.Black}), nil))
	tests := []struct {
		name string
		img  []byte
		want bool
	}{
		{"page-sized png", encode(t, image.NewGray(image.Rect(0, 0, 800, 400))), true},
		{"icon", encode(t, image.NewGray(image.Rect(0, 0, 32, 32))), false},
		{"thin strip", encode(t, image.NewGray(image.Rect(0, 0, 2000, 20))), false},
		{"gif", g.Bytes(), false},
		{"not an image", []byte("hello"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, LikelyText(tt.img))
		})
	}
}

// needTesseract skips without the command, except in CI where it must be
// installed.
func needTesseract(t *testing.T) *Engine {
	t.Helper()
	e, err := New(0)
	if err != nil {
		if os.Getenv("CI") == "" {
			t.Skip(err)
		}
		t.Fatal(err)
	}
	return e
}

func TestText(t *testing.T) {
	e := needTesseract(t)
	img := ocrtest.Render(t, []string{"walletaudit reads", "printed words"})
	got, err := e.Text(context.Background(), img)
	require.NoError(t, err)
	assert.Equal(t, "walletaudit reads printed words", strings.Join(strings.Fields(got), " "))

	_, err = e.Text(context.Background(), []byte("not an image"))
	assert.Error(t, err)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = e.Text(ctx, img)
	assert.ErrorIs(t, err, context.Canceled)

	slow := &Engine{path: e.path, timeout: time.Nanosecond}
	_, err = slow.Text(context.Background(), img)
	assert.ErrorContains(t, err, "no result within")
}

// TestLayoutRows: Tesseract's words in its reading order, then, for a
// grid it read as blocks side by side (the numbers of a wallet's screen
// one block, its words another), the image's rows; a page of one block
// is its reading alone.
func TestLayoutRows(t *testing.T) {
	var tsv strings.Builder
	tsv.WriteString("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n")
	word := func(block, line, left, top int, text string) {
		fmt.Fprintf(&tsv, "5\t1\t%d\t1\t%d\t1\t%d\t%d\t40\t20\t95.0\t%s\n", block, line, left, top, text)
	}
	// Numbers at the left, words at the right, four rows, each column a
	// block of its own read down.
	for r := range 4 {
		word(1, r+1, 10, 100+50*r, strconv.Itoa(r+1))
	}
	for r, w := range []string{"alpha", "bravo", "charlie", "delta"} {
		word(2, r+1, 200, 102+50*r, w)
	}
	got := layout([]byte(tsv.String()))
	reading, rows, ok := strings.Cut(got, "\f\n")
	require.True(t, ok, "no rows in %q", got)
	assert.Equal(t, "1\n2\n3\n4\n\nalpha\nbravo\ncharlie\ndelta\n", reading)
	assert.Equal(t, "1  alpha\n2  bravo\n3  charlie\n4  delta\n", rows)

	var page strings.Builder
	page.WriteString("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n")
	for r, w := range []string{"one", "two", "three", "four", "five"} {
		fmt.Fprintf(&page, "5\t1\t1\t1\t%d\t1\t10\t%d\t40\t20\t95.0\t%s\n", r+1, 100+50*r, w)
	}
	assert.Equal(t, "one\ntwo\nthree\nfour\nfive\n", layout([]byte(page.String())))
}
