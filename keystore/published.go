package keystore

import (
	"crypto/sha256"
	"encoding/hex"
)

// publishedStores names the wallet files printed in specifications and
// in widely copied test suites, with their passwords: the Web3 Secret
// Storage Definition's, EIP-2335's and EIP-2386's test vectors, which wallet
// libraries in every language copy into their tests, and go-ethereum's
// test keystores, which come with every vendored copy or module cache of
// it. Anyone who reads them can open them. Keyed by the first 16 bytes of
// SHA-256 of the store's secret material (its ciphertext), in hex; the
// stores, their origins and passwords are in testdata/published.json,
// from which TestPublishedStores derives the table again.
var publishedStores = map[string]string{
	"fdf092f71333494b2b4e0e0a3181b1c4": "Web3 Secret Storage Definition test vector (scrypt)",
	"3060fcd0c41e7cbdd5d2cccc9ae26794": "Web3 Secret Storage Definition test vector (PBKDF2)",
	"11685919f29a981c1762f4fec8684ba7": "EIP-2335 test vector (scrypt)",
	"fceac8e93f3bc1bbccd4e2a10cd18aec": "EIP-2335 test vector (PBKDF2)",
	"c5cca8adcaac5fbc262a8176004c9f15": "EIP-2386 test vector (PBKDF2)",
	"7f5714eb059806fa254319de80e78456": "go-ethereum v1 keystore test vector",
	"a5678039ea144aea7cfcba3e6f147580": "go-ethereum keystore test vector (31-byte key)",
	"e9db67c6560fa072df9853102be0d6f4": "go-ethereum keystore test vector (30-byte key)",
	"10775b67c528a8bd905034f10bcda2a1": "go-ethereum test keystore (very-light-scrypt.json)",
	"ce71afaea9f01a00cdcdf36cdd0710ef": "go-ethereum test keystore (accounts/keystore/testdata)",
	"8d3c56f44f6100d0fe05ad713e8ea981": "go-ethereum test keystore (accounts/keystore/testdata)",
	"2ee4fac14736a0dd8ab9af1d72498108": "go-ethereum test keystore (accounts/keystore/testdata)",
	"8f66c52c1e27fc6e97632a08258ddef4": "go-ethereum test keystore (accounts/keystore/testdata)",
	"089e26fe263d41e89b9637d366aac872": "go-ethereum presale wallet test file (guswallet.json)",
	"b8e3a8e95a246267a95a0a7c9c623da1": "go-ethereum clef_import documentation example",
}

// publishedSource returns where an encrypted store with this secret
// material was published, or "". A store whose ciphertext is a
// published one's holds the published key: the ciphertext is 32 or more
// random-looking bytes, which no other store shares by chance.
func publishedSource(material []byte) string {
	if len(material) < 16 {
		return ""
	}
	sum := sha256.Sum256(material)
	return publishedStores[hex.EncodeToString(sum[:16])]
}
