package audit

import (
	"log/slog"
	"time"

	"github.com/walletaudit/walletaudit/internal/ocr"
)

// Options configure a Scanner. The zero value is a sensible default: every
// built-in detector, one worker per CPU, files up to 256 MiB, all
// severities.
type Options struct {
	// Detectors replaces the built-in chunk detectors when non-nil. Use
	// DefaultDetectors to extend rather than replace them.
	Detectors []Detector
	// FileDetectors replaces the built-in whole-file detectors when non-nil.
	FileDetectors []FileDetector
	// Disable lists detector IDs to turn off, and rules whose findings
	// are dropped ("wif" leaves "bip32-xprv" of the same detector on);
	// see BuiltinRules and Scanner.Rules.
	Disable []string
	// Workers is the number of items scanned at once; 0 means GOMAXPROCS.
	Workers int
	// MaxFileSize skips larger items (recorded as skips); 0 means 256 MiB,
	// a negative value means no limit. Large files stream in chunks, so
	// the limit bounds time, not memory.
	MaxFileSize int64
	// MaxWholeFile bounds how much of a stream (an item that is not a file
	// on disk) is held in memory for a whole-file detector; 0 means 64 MiB.
	MaxWholeFile int64
	// Archive bounds reading inside zip, tar, gzip and bzip2 archives.
	Archive ArchiveLimits
	// Baseline suppresses known findings (counted in Summary.Baselined).
	Baseline *Baseline
	// Allow suppresses findings by fingerprint or path glob (counted in
	// Summary.Ignored), like inline IgnoreMarker comments. A glob matches
	// the whole path, its base name or any trailing part, segment by
	// segment as path.Match does, and a "**" segment matches any number
	// of segments ("**/fixtures/**"); see MatchGlob.
	Allow []string
	// MinSeverity drops findings below it; "" keeps everything.
	MinSeverity Severity
	// DecodeDepth is how many layers of encoding (base64, hex, URL, JSON
	// escapes) are peeled to find hidden secrets; 0 means 2, negative
	// turns decoding off.
	DecodeDepth int
	// DeepChecks turns on slow weak-generation checks of every BIP-39
	// phrase found: a sweep of all 2^32 seeds of the flawed generators
	// of bx seed (Milk Sad) and the Trust Wallet browser extension,
	// about 6 minutes per phrase on two cores (10 at most; the outcome
	// is in the finding's details).
	DeepChecks bool
	// DeepBudget bounds the time all deep checks of a scan take together
	// (phrases after it say they were skipped); 0 means 1 hour.
	DeepBudget time.Duration
	// Trials is the password-trial budget of the whole scan, shared by all
	// keystores (see TrialPolicy); the zero value is TrialsQuick.
	Trials TrialPolicy
	// Logger receives debug records; nil is silent. Records never hold
	// secrets.
	Logger *slog.Logger
	// Progress, if set, is called about every ProgressInterval and once
	// at the end, from a goroutine of the scan.
	Progress func(Progress)
	// ProgressInterval defaults to 200ms.
	ProgressInterval time.Duration
	// FailOnUnreadable makes Run return ErrUnreadable, after a complete
	// scan, when an item could not be read (an unreadable file, a damaged
	// archive whose members were not all read), so that a gate does not
	// pass on what it never saw. Off, such items are only listed in
	// Summary.Errors.
	FailOnUnreadable bool
	// OCR reads the text of images (PNG, JPEG, WebP) that are text-sized
	// (at least 64 pixels a side, at most 25 megapixels and 32 MiB) with
	// the tesseract command, and scans it as the member "photo.png!ocr.txt"
	// (Location.Origin "ocr"; findings in it are at most of medium
	// confidence). It is slow (about a second an image) and off by
	// default. Without the command installed, Run returns ErrNoOCR
	// before scanning.
	OCR bool
	// Funds turns on opt-in balance checks of the secrets found, against
	// the endpoints it names and no others (package audit/funds): only
	// addresses and descriptors with extended public keys are sent. A
	// checked finding carries Finding.Funds; a funded one is critical.
	// The zero value makes no network call.
	Funds FundsConfig
}

// ErrNoOCR is returned by Run when Options.OCR is set and the tesseract
// command is not installed.
var ErrNoOCR = ocr.ErrUnavailable

// CheckOCR reports whether Options.OCR can work here: nil when the
// tesseract command is installed, an error wrapping ErrNoOCR otherwise.
// Commands call it before they start, to fail at once.
func CheckOCR() error {
	_, err := ocr.New(0)
	return err
}

// Progress is a snapshot of a running scan.
type Progress struct {
	Files    int64
	Bytes    int64
	Findings int64
	Skipped  int64
	Errors   int64
	// Seeds counts the 32-bit seeds the deep checks (Options.DeepChecks)
	// have swept so far, over the scanner's life.
	Seeds   uint64
	Elapsed time.Duration
	Done    bool
}

const (
	defaultMaxFileSize  = 256 << 20
	defaultMaxWholeFile = 64 << 20
	defaultDecodeDepth  = 2
	chunkSize           = 1 << 20
	chunkTail           = 64 << 10 // bytes carried into the next chunk
	chunkLookback       = 16 << 10 // of which context only, never reported
	headSize            = 64 << 10
	sniffSize           = 8 << 10
)
