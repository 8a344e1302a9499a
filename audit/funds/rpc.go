package funds

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

type rpcRequest struct {
	JSONRPC string `json:"jsonrpc"`
	ID      int    `json:"id"`
	Method  string `json:"method"`
	Params  any    `json:"params"`
}

type rpcResponse struct {
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// rpcError is an error the endpoint answered with: the endpoint works,
// this call failed.
type rpcError struct{ msg string }

func (e *rpcError) Error() string { return e.msg }

// call sends one JSON-RPC request to ep and decodes its result into out.
// An endpoint that cannot be reached or does not speak JSON-RPC is marked
// dead: its first error is recorded once and returned by every later call.
func (c *Checker) call(ctx context.Context, ep *endpoint, method string, params, out any) error {
	if msg := ep.dead.Load(); msg != nil {
		return errors.New(*msg)
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if !time.Now().Before(c.deadline) {
		c.note(ep, "time", errTimeLimit.Error())
		return errTimeLimit
	}
	if c.requests.Add(1) > int64(c.cfg.MaxRequests) {
		c.note(ep, "requests", fmt.Sprintf("%s (%d)", errRequestLimit, c.cfg.MaxRequests))
		return errRequestLimit
	}
	body, err := json.Marshal(rpcRequest{JSONRPC: ep.version, ID: 1, Method: method, Params: params})
	if err != nil {
		return err
	}
	select {
	case ep.sem <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-ep.sem }()
	dl := c.deadline
	if t := time.Now().Add(c.cfg.RequestTimeout); t.Before(dl) {
		dl = t
	}
	rctx, cancel := context.WithDeadline(ctx, dl)
	defer cancel()
	req, err := http.NewRequestWithContext(rctx, http.MethodPost, ep.url, bytes.NewReader(body))
	if err != nil {
		return c.kill(ep, errors.New("cannot build the request"))
	}
	req.Header.Set("Content-Type", "application/json")
	if ep.user != "" || ep.pass != "" {
		req.SetBasicAuth(ep.user, ep.pass)
	}
	resp, err := c.client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err() // the scan stopped: not the endpoint's fault
		}
		if rctx.Err() != nil && !time.Now().Before(c.deadline) {
			c.note(ep, "time", errTimeLimit.Error())
			return errTimeLimit
		}
		return c.kill(ep, transportError(err, ep))
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, c.cfg.MaxResponse+1))
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if rctx.Err() != nil && !time.Now().Before(c.deadline) {
			c.note(ep, "time", errTimeLimit.Error())
			return errTimeLimit
		}
		return c.kill(ep, transportError(err, ep))
	}
	if int64(len(data)) > c.cfg.MaxResponse {
		return c.kill(ep, fmt.Errorf("response larger than %d bytes", c.cfg.MaxResponse))
	}
	var r rpcResponse
	if err := json.Unmarshal(data, &r); err != nil {
		return c.kill(ep, fmt.Errorf("not a JSON-RPC response (HTTP %d)", resp.StatusCode))
	}
	if r.Error != nil {
		// Bitcoin Core answers errors with HTTP 500 and a JSON body.
		return &rpcError{msg: fmt.Sprintf("%s answered %s: %s", ep.chain, method, clean(r.Error.Message))}
	}
	if resp.StatusCode != http.StatusOK {
		return c.kill(ep, fmt.Errorf("HTTP %d", resp.StatusCode))
	}
	if err := json.Unmarshal(r.Result, out); err != nil {
		return c.kill(ep, fmt.Errorf("malformed %s result", method))
	}
	return nil
}

// kill marks ep dead with err, recorded once.
func (c *Checker) kill(ep *endpoint, err error) error {
	msg := fmt.Sprintf("%s endpoint %s: %s", ep.chain, ep.redacted, err)
	if ep.dead.CompareAndSwap(nil, &msg) {
		c.note(ep, "dead", msg)
	}
	return errors.New(*ep.dead.Load())
}

// transportError drops the URL from an HTTP client error (it may hold an
// API key in its path) and keeps the cause.
func transportError(err error, ep *endpoint) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	msg := err.Error()
	if ep.pass != "" {
		msg = strings.ReplaceAll(msg, ep.pass, "xxxxx")
	}
	msg = strings.ReplaceAll(msg, ep.url, ep.redacted)
	return errors.New(clean(msg))
}

// clean keeps an endpoint's text printable and short: it is written to
// reports and terminals.
func clean(s string) string {
	const max = 160
	var b strings.Builder
	for _, r := range s {
		if b.Len() >= max {
			b.WriteString("…")
			break
		}
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\u202e' || r == '\u202d' || (r >= '\u2066' && r <= '\u2069') || r == '\ufffd' {
			b.WriteByte('?')
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
