package funds

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync"
)

// ethAnswer is what the node said about one address.
type ethAnswer struct {
	wei   *big.Int
	nonce int64
}

func (c *Checker) checkEthereum(ctx context.Context, addrs []string) Result {
	total := new(big.Int)
	var txs int64
	var mu sync.Mutex
	var wg sync.WaitGroup
	var firstErr error
	for _, a := range addrs {
		wg.Go(func() {
			ans, err := cached(ctx, c, c.ethCache, strings.ToLower(a), func() (ethAnswer, error) {
				return c.ethAddress(ctx, a)
			})
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				if firstErr == nil {
					firstErr = err
				}
				return
			}
			total.Add(total, ans.wei)
			txs += ans.nonce
		})
	}
	wg.Wait()
	if firstErr != nil {
		return failed(ChainEthereum, firstErr)
	}
	return c.finish(ChainEthereum, len(addrs), total, txs)
}

// ethAddress asks eth_getBalance and eth_getTransactionCount at "latest".
func (c *Checker) ethAddress(ctx context.Context, addr string) (ethAnswer, error) {
	var bal, nonce string
	if err := c.call(ctx, c.eth, "eth_getBalance", []string{addr, "latest"}, &bal); err != nil {
		return ethAnswer{}, err
	}
	if err := c.call(ctx, c.eth, "eth_getTransactionCount", []string{addr, "latest"}, &nonce); err != nil {
		return ethAnswer{}, err
	}
	wei, ok := quantity(bal, 66)
	n, ok2 := quantity(nonce, 18)
	if !ok || !ok2 || !n.IsInt64() {
		return ethAnswer{}, c.kill(c.eth, errors.New("malformed quantity in the answer"))
	}
	return ethAnswer{wei: wei, nonce: n.Int64()}, nil
}

// quantity reads a JSON-RPC QUANTITY ("0x" and hex digits, no leading
// zeros required) of at most max characters.
func quantity(s string, max int) (*big.Int, bool) {
	if len(s) < 3 || len(s) > max || (s[:2] != "0x" && s[:2] != "0X") {
		return nil, false
	}
	for _, ch := range s[2:] {
		if !strings.ContainsRune("0123456789abcdefABCDEF", ch) {
			return nil, false
		}
	}
	return new(big.Int).SetString(s[2:], 16)
}
