package audit

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/walletaudit/walletaudit/internal/pwexport"
)

// asciinema records a terminal session as asciicast (v2, v3): a JSON
// header line ({"version": 2, ...}), then one JSON array a line per event,
// [time, code, data], where code "o" is what the terminal printed and "i"
// what was typed (docs.asciinema.org, "asciicast v2" and "asciicast v3").
// A program's output is cut into events anywhere, often in the middle of
// a line, and each event's text is a JSON string with its escapes
// (\u001b for ESC, \r\n): read as a file, a key and the address under it
// are in different strings, apart. The printed text, put back together,
// is read as a member placed at the events' lines, as a password
// export's entries are. The first version (v1) is one JSON document
// whose "stdout" holds the frames, [delay, text], read the same way.

// asciicastPrefixes start the header line of the versions read.
var asciicastPrefixes = []string{`{"version": 2`, `{"version":2`, `{"version": 3`, `{"version":3`}

// sniffAsciicast reports whether head starts as an asciicast recording:
// a v2 or v3 header line, or a v1 document whose first member is its
// version.
func sniffAsciicast(head []byte) bool {
	if len(head) == 0 || head[0] != '{' {
		return false
	}
	for _, p := range asciicastPrefixes {
		if bytes.HasPrefix(head, []byte(p)) {
			return true
		}
	}
	return asciicastV1(head)
}

// asciicastV1 reports whether head starts as an asciicast v1 document
// ({"version": 1, …}, written pretty-printed or not): one JSON object
// whose "stdout" member holds the frames, [delay, text]
// (docs.asciinema.org, "asciicast v1").
func asciicastV1(head []byte) bool {
	if len(head) == 0 || head[0] != '{' {
		return false
	}
	rest := bytes.TrimLeft(head[1:], " \t\r\n")
	rest, ok := bytes.CutPrefix(rest, []byte(`"version"`))
	if !ok {
		return false
	}
	rest, ok = bytes.CutPrefix(bytes.TrimLeft(rest, " \t"), []byte(":"))
	if !ok {
		return false
	}
	rest, ok = bytes.CutPrefix(bytes.TrimLeft(rest, " \t"), []byte("1"))
	return ok && len(rest) > 0 && (rest[0] == ',' || rest[0] == '}' || rest[0] == ' ' || rest[0] == '\r' || rest[0] == '\n')
}

// castText is the text of one kind of event of a recording, with the
// place in the file where each of its lines starts.
type castText struct {
	text   strings.Builder
	places []pwexport.Place
	open   bool // the last event's text did not end its line
}

// add appends the text s of an event whose data string starts at place.
func (c *castText) add(s string, at pwexport.Place) {
	for s != "" {
		if !c.open {
			c.places = append(c.places, at)
			c.open = true
		}
		k := strings.IndexByte(s, '\n')
		if k < 0 {
			c.text.WriteString(s)
			return
		}
		c.text.WriteString(s[:k+1])
		s = s[k+1:]
		c.open = false
	}
}

// asciicastText reads a recording: what the terminal printed ("o"
// events) and what was typed ("i"), each in order. Lines that are not
// events (a damaged or cut recording) are passed over. At most limit
// bytes of text are returned in all; err wraps errArchiveBudget past
// that.
func asciicastText(data []byte, limit int64) (out, in *castText, err error) {
	out, in = &castText{}, &castText{}
	nl := bytes.IndexByte(data, '\n')
	if nl < 0 {
		nl = len(data)
	}
	var head struct {
		Version int `json:"version"`
	}
	if asciicastV1(data) {
		err := asciicastV1Text(data, limit, out)
		return out, in, err
	}
	if json.Unmarshal(data[:nl], &head) != nil || head.Version != 2 && head.Version != 3 {
		return out, in, newFormatError("asciicast", errors.New("no version 1 document or version 2 or 3 header"))
	}
	line, off := 1, nl+1
	for off < len(data) {
		end := bytes.IndexByte(data[off:], '\n')
		if end < 0 {
			end = len(data) - off
		}
		ev := data[off : off+end]
		line++
		at := off
		off += end + 1
		var fields []json.RawMessage
		if len(ev) == 0 || ev[0] != '[' || json.Unmarshal(ev, &fields) != nil || len(fields) < 3 {
			continue
		}
		var code, text string
		if json.Unmarshal(fields[1], &code) != nil || json.Unmarshal(fields[2], &text) != nil {
			continue
		}
		dst := out
		switch code {
		case "o":
		case "i":
			// A terminal sends Enter as a carriage return: it ends a
			// typed line, which is placed at its first keystroke.
			dst, text = in, strings.ReplaceAll(text, "\r", "\n")
		default:
			continue
		}
		if int64(out.text.Len()+in.text.Len()+len(text)) > limit {
			return out, in, &budgetError{fmt.Sprintf("asciicast: text larger than %d bytes", limit)}
		}
		col := bytes.LastIndex(ev, fields[2])
		dst.add(text, pwexport.Place{Line: line, Column: col + 1, Offset: int64(at + col)})
	}
	return out, in, nil
}

// asciicastV1Text reads the frames of an asciicast v1 document into out:
// each frame's text in order, placed at the frame's string. At most
// limit bytes of text are read; err wraps errArchiveBudget past that, or
// is a format error when the document is no recording.
func asciicastV1Text(data []byte, limit int64, out *castText) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	bad := func(why string) error { return newFormatError("asciicast", errors.New(why)) }
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return bad("version 1: no JSON object")
	}
	lines := pwexport.NewLineIndex(data)
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return bad("version 1: " + err.Error())
		}
		if key != "stdout" {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return bad("version 1: " + err.Error())
			}
			continue
		}
		if t, err := dec.Token(); err != nil || t != json.Delim('[') {
			return bad("version 1: stdout is no array")
		}
		for dec.More() {
			var frame []json.RawMessage
			at := dec.InputOffset()
			if err := dec.Decode(&frame); err != nil {
				return bad("version 1: " + err.Error())
			}
			var text string
			if len(frame) < 2 || json.Unmarshal(frame[1], &text) != nil {
				return bad("version 1: a frame is no [delay, text]")
			}
			if int64(out.text.Len()+len(text)) > limit {
				return &budgetError{fmt.Sprintf("asciicast: text larger than %d bytes", limit)}
			}
			// The frame's text: its second element, after the comma.
			k := int(at) + bytes.IndexByte(data[at:], '[') + 1
			k += bytes.IndexByte(data[k:], ',') + 1
			k += bytes.IndexByte(data[k:], '"')
			line, col := lines.At(k)
			out.add(text, pwexport.Place{Line: line, Column: col, Offset: int64(k)})
		}
		return nil
	}
	return bad("version 1: no stdout")
}

// scanAsciicast hands on what a terminal recording printed, and what was
// typed into it, as the members "output" and "input", whose findings are
// placed at the events' lines; the file's own bytes are scanned too.
func (w *itemScanner) scanAsciicast(it Item, rc io.Reader, b *archiveBudget, memberAt func(string, int64, os.FileMode, func() (io.ReadCloser, error), placer) error) {
	data, ok := w.readWhole(it, rc, b, w.s.opts.MaxWholeFile, "terminal recording")
	if !ok {
		return
	}
	out, in, err := asciicastText(data, b.bytes)
	if err != nil && !errors.Is(err, errArchiveBudget) {
		w.s.log.Debug("terminal recording not read", "path", it.Path, "err", err)
		return
	}
	var names, texts []string
	places := map[string]placer{}
	for _, m := range []struct {
		name string
		c    *castText
	}{{"output", out}, {"input", in}} {
		if m.c.text.Len() > 0 {
			names, texts = append(names, m.name), append(texts, m.c.text.String())
			places[m.name] = &linePlace{container: it.Path, origin: it.Origin, places: m.c.places}
		}
	}
	w.textMembers(it, b, names, texts, err, errArchiveBudget, "terminal recording",
		func(name string, size int64, mode os.FileMode, open func() (io.ReadCloser, error)) error {
			return memberAt(name, size, mode, open, places[name])
		})
}
