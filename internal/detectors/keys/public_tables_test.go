package keys

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/base58"
	"github.com/btcsuite/btcd/btcutil/hdkeychain"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/internal/bip39vectors"
	"github.com/walletaudit/walletaudit/internal/eth"
	"github.com/walletaudit/walletaudit/mnemonic"
)

var updatePublicTables = flag.Bool("update-public-tables", false, "write publictables.go from the published mnemonics and vectors")

// publicMnemonics are the development defaults whose accounts
// m/44'/60'/0'/0/i (i below accounts) are published (docs/formats.md §1.5). The keys are derived
// here rather than typed in.
var publicMnemonics = []struct {
	phrase, source string
	accounts       uint32
}{
	{"test test test test test test test test test test test junk", "Hardhat/Anvil/Foundry default account", 20},
	{"myth like bonus scare over problem client lizard pioneer submit female collect", "Ganache deterministic account", 10},
	{"candy maple cake sugar pudding cream honey rich smooth crumble sweet treat", "Truffle develop account", 10},
	{"couch hunt wisdom giant regret supreme issue sing enroll ankle type husband", "Hardhat test-suite account", 20},
	{"giant issue aisle success illegal bike spike question tent bar rely arctic volcano long crawl hungry vocal artwork sniff fantasy very lucky have athlete", "Kurtosis ethereum-package devnet account", 21},
	// Moonbeam's development node funds the Ethereum accounts of
	// Substrate's development phrase (Alith, Baltathar, … : "Pre-funded
	// development accounts" in Moonbeam's documentation).
	{"bottom drive obey lake curtain smoke basket hold race lonely fit walk", "Moonbeam development account", 10},
	// Evmos's and Cosmos EVM's local_node.sh: its validator and dev0 to
	// dev3, each an account at m/44'/60'/0'/0/0.
	{"gesture inject test cycle original hollow east ridge hen combine junk child bacon zero hope comfort vacuum milk pitch cage oppose unhappy lunar seat", "Evmos/Cosmos EVM local node validator", 1},
	{"copper push brief egg scan entry inform record adjust fossil boss egg comic alien upon aspect dry avoid interest fury window hint race symptom", "Evmos/Cosmos EVM local node dev0", 1},
	{"maximum display century economy unlock van census kite error heart snow filter midnight usage egg venture cash kick motor survey drastic edge muffin visual", "Evmos/Cosmos EVM local node dev1", 1},
	{"will wear settle write dance topic tape sea glory hotel oppose rebel client problem era video gossip glide during yard balance cancel file rose", "Evmos/Cosmos EVM local node dev2", 1},
	{"doll midnight silk carpet brush boring pluck office gown inquiry duck chief aim exit gain never tennis crime fragile ship cloud surface exotic patch", "Evmos/Cosmos EVM local node dev3", 1},
	{"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about", "BIP-39 test vector account", 10},
}

// derivePublicKeys maps the hex of every published development key to
// its source.
func derivePublicKeys() map[string]string {
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
			src := fmt.Sprintf("%s %d", pm.source, i)
			if pm.accounts == 1 {
				src = pm.source + " account" // the phrase's one account
			}
			m[hex.EncodeToString(priv.Serialize())] = src
		}
	}
	return m
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

// derivePublicExtended returns the serialised bodies (depth to key, without the
// version) of published extended private keys: the BIP-32 vectors and the
// roots and account keys of the public development mnemonics.
func derivePublicExtended() map[string]string {
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
	// The account, chain and first address keys of the BIP-39 vector
	// "abandon … about" (no passphrase) at the paths of BIP-44, BIP-49,
	// BIP-84 and BIP-86, on mainnet and testnet: BIP-49, BIP-84 and BIP-86
	// publish them as their test vectors (bitcoin/bips), and descriptor
	// examples and wallet test suites copy them ([73c5da0a/86'/0'/0']xprv…).
	if p, err := mnemonic.Validate(abandonAbout); err == nil {
		if root, err := hdkeychain.NewMaster(p.Seed(""), &chaincfg.MainNetParams); err == nil {
			for _, purpose := range []uint32{44, 49, 84, 86} {
				for _, coin := range []uint32{0, 1} {
					src := fmt.Sprintf("BIP-39 test vector at m/%d'/%d'/0'", purpose, coin)
					account, err := derivePath(root, []uint32{hk + purpose, hk + coin, hk}, func(c *hdkeychain.ExtendedKey) { add(c, src) })
					if err != nil {
						continue
					}
					for _, chain := range []uint32{0, 1} {
						_, _ = derivePath(account, []uint32{chain}, func(c *hdkeychain.ExtendedKey) { add(c, src) })
						for i := range uint32(vectorAddresses) {
							_, _ = derivePath(account, []uint32{chain, i}, func(c *hdkeychain.ExtendedKey) { add(c, src) })
						}
					}
				}
			}
		}
	}
	// The roots of the BIP-39 test vectors, with the vectors' passphrase
	// "TREZOR" (the xprv column of trezor/python-mnemonic vectors.json)
	// and with none: test suites print them beside the phrases. The roots
	// of the other languages' phrases are in vectorRoots.
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
}

// abandonAbout is the first BIP-39 test vector (zero entropy), the
// phrase BIP-49, BIP-84 and BIP-86 derive their vectors from.
const abandonAbout = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"

// vectorAddresses is how many address keys of each chain of the vector's
// accounts are published: the vectors print the first two receiving keys
// and the first change key, test suites a few more.
const vectorAddresses = 5

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

// derivePublicTables returns the tables of publictables.go: the first 16
// bytes of the SHA-256 of each published private key (raw, 32 bytes) and
// of each published extended key's body (its hex), in hex → the source.
// A key published as a development account keeps that source; one
// reached by several extended keys keeps the first source in sorted
// order of their bodies.
func derivePublicTables() (scalars, bodies map[string]string) {
	prefix := func(b []byte) string {
		sum := sha256.Sum256(b)
		return hex.EncodeToString(sum[:16])
	}
	scalars, bodies = map[string]string{}, map[string]string{}
	for h, src := range derivePublicKeys() {
		key, _ := hex.DecodeString(h)
		scalars[prefix(key)] = src
	}
	ext := derivePublicExtended()
	keys := make([]string, 0, len(ext))
	for body := range ext {
		keys = append(keys, body)
	}
	slices.Sort(keys)
	for _, body := range keys {
		bodies[prefix([]byte(body))] = ext[body]
		// body is depth (1), parent fingerprint (4), child number (4),
		// chain code (32), 0x00 and the key (33): test suites print the
		// raw key, its last 32 bytes, beside the xprv.
		key, _ := hex.DecodeString(body[len(body)-64:])
		if _, ok := scalars[prefix(key)]; !ok {
			scalars[prefix(key)] = ext[body]
		}
	}
	return scalars, bodies
}

// derivePublicAddresses maps the first 16 bytes of SHA-256 of the
// Ethereum address of each development mnemonic's account to its source.
func derivePublicAddresses() map[string]string {
	m := map[string]string{}
	for h, src := range derivePublicKeys() {
		key, _ := hex.DecodeString(h)
		sum := sha256.Sum256(eth.RawAddress(key))
		m[hex.EncodeToString(sum[:16])] = src
	}
	return m
}

// TestPublicTables checks the tables of publictables.go against the keys
// derived from the published mnemonics and vectors (with
// -update-public-tables it writes the file). Deriving them takes a
// quarter of a second of CPU (a PBKDF2 seed for every phrase), which a
// scan no longer spends the first time it meets a key.
func TestPublicTables(t *testing.T) {
	scalars, bodies := derivePublicTables()
	addrs := derivePublicAddresses()
	parents := derivePublicParents()
	require.Len(t, bodies, 299, "BIP-32 vectors, their unhardened paths, the roots and paths of the mnemonics, the BIP-44/49/84/86 paths of the first BIP-39 vector")
	require.Greater(t, len(scalars), 144)
	if *updatePublicTables {
		writeGenerated(t, "publictables.go", "TestPublicTables -update-public-tables",
			generatedTable{"publicScalars", "the first 16 bytes of the SHA-256 of each published\n" +
				"// private key (the accounts of the development mnemonics, the keys of\n" +
				"// the BIP-32 vectors and of the vectors' roots and paths) → its source.", scalars},
			generatedTable{"publicBodies", "the first 16 bytes of the SHA-256 of the body (hex,\n" +
				"// depth to key) of each published extended private key → its source.", bodies},
			generatedTable{"publicAddresses", "the first 16 bytes of the SHA-256 of the 20-byte\n" +
				"// Ethereum address of each development mnemonic's account → its source.", addrs},
			generatedTable{"publicParents", "the BIP-32 fingerprint (hex) of each published\n" +
				"// extended private key → its source: a key whose parent has one is\n" +
				"// published too.", parents})
	}
	assert.Equal(t, scalars, publicScalars)
	assert.Equal(t, bodies, publicBodies)
	assert.Equal(t, addrs, publicAddresses)
	assert.Equal(t, parents, publicParents)
}

// derivePublicParents maps the BIP-32 fingerprint (the first 4 bytes of
// HASH160 of the compressed public key, in hex) of each published
// extended private key to its source; the first source in sorted order
// of the bodies wins.
func derivePublicParents() map[string]string {
	ext := derivePublicExtended()
	bodies := make([]string, 0, len(ext))
	for body := range ext {
		bodies = append(bodies, body)
	}
	slices.Sort(bodies)
	m := map[string]string{}
	for _, body := range bodies {
		key, err := hex.DecodeString(body[len(body)-64:])
		if err != nil {
			continue
		}
		fp := hex.EncodeToString(btcutil.Hash160(compressedPub(key))[:4])
		if _, ok := m[fp]; !ok {
			m[fp] = ext[body]
		}
	}
	return m
}

// generatedTable is a map[string]string variable of a generated file.
type generatedTable struct {
	name, doc string // doc follows "// name: "
	m         map[string]string
}

// writeGenerated writes file (package keys) holding tables, sorted, with
// the header of generated code naming generator.
func writeGenerated(t *testing.T, file, generator string, tables ...generatedTable) {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "// Code generated by %s; DO NOT EDIT.\n\npackage keys\n", generator)
	for _, tb := range tables {
		keys := make([]string, 0, len(tb.m))
		for k := range tb.m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		fmt.Fprintf(&b, "\n// %s: %s\nvar %s = map[string]string{\n", tb.name, tb.doc, tb.name)
		for _, k := range keys {
			fmt.Fprintf(&b, "\t%q: %q,\n", k, tb.m[k])
		}
		b.WriteString("}\n")
	}
	require.NoError(t, os.WriteFile(file, []byte(b.String()), 0o644))
}
