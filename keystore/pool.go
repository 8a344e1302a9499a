package keystore

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"runtime"
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
	// workers and counted in the estimated time of each guess (see
	// TrialPool); 0 or less turns trials off (every store reports
	// StopOff).
	Budget time.Duration
	// Workers is the number of trials run at once; 0 means 2.
	Workers int
	// MaxMemory bounds the memory of the trials running at once; 0 means
	// 256 MiB. A store whose single guess needs more is not tried, but
	// for the passwords written beside it (PreferPasswords), which are
	// tried one at a time when one guess needs at most 1 GiB. A guess
	// that needs at most a sixteenth of MaxMemory (PBKDF2's, a light
	// scrypt's: 16 MiB of the default) is not counted and runs beside any
	// other, so the trials may go past the bound by that much a worker.
	MaxMemory int64
	// PublicKey, when set, tells whether a key a password opened (a
	// secp256k1 scalar, 32 bytes) was published, and where: a store that
	// holds one (Anvil's first key imported into a keystore) is then
	// reported as public (TrialResult.PublicSource). The key is cleared
	// after the call.
	PublicKey func(key []byte) (string, bool)
}

// TrialPool runs the password trials of a whole scan within one budget
// shared by every store submitted, on a few workers of its own, so that
// the caller never waits for a trial it did not ask the result of.
//
// The budget goes where it can pay: the next guess is always the one with
// the highest expected success per second of CPU, taking the candidates
// of a store as ever less likely down the list (the i-th at 1/(i+1)) and
// dividing by the estimated cost of one guess (the KDF's parameters on
// one core). A store with a cheap KDF is so tried on its whole list before
// a standard scrypt store gets past its first few candidates.
//
// The same stores get the same trials on every run: the guesses that
// count are handed out once the pool is sealed, when every store is known,
// in one order fixed by the stores and their lists, never by which store
// the scan met first or which guess ended first (two workers run guesses
// side by side, and a guess that a store opened before it would not have
// run in that order is not counted); the budget is counted in estimated,
// not measured, time. A report does not change with the machine's load,
// so a CI gate does not pass on one run and fail on the next. Only when
// the measured time of the guesses passes twice the budget (a machine far
// slower than the estimates) do the trials stop early, wherever they are.
//
// So that the trials still run beside the text scan, the workers guess
// ahead before the pool is sealed, in the order the stores known so far
// give, within the budget, and keep each result; once sealed, a guess
// whose result is kept costs no time. A guess made ahead that the final
// order does not reach is not counted (at most the budget's worth of such
// work is spent).
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
	budget    time.Duration
	memLimit  int64
	publicKey func([]byte) (string, bool)
	ctx       context.Context
	cancel    context.CancelFunc
	stopWake  func() bool
	wg        sync.WaitGroup

	mu       sync.Mutex
	cond     *sync.Cond
	queue    []*trialJob
	byKey    map[[32]byte]*trialJob     // by content and candidate list
	byInput  map[[32]byte]*trialJob     // by content, name and options: what the list is made of
	contents map[[32]byte]*trialContent // by content
	charged  time.Duration              // estimated time of the guesses handed out that count
	spent    time.Duration              // measured time of the guesses done
	running  int                        // guesses running that count
	seq      int                        // guesses handed out that count
	waiting  []run                      // guesses handed out that wait for memory, first first
	// Guesses made ahead, before the pool is sealed: their estimated and
	// measured time.
	aheadCharged time.Duration
	aheadSpent   time.Duration
	memUsed      int64
	closed       bool
	sealed       chan struct{} // closed by Seal or Close
	seal         sync.Once
}

// trialContent is what the trials learnt of one store content.
type trialContent struct {
	tried    map[string]bool // candidates handed out on it: failed or running
	opened   bool
	openedBy string // the candidate that opened it (never reported)
	openedAt int    // the place of that guess in the order guesses were handed out
	public   string // where the key the opened store holds was published ("" if not, or not known)
	running  int    // guesses of it running
	guesses  []guess
	jobs     []*trialJob
	// Guesses made ahead: the candidates handed out (running or done),
	// the results of those done, and whether one opened it.
	ahead       map[string]bool
	kept        map[string]keptGuess
	aheadOpened bool
	// awaiting holds the guesses handed out while the same guess was
	// being made ahead: they end when it does.
	awaiting map[string]run
}

// run is a guess handed out: j's candidate i, the seq-th guess.
type run struct {
	j      *trialJob
	i, seq int
}

// keptGuess is the result of a guess made ahead and the time it took.
type keptGuess struct {
	ok   bool
	took time.Duration
}

// guess is a guess handed out on a content: its place in the order of
// all guesses and its estimated time, charged to the budget until a guess
// handed out before it opens the content.
type guess struct {
	seq  int
	cost time.Duration
}

// trialJob is the trial of one store content with one candidate list.
type trialJob struct {
	pool    *TrialPool
	content *trialContent
	check   func([]byte) bool
	open    func([]byte) ([]byte, bool) // the store's open, when it gives its key
	list    []string
	key     [32]byte // byKey's key
	// order is the least path the job was submitted under: between
	// guesses of equal priority the job with the lower order goes first.
	order string
	cost  time.Duration // estimated time of one guess
	mem   int64
	next  int // index of the next candidate handed out
	ahead int // index of the next candidate to guess ahead
	// preferred counts the passwords written beside the store at the
	// head of list.
	preferred int
	running   int
	tried     int
	res       TrialResult
	finished  bool
	// byCopy is set when j was finished because an identical store
	// opened, by a candidate not in j's list.
	byCopy bool
	done   chan struct{}
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
	// would take on one core.
	UntriedSeconds float64
	// Shared is set when the result is that of an identical store with
	// the same candidates, submitted earlier in the scan.
	Shared bool
	// OpenedAt is the place (from 1) in this store's own list of the
	// candidate that opened it; 0 when none of its list did (a copy of
	// the store with other candidates may have).
	OpenedAt int
	// PublicSource says where the key the opened store holds was
	// published (TrialPoolOptions.PublicKey); "" when it was not, or
	// when it is not known.
	PublicSource string
}

// Trial is a submitted store's pending result.
type Trial struct {
	job    *trialJob
	shared bool
}

// NewTrialPool starts a pool; its workers stop when ctx is done or Close
// is called.
func NewTrialPool(ctx context.Context, opts TrialPoolOptions) *TrialPool {
	p := &TrialPool{budget: opts.Budget, memLimit: opts.MaxMemory, publicKey: opts.PublicKey, byKey: map[[32]byte]*trialJob{},
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
	p.seal.Do(func() {
		close(p.sealed)
		p.mu.Lock()
		p.cond.Broadcast() // workers guessing ahead turn to the guesses that count
		p.mu.Unlock()
	})
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
// its pending result, or nil when a is not to be tried (not encrypted, no
// known way to check a guess, or published with its password). path says where the store was found (a
// file's path, an archive member's, the path of the text that holds it):
// it orders the stores whose next guesses are equally likely. name and
// opts give the candidates as for Inspect (name is the store's file name,
// "" for a store within a text; opts.Budget and opts.Workers are the
// pool's business and are ignored; opts.MaxTrials still cuts the list).
func (p *TrialPool) Submit(a *Assessment, path, name string, opts Options) *Trial {
	if a == nil || !a.Encrypted || a.check == nil || a.Published != "" {
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
		j.order = min(j.order, path)
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
		j.order = min(j.order, path)
		p.byInput[inputKey] = j
		return &Trial{job: j, shared: true}
	}
	content := p.contents[contentKey]
	if content == nil {
		content = &trialContent{tried: map[string]bool{}, ahead: map[string]bool{}, kept: map[string]keptGuess{}, awaiting: map[string]run{}}
		p.contents[contentKey] = content
	}
	j := &trialJob{pool: p, content: content, check: a.check, open: a.open, list: list, key: key, order: path, mem: p.counted(a.trialMemory), done: make(chan struct{}),
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
	if r.Weak && !j.byCopy {
		r.OpenedAt = r.Tried
	}
	if j.content.opened && !r.Weak {
		r.Weak, r.Stop, r.Untried, r.UntriedSeconds = true, StopOpened, 0, 0
	}
	if r.Weak {
		r.PublicSource = j.content.public
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

// counted is the memory of one guess as the pool's bound counts it:
// none for a guess that needs at most a smallShare-th of the bound.
func (p *TrialPool) counted(m int64) int64 {
	if m <= p.memLimit/smallShare {
		return 0
	}
	return m
}

// fits reports whether a guess needing mem (as counted counts it)
// can start beside those running: within the pool's bound, or alone when
// it needs more; p.mu is held.
func (p *TrialPool) fits(mem int64) bool {
	return mem == 0 || p.memUsed+mem <= max(p.memLimit, mem)
}

// smallShare: a guess that needs at most a smallShare-th of
// TrialPoolOptions.MaxMemory is not counted against it (so each worker
// may go past the bound by that much).
const smallShare = 16

// large reports a store whose one guess needs more than the pool's
// memory limit but at most preferredMemory, with passwords written beside
// it: only those are tried, each alone.
func (j *trialJob) large() bool {
	return j.mem > j.pool.memLimit && j.preferred > 0 && j.mem <= preferredMemory
}

// exhausted reports whether j has no candidate to try from its n-th on:
// its list ends there, or, for a large store, its passwords written
// beside it do.
func (j *trialJob) exhausted(n int) bool {
	return n >= len(j.list) || j.large() && n >= j.preferred
}

// priority is the expected success per second of j's guess at its
// candidate n.
func (j *trialJob) priority(n int) float64 {
	w := float64(preferredWeight)
	if n >= j.preferred {
		w = 1 / float64(n-j.preferred+1)
	}
	return w / j.cost.Seconds()
}

// before reports whether j's guess at its candidate n comes before o's at
// m: the higher priority, and between equal ones the store with the lower
// path (a scan walks a tree in the order of its paths, so the stores met
// first go first and the guesses made ahead on them are seldom wasted),
// then the lower key; the order never depends on when a store was
// submitted.
func (j *trialJob) before(n int, o *trialJob, m int) bool {
	pj, po := j.priority(n), o.priority(m)
	if pj != po {
		return pj > po
	}
	if j.order != o.order {
		return j.order < o.order
	}
	return bytes.Compare(j.key[:], o.key[:]) < 0
}

// pickAhead hands out a guess to make before the pool is sealed: the next
// one the stores known so far give, within the budget, among those that
// fit in memory; nil when there is none. p.mu is held.
func (p *TrialPool) pickAhead() (*trialJob, int) {
	if p.aheadSpent > overrun*p.budget {
		return nil, 0
	}
	var best *trialJob
	for _, j := range p.queue {
		c := j.content
		if j.finished || c.aheadOpened || !p.fits(j.mem) {
			continue
		}
		for j.ahead < len(j.list) && c.ahead[j.list[j.ahead]] {
			j.ahead++
		}
		if j.exhausted(j.ahead) {
			continue
		}
		if best == nil || j.before(j.ahead, best, best.ahead) {
			best = j
		}
	}
	if best == nil || p.aheadCharged+best.cost > p.budget {
		return nil, 0
	}
	i := best.ahead
	best.ahead++
	best.content.ahead[best.list[i]] = true
	p.aheadCharged += best.cost
	p.memUsed += best.mem
	return best, i
}

// overrun is how many times the budget the measured time of the guesses
// may reach before the trials stop wherever they are.
const overrun = 2

// pick hands out the next guess to run, in the one order the stores and
// their lists fix, and finishes the jobs that are done; false when none
// can run now (for memory, or because the guesses running may open a
// store and give back budget) or there is none. p.mu is held.
//
// The guesses running are taken to fail: a guess that opens a store ends
// its content's jobs, and the guesses of that content handed out after it
// (which would not have run had it ended first) are given back to the
// budget and not counted, so that what is tried is what one worker,
// knowing each result before the next guess, would have tried. A guess
// that must wait for memory is handed out all the same, in its place,
// and runs once memory frees; the guesses after it run meanwhile.
func (p *TrialPool) pick() (run, bool) {
	over := p.spent > overrun*p.budget
	if r, ok := p.startWaiting(over); ok {
		return r, true
	}
	for {
		var best *trialJob
		q := p.queue[:0]
		for _, j := range p.queue {
			if j.finished {
				continue
			}
			c := j.content
			if c.opened {
				// Once no guess of the content runs, its opener is
				// final: a store is opened by its own candidate when
				// that is in its list, else by a copy's.
				if c.running > 0 {
					q = append(q, j)
				} else if i := slices.Index(j.list, c.openedBy); i >= 0 {
					p.opened(j, i)
				} else {
					j.byCopy = true
					p.finish(j, StopOpened)
				}
				continue
			}
			// Candidates handed out on an identical store count as
			// tried: they failed there, or will have when it opens.
			for j.next < len(j.list) && c.tried[j.list[j.next]] {
				j.next++
				j.tried++
			}
			if j.exhausted(j.next) || over {
				if j.running > 0 {
					q = append(q, j)
					continue
				}
				switch {
				case over:
					p.finish(j, StopBudget)
				case j.next < len(j.list):
					p.finish(j, StopLarge)
				default:
					p.finish(j, StopListDone)
				}
				continue
			}
			q = append(q, j)
			if best == nil || j.before(j.next, best, best.next) {
				best = j
			}
		}
		clear(p.queue[len(q):])
		p.queue = q
		if best == nil {
			return run{}, false
		}
		if p.charged+best.cost > p.budget {
			if p.running > 0 {
				return run{}, false // a guess running may open a store and give back budget
			}
			p.finish(best, StopBudget)
			continue
		}
		c := best.content
		pw := best.list[best.next]
		r := run{j: best, i: best.next}
		r.seq = p.hand(best)
		if kept, ok := c.kept[pw]; ok {
			// Guessed ahead: counted now, at no cost in time.
			p.done(best, r.seq, pw, kept.ok, kept.took)
			continue
		}
		if c.ahead[pw] {
			c.awaiting[pw] = r // being guessed ahead: ends with it
			continue
		}
		if !p.fits(best.mem) {
			// A large store's guess (j.mem over the limit) runs alone
			// but for guesses whose memory is not counted.
			p.waiting = append(p.waiting, r)
			continue
		}
		p.memUsed += best.mem
		return r, true
	}
}

// startWaiting returns a guess that waited for memory and now fits,
// first handed out first; one whose content another guess opened since
// (and that would not have run) ends without running, as do all once
// the measured time passed overrun times the budget. p.mu is held.
func (p *TrialPool) startWaiting(over bool) (run, bool) {
	for k := 0; k < len(p.waiting); k++ {
		r := p.waiting[k]
		c := r.j.content
		switch {
		case over || c.opened && r.seq > c.openedAt:
			p.waiting = slices.Delete(p.waiting, k, k+1)
			k--
			p.release(r.j) // ended without running: not counted as tried
		case p.fits(r.j.mem):
			p.waiting = slices.Delete(p.waiting, k, k+1)
			p.memUsed += r.j.mem
			return r, true
		}
	}
	return run{}, false
}

// release counts a guess of j handed out as no longer running; p.mu is
// held.
func (p *TrialPool) release(j *trialJob) {
	j.running--
	j.content.running--
	p.running--
}

// hand hands out j's next guess as one that counts and returns its place
// in the order; p.mu is held.
func (p *TrialPool) hand(j *trialJob) int {
	c := j.content
	c.tried[j.list[j.next]] = true
	j.next++
	j.running++
	c.running++
	p.running++
	p.seq++
	c.guesses = append(c.guesses, guess{seq: p.seq, cost: j.cost})
	p.charged += j.cost
	return p.seq
}

// done records the result of j's guess at pw, handed out as the seq-th
// guess, which took took; p.mu is held.
func (p *TrialPool) done(j *trialJob, seq int, pw string, ok bool, took time.Duration) {
	c := j.content
	p.release(j)
	p.spent += took
	if !j.finished {
		j.tried++
	}
	if ok && (!c.opened || seq < c.openedAt) {
		c.opened, c.openedBy, c.openedAt = true, pw, seq
		// The guesses of this content handed out after the one that
		// opened it are given back.
		g := c.guesses[:0]
		for _, x := range c.guesses {
			if x.seq > seq {
				p.charged -= x.cost
			} else {
				g = append(g, x)
			}
		}
		c.guesses = g
	}
}

// collectAfter is the memory of a guess after which its worker collects
// the garbage before handing the memory back (see work).
const collectAfter = 64 << 20

// work runs guesses: ahead until the pool is sealed, then those that
// count.
func (p *TrialPool) work() {
	for {
		p.mu.Lock()
		var r run
		var ahead bool
		for {
			if p.ctx.Err() != nil {
				p.mu.Unlock()
				return
			}
			var ok bool
			select {
			case <-p.sealed:
				r, ok = p.pick()
				ahead = false
			default:
				r.j, r.i = p.pickAhead()
				ok, ahead = r.j != nil, true
			}
			if ok {
				break
			}
			p.cond.Wait()
		}
		p.mu.Unlock()

		j := r.j
		t0 := time.Now()
		pw := j.list[r.i]
		ok, public := p.check(j, pw)
		took := time.Since(t0)
		if j.mem >= collectAfter {
			// The guess's buffer (256 MiB for a standard scrypt) is garbage
			// now; collected before the next guess takes its memory, it is
			// reused instead of doubling the heap the collector allows.
			runtime.GC()
		}

		p.mu.Lock()
		p.memUsed -= j.mem
		if ok && public != "" {
			j.content.public = public
		}
		if ahead {
			c := j.content
			p.aheadSpent += took
			c.kept[pw] = keptGuess{ok, took}
			c.aheadOpened = c.aheadOpened || ok
			if w, found := c.awaiting[pw]; found {
				delete(c.awaiting, pw)
				p.done(w.j, w.seq, pw, ok, took)
			}
		} else {
			p.done(j, r.seq, pw, ok, took)
		}
		p.cond.Broadcast()
		p.mu.Unlock()
	}
}

// check runs one guess; a panic in a format's check (never expected) is
// a failed guess, not a crash. When the guess opens a store whose format
// gives its key, public says where that key was published, if it was.
func (p *TrialPool) check(j *trialJob, pw string) (ok bool, public string) {
	defer func() {
		if recover() != nil {
			ok, public = false, ""
		}
	}()
	if j.open == nil || p.publicKey == nil {
		return j.check([]byte(pw)), ""
	}
	key, ok := j.open([]byte(pw))
	if ok && key != nil {
		public, _ = p.publicKey(key)
		clear(key)
	}
	return ok, public
}

// ApplyTrial records the outcome of a pool's trials in a: the counts, the
// reason they stopped, a note when they stopped short, and the rating.
func (a *Assessment) ApplyTrial(r TrialResult) {
	a.Tried, a.Untried, a.TrialStop = r.Tried, r.Untried, r.Stop
	a.UntriedSeconds = r.UntriedSeconds
	a.WeakPassword = a.WeakPassword || r.Weak
	if r.PublicSource != "" {
		a.OpenedPublic = r.PublicSource
		a.Notes = append(a.Notes, "the key it holds is published ("+r.PublicSource+")")
	}
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
