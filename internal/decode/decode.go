// Package decode finds text that was encoded before it leaked — base64
// (standard and URL-safe), hex of text, URL percent-encoding and JSON
// string escapes, \x escapes in string and bytes literals, arrays of
// character codes and of byte values — and yields decoded views of it, each mapped back to the
// span of the encoded text, so that a secret found in a view is reported
// at the line of the blob that holds it.
package decode

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"io"
	"math/big"
	"mime/quotedprintable"
	"net/url"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/walletaudit/walletaudit/internal/byteruns"
)

// View is decoded text and where its encoding was.
type View struct {
	// Data is the decoded text.
	Data []byte
	// Encoding names the decoder: "base64", "hex", "url", "json-string",
	// joined with "+" for nested layers ("base64+url").
	Encoding string
	// Start and End are the span of the encoded text in the input.
	Start, End int
	// Context is up to 64 bytes of the input before Start (the name the
	// blob was assigned to, for example).
	Context []byte
	// Cells, when set, maps the lines of Data back to the input: line i
	// of Data is the text at Cells[i] (the values of a list of records,
	// the cells of a column), so that a secret found on a few lines of
	// a long view is placed at its own.
	Cells [][2]int
	// Spread, when not zero, says that Data is spread evenly over the
	// input's [Start, End): byte i of Data comes from about
	// Start + i*Spread[0]/Spread[1] (four characters for three bytes in
	// base64). A long blob's view carries it, so that a secret in the
	// blob is placed at its own place, not at the blob's start.
	Spread [2]int
}

// Limits.
const (
	minBase64   = 24      // shortest base64 run decoded
	minHex      = 48      // shortest hex run decoded as text
	maxRun      = 1 << 20 // longest run decoded
	maxCutRun   = 2 << 20 // longest run decoded that a chunk's edge may cut (base64Run)
	contextSize = 64
)

// Views calls fn for every decoded view of data, peeling up to depth
// layers of encoding. It stops when fn returns false, and when ctx is
// done, returning ctx's error. Each decoder makes one forward pass over
// data, so the time is linear in its size whatever it holds. Views
// allocates nothing when data holds no encoded text.
func Views(ctx context.Context, data []byte, depth int, fn func(View) bool) error {
	w := &walker{ctx: ctx, runs: byteruns.From(ctx), whole: ctx.Value(wholeKey{}) != nil}
	views(w, data, depth, "", 0, 0, nil, nil, fn)
	return w.err
}

// wholeKey is the key of WithWhole's value.
type wholeKey struct{}

// WithWhole returns ctx saying that the data Views is given is a whole
// item, not a chunk of a longer one: a run at its very start or end is not
// cut there.
func WithWhole(ctx context.Context) context.Context { return context.WithValue(ctx, wholeKey{}, true) }

// walker carries the context through the decoders.
type walker struct {
	ctx context.Context
	n   uint
	err error
	// whole is set when the data is a whole item (WithWhole).
	whole bool
	// runs is the index of the long runs of the data Views was given
	// (nil when ctx carries none); the runs of a nested view are found
	// in the view.
	runs *byteruns.Index
	// scratch takes a run's decoded bytes until they are known to be
	// text: most long hex and base64 runs (hashes, keys, images) are not,
	// and are dropped without an allocation of their own.
	scratch []byte
}

// buf returns n bytes of the walker's scratch space.
func (w *walker) buf(n int) []byte {
	if cap(w.scratch) < n {
		w.scratch = make([]byte, n)
	}
	return w.scratch[:n]
}

// headSize is how many bytes of a run are decoded first: when they
// already hold a sequence that is not UTF-8, the run is not text, whatever
// follows, and the rest of it is not decoded.
const headSize = 48

// notUTF8 reports whether b holds a byte sequence that is not UTF-8 and
// that no bytes after b could complete.
func notUTF8(b []byte) bool {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return utf8.FullRune(b[i:])
		}
		i += size
	}
	return false
}

// stop reports whether the caller cancelled; it asks the context every
// 64th call from the first, so that a loop over many short matches
// stays cheap.
func (w *walker) stop() bool {
	if w.err != nil {
		return true
	}
	if w.n++; w.n%64 != 1 {
		return false
	}
	w.err = w.ctx.Err()
	return w.err != nil
}

// views decodes data; base and baseEnd map nested views back to the outer
// span, enc is the outer encoding. outerCells, when the outer view maps
// its lines (View.Cells), maps a nested view's lines through them instead:
// a keystore printed over lines of a log stamped and coloured is placed at
// its own lines, not at the outer view's start.
func views(w *walker, data []byte, depth int, enc string, base, baseEnd int, outerCells [][2]int, outerCtx []byte, fn func(View) bool) bool {
	if depth <= 0 || w.stop() {
		return w.err == nil
	}
	var lines []int // the starts of data's lines, for mapping through outerCells
	emit := func(v View) bool {
		if enc != "" {
			v.Encoding = enc + "+" + v.Encoding
			if lines == nil && outerCells != nil {
				lines = lineStarts(data)
			}
			own := v.Context
			if own == nil {
				own = data[max(0, v.Start-contextSize):v.Start]
			}
			if mapped, ok := throughCells(v, lines, outerCells); ok {
				v = mapped
				v.Context = outerCtx
			} else {
				v.Start, v.End, v.Context, v.Cells = base, baseEnd, outerCtx, nil
			}
			if len(bytes.TrimSpace(own)) > 0 {
				// The text before the nested view in the outer one
				// names it more nearly than the text before the outer
				// one ("pk = (" over a key's literals cut in two, in a
				// notebook's cell): both, the nearer last.
				v.Context = append(append(make([]byte, 0, len(outerCtx)+len(own)), outerCtx...), own...)
			}
			v.Spread = [2]int{}
		} else if v.Context == nil {
			v.Context = data[max(0, v.Start-contextSize):v.Start]
		}
		if !fn(v) {
			return false
		}
		return views(w, v.Data, depth-1, v.Encoding, v.Start, v.End, v.Cells, v.Context, fn)
	}
	return base64Views(w, data, enc == "" && !w.whole, emit) && hexViews(w, data, emit) && urlViews(w, data, emit) && jsonViews(w, data, emit) && escapedLineViews(w, data, emit) && escapedTextViews(w, data, emit) && entityJSONViews(w, data, emit) && csvJSONViews(w, data, emit) && respViews(w, data, emit) && copyViews(w, data, emit) && ocrTSVViews(w, data, emit) && prefixedStoreViews(w, data, emit) && officeTextViews(w, data, enc == "", emit) && diffViews(w, data, emit) &&
		codeUnitViews(w, data, emit) && escapeViews(w, data, emit) && byteArrayViews(w, data, emit) &&
		separatedHexViews(w, data, emit) && groupedHexViews(w, data, emit) && joinedHexViews(w, data, emit) && extendedKeyViews(w, data, emit) && foldedViews(w, data, emit) && registryViews(w, data, emit) && octalViews(w, data, emit) && nestedJSONViews(w, data, emit) &&
		propertyViews(w, data, emit) && recordViews(w, data, emit) && fieldViews(w, data, emit) && numberedFieldViews(w, data, emit) && chatViews(w, data, emit) && subtitleViews(w, data, emit) && ansiViews(w, data, emit) && timestampedViews(w, data, emit) && richTextViews(w, data, emit) && sseViews(w, data, emit) &&
		// A trace, a CamelCase phrase, ROT13, a terminal's capture, a
		// line's continuation and Android's log are written as they
		// are, not encoded in something else.
		(enc != "" || camelViews(w, data, emit) && curlTraceViews(w, data, emit) && rot13Views(w, data, emit) && notebookViews(w, data, emit) && wrappedViews(w, data, emit) && continuedViews(w, data, emit) && logcatViews(w, data, emit))
}

// qpPropertyViews decodes the quoted-printable values of vCard 2.1 and
// vCalendar 1.0 text ("NOTE;ENCODING=QUOTED-PRINTABLE:Cl=C3=A9 …=" and
// the lines it goes on over): a value longer than a line is cut by soft
// line breaks, a "=" at a line's end, often inside a word or a key, and
// letters beyond ASCII are =XX escapes. Each such value is a view
// ("quoted-printable") whose Context is the property's name. Only text
// holding "BEGIN:V" is looked at: foldedViews calls it on such text.
func qpPropertyViews(w *walker, data []byte, emit func(View) bool) bool {
	return eachAt(w, data, "QUOTED-PRINTABLE", func(p int) (int, bool) {
		s := bytes.LastIndexByte(data[:p], '\n') + 1
		e := lineEnd(data, p)
		colon := bytes.IndexByte(data[p:e], ':')
		if colon < 0 {
			return e, true
		}
		v := p + colon + 1
		// The value goes on while its line ends with "=".
		for e < len(data) && e-s < maxRun && bytes.HasSuffix(bytes.TrimSuffix(data[s:e], []byte("\r")), []byte("=")) {
			e = lineEnd(data, e+1)
		}
		dec, err := io.ReadAll(quotedprintable.NewReader(bytes.NewReader(data[v:e])))
		if err != nil || len(dec) == 0 || !printable(dec) {
			return e, true
		}
		name := data[s:p]
		if i := bytes.IndexByte(name, ';'); i >= 0 {
			name = name[:i]
		}
		ctx := append(bytes.Clone(bytes.TrimSpace(name)), ": "...)
		return e, emit(View{Data: dec, Encoding: "quoted-printable", Start: s, End: e, Context: ctx})
	})
}

// foldedViews unfolds the long lines of iCalendar and vCard text (RFC
// 5545 §3.1, RFC 6350 §3.2): a content line longer than 75 octets is cut,
// often inside a word, and goes on over lines that start with one space
// or tab. Each content line that was folded is a view ("unfolded") with
// its line breaks and their one space or tab removed. Other text is not
// looked at: only text holding "BEGIN:V" (VCALENDAR, VEVENT, VCARD, …).
func foldedViews(w *walker, data []byte, emit func(View) bool) bool {
	if !bytes.Contains(data, []byte("BEGIN:V")) {
		return true
	}
	if !qpPropertyViews(w, data, emit) {
		return false
	}
	var out []byte
	for s := 0; s < len(data); {
		e := lineEnd(data, s)
		if e >= len(data) || e+1 >= len(data) || (data[e+1] != ' ' && data[e+1] != '\t') {
			s = e + 1
			continue
		}
		if w.stop() {
			return false
		}
		out = append(out[:0], bytes.TrimSuffix(data[s:e], []byte("\r"))...)
		for e < len(data) && e+1 < len(data) && (data[e+1] == ' ' || data[e+1] == '\t') && len(out) < maxRun {
			n := lineEnd(data, e+1)
			out = append(out, bytes.TrimSuffix(data[e+2:n], []byte("\r"))...)
			e = n
		}
		if !emit(View{Data: bytes.Clone(out), Encoding: "unfolded", Start: s, End: e}) {
			return false
		}
		s = e + 1
	}
	return true
}

// lineEnd returns the index of the line break that ends the line starting
// at s, or len(data).
func lineEnd(data []byte, s int) int {
	if k := bytes.IndexByte(data[s:], '\n'); k >= 0 {
		return s + k
	}
	return len(data)
}

var b64 = func() (t byteruns.Class) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c], t[c+32] = true, true
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	t['+'], t['/'], t['-'], t['_'], t['='] = true, true, true, true, true
	return
}()

var hexDigit = byteruns.Of(byteruns.HexDigits)

// utf8BOM is the byte-order mark some tools write before UTF-8 text.
var utf8BOM = []byte("\xef\xbb\xbf")

// alnum is the class of ASCII letters and digits.
var alnum = byteruns.Of(byteruns.Alnum)

// b64Kind says what a byte of a base64 run tells of the run.
type b64Kind uint8

const (
	notHex  b64Kind = 1 << iota // not a hex digit
	digit                       // a decimal digit
	stdOnly                     // '+' or '/': the standard alphabet
	urlOnly                     // '-' or '_': the URL alphabet
)

var b64Kinds = func() (t [256]b64Kind) {
	for c := range t {
		if !hexDigit[c] {
			t[c] |= notHex
		}
		if c >= '0' && c <= '9' {
			t[c] |= digit
		}
	}
	t['+'] |= stdOnly
	t['/'] |= stdOnly
	t['-'] |= urlOnly
	t['_'] |= urlOnly
	return
}()

// base64Views emits the base64 runs of data that decode to text. top says
// that data is the input itself, which may be a chunk of a longer file:
// a run at its very start or end may then be cut there (base64Run).
func base64Views(w *walker, data []byte, top bool, emit func(View) bool) bool {
	ok := true
	past := 0   // the runs before it were read as lines of a wrapped blob
	looked := 0 // the runs before it were looked at as such lines
	w.runs.Each(data, &b64, minBase64, func(s, e int) bool {
		if w.stop() {
			ok = false
			return false
		}
		if s < past {
			return true
		}
		if s >= looked {
			end, read := wrappedBase64(w, data, s, e, emit, &ok)
			if read {
				past = end
				return ok
			}
			// A blob that is not text is not looked at again from each
			// of its lines: that would read it once a line.
			looked = end
		}
		ok = splitAtEquals(data, s, e, func(s, e int) bool { return base64Run(w, data, s, e, top, emit) })
		return ok
	})
	return ok
}

// Widths of the lines of wrapped base64: 76 (MIME, the base64 command),
// 64 (PEM, openssl), 60 and the like.
const (
	minWrap = 40
	maxWrap = 128
)

// wrappedBase64 reads the run data[s:e] as the first line of base64
// wrapped over lines of one width, as the base64 command, MIME and PEM
// write it: lines of e-s characters (a multiple of four, no padding), each
// ending the line, maybe indented alike (a YAML block), and a last line no
// longer. When such lines decode, joined, to text, it emits that text as
// one view of the whole blob, so that a phrase or key cut by a line break
// is read whole, and returns the blob's end and true; otherwise the end of
// the lines it looked at and false, and the lines are read one by one.
// *ok is set to emit's answer.
func wrappedBase64(w *walker, data []byte, s, e int, emit func(View) bool, ok *bool) (int, bool) {
	width := e - s
	if width < minWrap || width > maxWrap || width%4 != 0 || bytes.IndexByte(data[s:e], '=') >= 0 {
		return e, false
	}
	if e == len(data) || data[e] != '\n' && data[e] != '\r' {
		return e, false // the run does not end its line: no first line of a blob
	}
	// The first line's head first: most wrapped blobs (certificates,
	// images, keys' DER) are not text, and are left to the lines' own
	// reading at no more cost than before.
	head := w.buf(min(width, headSize/3*4) / 4 * 3)
	if _, err := base64.StdEncoding.Decode(head, data[s:s+len(head)/3*4]); err != nil {
		if _, err := base64.URLEncoding.Decode(head, data[s:s+len(head)/3*4]); err != nil {
			return e, false
		}
	}
	if notUTF8(head) {
		return e, false
	}
	indent := max(lineIndent(data, s), 0) // a label before the first line: the others start the line
	end, lines := e, 1
	for {
		p := end
		if p < len(data) && data[p] == '\r' {
			p++
		}
		if p >= len(data) || data[p] != '\n' {
			break
		}
		p++
		q := p
		for q < len(data) && (data[q] == ' ' || data[q] == '\t') {
			q++
		}
		if q-p != indent {
			break
		}
		r := q
		for r < len(data) && r-q <= width && b64[data[r]] {
			r++
		}
		n := r - q
		if n == 0 || n > width || (r < len(data) && b64[data[r]]) {
			break
		}
		end, lines = r, lines+1
		if n < width || bytes.IndexByte(data[q:r], '=') >= 0 {
			break // the last line
		}
	}
	if lines < 2 || end-s > maxRun {
		return end, false
	}
	joined := make([]byte, 0, (end-s)/(width+1)*width+width)
	for k := s; k < end; k++ {
		if b64[data[k]] {
			joined = append(joined, data[k])
		}
	}
	var seen b64Kind
	for _, c := range joined {
		seen |= b64Kinds[c]
	}
	if seen&stdOnly != 0 && seen&urlOnly != 0 || seen&digit == 0 || seen&notHex == 0 {
		return end, false
	}
	enc := base64.RawStdEncoding
	if seen&urlOnly != 0 {
		enc = base64.RawURLEncoding
	}
	joined = bytes.TrimRight(joined, "=")
	out := make([]byte, enc.DecodedLen(len(joined)))
	k, err := enc.Decode(out, joined)
	if err != nil || !printable(out[:k]) {
		return end, false
	}
	*ok = emit(View{Data: out[:k], Encoding: "base64", Start: s, End: end})
	return end, true
}

// maxGunzip bounds what gunzipText inflates: a bomb stops there.
const maxGunzip = 8 << 20

// gunzipText inflates a gzip stream whose content is text, up to
// maxGunzip bytes; ok is false for a damaged stream, one that inflates
// to more, or binary content.
func gunzipText(b []byte) ([]byte, bool) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, false
	}
	text, err := io.ReadAll(io.LimitReader(zr, maxGunzip+1))
	if err != nil || len(text) > maxGunzip || len(text) == 0 || notUTF8(text) || !printable(text) {
		return nil, false
	}
	return text, true
}

// lineIndent counts the spaces and tabs data[s] follows at the start of
// its line, or is -1 when other bytes precede it on the line.
func lineIndent(data []byte, s int) int {
	i := s
	for i > 0 && (data[i-1] == ' ' || data[i-1] == '\t') {
		i--
	}
	if i > 0 && data[i-1] != '\n' {
		return -1
	}
	return s - i
}

// splitAtEquals calls run on the pieces of the base64 run data[s:e]: an
// "=" inside it ends a piece ("key=value"), as padding only comes last.
// It stops when run returns false, and returns false then.
func splitAtEquals(data []byte, s, e int, run func(s, e int) bool) bool {
	for k := s; ; k++ {
		j := bytes.IndexByte(data[k:e], '=')
		if j < 0 {
			break
		}
		if k += j; k+1 < e && data[k+1] != '=' {
			if !run(s, k+1) {
				return false
			}
			s = k + 1
		}
	}
	return run(s, e)
}

// keyNamedBefore reports whether the text before data[s] on its line (at
// most contextSize bytes) holds a word of private keys: priv, secret,
// signer, keypair or wallet, in any case. A value named only "value"
// takes the lines above too (linesAbove), where its object is named:
// Tendermint's priv_validator_key.json ("priv_key": {"type":
// "tendermint/PrivKeyEd25519", "value": "…"}).
func keyNamedBefore(data []byte, s int) bool {
	before := data[max(0, s-contextSize):s]
	if k := bytes.LastIndexByte(before, '\n'); k >= 0 {
		before = before[k+1:]
	}
	if n := bytes.TrimRight(before, "\"': "); len(n) >= 5 && bytes.EqualFold(n[len(n)-5:], []byte("value")) {
		before = append(bytes.Clone(linesAbove(data, s)), before...)
	}
	l := bytes.ToLower(before) // runs of 43 or 86 characters only: rare
	for _, w := range [...]string{"priv", "secret", "signer", "keypair", "wallet"} {
		if bytes.Contains(l, []byte(w)) {
			return true
		}
	}
	return false
}

// key32Encoding says whether 32 bytes in base64 at data[s:e] are to be
// read as a key, as what, and where the text that says so starts (the
// view's Context: the JWK's object, or the contextSize bytes before):
// "jwk-d" for the private part of a JSON Web Key on secp256k1
// ({"kty": "EC", "crv": "secp256k1", …, "d": "…"}), "base64-bytes" when
// the value's line before it, or the line above a value alone on its
// line, names a chain's or a wallet's private key
// ("WALLET_PRIVATE_KEY_B64=", "signer-private-key:", "ethereum private
// key (base64url):"), or names a private key under a comment that names
// a chain's signer, or when an 0x address stands within three lines
// (the key detectors check that it is the key's); "" otherwise.
func key32Encoding(data []byte, s, e int) (string, int) {
	// Every window is bounded: a line of a minified file may be a
	// megabyte long, and a file may hold thousands of such runs.
	const labelSize, nearSize = 160, 1024
	ls := lineStartWithin(data, s, labelSize)
	before := data[ls:s]
	if n := bytes.TrimRight(before, "\"': \t"); len(n) >= 2 && string(n[len(n)-2:]) == `"d` {
		if o := bytes.LastIndexByte(data[max(0, s-512):s], '{'); o >= 0 {
			obj := data[max(0, s-512)+o : min(len(data), e+512)]
			if c := bytes.IndexByte(obj, '}'); c >= 0 {
				obj = obj[:c]
			}
			if k := bytes.Index(obj, []byte(`"crv"`)); k >= 0 && bytes.HasPrefix(bytes.TrimLeft(obj[k+5:], ": \t"), []byte(`"secp256k1"`)) {
				return "jwk-d", max(0, s-512) + o
			}
		}
	}
	if len(bytes.TrimSpace(before)) == 0 && ls > 0 && data[ls-1] == '\n' {
		before = data[lineStartWithin(data, ls-1, labelSize) : ls-1]
	}
	named := func(w string) bool { return byteruns.IndexFold(before, w) >= 0 }
	chain := slices.ContainsFunc([]string{"wallet", "signer", "eth", "evm", "secp256k1", "bitcoin", "btc", "deployer", "relayer", "metamask"}, named)
	if !chain && ls > 0 {
		// "// emulator signer (secp256k1), base64 of the key" over
		// "DEV_PRIVATE_KEY_B64 = …": a comment on the line above says
		// whose key the name on the value's line is, in words that
		// name a chain's signer alone ("wallet", "eth" are too often
		// other words' or other things' in prose).
		if above := bytes.TrimLeft(data[lineStartWithin(data, ls-1, labelSize):ls-1], " \t"); commentStart(above) {
			chain = slices.ContainsFunc([]string{"signer", "secp256k1", "ethereum", "bitcoin", "deployer", "relayer", "metamask"},
				func(w string) bool { return byteruns.IndexFold(above, w) >= 0 })
		}
	}
	if !chain && s > 0 && data[s-1] == '"' && e < len(data) && data[e] == '"' {
		// Lotus's KeyInfo, {"PrivateKey":"…","Type":"secp256k1"}: the
		// curve after the value, a string of the same object.
		after := data[e:min(len(data), e+labelSize)]
		if k := bytes.IndexAny(after, "}\n"); k >= 0 {
			after = after[:k]
		}
		chain = byteruns.IndexFold(after, `"secp256k1"`) >= 0
	}
	if chain && slices.ContainsFunc([]string{"priv", "secret", "key"}, named) {
		return "base64-bytes", max(0, s-contextSize)
	}
	hi := min(len(data), e+nearSize)
	from, to := linesBefore(data, s, 3, nearSize), e // the value's line and three above
	for range 4 {
		k := bytes.IndexByte(data[to:hi], '\n')
		if k < 0 {
			to = hi
			break
		}
		to += k + 1
	}
	near := data[from:to]
	for i := 0; ; {
		k := bytes.Index(near[i:], []byte("0x"))
		if k < 0 {
			return "", 0
		}
		a := i + k + 2
		j := a
		for j < len(near) && hexDigit[near[j]] {
			j++
		}
		if j-a == 40 {
			return "base64-bytes", max(0, s-contextSize)
		}
		i = a
	}
}

// binaryWrappers end the text that MongoDB writes before a binary
// value's base64: Extended JSON v2 and v1 ({"$binary": {"base64": "…",
// "subType": "00"}}, {"$binary": "…", "$type": "00"}) and the shell's
// BinData(0, "…"), spaces and quotes left out.
var binaryWrappers = [][]byte{[]byte(`{"$binary":{"base64":`), []byte(`{"$binary":`), []byte(`BinData(0,`)}

// wrapperStart returns where the wrapper of a binary value whose base64
// starts at s begins (binaryWrappers), so that the name before it is the
// value's; s when there is none.
func wrapperStart(data []byte, s int) int {
	before := data[max(0, s-48):s]
	var buf [48]byte
	packed := buf[:0] // before without spaces, and where each byte came from
	var from [48]int
	for i, c := range before {
		if c != ' ' && c != '\t' {
			from[len(packed)] = i
			packed = append(packed, c)
		}
	}
	packed = bytes.TrimRight(packed, `"`)
	for _, w := range binaryWrappers {
		if bytes.HasSuffix(packed, w) {
			return s - len(before) + from[len(packed)-len(w)]
		}
	}
	return s
}

// base64Run decodes data[s:e] when it looks like base64 of text. When
// top is set and the run touches an end of data, the run may go on in the
// chunks before or after (a log line of megabytes of base64): it is read
// from the first of its four next characters at which it decodes to text,
// up to its last whole group, and its view is spread over the run
// (View.Spread), so that what it holds is placed, and owned by a chunk,
// where it is.
func base64Run(w *walker, data []byte, s, e int, top bool, emit func(View) bool) bool {
	cutStart, cutEnd := top && s == 0, top && e == len(data)
	n := e - s
	if n < minBase64 || n > maxRun && !(cutStart || cutEnd) || n > maxCutRun {
		return true
	}
	var seen b64Kind
	for _, c := range data[s:e] {
		seen |= b64Kinds[c]
	}
	allHex, digits := seen&notHex == 0, seen&digit != 0
	std, url := seen&stdOnly != 0, seen&urlOnly != 0
	// "a/b-c" (paths, URLs, hyphenated words) is neither alphabet.
	if allHex || !digits && n < 64 || std && url {
		return true
	}
	raw := bytes.TrimRight(data[s:e], "=")
	enc := base64.RawStdEncoding
	if url {
		enc = base64.RawURLEncoding
	}
	if len(raw) == 86 && keyNamedBefore(data, s) {
		// 64 bytes under a key's name: an Ed25519 seed and its public
		// key (a Solana keypair) in base64, passed on as their hex for
		// the key detectors, which check the pair. 32 bytes are not: a
		// PrivateKey= of 32 bytes in base64 is a WireGuard key far more
		// often than a wallet's.
		var b [64]byte
		if k, err := enc.Decode(b[:], raw); err == nil && !printable(b[:k]) {
			return emit(View{Data: []byte(hex.EncodeToString(b[:k])), Encoding: "base64-bytes", Start: s, End: e})
		}
	}
	if len(raw) == 43 {
		// 32 bytes: a key, only where the text around says whose
		// (key32Encoding); a WireGuard or an API key otherwise.
		var b [33]byte
		if k, err := enc.Decode(b[:], raw); err == nil && k == 32 && !printable(b[:k]) {
			ws := wrapperStart(data, s)
			if encoding, from := key32Encoding(data, ws, e); encoding != "" {
				return emit(View{Data: []byte(hex.EncodeToString(b[:k])), Encoding: encoding, Start: s, End: e,
					Context: data[from:ws]})
			}
		}
	}
	if cutEnd && len(raw)%4 == 1 {
		raw = raw[:len(raw)-1] // the rest of its group is in the next chunk
	}
	// The head first (whole groups of four characters), then the rest
	// when the head may begin text: two decodes at a group boundary give
	// what one gives, and an error in the head is one in the whole.
	out := w.buf(enc.DecodedLen(len(raw)))
	head := min(len(raw), headSize/3*4)
	k, err := enc.Decode(out, raw[:head])
	if err == nil && !cutStart && !cutEnd && k >= 10 && out[0] == 0x1f && out[1] == 0x8b && out[2] == 8 {
		// gzip in base64: a Helm release's record (base64 of the gzip
		// of its JSON, inside a Kubernetes Secret's base64), a
		// compressed config in a cloud-init's write_files; or a
		// tarball's members.
		if k, err = enc.Decode(out, raw); err == nil {
			if text, ok := gunzipText(out[:k]); ok {
				return emit(View{Data: text, Encoding: "base64+gzip", Start: s, End: e})
			}
			for _, text := range tarTexts(out[:k]) {
				if !emit(View{Data: text, Encoding: "base64+tar", Start: s, End: e}) {
					return false
				}
			}
		}
		return true
	}
	if err == nil && !cutStart && !cutEnd && k >= 30 && string(out[:4]) == "PK\x03\x04" {
		// A zip in base64: an attachment's field of a help desk's or a
		// mail archive's JSON, a chart's packaged files. Its members
		// that are text are read.
		if k, err = enc.Decode(out, raw); err == nil {
			for _, text := range zipTexts(out[:k]) {
				if !emit(View{Data: text, Encoding: "base64+zip", Start: s, End: e}) {
					return false
				}
			}
		}
		return true
	}
	from := 0 // the decoded bytes before it are the end of a character cut off
	if cutStart && (err != nil || notUTF8(out[:k])) && len(raw) >= head+3 {
		// Cut at the chunk's start: the run's groups of four may begin at
		// any of its first four characters, and its first bytes may end a
		// character that began in the chunk before.
		for shift := 1; shift < 4; shift++ {
			if k, err = enc.Decode(out, raw[shift:shift+head]); err != nil {
				continue
			}
			for from = 0; from < min(k, utf8.UTFMax-1) && !utf8.RuneStart(out[from]); from++ {
			}
			if !notUTF8(out[from:k]) {
				raw, s = raw[shift:], s+shift
				if len(raw)%4 == 1 {
					raw = raw[:len(raw)-1]
				}
				break
			}
		}
	}
	if err != nil || notUTF8(out[from:k]) {
		return true
	}
	if head < len(raw) {
		k2, err := enc.Decode(out[k:], raw[head:])
		if err != nil {
			return true
		}
		k += k2
	}
	if cutEnd {
		// A character cut at the chunk's end is read whole in the next.
		for i := max(from, k-utf8.UTFMax+1); i < k; i++ {
			if utf8.RuneStart(out[i]) && !utf8.FullRune(out[i:k]) {
				k = i
				break
			}
		}
	}
	if !printable(out[from:k]) {
		if text, ok := utf16Text(out[:k]); ok && from == 0 {
			// UTF-16LE in base64, as PowerShell's -EncodedCommand
			// takes a script.
			return emit(View{Data: text, Encoding: "base64+utf-16le", Start: s, End: e})
		}
		return true
	}
	s += from * 4 / 3
	return emit(View{Data: bytes.Clone(out[from:k]), Encoding: "base64", Start: s, End: e, Spread: [2]int{4, 3}})
}

func hexViews(w *walker, data []byte, emit func(View) bool) bool {
	ok := true
	w.runs.Each(data, &hexDigit, minHex, func(s, e int) bool {
		if w.stop() {
			ok = false
			return false
		}
		n := e - s
		if n >= minDecimalKey && n <= maxDecimalKey {
			if key := decimalKey(data, s, e); key != nil {
				ok = emit(View{Data: key, Encoding: "decimal", Start: s, End: e, Context: data[linesBefore(data, s, 2, 4*contextSize):s]})
				return ok
			}
		}
		if n > maxRun || n%2 != 0 {
			return true
		}
		dec := w.buf(n / 2)
		head := min(n/2, headSize)
		if _, err := hex.Decode(dec[:head], data[s:s+2*head]); err != nil || notUTF8(dec[:head]) {
			return true
		}
		if _, err := hex.Decode(dec[head:], data[s+2*head:e]); err != nil {
			return true
		}
		if !printable(dec) {
			if text, isText := utf16Text(dec); isText {
				ok = emit(View{Data: text, Encoding: "hex+utf-16le", Start: s, End: e})
				return ok
			}
			return true
		}
		ok = emit(View{Data: bytes.Clone(dec), Encoding: "hex", Start: s, End: e})
		return ok
	})
	return ok
}

// lineStartWithin returns where the line of data[s] starts, or s-limit
// when it starts further back: the search reads at most limit bytes.
func lineStartWithin(data []byte, s, limit int) int {
	lo := max(0, s-limit)
	return lo + bytes.LastIndexByte(data[lo:s], '\n') + 1
}

// commentStart reports whether a line (its leading spaces left out) is a
// comment of a C-like, a shell-like or an SQL-like language.
func commentStart(l []byte) bool {
	for _, p := range []string{"//", "#", "/*", "*", "--", ";"} {
		if bytes.HasPrefix(l, []byte(p)) {
			return true
		}
	}
	return false
}

// linesBefore returns where the n lines above the line at s begin, or
// s-limit when they are longer.
func linesBefore(data []byte, s, n, limit int) int {
	lo := max(0, s-limit)
	from := s
	for range n + 1 {
		k := bytes.LastIndexByte(data[lo:from], '\n')
		if k < 0 {
			return lo
		}
		from = lo + k
	}
	return from + 1
}

// utf16Text returns b read as UTF-16LE when it is text of that encoding
// (16 bytes or more, nine of ten code units below U+0100, as Latin text
// is) and the text is printable.
func utf16Text(b []byte) ([]byte, bool) {
	if len(b) < 16 || len(b)%2 != 0 {
		return nil, false
	}
	zeros := 0
	for i := 1; i < len(b); i += 2 {
		if b[i] == 0 {
			zeros++
		}
	}
	if zeros*10 < len(b)/2*9 {
		return nil, false
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
	}
	text := []byte(string(utf16.Decode(u)))
	return text, printable(text)
}

// A secp256k1 key written as a decimal integer (Python's int(key, 16),
// Java's new BigInteger("…")) has 68 to 78 digits: n is about 1.16e77,
// and a key below 2^224 (68 digits) is a weak generator's or a test's.
const minDecimalKey, maxDecimalKey = 68, 78

// decimalKey returns the 64 hex digits of the decimal integer data[s:e]
// when it is one, stands alone (not the digits of a fraction, a hex
// literal or a version) and lies in secp256k1's range [2^224, n); nil
// otherwise.
func decimalKey(data []byte, s, e int) []byte {
	for _, c := range data[s:e] {
		if c < '0' || c > '9' {
			return nil
		}
	}
	if s > 0 && (data[s-1] == '.' || data[s-1] == 'x' || data[s-1] == 'X' || data[s-1] == '-' || data[s-1] == '_') ||
		e < len(data) && (data[e] == '.' && e+1 < len(data) && data[e+1] >= '0' && data[e+1] <= '9' || data[e] == '_') {
		return nil
	}
	v, ok := new(big.Int).SetString(string(data[s:e]), 10)
	if !ok || v.BitLen() <= 224 || v.Cmp(btcec.S256().N) >= 0 {
		return nil
	}
	var b [32]byte
	return []byte(hex.EncodeToString(v.FillBytes(b[:])))
}

func urlViews(w *walker, data []byte, emit func(View) bool) bool {
	prevEnd := 0
	for off := 0; ; {
		k := bytes.IndexByte(data[off:], '%')
		if k < 0 {
			return true
		}
		if w.stop() {
			return false
		}
		p := off + k
		off = p + 1
		if p+2 >= len(data) || !hexDigit[data[p+1]] || !hexDigit[data[p+2]] {
			continue
		}
		// The token around the escape: up to whitespace or quotes, and
		// not back into the token decoded before.
		s, e := p, p
		for s > prevEnd && !stop(data[s-1]) && p-s < maxRun {
			s--
		}
		for e < len(data) && !stop(data[e]) && e-p < maxRun {
			e++
		}
		off, prevEnd = e, e
		dec, err := url.QueryUnescape(string(data[s:e]))
		if err != nil || !printable([]byte(dec)) {
			continue
		}
		if !emit(View{Data: []byte(dec), Encoding: "url", Start: s, End: e}) {
			return false
		}
	}
}

func stop(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '"' || c == '\'' || c == '<' || c == '>'
}

// jsonViews unescapes JSON strings that hold \u escapes.
func jsonViews(w *walker, data []byte, emit func(View) bool) bool {
	ln := lineQuote{quote: -1}
	return eachAt(w, data, `\u`, func(p int) (int, bool) {
		s := ln.before(data, p, "\"")
		e := quotedEnd(data, p)
		return e + 1, s < 0 || e >= len(data) || data[e] != '"' || jsonStringView(data, s, e, emit)
	})
}

// escapedLineViews unescapes a JSON string in which a hex key stands
// right after an escaped line break or tab ("…private key:\n0x4c08…",
// as chat exports and JSON logs keep a message's lines): in the raw text
// the escape's letter glues to the digits and the words around them are
// the whole string's, one line. The view holds the string's own lines.
// Strings with \u escapes are left to jsonViews, which unescapes them
// all the same.
func escapedLineViews(w *walker, data []byte, emit func(View) bool) bool {
	var sw stringWalk
	more, next := true, 0
	// The 64-digit runs come from the index the detectors share: text
	// with many escapes and no key costs nothing more.
	w.runs.Each(data, &hexDigit, 64, func(s, e int) bool {
		if s < next || e-s != 64 || e < len(data) && alnum[data[e]] {
			return true
		}
		p := s - 2 // the escape's backslash
		if p >= 2 && data[p] == '0' && data[p+1]|0x20 == 'x' {
			p -= 2
		}
		if p < 0 || data[p] != '\\' || data[p+1] != 'n' && data[p+1] != 'r' && data[p+1] != 't' {
			return true
		}
		if w.stop() {
			more = false
			return false
		}
		q := sw.open(data, p)
		if q < 0 {
			return true
		}
		end := quotedEnd(data, p)
		next = end + 1
		if end >= len(data) || data[end] != '"' || bytes.Contains(data[q:end], []byte(`\u`)) {
			return true // not a JSON string, or one jsonViews reads
		}
		more = jsonStringView(data, q, end, emit)
		return more
	})
	return more && w.err == nil
}

// stringWalk finds the opening quote of the string a place on a line
// stands in, reading each line once from its start (escaped quotes do
// not open or close a string) as the places it is asked about go
// forward. Strings are JSON's, in double quotes; with single set, also
// in single quotes, where SQL's doubled quote (two single quotes for
// one) closes none.
type stringWalk struct {
	at     int  // bytes read so far
	quote  int  // the opening quote of the string open at at, or -1
	single bool // single quotes open strings too
}

// open returns the opening quote of the string data[p] stands in, or -1
// when data[p] is outside every string or escaped itself. p must not be
// less than in the call before.
func (sw *stringWalk) open(data []byte, p int) int {
	if sw.at == 0 {
		sw.quote = -1
	}
	if sw.at > p {
		return -1 // data[p] was escaped itself ("\\n" is no line break)
	}
	i := sw.at
	for ; i < p; i++ {
		switch c := data[i]; {
		case c == '\n':
			sw.quote = -1
		case c == '\\':
			if sw.quote >= 0 {
				i++
			}
		case c == '"' || c == '\'' && sw.single:
			switch {
			case sw.quote < 0:
				sw.quote = i
			case data[sw.quote] != c:
			case c == '\'' && i+1 < len(data) && data[i+1] == '\'':
				i++ // SQL's doubled quote
			default:
				sw.quote = -1
			}
		}
	}
	sw.at = i
	if i > p {
		return -1
	}
	return sw.quote
}

// eachAt calls fn with each place p where pat stands in data, in order,
// until fn or the walker stops it (then it returns false). fn returns
// where the search goes on, past p.
func eachAt(w *walker, data []byte, pat string, fn func(p int) (next int, more bool)) bool {
	for off := 0; off < len(data); {
		k := bytes.Index(data[off:], []byte(pat))
		if k < 0 {
			return true
		}
		if w.stop() {
			return false
		}
		next, more := fn(off + k)
		if !more {
			return false
		}
		off = max(next, off+k+1)
	}
	return true
}

// quotedEnd returns where the JSON string that goes on at data[from]
// ends: the index of its closing quote, or of the line break or the end
// of data that comes first.
func quotedEnd(data []byte, from int) int {
	e := from
	for e < len(data) && data[e] != '"' && data[e] != '\n' {
		if data[e] == '\\' {
			e++
		}
		e++
	}
	return e
}

// jsonStringView hands on the JSON string data[s:e+1] unescaped, when it
// is one, as a view; it returns false when emit says to stop.
func jsonStringView(data []byte, s, e int, emit func(View) bool) bool {
	var str string
	if err := json.Unmarshal(data[s:e+1], &str); err != nil {
		return true
	}
	if fixed, ok := latin1Mojibake(str); ok {
		return emit(View{Data: fixed, Encoding: "json-string+mojibake", Start: s, End: e + 1})
	}
	return emit(View{Data: []byte(str), Encoding: "json-string", Start: s, End: e + 1})
}

// latin1Mojibake undoes UTF-8 read as Latin-1, as Facebook's and
// Instagram's data exports write every character beyond ASCII
// ("\u00c3\u00a1" for "á", four escapes for an emoji): when every
// character of str is below U+0100 and, written as bytes, they are UTF-8
// with a character beyond ASCII, those bytes are the text.
func latin1Mojibake(str string) ([]byte, bool) {
	out := make([]byte, 0, len(str))
	wide := false
	for _, r := range str {
		if r > 0xff {
			return nil, false
		}
		wide = wide || r >= 0x80
		out = append(out, byte(r))
	}
	if !wide || !utf8.Valid(out) {
		return nil, false
	}
	return out, true
}

// propertyViews unescapes the \uXXXX escapes of lines outside quotes, as
// Java .properties files write every character beyond Latin-1 (and many
// tools all beyond ASCII), and joins the lines a backslash at their end
// continues: each such logical line is a view ("properties").
func propertyViews(w *walker, data []byte, emit func(View) bool) bool {
	var out []byte
	return eachAt(w, data, `\u`, func(p int) (int, bool) {
		s := bytes.LastIndexByte(data[:p], '\n') + 1
		// The logical line: on over lines ending in a backslash.
		e := s
		for {
			e = lineEnd(data, e)
			if e-s > maxRun || !bytes.HasSuffix(bytes.TrimSuffix(data[s:e], []byte("\r")), []byte(`\`)) || e >= len(data) {
				break
			}
			e++
		}
		line := data[s:e]
		if bytes.IndexByte(line, '"') >= 0 {
			return e + 1, true // a quoted string: jsonViews reads it
		}
		out = out[:0]
		escapes := 0
		for i := 0; i < len(line); i++ {
			c := line[i]
			switch {
			case c == '\\' && i+5 < len(line) && line[i+1] == 'u' && hex4(line[i+2:i+6]):
				r := rune(unhex(line[i+2]))<<12 | rune(unhex(line[i+3]))<<8 | rune(unhex(line[i+4]))<<4 | rune(unhex(line[i+5]))
				out = utf8.AppendRune(out, r)
				escapes++
				i += 5
			case c == '\\' && i+1 < len(line) && (line[i+1] == '\n' || line[i+1] == '\r'):
				// A continued line: the break and the next line's
				// leading blanks are left out.
				i++
				for i+1 < len(line) && (line[i+1] == '\n' || line[i+1] == ' ' || line[i+1] == '\t') {
					i++
				}
				out = append(out, ' ')
			default:
				out = append(out, c)
			}
		}
		if escapes == 0 || !utf8.Valid(out) {
			return e + 1, true
		}
		return e + 1, emit(View{Data: bytes.Clone(out), Encoding: "properties", Start: s, End: e})
	})
}

// hex4 reports whether b is four hex digits.
func hex4(b []byte) bool {
	return len(b) == 4 && hexDigit[b[0]] && hexDigit[b[1]] && hexDigit[b[2]] && hexDigit[b[3]]
}

// maxEscapedIndent bounds the escaped line breaks and indentation
// nestedJSONViews passes over between an inner object's opening and its
// first key.
const maxEscapedIndent = 32

// nestedJSONViews unescapes JSON strings that hold JSON themselves
// ("vault": "{\"mnemonic\": …}", as browsers' localStorage and many
// logs keep objects): the inner text is a view, whose own strings and
// escapes the next depth reads. Each string is read once, up to its
// closing quote or its line's end.
func nestedJSONViews(w *walker, data []byte, emit func(View) bool) bool {
	return eachAt(w, data, `\"`, func(p int) (int, bool) {
		// p is the backslash of the first escaped quote; the string
		// opens right before: "{\" or "[\" or "[{\", or, pretty-printed
		// (a HAR's response text), with escaped line breaks and
		// indentation between: "{\n  \"".
		s := p - 1
		for s >= 1 && p-s <= maxEscapedIndent {
			if data[s] == ' ' {
				s--
			} else if data[s-1] == '\\' && (data[s] == 'n' || data[s] == 'r' || data[s] == 't') {
				s -= 2
			} else {
				break
			}
		}
		b := s
		for s >= 0 && b-s < 2 && (data[s] == '{' || data[s] == '[') {
			s--
		}
		if s < 0 || s == b || data[s] != '"' {
			return p + 2, true
		}
		e := quotedEnd(data[:min(len(data), s+maxRun)], s+1)
		return e + 1, e >= len(data) || data[e] != '"' || jsonStringView(data, s, e, emit)
	})
}

// minRecords is how many words recordViews and TableViews want in a
// stretch of values: a phrase's fewest.
const minRecords = 12

// maxInterjection is the longest value of a record that recordViews
// passes over between two values of words (maxInterjections of them).
const maxInterjection = 120

// timestampMS is the key of a message's time in Facebook's and
// Instagram's exports, which list a chat's messages newest first.
var timestampMS = []byte(`"timestamp_ms":`)

// newestFirst reports whether the first two of data's "timestamp_ms"
// values go back in time: a chat listed newest first.
func newestFirst(data []byte) bool {
	var t [2]int64
	for i, at := 0, 0; i < 2; i++ {
		k := bytes.Index(data[at:], timestampMS)
		if k < 0 {
			return false
		}
		at += k + len(timestampMS)
		for at < len(data) && data[at] == ' ' {
			at++
		}
		for at < len(data) && isDigitByte(data[at]) && t[i] < 1<<50 {
			t[i] = t[i]*10 + int64(data[at]-'0')
			at++
		}
	}
	return t[0] > t[1]
}

// recordViews reads the values of one key repeated in a list of records
// when each is a few words: a notes app's checklist exported as JSON
// ({"text": "w1", "isChecked": false}, {"text": "w2", …}, one word an
// item), a chat's messages ({"Contents": "w1 … w9"}, {"Contents": "w10 …
// w18"}: a phrase sent in two parts), whose other keys and values stand
// between the words. The values of two records or more in a row (each
// in an object of its own, each value words of letters alone: see
// wordsValue), twelve words or more in all, are a view ("records"), one
// value a line, each line mapped to its value (View.Cells); a list
// newest first (newestFirst) is read in the other order too. An object of
// distinct keys (a dictionary of UI strings) is no list of records.
func recordViews(w *walker, data []byte, emit func(View) bool) bool {
	type stretch struct {
		cellStretch
		start, end int // the span of the first and last value, quotes included
		gap        int // short values of others passed over since the last
	}
	open := map[string]*stretch{}
	newest := -1 // whether the records are newest first; -1 until asked
	flush := func(key string) bool {
		st := open[key]
		delete(open, key)
		if st == nil {
			return true
		}
		v, ok := st.view("records")
		if !ok {
			return true
		}
		v.Start, v.End = st.start, st.end
		if !emit(v) {
			return false
		}
		if newest < 0 {
			newest = 0
			if newestFirst(data) {
				newest = 1
			}
		}
		if newest == 1 {
			// Messages listed newest first: read in the order they
			// were sent too.
			r := View{Encoding: v.Encoding, Start: v.Start, End: v.End, Cells: make([][2]int, 0, len(v.Cells))}
			for k := len(v.Cells) - 1; k >= 0; k-- {
				c := v.Cells[k]
				r.Data = append(append(r.Data, data[c[0]:c[1]]...), '\n')
				r.Cells = append(r.Cells, c)
			}
			return emit(r)
		}
		return true
	}
	ok := eachAt(w, data, `":`, func(p int) (int, bool) {
		ks := bytes.LastIndexByte(data[max(0, p-64):p], '"')
		if ks < 0 {
			return p + 2, true
		}
		key := data[max(0, p-64)+ks+1 : p]
		if len(key) == 0 || bytes.ContainsAny(key, "\\\n") {
			return p + 2, true
		}
		v := p + 2
		for v < len(data) && (data[v] == ' ' || data[v] == '\t') {
			v++
		}
		words, short := 0, false
		ve := v + 1
		cs, ce := ve, ve // the cell: the value, inside a paragraph's tags
		if v < len(data) && data[v] == '"' {
			if e := bytes.IndexByte(data[ve:min(len(data), ve+maxCell+1)], '"'); e > 0 {
				cs, ce = paragraphInside(data, ve, ve+e)
				if words = wordsValue(data[cs:ce]); words > 0 {
					ve += e
				}
				short = e <= maxInterjection
			}
		}
		st := open[string(key)]
		if st != nil && words == 0 && short && st.gap < maxInterjections && st.words >= 3*len(st.cells) &&
			bytes.IndexByte(data[st.end:v], '{') >= 0 && !closesArray(data[st.end:v]) {
			// A short message of another between the parts of a
			// phrase, each part a few words ("kevin?", "STOP, delete
			// that"): passed over. A list of a word an item ends at
			// an item of another kind.
			st.gap++
			return p + 2, true
		}
		if st != nil && (words == 0 || bytes.IndexByte(data[st.end:v], '{') < 0 || closesArray(data[st.end:v])) {
			// Not words, no new record since the last value, or a record
			// of another list (a notes app's next checklist): the
			// stretch ends.
			if !flush(string(key)) {
				return 0, false
			}
			st = nil
		}
		if words == 0 {
			return p + 2, true
		}
		if st != nil && bytes.IndexByte(data[st.end:v], '}') < 0 && bytes.Equal(data[cs:ce], st.last(data)) {
			// The same text again inside the same record: a copy of
			// the message in its rich-text form (Telegram's
			// text_entities, Slack's blocks), not a message of its own.
			return ve + 1, true
		}
		if st == nil {
			if len(open) >= 64 {
				return ve + 1, true // too many keys at once: not records
			}
			st = &stretch{start: v}
			open[string(key)] = st
		}
		st.add(data, cs, ce, words)
		st.end, st.gap = ve+1, 0
		return ve + 1, true
	})
	if !ok {
		return false
	}
	keys := make([]string, 0, len(open))
	for k := range open {
		keys = append(keys, k)
	}
	slices.Sort(keys) // views in a fixed order
	for _, k := range keys {
		if !flush(k) {
			return false
		}
	}
	return true
}

// paragraphInside returns the bounds of data[s:e] inside the tags of one
// paragraph around it, as chat apps store a message's rich text
// (Teams' "<p>w1 … w6</p>", "<div>…</div>"); s and e when there are
// none.
func paragraphInside(data []byte, s, e int) (int, int) {
	v := data[s:e]
	if len(v) < 8 || v[0] != '<' {
		return s, e
	}
	for _, tag := range [...][2]string{{"<p>", "</p>"}, {"<div>", "</div>"}} {
		if len(v) > len(tag[0])+len(tag[1]) && bytes.HasPrefix(v, []byte(tag[0])) && bytes.HasSuffix(v, []byte(tag[1])) {
			return s + len(tag[0]), e - len(tag[1])
		}
	}
	return s, e
}

// closesArray reports whether the JSON between two values, gap, leaves
// the array the first value is in and enters another: the values are
// items of two lists (a notes app's checklists, one a note). Arrays
// opened and closed inside the gap (a message's "reactions") do not
// count, nor does leaving arrays without entering another (a message's
// "blocks", which hold a copy of its text, before the next message), nor
// brackets in strings.
func closesArray(gap []byte) bool {
	if bytes.IndexByte(gap, ']') < 0 {
		return false
	}
	depth, low := 0, 0
	for len(gap) > 0 {
		// The JSON between strings is short; the strings, long, are
		// stepped over with IndexByte.
		q := bytes.IndexByte(gap, '"')
		if q < 0 {
			q = len(gap)
		}
		for _, c := range gap[:q] {
			switch c {
			case '[':
				depth++
			case ']':
				depth--
				low = min(low, depth)
			}
		}
		if q == len(gap) {
			break
		}
		gap = gap[q+1:]
		for {
			k := bytes.IndexByte(gap, '"')
			if k < 0 {
				gap = nil
				break
			}
			esc := 0
			for esc < k && gap[k-1-esc] == '\\' {
				esc++
			}
			gap = gap[k+1:]
			if esc%2 == 0 {
				break
			}
		}
	}
	return low < 0 && depth > low
}

// cellStretch gathers the cells of a stretch of rows (the values of
// records, the cells of a column, the messages of a chat) as the lines of
// a view, each mapped to its cell.
type cellStretch struct {
	vals        []byte // the cells so far, one a line
	cells       [][2]int
	words       int
	oneWordCell bool // a cell of one word among them
}

// last returns the last cell added, or nil.
func (c *cellStretch) last(data []byte) []byte {
	if len(c.cells) == 0 {
		return nil
	}
	k := c.cells[len(c.cells)-1]
	return data[k[0]:k[1]]
}

// add appends the cell data[s:e] of words words.
func (c *cellStretch) add(data []byte, s, e, words int) {
	c.vals = append(append(c.vals, data[s:e]...), '\n')
	c.cells = append(c.cells, [2]int{s, e})
	c.words += words
	c.oneWordCell = c.oneWordCell || words == 1
}

// flush hands the stretch on to emit as a view of encoding enc (view),
// when it makes one, and starts a new stretch; it returns false when emit
// says to stop.
func (c *cellStretch) flush(enc string, emit func(View) bool) bool {
	v, ok := c.view(enc)
	*c = cellStretch{}
	return !ok || emit(v)
}

// addWords adds the cell data[s:e] when it holds words or a list of them
// (listValue), and reports whether it did: a cell that holds none ends
// the stretch.
func (c *cellStretch) addWords(data []byte, s, e int) bool {
	if s >= e {
		return false
	}
	words := listValue(data[s:e])
	if words == 0 {
		return false
	}
	c.add(data, s, e, words)
	return true
}

// view returns the stretch as a view of encoding enc, spanning its first
// to its last cell, when it holds two cells or more and minRecords words
// or more.
func (c *cellStretch) view(enc string) (View, bool) {
	if len(c.cells) < 2 || c.words < minRecords {
		return View{}, false
	}
	return View{Data: c.vals, Encoding: enc, Start: c.cells[0][0], End: c.cells[len(c.cells)-1][1], Cells: c.cells}, true
}

// maxCell and maxCellWords bound a value recordViews and TableViews
// read: a message or a cell of a phrase's words, not a document.
const (
	maxCell      = 512
	maxCellWords = 48
)

// wordsValue returns how many words b holds when it is words of letters
// (any script, as a phrase's words are) each set off by one space (or an
// ideographic one), maybe after a short label and a colon ("backup seed
// (1/2): w1 … w6", "(2/2): w7 … w12": a phrase sent in parts) or a word's
// number ("7. w7", "7) w7", "7 w7": a phrase sent a word a message), or
// words each after its number (numberedWords), and 0 otherwise.
func wordsValue(b []byte) int {
	const maxLabel = 40
	words := func(b []byte) int {
		n, end := countWords(b, func(r rune, inWord bool, rest []byte) bool {
			return (r == ' ' || r == '\u3000') && inWord && len(rest) > 0
		})
		if !end {
			return 0
		}
		return n
	}
	if n := words(b); n > 0 {
		return n
	}
	if n := numberedWords(b); n > 0 {
		return n
	}
	if k := WordNumber(b); k > 0 {
		return words(b[k:])
	}
	k := bytes.Index(b[:min(len(b), maxLabel+2)], []byte(": "))
	if k < 1 {
		return 0
	}
	for _, c := range b[:k] {
		if c < 0x80 && !isLabelByte[c] {
			return 0
		}
	}
	return words(b[k+2:])
}

// WordNumber returns the length of a word's number before it, one or
// two digits, maybe a "." or ")", or a spaced dash, and a space ("7. ",
// "12) ", "3 ", "4 - "); 0 when b does not start with one.
func WordNumber(b []byte) int {
	i := 0
	for i < len(b) && i < 2 && isDigitByte(b[i]) {
		i++
	}
	if i == 0 || b[0] == '0' {
		return 0
	}
	if i < len(b) && (b[i] == '.' || b[i] == ')') {
		i++
	} else if bytes.HasPrefix(b[i:], []byte(" - ")) {
		i += 2
	}
	if i < len(b) && b[i] == ' ' {
		return i + 1
	}
	return 0
}

// numberedWords returns how many words b holds when it is two or more
// words each after its number, one or two digits and a "." or ")" glued
// to the word or set apart by a space, the items set apart by a space
// ("7.w7 8.w8 9.w9", "13) w13 14) w14": a phrase sent a few numbered
// words a message); 0 otherwise.
func numberedWords(b []byte) int {
	n := 0
	for len(b) > 0 {
		i := 0
		for i < len(b) && i < 2 && isDigitByte(b[i]) {
			i++
		}
		if i == 0 || b[0] == '0' || i == len(b) || b[i] != '.' && b[i] != ')' {
			return 0
		}
		i++
		if i < len(b) && b[i] == ' ' {
			i++
		}
		e := i
		for e < len(b) && b[e] != ' ' {
			e++
		}
		if k, end := countWords(b[i:e], func(rune, bool, []byte) bool { return false }); k != 1 || !end {
			return 0
		}
		n++
		if e < len(b) {
			e++ // the space before the next item
		}
		b = b[e:]
	}
	if n < 2 {
		return 0
	}
	return n
}

// isLabelByte holds the ASCII bytes of a label before a value's words:
// letters, digits, spaces, a part's marks ("(1/2)", "#1", "part-2") and
// commas ("too late, here:").
var isLabelByte = func() (t [128]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte(" ()/#-.,", byte(c)) >= 0
	}
	return
}()

// countWords counts the words of letters (any script, and combining
// marks) of b, set apart by the runes sep accepts (told whether a word
// was just read and what follows); n is 0 when another rune stands in
// b, b is empty or too long, or it holds more than maxCellWords words.
// end reports whether b ends in a word.
func countWords(b []byte, sep func(r rune, inWord bool, rest []byte) bool) (n int, end bool) {
	if len(b) == 0 || len(b) > maxCell {
		return 0, false
	}
	inWord := false
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		b = b[size:]
		switch {
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			if !inWord {
				n++
				inWord = true
			}
		case sep(r, inWord, b):
			inWord = false
		default:
			return 0, false
		}
	}
	if n > maxCellWords {
		return 0, false
	}
	return n, inWord
}

// lineQuote finds, for positions that only move forward, the nearest
// quote before a position on its line, reading each byte once (looking
// back from every escape made a file of escapes quadratic).
type lineQuote struct {
	read  int // bytes read so far
	quote int // the last quote in data[:read] after its last newline, or -1
}

// before returns the position of the last byte of quotes in data[:p] on
// p's line, or -1. p must not be less than in the call before.
func (l *lineQuote) before(data []byte, p int, quotes string) int {
	if p <= l.read {
		return l.quote
	}
	start := l.read
	if nl := bytes.LastIndexByte(data[start:p], '\n'); nl >= 0 {
		start += nl + 1
		l.quote = -1
	}
	var q int
	if len(quotes) == 1 {
		q = bytes.LastIndexByte(data[start:p], quotes[0])
	} else {
		q = bytes.LastIndexAny(data[start:p], quotes)
	}
	if q >= 0 {
		l.quote = start + q
	}
	l.read = p
	return l.quote
}

// charText reports whether b, bytes of printable ASCII, tabs, line
// breaks, ESC (a terminal's colours) and bytes beyond ASCII, is text:
// valid UTF-8 of which three in four bytes are printable ASCII.
func charText(b []byte) bool {
	n := 0
	for _, c := range b {
		if c >= 0x20 && c < 0x7f {
			n++
		}
	}
	return 4*n >= 3*len(b) && utf8.Valid(b)
}

// printable reports whether b is valid UTF-8 of which at least 90% is
// printable text.
func printable(b []byte) bool {
	if len(b) == 0 || !utf8.Valid(b) {
		return false
	}
	bad := 0
	for _, c := range b {
		if controlByte(c) {
			bad++
		}
	}
	return bad*10 <= len(b)
}

// controlByte reports whether c is an ASCII control character other than
// a tab or a line break, or DEL: no byte of text.
func controlByte(c byte) bool {
	return c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f
}

// codeUnitViews turns arrays of character codes ([116, 101, 115, 116, …],
// as MetaMask keyring fixtures store a mnemonic) and the arguments of
// JavaScript's String.fromCharCode(116, 101, …) into text, when there
// are at least 24 of them and they are text (charText): journald's JSON
// writes a message with a terminal's colours or bytes beyond ASCII as
// such an array of its bytes.
func codeUnitViews(w *walker, data []byte, emit func(View) bool) bool {
	call := []byte("fromCharCode(")
	// The next '[' and the next call, each found again only once passed.
	bracket, fn := -1, -1
	next := func(from int) (s, open int, closer byte) {
		if bracket < from {
			bracket = len(data)
			if k := bytes.IndexByte(data[from:], '['); k >= 0 {
				bracket = from + k
			}
		}
		for fn < from {
			// Looked for from its capital: "f" starts every few words
			// of text, and a search from it stops at each.
			fn = len(data)
			if k := bytes.Index(data[from:], call[4:]); k >= 0 {
				fn = from + k - 4
				if fn < from || !bytes.HasPrefix(data[fn:], call[:4]) {
					from, fn = from+k+1, -1
				}
			}
		}
		switch {
		case bracket == len(data) && fn == len(data):
			return -1, 0, 0
		case bracket < fn:
			return bracket, 1, ']'
		}
		return fn, len(call), ')'
	}
	for off := 0; ; {
		s, open, closer := next(off)
		if s < 0 {
			return true
		}
		if w.stop() {
			return false
		}
		off = s + 1
		var out []byte
		i := s + open
		for i < len(data) && len(out) <= 4096 {
			for i < len(data) && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t') {
				i++
			}
			if i < len(data) && data[i] == closer && len(out) >= 24 && charText(out) {
				// A trailing comma before the closer ("…, 116,\n]", as
				// a snapshot prints an array a value a line).
				if !emit(View{Data: out, Encoding: "char-codes", Start: s, End: i + 1}) {
					return false
				}
				off = i + 1
				break
			}
			j := i
			v := 0
			for j < len(data) && data[j] >= '0' && data[j] <= '9' && j-i < 3 {
				v = v*10 + int(data[j]-'0')
				j++
			}
			if j == i || v > 255 || v < 32 && v != '\t' && v != '\n' && v != '\r' && v != 0x1b || v == 0x7f {
				break
			}
			out = append(out, byte(v))
			for j < len(data) && (data[j] == ' ' || data[j] == '\n' || data[j] == '\r' || data[j] == '\t') {
				j++
			}
			if j < len(data) && data[j] == ',' {
				i = j + 1
				continue
			}
			if j < len(data) && data[j] == closer {
				if len(out) >= 24 && charText(out) {
					if !emit(View{Data: out, Encoding: "char-codes", Start: s, End: j + 1}) {
						return false
					}
				}
				off = j + 1
			}
			break
		}
	}
}

// byteArrayViews turns array literals of 16 to 64 byte values, written
// in hex or decimal ("[]byte{0x4c, 0x08, …}", "[76, 8, …]", "{0x4c, …}",
// Java's signed "{-12, 34, (byte) 0x8f, …}", Kotlin's
// "ubyteArrayOf(0x4Cu, …)", Elixir's and Erlang's "<<0x4C, …>>"),
// into their lower-case hex (encoding "byte-array"), the shape of a
// private key in source code, which the key detectors judge by the name
// the array is assigned to. That name ends the view's Context, cut out of
// the text before the array without the type or call around it
// ("privKey := []byte", "let secret: [u8; 32] =", "uint8_t key[32] =",
// "pk = bytes(" all give the name), after the lines above the
// declaration (linesAbove): its comment says whose key a bare "key"
// is. Arrays of printable characters are text (codeUnitViews), not
// bytes.
func byteArrayViews(w *walker, data []byte, emit func(View) bool) bool {
	// The next '[' and the next '{', each found by IndexByte (IndexAny
	// goes a byte at a time).
	next := func(c byte, from int) int {
		if k := bytes.IndexByte(data[from:], c); k >= 0 {
			return from + k
		}
		return len(data)
	}
	// Kotlin's byteArrayOf(…), ubyteArrayOf(…), arrayOf(…): the "(" after
	// "ArrayOf" or "arrayOf".
	// Found by its "O", rare in code, not by "rrayOf(" (bytes.Index
	// restarts at every "r").
	call := func(from int) int {
		for {
			k := bytes.IndexByte(data[from:], 'O')
			if k < 0 {
				return len(data)
			}
			p := from + k
			if p >= 5 && p+2 < len(data) && data[p+1] == 'f' && data[p+2] == '(' && string(data[p-4:p]) == "rray" && data[p-5]|0x20 == 'a' {
				return p + 2
			}
			from = p + 1
		}
	}
	// Elixir's and Erlang's binaries: "<<0xF4, 0x7B, …>>".
	binary := func(from int) int {
		if k := bytes.Index(data[from:], []byte("<<")); k >= 0 {
			return from + k
		}
		return len(data)
	}
	bracket, brace, paren, bin := next('[', 0), next('{', 0), call(0), binary(0)
	for off := 0; off < len(data); {
		if bracket < off {
			bracket = next('[', off)
		}
		if brace < off {
			brace = next('{', off)
		}
		if paren < off {
			paren = call(off)
		}
		if bin < off {
			bin = binary(off)
		}
		s := min(bracket, brace, paren, bin)
		if s == len(data) {
			return true
		}
		if w.stop() {
			return false
		}
		var buf [64]byte
		out, end := byteArray(data, s, buf[:0])
		off = max(end, s+1)
		if len(out) < 16 || len(out) > 64 || printable(out) {
			continue
		}
		ctx := arrayName(data[max(0, s-contextSize):s])
		at := s
		if ls := bytes.LastIndexByte(data[:s], '\n') + 1; ls > 0 && len(bytes.TrimSpace(data[ls:s])) == 0 {
			// The opener on a line of its own under the declaration
			// (C#'s and Allman's braces): the lines above are the
			// declaration's.
			at = ls - 1
		}
		if above := linesAbove(data, at); len(above) > 0 {
			// The name's own line, after the lines above.
			ctx = append(append(bytes.Clone(above), '\n'), ctx[bytes.LastIndexByte(ctx, '\n')+1:]...)
		}
		if !emit(View{Data: []byte(hex.EncodeToString(out)), Encoding: "byte-array", Start: s, End: end, Context: ctx}) {
			return false
		}
	}
	return true
}

// Bounds of linesAbove.
const (
	aboveLines = 3
	aboveBytes = 256
)

// linesAbove returns the lines above the one holding data[s], at most
// aboveLines of them and aboveBytes in all, up to a blank line: a
// declaration's doc comment, or the type or function it is in.
func linesAbove(data []byte, s int) []byte {
	ls := bytes.LastIndexByte(data[:s], '\n') + 1
	from := ls
	for range aboveLines {
		if from == 0 {
			break
		}
		p := bytes.LastIndexByte(data[:from-1], '\n') + 1
		if len(bytes.TrimSpace(data[p:from-1])) == 0 || ls-p > aboveBytes {
			break
		}
		from = p
	}
	if from == ls {
		return nil
	}
	return bytes.TrimRight(data[from:ls], "\r\n")
}

// byteArray reads the byte values of the array literal opening at
// data[s] into out (which has room for 64) and returns them and the
// offset past its closing bracket; nil when it holds anything else or
// more than 64 values.
func byteArray(data []byte, s int, out []byte) ([]byte, int) {
	closer := "]"
	switch data[s] {
	case '[':
		if s+1 < len(data) && data[s+1] == '|' {
			closer = "|]" // F#'s array, "[| 0x12uy; … |]"
		}
	case '{':
		closer = "}"
	case '(':
		closer = ")"
	case '<':
		closer = ">>" // "<<…>>"
	}
	i := s + len(closer)
	for {
		i = skipSpace(data, i)
		if bytes.HasPrefix(data[i:], []byte(closer)) && len(out) > 0 {
			return out, i + len(closer)
		}
		if i >= len(data) || len(out) == 64 {
			return nil, i
		}
		// Java writes bytes past 127 as casts ("(byte) 0x8f") or as
		// negative numbers ("-113"), as do Kotlin and Scala.
		if bytes.HasPrefix(data[i:], []byte("(byte)")) {
			i += len("(byte)")
			for i < len(data) && data[i] == ' ' {
				i++
			}
			if i == len(data) {
				return nil, i
			}
		}
		neg := i+1 < len(data) && data[i] == '-' && data[i+1] >= '0' && data[i+1] <= '9'
		if neg {
			i++
		}
		v, j := -1, i
		switch {
		case data[i] == '0' && i+1 < len(data) && data[i+1]|0x20 == 'x', bytes.HasPrefix(data[i:], []byte("16#")):
			// 0x12, and Erlang's 16#12.
			from := i + 2
			if data[i] == '1' {
				from = i + 3
			}
			j, v = from, 0
			for j < len(data) && j-from < 2 && hexDigit[data[j]] {
				v = v<<4 | int(unhex(data[j]))
				j++
			}
			if j == from {
				v = -1
			}
		default:
			for j < len(data) && j-i < 3 && data[j] >= '0' && data[j] <= '9' {
				v = max(v, 0)*10 + int(data[j]-'0')
				j++
			}
		}
		if neg && v > 0 {
			if v > 128 {
				return nil, j
			}
			v = 256 - v
		}
		j = literalSuffix(data, j)
		if v < 0 || v > 255 || j < len(data) && (isIdent(data[j]) || data[j] == '.') {
			return nil, j
		}
		out = append(out, byte(v))
		for j < len(data) && (data[j] == ' ' || data[j] == '\t') {
			j++
		}
		if j < len(data) && (data[j] == ',' || data[j] == ';') {
			j++ // F# parts its array's items with ";"
		}
		i = j
	}
}

// literalSuffixes are what languages write after a byte's number: an
// unsigned mark (Kotlin's 0xCBu, C's 0xCBU), a type (Rust's 0x12u8,
// 0x12_u8, F#'s 0x12uy and 0x12y), a conversion (Kotlin's 0xCB.toByte(),
// .toUByte()).
var literalSuffixes = [][]byte{[]byte("_u8"), []byte("u8"), []byte("i8"), []byte(".toByte()"), []byte(".toUByte()"), []byte("uy"), []byte("u"), []byte("U"), []byte("y")}

// literalSuffix returns where the number ending at j ends with its
// suffix, if it has one of literalSuffixes followed by no more of a name.
func literalSuffix(data []byte, j int) int {
	if j >= len(data) {
		return j
	}
	switch data[j] {
	case 'u', 'U', 'i', '_', '.', 'y':
	default:
		return j // most numbers: no suffix
	}
	for _, sfx := range literalSuffixes {
		if bytes.HasPrefix(data[j:], sfx) {
			if k := j + len(sfx); k == len(data) || !isIdent(data[k]) {
				return k
			}
		}
	}
	return j
}

// arrayName returns the name an array literal is given, out of the text
// before it, as "<name> = " (the form a key's name takes before a value),
// or before unchanged when no assignment or field name is found there.
func arrayName(before []byte) []byte {
	t := bytes.TrimRight(before, " \t")
	// The call or type around the array: "bytes(", "new Uint8Array(",
	// "[]byte", "[32]byte", "[32]uint8".
	t = bytes.TrimSuffix(t, []byte("("))
	for len(t) > 0 && (isIdent(t[len(t)-1]) || t[len(t)-1] == '.' || t[len(t)-1] == '&') {
		t = t[:len(t)-1]
	}
	if n := len(t); n > 0 && t[n-1] == ']' {
		if k := bytes.LastIndexByte(t, '['); k >= 0 {
			t = t[:k]
		}
	}
	t = bytes.TrimRight(bytes.TrimSuffix(bytes.TrimRight(t, " \t"), []byte("new")), " \t")
	// Elixir's module attribute ("@signer_key <<…>>") and Erlang's
	// macro ("-define(PRIV_KEY, <<…>>)"): the name without an equals sign.
	if n := len(t); n > 0 && t[n-1] == '@' && len(bytes.TrimSpace(before[n:])) > 0 {
		return named(bytes.TrimSpace(before[n:]))
	}
	if k := bytes.LastIndex(t, []byte("define(")); k >= 0 && bytes.HasSuffix(t, []byte(",")) && len(t)-1 > k+len("define(") {
		return named(bytes.TrimSpace(t[k+len("define(") : len(t)-1]))
	}
	// The assignment or field: "name :=", "name =", "name:", "name: type =".
	eq := bytes.LastIndexAny(t, "=:")
	if eq < 0 {
		return before
	}
	lhs := bytes.TrimRight(t[:eq], " \t:")
	if c := bytes.IndexByte(lhs, ':'); c >= 0 {
		// A type annotation ("secret: [u8; 32]", "key: Uint8Array"),
		// not the colons of a time before a label ("12:00:01 private
		// key bytes").
		if typ := bytes.TrimSpace(lhs[c+1:]); len(typ) > 0 && (typ[0] == '[' || !bytes.ContainsAny(typ, " \t")) {
			lhs = bytes.TrimRight(lhs[:c], " \t")
		}
	}
	if n := len(lhs); n > 0 && lhs[n-1] == ']' {
		if k := bytes.LastIndexByte(lhs, '['); k >= 0 {
			lhs = bytes.TrimRight(lhs[:k], " \t") // "key[32]"
		}
	}
	lhs = bytes.TrimRight(lhs, `"' `) // a JSON or dict key
	if c := bytes.IndexByte(lhs, ','); c >= 0 {
		// "pkBytes, err := hex.DecodeString(…)": the value is the first
		// result's, the error's (or a blank's) is the other.
		switch string(bytes.TrimSpace(lhs[bytes.LastIndexByte(lhs, ',')+1:])) {
		case "err", "_", "ok", "e", "error":
			lhs = bytes.TrimRight(lhs[:c], " \t")
		}
	}
	j := len(lhs)
	for j > 0 && (isIdent(lhs[j-1]) || lhs[j-1] == '.') {
		j--
	}
	if j == len(lhs) {
		return before
	}
	return named(lhs[max(0, j-contextSize+3):])
}

// named is "<name> = ", the form arrayName gives a name.
func named(name []byte) []byte {
	return append(append([]byte(nil), name...), " = "...)
}

// minEscapes is the fewest \xHH or \ooo escapes in a literal worth
// decoding.
const minEscapes = 8

// octalEscape reports whether b starts with an octal escape of a byte,
// \000 to \377.
func octalEscape(b []byte) bool {
	return len(b) >= 4 && b[0] == '\\' && b[1] >= '0' && b[1] <= '3' && b[2] >= '0' && b[2] <= '7' && b[3] >= '0' && b[3] <= '7'
}

// escapeViews decodes string and bytes literals written with \xHH or
// \ooo escapes: text hidden by an obfuscator ("\x6d\x69\x6c\x6b …")
// comes out as text (encoding "escapes"); a literal of 16 to 64 raw bytes
// (Python's b'\x8f\xa2Q…', a C array initialiser string, a protobuf
// text-format bytes field as C++ and Python write it, "\350\177…"), the
// shape of a private key, comes out as its lower-case hex (encoding
// "bytes-literal"), which the key detectors judge with the context before
// the literal.
func escapeViews(w *walker, data []byte, emit func(View) bool) bool {
	ln := lineQuote{quote: -1}
	parsed := -1 // the last opening quote a literal was read from
	for off := 0; ; {
		k := bytes.IndexByte(data[off:], '\\')
		if k < 0 {
			return true
		}
		if p := off + k; p+1 >= len(data) || data[p+1] != 'x' && !octalEscape(data[p:]) {
			off = p + 1
			continue
		}
		if w.stop() {
			return false
		}
		p := off + k
		// The literal's opening quote: the nearest quote before on the
		// same line. A literal is read once from each quote: what it
		// holds does not depend on which escape led to it.
		s := ln.before(data, p, `"'`)
		if s < 0 || p-s > maxRun || s == parsed {
			off = p + 2
			continue
		}
		parsed = s
		q := data[s]
		lit := data[s+1 : min(len(data), s+1+maxRun)]
		doubled := -1 // the closing quote of a literal whose escapes are doubled
		if e := bytes.IndexByte(lit, q); e >= 0 && bytes.Contains(lit[:e], []byte(`\\x`)) {
			// An escape written into a JSON string, its backslash
			// doubled: a Python bytes repr in an error tracker's event
			// ("priv": "b'\\x8f\\xa2Q…'"), read without the doubling.
			lit, doubled = bytes.ReplaceAll(lit[:e], []byte(`\\`), []byte(`\`)), s+1+e
		}
		out, escapes, n, ok := unescapeLiteral(lit, q)
		i := s + 1 + n
		if doubled >= 0 && ok && n == len(lit) {
			i = doubled
		}
		off = max(i, p+2)
		if !ok || i >= len(data) || data[i] != q || escapes < minEscapes {
			continue
		}
		// A string prefix (Python's b'…', rb'…') belongs to the literal:
		// the context before it is the name it is assigned to.
		start := s
		for start > 0 && s-start < 2 && strings.IndexByte("bBrRuU", data[start-1]) >= 0 {
			start--
		}
		if start > 0 && isIdent(data[start-1]) {
			start = s // the letters end a longer word, not a prefix
		}
		v := View{Start: start, End: i + 1}
		switch {
		case printable(out):
			v.Data, v.Encoding = out, "escapes"
		case len(out) >= 16 && len(out) <= 64:
			v.Data, v.Encoding = []byte(hex.EncodeToString(out)), "bytes-literal"
		default:
			continue
		}
		if !emit(v) {
			return false
		}
	}
}

// unescapeLiteral reads the bytes of a string literal lit up to its
// closing quote q (or its end): \xHH and \ooo escapes, \n, \t, \r, an
// escaped quote or backslash, printable ASCII. n is how far it read;
// ok is false at a byte or an escape a literal does not hold.
func unescapeLiteral(lit []byte, q byte) (out []byte, escapes, n int, ok bool) {
	i := 0
	ok = true
	for ok && i < len(lit) && lit[i] != q {
		c := lit[i]
		switch {
		case c == '\\' && i+1 < len(lit):
			switch n := lit[i+1]; n {
			case 'x':
				if i+3 < len(lit) && hexDigit[lit[i+2]] && hexDigit[lit[i+3]] {
					out = append(out, unhex(lit[i+2])<<4|unhex(lit[i+3]))
					escapes++
					i += 4
					continue
				}
				ok = false
			case 'n', 't', 'r':
				b, _ := controlEscape(n)
				out = append(out, b)
			case '0', '1', '2', '3':
				if octalEscape(lit[i:]) {
					out = append(out, (n-'0')<<6|(lit[i+2]-'0')<<3|(lit[i+3]-'0'))
					escapes++
					i += 4
					continue
				}
				if n != '0' {
					ok = false
				}
				out = append(out, 0)
			case '\\', '\'', '"':
				out = append(out, n)
			default:
				ok = false
			}
			i += 2
		case c < 0x20 || c >= 0x7f:
			ok = false
		default:
			out = append(out, c)
			i++
		}
	}
	return out, escapes, i, ok
}

func isIdent(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z'
}

func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

// joinedHexViews joins the hex digits of string literals that a program
// writes one after the other to make one string, and turns those that
// make 64 hex digits in all into a view of them (encoding
// "joined-literals"): a key cut in two to keep lines short, in C and
// C++ and Python (literals side by side), JavaScript, Java, C# and Go
// ("+"), Lua (".."), Elixir ("<>"), D ("~"), PHP and Perl ("."), VB
// ("&"), Rust (concat!'s arguments). Each part is a literal holding nothing but hex digits, 24 or
// more in the first and 16 or more in the others (the first may start
// with "0x", or follow a literal of "0x" alone), in double or single quotes,
// apart from the next by white space, line breaks and one such
// operator. The key detectors judge the view by the name it is assigned
// to (its Context, as arrayName cuts it out), as they judge an array of
// bytes.
func joinedHexViews(w *walker, data []byte, emit func(View) bool) bool {
	const key = 2 * keyBytes
	// literal returns the end of the quoted hex literal whose content
	// starts at s (past "0x" when first allows it) and the hex digits'
	// start, or ok false.
	literal := func(s int, first bool) (hs, end int, ok bool) {
		if s <= 0 || s >= len(data) || data[s-1] != '"' && data[s-1] != '\'' {
			return 0, 0, false
		}
		q := data[s-1]
		hs = s
		if first && s+1 < len(data) && data[s] == '0' && data[s+1]|0x20 == 'x' {
			hs = s + 2
		}
		e := hs
		for e < len(data) && e-hs <= key && hexDigit[data[e]] {
			e++
		}
		if e-hs < minJoinedPart || e-hs >= key || e >= len(data) || data[e] != q {
			return 0, 0, false
		}
		return hs, e + 1, true
	}
	joiner := func(i int, array bool) int { return JoinedNext(data, i, array) }
	done := 0 // the end of the last joined string
	ok := true
	// The first part's content (its "0x" too) is a run of the index's
	// class, found by its length alone.
	w.runs.EachWide(data, byteruns.WideMin, key+1, func(s, e int) bool {
		if s < done {
			return true
		}
		if w.stop() {
			ok = false
			return false
		}
		start := s - 1
		hs, end, isLit := literal(s, true)
		if !isLit {
			return true
		}
		// A literal joined before this one: "0x" alone (`"0x" <> "…"`)
		// opens the key; any other makes a longer string.
		w0 := max(0, start-16)
		c := bytes.TrimRight(data[w0:start], " \t\r\n")
		for _, op := range joinOps {
			if bytes.HasSuffix(c, []byte(op)) {
				c = bytes.TrimRight(c[:len(c)-len(op)], " \t\r\n")
				break
			}
		}
		switch {
		case bytes.HasSuffix(c, []byte(`"0x"`)) || bytes.HasSuffix(c, []byte("'0x'")):
			start = w0 + len(c) - 4
		case len(c) > 0 && (c[len(c)-1] == '"' || c[len(c)-1] == '\''):
			return true
		}
		// The first element of an array ("privateKey": ["<32 hex>",
		// "<32 hex>"]) or of Rust's concat! (`concat!("<32 hex>",
		// "<32 hex>")`): its elements join when they are all the array
		// or the macro holds.
		array := len(c) > 0 && c[len(c)-1] == '['
		closer := byte(']')
		if bytes.HasSuffix(c, []byte("concat!(")) {
			array, closer = true, ')'
		}
		// The parts' digits, counted first: most hex literals stand alone.
		// A part holds 16 digits or more, so a key has at most four.
		var parts [key / minJoinedPart][2]int
		np, n := 0, 0
		for {
			parts[np] = [2]int{hs, end - 1}
			np++
			if n += end - 1 - hs; n >= key || np == len(parts) {
				break
			}
			next := joiner(end, array)
			if next < 0 {
				break
			}
			h, e2, isLit := literal(next, false)
			if !isLit {
				break
			}
			hs, end = h, e2
		}
		if np > 1 {
			done = end
		}
		if n != key || np < 2 || joiner(end, array) >= 0 || array && !arrayEnd(data, end, closer) {
			return true // not a key, or part of a longer string
		}
		joined := make([]byte, 0, key)
		for _, p := range parts[:np] {
			joined = append(joined, data[p[0]:p[1]]...)
		}
		ok = emit(View{Data: joined, Encoding: "joined-literals", Start: start, End: end,
			Context: arrayName(bytes.TrimRight(data[max(0, start-contextSize):start], " \t\r\n"))})
		return ok
	})
	return ok
}

// minJoinedPart is the fewest hex digits a part of a joined key holds
// (joinedHexViews); the first holds byteruns.WideMin or more.
const minJoinedPart = 16

// joinOps are the operators that join two string literals, the longer
// before those they start with.
var joinOps = [...]string{"..", "<>", "+", "~", ".", "&"}

// JoinedNext returns where the content of the string literal that a
// language joins to the one ending at i starts (past its opening quote),
// or -1: the next literal past white space and line breaks, and one join
// operator (joinOps) or, with comma set (an array's elements, Rust's
// concat!'s arguments), a comma.
func JoinedNext(data []byte, i int, comma bool) int {
	i = skipSpace(data, i)
	if comma && i < len(data) && data[i] == ',' {
		i = skipSpace(data, i+1)
	}
	for _, op := range joinOps {
		if bytes.HasPrefix(data[i:], []byte(op)) {
			i = skipSpace(data, i+len(op))
			break
		}
	}
	if i < len(data) && (data[i] == '"' || data[i] == '\'') {
		return i + 1
	}
	return -1
}

// JoinOps returns the operators that join string literals over lines, the
// longer before those they start with: the key detectors join a base58
// key's literal parts by the same.
func JoinOps() []string { return append([]string(nil), joinOps[:]...) }

// arrayEnd reports whether an array (or a macro's arguments) closes at
// i with closer, past white space and a trailing comma.
func arrayEnd(data []byte, i int, closer byte) bool {
	i = skipSpace(data, i)
	if i < len(data) && data[i] == ',' {
		i = skipSpace(data, i+1)
	}
	return i < len(data) && data[i] == closer
}

// skipSpace returns the index of the first byte at or after i that is
// not white space or a line break.
func skipSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	return i
}

// keyBytes is the size of the private keys separatedHexViews looks for.
const keyBytes = 32

// separatedHexViews turns 32 bytes written as two hex digits each with a
// separator between them into their 64 hex digits (encoding
// "separated-hex"), for the key detectors to judge by the text before
// them: a key printed by a program ("4c:0b:…", Node's "<Buffer 4c 0b …>")
// or by "openssl ec -text" (a "priv:" block of lines of 15 colon-joined
// bytes, with a leading 00 byte when the first is 0x80 or more), or as
// Python's bytes.hex(" ") and .NET's BitConverter.ToString print bytes
// ("4c 0b …", "4C-0B-…"). The separator is the same all along: a colon,
// which may end a line (openssl's layout), one space or one hyphen.
// Longer or shorter runs (fingerprints of 20 bytes, public keys of 33 or
// 65, moduli) are not keys. Runs are found by their colons, by Node's
// "<Buffer " and, apart by spaces or hyphens, by a search that skips
// what cannot hold 32 pairs (spacedPairs).
func separatedHexViews(w *walker, data []byte, emit func(View) bool) bool {
	try := func(at int) (end int, ok bool) {
		var buf [keyBytes + 1]byte
		out, n, end := hexPairs(data, at, buf[:0])
		if n == keyBytes+1 && out[0] == 0 {
			out, n = out[1:], keyBytes
		}
		if n != keyBytes {
			return end, true
		}
		return end, emit(View{Data: []byte(hex.EncodeToString(out)), Encoding: "separated-hex", Start: at, End: end,
			Context: separatedHexContext(data, at, end)})
	}
	for off := 0; ; {
		k := bytes.IndexByte(data[off:], ':')
		if k < 0 {
			break
		}
		p := off + k
		off = p + 1
		// The first colon of a run: a pair before it, one after it (a
		// colon with pairs before it further back was read with them).
		if p < 2 || !hexPair(data, p-2) || !hexPair(data, p+1) && !(p+1 < len(data) && (data[p+1] == '\n' || data[p+1] == '\r')) {
			continue
		}
		if w.stop() {
			return false
		}
		end, ok := try(p - 2)
		if !ok {
			return false
		}
		off = max(off, end)
	}
	marker := []byte("<Buffer ")
	var buffers [][2]int // the runs read after "<Buffer "
	for off := 0; ; {
		k := bytes.Index(data[off:], marker)
		if k < 0 {
			break
		}
		p := off + k + len(marker)
		off = p
		if !hexPair(data, p) {
			continue
		}
		if w.stop() {
			return false
		}
		end, ok := try(p)
		if !ok {
			return false
		}
		off = max(off, end)
		buffers = append(buffers, [2]int{p, end})
	}
	// Pairs apart by spaces or hyphens, where no "<Buffer " came before.
	return spacedPairs(data, func(at int) (int, bool) {
		for len(buffers) > 0 && buffers[0][1] <= at {
			buffers = buffers[1:]
		}
		if len(buffers) > 0 && buffers[0][0] <= at {
			return buffers[0][1], true // read after its "<Buffer "
		}
		if w.stop() {
			return 0, false
		}
		return try(at)
	})
}

// spacedPairs calls read with the start of each run of at least keyBytes
// hex pairs apart by one space or one hyphen in data, in order, and goes
// on after the end read returns, until read returns false. Such a run
// spans keyBytes*3-1 bytes with a separator at every third; a window of
// three bytes it covers holds one separator with more at three and six
// bytes around it. So it looks at three bytes of each stretch of that
// length and, where none is such a separator, skips the stretch: text
// and long hex strings are passed over without a look at each byte.
func spacedPairs(data []byte, read func(at int) (end int, ok bool)) bool {
	const span = keyBytes*3 - 1
	for lo := 0; lo+span <= len(data); {
		// A run that starts in data[lo : lo+span-2] covers these three.
		p := lo + span - 3
		r := -1
		for i := p; i < p+3 && r < 0; i++ {
			// Most bytes are neither a space nor a hyphen, and most that
			// are stand between words, not pairs.
			if c := data[i]; (c == ' ' || c == '-') && i+1 < len(data) && hexDigit[data[i+1]] && pairSeparator(data, i) {
				r = i
			}
		}
		if r < 0 {
			lo = p + 1
			continue
		}
		sep, at := data[r], r-2
		for at >= 3 && data[at-1] == sep && hexPair(data, at-3) {
			at -= 3
		}
		end, ok := read(at)
		if !ok {
			return false
		}
		// Its last pair may begin a run with the other separator.
		lo = max(p+1, end-2)
	}
	return true
}

// pairSeparator reports whether data[i] is a space or a hyphen between
// two hex pairs with the same separator three or six bytes from it on
// at least two sides of four: one of a run of pairs apart.
func pairSeparator(data []byte, i int) bool {
	c := data[i]
	if c != ' ' && c != '-' || !hexPair(data, i-2) || !hexPair(data, i+1) {
		return false
	}
	n := 0
	for _, d := range [...]int{-6, -3, 3, 6} {
		if k := i + d; k >= 0 && k < len(data) && data[k] == c {
			n++
		}
	}
	return n >= 2
}

// hexPair reports whether data[k:k+2] is two hex digits that no other hex
// digit touches.
func hexPair(data []byte, k int) bool {
	return k >= 0 && k+2 <= len(data) && hexDigit[data[k]] && hexDigit[data[k+1]] &&
		(k+2 == len(data) || !hexDigit[data[k+2]]) && (k == 0 || !hexDigit[data[k-1]])
}

// hexPairs reads the pairs of hex digits joined by one separator (the
// byte after the first pair, a colon, a space or a hyphen) that begin with the pair
// at data[at]: their bytes into out, as many as it has room for, their
// number n and the end of the last.
func hexPairs(data []byte, at int, out []byte) (_ []byte, n, end int) {
	add := func(k int) {
		if len(out) < cap(out) {
			out = append(out, unhex(data[k])<<4|unhex(data[k+1]))
		}
		n++
	}
	add(at)
	end = at + 2
	if end == len(data) || data[end] != ':' && data[end] != ' ' && data[end] != '-' {
		return out, n, end
	}
	sep := data[end]
	for k := end; k < len(data) && data[k] == sep; {
		next := k + 1
		if sep == ':' && next < len(data) && (data[next] == '\n' || data[next] == '\r') {
			// openssl's layout: a colon ends the line, the bytes go on
			// after the indent of the next.
			for next < len(data) && (data[next] == '\n' || data[next] == '\r' || data[next] == ' ' || data[next] == '\t') && next-k < 32 {
				next++
			}
		}
		if !hexPair(data, next) {
			break
		}
		add(next)
		end = next + 2
		k = end
	}
	return out, n, end
}

// separatedHexContext is the text before the bytes at data[start:end] as
// the key detectors read names: without the wrapper a program prints
// around them (Node's "<Buffer"), and openssl's "priv:" block of a
// secp256k1 key (its "ASN1 OID: secp256k1" after it) named as the private
// key it is. Keys of other curves keep their "priv:", which names nothing.
func separatedHexContext(data []byte, start, end int) []byte {
	before := data[max(0, start-contextSize):start]
	t := bytes.TrimRight(before, " \t\r\n")
	switch {
	case bytes.HasSuffix(t, []byte("<Buffer")):
		return append(bytes.TrimRight(bytes.Clone(t[:len(t)-len("<Buffer")]), " \t"), ' ')
	case bytes.HasSuffix(t, []byte("priv:")) && bytes.Contains(t, []byte("Private-Key:")) &&
		bytes.Contains(data[end:min(len(data), end+1024)], []byte("ASN1 OID: secp256k1")):
		return []byte("private key: ")
	}
	return before
}

// lineStarts returns the offset of each line's start in data.
func lineStarts(data []byte) []int {
	starts := []int{0}
	for i, c := range data {
		if c == '\n' && i+1 < len(data) {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// throughCells maps a view found in an outer view's text (whose lines
// start at lines) to the outer view's data through its cells (a line of
// the outer text each): its span, and its own cells when it has them.
// ok is false when the outer view has no cells or they do not cover it.
func throughCells(v View, lines []int, cells [][2]int) (View, bool) {
	if len(cells) == 0 || len(cells) != len(lines) {
		return v, false
	}
	cellOf := func(off int) (int, bool) {
		i := sort.SearchInts(lines, off+1) - 1
		return i, i >= 0 && i < len(cells)
	}
	span := func(s, e int) ([2]int, bool) {
		a, ok1 := cellOf(s)
		b, ok2 := cellOf(max(s, e-1))
		ca, cb := cells[max(a, 0)], cells[max(b, 0)]
		return [2]int{min(ca[0], cb[0]), max(ca[1], cb[1])}, ok1 && ok2
	}
	sp, ok := span(v.Start, v.End)
	if !ok {
		return v, false
	}
	out := v
	out.Start, out.End = sp[0], sp[1]
	if v.Cells != nil {
		out.Cells = make([][2]int, len(v.Cells))
		for i, c := range v.Cells {
			if out.Cells[i], ok = span(c[0], c[1]); !ok {
				return v, false
			}
		}
	}
	return out, true
}
