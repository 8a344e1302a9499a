// Package qrimage finds QR codes in images (PNG, JPEG, GIF, WebP) and
// returns what they hold: paper wallets print a WIF key or a phrase as a
// QR code, SeedSigner users keep SeedQR images, and screenshots of wallet
// exports are QR codes. Decoding is done by gozxing, a Go port of ZXing.
//
// Images are bounded before they are decoded: an image whose header
// declares more pixels than the limit is refused without allocating it.
package qrimage

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	_ "image/gif"  // GIF decoder
	_ "image/jpeg" // JPEG decoder
	_ "image/png"  // PNG decoder

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/multi/qrcode"

	_ "golang.org/x/image/webp" // WebP decoder
)

// MaxPixels is the default bound on an image's width × height: 40
// megapixels, more than a phone camera's photo, about 160 MB decoded.
const MaxPixels = 40 << 20

// minSide is the smallest side, in pixels, that can hold a QR code: 21
// modules, one pixel each, is version 1 without its quiet zone.
const minSide = 21

// ErrTooLarge is returned for an image with more pixels than allowed.
var ErrTooLarge = errors.New("qrimage: image too large")

// Sniff reports whether head starts like an image this package decodes.
func Sniff(head []byte) bool {
	switch {
	case bytes.HasPrefix(head, []byte("\x89PNG\r\n\x1a\n")),
		bytes.HasPrefix(head, []byte{0xff, 0xd8, 0xff}),
		bytes.HasPrefix(head, []byte("GIF87a")), bytes.HasPrefix(head, []byte("GIF89a")),
		len(head) >= 12 && string(head[:4]) == "RIFF" && string(head[8:12]) == "WEBP":
		return true
	}
	return false
}

// Code is what one QR code holds.
type Code struct {
	// Text is the code's content as text.
	Text []byte
	// Raw is the content of its byte segments when they are not simply
	// the text: binary data (a CompactSeedQR is the entropy itself) that
	// the text form has already run through a character set. Nil
	// otherwise.
	Raw []byte
}

// Decode returns the QR codes in an image. An image without a QR code
// gives none and no error; maxPixels ≤ 0 means MaxPixels.
func Decode(data []byte, maxPixels int) (codes []Code, err error) {
	if maxPixels <= 0 {
		maxPixels = MaxPixels
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("qrimage: %w", err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width > maxPixels/max(cfg.Height, 1) {
		return nil, fmt.Errorf("%w: %d×%d pixels", ErrTooLarge, cfg.Width, cfg.Height)
	}
	if cfg.Width < minSide || cfg.Height < minSide {
		return nil, nil // an icon: no QR code fits
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("qrimage: %w", err)
	}
	return decodeImage(img)
}

// decodeImage finds the QR codes in a decoded image.
func decodeImage(img image.Image) (codes []Code, err error) {
	// The decoder is a port of Java code and may panic on images it did
	// not expect; an image is input like any other.
	defer func() {
		if r := recover(); r != nil {
			codes, err = nil, fmt.Errorf("qrimage: decoder failed: %v", r)
		}
	}()
	src, err := luminance(img)
	if err != nil {
		return nil, fmt.Errorf("qrimage: %w", err)
	}
	bmp, err := gozxing.NewBinaryBitmap(gozxing.NewHybridBinarizer(src))
	if err != nil {
		return nil, fmt.Errorf("qrimage: %w", err)
	}
	hints := map[gozxing.DecodeHintType]interface{}{gozxing.DecodeHintType_TRY_HARDER: true}
	results, err := qrcode.NewQRCodeMultiReader().DecodeMultiple(bmp, hints)
	if err != nil && dark(src) {
		// A dark image (a phone's dark mode): its code may be drawn
		// light on dark, which the decoder reads only inverted.
		if bmp, berr := gozxing.NewBinaryBitmap(gozxing.NewHybridBinarizer(src.Invert())); berr == nil {
			results, err = qrcode.NewQRCodeMultiReader().DecodeMultiple(bmp, hints)
		}
	}
	if err != nil {
		// NotFoundException and its kin: no QR code.
		return nil, nil
	}
	for _, r := range results {
		c := Code{Text: []byte(r.GetText())}
		// A code that mixes modes has byte segments that are only part
		// of its text; those are not kept apart.
		if segs, ok := r.GetResultMetadata()[gozxing.ResultMetadataType_BYTE_SEGMENTS].([][]byte); ok && len(segs) > 0 {
			if raw := bytes.Join(segs, nil); !bytes.Contains(c.Text, raw) {
				c.Raw = raw
			}
		}
		codes = append(codes, c)
	}
	return codes, nil
}

// luminance returns the image's luminance for the decoder, read straight
// from the pixel arrays of the types the standard decoders return (JPEG's
// Y plane is luminance already); gozxing's own converter calls At for
// every pixel, which costs several times more. Transparent pixels are
// composited on white, as gozxing does.
func luminance(img image.Image) (gozxing.LuminanceSource, error) {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	lum := make([]byte, w*h)
	switch m := img.(type) {
	case *image.YCbCr:
		for y := 0; y < h; y++ {
			copy(lum[y*w:(y+1)*w], m.Y[m.YOffset(b.Min.X, b.Min.Y+y):])
		}
	case *image.Gray:
		for y := 0; y < h; y++ {
			copy(lum[y*w:(y+1)*w], m.Pix[m.PixOffset(b.Min.X, b.Min.Y+y):])
		}
	case *image.NRGBA:
		for y := 0; y < h; y++ {
			row := m.Pix[m.PixOffset(b.Min.X, b.Min.Y+y):]
			for x := 0; x < w; x++ {
				p := row[4*x : 4*x+4]
				lum[y*w+x] = onWhite((uint32(p[0])+2*uint32(p[1])+uint32(p[2]))/4, uint32(p[3]))
			}
		}
	case *image.RGBA:
		for y := 0; y < h; y++ {
			row := m.Pix[m.PixOffset(b.Min.X, b.Min.Y+y):]
			for x := 0; x < w; x++ {
				p := row[4*x : 4*x+4]
				// Premultiplied: the colour is already scaled by alpha.
				lum[y*w+x] = byte((uint32(p[0])+2*uint32(p[1])+uint32(p[2]))/4 + 255 - uint32(p[3]))
			}
		}
	case *image.Paletted:
		var pal [256]byte
		for i, c := range m.Palette {
			r, g, bb, a := c.RGBA()
			pal[i] = onWhite(((r+2*g+bb)/4)>>8, a>>8)
		}
		for y := 0; y < h; y++ {
			row := m.Pix[m.PixOffset(b.Min.X, b.Min.Y+y):]
			for x := 0; x < w; x++ {
				lum[y*w+x] = pal[row[x]]
			}
		}
	default:
		return gozxing.NewLuminanceSourceFromImage(img), nil
	}
	return gozxing.NewPlanarYUVLuminanceSource(lum, w, h, 0, 0, w, h, false)
}

// darkRows is how many rows, evenly spaced, dark samples.
const darkRows = 16

// dark reports whether most of an image is dark: the mean luminance of
// darkRows of its rows is below half.
func dark(src gozxing.LuminanceSource) bool {
	w, h := src.GetWidth(), src.GetHeight()
	if w <= 0 || h <= 0 {
		return false
	}
	var sum, n int
	row := make([]byte, w)
	for k := range darkRows {
		r, err := src.GetRow((2*k+1)*h/(2*darkRows), row)
		if err != nil {
			return false
		}
		for _, v := range r {
			sum += int(v)
		}
		n += len(r)
	}
	return n > 0 && sum < 128*n
}

// onWhite composites a grey level v with alpha a (both 0–255) on white.
func onWhite(v, a uint32) byte {
	return byte((v*a + 255*(255-a)) / 255)
}
