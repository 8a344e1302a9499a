package audit

import (
	"os"
	"path/filepath"
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

	locs := FindWallets(root)
	got := map[string]string{}
	for _, l := range locs {
		got[l.Wallet] = l.Kind
	}
	assert.Equal(t, map[string]string{"MetaMask": "browser-extension", "Phantom": "browser-extension", "Electrum": "desktop",
		"Exodus": "desktop", "geth keystore": "desktop"}, got)

	fs, _ := collect(t, testScanner(Options{}), Host(root))
	require.Len(t, fs, 1)
	assert.Equal(t, "MetaMask", fs[0].Details["wallet"])
	assert.Equal(t, "Chrome / Default", fs[0].Details["browser"])
	assert.Equal(t, "browser-extension", fs[0].Storage.Context)
}
