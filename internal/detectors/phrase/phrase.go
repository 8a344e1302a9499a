// Package phrase is the engine's BIP-39 seed phrase detector: it runs
// mnemonic.Find on each chunk and turns matches into candidates.
package phrase

import (
	"context"
	"fmt"
	"strconv"

	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/hdkeychain"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/mnemonic"
)

// Rule is the rule name of BIP-39 findings.
const Rule = "bip39-mnemonic"

// Detector finds BIP-39 phrases. The zero value is ready to use.
type Detector struct{}

// New returns a phrase detector.
func New() *Detector { return &Detector{} }

// ID implements detect.Detector.
func (*Detector) ID() string { return Rule }

// Keywords returns nil: a phrase needs no keyword around it.
func (*Detector) Keywords() []string { return nil }

// Detect implements detect.Detector.
func (*Detector) Detect(ctx context.Context, c *detect.Chunk) []detect.Candidate {
	if c.Binary || ctx.Err() != nil {
		return nil
	}
	var out []detect.Candidate
	for _, m := range mnemonic.Find(c.Data) {
		p := m.Phrase
		redacted := fmt.Sprintf("[%d words, %s]", p.Len(), p.Language())
		if p.Prefixes() {
			redacted = fmt.Sprintf("[%d words, english, 4-letter prefixes]", p.Len())
		}
		conf := detect.ConfidenceMedium
		if m.Exact || m.Labelled {
			conf = detect.ConfidenceHigh
		}
		details := map[string]string{
			"language": string(p.Language()),
			"words":    strconv.Itoa(p.Len()),
			"layout":   m.Layout,
		}
		if w := mnemonic.Weakness(p); w != "" {
			details["weakness"] = w
		}
		rule, addr := Rule, ""
		switch p.Scheme() {
		case mnemonic.SchemeBIP39:
			addr = firstAddress(p)
		case mnemonic.SchemeSLIP39:
			// One share of a Shamir backup: with enough others it opens
			// the wallet, and a 1-of-1 share is the whole seed.
			rule = "slip39-share"
			redacted = fmt.Sprintf("[%d words, slip39 share]", p.Len())
		default:
			rule = "electrum-seed"
			redacted = fmt.Sprintf("[%d words, %s]", p.Len(), p.Scheme())
			conf = detect.ConfidenceMedium // 1 random phrase in 256 has a version prefix
			if m.Labelled {
				conf = detect.ConfidenceHigh
			}
			addr = electrumAddress(p)
		}
		cand := detect.Candidate{
			Rule: rule, Kind: detect.KindMnemonic, Start: m.Start, End: m.End,
			Secret:     detect.NewSecret(detect.KindMnemonic, string(c.Data[m.Start:m.End]), p.Scheme()+":"+p.Normalized(), redacted, addr),
			Confidence: conf, Scheme: p.Scheme(), Details: details,
		}
		if src, ok := mnemonic.Public(p); ok {
			cand.Public, cand.PublicSource = true, src
		}
		out = append(out, cand)
	}
	return out
}

// electrumAddress derives the first receive address of an Electrum 2.x
// wallet: m/0'/0/0 as P2WPKH for segwit seeds, m/0/0 as P2PKH for
// standard ones (Electrum keystore.py). 2FA wallets are multisig with
// TrustedCoin: no single address can be shown.
func electrumAddress(p mnemonic.Phrase) string {
	k, err := hdkeychain.NewMaster(p.Seed(""), &chaincfg.MainNetParams)
	if err != nil {
		return ""
	}
	var path []uint32
	switch p.Scheme() {
	case mnemonic.SchemeElectrumSegwit:
		path = []uint32{hdkeychain.HardenedKeyStart, 0, 0}
	case mnemonic.SchemeElectrumStandard:
		path = []uint32{0, 0}
	default:
		return ""
	}
	for _, i := range path {
		if k, err = k.Derive(i); err != nil {
			return ""
		}
	}
	pub, err := k.ECPubKey()
	if err != nil {
		return ""
	}
	h := btcutil.Hash160(pub.SerializeCompressed())
	var a btcutil.Address
	if p.Scheme() == mnemonic.SchemeElectrumSegwit {
		a, err = btcutil.NewAddressWitnessPubKeyHash(h, &chaincfg.MainNetParams)
	} else {
		a, err = btcutil.NewAddressPubKeyHash(h, &chaincfg.MainNetParams)
	}
	if err != nil {
		return ""
	}
	return a.EncodeAddress()
}

// firstAddress derives the first native segwit receive address
// (m/84'/0'/0'/0/0, no passphrase): public, and enough for the owner to
// recognise the wallet. It returns "" if derivation fails.
func firstAddress(p mnemonic.Phrase) string {
	master, err := hdkeychain.NewMaster(p.Seed(""), &chaincfg.MainNetParams)
	if err != nil {
		return ""
	}
	k := master
	for _, i := range []uint32{hdkeychain.HardenedKeyStart + 84, hdkeychain.HardenedKeyStart, hdkeychain.HardenedKeyStart, 0, 0} {
		if k, err = k.Derive(i); err != nil {
			return ""
		}
	}
	pub, err := k.ECPubKey()
	if err != nil {
		return ""
	}
	addr, err := btcutil.NewAddressWitnessPubKeyHash(btcutil.Hash160(pub.SerializeCompressed()), &chaincfg.MainNetParams)
	if err != nil {
		return ""
	}
	return addr.EncodeAddress()
}
