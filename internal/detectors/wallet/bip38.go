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

// base58Byte marks the Base58 alphabet, and glued the bytes that join a
// run of it into a longer word (base64's + and / too).
var base58Byte, glued = byteruns.Of(byteruns.Base58), byteruns.Of("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_+/")

// Detect implements detect.Detector.
func (d *BIP38) Detect(ctx context.Context, c *detect.Chunk) []detect.Candidate {
	data := c.Data
	var out []detect.Candidate
	pool := keystore.TrialPoolFrom(ctx)
	for i := 0; ctx.Err() == nil; {
		k := bytes.Index(data[i:], []byte("6P"))
		if k < 0 {
			break
		}
		s := i + k
		i = s + 2
		e := s + 58
		if e > len(data) || (s > 0 && glued[data[s-1]]) || (e < len(data) && glued[data[e]]) {
			continue
		}
		run := true
		for _, b := range data[s:e] {
			run = run && base58Byte[b]
		}
		if !run {
			continue
		}
		opts := d.opts
		opts.NoTrials = opts.NoTrials || pool != nil
		a, err := keystore.InspectBIP38(ctx, string(data[s:e]), opts)
		if err != nil {
			continue
		}
		cand := candidate(a, s, e)
		if publicBIP38[string(data[s:e])] {
			cand.Public, cand.PublicSource = true, "BIP-38 test vector"
		}
		if pool != nil && !d.opts.NoTrials {
			cand.Later = later(a, pool.Submit(a, "", d.opts), s, e)
		}
		out = append(out, cand)
		i = e
	}
	return out
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
