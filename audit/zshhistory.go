package audit

import (
	"path"
	"strings"

	"golang.org/x/text/transform"
)

// zsh writes its history "metafied": a byte that its lexer would read as
// a token (0x83 to 0xa2) or a NUL is written as the byte Meta (0x83) and
// then the byte XOR 0x20 (zsh's own source, Src/utils.c metafy and
// unmetafy). Many bytes that go on a UTF-8 character (0x83-0xa2) are
// among them: "á" (C3 A1) is written C3 83 81, and a phrase in Spanish,
// Czech or Japanese in ~/.zsh_history is garbled until read back.

// zshMeta is zsh's Meta byte.
const zshMeta = 0x83

// zshHistory reports whether name, a path, is one of the names zsh and
// its frameworks give the history file.
func zshHistory(name string) bool {
	switch strings.ToLower(path.Base(name)) {
	case ".zsh_history", ".zhistory", "zsh_history", ".histfile":
		return true
	}
	return false
}

// unmetafy is a transformer that reads zsh's metafied bytes back.
type unmetafy struct{ transform.NopResetter }

func (unmetafy) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		if nDst >= len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		c := src[nSrc]
		if c == zshMeta {
			if nSrc+1 == len(src) {
				if !atEOF {
					return nDst, nSrc, transform.ErrShortSrc
				}
				// A Meta byte last: written as it is.
			} else {
				dst[nDst] = src[nSrc+1] ^ 0x20
				nDst, nSrc = nDst+1, nSrc+2
				continue
			}
		}
		dst[nDst] = c
		nDst, nSrc = nDst+1, nSrc+1
	}
	return nDst, nSrc, nil
}
