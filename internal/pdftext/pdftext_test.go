package pdftext

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/go-pdf/fpdf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// words are test words, not anyone's phrase.
var words = strings.Fields("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima")

func render(t testing.TB, draw func(p *fpdf.Fpdf)) []byte {
	t.Helper()
	p := fpdf.New("P", "mm", "A4", "")
	p.SetCompression(true)
	p.SetFont("Helvetica", "", 12)
	draw(p)
	var b bytes.Buffer
	require.NoError(t, p.Output(&b))
	return b.Bytes()
}

// table draws the recovery-sheet layout: two columns, 1–6 left, 7–12 right,
// the right column written first so stream order is not reading order.
func table(p *fpdf.Fpdf) {
	p.AddPage()
	for col := 1; col >= 0; col-- {
		for row := 0; row < 6; row++ {
			n := col*6 + row
			p.Text(20+float64(col)*80, 30+float64(row)*10, fmt.Sprintf("%d. %s", n+1, words[n]))
		}
	}
}

func TestExtract(t *testing.T) {
	var rows []string
	for row := 0; row < 6; row++ {
		rows = append(rows, fmt.Sprintf("%d. %s %d. %s", row+1, words[row], row+7, words[row+6]))
	}
	tests := []struct {
		name string
		draw func(p *fpdf.Fpdf)
		want []string
	}{
		{"one line", func(p *fpdf.Fpdf) {
			p.AddPage()
			p.Text(20, 30, strings.Join(words, " "))
		}, []string{strings.Join(words, " ") + "\n"}},
		{"table in two columns", table, []string{strings.Join(rows, "\n") + "\n"}},
		{"two pages", func(p *fpdf.Fpdf) {
			p.AddPage()
			p.Text(20, 30, strings.Join(words[:6], " "))
			p.AddPage()
			p.Text(20, 30, strings.Join(words[6:], " "))
		}, []string{strings.Join(words[:6], " ") + "\n", strings.Join(words[6:], " ") + "\n"}},
		{"empty page", func(p *fpdf.Fpdf) { p.AddPage() }, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := render(t, tt.draw)
			got, err := Extract(context.Background(), bytes.NewReader(data), int64(len(data)), Limits{})
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestExtractLimits(t *testing.T) {
	three := render(t, func(p *fpdf.Fpdf) {
		for range 3 {
			p.AddPage()
			p.Text(20, 30, "page")
		}
	})
	got, err := Extract(context.Background(), bytes.NewReader(three), int64(len(three)), Limits{Pages: 2})
	assert.ErrorIs(t, err, ErrLimit)
	assert.Len(t, got, 2)

	_, err = Extract(context.Background(), bytes.NewReader(three), int64(len(three)), Limits{Bytes: 100})
	assert.ErrorIs(t, err, ErrLimit)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = Extract(ctx, bytes.NewReader(three), int64(len(three)), Limits{})
	assert.Error(t, err)

	deep := []byte("%PDF-1.4\n1 0 obj\n" + strings.Repeat("[", 100000) + "\nendobj\ntrailer\n<</Size 2>>\nstartxref\n0\n%%EOF\n")
	_, err = Extract(context.Background(), bytes.NewReader(deep), int64(len(deep)), Limits{})
	assert.ErrorIs(t, err, ErrLimit)

	huge := []byte("%PDF-1.4\nxref\n0 4000000000\ntrailer\n<</Size 2>>\nstartxref\n9\n%%EOF\n")
	_, err = Extract(context.Background(), bytes.NewReader(huge), int64(len(huge)), Limits{})
	assert.ErrorIs(t, err, ErrLimit)
	size := []byte("%PDF-1.4\n1 0 obj\n<</Type/XRef/Size 99999999999/W[1 2 1]>>stream\n\nendstream\nendobj\nstartxref\n9\n%%EOF\n")
	_, err = Extract(context.Background(), bytes.NewReader(size), int64(len(size)), Limits{})
	assert.ErrorIs(t, err, ErrLimit)
}

func TestExtractMalformed(t *testing.T) {
	for _, in := range []string{"", "%PDF-1.4\n", "%PDF-1.4\n%%EOF", "not a pdf", "%PDF-1.4\nstartxref\n5\n%%EOF\n"} {
		_, err := Extract(context.Background(), strings.NewReader(in), int64(len(in)), Limits{})
		assert.Error(t, err, "%q", in)
	}
}

func FuzzExtract(f *testing.F) {
	f.Add(render(f, table))
	f.Add([]byte("%PDF-1.4\n%%EOF\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		pages, _ := Extract(context.Background(), bytes.NewReader(data), int64(len(data)), Limits{Pages: 8, Bytes: 1 << 20})
		assert.LessOrEqual(t, len(pages), 8)
	})
}
