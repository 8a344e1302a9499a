// Package wallet plugs the keystore package into the engine: a whole-file
// detector for wallet files and keystores, and a chunk detector for
// keystores and vaults embedded in other text (a MetaMask vault inside a
// state dump or an extension's LevelDB log, a keystore pasted into a
// config file).
package wallet

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/keystore"
)

// maxFile bounds how much of a file the file detector reads.
const maxFile = 64 << 20

// Files is the whole-file detector.
type Files struct{ opts keystore.Options }

// NewFiles returns the wallet-file detector; opts bound password trials.
func NewFiles(opts keystore.Options) *Files { return &Files{opts: opts} }

// ID implements detect.FileDetector.
func (*Files) ID() string { return "wallet-file" }

// Wants looks only at the name and the first bytes.
func (*Files) Wants(name string, head []byte, size int64) bool {
	if size > maxFile {
		return false
	}
	t := bytes.TrimLeft(head, " \t\r\n\xef\xbb\xbf")
	switch {
	case len(t) > 0 && t[0] == '{':
		return bytes.Contains(head, []byte(`"crypto"`)) || bytes.Contains(head, []byte(`"Crypto"`)) ||
			bytes.Contains(head, []byte(`"seed_version"`)) || bytes.Contains(head, []byte(`"encoded"`)) ||
			(bytes.Contains(head, []byte(`"data"`)) && bytes.Contains(head, []byte(`"salt"`)))
	case bytes.HasPrefix(t, []byte("QklFMQ")), bytes.HasPrefix(head, []byte("SECO")) && strings.HasSuffix(name, ".seco"):
		return true
	case len(head) >= 16 && (bytes.Equal(head[12:16], []byte{0x62, 0x31, 0x05, 0x00}) || bytes.Equal(head[12:16], []byte{0x00, 0x05, 0x31, 0x62})):
		return strings.HasSuffix(name, ".dat") || bytes.Contains(head, []byte("\x04mkey")) || bytes.Contains(head, []byte("\x07version"))
	case bytes.HasPrefix(head, []byte("SQLite format 3\x00")):
		return strings.HasSuffix(name, ".dat") || strings.Contains(name, "wallet")
	case name == "hsm_secret":
		return size == 32 || size == 73
	}
	return false
}

// DetectFile implements detect.FileDetector.
func (f *Files) DetectFile(ctx context.Context, file *detect.File) ([]detect.Candidate, error) {
	data := make([]byte, min(file.Size, maxFile))
	n, err := file.ReaderAt.ReadAt(data, 0)
	if err != nil && err != io.EOF {
		return nil, err
	}
	data = data[:n]
	a, err := keystore.Inspect(ctx, file.Name, data, f.opts)
	if err != nil {
		return nil, err
	}
	if a.Format == keystore.SolanaKeypair {
		return nil, nil // reported by the Solana key detector
	}
	c := candidate(a, 0, len(data))
	if a.Encrypted {
		if pw := passwordBeside(file.Path); pw != "" {
			c.Details["password_beside"] = pw
		}
	}
	return []detect.Candidate{c}, nil
}

// candidate turns an assessment into a candidate spanning [s, e).
func candidate(a *keystore.Assessment, s, e int) detect.Candidate {
	kind := detect.KindKeystore
	if !a.Encrypted {
		kind = detect.KindWalletFile
	}
	redacted := fmt.Sprintf("[%s", a.Format)
	if a.KDF != "" {
		redacted += ", " + a.KDF
		if a.KDFParams != "" {
			redacted += " " + a.KDFParams
		}
	}
	if !a.Encrypted {
		redacted += ", unencrypted"
	}
	redacted += "]"
	material := hex.EncodeToString(a.Material())
	details := map[string]string{"format": string(a.Format), "strength": a.Strength}
	for i, note := range a.Notes {
		details[fmt.Sprintf("note%d", i+1)] = note
	}
	for _, x := range a.Exhaust {
		details["exhaust: "+x.Space] = x.Human
	}
	if a.Tried > 0 {
		details["passwords_tried"] = fmt.Sprint(a.Tried)
	}
	return detect.Candidate{
		Rule: string(a.Format), Kind: kind, Start: s, End: e, Confidence: detect.ConfidenceHigh,
		Secret: detect.NewSecret(kind, material, string(a.Format)+":"+material, redacted, a.Address),
		Protection: &detect.Protection{
			Encrypted: a.Encrypted, KDF: a.KDF, KDFParams: a.KDFParams, Cipher: a.Cipher,
			GuessesPerSecond: a.GuessesPerSecond, WeakPassword: a.WeakPassword, Summary: a.Summary(),
		},
		Details: details,
	}
}

// Embedded finds keystores and vaults inside other text: JSON objects that
// do not start the file, and JSON-in-a-string (escaped quotes).
type Embedded struct{ opts keystore.Options }

// NewEmbedded returns the embedded keystore detector.
func NewEmbedded(opts keystore.Options) *Embedded { return &Embedded{opts: opts} }

// ID implements detect.Detector.
func (*Embedded) ID() string { return "embedded-keystore" }

// Keywords implements detect.Detector.
func (*Embedded) Keywords() []string {
	return []string{`"ciphertext"`, `\"ciphertext\"`, `"salt"`, `\"salt\"`}
}

// Detect implements detect.Detector.
func (d *Embedded) Detect(ctx context.Context, c *detect.Chunk) []detect.Candidate {
	data := c.Data
	var out []detect.Candidate
	for _, marker := range [][]byte{[]byte(`"ciphertext"`), []byte(`\"ciphertext\"`), []byte(`"salt"`), []byte(`\"salt\"`)} {
		for off := 0; ; {
			k := bytes.Index(data[off:], marker)
			if k < 0 {
				break
			}
			m := off + k
			off = m + len(marker)
			escaped := marker[0] == '\\'
			s, e, ok := enclosingObject(data, m, escaped)
			if !ok {
				continue
			}
			off = max(off, e)
			if !escaped && len(bytes.TrimSpace(data[:s])) == 0 && c.Encoding == "" {
				continue // the whole file: the file detector reports it
			}
			obj := data[s:e]
			if escaped {
				var str string
				if json.Unmarshal(append(append([]byte{'"'}, obj...), '"'), &str) != nil {
					continue
				}
				obj = []byte(str)
			}
			a, err := keystore.Inspect(ctx, "", obj, d.opts)
			if err != nil || a.Format == keystore.SolanaKeypair {
				continue
			}
			if dup(out, s) {
				continue
			}
			out = append(out, candidate(a, s, e))
		}
	}
	return out
}

func dup(cs []detect.Candidate, s int) bool {
	for _, c := range cs {
		if c.Start == s {
			return true
		}
	}
	return false
}

// enclosingObject finds the JSON object around position m: the nearest
// '{' before it whose matching '}' comes after. For escaped JSON (inside a
// string) quotes are \".
func enclosingObject(data []byte, m int, escaped bool) (int, int, bool) {
	const maxObject = 1 << 20
	for s := m; s >= 0 && m-s < 64<<10; s-- {
		if data[s] != '{' {
			continue
		}
		depth := 0
		inStr := false
		for e := s; e < len(data) && e-s < maxObject; e++ {
			c := data[e]
			if escaped {
				if c == '\\' && e+1 < len(data) && data[e+1] == '"' {
					inStr = !inStr
					e++
					continue
				}
			} else {
				if c == '\\' {
					e++
					continue
				}
				if c == '"' {
					inStr = !inStr
					continue
				}
			}
			if inStr {
				continue
			}
			switch c {
			case '{':
				depth++
			case '}':
				depth--
				if depth == 0 {
					if e > m {
						return s, e + 1, true
					}
					goto next
				}
			}
		}
	next:
	}
	return 0, 0, false
}

// passwordFiles are names of files that hold a keystore's password when
// kept next to it (geth --password files, Exodus passphrase.json, …).
var passwordFiles = map[string]bool{
	"password": true, "password.txt": true, "passwords.txt": true, "pass.txt": true, "passphrase.txt": true,
	"passphrase.json": true, ".password": true, "pwd.txt": true, "keystore-password.txt": true, "password.json": true,
}

// passwordBeside names a password file in the directory of the keystore at
// p, or "". It only lists the directory.
func passwordBeside(p string) string {
	if strings.Contains(p, "!") {
		return "" // an archive member
	}
	ents, err := os.ReadDir(filepath.Dir(p))
	if err != nil {
		return ""
	}
	for _, e := range ents {
		n := strings.ToLower(e.Name())
		if e.Type().IsRegular() && (passwordFiles[n] || strings.HasSuffix(n, ".pass")) {
			return e.Name()
		}
	}
	return ""
}
