// Package hostile holds what the tests of human-facing outputs share:
// the check that no character a terminal or a bidi-aware viewer acts on
// reached the output raw.
package hostile

import "strings"

// RawControl reports whether s holds a character a terminal acts on (C0
// but line feeds, DEL, C1) or a bidi embedding, override or isolate.
func RawControl(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool {
		return (r < 0x20 && r != '\n') || r == 0x7f || (r >= 0x80 && r <= 0x9f) ||
			(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
	})
}
