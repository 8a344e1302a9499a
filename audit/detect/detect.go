// Package detect is the contract between the walletaudit engine and its
// detectors: the chunk of text a detector reads, the candidate it returns,
// and the Secret type that keeps a found value from leaking into output.
//
// The engine lives in package audit, which re-exports these types; a custom
// detector only needs this package.
package detect

import (
	"context"
	"io"
)

// Kind is the family of a secret, the "kind" field of a finding.
type Kind string

// The kinds of secret a finding can carry.
const (
	KindMnemonic           Kind = "mnemonic"
	KindWIF                Kind = "wif"
	KindExtendedPrivateKey Kind = "extended-private-key"
	KindRawPrivateKey      Kind = "raw-private-key"
	KindKeystore           Kind = "keystore"
	KindWalletFile         Kind = "wallet-file"
	KindOtherPrivateKey    Kind = "other-private-key"
)

// Confidence says how sure a detector is that a candidate is a real secret.
type Confidence string

// Confidence levels. High means the value was validated (checksum, curve
// range, derivation); medium means it is well formed and the context says it
// is a secret; low means the context is weak.
const (
	ConfidenceHigh   Confidence = "high"
	ConfidenceMedium Confidence = "medium"
	ConfidenceLow    Confidence = "low"
)

// Chunk is a window of an item's bytes that a detector reads. Data may be a
// slice of a larger buffer that the engine reuses after Detect returns: a
// detector must not keep Data, or any slice of it, beyond the call.
type Chunk struct {
	// Data is the text (or, when Binary is set, the raw bytes) to search.
	Data []byte
	// Path is the item's display path ("dir/file", "a.zip!inner/file").
	Path string
	// Encoding names the decoder that produced Data ("" for the item's own
	// bytes, "base64", "hex", "url", "json-string", "utf-16le", …).
	Encoding string
	// Binary is set when the item is not text; detectors that only make
	// sense on text should return nothing.
	Binary bool
	// Context is the text that precedes Data in the item when Data is a
	// decoded view (the name of the variable that held an encoded blob, for
	// example). It is empty for an item's own bytes.
	Context []byte
	// After is the text that follows Data in the item when Data is a
	// decoded view: the rest of the view's line and a few lines after
	// it, for evidence written after a value (the address a key derives
	// to, logged on the next line). It is empty for an item's own bytes.
	After []byte
}

// Candidate is a secret found by a detector, before the engine scores it.
type Candidate struct {
	// Rule is the precise detector rule, such as "bip39-mnemonic".
	Rule string
	// Kind is the family of the secret.
	Kind Kind
	// Start and End are the byte span of the secret in Chunk.Data.
	Start, End int
	// Secret holds the value, redacted by construction.
	Secret Secret
	// Confidence is how sure the detector is.
	Confidence Confidence
	// Public is set for secrets published as test vectors or development
	// defaults; PublicSource names where (e.g. "Hardhat default account 0").
	Public       bool
	PublicSource string
	// Network is "mainnet", "testnet" or "" when the format does not say.
	Network string
	// Scheme names the seed or key scheme ("bip39", "electrum-segwit",
	// "secp256k1", "ed25519", …) where it is not obvious from Rule.
	Scheme string
	// Protection describes how the secret is protected at rest; nil means
	// stored in plain text.
	Protection *Protection
	// PasswordFile names a file beside the secret's store whose name says
	// it holds the store's password ("password.txt"), as File.Siblings
	// lists them; "" when there is none. The engine scores the store as
	// if it were not encrypted, adds the password-beside-keystore attack
	// path and writes the name to Details["password_beside"].
	PasswordFile string
	// Share is set when the secret is one share of a SLIP-39 backup: the
	// state of its set among the shares found with it (an incomplete set
	// scores lower) and the parsed share, with which the engine completes
	// sets across items. Build it with NewShare.
	Share *Share
	// Weakness, when set, says why the secret can be guessed without
	// being read (a key of a repeating pattern, a phrase a weak generator
	// made), never how (no generator seed). The engine adds the
	// weak-generator attack path and writes it to Details["weakness"].
	Weakness string
	// Details are extra facts for people (language, word count, derivation
	// path, KDF parameters). They must never contain the secret. The
	// engine decides on the typed fields above, never on Details.
	Details map[string]string
	// Later, when set, is slow work still to be done for this candidate
	// (password trials of a keystore). The engine holds the finding, calls
	// Later once from a goroutine of its own, so that the scan of other
	// items goes on, and reports what it returns instead; details, the
	// PasswordFile and the Share of the held candidate that the returned
	// one lacks are kept, and so is Public. Later must honour ctx.
	Later func(ctx context.Context) Candidate
}

// Protection is what stands between a reader of the file and the secret.
type Protection struct {
	// Encrypted is false for wallet files that store keys in the clear.
	Encrypted bool `json:"encrypted"`
	// KDF, KDFParams and Cipher describe the encryption ("scrypt",
	// "n=262144 r=8 p=1", "aes-128-ctr").
	KDF       string `json:"kdf,omitempty"`
	KDFParams string `json:"kdf_params,omitempty"`
	Cipher    string `json:"cipher,omitempty"`
	// GuessesPerSecond is the estimated password guesses per second on one
	// current high-end GPU; 0 when unknown.
	GuessesPerSecond float64 `json:"guesses_per_second,omitempty"`
	// WeakPassword is set when a password from the built-in list of
	// commonly tried passwords opened the store. The password itself is
	// never recorded.
	WeakPassword bool `json:"weak_password,omitempty"`
	// Summary is one line for people ("scrypt n=2^18: ~80 guesses/s/GPU").
	Summary string `json:"summary,omitempty"`
}

// Detector finds candidates in chunks of text. Implementations must be safe
// for concurrent use: the engine calls Detect from many goroutines.
type Detector interface {
	// ID names the detector; it is what options use to turn it off.
	ID() string
	// Keywords returns lower-case byte strings at least one of which must
	// occur (case-insensitively) in a chunk for Detect to be worth calling.
	// Nil means the detector runs on every chunk.
	Keywords() []string
	// Detect returns the candidates in c. It must honour ctx for long work
	// and must not panic on any input.
	Detect(ctx context.Context, c *Chunk) []Candidate
}

// File is a whole item handed to a FileDetector.
type File struct {
	// Path is the display path; Name is the base name.
	Path, Name string
	// Size is the item's size in bytes.
	Size int64
	// Head is the first bytes of the item (up to 64 KiB).
	Head []byte
	// ReaderAt reads the whole item; it is valid only during the call.
	ReaderAt io.ReaderAt
	// Siblings, when set, lists the names of the regular files beside the
	// item as its source sees them (a directory on disk offers them; an
	// in-memory item, a stream, an archive member or a git blob offers
	// none), and the .env files of the directory above the item's, named
	// "../.env", when that directory is in the scan. A detector learns
	// about the neighbourhood of an item only through it, never from the
	// file system.
	Siblings func() []string
	// ReadSibling, when set, reads the first bytes (up to 64 KiB) of a
	// regular file that Siblings lists, through the item's source, read
	// only and without following a link: a keystore's detector reads the
	// password file beside it.
	ReadSibling func(name string) ([]byte, error)
}

// FileDetector is a detector that needs a whole file rather than chunks of
// text: wallet databases, keystores, binary wallet formats. The engine calls
// Wants with the name and the first bytes and, if it says yes, DetectFile.
// Offsets in the returned candidates are byte offsets in the file.
type FileDetector interface {
	ID() string
	Wants(name string, head []byte, size int64) bool
	DetectFile(ctx context.Context, f *File) ([]Candidate, error)
}
