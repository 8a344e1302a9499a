package keystore

import (
	"context"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// commonPasswords is the built-in trial list: the passwords attackers try
// first. Sources: the top of public leaked-password frequency lists
// (RockYou, NordPass "most common passwords" 2019–2024, SecLists
// 10-million-password-list-top-100) and wallet-specific defaults and
// habits (LND's "hello", aezeed's default passphrase, coin names). Most
// likely first: a store whose KDF is expensive is only tried on a prefix.
var commonPasswords = [...]string{
	"", "password", "123456", "12345678", "123456789", "qwerty", "1234567890", "12345", "1234",
	"111111", "abc123", "password1", "Password1", "test", "testtest", "test123", "admin", "letmein",
	"changeme", "welcome", "iloveyou", "monkey", "dragon", "master", "secret", "passw0rd", "p@ssw0rd",
	"Password123", "qwerty123", "000000", "123123", "654321", "1q2w3e4r", "zaq12wsx", "trustno1",
	"hello", "hello123", "default", "pass", "pass123", "mypassword", "wallet", "bitcoin", "ethereum",
	"crypto", "metamask", "satoshi", "hodl", "moon", "ledger", "aezeed", "keystore",
}

// CommonPasswords returns the built-in list of passwords tried first, most
// likely first. The result is a copy.
func CommonPasswords() []string {
	c := commonPasswords
	return c[:]
}

// trialList builds the candidates: built-in, then hints from the file
// (its name without extension, a stored wallet label, the address), then
// the caller's. Duplicates are dropped.
func trialList(a *Assessment, name string, opts Options) []string {
	seen := map[string]bool{}
	var out []string
	add := func(p string) {
		if !seen[p] && len(p) <= 1024 {
			seen[p] = true
			out = append(out, p)
		}
	}
	if !opts.NoBuiltin {
		for _, p := range commonPasswords {
			add(p)
		}
	}
	if b := baseName(name); b != "" {
		if i := strings.LastIndexByte(b, '.'); i > 0 {
			b = b[:i]
		}
		if len(b) <= 64 {
			add(b)
		}
	}
	for _, h := range a.hints {
		add(h)
	}
	if a.Address != "" {
		add(a.Address)
		add(strings.ToLower(a.Address))
	}
	for _, p := range opts.Passwords {
		add(p)
	}
	return out
}

// tryPasswords runs a.check over list, concurrently, within the budget,
// the count limit and ctx. It records only whether one worked.
func tryPasswords(ctx context.Context, a *Assessment, list []string, opts Options) {
	if opts.MaxTrials > 0 && len(list) > opts.MaxTrials {
		a.Untried += len(list) - opts.MaxTrials
		list = list[:opts.MaxTrials]
	}
	budget := opts.Budget
	if budget <= 0 {
		budget = 2 * time.Second
	}
	memLimit := opts.MaxTrialMemory
	if memLimit <= 0 {
		memLimit = 256 << 20
	}
	switch {
	case a.trialMemory > memLimit:
		a.Untried += len(list)
		a.TrialStop = StopLarge
		a.Notes = append(a.Notes, "password trials skipped: one guess needs more memory than allowed")
		return
	case a.trialSeconds > budget.Seconds():
		a.Untried += len(list)
		a.TrialStop = StopCostly
		a.Notes = append(a.Notes, "password trials skipped: one guess costs more than the time budget")
		return
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = min(runtime.GOMAXPROCS(0), 4)
	}
	if a.trialMemory > 0 {
		workers = int(min(int64(workers), max(memLimit/a.trialMemory, 1)))
	}
	workers = max(min(workers, len(list)), 1)

	ctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	var (
		next  atomic.Int64
		tried atomic.Int64
		found atomic.Bool
		wg    sync.WaitGroup
	)
	for range workers {
		wg.Go(func() {
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= len(list) {
					return
				}
				tried.Add(1)
				if a.check([]byte(list[i])) {
					found.Store(true)
					cancel()
					return
				}
			}
		})
	}
	wg.Wait()
	a.Tried += int(tried.Load())
	a.WeakPassword = found.Load()
	if !a.WeakPassword {
		a.Untried += len(list) - int(tried.Load())
	}
	a.UntriedSeconds = float64(a.Untried) * a.trialSeconds
	switch {
	case a.WeakPassword:
		a.TrialStop = StopOpened
	case ctx.Err() != nil && a.Untried > 0:
		a.TrialStop = StopFileLimit
	default:
		a.TrialStop = StopListDone
	}
	if a.Untried > 0 && !a.WeakPassword {
		a.Notes = append(a.Notes, "password trials stopped by the budget before the end of the list")
	}
}
