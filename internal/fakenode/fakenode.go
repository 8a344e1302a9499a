// Package fakenode is a stand-in Bitcoin Core JSON-RPC endpoint for tests
// of the opt-in balance check: it answers getblockchaininfo and
// scantxoutset "start" on a loopback server, so no test reaches a real
// node. (audit/funds tests the protocol itself against a stricter one.)
package fakenode

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

// Bitcoin describes the node.
type Bitcoin struct {
	// User and Pass, when User is set, are the credentials every request
	// must carry (HTTP basic authentication); others get 401.
	User, Pass string
	// Funded maps an address to the amount in BTC ("0.50000000") of the
	// one unspent output a scan of addr(address) finds; other scans find
	// nothing.
	Funded map[string]string
}

// Server is a running fake node.
type Server struct {
	*httptest.Server
	mu     sync.Mutex
	bodies strings.Builder
}

// Start starts the node; Close it when done.
func (b Bitcoin) Start() *Server {
	s := &Server{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		s.mu.Lock()
		s.bodies.Write(body)
		s.mu.Unlock()
		if u, p, _ := r.BasicAuth(); b.User != "" && (u != b.User || p != b.Pass) {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		if strings.Contains(string(body), "getblockchaininfo") {
			io.WriteString(w, `{"result":{"chain":"main"},"error":null,"id":1}`)
			return
		}
		total, unspents := "0.00000000", "[]"
		for addr, amount := range b.Funded {
			if strings.Contains(string(body), "addr("+addr+")") {
				total = amount
				unspents = `[{"txid":"` + strings.Repeat("cd", 32) + `","vout":0,"scriptPubKey":"0014","desc":"addr(` + addr + `)#xxxxxxxx","amount":` + amount + `,"coinbase":false,"height":800000}]`
			}
		}
		fmt.Fprintf(w, `{"result":{"success":true,"txouts":100,"height":800001,"bestblock":"00","unspents":%s,"total_amount":%s},"error":null,"id":1}`, unspents, total)
	}))
	return s
}

// Bodies returns every request body received so far, concatenated.
func (s *Server) Bodies() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.bodies.String()
}
