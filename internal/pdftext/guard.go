package pdftext

import (
	"bytes"
	"compress/zlib"
	"context"
	"fmt"
	"io"
	"strconv"
)

// guard reads the file once before the parser does and refuses what the
// parser would not survive: nesting deeper than maxNesting (it recurses),
// object numbers past lim.Objects in cross-reference data (it allocates a
// table that long), and compressed streams whose decompressed bytes
// exceed the budget (counted into it).
func guard(ctx context.Context, r io.ReaderAt, size int64, lim Limits, budget *int64) error {
	if size < 0 || size > lim.Bytes {
		return fmt.Errorf("%w: file of %d bytes", ErrLimit, size)
	}
	data := make([]byte, size)
	if n, err := r.ReadAt(data, 0); int64(n) < size {
		return fmt.Errorf("pdftext: %w", err)
	}
	g := &guardScan{ctx: ctx, lim: lim, budget: budget}
	return g.scan(data, true)
}

type guardScan struct {
	ctx    context.Context
	lim    Limits
	budget *int64
	// zr is reused from stream to stream (its 32 KiB window is
	// allocated once); objStm holds an object stream's bytes.
	zr     io.ReadCloser
	objStm bytes.Buffer
}

func isSpace(c byte) bool {
	return c == 0 || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' '
}

func isDelim(c byte) bool {
	return bytes.IndexByte([]byte("()<>[]{}/%"), c) >= 0
}

// nesting checks that arrays and dictionaries in data nest at most
// maxNesting deep (strings and comments skipped).
func nesting(data []byte) error {
	_, err := (&guardScan{}).walk(data, false, nil)
	return err
}

// The parser's interpreter (pdf.Interpret) keeps every operand on a stack
// until an operator takes them, and every element of an array in one
// slice: a few kilobytes of compressed "0 0 0 …" became gigabytes of
// stack. These bound what a stream may make it hold.
const (
	// maxOperands bounds the operands (array and dictionary elements
	// included) between two operators of a content stream, whose
	// operators each clear the stack. No operator takes more than a few;
	// a TJ array holds one per piece of a line.
	maxOperands = 1 << 16
	// maxCMapOperands bounds the operands of a whole ToUnicode CMap,
	// whose interpreter leaves on the stack what an operator it does not
	// know was given; the CMap of a large CJK font holds some 40,000.
	maxCMapOperands = 1 << 18
	// maxCMap bounds the decompressed bytes of a ToUnicode CMap.
	maxCMap = 8 << 20
)

// interpretable checks a content stream (cmap false) or a ToUnicode CMap
// before the interpreter reads it, in one pass: arrays and dictionaries
// nested within maxNesting (as nesting checks) and the operands it would
// stack within maxOperands, or maxCMapOperands for a whole CMap. Keywords
// the interpreter handles itself ("def", "begin", "currentdict", …) never
// clear the stack, and after "begin" a keyword may be a defined name that
// pushes its value: from there every keyword counts as an operand.
func interpretable(data []byte, cmap bool) error {
	limit := maxOperands
	if cmap {
		limit = maxCMapOperands
	}
	n, depth := 0, 0
	defines := false // a "begin" was seen
	for i := 0; i < len(data); {
		kind, s, e := nextToken(data, i)
		i = e
		switch kind {
		case tokEOF:
			return nil
		case tokOpen:
			if depth++; depth > maxNesting {
				return fmt.Errorf("%w: arrays or dictionaries nested deeper than %d", ErrLimit, maxNesting)
			}
			continue
		case tokClose:
			depth = max(depth-1, 0)
			continue
		case tokWord:
			tok := data[s:e]
			if tok[0] != '/' && !isNumber(tok) {
				switch string(tok) {
				case "true", "false", "null", "currentdict":
				case "begin":
					defines = true
					continue
				case "dict", "end", "def", "pop":
					continue
				default:
					if !cmap && !defines {
						n = 0 // an operator: the stack is cleared
						continue
					}
				}
			}
		}
		if n++; n > limit {
			return fmt.Errorf("%w: more than %d operands without an operator", ErrLimit, limit)
		}
	}
	return nil
}

// The kinds of token nextToken tells apart.
const (
	tokEOF    = iota
	tokString // (…)
	tokHex    // <…>
	tokOpen   // << or [
	tokClose  // >> or ]
	tokWord   // a name, number or keyword, or a delimiter by itself
)

// nextToken lexes data loosely, as the guards need it: it skips the white
// space and comments from data[i] and returns the kind of the token there,
// where it starts and where it ends (past len(data) for an unclosed hex
// string).
func nextToken(data []byte, i int) (kind, start, end int) {
	for i < len(data) {
		c := data[i]
		switch {
		case isSpace(c):
			i++
			continue
		case c == '%':
			for i < len(data) && data[i] != '\n' && data[i] != '\r' {
				i++
			}
			continue
		case c == '(':
			return tokString, i, stringEnd(data, i)
		case c == '<' && i+1 < len(data) && data[i+1] == '<':
			return tokOpen, i, i + 2
		case c == '[':
			return tokOpen, i, i + 1
		case c == '<':
			j := i
			for j < len(data) && data[j] != '>' {
				j++
			}
			return tokHex, i, j + 1
		case c == '>' && i+1 < len(data) && data[i+1] == '>':
			return tokClose, i, i + 2
		case c == ']':
			return tokClose, i, i + 1
		}
		j := i + 1
		for j < len(data) && !isSpace(data[j]) && !isDelim(data[j]) {
			j++
		}
		return tokWord, i, j
	}
	return tokEOF, i, i
}

// stringEnd returns the offset after the literal string that opens at
// data[i] ('('), nested parentheses and escapes followed.
func stringEnd(data []byte, i int) int {
	nest := 0
	for i < len(data) {
		switch data[i] {
		case '\\':
			i++
		case '(':
			nest++
		case ')':
			nest--
		}
		i++
		if nest == 0 {
			break
		}
	}
	return i
}

// isNumber reports whether tok reads as a PDF number: digits with an
// optional sign and at most one point.
func isNumber(tok []byte) bool {
	digits, points := 0, 0
	for k := 0; k < len(tok); k++ {
		switch c := tok[k]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.':
			points++
		case (c == '+' || c == '-') && k == 0:
		default:
			return false
		}
	}
	return digits > 0 && points <= 1
}

func (g *guardScan) scan(data []byte, top bool) error {
	_, err := g.walk(data, top, g)
	return err
}

// walk lexes data loosely. With top set it also reads the stream bodies
// and cross-reference sections of a whole file; g (when non-nil) holds
// the limits and budget.
func (g *guardScan) walk(data []byte, top bool, lim *guardScan) (int, error) {
	depth := 0
	var prev string    // the previous token
	var arrayOf string // the name an open array belongs to (/Index, /W)
	objStart := 0      // where the last object began (its dictionary is before "stream")
	xrefPairs := -1    // within an xref section: tokens left of the entries, or -1
	var xrefNums []int64
	for i := 0; i < len(data); {
		kind, s, e := nextToken(data, i)
		i = e
		switch kind {
		case tokEOF:
			return len(data), nil
		case tokString:
			prev = "()"
			continue
		case tokHex:
			prev = "<>"
			continue
		case tokOpen:
			depth++
			if data[s] == '[' && (prev == "/Index" || prev == "/W") {
				arrayOf = prev
			}
			if depth > maxNesting {
				return i, fmt.Errorf("%w: arrays or dictionaries nested deeper than %d", ErrLimit, maxNesting)
			}
			prev = ""
			continue
		case tokClose:
			depth = max(depth-1, 0)
			if data[s] == ']' {
				arrayOf = ""
			}
			prev = ""
			continue
		}
		if lim == nil {
			continue
		}
		tok := string(data[s:e])
		if n, err := strconv.ParseInt(tok, 10, 64); err == nil {
			objects := lim.lim.Objects
			switch {
			case prev == "/Size" && n > objects,
				arrayOf == "/Index" && n > objects,
				arrayOf == "/W" && n > 16:
				return i, fmt.Errorf("%w: cross-reference data declares %s %d", ErrLimit, prev+arrayOf, n)
			}
			if xrefPairs >= 0 {
				xrefNums = append(xrefNums, n)
				if xrefPairs == 0 && len(xrefNums) == 2 {
					if xrefNums[0]+xrefNums[1] > objects || xrefNums[0] < 0 || xrefNums[1] < 0 {
						return i, fmt.Errorf("%w: cross-reference table of objects %d+%d", ErrLimit, xrefNums[0], xrefNums[1])
					}
					xrefPairs = int(xrefNums[1]) * 2 // offset and generation of each
					xrefNums = xrefNums[:0]
				} else if xrefPairs > 0 {
					xrefPairs--
					xrefNums = xrefNums[:0]
				}
			}
			if prev != "/Size" && arrayOf == "" {
				prev = "0"
			}
			continue
		}
		switch tok {
		case "obj":
			objStart = i
		case "xref":
			if top {
				xrefPairs, xrefNums = 0, xrefNums[:0]
			}
		case "n", "f":
		case "trailer":
			xrefPairs = -1
		case "stream":
			if !top {
				break
			}
			start := i
			if start < len(data) && data[start] == '\r' {
				start++
			}
			if start < len(data) && data[start] == '\n' {
				start++
			}
			end := bytes.Index(data[start:], []byte("endstream"))
			if end < 0 {
				end = len(data) - start
			}
			body := data[start : start+end]
			dict := data[objStart:min(i, len(data))]
			if err := lim.stream(dict, body); err != nil {
				return i, err
			}
			i = start + end + len("endstream")
			depth = 0 // the stream's dictionary ended before it
		}
		prev = tok
	}
	return len(data), nil
}

// stream counts a compressed stream's decompressed bytes into the budget
// and checks the nesting of the objects an object stream holds.
func (g *guardScan) stream(dict, body []byte) error {
	if err := g.ctx.Err(); err != nil {
		return err
	}
	if !bytes.Contains(dict, []byte("FlateDecode")) {
		return nil
	}
	var err error
	if g.zr == nil {
		g.zr, err = zlib.NewReader(bytes.NewReader(body))
	} else {
		err = g.zr.(zlib.Resetter).Reset(bytes.NewReader(body), nil)
	}
	if err != nil {
		g.zr = nil
		return nil // the parser fails on it the same way
	}
	// Only an object stream's bytes are looked at again; the others are
	// counted against the budget as they stream past.
	objStm := bytes.Contains(dict, []byte("/ObjStm"))
	lr := io.LimitReader(g.zr, *g.budget+1)
	var n int64
	if objStm {
		g.objStm.Reset()
		n, _ = g.objStm.ReadFrom(lr)
	} else {
		n, _ = io.Copy(io.Discard, lr)
	}
	*g.budget -= n
	if *g.budget < 0 {
		return fmt.Errorf("%w: decompressed stream bytes", ErrLimit)
	}
	if objStm {
		return nesting(g.objStm.Bytes())
	}
	return nil
}
