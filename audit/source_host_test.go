package audit

import (
	"crypto/sha256"
	"encoding/base64"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFindWalletsAndHost(t *testing.T) {
	root := t.TempDir()
	mk := func(rel, content string) {
		p := filepath.Join(root, filepath.FromSlash(rel))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o600))
	}
	mk("home/alice/.config/google-chrome/Default/Local Extension Settings/nkbihfbeogaeaoehlefnkodbefgpgknn/000003.log", "x "+token(1))
	mk("home/alice/.config/BraveSoftware/Brave-Browser/Profile 2/Local Extension Settings/bfnaelmomeimhlpmgjnjophhpkkoljpa/CURRENT", "MANIFEST-000001\n")
	mk("home/alice/.electrum/wallets/default_wallet", "{}")
	mk("Users/bob/Library/Application Support/Exodus/exodus.wallet/seed.seco", "SECO")
	mk("Users/bob/AppData/Roaming/Ethereum/keystore/UTC--x", "{}")
	mk("home/alice/notes.txt", token(9)) // not a wallet location: Host leaves it
	suiKey := sha256.Sum256([]byte("a Sui key"))
	mk("home/alice/.near-credentials/testnet/alice.testnet.json", "{}")
	mk("home/alice/.sui/sui_config/sui.keystore", "[\n  \""+base64.StdEncoding.EncodeToString(append([]byte{0}, suiKey[:]...))+"\"\n]")

	locs := FindWallets(root)
	got := map[string]string{}
	for _, l := range locs {
		got[l.Wallet] = l.Kind
	}
	assert.Equal(t, map[string]string{"MetaMask": "browser-extension", "Phantom": "browser-extension", "Electrum": "desktop",
		"Exodus": "desktop", "geth keystore": "desktop", "Sui CLI": "desktop",
		"NEAR CLI": "desktop"}, got)

	fs, _ := collect(t, testScanner(Options{}), Host(root))
	require.Len(t, fs, 1)
	assert.Equal(t, "MetaMask", fs[0].Details["wallet"])
	assert.Equal(t, "Chrome / Default", fs[0].Details["browser"])
	assert.Equal(t, "browser-extension", fs[0].Storage.Context)

	// The Sui CLI's keystore, read by the built-in detectors.
	fs, _ = collect(t, New(Options{Trials: TrialsOff}), Host(root))
	fs = slices.DeleteFunc(fs, func(f Finding) bool { return f.Rule != "sui-keystore-key" })
	require.Len(t, fs, 1)
	assert.Equal(t, "wallet-data", fs[0].Storage.Context)
	assert.True(t, strings.HasSuffix(fs[0].Location.Path, "sui.keystore"))
}
