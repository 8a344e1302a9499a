package wallet

import (
	"context"

	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/byteruns"
	"github.com/walletaudit/walletaudit/keystore"
)

// glued marks the bytes that join a run of key characters into a longer
// word (base64's + and / too).
var glued = byteruns.Of("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_+/")

// textKey describes an encrypted key written in text as a fixed number of
// characters after a fixed prefix (BIP-38's "6P", NIP-49's "ncryptsec1").
type textKey struct {
	// index returns where the prefix next occurs in data, or -1.
	index func(data []byte) int
	// prefix and length are the prefix's length and the key's, in bytes.
	prefix, length int
	// chars are the characters that follow the prefix.
	chars *byteruns.Class
	// inspect parses and assesses a key.
	inspect func(ctx context.Context, s string, opts keystore.Options) (*keystore.Assessment, error)
	// public names where a key was published, or "".
	public func(key []byte) string
}

// detect finds the keys in data and assesses each like a keystore; in a
// scan's trial pool (from ctx) the trials are left to it.
func (k textKey) detect(ctx context.Context, path string, data []byte, opts keystore.Options) []detect.Candidate {
	var out []detect.Candidate
	pool := keystore.TrialPoolFrom(ctx)
	for i := 0; ctx.Err() == nil; {
		at := k.index(data[i:])
		if at < 0 {
			break
		}
		s := i + at
		i = s + k.prefix
		e := s + k.length
		if e > len(data) || (s > 0 && glued[data[s-1]]) || (e < len(data) && glued[data[e]]) {
			continue
		}
		run := true
		for _, b := range data[i:e] {
			run = run && k.chars[b]
		}
		if !run {
			continue
		}
		o := opts
		o.NoTrials = o.NoTrials || pool != nil
		a, err := k.inspect(ctx, string(data[s:e]), o)
		if err != nil {
			continue
		}
		cand := candidate(a, s, e)
		if src := k.public(data[s:e]); src != "" {
			cand.Public, cand.PublicSource = true, src
		}
		if pool != nil && !opts.NoTrials {
			cand.Later = later(a, pool.Submit(a, path, "", opts), s, e, nil)
		}
		out = append(out, cand)
		i = e
	}
	return out
}
