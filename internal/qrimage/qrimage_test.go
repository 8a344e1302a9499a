package qrimage

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"image/png"
	"math/rand/v2"
	"testing"

	"github.com/skip2/go-qrcode"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func qrImage(t *testing.T, content []byte) image.Image {
	t.Helper()
	q, err := qrcode.New(string(content), qrcode.Medium)
	require.NoError(t, err)
	return q.Image(256)
}

// inverted draws img's grey levels the other way round: light on dark.
func inverted(img image.Image) image.Image {
	b := img.Bounds()
	out := image.NewGray(b)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			out.Set(x, y, color.Gray{Y: 255 - color.GrayModel.Convert(img.At(x, y)).(color.Gray).Y})
		}
	}
	return out
}

func encodePNG(t *testing.T, img image.Image) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, png.Encode(&b, img))
	return b.Bytes()
}

// The payloads are test strings made here, not anyone's keys.
func TestDecode(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	compact := make([]byte, 16)
	for i := range compact {
		compact[i] = byte(rng.UintN(256))
	}
	text := []byte("not a key: a test payload for the QR decoder 0123456789")

	side := func(a, b image.Image) image.Image {
		out := image.NewRGBA(image.Rect(0, 0, a.Bounds().Dx()+b.Bounds().Dx()+40, max(a.Bounds().Dy(), b.Bounds().Dy())))
		draw.Draw(out, out.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
		draw.Draw(out, a.Bounds(), a, image.Point{}, draw.Src)
		draw.Draw(out, a.Bounds().Add(image.Pt(a.Bounds().Dx()+40, 0)), b, image.Point{}, draw.Src)
		return out
	}
	var jpg bytes.Buffer
	require.NoError(t, jpeg.Encode(&jpg, qrImage(t, text), &jpeg.Options{Quality: 85}))

	tests := []struct {
		name string
		data []byte
		want [][]byte
	}{
		{"png text", encodePNG(t, qrImage(t, text)), [][]byte{text}},
		{"png binary (CompactSeedQR-like)", encodePNG(t, qrImage(t, compact)), [][]byte{compact}},
		{"jpeg", jpg.Bytes(), [][]byte{text}},
		{"two codes", encodePNG(t, side(qrImage(t, text), qrImage(t, []byte("second payload")))), [][]byte{text, []byte("second payload")}},
		{"no code", encodePNG(t, image.NewGray(image.Rect(0, 0, 64, 64))), nil},
		{"light on dark (dark mode)", encodePNG(t, inverted(qrImage(t, text))), [][]byte{text}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.True(t, Sniff(tc.data))
			codes, err := Decode(tc.data, 0)
			require.NoError(t, err)
			var got [][]byte
			for _, c := range codes {
				got = append(got, c.Text)
				if c.Raw != nil {
					got = append(got, c.Raw)
				}
			}
			for _, w := range tc.want {
				assert.Contains(t, got, w)
			}
			if tc.want == nil {
				assert.Empty(t, got)
			}
		})
	}
}

// pngHeader is a PNG signature and an IHDR chunk declaring w×h pixels,
// and nothing else: enough for DecodeConfig, far too little to decode.
func pngHeader(w, h uint32) []byte {
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8], ihdr[9] = 8, 2 // 8-bit RGB
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	_ = binary.Write(&b, binary.BigEndian, uint32(len(ihdr)))
	chunk := append([]byte("IHDR"), ihdr[:]...)
	b.Write(chunk)
	_ = binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(chunk))
	return b.Bytes()
}

func TestDecodeBounds(t *testing.T) {
	_, err := Decode(pngHeader(100000, 100000), 0)
	assert.ErrorIs(t, err, ErrTooLarge)
	_, err = Decode(pngHeader(1000, 1000), 1000)
	assert.ErrorIs(t, err, ErrTooLarge)
	_, err = Decode([]byte("\x89PNG\r\n\x1a\ntruncated"), 0)
	assert.Error(t, err)
	assert.False(t, Sniff([]byte("plain text")))
}

func FuzzDecode(f *testing.F) {
	f.Add(pngHeader(10, 10))
	var b bytes.Buffer
	_ = png.Encode(&b, image.NewGray(image.Rect(0, 0, 8, 8)))
	f.Add(b.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = Decode(data, 1<<16)
	})
}

// TestLuminanceTypes decodes the same code drawn in each pixel type the
// standard decoders return.
func TestLuminanceTypes(t *testing.T) {
	q, err := qrcode.New("payload for every pixel type", qrcode.Medium)
	require.NoError(t, err)
	src := q.Image(200)
	b := src.Bounds()
	gray := image.NewGray(b)
	nrgba := image.NewNRGBA(b)
	rgba := image.NewRGBA(b)
	ycc := image.NewYCbCr(b, image.YCbCrSubsampleRatio444)
	pal := image.NewPaletted(b, color.Palette{color.White, color.Black})
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := src.At(x, y)
			gray.Set(x, y, c)
			nrgba.Set(x, y, c)
			rgba.Set(x, y, c)
			pal.Set(x, y, c)
			yy, _, _ := color.RGBToYCbCr(color.GrayModel.Convert(c).(color.Gray).Y, color.GrayModel.Convert(c).(color.Gray).Y, color.GrayModel.Convert(c).(color.Gray).Y)
			ycc.Y[ycc.YOffset(x, y)] = yy
			ycc.Cb[ycc.COffset(x, y)], ycc.Cr[ycc.COffset(x, y)] = 128, 128
		}
	}
	for name, img := range map[string]image.Image{"gray": gray, "nrgba": nrgba, "rgba": rgba, "ycbcr": ycc, "paletted": pal} {
		var buf bytes.Buffer
		require.NoError(t, png.Encode(&buf, img))
		codes, err := Decode(buf.Bytes(), 0)
		require.NoError(t, err, name)
		require.Len(t, codes, 1, name)
		assert.Equal(t, "payload for every pixel type", string(codes[0].Text), name)
		// And straight from the in-memory type (PNG may re-encode it).
		codes, err = decodeImage(img)
		require.NoError(t, err, name)
		require.Len(t, codes, 1, name)
		assert.Equal(t, "payload for every pixel type", string(codes[0].Text), name)
	}
	var jb bytes.Buffer
	require.NoError(t, jpeg.Encode(&jb, rgba, &jpeg.Options{Quality: 90}))
	codes, err := Decode(jb.Bytes(), 0)
	require.NoError(t, err)
	require.Len(t, codes, 1, "jpeg (YCbCr)")
}
