package audittest

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"

	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/hdkeychain"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/walletaudit/walletaudit/audit"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/mnemonic"
)

// Canary is a fresh random wallet for one test: a BIP-39 phrase and what
// derives from it. Hand it to the code under test, then check every
// output with AssertAbsent: a wallet that logs seed.Hex() is caught even
// though no phrase appears.
//
// The canary's values are test data, so its accessors return them in the
// clear; failure messages still name only what kind of derivative leaked.
type Canary struct {
	phrase  mnemonic.Phrase
	seed    []byte
	derived []derivative
	words   *regexp.Regexp
}

type derivative struct {
	name  string
	value string
	fold  bool // compare case-insensitively (hex)
	kind  audit.Kind
}

// Accounts is how many keys per chain a canary derives and watches.
const Accounts = 3

// NewCanary returns a canary with a fresh random 12-word phrase.
func NewCanary(t TB) *Canary {
	t.Helper()
	ent := make([]byte, 16)
	if _, err := rand.Read(ent); err != nil {
		t.Errorf("audittest: %v", err)
	}
	c, err := CanaryFromEntropy(ent)
	if err != nil {
		t.Errorf("audittest: %v", err)
	}
	return c
}

// CanaryFromEntropy returns the canary of a given entropy (16–32 bytes),
// for reproducible tests.
func CanaryFromEntropy(entropy []byte) (*Canary, error) {
	p, err := mnemonic.FromEntropy(entropy, mnemonic.English)
	if err != nil {
		return nil, err
	}
	c := &Canary{phrase: p, seed: p.Seed("")}
	add := func(name, v string, fold bool) {
		kind := audit.KindMnemonic // the seed and the entropy restore the wallet
		switch {
		case strings.Contains(name, "xprv"):
			kind = audit.KindExtendedPrivateKey
		case strings.Contains(name, "WIF"):
			kind = audit.KindWIF
		case strings.Contains(name, " key "):
			kind = audit.KindRawPrivateKey
		}
		c.derived = append(c.derived, derivative{name, v, fold, kind})
	}
	for _, enc := range []struct {
		name string
		f    func([]byte) string
	}{
		{"hex", hex.EncodeToString},
		{"base64", base64.StdEncoding.EncodeToString},
		{"base64", base64.RawStdEncoding.EncodeToString},
		{"base64url", base64.RawURLEncoding.EncodeToString},
		{"raw bytes", func(b []byte) string { return string(b) }},
	} {
		add("entropy in "+enc.name, enc.f(p.RevealEntropy()), enc.name == "hex")
		add("seed in "+enc.name, enc.f(c.seed), enc.name == "hex")
	}
	master, err := hdkeychain.NewMaster(c.seed, &chaincfg.MainNetParams)
	if err != nil {
		return nil, err
	}
	add("BIP-32 root xprv", master.String(), false)
	paths := []struct {
		name    string
		account []uint32
	}{
		{"ethereum", []uint32{hdkeychain.HardenedKeyStart + 44, hdkeychain.HardenedKeyStart + 60, hdkeychain.HardenedKeyStart}},
		{"bitcoin", []uint32{hdkeychain.HardenedKeyStart + 84, hdkeychain.HardenedKeyStart, hdkeychain.HardenedKeyStart}},
	}
	for _, pth := range paths {
		k := master
		for _, i := range pth.account {
			if k, err = k.Derive(i); err != nil {
				return nil, err
			}
		}
		add(pth.name+" account xprv", k.String(), false)
		ext, err := k.Derive(0)
		if err != nil {
			return nil, err
		}
		for i := uint32(0); i < Accounts; i++ {
			ck, err := ext.Derive(i)
			if err != nil {
				return nil, err
			}
			priv, err := ck.ECPrivKey()
			if err != nil {
				return nil, err
			}
			add(fmt.Sprintf("%s key %d in hex", pth.name, i), hex.EncodeToString(priv.Serialize()), true)
			add(fmt.Sprintf("%s key %d in raw bytes", pth.name, i), string(priv.Serialize()), false)
			w, err := btcutil.NewWIF(priv, &chaincfg.MainNetParams, true)
			if err != nil {
				return nil, err
			}
			add(fmt.Sprintf("%s key %d as WIF", pth.name, i), w.String(), false)
		}
	}
	quoted := make([]string, p.Len())
	for i, w := range p.RevealWords() {
		quoted[i] = regexp.QuoteMeta(w)
	}
	c.words = regexp.MustCompile(`(?i)` + strings.Join(quoted, `[^\p{L}]{1,16}`))
	return c, nil
}

// Mnemonic returns the canary's phrase, to hand to the code under test.
func (c *Canary) Mnemonic() string { return c.phrase.Reveal() }

// Seed returns the 64-byte BIP-39 seed (no passphrase).
func (c *Canary) Seed() []byte { return append([]byte(nil), c.seed...) }

// Entropy returns the phrase's entropy.
func (c *Canary) Entropy() []byte { return c.phrase.RevealEntropy() }

// Find returns the names of the canary's derivatives found in data
// ("phrase", "seed in hex", "ethereum key 0 as WIF", …).
func (c *Canary) Find(data []byte) []string {
	var found []string
	seen := map[string]bool{}
	for _, m := range c.matches(data) {
		if !seen[m.name] {
			seen[m.name] = true
			found = append(found, m.name)
		}
	}
	return found
}

type match struct {
	name       string
	kind       audit.Kind
	start, end int
}

// matches returns every occurrence of the canary's derivatives in data.
func (c *Canary) matches(data []byte) []match {
	var ms []match
	for _, loc := range c.words.FindAllIndex(data, -1) {
		ms = append(ms, match{"phrase", audit.KindMnemonic, loc[0], loc[1]})
	}
	var lower []byte
	for _, d := range c.derived {
		hay, needle := data, []byte(d.value)
		if d.fold {
			if lower == nil {
				lower = asciiLower(data)
			}
			hay, needle = lower, asciiLower(needle)
		}
		for off := 0; off < len(hay); {
			i := bytes.Index(hay[off:], needle)
			if i < 0 {
				break
			}
			ms = append(ms, match{d.name, d.kind, off + i, off + i + len(needle)})
			off += i + len(needle)
		}
	}
	return ms
}

// asciiLower lowers ASCII letters only, so offsets stay those of b.
func asciiLower(b []byte) []byte {
	out := make([]byte, len(b))
	for i, ch := range b {
		if 'A' <= ch && ch <= 'Z' {
			ch += 'a' - 'A'
		}
		out[i] = ch
	}
	return out
}

// canaryRule is the rule of the findings of a canary's derivatives.
const canaryRule = "audittest-canary"

// canaryDetector runs a canary inside the engine, so that its derivatives
// are found in files, archives and decoded views too.
type canaryDetector struct{ c *Canary }

func (d canaryDetector) ID() string         { return canaryRule }
func (d canaryDetector) Keywords() []string { return nil }
func (d canaryDetector) Detect(ctx context.Context, ch *audit.Chunk) []audit.Candidate {
	var out []audit.Candidate
	for _, m := range d.c.matches(ch.Data) {
		out = append(out, audit.Candidate{
			Rule: canaryRule, Kind: m.kind, Start: m.start, End: m.end, Confidence: audit.ConfidenceHigh,
			Secret:  detect.NewSecret(detect.SecretSpec{Kind: m.kind, Raw: string(ch.Data[m.start:m.end]), Normalized: "canary " + m.name + " " + d.c.phrase.Reveal(), Redacted: "[canary: " + m.name + "]"}),
			Details: map[string]string{"derivative": m.name},
		})
	}
	return out
}

// AssertAbsent fails t for every derivative of the canary found in data,
// naming the derivative, never its value.
func (c *Canary) AssertAbsent(t TB, data []byte) bool {
	t.Helper()
	found := c.Find(data)
	for _, name := range found {
		t.Errorf("audittest: canary leaked: %s", name)
	}
	return len(found) == 0
}

// apply makes a canary a Check: the assertions given it fail on any of
// its derivatives.
func (c *Canary) apply(cfg *config) {
	if c != nil {
		cfg.canaries = append(cfg.canaries, c)
	}
}
