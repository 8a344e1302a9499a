// Package pwexport reads the plain-text exports of password managers —
// Bitwarden JSON and CSV, 1Password .1pux (its export.data), KeePass 2
// XML, KeePass and KeePassXC CSV, LastPass CSV, Chrome/Edge and Firefox
// password CSV — and hands on each entry as its title and its text fields,
// one "field: value" line each, so that a seed phrase kept in a note is a
// line of its own and a finding can name the entry without quoting it.
//
// Encrypted exports are not read here: an encrypted Bitwarden export is a
// keystore (package keystore). Entries streams XML and CSV; JSON exports
// are read whole, up to Limits.Bytes.
//
// Field names come from the formats' public descriptions and open-source
// importers: Bitwarden's importers and export types (github.com/bitwarden/
// clients, libs/importer), whose 1Password 1pux types describe
// export.data; pass-import (github.com/roddhjav/pass-import) for the CSV
// headers of LastPass, Chrome, Firefox, KeePass and KeePassXC; KeePass's
// XML schema as KeePass 2.x exports it (KeePassFile/Root/Group/Entry/
// String with Key and Value).
package pwexport

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/walletaudit/walletaudit/mnemonic"
)

// Kind is a recognised export format.
type Kind int

// The kinds Sniff tells apart.
const (
	None          Kind = iota
	BitwardenJSON      // Bitwarden JSON export, unencrypted
	OnePassword        // 1Password 1pux: the export.data member
	KeePassXML         // KeePass 2.x XML export
	KeePassCSV         // KeePass 2.x "KeePass CSV (1.x)" export
	KeePassXCCSV       // KeePassXC CSV export
	LastPassCSV        // LastPass CSV export
	ChromeCSV          // Chrome / Edge password CSV
	FirefoxCSV         // Firefox about:logins CSV
	BitwardenCSV       // Bitwarden CSV export
	RoboFormCSV        // RoboForm CSV export
)

var kindNames = [...]string{"none", "bitwarden-json", "1password-1pux", "keepass-xml", "keepass-csv",
	"keepassxc-csv", "lastpass-csv", "chrome-csv", "firefox-csv", "bitwarden-csv", "roboform-csv"}

// String names the kind ("bitwarden-json").
func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return fmt.Sprintf("Kind(%d)", int(k))
	}
	return kindNames[k]
}

// Limits bound what Entries reads.
type Limits struct {
	// Entries is the most entries reported; 0 means 10,000.
	Entries int
	// Bytes bounds a JSON export, read whole; 0 means 64 MiB.
	Bytes int64
}

func (l Limits) withDefaults() Limits {
	if l.Entries <= 0 {
		l.Entries = 10000
	}
	if l.Bytes <= 0 {
		l.Bytes = 64 << 20
	}
	return l
}

// Errors of Entries; use errors.Is.
var (
	// ErrLimit is returned, wrapped, when Limits stopped the reading; the
	// entries reported before it are complete.
	ErrLimit = errors.New("pwexport: limits reached")
	// ErrFormat is returned, wrapped, for an export that does not parse
	// (damaged or truncated); entries reported before it are complete.
	ErrFormat = errors.New("pwexport: malformed export")
)

// Sniff recognises an export by its name and first bytes (at least the
// first line; 512 bytes are enough). It says None for anything else,
// including encrypted Bitwarden exports.
func Sniff(name string, head []byte) Kind {
	t := bytes.TrimLeft(head, " \t\r\n\xef\xbb\xbf")
	if len(t) == 0 {
		return None
	}
	switch t[0] {
	case '{':
		return sniffJSON(name, t)
	case '<':
		if bytes.Contains(t, []byte("<KeePassFile>")) || bytes.Contains(t, []byte("<KeePassFile ")) {
			return KeePassXML
		}
		return None
	}
	line, _, _ := bytes.Cut(t, []byte("\n"))
	return sniffCSV(string(bytes.TrimRight(line, "\r")))
}

// sniffJSON reads the first keys: a Bitwarden export starts with
// "encrypted" (false for a plain one); 1Password's export.data with
// "accounts".
func sniffJSON(name string, t []byte) Kind {
	dec := json.NewDecoder(bytes.NewReader(t))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return None
	}
	key, err := dec.Token()
	if err != nil {
		return None
	}
	switch key {
	case "encrypted":
		if v, err := dec.Token(); err == nil && v == false {
			return BitwardenJSON
		}
	case "accounts":
		base := name[strings.LastIndexAny(name, `/\!`)+1:]
		if base == "export.data" {
			return OnePassword
		}
	}
	return None
}

// Entry is one entry of an export.
type Entry struct {
	// Title is the entry's title as written; "" when it has none.
	Title string
	// Content holds its text fields, one "field: value" line each, the
	// title first; a value of several lines goes on over the lines
	// after its own.
	Content io.Reader
	// Places, when set, says where each line of Content (Places[i] for
	// the line i+1) stands in the export; nil when a line cannot be
	// placed (a value written otherwise than the reader can follow).
	Places []Place
}

// Place is where a line of an entry's content stands in the export.
type Place struct {
	// Line and Column (from 1; Column in bytes) and Offset (from 0) are
	// where the line's value, or its part on this line, starts in the
	// export.
	Line, Column int
	Offset       int64
	// Prefix is the length of the "field: " that the content line puts
	// before the value; 0 on the lines a value goes on over.
	Prefix int
}

// Entries reads an export of the given kind from r and calls yield with
// each entry (Entry). An error from yield stops the reading and is
// returned. A damaged export returns an error wrapping ErrFormat after
// the entries read before the damage.
func Entries(r io.Reader, kind Kind, lim Limits, yield func(Entry) error) error {
	lim = lim.withDefaults()
	e := &emitter{lim: lim, yield: yield}
	switch kind {
	case BitwardenJSON, OnePassword:
		return readJSON(r, kind, e)
	case KeePassXML:
		return readKeePassXML(r, e)
	case KeePassCSV, KeePassXCCSV, LastPassCSV, ChromeCSV, FirefoxCSV, BitwardenCSV, RoboFormCSV:
		return readCSV(r, kind, e)
	}
	return fmt.Errorf("%w: not an export kind", ErrFormat)
}

// emitter counts entries against the limit and writes their content.
type emitter struct {
	lim   Limits
	n     int
	yield func(Entry) error
}

// entry is one entry being assembled.
type entry struct {
	title  string
	buf    bytes.Buffer
	places []Place
	// unplaced is set once a line without a place is written: the
	// entry then has no places at all.
	unplaced bool
	// locate, when set, gives the places of a value's lines (fieldAt's
	// at) for field.
	locate func(value string) func(k int) (Place, bool)
}

// field adds a "name: value" line; empty values are left out.
func (en *entry) field(name, value string) {
	var at func(int) (Place, bool)
	if en.locate != nil {
		at = en.locate(value)
	}
	en.fieldAt(name, value, at)
}

// fieldAt is field; at, when set, gives the places of the value's lines
// (at(k) for its line k from 0).
func (en *entry) fieldAt(name, value string, at func(k int) (Place, bool)) {
	if strings.TrimSpace(value) == "" {
		return
	}
	if at == nil {
		en.unplaced = true
	}
	for k := range strings.Count(value, "\n") + 1 {
		if en.unplaced {
			break
		}
		p, ok := at(k)
		if !ok {
			en.unplaced = true
			break
		}
		if k == 0 {
			p.Prefix = len(name) + len(": ")
		}
		en.places = append(en.places, p)
	}
	en.buf.WriteString(name)
	en.buf.WriteString(": ")
	en.buf.WriteString(value)
	en.buf.WriteByte('\n')
}

// newEntryLocated starts an entry with its title line; its fields are
// placed by locate (nil places none).
func newEntryLocated(title string, locate func(string) func(int) (Place, bool)) *entry {
	en := &entry{title: title, locate: locate}
	en.field("title", title)
	return en
}

func (e *emitter) emit(en *entry) error {
	if e.n >= e.lim.Entries {
		return fmt.Errorf("%w: more than %d entries", ErrLimit, e.lim.Entries)
	}
	e.n++
	places := en.places
	if en.unplaced {
		places = nil
	}
	return e.yield(Entry{Title: en.title, Content: bytes.NewReader(en.buf.Bytes()), Places: places})
}

// maxTitle is the most characters of a title kept in a member name.
const maxTitle = 80

// maxTitleWords is the most words of a title kept in a member name: a
// longer one may be the secret itself, pasted into the title field.
const maxTitleWords = 8

// maxTitleListRun is the most words of a BIP-39 list in a row a title
// kept in a member name may hold ("Ledger seed backup" holds three).
const maxTitleListRun = 3

// listWords are the words of every BIP-39 list, lower-case.
var listWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, l := range mnemonic.Languages() {
		for _, w := range mnemonic.Wordlist(l) {
			m[w] = true
		}
	}
	return m
})

// listRun reports whether title holds more than maxTitleListRun words of
// a BIP-39 list in a row.
func listRun(title string) bool {
	run := 0
	for _, f := range strings.Fields(strings.ToLower(title)) {
		if !listWords()[strings.Trim(f, ",.;:\"'")] {
			run = 0
			continue
		}
		if run++; run > maxTitleListRun {
			return true
		}
	}
	return false
}

// MemberName is the name of the n-th entry (from 1) as a member of its
// export: "entry 12: Ledger backup", or "entry 12" without a title. The
// title is cut to 80 characters, made valid UTF-8, and its path
// separators, "!" (the engine's member separator), "%" and control and
// format characters are percent-escaped, so a title can neither forge a
// path nor reorder the text it is printed in.
func MemberName(n int, title string) string {
	title = strings.ToValidUTF8(title, "\uFFFD")
	if k := strings.IndexAny(title, "\r\n\u2028\u2029"); k >= 0 {
		title = title[:k] // the lines after a title's first are a note's (a phrase under its heading)
	}
	title = strings.TrimSpace(title)
	if title == "" || len(strings.Fields(title)) > maxTitleWords || listRun(title) {
		// No title, or words a title is not made of: a phrase (or
		// the first words of one) pasted into the title field is no
		// name to print.
		return fmt.Sprintf("entry %d", n)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "entry %d: ", n)
	count := 0
	for _, r := range title {
		if count == maxTitle {
			b.WriteString("…")
			break
		}
		count++
		switch {
		case r == '/' || r == '\\' || r == '!' || r == '%' || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) ||
			r == '\u2028' || r == '\u2029':
			var enc [utf8.UTFMax]byte
			for _, c := range enc[:utf8.EncodeRune(enc[:], r)] {
				fmt.Fprintf(&b, "%%%02X", c)
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
