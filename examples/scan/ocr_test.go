package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestOCRFlagWithoutTesseract(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	var out, errb bytes.Buffer
	code := run([]string{"-ocr", "-"}, strings.NewReader("x\n"), &out, &errb)
	assert.Equal(t, 2, code)
	assert.Contains(t, errb.String(), "tesseract")
	assert.Empty(t, out.String())
}
