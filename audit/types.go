package audit

import "github.com/walletaudit/walletaudit/audit/detect"

// These aliases let users of the engine name the detector contract without
// importing audit/detect; custom detectors may use either name.
type (
	// Secret is a found value that redacts itself in every output.
	Secret = detect.Secret
	// Kind is the family of a secret.
	Kind = detect.Kind
	// Confidence is how sure a detector is.
	Confidence = detect.Confidence
	// Detector finds candidates in chunks of text.
	Detector = detect.Detector
	// FileDetector finds candidates in whole files (wallet databases).
	FileDetector = detect.FileDetector
	// Candidate is a detector's raw result.
	Candidate = detect.Candidate
	// Chunk is the text a Detector reads.
	Chunk = detect.Chunk
	// Protection describes how a stored secret is protected.
	Protection = detect.Protection
)

// The kinds of secret, re-exported from audit/detect.
const (
	KindMnemonic           = detect.KindMnemonic
	KindWIF                = detect.KindWIF
	KindExtendedPrivateKey = detect.KindExtendedPrivateKey
	KindRawPrivateKey      = detect.KindRawPrivateKey
	KindKeystore           = detect.KindKeystore
	KindWalletFile         = detect.KindWalletFile
	KindOtherPrivateKey    = detect.KindOtherPrivateKey
)

// Confidence levels, re-exported from audit/detect.
const (
	ConfidenceHigh   = detect.ConfidenceHigh
	ConfidenceMedium = detect.ConfidenceMedium
	ConfidenceLow    = detect.ConfidenceLow
)
