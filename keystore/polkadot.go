package keystore

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/crypto/nacl/secretbox"
	"golang.org/x/crypto/scrypt"
)

// polkadotJSON is a Polkadot{.js} account export.
type polkadotJSON struct {
	Encoded  string `json:"encoded"`
	Address  string `json:"address"`
	Encoding struct {
		Content json.RawMessage `json:"content"`
		Type    json.RawMessage `json:"type"`
	} `json:"encoding"`
	Meta struct {
		Name string `json:"name"`
	} `json:"meta"`
}

// polkadotContent reports whether an export's "content" says PKCS#8:
// ["pkcs8", "sr25519"] (version 3) or "pkcs8" (before).
func polkadotContent(raw json.RawMessage) bool {
	if str(raw) == "pkcs8" {
		return true
	}
	var list []string
	return json.Unmarshal(raw, &list) == nil && slices.Contains(list, "pkcs8")
}

// parsePolkadot reads a Polkadot{.js} export. With type ["scrypt",
// "xsalsa20-poly1305"], encoded = salt (32) ‖ N, p, r (u32 LE) ‖ nonce
// (24) ‖ secretbox; key = scrypt(password, salt, N, r, p)[:32]
// (@polkadot/util-crypto json/decryptData). A guess is checked with the
// Poly1305 tag. Type ["none"] stores the key in the clear.
func parsePolkadot(data []byte) (*Assessment, error) {
	var d polkadotJSON
	if err := unmarshal(data, &d); err != nil || d.Encoded == "" || !polkadotContent(d.Encoding.Content) {
		// An export's "encoding" says what "encoded" holds: {"content":
		// ["pkcs8", "sr25519"], "type": […]}, "pkcs8" alone in the
		// versions before 3; other JSON has these names too (an LDAP
		// schema's {"encoded": …, "encoding": "base64"}).
		return nil, ErrNotKeystore
	}
	var types []string
	if s := str(d.Encoding.Type); s != "" {
		types = []string{s}
	} else {
		_ = json.Unmarshal(d.Encoding.Type, &types)
	}
	t := strings.ToLower(strings.Join(types, ","))
	raw, ok := unb64(d.Encoded)
	if !ok || len(raw) > maxCipherLen {
		return nil, fmt.Errorf("%w: encoded", ErrMalformed)
	}
	a := &Assessment{Format: PolkadotJSON, Version: "3", material: raw}
	if len(d.Address) <= 64 && base58Shape([]byte(d.Address)) {
		a.Address = d.Address
	}
	if strings.Contains(t, "none") || !strings.Contains(t, "xsalsa20-poly1305") {
		a.Notes = append(a.Notes, "encoding type none: the key is stored in the clear")
		a.Keys = 1
		return a, nil
	}
	a.Encrypted, a.Cipher, a.MAC = true, "xsalsa20-poly1305", "poly1305"
	if name := d.Meta.Name; name != "" && len(name) <= 64 {
		a.hints = append(a.hints, name)
	}
	if !strings.Contains(t, "scrypt") {
		// Older exports use the password itself, zero-padded, as the key.
		if len(raw) < 24+secretbox.Overhead {
			return nil, fmt.Errorf("%w: encoded too short", ErrMalformed)
		}
		a.KDF, a.GuessesPerSecond, a.RateSource = "none", noKDFRate, srcNoKDF
		a.Notes = append(a.Notes, "no key derivation: the password is the key")
		a.trialSeconds = 1e-6
		a.check = func(pw []byte) bool {
			var key [32]byte
			copy(key[:], pw)
			return secretboxOpens(raw, &key)
		}
		return a, nil
	}
	if len(raw) < 44+24+secretbox.Overhead {
		return nil, fmt.Errorf("%w: encoded too short", ErrMalformed)
	}
	salt := raw[:32]
	n := binary.LittleEndian.Uint32(raw[32:36])
	p := binary.LittleEndian.Uint32(raw[36:40])
	r := binary.LittleEndian.Uint32(raw[40:44])
	if n < 2 || n&(n-1) != 0 || p == 0 || r == 0 || uint64(r)*uint64(p) >= maxScryptRP {
		return nil, fmt.Errorf("%w: scrypt parameters", ErrMalformed)
	}
	spec := &kdfSpec{}
	spec.setScrypt(int(n), int(r), int(p))
	spec.apply(a)
	box := raw[44:]
	a.check = func(pw []byte) bool {
		k, err := scrypt.Key(pw, salt, int(n), int(r), int(p), 32)
		if err != nil {
			return false
		}
		var key [32]byte
		copy(key[:], k)
		clear(k)
		return secretboxOpens(box, &key)
	}
	return a, nil
}

// secretboxOpens checks nonce (24) ‖ box with key and drops the plaintext.
func secretboxOpens(b []byte, key *[32]byte) bool {
	var nonce [24]byte
	copy(nonce[:], b[:24])
	pt, ok := secretbox.Open(nil, b[24:], &nonce, key)
	clear(pt)
	clear(key[:])
	return ok
}
