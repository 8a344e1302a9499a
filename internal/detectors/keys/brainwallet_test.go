package keys

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/btcsuite/btcd/chaincfg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/crypto/sha3"

	"github.com/walletaudit/walletaudit/audit/detect"
)

// TestBrainwalletLayouts: passphrases named as brainwallets and text
// hashed into private keys are found, with the hash the context says;
// hashes of text that are not keys, and sentences about brainwallets,
// are not. The passphrases here are made up for the test.
func TestBrainwalletLayouts(t *testing.T) {
	tests := []struct {
		name, path, text string
		want             string // the passphrase, "" for none
		hash             string
		conf             detect.Confidence
	}{
		{"label line", "notes.txt", "old stuff\nbrainwallet: purple monkey dishwasher 1987\n", "purple monkey dishwasher 1987", "SHA-256", detect.ConfidenceMedium},
		{"label with words", "notes.txt", "Brain wallet passphrase: \"rain on the tin roof\"\n", "rain on the tin roof", "SHA-256", detect.ConfidenceHigh},
		{"JSON key", "config.json", `{"network": "mainnet", "brain_wallet": "my cat likes tuna"}`, "my cat likes tuna", "SHA-256", detect.ConfidenceHigh},
		{"dotenv", ".env", "BRAIN_WALLET_PASSPHRASE='the rain in spain'\n", "the rain in spain", "SHA-256", detect.ConfidenceHigh},
		{"Go assignment", "main.go", "brainKey := `tell nobody this`\n", "tell nobody this", "SHA-256", detect.ConfidenceHigh},
		{"Ether.Camp label", "notes.txt", "ether.camp brainwallet = lemon tree forty two\n", "lemon tree forty two", "Keccak-256", detect.ConfidenceMedium},
		{"Python PrivateKey(sha256)", "gen.py", "key = PrivateKey(hashlib.sha256(b\"my secret words 2014\").digest())\n", "my secret words 2014", "SHA-256", detect.ConfidenceHigh},
		{"Python priv name", "gen.py", "priv = hashlib.sha256(\"never give up\".encode()).hexdigest()\n", "never give up", "SHA-256", detect.ConfidenceHigh},
		{"Python sha3_256", "gen.py", "priv_key = hashlib.sha3_256(b\"blue whale song\").digest()\n", "blue whale song", "SHA3-256", detect.ConfidenceHigh},
		{"ethers Wallet(keccak256)", "eth.js", "const w = new ethers.Wallet(ethers.utils.keccak256(ethers.utils.toUtf8Bytes(\"hunter2 forever\")));\n", "hunter2 forever", "Keccak-256", detect.ConfidenceHigh},
		{"Node createHash", "eth.js", "const pk = crypto.createHash('sha256').update('tell no one ever').digest('hex');\n", "tell no one ever", "SHA-256", detect.ConfidenceHigh},
		{"Go Sum256 into priv", "main.go", "\tpriv := sha256.Sum256([]byte(\"another phrase here\"))\n", "another phrase here", "SHA-256", detect.ConfidenceHigh},
		{"Go Keccak256 flows to a key function", "main.go", "\tseed := crypto.Keccak256([]byte(\"orange sky at dawn\"))\n\tw := NewWallet(seed)\n", "orange sky at dawn", "Keccak-256", detect.ConfidenceHigh},
		{"comment names a brainwallet", "main.go", "// brain wallet of the demo\nh := sha256.Sum256([]byte(\"demo phrase one\"))\n", "demo phrase one", "SHA-256", detect.ConfidenceHigh},

		{"hash of a test string", "hash_test.go", "var h = sha256.Sum256([]byte(\"hello world\"))\n", "", "", ""},
		{"symmetric key", "aes.py", "key = hashlib.sha256(b\"aes key for test\").digest()\n", "", "", ""},
		{"HMAC secret", "mac.js", "const secret = crypto.createHash('sha256').update('webhook').digest();\n", "", "", ""},
		{"sha384", "h.py", "priv = hashlib.sha384(b\"not a key\").digest()\n", "", "", ""},
		{"glossary sentence", "glossary.md", "Brainwallet: a wallet whose private key is derived from a passphrase that the user memorizes.\n", "", "", ""},
		{"link", "links.md", "brain wallet: https://en.bitcoin.it/wiki/Brainwallet\n", "", "", ""},
		{"advice", "README.md", "Don't use brain wallets: humans are terrible random number generators.\n", "", "", ""},
		{"short advice", "README.md", "Brain wallets: avoid them\nBrainwallet: never safe.\n", "", "", ""},
		{"placeholder", "config.yml", "brainwallet: <your passphrase>\nbrain_key: \"${BRAIN_KEY}\"\n", "", "", ""},
		{"variable, not a literal", "thirdparty.ts", "// Import a brain wallet used by Ether.Camp\nreturn new Wallet(keccak256(Buffer.from(passphrase)))\n", "", "", ""},
		{"no brainer", "notes.txt", "nobrainwallet: a b c\n", "", "", ""},
		{"hashcat's brain server", "help.txt", "  --brain-password           | Str  | Brain server authentication password | --brain-password=bZfhCvGUSjRq\n", "", "", ""},
		{"brain wallet password", "notes.txt", "brain wallet password: tell nobody this\n", "tell nobody this", "SHA-256", detect.ConfidenceMedium},
		{"prefix joined to a variable", "psbt_nostr.py", "privkey = sha256('nostr_psbt:' + xpub)\n", "", "", ""},
		{"Go prefix joined to a variable", "main.go", "\tpriv := sha256.Sum256([]byte(\"salt for user \" + name))\n", "", "", ""},
		{"printf format", "gen.py", "priv = hashlib.sha256(b\"account %d seed\" % n).digest()\n", "", "", ""},
		{"f-string", "gen.py", "priv = hashlib.sha256(f\"seed-{i}-words\".encode()).digest()\n", "", "", ""},
		{"template literal", "gen.js", "const pk = keccak256(toUtf8Bytes(`wallet ${n} words`));\n", "", "", ""},
		{"Lua concatenation", "gen.lua", "local priv = sha256(\"wallet seed \" .. n)\n", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := NewBrainwallet().Detect(context.Background(), &detect.Chunk{Data: []byte(tt.text), Path: tt.path})
			if tt.want == "" {
				require.Empty(t, cs)
				return
			}
			require.Len(t, cs, 1)
			c := cs[0]
			assert.Equal(t, tt.want, tt.text[c.Start:c.End])
			assert.Equal(t, "brainwallet-passphrase", c.Rule)
			assert.Equal(t, tt.hash, c.Details["hash"])
			assert.Equal(t, tt.conf, c.Confidence)
			assert.NotEmpty(t, c.Weakness)
			assert.NotContains(t, c.Secret.String(), tt.want)
		})
	}
}

// TestBrainwalletKeys: the key, address and fingerprint of a passphrase
// are those other implementations give. "correct horse battery staple"
// is the best-known brainwallet (SHA-256 c4bbcb1f…, address
// 1JwSSubhmg6iPtRjtyqhUYYH7bZg3Lfy1T, published and swept), reported as
// public; ethereumjs-wallet's thirdparty.fromEtherCamp("hunter2 forever")
// gives 0x0d10D98530ccc8F54Ba9C1b487a424DcbbE2D388 (computed with
// ethereumjs-wallet 1.0.2). The fingerprint is that of the 64-hex key, so
// the passphrase and the key it makes, both found, are one secret.
func TestBrainwalletKeys(t *testing.T) {
	bg := context.Background()
	cs := NewBrainwallet().Detect(bg, &detect.Chunk{Data: []byte(`brainwallet: "correct horse battery staple"`)})
	require.Len(t, cs, 1)
	assert.Equal(t, "1JwSSubhmg6iPtRjtyqhUYYH7bZg3Lfy1T", cs[0].Secret.Address())
	assert.True(t, cs[0].Public)
	sum := sha256.Sum256([]byte("correct horse battery staple"))
	assert.True(t, strings.HasPrefix(hex.EncodeToString(sum[:]), "c4bbcb1f"))
	hexKey := NewHex().Detect(bg, &detect.Chunk{Data: []byte("PRIVATE_KEY=" + hex.EncodeToString(sum[:]) + "\n")})
	require.Len(t, hexKey, 1)
	assert.Equal(t, hexKey[0].Secret.Fingerprint(), cs[0].Secret.Fingerprint())

	cs = NewBrainwallet().Detect(bg, &detect.Chunk{Data: []byte(`new Wallet(keccak256(toUtf8Bytes("hunter2 forever")))`)})
	require.Len(t, cs, 1)
	assert.Equal(t, "0x0d10D98530ccc8F54Ba9C1b487a424DcbbE2D388", cs[0].Secret.Address())
	assert.False(t, cs[0].Public)

	// EIP-712's example signer is keccak256("cow"): a published key.
	cs = NewBrainwallet().Detect(bg, &detect.Chunk{Data: []byte(`const signer = new Wallet(keccak256(toUtf8Bytes("cow")))`)})
	require.Len(t, cs, 1)
	assert.True(t, cs[0].Public)
	assert.Equal(t, "EIP-712 example key, keccak256(\"cow\")", cs[0].PublicSource)
}

func FuzzBrainwallet(f *testing.F) {
	f.Add("brainwallet: \"a b c\"\npriv = sha256(b'x')\ncreateHash('sha256').update('y')\nbrain_key=")
	f.Add("sha3_256(\"\nkeccak256(\"\")")
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range NewBrainwallet().Detect(context.Background(), &detect.Chunk{Data: []byte(s)}) {
			if c.Start < 0 || c.End > len(s) || c.Start >= c.End {
				t.Fatalf("bad span %d..%d of %d", c.Start, c.End, len(s))
			}
		}
	})
}

// TestBrainwalletByAddress: a passphrase on a line under a mention of a
// brainwallet, or after its colon, is reported when its key derives an
// address written there (SHA-256: P2PKH as brainwallet.org showed it, or
// P2WPKH; Keccak-256: Ethereum); with an address it does not derive, or
// no mention, it is not.
func TestBrainwalletByAddress(t *testing.T) {
	pass := "the quick onion parsnip waltzes under 7 violet moons"
	key := sha256.Sum256([]byte(pass))
	p2pkh := btcAddress(key[:], false, &chaincfg.MainNetParams)
	p2wpkh := btcAddress(key[:], true, &chaincfg.MainNetParams)
	other := sha256.Sum256([]byte("another passphrase entirely"))
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"header with the address", "brainwallet passphrase (sha256 -> key), addr " + p2pkh + "\n" + pass + "\n", true},
		{"address below", "# my brain wallet\n\n" + pass + "\n" + p2wpkh + "\n", true},
		{"after the colon, P2WPKH later", "old brainwallet (2013) — " + p2wpkh + " : " + pass + "\n", true},
		{"an address it does not derive", "brainwallet passphrase, addr " + btcAddress(other[:], false, &chaincfg.MainNetParams) + "\n" + pass + "\n", false},
		{"no mention", "wallet passphrase, addr " + p2pkh + "\n" + pass + "\n", false},
	} {
		cs := (&Brainwallet{}).Detect(context.Background(), &detect.Chunk{Data: []byte(tc.text), Path: "home/raj/brainwallet.txt"})
		if !tc.want {
			assert.Empty(t, cs, tc.name)
			continue
		}
		require.Len(t, cs, 1, tc.name)
		assert.Equal(t, pass, tc.text[cs[0].Start:cs[0].End], tc.name)
		assert.Equal(t, detect.ConfidenceHigh, cs[0].Confidence, tc.name)
		assert.Equal(t, "passphrase derives the address beside it", cs[0].Details["context"], tc.name)
	}
	var eth strings.Builder
	k := sha3.NewLegacyKeccak256()
	k.Write([]byte(pass))
	var ek [32]byte
	k.Sum(ek[:0])
	eth.WriteString("ether.camp brain wallet, account " + strings.ToLower(ethAddress(ek[:])) + "\n" + pass + "\n")
	cs := (&Brainwallet{}).Detect(context.Background(), &detect.Chunk{Data: []byte(eth.String())})
	require.Len(t, cs, 1)
	assert.Equal(t, "Keccak-256", cs[0].Details["hash"])
}

// The Keccak-256 of one name (uint256(keccak256("signer")), Foundry's
// makeAddrAndKey) is a test identity, public; a passphrase of words is
// a brainwallet still.
func TestBrainwalletNameIsPublic(t *testing.T) {
	det := NewBrainwallet()
	for _, c := range []struct {
		text   string
		public bool
	}{
		{"    uint256 internal signerPk = uint256(keccak256(\"signer\"));\n", true},
		{"const CAROL = new Wallet(keccak256(toUtf8Bytes('lumen-test-2')));\n", true},
		{"const w = new ethers.Wallet(ethers.utils.keccak256(ethers.utils.toUtf8Bytes(\"hunter2 forever\")));\n", false},
		{"\tpriv := sha256.Sum256([]byte(\"signer\"))\n", false},
	} {
		cs := det.Detect(context.Background(), &detect.Chunk{Data: []byte(c.text), Path: "Vault.t.sol"})
		if assert.Len(t, cs, 1, c.text) {
			assert.Equal(t, c.public, cs[0].Public, c.text)
		}
	}
}
