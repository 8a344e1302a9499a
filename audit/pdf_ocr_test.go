package audit

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-pdf/fpdf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/internal/ocr/ocrtest"

	"github.com/walletaudit/walletaudit/audit/detect"
)

func pdfOf(t *testing.T, draw func(p *fpdf.Fpdf)) []byte {
	t.Helper()
	p := fpdf.New("P", "mm", "A4", "")
	p.SetFont("Helvetica", "", 12)
	draw(p)
	var b bytes.Buffer
	require.NoError(t, p.Output(&b))
	return b.Bytes()
}

// where maps fingerprints to the paths they were found at.
func where(t *testing.T, s *Scanner, src Source) map[string]Finding {
	t.Helper()
	got := map[string]Finding{}
	_, err := s.Run(context.Background(), func(f Finding) error { got[f.Secret.Fingerprint()] = f; return nil }, src)
	require.NoError(t, err)
	return got
}

func TestPDFTextIsScanned(t *testing.T) {
	p := freshPhrase(t)
	words := p.RevealWords()
	sheet := func(pdf *fpdf.Fpdf) {
		pdf.AddPage()
		pdf.Text(20, 20, "Recovery sheet")
		// The right column first: stream order is not reading order.
		for col := 1; col >= 0; col-- {
			for row := 0; row < 6; row++ {
				n := col*6 + row
				pdf.Text(20+float64(col)*70, 40+float64(row)*10, fmt.Sprintf("%d. %s", n+1, words[n]))
			}
		}
	}
	tests := []struct {
		name, path string
		draw       func(pdf *fpdf.Fpdf)
	}{
		{"one line", "notes.pdf!page1.txt", func(pdf *fpdf.Fpdf) {
			pdf.AddPage()
			pdf.Text(20, 30, p.Reveal())
		}},
		{"numbered table in two columns", "notes.pdf!page1.txt", sheet},
		{"second of two pages", "notes.pdf!page2.txt", func(pdf *fpdf.Fpdf) {
			pdf.AddPage()
			pdf.Text(20, 30, "Instructions: keep this sheet offline.")
			sheet(pdf)
		}},
	}
	want := detect.Fingerprint(KindMnemonic, "bip39:"+p.Reveal())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := pdfOf(t, tt.draw)
			f, ok := where(t, New(Options{}), Bytes("notes.pdf", data))[want]
			require.True(t, ok, "phrase not found")
			assert.Equal(t, tt.path, f.Location.Path)
			assert.Equal(t, "archive", f.Location.Origin)

			// A file on disk too.
			file := filepath.Join(t.TempDir(), "notes.pdf")
			require.NoError(t, os.WriteFile(file, data, 0o600))
			f, ok = where(t, New(Options{}), Dir(file))[want]
			require.True(t, ok, "phrase not found in the file")
			assert.Equal(t, file+strings.TrimPrefix(tt.path, "notes.pdf"), f.Location.Path)
		})
	}
}

func TestDamagedPDFIsScannedAsBytes(t *testing.T) {
	data := []byte("%PDF-1.4\n1 0 obj (" + token(7) + ") endobj\n")
	fs, sum := collect(t, testScanner(Options{}), Bytes("broken.pdf", data))
	require.Len(t, fs, 1)
	assert.Equal(t, "broken.pdf", fs[0].Location.Path)
	assert.Empty(t, sum.Errors)
}

func TestOCR(t *testing.T) {
	if _, err := exec.LookPath("tesseract"); err != nil {
		if os.Getenv("CI") == "" {
			t.Skip("tesseract is not installed")
		}
		t.Fatal("tesseract is not installed")
	}
	p := freshPhrase(t)
	w := p.RevealWords()
	img := ocrtest.Render(t, []string{strings.Join(w[0:4], " "), strings.Join(w[4:8], " "), strings.Join(w[8:12], " ")})
	want := detect.Fingerprint(KindMnemonic, "bip39:"+p.Reveal())

	f, ok := where(t, New(Options{OCR: true}), Bytes("photo.png", img))[want]
	require.True(t, ok, "phrase not read in the image")
	assert.Equal(t, "photo.png!ocr.txt", f.Location.Path)
	assert.Equal(t, "ocr", f.Location.Origin)
	assert.NotEqual(t, ConfidenceHigh, f.Confidence)

	// Off by default.
	_, ok = where(t, New(Options{}), Bytes("photo.png", img))[want]
	assert.False(t, ok, "OCR ran without being asked")
}

func TestOCRUnavailable(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := New(Options{OCR: true}).Run(context.Background(), func(Finding) error { return nil }, Bytes("a.txt", []byte("x")))
	assert.ErrorIs(t, err, ErrNoOCR)
}

func ExampleCheckOCR() {
	opts := Options{OCR: true}
	if err := CheckOCR(); err != nil {
		opts.OCR = false // scan without reading images
	}
	_, _ = New(opts).Run(context.Background(), func(Finding) error { return nil }, Bytes("notes.txt", []byte("nothing here")))
}

// TestPDFOperandBombIsSkipped: a page whose content stream is a few
// kilobytes of compressed operands with no operator (which the PDF
// parser's interpreter would stack, gigabytes of them) ends the PDF's text
// with a recorded skip; the pages before it are scanned.
func TestPDFOperandBombIsSkipped(t *testing.T) {
	p := freshPhrase(t)
	data := pdfOf(t, func(pdf *fpdf.Fpdf) {
		pdf.SetCompression(true)
		pdf.AddPage()
		pdf.Text(20, 30, p.Reveal())
		pdf.AddPage()
		pdf.RawWriteStr(strings.Repeat("0 ", 1<<20) + "\n")
	})
	require.Less(t, len(data), 64<<10)
	want := detect.Fingerprint(KindMnemonic, "bip39:"+p.Reveal())
	fs, sum := collect(t, New(Options{}), Bytes("notes.pdf", data))
	assert.Equal(t, []string{"notes.pdf!page1.txt"}, reportedAt(fs, want))
	var reasons []string
	for _, s := range sum.Skipped {
		reasons = append(reasons, s.Path+": "+s.Reason)
	}
	assert.Contains(t, reasons, "notes.pdf: limit reached: more than 65536 operands without an operator; the rest of the PDF was not read")
}
