package pwexport

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Bitwarden's JSON export (bitwarden/clients, vault-export: items with
// name, notes, login {username, password, totp, uris[].uri}, card,
// identity, sshKey, fields[] {name, value}, passwordHistory[] {password}).
type bitwardenDoc struct {
	Encrypted bool             `json:"encrypted"`
	Items     []map[string]any `json:"items"`
}

// 1Password's export.data (types from bitwarden/clients'
// onepassword-1pux-importer-types): accounts[].vaults[].items[], each with
// overview {title, url, urls, tags} and details {loginFields[] {name,
// designation, value}, notesPlain, password, sections[] {title, fields[]
// {title, value {string|concealed|totp|sshKey {privateKey}|…}}},
// passwordHistory[] {value}}.
type onePasswordDoc struct {
	Accounts []struct {
		Vaults []struct {
			Items []struct {
				Overview map[string]any `json:"overview"`
				Details  map[string]any `json:"details"`
			} `json:"items"`
		} `json:"vaults"`
	} `json:"accounts"`
}

// skipKeys are keys whose values say nothing a secret could be in
// (identifiers, dates, icons, flags).
var skipKeys = map[string]bool{
	"id": true, "uuid": true, "organizationId": true, "folderId": true, "collectionIds": true,
	"revisionDate": true, "creationDate": true, "deletedDate": true, "archivedDate": true, "lastUsedDate": true,
	"icons": true, "inputTraits": true, "fieldType": true, "designation": true, "guarded": true,
	"multiline": true, "dontGenerate": true, "clipboardFilter": true, "ps": true, "pbe": true, "pgrng": true,
	"match": true, "linkedId": true, "favIndex": true, "createdAt": true, "updatedAt": true, "state": true,
	"categoryUuid": true, "time": true, "documentAttributes": true, "counter": true, "rpId": true,
	"credentialId": true, "userHandle": true,
}

// maxDepth bounds the nesting followed inside one entry.
const maxDepth = 16

func readJSON(r io.Reader, kind Kind, e *emitter) error {
	data, err := io.ReadAll(io.LimitReader(r, e.lim.Bytes+1))
	if err != nil {
		return err
	}
	if int64(len(data)) > e.lim.Bytes {
		return fmt.Errorf("%w: export larger than %d bytes", ErrLimit, e.lim.Bytes)
	}
	if kind == BitwardenJSON {
		var d bitwardenDoc
		if err := json.Unmarshal(data, &d); err != nil {
			return jsonError(err)
		}
		if d.Encrypted {
			return fmt.Errorf("%w: an encrypted export", ErrFormat)
		}
		ranges := itemRanges(data, "items")
		lines := NewLineIndex(data)
		for i, it := range d.Items {
			title, _ := it["name"].(string)
			var locate func(string) func(int) (Place, bool)
			if len(ranges) == len(d.Items) {
				locate = jsonLocator(data, ranges[i], lines)
			}
			en := newEntryLocated(title, locate)
			flatten(en, "", it, 0, "name")
			if err := e.emit(en); err != nil {
				return err
			}
		}
		return nil
	}
	var d onePasswordDoc
	if err := json.Unmarshal(data, &d); err != nil {
		return jsonError(err)
	}
	ranges := itemRanges(data, "accounts", "vaults", "items")
	lines := NewLineIndex(data)
	total := 0
	for _, a := range d.Accounts {
		for _, v := range a.Vaults {
			total += len(v.Items)
		}
	}
	n := 0
	for _, a := range d.Accounts {
		for _, v := range a.Vaults {
			for _, it := range v.Items {
				title, _ := it.Overview["title"].(string)
				var locate func(string) func(int) (Place, bool)
				if len(ranges) == total {
					locate = jsonLocator(data, ranges[n], lines)
				}
				n++
				en := newEntryLocated(title, locate)
				flatten(en, "", it.Overview, 0, "title")
				flatten(en, "", it.Details, 0, "")
				if err := e.emit(en); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// itemRanges returns the byte range of each element of the arrays at
// path in data, in order, or nil when it cannot tell them: path names an
// object key at each level, each holding an array, the last one the
// items ("items" for Bitwarden; "accounts", "vaults", "items" for
// 1Password, whose items are in the vaults of each account).
func itemRanges(data []byte, path ...string) [][2]int {
	dec := json.NewDecoder(bytes.NewReader(data))
	var out [][2]int
	if !arrayRanges(dec, path, &out, 0) {
		return nil
	}
	return out
}

// arrayRanges reads one object from dec and adds to out the ranges of
// the elements at path inside it (itemRanges).
func arrayRanges(dec *json.Decoder, path []string, out *[][2]int, depth int) bool {
	if depth > maxDepth {
		return false
	}
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return false
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return false
		}
		if key != path[0] {
			var skip json.RawMessage
			if dec.Decode(&skip) != nil {
				return false
			}
			continue
		}
		if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
			return false
		}
		for dec.More() {
			if len(path) > 1 {
				if !arrayRanges(dec, path[1:], out, depth+1) {
					return false
				}
				continue
			}
			start := int(dec.InputOffset())
			var skip json.RawMessage
			if dec.Decode(&skip) != nil {
				return false
			}
			*out = append(*out, [2]int{start, int(dec.InputOffset())})
		}
		if tok, err := dec.Token(); err != nil || tok != json.Delim(']') {
			return false
		}
	}
	tok, err := dec.Token()
	return err == nil && tok == json.Delim('}')
}

// LineIndex tells the line and column of an offset of data, as a Place
// holds them.
type LineIndex []int // the offsets where lines start

// NewLineIndex returns the LineIndex of data.
func NewLineIndex(data []byte) LineIndex {
	starts := LineIndex{0}
	for i, c := range data {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// At returns the line and column (from 1; the column in bytes) of off.
func (x LineIndex) At(off int) (line, col int) {
	i, found := slices.BinarySearch(x, off)
	if !found {
		i--
	}
	return i + 1, off - x[i] + 1
}

// jsonLocator returns, for a string value of the item at r in data, where
// the lines of that value stand: the value written as JSON writes it
// (encoding/json, no HTML escapes, as exporters write it) is looked for
// in the item, and a line after the first starts past its "\n" escape.
// A value not found as written has no place.
func jsonLocator(data []byte, r [2]int, lines LineIndex) func(string) func(int) (Place, bool) {
	return func(value string) func(int) (Place, bool) {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if enc.Encode(value) != nil {
			return nil
		}
		written := bytes.TrimSuffix(b.Bytes(), []byte("\n"))
		i := bytes.Index(data[r[0]:r[1]], written)
		if i < 0 {
			return nil
		}
		start := r[0] + i + 1 // past the opening quote
		body := written[1 : len(written)-1]
		return func(k int) (Place, bool) {
			off := start
			for j, n := 0, 0; n < k; j++ {
				if j+1 >= len(body) {
					return Place{}, false
				}
				if body[j] == '\\' {
					if body[j+1] == 'n' {
						n++
						off = start + j + 2
					}
					j++
				}
			}
			line, col := lines.At(off)
			return Place{Line: line, Column: col, Offset: int64(off)}, true
		}
	}
}

// jsonError says where the JSON broke without quoting it (the decoder's
// message names the offending character).
func jsonError(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("%w: JSON syntax error at byte %d", ErrFormat, se.Offset)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Errorf("%w: unexpected JSON type at %q", ErrFormat, te.Field)
	}
	return fmt.Errorf("%w: malformed JSON", ErrFormat)
}

// flatten writes the string leaves of v as "key: value" lines, key being
// the nearest object key. An object with a "name" or "title" and a
// "value" is a labelled field (Bitwarden's custom fields, 1Password's
// login and section fields): its value's leaves are written under the
// label. skip is a top-level key already written (the title).
func flatten(en *entry, key string, v any, depth int, skip string) {
	if depth > maxDepth {
		return
	}
	switch x := v.(type) {
	case string:
		en.field(key, x)
	case []any:
		for _, el := range x {
			flatten(en, key, el, depth+1, "")
		}
	case map[string]any:
		if val, ok := x["value"]; ok {
			label, _ := x["name"].(string)
			if t, _ := x["title"].(string); label == "" {
				label = t
			}
			if d, _ := x["designation"].(string); label == "" {
				label = d
			}
			if label != "" {
				flatten(en, oneLine(label), leaves(val, depth+1), depth+1, "")
				return
			}
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			if !skipKeys[k] && (depth > 0 || k != skip) {
				keys = append(keys, k)
			}
		}
		slices.Sort(keys)
		for _, k := range keys {
			flatten(en, k, x[k], depth+1, "")
		}
	}
}

// leaves collects the string leaves of v, whatever their keys (the value
// object of a 1Password field is keyed by its type).
func leaves(v any, depth int) []any {
	var out []any
	var walk func(any, int)
	walk = func(v any, d int) {
		if d > maxDepth {
			return
		}
		switch x := v.(type) {
		case string:
			out = append(out, x)
		case []any:
			for _, el := range x {
				walk(el, d+1)
			}
		case map[string]any:
			keys := make([]string, 0, len(x))
			for k := range x {
				if !skipKeys[k] {
					keys = append(keys, k)
				}
			}
			slices.Sort(keys)
			for _, k := range keys {
				walk(x[k], d+1)
			}
		}
	}
	walk(v, depth)
	return out
}

// oneLine keeps a field label on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
