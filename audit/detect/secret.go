package detect

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
)

// Secret holds a secret value found by a detector. It is built so that it
// cannot leak by accident: String, GoString, every fmt verb, MarshalJSON and
// slog all show only the redacted form, the fingerprint and the address. The
// raw value is reachable only through Reveal.
//
// The zero Secret is empty and redacts to "".
type Secret struct {
	// v is a pointer so that fmt, when it meets a Secret nested in an
	// unexported field it cannot call methods on, prints an address and never
	// the value.
	v *secretValue
}

type secretValue struct {
	raw         string
	redacted    string
	fingerprint string
	address     string
}

// FingerprintPrefix starts every fingerprint; it names the scheme version so
// that a later scheme can never collide with stored baselines.
const FingerprintPrefix = "wa1:"

// fingerprintKey keys the fingerprint HMAC. It is public and fixed so that
// fingerprints are stable across runs and machines; it only separates our
// fingerprints from plain SHA-256 digests of the same input.
var fingerprintKey = []byte("walletaudit fingerprint v1")

// SecretSpec describes a secret value for NewSecret: named fields, so that
// the strings cannot be swapped unnoticed.
type SecretSpec struct {
	// Kind separates name spaces: the same bytes as a mnemonic and as a
	// key are different secrets.
	Kind Kind
	// Raw is the value as found.
	Raw string
	// Normalized is the canonical form the fingerprint is computed over,
	// so that the same phrase in another case or layout has the same
	// fingerprint.
	Normalized string
	// Redacted is what every output shows instead of the value; it must
	// not contain the value.
	Redacted string
	// Address is a public identifier derived from the secret, or "".
	Address string
}

// NewSecret returns a Secret for the value s describes.
func NewSecret(s SecretSpec) Secret {
	return Secret{v: &secretValue{
		raw:         s.Raw,
		redacted:    s.Redacted,
		fingerprint: Fingerprint(s.Kind, s.Normalized),
		address:     s.Address,
	}}
}

// Fingerprint returns the stable fingerprint of a normalised secret of the
// given kind: "wa1:" and 26 base32 characters of HMAC-SHA256. It does not
// allow the secret to be recovered.
func Fingerprint(kind Kind, normalized string) string {
	m := hmac.New(sha256.New, fingerprintKey)
	m.Write([]byte(kind))
	m.Write([]byte{0})
	m.Write([]byte(normalized))
	sum := m.Sum(nil)
	return FingerprintPrefix + strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(sum[:16]))
}

// Reveal returns the raw secret. Every call site is a place where a secret
// leaves its box: keep them few and reviewed.
func (s Secret) Reveal() string {
	if s.v == nil {
		return ""
	}
	return s.v.raw
}

// Redacted returns the redacted form, such as "[12-word english phrase]".
func (s Secret) Redacted() string {
	if s.v == nil {
		return ""
	}
	return s.v.redacted
}

// Fingerprint returns the stable fingerprint ("wa1:…") of the secret.
func (s Secret) Fingerprint() string {
	if s.v == nil {
		return ""
	}
	return s.v.fingerprint
}

// Address returns the public identifier derived from the secret (an address,
// a public key or a BIP-32 fingerprint), or "".
func (s Secret) Address() string {
	if s.v == nil {
		return ""
	}
	return s.v.address
}

// WithAddress returns a copy of s with the derived address set.
func (s Secret) WithAddress(addr string) Secret {
	if s.v == nil {
		return s
	}
	c := *s.v
	c.address = addr
	return Secret{v: &c}
}

// IsZero reports whether s holds no secret.
func (s Secret) IsZero() bool { return s.v == nil }

// String returns the redacted form.
func (s Secret) String() string { return s.describe() }

// GoString returns the redacted form, so %#v never shows the value.
func (s Secret) GoString() string { return "detect.Secret{" + s.describe() + "}" }

// Format implements fmt.Formatter: every verb prints the redacted form.
func (s Secret) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('#') {
		_, _ = f.Write([]byte(s.GoString()))
		return
	}
	_, _ = f.Write([]byte(s.describe()))
}

func (s Secret) describe() string {
	if s.v == nil {
		return "[no secret]"
	}
	return s.v.redacted + " " + s.v.fingerprint
}

// secretJSON is the JSON shape of a Secret (the "secret" object of a
// finding). Revealed is set only when a report asks for it explicitly.
type secretJSON struct {
	Redacted    string `json:"redacted"`
	Fingerprint string `json:"fingerprint"`
	Address     string `json:"address,omitempty"`
	Value       string `json:"value,omitempty"`
}

// MarshalJSON writes the redacted form, fingerprint and address only.
func (s Secret) MarshalJSON() ([]byte, error) {
	return json.Marshal(s.jsonValue(false))
}

// RevealedJSON returns the JSON object of the secret including the raw value
// under "value". It exists for reports run with an explicit show-secrets
// option.
func (s Secret) RevealedJSON() any { return s.jsonValue(true) }

func (s Secret) jsonValue(reveal bool) secretJSON {
	if s.v == nil {
		return secretJSON{}
	}
	j := secretJSON{Redacted: s.v.redacted, Fingerprint: s.v.fingerprint, Address: s.v.address}
	if reveal {
		j.Value = s.v.raw
	}
	return j
}

// UnmarshalJSON reads back the redacted form, fingerprint and address (for
// baselines and report round trips); the raw value is never part of it.
func (s *Secret) UnmarshalJSON(b []byte) error {
	var j secretJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	s.v = &secretValue{redacted: j.Redacted, fingerprint: j.Fingerprint, address: j.Address}
	return nil
}

// LogValue implements slog.LogValuer with the redacted form.
func (s Secret) LogValue() slog.Value {
	if s.v == nil {
		return slog.StringValue("")
	}
	return slog.GroupValue(
		slog.String("redacted", s.v.redacted),
		slog.String("fingerprint", s.v.fingerprint),
		slog.String("address", s.v.address),
	)
}
