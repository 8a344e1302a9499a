// Package phrase is the engine's BIP-39 seed phrase detector: it runs
// mnemonic.Find on each chunk and turns matches into candidates.
package phrase

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/hdkeychain"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/hint"
	"github.com/walletaudit/walletaudit/mnemonic"
	"golang.org/x/text/unicode/norm"
)

// Rule is the rule name of BIP-39 findings.
const Rule = "bip39-mnemonic"

// maxDerivations bounds the first addresses derived for the phrases of
// one chunk (a seed is 2,048 rounds of PBKDF2, about a millisecond): a
// generated file of thousands of valid phrases would otherwise take
// seconds a megabyte. Phrases past it are reported without an address.
const maxDerivations = 256

// Options turn on the deep weak-generation checks.
type Options struct {
	// DeepChecks sweeps 32-bit seeds for every BIP-39 phrase found,
	// looking for the flawed generators of mnemonic.Generators (bx seed,
	// the Trust Wallet browser extension): the Milk Sad time window
	// first, then the rest of the 32-bit space while the budget lasts.
	DeepChecks bool
	// Budget bounds the sweep per phrase; 0 means 10 minutes, about
	// the whole 32-bit space on two cores.
	Budget time.Duration
	// TotalBudget bounds all sweeps of the detector together, so that a
	// tree with many phrases still finishes; 0 means no bound. Phrases
	// met after it is spent say so in their details.
	TotalBudget time.Duration
	// From and To bound the seeds swept; both zero means every seed,
	// beginning with the Milk Sad window (mnemonic.MilkSadFrom to
	// mnemonic.MilkSadTo).
	From, To uint32
	// Swept, if set, counts the seeds swept, for progress reports.
	Swept *atomic.Uint64
	// Slots, if set, bounds the sweep goroutines running at once across
	// every sweep that shares it (see mnemonic.SweepMT19937Slots); nil
	// lets each sweep use every CPU.
	Slots chan struct{}
}

// Detector finds BIP-39 phrases. The zero value is ready to use.
type Detector struct {
	opts Options
	// swept remembers the outcome of each phrase's deep check, so a
	// phrase found in several places (or views) is swept once.
	mu    sync.Mutex
	swept map[[32]byte]*sweepResult
	// spent is the time all sweeps have taken (for TotalBudget).
	spent time.Duration
	// addrs remembers the first address of the phrases found, by a hash
	// of the phrase: published test vectors recur in thousands of files
	// of a tree, and each derivation costs 2,048 rounds of PBKDF2.
	addrs map[[32]byte]string
}

// maxAddrs bounds the address memory; past it, it starts afresh.
const maxAddrs = 4096

// address returns firstAddress(p), derived once per distinct phrase.
//
// budget is what is left of the chunk's derivations (maxDerivations); a
// derivation spends one (spend), an address already derived none. ok is
// false when the address was not derived because the budget is spent.
func (d *Detector) address(p mnemonic.Phrase, budget *int) (addr string, ok bool) {
	key := sha256.Sum256([]byte(p.Reveal()))
	d.mu.Lock()
	a, ok := d.addrs[key]
	d.mu.Unlock()
	if ok {
		return a, true
	}
	if a, ok = spend(budget, func() string { return firstAddress(p) }); !ok {
		return "", false
	}
	d.mu.Lock()
	if d.addrs == nil || len(d.addrs) >= maxAddrs {
		d.addrs = make(map[[32]byte]string)
	}
	d.addrs[key] = a
	d.mu.Unlock()
	return a, true
}

// spend derives an address with derive when budget allows, spending one;
// ok is false when the budget is spent.
func spend(budget *int, derive func() string) (addr string, ok bool) {
	if *budget <= 0 {
		return "", false
	}
	*budget--
	return derive(), true
}

// sweepResult is one phrase's deep-check outcome; done closes when it is
// known.
type sweepResult struct {
	done    chan struct{}
	details map[string]string
}

// New returns a phrase detector.
func New() *Detector { return &Detector{} }

// NewWith returns a phrase detector with options.
func NewWith(opts Options) *Detector { return &Detector{opts: opts} }

// ID implements detect.Detector.
func (*Detector) ID() string { return Rule }

// Keywords returns nil: a phrase needs no keyword around it.
func (*Detector) Keywords() []string { return nil }

// Detect implements detect.Detector.
func (d *Detector) Detect(ctx context.Context, c *detect.Chunk) []detect.Candidate {
	// Binary items are searched too: a phrase typed into a notes app sits
	// in its SQLite file between NUL bytes. Wordlists compiled into
	// programs are long sorted runs, which the finder rejects.
	if ctx.Err() != nil {
		return nil
	}
	var out []detect.Candidate
	var shares []mnemonic.Phrase // SLIP-39 shares, and where they are in out
	var shareAt []int
	derivations := maxDerivations
	var matches []mnemonic.Match
	if c.Encoding == "" && len(c.Context) == 0 {
		// The item's own text: its name may label a phrase that is all
		// it holds ("助记词.txt").
		matches = mnemonic.FindNamed(c.Path, c.Data)
	} else {
		matches = mnemonic.FindPart(c.Path, c.Data)
	}
	if electrumContext(ctx, c) {
		matches = mergeOld(matches, mnemonic.FindElectrumOld(c.Data))
	}
	for _, m := range matches {
		p := m.Phrase
		if weakCheck(p.Scheme()) && invalidNamed(c.Data, m.Start) {
			// A test's list of phrases named invalid ("invalid_checksum":
			// [...]): one line of random words in 256 passes Electrum's
			// check by chance.
			continue
		}
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
			"layout":   string(m.Layout),
		}
		if w := mnemonic.Weakness(p); w != "" {
			details["weakness"] = w
		}
		if s := mnemonic.Schemes(p); len(s) > 1 {
			names := make([]string, len(s))
			for i, x := range s {
				names[i] = string(x)
			}
			details["schemes"] = strings.Join(names, ",")
		}
		if m.Corrected > 0 {
			// A misspelt word read by its first four letters or as the
			// one list word an edit away: still the wallet, but a finder
			// should not sound surer than a label.
			details["corrected"] = fmt.Sprintf("%d misspelt word read as the list word it stands for", m.Corrected)
			if !m.Labelled {
				conf = detect.ConfidenceMedium
			}
		}
		if d.opts.DeepChecks && p.Scheme() == mnemonic.SchemeBIP39 {
			if _, public := mnemonic.Public(p); !public {
				for k, v := range d.deepCheckOnce(ctx, p) {
					details[k] = v
				}
			}
		}
		rule, addr, derived := Rule, "", true
		var share *detect.Share
		switch p.Scheme() {
		case mnemonic.SchemeBIP39:
			addr, derived = d.address(p, &derivations)
		case mnemonic.SchemeAezeed:
			// Enciphered, but with the default passphrase "aezeed" unless
			// the user set one: the wallet is one scrypt away.
			rule = "lnd-aezeed"
			redacted = "[24 words, lnd aezeed]"
		case mnemonic.SchemeAlgorand:
			rule = "algorand-mnemonic"
			redacted = "[25 words, algorand]"
			addr, derived = spend(&derivations, func() string { return mnemonic.AlgorandAddress(p) })
		case mnemonic.SchemeTON:
			// The wallet's key is one PBKDF2 away; its address needs the
			// wallet contract's version and is not derived.
			rule = "ton-mnemonic"
			redacted = "[24 words, ton]"
		case mnemonic.SchemeMonero:
			rule = "monero-seed"
			redacted = fmt.Sprintf("[%d words, monero]", p.Len())
		case mnemonic.SchemePolyseed:
			// Monero's 16-word format: the wallet secret itself (unless
			// the owner encrypted it with a passphrase).
			rule = "monero-seed"
			redacted = fmt.Sprintf("[%d words, polyseed]", p.Len())
		case mnemonic.SchemeSLIP39:
			// One share of a Shamir backup: with enough others it opens
			// the wallet, and a 1-of-1 share is the whole seed.
			rule = "slip39-share"
			redacted = fmt.Sprintf("[%d words, slip39 share]", p.Len())
			if h, ok := p.SLIP39(); ok {
				details["slip39_identifier"] = strconv.Itoa(int(h.Identifier))
				details["slip39_group"] = fmt.Sprintf("group %d of %d, %d needed", h.GroupIndex+1, h.GroupCount, h.GroupThreshold)
				details["slip39_member"] = fmt.Sprintf("member %d, %d of the group needed", h.MemberIndex+1, h.MemberThreshold)
			}
			share = detect.NewShare(p, "") // its set's state: slip39Sets
			shares, shareAt = append(shares, p), append(shareAt, len(out))
		case mnemonic.SchemeElectrumOld:
			// No checksum: only searched where Electrum is named, and
			// believed when set off on its own line or labelled.
			rule = "electrum-seed"
			redacted = fmt.Sprintf("[%d words, electrum-old]", p.Len())
			conf = detect.ConfidenceMedium
			if m.Labelled {
				conf = detect.ConfidenceHigh
			}
			addr, derived = spend(&derivations, func() string { return electrumOldAddress(p) })
		default:
			rule = "electrum-seed"
			redacted = fmt.Sprintf("[%d words, %s]", p.Len(), p.Scheme())
			conf = detect.ConfidenceMedium // 1 random phrase in 256 has a version prefix
			if m.Labelled {
				conf = detect.ConfidenceHigh
			}
			addr, derived = spend(&derivations, func() string { return electrumAddress(p) })
		}
		if !derived {
			details["address_skipped"] = fmt.Sprintf("more than %d phrases in one chunk: the addresses of the rest are not derived", maxDerivations)
		}
		cand := detect.Candidate{
			Rule: rule, Kind: detect.KindMnemonic, Start: m.Start, End: m.End,
			Secret:     detect.NewSecret(detect.SecretSpec{Kind: detect.KindMnemonic, Raw: norm.NFC.String(p.Reveal()), Normalized: string(p.Scheme()) + ":" + p.Reveal(), Redacted: redacted, Address: addr}),
			Confidence: conf, Scheme: string(p.Scheme()), Share: share, Weakness: details["weakness"], Details: details,
		}
		if src, ok := mnemonic.Public(p); ok {
			cand.Public, cand.PublicSource = true, src
		}
		out = append(out, cand)
	}
	slip39Sets(out, shares, shareAt)
	return out
}

// weakCheck reports whether a scheme's phrases pass their check one time
// in 256 or more often by chance: Electrum's (8 bits).
func weakCheck(s mnemonic.Scheme) bool {
	switch s {
	case mnemonic.SchemeElectrumStandard, mnemonic.SchemeElectrumSegwit, mnemonic.SchemeElectrum2FA, mnemonic.SchemeElectrum2FASegwit:
		return true
	}
	return false
}

// invalidWords name what a test holds as invalid input.
var invalidWords = []string{"invalid", "wrong", "malformed", "corrupt", "broken", "bad"}

// invalidNamed reports whether the name of the value or list a phrase at
// start is in says it is invalid input: the identifier that ends at the
// last ":" or "=" within 512 bytes before it, past quotes and spaces
// ("invalid_checksum": ["…", "…"], INVALID_MNEMONICS = [...],
// badPhrases:).
func invalidNamed(data []byte, start int) bool {
	w := data[max(0, start-512):start]
	k := bytes.LastIndexAny(w, ":=")
	if k < 0 {
		return false
	}
	e := k
	for e > 0 && (w[e-1] == ' ' || w[e-1] == '"' || w[e-1] == '\'') {
		e--
	}
	b := e
	for b > 0 && (w[b-1] == '_' || w[b-1] == '-' || w[b-1] >= '0' && w[b-1] <= '9' || w[b-1]|0x20 >= 'a' && w[b-1]|0x20 <= 'z') {
		b--
	}
	name := bytes.ToLower(w[b:e])
	for _, x := range invalidWords {
		if bytes.Contains(name, []byte(x)) {
			return true
		}
	}
	return false
}

// slip39Sets tells each SLIP-39 share whether the shares of its set found
// together reach the thresholds: several shares of one backup in one
// place can be as bad as the seed itself.
func slip39Sets(out []detect.Candidate, shares []mnemonic.Phrase, at []int) {
	for _, members := range mnemonic.SLIP39SetIndices(shares) {
		set := make([]mnemonic.Phrase, len(members))
		for k, i := range members {
			set[k] = shares[i]
		}
		var state detect.SetState
		var why string
		switch err := mnemonic.CheckSLIP39(set); {
		case err == nil && len(set) == 1:
			state, why = detect.SetComplete, "this share alone recovers the master secret"
		case err == nil:
			state, why = detect.SetComplete, fmt.Sprintf("the %d shares here recover the master secret", len(set))
		case errors.Is(err, mnemonic.ErrSLIP39Threshold):
			state, why = detect.SetIncomplete, fmt.Sprintf("%d share(s) of this set here, fewer than the thresholds need", len(set))
		default:
			state, why = detect.SetInconsistent, "shares of this set here disagree"
		}
		for _, i := range members {
			out[at[i]].Share.Set = state
			out[at[i]].Details["slip39_set"] = string(state) + ": " + why
		}
	}
}

// generatorNames are the words a finding uses for each weak generator.
var generatorNames = map[mnemonic.Generator]string{
	mnemonic.GeneratorBX:          "bx seed (Milk Sad, CVE-2023-39910)",
	mnemonic.GeneratorTrustWallet: "the Trust Wallet browser extension (CVE-2023-31290)",
}

// deepCheckOnce runs deepCheck once per distinct phrase; callers that
// find the same phrase meanwhile wait for the first sweep's outcome. A
// sweep cut short by cancellation is not remembered.
func (d *Detector) deepCheckOnce(ctx context.Context, p mnemonic.Phrase) map[string]string {
	key := sha256.Sum256([]byte(p.Reveal()))
	d.mu.Lock()
	if d.swept == nil {
		d.swept = map[[32]byte]*sweepResult{}
	}
	r, ok := d.swept[key]
	if !ok {
		r = &sweepResult{done: make(chan struct{})}
		d.swept[key] = r
	}
	d.mu.Unlock()
	if ok {
		select {
		case <-r.done:
			return r.details
		case <-ctx.Done():
			return map[string]string{"deep_check": "weak-generator sweep cancelled"}
		}
	}
	r.details = map[string]string{}
	d.deepCheck(ctx, p, r.details)
	if ctx.Err() != nil {
		d.mu.Lock()
		delete(d.swept, key)
		d.mu.Unlock()
	}
	close(r.done)
	return r.details
}

// deepCheck sweeps seeds for a weak generator that made p and records
// the outcome in details: a weakness naming the generator (never the
// seed, which re-creates the phrase), or how much of the space was swept.
func (d *Detector) deepCheck(ctx context.Context, p mnemonic.Phrase, details map[string]string) {
	budget := d.opts.Budget
	if budget <= 0 {
		budget = 10 * time.Minute
	}
	if d.opts.TotalBudget > 0 {
		d.mu.Lock()
		left := d.opts.TotalBudget - d.spent
		d.mu.Unlock()
		if left <= 0 {
			details["deep_check"] = "skipped: the scan's weak-generator budget is spent"
			return
		}
		budget = min(budget, left)
	}
	began := time.Now()
	defer func() {
		d.mu.Lock()
		d.spent += time.Since(began)
		d.mu.Unlock()
	}()
	sctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	type span struct{ from, to uint32 }
	spans := []span{{d.opts.From, d.opts.To}}
	if d.opts.From == 0 && d.opts.To == 0 {
		spans = []span{{mnemonic.MilkSadFrom, mnemonic.MilkSadTo}, {0, mnemonic.MilkSadFrom - 1}, {mnemonic.MilkSadTo + 1, math.MaxUint32}}
	}
	var done atomic.Uint64
	if d.opts.Swept != nil {
		// Pass the count on as the sweep goes, for progress lines.
		stop := make(chan struct{})
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			var told uint64
			t := time.NewTicker(100 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-t.C:
				case <-stop:
				}
				n := done.Load()
				d.opts.Swept.Add(n - told)
				told = n
				select {
				case <-stop:
					return
				default:
				}
			}
		}()
		defer func() { close(stop); wg.Wait() }()
	}
	var want uint64
	for _, sp := range spans {
		want += uint64(sp.to) - uint64(sp.from) + 1
	}
	for _, sp := range spans {
		if w, ok := mnemonic.SweepMT19937Slots(sctx, p, sp.from, sp.to, &done, d.opts.Slots); ok {
			// Say that the phrase is reproducible and by which flaw,
			// never the seed: the seed rebuilds the phrase.
			details["weakness"] = fmt.Sprintf("reproducible: generated by %s, whose 32-bit seed a sweep recovers", generatorNames[w.Generator])
			return
		}
		if sctx.Err() != nil {
			break
		}
	}
	switch {
	case ctx.Err() != nil:
		details["deep_check"] = "weak-generator sweep cancelled"
	case sctx.Err() != nil:
		details["deep_check"] = fmt.Sprintf("weak-generator sweep stopped by its time budget after %d of %d seeds", done.Load(), want)
	default:
		details["deep_check"] = fmt.Sprintf("not from bx seed or the Trust Wallet extension (%d seeds swept)", want)
	}
}

// electrumContext reports whether a chunk names Electrum, in its path or
// its text: old Electrum seeds have no checksum and are looked for only
// there. The engine's prefilter has already looked for the word in the
// text (hint.ElectrumWord); outside the engine the text is searched here.
func electrumContext(ctx context.Context, c *detect.Chunk) bool {
	if strings.Contains(strings.ToLower(c.Path), "electrum") {
		return true
	}
	if h, ok := hint.From(ctx); ok {
		return h.Electrum
	}
	return namesElectrum(c.Data)
}

// UsesHints implements hint.User.
func (*Detector) UsesHints() {}

// namesElectrum reports whether data holds hint.ElectrumWord in any case,
// by a Horspool search: the byte under the end of the window says how far
// the word can move on, seven bytes for most bytes of text, so one chunk
// is read a seventh at a time (two searches, one per case, read it all
// twice).
func namesElectrum(data []byte) bool {
	const word = hint.ElectrumWord
	for i := len(word) - 1; i < len(data); {
		c := data[i]
		if c|0x20 == word[len(word)-1] && bytes.EqualFold(data[i-len(word)+1:i+1], []byte(word)) {
			return true
		}
		i += int(electrumShift[c])
	}
	return false
}

// electrumShift is the Horspool table of hint.ElectrumWord without case:
// how far the window may move when its last byte is c.
var electrumShift = func() (t [256]uint8) {
	const word = hint.ElectrumWord
	for c := range t {
		t[c] = uint8(len(word))
	}
	for k := 0; k < len(word)-1; k++ {
		t[word[k]] = uint8(len(word) - 1 - k)
		t[word[k]-'a'+'A'] = uint8(len(word) - 1 - k)
	}
	return t
}()

// mergeOld adds old Electrum matches that no other match covers; one that
// covers the same words is already reported with every scheme it
// satisfies.
func mergeOld(ms, old []mnemonic.Match) []mnemonic.Match {
	if len(old) == 0 {
		return ms
	}
	out := ms
	for _, o := range old {
		overlap := false
		for _, m := range ms {
			overlap = overlap || (o.Start < m.End && m.Start < o.End)
		}
		if !overlap {
			out = append(out, o)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// electrumOldAddress derives the first receive address of an old
// Electrum wallet (keystore.py, Old_KeyStore): the master private key is
// the stretched seed, receive key n is master + SHA-256d("n:0:" ‖ master
// public key, 64 bytes uncompressed without its 04 prefix) mod the curve
// order, and the address is P2PKH of the uncompressed public key.
func electrumOldAddress(p mnemonic.Phrase) string {
	secret := p.Seed("")
	if len(secret) != 32 {
		return ""
	}
	var k, z btcec.ModNScalar
	if k.SetByteSlice(secret) || k.IsZero() {
		return ""
	}
	_, master := btcec.PrivKeyFromBytes(secret)
	msg := append([]byte("0:0:"), master.SerializeUncompressed()[1:]...)
	z.SetByteSlice(chainhash.DoubleHashB(msg))
	k.Add(&z)
	if k.IsZero() {
		return ""
	}
	kb := k.Bytes()
	_, pub := btcec.PrivKeyFromBytes(kb[:])
	a, err := btcutil.NewAddressPubKeyHash(btcutil.Hash160(pub.SerializeUncompressed()), &chaincfg.MainNetParams)
	if err != nil {
		return ""
	}
	return a.EncodeAddress()
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
