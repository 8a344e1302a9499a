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
