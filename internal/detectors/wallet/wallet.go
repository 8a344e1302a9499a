// Package wallet plugs the keystore package into the engine.
//
// Files is a detect.FileDetector for whole wallet files and keystores
// (wallet.dat, UTC--… keystores, Electrum wallets, vault.json, hsm_secret,
// id.json, …). Embedded is a detect.Detector for keystores and vaults that
// sit inside other text: a MetaMask vault stored as an escaped JSON string
// in a state dump or in an extension's LevelDB log, a v3 keystore pasted
// into a config file, a keystore inside a JSON array.
//
// # One finding per keystore
//
// The two never report the same keystore twice. Files reports a keystore
// only when it is the whole file; Embedded skips an unescaped object that
// spans its whole chunk (only whitespace around it), which is exactly that
// case. Both also build identical candidates for the same store — same
// Rule, same fingerprint (over the format and the ciphertext), same first
// line — so the engine's deduplication (rule + fingerprint + line) folds
// any remaining overlap, such as a decoded view of an escaped vault. A
// Solana keypair file is reported with the rule, kind and fingerprint of
// the chunk detector in internal/detectors/keys for the same reason.
package wallet

import (
	"bytes"
	"cmp"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/detectors/keys"
	"github.com/walletaudit/walletaudit/keystore"
)

// Files is the whole-file wallet detector. It is safe for concurrent use.
type Files struct{ opts keystore.Options }

// NewFiles returns the wallet-file detector; opts bound reads and password
// trials (the zero value is the default).
func NewFiles(opts keystore.Options) *Files { return &Files{opts: opts} }

// ID implements detect.FileDetector.
func (*Files) ID() string { return "wallet-file" }

// Wants looks only at the name, the first bytes and the size.
func (f *Files) Wants(name string, head []byte, size int64) bool {
	return keystore.Likely(name, head, size, f.opts)
}

// DetectFile implements detect.FileDetector. Files that are not wallet
// files, or hold no private key, give no candidate and no error.
//
// When the scan put a keystore.TrialPool in ctx, the store is parsed here
// and its password trials are left to the pool: the candidate comes back
// at once with a Later that waits for them.
func (f *Files) DetectFile(ctx context.Context, file *detect.File) ([]detect.Candidate, error) {
	opts := f.opts
	pool := keystore.TrialPoolFrom(ctx)
	if pool != nil {
		opts.NoTrials = true
	}
	a, err := keystore.InspectReader(ctx, file.Name, file.ReaderAt, file.Size, opts)
	switch {
	case errors.Is(err, keystore.ErrNotKeystore), errors.Is(err, keystore.ErrNoPrivateKeys):
		return nil, nil
	case err != nil:
		return nil, err
	}
	if a.Textual() {
		// An unencrypted Electrum wallet: its seed, xprv and keys are
		// found in its text, each a finding of its own.
		return nil, nil
	}
	// The span is the file without surrounding whitespace, clamped to the
	// head so that the engine can compute its lines.
	s, e := 0, int(min(file.Size, int64(len(file.Head))))
	if !a.Format.Binary() {
		t := bytes.TrimLeft(file.Head[:e], " \t\r\n\xef\xbb\xbf")
		s = e - len(t)
		if int64(e) == file.Size {
			e = s + len(bytes.TrimRight(t, " \t\r\n\x00"))
		}
	}
	c := candidate(a, s, e)
	if src := publicHolder(a); src != "" {
		// A development account's store (Anvil's first key imported with
		// "cast wallet import"): its key is published, whatever the
		// password, and no trial is spent on it.
		c.Public, c.PublicSource = true, src+" (by the address the store declares)"
		return []detect.Candidate{c}, nil
	}
	var from []string // the file each password written beside came from
	if a.Encrypted && file.Siblings != nil {
		names := file.Siblings()
		c.PasswordFile = passwordBeside(names)
		if pool != nil && !pool.Off() && !f.opts.NoTrials && file.ReadSibling != nil {
			var ps []string
			ps, from = siblingPasswords(names, c.PasswordFile, file.ReadSibling)
			a.PreferPasswords(ps...)
		}
	}
	if pool != nil && !f.opts.NoTrials {
		c.Later = later(a, pool.Submit(a, file.Path, file.Name, f.opts), s, e, from)
	}
	return []detect.Candidate{c}, nil
}

// later returns the Later of a candidate whose store is in the pool's
// hands, or nil when t is nil (nothing to try). from names the file each
// of the store's preferred passwords was read from, when they came from
// files beside it.
func later(a *keystore.Assessment, t *keystore.Trial, s, e int, from []string) func(context.Context) detect.Candidate {
	if t == nil {
		return nil
	}
	return func(ctx context.Context) detect.Candidate {
		r, _ := t.Wait(ctx)
		a.ApplyTrial(r)
		c := candidate(a, s, e)
		if a.PasswordBeside && r.OpenedAt > 0 && r.OpenedAt <= len(from) {
			c.PasswordFile = from[r.OpenedAt-1]
		}
		return c
	}
}

// siblingPasswords reads the passwords written in the files beside a
// keystore: each line of its password file (pwFile, as passwordBeside
// names it; geth's --password file holds one a line) and the value after
// the line's label (lineValue), or the values under
// a password's name when that file is JSON, then the values under a
// password's name in .env files (KEYSTORE_PASSWORD=…). It returns them
// in that order, without repeats, each with the file it came from; at
// most maxSiblingPasswords.
func siblingPasswords(names []string, pwFile string, read func(string) ([]byte, error)) (ps, from []string) {
	add := func(v, name string) {
		if v != "" && len(v) <= 1024 && len(ps) < maxSiblingPasswords && !slices.Contains(ps, v) {
			ps, from = append(ps, v), append(from, name)
		}
	}
	if pwFile != "" {
		if data, err := read(pwFile); err == nil && utf8.Valid(data) {
			n := len(ps)
			if t := bytes.TrimSpace(data); len(t) > 0 && t[0] == '{' {
				assignedPasswords(data, func(v string, _ int) { add(v, pwFile) })
			}
			if len(ps) == n {
				for _, line := range strings.SplitN(string(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))), "\n", maxSiblingPasswords+1) {
					line = strings.TrimRight(line, "\r")
					add(line, pwFile)
					add(strings.TrimSpace(line), pwFile)
					add(lineValue(line), pwFile) // "password for the backup: …"
				}
			}
		}
	}
	for _, name := range names {
		if !keys.DotenvName(name) {
			continue
		}
		if data, err := read(name); err == nil {
			assignedPasswords(data, func(v string, _ int) { add(v, name) })
		}
	}
	return ps, from
}

// maxSiblingPasswords bounds the passwords read beside one keystore.
const maxSiblingPasswords = 16

// candidate turns an assessment into a candidate spanning [s, e).
func candidate(a *keystore.Assessment, s, e int) detect.Candidate {
	kind := detect.KindKeystore
	if !a.Encrypted {
		kind = detect.KindWalletFile
	}
	material := hex.EncodeToString(a.SecretMaterial())
	normalized := string(a.Format) + ":" + material
	scheme := ""
	switch a.Format {
	case keystore.SolanaKeypair:
		// As internal/detectors/keys reports the same array, so that the
		// engine keeps one finding.
		kind, normalized, scheme = detect.KindOtherPrivateKey, "ed25519:"+material, "ed25519"
	case keystore.EIP2335:
		scheme = "bls12-381"
	}
	details := map[string]string{
		"format":   string(a.Format),
		"strength": string(a.Strength),
		"rating":   string(a.Rating),
	}
	set := func(k, v string) {
		if v != "" {
			details[k] = v
		}
	}
	set("version", a.Version)
	set("mac", a.MAC)
	set("rate_source", a.RateSource)
	if a.Keys > 0 {
		details["keys"] = fmt.Sprint(a.Keys)
	}
	if a.Tried > 0 || a.Untried > 0 {
		details["passwords_tried"] = fmt.Sprint(a.Tried)
	}
	if a.Untried > 0 {
		details["passwords_untried"] = fmt.Sprint(a.Untried)
		if a.UntriedSeconds > 0 {
			details["passwords_untried_cpu"] = keystore.HumanDuration(a.UntriedSeconds)
		}
	}
	set("trials_stop", string(a.TrialStop))
	passwordFile := ""
	switch {
	case a.PasswordBeside:
		details["weak_password"] = "a password written beside it opens it"
		passwordFile = "this file" // one read away; the engine scores it so
	case a.WeakPassword:
		details["weak_password"] = "a commonly tried password opens it"
	}
	for _, x := range a.Exhaust {
		details["exhaust "+x.Space] = x.Human
	}
	if len(a.Notes) > 0 {
		details["notes"] = strings.Join(a.Notes, "; ")
	}
	return detect.Candidate{
		Rule: string(a.Format), Kind: kind, Start: s, End: e, Confidence: detect.ConfidenceHigh,
		Network: a.Network, Scheme: scheme,
		Secret: detect.NewSecret(detect.SecretSpec{Kind: kind, Raw: material, Normalized: normalized, Redacted: "[" + a.Label() + "]", Address: a.Address}),
		Protection: &detect.Protection{
			Encrypted: a.Encrypted, KDF: a.KDF, KDFParams: a.KDFParams, Cipher: a.Cipher,
			GuessesPerSecond: a.GuessesPerSecond, WeakPassword: a.WeakPassword, Summary: a.Summary(),
		},
		Details:      details,
		PasswordFile: passwordFile,
		// A store published with its password holds a public key, and
		// so does one a password opened to find a published key in it.
		Public: a.Published != "" || a.OpenedPublic != "", PublicSource: cmp.Or(a.Published, a.OpenedPublic),
	}
}

// publicHolder names the published key an Ethereum keystore holds, by
// the address it declares (keys.PublicAddress), or "".
func publicHolder(a *keystore.Assessment) string {
	if a.Format != keystore.EthereumV3 || a.Address == "" {
		return ""
	}
	raw, err := hex.DecodeString(strings.TrimPrefix(strings.ToLower(a.Address), "0x"))
	if err != nil {
		return ""
	}
	src, _ := keys.PublicAddress(raw)
	return src
}

// passwordFiles are names of files that hold a keystore's password when
// kept next to it (geth --password files, Exodus passphrase.json, …).
var passwordFiles = map[string]bool{
	"password": true, "password.txt": true, "passwords.txt": true, "pass.txt": true, "passphrase.txt": true,
	"passphrase.json": true, ".password": true, "pwd.txt": true, "keystore-password.txt": true, "password.json": true,
}

// passwordBeside names a password file among names, the files beside a
// keystore as its source offers them, or "".
func passwordBeside(names []string) string {
	for _, name := range names {
		if passwordFileName(strings.ToLower(name)) {
			return name
		}
	}
	return ""
}

// passwordWords end the names of password files ("trust-password.txt",
// "keystore_passwords", "wallet.pass"), after a '-', '_' or '.'.
var passwordWords = []string{"password", "passwords", "passphrase", "pass", "pwd"}

// passwordFileName reports whether n, a lower-case file name, names a
// password file: one of passwordFiles, a ".pass" file, or a name whose
// last word is one of passwordWords, with no extension or ".txt".
func passwordFileName(n string) bool {
	if passwordFiles[n] || strings.HasSuffix(n, ".pass") {
		return true
	}
	base := strings.TrimSuffix(n, ".txt")
	for _, w := range passwordWords {
		if k := len(base) - len(w); k > 0 && strings.HasSuffix(base, w) && strings.IndexByte("-_.", base[k-1]) >= 0 {
			return true
		}
	}
	return false
}

// lineValue returns the value a line of a password file holds after its
// label, or "": the text after the last ": ", " -> ", " => " or "=" ("password
// for the json backup: hunter2", "UTC--…json -> hunter2"), unquoted.
func lineValue(line string) string {
	for _, sep := range []string{": ", " -> ", " => ", "=", "\t"} {
		if k := strings.LastIndex(line, sep); k > 0 {
			v := strings.TrimSpace(line[k+len(sep):])
			if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
				v = v[1 : len(v)-1]
			}
			return v
		}
	}
	return ""
}
