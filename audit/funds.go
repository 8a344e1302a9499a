package audit

import (
	"context"
	"math"
	"sync"

	"github.com/walletaudit/walletaudit/audit/funds"
)

// Funds is the outcome of the opt-in balance check of a finding's secret
// (Options.Funds): the "funds" object of the JSON contract.
type Funds = funds.Result

// FundsConfig names the endpoints that balance checks ask (the user's own
// nodes) and bounds them; see package audit/funds. The zero value checks
// nothing and makes no network call.
type FundsConfig = funds.Config

// fundedScore is the least score of a secret that controls funds now:
// critical.
const fundedScore = 9.5

// fundsStage checks the secrets of the findings from in against the
// configured endpoints, a few at a time, and passes the findings on. It
// closes the returned channel when in is closed and every check ended;
// endpoint problems are recorded once each as skips.
func (s *Scanner) fundsStage(ctx context.Context, st *runState, chk *funds.Checker, in <-chan Finding) <-chan Finding {
	out := make(chan Finding, cap(in))
	n := s.opts.Funds.Concurrency
	if n <= 0 {
		n = 4
	}
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			for f := range in {
				if !f.Public && !f.Secret.IsZero() {
					if r := chk.Check(ctx, f.Kind, f.Scheme, f.Secret); r != nil {
						st.applyFunds(&f, r)
					}
				}
				out <- f // the consumer drains until close, even when stopped
			}
		})
	}
	go func() {
		wg.Wait()
		chk.Close()
		for _, e := range chk.Errors() {
			st.skip("funds:"+e.Chain+" "+e.Endpoint, "balance check: "+e.Error)
		}
		close(out)
	}()
	return out
}

// applyFunds attaches a check's result to f; a funded secret is raised to
// critical, with the attack path that says so first.
func (st *runState) applyFunds(f *Finding, r *Funds) {
	f.Funds = r
	if !r.Funded() {
		return
	}
	p := catalogue["funded-wallet"]
	f.AttackPaths = append([]AttackPath{{ID: p.ID, Title: p.Title, Attack: p.Attack, CWE: p.CWE, CCSS: p.CCSS}}, f.AttackPaths...)
	f.Remediation = p.Remediation + " " + f.Remediation
	old := f.Severity
	f.Score = math.Max(f.Score, fundedScore)
	f.Severity = severityForScore(f.Score)
	if old != f.Severity {
		st.mu.Lock()
		st.bySev[string(old)]--
		st.bySev[string(f.Severity)]++
		st.mu.Unlock()
	}
}
