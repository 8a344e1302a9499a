package keys

import (
	"context"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"

	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/base58"
	"github.com/btcsuite/btcd/btcutil/hdkeychain"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/bip39vectors"
	"github.com/walletaudit/walletaudit/mnemonic"
)

// The keys that widely used Ethereum test suites fund are public: their
// sources say which suite.
func TestEthereumTestSuiteKeysArePublic(t *testing.T) {
	for key, want := range map[string]string{
		"b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291": "go-ethereum test key (testBankKey)", // go-ethereum tests
		"45a915e4d060149eb4365960e6a7a45f334393093061116b197e3240065ff2d8": "ethereum/tests fixture secretKey",   // ethereum/tests fixtures
		"41f6e321b31e72173f8ff2e292359e1862f24fba42fe6f97efaf641980eff298": "ethereum/tests fixture secretKey (second sender)",
	} {
		cs := (&Hex{}).Detect(context.Background(), &detect.Chunk{Data: []byte("testBankKey, _ = crypto.HexToECDSA(\"" + key + "\")\n")})
		require.Len(t, cs, 1, want)
		assert.True(t, cs[0].Public, want)
		assert.Equal(t, want, cs[0].PublicSource)
	}
}

// Published test-vector keys under a key's name are public: RFC 7748's
// X25519 scalars and keys (section 5.2, 6.1), the keys of the Web3
// Secret Storage and go-ethereum keystore vectors, NIST's first ECC CDH
// P-256 vector's, web3j's sample key, the RFC 6979 "Alan Turing" key,
// EIP-712's "cow", RFC 8032's Ed25519 keys, the consensus-specs' BLS keys,
// the interop validators' keys, Substrate's development accounts, npm
// crypto packages' test keys, SLIP-0010's ed25519 keys and NIP-19's
// example key.
func TestTestVectorKeysArePublic(t *testing.T) {
	for key, want := range map[string]string{
		"a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4": "RFC 7748 X25519 test vector scalar",
		"4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d": "RFC 7748 X25519 test vector scalar",
		"77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a": "RFC 7748 X25519 test vector key (Alice)",
		"5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb": "RFC 7748 X25519 test vector key (Bob)",
		"7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d": "Web3 Secret Storage Definition test vector key",
		"d1b1178d3529626a1a93e073f65028370d14c7eb0936eb42abef05db6f37ad7d": "go-ethereum v1 keystore test vector key",
		"7d7dc5f71eb29ddaf80d6214632eeae03d9058af1fb6d22ed80badb62bc1a534": "NIST CAVS ECC CDH P-256 test vector key",
		"a392604efc2fad9c0b3da43b5f698a2e3f270f170d859912be0d54742275c5f6": "web3j SampleKeys test key",
		"f8b8af8ce3c7cca5e300d33939540c10d45ce001b8f252bfbc57ba0342904181": "secp256k1 RFC 6979 test vector key (\"Alan Turing\")",
		"c85ef7d79691fe79573b1a7064c19c1a9819ebdbd1faaab1a8ec92344438aaf4": "EIP-712 example key, keccak256(\"cow\")",
		"9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60": "RFC 8032 Ed25519 test vector key (test 1)",
		"4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb": "RFC 8032 Ed25519 test vector key (test 2)",
		"c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7": "RFC 8032 Ed25519 test vector key (test 3)",
		"f5e5767cf153319517630f226876b86c8160cc583bc013744c6bf255f5cc0ee5": "RFC 8032 Ed25519 test vector key (TEST 1024)",
		"833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42": "RFC 8032 Ed25519 test vector key (TEST SHA(abc))",
		"0305334e381af78f141cb666f6199f57bc3495335a256a95bd2a55bf546663f6": "RFC 8032 Ed25519ctx test vector key",
		"ab9c2853ce297ddab85c993b3ae14bcad39b2c682beabc27d6d4eb20711d6560": "RFC 8032 Ed25519ctx test vector key (foo3)",
		"9e0699c91ca1e3b7e3c9ba71eb71c89890872be97576010fe593fbf3fd57e66d": "btcec's and dcrd's secp256k1 benchmark key",
		"263dbd792f5b1be47ed85f8938c0f29586af0d3ac7b977f21c278fe1462040e3": "Ethereum consensus-specs BLS test key",
		"47b8192d77bf871b62e87859d653922725724a5c031afeabc60bcef5ff665138": "Ethereum consensus-specs BLS test key",
		"328388aff0d4a5b7dc9205abd374e7e98f3cd9f3418edb4eafda5fb16473d216": "Ethereum consensus-specs BLS test key",
		// The interop validators' keys, 0 and 2 (ethereum/eth2.0-pm,
		// interop/mocked_start/keygen_10_validators.yaml).
		"25295f0d1d592a90b333e26e85149708208e9f8e8bc18f6c77bd62f8ad7a6866": "Ethereum interop (mock genesis) validator key 0",
		"315ed405fafe339603932eebe8dbfd650ce5dafa561f6928664c75db85f97857": "Ethereum interop (mock genesis) validator key 2",
		// Substrate's //Alice, as "subkey inspect //Alice" prints its
		// secret seed (sr25519, and ed25519 with --scheme ed25519).
		"e5be9a5092b81bca64be81d212e7f2f9eba183bb7a90954f7b76361f6edb5c0a": "Substrate development account //Alice (sr25519 secret seed)",
		"abf8e5bdbe30c65656c0a3cbd181ff8a56294a69dfedd27982aace4a76909115": "Substrate development account //Alice (ed25519 secret seed)",
		// BIP-38's test vectors' keys (no compression; EC multiply).
		"cbf4b9f70470856bb4f40f80b87edb90865997ffee6df315ab166d713af433a5": "BIP-38 test vector key",
		"ca2759aa4adb0f96c414f36abeb8db59342985be9fa50faac228c8e7d90e3006": "BIP-38 test vector key",
		// Test keys of npm packages' suites: crypto-browserify's and
		// public-encrypt's EC PRIVATE KEY, trust-keyto's fixture key.
		"317a5eff12bffff0194583f9cefcd29a46ad4d10759582033c4040f417f2bfee": "crypto-browserify and public-encrypt secp256k1 test key",
		"62fee6cba7e47714037f0142b226a9ed6b7fcc16e394a349d2bc3940bdd2446d": "trust-keyto secp256k1 test key",
		// btcd's keys, which its sources write as two joined literals.
		"22a47fa09a223f2aa079edf85a7c2d4f8720ee63e502ee2869afab7de234b80c": "btcd's txscript signing example key",
		"700868df1838811ffbdf918fb482c1f7ead62db4b97bd7012c23e726485e577d": "btcd's mempool test harness key",
		"a11b0a4e1a132305652ee7a8eb7848f6ad5ea381e3ce20a2c086a2e388230811": "btcec's encryption example key",
		// SLIP-0010's ed25519 vectors (slip-0010.md): test vector 1's
		// master key and its last key, test vector 2's master key.
		"2b4be7f19ee27bbf30c667b642d5f4aa69fd169872f8fc3059c08ebae2eb19e7": "SLIP-0010 ed25519 test vector 1 master key",
		"8f94d394a8e8fd6b1bc2f3f49f5c47e385281d5c17e65324b0f62483e37e8793": "SLIP-0010 ed25519 test vector 1 key",
		"171cb88b1b3c1db25add599712e36245d75bc65a1a5c9e18d76f9f2b1eab4012": "SLIP-0010 ed25519 test vector 2 master key",
		// Mastering Bitcoin's chapter 4.
		"1e99423a4ed27608a15a2616a2b0e9e52ced330ac530edcc32c8ffc6a526aedd": "Mastering Bitcoin example key (chapter 4)",
		"3aba4162c7251c891207b747840551a71939b0de081f85c4e44cf7c13e41daa6": "Mastering Bitcoin example key (chapter 4)",
		// NIP-19's example (19.md, "Examples").
		"67dea2ed018072d675f5415ecfaed7d2597555e202d85b3d65ea4e58d2d92ffa": "NIP-19 example private key",
	} {
		cs := (&Hex{}).Detect(context.Background(), &detect.Chunk{Data: []byte("{\"password\": \"x\", \"priv\": \"" + key + "\"}\n")})
		require.Len(t, cs, 1, want)
		assert.True(t, cs[0].Public, want)
		assert.Equal(t, want, cs[0].PublicSource)
	}
}

// NIP-19's example nsec (19.md, "Examples") is public as its hex is.
func TestNIP19ExampleNsecIsPublic(t *testing.T) {
	cs := (&Bech32{}).Detect(context.Background(), &detect.Chunk{Data: []byte("nsec: `nsec1vl029mgpspedva04g90vltkh6fvh240zqtv9k0t9af8935ke9laqsnlfe5`\n")})
	require.Len(t, cs, 1)
	assert.True(t, cs[0].Public)
	assert.Equal(t, "NIP-19 example private key", cs[0].PublicSource)
}

// Project Wycheproof's test vectors name their keys "sk" and "private":
// none is read there unless its address proves it.
func TestWycheproofKeysAreNotRead(t *testing.T) {
	g := newGen(5)
	for range 20 {
		h := hex.EncodeToString(g.bytes(32))
		doc := `{"algorithm": "XDH", "numberOfTests": 1, "testGroups": [{"curve": "curve25519", "tests": [` +
			`{"tcId": 1, "comment": "normal case", "public": "504a36999f489cd2fdbc08baff3d88fa00569ba986cba22548ffde80f9806829", "private": "` + h + `", "result": "valid"}]}]}`
		assert.Empty(t, (&Hex{}).Detect(context.Background(), &detect.Chunk{Data: []byte(doc)}))
		// The tests alone (circl's wycheproof_kat.json), and RFC 9180's
		// HPKE vectors.
		flat := `[{"tcId": 1, "comment": "normal case", "curve": "curve25519", "public": "504a36999f489cd2fdbc08baff3d88fa00569ba986cba22548ffde80f9806829", "private": "` + h + `", "shared": "436a2c040cf45fea9b29a0cb81b1f41458f863d0d61b453d0a982720d6d61320", "result": "valid"}]`
		assert.Empty(t, (&Hex{}).Detect(context.Background(), &detect.Chunk{Data: []byte(flat)}))
		hpke := `[{"mode":0,"kem_id":32,"kdf_id":1,"aead_id":1,"skRm":"` + h + `","pkRm":"3948cfe0ad1ddb695d780e59077195da6c56506b207329794ab02bca80815c4d"}]`
		assert.Empty(t, (&Hex{}).Detect(context.Background(), &detect.Chunk{Data: []byte(hpke)}))
		plain := `{"public": "504a36999f489cd2fdbc08baff3d88fa00569ba986cba22548ffde80f9806829", "private": "` + h + `"}`
		assert.Len(t, (&Hex{}).Detect(context.Background(), &detect.Chunk{Data: []byte(plain)}), 1)
	}
}

// The roots of bip32JP's Japanese vectors, with their own passphrase, are
// public too.
func TestJapaneseVectorRootsArePublic(t *testing.T) {
	// bip32JP test_JP_BIP39.json, the first vector (entropy 00…00).
	const root = "xprv9s21ZrQH143K258jAiWPAM6JYT9hLA91MV3AZUKfxmLZJCjCHeSjBvMbDy8C1mJ2FL5ytExyS97FAe6pQ6SD5Jt9SwHaLorA8i5Eojokfo1"
	cs := (&Base58{}).Detect(context.Background(), &detect.Chunk{Data: []byte(`"bip32_xprv": "` + root + `"` + "\n")})
	require.Len(t, cs, 1)
	assert.True(t, cs[0].Public)
	assert.Equal(t, "BIP-39 test vector root (japanese, bip32JP passphrase)", cs[0].PublicSource)
}

// The roots of the BIP-39 vectors with passphrase TREZOR are public in
// every language the vectors are published in, not only English.
func TestBIP39VectorRootsArePublicInEveryLanguage(t *testing.T) {
	e := bip39vectors.Entropies()[12]
	for _, lang := range []mnemonic.Language{mnemonic.Japanese, mnemonic.French, mnemonic.Czech} {
		p, err := mnemonic.FromEntropy(e, lang)
		require.NoError(t, err)
		k, err := hdkeychain.NewMaster(p.Seed("TREZOR"), &chaincfg.MainNetParams)
		require.NoError(t, err)
		cs := (&Base58{}).Detect(context.Background(), &detect.Chunk{Data: []byte("xprv: " + k.String() + "\n")})
		require.Len(t, cs, 1)
		assert.True(t, cs[0].Public, lang)
		assert.Equal(t, "BIP-39 test vector root ("+string(lang)+")", cs[0].PublicSource)
	}
}

// TestLibraryExampleKeysArePublic: keys a library's documentation or
// source prints (cardano-serialization-lib's PrivateKey.from_bech32
// examples, the Aptos SDK's local ANS account) are reported as public by
// the detectors that read their formats.
func TestLibraryExampleKeysArePublic(t *testing.T) {
	for text, want := range map[string]string{
		"* PrivateKey.from_bech32('ed25519_sk1ahfetf02qwwg4dkq7mgp4a25lx5vh9920cr5wnxmpzz9906qvm8qwvlts0');":                                                                         "example key in cardano-serialization-lib's PrivateKey.from_bech32 documentation",
		"* PrivateKey.from_bech32('ed25519e_sk1gqwl4szuwwh6d0yk3nsqcc6xxc3fpvjlevgwvt60df59v8zd8f8prazt8ln3lmz096ux3xvhhvm3ca9wj2yctdh3pnw0szrma07rt5gl748fp');":                     "example extended key in cardano-serialization-lib's PrivateKey.from_bech32 documentation",
		"export const LOCAL_ANS_ACCOUNT_PK =\n  process.env.ANS_TEST_ACCOUNT_PRIVATE_KEY ??\n  \"ed25519-priv-0x37368b46ce665362562c6d1d4ec01a08c8644c488690df5a17e13ba163e20221\";": "the Aptos TypeScript SDK's local-network ANS test account",
	} {
		var cs []detect.Candidate
		for _, d := range []detect.Detector{NewCardano(), NewAptos()} {
			cs = append(cs, d.Detect(context.Background(), &detect.Chunk{Data: []byte(text)})...)
		}
		require.Len(t, cs, 1, want)
		assert.True(t, cs[0].Public, want)
		assert.Equal(t, want, cs[0].PublicSource)
	}
}

// TestCSVColumnHeader: a CSV's cell is named by its column's header, the
// file's first line: transactions' hashes under "Tx-ID" are no keys
// though a wallet app stands in the row (corpus 229: a CoinTracking
// export's "Exchange" of MetaMask gave 11), and a bare key under
// "private_key" or "Private Key" is one, cells in quotes read whole.
func TestCSVColumnHeader(t *testing.T) {
	g := newGen(229)
	detectIn := func(text string) []detect.Candidate {
		return (&Hex{}).Detect(context.Background(), &detect.Chunk{Path: "export.csv", Data: []byte(text)})
	}
	for range 10 {
		trades := "Type,Buy,Cur.,Exchange,Comment,Date,Tx-ID,Value\n" +
			"Deposit,1.11,ETH,MetaMask,imported,2021-05-17 03:22," + g.hexKey() + ",499.64\n" +
			"Trade,0.52,ETH,MetaMask,,2021-06-01 10:00,0x" + g.hexKey() + ",120.00\n"
		assert.Empty(t, detectIn(trades))
		// The same row without its header line: the wallet app on
		// the row is what is known.
		assert.NotEmpty(t, detectIn(trades[strings.IndexByte(trades, '\n')+1:]))
		keys := "label;address;private_key;balance\nhot;0x52908400098527886E0F7030069857D2E4169EE7;" + g.hexKey() + ";0.5\n"
		assert.Len(t, detectIn(keys), 1)
		plain := "label;address;value;balance\nhot;0x52908400098527886E0F7030069857D2E4169EE7;" + g.hexKey() + ";0.5\n"
		assert.Empty(t, detectIn(plain))
		// Cells in quotes hold the separator (a Notion database's
		// export: "June 4, 2022 3:10 PM"), and the file a byte-order
		// mark (corpus 239).
		notion := "\ufeffName,Type,Seed,Private Key,Notes,Created\n" +
			"Phantom,Hot,,,\"solana, phone\",\"June 4, 2022 3:10 PM\"\n" +
			"Arbitrum deployer,Dev,,0x" + g.hexKey() + ",used for hackathon,\"April 2, 2023 6:02 PM\"\n"
		assert.Len(t, detectIn(notion), 1)
		assert.Empty(t, detectIn(strings.Replace(notion, "Private Key", "Checksum", 1)))
	}
}

// TestKoreanPrivateKeyLabels: "private key" as Koreans write it, in
// Hangul for the English word too ("프라이빗키", corpus 228), labels a key
// on its line and above it.
func TestKoreanPrivateKeyLabels(t *testing.T) {
	g := newGen(228)
	for _, label := range []string{"개인키", "프라이빗 키", "프라이빗키", "비밀키"} {
		for _, layout := range []string{"메모\n%s: %s\n", "메모\n%s\n0x%s\n"} {
			text := fmt.Sprintf(layout, label, g.hexKey())
			assert.Len(t, (&Hex{}).Detect(context.Background(), &detect.Chunk{Path: "memo.txt", Data: []byte(text)}), 1, label)
		}
	}
}

// TestBlockchainInfoRawKeys: blockchain.info's legacy wallets kept a key's
// 32 bytes in plain base58 beside its address ({"addr": "1…", "priv":
// "…"}; corpus 238): read where the address is the key's, compressed or
// not; a value of 32 bytes beside another address (a Solana account's)
// is not.
func TestBlockchainInfoRawKeys(t *testing.T) {
	g := newGen(238)
	for range 10 {
		k := g.key()
		raw := base58.Encode(k.Serialize())
		for _, compressed := range []bool{false, true} {
			pub := k.PubKey().SerializeUncompressed()
			if compressed {
				pub = k.PubKey().SerializeCompressed()
			}
			addr, err := btcutil.NewAddressPubKeyHash(btcutil.Hash160(pub), &chaincfg.MainNetParams)
			require.NoError(t, err)
			wallet := `{"guid": "4ad2b3c0-1f1e-4d1c-9f7e-0b7d2a6c1e11", "keys": [{"addr": "` + addr.EncodeAddress() + `", "priv": "` + raw + `", "tag": 0}]}`
			cs := NewBase58().Detect(context.Background(), &detect.Chunk{Path: "wallet.aes.json.decrypted", Data: []byte(wallet)})
			require.Len(t, cs, 1)
			assert.Equal(t, "base58-private-key", cs[0].Rule)
			assert.Equal(t, addr.EncodeAddress(), cs[0].Secret.Address())
		}
		other := `{"addr": "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "priv": "` + raw + `"}`
		assert.Empty(t, NewBase58().Detect(context.Background(), &detect.Chunk{Data: []byte(other)}))
	}
}
