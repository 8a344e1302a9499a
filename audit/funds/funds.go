// Package funds checks, on request, whether a found secret controls funds:
// it derives public data from the secret inside the process (addresses,
// output descriptors with extended public keys) and asks the endpoints the
// user names — typically their own Ethereum node and their own Bitcoin Core
// node — for balances and history. Nothing is sent anywhere else, and
// nothing at all when no endpoint is configured.
//
// Ethereum endpoints are asked eth_getBalance and eth_getTransactionCount
// at "latest" (Ethereum JSON-RPC API). Bitcoin Core is asked scantxoutset
// "start" with addr() descriptors for a single key in its P2PKH,
// P2SH-P2WPKH, P2WPKH and BIP-86 P2TR forms, and with ranged pkh, sh(wpkh),
// wpkh and tr descriptors over the BIP-44/49/84/86 account xpubs of a seed
// (receive and change, indexes 0–19), each with its BIP-380 checksum
// (Bitcoin Core's doc/descriptors.md and the scantxoutset RPC help). The
// UTXO set holds no spent outputs, so on Bitcoin tx_count counts the
// transactions of unspent outputs only.
//
// A Checker is bounded: a limit on requests, on requests in flight and on
// the time of the whole scan; an endpoint that fails is recorded once and
// not asked again; results are cached per address (per descriptor set on
// Bitcoin) for the life of the Checker.
package funds

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/walletaudit/walletaudit/audit/detect"
)

// Chain names used in results.
const (
	ChainEthereum = "ethereum"
	ChainBitcoin  = "bitcoin"
)

// Config names the endpoints to ask and bounds the asking. The zero value
// checks nothing and makes no network call.
type Config struct {
	// Ethereum is the URL of an Ethereum JSON-RPC endpoint; "" skips
	// Ethereum. Credentials may be given as user:pass@ in the URL.
	Ethereum string
	// Bitcoin is the URL of a Bitcoin Core RPC endpoint; "" skips
	// Bitcoin. Credentials may be given as user:pass@ in the URL.
	Bitcoin string
	// EthereumAuth and BitcoinAuth are "user:password" for HTTP basic
	// authentication (a Bitcoin Core .cookie file holds exactly that),
	// used when the URL has no credentials. They are never printed.
	EthereumAuth string
	BitcoinAuth  string
	// MaxRequests bounds the requests of one Checker (one scan); 0 means
	// 500.
	MaxRequests int
	// Concurrency bounds the Ethereum requests in flight; 0 means 4.
	// Bitcoin Core runs one UTXO scan at a time, so Bitcoin requests are
	// always sent one by one.
	Concurrency int
	// Budget bounds the time all checks of one Checker take together,
	// counted from New; 0 means 10 minutes.
	Budget time.Duration
	// RequestTimeout bounds one request; 0 means 3 minutes (a UTXO scan
	// of mainnet takes minutes).
	RequestTimeout time.Duration
	// MaxResponse bounds the bytes read of one response; 0 means 4 MiB.
	MaxResponse int64
	// EthereumAddresses is how many addresses m/44'/60'/0'/0/i of a seed
	// or master key are asked about; 0 means 5.
	EthereumAddresses int
	// Transport carries the requests; nil means a transport of the
	// Checker's own that uses no proxy and follows no redirect.
	Transport http.RoundTripper
	// Now gives the time of a check; nil means time.Now.
	Now func() time.Time
}

// Enabled reports whether any endpoint is configured.
func (c Config) Enabled() bool { return c.Ethereum != "" || c.Bitcoin != "" }

const (
	defaultMaxRequests    = 500
	defaultConcurrency    = 4
	defaultBudget         = 10 * time.Minute
	defaultRequestTimeout = 3 * time.Minute
	defaultMaxResponse    = 4 << 20
	defaultEthAddresses   = 5
	btcRange              = 20 // indexes 0..19 of receive and change
)

// Result is the outcome of checking one secret: the "funds" object of a
// finding in the JSON contract (docs/json.md).
type Result struct {
	// Checked is set when the endpoint answered for every address asked.
	Checked bool
	// Chain is "ethereum" or "bitcoin".
	Chain string
	// Balance is the total balance, a decimal string in the chain's base
	// unit (wei, satoshi).
	Balance string
	// TxCount is the number of transactions seen: the nonce on Ethereum,
	// the transactions of unspent outputs on Bitcoin.
	TxCount int64
	// AddressesChecked counts the addresses asked about.
	AddressesChecked int
	// At is when the answer was received.
	At time.Time
	// Note says what the result means for the finding, if anything.
	Note string
	// Error says why the secret was not checked.
	Error string
	// Other holds the results of the other chains checked for the same
	// secret (a seed is checked on both).
	Other []Result
}

// Funded reports whether the result shows a balance above zero, on any
// chain checked.
func (r *Result) Funded() bool {
	if r == nil {
		return false
	}
	if r.Checked && r.Balance != "" && strings.TrimLeft(r.Balance, "0") != "" {
		return true
	}
	for i := range r.Other {
		if r.Other[i].Funded() {
			return true
		}
	}
	return false
}

// Used reports whether the result shows history, on any chain checked.
func (r *Result) Used() bool {
	if r == nil {
		return false
	}
	if r.Checked && r.TxCount > 0 {
		return true
	}
	for i := range r.Other {
		if r.Other[i].Used() {
			return true
		}
	}
	return false
}

type checkedJSON struct {
	Checked          bool     `json:"checked"`
	Chain            string   `json:"chain"`
	Balance          string   `json:"balance"`
	TxCount          int64    `json:"tx_count"`
	AddressesChecked int      `json:"addresses_checked"`
	At               string   `json:"at"`
	Note             string   `json:"note,omitempty"`
	Other            []Result `json:"other_chains,omitempty"`
}

type uncheckedJSON struct {
	Checked bool     `json:"checked"`
	Chain   string   `json:"chain,omitempty"`
	Error   string   `json:"error"`
	Other   []Result `json:"other_chains,omitempty"`
}

// MarshalJSON writes the contract's shape: every field of a checked
// result, or checked false with the error.
func (r Result) MarshalJSON() ([]byte, error) {
	if !r.Checked {
		return json.Marshal(uncheckedJSON{Chain: r.Chain, Error: r.Error, Other: r.Other})
	}
	return json.Marshal(checkedJSON{Checked: true, Chain: r.Chain, Balance: r.Balance, TxCount: r.TxCount,
		AddressesChecked: r.AddressesChecked, At: r.At.UTC().Format(time.RFC3339), Note: r.Note, Other: r.Other})
}

// UnmarshalJSON reads the contract's shape back.
func (r *Result) UnmarshalJSON(b []byte) error {
	var j struct {
		checkedJSON
		Error string `json:"error"`
	}
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*r = Result{Checked: j.Checked, Chain: j.Chain, Balance: j.Balance, TxCount: j.TxCount,
		AddressesChecked: j.AddressesChecked, Note: j.Note, Error: j.Error, Other: j.Other}
	if j.At != "" {
		r.At, _ = time.Parse(time.RFC3339, j.At)
	}
	return nil
}

// EndpointError is a problem with an endpoint, recorded once per endpoint
// and kind of problem.
type EndpointError struct {
	// Endpoint is the redacted URL: scheme and host only.
	Endpoint string
	// Chain is "ethereum" or "bitcoin".
	Chain string
	// Error says what went wrong; it never holds credentials.
	Error string
}

// Checker checks secrets against the configured endpoints. It is safe for
// concurrent use; use one per scan.
type Checker struct {
	cfg      Config
	client   *http.Client
	eth, btc *endpoint
	deadline time.Time
	requests atomic.Int64
	now      func() time.Time

	mu       sync.Mutex
	errs     []EndpointError
	noted    map[string]bool
	ethCache map[string]*entry[ethAnswer]
	btcCache map[string]*entry[btcAnswer]
	btcChain map[string]*entry[string] // the node's chain, under ""
}

// entry is a cached answer, filled once.
type entry[T any] struct {
	done chan struct{}
	val  T
	err  error
}

// New returns a Checker for cfg. It fails on an endpoint URL it cannot
// use; the error names the endpoint without its credentials.
func New(cfg Config) (*Checker, error) {
	if cfg.MaxRequests <= 0 {
		cfg.MaxRequests = defaultMaxRequests
	}
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = defaultConcurrency
	}
	if cfg.Budget <= 0 {
		cfg.Budget = defaultBudget
	}
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = defaultRequestTimeout
	}
	if cfg.MaxResponse <= 0 {
		cfg.MaxResponse = defaultMaxResponse
	}
	if cfg.EthereumAddresses <= 0 {
		cfg.EthereumAddresses = defaultEthAddresses
	}
	now := cfg.Now
	if now == nil {
		now = time.Now
	}
	tr := cfg.Transport
	if tr == nil {
		// Only the named endpoint: no proxy from the environment.
		tr = &http.Transport{Proxy: nil, MaxIdleConnsPerHost: cfg.Concurrency, ResponseHeaderTimeout: cfg.RequestTimeout}
	}
	c := &Checker{
		cfg: cfg, now: now, deadline: time.Now().Add(cfg.Budget),
		client: &http.Client{Transport: tr, CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse // never follow a redirect elsewhere
		}},
		noted: map[string]bool{}, ethCache: map[string]*entry[ethAnswer]{}, btcCache: map[string]*entry[btcAnswer]{},
		btcChain: map[string]*entry[string]{},
	}
	var err error
	if cfg.Ethereum != "" {
		if c.eth, err = newEndpoint(ChainEthereum, cfg.Ethereum, cfg.EthereumAuth, cfg.Concurrency, "2.0"); err != nil {
			return nil, err
		}
	}
	if cfg.Bitcoin != "" {
		if c.btc, err = newEndpoint(ChainBitcoin, cfg.Bitcoin, cfg.BitcoinAuth, 1, "1.0"); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// Errors returns the endpoint problems met so far, each once.
func (c *Checker) Errors() []EndpointError {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]EndpointError(nil), c.errs...)
}

// Close releases the Checker's idle connections.
func (c *Checker) Close() { c.client.CloseIdleConnections() }

// Requests returns how many requests were sent.
func (c *Checker) Requests() int64 {
	n := c.requests.Load()
	if m := int64(c.cfg.MaxRequests); n > m {
		return m
	}
	return n
}

// Check derives the public side of s (a secret of the given kind; scheme
// is the seed scheme of a mnemonic) and asks the configured endpoints
// about it. It returns nil when the secret is of a kind that is not
// checked (keystores, other chains' keys, non-BIP-39 seeds) or no
// configured endpoint serves it. Only addresses and descriptors holding
// extended public keys are sent.
func (c *Checker) Check(ctx context.Context, kind detect.Kind, scheme string, s detect.Secret) *Result {
	m, ok := parseSecret(kind, scheme, s.Reveal())
	if !ok {
		return nil
	}
	var out []Result
	if c.btc != nil {
		out = append(out, c.checkBitcoin(ctx, m))
	}
	if c.eth != nil {
		if addrs := m.ethAddresses(c.cfg.EthereumAddresses); len(addrs) > 0 {
			out = append(out, c.checkEthereum(ctx, addrs))
		}
	}
	if len(out) == 0 {
		return nil
	}
	// The most telling result first: funded, then used, then checked.
	best := 0
	for i := range out {
		if rank(&out[i]) > rank(&out[best]) {
			best = i
		}
	}
	r := out[best]
	for i := range out {
		if i != best {
			r.Other = append(r.Other, out[i])
		}
	}
	return &r
}

func rank(r *Result) int {
	switch {
	case r.Funded():
		return 3
	case r.Used():
		return 2
	case r.Checked:
		return 1
	}
	return 0
}

// note records an endpoint problem once per endpoint and message kind.
func (c *Checker) note(ep *endpoint, key, msg string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	k := ep.chain + "\x00" + key
	if c.noted[k] {
		return
	}
	c.noted[k] = true
	c.errs = append(c.errs, EndpointError{Endpoint: ep.redacted, Chain: ep.chain, Error: msg})
}

func (c *Checker) finish(chain string, n int, bal *big.Int, txs int64) Result {
	r := Result{Checked: true, Chain: chain, Balance: bal.String(), TxCount: txs, AddressesChecked: n, At: c.now().UTC().Truncate(time.Second)}
	switch {
	case bal.Sign() > 0:
		r.Note = "funded: the secret controls a balance now; move it first"
	case txs > 0:
		r.Note = "used: it has history but no balance now; it was used, so assume it is known"
	}
	return r
}

func failed(chain string, err error) Result {
	return Result{Chain: chain, Error: err.Error()}
}

// endpoint is one configured RPC endpoint.
type endpoint struct {
	chain      string
	url        string // without credentials
	redacted   string // scheme://host
	user, pass string
	version    string
	sem        chan struct{}
	dead       atomic.Pointer[string]
}

func newEndpoint(chain, raw, auth string, conc int, version string) (*endpoint, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("funds: the %s endpoint must be an http or https URL (%s)", chain, Redact(raw))
	}
	ep := &endpoint{chain: chain, redacted: Redact(raw), version: version, sem: make(chan struct{}, conc)}
	if u.User != nil {
		ep.user = u.User.Username()
		ep.pass, _ = u.User.Password()
		u.User = nil
	} else if auth != "" {
		ep.user, ep.pass, _ = strings.Cut(auth, ":")
	}
	ep.url = u.String()
	return ep, nil
}

// Redact returns the scheme and host of an endpoint URL: no credentials,
// no path (which holds API keys at some providers), no query.
func Redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "[endpoint]"
	}
	return u.Scheme + "://" + u.Host
}

// errors a check can end with.
var (
	errRequestLimit = errors.New("request limit of the scan reached")
	errTimeLimit    = errors.New("time limit of the scan reached")
)
