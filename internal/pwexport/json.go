package pwexport

import (
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
		for _, it := range d.Items {
			title, _ := it["name"].(string)
			en := newEntry(title)
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
	for _, a := range d.Accounts {
		for _, v := range a.Vaults {
			for _, it := range v.Items {
				title, _ := it.Overview["title"].(string)
				en := newEntry(title)
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
