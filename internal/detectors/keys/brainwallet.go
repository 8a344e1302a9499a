package keys

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"github.com/btcsuite/btcd/chaincfg"
	"golang.org/x/crypto/sha3"

	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/byteruns"
	"github.com/walletaudit/walletaudit/internal/hint"
)

// Brainwallet finds passphrases whose hash is a private key
// ("brainwallets", docs/formats.md §8.2). brainwallet.org and its copies
// took the SHA-256 of the text, Ether.Camp's wallet its Keccak-256
// (ethereumjs-wallet's fromEtherCamp); bots have swept such keys for
// years, so one made this way is as good as lost, whatever the
// passphrase. A passphrase is looked for where the text says what it
// is: under a name that says brainwallet or brain key ("brainwallet:
// …", BRAIN_WALLET="…", "brain_key": "…"), or hashed by a call whose
// result is a private key (PrivateKey(sha256(b"…")), new
// Wallet(keccak256(toUtf8Bytes("…"))), priv := sha256.Sum256([]byte("…"))).
// The finding's fingerprint is that of the key, as a hex key finding of
// the same key has it.
type Brainwallet struct{}

// NewBrainwallet returns the brainwallet detector.
func NewBrainwallet() *Brainwallet { return &Brainwallet{} }

// ID implements detect.Detector.
func (*Brainwallet) ID() string { return "brainwallet" }

// Keywords implements detect.Detector: a brainwallet is named, or a hash
// function is called ("sha256(", "Keccak256(", "sha3_256(", "Sum256(",
// "keccak(", "sha3(", Node's "createHash('sha256')"); a hash only
// mentioned (changelogs say SHA256 often) does not wake the detector.
func (*Brainwallet) Keywords() []string {
	return append(hint.HashCallEnds(), hint.BrainWord)
}

// UsesHints implements hint.User: the engine says which of the two
// forms the chunk may hold, so that the other is not searched for.
func (*Brainwallet) UsesHints() {}

// brainHash is how a passphrase became a key.
type brainHash int

const (
	hashNone brainHash = iota
	hashSHA256
	hashKeccak256 // Ethereum's Keccak-256 (web3's sha3)
	hashSHA3      // NIST SHA3-256 (Python's hashlib.sha3_256, Go's sha3.Sum256)
)

func (h brainHash) String() string {
	return [...]string{"", "SHA-256", "Keccak-256", "SHA3-256"}[h]
}

// sum returns the hash h of b, or false for hashNone.
func (h brainHash) sum(b []byte) (key [32]byte, ok bool) {
	switch h {
	case hashSHA256:
		return sha256.Sum256(b), true
	case hashSHA3:
		return sha3.Sum256(b), true
	case hashKeccak256:
		k := sha3.NewLegacyKeccak256()
		k.Write(b)
		k.Sum(key[:0])
		return key, true
	}
	return key, false
}

// Detect implements detect.Detector.
func (*Brainwallet) Detect(ctx context.Context, c *detect.Chunk) []detect.Candidate {
	if c.Binary {
		return nil
	}
	data := c.Data
	var out []detect.Candidate
	seen := map[int]bool{} // passphrases reported, by start
	add := func(s, e int, h brainHash, quoted bool, context string) {
		if seen[s] {
			return
		}
		if cand, ok := brainCandidate(data, s, e, h, quoted, context); ok {
			seen[s] = true
			out = append(out, cand)
		}
	}
	hints, said := hint.From(ctx)
	proofs := maxBrainProofs
	for off := 0; (!said || hints.Brain) && off < len(data) && ctx.Err() == nil; {
		k := byteruns.IndexFold(data[off:], hint.BrainWord)
		if k < 0 {
			break
		}
		at := off + k
		off = at + 5
		if s, e, quoted, ok := brainNamedValue(data, at); ok {
			h := hashSHA256
			if ls, le := lineBounds(data, at, e); containsFold(data[ls:le], "keccak") || containsFold(data[ls:le], "ether") {
				h = hashKeccak256
			}
			add(s, e, h, quoted, "named brainwallet")
		} else if proofs > 0 {
			if s, e, h, ok := brainByAddress(data, at, &proofs); ok && !seen[s] {
				if cand, ok := brainCandidate(data, s, e, h, true, "passphrase derives the address beside it"); ok {
					seen[s] = true
					out = append(out, cand)
				}
			}
		}
	}
	if said && !hints.HashCall || !said && !hashCallPossible(data) {
		return out
	}
	calls := map[int]bool{}
	for _, w := range []string{"sha256", "keccak", "sha3"} {
		for off := 0; off < len(data) && ctx.Err() == nil; {
			k := byteruns.IndexFold(data[off:], w)
			if k < 0 {
				break
			}
			at := off + k
			off = at + len(w)
			qs, qe := nameStart(data, at), at
			for qe < len(data) && (isVarByte(data[qe]) || data[qe] == '.') {
				qe++
			}
			if calls[qs] {
				continue
			}
			calls[qs] = true
			h := hashOfCall(data[qs:qe])
			if h == hashNone {
				continue
			}
			args := qe
			if quotedName(data, qs, qe) {
				// Node's createHash('sha256').update('…'): the call
				// is createHash's, its argument update's.
				args = qe + 2 + len(".update")
				if !bytes.HasPrefix(data[qe+1:], []byte(").update(")) {
					continue
				}
				qs = nameStart(data, max(qs-2, 0))
			}
			s, e, ok := literalArgument(data, args)
			if !ok || !keyResult(data, qs, qe) {
				continue
			}
			add(s, e, h, true, "hashed into a private key")
		}
	}
	return out
}

// maxBrainProofs bounds the passphrases a chunk hashes and derives
// addresses of to find one written beside a brainwallet's mention (two
// scalar multiplications each).
const maxBrainProofs = 32

// brainLines is how many lines after a brainwallet's mention are tried
// as its passphrase, and looked in for its address.
const brainLines = 3

// brainByAddress finds a passphrase near a mention of a brainwallet that
// is not "brainwallet: <passphrase>": on one of the brainLines lines
// after the mention's line, or after the last colon of that line, whose
// key (SHA-256, or Keccak-256 for Ether.Camp's) derives an address
// written on the mention's line or those after it ("brainwallet
// passphrase (sha256 -> key), addr 1Pw7…" over the passphrase). The
// address proves it, so the text needs no more shape than a line's.
// proofs counts down the candidates hashed.
func brainByAddress(data []byte, at int, proofs *int) (s, e int, h brainHash, ok bool) {
	ls, le := lineBounds(data, at, at)
	end := le
	for range brainLines {
		if end >= len(data) {
			break
		}
		_, end = lineBounds(data, end+1, end+1)
	}
	window := data[ls:end]
	if !bytes.Contains(window, []byte("1")) && !bytes.Contains(window, []byte("3")) && !containsFold(window, "0x") {
		return 0, 0, 0, false // no address can stand there
	}
	try := func(s, e int) (brainHash, bool) {
		v := data[s:e] // the bytes brainCandidate hashes
		if len(v) < 8 || len(v) > 200 || *proofs <= 0 {
			return 0, false
		}
		*proofs--
		key := sha256.Sum256(v)
		if validScalar(key[:]) {
			for _, compressed := range []bool{false, true} {
				if bytes.Contains(window, []byte(btcAddress(key[:], compressed, &chaincfg.MainNetParams))) {
					return hashSHA256, true
				}
			}
		}
		k := sha3.NewLegacyKeccak256()
		k.Write(v)
		k.Sum(key[:0])
		if validScalar(key[:]) && containsFold(window, strings.ToLower(ethAddress(key[:]))) {
			return hashKeccak256, true
		}
		return 0, false
	}
	// A line's passphrase: without the white space and quotes around it.
	trimmed := func(s, e int) (int, int) {
		v := bytes.TrimLeftFunc(data[s:e], spaceOrQuote)
		return e - len(v), e - len(v) + len(bytes.TrimRightFunc(v, spaceOrQuote))
	}
	if c := bytes.LastIndexByte(data[at:le], ':'); c >= 0 {
		if s, e := trimmed(at+c+1, le); e > s {
			if h, ok := try(s, e); ok {
				return s, e, h, true
			}
		}
	}
	for next := le; next < end; {
		ns, ne := lineBounds(data, next+1, next+1)
		next = ne
		if s, e := trimmed(ns, ne); e > s {
			if h, ok := try(s, e); ok {
				return s, e, h, true
			}
		}
	}
	return 0, 0, 0, false
}

func spaceOrQuote(r rune) bool { return unicode.IsSpace(r) || r == '"' || r == '\'' }

// nameStart returns where the qualified name ("hashlib.sha256") that
// goes on to data[i] begins.
func nameStart(data []byte, i int) int {
	for i > 0 && (isVarByte(data[i-1]) || data[i-1] == '.') {
		i--
	}
	return i
}

// quotedName reports whether data[qs:qe] is a string literal's whole
// text ('sha256').
func quotedName(data []byte, qs, qe int) bool {
	return qs > 0 && qe < len(data) && (data[qs-1] == '\'' || data[qs-1] == '"') && data[qe] == data[qs-1]
}

// hashCallPossible reports whether data holds one of hint.HashCallEnds,
// in any case, as the engine's hint says: outside the engine, the search
// is made here.
func hashCallPossible(data []byte) bool {
	for _, end := range hint.HashCallEnds() {
		if containsFold(data, end) {
			return true
		}
	}
	return false
}

// brainNamedValue returns the value given to the name that starts at at
// ("brainwallet", "brain wallet passphrase", "BRAIN_KEY", the JSON key
// "brainWallet"), and whether it was quoted: the name says brain and
// wallet, key, pass(phrase), phrase, seed, secret or words, and an
// assignment follows it on its line. A password alone is not a
// brainwallet's: hashcat's "--brain-password" is its brain server's.
func brainNamedValue(data []byte, at int) (s, e int, quoted, ok bool) {
	if at > 0 && isVarByte(data[at-1]) && data[at-1] != '_' {
		return // "nobrainer"
	}
	i := at
	for i < len(data) && i-at <= 40 && (isVarByte(data[i]) || data[i] == ' ' || data[i] == '-' || data[i] == '.') {
		i++
	}
	name := bytes.TrimRight(data[at:i], " .")
	if len(bytes.Fields(name)) > 3 {
		return // a sentence, not a name
	}
	sq := string(squash(name))
	rest := strings.TrimPrefix(sq, "brain")
	if !containsAny(rest, "wallet", "key", "pass", "phrase", "seed", "secret", "word") || strings.HasSuffix(rest, "wallets") || strings.HasSuffix(rest, "keys") {
		return // "brain wallets: …" speaks of them all
	}
	if r := strings.ReplaceAll(rest, "password", ""); r != rest && !containsAny(r, "wallet", "key", "phrase", "seed", "secret", "word") {
		return // hashcat's "--brain-password=…": its brain server's
	}
	j := at + len(name)
	for j < len(data) && (data[j] == ' ' || data[j] == '\t' || data[j] == '"' || data[j] == '\'') {
		j++
	}
	switch {
	case bytes.HasPrefix(data[j:], []byte(":=")), bytes.HasPrefix(data[j:], []byte("=>")):
		j += 2
	case j < len(data) && (data[j] == ':' || data[j] == '='):
		j++
	default:
		return
	}
	for j < len(data) && (data[j] == ' ' || data[j] == '\t') {
		j++
	}
	if j >= len(data) {
		return
	}
	if q := data[j]; q == '"' || q == '\'' || q == '`' {
		s, e, ok := quotedAt(data, j)
		return s, e, true, ok && plausiblePassphrase(data[s:e], true)
	}
	_, le := lineBounds(data, j, j)
	v := bytes.TrimRight(data[j:le], " \t\r,;")
	if len(v) == 0 || bytes.IndexByte([]byte("{[(<$#|>"), v[0]) >= 0 {
		return
	}
	return j, j + len(v), false, plausiblePassphrase(v, false)
}

// quotedAt returns the text of the string literal whose opening quote is
// data[q], when it closes on the same line.
func quotedAt(data []byte, q int) (s, e int, ok bool) {
	k := bytes.IndexByte(data[q+1:], data[q])
	if k < 0 || bytes.IndexByte(data[q+1:q+1+k], '\n') >= 0 {
		return 0, 0, false
	}
	return q + 1, q + 1 + k, true
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// plausiblePassphrase reports whether v reads as a passphrase rather than
// a placeholder, a link or, unquoted, a sentence about brainwallets
// ("Brainwallet: a wallet whose key is …").
func plausiblePassphrase(v []byte, quoted bool) bool {
	if len(v) == 0 || len(v) > 256 || bytes.IndexByte(v, '\\') >= 0 {
		return false
	}
	for _, c := range v {
		if c < ' ' && c != '\t' {
			return false
		}
	}
	l := strings.ToLower(strings.TrimSpace(string(v)))
	switch l {
	case "", "...", "…", "xxx", "changeme", "todo", "null", "nil", "none", "undefined", "true", "false", "passphrase", "string", "str":
		return false
	}
	if strings.Contains(l, "://") || strings.HasPrefix(l, "<") || strings.HasPrefix(l, "{{") || strings.HasPrefix(l, "${") ||
		strings.HasPrefix(l, "your ") || strings.HasPrefix(l, "enter ") || strings.HasPrefix(l, "insert ") {
		return false
	}
	if !quoted {
		words := len(strings.Fields(l))
		if strings.Contains(l, "brain") || strings.Contains(l, "wallet") || words > 12 || strings.ContainsAny(l[len(l)-1:], ".!?") {
			return false
		}
	}
	return true
}

// hashOfCall names the hash of a called function by its qualified name
// ("hashlib.sha256", "sha256.Sum256", "crypto.Keccak256",
// "web3.utils.sha3", "hashlib.sha3_256"), or hashNone.
func hashOfCall(name []byte) brainHash {
	l := strings.ToLower(string(name))
	last, qual := l, ""
	if k := strings.LastIndexByte(l, '.'); k >= 0 {
		last, qual = l[k+1:], l[:k]
		qual = qual[strings.LastIndexByte(qual, '.')+1:]
	}
	switch last {
	case "sha256", "sha256sync", "sha256hash":
		return hashSHA256
	case "keccak256", "keccak", "keccak_256", "keccak256hash", "sha3":
		return hashKeccak256
	case "sha3_256":
		return hashSHA3
	case "sum256":
		switch qual {
		case "sha256":
			return hashSHA256
		case "sha3":
			return hashSHA3
		}
	}
	return hashNone
}

// literalArgument returns the string literal a call's argument list,
// which starts at i (its name ends there), is made of, through the
// wrappers that turn text into bytes (b"…", []byte("…"),
// Buffer.from("…"), toUtf8Bytes("…"), "…".encode()): at most 48 bytes of
// names, brackets and spaces before the quote. A literal that is only a
// part of the argument is not a passphrase: one joined to more
// ('nostr_psbt:' + xpub, "%s" % x) or a template with a placeholder
// (f"…{x}", `…${x}`) hashes what it is joined to as well.
func literalArgument(data []byte, i int) (s, e int, ok bool) {
	for i < len(data) && data[i] == ' ' {
		i++
	}
	if i >= len(data) || data[i] != '(' {
		return
	}
	j := i + 1
	for j < len(data) && j-i <= 48 {
		c := data[j]
		if c == '"' || c == '\'' || c == '`' {
			s, e, ok := quotedAt(data, j)
			return s, e, ok && plausiblePassphrase(data[s:e], true) && wholeArgument(data, j, e)
		}
		if !(isVarByte(c) || c == '.' || c == '(' || c == '[' || c == ']' || c == ' ') {
			return
		}
		j++
	}
	return
}

// wholeArgument reports whether the literal quoted at q and closed at e
// is all of the text it stands for: no operator joins it to more (+, %,
// *, ||, ..), and no placeholder of a Python f-string or a JavaScript
// template is in it.
func wholeArgument(data []byte, q, e int) bool {
	v := data[q+1 : e]
	if data[q] == '`' && bytes.Contains(v, []byte("${")) ||
		q > 0 && (data[q-1] == 'f' || data[q-1] == 'F') && bytes.IndexByte(v, '{') >= 0 {
		return false
	}
	i := e + 1
	for i < len(data) && (data[i] == ' ' || data[i] == '\t') {
		i++
	}
	if i >= len(data) {
		return true
	}
	switch data[i] {
	case '+', '%', '*':
		return false
	case '|', '.':
		return !(i+1 < len(data) && data[i+1] == data[i])
	}
	return true
}

// keyResult reports whether the hash called at [qs, qe) makes a private
// key: it is passed to a key function or under a key name
// (PrivateKey(…), new Wallet(…), "private_key": …), assigned to a name
// that says private key or brainwallet (priv := …, brainKey = …) or to a
// variable later passed to a key function, or a brainwallet is named on
// its line or the line before.
func keyResult(data []byte, qs, qe int) bool {
	if w, _, name := nameEvidence(data, nil, qs, qe, nil); w >= wQualifiedKeyName {
		return true
	} else if sq := string(squash([]byte(name))); containsAny(sq, "priv", "brain", "toecdsa", "secexp", "secretexponent") {
		return true
	}
	ls, le := lineBounds(data, qs, qe)
	from := ls
	if p := prevLineStart(data, ls); p >= 0 {
		from = p
	}
	if containsFold(data[from:le], "brain") {
		return true
	}
	if v := assignedName(data[ls:qs]); v != "" {
		sq := string(squash([]byte(v)))
		return containsAny(sq, "priv", "brain", "secexp") || flowsToKey(data, v, le)
	}
	return false
}

// brainCandidate makes the finding of the passphrase data[s:e] hashed
// with h: the key must be a valid scalar.
func brainCandidate(data []byte, s, e int, h brainHash, quoted bool, context string) (detect.Candidate, bool) {
	pass := data[s:e]
	key, ok := h.sum(pass)
	if !ok || !validScalar(key[:]) {
		return detect.Candidate{}, false
	}
	var addr string
	if h == hashSHA256 {
		// brainwallet.org and its copies showed uncompressed P2PKH.
		addr = btcAddress(key[:], false, &chaincfg.MainNetParams)
	} else {
		addr = ethAddress(key[:])
	}
	keyHex := hex.EncodeToString(key[:])
	conf := detect.ConfidenceHigh
	if !quoted {
		conf = detect.ConfidenceMedium
	}
	cand := detect.Candidate{
		Rule: "brainwallet-passphrase", Kind: detect.KindRawPrivateKey, Start: s, End: e, Confidence: conf, Scheme: "secp256k1",
		Details: map[string]string{"context": context, "hash": h.String()},
		Secret: detect.NewSecret(detect.SecretSpec{Kind: detect.KindRawPrivateKey, Raw: string(pass),
			Normalized: keyHex, Redacted: "[brainwallet passphrase]", Address: addr}),
		Weakness: "brainwallet: the key is the " + h.String() + " of a passphrase, and such keys are swept",
	}
	if h == hashSHA256 && brainKeys()[keyHex] {
		cand.Public, cand.PublicSource = true, "well-known brainwallet passphrase"
	} else if src, ok := publicScalar(key[:]); ok {
		// keccak256("cow"), EIP-712's example signer.
		cand.Public, cand.PublicSource = true, src
	} else if h == hashKeccak256 && nameLike(pass) {
		// uint256(keccak256("alice")): a test identity made from its
		// name, as Foundry's makeAddrAndKey("alice") makes one.
		cand.Public, cand.PublicSource = true, "the Keccak-256 of a name, a test identity (Foundry's makeAddrAndKey)"
	}
	return cand, true
}

// nameLike reports whether a passphrase is one name: at most 32 letters,
// digits, '-', '_' and '.' ("alice", "lumen-test-1", "keeper").
func nameLike(p []byte) bool {
	if len(p) == 0 || len(p) > 32 {
		return false
	}
	for _, c := range p {
		if !isVarByte(c) && c != '-' && c != '.' {
			return false
		}
	}
	return true
}
