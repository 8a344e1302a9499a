package audit

import (
	"context"
	"fmt"
	"github.com/walletaudit/walletaudit/internal/detectors/keys"
	"strings"
	"time"

	"github.com/walletaudit/walletaudit/keystore"
)

// TrialPolicy bounds the password trials of a scan: how long the scan may
// spend, summed over its trial workers, trying the passwords attackers try
// first on the keystores it finds. One budget serves the whole scan; it
// goes first to the stores where a guess is cheap, and identical stores
// are tried once. Trials run beside the text scan, never in its way; the
// finding of a keystore is reported when its trials end.
//
// The zero value is TrialsQuick.
type TrialPolicy struct {
	// Off turns trials off; findings still carry the KDF's cost.
	Off bool
	// Budget is the trial time of the scan, summed over the workers and
	// counted in the estimated time of each guess (the KDF's parameters
	// on one core), so that a tree gets the same trials on every run; 0
	// means that of TrialsQuick. Only when the measured time passes twice
	// the budget do the trials stop early.
	Budget time.Duration
	// Workers is the number of trials run at once; 0 means 2.
	Workers int
	// MaxMemory bounds the memory of the trials running at once; 0 means
	// 256 MiB for a budget up to 10 seconds and 1 GiB above. One guess
	// at a standard go-ethereum keystore (scrypt N = 2^18, r = 8) needs
	// 256 MiB and 1 KiB: under TrialsQuick such a store is tried only
	// with the passwords written beside it (a password file, a .env's
	// KEYSTORE_PASSWORD), under TrialsThorough with the whole list as
	// far as the budget goes. A guess needing at most a sixteenth of
	// MaxMemory (PBKDF2's, a light scrypt's) is not counted; see
	// keystore.TrialPoolOptions.
	MaxMemory int64
}

// The named trial policies.
var (
	// TrialsOff tries no password.
	TrialsOff = TrialPolicy{Off: true}
	// TrialsQuick spends 2 seconds of estimated trial time: the
	// passwords written beside a store first, then the whole list on
	// stores with a cheap KDF and as much of it as the budget allows on
	// dearer ones (a standard scrypt store only with the passwords
	// written beside it; see MaxMemory).
	TrialsQuick = TrialPolicy{Budget: 2 * time.Second}
	// TrialsThorough spends up to 2 minutes, for audits that want the
	// trials.
	TrialsThorough = TrialPolicy{Budget: 2 * time.Minute}
)

// ParseTrialPolicy reads "off", "quick", "thorough" or a duration such as
// "30s".
func ParseTrialPolicy(s string) (TrialPolicy, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "off", "none", "0":
		return TrialsOff, nil
	case "quick", "":
		return TrialsQuick, nil
	case "thorough":
		return TrialsThorough, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return TrialPolicy{}, fmt.Errorf("audit: trials %q: want off, quick, thorough or a duration", s)
	}
	if d == 0 {
		return TrialsOff, nil
	}
	return TrialPolicy{Budget: d}, nil
}

// String writes the policy as ParseTrialPolicy reads it.
func (p TrialPolicy) String() string {
	switch b := p.budget(); {
	case b <= 0:
		return "off"
	case b == TrialsQuick.Budget:
		return "quick"
	case b == TrialsThorough.Budget:
		return "thorough"
	default:
		return b.String()
	}
}

func (p TrialPolicy) budget() time.Duration {
	switch {
	case p.Off:
		return 0
	case p.Budget <= 0:
		return TrialsQuick.Budget
	}
	return p.Budget
}

// trialPool starts the scan's pool; detectors find it in the context the
// engine passes them.
func (p TrialPolicy) pool(ctx context.Context) *keystore.TrialPool {
	mem := p.MaxMemory
	if mem <= 0 {
		mem = 256 << 20
		if p.budget() > 10*time.Second {
			mem = 1 << 30
		}
	}
	return keystore.NewTrialPool(ctx, keystore.TrialPoolOptions{Budget: p.budget(), Workers: p.Workers, MaxMemory: mem, PublicKey: keys.PublicKey})
}

// Set reads s as ParseTrialPolicy does, so that a TrialPolicy is a
// flag.Value.
func (p *TrialPolicy) Set(s string) error {
	v, err := ParseTrialPolicy(s)
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// TrialsUsage is the help text of a -trials flag.
const TrialsUsage = "password trials on keystores found, one `budget` for the whole scan: off, quick (2s), thorough (2m) or a duration; cheap KDFs get the whole list first, a standard scrypt store its first few candidates"
