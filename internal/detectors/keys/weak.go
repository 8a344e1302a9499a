package keys

import (
	"crypto/sha256"
	"encoding/hex"
	"sync"
)

// brainPhrases are passphrases whose SHA-256 was used as a private key
// ("brainwallets"): every such key has been swept for years (docs/formats.md
// §8.2). The list is short and public on purpose.
var brainPhrases = []string{
	"", "password", "correct horse battery staple", "satoshi", "satoshi nakamoto", "bitcoin", "hello", "hello world",
	"test", "1234", "12345", "123456", "12345678", "secret", "a", "abc", "letmein", "qwerty", "love", "god",
	"the quick brown fox jumps over the lazy dog", "brainwallet", "ethereum", "crypto", "money", "private key",
}

var brainKeys = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, len(brainPhrases))
	for _, p := range brainPhrases {
		h := sha256.Sum256([]byte(p))
		m[hex.EncodeToString(h[:])] = true
	}
	return m
})

// weakKey says why a 32-byte private key is guessable, or "": a
// brainwallet of a common passphrase, or a key so small (below 2^64) that
// it belongs to a puzzle or a test.
func weakKey(key []byte) string {
	if brainKeys()[hex.EncodeToString(key)] {
		return "brainwallet: SHA-256 of a common passphrase"
	}
	small := true
	for _, b := range key[:24] {
		small = small && b == 0
	}
	if small {
		return "key below 2^64"
	}
	return ""
}
