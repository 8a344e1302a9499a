package audit

import (
	"context"
	"errors"
	"iter"
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
}

// builtinRules lists the rules of the built-in detectors.
var builtinRules = []Rule{
	{"bip39-mnemonic", "bip39-mnemonic", "BIP-39 seed phrase"},
	{"electrum-seed", "bip39-mnemonic", "Electrum seed phrase"},
	{"slip39-share", "bip39-mnemonic", "SLIP-39 share"},
	{"monero-seed", "bip39-mnemonic", "Monero seed phrase"},
	{"lnd-aezeed", "bip39-mnemonic", "LND aezeed seed phrase"},
	{"wif", "base58-keys", "WIF private key"},
	{"wif-altcoin", "base58-keys", "WIF private key of a Bitcoin-derived coin"},
	{"bip32-xprv", "base58-keys", "BIP-32 extended private key"},
	{"output-descriptor-xprv", "base58-keys", "Extended private key in an output descriptor"},
	{"solana-private-key", "base58-keys", "Solana private key (base58)"},
	{"hex-private-key", "hex-private-key", "Hex private key"},
	{"bip39-entropy-hex", "hex-private-key", "BIP-39 entropy in hex"},
	{"pem-secp256k1", "pem-keys", "PEM secp256k1 private key"},
	{"cosmos-armored-key", "pem-keys", "Cosmos armored private key"},
	{"nostr-nsec", "bech32-keys", "Nostr private key (nsec)"},
	{"sui-private-key", "bech32-keys", "Sui private key"},
	{"solana-keypair", "solana-keypair", "Solana keypair"},
	{"aptos-private-key", "aptos-private-key", "Aptos private key"},
	{"bip38-encrypted-key", "bip38", "BIP-38 encrypted private key"},
	{"ethereum-keystore-v3", "wallet-file", "Ethereum keystore (v3)"},
	{"ethereum-presale-wallet", "wallet-file", "Ethereum presale wallet"},
	{"eip2335-keystore", "wallet-file", "EIP-2335 validator keystore"},
	{"electrum-wallet", "wallet-file", "Electrum wallet file"},
	{"metamask-vault", "wallet-file", "MetaMask-style vault"},
	{"bitcoin-core-wallet", "wallet-file", "Bitcoin Core wallet"},
	{"polkadot-json", "wallet-file", "Polkadot{.js} keystore"},
	{"lightning-hsm-secret", "wallet-file", "Core Lightning hsm_secret"},
	{"exodus-seco", "wallet-file", "Exodus SECO wallet"},
	{"wasabi-wallet", "wallet-file", "Wasabi wallet file"},
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
// detectors that are on and not disabled, and one rule named after each
// detector of its own.
func (s *Scanner) Rules() []Rule {
	var out []Rule
	for _, id := range s.Detectors() {
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
