package keystore

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Errors.
var (
	// ErrNotKeystore: the data is not a wallet file this package knows.
	ErrNotKeystore = errors.New("keystore: not a recognised wallet file")
	// ErrMalformed: the data looks like a known format but is broken.
	ErrMalformed = errors.New("keystore: malformed wallet file")
)

// Format names a wallet file format.
type Format string

// Known formats.
const (
	EthereumV3     Format = "ethereum-keystore-v3"
	EIP2335        Format = "eip2335-keystore"
	SolanaKeypair  Format = "solana-keypair"
	ElectrumWallet Format = "electrum-wallet"
	MetaMaskVault  Format = "metamask-vault"
	BitcoinCore    Format = "bitcoin-core-wallet"
	PolkadotJSON   Format = "polkadot-json"
	LightningHSM   Format = "lightning-hsm-secret"
	ExodusSECO     Format = "exodus-seco"
)

// Assessment is what Inspect learns about a wallet file.
type Assessment struct {
	Format Format `json:"format"`
	// Encrypted is false when keys are stored in the clear.
	Encrypted bool `json:"encrypted"`
	// KDF, KDFParams, Cipher and MAC describe the encryption.
	KDF       string `json:"kdf,omitempty"`
	KDFParams string `json:"kdf_params,omitempty"`
	Cipher    string `json:"cipher,omitempty"`
	MAC       string `json:"mac,omitempty"`
	// Address is a public address stored in the clear, if any.
	Address string `json:"address,omitempty"`
	// GuessesPerSecond is the attacker's rate on one high-end GPU; 0 when
	// unknown. Strength classes it; Exhaust turns it into times.
	GuessesPerSecond float64   `json:"guesses_per_second,omitempty"`
	Strength         string    `json:"strength"`
	Exhaust          []Exhaust `json:"exhaust,omitempty"`
	// WeakPassword is set when a password from the built-in list opened
	// the file; Tried is how many were tried.
	WeakPassword bool `json:"weak_password"`
	Tried        int  `json:"tried"`
	// Notes are facts for people ("legacy 10,000 PBKDF2 iterations").
	Notes []string `json:"notes,omitempty"`

	// material is the sensitive payload (ciphertext or key) that
	// identifies the store; it is never marshalled.
	material []byte
	// check tries one password; nil when the format allows no trial.
	check func(password string) bool
	// trialCost estimates the seconds one trial takes on this machine.
	trialCost float64
	// candidates are passwords suggested by the file itself (its name,
	// its address).
	candidates []string
}

// Material returns the bytes that identify the stored secret (the
// ciphertext of an encrypted store, the key of a plain one). Callers use it
// to fingerprint the store; it must not be printed.
func (a *Assessment) Material() []byte { return a.material }

// Summary is one line for people.
func (a *Assessment) Summary() string {
	if !a.Encrypted {
		return string(a.Format) + ": keys stored without encryption"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s", a.KDF)
	if a.KDFParams != "" {
		fmt.Fprintf(&b, " %s", a.KDFParams)
	}
	if a.GuessesPerSecond > 0 {
		fmt.Fprintf(&b, ": ~%s guesses/s on one GPU", humanRate(a.GuessesPerSecond))
		for _, e := range a.Exhaust {
			if e.Space == "8 letters and digits" {
				fmt.Fprintf(&b, ", 8 random letters and digits fall in %s", e.Human)
			}
		}
	}
	if a.WeakPassword {
		b.WriteString("; opened by a commonly tried password")
	}
	return b.String()
}

func humanRate(r float64) string {
	switch {
	case r >= 1e9:
		return fmt.Sprintf("%.1fG", r/1e9)
	case r >= 1e6:
		return fmt.Sprintf("%.1fM", r/1e6)
	case r >= 1e3:
		return fmt.Sprintf("%.0fk", r/1e3)
	}
	return fmt.Sprintf("%.0f", r)
}

// Options bound what Inspect does.
type Options struct {
	// NoTrials turns off password trials.
	NoTrials bool
	// Budget bounds the time spent on trials per file; 0 means 2s.
	Budget time.Duration
	// Passwords replaces the built-in list of commonly tried passwords.
	Passwords []string
	// MaxScryptMemory bounds the memory of one scrypt trial; 0 means
	// 256 MiB. Stores whose KDF needs more are assessed without trials.
	MaxScryptMemory int64
}

// CommonPasswords are the passwords attackers try first (top entries of
// public leaked-password lists and wallet-specific defaults).
var CommonPasswords = []string{
	"", "password", "123456", "12345678", "123456789", "1234567890", "qwerty", "abc123", "111111",
	"password1", "12345", "1234", "test", "testtest", "test123", "admin", "letmein", "welcome", "changeme",
	"iloveyou", "monkey", "dragon", "master", "secret", "passw0rd", "Password1", "Password123", "qwerty123",
	"000000", "123123", "654321", "1q2w3e4r", "zaq12wsx", "trustno1", "bitcoin", "ethereum", "wallet",
	"crypto", "metamask", "hello", "hello123", "default", "pass", "pass123", "mypassword", "satoshi",
	"hodl", "moon", "ledger", "p@ssw0rd", "aezeed",
}

// Inspect recognises data as a wallet file (name adds evidence only),
// assesses its protection, and, unless opts.NoTrials, tries the common
// passwords within the budget. It returns ErrNotKeystore for anything
// else. It never panics and never writes.
func Inspect(ctx context.Context, name string, data []byte, opts Options) (a *Assessment, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("%w: internal error", ErrMalformed)
		}
	}()
	a, err = parse(name, data, opts)
	if err != nil {
		return nil, err
	}
	if b := baseName(name); b != "" {
		a.candidates = append(a.candidates, b, strings.TrimSuffix(b, ".json"))
	}
	if a.Address != "" {
		a.candidates = append(a.candidates, a.Address, strings.ToLower(a.Address), strings.TrimPrefix(strings.ToLower(a.Address), "0x"))
	}
	a.Strength = "none"
	if a.Encrypted {
		a.Strength = Strength(a.GuessesPerSecond)
		a.Exhaust = exhaustTimes(a.GuessesPerSecond)
	}
	if !opts.NoTrials && a.check != nil {
		tryPasswords(ctx, a, opts)
	}
	return a, nil
}

func tryPasswords(ctx context.Context, a *Assessment, opts Options) {
	budget := opts.Budget
	if budget <= 0 {
		budget = 2 * time.Second
	}
	list := opts.Passwords
	if list == nil {
		list = CommonPasswords
	}
	// People also use the file's own name or address as its password.
	list = append(append([]string(nil), list...), a.candidates...)
	if a.trialCost > 0 {
		if n := int(budget.Seconds() / a.trialCost); n < len(list) {
			list = list[:max(n, 0)]
		}
	}
	deadline := time.Now().Add(budget)
	for _, p := range list {
		if ctx.Err() != nil || time.Now().After(deadline) {
			return
		}
		a.Tried++
		if a.check(p) {
			a.WeakPassword = true
			a.Strength = "weak"
			return
		}
	}
}

// parse dispatches on content.
func parse(name string, data []byte, opts Options) (*Assessment, error) {
	trimmed := bytes.TrimSpace(data)
	switch {
	case len(trimmed) > 0 && trimmed[0] == '{':
		return parseJSON(name, trimmed, opts)
	case len(trimmed) > 0 && trimmed[0] == '[':
		return parseSolana(trimmed)
	case bytes.HasPrefix(trimmed, []byte("QklFMQ")):
		return &Assessment{Format: ElectrumWallet, Encrypted: true, KDF: "pbkdf2-sha512", KDFParams: "c=1024", Cipher: "ecies-aes-128-cbc",
			GuessesPerSecond: pbkdf2Rate("sha512", 1024), material: trimmed, Notes: []string{"whole-file encryption (BIE1)"}}, nil
	case isBDB(data) || bytes.HasPrefix(data, []byte("SQLite format 3\x00")):
		return parseCore(name, data)
	case bytes.HasPrefix(data, []byte("SECO")):
		// Exodus SECO container: scrypt (N=16384, r=8, p=1 in the
		// exodus2hashcat example) and AES-256-GCM (FORMATS.md §4.6).
		return &Assessment{Format: ExodusSECO, Encrypted: true, KDF: "scrypt", KDFParams: "n=16384 r=8 p=1", Cipher: "aes-256-gcm",
			GuessesPerSecond: scryptRate(16384, 8, 1), material: data[:min(len(data), 256)]}, nil
	case baseName(name) == "hsm_secret":
		return parseHSM(data)
	}
	return nil, ErrNotKeystore
}

func baseName(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		return name[i+1:]
	}
	return name
}
