package audit

import (
	"context"
	"errors"
	"iter"
	"maps"
	"slices"
	"sync/atomic"
	"time"

	"github.com/walletaudit/walletaudit/internal/decode"
	"github.com/walletaudit/walletaudit/internal/detectors/keys"
	"github.com/walletaudit/walletaudit/internal/detectors/phrase"
	"github.com/walletaudit/walletaudit/internal/detectors/wallet"
	"github.com/walletaudit/walletaudit/keystore"
)

// DefaultDetectors returns new instances of the built-in chunk detectors.
// Append to the result to add detectors of your own:
//
//	opts.Detectors = append(audit.DefaultDetectors(), myDetector{})
//
// The engine owns the settings of a scan: a built-in detector returned
// here takes the options (DeepChecks, DeepBudget) of the Scanner it is
// given to, whatever options it was made with.
func DefaultDetectors() []Detector { return defaultDetectors(Options{}, nil, nil) }

// defaultDetectors builds the built-in detectors; slots, when not nil,
// bounds the deep-check sweep goroutines they run at once.
func defaultDetectors(opts Options, seeds *atomic.Uint64, slots chan struct{}) []Detector {
	return append([]Detector{newPhrase(opts, seeds, slots), wallet.NewEmbedded(keystore.Options{}), wallet.NewBIP38(keystore.Options{})}, keys.All()...)
}

func newPhrase(opts Options, seeds *atomic.Uint64, slots chan struct{}) Detector {
	total := opts.DeepBudget
	if total <= 0 {
		total = time.Hour
	}
	return builtinPhrase{phrase.NewWith(phrase.Options{DeepChecks: opts.DeepChecks, Swept: seeds, TotalBudget: total, Slots: slots})}
}

// builtinPhrase is the built-in phrase detector; a Scanner rebuilds it
// from its own options (see configureDetectors).
type builtinPhrase struct{ *phrase.Detector }

func (builtinPhrase) configure(opts Options, seeds *atomic.Uint64, slots chan struct{}) Detector {
	return newPhrase(opts, seeds, slots)
}

// configurable is a built-in detector whose work depends on the options
// of the scan.
type configurable interface {
	configure(opts Options, seeds *atomic.Uint64, slots chan struct{}) Detector
}

// configureDetectors returns dets with every built-in detector that
// depends on the scan's options rebuilt from opts; dets is not changed.
func configureDetectors(dets []Detector, opts Options, seeds *atomic.Uint64, slots chan struct{}) []Detector {
	out := slices.Clone(dets)
	for i, d := range out {
		if c, ok := d.(configurable); ok {
			out[i] = c.configure(opts, seeds, slots)
		}
	}
	return out
}

// DefaultFileDetectors returns new instances of the built-in whole-file
// detectors (keystores, wallet databases).
func DefaultFileDetectors() []FileDetector {
	return []FileDetector{wallet.NewFiles(keystore.Options{})}
}

// decodeViews peels encodings with the built-in decoders.
func decodeViews(ctx context.Context, data []byte, depth int, fn func(view) bool) {
	_ = decode.Views(ctx, data, depth, func(v decode.View) bool {
		return fn(view{data: v.Data, encoding: v.Encoding, start: v.Start, end: v.End, context: v.Context})
	})
}

// Rule describes a rule: the "rule" of a finding, the detector that
// reports it and its title in words.
type Rule struct {
	// ID is the rule as findings name it ("wif").
	ID string `json:"id"`
	// Detector is the ID of the detector that reports it ("base58-keys").
	Detector string `json:"detector"`
	// Title names the rule in words ("WIF private key").
	Title string `json:"title"`
	// Help and Remediation are what a detector's RuleInfo says; empty
	// for the built-in rules.
	Help        string `json:"help,omitempty"`
	Remediation string `json:"remediation,omitempty"`
}

// builtinRules lists the rules of the built-in detectors.
var builtinRules = []Rule{
	{ID: "bip39-mnemonic", Detector: "bip39-mnemonic", Title: "BIP-39 seed phrase"},
	{ID: "electrum-seed", Detector: "bip39-mnemonic", Title: "Electrum seed phrase"},
	{ID: "slip39-share", Detector: "bip39-mnemonic", Title: "SLIP-39 share"},
	{ID: "monero-seed", Detector: "bip39-mnemonic", Title: "Monero seed phrase"},
	{ID: "lnd-aezeed", Detector: "bip39-mnemonic", Title: "LND aezeed seed phrase"},
	{ID: "wif", Detector: "base58-keys", Title: "WIF private key"},
	{ID: "wif-altcoin", Detector: "base58-keys", Title: "WIF private key of a Bitcoin-derived coin"},
	{ID: "bip32-xprv", Detector: "base58-keys", Title: "BIP-32 extended private key"},
	{ID: "output-descriptor-xprv", Detector: "base58-keys", Title: "Extended private key in an output descriptor"},
	{ID: "solana-private-key", Detector: "base58-keys", Title: "Solana private key (base58)"},
	{ID: "hex-private-key", Detector: "hex-private-key", Title: "Hex private key"},
	{ID: "bip39-entropy-hex", Detector: "hex-private-key", Title: "BIP-39 entropy in hex"},
	{ID: "pem-secp256k1", Detector: "pem-keys", Title: "PEM secp256k1 private key"},
	{ID: "cosmos-armored-key", Detector: "pem-keys", Title: "Cosmos armored private key"},
	{ID: "nostr-nsec", Detector: "bech32-keys", Title: "Nostr private key (nsec)"},
	{ID: "sui-private-key", Detector: "bech32-keys", Title: "Sui private key"},
	{ID: "solana-keypair", Detector: "solana-keypair", Title: "Solana keypair"},
	{ID: "aptos-private-key", Detector: "aptos-private-key", Title: "Aptos private key"},
	{ID: "bip38-encrypted-key", Detector: "bip38", Title: "BIP-38 encrypted private key"},
	{ID: "ethereum-keystore-v3", Detector: "wallet-file", Title: "Ethereum keystore (v3)"},
	{ID: "ethereum-presale-wallet", Detector: "wallet-file", Title: "Ethereum presale wallet"},
	{ID: "eip2335-keystore", Detector: "wallet-file", Title: "EIP-2335 validator keystore"},
	{ID: "electrum-wallet", Detector: "wallet-file", Title: "Electrum wallet file"},
	{ID: "metamask-vault", Detector: "wallet-file", Title: "MetaMask-style vault"},
	{ID: "bitcoin-core-wallet", Detector: "wallet-file", Title: "Bitcoin Core wallet"},
	{ID: "polkadot-json", Detector: "wallet-file", Title: "Polkadot{.js} keystore"},
	{ID: "lightning-hsm-secret", Detector: "wallet-file", Title: "Core Lightning hsm_secret"},
	{ID: "exodus-seco", Detector: "wallet-file", Title: "Exodus SECO wallet"},
	{ID: "wasabi-wallet", Detector: "wallet-file", Title: "Wasabi wallet file"},
}

// BuiltinRules returns the rules of the built-in detectors: what
// Options.Disable accepts besides detector IDs.
func BuiltinRules() []Rule { return slices.Clone(builtinRules) }

// RuleTitle returns the title in words of a rule ("WIF private key"), or
// "" for a rule that is not built in.
func RuleTitle(id string) string {
	for _, r := range builtinRules {
		if r.ID == id {
			return r.Title
		}
	}
	return ""
}

// Rules returns the rules this scanner reports: those of its built-in
// detectors that are on and not disabled, the rules each detector of its
// own describes (RuleDescriber), and one rule named after each detector
// of its own that describes none.
func (s *Scanner) Rules() []Rule {
	var out []Rule
	for _, id := range s.Detectors() {
		described := false
		for _, rid := range slices.Sorted(maps.Keys(s.rules)) {
			if rd := s.rules[rid]; rd.detector == id {
				described = true
				if !s.ruleOff(rid) {
					out = append(out, Rule{ID: rid, Detector: id, Title: rd.info.Title, Help: rd.info.Help, Remediation: rd.info.Remediation})
				}
			}
		}
		if described {
			continue
		}
		// Keystores embedded in text are reported under the rules of
		// the wallet-file formats.
		known := id == "embedded-keystore"
		for _, r := range builtinRules {
			if r.Detector == id {
				known = true
				if !s.ruleOff(r.ID) {
					out = append(out, r)
				}
			}
		}
		if !known && !s.ruleOff(id) {
			out = append(out, Rule{ID: id, Detector: id})
		}
	}
	return out
}

// ruleOff reports whether Options.Disable turns a rule off.
func (s *Scanner) ruleOff(rule string) bool { return slices.Contains(s.opts.Disable, rule) }

// ScanSummary is Scan that also stores the summary of the scan (skips,
// errors, counts) in *sum when the loop ends, whether it ran to the end
// or was broken off.
func (s *Scanner) ScanSummary(ctx context.Context, sum *Summary, srcs ...Source) iter.Seq2[Finding, error] {
	return func(yield func(Finding, error) bool) {
		errStop := errors.New("stop")
		got, err := s.Run(ctx, func(f Finding) error {
			if !yield(f, nil) {
				return errStop
			}
			return nil
		}, srcs...)
		if sum != nil {
			*sum = got
		}
		if err != nil && !errors.Is(err, errStop) {
			yield(Finding{}, err)
		}
	}
}
