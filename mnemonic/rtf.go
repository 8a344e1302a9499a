package mnemonic

import (
	"bytes"
	"strconv"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// RTF (WordPad, TextEdit, word processors' exports) writes paragraph
// ends as "\par", letters beyond ASCII as "\'e1" in the document's code
// page or "\u12354?", and formatting as control words between and inside
// words. readRTF writes the text as a reader sees it (the format is
// Microsoft's Rich Text Format Specification 1.9.1): paragraph, line, row
// and page ends are line breaks, tabs and cells tabs, escaped characters
// themselves, and groups that hold no text (the font and colour tables,
// "\*" destinations, pictures) nothing.

// isRTF reports whether text starts an RTF document.
func isRTF(text []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(text[:min(len(text), 64)], " \t\r\n\ufeff"), []byte(`{\rtf`))
}

// rtfBreaks are the control words that end a line or stand for a tab.
var rtfBreaks = map[string]string{
	"par": "\n", "line": "\n", "row": "\n", "sect": "\n", "page": "\n",
	"tab": "\t", "cell": "\t", "emspace": " ", "enspace": " ", "qmspace": " ",
}

// rtfHidden are destinations whose group holds no text of the document
// (tables of fonts, colours, styles and lists, pictures and objects in
// hex, revision and theme data); the text of others, "\*" ones too
// (comments, a document's title), is read.
var rtfHidden = map[string]bool{
	"fonttbl": true, "colortbl": true, "stylesheet": true, "pict": true,
	"object": true, "listtable": true, "listoverridetable": true, "rsidtbl": true,
	"generator": true, "themedata": true, "colorschememapping": true,
	"latentstyles": true, "datastore": true, "xmlnstbl": true, "filetbl": true,
	"revtbl": true, "blipuid": true, "panose": true, "falt": true,
}

// rtfCodePages are the single-byte code pages "\ansicpgN" may name;
// others are read as 1252.
var rtfCodePages = map[int]*charmap.Charmap{
	1250: charmap.Windows1250, 1251: charmap.Windows1251, 1252: charmap.Windows1252,
	1253: charmap.Windows1253, 1254: charmap.Windows1254, 1255: charmap.Windows1255,
	1256: charmap.Windows1256, 1257: charmap.Windows1257, 1258: charmap.Windows1258,
	437: charmap.CodePage437, 850: charmap.CodePage850,
}

// maxRTFDepth bounds the groups followed: deeper nesting is read as one
// level.
const maxRTFDepth = 256

// readRTF returns the plain copy of the RTF document src and its map
// back to src, appended to buf[:0] and pieces[:0].
func readRTF(src, buf []byte, pieces []piece) ([]byte, markupMap) {
	r := plainWriter{src: src, out: buf[:0], m: markupMap{pieces[:0]}}
	cp := charmap.Windows1252
	// skip is the group depth below which text is hidden (0: none);
	// uc is the number of fallback characters after "\uN".
	depth, skip, uc, fallback := 0, 0, 1, 0
	var ucStack [maxRTFDepth]int
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '{':
			if depth < maxRTFDepth {
				ucStack[depth] = uc
			}
			depth++
			r.drop(i, i+1)
			i++
			// A destination that holds no text, maybe after "\*".
			if skip == 0 && i < len(src) && src[i] == '\\' {
				at := i
				if bytes.HasPrefix(src[i:], []byte(`\*\`)) {
					at += 2
				}
				if word, _, _, _ := rtfControl(src, at); rtfHidden[string(word)] {
					skip = depth
				}
			}
		case c == '}':
			if depth > 0 {
				depth--
				if depth < maxRTFDepth {
					uc = ucStack[depth]
				}
			}
			if skip > depth {
				skip = 0
			}
			r.drop(i, i+1)
			i++
		case c == '\r' || c == '\n':
			r.drop(i, i+1) // line ends of the file are not text
			i++
		case c == '\\':
			w, param, hasParam, j := rtfControl(src, i)
			switch word := string(w); {
			case skip > 0 && word == "bin" && hasParam && param > 0:
				j = min(len(src), j+param)
				r.drop(i, j)
			case skip > 0:
				r.drop(i, j)
			case word == "'":
				// \'hh: a byte of the code page.
				if fallback > 0 {
					fallback--
					r.drop(i, j)
					break
				}
				if j+2 <= len(src) {
					if b, err := strconv.ParseUint(string(src[j:j+2]), 16, 8); err == nil {
						j += 2
						r.replace(i, j, string(cp.DecodeByte(byte(b))))
						break
					}
				}
				r.drop(i, j)
			case word == "u" && hasParam:
				v := param
				if v < 0 {
					v += 65536
				}
				s := ""
				if v < 0x10000 && utf8.ValidRune(rune(v)) {
					s = string(rune(v))
				}
				r.replace(i, j, s)
				fallback = uc
			case word == "uc" && hasParam:
				uc = max(0, min(param, 8))
				r.drop(i, j)
			case word == "ansicpg" && hasParam:
				if m := rtfCodePages[param]; m != nil {
					cp = m
				}
				r.drop(i, j)
			case word == "\\" || word == "{" || word == "}":
				r.replace(i, j, word)
			case word == "~" || word == "\n" || word == "\r":
				if word == "~" {
					r.replace(i, j, " ")
				} else {
					r.replace(i, j, "\n") // "\" at a line's end: \par
				}
			default:
				r.replace(i, j, rtfBreaks[word])
			}
			i = j
		default:
			if skip > 0 {
				r.drop(i, i+1)
			} else if fallback > 0 {
				fallback--
				r.drop(i, i+1)
			}
			i++
		}
	}
	r.verbatim(len(src))
	return r.out, r.m
}

// drop leaves src[at:to] out of the copy.
func (r *plainWriter) drop(at, to int) {
	if at == r.copied {
		// Extend the last empty piece rather than add one.
		if n := len(r.m.pieces); n > 0 {
			if p := &r.m.pieces[n-1]; !p.verbatim && p.srcEnd == at && p.plain == len(r.out) {
				p.srcEnd = to
				r.copied = to
				return
			}
		}
	}
	r.replace(at, to, "")
}

// rtfControl reads the control word or symbol at src[i] ('\\'): its
// letters (or the symbol), its numeric parameter and where it ends (after
// the space that delimits a word).
func rtfControl(src []byte, i int) (word []byte, param int, hasParam bool, end int) {
	j := i + 1
	if j >= len(src) {
		return nil, 0, false, j
	}
	if !asciiLetter[src[j]] {
		return src[j : j+1], 0, false, j + 1
	}
	for j < len(src) && asciiLetter[src[j]] && j-i <= 32 {
		j++
	}
	word = src[i+1 : j]
	k := j
	if k < len(src) && src[k] == '-' {
		k++
	}
	d := k
	for k < len(src) && isDigit[src[k]] && k-d < 10 {
		k++
	}
	if k > d {
		p, _ := strconv.Atoi(string(src[j:k]))
		param, hasParam, j = p, true, k
	}
	if j < len(src) && src[j] == ' ' {
		j++
	}
	return word, param, hasParam, j
}
