package mnemonic

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"

	"golang.org/x/crypto/pbkdf2"
)

// SchemeTON marks a TON wallet mnemonic.
const SchemeTON Scheme = "ton"

// TON mnemonics (ton-blockchain/ton tonlib/tonlib/keys/Mnemonic.cpp; the
// tonweb-mnemonic and @ton/crypto packages; docs/formats.md §4.5) are 24
// words of the BIP-39 English list with no checksum of their own: the
// wallet's entropy is HMAC-SHA512 keyed by the words joined by single
// spaces over the password (empty for nearly every wallet), and a list
// is a mnemonic when PBKDF2-HMAC-SHA512 of the entropy with salt
// "TON seed version" and 100000/256 rounds begins with a zero byte.
// Wallets draw words until that holds, so a random list passes once in
// 256. The Ed25519 seed is the first 32 bytes of PBKDF2-HMAC-SHA512 of
// the entropy with salt "TON default seed" and 100,000 rounds.
const (
	tonWords       = 24
	tonRounds      = 100000
	tonCheckRounds = tonRounds / 256
	tonCheckSalt   = "TON seed version"
	tonDefaultSalt = "TON default seed"
)

// tonEntropy returns the entropy of words with no password.
func tonEntropy(words string) []byte {
	mac := hmac.New(sha512.New, []byte(words))
	return mac.Sum(nil)
}

// tonCheck reports whether words, BIP-39 English words joined by single
// spaces, pass TON's check for a mnemonic without password.
func tonCheck(words string) bool {
	ent := tonEntropy(words)
	return pbkdf2.Key(ent, []byte(tonCheckSalt), tonCheckRounds, 64, sha512.New)[0] == 0
}

// tonPhrase is the TON mnemonic of 24 BIP-39 English word indices: its
// Reveal is the words joined by single spaces, as TON hashes them.
func tonPhrase(idx []uint16) Phrase { return Phrase{lang: English, indices: idx, scheme: SchemeTON} }

// tonSeed returns the Ed25519 seed of a TON mnemonic without password.
func tonSeed(idx []uint16) []byte {
	return pbkdf2.Key(tonEntropy(tonPhrase(idx).Reveal()), []byte(tonDefaultSalt), tonRounds, 64, sha512.New)[:32]
}

// maxTONChecks bounds the TON checks of one Find. Each is 390 rounds of
// PBKDF2-HMAC-SHA512 (about 0.2 ms): text made of many paragraphs of 24
// list words that are no phrase (a file of test phrases with bad
// checksums) took 5 s a megabyte without a bound, 0.5 s with it. A list
// of words checked once is not checked again.
const maxTONChecks = 256

// tryTON checks a run of 24 English words (or a window of one a few
// words longer) as a TON mnemonic.
func (f *finder) tryTON(run []token) (Match, bool) {
	return englishWindow(run, tonWords, SchemeTON, func(idx []uint16) bool {
		words := tonPhrase(idx).Reveal()
		if ok, seen := f.tonChecked[words]; seen {
			return ok
		}
		if f.tonChecks >= maxTONChecks {
			return false
		}
		f.tonChecks++
		ok := tonCheck(words)
		if f.tonChecked == nil {
			f.tonChecked = make(map[string]bool)
		}
		f.tonChecked[words] = ok
		return ok
	})
}

// publicTONPhrases are TON mnemonics published as examples: the wallet of
// the TON community's "Hello World" tutorial, also the doc-test of the
// Elixir ton package.
var publicTONPhrases = []struct{ phrase, source string }{
	{"rail sound peasant garment bounce trigger true abuse arctic gravity ribbon ocean absurd okay blue remove neck cash reflect sleep hen portion gossip arrow", "TON Hello World tutorial mnemonic"},
}

// publicTON returns where a TON mnemonic was published, if it was.
func publicTON(p Phrase) (string, bool) {
	key := tonKey(p.indices)
	for _, q := range publicTONPhrases {
		h := sha256.Sum256([]byte(q.phrase))
		if hex.EncodeToString(h[:16]) == key {
			return q.source, true
		}
	}
	return "", false
}

// tonKey identifies a TON mnemonic by a hash of its words.
func tonKey(idx []uint16) string {
	h := sha256.Sum256([]byte(tonPhrase(idx).Reveal()))
	return hex.EncodeToString(h[:16])
}
