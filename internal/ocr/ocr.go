// Package ocr reads the text of images with the Tesseract command (a
// photo or screenshot of a written-down phrase). It runs only when a scan
// asks for it: the command is slow (about a second per image) and must be
// installed (Debian: tesseract-ocr).
//
// The image goes to the command on its standard input and the text comes
// back on its standard output: no file is written anywhere. Each run is
// bounded by the caller's context and a timeout, and its output by a byte
// limit.
package ocr

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // JPEG headers
	_ "image/png"  // PNG headers
	"os"
	"os/exec"
	"time"

	_ "golang.org/x/image/webp" // WebP headers
)

// Command is the name of the Tesseract command looked up in PATH.
const Command = "tesseract"

// DefaultTimeout bounds one image's recognition.
const DefaultTimeout = 30 * time.Second

// maxOutput bounds the text kept from one image.
const maxOutput = 1 << 20

// ErrUnavailable is returned by New when the command is not installed.
var ErrUnavailable = errors.New("ocr: the tesseract command is not installed (Debian: apt-get install tesseract-ocr)")

// Engine runs the Tesseract command.
type Engine struct {
	path    string
	timeout time.Duration
}

// New finds the command; timeout ≤ 0 means DefaultTimeout.
func New(timeout time.Duration) (*Engine, error) {
	p, err := exec.LookPath(Command)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	return &Engine{path: p, timeout: timeout}, nil
}

// Text returns the text Tesseract reads in img (PNG, JPEG or WebP bytes),
// in English, lines as Tesseract lays them out. The error of a failed run
// carries the command's first line of diagnostics, never the text.
func (e *Engine) Text(parent context.Context, img []byte) (string, error) {
	ctx, cancel := context.WithTimeout(parent, e.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, e.path, "stdin", "stdout", "-l", "eng")
	cmd.Stdin = bytes.NewReader(img)
	out := &limitedBuffer{max: maxOutput}
	var diag limitedBuffer
	diag.max = 4 << 10
	cmd.Stdout, cmd.Stderr = out, &diag
	// One thread per run: the scan already runs one worker per core.
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	cmd.WaitDelay = time.Second
	if err := cmd.Run(); err != nil {
		if perr := parent.Err(); perr != nil {
			return "", perr
		}
		if ctx.Err() != nil {
			return "", fmt.Errorf("ocr: no result within %s", e.timeout)
		}
		line, _, _ := bytes.Cut(bytes.TrimSpace(diag.Bytes()), []byte("\n"))
		return "", fmt.Errorf("ocr: %v: %.200q", err, line)
	}
	return out.String(), nil
}

// Image size bounds of LikelyText.
const (
	MinSide   = 64       // pixels on the shorter side
	MaxPixels = 25 << 20 // width × height
	MaxBytes  = 32 << 20 // encoded size
)

// LikelyText is the cheap test of whether an image is worth reading
// ("text-sized"): a PNG, JPEG or WebP whose header declares at least
// MinSide pixels on each side (icons and thumbnails are not) and at most
// MaxPixels in all (panoramas and scans of whole albums are slow to read),
// in at most MaxBytes. It reads the header only.
func LikelyText(img []byte) bool {
	if len(img) > MaxBytes {
		return false
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(img))
	if err != nil {
		return false
	}
	switch format {
	case "png", "jpeg", "webp":
	default:
		return false
	}
	return cfg.Width >= MinSide && cfg.Height >= MinSide && cfg.Width <= MaxPixels/cfg.Height
}

// limitedBuffer keeps the first max bytes written and drops the rest.
type limitedBuffer struct {
	bytes.Buffer
	max int
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if room := b.max - b.Len(); room > 0 {
		b.Buffer.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}
