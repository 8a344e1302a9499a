package pwexport

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// readKeePassXML streams a KeePass 2.x XML export: every Entry (also
// those of an entry's History, titled "<title> (history)") with its
// String elements, Key and Value, and every attachment of Meta/Binaries
// that is text, titled "attachment <ID>" (attachmentText).
func readKeePassXML(r io.Reader, e *emitter) error {
	rr := &readErr{r: r}
	raw := &rawLines{r: rr, starts: []int64{0}, first: 1}
	dec := xml.NewDecoder(raw)
	dec.Strict = true
	dec.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		if strings.EqualFold(label, "utf-8") || strings.EqualFold(label, "utf8") {
			return in, nil // KeePass writes UTF-8
		}
		return nil, fmt.Errorf("encoding %q", label)
	}
	type field struct {
		key, value string
		at         func(int) (Place, bool)
	}
	type open struct {
		fields     []field
		title      field
		history    bool
		key, value strings.Builder
		valueAt    func(int) (Place, bool)
		values     int // the Value elements of the String
	}
	var stack []*open
	history := 0
	var text *strings.Builder // the Key or Value being read
	// An attachment of Meta/Binaries being read: its ID, whether it is
	// gzip-compressed, its base64.
	var bin *strings.Builder
	var binID string
	var binGzip bool
	// Where the Value being read starts in the export: its offset, line
	// and column, and the offset of its last token's end.
	var valueOff, lastOff int64
	var valueLine, valueCol int
	for {
		if text == nil {
			raw.forget(dec.InputOffset())
		}
		lastOff = dec.InputOffset()
		tok, err := dec.Token()
		if err == io.EOF {
			if len(stack) > 0 {
				return fmt.Errorf("%w: truncated inside an entry", ErrFormat)
			}
			return nil
		}
		if err != nil {
			if rr.err != nil && errors.Is(err, rr.err) {
				return err // the reader's own failure
			}
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				// Its message may quote the text; the line does not.
				return fmt.Errorf("%w: XML syntax error on line %d", ErrFormat, se.Line)
			}
			return fmt.Errorf("%w: XML not readable", ErrFormat)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "Entry":
				if len(stack) >= maxDepth {
					return fmt.Errorf("%w: entries nested too deep", ErrFormat)
				}
				stack = append(stack, &open{history: history > 0})
			case "History":
				history++
			case "Binary":
				if len(stack) == 0 {
					bin, binID, binGzip = &strings.Builder{}, "", false
					for _, a := range t.Attr {
						switch a.Name.Local {
						case "ID":
							binID = a.Value
						case "Compressed":
							binGzip = strings.EqualFold(a.Value, "true")
						}
					}
				}
			case "String":
				if len(stack) > 0 {
					cur := stack[len(stack)-1]
					cur.key.Reset()
					cur.value.Reset()
					cur.valueAt, cur.values = nil, 0
				}
			case "Key", "Value":
				if len(stack) > 0 {
					cur := stack[len(stack)-1]
					text = &cur.key
					if t.Name.Local == "Value" {
						text = &cur.value
						cur.values++
						valueOff = dec.InputOffset()
						valueLine, valueCol = dec.InputPos()
					}
				}
			}
		case xml.CharData:
			if text != nil {
				text.Write(t)
			}
			if bin != nil && int64(bin.Len()) <= e.lim.Bytes {
				bin.Write(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "Key", "Value":
				if t.Name.Local == "Value" && text != nil && len(stack) > 0 {
					cur := stack[len(stack)-1]
					if b, ok := raw.span(valueOff, lastOff); ok {
						cur.valueAt = xmlLines(b, cur.value.String(), valueOff, valueLine, valueCol)
					}
				}
				text = nil
			case "History":
				history--
			case "Binary":
				if bin == nil {
					break
				}
				content, ok := attachmentText(bin.String(), binGzip, e.lim.Bytes)
				bin = nil
				if !ok {
					break
				}
				en := &entry{title: "attachment " + oneLine(binID)}
				en.fieldAt("attachment", content, nil)
				if err := e.emit(en); err != nil {
					return err
				}
			case "String":
				if len(stack) > 0 {
					cur := stack[len(stack)-1]
					f := field{oneLine(cur.key.String()), cur.value.String(), cur.valueAt}
					if cur.values != 1 {
						f.at = nil // values joined: no one place
					}
					if f.key == "Title" && cur.title.value == "" {
						cur.title = f
					}
					cur.fields = append(cur.fields, f)
				}
			case "Entry":
				if len(stack) == 0 {
					break
				}
				cur := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				title := cur.title.value
				if cur.history {
					title += " (history)"
				}
				// The content's title line holds the title as written,
				// where it is placed; the entry's name tells history.
				en := &entry{title: title}
				en.fieldAt("title", cur.title.value, cur.title.at)
				for _, f := range cur.fields {
					if f.key != "Title" {
						en.fieldAt(f.key, f.value, f.at)
					}
				}
				if err := e.emit(en); err != nil {
					return err
				}
			}
		}
	}
}

// attachmentText decodes an attachment of a KeePass XML export: base64,
// gunzipped when compressed, at most max bytes. ok is false when it does
// not decode, is longer, or is not text (valid UTF-8 with few control
// bytes): a picture's bytes hold no phrase the text scan reads.
func attachmentText(b64 string, compressed bool, max int64) (string, bool) {
	raw, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(b64), ""))
	if err != nil {
		return "", false
	}
	if compressed {
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return "", false
		}
		raw, err = io.ReadAll(io.LimitReader(zr, max+1))
		if err != nil {
			return "", false
		}
	}
	if int64(len(raw)) > max || !utf8.Valid(raw) {
		return "", false
	}
	control := 0
	for _, c := range raw {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' {
			control++
		}
	}
	return string(raw), control*20 <= len(raw)
}

// xmlLines returns where the lines of an element's text value stand in
// the export, given its raw bytes (raw, from offset off, at line and
// column): the k-th line of the value at the k-th line of raw, past a
// CDATA section's opening. Nil when the two do not have the same lines
// (a character reference such as "&#10;" wrote a line break). The places
// are worked out here: raw is the reader's buffer, which the reading
// goes on to overwrite.
func xmlLines(raw []byte, value string, off int64, line, col int) func(int) (Place, bool) {
	if bytes.Count(raw, []byte("\n")) != strings.Count(value, "\n") {
		return nil
	}
	var places []Place
	p := Place{Line: line, Column: col, Offset: off}
	for {
		if cdata := "<![CDATA["; bytes.HasPrefix(raw, []byte(cdata)) {
			p.Offset += int64(len(cdata))
			p.Column += len(cdata)
			raw = raw[len(cdata):]
		}
		places = append(places, p)
		i := bytes.IndexByte(raw, '\n')
		if i < 0 {
			break
		}
		p = Place{Line: p.Line + 1, Column: 1, Offset: p.Offset + int64(i+1)}
		raw = raw[i+1:]
	}
	return func(k int) (Place, bool) {
		if k >= len(places) {
			return Place{}, false
		}
		return places[k], true
	}
}

// readErr remembers the reader's own error, apart from end of file, to
// tell it from a syntax error.
type readErr struct {
	r   io.Reader
	err error
}

func (r *readErr) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	if err != nil && err != io.EOF {
		r.err = err
	}
	return n, err
}

// csvFormat describes a CSV export by its header: the columns that must
// be there (lower case) and the one holding the entry's title.
type csvFormat struct {
	kind  Kind
	need  []string
	title string
}

// csvFormats: LastPass "url,username,password,totp,extra,name,grouping,
// fav" (totp is missing in older exports); Chrome/Edge "name,url,
// username,password,note"; Firefox "url,username,password,httpRealm,
// formActionOrigin,guid,timeCreated,timeLastUsed,timePasswordChanged";
// KeePassXC "Group,Title,Username,Password,URL,Notes,TOTP,Icon,Last
// Modified,Created"; KeePass 2 "Account,Login Name,Password,Web Site,
// Comments"; Bitwarden "folder,favorite,type,name,notes,fields,reprompt,
// login_uri,login_username,login_password,login_totp". Checked most
// specific first.
var csvFormats = []csvFormat{
	{BitwardenCSV, []string{"folder", "type", "name", "notes", "login_password"}, "name"},
	{LastPassCSV, []string{"url", "username", "password", "extra", "name", "grouping"}, "name"},
	{FirefoxCSV, []string{"url", "username", "password", "httprealm", "formactionorigin"}, "url"},
	{KeePassXCCSV, []string{"group", "title", "username", "password", "url", "notes"}, "title"},
	{KeePassCSV, []string{"account", "login name", "password", "web site", "comments"}, "account"},
	{ChromeCSV, []string{"name", "url", "username", "password"}, "name"},
	{RoboFormCSV, []string{"name", "url", "matchurl", "login", "pwd", "note"}, "name"},
}

// csvSkip are columns that hold nothing a secret could be in.
var csvSkip = map[string]bool{
	"guid": true, "timecreated": true, "timelastused": true, "timepasswordchanged": true, "fav": true,
	"favorite": true, "icon": true, "last modified": true, "created": true, "reprompt": true, "type": true,
}

// header reads a CSV header line into lower-case column names.
func header(line string) []string {
	rec, err := csv.NewReader(strings.NewReader(line)).Read()
	if err != nil {
		return nil
	}
	for i, c := range rec {
		rec[i] = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(c, "\ufeff")))
	}
	return rec
}

func sniffCSV(line string) Kind {
	// Every export's header has at least four columns (csvFormatOf):
	// most first lines of other files are turned down without a parse.
	if strings.Count(line, ",") < 3 {
		return None
	}
	if f := csvFormatOf(header(line)); f != nil {
		return f.kind
	}
	return None
}

func csvFormatOf(cols []string) *csvFormat {
	if len(cols) < 4 {
		return nil
	}
	has := make(map[string]bool, len(cols))
	for _, c := range cols {
		has[c] = true
	}
next:
	for i := range csvFormats {
		for _, n := range csvFormats[i].need {
			if !has[n] {
				continue next
			}
		}
		return &csvFormats[i]
	}
	return nil
}

// readCSV reads the rows of a CSV export under its header.
func readCSV(r io.Reader, kind Kind, e *emitter) error {
	// A byte-order mark before the header's first quote ("\ufeff\"Account\"",
	// as KeePass writes UTF-8) would make the quote part of the name:
	// it is passed over, the offsets counted from the start still.
	br := bufio.NewReader(r)
	var bom int64
	if b, err := br.Peek(3); err == nil && string(b) == "\ufeff" {
		_, _ = br.Discard(3)
		bom = 3
	}
	raw := &rawLines{r: br, base: bom, starts: []int64{bom}, first: 1}
	cr := csv.NewReader(raw)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = true
	head, err := cr.Read()
	if err != nil {
		return fmt.Errorf("%w: %v", ErrFormat, err)
	}
	cols := make([]string, len(head))
	for i, c := range head {
		cols[i] = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(c, "\ufeff")))
	}
	f := csvFormatOf(cols)
	if f == nil || f.kind != kind {
		return fmt.Errorf("%w: header is not a %s header", ErrFormat, kind)
	}
	names := make([]string, len(head))
	for i, c := range head {
		names[i] = oneLine(strings.TrimPrefix(c, "\ufeff"))
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return fmt.Errorf("%w: %v", ErrFormat, err)
			}
			return err
		}
		// at gives the places of the lines of field i's value.
		at := func(i int) func(k int) (Place, bool) {
			line, col := cr.FieldPos(i)
			return func(k int) (Place, bool) { return raw.place(line, col, k) }
		}
		title, ti := "", -1
		for i, c := range cols {
			if c == f.title && i < len(rec) {
				title, ti = rec[i], i
			}
		}
		// The title line, placed where the title column stands (a CSV
		// without one has no title line).
		en := &entry{title: title}
		if ti >= 0 {
			en.fieldAt("title", title, at(ti))
		}
		for i, v := range rec {
			if i >= len(cols) {
				en.fieldAt("column", v, at(i))
				continue
			}
			if cols[i] != f.title && !csvSkip[cols[i]] {
				en.fieldAt(names[i], v, at(i))
			}
		}
		if err := e.emit(en); err != nil {
			return err
		}
		raw.forget(cr.InputOffset())
	}
}

// rawLines is the reader a CSV or KeePass XML export is read through: it
// keeps the bytes read from the start of the line of the record (or XML
// element) being read on, and where their lines start, so that a field's
// lines can be placed in the export.
type rawLines struct {
	r      io.Reader
	buf    []byte  // the bytes from offset base on
	base   int64   // the offset of buf[0] in the export
	starts []int64 // the offsets of the lines first, first+1, …
	first  int     // the number (from 1) of the line starts[0] begins
}

func (r *rawLines) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	end := r.base + int64(len(r.buf))
	for i, c := range p[:n] {
		if c == '\n' {
			r.starts = append(r.starts, end+int64(i)+1)
		}
	}
	r.buf = append(r.buf, p[:n]...)
	return n, err
}

// place returns where line k (from 0) of the value of the field that
// starts at line and col (as csv.Reader.FieldPos gives them) stands: past
// its opening quote, if any, for its first line; at its line's start for
// the others.
func (r *rawLines) place(line, col, k int) (Place, bool) {
	i := line - r.first
	if i < 0 || i+k >= len(r.starts) {
		return Place{}, false
	}
	if k > 0 {
		return Place{Line: line + k, Column: 1, Offset: r.starts[i+k]}, true
	}
	off := r.starts[i] + int64(col-1)
	if b := off - r.base; b >= 0 && b < int64(len(r.buf)) && r.buf[b] == '"' {
		off, col = off+1, col+1
	}
	return Place{Line: line, Column: col, Offset: off}, true
}

// forget drops what lies before the line that holds offset off (where
// the next record or element starts). The bytes are let go of when they
// are most of what is kept, not at every call: the XML reader calls it at
// every element.
func (r *rawLines) forget(off int64) {
	i := 0
	for i+1 < len(r.starts) && r.starts[i+1] <= off {
		i++
	}
	if i > 0 {
		r.starts = r.starts[:copy(r.starts, r.starts[i:])]
		r.first += i
	}
	if drop := r.starts[0] - r.base; drop > 4096 && drop > int64(len(r.buf))/2 {
		r.buf = r.buf[:copy(r.buf, r.buf[drop:])]
		r.base = r.starts[0]
	}
}

// span returns the bytes from offset from to offset to, if it holds them;
// they are the reader's own, good until it reads or forgets again.
func (r *rawLines) span(from, to int64) ([]byte, bool) {
	if from < r.starts[0] || to < from || to-r.base > int64(len(r.buf)) {
		return nil, false
	}
	return r.buf[from-r.base : to-r.base], true
}
