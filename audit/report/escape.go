package report

import (
	"html"
	"strings"
	"unicode/utf8"
)

// File and archive-member names, and the error messages that quote them,
// come from whoever wrote the scanned files. Printed raw they can rewrite a
// terminal line (ESC [2K, CR), forge lines (LF), plant hyperlinks (OSC 8),
// or reorder what is displayed (bidi overrides). The Escape functions below
// make such characters visible; each output kind has one.

// mustEscape reports whether r is shown as an escape: C0 controls, DEL,
// C1 controls, the bidi embeddings, overrides and isolates (U+202A–U+202E,
// U+2066–U+2069), the bidi marks (U+200E, U+200F, U+061C) and the line and
// paragraph separators (U+2028, U+2029).
func mustEscape(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x200e, r == 0x200f, r == 0x061c, r == 0x2028, r == 0x2029:
		return true
	}
	return false
}

// EscapeText returns s safe to print on a terminal or in a plain-text
// report: control characters (C0, DEL, C1), bidi controls and line
// separators are written as visible escapes (\n, \r, \t, \x1b, \u202e),
// and bytes that are not valid UTF-8 as \xff. Everything else, including
// backslashes, is kept, so ordinary names read as they are.
func EscapeText(s string) string {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || mustEscape(r) {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			writeHex(&b, `\x`, uint32(s[i]), 2)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x80 && mustEscape(r):
			writeHex(&b, `\x`, uint32(r), 2)
		case mustEscape(r):
			writeHex(&b, `\u`, uint32(r), 4)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// writeHex writes prefix and the low digits hex digits of v.
func writeHex(b *strings.Builder, prefix string, v uint32, digits int) {
	const hex = "0123456789abcdef"
	b.WriteString(prefix)
	for shift := 4 * (digits - 1); shift >= 0; shift -= 4 {
		b.WriteByte(hex[v>>uint(shift)&0xf])
	}
}

// EscapeMarkdown returns s safe as inline text in a Markdown document or a
// table cell: EscapeText, then a backslash before every character Markdown
// gives a meaning to (emphasis, links, images, code spans, raw HTML and
// entities, headings, quotes and list items, table cell ends).
func EscapeMarkdown(s string) string {
	s = EscapeText(s)
	var b strings.Builder
	b.Grow(len(s) + 8)
	digits := true // only digits so far: "1." or "1)" would start a list
	for i, r := range s {
		if strings.ContainsRune("\\`*_[]<>#|~&", r) || (i == 0 && strings.ContainsRune("-+=", r)) ||
			(digits && i > 0 && (r == '.' || r == ')')) {
			b.WriteByte('\\')
		}
		digits = digits && r >= '0' && r <= '9'
		b.WriteRune(r)
	}
	return b.String()
}

// EscapeMarkdownCode returns s as a Markdown code span that is safe in a
// table cell: EscapeText, "|" escaped (GitHub's tables split cells on it
// even inside code), and a backtick fence longer than any run of
// backticks in s, so the span cannot be closed early.
func EscapeMarkdownCode(s string) string {
	s = strings.ReplaceAll(EscapeText(s), "|", `\|`)
	longest, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") || s == "" {
		s = " " + s + " "
	}
	return fence + s + fence
}

// EscapeHTML returns s safe as HTML text or a quoted attribute value:
// EscapeText, then html.EscapeString. Templates of html/template escape
// markup themselves; pass them EscapeText'ed strings.
func EscapeHTML(s string) string { return html.EscapeString(EscapeText(s)) }
