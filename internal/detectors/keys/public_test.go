package keys

import (
	"context"
	"github.com/walletaudit/walletaudit/internal/bip39vectors"
	"testing"

	"github.com/btcsuite/btcd/btcutil/hdkeychain"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/mnemonic"
)

// The keys that widely used Ethereum test suites fund are public: their
// sources say which suite.
func TestEthereumTestSuiteKeysArePublic(t *testing.T) {
	for key, want := range map[string]string{
		"b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291": "go-ethereum test key (testBankKey)", // go-ethereum tests
		"45a915e4d060149eb4365960e6a7a45f334393093061116b197e3240065ff2d8": "ethereum/tests fixture secretKey",   // ethereum/tests fixtures
	} {
		cs := (&Hex{}).Detect(context.Background(), &detect.Chunk{Data: []byte("testBankKey, _ = crypto.HexToECDSA(\"" + key + "\")\n")})
		require.Len(t, cs, 1, want)
		assert.True(t, cs[0].Public, want)
		assert.Equal(t, want, cs[0].PublicSource)
	}
}

// Published test-vector keys under a key's name are public: RFC 7748's
// X25519 scalars and keys (section 5.2, 6.1), the keys of the Web3
// Secret Storage and go-ethereum keystore vectors, and NIST's first ECC
// CDH P-256 vector's.
func TestTestVectorKeysArePublic(t *testing.T) {
	for key, want := range map[string]string{
		"a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4": "RFC 7748 X25519 test vector scalar",
		"4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d": "RFC 7748 X25519 test vector scalar",
		"77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a": "RFC 7748 X25519 test vector key (Alice)",
		"5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb": "RFC 7748 X25519 test vector key (Bob)",
		"7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d": "Web3 Secret Storage Definition test vector key",
		"d1b1178d3529626a1a93e073f65028370d14c7eb0936eb42abef05db6f37ad7d": "go-ethereum v1 keystore test vector key",
		"7d7dc5f71eb29ddaf80d6214632eeae03d9058af1fb6d22ed80badb62bc1a534": "NIST CAVS ECC CDH P-256 test vector key",
	} {
		cs := (&Hex{}).Detect(context.Background(), &detect.Chunk{Data: []byte("{\"password\": \"x\", \"priv\": \"" + key + "\"}\n")})
		require.Len(t, cs, 1, want)
		assert.True(t, cs[0].Public, want)
		assert.Equal(t, want, cs[0].PublicSource)
	}
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
