package keys

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"github.com/walletaudit/walletaudit/internal/bip39vectors"
	"strings"
	"sync"

	"github.com/btcsuite/btcd/btcutil/base58"
	"github.com/btcsuite/btcd/btcutil/hdkeychain"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/walletaudit/walletaudit/mnemonic"
)

// publicMnemonics are the development defaults whose accounts
// m/44'/60'/0'/0/i are published (docs/formats.md §1.5). The keys are derived
// here rather than typed in.
var publicMnemonics = []struct {
	phrase, source string
	accounts       uint32
}{
	{"test test test test test test test test test test test junk", "Hardhat/Anvil/Foundry default account", 20},
	{"myth like bonus scare over problem client lizard pioneer submit female collect", "Ganache deterministic account", 10},
	{"candy maple cake sugar pudding cream honey rich smooth crumble sweet treat", "Truffle develop account", 10},
	{"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about", "BIP-39 test vector account", 10},
}

// publicKeys maps the hex of every published development key to its
// source, derived once on first use.
var publicKeys = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, pm := range publicMnemonics {
		p, err := mnemonic.Validate(pm.phrase)
		if err != nil {
			continue
		}
		master, err := hdkeychain.NewMaster(p.Seed(""), &chaincfg.MainNetParams)
		if err != nil {
			continue
		}
		k, err := derivePath(master, ethAccountPath, nil)
		if err != nil {
			continue
		}
		for i := uint32(0); i < pm.accounts; i++ {
			c, err := k.Derive(i)
			if err != nil {
				continue
			}
			priv, err := c.ECPrivKey()
			if err != nil {
				continue
			}
			m[hex.EncodeToString(priv.Serialize())] = fmt.Sprintf("%s %d", pm.source, i)
		}
	}
	return m
})

// isPublicHex reports the source of a published key given in hex.
func isPublicHex(h string) (string, bool) {
	key, err := hex.DecodeString(h)
	if err != nil {
		return "", false
	}
	return publicScalar(key)
}

// bip32Vectors are the master seeds and paths of the BIP-32 test vectors
// (bitcoin/bips bip-0032.mediawiki, as also used in btcutil's hdkeychain
// tests). Every key along each path is public.
var bip32Vectors = []struct {
	seed string
	path []uint32
}{
	{"000102030405060708090a0b0c0d0e0f", []uint32{hk, 1, hk + 2, 2, 1000000000}},
	{"fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a8784817e7b7875726f6c696663605d5a5754514e4b484542", []uint32{0, hk + 2147483647, 1, hk + 2147483646, 2}},
	{"4b381541583be4423346c643850da4b320e46a87ae3d2a4e6da11eba819cd4acba45d239319ac14f863b8d5ab5a0d0c64d2e8a1e7d1457df2e5a3c51c73235be", []uint32{hk}},
	{"3ddd5602285899a946114506157c7997e5444528f3003f6134712147db19b678", []uint32{hk, hk + 1}},
}

const hk = hdkeychain.HardenedKeyStart

// publicExtended holds the serialised bodies (depth to key, without the
// version) of published extended private keys: the BIP-32 vectors and the
// roots and account keys of the public development mnemonics.
var publicExtended = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	add := func(k *hdkeychain.ExtendedKey, src string) {
		raw := base58.Decode(k.String())
		if len(raw) == 82 {
			m[hex.EncodeToString(raw[4:78])] = src
		}
	}
	for i, v := range bip32Vectors {
		seed, err := hex.DecodeString(v.seed)
		if err != nil {
			continue
		}
		k, err := hdkeychain.NewMaster(seed, &chaincfg.MainNetParams)
		if err != nil {
			continue
		}
		src := fmt.Sprintf("BIP-32 test vector %d", i+1)
		add(k, src)
		_, _ = derivePath(k, v.path, func(c *hdkeychain.ExtendedKey) { add(c, src) })
		// Test suites also walk the same indices without hardening
		// (btcd's hdkeychain tests do).
		plain := make([]uint32, len(v.path))
		for j, c := range v.path {
			plain[j] = c &^ hk
		}
		_, _ = derivePath(k, plain, func(c *hdkeychain.ExtendedKey) { add(c, src+", unhardened path") })
	}
	for _, pm := range publicMnemonics {
		p, err := mnemonic.Validate(pm.phrase)
		if err != nil {
			continue
		}
		k, err := hdkeychain.NewMaster(p.Seed(""), &chaincfg.MainNetParams)
		if err != nil {
			continue
		}
		add(k, pm.source+" root")
		_, _ = derivePath(k, ethAccountPath, func(c *hdkeychain.ExtendedKey) { add(c, pm.source+" path key") })
	}
	// The roots of the BIP-39 test vectors, with the vectors' passphrase
	// "TREZOR" (the xprv column of trezor/python-mnemonic vectors.json)
	// and with none: test suites print them beside the phrases. The roots
	// of the other languages' phrases are in publicVectorRoots.
	for _, e := range bip39vectors.Entropies() {
		p, err := mnemonic.FromEntropy(e, mnemonic.English)
		if err != nil {
			continue
		}
		for _, pass := range []string{"TREZOR", ""} {
			if k, err := hdkeychain.NewMaster(p.Seed(pass), &chaincfg.MainNetParams); err == nil {
				add(k, "BIP-39 test vector root")
			}
		}
	}
	return m
})

// vectorRootSource names a root key (its body, as publicExtended keys
// them) that is the root of a BIP-39 test vector's phrase in a language
// other than English, with the passphrase "TREZOR": the vectors are
// published in every BIP-39 language and each language's phrase has a
// seed of its own. Deriving the ~430 roots takes a second of CPU, so
// they are derived once, by TestVectorRoots -update-vector-roots, and kept
// in vectorroots.go as the first 16 bytes of the SHA-256 of each body.
func vectorRootSource(body string) (string, bool) {
	sum := sha256.Sum256([]byte(body))
	lang, ok := vectorRoots[hex.EncodeToString(sum[:16])]
	if !ok {
		return "", false
	}
	return "BIP-39 test vector root (" + lang + ")", true
}

// publicExtendedBody reports where the serialised body of an extended
// private key (depth to key, without the version, in hex) was published.
func publicExtendedBody(body string) (string, bool) {
	if src, ok := publicExtended()[body]; ok {
		return src, true
	}
	if strings.HasPrefix(body, "00") { // depth 0: a root
		return vectorRootSource(body)
	}
	return "", false
}

// ethAccountPath is m/44'/60'/0'/0, the parent of Ethereum account keys.
var ethAccountPath = []uint32{hk + 44, hk + 60, hk, 0}

// derivePath derives k along path, calling each (if set) with every key
// on the way.
func derivePath(k *hdkeychain.ExtendedKey, path []uint32, each func(*hdkeychain.ExtendedKey)) (*hdkeychain.ExtendedKey, error) {
	for _, c := range path {
		var err error
		if k, err = k.Derive(c); err != nil {
			return nil, err
		}
		if each != nil {
			each(k)
		}
	}
	return k, nil
}

// docExampleKeys are private keys printed as examples in the
// documentation of widely used wallet libraries, or published as test
// vectors that many test suites copy: anyone who reads them has them. Keyed by the first 16 bytes of SHA-256 of the 32-byte scalar, in
// hex, so the keys themselves are not repeated here.
var docExampleKeys = map[string]string{
	"a09d085a1c973274e6aa2cd264c963cf": "Bitcoin Core base58 key test vector (also in the base-x and bs58check READMEs)",
	"7a45ef25c5892c5995a73d5f2d9995ba": "example key in the ecpair README",
	"ec4916dd28fc4c10d78e287ca5d9cc51": "example key in the wif README",
	"1c613f1b168d9d65070304c7a856f017": "example key in the ethereum-cryptography README",
	"770a7cfff04dac31770fb545fc63ca4c": "example key in the @noble/curves README",
	"f7951f4484aa9980b653757f13a538b5": "example key in the micro-eth-signer README",
	"d217747ea7c2641c732ad1b2784907b9": "example key in the hdkey README",
	"33c7f96253189c9ca8a56cbbf9257ba4": "example key in the web3.js documentation",
	"a08d67bdf1e0aa7c8ded78683069218f": "example key in the web3.js documentation",
	"d9ca2d921916de83c183cd06bf4d23c1": "example key in the web3.js documentation",
	"346a7bfa0ec1f97acb38e57e2258ee16": "example key in the web3.js documentation",
	"ceae561ce25de370bd0f9e27a2bb4bbd": "example key in the web3.js documentation",
	"e11dc959f1759cc50e3f8c08cf839133": "example key in the web3.js documentation",
	"34f9ba519e9aa9788779704e827052d7": "example key in the web3.js documentation",
	"1c01a7596b9ea5b21a308d9e4df89a85": "example key in the web3.js documentation",
	"d4abfc2195c62f7ad8d464671028dfe6": "example key in the web3.js documentation",
	"ca1207affa65aa5e53f55352ea99ce8a": "example key in the web3.js documentation",
	"4f80b25bf420800a5a0f4064522d0b77": "example key in the web3.js documentation",
	"0d012c8ea30490850b5687f01c9cb4c1": "example key in the web3.js documentation",
	"4e6fdf34899a080b7445739f02f56ca4": "example key in the web3.js documentation",
	// Bitcoin Core src/test/data/base58_keys_valid.json, the private keys
	// (copied into bitcore-lib, bitcoinjs and other suites).
	"59438c8a2bdc241eb1d2f9b766c5a313": "Bitcoin Core base58 key test vector",
	"3002f7d0c321b9e033ff577d7169db02": "Bitcoin Core base58 key test vector",
	"676ce90c5a80679f8bf6d818d0ebb02b": "Bitcoin Core base58 key test vector",
	"cdec69cdcdea748b50be11cc64e604ab": "Bitcoin Core base58 key test vector",
	"d4b8faaff6154015239b268d45f0056a": "Bitcoin Core base58 key test vector",
	"eb83b1e27ba85eb8ba91155a6a1d986c": "Bitcoin Core base58 key test vector",
	"de12054136e888c2ef4d5289fc3e88f1": "Bitcoin Core base58 key test vector",
	"0faa8b1249443145d750b4d68dd4ebea": "Bitcoin Core base58 key test vector",
	"b35950907119c0516bad6a6549f4ca51": "Bitcoin Core base58 key test vector",
	"272f990d3f9853c89c491a95d3a4bc13": "Bitcoin Core base58 key test vector",
	"dcd8ca1cdfe17cadcd2ca05cbdad780a": "Bitcoin Core base58 key test vector",
	"f2e9f495f7958cb0c2dbd59036fa6f5a": "Bitcoin Core base58 key test vector",
	"def1b9fa6c5eddad3f9c084216e42fec": "Bitcoin Core base58 key test vector",
	"6a37aa3bfdfe67d2d38aaecb8a77a319": "Bitcoin Core base58 key test vector",
	"cc4e643add32c758af71e33220626791": "Bitcoin Core base58 key test vector",
	"fb324ad83bdcdbae2d86085abee2bbf2": "Bitcoin Core base58 key test vector",
	"009ab20f1884df687641bc0651d704a0": "Bitcoin Core base58 key test vector",
	"4f7276538e95b0d2560be5fd19f73779": "Bitcoin Core base58 key test vector",
	"2e93cb4febd04da11fd78061dd6296f9": "Bitcoin Core base58 key test vector",
	"e7e46e4c6ea8c6f643cb451885efe586": "Bitcoin Core base58 key test vector",
	"9634377b25414fa4f3c61a2a77d265df": "Bitcoin Core base58 key test vector",
	"853fbeed9f0a94edc5b9f1cf1cc11f4e": "Bitcoin Core base58 key test vector",
	"c7955590494b6669b487827bbb99dfd6": "Bitcoin Core base58 key test vector",
	// bitcoin/bips bip-0340/test-vectors.csv, the secret keys.
	"d9147961436944f43cd99d28b2bbddbf": "BIP-340 test vector",
	"21fc8e0447f82257f11bd1e96e243199": "BIP-340 test vector",
	"ac9f43e28270c3174d19b1c01563bfdf": "BIP-340 test vector",
	"d5753c69bf2226c4817576f7fc9f426b": "BIP-340 test vector",
	// bitcoin/bips bip-0341/wallet-test-vectors.json, internal and tweaked
	// private keys (as carried in rust-bitcoin's tests).
	"8904462574834a2c579e2549e637aa41": "BIP-341 wallet test vector",
	"50654a5fe34230c6475ac7388f74fc14": "BIP-341 wallet test vector",
	"97a9e42ccd096527b178ded70dfd3804": "BIP-341 wallet test vector",
	"086304c7d0cdb6a20df34c102f638a8a": "BIP-341 wallet test vector",
	"5dd40eb49f7476f0afec063cb58afb1a": "BIP-341 wallet test vector",
	"faecafd44478a29145e73af831c998a1": "BIP-341 wallet test vector",
	"56acfb81efaee84112ac7315925f0e58": "BIP-341 wallet test vector",
	"32a93038b6f622f4d026ab96a7e1659c": "BIP-341 wallet test vector",
	"4614e45789725d95cee422509d085eed": "BIP-341 wallet test vector",
	"0af3d63b8ebcb0ef3f99e73cd0783bef": "BIP-341 wallet test vector",
	"0161dba169ce027d89bd956dd99a8e3f": "BIP-341 wallet test vector",
	"92ccdcb1df37bb917d63885676794426": "BIP-341 wallet test vector",
	"02387a4d2e9e01f13370b8fcb9f0396f": "BIP-341 wallet test vector",
	"cbbbc55a294f8c55c8ccaa68be69a675": "BIP-341 wallet test vector",
	// Bitcoin Core src/test/data/tx_valid.json names the key of its segwit
	// tests in a comment; btcd and bitcoinjs copy the file.
	"d8d4555d664eeeea65fbba13e62436f1": "Bitcoin Core segwit test key (tx_valid.json)",
	// go-ethereum's test keys: testBankKey (also testKey, key1 of many
	// tests, the funded account of its simulated backends) and the second
	// key its light-client and chain tests fund beside it; copied into
	// the test suites of many forks.
	"3b9d4be212c477d2fafc24397db2ed6a": "go-ethereum test key (testBankKey)",
	"e22088ce7a5c541fe67375a9db0dfb54": "go-ethereum test key (second funded test account)",
	// ethereum/tests: the "secretKey" of the transactions of the state
	// and blockchain test fixtures (sender a94f5374fce5edbc8e2a8697c15331677e6ebf0b),
	// also used by execution-spec-tests and retesteth.
	"3e66de9ff95c6ac1357f44b71b032083": "ethereum/tests fixture secretKey",
}

// publicExtendedScalars maps the hex private key of every published
// extended key to its source: test suites print the raw key beside the
// xprv.
var publicExtendedScalars = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for body, src := range publicExtended() {
		// body is depth (1), parent fingerprint (4), child number (4),
		// chain code (32), 0x00 and the key (33): the key is its last
		// 32 bytes.
		m[body[len(body)-64:]] = src
	}
	return m
})

// publicScalar reports where a 32-byte private key was published: a
// development mnemonic's account, a published extended key, or a
// library's documentation.
func publicScalar(key []byte) (string, bool) {
	h := hex.EncodeToString(key)
	if src, ok := publicKeys()[h]; ok {
		return src, true
	}
	if src, ok := publicExtendedScalars()[h]; ok {
		return src, true
	}
	sum := sha256.Sum256(key)
	src, ok := docExampleKeys[hex.EncodeToString(sum[:16])]
	return src, ok
}
