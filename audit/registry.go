package audit

import "github.com/walletaudit/walletaudit/internal/detectors/phrase"

// DefaultDetectors returns new instances of the built-in chunk detectors.
// Append to the result to add detectors of your own:
//
//	opts.Detectors = append(audit.DefaultDetectors(), myDetector{})
func DefaultDetectors() []Detector {
	return []Detector{
		phrase.New(),
	}
}

// DefaultFileDetectors returns new instances of the built-in whole-file
// detectors (keystores, wallet databases).
func DefaultFileDetectors() []FileDetector {
	return []FileDetector{}
}

// defaultViews peels encodings with the built-in decoders.
var defaultViews viewFunc = nil
