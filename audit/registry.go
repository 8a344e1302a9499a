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

// builtin is one built-in detector: its ID, how to make it and the rules
// it reports. The table builtins is the one list of them: DefaultDetectors,
// DefaultFileDetectors, BuiltinRules, RuleTitle, Scanner.Rules and the
// Disable option all read it. To add a detector, write it (in
// internal/detectors or a package of its own) and add a row here.
type builtin struct {
	// id is the detector's ID; a test checks that the detector agrees.
	id string
	// chunk makes a chunk detector; file a whole-file detector. One of
	// them is set. seeds and slots, when not nil, are the scan's swept-seed
	// counter and deep-check slots.
	chunk func(opts Options, seeds *atomic.Uint64, slots chan struct{}) Detector
	file  func() FileDetector
	// rules are the rules the detector reports (ID and Title; Detector is
	// filled from id). A detector with none reports under the rules of
	// another (embedded keystores under those of the wallet files).
	rules []Rule
}

// builtins lists the built-in detectors in the order they run.
var builtins = []builtin{
	{id: phrase.Rule, chunk: newPhrase, rules: []Rule{
		{ID: "bip39-mnemonic", Title: "BIP-39 seed phrase"},
		{ID: "electrum-seed", Title: "Electrum seed phrase"},
		{ID: "slip39-share", Title: "SLIP-39 share"},
		{ID: "monero-seed", Title: "Monero seed phrase"},
		{ID: "lnd-aezeed", Title: "LND aezeed seed phrase"},
		{ID: "algorand-mnemonic", Title: "Algorand 25-word mnemonic"},
		{ID: "ton-mnemonic", Title: "TON 24-word mnemonic"},
	}},
	{id: "embedded-keystore", chunk: func(Options, *atomic.Uint64, chan struct{}) Detector {
		return wallet.NewEmbedded(keystore.Options{})
	}},
	{id: "bip38", chunk: func(Options, *atomic.Uint64, chan struct{}) Detector { return wallet.NewBIP38(keystore.Options{}) }, rules: []Rule{
		{ID: "bip38-encrypted-key", Title: "BIP-38 encrypted private key"},
	}},
	{id: "nip49", chunk: func(Options, *atomic.Uint64, chan struct{}) Detector { return wallet.NewNIP49(keystore.Options{}) }, rules: []Rule{
		{ID: "nip49-encrypted-key", Title: "NIP-49 encrypted Nostr private key"},
	}},
	{id: "base58-keys", chunk: func(Options, *atomic.Uint64, chan struct{}) Detector { return keys.NewBase58() }, rules: []Rule{
		{ID: "wif", Title: "WIF private key"},
		{ID: "wif-altcoin", Title: "WIF private key of a Bitcoin-derived coin"},
		{ID: "bip32-xprv", Title: "BIP-32 extended private key"},
		{ID: "output-descriptor-xprv", Title: "Extended private key in an output descriptor"},
		{ID: "solana-private-key", Title: "Solana private key (base58)"},
		{ID: "near-private-key", Title: "NEAR private key (ed25519:, base58)"},
		{ID: "bitcoin-minikey", Title: "Casascius mini private key (Bitcoin)"},
		{ID: "base58-private-key", Title: "Private key as 32 bytes in base58 beside its address (blockchain.info's legacy wallets)"},
	}},
	{id: "hex-private-key", chunk: func(Options, *atomic.Uint64, chan struct{}) Detector { return keys.NewHex() }, rules: []Rule{
		{ID: "hex-private-key", Title: "Hex private key"},
		{ID: "bip39-entropy-hex", Title: "BIP-39 entropy in hex"},
		{ID: "der-hex-private-key", Title: "Private key as hex of PKCS#8 DER (Hedera's form)"},
		{ID: "ed25519-keypair-hex", Title: "Ed25519 secret and public key in 128 hex digits (Solana's 64-byte form)"},
	}},
	{id: "pem-keys", chunk: func(Options, *atomic.Uint64, chan struct{}) Detector { return keys.NewPEM() }, rules: []Rule{
		{ID: "pem-secp256k1", Title: "PEM secp256k1 private key"},
		{ID: "cosmos-armored-key", Title: "Cosmos armored private key"},
	}},
	{id: "bech32-keys", chunk: func(Options, *atomic.Uint64, chan struct{}) Detector { return keys.NewBech32() }, rules: []Rule{
		{ID: "nostr-nsec", Title: "Nostr private key (nsec)"},
		{ID: "sui-private-key", Title: "Sui private key"},
	}},
	{id: "sui-keystore", chunk: func(Options, *atomic.Uint64, chan struct{}) Detector { return keys.NewSui() }, rules: []Rule{
		{ID: "sui-keystore-key", Title: "Sui private key (base64, as in sui.keystore)"},
	}},
	{id: "solana-keypair", chunk: func(Options, *atomic.Uint64, chan struct{}) Detector { return keys.NewSolanaArray() }, rules: []Rule{
		{ID: "solana-keypair", Title: "Solana keypair"},
	}},
	{id: "stellar-secret-seed", chunk: func(Options, *atomic.Uint64, chan struct{}) Detector { return keys.NewStellar() }, rules: []Rule{
		{ID: "stellar-secret-seed", Title: "Stellar secret seed (S…)"},
	}},
	{id: "xrpl-seed", chunk: func(Options, *atomic.Uint64, chan struct{}) Detector { return keys.NewXRPL() }, rules: []Rule{
		{ID: "xrpl-seed", Title: "XRP Ledger family seed (s…)"},
	}},
	{id: "tezos-secret-key", chunk: func(Options, *atomic.Uint64, chan struct{}) Detector { return keys.NewTezos() }, rules: []Rule{
		{ID: "tezos-secret-key", Title: "Tezos secret key (edsk…, spsk…, p2sk…)"},
	}},
	{id: "antelope-private-key", chunk: func(Options, *atomic.Uint64, chan struct{}) Detector { return keys.NewAntelope() }, rules: []Rule{
		{ID: "antelope-private-key", Title: "Antelope (EOS) private key (PVT_K1_…)"},
	}},
	{id: "mina-private-key", chunk: func(Options, *atomic.Uint64, chan struct{}) Detector { return keys.NewMina() }, rules: []Rule{
		{ID: "mina-private-key", Title: "Mina private key (EK…)"},
	}},
	{id: "cardano-signing-key", chunk: func(Options, *atomic.Uint64, chan struct{}) Detector { return keys.NewCardano() }, rules: []Rule{
		{ID: "cardano-signing-key", Title: "Cardano signing key (cardano-cli .skey, CIP-5 bech32)"},
	}},
	{id: "brainwallet", chunk: func(Options, *atomic.Uint64, chan struct{}) Detector { return keys.NewBrainwallet() }, rules: []Rule{
		{ID: "brainwallet-passphrase", Title: "Brainwallet passphrase (a private key hashed from text)"},
	}},
	{id: "aptos-private-key", chunk: func(Options, *atomic.Uint64, chan struct{}) Detector { return keys.NewAptos() }, rules: []Rule{
		{ID: "aptos-private-key", Title: "Aptos private key"},
	}},
	{id: "wallet-file", file: func() FileDetector { return wallet.NewFiles(keystore.Options{}) }, rules: []Rule{
		{ID: "ethereum-keystore-v3", Title: "Ethereum keystore (v3)"},
		{ID: "ethereum-presale-wallet", Title: "Ethereum presale wallet"},
		{ID: "eip2335-keystore", Title: "EIP-2335 validator keystore"},
		{ID: "eip2386-walletstore", Title: "EIP-2386 Ethereum 2 HD walletstore"},
		{ID: "electrum-wallet", Title: "Electrum wallet file"},
		{ID: "metamask-vault", Title: "MetaMask-style vault"},
		{ID: "bitcoin-core-wallet", Title: "Bitcoin Core wallet"},
		{ID: "polkadot-json", Title: "Polkadot{.js} keystore"},
		{ID: "lightning-hsm-secret", Title: "Core Lightning hsm_secret"},
		{ID: "exodus-seco", Title: "Exodus SECO wallet"},
		{ID: "wasabi-wallet", Title: "Wasabi wallet file"},
	}},
}

// DefaultDetectors returns new instances of the built-in chunk detectors.
// Append to the result to add detectors of your own:
//
//	opts.Detectors = append(audit.DefaultDetectors(), myDetector{})
//
// The engine owns the settings of a scan: a built-in detector returned
// here takes the options (DeepChecks, DeepBudget) of the Scanner it is
// given to, whatever options it was made with.
func DefaultDetectors() []Detector { return chunkDetectors(builtins, Options{}, nil, nil) }

// defaultDetectors builds the built-in detectors; slots, when not nil,
// bounds the deep-check sweep goroutines they run at once.
func defaultDetectors(opts Options, seeds *atomic.Uint64, slots chan struct{}) []Detector {
	return chunkDetectors(builtins, opts, seeds, slots)
}

// chunkDetectors makes the chunk detectors of a table.
func chunkDetectors(table []builtin, opts Options, seeds *atomic.Uint64, slots chan struct{}) []Detector {
	var out []Detector
	for _, b := range table {
		if b.chunk != nil {
			out = append(out, b.chunk(opts, seeds, slots))
		}
	}
	return out
}

// fileDetectors makes the whole-file detectors of a table.
func fileDetectors(table []builtin) []FileDetector {
	var out []FileDetector
	for _, b := range table {
		if b.file != nil {
			out = append(out, b.file())
		}
	}
	return out
}

// rulesOf lists the rules of a table, each with its detector's ID.
func rulesOf(table []builtin) []Rule {
	var out []Rule
	for _, b := range table {
		for _, r := range b.rules {
			r.Detector = b.id
			out = append(out, r)
		}
	}
	return out
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
func DefaultFileDetectors() []FileDetector { return fileDetectors(builtins) }

// decodeViews peels encodings with the built-in decoders.
func decodeViews(ctx context.Context, data []byte, depth int, fn func(view) bool) {
	_ = decode.Views(ctx, data, depth, func(v decode.View) bool { return fn(viewOf(v)) })
}

// viewOf is the engine's view of a decoded one.
func viewOf(v decode.View) view {
	return view{data: v.Data, encoding: v.Encoding, start: v.Start, end: v.End, context: v.Context, cells: v.Cells, spread: v.Spread}
}

// tableViews reads the columns of a table (decode.TableViews).
func tableViews(ctx context.Context, data []byte, sep rune, fn func(view) bool) {
	_ = decode.TableViews(ctx, data, sep, func(v decode.View) bool { return fn(viewOf(v)) })
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
var builtinRules = rulesOf(builtins)

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
		// A built-in detector without rules of its own (embedded
		// keystores) reports under those of another.
		known := slices.ContainsFunc(builtins, func(b builtin) bool { return b.id == id })
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
