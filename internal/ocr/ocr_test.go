package ocr

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/gif"
	"image/png"
	"os"
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
