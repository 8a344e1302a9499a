package audit

import (
	"bytes"
	"context"
	"errors"
	"io"
	"maps"
	"path"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/walletaudit/walletaudit/internal/byteruns"
	"github.com/walletaudit/walletaudit/internal/decode"
	"github.com/walletaudit/walletaudit/internal/detectors/keys"
	"github.com/walletaudit/walletaudit/internal/hint"
)

var nl = []byte{'\n'}

// chunkReader streams an item through a fixed buffer in overlapping
// chunks. Every chunk after the first starts with the last chunkTail bytes
// of the one before; of those, the first chunkLookback bytes are context
// only, and a candidate is reported by the chunk whose own region
// [own0, own1) holds its start. So each secret is reported once, and a
// secret up to chunkTail−chunkLookback bytes long that crosses a boundary
// is still seen whole, with chunkLookback bytes of context before it.
type chunkReader struct {
	buf     []byte
	r       io.Reader
	filled  int   // valid bytes in buf
	eof     bool  // r is exhausted
	carried int   // bytes at the start of buf carried from the last chunk
	offset  int64 // item offset of buf[0]
	line    int   // line number of buf[0]
	col     int   // bytes of buf[0]'s line that come before buf[0]
	// rustTests is one more than the item offset of the first
	// "#[cfg(test)]" seen in a Rust file (0 when none): its unit tests
	// follow it (testCode).
	rustTests int64
	// compiled is set for compiled code (compiledHead): its stretches of
	// text are its own strings, not files or notes, and are not read
	// again as text.
	compiled bool
}

// next fills the buffer and returns the chunk and its own region.
func (c *chunkReader) next() (data []byte, own0, own1 int, err error) {
	if !c.eof && c.filled < len(c.buf) {
		n, rerr := io.ReadFull(c.r, c.buf[c.filled:])
		c.filled += n
		switch {
		case errors.Is(rerr, io.EOF), errors.Is(rerr, io.ErrUnexpectedEOF):
			c.eof = true
		case rerr != nil:
			return nil, 0, 0, rerr
		}
	}
	data = c.buf[:c.filled]
	if c.carried > 0 {
		own0 = chunkLookback
	}
	own1 = len(data)
	if !c.eof {
		own1 = len(data) - (chunkTail - chunkLookback)
	}
	return data, own0, own1, nil
}

func (c *chunkReader) done() bool { return c.eof }

// columnAfter returns the 1-based column of the byte at i of the chunk,
// counting the bytes of its line that earlier chunks held, given nl, the
// offset of the last newline before i in the chunk (-1 for none).
func (c *chunkReader) columnAfter(nl, i int) int {
	if nl >= 0 {
		return i - nl
	}
	return c.col + i + 1
}

func (c *chunkReader) total() int64 { return c.offset + int64(c.filled) }

// advance keeps the tail of the buffer for the next chunk.
func (c *chunkReader) advance() {
	keep := c.filled - chunkTail
	c.line += bytes.Count(c.buf[:keep], nl)
	if i := bytes.LastIndexByte(c.buf[:keep], '\n'); i >= 0 {
		c.col = keep - i - 1
	} else {
		c.col += keep // a line longer than a chunk goes on
	}
	c.offset += int64(keep)
	copy(c.buf, c.buf[keep:c.filled])
	c.filled = chunkTail
	c.carried = chunkTail
}

// withHints returns ctx carrying the hints the prefilter found in a
// chunk's data, hits being its answer for that data alone; ctx as it is
// when no detector reads hints.
func (s *Scanner) withHints(ctx context.Context, hits []bool) context.Context {
	if s.hintAt < 0 {
		return ctx
	}
	return hint.With(ctx, hint.Hints{Electrum: hits[s.hintAt], Key: hits[s.hintAt+1], Brain: hits[s.hintAt+2], HashCall: hits[s.hintAt+3],
		Rot13: hits[s.hintAt+4], Store: hits[s.hintAt+5]})
}

// preferAsWritten drops a phrase read through a misspelt word (Details
// "corrected") where a phrase is also read as written over an overlapping
// span: two decoded views of one string, one of them with a stray letter
// glued to the first word ("c" of a key name before a UTF-16 value). The
// misspelt word is then read as the phrase's own word ("crazor" as
// "razor"), or by its first four letters as another ("crazy"), which
// passes the checksum one time in 16 and is another secret; either way
// the phrase as written is the one stored. It also drops a secret read
// in a decoded view where the chunk's own text (of the chunk's encoding)
// holds it too over an overlapping span, read with as much confidence:
// the text as written has the evidence of its own place. Read with more
// confidence in the view, the secret is reported once, the view's reading
// at the text's place. found is in order of start.
func preferAsWritten(found []located, encoding string) []located {
	var drop []int
	for i, f := range found {
		if f.c.Details["corrected"] != "" && slices.ContainsFunc(found, func(g located) bool {
			return g.c.Details["corrected"] == "" && g.start < f.end && f.start < g.end && g.c.Rule == f.c.Rule
		}) {
			drop = append(drop, i)
			continue
		}
		// The same secret read in the text as written and in a decoded
		// view over it (a JSON string's escaped lines): the reading as
		// written is kept, with its own evidence, wherever the view
		// starts.
		if f.encoding != encoding && slices.ContainsFunc(found, func(g located) bool {
			return g.encoding == encoding && g.start < f.end && f.start < g.end && g.c.Secret.Fingerprint() == f.c.Secret.Fingerprint() &&
				confidenceRank(g.c.Confidence) >= confidenceRank(f.c.Confidence) &&
				// A reading as written through a misspelt word, dropped
				// above for this one, does not drop it in turn.
				(g.c.Details["corrected"] == "" || f.c.Details["corrected"] != "")
		}) {
			drop = append(drop, i)
			continue
		}
		// Read as written, and with more confidence in a view over it (a
		// web page's text, where the key's label stands in the block
		// above it): the view's reading is kept, placed where the text
		// has the secret.
		if f.encoding == encoding && f.c.Details["corrected"] == "" {
			if k := slices.IndexFunc(found, func(g located) bool {
				return g.encoding != encoding && g.start < f.end && f.start < g.end && g.c.Secret.Fingerprint() == f.c.Secret.Fingerprint() &&
					confidenceRank(g.c.Confidence) > confidenceRank(f.c.Confidence)
			}); k >= 0 {
				found[k].start, found[k].end = f.start, f.end
				drop = append(drop, i)
			}
		}
	}
	for k := len(drop) - 1; k >= 0; k-- {
		found = slices.Delete(found, drop[k], drop[k]+1)
	}
	return found
}

// confidenceRank orders confidences, low to high.
func confidenceRank(c Confidence) int {
	switch c {
	case ConfidenceHigh:
		return 2
	case ConfidenceMedium:
		return 1
	}
	return 0
}

// located is a candidate with its span in the chunk (the encoded blob's
// span for a candidate found in a decoded view).
type located struct {
	c          Candidate
	start, end int
	encoding   string
}

// detect runs the detectors on one chunk and on its decoded views.
func (w *itemScanner) detect(ctx context.Context, ch *Chunk, own0, own1 int, cr *chunkReader, it Item, emit func(Candidate, Location) error) error {
	var found []located
	if !ch.Binary {
		// On text the decoders' base64 pass finds these runs anyway.
		// Binary chunks are not decoded: only the base58 detector looks
		// for runs there, and its own pass skips 51 bytes at a time.
		w.runs.Reset(ch.Data)
		ctx = byteruns.With(ctx, &w.runs)
	}
	if cr.eof && cr.offset == 0 {
		// The chunk is the whole item: a blob that is all of it (a
		// file of gzip in base64) is cut at neither edge.
		ctx = decode.WithWhole(ctx)
	}
	w.s.pre.match(ch.Data, w.hits)
	dctx := w.s.withHints(ctx, w.hits)
	// A keyword in the file's name counts too ("private_key.txt" holding
	// a bare hex key).
	nameHits := make([]bool, len(w.hits))
	w.s.pre.match([]byte(path.Base(ch.Path)), nameHits)
	for i, h := range nameHits {
		w.hits[i] = w.hits[i] || h
	}
	for i, d := range w.s.detectors {
		if !w.hits[i] {
			continue
		}
		for _, c := range d.Detect(dctx, ch) {
			if c.Start < own0 || c.Start >= own1 || c.End > len(ch.Data) || c.End < c.Start {
				continue
			}
			found = append(found, located{c: c, start: c.Start, end: c.End, encoding: ch.Encoding})
		}
	}
	var hits []bool
	scanView := func(v view) bool {
		if v.end > len(ch.Data) || v.start > v.end {
			return ctx.Err() == nil
		}
		// A blob decoded that reaches past the chunk's own region (a line
		// of megabytes of base64) places what is found in it by where in
		// the blob it is (view.spread); the chunk owns what starts in its
		// region, the next chunk the rest.
		spread := len(v.cells) == 0 && v.spread[0] > 0 && v.spread[1] > 0 && (v.start < own0 || v.end > own1)
		if len(v.cells) == 0 && !spread && (v.start < own0 || v.start >= own1) || spread && (v.end <= own0 || v.start >= own1) {
			// The view is one span (a blob decoded): it belongs to the
			// chunk that owns its start. A view that maps its lines
			// (text without its colours, a table's cells) may span the
			// whole chunk, the lookback included: what is found in it is
			// owned by where its cells put it.
			return ctx.Err() == nil
		}
		if hits == nil {
			hits = make([]bool, w.s.pre.size())
		}
		vc := &Chunk{Data: v.data, Path: ch.Path, Encoding: v.encoding, Context: v.context, After: linesAfter(ch.Data, v.end)}
		w.s.pre.match(v.data, hits)
		vctx := w.s.withHints(ctx, hits) // the view's own text, not its context
		if len(v.context) > 0 {
			// Key names stay outside the encoded blob.
			ctxHits := make([]bool, len(hits))
			w.s.pre.match(v.context, ctxHits)
			for i, h := range ctxHits {
				hits[i] = hits[i] || h
			}
		}
		if len(vc.After) > 0 {
			// An address written after the view ("raw=[76, 11, …]"
			// over "address=0x…") and a key function it is passed to
			// ("crypto.ToECDSA(raw)") are evidence for the key
			// detectors.
			afterHits := make([]bool, len(hits))
			w.s.pre.match(vc.After, afterHits)
			for i, h := range afterHits {
				hits[i] = hits[i] || h
			}
		}
		for i, d := range w.s.detectors {
			if !hits[i] {
				continue
			}
			for _, c := range d.Detect(vctx, vc) {
				if c.End > len(v.data) || c.Start < 0 || c.End < c.Start {
					continue
				}
				start, end, ok := v.span(c.Start, c.End)
				if spread {
					start = min(v.end, v.start+c.Start*v.spread[0]/v.spread[1])
					end = min(v.end, v.start+(c.End*v.spread[0]+v.spread[1]-1)/v.spread[1])
				}
				if !ok || (len(v.cells) > 0 || spread) && (start < own0 || start >= own1) {
					continue
				}
				found = append(found, located{c: c, start: start, end: end, encoding: v.encoding})
			}
		}
		return ctx.Err() == nil
	}
	if w.s.opts.DecodeDepth > 0 {
		if !ch.Binary && w.s.views != nil {
			w.s.views(dctx, ch.Data, w.s.opts.DecodeDepth, scanView) // the decoders read the hints too
		}
		if sep := tableSeparator(ch.Path, ch.Data); sep != 0 && !ch.Binary {
			tableViews(ctx, ch.Data, sep, scanView)
		}
		if ch.Binary {
			// Strings stored as UTF-16 inside binary files (Windows,
			// a browser's localStorage).
			utf16Strings(ch.Data, func(s, e int, text []byte) bool {
				return scanView(view{data: text, encoding: "utf-16le", start: s, end: e, context: keyBefore(ch.Data, s)})
			})
			if text, ok := nulSeparated(ch.Data); ok {
				// Text whose items NULs part (/proc/<pid>/cmdline's
				// arguments, environ's variables, find -print0's
				// names): the items a line each.
				scanView(view{data: text, encoding: "nul-separated", start: 0, end: len(ch.Data)})
			}
		}
		if ch.Binary && !cr.compiled {
			// gzip streams inside (a cache entry's body) are read
			// inflated.
			gzipStreams(ch.Data, func(s, e int, text []byte) bool {
				return scanView(view{data: text, encoding: "gzip", start: s, end: e})
			})
			// Stretches of text (a disk image's files, a process's
			// notes and scripts) are read as text, and decoded.
			textIslands(ch.Data, func(s, e int) bool {
				island := ch.Data[s:e]
				if !scanView(view{data: island, encoding: "binary-text", start: s, end: e, cells: islandCells(ch.Data, s, e)}) {
					return false
				}
				if w.s.views != nil {
					w.s.views(dctx, island, w.s.opts.DecodeDepth, func(v view) bool {
						v.encoding = "binary-text+" + v.encoding
						v.start, v.end = v.start+s, v.end+s
						if v.cells != nil {
							cells := make([][2]int, len(v.cells))
							for i, c := range v.cells {
								cells[i] = [2]int{c[0] + s, c[1] + s}
							}
							v.cells = cells
						}
						return scanView(v)
					})
				}
				return ctx.Err() == nil
			})
		}
	}
	if len(found) == 0 {
		return nil
	}
	sort.SliceStable(found, func(i, j int) bool { return found[i].start < found[j].start })
	found = preferAsWritten(found, ch.Encoding)
	// Lines and columns are counted on from the finding before: many
	// findings on one long line (minified code) would otherwise each read
	// the line back to its start.
	line, at, lastNL := cr.line, 0, -1
	ign := newIgnoreIndex(ch.Data)
	lang := sourceLang(it.Path)
	docPage := lang == langMarkdown && (strings.HasPrefix(strings.ToLower(path.Base(it.Path)), "readme") || inDocDir(it.Path))
	ext := strings.ToLower(path.Ext(it.Path))
	code := extContext[ext] == "source"
	structured := code || extContext[ext] == "config"
	var examples [][2]int // a JSON document's values under example keys, worked out at its first finding
	examplesRead := ext != ".json"
	if lang == langRust && cr.rustTests == 0 {
		if k := rustTestModule(ch.Data); k >= 0 {
			cr.rustTests = cr.offset + int64(k) + 1
		}
	}
	for _, f := range found {
		line += bytes.Count(ch.Data[at:f.start], nl)
		if k := bytes.LastIndexByte(ch.Data[at:f.start], '\n'); k >= 0 {
			lastNL = at + k
		}
		at = f.start
		loc := Location{
			Path:     it.Path,
			Line:     line,
			EndLine:  line + bytes.Count(ch.Data[f.start:f.end], nl),
			Column:   cr.columnAfter(lastNL, f.start),
			Offset:   cr.offset + int64(f.start),
			Origin:   it.Origin,
			ignored:  ign.ignored(f.start),
			encoding: f.encoding,
			testCode: testCode(lang, code, ch.Data[:lastNL+1], ch.Data[lastNL+1:f.start], cr.rustTests, cr.offset+int64(f.start)) ||
				lang == langJS && jsDocExample(ch.Data[:lastNL+1], ch.Data[lastNL+1:f.start]) ||
				lang == langPython && doctestOutput(ch.Data[:lastNL+1]) ||
				lang == langMarkdown && markdownExample(ch.Data[:lastNL+1], docPage) ||
				lang == langPerl && podExample(ch.Data[:lastNL+1], ch.Data[lastNL+1:f.start]) ||
				structured && exampleKey(ch.Data[lastNL+1:f.start]) || exampleNamed(ch.Data[lastNL+1:f.start]) ||
				testKeyring(ch.Data[lastNL+1:]),
		}
		if !loc.testCode && !examplesRead {
			examples, examplesRead = jsonExampleSpans(ch.Data), true
		}
		if !loc.testCode {
			i := sort.Search(len(examples), func(i int) bool { return examples[i][1] > f.start })
			loc.testCode = i < len(examples) && examples[i][0] <= f.start
		}
		c := withEncoding(f.c, f.encoding)
		if err := emit(c, loc); err != nil {
			return err
		}
	}
	return nil
}

// Bounds of the text after a view that its chunk carries (Chunk.After).
const (
	afterLines = 6
	afterBytes = 1024
)

// linesAfter returns the text of data from end to the end of the
// afterLines-th line after end's own, at most afterBytes long.
func linesAfter(data []byte, end int) []byte {
	rest := data[end:min(len(data), end+afterBytes)]
	at := 0
	for range afterLines + 1 {
		k := bytes.IndexByte(rest[at:], '\n')
		if k < 0 {
			return rest
		}
		at += k + 1
	}
	return rest[:at-1]
}

// rustTestModule returns where the first attribute that compiles what
// follows for tests only stands in a Rust file's text ("#[cfg(test)]",
// "#[cfg(all(test, feature = \"ecdsa\"))]"), or -1.
func rustTestModule(data []byte) int {
	at := -1
	for _, attr := range []string{"#[cfg(test)]", "#[cfg(all(test,", "#[cfg(all(test)"} {
		if k := bytes.Index(data, []byte(attr)); k >= 0 && (at < 0 || k < at) {
			at = k
		}
	}
	return at
}

// Source languages whose files hold tests or examples beside the code.
const (
	langOther = iota
	langRust
	langPython
	langJS       // JavaScript and TypeScript: JSDoc and TSDoc @example blocks
	langMarkdown // Markdown: fenced code blocks introduced as examples
	langPerl     // Perl: the verbatim paragraphs of a module's POD
)

// sourceLang tells Rust, Python (and reStructuredText, where Python's
// doctests are written too), JavaScript and TypeScript sources by their
// extension.
func sourceLang(p string) int {
	switch strings.ToLower(path.Ext(p)) {
	case ".rs":
		return langRust
	case ".py", ".rst":
		return langPython
	case ".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx":
		return langJS
	case ".md", ".markdown", ".mdx":
		return langMarkdown
	case ".pm", ".pl", ".pod":
		return langPerl
	}
	return langOther
}

// podLookback bounds how far back podExample looks for the POD command
// whose block a line is in.
const podLookback = 64 << 10

// podExample reports whether a line, before being its text up to the
// secret, is a verbatim paragraph (indented: the code a module's
// documentation shows, "$pk->import_key({priv => '…'})") of a POD block
// in Perl source: the nearest command line above starts documentation
// ("=head1", "=pod", "=item", …), not "=cut".
func podExample(above, before []byte) bool {
	if len(before) == 0 || before[0] != ' ' && before[0] != '\t' {
		return false
	}
	above = above[max(0, len(above)-podLookback):]
	pod := false
	eachLineAbove(above, len(above)+1, func(line []byte) bool {
		if len(line) < 2 || line[0] != '=' || !asciiLetter(line[1]) {
			return false
		}
		pod = !bytes.HasPrefix(line, []byte("=cut"))
		return true
	})
	return pod
}

// asciiLetter reports whether c is an ASCII letter.
func asciiLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// jsDocLookback bounds how far back jsDocExample looks for the tag
// whose block a line is in.
const jsDocLookback = 4 << 10

// doctestOutput reports whether a line after the text above is the
// output a doctest expects: the line above is one of the doctest's
// (">>> ", "... ") or its output, up to three lines down.
func doctestOutput(above []byte) (out bool) {
	eachLineAbove(above, 4, func(line []byte) bool {
		line = bytes.TrimLeft(line, " \t")
		if len(bytes.TrimSpace(line)) == 0 {
			return true // a blank line ends a doctest's output
		}
		out = bytes.HasPrefix(line, []byte(">>> ")) || bytes.HasPrefix(line, []byte("... "))
		return out
	})
	return out
}

// eachLineAbove calls fn with the lines at the end of above, the nearest
// first, at most n of them, until fn returns true.
func eachLineAbove(above []byte, n int, fn func(line []byte) bool) {
	for range n {
		above = bytes.TrimSuffix(above, nl)
		k := bytes.LastIndexByte(above, '\n')
		if fn(above[k+1:]) || k < 0 {
			return
		}
		above = above[:k+1]
	}
}

// jsDocExample reports whether a secret whose line starts with before,
// after the text above, is in the @example block of a JSDoc or TSDoc
// comment: its line and each line up to the nearest tag go on the
// comment ("*" first), and that tag is @example. A doc comment's example
// is documentation, as a Rust doc example is.
func jsDocExample(above, before []byte) bool {
	lead := bytes.TrimLeft(before, " \t")
	if len(lead) == 0 || lead[0] != '*' || bytes.HasPrefix(lead, []byte("*/")) {
		return false
	}
	if tagged, ok := jsDocTag(lead[1:]); ok {
		return tagged
	}
	above = above[max(0, len(above)-jsDocLookback):]
	tagged := false
	eachLineAbove(above, len(above)+1, func(line []byte) bool {
		line = bytes.TrimLeft(line, " \t")
		switch {
		case bytes.HasPrefix(line, []byte("/**")):
			tagged, _ = jsDocTag(line[3:])
			return true
		case len(line) == 0 || line[0] != '*' || bytes.HasPrefix(line, []byte("*/")):
			return true
		}
		t, ok := jsDocTag(line[1:])
		tagged = t
		return ok
	})
	return tagged
}

// jsDocTag reads the text of a doc-comment line after its "*": ok when it
// starts with a block tag ("@param"), tagged when that tag is @example.
func jsDocTag(text []byte) (tagged, ok bool) {
	text = bytes.TrimLeft(text, " \t")
	if len(text) < 2 || text[0] != '@' || text[1] < 'a' || text[1] > 'z' {
		return false, false
	}
	tag := text[1:]
	if k := bytes.IndexAny(tag, " \t\r"); k >= 0 {
		tag = tag[:k]
	}
	return string(tag) == "example", true
}

// testCode reports whether a secret at item offset off, whose line starts
// with before, after the text above, is test code inside a source file (code: the file is one
// by its extension), as a file under tests/ is: on an assertion's line
// (a library's self-test: "assert(", "assert!", "expect(") or under one
// left open (assertionAbove); in Rust,
// past the file's #[cfg(test)] (the unit-test module, rustTestModule; rustTests is one
// more than its offset, 0 for none) or in a doc comment ("///", "//!",
// whose examples rustdoc runs); in Python, on a doctest line (">>> ",
// "... "); in any language, in a comment that gives it as an example
// (commentExample), or under a comment that says it is not for
// production or is a test vector (devOnlyAbove).
func testCode(lang int, code bool, above, before []byte, rustTests, off int64) bool {
	lead := bytes.TrimLeft(before, " \t")
	if code && (assertion(lead) || assertionAbove(above) || commentExample(lead, above) || devOnlyAbove(above)) {
		return true
	}
	switch lang {
	case langRust:
		return rustTests > 0 && off >= rustTests-1 || bytes.HasPrefix(lead, []byte("///")) || bytes.HasPrefix(lead, []byte("//!"))
	case langPython:
		return bytes.HasPrefix(lead, []byte(">>> ")) || bytes.HasPrefix(lead, []byte("... ")) || pythonDocstring(above)
	}
	return false
}

// commentExample reports whether a line of code starting with lead, after
// the text above, is a comment that gives what follows as an example
// ("// E.g. for a valid mnemonic: …", "# for example: …", " * such as
// …"), or a comment under a comment line that does, up to
// commentExampleLines above it ("// a key similar to:" over "//
// '0x…'"), as documentation does.
func commentExample(lead, above []byte) bool {
	body, ok := commentBody(lead)
	if !ok {
		return false
	}
	if exampleCue(body) {
		return true
	}
	if t := bytes.TrimLeft(body, " \t*"); len(t) > 0 && t[0] == '@' {
		return false // a doc tag of its own ("@param … as '0x…'")
	}
	found := false
	eachLineAbove(above, commentExampleLines, func(line []byte) bool {
		prev, ok := commentBody(bytes.TrimLeft(line, " \t"))
		found = ok && exampleCue(prev)
		return !ok || found
	})
	return found || exampleBlock(above)
}

// exampleBlock reports whether the comment lines right above a comment
// line, up to commentBlockLines, begin with one that gives what follows
// as an example ("# Here's a trimmed version of what an example Electrum
// file looks like" over a wallet file's JSON commented out line by
// line, a hundred lines long). The block ends at a line that is no
// comment, a blank one included.
func exampleBlock(above []byte) bool {
	above = above[max(0, len(above)-commentBlockBytes):]
	var top, second []byte // the block's first two lines, as read so far
	n := 0
	eachLineAbove(above, commentBlockLines, func(line []byte) bool {
		body, ok := commentBody(bytes.TrimLeft(line, " \t"))
		if !ok {
			return true
		}
		top, second, n = body, top, n+1
		return false
	})
	return n > 0 && (exampleCue(top) || second != nil && exampleCue(second))
}

// Bounds of exampleBlock.
const (
	commentBlockLines = 256
	commentBlockBytes = 32 << 10
)

// pythonDocstring reports whether the line after the text above is in
// the docstring of a Python function or class: the nearest triple quote
// above opens a string right under a def or class line (or the end of
// its signature, "):" or ") -> str:"). A docstring documents what the
// code takes and returns ("returns a 24 wordlist:" over a phrase): its
// values are examples.
func pythonDocstring(above []byte) bool {
	above = above[max(0, len(above)-docstringLookback):]
	q := max(bytes.LastIndex(above, []byte(`"""`)), bytes.LastIndex(above, []byte(`'''`)))
	if q < 0 {
		return false
	}
	ls := bytes.LastIndexByte(above[:q], '\n') + 1
	if len(bytes.TrimSpace(above[ls:q])) != 0 || bytes.Count(above[q:], above[q:q+3]) != 1 {
		return false // not a line's first token, or opened and closed on it
	}
	header := false
	eachLineAbove(above[:ls], 3, func(line []byte) bool {
		t := bytes.TrimSpace(line)
		if len(t) == 0 {
			return false
		}
		header = bytes.HasSuffix(t, []byte(":")) && (bytes.HasPrefix(t, []byte("def ")) || bytes.HasPrefix(t, []byte("async def ")) ||
			bytes.HasPrefix(t, []byte("class ")) || t[0] == ')')
		return true
	})
	return header
}

// docstringLookback bounds how far back pythonDocstring looks for the
// docstring's opening quotes.
const docstringLookback = 8 << 10

// devOnlyAbove reports whether a comment on one of the few lines above a
// line of code, up to a blank line, says that what follows is not for
// production ("// Not secure. Do not use for production purposes" over
// "export const l1mnemonic =" over the phrase, in a test node's
// constants): a value kept for development and tests.
func devOnlyAbove(above []byte) bool {
	found := false
	eachLineAbove(above, devOnlyLines, func(line []byte) bool {
		t := bytes.TrimLeft(line, " \t")
		if len(bytes.TrimSpace(t)) == 0 {
			return true
		}
		body, ok := commentBody(t)
		found = ok && devOnlyCue(body)
		return found
	})
	return found
}

// devOnlyLines is how many lines above a value devOnlyAbove reads: the
// comment, and a statement broken before its value.
const devOnlyLines = 3

// devOnlyCue reports whether a comment's text says that a value is not
// for production, or is a published test vector ("Test vector from RFC
// 6979 Appendix 2.5").
func devOnlyCue(body []byte) bool {
	lower := bytes.ReplaceAll(bytes.ToLower(body), []byte("don't"), []byte("do not"))
	for _, cue := range []string{"not for production", "not use in production", "not use for production", "never use in production",
		"not be used in production", "for testing only", "for tests only", "for development only", "for local development only",
		"testing purposes only", "test purposes only", "test vector"} {
		if bytes.Contains(lower, []byte(cue)) {
			return true
		}
	}
	return false
}

// commentExampleLines is how many comment lines above a comment are
// looked in for the cue of an example.
const commentExampleLines = 3

// commentBody returns the text of a comment line that starts with lead,
// after its mark.
func commentBody(lead []byte) ([]byte, bool) {
	for _, mark := range []string{"//", "/*", "*", "#", "--", ";"} {
		if body, ok := bytes.CutPrefix(lead, []byte(mark)); ok {
			return body, true
		}
	}
	return nil, false
}

// markdownExample reports whether a secret whose line comes after the
// text above is in a fenced code block of a Markdown file that is an
// example: a README's or a documentation page's block of a programming
// language's code (code a project shows its readers; not a pasted .env
// or shell session, which a README may give as the one its authors
// use), a block that the paragraph introducing it says is one ("Your
// output should look something like this:", "For example:"), or Rust
// written for rustdoc, which runs it as a test (its hidden lines, "#
// use …").
// Fences are counted from the start of the text above, at most
// markdownLookback bytes back.
func markdownExample(above []byte, docPage bool) bool {
	above = above[max(0, len(above)-markdownLookback):]
	var fenceChar byte         // the open block's fence character, 0 outside blocks
	var info []byte            // the open block's info string ("rust,no_run")
	opened, hidden := 0, false // where the open block's fence line starts; a rustdoc hidden line in it
	for at := 0; at < len(above); {
		end := bytes.IndexByte(above[at:], '\n')
		if end < 0 {
			end = len(above)
		} else {
			end += at
		}
		line := bytes.TrimLeft(above[at:end], " \t")
		switch {
		case len(line) >= 3 && (line[0] == '`' || line[0] == '~') && line[1] == line[0] && line[2] == line[0]:
			if fenceChar == 0 {
				fenceChar, opened, hidden = line[0], at, false
				info = bytes.TrimSpace(bytes.TrimLeft(line, string(line[0])))
			} else if line[0] == fenceChar {
				fenceChar = 0
			}
		case fenceChar != 0 && (bytes.HasPrefix(line, []byte("# ")) || bytes.Equal(bytes.TrimRight(line, "\r"), []byte("#"))):
			hidden = true
		}
		at = end + 1
	}
	if fenceChar == 0 {
		return false
	}
	if docPage && codeBlock(info) || hidden && bytes.HasPrefix(info, []byte("rust")) {
		return true
	}
	// The paragraph above the fence: up to two lines, after blank ones.
	cue, seen := false, 0
	eachLineAbove(above[:opened], markdownCueLines, func(line []byte) bool {
		if len(bytes.TrimSpace(line)) == 0 {
			return seen > 0
		}
		seen++
		cue = introducesExample(line)
		return cue || seen == 2
	})
	return cue
}

// codeBlock reports whether a fenced block's info string ("ts",
// "rust,no_run", "python title=x.py") names a programming language.
func codeBlock(info []byte) bool {
	end := 0
	for end < len(info) && (info[end] >= 'a' && info[end] <= 'z' || info[end] >= 'A' && info[end] <= 'Z' || info[end] == '+' || info[end] == '#') {
		end++
	}
	return codeLangs[strings.ToLower(string(info[:end]))]
}

// codeLangs are the info strings of programming languages' code blocks.
var codeLangs = map[string]bool{
	"js": true, "javascript": true, "mjs": true, "cjs": true, "jsx": true, "ts": true, "typescript": true, "tsx": true,
	"rust": true, "rs": true, "python": true, "py": true, "go": true, "golang": true, "java": true, "kotlin": true,
	"kt": true, "swift": true, "c": true, "cpp": true, "c++": true, "csharp": true, "cs": true, "c#": true, "ruby": true,
	"rb": true, "php": true, "solidity": true, "sol": true, "dart": true, "scala": true, "haskell": true, "hs": true,
	"elixir": true, "lua": true, "zig": true, "move": true, "cairo": true, "vyper": true,
}

// testKeyring reports whether the line that starts rest, a secret's,
// passes it to a Cosmos SDK chain's CLI with the keyring backend "test"
// ("echo \"<words>\" | osmosisd keys add val --recover --keyring-backend
// test"): the backend for tests, which keeps keys unencrypted, of local
// chains' development accounts.
func testKeyring(rest []byte) bool {
	line := rest
	if k := bytes.IndexByte(rest, '\n'); k >= 0 {
		line = rest[:k]
	}
	for _, flag := range []string{"--keyring-backend test", "--keyring-backend=test", "--keyring-backend \"test\""} {
		if i := bytes.Index(line, []byte(flag)); i >= 0 && (i+len(flag) == len(line) || !isAlnum(line[i+len(flag)])) {
			return true
		}
	}
	return false
}

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c byte) bool {
	return asciiLetter(c) || c >= '0' && c <= '9'
}

// inDocDir reports whether a path is under a directory of docDirNames: a
// project's or a package's documentation (bitcore-lib/docs/privatekey.md),
// whose code blocks show its readers the code as a README's do.
func inDocDir(p string) bool {
	dir := path.Dir(strings.ReplaceAll(p, "\\", "/"))
	for _, seg := range strings.Split(dir, "/") {
		if slices.Contains(docDirNames, strings.ToLower(seg)) {
			return true
		}
	}
	return false
}

// markdownLookback bounds how far back markdownExample counts fences.
const markdownLookback = 256 << 10

// markdownCueLines is how many lines above a fence markdownExample reads
// for its paragraph, blank lines between them included.
const markdownCueLines = 4

// introducesExample reports whether a line of prose introduces what
// follows as an example or a sample of output.
func introducesExample(line []byte) bool {
	if exampleCue(line) {
		return true
	}
	lower := bytes.ToLower(line)
	for _, cue := range []string{"something like", "looks like", "look like", "sample"} {
		if bytes.Contains(lower, []byte(cue)) {
			return true
		}
	}
	return false
}

// exampleCue reports whether a comment's text says that what it gives is
// an example.
func exampleCue(body []byte) bool {
	body = bytes.ToLower(body)
	for _, cue := range []string{"e.g.", "example", "for instance", "such as", "similar to"} {
		if bytes.Contains(body, []byte(cue)) {
			return true
		}
	}
	return false
}

// jsonExampleSpans returns, in order, the spans of the values of a JSON
// document's keys named example or examples (exampleKey's names), the
// outermost only: OpenAPI's and JSON Schema's examples, and the request
// and response pairs an API's reference gives under "examples" (Core
// Lightning's schemas: {"examples": [{"request": …, "response":
// {"mnemonic": "<words>"}}]}). Text that holds no such key is not read.
func jsonExampleSpans(data []byte) [][2]int {
	if !bytes.Contains(data, []byte(`"example`)) && !bytes.Contains(data, []byte(`"x-example`)) {
		return nil
	}
	var spans [][2]int
	depth, open := 0, -1 // open: the depth of the example container open, -1 for none
	pending := false     // the last key was an example's, its value not yet begun
	start := 0
	for i := 0; i < len(data); i++ {
		switch c := data[i]; c {
		case '"':
			e := i + 1
			for e < len(data) && data[e] != '"' {
				if data[e] == '\\' {
					e++
				}
				e++
			}
			if e >= len(data) {
				return spans
			}
			j := e + 1
			for j < len(data) && (data[j] == ' ' || data[j] == '\t' || data[j] == '\r' || data[j] == '\n') {
				j++
			}
			switch {
			case j < len(data) && data[j] == ':':
				pending = exampleKey(append(data[i:e+1:e+1], ':'))
			case pending && open < 0:
				spans = append(spans, [2]int{i, e + 1})
				pending = false
			default:
				pending = false
			}
			i = e
		case '{', '[':
			if pending && open < 0 {
				open, start = depth, i
			}
			pending = false
			depth++
		case '}', ']':
			depth--
			if depth == open {
				spans = append(spans, [2]int{start, i + 1})
				open = -1
			}
		}
	}
	return spans
}

// exampleKey reports whether the text before a value on its line ends
// in a key named example: OpenAPI's and JSON Schema's "example" and
// "examples" (an API's documentation of a field: "Mnemonic": {"type":
// "string", "example": "<words>"}), and their "x-example" extension, in
// JSON, YAML or code.
func exampleKey(before []byte) bool {
	t := bytes.TrimRight(before, " \t\"'")
	k, ok := bytes.CutSuffix(t, []byte(":"))
	if !ok {
		return false
	}
	k = bytes.TrimRight(k, " \t\"'")
	i := len(k)
	for i > 0 && (k[i-1] >= 'a' && k[i-1] <= 'z' || k[i-1] >= 'A' && k[i-1] <= 'Z' || k[i-1] == '-') {
		i--
	}
	switch strings.ToLower(string(k[i:])) {
	case "example", "examples", "x-example", "x-examples":
		return true
	}
	return false
}

// exampleWords name a value made up to show a form, not kept.
var exampleWords = map[string]bool{"example": true, "examples": true, "sample": true, "dummy": true, "fake": true, "placeholder": true, "mock": true}

// secretWords name what exampleNamed's names hold besides.
var secretWords = map[string]bool{"key": true, "private": true, "priv": true, "pk": true, "secret": true, "seed": true, "mnemonic": true, "phrase": true, "wif": true, "xprv": true}

// exampleNamed reports whether the text before a value on its line
// assigns it to a name that says it is an example of a key or a seed
// ("const EXAMPLE_KEY = \"0x…\"", "example_private_key = 0x…",
// "dummyKey: …"): an assistant's or a tutorial's made-up key, scored as
// a test's. A name of an example word alone ("example := …",
// "examples_dir") may name anything.
func exampleNamed(before []byte) bool {
	t := bytes.TrimRight(before, " \t\"'`")
	for _, op := range []string{":=", "=", ":"} {
		if k, ok := bytes.CutSuffix(t, []byte(op)); ok {
			t = bytes.TrimRight(k, " \t\"'")
			i := len(t)
			for i > 0 && (t[i-1]|0x20 >= 'a' && t[i-1]|0x20 <= 'z' || t[i-1] >= '0' && t[i-1] <= '9' || t[i-1] == '_' || t[i-1] == '-') {
				i--
			}
			example, secret := false, false
			for _, w := range keys.NameWords(string(t[i:])) {
				example = example || exampleWords[w]
				secret = secret || secretWords[w]
			}
			return example && secret
		}
	}
	return false
}

// assertionAbove reports whether the line at the end of above is an
// assertion left open ("assertEquals(" over the expected value): a
// formatter broke the assertion before the value.
func assertionAbove(above []byte) bool {
	above = bytes.TrimRight(above, " \t\r\n")
	if len(above) == 0 || above[len(above)-1] != '(' && above[len(above)-1] != ',' {
		return false
	}
	return assertion(bytes.TrimLeft(above[bytes.LastIndexByte(above, '\n')+1:], " \t"))
}

// assertion reports whether a line of code starting with lead is an
// assertion: assert (as a call, macro, statement or method: "assert(",
// "assert!(", "assert ", "assert.equal(", "assertEquals(",
// "assert_eq!(") or expect( as test frameworks write it.
func assertion(lead []byte) bool {
	if bytes.HasPrefix(lead, []byte("expect(")) {
		return true
	}
	rest, ok := bytes.CutPrefix(lead, []byte("assert"))
	if !ok || len(rest) == 0 {
		return false
	}
	switch c := rest[0]; {
	case c == '(' || c == '!' || c == ' ' || c == '.' || c == '_':
		return true
	case c >= 'A' && c <= 'Z':
		return true
	}
	return false
}

// withEncoding records the decoder a candidate came through.
func withEncoding(c Candidate, enc string) Candidate {
	if enc == "" {
		return c
	}
	return withDetail(c, "encoding", enc)
}

// withDetail returns c with one more detail, leaving the detector's map
// untouched.
func withDetail(c Candidate, k, v string) Candidate {
	d := maps.Clone(c.Details)
	if d == nil {
		d = make(map[string]string, 1)
	}
	d[k] = v
	c.Details = d
	return c
}

// span returns the span of the chunk a candidate found at data[s:e] of
// the view stands for: the cells its first and last bytes were read from
// when the view maps its lines (records, a column), else the view's. ok
// is false when the candidate is no way a phrase is kept in cells of
// values apart (valueCells): one word a cell (a column of words, maybe
// each after its number), or a
// few cells of several words each (a phrase sent in two to four
// messages), not many cells of a word or two each (short messages of
// list words, one after the other). The lines of one text (a log without
// its colours) hold a keystore over many.
func (v view) span(s, e int) (start, end int, ok bool) {
	if len(v.cells) == 0 {
		return v.start, v.end, true
	}
	first := bytes.Count(v.data[:s], nl)
	last := first + bytes.Count(v.data[s:max(s, e-1)], nl)
	if last >= len(v.cells) {
		return v.start, v.end, true
	}
	if last-first+1 > maxPhraseCells && valueCells(v.encoding) {
		// Many cells: one word each, or none of it.
		ls := bytes.LastIndexByte(v.data[:s], '\n') + 1
		le := len(v.data)
		if k := bytes.IndexByte(v.data[max(s, e-1):], '\n'); k >= 0 {
			le = max(s, e-1) + k
		}
		for cell := range bytes.SplitSeq(v.data[ls:le], nl) {
			// A word's number before it ("7. w7") is no second word.
			cell = cell[decode.WordNumber(cell):]
			if bytes.ContainsRune(cell, ' ') || bytes.ContainsRune(cell, '\u3000') {
				return 0, 0, false
			}
		}
	}
	if last > first && innerEncoding(v.encoding) == "column" && !wholeCells(v.data, s, e) {
		// A table's column read down: a phrase kept over a few of its
		// cells fills them ("words 1-12" over "words 13-24"); a window
		// that starts or ends inside a cell of several words is words of
		// two rows' notes that pass the checksum by chance.
		return 0, 0, false
	}
	// Cells in another order than the text's (a notebook's source before
	// its outputs) still give a span from its start to its end.
	a, b := v.cells[first], v.cells[last]
	return min(a[0], b[0]), max(a[1], b[1]), true
}

// maxNulSeparated bounds the text nulSeparated reads: a process's
// arguments and environment, a list of names.
const maxNulSeparated = 1 << 20

// nulSeparated returns data with its NULs as line breaks when data is
// text whose items NULs part: printable UTF-8 but for the NULs, two or
// more of them, none two in a row but at the end.
func nulSeparated(data []byte) ([]byte, bool) {
	// Binary data has two NULs in a row within its first bytes, most
	// often: that test comes first.
	if len(data) > maxNulSeparated || bytes.Contains(bytes.TrimRight(data, "\x00"), []byte{0, 0}) || bytes.Count(data, []byte{0}) < 2 {
		return nil, false
	}
	text := bytes.ReplaceAll(data, []byte{0}, nl)
	if !utf8.Valid(text) {
		return nil, false
	}
	for _, c := range text {
		if c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7f {
			return nil, false
		}
	}
	return text, true
}

// valueCells reports whether the cells of a view of encoding enc are
// values apart (a list's records, a chat's messages, a column's cells)
// rather than the lines of one text (without its colours, stamps or
// ROT13): only values apart limit how many cells a secret spans.
func valueCells(enc string) bool {
	switch innerEncoding(enc) {
	case "records", "chat", "column":
		return true
	}
	return false
}

// innerEncoding returns the last decoder of a view's encoding
// ("ansi+timestamped" → "timestamped"): the view whose lines its cells
// are.
func innerEncoding(enc string) string { return enc[strings.LastIndexByte(enc, '+')+1:] }

// wholeCells reports whether [s, e) of a view that holds a cell a line
// starts at its first line's start and ends at its last line's end, but
// for spaces and punctuation.
func wholeCells(data []byte, s, e int) bool {
	ls := bytes.LastIndexByte(data[:s], '\n') + 1
	le := len(data)
	if k := bytes.IndexByte(data[e:], '\n'); k >= 0 {
		le = e + k
	}
	const outside = " \t\r.,;:!?\"'"
	return len(bytes.Trim(data[ls:s], outside)) == 0 && len(bytes.Trim(data[e:le], outside)) == 0
}

// maxPhraseCells is the most cells of several words a phrase is read
// across: a phrase sent in two to four messages.
const maxPhraseCells = 4

// cellsSuffix ends the name of the member a spreadsheet's sheet is read
// as, a row a line, cells apart by tabs ("xl/worksheets/sheet1.xml
// (cells)").
const cellsSuffix = " (cells)"

// tableSeparator returns the separator of the fields of a table's rows
// when the file at p is one (CSV, TSV, the cells of a spreadsheet's
// sheet as this scan reads them), else 0. A CSV file's separator is the
// one of comma, semicolon and tab its first line holds most of.
func tableSeparator(p string, data []byte) rune {
	if strings.HasSuffix(p, cellsSuffix) {
		return '\t'
	}
	switch strings.ToLower(path.Ext(p)) {
	case ".tsv", ".tab":
		return '\t'
	case ".csv":
		first := data
		if k := bytes.IndexByte(first, '\n'); k >= 0 {
			first = first[:k]
		}
		sep, most := ',', 0
		for _, c := range []rune{',', ';', '\t'} {
			if n := bytes.Count(first, []byte(string(c))); n > most {
				sep, most = c, n
			}
		}
		return sep
	}
	return 0
}
