package keystore

import (
	"bytes"
	"encoding/binary"
	"strings"
)

// jsonMarkers are the keys of the JSON formats; one of them must be in the
// first bytes of a JSON file for Likely to say yes.
var jsonMarkers = [...][]byte{
	[]byte(`"crypto"`), []byte(`"Crypto"`), []byte(`"ciphertext"`), []byte(`"seed_version"`), []byte(`"encoded"`),
	[]byte(`"salt"`), []byte(`"encseed"`), []byte(`"EncryptedSecret"`), []byte(`"keyMetadata"`),
	[]byte(`"encKeyValidation_DO_NOT_EDIT"`),
}

// Likely reports whether a file with this base name, first bytes (head,
// up to 64 KiB) and size may be a wallet file this package knows. It is
// cheap — magic bytes, a few markers, the name — and meant to decide
// whether reading the whole file is worth it. It may say yes to files
// that Parse then rejects, never the reverse for files whose markers fall
// in head.
func Likely(name string, head []byte, size int64, opts Options) bool {
	if size <= 0 {
		return false
	}
	lname := strings.ToLower(baseName(name))
	if isDatabase(head) {
		if size > opts.maxDatabase() {
			return false
		}
		if bytes.HasPrefix(head, sqliteHeader) {
			if len(head) >= 72 && coreNetworks[binary.BigEndian.Uint32(head[68:72])] != "" {
				return true
			}
			return strings.HasSuffix(lname, ".dat") || strings.Contains(lname, "wallet")
		}
		if strings.HasSuffix(lname, ".dat") || strings.Contains(lname, "wallet") {
			return true
		}
		for _, an := range coreAnchors {
			if bytes.Contains(head, an.name) {
				return true
			}
		}
		return false
	}
	if lname == "hsm_secret" {
		return size <= 1024
	}
	if size > opts.maxSize() {
		return false
	}
	t := bytes.TrimLeft(head, " \t\r\n\xef\xbb\xbf")
	switch {
	case len(t) == 0:
		return false
	case t[0] == '{':
		for _, m := range jsonMarkers {
			if bytes.Contains(head, m) {
				return true
			}
		}
	case t[0] == '[':
		return size <= 4096
	case bytes.HasPrefix(t, []byte("QklFM")):
		return true
	case bytes.HasPrefix(head, []byte("SECO")):
		return true
	}
	return false
}
