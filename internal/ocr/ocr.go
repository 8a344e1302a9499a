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
	"slices"
	"strconv"
	"strings"
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
// in English, lines as Tesseract lays them out, then the image's rows of
// words when it is a grid (layout). The error of a failed run
// carries the command's first line of diagnostics, never the text.
func (e *Engine) Text(parent context.Context, img []byte) (string, error) {
	ctx, cancel := context.WithTimeout(parent, e.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, e.path, "stdin", "stdout", "-l", "eng", "tsv")
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
	return layout(out.Bytes()), nil
}

// ocrWord is a word of Tesseract's TSV output: where it stands in the
// image and in Tesseract's reading order.
type ocrWord struct {
	block, par, line int
	left, top, w, h  int
	text             string
}

// minGridRows is how many rows of an image must hold words of two of
// Tesseract's blocks for layout to add the image's rows to its text.
const minGridRows = 4

// layout makes the text of Tesseract's TSV output: its words in its own
// reading order, a line a line and a blank line between paragraphs; then,
// when the image is a grid that Tesseract read as blocks side by side
// (a wallet's screen of numbered words, the numbers one block and the
// words another, each read down), the image's rows as well, each
// word's row by its place in the image and the columns of a row set
// apart by two spaces, after a form feed.
func layout(tsv []byte) string {
	var words []ocrWord
	for _, line := range strings.Split(string(tsv), "\n") {
		f := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if len(f) < 12 || f[0] != "5" || strings.TrimSpace(f[11]) == "" {
			continue
		}
		n := make([]int, 10)
		ok := true
		for i := range n {
			v, err := strconv.Atoi(f[i])
			n[i], ok = v, ok && err == nil
		}
		if ok {
			words = append(words, ocrWord{block: n[2], par: n[3], line: n[4], left: n[6], top: n[7], w: n[8], h: n[9], text: f[11]})
		}
	}
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			p := words[i-1]
			switch {
			case p.block != w.block || p.par != w.par:
				b.WriteString("\n\n")
			case p.line != w.line:
				b.WriteString("\n")
			default:
				b.WriteString(" ")
			}
		}
		b.WriteString(w.text)
	}
	if len(words) > 0 {
		b.WriteString("\n")
	}
	if rows := imageRows(words); rows != "" {
		b.WriteString("\f\n" + rows)
	}
	return b.String()
}

// imageRows returns the words in the image's rows (see layout), or "" when
// fewer than minGridRows rows hold words of two blocks.
func imageRows(words []ocrWord) string {
	if len(words) < 2 {
		return ""
	}
	hs := make([]int, len(words))
	for i, w := range words {
		hs[i] = w.h
	}
	slices.Sort(hs)
	h := max(hs[len(hs)/2], 1)
	byY := slices.Clone(words)
	slices.SortStableFunc(byY, func(a, b ocrWord) int { return (a.top + a.h/2) - (b.top + b.h/2) })
	var rows [][]ocrWord
	for _, w := range byY {
		cy := w.top + w.h/2
		if n := len(rows); n > 0 {
			r := rows[n-1]
			if first := r[0]; cy-(first.top+first.h/2) <= h*6/10 {
				rows[n-1] = append(r, w)
				continue
			}
		}
		rows = append(rows, []ocrWord{w})
	}
	grid := 0
	for _, r := range rows {
		if slices.ContainsFunc(r, func(w ocrWord) bool { return w.block != r[0].block }) {
			grid++
		}
	}
	if grid < minGridRows {
		return ""
	}
	var b strings.Builder
	for _, r := range rows {
		slices.SortStableFunc(r, func(a, b ocrWord) int { return a.left - b.left })
		for i, w := range r {
			if i > 0 {
				if gap := w.left - (r[i-1].left + r[i-1].w); gap > 2*h {
					b.WriteString("  ")
				} else {
					b.WriteString(" ")
				}
			}
			b.WriteString(w.text)
		}
		b.WriteString("\n")
	}
	return b.String()
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
