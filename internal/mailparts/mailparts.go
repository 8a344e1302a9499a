// Package mailparts splits e-mail into what a reader of it sees: the
// header fields, every text part and every attachment, decoded (quoted-
// printable, base64, encoded words, character sets), including nested
// multiparts and attached messages. It reads single messages (.eml, MIME
// in general) and mbox files (Thunderbird profiles, mail exports) with the
// standard library's net/mail, mime, mime/multipart and
// mime/quotedprintable, and golang.org/x/text for character sets.
//
// Walk streams: nothing but the part being read is held in memory. The
// caller bounds the bytes read (the audit engine wraps readers in its
// archive budget); Limits bound the structure.
package mailparts

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"path"
	"strconv"
	"strings"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
)

// Limits bound the structure Walk follows.
type Limits struct {
	// Parts is the most parts reported (headers, texts, attachments) in
	// all messages together; 0 means 10,000.
	Parts int
	// Depth is the most levels of nested multiparts and attached
	// messages; 0 means 16.
	Depth int
	// Messages is the most messages read from an mbox; 0 means 100,000.
	Messages int
}

func (l Limits) withDefaults() Limits {
	if l.Parts <= 0 {
		l.Parts = 10000
	}
	if l.Depth <= 0 {
		l.Depth = 16
	}
	if l.Messages <= 0 {
		l.Messages = 100000
	}
	return l
}

// ErrLimit is returned, wrapped, when a limit stopped the walk; what was
// reported before it is complete.
var ErrLimit = errors.New("mail limits reached")

// Kind is what Sniff recognised.
type Kind int

// The kinds Sniff tells apart.
const (
	NotMail Kind = iota
	Message      // one RFC 5322 message with MIME
	Mbox         // messages one after another, each after a "From " line
)

// Sniff recognises mail by its first bytes: an mbox starts with a
// "From " line followed by header fields; a message starts with header
// fields and declares MIME ("MIME-Version:" or a "Content-Type:" /
// "Content-Transfer-Encoding:" field) among them. A message without MIME
// is plain text, which needs no splitting.
func Sniff(head []byte) Kind {
	if bytes.HasPrefix(head, []byte("From ")) {
		nl := bytes.IndexByte(head, '\n')
		if nl > 0 && headerLine(head[nl+1:]) {
			return Mbox
		}
		return NotMail
	}
	// Apple Mail's .emlx: the message's length in bytes on a line of its
	// own, then the message.
	skip, _ := emlxCount(head)
	head = head[skip:]
	if !headerLine(head) {
		return NotMail
	}
	// The header block, as far as the head reaches.
	block := head
	if end := bytes.Index(head, []byte("\n\n")); end >= 0 {
		block = head[:end]
	} else if end := bytes.Index(head, []byte("\r\n\r\n")); end >= 0 {
		block = head[:end]
	}
	if !headerBlock(block, len(block) < len(head)) {
		return NotMail
	}
	lower := bytes.ToLower(block)
	for _, f := range []string{"mime-version:", "content-type:", "content-transfer-encoding:"} {
		if bytes.HasPrefix(lower, []byte(f)) || bytes.Contains(lower, []byte("\n"+f)) {
			return Message
		}
	}
	return NotMail
}

// SniffSize is how much of an item's head Sniff needs to see a received
// message's header block whole: Received, DKIM, ARC and a mail server's
// own fields come before MIME's, and take kilobytes.
const SniffSize = 16 << 10

// MayBe reports whether head starts as mail could (a "From " line or a
// header field, after an .emlx file's length), so that a caller with a
// shorter head reads up to SniffSize before it calls Sniff.
func MayBe(head []byte) bool {
	skip, _ := emlxCount(head)
	return bytes.HasPrefix(head, []byte("From ")) || headerLine(head[skip:])
}

// maxEmlxCount bounds the digits of an .emlx file's first line.
const maxEmlxCount = 12

// emlxCount returns the length of head's first line with its line break
// when it is a number alone (maybe padded with spaces), as Apple Mail's
// .emlx files start with the length of the message that follows, and that
// number; 0 and 0 otherwise.
func emlxCount(head []byte) (skip int, count int64) {
	i := 0
	for i < len(head) && i <= maxEmlxCount && head[i] >= '0' && head[i] <= '9' {
		count = count*10 + int64(head[i]-'0')
		i++
	}
	if i == 0 || i > maxEmlxCount {
		return 0, 0
	}
	for i < len(head) && i < 2*maxEmlxCount && (head[i] == ' ' || head[i] == '\t') {
		i++ // Apple Mail pads the number with spaces
	}
	switch {
	case i < len(head) && head[i] == '\n':
		return i + 1, count
	case i+1 < len(head) && head[i] == '\r' && head[i+1] == '\n':
		return i + 2, count
	}
	return 0, 0
}

// headerBlock reports whether every line of block is a header field or
// the continuation of one (folded, starting with a space or a tab); the
// last line counts only when whole (the head may cut it). A JSON document
// whose first key ends in a colon and whose later lines hold
// "Content-Type:" (a browser's cache entry) is not a mail.
func headerBlock(block []byte, whole bool) bool {
	for len(block) > 0 {
		line, rest, found := bytes.Cut(block, []byte("\n"))
		if !found && !whole {
			return true
		}
		if len(line) == 0 {
			return true
		}
		if line[0] != ' ' && line[0] != '\t' && !headerLine(line) {
			return false
		}
		block = rest
	}
	return true
}

// headerLine reports whether b starts with a header field: a name of
// ASCII letters, digits, hyphens, underscores and dots (what mail's
// fields are named with; the standard allows any printable character,
// which JSON's "{\"key\":" would be too), then a colon.
func headerLine(b []byte) bool {
	for i, c := range b {
		switch {
		case c == ':':
			return i > 0
		case !('a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.'):
			return false
		}
		if i > 76 {
			return false
		}
	}
	return false
}

// Form says how a part's decoded content stands in the bytes of the walk's
// input, so that what is found in it can be placed there.
type Form int

// The forms of a part.
const (
	// Apart: the content is not in the input as such (header fields
	// decoded, another character set, a part inside an encoded one).
	Apart Form = iota
	// Verbatim: the content is the very bytes of the input (no transfer
	// encoding, UTF-8 or ASCII).
	Verbatim
	// QuotedPrintable: the input holds the content in quoted-printable
	// (UTF-8 or ASCII).
	QuotedPrintable
	// Base64: the input holds the content in base64 (UTF-8 or ASCII
	// text, or bytes).
	Base64
	// SingleByte is added to Verbatim, QuotedPrintable or Base64 when
	// the content was decoded from a single-byte character set (ISO
	// 8859, Windows-125x, KOI8): each of its characters stands for one
	// byte of the input's (transfer-decoded) content, an ASCII one for
	// itself, another for one byte of 0x80 or more.
	SingleByte Form = 8
)

// Walk reads mail of the given kind from r and calls yield with each part:
// its name (for example "headers.txt", "part1.txt", "part2/notes.zip",
// "message3/part1.html"), a reader of its decoded content, valid until
// yield returns, and its Form: how that content stands in r. An error
// from yield stops the walk and is returned.
func Walk(r io.Reader, kind Kind, lim Limits, yield func(name string, content io.Reader, form Form) error) error {
	w := &walker{lim: lim.withDefaults(), yield: yield}
	switch kind {
	case Message:
		br := bufio.NewReader(r)
		head, _ := br.Peek(2 * (maxEmlxCount + 1))
		skip, n := emlxCount(head)
		if _, err := br.Discard(skip); err != nil {
			return err
		}
		if skip > 0 {
			// The count is the message's length: Apple Mail's property
			// list of flags and dates follows it, which a base64 body
			// read to the end would take in (and fail on).
			return w.message(io.LimitReader(br, n), "", 0, true)
		}
		return w.message(br, "", 0, true)
	case Mbox:
		return w.mbox(r)
	}
	return fmt.Errorf("mailparts: not mail")
}

type walker struct {
	lim   Limits
	parts int
	yield func(string, io.Reader, Form) error
}

func (w *walker) emit(name string, content io.Reader, form Form) error {
	if w.parts >= w.lim.Parts {
		return fmt.Errorf("%w: more than %d parts", ErrLimit, w.lim.Parts)
	}
	w.parts++
	return w.yield(name, content, form)
}

// mbox splits an mbox at its "From " lines and walks each message. Lines
// quoted as ">From " (mboxrd) are left as they are: the quote changes no
// secret.
func (w *walker) mbox(r io.Reader) error {
	br := bufio.NewReaderSize(r, 64<<10)
	n := 0
	for {
		line, err := br.ReadSlice('\n')
		if len(line) == 0 && err != nil {
			if err == io.EOF {
				return nil
			}
			return err
		}
		if !bytes.HasPrefix(line, []byte("From ")) {
			// Text before the first separator, or a line too long for the
			// buffer: skip to the next line.
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			continue
		}
		n++
		if n > w.lim.Messages {
			return fmt.Errorf("%w: more than %d messages", ErrLimit, w.lim.Messages)
		}
		msg := &mboxMessage{br: br}
		if err := w.message(msg, "message"+strconv.Itoa(n)+"/", 0, true); err != nil {
			return err
		}
		// Whatever of the message was not read (a part past a limit, or
		// a malformed tail) is skipped up to the next separator, which
		// the next round reads.
		if _, err := io.Copy(io.Discard, msg); err != nil {
			return err
		}
	}
}

// mboxMessage reads one message of an mbox: up to the next line that
// starts with "From ", which it leaves unread.
type mboxMessage struct {
	br      *bufio.Reader
	line    []byte // rest of the current line not yet returned
	midLine bool   // line is the start of a line longer than the buffer
	eof     bool
}

func (m *mboxMessage) Read(p []byte) (int, error) {
	for len(m.line) == 0 {
		if m.eof {
			return 0, io.EOF
		}
		if !m.midLine {
			if peek, _ := m.br.Peek(5); bytes.Equal(peek, []byte("From ")) {
				m.eof = true
				return 0, io.EOF
			}
		}
		line, err := m.br.ReadSlice('\n')
		m.line, m.midLine = line, errors.Is(err, bufio.ErrBufferFull)
		if err != nil && !m.midLine {
			m.eof = true
			if len(line) == 0 {
				if err == io.EOF {
					return 0, io.EOF
				}
				return 0, err
			}
		}
	}
	n := copy(p, m.line)
	m.line = m.line[n:]
	return n, nil
}

// structural are the MIME fields that say how a body is built, not what
// it says. They are left out of the header text, which then never reads
// as a message of its own.
var structural = map[string]bool{"Mime-Version": true, "Content-Type": true, "Content-Transfer-Encoding": true}

var words = &mime.WordDecoder{CharsetReader: func(charset string, r io.Reader) (io.Reader, error) {
	cr, _, err := charsetReader(charset, r)
	return cr, err
}}

// message walks one message: its header fields as text, then its body;
// verbatim says whether r is the very bytes of the walk's input.
func (w *walker) message(r io.Reader, prefix string, depth int, verbatim bool) error {
	msg, err := mail.ReadMessage(bufio.NewReader(r))
	if err != nil {
		return fmt.Errorf("mail header: %w", err)
	}
	var hb strings.Builder
	for _, k := range sortedKeys(msg.Header) {
		if structural[k] {
			continue
		}
		for _, v := range msg.Header[k] {
			if dv, err := words.DecodeHeader(v); err == nil {
				v = dv
			}
			hb.WriteString(k)
			hb.WriteString(": ")
			hb.WriteString(v)
			hb.WriteByte('\n')
		}
	}
	if err := w.emit(prefix+"headers.txt", strings.NewReader(hb.String()), Apart); err != nil {
		return err
	}
	return w.entity(mailHeader(msg.Header), msg.Body, prefix, "body", depth, verbatim)
}

// header is what an entity's fields are read through.
type header interface {
	Get(string) string
}

type mailHeader mail.Header

func (h mailHeader) Get(k string) string { return mail.Header(h).Get(k) }

// entity walks a MIME entity: a multipart's parts, an attached message,
// or a leaf, decoded; verbatim says whether body is the very bytes of the
// walk's input.
func (w *walker) entity(h header, body io.Reader, prefix, name string, depth int, verbatim bool) error {
	if depth > w.lim.Depth {
		return fmt.Errorf("%w: nested deeper than %d levels", ErrLimit, w.lim.Depth)
	}
	ct := h.Get("Content-Type")
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil || ct == "" {
		mt, params = "text/plain", map[string]string{}
	}
	cte := h.Get("Content-Transfer-Encoding")
	body = transferDecoder(cte, body)
	form := Apart // of a leaf
	if verbatim {
		switch strings.ToLower(strings.TrimSpace(cte)) {
		case "", "7bit", "8bit", "binary":
			form = Verbatim
		case "quoted-printable":
			form, verbatim = QuotedPrintable, false
		case "base64":
			form, verbatim = Base64, false
		default:
			verbatim = false
		}
	}
	switch {
	case strings.HasPrefix(mt, "multipart/") && params["boundary"] != "":
		mr := multipart.NewReader(body, params["boundary"])
		for i := 1; ; i++ {
			p, err := mr.NextRawPart()
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return fmt.Errorf("multipart: %w", err)
			}
			// The parts of a message's body are named directly under it
			// ("part1.txt"); those of a nested multipart under its name
			// ("part2/part1.txt").
			sub := prefix
			if name != "body" {
				sub = prefix + name + "/"
			}
			if err := w.entity(p.Header, p, sub, "part"+strconv.Itoa(i), depth+1, verbatim); err != nil {
				return err
			}
		}
	case mt == "message/rfc822" || mt == "message/global":
		// An attached message: its own headers and parts, one level down.
		return w.message(body, prefix+name+"/", depth+1, verbatim)
	}
	file := attachmentName(h, params)
	if file == "" {
		file = name + extension(mt)
	} else {
		file = name + "-" + file
	}
	if cs := params["charset"]; cs != "" && strings.HasPrefix(mt, "text/") {
		if cr, single, err := charsetReader(cs, body); err == nil {
			switch {
			case identityCharset(cs):
			case single && form != Apart:
				form |= SingleByte
			default:
				form = Apart
			}
			body = cr
		}
	}
	return w.emit(prefix+file, body, form)
}

// transferDecoder undoes a Content-Transfer-Encoding. multipart's
// NextRawPart leaves it in place, so every level decodes its own.
func transferDecoder(cte string, body io.Reader) io.Reader {
	switch strings.ToLower(strings.TrimSpace(cte)) {
	case "base64":
		// The decoder skips line breaks; other junk ends the part early,
		// as a mail client would show it broken.
		return base64.NewDecoder(base64.StdEncoding, &base64Clean{r: body})
	case "quoted-printable":
		return quotedprintable.NewReader(body)
	}
	return body
}

// base64Clean drops the bytes a base64 body may carry besides the
// alphabet and line breaks (spaces, tabs, trailing junk after "="), so a
// sloppy sender's part still decodes.
type base64Clean struct{ r io.Reader }

func (b *base64Clean) Read(p []byte) (int, error) {
	for {
		n, err := b.r.Read(p)
		k := 0
		for _, c := range p[:n] {
			if c == ' ' || c == '\t' {
				continue
			}
			p[k] = c
			k++
		}
		if k > 0 || err != nil {
			return k, err
		}
	}
}

// attachmentName returns the file name an entity declares, reduced to
// its base name (a name is a label in a location, never a path to open).
func attachmentName(h header, ctParams map[string]string) string {
	name := ""
	if _, dp, err := mime.ParseMediaType(h.Get("Content-Disposition")); err == nil {
		name = dp["filename"]
	}
	if name == "" {
		name = ctParams["name"]
	}
	if dn, err := words.DecodeHeader(name); err == nil {
		name = dn
	}
	name = path.Base(strings.ReplaceAll(name, "\\", "/"))
	if name == "." || name == "/" {
		return ""
	}
	return name
}

// extension names a leaf by its media type, so the engine treats an HTML
// part as HTML.
func extension(mt string) string {
	switch mt {
	case "text/html":
		return ".html"
	case "text/plain", "":
		return ".txt"
	}
	if exts, _ := mime.ExtensionsByType(mt); len(exts) > 0 {
		return exts[0]
	}
	return ".bin"
}

// charsetReader decodes text in a named character set to UTF-8; single
// is set for a single-byte character set whose first 128 bytes are ASCII.
func charsetReader(charset string, r io.Reader) (_ io.Reader, single bool, _ error) {
	if identityCharset(charset) {
		return r, false, nil
	}
	enc, err := htmlindex.Get(charset)
	if err != nil {
		return nil, false, fmt.Errorf("charset %q: %w", charset, err)
	}
	cm, single := enc.(*charmap.Charmap)
	if single {
		for c := range 128 {
			if cm.DecodeByte(byte(c)) != rune(c) {
				single = false // not ASCII below 0x80 (EBCDIC)
				break
			}
		}
	}
	return enc.NewDecoder().Reader(r), single, nil
}

// identityCharset reports a charset whose text is read as it is: UTF-8
// and ASCII.
func identityCharset(charset string) bool {
	switch strings.ToLower(charset) {
	case "utf-8", "us-ascii", "ascii", "":
		return true
	}
	return false
}

func sortedKeys(h mail.Header) []string {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	// Insertion order is lost in the map; a stable order keeps
	// fingerprints and locations stable between runs.
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}
