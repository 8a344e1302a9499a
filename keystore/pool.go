package keystore

import (
	"context"
	"crypto/sha256"
	"fmt"
	"slices"
	"sync"
	"time"
)

// TrialStop says why the trials of a store stopped: the values of
// Assessment.TrialStop and of TrialResult.Stop.
type TrialStop string

// The reasons trials stop.
const (
	StopOpened    TrialStop = "opened"           // a password from the list opened the store
	StopListDone  TrialStop = "list-done"        // every candidate was tried
	StopBudget    TrialStop = "scan-budget"      // the scan's trial budget ran out first
	StopCostly    TrialStop = "guess-too-costly" // one guess costs more than the whole budget
	StopLarge     TrialStop = "guess-too-large"  // one guess needs more memory than allowed
	StopCancelled TrialStop = "cancelled"        // the scan was cancelled
	StopOff       TrialStop = "off"              // trials are turned off
	StopFileLimit TrialStop = "file-budget"      // the per-file budget of Options.Budget ran out
)

// TrialPoolOptions configure a TrialPool.
type TrialPoolOptions struct {
	// Budget is the trial time of the whole scan, summed over the
	// workers; 0 or less turns trials off (every store reports StopOff).
	Budget time.Duration
	// Workers is the number of trials run at once; 0 means 2.
	Workers int
	// MaxMemory bounds the memory of the trials running at once; 0 means
	// 256 MiB. A store whose single guess needs more is not tried, but
	// for the passwords written beside it (PreferPasswords), which are
	// tried alone when one guess needs at most 1 GiB.
	MaxMemory int64
}

// TrialPool runs the password trials of a whole scan within one budget
// shared by every store submitted, on a few workers of its own, so that
// the caller never waits for a trial it did not ask the result of.
//
// The budget goes where it can pay: the next guess is always the one with
// the highest expected success per second of CPU, taking the candidates
// of a store as ever less likely down the list (the i-th at 1/(i+1)) and
// dividing by the measured cost of one guess. A store with a cheap KDF is
// so tried on its whole list before a standard scrypt store gets past its
// first few candidates.
//
// Stores with the same content share what was learnt of it: a candidate
// that failed on one is not tried on the others (it counts as tried for
// each), and once one opens, all of them are open. Each store still gets
// its own candidates (its name and hints) and runs its own list, and its
// result waits until no more stores can come (Seal) and every store of
// its content is done: a store's result does not depend on which copy
// the scan met first (only, as for any store, on how far the budget
// went).
//
// Passwords written beside a store (PreferPasswords) come first: each is
// taken to be preferredWeight times as likely as the first common
// password, since someone wrote it under a password's name next to the
// store.
//
// A TrialPool is safe for concurrent use. Close it when the scan ends.
type TrialPool struct {
	budget   time.Duration
	memLimit int64
	ctx      context.Context
	cancel   context.CancelFunc
	stopWake func() bool
	wg       sync.WaitGroup

	mu       sync.Mutex
	cond     *sync.Cond
	queue    []*trialJob
	byKey    map[[32]byte]*trialJob     // by content and candidate list
	byInput  map[[32]byte]*trialJob     // by content, name and options: what the list is made of
	contents map[[32]byte]*trialContent // by content
	spent    time.Duration              // measured time of the guesses done
	reserved time.Duration              // estimated time of the guesses running
	memUsed  int64
	closed   bool
	sealed   chan struct{} // closed by Seal or Close
	seal     sync.Once
}

// trialContent is what the trials learnt of one store content.
type trialContent struct {
	failed   map[string]bool // candidates that did not open it
	opened   bool
	openedBy string // the candidate that opened it (never reported)
	jobs     []*trialJob
}

// trialJob is the trial of one store content with one candidate list.
type trialJob struct {
	pool    *TrialPool
	content *trialContent
	check   func([]byte) bool
	list    []string
	cost    time.Duration // per guess: the estimate, then the measured mean
	mem     int64
	next    int // index of the next candidate handed out
	// preferred counts the passwords written beside the store at the
	// head of list.
	preferred int
	inflight  int
	tried     int
	took      time.Duration
	res       TrialResult
	finished  bool
	done      chan struct{}
}

// TrialResult is the outcome of the trials of one store.
type TrialResult struct {
	// Tried and Untried count the candidates tried and left out. When a
	// candidate opened the store, Tried is its place in the list (the
	// guesses running beside it when it did are not counted).
	Tried, Untried int
	// Weak is set when a candidate opened the store (which one is never
	// kept).
	Weak bool
	// Stop says why the trials ended (Stop* constants).
	Stop TrialStop
	// UntriedSeconds is the estimated CPU time the untried candidates
	// would have taken here.
	UntriedSeconds float64
	// Shared is set when the result is that of an identical store with
	// the same candidates, submitted earlier in the scan.
	Shared bool
	// OpenedAt is the place (from 1) in this store's own list of the
	// candidate that opened it; 0 when none of its list did (a copy of
	// the store with other candidates may have).
	OpenedAt int
}

// Trial is a submitted store's pending result.
type Trial struct {
	job    *trialJob
	shared bool
}

// NewTrialPool starts a pool; its workers stop when ctx is done or Close
// is called.
func NewTrialPool(ctx context.Context, opts TrialPoolOptions) *TrialPool {
	p := &TrialPool{budget: opts.Budget, memLimit: opts.MaxMemory, byKey: map[[32]byte]*trialJob{},
		byInput: map[[32]byte]*trialJob{}, contents: map[[32]byte]*trialContent{}, sealed: make(chan struct{})}
	if p.memLimit <= 0 {
		p.memLimit = 256 << 20
	}
	p.cond = sync.NewCond(&p.mu)
	p.ctx, p.cancel = context.WithCancel(ctx)
	p.stopWake = context.AfterFunc(p.ctx, func() {
		p.mu.Lock()
		for _, j := range p.queue {
			p.finish(j, StopCancelled)
		}
		p.queue = nil
		p.cond.Broadcast()
		p.mu.Unlock()
	})
	workers := opts.Workers
	if workers <= 0 {
		workers = 2
	}
	if p.budget > 0 {
		for range workers {
			p.wg.Go(p.work)
		}
	}
	return p
}

// Off reports whether the pool tries nothing (its budget is zero): a
// store submitted to it ends at once with StopOff, so a detector need
// not gather passwords for it.
func (p *TrialPool) Off() bool { return p.budget <= 0 }

// Seal says no more stores will be submitted: results can be given out.
// A scan seals its pool when its last file was read.
func (p *TrialPool) Seal() {
	p.seal.Do(func() { close(p.sealed) })
}

// Close seals the pool and stops the workers; stores not finished report
// StopCancelled.
func (p *TrialPool) Close() {
	p.Seal()
	p.mu.Lock()
	p.closed = true
	p.mu.Unlock()
	p.cancel()
	p.wg.Wait()
	p.stopWake()
	p.mu.Lock()
	for _, j := range p.queue {
		p.finish(j, StopCancelled)
	}
	p.queue = nil
	p.mu.Unlock()
}

// Submit queues the trials of a (parsed with Options.NoTrials) and returns
// its pending result, or nil when a can not be tried (not encrypted, or no
// known way to check a guess). name and opts give the candidates as for
// Inspect (opts.Budget and opts.Workers are the pool's business and are
// ignored; opts.MaxTrials still cuts the list).
func (p *TrialPool) Submit(a *Assessment, name string, opts Options) *Trial {
	if a == nil || !a.Encrypted || a.check == nil {
		return nil
	}
	contentKey := sha256.Sum256(append([]byte(string(a.Format)+"\x00"), a.material...))
	// A store's candidate list is made of the hints and address it holds,
	// its name and the options: a copy of one submitted before with all of
	// these the same shares that one's job without its list being made
	// again (thousands of copies of one key in a file).
	inputKey := trialInputKey(contentKey, a, name, opts)
	p.mu.Lock()
	if j, ok := p.byInput[inputKey]; ok {
		p.mu.Unlock()
		return &Trial{job: j, shared: true}
	}
	p.mu.Unlock()
	list := trialList(a, name, opts)
	if opts.MaxTrials > 0 && len(list) > opts.MaxTrials {
		list = list[:opts.MaxTrials]
	}
	h := sha256.New()
	h.Write(contentKey[:])
	for _, c := range list {
		h.Write([]byte(c))
		h.Write([]byte{0})
	}
	var key [32]byte
	h.Sum(key[:0])
	p.mu.Lock()
	defer p.mu.Unlock()
	if j, ok := p.byKey[key]; ok {
		p.byInput[inputKey] = j
		return &Trial{job: j, shared: true}
	}
	content := p.contents[contentKey]
	if content == nil {
		content = &trialContent{failed: map[string]bool{}}
		p.contents[contentKey] = content
	}
	j := &trialJob{pool: p, content: content, check: a.check, list: list, mem: a.trialMemory, done: make(chan struct{}),
		cost:      max(time.Duration(a.trialSeconds*float64(time.Second)), time.Microsecond),
		preferred: min(len(a.preferred), len(list))}
	p.byKey[key] = j
	p.byInput[inputKey] = j
	content.jobs = append(content.jobs, j)
	switch {
	case p.budget <= 0:
		p.finish(j, StopOff)
	case p.closed || p.ctx.Err() != nil:
		p.finish(j, StopCancelled)
	case j.mem > p.memLimit && !j.large():
		p.finish(j, StopLarge)
	case j.cost > p.budget:
		p.finish(j, StopCostly)
	case len(list) == 0:
		p.finish(j, StopListDone)
	default:
		p.queue = append(p.queue, j)
		p.cond.Broadcast()
	}
	return &Trial{job: j}
}

// trialInputKey hashes the store's content and all trialList makes its
// candidates of: the hints and address of a, the name, and the options
// that add to or cut the list.
func trialInputKey(contentKey [32]byte, a *Assessment, name string, opts Options) [32]byte {
	h := sha256.New()
	h.Write(contentKey[:])
	fmt.Fprintf(h, "%q %q %t %d %d %d %d", name, a.Address, opts.NoBuiltin, opts.MaxTrials, len(a.preferred), len(a.hints), len(opts.Passwords))
	for _, p := range slices.Concat(a.preferred, a.hints, opts.Passwords) {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	var key [32]byte
	h.Sum(key[:0])
	return key
}

// Wait returns the result once the pool is sealed (Seal or Close) and the
// trials of every store with the same content ended, or false when ctx
// ends first. A store another copy of which was opened is reported
// opened.
func (t *Trial) Wait(ctx context.Context) (TrialResult, bool) {
	j := t.job
	select {
	case <-j.pool.sealed:
	case <-ctx.Done():
		return TrialResult{Stop: StopCancelled}, false
	}
	// Sealed: the content's list of jobs no longer grows.
	j.pool.mu.Lock()
	jobs := j.content.jobs
	j.pool.mu.Unlock()
	for _, o := range jobs {
		select {
		case <-o.done:
		case <-ctx.Done():
			return TrialResult{Stop: StopCancelled}, false
		}
	}
	j.pool.mu.Lock()
	defer j.pool.mu.Unlock()
	r := j.res
	r.Shared = t.shared
	if r.Weak {
		r.OpenedAt = r.Tried
	}
	if j.content.opened && !r.Weak {
		r.Weak, r.Stop, r.Untried, r.UntriedSeconds = true, StopOpened, 0, 0
	}
	return r, true
}

// finish records j's result; p.mu is held.
func (p *TrialPool) finish(j *trialJob, stop TrialStop) {
	if j.finished {
		return
	}
	j.finished = true
	untried := len(j.list) - j.tried
	if stop == StopOpened {
		untried = 0
	}
	j.res = TrialResult{Tried: j.tried, Untried: untried, Weak: stop == StopOpened, Stop: stop,
		UntriedSeconds: float64(untried) * j.cost.Seconds()}
	close(j.done)
}

// opened finishes j, opened by its candidate i: the candidates tried are
// those of the list up to i, whatever order concurrent guesses ended in;
// p.mu is held.
func (p *TrialPool) opened(j *trialJob, i int) {
	j.tried = i + 1
	p.finish(j, StopOpened)
}

// Passwords written beside a store: how much likelier each is taken to
// be than the first common password, and the memory one guess at them
// may take (a standard go-ethereum keystore, scrypt N = 2^18 and r = 8,
// needs 256 MiB and 1 KiB).
const (
	preferredWeight = 100
	preferredMemory = 1 << 30
)

// large reports a store whose one guess needs more than the pool's
// memory limit but at most preferredMemory, with passwords written beside
// it: only those are tried, each alone.
func (j *trialJob) large() bool {
	return j.mem > j.pool.memLimit && j.preferred > 0 && j.mem <= preferredMemory
}

// priority is the expected success per second of j's next guess.
func (j *trialJob) priority() float64 {
	w := float64(preferredWeight)
	if j.next >= j.preferred {
		w = 1 / float64(j.next-j.preferred+1)
	}
	return w / j.cost.Seconds()
}

// pick returns the queued job whose next guess pays best and fits the
// budget and the memory now, finishing the jobs that can no longer fit;
// p.mu is held.
func (p *TrialPool) pick() *trialJob {
	var best *trialJob
	q := p.queue[:0]
	for _, j := range p.queue {
		if j.finished {
			continue
		}
		// Candidates that failed on an identical store are tried
		// already; the one that opened it opens this one.
		for j.next < len(j.list) {
			c := j.list[j.next]
			if j.content.opened && c == j.content.openedBy {
				p.opened(j, j.next)
				break
			}
			if !j.content.failed[c] {
				break
			}
			j.next++
			j.tried++
		}
		if j.finished {
			continue
		}
		if j.next >= len(j.list) || j.large() && j.next >= j.preferred {
			if j.inflight == 0 {
				stop := StopListDone
				if j.next < len(j.list) {
					stop = StopLarge
				}
				p.finish(j, stop)
				continue
			}
			q = append(q, j)
			continue
		}
		if p.spent+j.cost > p.budget {
			if j.inflight == 0 {
				p.finish(j, StopBudget)
				continue
			}
			q = append(q, j)
			continue
		}
		q = append(q, j)
		// A large store's guess (j.mem over the limit) runs alone.
		if p.spent+p.reserved+j.cost > p.budget || p.memUsed+j.mem > max(p.memLimit, j.mem) {
			continue // not now; maybe when the running guesses end
		}
		if best == nil || j.priority() > best.priority() {
			best = j
		}
	}
	clear(p.queue[len(q):])
	p.queue = q
	return best
}

func (p *TrialPool) work() {
	for {
		p.mu.Lock()
		var j *trialJob
		for {
			if p.ctx.Err() != nil {
				p.mu.Unlock()
				return
			}
			if j = p.pick(); j != nil {
				break
			}
			p.cond.Wait()
		}
		i, cost := j.next, j.cost
		j.next++
		j.inflight++
		p.reserved += cost
		p.memUsed += j.mem
		p.mu.Unlock()

		t0 := time.Now()
		pw := j.list[i]
		ok := p.check(j, pw)
		took := time.Since(t0)

		p.mu.Lock()
		j.inflight--
		p.reserved -= cost
		p.memUsed -= j.mem
		p.spent += took
		if !j.finished {
			j.tried++
			j.took += took
			j.cost = max(j.took/time.Duration(j.tried), time.Microsecond)
			if ok {
				p.opened(j, i)
			}
		}
		if ok {
			j.content.opened, j.content.openedBy = true, pw
		} else {
			j.content.failed[pw] = true
		}
		p.cond.Broadcast()
		p.mu.Unlock()
	}
}

// check runs one guess; a panic in a format's check (never expected) is
// a failed guess, not a crash.
func (p *TrialPool) check(j *trialJob, pw string) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return j.check([]byte(pw))
}

// ApplyTrial records the outcome of a pool's trials in a: the counts, the
// reason they stopped, a note when they stopped short, and the rating.
func (a *Assessment) ApplyTrial(r TrialResult) {
	a.Tried, a.Untried, a.TrialStop = r.Tried, r.Untried, r.Stop
	a.UntriedSeconds = r.UntriedSeconds
	a.WeakPassword = a.WeakPassword || r.Weak
	if r.OpenedAt > 0 && r.OpenedAt <= len(a.preferred) {
		a.PasswordBeside = true
		a.Notes = append(a.Notes, "opened by a password written beside it")
	}
	switch r.Stop {
	case StopBudget, StopCancelled:
		a.Notes = append(a.Notes, fmt.Sprintf("password trials stopped (%s) after %d of %d candidates", r.Stop, r.Tried, r.Tried+r.Untried))
	case StopCostly:
		a.Notes = append(a.Notes, "password trials skipped: one guess costs more than the scan's trial budget")
	case StopLarge:
		if r.Tried > 0 {
			a.Notes = append(a.Notes, "only the passwords written beside it were tried: one guess needs more memory than allowed")
		} else {
			a.Notes = append(a.Notes, "password trials skipped: one guess needs more memory than allowed")
		}
	}
	a.Rating = rating(a)
}

type poolKey struct{}

// WithTrialPool returns a context that carries p to the detectors of a
// scan; see TrialPoolFrom.
func WithTrialPool(ctx context.Context, p *TrialPool) context.Context {
	return context.WithValue(ctx, poolKey{}, p)
}

// TrialPoolFrom returns the pool a scan put in ctx, or nil.
func TrialPoolFrom(ctx context.Context) *TrialPool {
	p, _ := ctx.Value(poolKey{}).(*TrialPool)
	return p
}
