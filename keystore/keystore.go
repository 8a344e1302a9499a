package keystore

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"
)

// Errors returned by the entry points. Use errors.Is: they are wrapped with
// a reason.
var (
	// ErrNotKeystore means the data is not a wallet file this package knows.
	ErrNotKeystore = errors.New("keystore: not a recognised wallet file")
	// ErrMalformed means the data looks like a known format but is broken
	// or carries parameters no wallet would write.
	ErrMalformed = errors.New("keystore: malformed wallet file")
	// ErrNoPrivateKeys means the file is a known wallet format that holds
	// no private key (a watch-only wallet).
	ErrNoPrivateKeys = errors.New("keystore: wallet file holds no private keys")
	// ErrTooLarge means a file is larger than Options.MaxSize for its
	// format.
	ErrTooLarge = errors.New("keystore: file too large")
)

// Format names a wallet file format. Its value is the rule name used in
// findings.
type Format string

// Known formats.
const (
	EthereumV3      Format = "ethereum-keystore-v3"
	EthereumPresale Format = "ethereum-presale-wallet"
	EIP2335         Format = "eip2335-keystore"
	EIP2386         Format = "eip2386-walletstore"
	SolanaKeypair   Format = "solana-keypair"
	ElectrumWallet  Format = "electrum-wallet"
	MetaMaskVault   Format = "metamask-vault"
	BitcoinCore     Format = "bitcoin-core-wallet"
	PolkadotJSON    Format = "polkadot-json"
	LightningHSM    Format = "lightning-hsm-secret"
	ExodusSECO      Format = "exodus-seco"
	WasabiWallet    Format = "wasabi-wallet"
	BIP38Key        Format = "bip38-encrypted-key"
	NostrNIP49      Format = "nip49-encrypted-key"
)

// Strength classes a KDF by attacker speed on one GPU (docs/formats.md
// §7.3); it is the "strength" of an Assessment.
type Strength string

// The strength classes.
const (
	StrengthNone     Strength = "none"     // not encrypted
	StrengthWeak     Strength = "weak"     // ≥ 100,000 guesses/s
	StrengthModerate Strength = "moderate" // 1,000 – 100,000 guesses/s
	StrengthStrong   Strength = "strong"   // < 1,000 guesses/s
	StrengthUnknown  Strength = "unknown"  // encrypted, rate not known
)

// Rating rates the protection of a store, named like finding severities;
// it is the "rating" of an Assessment. The engine raises or lowers it with
// the storage context (where the file is, who can read it).
type Rating string

// The ratings.
const (
	RatingCritical Rating = "critical" // keys in the clear, or a common password opens the store
	RatingHigh     Rating = "high"     // a 10^12-guess wordlist attack fits in one GPU-year
	RatingMedium   Rating = "medium"   // moderate KDF, or unknown cost
	RatingLow      Rating = "low"      // strong KDF and no common password
)

// Assessment is what the package learns about a wallet file. It holds no
// secret in an exported field; SecretMaterial is the one sensitive
// accessor.
type Assessment struct {
	// Format is the recognised format.
	Format Format `json:"format"`
	// Version is the format's own version label ("3", "4", "bdb",
	// "sqlite", "bie1", "field", …), when it has one.
	Version string `json:"version,omitempty"`
	// Encrypted is false when keys are stored in the clear.
	Encrypted bool `json:"encrypted"`
	// KDF, KDFParams, Cipher and MAC describe the encryption: "scrypt",
	// "n=262144 r=8 p=1", "aes-128-ctr", "keccak256".
	KDF       string `json:"kdf,omitempty"`
	KDFParams string `json:"kdf_params,omitempty"`
	Cipher    string `json:"cipher,omitempty"`
	MAC       string `json:"mac,omitempty"`
	// Address is a public identifier stored in the clear or derived from
	// public data (an EIP-55 address, a Solana or BLS public key, an SS58
	// address), or "".
	Address string `json:"address,omitempty"`
	// Network is "mainnet", "testnet", "signet" or "regtest" when the file
	// says, else "".
	Network string `json:"network,omitempty"`
	// Keys counts the private keys or key records found, when countable.
	Keys int `json:"keys,omitempty"`
	// GuessesPerSecond is the attacker's rate on one RTX 4090; 0 when
	// unknown or when nothing is encrypted. RateSource says where the
	// figure comes from.
	GuessesPerSecond float64 `json:"guesses_per_second,omitempty"`
	RateSource       string  `json:"rate_source,omitempty"`
	// Strength classes GuessesPerSecond.
	Strength Strength `json:"strength"`
	// Exhaust is the time one GPU needs for each of Spaces.
	Exhaust []Exhaust `json:"exhaust,omitempty"`
	// Rating is the protection rating.
	Rating Rating `json:"rating"`
	// WeakPassword is set when a password from the trial list opened the
	// store. Which one is never recorded.
	WeakPassword bool `json:"weak_password"`
	// PasswordBeside is set when a password found written beside the
	// store (PreferPasswords) opened it.
	PasswordBeside bool `json:"password_beside,omitempty"`
	// Published names where the store itself was published with its
	// password (a specification's test vector, a widely copied test
	// keystore), when its ciphertext is one of those: its key is public,
	// and no password is tried on it.
	Published string `json:"published,omitempty"`
	// OpenedPublic names where the key was published when a password
	// opened the store and the key it holds is a published one
	// (TrialPoolOptions.PublicKey): a development account imported into a
	// keystore holds no secret of its owner's.
	OpenedPublic string `json:"opened_public,omitempty"`
	// Tried is how many passwords were tried; Untried how many of the list
	// were left out by the budget or cancellation.
	Tried   int `json:"tried"`
	Untried int `json:"untried,omitempty"`
	// TrialStop says why the trials ended (Stop* constants); "" when none
	// ran. UntriedSeconds is the estimated CPU time the untried candidates
	// would take here.
	TrialStop      TrialStop `json:"trial_stop,omitempty"`
	UntriedSeconds float64   `json:"untried_seconds,omitempty"`
	// Notes are facts for people ("legacy 10,000 PBKDF2 iterations").
	// They never contain secret material.
	Notes []string `json:"notes,omitempty"`

	// material identifies the stored secret: the ciphertext of an
	// encrypted store, the key or seed of a plain one. Never marshalled.
	material []byte
	// textual is set for a plain store that writes each of its secrets
	// as text of its own (Textual).
	textual bool
	// check tries one password; nil when the format allows no trial.
	check func(password []byte) bool
	// open tries one password as check does and, when it opens the store,
	// returns the key it holds (nil if the cipher is not one it decrypts);
	// nil when the format gives no key.
	open func(password []byte) (key []byte, ok bool)
	// trialSeconds is the estimated CPU time of one check; trialMemory its
	// memory in bytes.
	trialSeconds float64
	trialMemory  int64
	// hints are passwords suggested by the file itself (a wallet name).
	hints []string
	// preferred are passwords found written beside the store, tried
	// first (PreferPasswords).
	preferred []string
}

// PreferPasswords puts ps at the head of the candidates that password
// trials of a try (TrialPool.Submit): values written beside the store
// under a password's name, which are worth a guess even where a guess
// is dear. When one of them opens the store, ApplyTrial sets
// PasswordBeside.
func (a *Assessment) PreferPasswords(ps ...string) {
	for _, p := range ps {
		if p != "" && len(p) <= 1024 && !slices.Contains(a.preferred, p) {
			a.preferred = append(a.preferred, p)
		}
	}
}

// SecretMaterial returns the bytes that identify the stored secret: the
// ciphertext of an encrypted store, the key material of a plain one. It
// hands out secret bytes: use it to fingerprint a store, never print it.
func (a *Assessment) SecretMaterial() []byte { return a.material }

// Textual reports whether the store is not encrypted and writes each of
// its secrets as text that reads as a secret of its own: an unencrypted
// Electrum wallet's word seed, xprv and WIF keys, in its JSON. A scanner
// of text finds them one by one, each with its own fingerprint; a finding
// of the whole file would only repeat them under another.
func (a *Assessment) Textual() bool { return a.textual && !a.Encrypted }

// Summary is one line for people. It never contains secret material.
func (a *Assessment) Summary() string {
	var b strings.Builder
	b.WriteString(a.Label())
	switch {
	case !a.Encrypted:
		b.WriteString(": keys stored without encryption")
	case a.GuessesPerSecond > 0:
		fmt.Fprintf(&b, ": ~%s guesses/s on one GPU", humanRate(a.GuessesPerSecond))
		for _, e := range a.Exhaust {
			if e.Space == SpaceAlnum8 {
				fmt.Fprintf(&b, "; 8 random letters and digits fall in %s", e.Human)
			}
		}
	default:
		b.WriteString(": attacker cost unknown")
	}
	if a.WeakPassword {
		b.WriteString("; opened by a commonly tried password")
	}
	return b.String()
}

// Label is a short redacted description: "ethereum-keystore-v3, scrypt
// n=262144 r=8 p=1".
func (a *Assessment) Label() string {
	s := string(a.Format)
	if a.KDF != "" {
		s += ", " + a.KDF
		if a.KDFParams != "" {
			s += " " + a.KDFParams
		}
	}
	if !a.Encrypted {
		s += ", unencrypted"
	}
	return s
}

// Options bound what the package does. The zero value is the sensible
// default.
type Options struct {
	// NoTrials turns password trials off.
	NoTrials bool
	// Budget bounds the wall time spent on trials per file; 0 means 2s.
	// A store whose single guess is estimated to cost more than the
	// budget is not tried at all.
	Budget time.Duration
	// MaxTrials bounds the number of passwords tried per file; 0 means no
	// bound beyond the list.
	MaxTrials int
	// Passwords are tried after the built-in CommonPasswords and the hints
	// from the file itself (its name, a wallet label), and before the rest
	// of the built-in list (a few hundred more of the most frequent
	// passwords, which stores with a cheap KDF reach).
	Passwords []string
	// NoBuiltin leaves the built-in lists out of the trials.
	NoBuiltin bool
	// Workers bounds concurrent trials; 0 means min(GOMAXPROCS, 4).
	Workers int
	// MaxTrialMemory bounds the memory of concurrent trials (scrypt); 0
	// means 256 MiB. A store whose single guess needs more is not tried.
	MaxTrialMemory int64
	// MaxSize bounds the bytes read from a JSON or text wallet file; 0
	// means 16 MiB. Wallet databases are scanned in windows up to
	// MaxDatabaseSize instead.
	MaxSize int64
	// MaxDatabaseSize bounds the bytes of a wallet database (wallet.dat)
	// scanned; 0 means 4 GiB.
	MaxDatabaseSize int64
}

func (o Options) maxSize() int64 {
	if o.MaxSize > 0 {
		return o.MaxSize
	}
	return 16 << 20
}

func (o Options) maxDatabase() int64 {
	if o.MaxDatabaseSize > 0 {
		return o.MaxDatabaseSize
	}
	return 4 << 30
}

// Parse recognises data as a wallet file and measures its protection. It
// tries no password. name is the file's base name or path and only adds
// evidence; it may be "". It returns an error wrapping ErrNotKeystore or
// ErrMalformed for anything else.
func Parse(name string, data []byte) (a *Assessment, err error) {
	defer guard(&a, &err)
	a, err = parseBytes(name, data)
	if err != nil {
		return nil, err
	}
	finish(context.Background(), a, name, Options{NoTrials: true})
	return a, nil
}

// Inspect is Parse followed, unless opts.NoTrials, by bounded password
// trials.
func Inspect(ctx context.Context, name string, data []byte, opts Options) (a *Assessment, err error) {
	defer guard(&a, &err)
	if int64(len(data)) > opts.maxSize() && !isDatabase(data) {
		return nil, fmt.Errorf("%w: %d bytes", ErrTooLarge, len(data))
	}
	a, err = parseBytes(name, data)
	if err != nil {
		return nil, err
	}
	finish(ctx, a, name, opts)
	return a, nil
}

// InspectReader is Inspect for an item of the given size read through r.
// Wallet databases are scanned in windows without loading them whole; other
// formats are read up to opts.MaxSize.
func InspectReader(ctx context.Context, name string, r io.ReaderAt, size int64, opts Options) (a *Assessment, err error) {
	defer guard(&a, &err)
	var head [100]byte
	n, err := r.ReadAt(head[:min(size, int64(len(head)))], 0)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	if isDatabase(head[:n]) {
		if size > opts.maxDatabase() {
			return nil, fmt.Errorf("%w: %d bytes", ErrTooLarge, size)
		}
		a, err = parseCore(ctx, name, r, size)
		if err != nil {
			return nil, err
		}
		finish(ctx, a, name, opts)
		return a, nil
	}
	if size > opts.maxSize() {
		return nil, fmt.Errorf("%w: %d bytes", ErrTooLarge, size)
	}
	data := make([]byte, size)
	n, err = r.ReadAt(data, 0)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return Inspect(ctx, name, data[:n], opts)
}

// Open inspects the file at path. It opens the file read-only, refuses
// anything but a regular file, and never writes next to it.
func Open(ctx context.Context, path string, opts Options) (*Assessment, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%w: not a regular file", ErrNotKeystore)
	}
	return InspectReader(ctx, path, f, st.Size(), opts)
}

// finish fills the cost model and the rating, and runs the trials.
func finish(ctx context.Context, a *Assessment, name string, opts Options) {
	a.Strength = StrengthNone
	if a.Encrypted {
		a.Strength = ClassifyRate(a.GuessesPerSecond)
		a.Exhaust = ExhaustTimes(a.GuessesPerSecond)
	} else {
		a.GuessesPerSecond = 0
	}
	if a.Encrypted {
		a.Published = publishedSource(a.material)
	}
	if a.Published != "" {
		a.Notes = append(a.Notes, "published with its password ("+a.Published+"); no password tried")
	} else if !opts.NoTrials && a.Encrypted && a.check != nil {
		tryPasswords(ctx, a, trialList(a, name, opts), opts)
	}
	a.Rating = rating(a)
}

func baseName(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		return name[i+1:]
	}
	return name
}
