package funds

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/btcsuite/btcd/chaincfg"
)

// btcAnswer is what scantxoutset said about one set of descriptors.
type btcAnswer struct {
	sats  *big.Int
	txids int64
}

// scanResult is the result of scantxoutset "start" (Bitcoin Core's RPC
// help): success, txouts, height, bestblock, unspents and total_amount in
// BTC.
type scanResult struct {
	Success  *bool `json:"success"`
	Unspents []struct {
		TxID   string      `json:"txid"`
		Amount json.Number `json:"amount"`
	} `json:"unspents"`
	TotalAmount json.Number `json:"total_amount"`
}

// chainParams maps getblockchaininfo's chain name to address parameters.
func chainParams(chain string) (*chaincfg.Params, bool) {
	switch chain {
	case "main":
		return &chaincfg.MainNetParams, true
	case "test", "testnet4":
		return &chaincfg.TestNet3Params, true
	case "signet":
		return &chaincfg.SigNetParams, true
	case "regtest":
		return &chaincfg.RegressionNetParams, true
	}
	return nil, false
}

// nodeChain asks the node its chain once per Checker.
func (c *Checker) nodeChain(ctx context.Context) (string, error) {
	return cached(ctx, c, c.btcChain, "", func() (string, error) {
		var info struct {
			Chain string `json:"chain"`
		}
		if err := c.call(ctx, c.btc, "getblockchaininfo", []any{}, &info); err != nil {
			return "", err
		}
		if _, ok := chainParams(info.Chain); !ok {
			return "", c.kill(c.btc, fmt.Errorf("unknown chain %q", clean(info.Chain)))
		}
		return info.Chain, nil
	})
}

func (c *Checker) checkBitcoin(ctx context.Context, m material) Result {
	chain, err := c.nodeChain(ctx)
	if err != nil {
		return failed(ChainBitcoin, err)
	}
	if m.net == "main" && chain != "main" || m.net == "test" && chain == "main" {
		return failed(ChainBitcoin, fmt.Errorf("a %snet key, and the node is on %s", m.net, chain))
	}
	params, _ := chainParams(chain)
	objs, n, err := m.btcObjects(params)
	if err != nil || len(objs) == 0 {
		return failed(ChainBitcoin, errors.New("no address could be derived"))
	}
	keys := make([]string, len(objs))
	for i, o := range objs {
		keys[i] = o.Desc
	}
	a, err := cached(ctx, c, c.btcCache, strings.Join(keys, " "), func() (btcAnswer, error) {
		var r scanResult
		if err := c.call(ctx, c.btc, "scantxoutset", []any{"start", objs}, &r); err != nil {
			return btcAnswer{}, err
		}
		return r.answer()
	})
	if err != nil {
		return failed(ChainBitcoin, err)
	}
	return c.finish(ChainBitcoin, n, a.sats, a.txids)
}

// answer reads the total in satoshis and the number of transactions with
// unspent outputs.
func (r scanResult) answer() (btcAnswer, error) {
	if r.Success != nil && !*r.Success {
		return btcAnswer{}, errors.New("the node did not finish the UTXO scan")
	}
	sats, ok := btcToSats(r.TotalAmount)
	if !ok {
		return btcAnswer{}, errors.New("malformed total_amount")
	}
	txs := map[string]bool{}
	for _, u := range r.Unspents {
		txs[u.TxID] = true
	}
	return btcAnswer{sats: sats, txids: int64(len(txs))}, nil
}

// btcToSats converts an amount in BTC (a JSON number with up to 8
// decimals) to satoshis.
func btcToSats(n json.Number) (*big.Int, bool) {
	s := string(n)
	if s == "" || len(s) > 40 {
		return nil, false
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() < 0 {
		return nil, false
	}
	r.Mul(r, big.NewRat(100_000_000, 1))
	if !r.IsInt() {
		return nil, false
	}
	return new(big.Int).Set(r.Num()), true
}

// cached runs fill once per key and Checker; callers with the same key
// wait for the first. A fill stopped by the caller's cancellation is not
// kept.
func cached[T any](ctx context.Context, c *Checker, m map[string]*entry[T], key string, fill func() (T, error)) (T, error) {
	c.mu.Lock()
	e, ok := m[key]
	if !ok {
		e = &entry[T]{done: make(chan struct{})}
		m[key] = e
		c.mu.Unlock()
		e.val, e.err = fill()
		if e.err != nil && ctx.Err() != nil {
			c.mu.Lock()
			delete(m, key)
			c.mu.Unlock()
		}
		close(e.done)
	} else {
		c.mu.Unlock()
	}
	select {
	case <-e.done:
		return e.val, e.err
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}
