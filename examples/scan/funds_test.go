package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/internal/fakenode"
)

// TestFundsFlags: -funds-btc marks the funded planted key funded and
// critical, the other checked and empty; the credentials and the URL's
// path are never printed.
func TestFundsFlags(t *testing.T) {
	funded, _ := btcec.NewPrivateKey()
	empty, _ := btcec.NewPrivateKey()
	wf, _ := btcutil.NewWIF(funded, &chaincfg.MainNetParams, true)
	we, _ := btcutil.NewWIF(empty, &chaincfg.MainNetParams, true)
	wpkh, _ := btcutil.NewAddressWitnessPubKeyHash(btcutil.Hash160(funded.PubKey().SerializeCompressed()), &chaincfg.MainNetParams)
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("importprivkey "+we.String()+"\n"), 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.txt"), []byte("importprivkey "+wf.String()+"\n"), 0o600))
	srv := fakenode.Bitcoin{User: "user", Pass: "hunter2", Funded: map[string]string{wpkh.EncodeAddress(): "0.00020000"}}.Start()
	defer srv.Close()
	t.Setenv("WALLETAUDIT_BTC_RPC_AUTH", "user:hunter2")
	var out, errOut bytes.Buffer
	code := run([]string{"-format", "text", "-funds-btc", srv.URL + "/wallet/s3cretpath", dir}, strings.NewReader(""), &out, &errOut)
	assert.Equal(t, 1, code, errOut.String())
	text := out.String()
	assert.Contains(t, text, "FUNDED on bitcoin: 20000 satoshi")
	assert.Contains(t, text, "empty on bitcoin")
	assert.Contains(t, text, "funded-wallet")
	assert.Less(t, strings.Index(text, "b.txt"), strings.Index(text, "a.txt"), "the funded file comes first")
	for _, s := range []string{"hunter2", "s3cretpath", wf.String(), we.String()} {
		assert.NotContains(t, text+errOut.String(), s)
	}

	// A dead endpoint: the scan still reports, the error is said once.
	out.Reset()
	errOut.Reset()
	srv.Close()
	code = run([]string{"-format", "json", "-funds-btc", "http://user:hunter2@" + strings.TrimPrefix(srv.URL, "http://"), dir}, strings.NewReader(""), &out, &errOut)
	assert.Equal(t, 1, code, errOut.String())
	assert.Contains(t, out.String(), `"checked": false`)
	assert.NotContains(t, out.String()+errOut.String(), "hunter2")
}
