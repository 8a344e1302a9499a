package wallet

import (
	"bytes"
	"context"

	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/byteruns"
	"github.com/walletaudit/walletaudit/keystore"
)

// BIP38 finds BIP-38 encrypted private keys in text (58 Base58Check
// characters starting "6P": paper wallets, exports, notes) and assesses
// each like a keystore: its scrypt cost and, in a scan's trial pool, the
// passwords attackers try first.
type BIP38 struct{ opts keystore.Options }

// NewBIP38 returns the BIP-38 detector; opts bound its password trials.
func NewBIP38(opts keystore.Options) *BIP38 { return &BIP38{opts: opts} }

// ID implements detect.Detector.
func (*BIP38) ID() string { return "bip38" }

// Keywords implements detect.Detector: every BIP-38 key starts "6P".
func (*BIP38) Keywords() []string { return []string{"6p"} }

// bip38Key is how a BIP-38 key is written: "6P" and 56 Base58 characters.
var bip38Key = textKey{
	index:  func(data []byte) int { return bytes.Index(data, []byte("6P")) },
	prefix: 2, length: 58,
	chars:   &base58Byte,
	inspect: keystore.InspectBIP38,
	public: func(key []byte) string {
		if publicBIP38[string(key)] {
			return "BIP-38 test vector"
		}
		return ""
	},
}

// base58Byte marks the Base58 alphabet.
var base58Byte = byteruns.Of(byteruns.Base58)

// Detect implements detect.Detector.
func (d *BIP38) Detect(ctx context.Context, c *detect.Chunk) []detect.Candidate {
	return bip38Key.detect(ctx, c.Path, c.Data, d.opts)
}

// publicBIP38 are the encrypted keys of BIP-38's test vectors
// (github.com/bitcoin/bips, bip-0038.mediawiki), published with their
// passphrases.
var publicBIP38 = map[string]bool{
	"6PRVWUbkzzsbcVac2qwfssoUJAN1Xhrg6bNk8J7Nzm5H7kxEbn2Nh2ZoGg": true,
	"6PRNFFkZc2NZ6dJqFfhRoFNMR9Lnyj7dYGrzdgXXVMXcxoKTePPX1dWByq": true,
	"6PRW5o9FLp4gJDDVqJQKJFTpMvdsSGJxMYHtHaQBF3ooa8mwD69bapcDQn": true,
	"6PYNKZ1EAgYgmQfmNVamxyXVWHzK5s6DGhwP4J5o44cvXdoY7sRzhtpUeo": true,
	"6PYLtMnXvfG3oJde97zRyLYFZCYizPU5T3LwgdYJz1fRhh16bU7u6PPmY7": true,
	"6PfQu77ygVyJLZjfvMLyhLMQbYnu5uguoJJ4kMCLqWwPEdfpwANVS76gTX": true,
	"6PfLGnQs6VZnrNpmVKfjotbnQuaJK4KZoPFrAjx1JMJUa1Ft8gnf5WxfKd": true,
	"6PgNBNNzDkKdhkT6uJntUXwwzQV8Rr2tZcbkDcuC9DZRsS6AtHts4Ypo1j": true,
	"6PgGWtx25kUg8QWvwuJAgorN6k9FbE25rv5dMRwu5SKMnfpfVe5mar2ngH": true,
}
