package ocr

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/draw"
	"image/gif"
	"image/png"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
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

// Render draws lines of text black on white with the Go font.
func Render(t testing.TB, lines []string) []byte {
	t.Helper()
	f, err := opentype.Parse(goregular.TTF)
	require.NoError(t, err)
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: 48, DPI: 72, Hinting: font.HintingFull})
	require.NoError(t, err)
	defer face.Close()
	img := image.NewGray(image.Rect(0, 0, 1400, 120+80*len(lines)))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	d := &font.Drawer{Dst: img, Src: image.Black, Face: face}
	for i, l := range lines {
		d.Dot = fixed.P(60, 100+80*i)
		d.DrawString(l)
	}
	var b bytes.Buffer
	require.NoError(t, png.Encode(&b, img))
	return b.Bytes()
}

func TestText(t *testing.T) {
	e := needTesseract(t)
	img := Render(t, []string{"walletaudit reads", "printed words"})
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
