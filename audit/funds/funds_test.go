package funds

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/hdkeychain"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/eth"
	"github.com/walletaudit/walletaudit/mnemonic"
)

// recorder keeps every request body a test server received.
type recorder struct {
	mu     sync.Mutex
	bodies []string
}

func (r *recorder) add(b []byte) {
	r.mu.Lock()
	r.bodies = append(r.bodies, string(b))
	r.mu.Unlock()
}

func (r *recorder) all() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return strings.Join(r.bodies, "\n")
}

func (r *recorder) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.bodies)
}

type rpcIn struct {
	JSONRPC string          `json:"jsonrpc"`
	Method  string          `json:"method"`
	Params  json.RawMessage `json:"params"`
}

// ethServer answers eth_getBalance and eth_getTransactionCount from a map
// of lower-case addresses to [balance, nonce] in hex.
func ethServer(t *testing.T, funded map[string][2]string, rec *recorder) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		rec.add(b)
		var in rpcIn
		var params []string
		if json.Unmarshal(b, &in) != nil || json.Unmarshal(in.Params, &params) != nil || len(params) != 2 || params[1] != "latest" {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		v := funded[strings.ToLower(params[0])]
		res := "0x0"
		switch in.Method {
		case "eth_getBalance":
			if v[0] != "" {
				res = v[0]
			}
		case "eth_getTransactionCount":
			if v[1] != "" {
				res = v[1]
			}
		default:
			fmt.Fprint(w, `{"jsonrpc":"2.0","id":1,"error":{"code":-32601,"message":"the method does not exist"}}`)
			return
		}
		fmt.Fprintf(w, `{"jsonrpc":"2.0","id":1,"result":%q}`, res)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// btcServer answers getblockchaininfo and scantxoutset "start" in Bitcoin
// Core's shapes; funded maps a descriptor (without checksum) to the
// amount in BTC of one unspent output it matches. It checks every
// descriptor's checksum and that ranged ones carry a range.
func btcServer(t *testing.T, chain string, funded map[string]string, rec *recorder) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		rec.add(b)
		if u, p, ok := r.BasicAuth(); !ok || u != "rpcuser" || p != "rpcpass" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		var in rpcIn
		if json.Unmarshal(b, &in) != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		switch in.Method {
		case "getblockchaininfo":
			fmt.Fprintf(w, `{"result":{"chain":%q,"blocks":100},"error":null,"id":1}`, chain)
			return
		case "scantxoutset":
		default:
			w.WriteHeader(http.StatusInternalServerError)
			fmt.Fprint(w, `{"result":null,"error":{"code":-32601,"message":"Method not found"},"id":1}`)
			return
		}
		var params []json.RawMessage
		var action string
		var objs []scanObject
		if json.Unmarshal(in.Params, &params) != nil || len(params) != 2 || json.Unmarshal(params[0], &action) != nil || action != "start" || json.Unmarshal(params[1], &objs) != nil {
			w.WriteHeader(http.StatusInternalServerError)
			fmt.Fprint(w, `{"result":null,"error":{"code":-8,"message":"Invalid command"},"id":1}`)
			return
		}
		type unspent struct {
			TxID         string      `json:"txid"`
			Vout         int         `json:"vout"`
			ScriptPubKey string      `json:"scriptPubKey"`
			Desc         string      `json:"desc"`
			Amount       json.Number `json:"amount"`
			Coinbase     bool        `json:"coinbase"`
			Height       int         `json:"height"`
		}
		var us []unspent
		total := "0.00000000"
		for _, o := range objs {
			body, sum, _ := strings.Cut(o.Desc, "#")
			if WithChecksum(body) != o.Desc || sum == "" {
				w.WriteHeader(http.StatusInternalServerError)
				fmt.Fprint(w, `{"result":null,"error":{"code":-5,"message":"Invalid checksum"},"id":1}`)
				return
			}
			if strings.Contains(body, "*") && (len(o.Range) != 2 || o.Range[0] != 0 || o.Range[1] != 19) {
				t.Errorf("ranged descriptor without the range [0,19]: %v", o.Range)
			}
			if amt, ok := funded[body]; ok {
				us = append(us, unspent{TxID: strings.Repeat("ab", 32), Vout: 1, ScriptPubKey: "0014" + strings.Repeat("00", 20), Desc: body, Amount: json.Number(amt), Height: 90})
				total = amt
			}
		}
		res := map[string]any{"success": true, "txouts": 1234, "height": 100, "bestblock": strings.Repeat("00", 32), "unspents": us, "total_amount": json.Number(total)}
		out, _ := json.Marshal(map[string]any{"result": res, "error": nil, "id": 1})
		w.Write(out)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func withAuth(u string) string { return strings.Replace(u, "http://", "http://rpcuser:rpcpass@", 1) }

// planted is a fresh secret in all the forms it could leak in.
type planted struct {
	kind   detect.Kind
	secret detect.Secret
	forms  []string
}

func freshKey(t *testing.T) (*btcec.PrivateKey, planted) {
	k, err := btcec.NewPrivateKey()
	require.NoError(t, err)
	w, err := btcutil.NewWIF(k, &chaincfg.MainNetParams, true)
	require.NoError(t, err)
	b := k.Key.Bytes()
	hx := hex.EncodeToString(b[:])
	return k, planted{kind: detect.KindWIF, secret: detect.NewSecret(detect.SecretSpec{Kind: detect.KindWIF, Raw: w.String(), Normalized: hx, Redacted: "[WIF]"}), forms: []string{w.String(), hx}}
}

func freshPhrase(t *testing.T) (mnemonic.Phrase, planted) {
	ent := make([]byte, 16)
	_, _ = rand.Read(ent)
	p, err := mnemonic.FromEntropy(ent, mnemonic.English)
	require.NoError(t, err)
	master, err := hdkeychain.NewMaster(p.Seed(""), &chaincfg.MainNetParams)
	require.NoError(t, err)
	var lines []string
	for i, w := range p.RevealWords() {
		lines = append(lines, fmt.Sprintf("%d. %s", i+1, w))
	}
	raw := strings.Join(lines, "\n") // a numbered layout, as found
	forms := []string{p.Reveal(), strings.Join(p.RevealWords()[:3], " "), master.String(), hex.EncodeToString(p.Seed(""))}
	return p, planted{kind: detect.KindMnemonic, secret: detect.NewSecret(detect.SecretSpec{Kind: detect.KindMnemonic, Raw: raw, Normalized: p.Reveal(), Redacted: "[12 words]"}), forms: forms}
}

func assertNoSecretSent(t *testing.T, rec *recorder, ps ...planted) {
	t.Helper()
	all := strings.ToLower(rec.all())
	for _, p := range ps {
		for _, f := range p.forms {
			if strings.Contains(all, strings.ToLower(f)) {
				t.Errorf("a request body holds a form of secret %s", p.secret.Fingerprint())
			}
		}
	}
}

func TestWithChecksumBIP380(t *testing.T) {
	// BIP-380's published vector.
	assert.Equal(t, "raw(deadbeef)#89f8spxm", WithChecksum("raw(deadbeef)"))
	assert.Equal(t, "raw(\u00fc)", WithChecksum("raw(\u00fc)"), "outside the character set: unchanged")
}

func TestTaprootBIP86Vector(t *testing.T) {
	// BIP-86's test vector: "abandon ×11 about", m/86'/0'/0'/0/0.
	p, err := mnemonic.Validate("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about")
	require.NoError(t, err)
	master, err := hdkeychain.NewMaster(p.Seed(""), &chaincfg.MainNetParams)
	require.NoError(t, err)
	k, err := derive(master, h+86, h+0, h+0, 0, 0)
	require.NoError(t, err)
	pub, err := k.ECPubKey()
	require.NoError(t, err)
	assert.Equal(t, "cc8a4bc64d897bddc5fbc2f670f7a8ba0b386779106cf1223c6fc5d7cd6fc115", hex.EncodeToString(pub.SerializeCompressed()[1:]))
	assert.Equal(t, "a60869f0dbcf1dc659c9cecbaf8050135ea9e8cdc487053f1dc6880949dc684c", hex.EncodeToString(taprootOutputKey(pub)))
	addrs, err := singleKeyAddresses(pub, &chaincfg.MainNetParams)
	require.NoError(t, err)
	assert.Equal(t, "bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr", addrs[3])
}

func TestDescriptorsOfSecrets(t *testing.T) {
	k, pk := freshKey(t)
	m, ok := parseSecret(pk.kind, "", pk.secret.Reveal())
	require.True(t, ok)
	objs, n, err := m.btcObjects(&chaincfg.MainNetParams)
	require.NoError(t, err)
	require.Len(t, objs, 4)
	assert.Equal(t, 4, n)
	for i, prefix := range []string{"addr(1", "addr(3", "addr(bc1q", "addr(bc1p"} {
		assert.True(t, strings.HasPrefix(objs[i].Desc, prefix), objs[i].Desc)
		assert.Nil(t, objs[i].Range)
	}
	b := k.Key.Bytes()
	assert.Equal(t, []string{eth.Address(b[:])}, m.ethAddresses(5))

	_, pp := freshPhrase(t)
	m, ok = parseSecret(pp.kind, string(mnemonic.SchemeBIP39), pp.secret.Reveal())
	require.True(t, ok, "a numbered phrase is read back")
	objs, n, err = m.btcObjects(&chaincfg.MainNetParams)
	require.NoError(t, err)
	require.Len(t, objs, 8)
	assert.Equal(t, 160, n)
	for i, prefix := range []string{"pkh(xpub", "pkh(xpub", "sh(wpkh(xpub", "sh(wpkh(xpub", "wpkh(xpub", "wpkh(xpub", "tr(xpub", "tr(xpub"} {
		assert.True(t, strings.HasPrefix(objs[i].Desc, prefix), objs[i].Desc)
		assert.Equal(t, []int{0, 19}, objs[i].Range)
	}
	assert.Contains(t, objs[1].Desc, "/1/*)#")
	assert.Len(t, m.ethAddresses(5), 5)
	// On a test network: tpubs, coin type 1.
	objs, _, err = m.btcObjects(&chaincfg.RegressionNetParams)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(objs[0].Desc, "pkh(tpub"), objs[0].Desc)

	// A mini private key: its SHA-256, the uncompressed address only
	// (the Bitcoin wiki's example, whose key the page prints).
	m, ok = parseSecret(detect.KindWIF, "", "S6c56bnXQiBjk9mqSYE7ykVQ7NzrRy")
	require.True(t, ok)
	kb := m.key.Key.Bytes()
	assert.Equal(t, "4c7a9640c72dc2099f23715d0c8a0d8a35f8906e3cab61dd3f78b67bf887c9ab", hex.EncodeToString(kb[:]))
	assert.False(t, m.compressed || m.anyForm)
	assert.Equal(t, "main", m.net)
	objs, _, err = m.btcObjects(&chaincfg.MainNetParams)
	require.NoError(t, err)
	require.Len(t, objs, 1)
	assert.True(t, strings.HasPrefix(objs[0].Desc, "addr(1"), objs[0].Desc)

	_, ok = parseSecret(detect.KindMnemonic, string(mnemonic.SchemeMonero), pp.secret.Reveal())
	assert.False(t, ok, "only BIP-39 seeds are checked")
	_, ok = parseSecret(detect.KindKeystore, "", "{}")
	assert.False(t, ok)
}

func TestCheckFundedAndEmpty(t *testing.T) {
	funded, pf := freshKey(t)
	_, pe := freshKey(t)
	phrase, pp := freshPhrase(t)

	// The funded key has 0.001 BTC on its P2WPKH address and 1.5 ether
	// with 3 transactions; the phrase was used on Ethereum and is empty.
	wpkh, _ := btcutil.NewAddressWitnessPubKeyHash(btcutil.Hash160(funded.PubKey().SerializeCompressed()), &chaincfg.MainNetParams)
	fb := funded.Key.Bytes()
	master, _ := hdkeychain.NewMaster(phrase.Seed(""), &chaincfg.MainNetParams)
	k0, _ := derive(master, h+44, h+60, h+0, 0, 0)
	k0p, _ := k0.ECPrivKey()
	k0b := k0p.Key.Bytes()
	var ethRec, btcRec recorder
	es := ethServer(t, map[string][2]string{
		strings.ToLower(eth.Address(fb[:])):  {"0x14d1120d7b160000", "0x3"},
		strings.ToLower(eth.Address(k0b[:])): {"0x0", "0x2"},
	}, &ethRec)
	bs := btcServer(t, "main", map[string]string{"addr(" + wpkh.EncodeAddress() + ")": "0.00100000"}, &btcRec)
	at := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	c, err := New(Config{Ethereum: es.URL, Bitcoin: withAuth(bs.URL), Now: func() time.Time { return at }})
	require.NoError(t, err)
	ctx := context.Background()

	r := c.Check(ctx, pf.kind, "", pf.secret)
	require.NotNil(t, r)
	assert.True(t, r.Funded())
	assert.Equal(t, ChainBitcoin, r.Chain, "the first funded chain leads")
	assert.Equal(t, "100000", r.Balance)
	assert.Equal(t, int64(1), r.TxCount)
	assert.Equal(t, 4, r.AddressesChecked)
	require.Len(t, r.Other, 1)
	assert.Equal(t, "1500000000000000000", r.Other[0].Balance)
	assert.Equal(t, int64(3), r.Other[0].TxCount)
	out, err := json.Marshal(r)
	require.NoError(t, err)
	assert.JSONEq(t, `{"checked":true,"chain":"bitcoin","balance":"100000","tx_count":1,"addresses_checked":4,"at":"2025-01-02T03:04:05Z",
		"note":"funded: the secret controls a balance now; move it first",
		"other_chains":[{"checked":true,"chain":"ethereum","balance":"1500000000000000000","tx_count":3,"addresses_checked":1,"at":"2025-01-02T03:04:05Z","note":"funded: the secret controls a balance now; move it first"}]}`, string(out))
	var back Result
	require.NoError(t, json.Unmarshal(out, &back))
	assert.True(t, back.Funded())

	r = c.Check(ctx, pe.kind, "", pe.secret)
	require.NotNil(t, r)
	assert.True(t, r.Checked)
	assert.False(t, r.Funded())
	assert.False(t, r.Used())
	assert.Equal(t, "0", r.Balance)
	assert.Empty(t, r.Note)

	r = c.Check(ctx, pp.kind, string(mnemonic.SchemeBIP39), pp.secret)
	require.NotNil(t, r)
	assert.False(t, r.Funded())
	assert.True(t, r.Used())
	assert.Equal(t, ChainEthereum, r.Chain, "history leads when nothing is funded")
	assert.Contains(t, r.Note, "history but no balance")
	assert.Equal(t, 5, r.AddressesChecked)
	require.Len(t, r.Other, 1)
	assert.Equal(t, 160, r.Other[0].AddressesChecked)

	// Cached per address: the same secret again sends nothing.
	n := ethRec.count() + btcRec.count()
	_ = c.Check(ctx, pf.kind, "", pf.secret)
	assert.Equal(t, n, ethRec.count()+btcRec.count())
	assert.Empty(t, c.Errors())

	// Only public data left the process.
	assertNoSecretSent(t, &ethRec, pf, pe, pp)
	assertNoSecretSent(t, &btcRec, pf, pe, pp)
	assert.Contains(t, btcRec.all(), "xpub", "the seed was asked about by its account xpubs")
}

func TestNetworkMismatch(t *testing.T) {
	var rec recorder
	bs := btcServer(t, "regtest", nil, &rec)
	c, err := New(Config{Bitcoin: bs.URL, BitcoinAuth: "rpcuser:rpcpass"})
	require.NoError(t, err)
	_, pk := freshKey(t)
	r := c.Check(context.Background(), pk.kind, "", pk.secret)
	require.NotNil(t, r)
	assert.False(t, r.Checked)
	assert.Contains(t, r.Error, "mainnet key")
	_, pp := freshPhrase(t)
	r = c.Check(context.Background(), pp.kind, "", pp.secret)
	require.NotNil(t, r)
	assert.True(t, r.Checked, r.Error)
	assert.Contains(t, rec.all(), "tpub")
}

func TestDeadEndpoint(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	dead := srv.URL
	srv.Close()
	c, err := New(Config{Ethereum: dead, Bitcoin: "http://u:topsecretpw@" + strings.TrimPrefix(dead, "http://") + "/wallet/k3y"})
	require.NoError(t, err)
	for range 3 {
		_, pk := freshKey(t)
		r := c.Check(context.Background(), pk.kind, "", pk.secret)
		require.NotNil(t, r)
		assert.False(t, r.Checked)
		assert.NotEmpty(t, r.Error)
		require.Len(t, r.Other, 1)
		assert.False(t, r.Other[0].Checked)
	}
	errs := c.Errors()
	assert.Len(t, errs, 2, "one error per endpoint: %v", errs)
	assert.LessOrEqual(t, c.Requests(), int64(2), "a dead endpoint is not asked again")
	for _, e := range errs {
		assert.NotContains(t, e.Error, "topsecretpw")
		assert.NotContains(t, e.Error, "k3y")
		assert.NotContains(t, e.Endpoint, "topsecretpw")
	}
}

func TestSlowEndpointTimeLimit(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.ReadAll(r.Body) // then the server sees the client leave
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	}))
	defer srv.Close()
	c, err := New(Config{Ethereum: srv.URL, Budget: 300 * time.Millisecond})
	require.NoError(t, err)
	start := time.Now()
	_, pk := freshKey(t)
	r := c.Check(context.Background(), pk.kind, "", pk.secret)
	require.NotNil(t, r)
	assert.False(t, r.Checked)
	assert.Contains(t, r.Error, "time limit")
	assert.Less(t, time.Since(start), 3*time.Second)
	r = c.Check(context.Background(), pk.kind, "", pk.secret)
	assert.False(t, r.Checked)
	assert.Len(t, c.Errors(), 1)
}

func TestMaliciousEndpoints(t *testing.T) {
	cases := []struct {
		name string
		body func(w io.Writer)
		want string
	}{
		{"huge", func(w io.Writer) {
			io.WriteString(w, `{"jsonrpc":"2.0","id":1,"result":"0x`)
			chunk := strings.Repeat("f", 1<<16)
			for range 64 {
				io.WriteString(w, chunk)
			}
		}, "larger than"},
		{"not json", func(w io.Writer) { io.WriteString(w, "<html>\x1b[31mhello") }, "not a JSON-RPC response"},
		{"wrong type", func(w io.Writer) { io.WriteString(w, `{"jsonrpc":"2.0","id":1,"result":{"a":1}}`) }, "malformed"},
		{"not a quantity", func(w io.Writer) { io.WriteString(w, `{"jsonrpc":"2.0","id":1,"result":"0xzz"}`) }, "malformed quantity"},
		{"too long a quantity", func(w io.Writer) {
			fmt.Fprintf(w, `{"jsonrpc":"2.0","id":1,"result":"0x%s"}`, strings.Repeat("1", 100))
		}, "malformed quantity"},
		{"escape in error", func(w io.Writer) {
			io.WriteString(w, `{"jsonrpc":"2.0","id":1,"error":{"code":1,"message":"bad\u001b]8;;http://x\u0007 \u202e`+strings.Repeat("x", 500)+`"}}`)
		}, "answered eth_getBalance"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { tc.body(w) }))
			defer srv.Close()
			c, err := New(Config{Ethereum: srv.URL, MaxResponse: 1 << 20})
			require.NoError(t, err)
			_, pk := freshKey(t)
			r := c.Check(context.Background(), pk.kind, "", pk.secret)
			require.NotNil(t, r)
			assert.False(t, r.Checked)
			assert.Contains(t, r.Error, tc.want)
			assert.Less(t, len(r.Error), 400)
			assert.NotContains(t, r.Error, "\x1b")
			assert.NotContains(t, r.Error, "\u202e")
		})
	}
}

func TestBitcoinMalformedAmount(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		if strings.Contains(string(b), "getblockchaininfo") {
			io.WriteString(w, `{"result":{"chain":"main"},"error":null,"id":1}`)
			return
		}
		io.WriteString(w, `{"result":{"success":true,"unspents":[],"total_amount":-1},"error":null,"id":1}`)
	}))
	defer srv.Close()
	c, err := New(Config{Bitcoin: srv.URL})
	require.NoError(t, err)
	_, pk := freshKey(t)
	r := c.Check(context.Background(), pk.kind, "", pk.secret)
	require.NotNil(t, r)
	assert.False(t, r.Checked)
	assert.Contains(t, r.Error, "total_amount")
}

func TestRequestLimit(t *testing.T) {
	var rec recorder
	es := ethServer(t, nil, &rec)
	c, err := New(Config{Ethereum: es.URL, MaxRequests: 3})
	require.NoError(t, err)
	var last *Result
	for range 4 {
		_, pk := freshKey(t)
		last = c.Check(context.Background(), pk.kind, "", pk.secret)
	}
	assert.False(t, last.Checked)
	assert.Contains(t, last.Error, "request limit")
	assert.Equal(t, 3, rec.count())
	assert.Len(t, c.Errors(), 1)
}

func TestBadURLAndRedact(t *testing.T) {
	_, err := New(Config{Ethereum: "ftp://user:pw@host/x"})
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "pw")
	assert.Equal(t, "https://mainnet.example", Redact("https://u:p@mainnet.example/v3/APIKEY?x=1"))
	assert.Equal(t, "[endpoint]", Redact("::"))
	assert.False(t, Config{}.Enabled())
}

func TestBTCToSats(t *testing.T) {
	for in, want := range map[string]string{"0.00100000": "100000", "21000000.00000000": "2100000000000000", "0": "0", "1e-05": "1000"} {
		got, ok := btcToSats(json.Number(in))
		require.True(t, ok, in)
		assert.Equal(t, want, got.String())
	}
	for _, in := range []string{"", "-1", "0.000000001", "x", strings.Repeat("9", 50)} {
		_, ok := btcToSats(json.Number(in))
		assert.False(t, ok, in)
	}
}
