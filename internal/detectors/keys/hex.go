package keys

import (
	"bytes"
	"cmp"
	"context"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/byteruns"
	"github.com/walletaudit/walletaudit/internal/hint"
	"github.com/walletaudit/walletaudit/mnemonic"
)

// Hex finds 32-byte private keys written as 64 hex digits, but only where
// the evidence around the value says they are keys (hexevidence.go): the
// name it is given (an assignment, JSON key, CLI flag, a function that
// takes a key, a Hardhat accounts list), key words and key constructors in
// its statement or on a label line above, the Ethereum address it derives
// to written nearby, and the kind of file, against hash words and files of
// hashes. Hashes (SHA-256 sums, transaction and block hashes, lockfile
// checksums, digests, keccak constants) are not reported.
type Hex struct{}

// NewHex returns the hex key detector.
func NewHex() *Hex { return &Hex{} }

// ID implements detect.Detector.
func (*Hex) ID() string { return "hex-private-key" }

// Keywords are hint.KeyWords, "0x" and `"crv"`: a chunk without a key
// word is still read for values that derive the Ethereum address written
// beside them ("0xAb…,0x4c…" rows of a generated accounts list), the one
// evidence that needs no word, and for the private part of a JSON Web
// Key on secp256k1 (a "jwk-d" view, whose context names the curve).
func (*Hex) Keywords() []string {
	return append(append(hint.KeyWords(), "0x", `"crv"`), chainTitleWords...)
}

// UsesHints implements hint.User.
func (*Hex) UsesHints() {}

var hexDigit = byteruns.Of(byteruns.HexDigits)

// Detect implements detect.Detector.
func (*Hex) Detect(ctx context.Context, c *detect.Chunk) []detect.Candidate {
	data := c.Data
	runs := byteruns.From(ctx)
	found := false
	runs.Each(data, &hexDigit, 32, func(int, int) bool {
		found = true
		return false
	})
	if !found {
		// No run of 32 hex digits or more, so no key, key pair or
		// address: the searches of the whole chunk below (key words,
		// Wycheproof's names) would be for nothing.
		return nil
	}
	var out []detect.Candidate
	sc := &hexScan{c: c, derivations: maxDerivations, keyWorded: c.Encoding == "jwk-d" || keyWorded(ctx, c) || chainNote(data, runs), runs: runs}
	if !sc.keyWorded || wycheproofFile(data) {
		// Wycheproof's test vectors name their keys "sk", "private":
		// only a key its address proves is read there.
		return sc.bareKeys(ctx)
	}
	runs.Each(data, &hexDigit, 32, func(s, e int) bool {
		var cand detect.Candidate
		ok := false
		switch e - s {
		case 64:
			cand, ok = sc.hexKey(s, e)
		case 32:
			cand, ok = sc.wrappedKey(s, e)
		case 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63:
			cand, ok = sc.wrappedAtWidth(s, e)
		case 66:
			cand, ok = sc.compressedFlagKey(s, e)
		case 96, 100:
			cand, ok = sc.derKey(s, e)
		case 128:
			if cand, ok = sc.keypairKey(s, e); !ok {
				cand, ok = sc.derKey(s, e)
			}
		default:
			if e-s > 96 && e-s <= 2*maxECDER && data[s] == '3' && data[s+1] == '0' {
				cand, ok = sc.derKey(s, e)
			}
		}
		if ok {
			out = append(out, cand)
		}
		return ctx.Err() == nil
	})
	return out
}

// bareKeys finds the keys of a chunk without key words: 64-hex values
// that derive an address written within addressLines lines of theirs,
// the addresses and values taken from one pass over the chunk's hex
// runs. Key pairs and DER keys are not looked for there, as they were
// not before "0x" was a keyword.
func (sc *hexScan) bareKeys(ctx context.Context) []detect.Candidate {
	data := sc.c.Data
	var values []int
	byteruns.From(ctx).Each(data, &hexDigit, 32, func(s, e int) bool {
		switch {
		case e-s == 64:
			values = append(values, s)
		case isAddress(data, s, e):
			sc.addrs = append(sc.addrs, s-2)
		}
		return true
	})
	sc.addrsDone = true
	if len(sc.addrs) == 0 && !bytes.Contains(sc.c.After, []byte("0x")) && !bytes.Contains(sc.c.Context, []byte("0x")) {
		return nil
	}
	sc.derivations = maxBareDerivations
	var out []detect.Candidate
	for _, s := range values {
		if cand, ok := sc.hexKey(s, s+64); ok {
			out = append(out, cand)
		}
		if ctx.Err() != nil {
			break
		}
	}
	return out
}

// hexKey judges the hex run data[s:e]: a candidate if it is a key.
func (sc *hexScan) hexKey(s, e int) (detect.Candidate, bool) {
	data := sc.c.Data
	if e-s != 64 {
		return detect.Candidate{}, false
	}
	start, ok := sc.runStart(s, e)
	if !ok {
		return detect.Candidate{}, false
	}
	return sc.judge(data[s:e], start, e, e)
}

// compressedFlagKey judges 66 hex digits that end in "01": a private key
// with the flag that its public key is compressed, as Stacks writes its
// keys (its CLI's and stacks.js's privateKey) and some Bitcoin tools
// print them. A compressed public key that ends so ("02" or "03", then
// the x of a point of the curve) is no key.
func (sc *hexScan) compressedFlagKey(s, e int) (detect.Candidate, bool) {
	data := sc.c.Data
	if data[e-2] != '0' || data[e-1] != '1' {
		return detect.Candidate{}, false
	}
	if data[s] == '0' && (data[s+1] == '2' || data[s+1] == '3') {
		var b [33]byte
		if _, err := hex.Decode(b[:], data[s:e]); err == nil {
			if _, err := btcec.ParsePubKey(b[:]); err == nil {
				return detect.Candidate{}, false
			}
		}
	}
	start, ok := sc.runStart(s, e)
	if !ok {
		return detect.Candidate{}, false
	}
	return sc.judge(data[s:s+64], start, e, e)
}

// walletConnectKey reports whether the value at data[start:] is the key
// or the topic of a WalletConnect pairing URI ("wc:<topic>@1?bridge=…&
// key=<hex>", "wc:<topic>@2?relay-protocol=irn&symKey=<hex>"), or the
// "key" of a WalletConnect session a wallet keeps: the symmetric key of
// the session a dapp offers in its QR code, and the session's name, no
// wallet's.
func walletConnectKey(data []byte, start int) bool {
	if bytes.HasSuffix(data[:start], []byte("wc:")) && start+65 < len(data) && data[start+64] == '@' {
		return true
	}
	if before := bytes.TrimRight(data[max(0, start-16):start], ` "'`); bytes.HasSuffix(before, []byte(`"key":`)) || bytes.HasSuffix(before, []byte(`"key"`)) {
		// A WalletConnect v1 session as wallets keep it ({"peerId": …,
		// "key": …, "bridge": "https://bridge.walletconnect.org"}): the
		// session's symmetric key under a bare "key".
		around := data[max(0, start-urlLookback):min(len(data), start+urlLookback)]
		if containsFold(around, "walletconnect") || bytes.Contains(around, []byte("handshakeTopic")) {
			return true
		}
	}
	word := data[max(0, start-urlLookback):start]
	if k := bytes.LastIndexAny(word, " \t\n\"'<>()[]`"); k >= 0 {
		word = word[k+1:]
	}
	i := bytes.Index(word, []byte("wc:"))
	if i < 0 || !bytes.Contains(word[i:], []byte("@1?")) && !bytes.Contains(word[i:], []byte("@2?")) {
		return false
	}
	name, ok := bytes.CutSuffix(word, []byte("="))
	return ok && len(name) >= 3 && bytes.EqualFold(name[len(name)-3:], []byte("key"))
}

// urlLookback bounds how far back urlPathSegment looks for the URL's
// scheme.
const urlLookback = 512

// urlPathSegment reports whether the value at data[start:] follows a "/"
// in the path of a URL: the word it stands in (back to a space, a quote
// or a bracket) holds "://".
func urlPathSegment(data []byte, start int) bool {
	if start == 0 || data[start-1] != '/' {
		return false
	}
	word := data[max(0, start-urlLookback) : start-1]
	if k := bytes.LastIndexAny(word, " \t\n\"'<>()[]`"); k >= 0 {
		word = word[k+1:]
	}
	return bytes.Contains(word, []byte("://"))
}

// runStart returns where a hex run data[s:e] begins with its "0x" (or
// PostgreSQL's "\x", bytea's hex form as psql and pg_dump write it), or
// false when the run is part of a longer word.
func (sc *hexScan) runStart(s, e int) (int, bool) {
	data := sc.c.Data
	prefixed := s >= 2 && (data[s-2] == '0' && (data[s-1] == 'x' || data[s-1] == 'X') || data[s-2] == '\\' && data[s-1] == 'x')
	// JavaScript's BigInt literal ends in 'n' ("0x…n", as viem and
	// ethers v6 write keys as numbers).
	bigint := prefixed && e < len(data) && data[e] == 'n' && (e+1 == len(data) || !alnum[data[e+1]])
	if (s > 0 && alnum[data[s-1]] && !prefixed) || (e < len(data) && alnum[data[e]] && !typeByteAfter(data, e, sc.c.Binary) && !bigint) {
		return 0, false
	}
	start := s
	if prefixed {
		start = s - 2
	}
	if start > 0 && (alnum[data[start-1]] || data[start-1] == '-' && !(start >= 2 && data[start-2] == ':')) &&
		!(start >= 2 && serialAt(data, start-2, sc.c.Binary)) {
		// (":-" is a shell's default, "${KEY:-0x…}".)
		// (A letter between a serialiser's type byte and "0x" is a
		// length: msgpack's "\xd9B0x…".)
		return 0, false // "ed25519-priv-0x…" and other prefixed forms
	}
	return start, true
}

// typeByteAfter reports whether the letter at e, right after a value,
// stands alone before a serialiser's bytes (serialByte), or before the
// end of binary data: the type byte of what a serialiser wrote next
// (Java's "x" or "t").
func typeByteAfter(data []byte, e int, binary bool) bool {
	if e+1 >= len(data) {
		return binary
	}
	return serialAt(data, e+1, binary)
}

// serialByte reports whether c is a byte a serialiser writes between
// values (a type or a length) and text does not: a control character
// other than a tab or a line break, DEL, and in binary data any byte
// that is not printable ASCII. A small protobuf or msgpack file of a few
// strings reads as text.
func serialByte(c byte, binary bool) bool {
	if binary {
		return c < 0x20 || c >= 0x7f
	}
	return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f
}

// serialAt is serialByte of data[k], where in text a byte of no UTF-8
// character (msgpack's "\xd9" before a length "B") counts too.
func serialAt(data []byte, k int, binary bool) bool {
	if serialByte(data[k], binary) {
		return true
	}
	if data[k] < 0x80 {
		return false
	}
	r, n := utf8.DecodeRune(data[k:])
	return r == utf8.RuneError && n == 1
}

// wrappedAtWidth judges a key that a terminal or a pane narrower than
// its line wrapped at its width ("Private key: 0x" and 25 digits, then
// 39; tmux's capture-pane without -J): the run data[s:e], of 33 to 63
// digits, ends its line and the next line starts with the rest, or
// starts its line and the line before ends with the rest (then shorter
// than 32 digits, which is no run of its own). The line cut is the
// longer, as a wrap at a width makes it. The evidence is that of the
// first line; the finding spans both.
func (sc *hexScan) wrappedAtWidth(s, e int) (detect.Candidate, bool) {
	data := sc.c.Data
	lineStart := func(i int) int { return bytes.LastIndexByte(data[:i], '\n') + 1 }
	// The first part ends its line, after a label or "0x" (a run from
	// the line's start may be a blob's line), the rest starts the next.
	if nl := e; s > lineStart(s) && (nl < len(data) && data[nl] == '\n' || nl+1 < len(data) && data[nl] == '\r' && data[nl+1] == '\n') {
		if data[nl] == '\r' {
			nl++
		}
		s2 := nl + 1
		// The page's indentation again before the rest (pdftotext
		// keeps a page's left margin on every line).
		ind := 0
		for ls := lineStart(s); ls+ind < s && data[ls+ind] == ' '; ind++ {
		}
		if ind > 0 && s2+ind < len(data) && len(bytes.Trim(data[s2:s2+ind], " ")) == 0 {
			s2 += ind
		}
		e2 := s2
		for e2 < len(data) && hexDigit[data[e2]] {
			e2++
		}
		if e2-s2 == 64-(e-s) && (e2 == len(data) || !alnum[data[e2]]) && e-lineStart(s) >= e2-s2 {
			return sc.joinWrapped(s, e, s2, e2)
		}
	}
	// The run starts its line (past the page's indentation, which the
	// line before has too) and the line before ends with the rest.
	ind := 0
	for s-ind > 0 && data[s-ind-1] == ' ' {
		ind++
	}
	if ind > 0 && (s-ind < 2 || data[s-ind-1] != '\n' || !bytes.HasPrefix(data[lineStart(s-ind-1):], bytes.Repeat([]byte(" "), ind))) {
		ind = -1
	}
	if n := 64 - (e - s); ind >= 0 && s-ind >= 2 && data[s-ind-1] == '\n' && n < 32 {
		pe := s - ind - 1
		if data[pe-1] == '\r' {
			pe--
		}
		ps := pe
		for ps > 0 && hexDigit[data[ps-1]] {
			ps--
		}
		if pe-ps == n && ps > lineStart(ps) && (!alnum[data[ps-1]] || ps >= 2 && data[ps-1]|0x20 == 'x' && data[ps-2] == '0') && pe-lineStart(ps) >= e-s {
			return sc.joinWrapped(ps, pe, s, e)
		}
	}
	return detect.Candidate{}, false
}

// joinWrapped judges the 64 digits data[s:e] and data[s2:e2], a key
// wrapped over two lines.
func (sc *hexScan) joinWrapped(s, e, s2, e2 int) (detect.Candidate, bool) {
	start, ok := sc.runStart(s, e)
	if !ok {
		return detect.Candidate{}, false
	}
	var h [64]byte
	copy(h[:e-s], sc.c.Data[s:e])
	copy(h[e-s:], sc.c.Data[s2:e2])
	return sc.judge(h[:], start, e, e2)
}

// wrappedKey judges a key written over two lines, 32 hex digits each
// (a paper backup, a note from a narrow terminal): data[s:e] ends its
// line and the next line is the other 32 digits. The evidence is that of
// the first line; the finding spans both.
func (sc *hexScan) wrappedKey(s, e int) (detect.Candidate, bool) {
	data := sc.c.Data
	i := e
	if i < len(data) && data[i] == '\r' {
		i++
	}
	if i >= len(data) || data[i] != '\n' {
		return detect.Candidate{}, false
	}
	i++
	for i < len(data) && (data[i] == ' ' || data[i] == '\t') {
		i++
	}
	// Halves after labels of one kind ("part 1/2:" over "part 2/2:",
	// "first half:" over "second half:"), as a key is split to keep it
	// out of a search: the labels are read past.
	labelled := false
	if ls := bytes.LastIndexByte(data[:s], '\n') + 1; ls < s && i < len(data) && (!hexDigit[data[i]] || i+1 < len(data) && data[i+1] == ')') {
		l2 := i
		for l2 < len(data) && data[l2] != '\n' && !((data[l2] == ':' || data[l2] == ')') && l2+1 < len(data) && (data[l2+1] == ' ' || data[l2+1] == '\t')) {
			l2++
		}
		if l2 >= len(data) || data[l2] != ':' && data[l2] != ')' || !halfLabels(data[ls:s], data[i:l2+1]) {
			return detect.Candidate{}, false
		}
		for i = l2 + 1; i < len(data) && (data[i] == ' ' || data[i] == '\t'); i++ {
		}
		labelled = true
	}
	s2, e2 := i, i
	for e2 < len(data) && hexDigit[data[e2]] {
		e2++
	}
	if e2-s2 != 32 || e2 < len(data) && data[e2] != '\n' && data[e2] != '\r' {
		return detect.Candidate{}, false
	}
	start, ok := sc.runStart(s, e)
	if !ok {
		return detect.Candidate{}, false
	}
	var h [64]byte
	copy(h[:32], data[s:e])
	copy(h[32:], data[s2:e2])
	if labelled {
		sc.halves = true
		defer func() { sc.halves = false }()
	}
	return sc.judge(h[:], start, e, e2)
}

// halfLabelParts are the words of a label that say which half it labels,
// left out when two labels are compared (halfLabels).
var halfLabelParts = map[string]bool{"first": true, "second": true, "1st": true, "2nd": true, "a": true, "b": true,
	"one": true, "two": true, "1": true, "2": true, "i": true, "ii": true, "left": true, "right": true, "top": true, "bottom": true}

// halfLabels reports whether a and b, the text before the first half on
// its line and the second half's label (both ending in a colon and
// spaces), label two halves of one value: each is a short label, and
// they are the same words but those that say which half (halfLabelParts,
// numbers: "part 1/2:" and "part 2/2:", "first half:" and "second
// half:"), at least one word left; or they are items 1) and 2) of a list.
func halfLabels(a, b []byte) bool {
	if na, ok := itemNumber(a); ok {
		// Items of a list numbered 1) and 2) ("1) <first half>" over
		// "2) <second half>"), as a label above them introduces.
		nb, ok := itemNumber(b)
		return ok && na == 1 && nb == 2
	}
	words := func(l []byte) (string, bool) {
		l = bytes.TrimSpace(l)
		l, ok := bytes.CutSuffix(l, []byte(":"))
		l = bytes.TrimLeft(l, " \t-*#>|")
		if !ok || len(l) == 0 || len(l) > 32 {
			return "", false
		}
		var kept []string
		for _, w := range strings.FieldsFunc(strings.ToLower(string(l)), func(r rune) bool {
			return r == ' ' || r == '/' || r == '(' || r == ')' || r == '-' || r == '_' || r == '.'
		}) {
			if !halfLabelParts[w] && strings.Trim(w, "0123456789") != "" {
				kept = append(kept, w)
			}
		}
		return strings.Join(kept, " "), len(kept) > 0
	}
	wa, ok := words(a)
	wb, ok2 := words(b)
	return ok && ok2 && wa == wb
}

// itemNumber reads l (spaces around it) as a list's item number and its
// mark, "1)" or "2)".
func itemNumber(l []byte) (int, bool) {
	l, ok := bytes.CutSuffix(bytes.TrimSpace(l), []byte(")"))
	if !ok || len(l) != 1 || l[0] < '1' || l[0] > '9' {
		return 0, false
	}
	return int(l[0] - '0'), true
}

// judge judges the 64 hex digits h written from start (its "0x", if
// any) to end; evEnd ends the part of the text the evidence is read
// around (the first line of a wrapped key).
func (sc *hexScan) judge(h []byte, start, evEnd, end int) (detect.Candidate, bool) {
	data := sc.c.Data
	if lowEntropy(h) || curveConstant(h) || wellKnownDigest(h) || bytes.HasSuffix(data[:start], []byte("go.shape.")) {
		// go.shape.<hash> names a generic function's shape in Go's
		// symbol tables (a PGO profile's, a binary's).
		return detect.Candidate{}, false
	}
	var key [32]byte
	if _, err := hex.Decode(key[:], h); err != nil || !validScalar(key[:]) || asciiText(key[:]) {
		return detect.Candidate{}, false
	}
	if powHash(h) || urlPathSegment(data, start) || walletConnectKey(data, start) {
		// A block's hash (proof of work): leading zero digits no drawn
		// key has, except one its address proves. A segment of a URL's
		// path (an explorer's /account/0x…, /tx/…, /object/…) is an
		// address or a hash: nobody links to a private key. A
		// WalletConnect URI's key is its session's.
		ls, le := lineBounds(data, start, evEnd)
		var proof hexEvidence
		sc.addAddressProof(&proof, key[:], ls, le)
		if proof.addressMatch == "" {
			return detect.Candidate{}, false
		}
	}
	if _, ok := patterned(key[:]); ok {
		// Bytes counting (000102…1f) or a block repeated: the keys of
		// test vectors (BLAKE2, ChaCha20, HMAC), never a wallet's. A
		// key named as such in an encoding of its own (WIF) is still
		// reported, as public.
		return detect.Candidate{}, false
	}
	var ev hexEvidence
	if sc.keyWorded {
		ev = sc.evidence(key[:], start, evEnd)
	} else {
		ls, le := lineBounds(data, start, evEnd)
		sc.addAddressProof(&ev, key[:], ls, le)
	}
	if !ev.reported() {
		return detect.Candidate{}, false
	}
	lower := strings.ToLower(string(h))
	cand := detect.Candidate{
		Rule: "hex-private-key", Kind: detect.KindRawPrivateKey, Start: start, End: end, Confidence: ev.confidence(),
		Scheme:  "secp256k1",
		Details: map[string]string{"context": ev.reason, "evidence": ev.summary()},
		Secret:  detect.NewSecret(detect.SecretSpec{Kind: detect.KindRawPrivateKey, Raw: string(data[start:end]), Normalized: lower, Redacted: "[64-hex private key]", Address: sc.address(key[:])}),
	}
	if end != evEnd {
		cand.Details["layout"] = "wrapped over two lines"
	}
	if ev.addressMatch != "" {
		cand.Details["address_match"] = ev.addressMatch
	}
	if ev.reason == "entropy" {
		cand.Kind, cand.Rule = detect.KindMnemonic, "bip39-entropy-hex"
		cand.Secret = detect.NewSecret(detect.SecretSpec{Kind: detect.KindMnemonic, Raw: string(data[start:end]), Normalized: lower, Redacted: "[256-bit seed entropy, hex]"})
		delete(cand.Details, "address_match")
		if src, ok := mnemonic.PublicEntropy(key[:]); ok {
			cand.Public, cand.PublicSource = true, src
		}
	}
	if src, ok := isPublicHex(lower); ok {
		cand.Public, cand.PublicSource = true, src
	} else if src, ok := derivationBeside(data, start, key[:]); ok && cand.Kind == detect.KindRawPrivateKey {
		cand.Public, cand.PublicSource = true, src
	}
	if w := weakKey(key[:]); w != "" && cand.Kind == detect.KindRawPrivateKey {
		cand.Weakness = w
	}
	return cand, true
}

// derivationLines is how many lines above a key's own derivationBeside
// reads.
const derivationLines = 2

// derivationBeside reports whether the key written at data[start] is
// the Keccak-256, SHA-256 or SHA3-256 of a string quoted on its line or
// on the derivationLines lines above, or of the text before it on its
// line: a test key written with the name it was made from (`ALICE_PK =
// '0x…' // keccak256("alice")`, Foundry's makeAddrAndKey("alice")), a
// table of strings and their digests ("private key  <digest>", a hash
// demonstration's output), which anyone who reads the text knows.
func derivationBeside(data []byte, start int, key []byte) (string, bool) {
	ls, le := lineBounds(data, start, start)
	const sep = " \t\"'`|:=,-"
	if lead := bytes.Trim(data[ls:start], sep); len(lead) > 0 && len(lead) <= 64 {
		if h, ok := hashOf(lead, key); ok {
			return fmt.Sprintf("the %s of the text before it on its line", h), true
		}
	}
	for range derivationLines {
		if p := prevLineStart(data, ls); p >= 0 {
			ls = p
		}
	}
	text := data[ls:le]
	for i := 0; i < len(text); i++ {
		q := text[i]
		if q != '"' && q != '\'' {
			continue
		}
		j := bytes.IndexByte(text[i+1:], q)
		if j < 0 {
			break
		}
		lit := text[i+1 : i+1+j]
		i += j + 1
		if len(lit) == 0 || len(lit) > 64 {
			continue
		}
		if h, ok := hashOf(lit, key); ok {
			// The string is not named: it re-creates the key.
			return fmt.Sprintf("the %s of a string written beside it", h), true
		}
	}
	return "", false
}

// hashOf returns the hash (of brainHash's) that makes key of lit.
func hashOf(lit, key []byte) (brainHash, bool) {
	for _, h := range [...]brainHash{hashSHA256, hashSHA3, hashKeccak256} {
		if sum, _ := h.sum(lit); bytes.Equal(sum[:], key) {
			return h, true
		}
	}
	return hashNone, false
}

// powHash reports whether 64 hex digits start with 8 to 23 zeros, as a
// block's hash does (19 or so on Bitcoin's main chain, 8 or more on its
// test networks): one drawn key in 2^32 starts so. Keys with 24 zeros or
// more are small numbers, a puzzle's or a test's (weakKey), not hashes.
func powHash(h []byte) bool {
	n := 0
	for n < len(h) && h[n] == '0' {
		n++
	}
	return n >= 8 && n < 24
}

// wycheproofFile reports whether data is a file of Project Wycheproof's
// test vectors (or one shaped like them): JSON with "testGroups" of
// tests numbered by "tcId", or the tests alone with their "result"
// (circl's wycheproof_kat.json); or of RFC 9180's HPKE vectors, whose
// keys are "skRm", "skEm" and "skSm" of a "kem_id".
func wycheproofFile(data []byte) bool {
	if bytes.Contains(data, []byte(`"tcId"`)) {
		return bytes.Contains(data, []byte(`"testGroups"`)) || bytes.Contains(data, []byte(`"result"`))
	}
	return bytes.Contains(data, []byte(`"kem_id"`)) && (bytes.Contains(data, []byte(`"skRm"`)) || bytes.Contains(data, []byte(`"skEm"`)))
}

// naclPair reports whether data also names the "sk" of the "pk" name
// (its last "pk" written "sk", in the same case, as a whole name).
func naclPair(data []byte, name string) bool {
	i := strings.LastIndex(strings.ToLower(name), "pk")
	if i < 0 {
		return false
	}
	sk := []byte(name[:i] + map[bool]string{true: "SK", false: "sk"}[name[i] == 'P'] + name[i+2:])
	for off := 0; ; {
		k := bytes.Index(data[off:], sk)
		if k < 0 {
			return false
		}
		at := off + k
		end := at + len(sk)
		if (at == 0 || !isWordByte(data[at-1])) && (end == len(data) || !isWordByte(data[end])) {
			return true
		}
		off = at + 1
	}
}

// negativeWords are words of a name that mark a 64-hex value as a hash,
// an identifier or other public data, never a key.
var negativeWords = map[string]bool{
	"hash": true, "sha256": true, "sha1": true, "sha512": true, "sha3": true, "sha": true, "md5": true, "digest": true,
	"txid": true, "txhash": true, "checksum": true, "integrity": true, "nonce": true, "salt": true, "topic": true, "topics": true,
	"commit": true, "merkle": true, "root": true, "signature": true, "sig": true, "bytes32": true, "keccak": true,
	"keccak256": true, "uuid": true, "etag": true, "blob": true, "tree": true, "parent": true, "block": true,
	"blockhash": true, "receipt": true, "transaction": true, "tx": true, "public": true, "pubkey": true, "address": true,
	"codehash": true, "storage": true, "slot": true, "iv": true, "mac": true, "ciphertext": true, "cipher": true,
	"kdf": true, "chaincode": true, "selector": true, "fingerprint": true, "hmac": true, "token": true, "apikey": true,
	"api": true, "session": true, "cookie": true, "csrf": true, "password": true, "proof": true, "leaf": true, "id": true,
	"h1": true, "digests": true, "hashes": true, "constant": true, "immutable": true, "r": true, "s": true, "v": true,
	"commitment": true, "hashlock": true, "preimage": true, "sum": true, "sums": true, "random": true,
	"outpoint": true, "outpoints": true, "utxo": true, "vout": true, "prevout": true,
	"sha256sum": true, "sha512sum": true, "sha1sum": true, "md5sum": true, "b2sum": true, "shasum": true, "hkdf": true,
	// Symmetric keys and other secrets of a service: "JWT_SECRET",
	// "ENCRYPTION_KEY", "AES_KEY", "WEBHOOK_SECRET", "OTP_SECRET".
	"jwt": true, "encryption": true, "encrypt": true, "aes": true, "webhook": true, "oauth": true, "otp": true,
	"totp": true, "symmetric": true,
	// A web server's application secret: Play's play.http.secret.key.
	"http": true,
	// ASP.NET's <machineKey validationKey="…" decryptionKey="…"> (or an
	// appSettings "MachineKey"), the keys of its cookies and view state.
	"decryption": true, "decrypt": true, "validation": true, "machine": true,
	// Keys that name an entry: a CI cache's, a request's, a licence.
	"cache": true, "idempotency": true, "license": true, "licence": true,
	// A key stored encrypted (a custody table's encrypted_private_key
	// column), a symmetric key (WalletConnect's symKey), public keys
	// (ed25519's VerifyingKey, a taproot output key), an attestation
	// challenge, a bitcoind wallet transaction (wtx).
	"encrypted": true, "wrapped": true, "sym": true, "verifying": true, "verification": true, "output": true,
	"challenge": true, "wtx": true,
	// Monero's and Zcash's view keys, which see a wallet's payments and
	// cannot spend them (Monero's donation view key is published).
	"viewkey": true, "view": true,
	// A Wi-Fi network's pre-shared key: WPA's 64 hex digits.
	"wpa": true, "wpa2": true, "wpa3": true, "psk": true, "wifi": true, "wlan": true, "ssid": true,
	// A notes app's key for its items and their sync (Standard Notes'
	// backups hold an "itemsKey" of 64 hex digits).
	"items": true, "sync": true,
}

// asciiText reports whether every byte of b is printable ASCII: text
// written in hex ("!verysecretverysecretverysecret!", a Noise test's
// pre-shared key), not a number drawn at random, whose 32 bytes are all
// printable once in 10^16 keys.
func asciiText(b []byte) bool {
	for _, c := range b {
		if c < 0x20 || c > 0x7e {
			return false
		}
	}
	return true
}

// debuggerExpr returns the name of what a debugger printed when before,
// the text before a value, ends with gdb's or lldb's value history ("$1 =
// ", "(uint8_t[32]) $0 = ") under the prompt that printed it ("(gdb)
// p/x w->priv_key"): the last identifier of the expression ("priv_key").
func debuggerExpr(before []byte) string {
	nl := bytes.LastIndexByte(before, '\n')
	if nl < 0 {
		return ""
	}
	line := bytes.TrimSpace(before[nl+1:])
	if k := bytes.LastIndexByte(line, ')'); k >= 0 && line[0] == '(' {
		line = bytes.TrimSpace(line[k+1:]) // lldb's type
	}
	if len(line) < 4 || line[0] != '$' || !bytes.HasSuffix(line, []byte("=")) {
		return ""
	}
	for _, c := range bytes.TrimSpace(line[1 : len(line)-1]) {
		if c < '0' || c > '9' {
			return ""
		}
	}
	prompt := before[bytes.LastIndexByte(before[:nl], '\n')+1 : nl]
	cmd, ok := bytes.CutPrefix(bytes.TrimSpace(prompt), []byte("(gdb) "))
	if !ok {
		if cmd, ok = bytes.CutPrefix(bytes.TrimSpace(prompt), []byte("(lldb) ")); !ok {
			return ""
		}
	}
	f := bytes.Fields(cmd)
	if len(f) < 2 {
		return ""
	}
	expr := f[len(f)-1]
	e := len(expr)
	for e > 0 && !isIdent(expr[e-1]) {
		e--
	}
	b := e
	for b > 0 && isIdent(expr[b-1]) {
		b--
	}
	return string(expr[b:e])
}

// genericSecretNames are squashed names (squash) that say key or secret
// and not whose.
var genericSecretNames = map[string]bool{"key": true, "secret": true, "secretkey": true, "signingsecret": true,
	"signingkey": true, "sharedsecret": true, "sharedkey": true}

// otherSecretWords name the secrets of services and protocols other than
// a wallet's: a webhook's or an API's HMAC secret, a Wi-Fi network's
// pre-shared key, a session's or a token's signing key.
var otherSecretWords = map[string]bool{"webhook": true, "webhooks": true, "hmac": true, "wpa": true, "wpa2": true, "wpa3": true,
	"psk": true, "wifi": true, "wlan": true, "ssid": true, "jwt": true, "oauth": true, "csrf": true, "cookie": true,
	"session": true, "aes": true, "otp": true, "totp": true, "api": true}

// otherSecretWord returns the first word of text (letters and digits, in
// lower case) in otherSecretWords, or "".
func otherSecretWord(text []byte) string {
	for _, f := range bytes.FieldsFunc(text, func(r rune) bool { return !(r < utf8.RuneSelf && isIdent(byte(r)) && r != '_') }) {
		if w := strings.ToLower(string(f)); otherSecretWords[w] {
			return w
		}
	}
	return ""
}

// aptosLine reports whether the line holding data[s] names Aptos.
func aptosLine(data []byte, s int) bool {
	ls, le := lineBounds(data, s, s)
	return bytes.Contains(bytes.ToLower(data[ls:le]), []byte("aptos"))
}

// otherProtocolWords name keys of protocols other than a chain's, in a
// value's name or in the type declared before it ("static
// curve25519_key factory_private = {…}"): a security key's attestation
// key (U2F, FIDO2, WebAuthn), and the Diffie-Hellman keys of X25519 and
// of the Noise and WireGuard handshakes.
var otherProtocolWords = []string{"u2f", "fido", "webauthn", "attestation", "curve25519", "x25519", "noise", "wireguard"}

// otherProtocolName reports whether an identifier holds one of
// otherProtocolWords, however it is cased and joined ("U2F_ATT_PRIV_KEY",
// "X25519PrivateKey", "curve25519_key").
func otherProtocolName(id string) bool {
	sq := string(squash([]byte(id)))
	return slices.ContainsFunc(otherProtocolWords, func(w string) bool { return strings.Contains(sq, w) })
}

// keyNames are names, squashed (lower case, no "_", "-", "." or spaces),
// that say a value is a private key: assignments, JSON keys, flags, and the
// functions that take a key.
var keyNames = []string{
	"privatekey", "privkey", "secretkey", "signingkey", "signerkey", "deployerkey", "walletkey", "prvkey",
	"ethkey", "accountkey", "ownerkey", "adminkey", "operatorkey", "relayerkey", "botkey", "keeperkey",
	"seckey", // libsecp256k1's and Bitcoin Core's name for a secret key
	"minerkey", "validatorkey", "hotwallet", "pkey", "privatekeys", "deployer", "signer", "mnemonicseed",
	// The other roles of programs that sign with a key of their own
	// (signerRoles): a faucet's, a minter's, a sequencer's key.
	"faucetkey", "minterkey", "sequencerkey", "liquidatorkey", "executorkey", "searcherkey",
	// A relay's, a gas sponsor's or paymaster's, a treasury's, a
	// funder's and a fee payer's key.
	"relaykey", "sponsorkey", "paymasterkey", "treasurykey", "funderkey", "payerkey",
	// An oracle node's key (it signs its reports), and Bittensor's hot
	// and cold keys (a wallet's two).
	"oraclekey", "hotkey", "coldkey",
	"walletsecret", // a wallet's secret: WalletSecret, WALLET_SECRET
	// Core Lightning's hsm_secret: the 32 bytes its node's keys and
	// on-chain wallet derive from, written as hex to restore or back up.
	"hsmsecret",
}

// byteConversions make bytes of a value for the call around them.
var byteConversions = map[string]bool{"bytes": true, "bytearray": true, "from": true, "Uint8Array": true}

// keyCalls take a private key as their argument: "new Wallet(0x…)".
var keyCalls = []string{
	"wallet", "privatekeytoaccount", "fromkey", "hextoecdsa", "fromprivatekey", "fromsecretkey", "vmaddr",
	"vmremember", "vmrememberkey", "vmbroadcast", "vmstartbroadcast", "signingkey", "keypair", "ecpairfromprivatekey",
	"accountfromkey", "privkeyfromhex", "privkeyfrombytes", "signer", "localaccount",
	"privatekey",        // coincurve's and eth_keys' PrivateKey(…), importPrivateKey(…)
	"credentialscreate", // web3j: Credentials.create("…")
	// web3j's ECKeyPair.create(new BigInteger("…", 16)), bitcoinj's
	// ECKey.fromPrivate(new BigInteger("…", 16)): the BigInteger is
	// looked through (nameEvidenceAt).
	"eckeypaircreate", "eckeyfromprivate",
	// Truffle's providers take a key (or a list of keys, or a phrase):
	// new HDWalletProvider("…", url), new PrivateKeyProvider("…", url);
	// Polkadot's keyring a seed in hex: keyring.addFromUri("0x…").
	"hdwalletprovider", "privatekeyprovider", "addfromuri", "addfromseed",
	// Keys from bytes: go-ethereum's crypto.ToECDSA(b), Nethereum's new
	// EthECKey(b, true), k256's SigningKey::from_slice(&b).
	"toecdsa", "etheckey", "keyfromslice", "keyfrombytes",
	// Brownie's accounts.add("…"): an account from its private key.
	"accountsadd",
	// geth's console and web3.js: personal.importRawKey("…", password).
	"importrawkey",
}

// nameEvidence's reasons that other evidence looks at: a value passed to
// one of keyCalls, and one named pk.
const (
	reasonKeyFunction = "key function"
	reasonPKName      = "pk name"
)

// keyCallsParen are keyCalls with their "(", for searching lines.
var keyCallsParen = func() (out [][]byte) {
	for _, k := range keyCalls {
		out = append(out, []byte(k+"("))
	}
	return
}()

// nameEvidence weighs the name the 64-hex value at [s, e) is given (and,
// for a decoded value, the name the encoded blob was stored under): the
// assignment, JSON key, flag or function it belongs to. It returns the
// weight (wKeyName … wHashName, 0 when the name says nothing), the reason,
// and the name itself (so that the statement evidence does not count it
// twice). inserts are data's SQL INSERTs with a column list (sqlInserts):
// the column names a value in their rows.
// passwordName reports whether a squashed name (squash) names a
// password: "password", "login_password", "passwd", "pwd", "pass".
func passwordName(sq string) bool {
	return strings.HasSuffix(sq, "password") || strings.HasSuffix(sq, "passwd") || sq == "pwd" || sq == "pass"
}

func nameEvidence(data, outer []byte, s, e int, inserts []sqlInsert) (score int, reason, name string) {
	score, reason, name = nameEvidenceAt(data, outer, s, e, inserts)
	if score >= wQualifiedKeyName || score < 0 {
		return score, reason, name
	}
	ls, _ := lineBounds(data, s, e)
	if ps, ok := continuedLine(data, ls, s); ok && score == 0 {
		// "const account = privateKeyToAccount(" over "'0x…',": the
		// statement the value ends began on the line above.
		if sc, r, n := nameEvidenceAt(data[ls:], data[ps:ls-1], s-ls, e-ls, nil); sc != 0 {
			return sc, r, n
		}
	}
	before := data[ls:s]
	if k, v := envFallback(before); k > 0 {
		// "accounts: [process.env.KEY ?? \"0x…\"]", "pk =
		// os.getenv(\"PK\", \"0x…\")": the value is the default of an
		// environment variable, named as the variable would be.
		if sc, r, n := nameEvidenceAt(data, outer, ls+k, e, inserts); sc > score {
			score, reason, name = sc, r, n
		}
		if v != "" {
			// The variable's own name names its default as well:
			// "process.env.TREASURY_PK || \"0x…\"", "${SIGNER_KEY:-0x…}".
			if sc, r, n := nameEvidenceAt(envAssignment(v, data, s, e)); sc > score {
				score, reason, name = sc, r, n
			}
		}
		if score != 0 {
			return score, reason, name
		}
	}
	if ls == 0 && len(outer) > 0 {
		// A view's value at its start (a key's hex groups joined): the
		// text before it is its context's, as nameEvidenceAt reads it.
		before = append(append([]byte(nil), outer...), before...)
	}
	if score == 0 && name != "" && foreignKeyPhrase(identWords([]byte(name))) {
		// A field beside the value's, or its object, named in another
		// language ({"fieldName": "Clé privée", …, "data": {"content":
		// …}}).
		return wQualifiedKeyName, "key name (in another language)", name
	}
	if score == 0 && (foreignKeyPhrase(identWords(before)) || legacyKeyPhrase(before)) {
		// "clave privada: …", "秘密鍵：…", "CLAVE_PRIVADA=…": a label
		// or a name in another language (maybe in a legacy code page),
		// which the identifiers above cannot read.
		return wQualifiedKeyName, "key name (in another language)", ""
	}
	if b, ok := withoutRemark(before); ok {
		before = b // "Schlüssel (hex): …"
	}
	if rest, ok := foreignBareKey(before); score == 0 && ok {
		// "мой ключ …", "klucz: …", "anahtar = …": the word for a key
		// in another language right before the value, as a bare "key"
		// is in English; "ETH Schlüssel", "wallet sleutel" as "eth
		// key" is.
		if f := bytes.Fields(rest); len(f) > 0 && walletQualifier(string(squash(f[len(f)-1]))) {
			return wQualifiedKeyName, "key name (in another language)", ""
		}
		return wBareKeyName, "key name (in another language)", ""
	}
	if score == 0 && wrapperCall(before) {
		// "signer_key: SecretStr = SecretStr(\"0x…\")": a wrapper
		// type's constructor around the value; the variable assigned
		// names it.
		if v := assignedName(before); v != "" {
			if w, ok := keyNameWeight(v, string(squash([]byte(v)))); ok {
				return w, "key name (assigned through a constructor)", v
			}
		}
	}
	return score, reason, name
}

// viewKeyCommandAbove reports whether the line above the one starting at
// ls is monero-wallet-cli's viewkey command ("[wallet 4AdUnd]: viewkey"),
// whose answer is the view key's "secret:" and "public:".
func viewKeyCommandAbove(data []byte, ls int) bool {
	if ls == 0 {
		return false
	}
	pls, _ := lineBounds(data, ls-1, ls-1)
	line := bytes.TrimSpace(data[pls : ls-1])
	return bytes.HasSuffix(line, []byte("]: viewkey"))
}

// rpcMethodBefore returns b from its last "method" key on, the call
// the params after it belong to (a capture of one call a line holds
// other calls' methods above); all of b when it names no method.
func rpcMethodBefore(b []byte) []byte {
	if k := bytes.LastIndex(b, []byte(`"method"`)); k >= 0 {
		return b[k:]
	}
	return b
}

// rpcMethodLookback is how far before a JSON-RPC call's params line its
// method is looked for (a pretty-printed call's "method" line and those
// between).
const rpcMethodLookback = 256

// keyNameWeight weighs a name (sq squashed) that holds one of keyNames;
// ok is false when it holds none.
func keyNameWeight(name, sq string) (w int, ok bool) {
	for _, k := range keyNames {
		if strings.Contains(sq, k) {
			if sq == "secretkey" && strings.ContainsAny(name, "_-") {
				// SECRET_KEY, secret_key: as often Flask's or Django's
				// session secret (Python's secrets.token_hex() writes
				// 64 hex digits) or an exchange's API secret as a
				// wallet's key, so it counts as a bare "key". Solana's
				// and Ethereum's test fixtures write secretKey.
				return wBareKeyName, true
			}
			return wKeyName, true
		}
	}
	return 0, false
}

// identWords returns b lower case with the '_' and '-' of identifiers as
// spaces ("CLAVE_PRIVADA" reads "clave privada").
func identWords(b []byte) []byte {
	l := bytes.ToLower(b)
	for i, c := range l {
		if c == '_' || c == '-' {
			l[i] = ' '
		}
	}
	return l
}

// envFallback returns where an environment variable's read starts, and
// the variable's name, when a value follows it as its default
// ("process.env.KEY ?? ", "process.env.KEY || ", "os.getenv(\"KEY\", ",
// "ENV.fetch(\"KEY\", ", "getenv(\"KEY\") ?: ", "env::var(\"KEY\").unwrap_or(",
// "${KEY:-"), or -1.
func envFallback(before []byte) (int, string) {
	t := bytes.TrimRight(before, " \t\"'`")
	if j := bytes.LastIndex(t, []byte("${")); j >= 0 {
		// A shell's default: "${KEY:-0x…}", "${KEY-…}", "${KEY:=…}"
		// (scripts, Compose files, the shells of Makefiles).
		rest := t[j+2:]
		n := 0
		for n < len(rest) && (isIdent(rest[n]) && rest[n] != '.' && rest[n] != '-') {
			n++
		}
		switch string(rest[n:]) {
		case ":-", "-", ":=", "=":
			if n > 0 {
				return j + 2, string(rest[:n])
			}
		}
	}
	switch {
	case bytes.HasSuffix(t, []byte("??")), bytes.HasSuffix(t, []byte("||")), bytes.HasSuffix(t, []byte("?:")):
		t = t[:len(t)-2] // "?:": PHP's and Kotlin's Elvis operator
	case bytes.HasSuffix(t, []byte(".unwrap_or(")), bytes.HasSuffix(t, []byte(".orElse(")),
		bytes.HasSuffix(t, []byte(".unwrap_or_else(|_|")), bytes.HasSuffix(t, []byte(".unwrap_or_else(||")):
		// Rust's env::var("KEY").unwrap_or("0x…"), Java's
		// Optional.ofNullable(System.getenv("KEY")).orElse("0x…").
		t = t[:bytes.LastIndexByte(t, '.')]
	case bytes.HasSuffix(t, []byte(") {")):
		t = t[:len(t)-2] // Ruby's ENV.fetch("KEY") { "0x…" }
	case bytes.HasSuffix(t, []byte(" or")):
		t = t[:len(t)-3]
	case bytes.HasSuffix(t, []byte(",")):
		t = t[:len(t)-1]
	default:
		return -1, ""
	}
	t = bytes.TrimRight(t, " \t")
	k := len(t)
	for k > 0 && len(t)-k < 96 && (isIdent(t[k-1]) || strings.IndexByte(".[]()\"':", t[k-1]) >= 0) {
		k--
	}
	for k < len(t) && (t[k] == '[' || t[k] == '(') {
		k++ // a list or a call the read stands in: "[process.env.KEY"
	}
	expr := t[k:]
	if len(expr) == 0 || !containsFold(expr, "env") {
		return -1, ""
	}
	return k, envVarName(expr)
}

// envVarName returns the name of the environment variable read by expr
// ("process.env.KEY", "os.getenv(\"KEY\"", "env::var(\"KEY\")"): its
// last identifier.
func envVarName(expr []byte) string {
	j := len(expr)
	for j > 0 && !isIdent(expr[j-1]) || j > 0 && expr[j-1] == '-' {
		j--
	}
	i := j
	for i > 0 && isIdent(expr[i-1]) && expr[i-1] != '.' && expr[i-1] != '-' {
		i--
	}
	return string(expr[i:j])
}

// envAssignment returns a line that assigns the value data[s:e] (with
// the rest of its line) to the variable name, and where the value is in
// it: the environment variable's name weighed as a key's name is weighed
// where a value is given to it.
func envAssignment(name string, data []byte, s, e int) (line, outer []byte, vs, ve int, inserts []sqlInsert) {
	_, le := lineBounds(data, s, e)
	line = append([]byte(name+" = "), data[s:le]...)
	vs = len(name) + 3
	return line, nil, vs, vs + e - s, nil
}

// wrapperCall reports whether the text before a value ends with a call
// that wraps it ("SecretStr(\"", "Secret::new(\""), one argument alone.
func wrapperCall(before []byte) bool {
	t := bytes.TrimRight(before, " \t\"'`")
	if l, ok := bytes.CutSuffix(t, []byte(":")); ok {
		// Swift's argument label: Data(hex: "0x…"), Data(base64Encoded:
		// "…").
		k := len(l)
		for k > 0 && isIdent(l[k-1]) {
			k--
		}
		if k < len(l) && k > 0 && l[k-1] == '(' {
			t = l[:k]
		}
	}
	return bytes.HasSuffix(t, []byte("(")) && len(t) >= 2 && isIdent(t[len(t)-2])
}

// maxRemark is the longest remark in parentheses withoutRemark leaves
// out.
const maxRemark = 40

// withoutRemark returns before without a remark in parentheses between a
// label and its colon ("old faucet key (rotated?): ", "signer (hot): "),
// so that the label's last word names the value; ok is false when there
// is none. A call's arguments ("load(x): ", "f(a, b): ") and empty
// parentheses ("async (): ") are no remark.
func withoutRemark(before []byte) ([]byte, bool) {
	k := bytes.LastIndexByte(before, ':')
	if k < 0 {
		return nil, false
	}
	left := bytes.TrimRight(before[:k], " \t")
	if len(left) < 3 || left[len(left)-1] != ')' {
		return nil, false
	}
	o := bytes.LastIndexByte(left, '(')
	if o <= 0 || len(left)-o > maxRemark || left[o-1] != ' ' {
		return nil, false
	}
	remark := left[o+1 : len(left)-1]
	if bytes.ContainsAny(remark, "()\"'`,=") || !bytes.ContainsFunc(remark, func(r rune) bool { return r < utf8.RuneSelf && asciiLetterByte(byte(r)) }) {
		return nil, false
	}
	// A copy: before is the scanned data's.
	head := bytes.TrimRight(left[:o], " \t")
	out := make([]byte, 0, len(head)+len(before)-k)
	return append(append(out, head...), before[k:]...), true
}

func nameEvidenceAt(data, outer []byte, s, e int, inserts []sqlInsert) (score int, reason, name string) {
	ls, _ := lineBounds(data, s, e)
	before := data[ls:s]
	if tlsKeyLogLine(before) {
		return wHashName, "TLS secret (key log)", ""
	}
	if len(outer) > 0 && ls == 0 {
		before = append(append([]byte(nil), outer...), before...)
	}
	if b, ok := withoutRemark(before); ok {
		before = b // "// old faucet key (rotated?): 0x…"
	}
	name, sep, prev := nearestName(before)
	if strings.EqualFold(name, "as") && prev != "" {
		// Visual Basic's type clause: "Const SIGNER_KEY As String =
		// \"…\"", "Dim pk As String = …": the name is before it.
		name = prev
		if k := bytes.LastIndex(before, []byte(prev)); k >= 0 {
			_, _, prev = nearestName(before[:k])
		}
	}
	if p := strings.ToLower(prev); (p == "from" || p == "in" || p == "of") && slices.Contains(walletApps, strings.ToLower(name)) {
		// "eth key from metamask 0x…": the wallet app says where the
		// key is from; the name is the one before the preposition.
		if k := bytes.LastIndex(before, []byte(prev)); k > 0 {
			if n, sp, pp := nearestName(before[:k]); n != "" {
				name, sep, prev = n, sp, pp
			}
		}
	}
	if n := debuggerExpr(before); n != "" {
		// "(gdb) p/x w->priv_key" over "$1 = {0x…, …}": the value is
		// the printed expression's.
		name, sep, prev = n, "", ""
	}
	if strings.HasSuffix(sep, "(") && (name == "uint256" || name == "uint") && prev != "" {
		// A Solidity cast, "uint256 pk = uint256(0x…)",
		// "vm.envOr(\"DEPLOYER_PK\", uint256(0x…))": the name is the
		// one before the cast.
		name, sep = prev, ""
		if k := bytes.LastIndex(before, []byte(prev)); k >= 0 {
			_, _, prev = nearestName(before[:k])
		}
	}
	if strings.HasSuffix(sep, "(") && byteConversions[name[strings.LastIndexByte(name, '.')+1:]] {
		// Bytes made of a value for the call around them: Python's
		// PrivateKey(bytes(key_ints)), Node's new
		// Wallet(Buffer.from(…)): the name is the call's.
		if k := bytes.LastIndex(before, []byte(name)); k >= 0 {
			if n, sp, p := nearestName(before[:k]); n != "" && strings.HasSuffix(sp, "(") {
				name, sep, prev = n, sp, p
			}
		}
	}
	if strings.HasSuffix(sep, "(") && numberParser(name) {
		// Java's and Kotlin's parse of a hex string, BigInteger("…",
		// 16), "new BigInteger(…)", and the parses of a decimal key in
		// other languages (JavaScript's BigInt("…"), Python's int("…"),
		// C#'s BigInteger.Parse("…"), Rust's U256::from_dec_str("…")):
		// the name is the call or variable it is given to.
		if k := bytes.LastIndex(before, []byte(name)); k >= 0 {
			b := bytes.TrimSuffix(bytes.TrimRight(before[:k], " \t"), []byte("new"))
			if n, sp, p := nearestName(b); n != "" {
				name, sep, prev = n, sp, p
			}
		}
	}
	if name == "" || name == "return" {
		// A function named for a key that returns the value: "function
		// getPrivateKey() { return \"0x…\" }", "const deployerKey = ()
		// => \"0x…\"", "def signer_key(self):" over "return \"…\"".
		if f := returningFunction(data, ls, before); f != "" {
			name, sep, prev = f, "", ""
		}
	}
	switch strings.ToLower(name) {
	case "", "b", "r", "br", "rb":
		// A macro or a byte string between the name and the value:
		// Rust's `const SK: [u8; 32] = hex!("…")` and `KEY: &[u8; 64] =
		// b"…"` (nearestName stops at the macro's '!'; "b" is the
		// string's prefix): the name is the one assigned.
		if n := assignedName(before); n != "" && directValue(before) {
			name, sep, prev = n, "", ""
		}
		if name == "" && ls > 0 && len(bytes.Trim(before, " \t\"'")) == 0 {
			// The first item of a JSON-RPC call's params opened at the
			// line above's end ("params": [ over "0x…",): a
			// pretty-printed call, whose method (personal_importRawKey)
			// the params' reading below looks for. Other lists' names
			// (signers, keys) say less of a value alone on its line.
			pls, _ := lineBounds(data, ls-1, ls-1)
			if above := bytes.TrimRight(data[pls:ls-1], " \t\r"); bytes.HasSuffix(above, []byte("[")) {
				if n, _, p := nearestName(above); n == "params" {
					name, sep, prev = n, "[", p
				}
			}
		}
		if name == "" && ls > 0 {
			// loguru's and better-exceptions' annotated tracebacks:
			// "└ '0x…'" under the variable it shows.
			if v := annotatedVar(data, ls, s); v != "" {
				name, sep, prev = v, "", ""
			}
		}
		if name == "" && ls > 0 {
			// PHP's var_dump: `["privateKey"]=>` over `string(66)
			// "0x…"`, the array's key above its value.
			if k := varDumpKey(data, ls, before); k != "" {
				name, sep, prev = k, "", ""
			}
		}
		if name == "" && ls > 0 && tagNameAttr(before) == "" && tagStart(bytes.TrimLeft(before, " \t")) == 0 {
			// .NET settings (user.config, app.config): <setting
			// name="HotKey" serializeAs="String"> over <value>…</value>:
			// the element above names the value.
			pls, _ := lineBounds(data, ls-1, ls-1)
			if a := tagNameAttr(data[pls : ls-1]); a != "" {
				name, sep, prev = a, "", ""
			}
		}
	case "is", "was", "are", "were":
		// "the old hot key was 0x…": the name is the subject.
		if prev != "" {
			if k := bytes.LastIndex(before, []byte(prev)); k >= 0 {
				_, _, p := nearestName(before[:k+len(prev)])
				name, sep, prev = prev, "", p
			}
		}
	}
	if len(inserts) > 0 {
		if col := sqlColumn(data, inserts, s); col != "" {
			// INSERT INTO t (id, address, private_key) VALUES (1,
			// '0x…', '…'): the value's column names it.
			name, sep, prev = col, "", ""
		}
	}
	switch strings.ToLower(name) {
	case "seed":
		if strings.EqualFold(prev, "secret") {
			// Substrate's subkey: "Secret seed: 0x…", the key itself
			// (an sr25519 or ed25519 mini secret key).
			return wQualifiedKeyName, "key name", "Secret seed"
		}
	case "bytes", "raw":
		// "private key bytes: [76 11 …]" (a log line of Go's %v):
		// the words before say whose bytes.
		if k := bytes.LastIndex(before, []byte(name)); k > 0 {
			if n, sp, p := nearestName(before[:k]); n != "" {
				name, sep, prev = n, sp, p
			}
		}
	case "value", "default", "val", "content", "parametervalue", "outputvalue":
		// "- name: SIGNER_KEY\n  value: …" (Kubernetes, compose, Actions)
		// and Terraform's variable "x" { default = … }: the name is on
		// the line above.
		if lt := bytes.LastIndexByte(before, '<'); lt >= 0 && strings.EqualFold(name, "value") {
			// The element's own name attribute: a JetBrains run
			// configuration's <env name="SIGNER_KEY" value="…"/>,
			// .NET's <add key="…" value="…"/>.
			if n := nameAttr(before[lt:]); n != "" {
				name, sep, prev = n, "", ""
				break
			}
		}
		if strings.EqualFold(prev, "constructor-arg") {
			// Spring's <bean class="org.web3j.crypto.Credentials"
			// factory-method="create"> over <constructor-arg
			// value="0x…"/>: the value is passed to the bean's
			// factory, as in Credentials.create("0x…").
			if call := beanFactory(data, ls); call != "" {
				name, sep, prev = call, "(", ""
				break
			}
		}
		if ls > 0 {
			pls, _ := lineBounds(data, ls-1, ls-1)
			n, _, p := nearestName(bytes.TrimRight(data[pls:ls-1], " \t\r{"))
			if p != "name" && p != "key" {
				// Terraform state's outputs and JSON like it:
				// "deployer_key": {"sensitive": true, "type":
				// "string", "value": …}: the name is the object's; or
				// a name field of the object names the value (cloud
				// secret stores' parameters: {"Name":
				// "/prod/wallet/private_key", "Type": …, "Value": …}).
				if o := objectName(data, ls); o != "" && o != "data" {
					n = o
				} else if o := siblingName(data, ls, e); o != "" {
					n = o
				} else if ols, ole, ok := objectOpenLine(data, ls); ok {
					// Proton Pass's custom fields: {"fieldName": "Private
					// key", "type": "text", "data": {"content": …}}: the
					// name is a field of the object around the value's.
					if o := siblingName(data, ols, ole); o != "" {
						n = o
					}
				}
			}
			if n != "" {
				prev, name = name, n
			}
		} else if len(outer) > 0 {
			// A value decoded from the blob it was stored as (Consul's
			// KV export: {"key": "wallet/hot/private_key", "flags": 0,
			// "value": "<base64>"}): a name field of the object the
			// blob stands in names it; or the object's own name, as
			// Foundry's broadcast returns name a uint256 written in
			// decimal ("operatorKey": {"internal_type": "uint256",
			// "value": "…"}).
			ols := bytes.LastIndexByte(outer, '\n') + 1
			if o := objectName(outer, ols); o != "" && o != "data" {
				prev, name = name, o
			} else if o := siblingName(outer, ols, len(outer)); o != "" {
				prev, name = name, o
			}
		}
	}
	if ws := NameWords(name); len(ws) > 1 && !strings.Contains(sep, "(") {
		// A key's bytes named for it ("key_bytes", "privBytes",
		// "secret_raw"): the name without the word of its form (not
		// a call's: hexToBytes(…) converts what is passed to it).
		switch last := ws[len(ws)-1]; last {
		case "bytes", "raw", "bin", "buf":
			name = strings.TrimRight(name[:len(name)-len(last)], "_-.")
		}
	}
	sq := string(squash([]byte(frameworkUnprefixed(name))))
	if genericSecretNames[sq] {
		// "WPA key: …", "Webhook signing secret (HMAC-SHA256):" over
		// the value: the words before a name that says only key or
		// secret say whose, another service's.
		if w := otherSecretWord(before); w != "" {
			return wHashName, "another service's secret (" + w + ")", name
		}
	}
	if passwordName(sq) && s+2 < len(data) && data[s] == '0' && data[s+1]|0x20 == 'x' {
		// A password field (a password manager's entry, a config)
		// holding "0x" and 64 hex digits: a wallet's key kept as a
		// password. Generated passwords (openssl rand -hex 32) are not
		// written with "0x"; without it the name is a negative word.
		return wQualifiedKeyName, "0x key in a password field", name
	}
	called := name
	if strings.Contains(sep, "(") {
		// A minifier's one-letter module before a call ("new
		// r.ethers.Wallet(…)") is no word of the name: ECDSA's "r" is.
		for len(called) > 2 && called[1] == '.' {
			called = called[2:]
		}
	}
	// The key that signs transactions: BUILDER_TX_SIGNING_KEY.
	signs := strings.Contains(sq, "signingkey") || strings.Contains(sq, "signerkey")
	for _, w := range NameWords(called) {
		if signs && (w == "tx" || w == "txs" || w == "transaction" || w == "transactions") {
			continue
		}
		// A word that ends in "hash" names one too: EIP-712's
		// DOMAIN_TYPEHASH, a "datahash".
		if negativeWords[w] || len(w) > 4 && strings.HasSuffix(w, "hash") {
			return wHashName, "hash name", name
		}
	}
	if otherProtocolName(called) || prev != "" && otherProtocolName(prev) {
		return wHashName, "another protocol's key", name
	}
	if compoundHashWord(sq) {
		return wHashName, "hash name", name
	}
	if sq == "authenticationkey" || sq == "authkey" && aptosLine(data, s) {
		// An Aptos account's authentication key is a hash of its public
		// key ("aptos account lookup-address --auth-key …"). Elsewhere an
		// AUTH_KEY is often a signer's key (Flashbots' auth signer).
		return wHashName, "authentication key", name
	}
	switch {
	case sq == "entropy" || strings.HasSuffix(sq, "entropy"):
		// Random-generator test vectors (NIST DRBG "entropy", "nonce",
		// "pers") use the word too: only text about seeds counts.
		if !seedText(data) {
			return wHashName, "random-generator entropy", name
		}
		return wQualifiedKeyName, "entropy", name
	case strings.Contains(sep, "("):
		// The type before a Rust path's function counts too
		// (SigningKey::from_slice).
		qualified := string(squash([]byte(prev))) + sq
		for _, k := range keyCalls {
			if strings.HasSuffix(sq, k) || strings.HasSuffix(qualified, k) {
				return wKeyName, reasonKeyFunction, name
			}
		}
		if sq == "account" || strings.HasSuffix(name, ".Account") {
			// Nethereum's new Account("0x…"), also qualified
			// (Nethereum.Web3.Accounts.Account); only the bare name,
			// since "addTrieAccount(…) // 0x<hash>" and the like are
			// not keys.
			return wKeyName, reasonKeyFunction, name
		}
	case strings.Contains(sep, "[") && (sq == "accounts" || strings.HasSuffix(sq, "keys")):
		return wQualifiedKeyName, "accounts list", name
	case strings.Contains(sep, "[") && sq == "params" && bytes.Contains(squash(rpcMethodBefore(data[max(0, ls-rpcMethodLookback):s])), []byte("importrawkey")):
		// A JSON-RPC call of geth's personal_importRawKey
		// ({"method": "personal_importRawKey", "params": ["<hex>",
		// "<password>"]}), on one line or pretty-printed (the method
		// a few lines above, the call's own: the nearest): its first
		// parameter is the key.
		return wKeyName, "key import call (personal_importRawKey)", name
	case sq == "account" && bytes.HasSuffix(bytes.TrimRight(before, "\"'= "), []byte("--account")) && ganacheBalance(data[e:]):
		// Ganache's --account="<key>,<balance>": a funded account's key.
		return wKeyName, "ganache --account flag", name
	}
	if w, ok := keyNameWeight(name, sq); ok {
		if w == wBareKeyName && sq == "secretkey" && webFrameworkText(data) {
			// Flask's and Django's SECRET_KEY beside the framework's
			// other settings: the key of its sessions.
			return wHashName, "a web framework's secret key", name
		}
		return w, "key name", name
	}
	if sq == "private" || sq == "priv" || strings.HasSuffix(name, "_PRIVATE") || strings.HasSuffix(name, "_private") {
		// {'public': …, 'private': …}, priv = "…", OWNER_PRIVATE=…:
		// the private half of a key pair.
		return wQualifiedKeyName, "key name", name
	}
	// The name's last word, when a separator sets it off ("DEVICE_SK",
	// "burnerWallet.pk", "sk"), not a case change inside a word of
	// random letters (base64's "…IySk=").
	words := NameWords(name)
	if n := len(words); n > 1 && strings.Trim(words[n-1], "0123456789") == "" {
		// An index after the name's last word ("flutter.pk_0",
		// "SIGNER_KEY_2"): the word before it is the last that says
		// what the value is.
		if k := strings.LastIndexAny(name, "_.-"); k > 0 && strings.Trim(name[k+1:], "0123456789") == "" {
			name, words = name[:k], words[:n-1]
			sq = string(squash([]byte(frameworkUnprefixed(name))))
		}
	}
	last := ""
	if len(words) > 0 {
		w := words[len(words)-1]
		if k := len(name) - len(w); len(words) == 1 || k > 0 && strings.EqualFold(name[k:], w) && strings.IndexByte("_.-", name[k-1]) >= 0 {
			last = w
		}
	}
	camelPriv := len(name) <= 32 && strings.HasSuffix(name, "Priv") && len(name) > 4 && name[len(name)-5] >= 'a' && name[len(name)-5] <= 'z'
	if (last == "priv" || camelPriv) && len(words) > 1 && !slices.ContainsFunc(words, func(w string) bool { return negativeWords[w] || w == "view" }) {
		// "alicePriv", "DEPLOYER_PRIV", "signer.priv": a holder's
		// private key, as "priv" alone is.
		return wQualifiedKeyName, "key name", name
	}
	if last == "sk" {
		// NaCl's, libsodium's and Nostr's secret key ("sk", "client_sk",
		// DEVICE_SECP256K1_SK): the private half.
		if slices.ContainsFunc(words[:len(words)-1], func(w string) bool { return w == "secp256k1" || stmtWalletWords[w] }) {
			return wKeyName, "key name", name
		}
		return wQualifiedKeyName, "key name", name
	}
	// An environment variable's name ending in _PK holding 0x and the
	// digits ("CLAIMER_PK", "BOT_PK"): how scripts name a wallet's key.
	envPK := last == "pk" && strings.ToUpper(name) == name && strings.Contains(name, "_") && s+1 < len(data) && data[s] == '0' && data[s+1]|0x20 == 'x'
	if sq == "pk" || strings.HasSuffix(sq, "pk") && len(sq) <= 8 || envPK || last == "pk" && slices.ContainsFunc(words, func(w string) bool { return stmtWalletWords[w] || signerRoles[w] }) {
		if naclPair(data, name) {
			// NaCl and libsodium name a key pair pk and sk ("pk:",
			// "sk:", "client_pk", "client_sk"): pk is the public half.
			return wHashName, "public key of a pk/sk pair", name
		}
		return wQualifiedKeyName, reasonPKName, name
	}
	if sq == "key" || strings.HasSuffix(sq, "key") || strings.HasSuffix(sq, "secret") || strings.HasSuffix(sq, "keyhex") {
		// A bare "key" is as often a symmetric or API key; the name
		// before it can say whose: "wallet.key", "eth key". "KeyHex"
		// names the same key by its encoding.
		if sq == "secret" && commitRevealText(data, ls, e) {
			// A commit-reveal scheme's or a hash lock's secret: the
			// preimage of a published hash, no wallet's key.
			return wHashName, "commit-reveal secret", name
		}
		sqPrev := string(squash([]byte(prev)))
		if strings.HasSuffix(sqPrev, "view") || sq == "secret" && viewKeyCommandAbove(data, ls) {
			// "private view key", "secret view key", monero-wallet-cli's
			// "secret: …" under its viewkey command: a view key sees a
			// wallet's payments and cannot spend them.
			return wHashName, "a view key", name
		}
		if walletQualifier(sqPrev) {
			return wQualifiedKeyName, "key name", name
		}
		if sq == "key" && hashWords[sqPrev] {
			// "encryption key", "AES key", "HMAC key", "public key": the
			// word before says the key is a cipher's, a MAC's or the
			// public half.
			return wHashName, "a cipher's, a MAC's or a public key", name
		}
		if sq == "key" && slices.Contains(keyNames, string(squash([]byte(prev[strings.LastIndexByte(prev, '.')+1:])))+sq) {
			// "signer key", "deployer key", "self.RELAY={key:": the word
			// before (its last part) makes a key name of it.
			return wQualifiedKeyName, "key name", name
		}
		return wBareKeyName, "key name", name
	}
	if accountsListAbove(data, ls) {
		return wQualifiedKeyName, "accounts list", name
	}
	if keyMapAbove(data, ls) {
		return wQualifiedKeyName, "map of keys", name
	}
	// A generic name ("value=", "VALUES (") with the key's name elsewhere
	// on the line: HTML inputs, SQL inserts. A value with no name at all
	// takes only a key name before it: "<hash> Merge branch
	// private-key-fix" is a git log line.
	switch sq {
	case "value", "values", "val", "default", "data", "input", "insert", "into", "", "decode", "hexdecode", "fromhex", "parse", "fromstr", "unhexlify", "bytesfromhex", "hextobytes", "hex2bytes", "hex2bin", "tobytes", "buffer", "bufferfrom", "frombytes":
	default:
		return 0, "", name
	}
	if v := assignedName(before[max(0, len(before)-96):]); v != "" && decodeCall(sq) {
		// CACHE_AES_KEY = bytes.fromhex("…"): the variable a decode
		// call's result is assigned to names the value (near it: a
		// minified line assigns many).
		for _, w := range NameWords(v) {
			if negativeWords[w] {
				return wHashName, "hash name", v
			}
		}
	}
	ls, le := lineBounds(data, s, e)
	if name == "" {
		le = s
	}
	line := squash(data[ls:le])
	for _, k := range []string{"privatekey", "privkey", "secretkey", "signingkey"} {
		if bytes.Contains(line, []byte(k)) {
			if k == "secretkey" {
				if id := snakeSecretKey(data[ls:le]); id != "" {
					// app.config['SECRET_KEY'] = "…": counted as
					// the name itself would be.
					return wBareKeyName, "key name on the line", id
				}
			}
			return wQualifiedKeyName, "key name on the line", name
		}
	}
	for _, k := range keyCallsParen {
		if bytes.Contains(line, k) {
			return wQualifiedKeyName, "key function on the line", name
		}
	}
	return 0, "", name
}

// returningFunction returns the name of the function whose body is the
// value that before (the text before it on its line, at ls) ends at: a
// function, a method, a getter or an arrow function whose header is on
// the line ("function privateKey() { return ", "get signerKey(): string
// { return ", "fun faucetKey() = ", "const pk = () => ") or, when the
// line holds "return" alone, on one of the two lines above ("def
// signer_key(self):"); "" when there is none.
func returningFunction(data []byte, ls int, before []byte) string {
	t := bytes.TrimRight(before, " \t\"'`(")
	ret := false
	if r, ok := bytes.CutSuffix(t, []byte("return")); ok && (len(r) == 0 || !isVarByte(r[len(r)-1])) {
		t, ret = bytes.TrimRight(r, " \t"), true
	}
	if ret && len(bytes.TrimLeft(t, " \t{")) == 0 {
		// "return" alone on its line: the header is above.
		for p, n := ls, 0; n < 2 && p > 0; n++ {
			ps := prevLineStart(data, p)
			if ps < 0 {
				break
			}
			if h := bytes.TrimSpace(data[ps : p-1]); len(h) > 0 {
				t = h
				break
			}
			p = ps
		}
	}
	t = bytes.TrimRight(t, " \t{")
	arrow := false
	switch {
	case bytes.HasSuffix(t, []byte("=>")):
		t, arrow = t[:len(t)-2], true
	case !ret && bytes.HasSuffix(t, []byte("=")) && !bytes.HasSuffix(t, []byte("==")):
		t = t[:len(t)-1] // Kotlin's and Scala's expression body: "fun k() = "
	case bytes.HasSuffix(t, []byte(":")):
		t = t[:len(t)-1] // Python's "def k(self):"
	case !ret:
		return "" // no body begins here
	}
	t = bytes.TrimRight(t, " \t")
	if i := bytes.LastIndexByte(t, ')'); i >= 0 && returnType(t[i+1:]) {
		t = t[:i+1]
	}
	if !bytes.HasSuffix(t, []byte(")")) {
		return ""
	}
	depth := 0
	open := -1
	for i := len(t) - 1; i >= 0 && open < 0; i-- {
		switch t[i] {
		case ')':
			depth++
		case '(':
			if depth--; depth == 0 {
				open = i
			}
		}
	}
	if open < 0 {
		return ""
	}
	head := bytes.TrimRight(t[:open], " \t")
	name := trailingVar(head)
	switch string(name) {
	case "function", "async", "":
		// An anonymous function assigned: "signerKey: function() {",
		// "const pk = async () =>".
		head = bytes.TrimRight(head[:len(head)-len(name)], " \t")
		head = bytes.TrimRight(bytes.TrimSuffix(head, []byte("async")), " \t") // "async function()"
		if !bytes.HasSuffix(head, []byte("=")) && !bytes.HasSuffix(head, []byte(":")) {
			return ""
		}
		name = trailingVar(bytes.TrimRight(head[:len(head)-1], " \t"))
	default:
		if arrow {
			return "" // a call's result: "f(x) =>"
		}
	}
	if len(name) == 0 || name[0] >= '0' && name[0] <= '9' {
		return ""
	}
	return string(name)
}

// returnType reports whether t, the text between a function's
// parameters and its body, is no more than a return type: ": string",
// "-> &'static str", Go's " string", or nothing.
func returnType(t []byte) bool {
	t = bytes.TrimSpace(t)
	if len(t) > 48 {
		return false
	}
	t = bytes.TrimPrefix(t, []byte("->"))
	t = bytes.TrimPrefix(t, []byte(":"))
	for _, c := range t {
		if !isVarByte(c) && strings.IndexByte(" \t&'<>[].*?|,", c) < 0 {
			return false
		}
	}
	return true
}

// directValue reports whether the value after before is what its line's
// last '=' assigns, at most wrapped in one macro ("= hex!(\"", "= b\"",
// "= \""), not an argument of a longer call.
func directValue(before []byte) bool {
	eq := bytes.LastIndexByte(before, '=')
	if eq < 0 {
		return false
	}
	rest := bytes.TrimLeft(before[eq+1:], " \t")
	rest = bytes.TrimRight(rest, "\"'")
	rest = bytes.TrimSuffix(rest, []byte("("))
	rest = bytes.TrimSuffix(rest, []byte("!"))
	rest = pathBase(rest) // a macro's path: hex_literal::hex!(

	for _, c := range rest {
		if !isIdent(c) {
			return false
		}
	}
	return len(rest) <= 8
}

// pathBase returns the last segment of a Rust path ("hex" of
// "hex_literal::hex").
func pathBase(p []byte) []byte {
	if k := bytes.LastIndex(p, []byte("::")); k >= 0 {
		return p[k+len("::"):]
	}
	return p
}

// sqlWindow bounds how far an INSERT's rows are read after its column
// list: a statement's rows may follow it on lines of their own.
const sqlWindow = 4096

// sqlInsert is an SQL INSERT with a column list: "INSERT INTO t (c1, c2,
// …) VALUES", the columns and where its rows start (after "VALUES").
type sqlInsert struct {
	rows int
	cols []string
}

// sqlInserts finds the INSERTs with a column list in data, in order: each
// "values" word (any case) right after a ')', with an "insert" word at
// most sqlWindow bytes before it and the parenthesized list between the
// two (code says values too, as Object.values(…), never after a ')');
// and those without one right after "INSERT INTO <table>", whose columns
// the table's CREATE TABLE in data lists (a mysqldump file).
func sqlInserts(data []byte) []sqlInsert {
	var out []sqlInsert
	tables := map[string][]string{} // the columns of each table met
	byteruns.EachFold(data, "values", func(v int) bool {
		if v+6 < len(data) && isIdent(data[v+6]) {
			return true
		}
		j := v
		for j > 0 && (data[j-1] == ' ' || data[j-1] == '\t' || data[j-1] == '\n' || data[j-1] == '\r') {
			j--
		}
		if j == 0 {
			return true
		}
		if data[j-1] != ')' {
			// "INSERT INTO `wallets` VALUES (…)" as mysqldump writes
			// it: the columns are the table's, as its CREATE TABLE
			// above lists them.
			if t := insertTable(data, j); t != "" {
				cols, ok := tables[t]
				if !ok {
					cols = tableColumns(data, t)
					tables[t] = cols
				}
				if cols != nil {
					out = append(out, sqlInsert{rows: v + len("values"), cols: cols})
				}
			}
			return true
		}
		from := max(0, v-sqlWindow)
		ii := -1
		for i := j - 6; i >= from; i-- {
			if (data[i]|0x20) == 'i' && bytes.EqualFold(data[i:i+6], []byte("insert")) && (i == 0 || !isIdent(data[i-1])) && !isIdent(data[i+6]) {
				ii = i
				break
			}
		}
		if ii < 0 {
			return true
		}
		head := data[ii:v]
		open, close := bytes.LastIndexByte(head, '('), bytes.LastIndexByte(head, ')')
		if open < 0 || close < open || bytes.IndexByte(head, ';') >= 0 {
			return true
		}
		var cols []string
		for _, c := range bytes.Split(head[open+1:close], []byte(",")) {
			cols = append(cols, string(bytes.Trim(c, " \t\r\n`\"'[]")))
		}
		out = append(out, sqlInsert{rows: v + len("values"), cols: cols})
		return true
	})
	return out
}

// insertTable returns the table an INSERT without a column list names
// right before j, where its "VALUES" starts ("INSERT INTO `wallets`
// VALUES", "insert into public.wallets values"), without quotes and
// schema, or "".
func insertTable(data []byte, j int) string {
	head := data[max(0, j-128):j]
	// Found without case in ASCII alone: a lower-cased copy of text
	// that is no UTF-8 is not as long as the text.
	k := -1
	byteruns.EachFold(head, "insert into ", func(i int) bool { k = i; return true })
	if k < 0 {
		return ""
	}
	name := sqlName(bytes.TrimSpace(head[k+len("insert into "):]))
	for _, c := range name {
		if !isIdent(c) {
			return ""
		}
	}
	return string(name)
}

// sqlName returns a table's name as SQL writes it (`wallets`,
// "public"."wallets", [dbo].[wallets]) without its quotes and schema.
func sqlName(b []byte) []byte {
	b = bytes.Trim(b, "`\"[]")
	if d := bytes.LastIndexByte(b, '.'); d >= 0 {
		b = bytes.Trim(b[d+1:], "`\"[]")
	}
	return b
}

// maxCreateTable bounds the CREATE TABLE statement tableColumns reads.
const maxCreateTable = 16 << 10

// tableColumns returns the columns of table as the last CREATE TABLE of
// it in data lists them, in order (the first name of each item of its
// parentheses, past keys and constraints), or nil.
func tableColumns(data []byte, table string) []string {
	var cols []string
	byteruns.EachFold(data, "create table", func(k int) bool {
		from := k + len("create table")
		open := bytes.IndexByte(data[from:min(len(data), from+256)], '(')
		if open < 0 {
			return true
		}
		name := bytes.Fields(data[from : from+open])
		if len(name) == 0 || !strings.EqualFold(string(sqlName(name[len(name)-1])), table) {
			return true
		}
		cols = createColumns(data[from+open+1 : min(len(data), from+open+1+maxCreateTable)])
		return true
	})
	return cols
}

// sqlConstraints start the items of a CREATE TABLE that are no column.
var sqlConstraints = []string{"primary", "key", "unique", "constraint", "index", "foreign", "check", "fulltext", "spatial"}

// createColumns reads the column names of a CREATE TABLE's body, from
// after its opening parenthesis to the one that closes it.
func createColumns(body []byte) []string {
	var cols []string
	depth, start := 0, 0
	item := func(b []byte) {
		f := bytes.Fields(b)
		if len(f) == 0 {
			return
		}
		name := string(bytes.Trim(f[0], "`\"[]"))
		if slices.Contains(sqlConstraints, strings.ToLower(name)) {
			return
		}
		cols = append(cols, name)
	}
	for i, c := range body {
		switch c {
		case '(':
			depth++
		case ')':
			if depth == 0 {
				item(body[start:i])
				return cols
			}
			depth--
		case ',':
			if depth == 0 {
				item(body[start:i])
				start = i + 1
			}
		}
	}
	return nil
}

// sqlColumn returns the column the value starting at s is given by the
// last of inserts before it: its place in its row's parentheses picks the
// column. "" when no INSERT's rows reach s (a ';' ends them, and at most
// sqlWindow bytes are read) or the row is not read simply (a value inside
// a nested call).
func sqlColumn(data []byte, inserts []sqlInsert, s int) string {
	n, _ := slices.BinarySearchFunc(inserts, s, func(x sqlInsert, s int) int { return cmp.Compare(x.rows, s) })
	if n == 0 {
		return ""
	}
	ins := inserts[n-1]
	if s-ins.rows > sqlWindow {
		return ""
	}
	row, k, quote, escaped := -1, 0, byte(0), false
	for _, c := range data[ins.rows:s] {
		switch {
		case escaped:
			escaped = false
		case quote != 0 && c == '\\':
			escaped = true // MySQL's 'it\'s'
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == ';':
			return ""
		case c == '(':
			if row >= 0 {
				return "" // a call inside the row
			}
			row, k = 0, 0
		case c == ')':
			row = -1
		case c == ',' && row >= 0:
			k++
		}
	}
	if row < 0 || k >= len(ins.cols) {
		return ""
	}
	return ins.cols[k]
}

// snakeSecretKey returns the identifier of line that is SECRET_KEY written
// with "_" or "-" (secret_key, SECRET-KEY), when every identifier of the
// line that holds "secretkey" is written so; "" otherwise.
func snakeSecretKey(line []byte) string {
	found, other := "", false
	eachIdent(line, isIdent, func(id []byte, _ int) bool {
		sq := squash(id)
		switch {
		case !bytes.Contains(sq, []byte("secretkey")):
		case string(sq) != "secretkey" || !bytes.ContainsAny(id, "_-"):
			other = true
			return false
		default:
			found = string(id)
		}
		return true
	})
	if other {
		return ""
	}
	return found
}

// nearestName walks back from the end of before over separators and
// earlier list items to the name the value is given: "PRIVATE_KEY" in
// "PRIVATE_KEY=0x", "ethers.Wallet" in "new ethers.Wallet(\"0x". It returns
// the name, the separator text between it and the value, and the name
// before that.
func nearestName(before []byte) (name, sep, prev string) {
	i := len(before)
	var sepb []byte
	for i > 0 {
		c := before[i-1]
		if c == '>' {
			// A tag between the name and the value: a table's cells
			// ("<td>Private key</td><td>…"), a definition list.
			if j := tagStart(before[:i]); j >= 0 {
				if a := nameAttr(before[j:i]); name == "" && a != "" {
					// The element's name attribute names its text:
					// Android's shared preferences, <string
					// name="wallet_key">…</string>.
					return a, string(append(sepb, '>')), ""
				}
				sepb = append(sepb, ' ')
				i = j
				continue
			}
		}
		if c == ')' && name == "" && (bytes.IndexByte(sepb, ':') >= 0 || bytes.IndexByte(sepb, '=') >= 0) {
			// A note on the value's form between its name and the
			// separator: "key (hex): …", "seed (32 bytes) = …".
			if j := nameNote(before[:i]); j >= 0 {
				sepb = append(sepb, ' ')
				i = j
				continue
			}
		}
		if c == ';' {
			// A quote written as an HTML entity: Django's debug page
			// shows a local as "<pre>&#x27;0x…&#x27;</pre>".
			if q := quoteEntity(before[:i]); q > 0 {
				sepb = append(sepb, '\'')
				i -= q
				continue
			}
		}
		if (c == 0x82 || c == 0x83) && i >= 3 && before[i-3] == 0xe2 && before[i-2] == 0x94 {
			// A box-drawn table's rule, "│" or "┃" (the tables CLIs
			// print: "│ address │ 0x… │"): its cells are apart.
			sepb = append(sepb, '|')
			i -= 3
			continue
		}
		switch {
		case c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '`' || c == ':' || c == '=' || c == '(' || c == ',' || c == '[' || c == '{' || c == '\r' || c == '>' || c == '$' || c == '|',
			// Markdown's emphasis around a name or its separator:
			// "**PK =>** `0x…`", "- **key**: …".
			c == '*' && (i >= 2 && before[i-2] == '*' || i < len(before) && before[i] == '*'),
			// Make's "PK ?= …", JavaScript's "process.env.PK ??= …".
			c == '?' && i < len(before) && (before[i] == '=' || before[i] == '?' && i+1 < len(before) && before[i+1] == '='),
			// An escaped quote: Gradle's buildConfigField("String",
			// "KEY", "\"…\""), JSON written into a string.
			c == '\\' && i < len(before) && (before[i] == '"' || before[i] == '\''),
			// The angle bracket that opens Apple's description of bytes,
			// right before them ("\"wallet.privateKey\" = <82e4855c …>").
			c == '<' && i == len(before):
			sepb = append(sepb, c)
			i--
			continue
		case (c == 'x' || c == 'X') && i >= 2 && before[i-2] == '0' && (i == 2 || !isIdent(before[i-3])):
			i -= 2
			continue
		case c == '-' && i >= 2 && before[i-2] == '<' && len(bytes.TrimLeft(sepb, " \t\"'`")) == 0:
			// R's assignment, "pk <- \"…\"" ("<<-" too): an '='.
			sepb = append(sepb, '=')
			i -= 2
			for i > 0 && before[i-1] == '<' {
				i--
			}
			continue
		}
		j := i
		for j > 0 && isIdent(before[j-1]) {
			j--
		}
		if j == i {
			break
		}
		word := string(before[j:i])
		if len(word) == 64 || (len(word) == 66 && strings.HasPrefix(word, "0x")) {
			// An earlier item of the same list.
			i = j
			continue
		}
		if name == "" && typeNames[strings.ToLower(word)] && bytes.IndexByte(sepb, '=') >= 0 {
			// A type between the name and the value: Rust's "KEY: &str
			// = …", Go's "var key string = …", Kotlin's and Swift's
			// "val key: String = …", viem's "pk: Hex = …".
			i = j
			for i > 0 && (before[i-1] == '&' || before[i-1] == '*' || before[i-1] == ' ' || before[i-1] == ':' || before[i-1] == '\'') {
				i--
			}
			continue
		}
		if name == "" {
			name = word
			sep = string(sepb)
			sepb = nil
			i = j
			continue
		}
		prev = word
		break
	}
	return name, sep, prev
}

// numberParser reports whether a call's name (its last part) parses a
// number out of a string.
func numberParser(name string) bool {
	switch name[strings.LastIndexByte(name, '.')+1:] {
	case "BigInteger", "BigInt", "int", "Parse", "from_dec_str", "from_str_radix":
		return true
	}
	return strings.HasSuffix(name, "BigInteger")
}

// beanLines is how many lines above a constructor argument beanFactory
// looks for its bean.
const beanLines = 4

// beanFactory returns the call a Spring bean makes of its constructor
// arguments, "Credentials.create" for <bean class="org.web3j.crypto.
// Credentials" factory-method="create">, "Credentials" without a factory
// method, when such a bean's start tag stands within beanLines lines
// above ls; "" otherwise.
func beanFactory(data []byte, ls int) string {
	for n := 0; n < beanLines && ls > 0; n++ {
		pls, _ := lineBounds(data, ls-1, ls-1)
		line := bytes.TrimSpace(data[pls : ls-1])
		ls = pls
		if !bytes.HasPrefix(line, []byte("<bean ")) {
			continue
		}
		class := xmlAttr(line, "class")
		if class == "" {
			return ""
		}
		class = class[strings.LastIndexByte(class, '.')+1:]
		if m := xmlAttr(line, "factory-method"); m != "" {
			return class + "." + m
		}
		return class
	}
	return ""
}

// typeNames are the types a string or a key's bytes are declared with
// between a name and its value ("KEY: &str = …"), lower case.
var typeNames = map[string]bool{"str": true, "string": true, "hex": true, "b256": true, "h256": true, "bytes32": true, "bytes": true}

// nameNote returns where the note in parentheses that before ends with
// (")") starts, with the space before it: a few words, letters, digits,
// spaces and commas, at most 24 bytes, written after a word and a space
// ("key (hex)"). A call's arguments ("decode(x)") are no note. It returns
// -1 when before ends with no such note.
func nameNote(before []byte) int {
	for k := len(before) - 2; k >= 0 && len(before)-k <= 26; k-- {
		switch c := before[k]; {
		case c == '(':
			if k >= 2 && before[k-1] == ' ' && isIdent(before[k-2]) && k+1 < len(before)-1 {
				return k - 1
			}
			return -1
		case isIdent(c) || c == ' ' || c == ',':
		default:
			return -1
		}
	}
	return -1
}

// tagStart returns where the HTML or XML tag that before ends with ('>')
// starts, or -1: a tag is "<" (or "</") then a name and at most 128 more
// bytes without another angle bracket, its quotes only around attribute
// values (class="code").
func tagStart(before []byte) int {
	lo := max(0, len(before)-130)
	for j := len(before) - 2; j >= lo; j-- {
		switch before[j] {
		case '"', '\'':
			// An attribute's quoted value: <td class="code">.
			q := bytes.LastIndexByte(before[lo:j], before[j])
			if q += lo; q < lo+1 || before[q-1] != '=' {
				return -1
			}
			j = q
		case '>':
			return -1
		case '<':
			k := j + 1
			if k < len(before) && before[k] == '/' {
				k++
			}
			if k < len(before) && (before[k] >= 'a' && before[k] <= 'z' || before[k] >= 'A' && before[k] <= 'Z') {
				return j
			}
			return -1
		}
	}
	return -1
}

// annotatedVar returns the variable a traceback annotation shows, when
// the value at s is one: loguru (diagnose=True) and better-exceptions
// write each variable's value under the line of code, its column marked
// by "└" after "│" rulers ("signer = Account.from_key(pk)" over
// "│ … └ '0x…'"). The variable is the identifier that starts in the line
// of code at the column of the "└".
func annotatedVar(data []byte, ls, s int) string {
	before := bytes.TrimRight(data[ls:s], "'\"")
	if !bytes.HasSuffix(before, []byte("└ ")) || len(bytes.Trim(before, " │└")) > 0 {
		return ""
	}
	col := utf8.RuneCount(before) - 2
	for end := ls - 1; end > 0; {
		pls, _ := lineBounds(data, end-1, end-1)
		line := data[pls:end]
		end = pls - 1
		t := bytes.TrimLeft(line, " ")
		if bytes.HasPrefix(t, []byte("│")) || bytes.HasPrefix(t, []byte("└")) {
			continue // another variable's annotation
		}
		// The line of code, as runes.
		r := []rune(string(line))
		if col >= len(r) {
			return ""
		}
		j := col
		for j < len(r) && r[j] < utf8.RuneSelf && isVarByte(byte(r[j])) {
			j++
		}
		return string(r[col:j])
	}
	return ""
}

// quoteEntities are the HTML entities of quotes.
var quoteEntities = []string{"&#x27;", "&#39;", "&#x22;", "&#34;", "&quot;", "&apos;"}

// varDumpKey returns the key of the array element or the property whose
// value PHP's var_dump writes on the line starting at ls, before being
// the text before the value there ("  string(66) \""): the line above is
// `["privateKey"]=>` (a property's `["key":protected]=>`); "" otherwise.
func varDumpKey(data []byte, ls int, before []byte) string {
	t := bytes.TrimLeft(before, " \t")
	if !bytes.HasPrefix(t, []byte("string(")) || !bytes.HasSuffix(t, []byte(") \"")) {
		return ""
	}
	for _, c := range t[len("string(") : len(t)-len(") \"")] {
		if c < '0' || c > '9' {
			return ""
		}
	}
	pls, _ := lineBounds(data, ls-1, ls-1)
	above := bytes.TrimSpace(data[pls : ls-1])
	k, ok := bytes.CutPrefix(above, []byte("[\""))
	if !ok || !bytes.HasSuffix(k, []byte("]=>")) {
		return ""
	}
	if q := bytes.IndexByte(k, '"'); q > 0 {
		return string(k[:q])
	}
	return ""
}

// quoteEntity returns the length of the quote entity b ends with, or 0.
func quoteEntity(b []byte) int {
	for _, q := range quoteEntities {
		if len(b) >= len(q) && strings.EqualFold(string(b[len(b)-len(q):]), q) {
			return len(q)
		}
	}
	return 0
}

// objectName returns the name of the JSON object whose member starts
// the line at ls, when the object opens at most three lines above
// ("name": { on a line of its own), or "".
func objectName(data []byte, ls int) string {
	s, e, ok := objectOpenLine(data, ls)
	if !ok {
		return ""
	}
	line := bytes.TrimRight(data[s:e], " \t\r")
	n, _, _ := nearestName(bytes.TrimRight(line[:len(line)-1], " \t:\""))
	return n
}

// objectOpenLine returns the bounds of the line that opens the JSON
// object whose member starts the line at ls ("data": { on a line of its
// own), at most three lines above, as objectName finds it.
func objectOpenLine(data []byte, ls int) (int, int, bool) {
	for range 3 {
		if ls <= 0 {
			return 0, 0, false
		}
		pls, _ := lineBounds(data, ls-1, ls-1)
		line := bytes.TrimRight(data[pls:ls-1], " \t\r")
		if bytes.HasSuffix(line, []byte("{")) {
			return pls, ls - 1, true
		}
		if bytes.ContainsAny(line, "{}[]") {
			return 0, 0, false
		}
		ls = pls
	}
	return 0, 0, false
}

// tagNameAttr returns the name="…" (or key="…") attribute of the XML
// start tag that line holds alone, or "" (also for a tag without one).
func tagNameAttr(line []byte) string {
	t := bytes.TrimSpace(line)
	if len(t) < 3 || t[0] != '<' || t[1] == '/' || t[len(t)-1] != '>' || bytes.HasSuffix(t, []byte("/>")) || bytes.IndexByte(t[1:], '<') >= 0 {
		return ""
	}
	return nameAttr(t)
}

// nameAttr returns the value of the name="…" attribute of the XML tag,
// or else of its key="…" (.NET's <add key= value=>), or "".
func nameAttr(tag []byte) string {
	if v := xmlAttr(tag, "name"); v != "" {
		return v
	}
	return xmlAttr(tag, "key")
}

// xmlAttr returns the value of the attribute name="…" in the XML tag,
// or "" when the tag has none (or an empty one).
func xmlAttr(tag []byte, name string) string {
	k := bytes.Index(tag, []byte(" "+name+"=\""))
	if k < 0 {
		return ""
	}
	v := tag[k+len(name)+3:]
	if q := bytes.IndexByte(v, '"'); q > 0 {
		return string(v[:q])
	}
	return ""
}

// siblingNameFields are the fields whose value names another field's
// value in the same object: {"Name": "/prod/wallet/private_key", "Value":
// …}, {"key": "DEPLOYER_KEY", "value": …}.
var siblingNameFields = []string{"name", "key", "parametername", "secretname", "secretid", "label", "fieldname",
	"parameterkey", "outputkey"} // CloudFormation's Parameters and Outputs

// siblingName returns the value of a name field (siblingNameFields) of
// the object around the value that ends at e, on its line [ls, …) or on
// the few lines around it within the object (a line holding a brace or
// a bracket bounds it), or "".
func siblingName(data []byte, ls, e int) string {
	// Eight lines: Terraform state writes a resource's attributes in
	// name order, "name" six lines above "value" in an SSM parameter's.
	const around = 8
	from := ls
	// Objects nested in the value's ({"name": "…", "tags": {"owner":
	// "…"}, "value": …}, as Azure Key Vault shows a secret) are passed
	// over, and their lines left out: their fields name their own values.
	depth := 0
	var inner [][2]int
	for range around {
		if from == 0 {
			break
		}
		ps, _ := lineBounds(data, from-1, from-1)
		line := withoutEmpty(data[ps:from])
		next := depth + bytes.Count(line, []byte("}")) + bytes.Count(line, []byte("]")) - bytes.Count(line, []byte("{")) - bytes.Count(line, []byte("["))
		if depth > 0 || next > 0 {
			inner = append(inner, [2]int{ps, from})
		}
		from = ps
		if next < 0 {
			break // the line that opens the value's object
		}
		depth = next
	}
	to := e
	for range around + 1 {
		k := bytes.IndexByte(data[to:], '\n')
		if k < 0 {
			to = len(data)
			break
		}
		closes := bytes.ContainsAny(withoutEmpty(data[to:to+k]), "}]")
		to += k
		if closes {
			break
		}
		to++
	}
	region := data[from:to]
	if len(inner) > 0 {
		region = nil
		at := from
		for k := len(inner) - 1; k >= 0; k-- {
			region = append(region, data[at:inner[k][0]]...)
			at = inner[k][1]
		}
		region = append(region, data[at:to]...)
	}
	// ASCII case only: bytes.ToLower may change the length (invalid
	// UTF-8, "\u212a"), and offsets in lower index region.
	lower := make([]byte, len(region))
	for i, c := range region {
		lower[i] = lowerASCII(c)
	}
	for _, f := range siblingNameFields {
		for at := 0; ; {
			k := bytes.Index(lower[at:], []byte(f))
			if k < 0 {
				break
			}
			k += at
			at = k + len(f)
			// The field's name, whole: quoted, or a YAML key at its
			// line's start.
			quoted := k > 0 && region[k-1] == '"' && at < len(region) && region[at] == '"'
			bare := (k == 0 || region[k-1] == ' ' || region[k-1] == '\t' || region[k-1] == '-' || region[k-1] == '\n') && at < len(region) && region[at] == ':'
			if !quoted && !bare {
				continue
			}
			rest := region[at:]
			if quoted {
				rest = rest[1:]
			}
			rest = bytes.TrimLeft(rest, " \t")
			if len(rest) == 0 || rest[0] != ':' {
				continue
			}
			rest = bytes.TrimLeft(rest[1:], " \t")
			end := bytes.IndexAny(rest, "\"',}\r\n")
			if len(rest) > 0 && (rest[0] == '"' || rest[0] == '\'') {
				rest = rest[1:]
				end = bytes.IndexByte(rest, '"')
				if end < 0 {
					end = bytes.IndexByte(rest, '\'')
				}
			}
			if end < 0 {
				end = len(rest)
			}
			if v := bytes.TrimSpace(rest[:end]); len(v) > 0 && len(v) <= 128 {
				return string(v)
			}
		}
	}
	return ""
}

// commitRevealWords are the words of commit-reveal schemes and hash
// locks, whose "secret" is a hash's preimage.
var commitRevealWords = []string{"commit", "reveal", "hashlock", "preimage", "htlc"}

// commitRevealText reports whether the value's line, or one of the two
// lines above it, holds a word of commitRevealWords ("commitment",
// "revealBid", "hashlock").
func commitRevealText(data []byte, ls, e int) bool {
	from := ls
	for range 2 {
		if from == 0 {
			break
		}
		from, _ = lineBounds(data, from-1, from-1)
	}
	_, le := lineBounds(data, e, e)
	lower := bytes.ToLower(data[from:le])
	return slices.ContainsFunc(commitRevealWords, func(w string) bool {
		for t := lower; ; {
			k := bytes.Index(t, []byte(w))
			if k < 0 {
				return false
			}
			if w != "commit" || !negatedBefore(t[:k]) {
				return true // but "do not commit" warns of the secret
			}
			t = t[k+len(w):]
		}
	})
}

// withoutEmpty returns b without the empty objects and lists it holds
// ("tags": {}, "ids": []), which bound no object; b itself when it has
// none.
func withoutEmpty(b []byte) []byte {
	if !bytes.Contains(b, []byte("{}")) && !bytes.Contains(b, []byte("[]")) {
		return b
	}
	return bytes.ReplaceAll(bytes.ReplaceAll(b, []byte("{}"), nil), []byte("[]"), nil)
}

func isIdent(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-'
}

// frameworkUnprefixed returns name without the prefix a web framework
// puts before the variables it builds into the pages it serves
// (NEXT_PUBLIC_, EXPO_PUBLIC_, NUXT_PUBLIC_): its words are the name's
// own, "public" not among them. A name that is only the prefix and
// "key" keeps it. Flutter's "flutter." before a stored preference's key
// goes too.
func frameworkUnprefixed(name string) string {
	if p := "flutter."; len(name) > len(p) && strings.EqualFold(name[:len(p)], p) {
		// Flutter's shared_preferences names every key so.
		return name[len(p):]
	}
	if len(name) > 12 && !strings.EqualFold(name[12:], "key") {
		switch strings.ToUpper(name[:12]) {
		case "NEXT_PUBLIC_", "EXPO_PUBLIC_", "NUXT_PUBLIC_":
			return name[12:]
		}
	}
	return name
}

// NameWords splits a name into lower-case words at separators and case
// changes: "txHash" → tx, hash; "BLOCK_HASH" → block, hash. The prefix
// that web and app frameworks give the variables they build into client
// code (Next.js's NEXT_PUBLIC_, Expo's EXPO_PUBLIC_, Nuxt's
// NUXT_PUBLIC_) is left out: the value is exposed, not a public key;
// but for NEXT_PUBLIC_KEY and the like, which may name one.
func NameWords(name string) []string {
	name = frameworkUnprefixed(name)
	var words []string
	var cur []byte
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c == '_' || c == '-' || c == '.':
			flush()
		case c >= 'A' && c <= 'Z' && i > 0 && name[i-1] >= 'a' && name[i-1] <= 'z':
			flush()
			cur = append(cur, c)
		default:
			cur = append(cur, c)
		}
	}
	flush()
	return words
}

// squash lower-cases and removes '_', '-', '.', spaces and tabs.
func squash(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for _, c := range b {
		switch c {
		case '_', '-', ' ', '\t', '.':
			continue
		}
		if c >= 'A' && c <= 'Z' {
			c += 32
		}
		out = append(out, c)
	}
	return out
}

// accountsListAbove reports whether the value is an item of an accounts
// array opened on one of the few lines above.
func accountsListAbove(data []byte, ls int) bool {
	from := max(0, ls-600)
	if !bytes.Contains(data[from:ls], []byte("ccounts")) && !bytes.Contains(data[from:ls], []byte("CCOUNTS")) {
		return false // no "accounts" at all: spare the squash
	}
	above := squash(data[from:ls])
	k := bytes.LastIndex(above, []byte("accounts:["))
	if k < 0 {
		k = bytes.LastIndex(above, []byte("\"accounts\":["))
	}
	return k >= 0 && !bytes.Contains(above[k:], []byte("]"))
}

// Bounds of keyMapAbove's look upwards.
const (
	mapLines = 32
	mapBytes = 4096
)

// keyMapAbove reports whether the value's line (at ls) is an entry of a
// map or a list whose own name is a key name: the nearest line above
// that is indented less opens it ("validator_keys = {", "\"signer_keys\":
// {", YAML's "private_keys:", "private_keys = ["), and its name, plural
// or not, is one of keyNames or says private key in another language
// (foreignKeyPhrases); a map's entries are named after their owners
// ("validator-0", alice). A name with a hash word (negativeWords) does
// not count.
func keyMapAbove(data []byte, ls int) bool {
	if line, pls, ok := parentLine(data, ls); ok {
		ls = pls
		var open []byte
		list := false
		switch {
		case bytes.HasSuffix(line, []byte("{")):
			open = bytes.TrimRight(line[:len(line)-1], " \t=:\"")
		case bytes.HasSuffix(line, []byte("[")):
			// A list of keys one a line ("private_keys = [").
			open, list = bytes.TrimRight(line[:len(line)-1], " \t=:\""), true
		case bytes.HasSuffix(line, []byte(":")):
			open = bytes.TrimRight(line[:len(line)-1], " \t\"'")
		default:
			return false
		}
		n, _, _ := nearestName(open)
		for _, w := range NameWords(n) {
			if negativeWords[w] {
				return false
			}
		}
		if foreignKeyPhrase(identWords([]byte(n))) {
			return true
		}
		sq := strings.TrimSuffix(string(squash([]byte(n))), "s")
		if list && !strings.Contains(sq, "key") && !strings.Contains(sq, "secret") && !strings.HasSuffix(sq, "pk") {
			// A list of a multisig's "signers" or "owners" is of their
			// public keys or addresses: only a name that says key or
			// secret names its items.
			return false
		}
		if _, ok := keyNameWeight(n, sq); ok {
			return true
		}
		// A list of keys by a bare name ("fallback_keys:", "keys:") in
		// the settings of a signer, a wallet or a role ("signer:" over
		// it): the parent's name says whose.
		return strings.HasSuffix(sq, "key") && ls > 0 && roleParent(data, ls)
	}
	return false
}

// parentLine returns the nearest line above the one at ls that is
// indented less, the opener of the map or the list the line is an entry
// of, without its trailing white space, and where it starts: at most
// mapLines lines up and mapBytes bytes from the line's end. It reports
// false for a line not indented, or when no such line is near.
func parentLine(data []byte, ls int) ([]byte, int, bool) {
	indent := func(line []byte) int { return len(line) - len(bytes.TrimLeft(line, " \t")) }
	_, le := lineBounds(data, ls, ls)
	in := indent(data[ls:le])
	if in == 0 {
		return nil, 0, false
	}
	for range mapLines {
		if ls == 0 || le-ls > mapBytes {
			return nil, 0, false
		}
		pls, _ := lineBounds(data, ls-1, ls-1)
		line := bytes.TrimRight(data[pls:ls-1], " \t\r")
		ls = pls
		if len(bytes.TrimSpace(line)) == 0 || indent(line) >= in {
			continue
		}
		return line, pls, true
	}
	return nil, 0, false
}

// roleParent reports whether the nearest line above the one at ls that
// is indented less opens a mapping ("signer:", "relayer: {") whose name is
// a signing role's or a wallet's (stmtWalletWords, signerRoles).
func roleParent(data []byte, ls int) bool {
	if line, _, ok := parentLine(data, ls); ok {
		open := bytes.TrimRight(bytes.TrimSuffix(line, []byte("{")), " \t=:\"'")
		if !bytes.HasSuffix(line, []byte(":")) && !bytes.HasSuffix(line, []byte("{")) {
			return false
		}
		n, _, _ := nearestName(open)
		words := NameWords(n)
		return len(words) > 0 && slices.ContainsFunc(words, roleWord) &&
			!slices.ContainsFunc(words, func(w string) bool { return negativeWords[w] })
	}
	return false
}

// webFrameworkWords are settings of web frameworks, whose SECRET_KEY signs
// sessions and cookies: Flask's, Django's, and the session, CSRF and JWT
// secrets set beside it.
var webFrameworkWords = [][]byte{[]byte("FLASK_"), []byte("DJANGO_"), []byte("SESSION_SECRET"), []byte("JWT_SECRET"),
	[]byte("CSRF_"), []byte("ALLOWED_HOSTS"), []byte("SQLALCHEMY_"), []byte("flask"), []byte("django")}

// webFrameworkText reports whether data holds a web framework's settings.
func webFrameworkText(data []byte) bool { return containsOneOf(data, webFrameworkWords) }

// walletWords say a text is about wallets and signing keys.
var walletWords = [][]byte{[]byte("wallet"), []byte("ethers"), []byte("web3"), []byte("privatekey"), []byte("private_key"),
	[]byte("mnemonic"), []byte("secp256k1"), []byte("solana"), []byte("hardhat"), []byte("foundry"), []byte("bitcoin")}

// seedText reports whether a text is about seed phrases.
func seedText(data []byte) bool {
	for _, w := range [...]string{"mnemonic", "bip39", "bip-39", "seed phrase", "wallet"} {
		if containsFold(data, w) {
			return true
		}
	}
	return false
}

func walletText(data []byte) bool { return containsOneOf(data, walletWords) }

// containsOneOf reports whether data holds one of words, as written.
func containsOneOf(data []byte, words [][]byte) bool {
	for _, w := range words {
		if bytes.Contains(data, w) {
			return true
		}
	}
	return false
}

// nameGlue drops the characters that join the words of a file name
// ("node_key", "node-key.txt"); a Replacer is built once and is safe for
// concurrent use.
var nameGlue = strings.NewReplacer("_", "", ".", "", "-", "")

// keyFileName reports whether a file's name says it holds a private key.
func keyFileName(p string) bool {
	base := lowerBase(p)
	if strings.Contains(base, "pub") || strings.Contains(base, "hash") || strings.Contains(base, "sum") || strings.Contains(base, "api") || strings.Contains(base, "token") {
		// Public keys, hashes and checksums; API keys and tokens, which
		// are hex too.
		return false
	}
	if glued := nameGlue.Replace(base); strings.Contains(glued, "nodekey") || strings.Contains(glued, "jwt") {
		// geth's and Besu's nodekey: a node's peer-to-peer identity,
		// which holds no funds. A JWT secret (the engine API's
		// "jwtsecret", "jwt.hex" that execution and consensus clients
		// share): an HMAC key, 32 bytes in hex too.
		return false
	}
	for _, w := range []string{"key", "priv", "secret", "wallet", "signer", "deployer"} {
		if strings.Contains(base, w) {
			return true
		}
	}
	return false
}

// tlsKeyLogLabels are the labels of the NSS key log format (the lines an
// SSLKEYLOGFILE holds: "<label> <client random, 64 hex> <secret>"), as
// NSS's documentation of the format lists them, with the ECH ones.
var tlsKeyLogLabels = []string{"CLIENT_RANDOM", "CLIENT_EARLY_TRAFFIC_SECRET", "CLIENT_HANDSHAKE_TRAFFIC_SECRET",
	"SERVER_HANDSHAKE_TRAFFIC_SECRET", "CLIENT_TRAFFIC_SECRET_0", "SERVER_TRAFFIC_SECRET_0", "EARLY_EXPORTER_SECRET",
	"EXPORTER_SECRET", "ECH_SECRET", "RSA"}

// tlsKeyLogLine reports whether the text of a line before a value (from
// the line's start) is a TLS key log line's label, and its client random
// when the value is the secret: TLS session secrets, not a wallet's keys.
func tlsKeyLogLine(before []byte) bool {
	for _, l := range tlsKeyLogLabels {
		if len(before) <= len(l) || string(before[:len(l)]) != l || before[len(l)] != ' ' {
			continue
		}
		rest := before[len(l)+1:]
		if len(rest) == 0 {
			return true
		}
		k := 0
		for k < len(rest) && hexDigit[rest[k]] {
			k++
		}
		return (k == 64 || l == "RSA" && k == 16) && len(bytes.TrimLeft(rest[k:], " ")) == 0
	}
	return false
}

// ganacheBalance reports whether rest, the text after a value, starts with
// the ",<balance>" of ganache's --account flag.
func ganacheBalance(rest []byte) bool {
	return len(rest) > 1 && rest[0] == ',' && rest[1] >= '0' && rest[1] <= '9'
}

// decodeCall reports whether a squashed name is a call that decodes hex
// into bytes ("fromhex", "unhexlify", "Buffer.from").
func decodeCall(sq string) bool {
	switch sq {
	case "decode", "hexdecode", "fromhex", "unhexlify", "bytesfromhex", "hextobytes", "hex2bytes", "hex2bin", "tobytes", "bufferfrom", "frombytes":
		return true
	}
	return false
}

// walletQualifier reports whether sq, the squashed word before a bare
// key's name, makes it a wallet's key: "wallet key", "account key", "eth
// key", "private key" (WalletConnect names a relay, bridge.walletconnect.org
// before a session's "key", not a wallet).
func walletQualifier(sq string) bool {
	sq = strings.ReplaceAll(sq, "walletconnect", "")
	return strings.Contains(sq, "wallet") || strings.Contains(sq, "account") || strings.Contains(sq, "eth") && sq != "ether" || strings.Contains(sq, "private")
}

// foreignBareKeys are the words for a key, bare, in the languages whose
// users' notes and chats are read (Russian and Ukrainian, Polish, Czech,
// German, Dutch, Turkish, Indonesian, Vietnamese, Spanish, Portuguese,
// Italian, French, Japanese, Korean, Chinese), lower case.
var foreignBareKeys = []string{"ключ", "ключа", "ключик", "klucz", "klíč", "klic", "schlüssel", "sleutel", "anahtar", "anahtarı",
	"kunci", "khóa", "clave", "chave", "chiave", "clé", "鍵", "키", "密钥", "秘钥"}

// foreignBareKey reports whether the last word of before, past spaces,
// quotes, a colon or an equals sign, is one of foreignBareKeys, and
// returns the text before that word.
func foreignBareKey(before []byte) ([]byte, bool) {
	t := bytes.TrimRight(before, " \t\"'`:=：")
	k := len(t)
	for k > 0 {
		r, size := utf8.DecodeLastRune(t[:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= size
	}
	if k == len(t) || len(t)-k > 32 {
		return nil, false
	}
	w := strings.ToLower(string(t[k:]))
	return t[:k], slices.Contains(foreignBareKeys, w)
}
