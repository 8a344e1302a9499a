package audit_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit"
	"github.com/walletaudit/walletaudit/audit/report"
	"github.com/walletaudit/walletaudit/internal/fakenode"
)

// noNetwork fails the test on any request through the default transport.
type noNetwork struct{ t *testing.T }

func (n noNetwork) RoundTrip(r *http.Request) (*http.Response, error) {
	n.t.Errorf("the scan made a network request to %s", r.URL.Host)
	return nil, fmt.Errorf("network denied")
}

// TestDefaultScanMakesNoNetworkCall runs the default scan over the demo
// tree with the default HTTP transport replaced by one that fails the
// test. (Not parallel: it swaps a package variable of net/http.)
func TestDefaultScanMakesNoNetworkCall(t *testing.T) {
	saved := http.DefaultTransport
	http.DefaultTransport = noNetwork{t}
	defer func() { http.DefaultTransport = saved }()
	var fs []audit.Finding
	_, err := audit.New(audit.Options{}).Run(context.Background(), func(f audit.Finding) error {
		fs = append(fs, f)
		return nil
	}, audit.Dir("../testdata/demo"))
	require.NoError(t, err)
	require.NotEmpty(t, fs)
	for _, f := range fs {
		assert.Nil(t, f.Funds, "no balance check unless asked")
	}
}

func TestFundsScan(t *testing.T) {
	funded, _ := btcec.NewPrivateKey()
	empty, _ := btcec.NewPrivateKey()
	wf, _ := btcutil.NewWIF(funded, &chaincfg.MainNetParams, true)
	we, _ := btcutil.NewWIF(empty, &chaincfg.MainNetParams, true)
	p2pkh, _ := btcutil.NewAddressPubKeyHash(btcutil.Hash160(funded.PubKey().SerializeCompressed()), &chaincfg.MainNetParams)
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("backup key "+we.String()+"\n"), 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "z.txt"), []byte("old wallet\n\nimportprivkey "+wf.String()+"\n"), 0o600))

	srv := fakenode.Bitcoin{Funded: map[string]string{p2pkh.EncodeAddress(): "0.50000000"}}.Start()
	defer srv.Close()

	var fs []audit.Finding
	sum, err := audit.New(audit.Options{Funds: audit.FundsConfig{Bitcoin: srv.URL}}).Run(context.Background(), func(f audit.Finding) error {
		fs = append(fs, f)
		return nil
	}, audit.Dir(dir))
	require.NoError(t, err)
	require.Len(t, fs, 2)
	assert.NotContains(t, srv.Bodies(), wf.String())
	assert.NotContains(t, srv.Bodies(), we.String())

	report.SortByLocation(fs)
	top := fs[0]
	assert.Equal(t, "z.txt", filepath.Base(top.Location.Path), "the funded secret sorts first")
	require.NotNil(t, top.Funds)
	assert.True(t, top.Funds.Funded())
	assert.Equal(t, "50000000", top.Funds.Balance)
	assert.Equal(t, audit.SeverityCritical, top.Severity)
	assert.Equal(t, "funded-wallet", top.AttackPaths[0].ID)
	other := fs[1]
	require.NotNil(t, other.Funds)
	assert.True(t, other.Funds.Checked)
	assert.False(t, other.Funds.Funded())
	total := 0
	for _, n := range sum.BySeverity {
		total += n
	}
	assert.Equal(t, 2, total)
	assert.GreaterOrEqual(t, sum.BySeverity["critical"], 1)

	out, err := json.Marshal(top)
	require.NoError(t, err)
	assert.Contains(t, string(out), `"funds":{"checked":true,"chain":"bitcoin","balance":"50000000","tx_count":1,"addresses_checked":4`)
}

func TestFundsDeadEndpointDoesNotFailScan(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close()
	k, _ := btcec.NewPrivateKey()
	w, _ := btcutil.NewWIF(k, &chaincfg.MainNetParams, true)
	dir := t.TempDir()
	for i := range 3 {
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("k%d.txt", i)), []byte("importprivkey "+w.String()+"\n"), 0o600))
	}
	var fs []audit.Finding
	sum, err := audit.New(audit.Options{Funds: audit.FundsConfig{Ethereum: url}, FailOnUnreadable: true}).Run(context.Background(), func(f audit.Finding) error {
		fs = append(fs, f)
		return nil
	}, audit.Dir(dir))
	require.NoError(t, err)
	require.Len(t, fs, 3)
	for _, f := range fs {
		require.NotNil(t, f.Funds)
		assert.False(t, f.Funds.Checked)
	}
	n := 0
	for _, s := range sum.Skipped {
		if strings.HasPrefix(s.Path, "funds:") {
			n++
		}
	}
	assert.Equal(t, 1, n, "the endpoint's error is recorded once")

	_, err = audit.New(audit.Options{Funds: audit.FundsConfig{Bitcoin: "file:///etc/passwd"}}).Run(context.Background(), func(audit.Finding) error { return nil }, audit.Dir(dir))
	assert.Error(t, err, "an unusable endpoint URL is a configuration error")
}
