package keys

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/base58"
	"github.com/btcsuite/btcd/btcutil/bech32"
	"github.com/btcsuite/btcd/btcutil/hdkeychain"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit/detect"
)

// Fixture keys are generated from a fixed-seed PRNG; failure messages name
// the case, never the key.

type gen struct{ rng *rand.Rand }

func newGen(seed uint64) *gen { return &gen{rand.New(rand.NewPCG(seed, 77))} }

func (g *gen) bytes(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(g.rng.UintN(256))
	}
	return b
}

func (g *gen) key() *btcec.PrivateKey {
	for {
		if b := g.bytes(32); validScalar(b) {
			k, _ := btcec.PrivKeyFromBytes(b)
			return k
		}
	}
}

func (g *gen) hexKey() string { return hex.EncodeToString(g.key().Serialize()) }

// all returns this package's detectors (the engine's list of them is
// audit's table of built-ins).
func all() []detect.Detector {
	return []detect.Detector{NewBase58(), NewHex(), NewPEM(), NewBech32(), NewSolanaArray(), NewAptos(), NewSui(), NewCardano(), NewStellar()}
}

func run(text string) []detect.Candidate {
	var out []detect.Candidate
	for _, d := range all() {
		out = append(out, d.Detect(context.Background(), &detect.Chunk{Data: []byte(text)})...)
	}
	return out
}

func TestHexKeyContexts(t *testing.T) {
	g := newGen(1)
	positives := []struct{ name, tmpl string }{
		{"dotenv", "PRIVATE_KEY=0x%s\n"},
		{"dotenv_no_prefix", "DEPLOYER_PRIVATE_KEY=%s\n"},
		{"dotenv_quoted", "ETH_PRIVATE_KEY=\"0x%s\"\n"},
		{"js_const", "const privateKey = '0x%s';\n"},
		{"ethers_wallet", "const wallet = new ethers.Wallet(\"0x%s\", provider);\n"},
		{"viem", "const account = privateKeyToAccount('0x%s')\n"},
		{"python_from_key", "acct = Account.from_key(\"0x%s\")\n"},
		{"go_hextoecdsa", "key, err := crypto.HexToECDSA(\"%s\")\n"},
		{"web3j", "val credentials = Credentials.create(\"%s\")\n"},
		{"nethereum", "var account = new Account(\"0x%s\");\n"},
		{"json_key", "{\"privateKey\": \"0x%s\", \"chainId\": 1}\n"},
		{"yaml_env", "env:\n  - name: SIGNER_KEY\n    value: \"0x%s\"\n"},
		{"yaml_key", "wallet:\n  private_key: 0x%s\n"},
		{"cli_flag", "cast send 0xabc \"f()\" --private-key 0x%s --rpc-url $RPC\n"},
		{"hardhat_accounts", "networks: { mainnet: { url: URL, accounts: [\"0x%s\"] } }\n"},
		{"hardhat_accounts_multiline", "accounts: [\n  \"0x%s\",\n]\n"},
		{"terraform", "variable \"deployer_key\" {\n  default = \"%s\"\n}\n"},
		{"foundry_vm_addr", "address alice = vm.addr(0x%s);\n"},
		{"kebab", "signer-key: %s\n"},
		{"wallet_secret", "\"WalletSecret\" = \"%s\"\n"},
		{"markdown_table_column", "| Account | Address | Private Key |\n|---|---|---|\n| 0 | 0x252cd1a6a2f3aa8d9d6b45c0a97da3a0a1b2c3d4 | %s |\n"},
		{"markdown_table_later_row", "| wallet | private key |\n| :-- | :-: |\n| cold | (offline) |\n| hot | 0x%s |\n"},
		{"pk", "PK=0x%s\n"},
		{"html_table_cells", "<tr><td>Private key</td><td>%s</td></tr>\n"},
		{"html_definition_list", "<dl><dt>Signer key</dt><dd><code>0x%s</code></dd></dl>\n"},
		{"julia_repl", "# time: 2024-06-10 11:02:40 CEST\n# mode: julia\n\tsk = hex2bytes(\"%s\")\n# mode: julia\n\tpubkey(sk)\n"},
		{"exception_message", "java.lang.IllegalArgumentException: private key does not match configured address 0x252cd1a6a2f3aa8d9d6b45c0a97da3a0a1b2c3d4: %s\n\tat com.acme.EthSigner.<init>(EthSigner.java:48)\n"},
	}
	for _, tc := range positives {
		t.Run(tc.name, func(t *testing.T) {
			k := g.hexKey()
			text := fmt.Sprintf(tc.tmpl, k)
			cs := run(text)
			require.Len(t, cs, 1, "no single finding for %s", tc.name)
			assert.Equal(t, detect.KindRawPrivateKey, cs[0].Kind)
			assert.True(t, strings.HasSuffix(text[cs[0].Start:cs[0].End], k), "span")
			assert.Equal(t, detect.Fingerprint(detect.KindRawPrivateKey, k), cs[0].Secret.Fingerprint())
		})
	}
	negatives := []struct{ name, tmpl string }{
		{"sha256sums", "%s  release-1.2.3.tar.gz\n"},
		{"tx_hash", "{\"txHash\": \"0x%s\"}\n"},
		{"block_hash", "blockHash: 0x%s\n"},
		{"bytes32_constant", "bytes32 constant ROLE = 0x%s;\n"},
		{"docker_digest", "image: registry.example/app@sha256:%s\n"},
		{"go_sum_style", "example.org/m v1.0.0 h1:%s\n"},
		{"merkle_root", "merkleRoot = \"0x%s\"\n"},
		{"git_commit", "commit %s\n"},
		{"html_table_hash", "<tr><td>Block hash</td><td>0x%s</td></tr>\n"},
		{"signature_r", "r: 0x%s\n"},
		{"storage_slot", "bytes32 internal constant IMPLEMENTATION_SLOT = 0x%s;\n"},
		{"hash_in_comment_after_account_call", "helper.addTrieAccount(\"acc-1\", &types.StateAccount{Balance: uint256.NewInt(1)}) // 0x%s\n"},
		{"plain_hex", "value %s\n"},
		{"salt", "SALT=%s\n"},
		{"keystore_ciphertext", "\"ciphertext\": \"%s\",\n"},
		{"public_key_name", "publicKey: 0x%s\n"},
		{"api_key", "API_KEY=%s\n"},
		{"private_key_words_and_hash", "private key rotated, sha256 of the old one %s\n"},
		{"markdown_table_hash_column", "| private key | block hash |\n| --- | --- |\n| (none) | %s |\n"},
	}
	for _, tc := range negatives {
		t.Run("negative_"+tc.name, func(t *testing.T) {
			assert.Empty(t, run(fmt.Sprintf(tc.tmpl, g.hexKey())), tc.name)
		})
	}
	placeholders := []string{
		"PRIVATE_KEY=0x0000000000000000000000000000000000000000000000000000000000000000\n",
		"PRIVATE_KEY=0x1111111111111111111111111111111111111111111111111111111111111111\n",
		"PRIVATE_KEY=0x0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n",
		"PRIVATE_KEY=0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff\n",
		// Digits counting up between letters: AWS CLI's iotwireless
		// examples.
		"AppServerPrivateKey=\"a123b45c6d78e9f012a34cd5e6a7890b12c3d45e6f78a1b234c56d7e890a1234\"\n",
		// A short pattern repeated over most of the value, the last
		// digits another (corpus 200).
		"PRIVATE_KEY=abc123abc123abc123abc123abc123abc123abc123abc123abc123abc123abcd\n",
		"PRIVATE_KEY=0x7f3a9c2e51d8b4a67f3a9c2e51d8b4a67f3a9c2e51d8b4a67f3a9c2e00000000\n",
		"PRIVATE_KEY=your_private_key_here\n",
		"PRIVATE_KEY=${{ secrets.PRIVATE_KEY }}\n",
		"const pk = process.env.PRIVATE_KEY;\n",
		"PRIVATE_KEY=<PRIVATE_KEY>\n",
	}
	for i, p := range placeholders {
		assert.Empty(t, run(p), "placeholder %d", i)
	}
}

func TestPublicDevKeys(t *testing.T) {
	// Hardhat account 0, published in Hardhat's documentation.
	cs := run("PRIVATE_KEY=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80\n")
	require.Len(t, cs, 1)
	assert.True(t, cs[0].Public)
	assert.Equal(t, "Hardhat/Anvil/Foundry default account 0", cs[0].PublicSource)
	assert.Equal(t, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", cs[0].Secret.Address())
	// Ganache account 0 (docs/formats.md §1.5).
	cs = run("accounts: [\"0x4f3edf983ac636a65a842ce7c78d9aa706d3b113bce9c46f30d7d21715b23b1d\"]\n")
	require.Len(t, cs, 1)
	assert.Equal(t, "0x90F8bf6A479f320ead074411a4B0e7944Ea8c9C1", cs[0].Secret.Address())
	assert.True(t, cs[0].Public)
	// BIP-86's account 0 key and BIP-84's first receiving key, both of
	// the first BIP-39 vector (bitcoin/bips bip-0086 and bip-0084 test
	// vectors), as descriptors and wallet tests copy them.
	cs = run("tr([73c5da0a/86'/0'/0']xprv9xgqHN7yz9MwCkxsBPN5qetuNdQSUttZNKw1dcYTV4mkaAFiBVGQziHs3NRSWMkCzvgjEe3n9xV8oYywvM8at9yRqyaZVz6TYYhX98VjsUk/0/*)\n")
	require.Len(t, cs, 1)
	assert.True(t, cs[0].Public)
	assert.Equal(t, "BIP-39 test vector at m/86'/0'/0'", cs[0].PublicSource)
	// A child of a published key at a path no vector lists is published
	// too: anyone derives it (bip32utils' README walks vector 1's root).
	childOf := func(seed []byte) detect.Candidate {
		root, err := hdkeychain.NewMaster(seed, &chaincfg.MainNetParams)
		require.NoError(t, err)
		child, err := root.Derive(5)
		require.NoError(t, err)
		cs := run("xprv: " + child.String() + "\n")
		require.Len(t, cs, 1)
		return cs[0]
	}
	vector1, err := hex.DecodeString("000102030405060708090a0b0c0d0e0f")
	require.NoError(t, err)
	c := childOf(vector1)
	assert.True(t, c.Public)
	assert.Contains(t, c.PublicSource, "derived from a published key")
	assert.False(t, childOf(newGen(9).key().Serialize()).Public)
	cs = run("privkey = KyZpNDKnfs94vbrwhJneDi77V6jF64PWPF8x5cdJb8ifgg2DUc9d\n")
	require.Len(t, cs, 1)
	assert.True(t, cs[0].Public)
	assert.Equal(t, "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu", cs[0].Secret.Address())
}

func TestWIF(t *testing.T) {
	g := newGen(2)
	for _, tc := range []struct {
		name       string
		net        *chaincfg.Params
		compressed bool
		network    string
		layout     string
	}{
		{"mainnet_compressed", &chaincfg.MainNetParams, true, "mainnet", "bitcoin-cli importprivkey %s \"label\" false\n"},
		{"mainnet_uncompressed", &chaincfg.MainNetParams, false, "mainnet", "key = '%s'\n"},
		{"testnet_compressed", &chaincfg.TestNet3Params, true, "testnet", "WIF=%s\n"},
		{"testnet_uncompressed", &chaincfg.TestNet3Params, false, "testnet", "%s 2024-01-01T00:00:00Z label= # addr=x\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w, err := btcutil.NewWIF(g.key(), tc.net, tc.compressed)
			require.NoError(t, err)
			cs := run(fmt.Sprintf(tc.layout, w.String()))
			require.Len(t, cs, 1)
			assert.Equal(t, detect.KindWIF, cs[0].Kind)
			assert.Equal(t, tc.network, cs[0].Network)
			assert.NotEmpty(t, cs[0].Secret.Address())
			// One character changed: the checksum fails.
			s := []byte(w.String())
			s[20] = map[bool]byte{true: 'a', false: 'b'}[s[20] != 'a']
			assert.Empty(t, run(fmt.Sprintf(tc.layout, s)))
		})
	}
}

// TestMinikey: Casascius mini private keys, by the Bitcoin wiki's "Mini
// private key format" page: the key is the SHA-256 of the 30 characters
// (its example's key is printed there), valid when SHA-256 of them with
// "?" appended starts with a zero byte.
func TestMinikey(t *testing.T) {
	const wiki = "S6c56bnXQiBjk9mqSYE7ykVQ7NzrRy"
	cs := run("mini private key: " + wiki + "\n")
	require.Len(t, cs, 1)
	c := cs[0]
	assert.Equal(t, "bitcoin-minikey", c.Rule)
	assert.Equal(t, detect.KindWIF, c.Kind)
	assert.Equal(t, detect.ConfidenceHigh, c.Confidence)
	assert.True(t, c.Public)
	assert.Equal(t, "example key of the Bitcoin wiki's Mini private key format page", c.PublicSource)
	// The same key in WIF: one secret, one fingerprint and address.
	k, _ := btcec.PrivKeyFromBytes(mustHex(t, "4C7A9640C72DC2099F23715D0C8A0D8A35F8906E3CAB61DD3F78B67BF887C9AB"))
	w, err := btcutil.NewWIF(k, &chaincfg.MainNetParams, false)
	require.NoError(t, err)
	ws := run("WIF " + w.String() + "\n")
	require.Len(t, ws, 1)
	assert.Equal(t, ws[0].Secret.Fingerprint(), c.Secret.Fingerprint())
	assert.Equal(t, ws[0].Secret.Address(), c.Secret.Address())
	assert.NotContains(t, c.Secret.Redacted(), wiki[1:5])

	// Keys made as Casascius made them: found in any layout, high only
	// with a word that names the format.
	g := newGen(41)
	const alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
	var keys []string
	for len(keys) < 20 {
		b := []byte{'S'}
		for len(b) < 30 {
			b = append(b, alphabet[int(g.bytes(1)[0])%58])
		}
		if sum := sha256.Sum256(append(bytes.Clone(b), '?')); sum[0] == 0 && bytes.IndexAny(b, "123456789") > 0 {
			keys = append(keys, string(b))
		}
	}
	for i, key := range keys {
		layout := []string{"%s\n", "{\"minikey\": \"%s\"}\n", "Casascius coin, 1 BTC\n%s\n", "backup: %s (paper)\n"}[i%4]
		cs := run(fmt.Sprintf(layout, key))
		require.Len(t, cs, 1, layout)
		assert.Equal(t, "bitcoin-minikey", cs[0].Rule)
		assert.Equal(t, i%4 == 1 || i%4 == 2, cs[0].Confidence == detect.ConfidenceHigh, layout)
		assert.False(t, cs[0].Public)
	}

	passes := func(b []byte) bool {
		sum := sha256.Sum256(append(bytes.Clone(b), '?'))
		return sum[0] == 0
	}
	// One character changed: the check fails (for most changes; the
	// first that fails is taken).
	for _, key := range []string{wiki, keys[0]} {
		b := []byte(key)
		for _, r := range []byte(alphabet) {
			b[17] = r
			if !passes(b) {
				break
			}
		}
		assert.Empty(t, run(string(b)+"\n"))
	}
	for _, text := range []string{
		"x" + wiki + "\n",          // glued to a longer identifier
		wiki + "_test\n",           // the same
		wiki + "a\n",               // 31 characters
		wiki[:22] + "\n",           // 22 characters (Series 1 coins): not read
		"S4b3N3oGqDqR5jNuxEvDwf\n", // a valid one of 22
	} {
		assert.Empty(t, run(text), text)
	}
	// Without a digit the string is taken for an identifier, even when it
	// passes the check, unless a word names the format: on its line, the
	// line before, or the header of its table.
	for {
		b := []byte{'S'}
		for len(b) < 30 {
			b = append(b, alphabet[9+int(g.bytes(1)[0])%49])
		}
		if passes(b) {
			assert.Empty(t, run(string(b)+"\n"))
			assert.Empty(t, run("serial,denomination,key\nC1-0042,1 BTC,"+string(b)+",2013-04-02\n"))
			for _, text := range []string{
				"minikey: " + string(b) + "\n",
				"Casascius 1 BTC\n" + string(b) + "\n",
				"serial,denomination,minikey,loaded\nC1-0041,1 BTC,x,2013-04-01\nC1-0042,1 BTC," + string(b) + ",2013-04-02\n",
			} {
				cs := run(text)
				require.Len(t, cs, 1, text)
				assert.Equal(t, detect.ConfidenceHigh, cs[0].Confidence, text)
			}
			break
		}
	}
}

func TestExtendedKeys(t *testing.T) {
	g := newGen(3)
	master, err := hdkeychain.NewMaster(g.bytes(32), &chaincfg.MainNetParams)
	require.NoError(t, err)
	xprv := master.String()
	cs := run("xprv: " + xprv + "\n")
	require.Len(t, cs, 1)
	assert.Equal(t, detect.KindExtendedPrivateKey, cs[0].Kind)
	assert.Equal(t, "bip32-xprv", cs[0].Rule)
	assert.True(t, strings.HasPrefix(cs[0].Secret.Address(), "bip32-fingerprint:"))

	desc := "wpkh([d34db33f/84h/0h/0h]" + xprv + "/0/*)"
	cs = run(`{"desc": "` + desc + "#" + descriptorChecksum(desc) + `", "active": true}`)
	require.Len(t, cs, 1)
	assert.Equal(t, "output-descriptor-xprv", cs[0].Rule)
	assert.Equal(t, "valid", cs[0].Details["descriptor_checksum"])

	// The same key under another version (zprv) has the same fingerprint.
	raw := base58.Decode(xprv)
	copy(raw[:4], []byte{0x04, 0xb2, 0x43, 0x0c})
	sum := chainhash.DoubleHashB(raw[:78])
	zprv := base58.Encode(append(raw[:78:78], sum[:4]...))
	cz := run(zprv)
	require.Len(t, cz, 1)
	assert.Equal(t, cs[0].Secret.Fingerprint(), cz[0].Secret.Fingerprint())

	pub, err := master.Neuter()
	require.NoError(t, err)
	assert.Empty(t, run("xpub: "+pub.String()+"\n"), "xpub is public")
	assert.Empty(t, run("tr("+pub.String()+"/0/*)"), "xpub descriptor is public")
}

func TestDescriptorChecksumVector(t *testing.T) {
	// BIP-380 test vector.
	assert.Equal(t, "89f8spxm", descriptorChecksum("raw(deadbeef)"))
}

func TestOtherChains(t *testing.T) {
	g := newGen(4)
	seed := g.bytes(32)
	priv := ed25519.NewKeyFromSeed(seed)
	arr := make([]string, 64)
	for i, b := range priv {
		arr[i] = fmt.Sprint(b)
	}
	cs := run("[" + strings.Join(arr, ",") + "]")
	require.Len(t, cs, 1)
	assert.Equal(t, "solana-keypair", cs[0].Rule)
	// In source code, 16 a line with a comma after the last.
	var rows []string
	for i := 0; i < 64; i += 16 {
		rows = append(rows, strings.Join(arr[i:i+16], ", ")+",")
	}
	cs = run("const payer = Keypair.fromSecretKey(\n  new Uint8Array([\n    " + strings.Join(rows, "\n    ") + "\n  ]),\n);\n")
	if assert.Len(t, cs, 1) {
		assert.Equal(t, "solana-keypair", cs[0].Rule)
	}
	assert.Empty(t, run("x = [,]\ny = [1,]\n"))
	// A 64-byte array whose halves do not match is not a keypair.
	bad := append([]string(nil), arr...)
	bad[40] = fmt.Sprint((priv[40] + 1) % 255)
	assert.Empty(t, run("["+strings.Join(bad, ",")+"]"))

	cs = run("SOLANA_KEY=" + base58.Encode(priv) + "\n")
	require.Len(t, cs, 1)
	assert.Equal(t, "solana-private-key", cs[0].Rule)
	assert.Equal(t, base58.Encode(priv[32:]), cs[0].Secret.Address())
	solana := cs[0].Secret.Fingerprint()

	// NEAR writes the same bytes after "ed25519:"; the account is the
	// public key's hex.
	cs = run("{\"account_id\":\"x.testnet\",\"private_key\":\"ed25519:" + base58.Encode(priv) + "\"}")
	require.Len(t, cs, 1)
	assert.Equal(t, "near-private-key", cs[0].Rule)
	assert.Equal(t, hex.EncodeToString(priv[32:]), cs[0].Secret.Address())
	assert.Equal(t, solana, cs[0].Secret.Fingerprint())

	k := g.key().Serialize()
	conv, err := bech32.ConvertBits(k, 8, 5, true)
	require.NoError(t, err)
	nsec, err := bech32.Encode("nsec", conv)
	require.NoError(t, err)
	cs = run("NOSTR_SECRET=" + nsec)
	require.Len(t, cs, 1)
	assert.Equal(t, "nostr-nsec", cs[0].Rule)
	assert.True(t, strings.HasPrefix(cs[0].Secret.Address(), "npub1"))
	// All in capitals, as a QR code's alphanumeric mode or an OCR'd card
	// writes it (the 288th blind corpus): the same key.
	fp := cs[0].Secret.Fingerprint()
	cs = run("OCR card: " + strings.ToUpper(nsec) + "\n")
	require.Len(t, cs, 1)
	assert.Equal(t, fp, cs[0].Secret.Fingerprint())
	assert.Empty(t, run("OCR card: "+strings.ToUpper(nsec[:20])+nsec[20:]+"\n"), "mixed case is no bech32")

	conv, _ = bech32.ConvertBits(append([]byte{0}, g.bytes(32)...), 8, 5, true)
	sui, _ := bech32.Encode("suiprivkey", conv)
	cs = run("sui: " + sui)
	require.Len(t, cs, 1)
	assert.Equal(t, "sui-private-key", cs[0].Rule)

	cs = run("private_key: \"ed25519-priv-0x" + hex.EncodeToString(g.bytes(32)) + "\"\n")
	require.Len(t, cs, 1)
	assert.Equal(t, "aptos-private-key", cs[0].Rule)
}

func TestPEM(t *testing.T) {
	g := newGen(5)
	key := g.key().Serialize()
	der := append([]byte{0x30, 0x74, 0x02, 0x01, 0x01, 0x04, 0x20}, key...)
	der = append(der, 0xa0, 0x07, 0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x0a)
	pem := "-----BEGIN EC PRIVATE KEY-----\n" + base64.StdEncoding.EncodeToString(der) + "\n-----END EC PRIVATE KEY-----\n"
	cs := run(pem)
	require.Len(t, cs, 1)
	assert.Equal(t, "pem-secp256k1", cs[0].Rule)
	// Kept in a JSON or code string, its line breaks escaped (once, or
	// twice in a JSON string inside another), "/" escaped as JSON may.
	b64 := base64.StdEncoding.EncodeToString(der)
	for _, text := range []string{
		`{"private_key_pem":"-----BEGIN EC PRIVATE KEY-----\n` + b64[:64] + `\n` + b64[64:] + `\n-----END EC PRIVATE KEY-----\n","type":"secp256k1"}`,
		`"{\"pem\":\"-----BEGIN EC PRIVATE KEY-----\\n` + strings.ReplaceAll(b64, "/", `\/`) + `\\n-----END EC PRIVATE KEY-----\\n\"}"`,
		"const pem = `-----BEGIN EC PRIVATE KEY-----\r\n" + b64 + "\r\n-----END EC PRIVATE KEY-----`",
	} {
		cs := run(text)
		require.Len(t, cs, 1, "%.40s", text)
		assert.Equal(t, "pem-secp256k1", cs[0].Rule)
		assert.Equal(t, cs[0].Secret.Fingerprint(), run(pem)[0].Secret.Fingerprint())
	}
	// A JWT issuer's ES256K key, so named above it or in its file's
	// name (corpus 255), is reported at medium confidence: a secp256k1
	// key may hold funds, but this one signs tokens.
	for _, tc := range []struct{ path, text string }{
		{"ops/tls/jwt-es256k-dev.pem", pem},
		{"keys/issuer.pem", "# ES256K signing key for the internal JWT issuer (dev only, not a wallet)\n" + pem},
	} {
		cs := (&PEM{}).Detect(context.Background(), &detect.Chunk{Path: tc.path, Data: []byte(tc.text)})
		require.Len(t, cs, 1, tc.path)
		assert.Equal(t, detect.ConfidenceMedium, cs[0].Confidence, tc.path)
	}
	assert.Equal(t, detect.ConfidenceHigh, (&PEM{}).Detect(context.Background(), &detect.Chunk{Path: "keys/deployer.pem", Data: []byte(pem)})[0].Confidence)
	// P-256 (OID 1.2.840.10045.3.1.7) is not a wallet key.
	p256 := append([]byte{0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20}, key...)
	p256 = append(p256, 0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07)
	assert.Empty(t, run("-----BEGIN EC PRIVATE KEY-----\n"+base64.StdEncoding.EncodeToString(p256)+"\n-----END EC PRIVATE KEY-----\n"))
}

func FuzzDetect(f *testing.F) {
	f.Add("PRIVATE_KEY=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
	f.Add("[1,2,3]")
	f.Add("raw=4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318\naddress=0x90F8bf6A479f320ead074411a4B0e7944Ea8c9C1")
	f.Add("deployer 0x90F8bf6A479f320ead074411a4B0e7944Ea8c9C1\nkey 0x4f3edf983ac636a65a842ce7c78d9aa706d3b113bce9c46f30d7d21715b23b1d\n")
	f.Add("let w = LocalWallet::from_str(\"8d9fe6a3a0d27d24a6a4b7c2d4b1e9f0c3a5b7d9e1f3a5c7e9b1d3f5a7c9e1b3\")?; // 0x")
	f.Add("nsec1qqqq suiprivkey1 ed25519-priv-0x -----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----")
	f.Add("wpkh(xprv9s21ZrQH143K/0/*)#abcdefgh 5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ")
	f.Add("casascius\nS6c56bnXQiBjk9mqSYE7ykVQ7NzrRy")
	f.Add("{\"type\": \"PaymentSigningKeyShelley_ed25519\", \"cborHex\": \"58200102\"} addr_xsk1qqqq root_sk1")
	f.Add("secret SBU2RRGLXH3E5CQHTD3ODLDF2BWDCYUSSBLLZ5GNW7JXHDIYKXZWHOKR SA")
	f.Add("SUI_PRIVATE_KEY=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g [\"AQECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g\"]")
	f.Add("CREATE TABLE IF NOT EXISTS `w` (`id` int, k varchar(66), PRIMARY KEY (`id`)) ;\nINSERT INTO `w` VALUES (1,'4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318'),(2,'x');\ninsert into w values (create table")
	f.Fuzz(func(t *testing.T, s string) {
		cs := run(s)
		// A keystore file's name turns the Sui detector's name check off.
		cs = append(cs, NewSui().Detect(context.Background(), &detect.Chunk{Data: []byte(s), Path: "sui.keystore"})...)
		// A decoded view, the text split into context and after.
		if k := len(s) / 2; k > 0 {
			v := &detect.Chunk{Data: []byte(s[k/2 : k]), Encoding: "byte-array", Context: []byte(s[:k/2]), After: []byte(s[k:])}
			for _, c := range NewHex().Detect(context.Background(), v) {
				if c.Start < 0 || c.End > len(v.Data) || c.Start > c.End {
					t.Fatalf("view span %d..%d out of range %d", c.Start, c.End, len(v.Data))
				}
			}
		}
		for _, c := range cs {
			if c.Start < 0 || c.End > len(s) || c.Start > c.End {
				t.Fatalf("span %d..%d out of range %d", c.Start, c.End, len(s))
			}
			if c.Secret.IsZero() || strings.Contains(c.Secret.Redacted(), c.Secret.Reveal()) {
				t.Fatal("bad secret")
			}
		}
	})
}

func BenchmarkKeysOnCode(b *testing.B) {
	var sb strings.Builder
	g := newGen(6)
	for sb.Len() < 4<<20 {
		fmt.Fprintf(&sb, "const key = cache.get(%q); // sha256 %s\nfunction f(a, b) { return a + b; }\n", "k", hex.EncodeToString(g.bytes(32)))
	}
	data := []byte(sb.String())
	dets := all()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range dets {
			d.Detect(context.Background(), &detect.Chunk{Data: data})
		}
	}
}

// TestHexKeyUpperCasePrefix: "0X" before upper-case hex is the same key as
// "0x" before lower case; until 2026-12-02 the X was taken for a letter
// the value was glued to.
func TestHexKeyUpperCasePrefix(t *testing.T) {
	k := newGen(2).hexKey()
	for _, tmpl := range []string{"PRIVATE_KEY=0X%s\n", "PRIVATE_KEY=0x%s\n", "PRIVATE_KEY=%s\n"} {
		text := fmt.Sprintf(tmpl, strings.ToUpper(k))
		cs := run(text)
		require.Len(t, cs, 1, "%q", tmpl)
		assert.Equal(t, detect.Fingerprint(detect.KindRawPrivateKey, k), cs[0].Secret.Fingerprint(), "%q", tmpl)
		assert.Equal(t, len("PRIVATE_KEY="), cs[0].Start, "%q", tmpl)
	}
}

func TestHexKeyInDecodeCall(t *testing.T) {
	g := newGen(9)
	cs := run("let sk = SecretKey::from_slice(&hex::decode(\"" + g.hexKey() + "\").unwrap())?;\n")
	require.Len(t, cs, 1)
	cs = run("const signer = new ethers.Wallet(Buffer.from('" + g.hexKey() + "', 'hex'))\n")
	require.Len(t, cs, 1)
}

func TestWeakKeys(t *testing.T) {
	// SHA-256("correct horse battery staple"), a famous swept brainwallet.
	brain := sha256.Sum256([]byte("correct horse battery staple"))
	cs := run("PRIVATE_KEY=0x" + hex.EncodeToString(brain[:]) + "\n")
	require.Len(t, cs, 1)
	assert.Contains(t, cs[0].Weakness, "brainwallet")
	k, _ := btcec.PrivKeyFromBytes(append(make([]byte, 24), 0, 0, 0x01, 0, 0, 0, 0x12, 0x34))
	w, err := btcutil.NewWIF(k, &chaincfg.MainNetParams, true)
	require.NoError(t, err)
	cs = run("importprivkey " + w.String())
	require.Len(t, cs, 1)
	assert.Equal(t, "key below 2^64", cs[0].Weakness)
}

func TestHexKeyFileName(t *testing.T) {
	g := newGen(11)
	k := g.hexKey()
	det := NewHex()
	// A node's peer-to-peer key (geth's and Besu's nodekey) holds no
	// funds: it was a finding until 2026-12-02. Nor does the engine
	// API's JWT secret (until 2026-12-04).
	for name, want := range map[string]int{"private_key.txt": 1, "deploy/deployer.key": 1, "wallet.secret": 1, "nodes/member1/accountPrivateKey": 1,
		"pubkey.txt": 0, "notes.txt": 0, "sha256sum.txt": 0, "geth/nodekey": 0, "nodes/member1/nodekey": 0, "node_key.txt": 0,
		"eth-node/geth/jwtsecret": 0, "lighthouse/jwt.hex": 0, "secrets/jwt-secret.hex": 0} {
		cs := det.Detect(context.Background(), &detect.Chunk{Data: []byte("0x" + k + "\n"), Path: name})
		assert.Len(t, cs, want, name)
	}
	// Not when the file holds more than the value.
	assert.Empty(t, det.Detect(context.Background(), &detect.Chunk{Data: []byte("build " + k + " done\n" + strings.Repeat("log line\n", 20)), Path: "key.txt"}))

	// A file of such values only, one a line or a JSON array, is a list
	// of keys (missed until 2026-12-02: only a file of one value was);
	// not under a name that says API key, token or hash.
	ks := []string{g.hexKey(), g.hexKey(), g.hexKey()}
	for _, tc := range []struct {
		name, text string
		want       int
	}{
		{"keys.txt", "0x" + ks[0] + "\n0x" + ks[1] + "\n0x" + ks[2] + "\n", 3},
		{"private_keys.txt", strings.Join(ks, "\r\n"), 3},
		{"keys.json", "[\n  \"0x" + ks[0] + "\",\n  \"0x" + ks[1] + "\"\n]\n", 2},
		{"api_keys.txt", ks[0] + "\n" + ks[1] + "\n", 0},
		{"tokens_key.txt", ks[0] + "\n" + ks[1] + "\n", 0},
		{"keys.txt", ks[0] + "\n" + ks[1] + " build 42\n", 0},
		{"keys.txt", ks[0] + "\n" + ks[1][:63] + "\n", 0},
		{"block_hashes.txt", ks[0] + "\n" + ks[1] + "\n", 0},
	} {
		cs := det.Detect(context.Background(), &detect.Chunk{Data: []byte(tc.text), Path: tc.name})
		assert.Len(t, cs, tc.want, tc.name)
	}
}

func TestEntropyNeedsSeedText(t *testing.T) {
	const e = "8d9fe6a3a0d27d24a6a4b7c2d4b1e9f0c3a5b7d9e1f3a5c7e9b1d3f5a7c9e1b3"
	h := &Hex{}
	drbg := `{"name":"0","entropy":"` + e + `","nonce":"ab12","pers":null,"add":[null,null],"expected":"dd"}`
	assert.Empty(t, h.Detect(context.Background(), &detect.Chunk{Data: []byte(drbg)}), "random-generator test vector")
	seed := `{"mnemonic_version":"bip39","entropy":"` + e + `"}`
	cs := h.Detect(context.Background(), &detect.Chunk{Data: []byte(seed)})
	require.Len(t, cs, 1)
	assert.Equal(t, "bip39-entropy-hex", cs[0].Rule)
}

// TestPatternedKeysArePublic: keys typed as patterns (a byte or block
// repeated, bytes counting) are test values anyone guesses: the ChaCha20
// key 000102…1f of RFC 8439's vectors, named "key" in a cipher's tests,
// was a medium finding until 2026-12-02.
func TestPatternedKeysArePublic(t *testing.T) {
	for _, tc := range []struct {
		key  string
		want bool
	}{
		{strings.Repeat("11", 32), true},
		{strings.Repeat("deadbeef", 8), true},
		{strings.Repeat("0123456789abcdef", 4), true},
		{strings.Repeat("00112233445566778899aabbccddeeff", 2), true},
		{"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", true},
		{"808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f", true},
		{"fffefdfcfbfaf9f8f7f6f5f4f3f2f1f0efeeedecebeae9e8e7e6e5e4e3e2e1e0", true},
		{"7d3a0c9f51e2b86a4f0d17c3e9a25b6184fc0e7d2a9b1356c8e0f4a7d2b91c3e", false},
		{"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e2f", false}, // one byte off
		{strings.Repeat("deadbeef", 7) + "deadbeee", false},
		// The multiples of G a curve library prints (hashcat's "x5 WIF").
		{strings.Repeat("00", 31) + "05", true},
		{strings.Repeat("00", 28) + "ffffffff", true},
		{strings.Repeat("00", 27) + "0100000000", false}, // 2^32: a puzzle's range, weak (weakKey)
		// The other end: n-1 and n-(2^32-1), but not n-2^32.
		{"fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140", true},
		{"fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8bd0364142", true},
		{"fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8bd0364141", false},
	} {
		_, got := patterned(mustHex(t, tc.key))
		assert.Equal(t, tc.want, got, tc.key)
	}
	// A hex value so patterned is a test vector's key (ChaCha20's in
	// RFC 8439, BLAKE2's "key:" lines: 256 in pycryptodome's vectors),
	// not reported at all; in an encoding made for keys (WIF) it is
	// reported as public.
	text := "#[test]\nfn prepare_state() {\n    let key = Key(hex!(\"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f\"));\n"
	assert.Empty(t, (&Hex{}).Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "src/chacha20.rs"}))
	assert.Empty(t, (&Hex{}).Detect(context.Background(), &detect.Chunk{Data: []byte("in:\t00\nkey:\t000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f\nhash:\t40d1\n")}))
	k, _ := btcec.PrivKeyFromBytes(mustHex(t, "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"))
	w, err := btcutil.NewWIF(k, &chaincfg.MainNetParams, true)
	require.NoError(t, err)
	cs := NewBase58().Detect(context.Background(), &detect.Chunk{Data: []byte("importprivkey " + w.String() + "\n")})
	require.Len(t, cs, 1)
	assert.True(t, cs[0].Public)
	assert.Equal(t, "patterned test value (counting bytes)", cs[0].PublicSource)
}

func TestDocumentationExampleKeysArePublic(t *testing.T) {
	// The example key of the web3.js accounts documentation.
	const web3Doc = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
	cs := (&Hex{}).Detect(context.Background(), &detect.Chunk{Data: []byte("const privateKey = '0x" + web3Doc + "';\n")})
	require.Len(t, cs, 1)
	assert.True(t, cs[0].Public)
	assert.Equal(t, "example key in the web3.js documentation", cs[0].PublicSource)
	src, ok := publicScalar(mustHex(t, web3Doc))
	assert.True(t, ok)
	assert.Contains(t, src, "web3.js")
	_, ok = publicScalar(mustHex(t, "7d3a0c9f51e2b86a4f0d17c3e9a25b6184fc0e7d2a9b1356c8e0f4a7d2b91c3e"))
	assert.False(t, ok)
	// The Bitcoin wiki's WIF example, in a doc comment.
	cs = NewBase58().Detect(context.Background(), &detect.Chunk{Data: []byte(`/// assert_eq!(wif.as_str(), "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ");` + "\n")})
	require.Len(t, cs, 1)
	assert.True(t, cs[0].Public)
	assert.Equal(t, "example key of the Bitcoin wiki's Wallet import format page", cs[0].PublicSource)
	// Bitcoin Core's key_tests.cpp secrets (strSecret1, strSecret2C),
	// which bitcore-lib's and other suites copy.
	for _, wif := range []string{"5HxWvvfubhXpYYpS3tJkw6fq9jE9j18THftkZjHHfmFiWtmAbrj", "L3Hq7a8FEQwJkW1M2GNKDW28546Vp5miewcCzSqUD9kCAXrJdS3g"} {
		cs = NewBase58().Detect(context.Background(), &detect.Chunk{Data: []byte("var privkey = new PrivateKey('" + wif + "');\n")})
		require.Len(t, cs, 1)
		assert.True(t, cs[0].Public)
		assert.Equal(t, "Bitcoin Core key test vector (key_tests.cpp)", cs[0].PublicSource)
	}
	// Electrum's import-keys help text names its example WIF in full.
	cs = NewBase58().Detect(context.Background(), &detect.Chunk{Data: []byte("# note: full key is KxZcY47uGp9aVQAb6VVvuBs8SwHKgkSR2DbZUzjDzXf2N2GPhG9n\n")})
	require.Len(t, cs, 1)
	assert.True(t, cs[0].Public)
	assert.Equal(t, "example key in Electrum's import-keys help text", cs[0].PublicSource)
	// Development networks' pre-funded keys.
	for key, want := range map[string]string{
		"7726827caac94a7f9e1b160f7ea819f172f7b6f9d2a97f992c38edeab82d4110": "zkSync local-setup rich wallet 0",
		"56289e99c94b6912bfc12adc093c9b51124f0dc54ac7a766b2bc5ccf558d8027": "Avalanche local network pre-funded key (ewoq)",
		"bcdf20249abf0ed6d944c0288fad489e33f66b3960d9e6229c1cd214ed3bbe31": "Kurtosis ethereum-package devnet account 0",
		"5fb92d6e98884f76de468fa3f6278f8807c48bebc13595d45af5bdc4da702133": "Moonbeam development account 0",
		"88cbead91aee890d27bf06e003ade3d4e952427e88f88d31d61d3ef5e5d54305": "Evmos/Cosmos EVM local node dev0 account",
	} {
		src, ok := publicScalar(mustHex(t, key))
		assert.True(t, ok, want)
		assert.Equal(t, want, src)
	}
	// Besu's dev network account, in a genesis file's alloc.
	cs = (&Hex{}).Detect(context.Background(), &detect.Chunk{Data: []byte(`"privateKey" : "0x8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63",` + "\n")})
	require.Len(t, cs, 1)
	assert.Equal(t, "Hyperledger Besu dev network account", cs[0].PublicSource)
	// A BIP-340 vector's secret key (bitcoin/bips bip-0340/test-vectors.csv).
	src, ok = publicScalar(mustHex(t, "B7E151628AED2A6ABF7158809CF4F3C762E7160F38B4DA56A784D9045190CFEF"))
	assert.True(t, ok)
	assert.Equal(t, "BIP-340 test vector", src)
	// BIP-327's signer key (bitcoin/bips bip-0327/vectors), and EIP-2333's
	// first master key, written in decimal (eips.ethereum.org/EIPS/eip-2333).
	src, ok = publicScalar(mustHex(t, "7FB9E0E687ADA1EEBF7ECFE2F21E73EBDB51A7D450948DFE8D76D7F2D1007671"))
	assert.True(t, ok)
	assert.Equal(t, "BIP-327 (MuSig2) test vector", src)
	src, ok = publicScalar(mustHex(t, "C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721"))
	assert.True(t, ok)
	assert.Equal(t, "RFC 6979 A.2.5 P-256 test vector key", src)
	master, _ := new(big.Int).SetString("6083874454709270928345386274498605044986640685124978867557563392430687146096", 10)
	src, ok = publicScalar(master.FillBytes(make([]byte, 32)))
	assert.True(t, ok)
	assert.Equal(t, "EIP-2333 test vector master key (case 0)", src)
}

func mustHex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	require.NoError(t, err)
	return b
}

func TestBIP39VectorRootsArePublic(t *testing.T) {
	// The root of the "ozone drill grab …" vector with passphrase
	// "TREZOR", as test suites print it.
	const root = "xprv9s21ZrQH143K2oZ9stBYpoaZ2ktHj7jLz7iMqpgg1En8kKFTXJHsjxry1JbKH19YrDTicVwKPehFKTbmaxgVEc5TpHdS1aYhB2s9aFJBeJH"
	cs := (&Base58{}).Detect(context.Background(), &detect.Chunk{Data: []byte("xprv: " + root + "\n")})
	require.Len(t, cs, 1)
	assert.True(t, cs[0].Public)
	assert.Equal(t, "BIP-39 test vector root", cs[0].PublicSource)
}

func TestAltcoinWIF(t *testing.T) {
	key := bytes.Repeat([]byte{0x5a}, 32)
	wif := func(version byte) string {
		return base58.CheckEncode(append(append([]byte(nil), key...), 0x01), version)
	}
	b := &Base58{}
	cs := b.Detect(context.Background(), &detect.Chunk{Data: []byte("ltc: " + wif(0xb0) + "\n")})
	require.Len(t, cs, 1)
	assert.Equal(t, "wif-altcoin", cs[0].Rule)
	assert.Equal(t, "litecoin", cs[0].Network)
	// A valid checksum under a version no coin uses: Bitcoin Core's
	// invalid-key vectors are made so.
	assert.Empty(t, b.Detect(context.Background(), &detect.Chunk{Data: []byte("bad: " + wif(0xc4) + "\n")}))
}

// TestWIFInWalletDump: a key in a Bitcoin Core dumpwallet file says so;
// the same key elsewhere does not.
func TestWIFInWalletDump(t *testing.T) {
	key := base58.CheckEncode(append(bytes.Repeat([]byte{0x3c}, 32), 0x01), 0x80)
	line := key + " 2024-01-01T00:00:00Z reserve=1 # addr=bc1q\n"
	for _, tc := range []struct {
		name, text, source string
	}{
		{"dump", "# Wallet dump created by Bitcoin v26.0.0\n# * Created on 2024-01-01T00:00:00Z\n\n" + line, "bitcoin core dumpwallet"},
		{"dump header after the key", line + "# Wallet dump created by Bitcoin v26.0.0\n", "bitcoin core dumpwallet"},
		{"no dump", "# keys\n" + line, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs := (&Base58{}).Detect(context.Background(), &detect.Chunk{Data: []byte(tc.text)})
			require.Len(t, cs, 1)
			assert.Equal(t, tc.source, cs[0].Details["source"])
		})
	}
}

func TestPEMHeaderAndEndOverlap(t *testing.T) {
	for _, text := range []string{"-----BEGIN -----END -----", "-----BEGIN X-----END X-----", "-----BEGIN -----"} {
		assert.NotPanics(t, func() { (&PEM{}).Detect(context.Background(), &detect.Chunk{Data: []byte(text)}) })
	}
}

// TestHexKeyByteArray: a key written as a byte array reaches the detector
// as its hex with the name it was assigned to (internal/decode); "pk" is
// no key name there, as NaCl sources hold "bobpk", a public key, beside
// "bobsk".
func TestHexKeyByteArray(t *testing.T) {
	k := newGen(12).hexKey()
	det := NewHex()
	for name, want := range map[string]int{"privKey = ": 1, "AlicesPrivKey = ": 1, "bobpk = ": 0, "expectedHash = ": 0, "data = ": 0,
		"12:00:01 private key bytes = ": 1, "tx hash bytes = ": 0, "bytes = ": 0} {
		cs := det.Detect(context.Background(), &detect.Chunk{Data: []byte(k), Context: []byte(name), Encoding: "byte-array"})
		assert.Len(t, cs, want, name)
	}
}

// TestHexKeySeparatedBytes: a key printed as hex bytes apart ("privateKey:
// <Buffer 4c 0b …>", openssl's "priv:" block) or in base64 reaches the
// detector as its hex with the name before it (internal/decode); a bare "key" is no key
// name there, as programs print a cipher's key and iv so, unless the word
// before makes a key name of it ("signer key").
func TestHexKeySeparatedBytes(t *testing.T) {
	k := newGen(13).hexKey()
	det := NewHex()
	for name, want := range map[string]int{"privateKey: ": 1, "private key: ": 1, "key: ": 0, "hash: ": 0, "": 0,
		// A word before "key" that makes a key name with it.
		"12:00:01 DEBUG signer key bytes: ": 1, "deployer key: ": 1, "session key: ": 0} {
		for _, enc := range []string{"separated-hex", "base64-bytes"} {
			cs := det.Detect(context.Background(), &detect.Chunk{Data: []byte(k), Context: []byte(name), Encoding: enc, Path: "README.md"})
			assert.Len(t, cs, want, "%s in %s", name, enc)
		}
	}
}

// TestHexKeyWrapped: a key written over two lines of 32 hex digits (a
// paper backup, a note from a narrow terminal) is the key of the two
// halves, with the evidence of the first line and one fingerprint with
// the key written whole; halves with anything else on the second line,
// or of other lengths, are not joined.
func TestHexKeyWrapped(t *testing.T) {
	g := newGen(13)
	k := g.hexKey()
	det := NewHex()
	whole := det.Detect(context.Background(), &detect.Chunk{Data: []byte("private key: 0x" + k + "\n")})
	require.Len(t, whole, 1)
	for _, text := range []string{
		"private key:\n" + k[:32] + "\n" + k[32:] + "\n",
		"PRIVATE_KEY=0x" + k[:32] + "\r\n  " + k[32:],
	} {
		cs := det.Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "notes.txt"})
		require.Len(t, cs, 1)
		assert.Equal(t, whole[0].Secret.Fingerprint(), cs[0].Secret.Fingerprint())
		assert.Equal(t, "wrapped over two lines", cs[0].Details["layout"])
		assert.True(t, strings.HasSuffix(text[cs[0].Start:cs[0].End], k[32:]))
		assert.True(t, strings.HasPrefix(strings.TrimPrefix(text[cs[0].Start:], "0x"), k[:32]))
	}
	for _, text := range []string{
		"private key:\n" + k[:32] + "\n" + k[32:] + " done\n",
		"private key:\n" + k[:31] + "\n" + k[31:] + "\n",
		"private key:\n" + k[:32] + " " + k[32:] + "\n",
		"md5:\n" + k[:32] + "\n" + k[32:] + "\n",
	} {
		assert.Empty(t, det.Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "notes.txt"}))
	}
}

// besideCase is a text holding the value v (64 "ab" digits) and whether
// what stands beside it should be found.
type besideCase struct {
	text string
	want bool
}

// checkBeside runs beside on each case's value, with the value's line.
func checkBeside(t *testing.T, v string, cases []besideCase, beside func(data []byte, ls, s, e, le int) bool) {
	t.Helper()
	for _, tc := range cases {
		s := strings.Index(tc.text, v)
		e := s + len(v)
		ls, le := lineBounds([]byte(tc.text), s, e)
		assert.Equal(t, tc.want, beside([]byte(tc.text), ls, s, e, le), "%q", tc.text)
	}
}

// TestAPIBeside: an API key's name beside a secret, on its line (before or
// after it) or first on a line near it, makes it that API's secret; with a
// prefix, only an API key of that prefix does.
func TestAPIBeside(t *testing.T) {
	v := strings.Repeat("ab", 32)
	checkBeside(t, v, []besideCase{
		{"API_KEY=abc\nSECRET_KEY=" + v + "\n", true},
		{"{\"apiKey\": \"abc\", \"secretKey\": \"" + v + "\"}\n", true},
		{"secret = \"" + v + "\"\n\n  access_key_id = \"abc\"\n", true},
		{"[exchange]\nclient_id: 1\nsecret: " + v + "\n", true},
		{"RPC_URL=http://localhost\nSECRET_KEY=" + v + "\n", false},
		{"API_KEY=abc\n\n\nSECRET_KEY=" + v + "\n", false},
	}, func(data []byte, ls, s, e, le int) bool { return apiBeside(data, ls, s, e, le, "") })
	checkBeside(t, v, []besideCase{
		{"BINANCE_API_KEY=abc\nBINANCE_SECRET_KEY=" + v + "\n", true},
		{"ETHERSCAN_API_KEY=abc\nBINANCE_SECRET_KEY=" + v + "\n", false},
	}, func(data []byte, ls, s, e, le int) bool { return apiBeside(data, ls, s, e, le, "binance") })
}

// TestCipherBeside: the values of a cipher beside a bare "key" make it a
// cipher's key (also declared, "let iv = …"); a transaction's nonce beside a signer's key does not
// (web3.py's account tests hold {"key": …, "nonce": 0, …}).
func TestCipherBeside(t *testing.T) {
	v := strings.Repeat("ab", 32)
	checkBeside(t, v, []besideCase{
		{"COUNT = 0\nKEY = " + v + "\nIV = 000102\n", true},
		{"{\"key\": \"" + v + "\", \"iv\": \"00\"}\n", true},
		{"// { key: " + v + ",\n//   iv: 00 }\n", true},
		{"plaintext = 00\nkey = " + v + "\n", true},
		{"AEAD: chacha20-poly1305\nKEY: " + v + "\nNONCE: cd7cf67be39c794a\n", true}, // BoringSSL's vector files
		{"{\n  \"key\": \"" + v + "\",\n  \"nonce\": 0,\n  \"gas\": 1\n}\n", false},
		{"key = " + v + "\nwallet = Wallet(key)\n", false},
		// Declared: Rust's "let iv = …", JavaScript's "const iv =".
		{"        let key = \"" + v + "\";\n        let iv = \"000102\";\n", true},
		{"const key = '" + v + "';\nconst iv = '00';\n", true},
		{"let key = \"" + v + "\";\nlet wallet = Wallet::new(key);\n", false},
	}, func(data []byte, ls, _, e, le int) bool { return cipherBeside(data, ls, e, le) })
}

// TestSQLColumn: a value in a row of an INSERT with a column list, or of
// one without whose table a CREATE TABLE above defines (mysqldump's
// layout), is named by its column; rows after the statement's end,
// INSERTs without a column list or a table's definition and values
// inside calls are not.
func TestSQLColumn(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"INSERT INTO w (id, addr, private_key) VALUES (1, 'a', '@');", "private_key"},
		{"insert into `w` (`id`, `pk`) values\n(1, 'x'),\n(2, '@');", "pk"},
		{"INSERT INTO w (a, b) VALUES (1, 'it''s, here', '@');", ""}, // a third value: no column
		{"INSERT INTO w (a, b) VALUES ('x, y', '@');", "b"},
		{"INSERT INTO w (a, b, c) VALUES ('it\\'s, y', '@', 1);", "b"},
		{"INSERT INTO w VALUES (1, '@');", ""},
		{"INSERT INTO w (a, b) VALUES (1, 2); SELECT '@';", ""},
		{"INSERT INTO w (a, b) VALUES (1, decode('@'));", ""},
		{"Object.values(x).insert(1, '@')", ""},
		{"CREATE TABLE `wallets` (\n  `id` int NOT NULL,\n  `label` varchar(32) DEFAULT NULL,\n  `private_key` varchar(66),\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\nINSERT INTO `wallets` VALUES (1,'hot','@'),(2,'cold','x');", "private_key"},
		{"CREATE TABLE IF NOT EXISTS public.keys (id int, k text);\ninsert into public.keys values (7, '@');", "k"},
		{"CREATE TABLE other (a int, b text);\nINSERT INTO w VALUES (1, '@');", ""},
		// Bytes of no UTF-8 before the statement: found as they are,
		// not in a lower-cased copy of another length.
		{"\xcd\xcdINSERT INTO w VALUES (1, '@');", ""},
		{"\xcdCREATE TABLE w (a int, k text);\n\xcd\xcdINSERT INTO w VALUES (1, '@');", "k"},
	} {
		s := strings.IndexByte(tc.text, '@')
		data := []byte(tc.text)
		assert.Equal(t, tc.want, sqlColumn(data, sqlInserts(data), s), tc.text)
	}
}

// TestDotNetSettings: .NET's settings files name a value by the element
// above it (<setting name="…"><value>…</value>), and are configuration;
// ASP.NET's machine keys in web.config are not wallet keys.
func TestDotNetSettings(t *testing.T) {
	g := newGen(7)
	detectIn := func(path, text string) []detect.Candidate {
		return (&Hex{}).Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: path})
	}
	for _, tmpl := range []string{
		"<setting name=\"PrivateKey\" serializeAs=\"String\">\n    <value>%s</value>\n</setting>\n",
		"<setting name=\"HotKeyHex\" serializeAs=\"String\">\n    <value>%s</value>\n</setting>\n",
		"<appSettings>\n  <add key=\"SignerKey\" value=\"%s\" />\n</appSettings>\n",
	} {
		k := g.hexKey()
		cs := detectIn("AppData/Local/WalletTool/1.4.2.0/user.config", fmt.Sprintf(tmpl, k))
		require.Len(t, cs, 1, tmpl)
		assert.Equal(t, detect.Fingerprint(detect.KindRawPrivateKey, k), cs[0].Secret.Fingerprint())
	}
	for _, tmpl := range []string{
		"<system.web>\n  <machineKey validationKey=\"%s%s\" decryptionKey=\"%s\" validation=\"HMACSHA256\" decryption=\"AES\" />\n</system.web>\n",
		"<setting name=\"ApiKey\" serializeAs=\"String\">\n    <value>%s</value>\n</setting>\n",
		"<setting name=\"LastBlockHash\" serializeAs=\"String\">\n    <value>%s</value>\n</setting>\n",
	} {
		k := g.hexKey()
		assert.Empty(t, detectIn("site/web.config", strings.ReplaceAll(tmpl, "%s", k)), tmpl)
	}
}

// TestByteArrayBesideChainWords: a 32-byte array named only "…key"
// counts as a wallet's key when the lines above it or its type speak of
// accounts and chains, and not when they speak of a cipher.
func TestByteArrayBesideChainWords(t *testing.T) {
	g := newGen(11)
	detectView := func(around string) []detect.Candidate {
		return (&Hex{}).Detect(context.Background(), &detect.Chunk{Data: []byte(g.hexKey()), Path: "src/keys.rs", Encoding: "byte-array", Context: []byte(around)})
	}
	for _, ctx := range []string{
		"/// Seed key of the regtest faucet account.\nSEED_KEY = ",
		"/** Raw key of the \"Sepolia faucet\" debug account. */\nDEBUG_FAUCET_KEY = ",
		"internal sealed class DevSigner : ITxSigner\n{\n    private static readonly byte[] DevKey =\nDevKey = ",
	} {
		assert.Len(t, detectView(ctx), 1, ctx)
	}
	for _, ctx := range []string{
		"SEED_KEY = ",
		"// testKey encrypts the session tickets.\ntestKey = ",
		"func TestXTEA(t *testing.T) {\nkey = ",
	} {
		assert.Empty(t, detectView(ctx), ctx)
	}
}

// TestByteArrayUnderRoleComment: an array under a generic name ("Raw",
// "bytes") is named by the comment over its declaration when that says
// whose signing key it is, before or after the word key ("// raw
// secp256k1 key for the loot signer", the 268th blind corpus); a comment
// that makes it a cipher's key does not.
func TestByteArrayUnderRoleComment(t *testing.T) {
	g := newGen(12)
	detectView := func(around string) []detect.Candidate {
		return (&Hex{}).Detect(context.Background(), &detect.Chunk{Data: []byte(g.hexKey()), Path: "Assets/Scripts/SignerKey.cs", Encoding: "byte-array", Context: []byte(around)})
	}
	for ctx, want := range map[string]bool{
		"    {\n        // raw secp256k1 key for the loot signer\n        internal static readonly byte[] Raw =": true,
		"// the key of our hot wallet\nvar raw = ":                                                               true,
		"# deployer key\nRAW = ": true,
		"    {\n        // AES key for the save file of the wallet\n        internal static readonly byte[] Raw =": false,
		"// encryption key for the signer cache\nvar raw = ":                                                       false,
		"    {\n        // raw bytes for the loot table\n        internal static readonly byte[] Raw =":            false,
	} {
		if want {
			assert.Len(t, detectView(ctx), 1, ctx)
		} else {
			assert.Empty(t, detectView(ctx), ctx)
		}
	}
}

// TestKeysAfterLengthBytes: in binary data a key's run may start with a
// length prefix that is a base58 character (protobuf's "4" before a
// 52-character WIF, "o" before a 111-character xprv) or with the end of
// the value before it, and end with the next value's type byte; the
// checksum finds the key in the run. Text is read as written (the 38th
// blind corpus).
func TestKeysAfterLengthBytes(t *testing.T) {
	g := newGen(41)
	w, err := btcutil.NewWIF(g.key(), &chaincfg.MainNetParams, true)
	require.NoError(t, err)
	master, err := hdkeychain.NewMaster(g.key().Serialize(), &chaincfg.MainNetParams)
	require.NoError(t, err)
	testMaster, err := hdkeychain.NewMaster(g.key().Serialize(), &chaincfg.TestNet3Params)
	require.NoError(t, err)
	for _, tc := range []struct {
		name, data, want string
		binary           bool
	}{
		// CBOR (the 61st blind corpus): a text of 24 to 255 bytes is
		// "x" and its length ("o" for 111), right after the map's key
		// "xpriv" and its header "e": all base58 characters.
		{"CBOR tprv", "\xa2\x65label\x6etestnet faucet\x65xpriv\x78\x6f" + testMaster.String(), testMaster.String(), false},
		{"CBOR tprv, binary", "\xa2\x65label\x6etestnet faucet\x65xpriv\x78\x6f" + testMaster.String() + "\xf6", testMaster.String(), true},
		{"xprv glued to a word", "backupxprv" + master.String()[4:] + "\n", master.String(), false},
		// Jetpack DataStore's protobuf: the field's tag "*", then the
		// length 111 as "o", glued to the key (corpus 66).
		{"DataStore preferences", "\n\x0caccount_xprv\x12r*o" + master.String() + "\n", master.String(), false},
		{"SQLite row, a longer value before", "\x00\x00\x21\x05papers" + w.String() + "\x00\x00", w.String(), true},
		{"protobuf WIF", "\n\x07savings\x12\x34" + w.String() + "\x1a\x01o", w.String(), true},
		{"protobuf xprv", "\n\x04main\x12o" + master.String() + "\x18\x01", master.String(), true},
		{"SQLite row", "\x00\x00\x21\x05paper-2017" + w.String() + "\x00\x00", w.String(), true},
		{"text is read as written", "key 4" + w.String() + "\n", "", false},
		{"a small protobuf file reads as text", "\n\x07savings\x12\x34" + w.String() + "\x1a\x01o", w.String(), false},
		// Python's marshal in a .pyc (the 40th blind corpus): type 0xDA,
		// length "4", the WIF, then the next value's type "u" glued on;
		// in a .pyc that reads as text for the UTF-8 strings it holds.
		{"marshal, the next type byte glued", "S\x00)\x04\xda\x34" + w.String() + "u\xb7\x00\x00\x00", w.String(), true},
		{"marshal read as text", "S\x00)\x04\xda\x34" + w.String() + "u\xb7\x00\x00\x00\xe3\x81\x9b", w.String(), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs := NewBase58().Detect(context.Background(), &detect.Chunk{Data: []byte(tc.data), Binary: tc.binary})
			if tc.want == "" {
				assert.Empty(t, cs)
				return
			}
			require.Len(t, cs, 1)
			assert.Equal(t, tc.want, tc.data[cs[0].Start:cs[0].End])
		})
	}
}

// TestHexOfText: 32 bytes of printable ASCII written in hex are text, not
// a key, under any name (corpus 60: the Noise protocol's test vectors
// give "preshared_key=2176657279…", "!verysecretverysecretverysecret!",
// 1,440 times); with one byte beyond ASCII the same value is a key.
func TestHexOfText(t *testing.T) {
	r := rand.New(rand.NewPCG(60, 1))
	for range 50 {
		text := make([]byte, 32)
		for i := range text {
			text[i] = byte(0x20 + r.IntN(0x5f))
		}
		for _, line := range []string{"PRIVATE_KEY=0x%s\n", "preshared_key=%s\n", "wallet key: %s\n"} {
			assert.Empty(t, run(fmt.Sprintf(line, hex.EncodeToString(text))), "%q", text)
		}
		text[r.IntN(32)] = 0x80 + byte(r.IntN(0x7f))
		assert.Len(t, run(fmt.Sprintf("PRIVATE_KEY=0x%s\n", hex.EncodeToString(text))), 1, "%q", text)
	}
}

// TestGoShapeHash: a generic function's shape in Go's symbol tables
// (go.shape.<64 hex>) is a hash, even beside a key's function name
// (corpus 63: avalanchego's default.pgo profile).
func TestGoShapeHash(t *testing.T) {
	g := newGen(63)
	h := hex.EncodeToString(g.key().Serialize())
	text := "crypto/ecdsa.(*PrivateKey).Sign\x00github.com/x/sync.(*Pool[go.shape." + h + "]).Get.func1\x00privateKey"
	assert.Empty(t, run(text))
	assert.Len(t, run("crypto/ecdsa.(*PrivateKey).Sign\x00github.com/x/sync.(*Pool[go.shape.int]).Get privateKey = "+h+"\n"), 1)
}
