// Package demo generates the example tree under testdata/demo: a small,
// realistic project with a few planted wallet secrets and a few
// look-alikes that must not be reported. Every secret is generated from a
// fixed seed for this project; none belongs to a real wallet, except the
// published development defaults that are planted as public test secrets.
//
// Regenerate the committed tree with
//
//	go test ./internal/demo -run TestDemoTree -update
package demo

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"github.com/walletaudit/walletaudit/internal/eth"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/hdkeychain"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/tyler-smith/go-bip39/wordlists"
	"golang.org/x/crypto/scrypt"
)

// Plant is one thing planted in the tree: a secret the scanner must report
// at Path and Line, or, when Negative is set, a look-alike it must not.
type Plant struct {
	Path     string // slash-separated, relative to the tree root
	Line     int
	Kind     string // the finding kind expected ("mnemonic", "wif", …)
	Public   bool   // a published development default (severity info)
	Negative bool   // a look-alike: no finding expected on this line
	Encoded  bool   // the value is stored encoded (base64), not as is
	Note     string
	// Raw is the planted value; Words are the words of a planted phrase
	// and Entropy its entropy, for leak checks.
	Raw     string
	Words   []string
	Entropy []byte
}

// Tree is the generated tree: file contents by path, and the plants.
type Tree struct {
	Files  map[string][]byte
	Plants []Plant
}

// Seed is the fixed seed of the committed demo tree.
const Seed = 20231127

// Generate builds the tree for seed. It is deterministic.
func Generate(seed uint64) (*Tree, error) {
	g := &gen{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), t: &Tree{Files: map[string][]byte{}}}
	return g.t, g.build()
}

// Write writes the tree under dir.
func (t *Tree) Write(dir string) error {
	paths := make([]string, 0, len(t.Files))
	for p := range t.Files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(full, t.Files[p], 0o644); err != nil {
			return err
		}
	}
	return nil
}

type gen struct {
	rng *rand.Rand
	t   *Tree
}

func (g *gen) bytes(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(g.rng.UintN(256))
	}
	return b
}

// PhraseFromEntropy encodes entropy as a BIP-39 phrase with the given
// wordlist (checksum: the first len/32 bits of SHA-256 of the entropy).
func PhraseFromEntropy(entropy []byte, list []string) []string {
	sum := sha256.Sum256(entropy)
	bits := len(entropy) * 8
	cs := bits / 32
	all := append(append([]byte{}, entropy...), sum[0])
	bit := func(i int) int { return int(all[i/8]>>(7-uint(i%8))) & 1 }
	words := make([]string, (bits+cs)/11)
	for w := range words {
		idx := 0
		for k := 0; k < 11; k++ {
			idx = idx<<1 | bit(w*11+k)
		}
		words[w] = list[idx]
	}
	return words
}

// privKey returns a random valid secp256k1 scalar.
func (g *gen) privKey() *btcec.PrivateKey {
	for {
		b := g.bytes(32)
		var s btcec.ModNScalar
		if overflow := s.SetByteSlice(b); !overflow && !s.IsZero() {
			return btcec.PrivKeyFromScalar(&s)
		}
	}
}

// ethAddress is k's Ethereum address as 40 lower-case hex digits, the way
// keystore files and the look-alike lines write it.
func ethAddress(k *btcec.PrivateKey) string {
	return strings.ToLower(strings.TrimPrefix(eth.Address(k.Serialize()), "0x"))
}

// line is one line of a generated file and what is planted on it.
type line struct {
	text  string
	plant *Plant
}

// file adds a file made of lines and records their plants.
func (g *gen) file(path string, lines ...line) {
	var b strings.Builder
	for i, l := range lines {
		b.WriteString(l.text)
		b.WriteByte('\n')
		if l.plant != nil {
			p := *l.plant
			p.Path = path
			p.Line = i + 1
			g.t.Plants = append(g.t.Plants, p)
		}
	}
	g.t.Files[path] = []byte(b.String())
}

func plain(s string) line { return line{text: s} }

func (g *gen) build() error {
	english := wordlists.English

	// 1. A .env with a mnemonic: the classic leak.
	ent := g.bytes(16)
	words := PhraseFromEntropy(ent, english)
	g.file("wallet-app/.env",
		plain("# local development settings"),
		plain("NODE_ENV=development"),
		plain("RPC_URL=http://127.0.0.1:8545"),
		line{`MNEMONIC="` + strings.Join(words, " ") + `"`, &Plant{Kind: "mnemonic", Words: words, Entropy: ent, Raw: strings.Join(words, " "), Note: "mnemonic in .env"}},
		plain("ETHERSCAN_API_KEY=${ETHERSCAN_API_KEY}"),
	)

	// 2. Hardhat config with the public development mnemonic and a
	// placeholder for the deployer key.
	testJunk := strings.Repeat("test ", 11) + "junk"
	g.file("wallet-app/hardhat.config.js",
		plain(`require("@nomicfoundation/hardhat-toolbox");`),
		plain(""),
		plain("module.exports = {"),
		plain(`  solidity: "0.8.24",`),
		plain("  networks: {"),
		plain("    hardhat: {"),
		line{`      accounts: { mnemonic: "` + testJunk + `" },`, &Plant{Kind: "mnemonic", Public: true, Raw: testJunk, Note: "Hardhat default mnemonic"}},
		plain("    },"),
		plain("    sepolia: {"),
		plain("      url: process.env.SEPOLIA_URL,"),
		line{"      accounts: [process.env.DEPLOYER_PRIVATE_KEY],", &Plant{Negative: true, Note: "placeholder"}},
		plain("    },"),
		plain("  },"),
		plain("};"),
	)

	// 3. A deploy script with a raw hex key.
	k := g.privKey()
	hexKey := hex.EncodeToString(k.Serialize())
	g.file("wallet-app/scripts/deploy.ts",
		plain(`import { ethers } from "ethers";`),
		plain(""),
		plain("async function main() {"),
		plain(`  const provider = new ethers.JsonRpcProvider("http://127.0.0.1:8545");`),
		line{`  const wallet = new ethers.Wallet("0x` + hexKey + `", provider);`, &Plant{Kind: "raw-private-key", Raw: hexKey, Note: "hex key passed to ethers.Wallet"}},
		plain(`  const factory = await ethers.getContractFactory("Vault", wallet);`),
		plain("  const vault = await factory.deploy();"),
		plain(`  console.log("deployed", await vault.getAddress());`),
		plain("}"),
		plain(""),
		plain("main().catch(console.error);"),
	)

	// 4. A README with look-alikes: a phrase whose checksum fails, a
	// SHA-256 checksum, an address and a transaction hash.
	bad := PhraseFromEntropy(g.bytes(16), english)
	bad[11] = english[(indexOf(english, bad[11])+1)%2048]
	if validChecksum(bad, english) {
		bad[11] = english[(indexOf(english, bad[11])+1)%2048]
	}
	sum := sha256.Sum256([]byte("wallet-app-1.4.2.tar.gz"))
	var tx [32]byte
	copy(tx[:], g.bytes(32))
	g.file("wallet-app/README.md",
		plain("# wallet-app"),
		plain(""),
		plain("A small vault dApp. Run `npx hardhat node` and deploy with `npx hardhat run scripts/deploy.ts`."),
		plain(""),
		plain("Release checksum:"),
		plain(""),
		line{"    " + hex.EncodeToString(sum[:]) + "  wallet-app-1.4.2.tar.gz", &Plant{Negative: true, Note: "sha256sum line"}},
		plain(""),
		line{"Deployed at 0x" + ethAddress(g.privKey()) + " in tx 0x" + hex.EncodeToString(tx[:]) + ".", &Plant{Negative: true, Note: "address and tx hash"}},
		plain(""),
		plain("Example of the twelve words a wallet shows (this one is invalid on purpose):"),
		plain(""),
		line{"    " + strings.Join(bad, " "), &Plant{Negative: true, Note: "phrase with a bad checksum"}},
	)

	// 5. A backup note with a numbered 24-word phrase.
	ent24 := g.bytes(32)
	w24 := PhraseFromEntropy(ent24, english)
	note := []line{plain("Ledger backup — do not lose"), plain("")}
	for i, w := range w24 {
		l := plain(fmt.Sprintf("%d. %s", i+1, w))
		if i == 0 {
			l.plant = &Plant{Kind: "mnemonic", Words: w24, Entropy: ent24, Raw: strings.Join(w24, " "), Note: "numbered 24-word backup"}
		}
		note = append(note, l)
	}
	g.file("notes/backup-2023.txt", note...)

	// 6. A glossary: a long run of wordlist words, not a phrase.
	start := int(g.rng.UintN(2000 - 60))
	gl := []line{plain("# Word list excerpt (BIP-39 english, for the word game)"), plain("")}
	run := english[start : start+48]
	gl = append(gl, line{strings.Join(run, " "), &Plant{Negative: true, Note: "wordlist excerpt"}})
	g.file("notes/glossary.md", gl...)

	// 7. A log line with a WIF.
	wk := g.privKey()
	wif, err := btcutil.NewWIF(wk, &chaincfg.MainNetParams, true)
	if err != nil {
		return err
	}
	g.file("logs/signer.log",
		plain("2024-03-01T10:00:00Z INFO signer starting"),
		plain("2024-03-01T10:00:01Z INFO connected to node"),
		line{"2024-03-01T10:00:02Z DEBUG imported key wif=" + wif.String(), &Plant{Kind: "wif", Raw: wif.String(), Note: "WIF in a debug log"}},
		plain("2024-03-01T10:00:03Z INFO ready"),
	)

	// 8. A Kubernetes secret: base64 is not encryption.
	k8sKey := g.privKey()
	k8sHex := hex.EncodeToString(k8sKey.Serialize())
	g.file("deploy/k8s/signer-secret.yaml",
		plain("apiVersion: v1"),
		plain("kind: Secret"),
		plain("metadata:"),
		plain("  name: signer"),
		plain("type: Opaque"),
		plain("data:"),
		line{"  PRIVATE_KEY: " + base64.StdEncoding.EncodeToString([]byte("0x"+k8sHex)), &Plant{Kind: "raw-private-key", Raw: k8sHex, Encoded: true, Note: "base64 in a k8s Secret"}},
	)

	// 9. A Bitcoin descriptor export with an xprv, and an xpub look-alike.
	seed := g.bytes(32)
	master, err := hdkeychain.NewMaster(seed, &chaincfg.MainNetParams)
	if err != nil {
		return err
	}
	xprv := master.String()
	pub, err := master.Neuter()
	if err != nil {
		return err
	}
	desc := map[string]any{
		"wallet_name": "cold",
		"descriptors": []map[string]any{
			{"desc": "wpkh(" + xprv + "/84h/0h/0h/0/*)", "active": true, "internal": false},
		},
	}
	dj, _ := json.MarshalIndent(desc, "", "  ")
	djLines := strings.Split(string(dj), "\n")
	var dl []line
	for _, s := range djLines {
		l := plain(s)
		if strings.Contains(s, xprv) {
			l.plant = &Plant{Kind: "extended-private-key", Raw: xprv, Note: "xprv in a descriptor"}
		}
		dl = append(dl, l)
	}
	g.file("backups/cold-descriptors.json", dl...)
	g.file("wallet-app/config/watch-only.json",
		plain("{"),
		line{`  "xpub": "` + pub.String() + `",`, &Plant{Negative: true, Note: "xpub is public"}},
		plain(`  "network": "mainnet"`),
		plain("}"),
	)

	// 10. Lockfile integrity hashes and a go.sum line: hashes, not keys.
	g.file("wallet-app/package-lock.json",
		plain("{"),
		plain(`  "name": "wallet-app",`),
		plain(`  "lockfileVersion": 3,`),
		plain(`  "packages": {`),
		plain(`    "node_modules/ethers": {`),
		plain(`      "version": "6.13.2",`),
		line{`      "integrity": "sha512-` + base64.StdEncoding.EncodeToString(g.bytes(64)) + `"`, &Plant{Negative: true, Note: "lockfile integrity"}},
		plain("    }"),
		plain("  }"),
		plain("}"),
	)

	// 11. An Ethereum keystore protected by a password attackers try first.
	ksKey := g.privKey()
	ks, addr, err := g.keystoreV3(ksKey, "password")
	if err != nil {
		return err
	}
	name := "keystore/UTC--2024-01-01T00-00-00.000000000Z--" + addr
	g.t.Files[name] = ks
	g.t.Plants = append(g.t.Plants, Plant{Path: name, Line: 1, Kind: "keystore", Raw: hex.EncodeToString(ksKey.Serialize()), Note: "V3 keystore with a weak password"})

	// 12. A Japanese phrase in a memo (ideographic spaces).
	entJa := g.bytes(16)
	ja := PhraseFromEntropy(entJa, wordlists.Japanese)
	g.file("notes/メモ.txt",
		plain("ウォレットの復元フレーズ"),
		line{strings.Join(ja, "\u3000"), &Plant{Kind: "mnemonic", Words: ja, Entropy: entJa, Raw: strings.Join(ja, " "), Note: "japanese phrase"}},
	)
	return nil
}

// keystoreV3 encrypts k as a Web3 Secret Storage v3 file with scrypt
// (n=4096, r=8, p=6, the "light" parameters).
func (g *gen) keystoreV3(k *btcec.PrivateKey, password string) ([]byte, string, error) {
	salt, iv := g.bytes(32), g.bytes(16)
	dk, err := scrypt.Key([]byte(password), salt, 4096, 8, 6, 32)
	if err != nil {
		return nil, "", err
	}
	ct, mac, err := eth.V3Seal(dk, iv, k.Serialize())
	if err != nil {
		return nil, "", err
	}
	addr := ethAddress(k)
	id := g.bytes(16)
	doc := map[string]any{
		"address": addr,
		"crypto": map[string]any{
			"cipher":       "aes-128-ctr",
			"ciphertext":   hex.EncodeToString(ct),
			"cipherparams": map[string]string{"iv": hex.EncodeToString(iv)},
			"kdf":          "scrypt",
			"kdfparams":    map[string]any{"dklen": 32, "n": 4096, "p": 6, "r": 8, "salt": hex.EncodeToString(salt)},
			"mac":          hex.EncodeToString(mac),
		},
		"id":      fmt.Sprintf("%x-%x-%x-%x-%x", id[0:4], id[4:6], id[6:8], id[8:10], id[10:16]),
		"version": 3,
	}
	b, err := json.Marshal(doc)
	return b, addr, err
}

func indexOf(list []string, w string) int {
	for i, x := range list {
		if x == w {
			return i
		}
	}
	return -1
}

func validChecksum(words, list []string) bool {
	var bits []int
	for _, w := range words {
		idx := indexOf(list, w)
		for k := 10; k >= 0; k-- {
			bits = append(bits, idx>>uint(k)&1)
		}
	}
	n := len(bits) * 32 / 33
	ent := make([]byte, n/8)
	for i := 0; i < n; i++ {
		ent[i/8] |= byte(bits[i] << (7 - uint(i%8)))
	}
	want := PhraseFromEntropy(ent, list)
	return strings.Join(want, " ") == strings.Join(words, " ")
}
