package keys

import (
	"bytes"
	"context"
	"fmt"
	"iter"
	"path"
	"slices"
	"strings"
	"unicode"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/base58"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/byteruns"
	"github.com/walletaudit/walletaudit/internal/decode"
	"github.com/walletaudit/walletaudit/internal/hint"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// A 64-hex value is a secp256k1 scalar or a hash (SHA-256, Keccak-256, a
// transaction id) with the same look: the text around it decides. Each
// piece of evidence below adds its weight; the value is reported when the
// sum reaches reportAt, and the sum sets the confidence. The pieces are
// independent: no one of them is tried "before" another.
const (
	// The name the value is assigned or passed to says private key
	// ("PRIVATE_KEY=", "new Wallet(", "--private-key", "HexToECDSA("):
	// enough on its own, and high.
	wKeyName = 6
	// A name that says key less surely: "pk", a key in a wallet object
	// ("wallet.key"), an accounts array, a key name elsewhere on a CSV or
	// SQL line, bare entropy in text about seeds.
	wQualifiedKeyName = 5
	// A bare "key" or "secret": as often an AES, HMAC or API key, so it
	// needs one more piece of evidence.
	wBareKeyName = 3
	// The name says hash, digest, id, signature, public data: not a key.
	// It outweighs all the other evidence but the address proof added
	// together (at most 14: 7 in the statement, 4 from the line before, 3
	// from the file), so such a value is reported only with that proof.
	wHashName = -12

	// Words of the statement the value is in (back to the previous ';',
	// '{', comment or list comma), other than its name. The best word
	// counts, once:
	//   a compound private-key word: PrivateKey, SigningKey, privKey,
	//   secretKey, PrivateKeySigner;
	wStmtKeyType = 4
	//   a wallet word: priv, signer, signing, wallet, account, deployer,
	//   sk;
	wStmtWalletWord = 3
	//   key, pk, secret or SecretKey (as often symmetric, TLS, NaCl or
	//   API secrets).
	wStmtKeyWord = 2
	// That word names a type or constructor that takes the value: Key(…),
	// LocalWallet::from_str(…), SigningKey::from_slice(…). A value made
	// into a key object is used as a key.
	wStmtConstructor = 2
	// The value is parsed into bytes or a scalar (fromhex, from_str,
	// from_slice, decode, Buffer.from): what is done to keys, and to
	// hashes in tests, so weak.
	wStmtDecode = 1
	// A hash word in the same statement: "keyHash", "sha256(", "txid".
	wStmtHashWord = -4
	// A wallet word earlier on the value's line, outside its statement,
	// for a bare "key": "[signer] config {chainId: 1, key: …}".
	wLineWalletWord = 1

	// The line before, when it is a label (a few words, no code: see
	// labelLine), speaks for a value whose own name says little:
	// "deployer 0x<address>\nkey 0x…", "Private key:\n0x…". Its words weigh
	// as in the statement, one less when the value's line has words of its
	// own; its hash words weigh wPrevHashWord, and only for a value with
	// no words of its own ("sha256:\n<hex>").
	wPrevHashWord = -2

	// The variable the value is assigned to is handed, within flowLines
	// lines, to a wallet's key function: "k := \"…\"" then
	// "crypto.HexToECDSA(k)", "key = …" then "Account.from_key(key)". What
	// a program makes a key of is one.
	wFlow     = 5
	flowLines = 6
	// flowBytes and flowUses bound the search (minified code has long
	// lines and short names).
	flowBytes = 1024
	flowUses  = 16

	// A value written with 0x in an environment variable whose name
	// ends in KEY or SECRET (envKeyName).
	w0xBareKey = 1

	// A chat message's value with no words of its own, after one of the
	// messages before names a private key (keyAskedBefore).
	wAskedBefore  = 3
	askedMessages = 3
	askedBytes    = 2048

	// A value in a Jupyter notebook cell's output whose code has key
	// words: their weight in a statement, and this.
	wPrinted = 1

	// The Ethereum address the scalar derives to is written within
	// addressLines lines: proof that the value is that account's key, so
	// it outweighs everything else.
	wAddressProof = 100
	addressLines  = 3
	// Derivations (one scalar multiplication each) a chunk may spend on
	// 64-hex values near addresses that they turn out not to derive to;
	// logs full of hashes and addresses would otherwise cost a
	// multiplication per hash. One that finds its address is not counted.
	maxDerivations = 256
	// The same in a chunk without key words, where the values beside
	// addresses are nearly always hashes (a chain's test fixtures, block
	// explorers' dumps): a list of accounts and their keys spends none.
	maxBareDerivations = 16

	// The kind of file. .env files hold secrets by design.
	wDotenv = 2
	// Notes and YAML/TOML/INI configuration hold keys written by hand
	// (JSON is as often data and test vectors, so it is neutral).
	wNotesOrConfig = 1
	// The text is about wallets (ethers, web3, mnemonic, bitcoin, …).
	wWalletText = 1
	// Lockfiles, go.sum, SHA256SUMS and the like are lists of hashes.
	wHashList = -6
	// "<hex>  name.tar.gz": a line of a checksum list.
	wChecksumLine = -6

	// Report at 4: a key name alone, or a bare "key" with one more piece
	// of evidence, or a key constructor with a decode call.
	reportAt = 4
	// Medium from 5, high from 6 (a key name, or a key type with its
	// constructor), and high always with address proof.
	mediumAt = 5
	highAt   = 6
)

// hexScan is the state of one Detect call: facts about the chunk computed
// once, and the derivation budget.
type hexScan struct {
	c           *detect.Chunk
	derivations int
	addrs       []int // offsets of the "0x" of every 0x+40-hex address
	addrsDone   bool
	// btc holds the spans of the chunk's runs that may be Bitcoin
	// addresses or WIFs (bitcoinLike), found on first need from runs,
	// the index of the chunk's long runs (nil: a search of the chunk).
	btc     [][2]int
	btcDone bool
	// bare holds where the chunk's addresses written without "0x" after
	// the word "address" start (bareNear), found once per chunk.
	bare     []int
	bareDone bool
	runs     *byteruns.Index
	lines    [addressLines]lineMemo // the line starts addressNear looked up last
	// derivedKey and derivedAddr are the last value whose address was
	// derived, and that address: a reported key found beside its address
	// is derived once, not again for its finding.
	derivedKey  [32]byte
	derivedAddr string
	fileKind    int  // weight of the file's kind
	walletText  int8 // 0 unknown, 1 yes, -1 no
	onlyValues  int8 // 0 unknown, 1 the chunk holds only 64-hex values, -1 not
	symmetric   int8 // 0 unknown, 1 the chunk's path names a MAC, KDF or cipher (symmetricPath), -1 not
	kindDone    bool
	// halves is set while a value joined from halves after labels of
	// one kind ("part 1/2:", "part 2/2:") is judged (wrappedKey).
	halves      bool
	inserts     []sqlInsert // the chunk's SQL INSERTs with a column list
	insertsDone bool
	// keyWorded is set when a key word (hint.KeyWords) is in the chunk,
	// the text before it (a decoded view's) or its file's name; in a
	// chunk without one only the address proof counts.
	keyWorded bool
}

// keyWorded reports whether one of hint.KeyWords is in c's data (as the
// engine's hint says or, outside the engine, as a search finds), in the
// text before it or in its file's name.
func keyWorded(ctx context.Context, c *detect.Chunk) bool {
	h, ok := hint.From(ctx)
	if ok && h.Key {
		return true
	}
	base := lowerBase(c.Path)
	for _, w := range hint.KeyWords() {
		if !ok && containsFold(c.Data, w) || containsFold(c.Context, w) || containsFold(c.After, w) || strings.Contains(base, w) {
			return true
		}
	}
	return false
}

// addAddressProof adds to ev the proof that key is a key: the address it
// derives, written within addressLines lines of its line [ls, le). In a
// chunk without key words it is all the evidence read.
func (sc *hexScan) addAddressProof(ev *hexEvidence, key []byte, ls, le int) {
	a := sc.addressNear(key, ls, le)
	if a == "" {
		a = sc.bareNear(key, ls, le)
	}
	if a == "" {
		a = sc.addressAround(key)
	}
	if a == "" {
		a = sc.bitcoinNear(key, ls, le)
	}
	if a != "" {
		ev.addressMatch = a
		ev.add(wAddressProof, "derived address nearby")
	}
}

// addressAround returns the EIP-55 address of key, and where it is, when
// a decoded view's key is logged beside its address: written in the text
// after the view (Chunk.After: "raw=[85, 62, …]" over "address=0x…") or in
// its Context. Each takes addressLines lines.
func (sc *hexScan) addressAround(key []byte) string {
	after := sc.c.After
	before := sc.c.Context
	if len(after) == 0 && len(before) == 0 {
		return ""
	}
	for n, k := 0, len(before); n <= addressLines && k > 0; n++ {
		k = bytes.LastIndexByte(before[:k], '\n')
		if k < 0 {
			break
		}
		if n == addressLines {
			before = before[k+1:]
		}
	}
	var derived, found string
	for i, part := range [2][]byte{after, before} {
		eachAddress(part, func(at int) bool {
			if derived == "" {
				if sc.derivations <= 0 {
					return false
				}
				sc.derivations--
				derived = sc.address(key)
			}
			if !strings.EqualFold(string(part[at+2:at+42]), derived[2:]) {
				return true
			}
			sc.derivations++
			if i == 0 {
				found = fmt.Sprintf("%s, %d line(s) below", derived, bytes.Count(after[:at], []byte("\n")))
			} else {
				found = fmt.Sprintf("%s, %d line(s) above", derived, bytes.Count(before[at:], []byte("\n")))
			}
			return false
		})
		if found != "" || derived != "" && sc.derivations <= 0 {
			break
		}
	}
	return found
}

// eachAddress calls fn with the offset of the "0x" of each Ethereum
// address (isAddress) in b, in order, until fn returns false.
func eachAddress(b []byte, fn func(at int) bool) {
	for off := 0; ; {
		k := bytes.Index(b[off:], []byte("0x"))
		if k < 0 {
			return
		}
		a := off + k + 2
		e := a
		for e < len(b) && e-a <= 40 && hexDigit[b[e]] {
			e++
		}
		off = a
		if isAddress(b, a, e) && !fn(a-2) {
			return
		}
	}
}

// bareAddressAt reports whether the run of 40 hex digits data[s:e] is an
// address written without "0x" after the word "address" (or "Address")
// and one to four colons, equals signs, spaces, tabs, quotes or an
// opening brace (geth's "Address: {…}"), with no letter or digit right
// after it.
func bareAddressAt(data []byte, s, e int) bool {
	if e-s != 40 || e < len(data) && alnum[data[e]] {
		return false
	}
	j := s
	for j > 0 && s-j < 4 && (data[j-1] == ':' || data[j-1] == '=' || data[j-1] == ' ' || data[j-1] == '\t' || data[j-1] == '"' || data[j-1] == '{') {
		j--
	}
	w := j - len("address")
	return j < s && w >= 0 && string(data[w+1:j]) == "ddress" && data[w]|0x20 == 'a' && (w == 0 || !alnum[data[w-1]])
}

// hexEvidence is the sum for one value and what made it.
type hexEvidence struct {
	score        int
	reason       string // the strongest positive piece, for Details["context"]
	best         int
	parts        [12]evPart // formatted only for reported values
	n            int
	addressMatch string
}

type evPart struct {
	what string
	w    int
}

func (ev *hexEvidence) add(w int, what string) {
	if w == 0 {
		return
	}
	ev.score += w
	if ev.n < len(ev.parts) {
		ev.parts[ev.n] = evPart{what, w}
		ev.n++
	}
	if w > ev.best {
		ev.best, ev.reason = w, what
	}
}

func (ev *hexEvidence) reported() bool { return ev.score >= reportAt }

func (ev *hexEvidence) confidence() detect.Confidence {
	switch {
	case ev.addressMatch != "" || ev.score >= highAt:
		return detect.ConfidenceHigh
	case ev.score >= mediumAt:
		return detect.ConfidenceMedium
	}
	return detect.ConfidenceLow
}

func (ev *hexEvidence) summary() string {
	var b strings.Builder
	for i, p := range ev.parts[:ev.n] {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %+d", p.what, p.w)
	}
	fmt.Fprintf(&b, " = %d", ev.score)
	return b.String()
}

// evidence sums the evidence for the scalar key written at data[s:e] (s
// at its "0x" if any).
func (sc *hexScan) evidence(key []byte, s, e int) (ev hexEvidence) {
	c := sc.c
	data := c.Data
	nw, reason, name := nameEvidence(data, c.Context, s, e, sc.sqlInserts())
	if reason == reasonPKName && c.Encoding == "byte-array" {
		// NaCl and libsodium sources hold key pairs as byte arrays,
		// "bobpk" the public half beside "bobsk"; naclPair cannot see
		// the file from the array's view.
		nw, reason = 0, ""
	}
	if nw == wBareKeyName && (c.Encoding == "separated-hex" || c.Encoding == "base64-bytes") {
		// Programs print symmetric keys as bytes too (Node's
		// "{ key: <Buffer …>, iv: <Buffer …> }"), and keep them in
		// base64 ("key": "<32 bytes>"); the view cannot see the iv
		// beside it: a bare "key" says nothing here.
		nw, reason = 0, ""
	}
	if nw < highAt {
		if key := plistKeyAbove(data, s); key != "" {
			// A property list's <key> on the line above its <string>
			// (a pretty-printed .plist): the key names the value.
			named := append([]byte(key+"="), data[s:e]...)
			if w, r, n := nameEvidenceAt(named, nil, len(key)+1, len(named), nil); w > nw {
				nw, reason, name = w, r+" (a property list's key)", n
			}
		}
	}
	if nw < highAt {
		for _, n := range keychainItemNames(data, s) {
			// A keychain item's data ("security dump-keychain -d"):
			// its account and service name it ("acct" "deployer",
			// "svce" "foundry").
			if w, r, nm, ok := namedAs(n, data[s:e], nw); ok {
				nw, reason, name = w, r+" (a keychain item's account or service)", nm
			}
		}
	}
	if nw < highAt {
		if v := openerAbove(data, s); v != "" {
			// A heredoc or a multi-line string opened on the line
			// above ("SIGNER_KEY = <<~HEX", "private_key = '''"), the
			// value alone in it: the name assigned there names it.
			if w, r, n, ok := namedAs(v, data[s:e], nw); ok {
				nw, reason, name = w, r+" (a multi-line string's opener above)", n
			}
		}
	}
	if nw < highAt {
		if flag := flagAbove(data, s); flag != "" {
			// A command line written one argument an item (docker
			// inspect's Cmd, a pod's args) or a line ("--keeper-pk \"
			// over the value): the flag in the item above names it.
			if w, r, n, ok := namedAs(flag, data[s:e], nw); ok {
				nw, reason, name = w, r+" (a command line's flag above)", n
			}
		}
	}
	if strings.EqualFold(name, "password") && (walletEntry(c) || walletRecord(data, s)) {
		// An entry of a password manager's export titled for a wallet
		// ("MetaMask Jonas"), the key pasted in its password field, or
		// a record of a credential store's dump whose lines above name
		// a wallet app ("TargetName : MetaMask-Backup"): a password
		// there is as written, not a password's hash.
		nw, reason = wQualifiedKeyName, "password of a wallet's entry in a password manager"
	}
	ev.add(nw, reason)
	if sc.halves {
		// Two halves after labels of one kind ("part 1/2:", "part
		// 2/2:"): a secret split to keep it out of a search or a
		// shoulder's view; hashes and ids are quoted whole.
		ev.add(wStmtKeyWord, "halves after labels of one kind")
		if keyWordAbove(data, s) {
			ev.add(wStmtKeyWord, "key named above the halves")
		}
	}
	if nw == wBareKeyName && c.Encoding == "byte-array" && chainWords(c.Context) {
		// "/// Seed key of the regtest faucet account." over "const
		// SEED_KEY: [u8; 32] = [0xC0, …]": the array's comment or type
		// speaks of accounts and chains, not of ciphers.
		ev.add(wLineWalletWord, "wallet words beside the array")
	}
	if nw == wBareKeyName && envKeyName(name) && s+1 < len(data) && data[s] == '0' && data[s+1]|0x20 == 'x' && bytes.HasSuffix(bytes.TrimRight(data[max(0, s-3):s], "\"' "), []byte("=")) {
		// "PAYOUT_KEY=0x…": an environment variable named for a key,
		// set to 0x and 64 hex digits. An API's or a cipher's key is
		// not written with 0x; an Ethereum key is. (A JSON "key": "0x…"
		// is a storage slot or a trie key, as often as not: only the
		// upper-case names of the environment count.)
		ev.add(w0xBareKey, "0x in an environment variable named for a key")
	}
	if nw < highAt {
		if field := binaryFieldName(data, s, c.Binary); field != "" {
			// A serialised record (a pickle, msgpack, protobuf, Java's
			// serialisation): the field's name, then its type and
			// length bytes, then the value. A type byte that is a
			// letter may end the name (Java's "t" before a string).
			for _, f := range []string{field, field[:len(field)-1]} {
				named := append([]byte(f+"="), data[s:e]...)
				if w, r, n := nameEvidenceAt(named, nil, len(f)+1, len(named), nil); w > nw {
					nw, reason, name = w, r+" (a serialised field)", n
					ev = hexEvidence{}
					ev.add(nw, reason)
					break
				}
			}
		}
	}
	if c.Binary {
		// In binary files lines mean nothing: only a key name right
		// before the value counts, and only a sure one.
		if nw < highAt {
			ev.score = 0
		}
		return ev
	}
	ls, le := lineBounds(data, s, e)
	if nw == wBareKeyName && cipherBeside(data, ls, e, le) {
		// "KEY = …" over "IV = …" (NIST's vector files), {"key": …,
		// "iv": …}: a cipher's key.
		nw, reason = wHashName, "cipher key (iv or plaintext beside it)"
		ev = hexEvidence{}
		ev.add(nw, reason)
	} else if nw == wBareKeyName && sc.symmetricFile() {
		// A bare "key" in hmac_test.go, aes_gcm.rs, chacha20/…: the
		// key of the MAC, KDF or cipher the file is about.
		nw, reason = wHashName, "key in a MAC's, KDF's or cipher's file"
		ev = hexEvidence{}
		ev.add(nw, reason)
	} else if (webSigningName(name) || nw == wBareKeyName && bareSecretName(name)) && webSigningBeside(data, ls, s, e, le) {
		// Flask's or Django's SIGNING_KEY beside CSRF_COOKIE_SECURE,
		// "# itsdangerous signer", a JWT's; a bare "PANEL_SECRET" over
		// "SESSION_KEY=": a web app's HMAC secret. (A bare key's name
		// beside them is a wallet's as often: "DEV_KEY ?=" beside
		// "JWT := .jwt" in a node's Makefile.)
		nw, reason = wHashName, "web framework's signing secret"
		ev = hexEvidence{}
		ev.add(nw, reason)
	} else if prefix, ok := apiSecretName(name, nw); ok && apiBeside(data, ls, s, e, le, prefix) {
		// "API_KEY=…" over "SECRET_KEY=…", {"apiKey": …, "secretKey":
		// …}: an exchange's or a cloud's API secret.
		nw, reason = wHashName, "API secret (an API key's name beside it)"
		ev = hexEvidence{}
		ev.add(nw, reason)
	} else if nw == wBareKeyName && exchangeSecret(name, data, ls) {
		// Freqtrade's "exchange": {"key": …, "secret": …} and
		// FREQTRADE__EXCHANGE__SECRET, a bot's BINANCE_SECRET: the
		// exchange's API key and secret.
		nw, reason = wHashName, "exchange's API secret"
		ev = hexEvidence{}
		ev.add(nw, reason)
	}
	defer func() {
		if nw > 0 {
			ev.reason = reason // the name, when it speaks, is the context
		}
	}()
	if nw == wHashName {
		// Nothing but the address proof can outweigh a hash name: skip
		// the rest (an economy, not a step of the decision).
		sc.addAddressProof(&ev, key, ls, le)
		return ev
	}
	before := data[ls:s]
	if ps, ok := continuedLine(data, ls, s); ok {
		// The statement began on the line above: read it whole.
		before = append(append(bytes.TrimRight(data[ps:ls-1:ls-1], " \t\r"), ' '), bytes.TrimLeft(before, " \t")...)
	}
	stmt, from := statementBefore(before, name)
	if logfmtField(stmt, name) || queryField(stmt, name) {
		// "… [com.example.wallet:keys] seed=<private> key=<private>
		// push=<hex>", "/v1/tx/sign?privateKey=…": in a record of
		// name=value fields, or a URL's query, the value's own name says
		// what it is; the words before are the other fields' and the
		// logger's, or the path's.
		stmt = nil
	}
	sw := statementEvidence(stmt, name)
	if sw.words == 0 && sw.hash == 0 {
		if actual, ok := assertedAgainst(before, data[e:le]); ok {
			// assertEquals("…", child.privateKey.toHex()): the value is
			// what a test expects of the expression after it, whose
			// words say what the value is.
			aw := statementEvidence(actual, "")
			sw.words, sw.hash = aw.words, aw.hash
		} else if src, ok := pytestSource(data, ls); ok {
			// pytest's "E       assert '0x…' == …" under the failed
			// line ">       assert resp.json()["private_key"] == …":
			// the values it explains are that line's expressions.
			aw := statementEvidence(src, "")
			sw.words, sw.hash = aw.words, aw.hash
		}
	}
	if nw == 0 && sw.words == wStmtKeyWord && sw.constructor == 0 && (sc.symmetricFile() || cipherBeside(data, ls, e, le)) {
		// "dict(key=bytes.fromhex(…), msg=…, mac=…)": the statement's
		// bare key is a MAC's or a cipher's, as a bare name's is above.
		ev = hexEvidence{}
		ev.add(wHashName, "cipher or MAC key (its values or its file beside it)")
		sc.addAddressProof(&ev, key, ls, le)
		return ev
	}
	if ps, ok := continuedLine(data, ls, s); ok && nw == 0 && len(bytes.TrimSpace(data[ls:s])) == 0 {
		// "Daan found the key of Henk's Bitcoin on the old laptop:"
		// over the value alone on its line: the statement read through
		// the colon is the line above, a label, weighed as one below
		// (a role's key label counts in full there).
		if l := bytes.TrimSpace(data[ps : ls-1]); !privateKeyPhrase(l) && roleKeyLabel(l) && labelLine(l) {
			sw.words = 0
		}
	}
	ev.add(sw.words, "statement words")
	if nw == 0 && sw.words < wStmtKeyType && sw.hash == 0 && roleLabelBefore(data[ls:s]) {
		// "key for faucet: …", "pk fuer sepolia faucet: …" (a chat's
		// message): the key of a role named in the label right before
		// the value, the role last, where a name is looked for.
		ev.add(wStmtKeyType-sw.words, "a role's key named before it")
	}
	if head, ok := csvHeader(data, ls, s); ok && nw == 0 && sw.words == 0 && sw.hash == 0 {
		// A CSV's or TSV's cell under its column's header, the file's
		// first line: the header names what the column holds, the other
		// cells of the row (an "Exchange" of MetaMask) do not.
		hw := statementEvidence(head, "")
		switch {
		case hw.hash != 0:
			ev.add(wHashName, "column header names a hash")
			return ev
		case privateKeyPhrase(head) || hw.words >= wStmtKeyType:
			ev.add(wStmtKeyType, "column header names a private key")
		case passwordColumn(head) && walletRow(data[ls:s], data[e:le]):
			// A password manager's export (Chrome's, 1Password's,
			// Bitwarden's CSV): the password of a row for a wallet, a
			// dapp signed in with an address, or a bot's account.
			ev.add(wQualifiedKeyName, "password of a wallet's row in a password manager's export")
		}
	}
	if nw == 0 && sw.words == 0 && sw.hash == 0 && walletAppNamed(data[ls:s]) {
		// "MetaMask: 0x…", "- **Rabby hot**: `0x…`": what a wallet
		// app shows of an account as 64 hex digits is its private key
		// (its address has 40, its transactions a hash word).
		ev.add(wQualifiedKeyName, "wallet app named on the line")
	}
	if nw == 0 && sw.words == 0 && sw.hash == 0 && from > 0 && proseClause(stmt) {
		if sent := sentenceBefore(before[:from]); privateKeyPhrase(sent) && !bytes.ContainsAny(sent, "(){}[]=;<>\"`") && statementEvidence(sent, "").hash == 0 {
			// "I exported my private key like the video said, it is
			// 0x…": a clause of prose that gives the key a sentence
			// of prose (no code's marks) names before it.
			ev.add(wStmtKeyType, "private key named earlier in the sentence")
		}
	}
	if nw == 0 && sw.words == 0 && sw.hash == 0 {
		if note := noteAfter(data, e, le); note != nil {
			// "0x… <- private key of the deployer", "… (metamask pk)",
			// "… # tx hash": what the value is, said after it.
			nv := statementEvidence(note, "")
			w := nv.words
			if nv.hash == 0 && (w > 0 && walletAppNamed(note) || roleKeyWords(note)) {
				w = wStmtKeyType
			}
			ev.add(w, "note after the value")
			ev.add(nv.hash, "hash word in the note after the value")
		}
	}
	ev.add(sw.constructor, "key constructor")
	ev.add(sw.decode, "decode call")
	ev.add(sw.hash, "hash word in the statement")
	if nw == wBareKeyName && sw.words < wStmtWalletWord && from > 0 {
		// "[signer] loaded config {chainId: 1, key: '0x…'}": a wallet
		// word earlier on the value's line says whose key.
		if lw := statementEvidence(before[:from], name); lw.words >= wStmtWalletWord {
			ev.add(wLineWalletWord, "wallet word on the line")
		}
	}
	if c.Encoding == "jwk-d" {
		// The private part of a JSON Web Key whose curve is secp256k1.
		ev.add(wKeyName, "secp256k1 JWK's private part")
	}
	if c.Encoding == "decimal" && goPrintedECDSA(c.Context) {
		// fmt's %+v or %v of an *ecdsa.PrivateKey: D after the public
		// key's curve and coordinates.
		ev.add(wKeyName, "D of a printed ecdsa.PrivateKey")
	}
	if (c.Encoding == "hex-dump" || c.Encoding == "grouped-hex") && nw == 0 && dumpOfKeyFile(c.Context) {
		// "$ xxd key.bin" over the dump of a 32-byte file ("xxd -p"'s
		// too): the file's name names the bytes.
		ev.add(wKeyName, "dump of a key file")
	}
	if nw == 0 && sw.words == 0 && keyCommandAbove(data, ls, s) {
		// "$ gaiad keys export relayer --unarmored-hex --unsafe" a few
		// lines above the value alone on its line (a prompt and a
		// warning between): the command prints an account's key.
		ev.add(wQualifiedKeyName, "printed by a key export command above")
	}
	if nw == 0 && sw.words == 0 && walletExportAbove(data, ls, s) {
		// "my metamask account is gone, I exported it before:" over the
		// value alone on its line: what a wallet app exports as hex is
		// an account's private key.
		ev.add(wQualifiedKeyName, "exported from a wallet app (line above)")
	}
	if nw == 0 && sw.words == 0 && sw.hash == 0 && chainTitleAbove(data, ls, s, e, le) {
		// A note that is a chain's or a wallet app's name and the value
		// under it, nothing else ("eth", a line break, 64 hex digits),
		// as phone notes and Keep or Simplenote keep a key.
		ev.add(wStmtKeyType, "a note titled by a chain or wallet app")
	}
	if nw == 0 && simpleKeyPair(data, s) {
		// MetaMask's keyrings as its vault holds them, decrypted:
		// {"type": "Simple Key Pair", "data": ["<hex>", …]}, the keys of
		// the accounts imported into it.
		ev.add(wQualifiedKeyName, "MetaMask keyring of imported keys (Simple Key Pair)")
	}
	labelWhat := "line before"
	label, ok := tableHeader(data, ls, s)
	if ok {
		// A Markdown table's cell: its column's header is its label.
		labelWhat = "column header"
	} else if lbs, lbe, found := labelAbove(data, ls, le); found && !shellHistory(c.Path) {
		label, ok = data[lbs:lbe], true
	} else if l, found := viewLabelAbove(c); found && ls == 0 {
		label, ok = l, true
	} else if ps := prevLineStart(data, ls); c.Encoding == "chat" && ps >= 0 && len(bytes.TrimSpace(data[ls:s])) == 0 && roleKeyWords(data[ps:ls-1]) {
		// A chat's message that says whose key the next one is, with no
		// colon ("te paso la key del deployer en dos trozos", then the
		// key's parts: chatViews joins them a line).
		label, ok = data[ps:ls-1], true
	}
	if nw <= wBareKeyName && ok {
		pw := statementEvidence(label, "")
		own := nw != 0 || sw.words != 0
		if privateKeyPhrase(label) || !own && (roleKeyLabel(bytes.TrimSpace(label)) || c.Encoding == "chat" && roleKeyWords(label)) {
			// "Private key:", "Private Keys"; over a value alone on its
			// line, "the deployer key for our relayer:".
			pw.words = max(pw.words, wStmtKeyType)
		}
		w := pw.words
		if w > 0 && own {
			w-- // the value's line has its own words; the line above is further away
		}
		ev.add(w, labelWhat)
		if pw.hash < 0 && !own {
			ev.add(wPrevHashWord, "hash word on the "+labelWhat)
		}
	}
	if nw < wKeyName && sw.hash == 0 {
		if v := assignedName(data[ls:s]); v != "" && flowsToKey(data, v, le) {
			ev.add(wFlow, "assigned name passed to a key function")
		} else if v != "" && passedAbove(data, v, ls) {
			// A traceback's locals under the code that failed (rich's
			// and pytest's --showlocals): "signer = Signer(key)" over
			// "key = '0x…'".
			ev.add(wFlow, "assigned name passed to a key function (above)")
		} else if v := viewName(c); v != "" && flowsToKey(c.After, v, 0) {
			// "raw := []byte{127, 197, …}" over "crypto.ToECDSA(raw)":
			// an array's name passed on in the lines after it.
			ev.add(wFlow, "assigned name passed to a key function")
		} else if path := redirectTarget(data[e:le]); path != "" && importedAsKey(data, path, le) {
			// "echo -n … > /tmp/key.txt" over "geth account import
			// /tmp/key.txt": a file an account import reads holds
			// the account's key.
			ev.add(wFlow, "written to a file an account import reads")
		}
	}
	if nw == 0 && sw.words == 0 {
		if src := notebookSource(c, s); src != nil && !otherHexIn(src, data[s:e]) {
			// A value a notebook cell printed: its code says what it is
			// ("print(acct.key.hex())"), and what a program printed
			// from a key's name is that key.
			if cw := statementEvidence(src, ""); cw.hash < 0 {
				ev.add(cw.hash, "hash word in the cell's code")
			} else if cw.words > 0 {
				ev.add(cw.words+wPrinted, "the cell's code names a key")
			}
		}
	}
	if v := data[s:e]; len(v) >= 64 && containsFold(path.Base(c.Path), string(v[len(v)-64:])) {
		// The file is named by the value: a cache's or a store's
		// content address ("<sha256>.json" holding {"key": "<sha256>"}).
		ev.add(wHashName, "the file's own name (a content address)")
	}
	if checksumLine(data[ls:s], data[e:le]) {
		ev.add(wChecksumLine, "checksum list line")
	}
	if nw == 0 && oneFormLines(data, ls, s, e) {
		// "[wallet] synchronized <hex>" a line of a log among others
		// of its form with other values: a log writes hashes so; a key
		// is not written line after line with nothing naming it.
		ev.add(wHashName, "one of several values on lines of one form")
	}
	if e+1 < len(data) && data[e] == ':' && data[e+1] >= '0' && data[e+1] <= '9' {
		// "<txid>:1": an outpoint, a transaction's id and an output.
		ev.add(wHashName, "outpoint")
	}
	if nw == 0 && len(c.Context) == 0 && keyFileName(c.Path) && sc.onlyHexValues() {
		// The file holds nothing but such values (one, one a line, a
		// JSON array), and its name says key: "private_key.txt",
		// "deployer.key", "keys.json".
		ev.add(wQualifiedKeyName, "key file name")
	}
	if k := sc.kind(); k == 0 && messageField(data[ls:s]) != "" {
		// A chat export's message ({"text": "funded test key: …"}):
		// someone's words, as a note's are.
		ev.add(wNotesOrConfig, "message text")
		if nw == 0 && sw.words == 0 && sw.hash == 0 && keyAskedBefore(data, ls) {
			// "who has the staging relayer key?" then "here you go
			// 0x…": a reply to a message that names a key.
			ev.add(wAskedBefore, "a key named in the message before")
		}
	} else {
		ev.add(k, "file kind")
	}
	if once(&sc.walletText, func() bool { return walletText(data) }) {
		ev.add(wWalletText, "wallet text")
	}
	sc.addAddressProof(&ev, key, ls, le)
	return ev
}

// oneFormLinesAround is how many lines on either side of a value oneFormLines
// reads.
const oneFormLinesAround = 3

// oneFormLines reports whether a line near the one holding data[s:e] (a
// 64-hex value after the text data[ls:s], which no colon or equals sign
// ends) holds another such value after text of the same form, its digits
// aside ("2024-05-01 10:00:01 [wallet] synchronized <hex>" over "…
// 10:00:07 [wallet] synchronized <hex>").
func oneFormLines(data []byte, ls, s, e int) bool {
	prefix := bytes.TrimSuffix(data[ls:s], []byte("0x"))
	if t := bytes.TrimRight(prefix, " \t\"'`"); len(t) == 0 || t[len(t)-1] == ':' || t[len(t)-1] == '=' {
		return false // a bare value, or a label's ("wallet 2: …")
	}
	value := data[s:e]
	check := func(l []byte) bool {
		for i := 0; i+64 <= len(l); i++ {
			if !hexDigit[l[i]] || i > 0 && isIdent(l[i-1]) {
				continue
			}
			j := i
			for j < len(l) && hexDigit[l[j]] {
				j++
			}
			if j-i == 64 && (j == len(l) || !isIdent(l[j])) && !bytes.HasSuffix(value, l[i:j]) &&
				sameForm(bytes.TrimSuffix(l[:i], []byte("0x")), prefix) {
				return true
			}
			i = j
		}
		return false
	}
	for a, n := ls, 0; a > 0 && n < oneFormLinesAround; n++ {
		pls, _ := lineBounds(data, a-1, a-1)
		if check(data[pls : a-1]) {
			return true
		}
		a = pls
	}
	_, le := lineBounds(data, s, e)
	for b, n := le, 0; b < len(data) && n < oneFormLinesAround; n++ {
		_, nle := lineBounds(data, b+1, b+1)
		if check(data[b+1 : nle]) {
			return true
		}
		b = nle
	}
	return false
}

// sameForm reports whether a and b are the same text but for their runs
// of digits (a log's times and counters).
func sameForm(a, b []byte) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if (a[i] >= '0' && a[i] <= '9') && (b[j] >= '0' && b[j] <= '9') {
			for i < len(a) && (a[i] >= '0' && a[i] <= '9') {
				i++
			}
			for j < len(b) && (b[j] >= '0' && b[j] <= '9') {
				j++
			}
			continue
		}
		if a[i] != b[j] {
			return false
		}
		i, j = i+1, j+1
	}
	return i == len(a) && j == len(b)
}

// chainWordSet are words that put a key in a wallet or on a chain.
var chainWordSet = map[string]bool{
	"wallet": true, "wallets": true, "account": true, "accounts": true, "address": true, "faucet": true, "funded": true,
	"signer": true, "relayer": true, "deployer": true, "validator": true, "ether": true, "eth": true, "ethereum": true,
	"btc": true, "bitcoin": true, "solana": true, "secp256k1": true, "mnemonic": true, "sepolia": true, "goerli": true,
	"holesky": true, "mainnet": true, "testnet": true, "devnet": true, "regtest": true, "genesis": true,
}

// chainWords reports whether text holds one of chainWordSet as a word
// of its own or of an identifier ("DevSigner", "faucet_account").
func chainWords(text []byte) bool {
	found := false
	eachIdent(text, isWordByte, func(id []byte, _ int) bool {
		found = slices.ContainsFunc(NameWords(string(id)), func(w string) bool { return chainWordSet[w] })
		return !found
	})
	return found
}

// sqlInserts returns the chunk's SQL INSERTs with a column list, found
// the first time they are asked for.
func (sc *hexScan) sqlInserts() []sqlInsert {
	if !sc.insertsDone {
		sc.insertsDone = true
		sc.inserts = sqlInserts(sc.c.Data)
	}
	return sc.inserts
}

// onlyHexValues reports whether the chunk holds nothing but 64-hex values
// (each with or without "0x"), set apart by white space, commas, quotes
// and brackets: one key, a key a line, a JSON array of keys.
func (sc *hexScan) onlyHexValues() bool {
	return once(&sc.onlyValues, func() bool { return onlyHexValues(sc.c.Data) })
}

func onlyHexValues(data []byte) bool {
	n := 0
	for i := 0; i < len(data); {
		switch data[i] {
		case ' ', '\t', '\r', '\n', ',', '"', '\'', '[', ']':
			i++
			continue
		}
		j := i
		if data[i] == '0' && i+1 < len(data) && data[i+1]|0x20 == 'x' {
			j += 2
		}
		k := j
		for k < len(data) && hexDigit[data[k]] {
			k++
		}
		if k-j != 64 {
			return false
		}
		n++
		i = k
	}
	return n > 0
}

// kind returns the weight of the chunk's file kind.
func (sc *hexScan) kind() int {
	if !sc.kindDone {
		sc.kindDone = true
		sc.fileKind = fileKindWeight(sc.c.Path)
		if enc := sc.c.Encoding; strings.HasSuffix(enc, "html-text") || strings.HasSuffix(enc, "office-text") {
			// What a page or a document shows is someone's words, as
			// a note's are.
			sc.fileKind = max(sc.fileKind, wNotesOrConfig)
		}
	}
	return sc.fileKind
}

// fileKindWeight weighs a file by its name: .env files hold secrets,
// notes, configuration, Makefiles and shell scripts may, lockfiles and
// checksum lists hold hashes.
func fileKindWeight(p string) int {
	base := withoutBackupSuffix(lowerBase(p))
	ext := ""
	if i := strings.LastIndexByte(base, '.'); i > 0 {
		ext = base[i:]
	}
	switch {
	case DotenvName(base):
		return wDotenv
	case base == "go.sum" || base == "go.work.sum" || ext == ".lock" || base == "package-lock.json" || base == "npm-shrinkwrap.json" ||
		base == "pnpm-lock.yaml" || strings.Contains(base, "sha256sum") || strings.Contains(base, "checksum") ||
		ext == ".sha256" || ext == ".sha512" || ext == ".sum":
		return wHashList
	case ext == ".txt" || ext == ".md" || ext == ".note" || ext == ".notes" || ext == ".org" || strings.Contains(base, "note") ||
		ext == ".yaml" || ext == ".yml" || ext == ".toml" || ext == ".ini" || ext == ".conf" || ext == ".cfg" || ext == ".properties" ||
		ext == ".config", // .NET's app.config, user.config, web.config
		// Makefiles and shell scripts set a project's variables as a
		// .env file does ("DEV_KEY ?= …", "export DEV_KEY=…").
		base == "makefile" || base == "gnumakefile" || ext == ".mk" || ext == ".sh" || ext == ".bash" || ext == ".zsh":
		return wNotesOrConfig
	}
	return 0
}

// backupSuffixes end the names of editors' and tools' copies of a file
// ("deploy.sh~", ".env.bak", "config.yml.orig"): the copy is weighed as
// the file it copies.
var backupSuffixes = []string{"~", ".bak", ".orig", ".old", ".save", ".backup"}

// withoutBackupSuffix returns base without one of backupSuffixes.
func withoutBackupSuffix(base string) string {
	for _, suf := range backupSuffixes {
		if b, ok := strings.CutSuffix(base, suf); ok && b != "" {
			return b
		}
	}
	return base
}

// messageFields name the text of a message in chat and mail exports
// (Slack's and Telegram's "text", Discord's "content", Matrix's and
// Teams' "body", "message", "msg").
var messageFields = map[string]bool{"text": true, "content": true, "body": true, "message": true, "msg": true}

// messageField returns the JSON field (one of messageFields) whose
// string value the text after before continues, before being its line
// up to a value: `{"type": "message", "text": "funded test key: `. It
// returns "" when the value is not inside such a string.
func messageField(before []byte) string {
	open := -1 // the opening quote of the string the value is in
	for i := 0; i < len(before); i++ {
		switch before[i] {
		case '\\':
			i++
		case '"':
			if open < 0 {
				open = i
			} else {
				open = -1
			}
		}
	}
	if open < 0 {
		return ""
	}
	b := bytes.TrimRight(before[:open], " \t")
	if len(b) == 0 || b[len(b)-1] != ':' {
		return ""
	}
	b = bytes.TrimRight(b[:len(b)-1], " \t")
	if len(b) < 2 || b[len(b)-1] != '"' {
		return ""
	}
	q := bytes.LastIndexByte(b[:len(b)-1], '"')
	if q < 0 {
		return ""
	}
	if name := strings.ToLower(string(b[q+1 : len(b)-1])); messageFields[name] {
		return name
	}
	return ""
}

// envKeyName reports whether name is an environment variable's that
// ends in a key word: upper case, words joined by '_', the last KEY or
// SECRET, the first not ("PAYOUT_KEY", "BOT_SECRET").
func envKeyName(name string) bool {
	if strings.ToUpper(name) != name || !strings.Contains(name, "_") {
		return false
	}
	return strings.HasSuffix(name, "_KEY") || strings.HasSuffix(name, "_SECRET")
}

// keyAskedBefore reports whether one of the askedMessages message texts
// (messageFields) of a chat export before the line at ls, within
// askedBytes, names a private key: holds a key name of more than six
// letters (keyNames: "relayer key", "private key", "signer key") once
// its spaces are gone, or says "private key" in another language
// (foreignKeyPhrases: "개인키", "clave privada"). A message with a hash
// word (hashWordsInText) does not count.
func keyAskedBefore(data []byte, ls int) bool {
	b := data[max(0, ls-askedBytes):ls]
	for range askedMessages {
		i, n := -1, 0
		for f := range messageFields {
			if k := bytes.LastIndex(b, []byte(`"`+f+`"`)); k > i {
				i, n = k, len(f)+2
			}
		}
		if i < 0 {
			return false
		}
		msg := jsonStrings(bytes.TrimLeft(b[i+n:], " \t:"))
		b = b[:i]
		words := strings.FieldsFunc(strings.ToLower(string(msg)), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if slices.ContainsFunc(words, func(w string) bool { return hashWordsInText[w] }) {
			continue
		}
		sq := string(squash(msg))
		if slices.ContainsFunc(keyNames, func(k string) bool { return len(k) > 6 && strings.Contains(sq, k) }) ||
			foreignKeyPhrase(bytes.ToLower(msg)) {
			return true
		}
	}
	return false
}

// hashWordsInText are the words that, in a message, say it is about a
// transaction or a hash, not a key.
var hashWordsInText = map[string]bool{"hash": true, "hashes": true, "txid": true, "tx": true, "txn": true, "transaction": true, "digest": true, "checksum": true, "block": true}

// notebookSource returns the code of the Jupyter notebook cell whose
// output holds the value at data[s] (a stream's or a result's text), or
// nil. nbformat writes a cell's keys in order, its "outputs" before its
// "source"; other writers put the source first, so the code is looked
// for on both sides, within the cell (not past another "cell_type").
func notebookSource(c *detect.Chunk, s int) []byte {
	if !strings.HasSuffix(strings.ToLower(c.Path), ".ipynb") || c.Encoding != "" {
		return nil
	}
	data := c.Data
	const near = 4096
	before := data[max(0, s-near):s]
	o := bytes.LastIndex(before, []byte(`"outputs"`))
	if o < 0 || bytes.Contains(before[o:], []byte(`"source"`)) || bytes.Contains(before[o:], []byte(`"cell_type"`)) {
		return nil // not in a cell's outputs
	}
	after := data[s:min(len(data), s+near)]
	if i := bytes.Index(after, []byte(`"source"`)); i >= 0 {
		if j := bytes.Index(after, []byte(`"cell_type"`)); j < 0 || i < j {
			return jsonStrings(after[i+len(`"source"`):])
		}
	}
	if i := bytes.LastIndex(before[:o], []byte(`"source"`)); i >= 0 && !bytes.Contains(before[i:o], []byte(`"cell_type"`)) {
		return jsonStrings(before[i+len(`"source"`) : o])
	}
	return nil
}

// jsonStrings returns the contents of the JSON value at the start of b,
// past its colon: a string, or an array of strings (as a cell's source
// is written), joined by line breaks, escapes left as written: enough to
// read the code's words.
func jsonStrings(b []byte) []byte {
	var out []byte
	in, esc, array := false, false, false
	for _, ch := range b {
		switch {
		case in && esc:
			esc = false
			out = append(out, ch)
		case in && ch == '\\':
			esc = true
		case in && ch == '"':
			in = false
			out = append(out, '\n')
			if !array {
				return out
			}
		case in:
			out = append(out, ch)
		case ch == '"':
			in = true
		case ch == '[':
			array = true
		case ch == ']' || ch == '}':
			return out
		}
	}
	return out
}

// checksumLine reports whether the rest of a value's line, after, names
// a file: "<hex>  release-1.2.3.tar.gz", "<hex> *setup.exe". Columns
// after a value assigned on its line (before ends in "=" or ":") are a
// table's ("ENV KEY=<hex>   0B" in docker history), not a file's name.
func checksumLine(before, after []byte) bool {
	a := bytes.ToLower(after)
	for _, x := range []string{".tar", ".zip", ".gz", ".exe", ".dmg", ".deb", ".rpm", ".whl", ".jar", ".msi", ".apk", ".iso", ".bin", ".pkg", ".appimage"} {
		// An extension ends its name: ".bin" of "www.binance.com" and
		// ".deb" of ".debug" name no file.
		for rest := a; ; {
			k := bytes.Index(rest, []byte(x))
			if k < 0 {
				break
			}
			if e := k + len(x); e == len(rest) || !alnum[rest[e]] {
				return true
			}
			rest = rest[k+1:]
		}
	}
	t := bytes.TrimRight(after, "\r")
	if b := bytes.TrimRight(before, " \t"); len(b) > 0 && (b[len(b)-1] == '=' || b[len(b)-1] == ':') {
		return false
	}
	// sha256sum's own layout: two spaces (or " *") then a path, not a
	// note ("<hex>  <- the deployer's key").
	return (bytes.HasPrefix(t, []byte("  ")) || bytes.HasPrefix(t, []byte(" *"))) && len(bytes.TrimSpace(t)) > 0 && !bytes.ContainsAny(t, "=:;(){}\"'#") &&
		noteAfter(t, 0, len(t)) == nil
}

// assignedName returns the variable the statement before a value (the
// text from its line's start) assigns it to: the identifier before the
// last "=" or ":=", past a type annotation ("const key: string = ",
// "let k: &str = ", "const SK: [u8; 32] = ", "uint256 pk = ", "k := "). It returns "" when the
// value is not assigned, or is one argument of several of a call made
// there ("h = keccak(a, \"…\")": h is the call's result).
func assignedName(before []byte) string {
	eq := bytes.LastIndexByte(before, '=')
	if eq <= 0 || eq+1 < len(before) && (before[eq+1] == '=' || before[eq+1] == '>') {
		return ""
	}
	switch before[eq-1] {
	case '=', '!', '<', '>':
		return ""
	}
	if bytes.IndexByte(before[eq:], ',') >= 0 {
		return ""
	}
	left := bytes.TrimRight(before[:eq], " \t:")
	name := trailingVar(left)
	if len(name) == 0 {
		// A type that is no word: "SK: [u8; 32]", "K: &[u8; 64]".
		for i := len(left) - 1; i > 0; i-- {
			if left[i] == ':' && left[i-1] != ':' && (i+1 == len(left) || left[i+1] != ':') {
				name = trailingVar(bytes.TrimRight(left[:i], " \t"))
				break
			}
		}
	}
	if rest := bytes.TrimRight(left[:len(left)-len(name)], " \t"); len(rest) > 0 && rest[len(rest)-1] == ':' {
		// "key: string": the name is before the type.
		name = trailingVar(bytes.TrimRight(rest[:len(rest)-1], " \t"))
	}
	if len(name) == 0 || name[0] >= '0' && name[0] <= '9' {
		return ""
	}
	return string(name)
}

// trailingVar returns the identifier b ends with.
func trailingVar(b []byte) []byte {
	j := len(b)
	for j > 0 && isVarByte(b[j-1]) {
		j--
	}
	return b[j:]
}

func isVarByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$'
}

// flowsToKey reports whether the variable v is passed, within flowLines
// lines (and flowBytes) after the one ending at le, to a wallet's key
// function (keyCalls: "new Wallet(v", "HexToECDSA(v", "from_key(v"). A key
// name alone does not count here ("NewPrivateKey44(seed)" is a
// post-quantum seed).
func flowsToKey(data []byte, v string, le int) bool { return flowsToKeyVia(data, v, le, 1) }

// passedAbove reports whether the variable v is passed to a wallet's key
// function (flowsToKey) on one of the flowLines lines above the one
// starting at ls, within flowBytes.
func passedAbove(data []byte, v string, ls int) bool {
	from := ls
	for range flowLines {
		if from == 0 {
			break
		}
		from = bytes.LastIndexByte(data[:from-1], '\n') + 1
	}
	return anyUse(data, v, max(from, ls-flowBytes), ls, func(p, q int) bool {
		_, why, _ := nameEvidence(data, nil, p, q, nil)
		return why == reasonKeyFunction
	})
}

// redirectTarget returns the file a shell command's output goes to when
// after, the rest of a value's line, is its quote, then "> file", ">>
// file" or "| tee file"; "" otherwise.
func redirectTarget(after []byte) string {
	t := bytes.TrimLeft(after, `"' `)
	switch {
	case bytes.HasPrefix(t, []byte(">>")):
		t = t[2:]
	case bytes.HasPrefix(t, []byte(">")):
		t = t[1:]
	case bytes.HasPrefix(t, []byte("| tee ")):
		t = bytes.TrimPrefix(bytes.TrimLeft(t[len("| tee "):], " "), []byte("-a "))
	default:
		return ""
	}
	t = bytes.TrimLeft(t, " \t")
	end := bytes.IndexAny(t, " \t\r;&|\"'")
	if end < 0 {
		end = len(t)
	}
	if end < 2 || bytes.IndexByte(t[:end], '$') >= 0 {
		return ""
	}
	return string(t[:end])
}

// keyImports are the commands that import an account's private key from
// a file: geth's and its forks' "account import <file>", clef's
// "importraw <file>".
var keyImports = [][]byte{[]byte("account import "), []byte("importraw ")}

// importedAsKey reports whether one of the flowLines lines after the one
// ending at le (within flowBytes) imports the file at path as an
// account's key (keyImports).
func importedAsKey(data []byte, path string, le int) bool {
	end := min(len(data), le+flowBytes)
	for ls, n := le+1, 0; ls < end && n < flowLines; n++ {
		k := bytes.IndexByte(data[ls:end], '\n')
		line := data[ls:end]
		if k >= 0 {
			line = data[ls : ls+k]
		}
		for _, cmd := range keyImports {
			if i := bytes.Index(line, cmd); i >= 0 && bytes.Contains(line[i+len(cmd):], []byte(path)) {
				return true
			}
		}
		if k < 0 {
			break
		}
		ls += k + 1
	}
	return false
}

// anyUse reports whether fn holds for one of the first flowUses uses of
// the variable v (as a whole name, not a field) in data[from:to], each
// given as its span [p, q).
func anyUse(data []byte, v string, from, to int, fn func(p, q int) bool) bool {
	for off, uses := from, 0; off < to && uses < flowUses; uses++ {
		k := bytes.Index(data[off:to], []byte(v))
		if k < 0 {
			return false
		}
		p, q := off+k, off+k+len(v)
		off = q
		if p > 0 && (isVarByte(data[p-1]) && data[p-1] != '$' || data[p-1] == '.') || q < len(data) && isVarByte(data[q]) {
			continue // a longer name, or a field ("$" expands a shell's, Perl's or PHP's variable)
		}
		if fn(p, q) {
			return true
		}
	}
	return false
}

// flowsToKeyVia is flowsToKey through at most via plain assignments of v
// to another variable ("k = fallbackKey" before "HexToECDSA(k)"), each
// followed from its own line.
func flowsToKeyVia(data []byte, v string, le, via int) bool {
	end := le
	for range flowLines {
		if end >= len(data) {
			break
		}
		k := bytes.IndexByte(data[end+1:], '\n')
		if k < 0 {
			end = len(data)
			break
		}
		end += 1 + k
	}
	return anyUse(data, v, le, min(end, le+flowBytes), func(p, q int) bool {
		ps := p
		if ps > 0 && data[ps-1] == '&' {
			ps-- // a reference: SigningKey::from_slice(&bytes)
		}
		if _, why, _ := nameEvidence(data, nil, ps, q, nil); why == reasonKeyFunction {
			return true
		}
		if d := shellVarStart(data, p); d >= 0 {
			// A shell's variable passed to a command's key flag
			// ("cast send --private-key \"$FUNDER\"", "${OPS}").
			if w, _, _ := nameEvidence(data, nil, d, q, nil); w >= wQualifiedKeyName {
				return true
			}
		}
		if via > 0 {
			ls, ule := lineBounds(data, p, q)
			rest := bytes.TrimSpace(bytes.TrimRight(data[q:ule], ";\r"))
			if w := assignedName(data[ls:p]); w != "" && w != v && len(rest) == 0 && flowsToKeyVia(data, w, ule, via-1) {
				return true
			}
		}
		return false
	})
}

// shellVarStart returns where the shell's expansion of the variable whose
// name starts at p starts ("$FUNDER", "${FUNDER}", at its quote when
// quoted), or -1.
func shellVarStart(data []byte, p int) int {
	d := -1
	switch {
	case p >= 1 && data[p-1] == '$':
		d = p - 1
	case p >= 2 && data[p-1] == '{' && data[p-2] == '$':
		d = p - 2
	}
	if d > 0 && data[d-1] == '"' {
		d-- // quoted: "$FUNDER"
	}
	return d
}

// statementBefore returns the part of line (the text before a value on its
// line) that belongs to the value's statement, without the value's own
// name: from the last ';', '{', comment start or list comma. A comma whose
// right side holds an assignment ("key, _ := hex.Decode…") does not end
// the statement.
//
// from is where the statement starts in line: the words before it are
// the line's, not the statement's.
func statementBefore(line []byte, name string) (stmt []byte, from int) {
	for i := len(line) - 1; i >= 0 && from == 0; i-- {
		switch line[i] {
		case ';', '{':
			from = i + 1
		case '/':
			if i > 0 && line[i-1] == '/' && (i < 2 || line[i-2] != ':') {
				from = i + 1
			}
		case '#':
			if i == 0 || line[i-1] == ' ' || line[i-1] == '\t' {
				from = i + 1
			}
		case ',':
			if !bytes.Contains(line[i:], []byte("=")) {
				from = i + 1
			}
		case '>':
			// A text node's start: in markup written on one line (an
			// office document's XML) the tags before are not the
			// value's statement ("<w:p w14:paraId=…><w:t>Clave
			// privada: …"). A type's parameters ("vector<u8> =
			// x\"…\"") follow an identifier; a tag does not.
			if j := tagStart(line[:i+1]); j == 0 || j > 0 && !isVarByte(line[j-1]) {
				from = i + 1
			}
		}
	}
	stmt = line[from:]
	if name != "" {
		if k := bytes.LastIndex(stmt, []byte(name)); k >= 0 {
			stmt = stmt[:k]
		}
	}
	return stmt, from
}

// equalityAsserts are the assertions of equality whose first argument is
// the value expected (squashed): JUnit's and kotlin.test's assertEquals,
// unittest's assertEqual, Rust's assert_eq!, XCTest's XCTAssertEqual,
// NUnit's and MSTest's Assert.AreEqual, and testify's Equal after its t.
var equalityAsserts = []string{"assertequals", "assertequal", "asserteq", "xctassertequal", "areequal", "equal", "equals"}

// assertedAgainst reports whether before (the text before a value on its
// line) ends in an equality assertion's opening with the value as the
// expected argument ("assertEquals(", "assert_eq!(", "require.Equal(t, "),
// and returns the rest of that assertion in after (the text after the
// value on its line): the actual expression the value is compared to.
func assertedAgainst(before, after []byte) ([]byte, bool) {
	t := bytes.TrimRight(before, " \t\"'`")
	if bytes.HasSuffix(t, []byte("t,")) {
		t = bytes.TrimRight(t[:len(t)-2], " \t") // testify's (t, expected, actual)
	}
	if !bytes.HasSuffix(t, []byte("(")) {
		return nil, false
	}
	t = bytes.TrimSuffix(bytes.TrimSuffix(t, []byte("(")), []byte("!"))
	call := t[len(t)-len(trailingVar(t)):]
	if !slices.Contains(equalityAsserts, string(squash(call))) {
		return nil, false
	}
	depth := 0
	for i, c := range after {
		switch c {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth == 0 {
				return after[:i], true
			}
			depth--
		}
	}
	return after, true
}

// pytestSource returns the source line of a failed assert that pytest
// prints (">       assert …") above the explanation lines ("E       …")
// of which the line at ls is one, when that line explains an assert.
func pytestSource(data []byte, ls int) ([]byte, bool) {
	le := ls + bytes.IndexByte(data[ls:], '\n')
	if le < ls {
		le = len(data)
	}
	if !pytestExplains(data[ls:le]) || !bytes.Contains(data[ls:le], []byte("assert ")) {
		return nil, false
	}
	for k := 0; k < 12 && ls > 0; k++ {
		ps := bytes.LastIndexByte(data[:ls-1], '\n') + 1
		line := data[ps : ls-1]
		if len(line) > 1 && line[0] == '>' && (line[1] == ' ' || line[1] == '\t') {
			return line[1:], true
		}
		if !pytestExplains(line) {
			return nil, false
		}
		ls = ps
	}
	return nil, false
}

// pytestExplains reports whether line is one of pytest's explanations of
// a failure: an "E" in the first column, then white space.
func pytestExplains(line []byte) bool {
	return len(line) > 1 && line[0] == 'E' && (line[1] == ' ' || line[1] == '\t')
}

// viewLabelAbove returns the label on the line above a decoded view that
// starts its line (bytes written apart, "private key:" over "de ac 61 …"):
// the last line of the view's Context when a line break ends it.
func viewLabelAbove(c *detect.Chunk) ([]byte, bool) {
	t := bytes.TrimRight(c.Context, " \t")
	decl := false
	if k := bytes.LastIndexByte(t, '\n'); k >= 0 && c.Encoding == "byte-array" && !bytes.HasSuffix(t, []byte("\n")) {
		// An array's Context ends in its declaration ("byte[] Raw ="),
		// after the lines above it: a comment over the declaration that
		// names a private or a role's key labels it ("// raw key for
		// the loot signer"); one that only speaks of a key ("testKey
		// encrypts the tickets") does not.
		t, decl = t[:k+1], true
	} else if k >= 0 && len(bytes.Trim(t[k+1:], "> \t")) == 0 {
		t = t[:k+1] // a mail reply's quote marks before the value ("> ")
	}
	if !bytes.HasSuffix(t, []byte("\n")) {
		return nil, false
	}
	t = bytes.TrimRight(t, "\r\n")
	line := t[bytes.LastIndexByte(t, '\n')+1:]
	if k := bytes.LastIndexByte(t, '\n'); k >= 0 && replInput(line) {
		// ">>> int(key, 16)" over the value it printed: the label is
		// over the prompt.
		t = bytes.TrimRight(t[:k], "\r")
		line = t[bytes.LastIndexByte(t, '\n')+1:]
	} else if q := bytes.TrimLeft(line, " \t"); bytes.HasPrefix(q, []byte(">")) && !replInput(line) {
		line = bytes.TrimLeft(q, "> \t") // the label quoted too ("> Private key:")
	}
	if string(bytes.TrimSpace(line)) == "priv:" {
		// openssl's "priv:" block: the curve's OID after it says
		// whose (decode's separatedHexContext), not the label.
		return nil, false
	}
	if decl && !privateKeyPhrase(bytes.ToLower(line)) && !roleKeyWords(line) {
		return nil, false
	}
	return line, labelLine(line)
}

// dumpOfKeyFile reports whether the last line of before is a command
// that dumps a file (xxd, hexdump, od) whose name, without its
// directories, says key, private, secret, seed or wallet, and not
// public.
func dumpOfKeyFile(before []byte) bool {
	t := bytes.TrimRight(before, " \t\r\n")
	fields := strings.Fields(string(t[bytes.LastIndexByte(t, '\n')+1:]))
	dump := false
	for _, f := range fields {
		switch f {
		case "xxd", "hexdump", "od":
			dump = true
			continue
		}
		if !dump || strings.HasPrefix(f, "-") {
			continue
		}
		base := strings.ToLower(f[strings.LastIndexByte(f, '/')+1:])
		if !strings.Contains(base, "pub") && (strings.Contains(base, "key") || strings.Contains(base, "priv") ||
			strings.Contains(base, "secret") || strings.Contains(base, "seed") || strings.Contains(base, "wallet")) {
			return !cipherText(before)
		}
	}
	return false
}

// cipherText reports whether b names a cipher's key or a MAC's: AES,
// HMAC, encryption ("# AES-256 encryption" over "$ xxd backup.key").
func cipherText(b []byte) bool {
	l := bytes.ToLower(b)
	for _, w := range []string{"aes", "hmac", "encrypt", "cipher", "chacha", "symmetric"} {
		if bytes.Contains(l, []byte(w)) {
			return true
		}
	}
	return false
}

// viewName returns the variable a decoded view (an array literal) is
// assigned to, from the last line of its Context, or "".
func viewName(c *detect.Chunk) string {
	if len(c.Context) == 0 || len(c.After) == 0 {
		return ""
	}
	line := c.Context[bytes.LastIndexByte(c.Context, '\n')+1:]
	if v := assignedName(line); v != "" {
		return v
	}
	// The view's Context is cut at the array's type ("raw := []byte",
	// "let bytes: [u8; 32] ="): the name before it.
	return string(trailingVar(bytes.TrimRight(line, " \t:=[]")))
}

// logfmtField reports whether a value named name is one field of a record
// of name=value fields (logfmt, iOS and journald lines): stmt, the text
// before the name, ends in a field closed by a space, and name is no
// generic one ("value=", "hex=", "data=": those leave the saying to the
// words before).
func logfmtField(stmt []byte, name string) bool {
	stmt = bytes.TrimRight(stmt, "\"'") // the field's own quote
	if genericValueName(name) || !bytes.HasSuffix(stmt, []byte(" ")) {
		return false
	}
	f := bytes.TrimRight(stmt, " \t")
	// The field may be quoted, and may follow a setting's own name:
	// systemd's `Environment=CHAIN_ID=1 KEY=…`, `Environment="A=1" "KEY=…"`.
	f = bytes.Trim(f[bytes.LastIndexAny(f, " \t")+1:], "\"'")
	eq := bytes.LastIndexByte(f, '=')
	return eq > 0 && eq+1 < len(f) && isVarByte(f[eq-1]) && !bytes.ContainsAny(f[eq+1:], "(\"'")
}

// queryField reports whether a value named name is a parameter of a
// URL's query ("POST /v1/tx/sign?privateKey=0x…&chain=1" in an access
// log): stmt, the text before the name, ends in '?' or '&', and name is
// no generic one. The parameter's name says what the value is; the
// path's words before ("tx", "hash") name the endpoint.
func queryField(stmt []byte, name string) bool {
	return !genericValueName(name) && (bytes.HasSuffix(stmt, []byte("?")) || bytes.HasSuffix(stmt, []byte("&")))
}

// genericValueName reports whether a value's name says nothing of what
// it holds ("value=", "hex=", "data="), leaving the saying to the words
// before it.
func genericValueName(name string) bool {
	switch strings.ToLower(name) {
	case "", "value", "values", "val", "data", "hex", "raw", "bytes", "input", "default", "result", "out", "arg", "args", "param", "params":
		return true
	}
	return false
}

// stmtEvidence is the evidence of the words of a statement.
type stmtEvidence struct{ words, constructor, decode, hash int }

// hashWords mark a statement as about hashes and identifiers.
var hashWords = map[string]bool{
	"hash": true, "hashes": true, "digest": true, "digests": true, "txid": true, "tx": true, "txhash": true, "txn": true,
	"block": true, "blockhash": true, "root": true, "checksum": true, "commit": true, "integrity": true, "sha": true,
	"sha1": true, "sha256": true, "sha512": true, "sha3": true, "md5": true, "keccak": true, "keccak256": true,
	"nonce": true, "salt": true, "topic": true, "topics": true, "merkle": true, "id": true, "ids": true, "uuid": true,
	"guid": true, "receipt": true, "transaction": true, "etag": true, "fingerprint": true, "signature": true,
	"sig": true, "hmac": true, "mac": true, "iv": true, "ciphertext": true, "proof": true, "leaf": true,
	"preimage": true, "commitment": true, "hashlock": true, "codehash": true, "slot": true, "selector": true,
	"sum": true, "h1": true, "blob": true, "tree": true, "parent": true, "public": true, "pubkey": true,
	"sum256": true, "hexdigest": true, "blake2b": true, "ripemd160": true,
	// The commands that print a file's digest ("sha256sum x.tar.gz
	// should print …"), and HKDF's input key (RFC 5869's vectors).
	"sha256sum": true, "sha512sum": true, "sha1sum": true, "md5sum": true, "b2sum": true, "shasum": true, "hkdf": true,
	"outpoint": true, "outpoints": true, "utxo": true, "vout": true, "prevout": true,
	"wtx": true, "mempool": true, "sym": true, "symmetric": true, "verifying": true, "verification": true,
	// "Transaction" in other languages (German, Italian, Spanish,
	// Portuguese, Dutch, Polish, Czech).
	// A CI's, a build's or a request's cache key names a digest.
	"cache": true, "idempotency": true,
	"transaktion": true, "transaktionen": true, "transazione": true, "transacción": true, "transaccion": true,
	"transação": true, "transacao": true, "transactie": true, "transakcja": true, "transakce": true,
	"challenge": true, "encrypted": true,
	// Solidity's bytes32 constants are hashes: storage slots and roles
	// ("bytes32 private constant OWNER_KEY = keccak256(…)").
	"bytes32": true,
	// A symmetric cipher's key ("aesKey, _ = hex.DecodeString(…)"), an
	// encryption key (a password manager's entry "DB encryption key").
	"aes": true, "gcm": true, "encryption": true,
	// A view key sees a wallet's payments and cannot spend them.
	"viewkey": true,
}

// compoundHashWords are hash words written as one identifier: bitcoind's
// log of a wallet transaction ("[default wallet] AddToWallet <txid>"),
// and the x-only public keys of Taproot (BIP-341's internal and output
// keys, "internal_key=…  output_key=…" beside a bc1p address), whose
// private halves are named "internal_privkey" and the like.
var compoundHashWords = []string{"addtowallet", "internalkey", "internalpubkey", "outputkey", "outputpubkey", "tweakedkey",
	"tweakedpubkey", "xonlykey", "xonlypubkey"}

// compoundHashWord reports whether a squashed identifier holds one of
// compoundHashWords.
func compoundHashWord(sq string) bool {
	return slices.ContainsFunc(compoundHashWords, func(h string) bool { return strings.Contains(sq, h) })
}

// stmtWalletWords are the single words that tie a statement to wallets.
var stmtWalletWords = map[string]bool{
	"priv": true, "private": true, "signer": true, "signing": true, "wallet": true, "account": true, "acct": true,
	"deployer": true, "sk": true, "prv": true,
}

// signerRoles are the roles of programs that sign a chain's transactions
// with a key of their own ("RELAYER_PK", "keeper_pk", "LIQUIDATOR_PK"): a
// pk they hold is a private key.
var signerRoles = map[string]bool{
	"relayer": true, "keeper": true, "liquidator": true, "sequencer": true, "faucet": true, "minter": true,
	"bot": true, "executor": true, "searcher": true, "arbitrageur": true, "arb": true, "oracle": true,
	// The wallets that pay: a treasury's, a payout service's, a funder's,
	// a gas sponsor's or paymaster's, a fee payer's, a relay's.
	"treasury": true, "payout": true, "funder": true, "sponsor": true, "paymaster": true, "payer": true, "relay": true,
}

// compoundKeyWords are private-key words written as one identifier.
// ("SecretKey" is not one: NaCl and libsodium name symmetric keys so.)
var compoundKeyWords = []string{"privatekey", "privkey", "signingkey", "prvkey", "privatekeysigner"}

// decodeWords are calls that parse a hex string into bytes or a scalar.
var decodeWords = []string{"fromhex", "decode", "decodestring", "fromstr", "fromslice", "unhexlify", "hextobytes", "bufferfrom", "frombytes", "tobytes", "parse", "mustdecode", "hexstringtobytes", "frombigendian",
	"hex2bytes", "hex2bin"} // Julia's, PHP's

// isDecode reports whether a squashed identifier names a decode call: it
// ends with one of decodeWords (hex.DecodeString, Buffer.from).
func isDecode(sq string) bool {
	return slices.ContainsFunc(decodeWords, func(d string) bool { return strings.HasSuffix(sq, d) })
}

// negatedBefore reports whether text ends with a negation's word ("not",
// "never", "don't", "dont", "do not"), past white space.
func negatedBefore(text []byte) bool {
	t := bytes.ToLower(bytes.TrimRight(text, " \t"))
	for _, w := range []string{"not", "never", "don't", "dont", "don’t"} {
		if bytes.HasSuffix(t, []byte(w)) && (len(t) == len(w) || !isWordByte(t[len(t)-len(w)-1])) {
			return true
		}
	}
	return false
}

// statementEvidence weighs the identifiers of stmt; name, the value's own
// name, adds only its decode evidence (its key evidence is nameEvidence's).
func statementEvidence(stmt []byte, name string) stmtEvidence {
	var ev stmtEvidence
	if name != "" && isDecode(string(squash([]byte(name)))) {
		ev.decode = wStmtDecode
	}
	// Solidity's "bytes32 internal constant SIGNER_PRIVATE_KEY = 0x…":
	// the type of a constant named as a key (by the value's own name,
	// which stmt may leave out) is no hash's.
	keyNamed := false
	if bytes.Contains(stmt, []byte("bytes32")) {
		eachIdent(append([]byte(name+" "), stmt...), isWordByte, func(id []byte, _ int) bool {
			keyNamed = slices.ContainsFunc(compoundKeyWords, func(k string) bool { return bytes.Contains(squash(id), []byte(k)) })
			return !keyNamed
		})
	}
	eachIdent(stmt, isWordByte, func(id []byte, j int) bool {
		if len(id) > 64 || digestPrefix(stmt, j) {
			// "sha256:<hex>" before the value (an image's id in docker
			// history's row): the algorithm of another value.
			return true
		}
		if appIDPart(stmt, j-len(id), j) {
			// "Process: com.pocketvault.wallet" over an exception in a
			// crash report: an app's or a package's name, which names
			// no value.
			return true
		}
		sq := string(squash(id))
		w := 0
		keyish := false
		for _, k := range compoundKeyWords {
			if strings.Contains(sq, k) {
				w, keyish = wStmtKeyType, true
			}
		}
		pub := compoundHashWord(sq)
		if pub {
			ev.hash = wStmtHashWord
		}
		visibility := string(id) == "public" && memberVisibility(stmt[j:])
		for _, word := range NameWords(string(id)) {
			switch {
			case visibility:
				// Java's, C#'s, Kotlin's and TypeScript's "public
				// static final String RELAYER_KEY = …": the visibility
				// of a member, not a public key.
			case word == "bytes32" && keyNamed:
			case hashWords[word]:
				ev.hash = wStmtHashWord
				pub = true
			case word == "private" && visibilityOfConstant(stmt[j:]):
				// Solidity's "uint256 private constant N = 0x…": the
				// visibility of a constant, not a private key.
			case stmtWalletWords[word]:
				w, keyish = max(w, wStmtWalletWord), true
			case word == "key" || word == "pk" || word == "keys" || word == "secret":
				w, keyish = max(w, wStmtKeyWord), true
			}
		}
		if strings.HasPrefix(sq, "pub") && !(sq == "pub" && rustVisibility(stmt[j:])) && !visibility {
			// pubKeyX, pubkeyHex: public data (Rust's "pub" before
			// "const", "static" or "(crate)" is a visibility: "pub const
			// SIGNER_KEY: &str = …", and so is a member's "public").
			ev.hash, pub = wStmtHashWord, true
		}
		if pub {
			return true
		}
		ev.words = max(ev.words, w)
		if isDecode(sq) {
			ev.decode = wStmtDecode
		}
		// A constructor: the key word is followed by "(", "::" or "."
		// and a call (Key(…), LocalWallet::from_str(…)).
		// The value is inside the call: an argument, not what the
		// call returned ("Key(\"acme\") == \"bal:…\"" in a comment).
		if keyish && j < len(stmt) && (stmt[j] == '(' || stmt[j] == '.' || stmt[j] == ':' && j+1 < len(stmt) && stmt[j+1] == ':') &&
			bytes.Count(stmt[j:], []byte("(")) > bytes.Count(stmt[j:], []byte(")")) {
			ev.constructor = wStmtConstructor
		}
		return true
	})
	if ev.words < wStmtKeyType && ev.hash == 0 && privateKeyPhrase(stmt) {
		// The words written apart, as a message says them: "private
		// key does not match configured address 0x…: …".
		ev.words = wStmtKeyType
	}
	return ev
}

// eachIdent calls fn with each maximal run of bytes that in holds in b
// (an identifier) and the index in b just past it, in order, until fn
// returns false.
func eachIdent(b []byte, in func(byte) bool, fn func(id []byte, end int) bool) {
	for i := 0; i < len(b); {
		if !in(b[i]) {
			i++
			continue
		}
		j := i
		for j < len(b) && in(b[j]) {
			j++
		}
		if !fn(b[i:j], j) {
			return
		}
		i = j
	}
}

// appIDTops are the first parts of the reverse domain names that name
// apps and packages (Android's application ids, Java's and Kotlin's
// packages, Apple's bundle ids).
var appIDTops = []string{"com", "org", "net", "io", "app", "dev", "co", "me", "xyz"}

// appIDPart reports whether b[s:e], an identifier, is a part of a reverse
// domain name of three parts or more ("com.pocketvault.wallet",
// "io.metamask.wallet.sync") that starts with one of appIDTops.
func appIDPart(b []byte, s, e int) bool {
	nameByte := func(c byte) bool { return isWordByte(c) || c == '.' }
	for s > 0 && nameByte(b[s-1]) {
		s--
	}
	for e < len(b) && nameByte(b[e]) {
		e++
	}
	name := bytes.TrimRight(b[s:e], ".")
	if bytes.Count(name, []byte(".")) < 2 {
		return false
	}
	top := string(name[:bytes.IndexByte(name, '.')])
	return slices.Contains(appIDTops, top)
}

// visibilityOfConstant reports whether the next identifier in rest is
// "constant" or "immutable".
func visibilityOfConstant(rest []byte) bool {
	rest = bytes.TrimLeft(rest, " \t\r\n")
	for _, w := range []string{"constant", "immutable"} {
		if len(rest) >= len(w) && string(rest[:len(w)]) == w && (len(rest) == len(w) || !isWordByte(rest[len(w)])) {
			return true
		}
	}
	return false
}

// memberVisibility reports whether rest, the text after "public", makes
// it a member's visibility: a modifier or a declaration's keyword
// follows ("static", "final", "const", "readonly", "val", "override",
// Solidity's "constant").
func memberVisibility(rest []byte) bool {
	rest = bytes.TrimLeft(rest, " \t")
	k := 0
	for k < len(rest) && isWordByte(rest[k]) {
		k++
	}
	switch string(rest[:k]) {
	case "static", "final", "const", "readonly", "val", "var", "lateinit", "override", "abstract", "sealed", "virtual", "volatile", "transient", "let", "fun", "String", "string",
		"constant", "immutable": // Solidity's "uint256 public constant DEPLOYER_KEY = 0x…"
		return true
	}
	return false
}

// rustVisibility reports whether rest, the text after a "pub", makes it
// Rust's visibility of an item: "const", "static" or a path in
// parentheses ("(crate)") follows.
func rustVisibility(rest []byte) bool {
	if bytes.HasPrefix(rest, []byte("(")) {
		return true
	}
	rest = bytes.TrimLeft(rest, " \t")
	for _, w := range []string{"const", "static"} {
		if len(rest) > len(w) && string(rest[:len(w)]) == w && !isWordByte(rest[len(w)]) {
			return true
		}
	}
	return false
}

// cipherWords name what goes with a symmetric cipher's key.
// ("nonce" is not one: an Ethereum transaction has one beside its
// signer's key.)
var cipherWords = map[string]bool{"iv": true, "plaintext": true, "ciphertext": true, "aad": true, "aead": true,
	// A section of a configuration named for encryption ("encryption:
	// algorithm: AES-256-GCM, data_key: …").
	"encryption": true, "cipher": true,
	// A MAC's test vector: the key beside the message's MAC.
	"mac": true, "hmac": true,
	// A WalletConnect v1 session (a dapp's or a wallet's localStorage
	// "walletconnect" item): its "key" is the session's symmetric key,
	// beside the peers' ids and metadata and the handshake's topic.
	"clientmeta": true, "peerid": true, "peermeta": true, "handshaketopic": true}

// symmetricFile is symmetricPath of the chunk's path, worked out once.
func (sc *hexScan) symmetricFile() bool {
	return once(&sc.symmetric, func() bool { return symmetricPath(sc.c.Path) })
}

// once returns f(), worked out on the first call only: *state is 0 until
// then, 1 when it held, -1 when it did not.
func once(state *int8, f func() bool) bool {
	if *state == 0 {
		*state = -1
		if f() {
			*state = 1
		}
	}
	return *state > 0
}

// symmetricPrimitives begin the words of a path whose file is about a
// MAC, a KDF or a symmetric cipher: its bare "key" is that primitive's.
var symmetricPrimitives = []string{"hmac", "hkdf", "aes", "chacha", "salsa20", "poly1305", "siphash", "cipher"}

// symmetricPath reports whether a word of path (its directories and its
// name, split at every byte that is no letter or digit) begins with one
// of symmetricPrimitives.
func symmetricPath(path string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(path), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		for _, p := range symmetricPrimitives {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// cipherBeside reports whether a cipher's other values stand beside the
// value ending at e on the line [ls, le): named after it on its line, or
// first on one of the two lines above or below ("IV = …").
func cipherBeside(data []byte, ls, e, le int) bool {
	return namedBeside(data, ls, e, e, le, func(word string) bool { return cipherWords[strings.ToLower(word)] })
}

// webSigningWords, in an identifier or a comment beside a signing key,
// say it signs a web framework's cookies, sessions or tokens with HMAC.
var webSigningWords = []string{"itsdangerous", "hmac", "jwt", "csrf", "cookie", "session", "django", "flask"}

// bareSecretName reports whether name's last word is "secret"
// ("PANEL_SECRET", "appSecret").
func bareSecretName(name string) bool {
	ws := NameWords(name)
	return len(ws) > 0 && ws[len(ws)-1] == "secret"
}

// webSigningName reports whether name is a bare signing key's
// ("SIGNING_KEY", "signingKey"), with no wallet word in it.
func webSigningName(name string) bool {
	sq := string(squash([]byte(name)))
	return strings.HasSuffix(sq, "signingkey") && !walletWordIn(sq)
}

// webSigningBeside reports whether a webSigningWords word stands beside
// the value [s, e) on the line [ls, le) (namedBeside).
func webSigningBeside(data []byte, ls, s, e, le int) bool {
	return namedBeside(data, ls, s, e, le, func(word string) bool {
		w := strings.ToLower(word)
		return slices.ContainsFunc(webSigningWords, func(x string) bool { return strings.Contains(w, x) })
	})
}

// apiNames are parts of the names of an API's public half: a secret named
// beside one of them is that API's secret ("API_KEY=…" over "SECRET_KEY=…",
// {"apiKey": …, "secretKey": …}, AWS's access key id and secret).
var apiNames = []string{"apikey", "accesskey", "clientid", "appkey", "consumerkey"}

// apiWalletWords in a secret's name say it is a wallet's, whatever API
// key stands beside it (ETHERSCAN_API_KEY over WALLET_SECRET_KEY).
var apiWalletWords = []string{"wallet", "eth", "btc", "bitcoin", "signer", "deployer", "account", "owner", "priv", "evm", "solana"}

// walletWordIn reports whether the squashed name sq holds one of
// apiWalletWords.
func walletWordIn(sq string) bool {
	return slices.ContainsFunc(apiWalletWords, func(w string) bool { return strings.Contains(sq, w) })
}

// exchangeWords name an exchange, or say "exchange": an API key and
// secret under a bare name qualified by one are the exchange's.
var exchangeWords = []string{"exchange", "binance", "bybit", "kraken", "okx", "okex", "kucoin", "bitfinex", "bitstamp",
	"gateio", "huobi", "bitget", "mexc", "bitmex", "deribit", "ccxt"}

// exchangeSecret reports whether a value named name (a bare key's or
// secret's name), on the line at ls, is an exchange's API secret: its
// name, or the name of the JSON object it is a member of, holds one of
// exchangeWords and no wallet word (apiWalletWords).
func exchangeSecret(name string, data []byte, ls int) bool {
	for _, n := range []string{name, objectName(data, ls)} {
		sq := string(squash([]byte(n)))
		if walletWordIn(sq) {
			return false
		}
		if slices.ContainsFunc(exchangeWords, func(w string) bool { return strings.Contains(sq, w) }) {
			return true
		}
	}
	return false
}

// apiSecretName reports whether a value named name (weighed nw by
// nameEvidence) may be an API's secret: a bare "secret" or "key", or a
// name ending in "secretkey" with no wallet word in it. prefix is what
// comes before "secretkey" ("binance" of BINANCE_SECRET_KEY), which the
// API key's name must share; "" for any.
func apiSecretName(name string, nw int) (prefix string, ok bool) {
	sq := string(squash([]byte(name)))
	if walletWordIn(sq) {
		return "", false
	}
	if p, found := strings.CutSuffix(sq, "secretkey"); found {
		return p, true
	}
	return "", nw == wBareKeyName
}

// apiBeside reports whether an API key's name stands beside the value
// [s, e) on the line [ls, le): anywhere else on its line, or first on one
// of the two lines above or below. A non-empty prefix must begin that
// name (BINANCE_API_KEY beside BINANCE_SECRET_KEY).
func apiBeside(data []byte, ls, s, e, le int, prefix string) bool {
	return namedBeside(data, ls, s, e, le, func(word string) bool {
		sq := string(squash([]byte(word)))
		for _, n := range apiNames {
			if i := strings.Index(sq, n); i >= 0 && (prefix == "" || sq[:i] == prefix) {
				return true
			}
		}
		return false
	})
}

// namedBeside reports whether an identifier that is(word) holds stands
// beside the value [s, e) on the line [ls, le): after the value on its
// line, before its start s (s == e looks only after it), or first on one
// of the two lines above or below.
// declWords are the keywords that start a declaration before its name
// (Rust's, JavaScript's, Kotlin's, Go's, Perl's, Lua's).
var declWords = map[string]bool{"let": true, "mut": true, "const": true, "var": true, "val": true, "my": true, "local": true, "static": true, "final": true, "auto": true}

func namedBeside(data []byte, ls, s, e, le int, is func(word string) bool) bool {
	named := func(b []byte) (found bool) {
		eachIdent(b, isIdent, func(id []byte, _ int) bool {
			found = is(string(id))
			return !found
		})
		return found
	}
	if named(data[e:le]) || s < e && named(data[ls:s]) {
		return true
	}
	first := func(line []byte) bool {
		line = bytes.TrimLeft(line, " \t\"'#/*-{,")
		for {
			j := 0
			for j < len(line) && isIdent(line[j]) {
				j++
			}
			if j > 0 && j < len(line) && line[j] == ' ' && declWords[string(line[:j])] {
				// A declaration's keyword: "let iv = …", "const iv =".
				line = bytes.TrimLeft(line[j:], " ")
				continue
			}
			return j > 0 && is(string(line[:j]))
		}
	}
	at := ls
	for range 2 {
		if at == 0 {
			break
		}
		pls, _ := lineBounds(data, at-1, at-1)
		if first(data[pls : at-1]) {
			return true
		}
		at = pls
	}
	at = le
	for range 2 {
		if at >= len(data) {
			break
		}
		_, nle := lineBounds(data, at+1, at+1)
		if first(data[at+1 : nle]) {
			return true
		}
		at = nle
	}
	return false
}

// binaryFieldName returns the name of the field a value at s is stored
// under, when the bytes between them are a serialiser's type and length
// bytes: at most maxFieldGap bytes, serialiser's bytes (serialByte) and a
// printable one right after them (a length of 64 is "@",
// pickle's "private_key\x94\x8c@<hex>", msgpack's "privateKey\xd9B0x…").
// "" when no byte between is a serialiser's (text is read as text) or
// no name of three characters or more stands before them.
func binaryFieldName(data []byte, s int, binaryData bool) string {
	i, seen := s, false
gap:
	for i > 0 && s-i < maxFieldGap {
		switch {
		case serialAt(data, i-1, binaryData):
			seen = true
		case i >= 2 && serialAt(data, i-2, binaryData) && (i == s || seen):
			// A length byte that is printable, after a type byte.
		default:
			break gap
		}
		i--
	}
	if !seen {
		return ""
	}
	j := i
	for j > 0 && i-j < 64 && (isIdent(data[j-1]) || data[j-1] == '.' || data[j-1] == '-') {
		j--
	}
	if i-j < 3 {
		return ""
	}
	return string(data[j:i])
}

// maxFieldGap bounds the bytes binaryFieldName reads between a field's
// name and its value.
const maxFieldGap = 6

// shellHistory reports whether path names a shell's history, where each
// line is a command of its own: the one above labels nothing ("cd
// ~/src/wallet-service" over "bitcoin-cli getrawtransaction <txid>").
func shellHistory(path string) bool {
	switch strings.ToLower(path[strings.LastIndexAny(path, "/\\")+1:]) {
	case ".bash_history", ".zsh_history", ".zhistory", ".sh_history", "fish_history", "consolehost_history.txt", ".histfile", ".history":
		return true
	}
	return false
}

// labelAbove returns the line [s, e) that labels the value on the line
// [ls, le): the line before, when it is a label (labelLine), past an
// underline ("=====", "-----") and one blank line; or, when the value's
// line is an item of a list of such values ("(0) 0x…", "1. …", "- …",
// or the value alone: bareItem), the heading over the list, past its
// other items:
//
//	Private Keys
//	==================
//	(0) 0xac09…
//	(1) 0x59c6…
//
// as Anvil and Ganache print their accounts' keys.
func labelAbove(data []byte, ls, le int) (s, e int, ok bool) {
	bare := bareItem(data[ls:le])
	item := listItem(data[ls:le]) || bare
	blanks := 0
	fenced := false // past a code block's fence
	for p, n := ls, 0; n < 64; n++ {
		ps := prevLineStart(data, p)
		if ps < 0 {
			return 0, 0, false
		}
		line := data[ps : p-1]
		t := bytes.TrimSpace(line)
		switch {
		case len(t) == 0:
			if blanks++; blanks > 1 && !item {
				return 0, 0, false
			}
		case underline(t):
		case replInput(t) && p == ls:
			// ">>> key.hex()" over what it printed: the label is over
			// the prompt.
		case p == ls && chatHeading(t):
			// A chat export's heading of a message's time and sender
			// over the value, the whole message ("2024-03-05 21:13:40
			// 张伟", "Dana  10:02 AM"): the label is the message above,
			// past the blank line before the heading.
			blanks--
		case item && listItem(line), bare && bareItem(line):
		case bare && arrayOpener(t):
			// "PRIVATE_KEYS=(", "keys = [": the name of the list.
			return ps, p - 1, true
		case p == ls && codeFence(t):
			// A Markdown code block's fence right over the value (a
			// chat message's "```"): the label is the line above it,
			// when that line introduces the block with a colon (not
			// a heading over a block of code).
			fenced = true
		default:
			return ps, p - 1, labelLine(line) && (!fenced || bytes.HasSuffix(t, []byte(":")))
		}
		p = ps
	}
	return 0, 0, false
}

// codeFence reports whether t (a trimmed line) opens a Markdown code
// block: "```" or "~~~", maybe with the block's language ("```text").
func codeFence(t []byte) bool {
	if !bytes.HasPrefix(t, []byte("```")) && !bytes.HasPrefix(t, []byte("~~~")) {
		return false
	}
	for _, c := range t[3:] {
		if !isIdent(c) {
			return false
		}
	}
	return true
}

// chatHeading reports whether t (a trimmed line) is a chat export's
// heading of a message: a time of day (h:mm, maybe :ss) in its first
// bytes, a date maybe, a name and maybe AM or PM, and nothing after the
// time that ends in a colon (a label) or holds a 64-hex value.
func chatHeading(t []byte) bool {
	if len(t) > 64 || bytes.HasSuffix(t, []byte(":")) || bytes.ContainsAny(t, "=\"{}") {
		return false
	}
	e := decode.TimeIn(t[:min(len(t), 37)])
	colon := e - 3 // of the hours and minutes, before any seconds
	if e >= 6 && t[e-3] == ':' {
		colon = e - 6
	}
	if e < 0 || colon >= 32 {
		return false
	}
	// After the time, a name or AM/PM: a few words, no field of a log
	// line ("[deployer] info: …").
	after := t[e:]
	return !bytes.ContainsAny(after, ":[]()=") && len(bytes.Fields(after)) <= 3 && len(bytes.Fields(t[:colon])) <= 4
}

// tableHeader returns the header of the column of a Markdown table whose
// row, the line at ls, holds the value at s ("| wallet | private key |"
// over "| --- | --- |" over "| hot | 4c0b… |"): the table's header is the
// line above its delimiter row, which other rows may stand between.
func tableHeader(data []byte, ls, s int) ([]byte, bool) {
	row := bytes.TrimLeft(data[ls:s], " \t")
	if len(row) == 0 || row[0] != '|' {
		return nil, false
	}
	col := bytes.Count(row, []byte("|"))
	for p, n := ls, 0; n < 64; n++ {
		ps := prevLineStart(data, p)
		if ps < 0 {
			return nil, false
		}
		t := bytes.TrimSpace(data[ps : p-1])
		if len(t) == 0 || t[0] != '|' {
			return nil, false
		}
		if len(bytes.Trim(t, "|-: ")) == 0 && bytes.Contains(t, []byte("-")) {
			// The delimiter row: the header is the line above.
			hs := prevLineStart(data, ps)
			if hs < 0 {
				return nil, false
			}
			cells := bytes.Split(bytes.TrimSpace(data[hs:ps-1]), []byte("|"))
			if len(cells) <= col || len(cells[0]) != 0 {
				return nil, false
			}
			head := bytes.TrimSpace(cells[col])
			if sq := string(squash(head)); sq == "key" || sq == "keys" {
				// "| Wallet | Key | Notes |": a table of wallets, whose
				// bare "Key" column holds each one's key.
				for i, c := range cells {
					if i != col && walletQualifier(string(squash(c))) {
						return []byte("wallet key"), true
					}
				}
			}
			return head, true
		}
		p = ps
	}
	return nil, false
}

// maxHeaderCell bounds a CSV header's cell csvHeader reads.
const maxHeaderCell = 48

// csvHeader returns the header of the column of a CSV or TSV row, the
// line at ls, that holds the value at s: data's first line, when it has
// as many separators (',', ';' or a tab; two or more; those in a cell in
// quotes left out) as the row, and its cell that many separators in
// holds a name (letters, no value of 16 hex digits or more): "Tx-ID" over
// a transaction's hash, "private_key" over a key.
func csvHeader(data []byte, ls, s int) ([]byte, bool) {
	he := bytes.IndexByte(data, '\n')
	if ls == 0 || he < 0 || he >= ls {
		return nil, false
	}
	head := bytes.TrimRight(data[:he], "\r")
	le := bytes.IndexByte(data[ls:], '\n')
	if le < 0 {
		le = len(data) - ls
	}
	row := data[ls : ls+le]
	for _, sep := range [...]byte{',', ';', '\t'} {
		seps := csvSeps(head, sep)
		n := len(seps)
		if n < 2 || len(csvSeps(row, sep)) != n {
			continue
		}
		k := len(csvSeps(data[ls:s], sep))
		from, to := 0, len(head)
		if k > 0 {
			from = seps[k-1] + 1
		}
		if k < n {
			to = seps[k]
		}
		cell := bytes.Trim(bytes.TrimSpace(head[from:to]), `"'`)
		if len(cell) == 0 || len(cell) > maxHeaderCell || hexRun(cell, 16) || !bytes.ContainsFunc(cell, unicode.IsLetter) {
			return nil, false
		}
		return cell, true
	}
	return nil, false
}

// csvSeps returns where the separators sep of a CSV line stand, but
// those in a cell in double quotes ("June 4, 2022 3:10 PM").
func csvSeps(line []byte, sep byte) []int {
	var out []int
	quoted := false
	for i, c := range line {
		switch {
		case c == '"':
			quoted = !quoted
		case c == sep && !quoted:
			out = append(out, i)
		}
	}
	return out
}

// hexRun reports whether b holds n hex digits or more in a row.
func hexRun(b []byte, n int) bool {
	found := false
	byteruns.Each(b, &hexDigit, n, func(int, int) bool {
		found = true
		return false
	})
	return found
}

// underline reports whether t (trimmed) is a heading's underline: three
// or more of one of '=', '-', '~', '*', '_', '#'.
func underline(t []byte) bool {
	if len(t) < 3 || !strings.ContainsRune("=-~*_#", rune(t[0])) {
		return false
	}
	return len(bytes.Trim(t, string(t[:1]))) == 0
}

// walletApps are wallet apps whose export of an account is its private
// key in hex (MetaMask's "Export private key", Rabby's, Phantom's, …).
var walletApps = []string{"metamask", "rabby", "phantom", "trust wallet", "trustwallet", "coinbase wallet", "exodus", "brave wallet",
	"okx wallet", "rainbow wallet", "zerion",
	// Web and mobile wallets that show or take an account's key in hex.
	"myetherwallet", "mycrypto", "imtoken", "tokenpocket", "bitkeep", "coin98", "atomic wallet", "guarda"}

// walletEntry reports whether the chunk is an entry of a password
// manager's export (read as a member "entry N: <title>", its fields a
// line each) whose text names a wallet app, a hardware wallet or a
// wallet, a signing role ("username: deployer", a dapp's local sign-in)
// or holds an address (walletRow).
func walletEntry(c *detect.Chunk) bool {
	base := c.Path[strings.LastIndexByte(c.Path, '!')+1:]
	if !strings.HasPrefix(base, "entry ") || len(c.Data) > 64<<10 {
		return false
	}
	return walletRow(c.Data, nil) || containsFold(c.Data, "ledger") || containsFold(c.Data, "trezor")
}

// maxKeychainLines is how many lines above an item's data
// keychainItemNames reads for its attributes.
const maxKeychainLines = 32

// keychainAttrs are the attributes of a keychain item that name it in
// "security dump-keychain" output: its label (0x00000007), account and
// service.
var keychainAttrs = [][]byte{[]byte(`0x00000007 <blob>="`), []byte(`"acct"<blob>="`), []byte(`"svce"<blob>="`)}

// keychainItemNames returns the label, account and service of the
// keychain item whose data is the value at s: the value starts its line
// after a quote, under a line "data:", in the output of "security
// dump-keychain -d"; nil otherwise.
func keychainItemNames(data []byte, s int) []string {
	ls := bytes.LastIndexByte(data[:s], '\n') + 1
	if k := plistKeyAbove(data, s); k == "v_Data" || k == "v_data" {
		return plistItemNames(data, ls)
	}
	if string(data[ls:s]) != `"` {
		return nil
	}
	ps := prevLineStart(data, ls)
	if ps < 0 || string(bytes.TrimSpace(data[ps:ls-1])) != "data:" {
		return nil
	}
	var out []string
	for _, line := range linesAbove(data, ps, maxKeychainLines) {
		line = bytes.TrimSpace(line)
		if bytes.HasPrefix(line, []byte("keychain:")) || bytes.HasPrefix(line, []byte("data:")) {
			break
		}
		for _, a := range keychainAttrs {
			if v, ok := bytes.CutPrefix(line, a); ok && len(v) > 1 && v[len(v)-1] == '"' {
				out = append(out, string(v[:len(v)-1]))
			}
		}
	}
	return out
}

// maxHalvesAbove is how many lines above a key split in halves
// keyWordAbove reads.
const maxHalvesAbove = 4

// keyWordAbove reports whether one of the maxHalvesAbove lines above the
// one holding data[s] names a key and no hash ("The key is split so it is
// not grep-able:", a mail's "Subject: key (split)").
func keyWordAbove(data []byte, s int) bool {
	for _, line := range linesAbove(data, bytes.LastIndexByte(data[:s], '\n')+1, maxHalvesAbove) {
		if sw := statementEvidence(line, ""); sw.hash == 0 && sw.words >= wStmtKeyWord {
			return true
		}
	}
	return false
}

// plistItemAttrs are the keys of a keychain item's attributes that name
// it in a property list of items (keychain-dumper's and other exports):
// its account, service and label.
var plistItemAttrs = []string{"<key>acct</key>", "<key>svce</key>", "<key>labl</key>"}

// plistItemNames returns the account, service and label of the keychain
// item in a property list whose data ("<key>v_Data</key>" over the value)
// is on the line at ls: the strings under plistItemAttrs in the item's
// <dict>, a line each, above the value.
func plistItemNames(data []byte, ls int) []string {
	var out []string
	under := "" // the line under the one read
	for _, b := range linesAbove(data, ls, maxKeychainLines) {
		line := string(bytes.TrimSpace(b))
		if line == "<dict>" || line == "</dict>" {
			break
		}
		if slices.Contains(plistItemAttrs, line) {
			if v, ok := strings.CutPrefix(under, "<string>"); ok && strings.HasSuffix(v, "</string>") {
				out = append(out, strings.TrimSuffix(v, "</string>"))
			}
		}
		under = line
	}
	return out
}

// maxRecordLines is how many lines above a value walletRecord reads.
const maxRecordLines = 6

// walletRecord reports whether the record the value at s is in (its
// lines above, up to a blank line, at most maxRecordLines) names a
// wallet app or a wallet: a credential store's dump ("TargetName :
// MetaMask-Backup", "UserName : …", "Password : …").
func walletRecord(data []byte, s int) bool {
	for _, line := range linesAbove(data, bytes.LastIndexByte(data[:s], '\n')+1, maxRecordLines) {
		if len(bytes.TrimSpace(line)) == 0 {
			return false
		}
		if walletAppNamed(line) || containsFold(line, "wallet") {
			return true
		}
	}
	return false
}

// plistKeyAbove returns the name of a property list's key on the line
// above the value at s when the value starts its line's <string> (or
// <data>) element: "\t<key>eth_pk</key>" over "\t<string>…"; "" otherwise.
func plistKeyAbove(data []byte, s int) string {
	ls := bytes.LastIndexByte(data[:s], '\n') + 1
	lead := bytes.TrimLeft(data[ls:s], " \t")
	if ls == 0 || !bytes.Equal(lead, []byte("<string>")) && !bytes.Equal(lead, []byte("<data>")) {
		return ""
	}
	// The <key> right above; or above the <array> the value is an item
	// of, past the items before it ("<key>privateKeys</key>", "<array>",
	// "<string>…", a line each).
	inArray := false
	for n := 0; n < maxPlistItems; n++ {
		ps := prevLineStart(data, ls)
		if ps < 0 {
			return ""
		}
		prev := bytes.TrimSpace(data[ps : ls-1])
		ls = ps
		switch {
		case bytes.Equal(prev, []byte("<array>")):
			inArray = true
			continue
		case !inArray && bytes.HasPrefix(prev, []byte("<string>")) && bytes.HasSuffix(prev, []byte("</string>")):
			continue // an item before it, if an array is above
		}
		key, ok := bytes.CutPrefix(prev, []byte("<key>"))
		if key, ok2 := bytes.CutSuffix(key, []byte("</key>")); ok && ok2 && len(key) > 0 && len(key) <= 64 && bytes.IndexByte(key, '<') < 0 && (inArray || n == 0) {
			return string(key)
		}
		return ""
	}
	return ""
}

// maxPlistItems is how many lines above a value plistKeyAbove looks
// through for its array's key.
const maxPlistItems = 16

// namedAs weighs value as if assigned to v ("v=<value>") and reports
// whether that name says more than nw: more for a key, or a hash's name
// where nw says nothing against one.
func namedAs(v string, value []byte, nw int) (w int, reason, name string, ok bool) {
	named := append([]byte(v+"="), value...)
	w, reason, name = nameEvidenceAt(named, nil, len(v)+1, len(named), nil)
	return w, reason, name, w > nw || w < 0 && nw >= 0
}

// multilineOpeners end the line that opens a multi-line string: Python's
// and TOML's triple quotes, Swift's, C#'s raw and verbatim strings,
// PowerShell's here-strings, Lua's long brackets, Rust's raw strings,
// JavaScript's template literal.
var multilineOpeners = []string{`"""`, "'''", `@"`, `@'`, "[[", `r#"`, `r"`, "`"}

// openerAbove returns the name assigned on the line above the value at s
// when that line ends in a multi-line string's opener (multilineOpeners,
// or a heredoc's "<<~HEX", "<<'EOF'", with method calls after it) and
// the value starts its own line: "SIGNER_KEY = <<~HEX.strip" over "  …";
// "" otherwise.
func openerAbove(data []byte, s int) string {
	ls := bytes.LastIndexByte(data[:s], '\n') + 1
	if ls == 0 || len(bytes.TrimLeft(data[ls:s], " \t")) > 0 {
		return ""
	}
	ps := prevLineStart(data, ls)
	if ps < 0 {
		return ""
	}
	prev := bytes.TrimRight(data[ps:ls-1], " \t\r")
	if len(prev) > 200 {
		return ""
	}
	open := -1
	for _, o := range multilineOpeners {
		if bytes.HasSuffix(prev, []byte(o)) {
			open = len(prev) - len(o)
			break
		}
	}
	if open < 0 {
		open = heredocOpener(prev)
	}
	if open < 0 {
		return ""
	}
	// "$(cat " of a shell's command substitution around a heredoc.
	before := bytes.TrimSuffix(bytes.TrimRight(prev[:open], " \t"), []byte("$(cat"))
	return assignedName(bytes.TrimRight(before, " \t"))
}

// heredocOpener returns where a heredoc's opener starts when line ends in
// one ("<<~HEX", "<<-EOS", "<<'EOF'", "<<~HEX.strip"), or -1.
func heredocOpener(line []byte) int {
	k := bytes.LastIndex(line, []byte("<<"))
	if k < 0 {
		return -1
	}
	rest := bytes.Trim(bytes.TrimLeft(line[k+2:], "~-"), `'"`)
	n := 0
	for n < len(rest) && (asciiLetterByte(rest[n]) || rest[n] == '_' || rest[n] >= '0' && rest[n] <= '9') {
		n++
	}
	if n == 0 {
		return -1
	}
	for _, c := range rest[n:] {
		if !asciiLetterByte(c) && c != '_' && c != '.' && c != '\'' && c != '"' && c != '(' && c != ')' {
			return -1
		}
	}
	return k
}

// flagAbove returns the name of a command line's flag (without its
// dashes) that is the item or the line above the value at s when the
// value is alone in its own: "\"--private-key\"," over "\"0x…\",", "-
// --private-key" over "- …", "--keeper-pk \\" over "… \\"; "" otherwise.
func flagAbove(data []byte, s int) string {
	ls := bytes.LastIndexByte(data[:s], '\n') + 1
	lead := bytes.TrimLeft(data[ls:s], " \t")
	lead = bytes.TrimPrefix(lead, []byte("- "))
	if ls == 0 || len(lead) > 1 || len(lead) == 1 && lead[0] != '"' && lead[0] != '\'' {
		return ""
	}
	ps := prevLineStart(data, ls)
	if ps < 0 {
		return ""
	}
	prev := bytes.TrimSpace(data[ps : ls-1])
	prev = bytes.TrimSpace(bytes.TrimSuffix(prev, []byte("\\")))
	prev = bytes.TrimSuffix(prev, []byte(","))
	prev = bytes.TrimPrefix(prev, []byte("- "))
	if len(prev) >= 2 && (prev[0] == '"' || prev[0] == '\'') && prev[len(prev)-1] == prev[0] {
		prev = prev[1 : len(prev)-1]
	}
	if !bytes.HasPrefix(prev, []byte("-")) {
		return ""
	}
	flag := bytes.TrimLeft(prev, "-")
	if len(flag) == 0 || len(flag) > 64 || len(prev)-len(flag) > 2 || !asciiLetterByte(flag[0]) {
		return ""
	}
	for _, c := range flag {
		if !alnum[c] && c != '-' && c != '_' && c != '.' {
			return ""
		}
	}
	return string(flag)
}

// otherHexIn reports whether src holds a run of 64 hex digits other than
// the value's (its last 64 digits): a cell's code that writes its key
// out ("Account.from_key('…')") names that key, not another value the
// cell printed.
func otherHexIn(src, value []byte) bool {
	if len(value) < 64 {
		return false
	}
	v := value[len(value)-64:]
	other := false
	byteruns.Each(src, &hexDigit, 64, func(s, e int) bool {
		other = e-s == 64 && !bytes.EqualFold(src[s:e], v)
		return !other
	})
	return other
}

// passwordColumn reports whether a CSV's column header is a password's
// ("password", "Password", "login_password").
func passwordColumn(head []byte) bool {
	h := strings.ToLower(strings.Trim(string(bytes.TrimSpace(head)), "\"'"))
	return h == "password" || h == "login_password" || h == "pass" || h == "passwort" || h == "contraseña"
}

// walletRow reports whether the cells of a row beside a value (before
// and after it) name a wallet app or a wallet, a signing role, or hold
// an Ethereum address (a dapp's sign-in, whose only credential is the
// account's key).
func walletRow(before, after []byte) bool {
	for _, b := range [][]byte{before, after} {
		if walletAppNamed(b) || containsFold(b, "wallet") || addressIn(b) {
			return true
		}
		for _, w := range bytes.FieldsFunc(bytes.ToLower(b), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if signerRoles[string(w)] || string(w) == "deployer" || string(w) == "signer" {
				return true // a "relayer", a "deployer" signing in
			}
		}
	}
	return false
}

// addressIn reports whether b holds an address: "0x" and 40 hex digits
// (eachAddress).
func addressIn(b []byte) bool {
	found := false
	eachAddress(b, func(int) bool {
		found = true
		return false
	})
	return found
}

// walletAppNamed reports whether b names one of walletApps.
func walletAppNamed(b []byte) bool {
	return slices.ContainsFunc(walletApps, func(a string) bool { return containsFold(b, a) })
}

// walletExportAbove reports whether the value at s starts its line ls
// and the line above, ended by a colon, says it was exported from a
// wallet app ("I exported it from MetaMask:").
func walletExportAbove(data []byte, ls, s int) bool {
	if ls == 0 || len(bytes.TrimSpace(data[ls:s])) > 0 {
		return false
	}
	pls, _ := lineBounds(data, ls-1, ls-1)
	line := bytes.TrimSpace(data[pls : ls-1])
	if len(line) == 0 || line[len(line)-1] != ':' || len(line) > 200 {
		return false
	}
	if !containsFold(line, "export") || statementEvidence(line, "").hash != 0 {
		return false // "I exported the MetaMask tx:": its hash
	}
	return walletAppNamed(line)
}

// digestPrefix reports whether the word that ends at stmt[j] is followed
// by a colon and 32 hex digits or more: the algorithm of a digest written
// as one token ("sha256:7c17…", an OCI image's or a blob's id).
func digestPrefix(stmt []byte, j int) bool {
	if j >= len(stmt) || stmt[j] != ':' {
		return false
	}
	n := 0
	for k := j + 1; k < len(stmt) && hexDigit[stmt[k]]; k++ {
		n++
	}
	return n >= 32
}

// chainTitles are the names of chains that sign with secp256k1 keys
// written as 64 hex digits, and of wallet apps that export them, that
// title a note holding a key (lower case, as chainTitleAbove folds the
// line).
var chainTitles = map[string]bool{"eth": true, "ethereum": true, "polygon": true, "arbitrum": true, "optimism": true,
	"avalanche": true, "metamask": true, "rabby": true, "trust wallet": true}

// chainTitleWords are the Hex detector's key words for the notes
// chainNote reads: "eth" at a line's end (a line break after it, raw or
// escaped in a JSON string, or a colon), the other chainTitles as they
// are (metamask and rabby are key words already). The scan's prefilter
// holds at most 128 key words in its fast filter: each one counts.
var chainTitleWords = []string{"eth\n", "eth\r", "eth:", `eth\`, "ethereum", "polygon", "arbitrum", "optimism", "avalanche", "trust wallet"}

// accountWords name a wallet app's account in a note's title after the
// app ("metamask cuenta 2"), in the languages of the notes read.
var accountWords = map[string]bool{"account": true, "acct": true, "acc": true, "cuenta": true, "conta": true, "compte": true,
	"konto": true, "conto": true, "rekening": true, "hesap": true, "akun": true}

// accountUnnumbered returns title without an account's number and word
// after the app's or chain's name ("metamask cuenta 2", "MetaMask
// account #3", "eth 2" read "metamask", "MetaMask", "eth"): title as it is
// when it ends otherwise.
func accountUnnumbered(title []byte) []byte {
	f := bytes.Fields(title)
	n := len(f)
	if n < 2 {
		return title
	}
	last := bytes.TrimPrefix(f[n-1], []byte("#"))
	if len(last) == 0 || len(last) > 3 || bytes.ContainsFunc(last, func(r rune) bool { return r < '0' || r > '9' }) {
		return title
	}
	n--
	if n >= 2 && accountWords[string(bytes.ToLower(f[n-1]))] {
		n--
	}
	return bytes.TrimSpace(title[:bytes.Index(title, f[n-1])+len(f[n-1])])
}

// chainTitleAbove reports whether the value at [s, e) is all of its line
// [ls, le), the line above is one of chainTitles alone (a colon after it
// or not; an account's number after it, accountUnnumbered) at the text's
// start or after a blank line, and nothing but a blank line or the
// text's end comes after: a note of two lines.
func chainTitleAbove(data []byte, ls, s, e, le int) bool {
	if ls == 0 || len(bytes.TrimSpace(data[ls:s])) > 0 || len(bytes.TrimSpace(data[e:le])) > 0 {
		return false
	}
	if le < len(data) {
		nls := le + 1
		nle := bytes.IndexByte(data[nls:], '\n')
		if nle < 0 {
			nle = len(data) - nls
		}
		if len(bytes.TrimSpace(data[nls:nls+nle])) > 0 {
			return false
		}
	}
	pls, _ := lineBounds(data, ls-1, ls-1)
	title := bytes.TrimSuffix(bytes.TrimSpace(data[pls:ls-1]), []byte(":"))
	if len(title) == 0 || len(title) > 40 || !chainTitles[string(bytes.ToLower(accountUnnumbered(title)))] {
		return false
	}
	if pls == 0 {
		return true
	}
	bls, _ := lineBounds(data, pls-1, pls-1)
	return len(bytes.TrimSpace(data[bls:pls-1])) == 0
}

// maxChainNote is the largest text chainNote reads: a note of a few
// lines.
const maxChainNote = 1024

// chainNote reports whether data is a short note that is a chain's or a
// wallet app's name over 64 hex digits (chainTitleAbove), which names no
// key in the words the chunk is searched for first (hint.KeyWords).
func chainNote(data []byte, runs *byteruns.Index) bool {
	if len(data) > maxChainNote {
		return false
	}
	found := false
	runs.Each(data, &hexDigit, 64, func(s, e int) bool {
		if e-s == 64 {
			ls, le := lineBounds(data, s, e)
			found = chainTitleAbove(data, ls, s, e, le)
		}
		return !found
	})
	return found
}

// simpleKeyPair reports whether the value at s is an item of the "data"
// array of a MetaMask keyring of type "Simple Key Pair" (within 256 bytes
// before it, with no bracket closed between).
func simpleKeyPair(data []byte, s int) bool {
	w := data[max(0, s-256):s]
	k := bytes.LastIndex(w, []byte("Simple Key Pair"))
	if k < 0 {
		return false
	}
	rest := w[k:]
	return bytes.Contains(rest, []byte("data")) && !bytes.ContainsAny(rest, "}]")
}

// keyCommands are the commands (or their flags) that print an account's
// private key as bare hex: the Cosmos SDK's "keys export --unarmored-hex"
// and Ethermint's "keys unsafe-export-eth-key", Foundry's "cast wallet
// private-key" (once "derive-private-key").
var keyCommands = []string{"--unarmored-hex", "unsafe-export-eth-key", "cast wallet private-key", "cast wallet derive-private-key"}

// keyCommandAbove reports whether the value at s starts its line (ls) and
// one of the keyCommandLines lines above runs one of keyCommands.
func keyCommandAbove(data []byte, ls, s int) bool {
	if ls == 0 || len(bytes.TrimSpace(data[ls:s])) > 0 {
		return false
	}
	for n := 0; n < keyCommandLines && ls > 0; n++ {
		pls, _ := lineBounds(data, ls-1, ls-1)
		line := data[pls : ls-1]
		ls = pls
		if len(line) < 512 && bytes.Contains(line, []byte("find-generic-password")) {
			return keychainPasswordCommand(line) // the nearest item's
		}
		if len(line) < 512 && slices.ContainsFunc(keyCommands, func(c string) bool { return bytes.Contains(line, []byte(c)) }) {
			return true
		}
	}
	return false
}

// keychainPasswordCommand reports whether line, a run of macOS's
// "security find-generic-password", asks with -w for the item's password
// alone, of an item its service, account or label names as a wallet's
// or a signing role's ("-s \"Acorn Relayer\""): a key kept in the
// keychain.
func keychainPasswordCommand(line []byte) bool {
	if !bytes.Contains(line, []byte(" -w")) {
		return false
	}
	for _, w := range bytes.FieldsFunc(bytes.ToLower(line), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if roleWord(string(w)) || holderNames[string(w)] || bytes.Contains(w, []byte("wallet")) {
			return true
		}
	}
	return false
}

// keyCommandLines is how far above a value keyCommandAbove looks: the
// command, a passphrase's prompt and a warning to confirm.
const keyCommandLines = 4

// goPrintedECDSA reports whether before, the text before a decimal
// integer, ends as Go's fmt prints an *ecdsa.PrivateKey up to its D:
// "&{PublicKey:{Curve:0xc0000b2000 X:+5507… Y:+4218…} D:+" with %+v,
// "&{{0xc0000b2000 +5507… +4218…} +" with %v.
func goPrintedECDSA(before []byte) bool {
	line := before[bytes.LastIndexByte(before, '\n')+1:]
	var pub []byte
	if t, ok := bytes.CutSuffix(line, []byte("} D:+")); ok {
		k := bytes.LastIndex(t, []byte("PublicKey:{Curve:0x"))
		if k < 0 {
			return false
		}
		pub = t[k+len("PublicKey:{Curve:0x"):]
		var x, y []byte
		pub, x, _ = bytes.Cut(pub, []byte(" X:+"))
		x, y, ok = bytes.Cut(x, []byte(" Y:+"))
		return ok && hexOnly(pub) && decimalOnly(x) && decimalOnly(y)
	}
	t, ok := bytes.CutSuffix(line, []byte("} +"))
	k := bytes.LastIndex(t, []byte("{{0x"))
	if !ok || k < 0 {
		return false
	}
	f := bytes.Fields(t[k+len("{{0x"):])
	return len(f) == 3 && hexOnly(f[0]) && f[1][0] == '+' && decimalOnly(f[1][1:]) && f[2][0] == '+' && decimalOnly(f[2][1:])
}

// hexOnly and decimalOnly report whether b is a non-empty run of hex or
// decimal digits.
func hexOnly(b []byte) bool {
	for _, c := range b {
		if !hexDigit[c] {
			return false
		}
	}
	return len(b) > 0
}

func decimalOnly(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(b) > 0
}

// replInput reports whether the trimmed line t is the input of an
// interactive interpreter, whose output the next line is: Python's
// ">>> " and IPython's "In [3]: ".
func replInput(t []byte) bool {
	t = bytes.TrimSpace(t)
	if bytes.HasPrefix(t, []byte(">>> ")) {
		return true
	}
	if !bytes.HasPrefix(t, []byte("In [")) {
		return false
	}
	k := bytes.Index(t, []byte("]: "))
	if k < 5 {
		return false
	}
	for _, c := range t[4:k] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// listItem reports whether line is an item of a list of 64-hex values: a
// marker ("(0)", "1.", "2)", "#3", "-", "*"), the value, with or without
// "0x", and maybe a note in parentheses after it.
func listItem(line []byte) bool {
	t := bytes.TrimSpace(line)
	switch {
	case len(t) == 0:
		return false
	case t[0] == '-' || t[0] == '*':
		t = t[1:]
	default:
		open := t[0] == '(' || t[0] == '#' || t[0] == '['
		i := 0
		if open {
			i = 1
		}
		j := i
		for j < len(t) && t[j] >= '0' && t[j] <= '9' {
			j++
		}
		if j == i || j == len(t) || !strings.ContainsRune(".):]", rune(t[j])) && !(t[0] == '#' && t[j] == ' ') {
			return false
		}
		if t[j] != ' ' {
			j++
		}
		t = t[j:]
	}
	t = bytes.TrimSpace(t)
	t = bytes.TrimPrefix(bytes.TrimPrefix(t, []byte("0x")), []byte("0X"))
	if len(t) < 64 {
		return false
	}
	for _, c := range t[:64] {
		if !hexDigit[c] {
			return false
		}
	}
	rest := bytes.TrimSpace(t[64:])
	return len(rest) == 0 || rest[0] == '('
}

// arrayOpener reports whether t (a trimmed line) opens a list of values
// a line under a name: "NAME=(" (a shell array), "name = [", "name: [",
// "\"name\": [".
func arrayOpener(t []byte) bool {
	if len(t) < 3 || t[len(t)-1] != '(' && t[len(t)-1] != '[' {
		return false
	}
	b := bytes.TrimRight(t[:len(t)-1], " \t")
	if len(b) == 0 || b[len(b)-1] != '=' && b[len(b)-1] != ':' {
		return false
	}
	b = bytes.Trim(bytes.TrimRight(b[:len(b)-1], " \t"), `"'`)
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if !isIdent(c) {
			return false
		}
	}
	return true
}

// bareItem reports whether line holds a 64-digit hex value and nothing
// else but quotes around it, "0x" before it and a comma after it: an
// item of a list of values a line (a shell array's "KEYS=(" over its
// keys, a YAML or JSON list).
func bareItem(line []byte) bool {
	t := bytes.TrimSpace(line)
	t = bytes.TrimSuffix(t, []byte(","))
	if len(t) >= 2 && (t[0] == '"' || t[0] == '\'') && t[len(t)-1] == t[0] {
		t = t[1 : len(t)-1]
	}
	t = bytes.TrimPrefix(bytes.TrimPrefix(t, []byte("0x")), []byte("0X"))
	return len(t) == 64 && hexOnly(t)
}

// privateKeyPhrase reports whether a label line says "private key" (or
// keys) in words, in English or another language (foreignKeyPhrases):
// the compound private-key word written as prose.
func privateKeyPhrase(line []byte) bool {
	l := bytes.ToLower(line)
	for _, w := range [...]string{"private key", "private-key", "signing key"} {
		if phraseNotNegated(l, w) {
			return true
		}
	}
	return foreignKeyPhrase(l) || legacyKeyPhrase(line)
}

// negations are the words that deny what follows them ("no private
// keys", "keine privaten Schlüssel", "sin clave privada"), in the
// languages of foreignKeyPhrases that write them before a noun.
var negations = map[string]bool{
	"no": true, "not": true, "never": true, "without": true, "non": true,
	"kein": true, "keine": true, "keinen": true, "ohne": true, "nie": true, // German
	"sin": true, "ninguna": true, "ningún": true, "ni": true, // Spanish
	"sans": true, "aucune": true, "aucun": true, "pas": true, // French
	"senza": true, "nessuna": true, "nessun": true, // Italian
	"sem": true, "nenhuma": true, "nenhum": true, // Portuguese
	"geen": true, "zonder": true, // Dutch
	"bez": true, "žádný": true, "žádné": true, // Czech, Polish
	"без": true, "не": true, "нет": true, // Russian
}

// phraseNotNegated reports whether lower holds w, one time at least not
// right after a negation (a word of negations, maybe and an article or a
// possessive between: "not a private key", "no private keys").
func phraseNotNegated(lower []byte, w string) bool {
	for t := lower; ; {
		k := bytes.Index(t, []byte(w))
		if k < 0 {
			return false
		}
		words := strings.Fields(string(t[max(0, k-24):k]))
		denied := false
		for i := len(words) - 1; i >= 0 && i >= len(words)-2; i-- {
			if negations[strings.Trim(words[i], "(\"'“„,")] {
				denied = true
			}
		}
		if !denied {
			return true
		}
		t = t[k+len(w):]
	}
}

// foreignKeyPhrases say "private key" in other languages, lower case, as
// typed with accents and without: the labels of notes and config
// comments written in them ("clave privada:", "clé privée :", "秘密鍵：").
var foreignKeyPhrases = []string{
	"clave privada", "llave privada", // Spanish
	"clé privée", "cle privee", "clef privée", "clef privee", // French
	"chiave privata",                                                   // Italian
	"chave privada",                                                    // Portuguese
	"soukromý klíč", "soukromy klic", "privátní klíč", "privatni klic", // Czech
	"privater schlüssel", "private schlüssel", "privaten schlüssel", "privatschlüssel", // German, inflected
	"privater schluessel", "private schluessel", "privaten schluessel",
	"privésleutel", "private sleutel", "privé sleutel", // Dutch
	"klucz prywatny",                                    // Polish
	"приватный ключ", "закрытый ключ", "приватний ключ", // Russian, Ukrainian
	"приватник", "приватка", "приватку", "приватки", // Russian slang for a private key
	"özel anahtar", "ozel anahtar", // Turkish
	"kunci privat", "kunci pribadi", // Indonesian
	"khóa riêng", "khoá riêng", "khoa rieng", // Vietnamese
	"秘密鍵", "プライベートキー", // Japanese
	"개인키", "개인 키", "프라이빗 키", "프라이빗키", "비밀키", // Korean
	"私钥", "私鑰", "siyao", // Chinese, and its pinyin in names
	"privatnyy klyuch", "privatnyi klyuch", "privatniy klyuch", "privatnyj kljuch", "zakrytyy klyuch", // Russian in Latin letters
	"المفتاح الخاص", "مفتاح خاص", // Arabic
	"کلید خصوصی", "كليد خصوصی", // Persian
	"מפתח פרטי",                 // Hebrew
	"निजी कुंजी", "प्राइवेट की", // Hindi
	"คีย์ส่วนตัว", "กุญแจส่วนตัว", // Thai
	"ιδιωτικό κλειδί", "ιδιωτικο κλειδι", // Greek
}

// foreignKeyPhrase reports whether lower (lower case) holds one of
// foreignKeyPhrases.
func foreignKeyPhrase(lower []byte) bool {
	for _, w := range foreignKeyPhrases {
		if phraseNotNegated(lower, w) {
			return true
		}
	}
	return false
}

// legacyKeyPhrases are foreignKeyPhrases as the legacy code pages of
// their languages write them, which a note saved by an old editor is in
// (the scan reads such a file as bytes): GBK, Big5, Shift-JIS, EUC-JP,
// EUC-KR, Windows-1251 and KOI8-R, lower case and capitalised.
var legacyKeyPhrases = asBytes(hint.LegacyForms([]hint.LegacyGroup{
	{Encodings: []encoding.Encoding{simplifiedchinese.GBK}, Words: []string{"私钥"}},
	{Encodings: []encoding.Encoding{traditionalchinese.Big5}, Words: []string{"私鑰"}},
	{Encodings: []encoding.Encoding{japanese.ShiftJIS, japanese.EUCJP}, Words: []string{"秘密鍵"}},
	{Encodings: []encoding.Encoding{korean.EUCKR}, Words: []string{"개인키", "개인 키", "프라이빗키", "프라이빗 키", "비밀키"}},
	{Encodings: []encoding.Encoding{charmap.Windows1251, charmap.KOI8R}, Words: []string{"приватный ключ", "закрытый ключ", "приватний ключ",
		"Приватный ключ", "Закрытый ключ", "Приватний ключ"}},
}))

// asBytes returns the strings as byte slices, converted once.
func asBytes(ss []string) [][]byte {
	out := make([][]byte, len(ss))
	for i, s := range ss {
		out[i] = []byte(s)
	}
	return out
}

// legacyKeyPhrase reports whether raw holds one of legacyKeyPhrases. Each
// holds a byte of 0x80 or more, so text in ASCII is passed over at once.
func legacyKeyPhrase(raw []byte) bool {
	if !slices.ContainsFunc(raw, func(c byte) bool { return c >= 0x80 }) {
		return false
	}
	for _, w := range legacyKeyPhrases {
		if bytes.Contains(raw, w) {
			return true
		}
	}
	return false
}

// continuedLine returns where the line above the one starting at ls
// starts when the value at s begins its line (after spaces and a quote,
// or a decode call's opening: "fromHex(\"") and that line above ends
// open, with "(", "=" or ":": a call, an assignment or a field the value
// completes, as formatters break a long line ("const account =
// privateKeyToAccount(" over "'0x…',"; CosmJS's
// "DirectSecp256k1Wallet.fromKey(" over "fromHex(\"…\"),").
func continuedLine(data []byte, ls, s int) (int, bool) {
	lead := bytes.TrimLeft(data[ls:s], " \t")
	if len(lead) > 0 && (lead[len(lead)-1] == '"' || lead[len(lead)-1] == '\'' || lead[len(lead)-1] == '`') {
		lead = lead[:len(lead)-1]
	}
	if call, ok := bytes.CutSuffix(lead, []byte("(")); ok && len(call) > 0 {
		// hex.DecodeString, Buffer.from, bytes.fromhex: a decode call;
		// Rust's hex!( and hex_literal::hex!( macros.
		macro := false
		if m, ok := bytes.CutSuffix(call, []byte("!")); ok {
			macro = string(pathBase(m)) == "hex"
		}
		if !macro && !isDecode(string(squash(call))) {
			return 0, false
		}
	} else if len(lead) > 0 {
		return 0, false
	}
	ps := prevLineStart(data, ls)
	if ps < 0 {
		return 0, false
	}
	prev := bytes.TrimRight(data[ps:ls-1], " \t\r")
	if len(prev) == 0 {
		return 0, false
	}
	switch prev[len(prev)-1] {
	case '(', '=', ':':
		return ps, true
	}
	return 0, false
}

// linesAbove yields the start and the text (no line break) of each of the
// n lines above the one starting at ls, nearest first: the readers of a
// value's labels and records above it (keyWordAbove, walletRecord, a
// keychain item's attributes) walk them so, each with its own stop.
func linesAbove(data []byte, ls, n int) iter.Seq2[int, []byte] {
	return func(yield func(int, []byte) bool) {
		for range n {
			ps := prevLineStart(data, ls)
			if ps < 0 || !yield(ps, data[ps:ls-1]) {
				return
			}
			ls = ps
		}
	}
}

// prevLineStart returns where the line before the one starting at ls
// starts, or -1 when there is none.
func prevLineStart(data []byte, ls int) int {
	if ls == 0 {
		return -1
	}
	pls, _ := lineBounds(data, ls-1, ls-1)
	return pls
}

// labelLine reports whether a line reads as a label for the next one: a
// few words, perhaps a value ("deployer 0x<address>", "Private key:",
// "# wallet 2"), not code (no call, assignment or statement end) and not
// prose (at most labelWords words).
func labelLine(line []byte) bool {
	const labelWords = 6
	t := bytes.TrimSpace(withoutTags(line))
	comment := commentLine(t)
	t = bytes.TrimLeft(t, "/#*-;> \t")
	if len(t) == 0 || bytes.ContainsAny(t, "{};=\"`") || quoteMark(t) {
		return false
	}
	// A note in parentheses ("PRIVATE KEY (mainnet deployer)") is a
	// label's; a call ("load(") is code.
	for i := bytes.IndexByte(t, '('); i >= 0; {
		if i > 0 && isIdent(t[i-1]) {
			return false
		}
		k := bytes.IndexByte(t[i+1:], '(')
		if k < 0 {
			break
		}
		i += k + 1
	}
	// A line with a 64-hex value of its own labels that value, not the
	// next line ("Private key: <hex>\nX: <hex>" is a key pair).
	run := 0
	for _, c := range t {
		if run++; !hexDigit[c] {
			run = 0
		}
		if run >= 64 {
			return false
		}
	}
	// A note in parentheses is not counted; a line that says "private
	// key" may say more of whose ("Private key for the multisig signer
	// #2").
	words := 0
	depth := 0
	for _, f := range bytes.Fields(t) {
		if depth == 0 && f[0] != '(' {
			words++
		}
		depth += bytes.Count(f, []byte("(")) - bytes.Count(f, []byte(")"))
		depth = max(depth, 0)
	}
	if privateKeyPhrase(bytes.ToLower(t)) || roleKeyLabel(t) || comment && roleKeyWords(t) {
		if words <= 2*labelWords {
			return true
		}
		// A diary's line of sentences whose last is the label ("12 jan
		// – Daan was here. He found the key of Henk's Ethereum on the
		// old laptop:").
		last := lastSentence(t)
		return len(last) < len(t) && len(bytes.Fields(last)) <= 2*labelWords && (privateKeyPhrase(bytes.ToLower(last)) || roleKeyLabel(last))
	}
	return words <= labelWords
}

// lastSentence returns t from the start of its last sentence: past the
// last ". ", "! " or "? "; all of t when there is none.
func lastSentence(t []byte) []byte {
	for i := len(t) - 2; i > 0; i-- {
		if t[i+1] == ' ' && (t[i] == '.' || t[i] == '!' || t[i] == '?') {
			return bytes.TrimLeft(t[i+2:], " ")
		}
	}
	return t
}

// roleKeyLabel reports whether t (a trimmed line) ends in a colon, or is
// a comment (a declaration's, over it), and names a wallet's or a signing
// role's key ("the hot wallet key for the payout service, for the
// runbook:", "the deployer key for our relayer:", "// raw key for the
// loot signer").
func roleKeyLabel(t []byte) bool {
	return len(t) > 0 && (t[len(t)-1] == ':' || commentLine(t)) && roleKeyWords(t)
}

// commentLine reports whether t (a trimmed line) is a comment of code:
// it starts with "//", "#", "--", "/*" or a block comment's "*".
func commentLine(t []byte) bool {
	for _, m := range [...]string{"//", "#", "--", "/*", "* "} {
		if bytes.HasPrefix(t, []byte(m)) {
			return true
		}
	}
	return false
}

// roleLabelBefore reports whether before, the text before a value on its
// line, ends in a label (a colon, then spaces or a quote) whose words name
// a key and, last, the role it is for ("key for faucet:", "pk fuer
// sepolia faucet:"): "key" or "pk" (not an API's, a view's or a hash's),
// one of keyPrepositions, up to two words, the role.
func roleLabelBefore(before []byte) bool {
	t := bytes.TrimRight(before, " \t\"'`")
	l, ok := bytes.CutSuffix(t, []byte(":"))
	if !ok {
		return false
	}
	f := bytes.Fields(bytes.ToLower(l))
	n := len(f)
	if n < 3 {
		return false
	}
	if last := string(bytes.Trim(f[n-1], "()")); !roleWord(last) && !holderNames[last] || last == "private" {
		return false
	}
	for i := max(0, n-5); i < n-2; i++ {
		if k := string(bytes.Trim(f[i], ",:;.\"'(")); keyWordOf(k) && keyPrepositions[string(f[i+1])] &&
			(i == 0 || !hashWords[string(f[i-1])] && string(f[i-1]) != "api" && string(f[i-1]) != "view") {
			return true
		}
	}
	return false
}

// roleWord reports whether w names a wallet or a signing role whose key a
// label may name (stmtWalletWords, signerRoles); not an "account", a
// storage account's or a service account's as often as a wallet's.
func roleWord(w string) bool {
	return stmtWalletWords[w] && w != "account" && w != "acct" || signerRoles[w]
}

// keyPrepositions link a key to whose it is after it ("key for the loot
// signer", "pk fuer sepolia faucet"), in English and in the languages
// people mix into chat.
var keyPrepositions = map[string]bool{"for": true, "of": true, "from": true, "fuer": true, "für": true, "pour": true, "para": true, "per": true, "k": true,
	// "Schlüssel von Jonas", "sleutel van Henk", "clé de Marie", "chiave
	// di", "klucz dla", "ключ от": whose, in the languages of
	// foreignBareKeys.
	"von": true, "vom": true, "van": true, "voor": true, "de": true, "del": true, "della": true, "di": true, "da": true,
	"do": true, "du": true, "des": true, "dla": true, "для": true, "от": true}

// holderNames are the chains, and the words for a wallet, whose name
// after a key's preposition says whose the key is as a role would ("the
// key of Henk's Ethereum", "Schlüssel von Jonas (Bitcoin)").
var holderNames = map[string]bool{"ethereum": true, "eth": true, "bitcoin": true, "btc": true,
	// "Wallet" in the languages of foreignBareKeys, as it follows a
	// preposition ("ключ от кошелька", "klucz do portfela").
	"кошелька": true, "кошелек": true, "кошелёк": true, "гаманця": true, "portfela": true, "portfel": true,
	"peněženky": true, "peněženka": true, "cartera": true, "carteira": true, "billetera": true,
	"portefeuille": true, "portafoglio": true, "cüzdan": true, "cüzdanı": true, "dompet": true, "wallets": true}

// keyWordOf reports whether w (lower case, trimmed) is "key" or "pk", or
// the word for a key in another language (foreignBareKeys).
func keyWordOf(w string) bool {
	return w == "key" || w == "pk" || slices.Contains(foreignBareKeys, w)
}

// roleKeyWords reports whether t names a wallet's or a signing role's key
// ("the deployer key", "signer key of the relayer", "faucet pk"), also
// after it ("key for the loot signer", "key of our hot wallet", "pk fuer
// sepolia faucet", "Schlüssel von Jonas (Ethereum)": one of
// keyPrepositions, then up to two words, then the role or one of
// holderNames), unless the word before "key" makes it a cipher's, a MAC's,
// an API's or a public key.
func roleKeyWords(t []byte) bool {
	f := bytes.Fields(bytes.ToLower(t))
	for i := range f {
		if !keyWordOf(string(bytes.Trim(f[i], ",:;.\"'("))) {
			continue
		}
		if i > 0 && (roleWord(string(f[i-1])) || roleWord(string(f[i-1][bytes.LastIndexByte(f[i-1], '-')+1:]))) {
			return true // "deployer key", "gas-wallet key"
		}
		if i > 0 && (hashWords[string(f[i-1])] || string(f[i-1]) == "api" || string(f[i-1]) == "view") || i+1 >= len(f) || !keyPrepositions[string(f[i+1])] {
			continue
		}
		for k := i + 2; k < min(len(f), i+5); k++ {
			if w := string(bytes.Trim(f[k], ",:;.()")); roleWord(w) || holderNames[w] {
				return true
			}
		}
	}
	return false
}

// quoteMark reports whether t holds a "'" that quotes (a string's, in
// code): one that is no apostrophe of prose, which follows a letter and
// comes before a letter or a space ("deployer's", "the founders' key").
func quoteMark(t []byte) bool {
	for i, c := range t {
		if c != '\'' {
			continue
		}
		if i == 0 || !asciiLetterByte(t[i-1]) || i+1 < len(t) && !asciiLetterByte(t[i+1]) && t[i+1] != ' ' {
			return true
		}
	}
	return false
}

// asciiLetterByte reports whether c is an ASCII letter.
func asciiLetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// lineMemo remembers the last newline before one offset p of a chunk.
type lineMemo struct {
	p, nl int
	ok    bool
}

// newlineBefore returns bytes.LastIndexByte(data[:p], '\n'), for the
// level-th line above a value. Values come in text order, so p mostly
// stays or grows from one call to the next at a level, and only the bytes
// since the last search are read: on a long line (minified code) with
// many values, searching from each value back to the line's start read
// the line again for every value.
func (sc *hexScan) newlineBefore(level, p int) int {
	m := &sc.lines[level]
	switch {
	case m.ok && m.p == p:
		return m.nl
	case m.ok && m.p < p:
		if k := bytes.LastIndexByte(sc.c.Data[m.p:p], '\n'); k >= 0 {
			m.nl = m.p + k
		}
	default:
		m.nl = bytes.LastIndexByte(sc.c.Data[:p], '\n')
	}
	m.p, m.ok = p, true
	return m.nl
}

// isAddress reports whether the hex run data[s:e] is an Ethereum address:
// 40 digits after a "0x" that ends no longer word, and no word goes on
// after it.
func isAddress(data []byte, s, e int) bool {
	return e-s == 40 && s >= 2 && data[s-2] == '0' && data[s-1] == 'x' && (s < 3 || !alnum[data[s-3]]) && (e == len(data) || !alnum[data[e]])
}

// addressNear returns the EIP-55 address of key, and where it is, when it
// is written (as 0x and 40 hex digits) within addressLines lines of the
// value's line [ls, le). It derives the address only when some address is
// there, and at most sc.derivations times per chunk.
func (sc *hexScan) addressNear(key []byte, ls, le int) string {
	data := sc.c.Data
	if !sc.addrsDone {
		// Once per chunk: most chunks have no address at all.
		sc.addrsDone = true
		eachAddress(data, func(at int) bool {
			sc.addrs = append(sc.addrs, at)
			return true
		})
	}
	if len(sc.addrs) == 0 {
		return ""
	}
	// The first address at or after the window's earliest possible start.
	i, _ := slices.BinarySearch(sc.addrs, max(0, ls-addressLines*2002))
	if i == len(sc.addrs) || sc.addrs[i] > le+addressLines*2002 {
		return ""
	}
	from, to := sc.addressWindow(ls, le)
	win := data[from:to]
	var derived string
	first, _ := slices.BinarySearch(sc.addrs, from)
	for _, p := range sc.addrs[first:] {
		if p+42 > to {
			return ""
		}
		a, b := p-from+2, p-from+42
		if derived == "" {
			if sc.derivations <= 0 {
				return ""
			}
			sc.derivations--
			derived = sc.address(key)
		}
		if strings.EqualFold(string(win[a:b]), derived[2:]) {
			// A derivation that proves a key is given back: a list of
			// accounts (address, key) is derived in full, however long.
			sc.derivations++
			return addressMatch(data, derived, from+a, ls, le)
		}
	}
	return ""
}

// address returns the Ethereum address of the 32-byte key, remembering
// the last one derived.
// addressWindow returns the lines within addressLines of the value's line
// [ls, le), where its address is looked for. The addresses of the window
// [from, to) are those the chunk holds there, whole: the window ends at a
// line break, at the chunk's end or 2,000 bytes into a long line, where
// an address cut in two is not one.
func (sc *hexScan) addressWindow(ls, le int) (from, to int) {
	data := sc.c.Data
	from, to = ls, le
	for n := 0; n < addressLines && from > 0; n++ {
		from = sc.newlineBefore(n, from-1) + 1
		if ls-from > 2000 {
			break
		}
	}
	for n := 0; n < addressLines && to < len(data); n++ {
		k := bytes.IndexByte(data[to+1:min(len(data), to+1+2001)], '\n')
		if k < 0 {
			to = min(len(data), to+1+2000)
			break
		}
		to += 1 + k
	}
	return from, to
}

// bitcoinNear returns what proves key a Bitcoin key, and where, when the
// lines within addressLines of the value's line [ls, le) hold one of its
// Bitcoin addresses (P2PKH of either public key, P2WPKH, P2SH-P2WPKH; on
// mainnet or testnet) or the key itself as WIF: a sweep note or a wallet
// tool's dump ("key (hex): …" over "key (wif): …" and "address: 1…").
// The WIF is named, never shown.
func (sc *hexScan) bitcoinNear(key []byte, ls, le int) string {
	data := sc.c.Data
	if !sc.btcDone {
		// Once per chunk: most chunks have none.
		sc.btcDone = true
		sc.runs.Each(data, &alnum, 26, func(s, e int) bool {
			if bitcoinLike(data[s:e]) {
				sc.btc = append(sc.btc, [2]int{s, e})
			}
			return true
		})
	}
	if len(sc.btc) == 0 {
		return ""
	}
	from, to := sc.addressWindow(ls, le)
	i, _ := slices.BinarySearchFunc(sc.btc, from, func(r [2]int, p int) int { return r[0] - p })
	j, _ := slices.BinarySearchFunc(sc.btc, to, func(r [2]int, p int) int { return r[1] - p })
	if j < len(sc.btc) && sc.btc[j][1] <= to {
		j++
	}
	runs := sc.btc[i:j]
	if len(runs) == 0 || sc.derivations <= 0 {
		return ""
	}
	sc.derivations--
	forms := bitcoinForms(key)
	for _, r := range runs {
		v := string(data[r[0]:r[1]])
		if strings.HasPrefix(v, "bc1") || strings.HasPrefix(v, "tb1") {
			v = strings.ToLower(v)
		}
		for _, f := range forms {
			if v == f.text {
				sc.derivations++
				what := v
				if f.wif {
					what = "the same key as WIF"
				}
				return addressMatch(data, what, r[0], ls, le)
			}
		}
	}
	return ""
}

// bareNear is addressNear for the addresses written without "0x" after
// the word "address" (bareAddressAt), as OpenEthereum's ethkey prints a
// key it made ("secret: …", "address: 8a5f…"). They are found once per
// chunk among its runs of 40 hex digits, which source code seldom holds
// (it says "address" everywhere).
func (sc *hexScan) bareNear(key []byte, ls, le int) string {
	data := sc.c.Data
	if !sc.bareDone {
		sc.bareDone = true
		sc.runs.Each(data, &hexDigit, 40, func(s, e int) bool {
			if bareAddressAt(data, s, e) {
				sc.bare = append(sc.bare, s)
			}
			return true
		})
	}
	if len(sc.bare) == 0 {
		return ""
	}
	from, to := sc.addressWindow(ls, le)
	i, _ := slices.BinarySearch(sc.bare, from)
	if i == len(sc.bare) || sc.bare[i]+40 > to || sc.derivations <= 0 {
		return ""
	}
	sc.derivations--
	derived := sc.address(key)
	for _, a := range sc.bare[i:] {
		if a+40 > to {
			break
		}
		if strings.EqualFold(string(data[a:a+40]), derived[2:]) {
			sc.derivations++
			return addressMatch(data, derived, a, ls, le)
		}
	}
	return ""
}

// bitcoinLike reports whether v may be a Bitcoin address or a WIF, on
// mainnet or testnet: bech32 of a key hash, or base58 with its checksum,
// of the length and first character each has. It spares the derivation
// for the identifiers of code.
func bitcoinLike(v []byte) bool {
	n := len(v)
	switch {
	case n == 42:
		p := strings.ToLower(string(v[:4]))
		return p == "bc1q" || p == "tb1q"
	case n >= 26 && n <= 35 && bytes.IndexByte([]byte("13mn2"), v[0]) >= 0,
		n == 51 && (v[0] == '5' || v[0] == '9'),
		n == 52 && bytes.IndexByte([]byte("KLc"), v[0]) >= 0:
		for _, c := range v {
			if !b58[c] {
				return false
			}
		}
		_, _, err := base58.CheckDecode(string(v))
		return err == nil
	}
	return false
}

// bitcoinForm is a Bitcoin address of a key, or the key as WIF.
type bitcoinForm struct {
	text string
	wif  bool
}

// bitcoinForms returns key's Bitcoin addresses and WIFs on mainnet and
// testnet.
func bitcoinForms(key []byte) []bitcoinForm {
	priv, pub := btcec.PrivKeyFromBytes(key)
	var out []bitcoinForm
	for _, net := range []*chaincfg.Params{&chaincfg.MainNetParams, &chaincfg.TestNet3Params} {
		hc := btcutil.Hash160(pub.SerializeCompressed())
		hu := btcutil.Hash160(pub.SerializeUncompressed())
		var addrs []btcutil.Address
		if a, err := btcutil.NewAddressPubKeyHash(hc, net); err == nil {
			addrs = append(addrs, a)
		}
		if a, err := btcutil.NewAddressPubKeyHash(hu, net); err == nil {
			addrs = append(addrs, a)
		}
		if a, err := btcutil.NewAddressWitnessPubKeyHash(hc, net); err == nil {
			addrs = append(addrs, a)
		}
		if a, err := btcutil.NewAddressScriptHash(append([]byte{0x00, 0x14}, hc...), net); err == nil {
			addrs = append(addrs, a)
		}
		for _, a := range addrs {
			out = append(out, bitcoinForm{text: a.EncodeAddress()})
		}
		for _, compressed := range []bool{true, false} {
			if w, err := btcutil.NewWIF(priv, net, compressed); err == nil {
				out = append(out, bitcoinForm{text: w.String(), wif: true})
			}
		}
	}
	return out
}

func (sc *hexScan) address(key []byte) string {
	if sc.derivedAddr == "" || [32]byte(key) != sc.derivedKey {
		sc.derivedKey, sc.derivedAddr = [32]byte(key), ethAddress(key)
	}
	return sc.derivedAddr
}

// addressMatch says where the address derived, found at offset at of
// data, stands from the value's line [ls, le).
func addressMatch(data []byte, derived string, at, ls, le int) string {
	line := bytes.Count(data[min(at, ls):max(at, ls)], []byte("\n"))
	switch {
	case at >= le:
		return fmt.Sprintf("%s, %d line(s) below", derived, line)
	case at < ls:
		return fmt.Sprintf("%s, %d line(s) above", derived, line)
	}
	return derived + ", same line"
}

// withoutTags returns line without its HTML or XML tags when it holds
// any (a note app's paragraph, <p style="margin:0in">Private key</p>):
// their attributes are no words of the text. A '<' that opens no tag (a
// comparison) is left as it is.
func withoutTags(line []byte) []byte {
	if bytes.IndexByte(line, '<') < 0 {
		return line
	}
	var out []byte
	for i := 0; i < len(line); {
		if line[i] == '<' && i+1 < len(line) && (line[i+1] == '/' || asciiLetterByte(line[i+1])) {
			if k := bytes.IndexAny(line[i+1:], "<>"); k >= 0 && line[i+1+k] == '>' {
				out = append(out, ' ')
				i += k + 2
				continue
			}
		}
		out = append(out, line[i])
		i++
	}
	return out
}

// maxNote is how much of the text after a value noteAfter reads.
const maxNote = 120

// noteAfter returns the note that follows the value ending at e on its
// line (which ends at le): after its closing quotes, spaces, then an
// arrow, a parenthesis, a bracket, a comment's mark or a dash, the rest
// of the line up to maxNote bytes. It returns nil when the value is
// followed by anything else (code, another value, nothing).
func noteAfter(data []byte, e, le int) []byte {
	i := e
	for i < le && (data[i] == '"' || data[i] == '\'' || data[i] == '`' || data[i] == '*') {
		i++
	}
	sp := i
	for i < le && (data[i] == ' ' || data[i] == '\t') {
		i++
	}
	rest := data[i:le]
	for _, mark := range [...]string{"<--", "<-", "←", "(", "[", "#", "//", "--", "—", "–", "=>", "-"} {
		if bytes.HasPrefix(rest, []byte(mark)) {
			if mark != "(" && mark != "[" && i == sp {
				return nil // "0x…#anchor", "…-suffix": no note
			}
			note := rest[len(mark):]
			note = note[:min(len(note), maxNote)]
			if bytes.IndexFunc(note, unicode.IsLetter) < 0 {
				return nil // "<hex>  -", sha256sum's line for its input
			}
			return note
		}
	}
	return nil
}

// maxClauseWords is how many words proseClause lets a clause hold.
const maxClauseWords = 8

// proseClause reports whether stmt, the text between a comma and a value,
// is a short clause of prose ("it is", "here it is:", "as promised"):
// letters, spaces, apostrophes and a closing colon, a few words.
func proseClause(stmt []byte) bool {
	t := bytes.TrimSpace(stmt)
	t = bytes.TrimSuffix(t, []byte(":"))
	for _, c := range t {
		if !asciiLetterByte(c) && c != ' ' && c != '\'' && c < 0x80 {
			return false
		}
	}
	words := 0
	for i, c := range t {
		if c != ' ' && (i == 0 || t[i-1] == ' ') {
			words++
		}
	}
	return words <= maxClauseWords
}

// sentenceBefore returns the sentence that line (the text before a value
// on its line) ends in: from the last ". ", "! " or "? ", or all of it.
func sentenceBefore(line []byte) []byte {
	k := 0
	for _, end := range [...]string{". ", "! ", "? "} {
		if i := bytes.LastIndex(line, []byte(end)); i >= 0 {
			k = max(k, i+len(end))
		}
	}
	return line[k:]
}
