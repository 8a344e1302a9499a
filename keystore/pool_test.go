package keystore

import (
	"context"
	"math/rand/v2"
	"runtime/metrics"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func parsed(t *testing.T, data []byte) *Assessment {
	t.Helper()
	a, err := Inspect(context.Background(), "", data, Options{NoTrials: true})
	require.NoError(t, err)
	return a
}

func TestTrialPool(t *testing.T) {
	g := newGen(41)
	weakV3 := g.v3("letmein", "scrypt", 1024, 8, 1, 0, false)
	strongV3 := g.v3("correct horse battery staple 77", "pbkdf2", 0, 0, 0, 2000, false)
	tests := []struct {
		name string
		pool TrialPoolOptions
		data []byte
		want TrialResult
	}{
		{"weak opened", TrialPoolOptions{Budget: time.Minute}, weakV3, TrialResult{Weak: true, Stop: StopOpened}},
		{"strong whole list", TrialPoolOptions{Budget: time.Minute}, strongV3, TrialResult{Stop: StopListDone}},
		{"off", TrialPoolOptions{}, weakV3, TrialResult{Stop: StopOff}},
		{"too large", TrialPoolOptions{Budget: time.Minute, MaxMemory: 1 << 20}, weakV3, TrialResult{Stop: StopLarge}},
		{"too costly", TrialPoolOptions{Budget: time.Nanosecond}, strongV3, TrialResult{Stop: StopCostly}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := NewTrialPool(context.Background(), tt.pool)
			defer p.Close()
			a := parsed(t, tt.data)
			tr := p.Submit(a, "", "", Options{})
			require.NotNil(t, tr)
			p.Seal()
			r, ok := tr.Wait(context.Background())
			require.True(t, ok)
			assert.Equal(t, tt.want.Weak, r.Weak)
			assert.Equal(t, tt.want.Stop, r.Stop)
			if !r.Weak {
				n := len(trialList(a, "", Options{}))
				assert.Equal(t, n, r.Tried+r.Untried, "every candidate is counted")
			}
			a.ApplyTrial(r)
			assert.Equal(t, tt.want.Stop, a.TrialStop)
			if r.Weak {
				assert.Equal(t, RatingCritical, a.Rating)
			}
		})
	}
}

// A store with a cheap KDF gets its whole list before an expensive one
// gets more than its first candidates, and identical stores are tried
// once.
func TestTrialPoolOrderAndDedup(t *testing.T) {
	g := newGen(42)
	cheap := g.v3("not in the list 1", "pbkdf2", 0, 0, 0, 10, false)
	costly := g.v3("not in the list 2", "scrypt", 1<<16, 8, 1, 0, false)
	p := NewTrialPool(context.Background(), TrialPoolOptions{Budget: 300 * time.Millisecond, Workers: 1})
	defer p.Close()
	ta := p.Submit(parsed(t, cheap), "", "", Options{})
	tb := p.Submit(parsed(t, cheap), "", "", Options{})
	tc := p.Submit(parsed(t, costly), "", "", Options{})
	p.Seal()
	rc, _ := tc.Wait(context.Background())
	ra, _ := ta.Wait(context.Background())
	rb, _ := tb.Wait(context.Background())
	assert.Equal(t, StopListDone, ra.Stop)
	assert.False(t, ra.Shared)
	assert.True(t, rb.Shared)
	assert.Equal(t, ra.Tried, rb.Tried)
	assert.Equal(t, StopBudget, rc.Stop, "the scrypt store stops at the budget: %+v", rc)
	assert.Positive(t, rc.Untried)
	assert.Positive(t, rc.UntriedSeconds)
}

func TestTrialPoolCancel(t *testing.T) {
	g := newGen(43)
	ctx, cancel := context.WithCancel(context.Background())
	p := NewTrialPool(ctx, TrialPoolOptions{Budget: time.Hour})
	tr := p.Submit(parsed(t, g.v3("zzz not listed", "scrypt", 1<<14, 8, 1, 0, false)), "", "", Options{})
	cancel()
	p.Close()
	r, ok := tr.Wait(context.Background())
	require.True(t, ok)
	assert.Equal(t, StopCancelled, r.Stop)
}

// TestTrialPoolWaitsForSeal: a result is given out only once no more
// stores can come, so an identical store submitted after the first
// one's trials ended still counts.
func TestTrialPoolWaitsForSeal(t *testing.T) {
	g := newGen(44)
	store := g.v3("not in the list 3", "pbkdf2", 0, 0, 0, 10, false)
	p := NewTrialPool(context.Background(), TrialPoolOptions{Budget: time.Minute})
	defer p.Close()
	tr := p.Submit(parsed(t, store), "", "", Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	_, ok := tr.Wait(ctx)
	assert.False(t, ok, "no result before the pool is sealed")
	p.Seal()
	r, ok := tr.Wait(context.Background())
	require.True(t, ok)
	assert.Equal(t, StopListDone, r.Stop)
}

// TestTrialPoolCopiesAgree: copies of one store under different names
// have different candidates (each its own name). The copy whose name is
// the password opens the store, and then every copy is reported opened,
// whichever the scan met first; a candidate that failed on one copy is
// not tried again on another.
func TestTrialPoolCopiesAgree(t *testing.T) {
	g := newGen(45)
	store := g.v3("vaultcopy", "pbkdf2", 0, 0, 0, 10, false)
	for _, names := range [][]string{{"vaultcopy.json", "other.json"}, {"other.json", "vaultcopy.json"}, {"a.json", "other.json"}} {
		t.Run(strings.Join(names, ","), func(t *testing.T) {
			p := NewTrialPool(context.Background(), TrialPoolOptions{Budget: time.Minute, Workers: 1})
			defer p.Close()
			var trials []*Trial
			var checks, after atomic.Int64 // after: checks made once a copy opened
			var open atomic.Bool
			for _, n := range names {
				a := parsed(t, store)
				check := a.check
				a.check = func(pw []byte) bool {
					checks.Add(1)
					if open.Load() {
						after.Add(1)
					}
					ok := check(pw)
					open.CompareAndSwap(false, ok)
					return ok
				}
				trials = append(trials, p.Submit(a, n, n, Options{}))
				time.Sleep(20 * time.Millisecond) // let the first copy's trials run first
			}
			p.Seal()
			opened := slices.Contains(names, "vaultcopy.json")
			union := map[string]bool{}
			for _, n := range names {
				for _, c := range trialList(parsed(t, store), n, Options{}) {
					union[c] = true
				}
			}
			for i, tr := range trials {
				r, ok := tr.Wait(context.Background())
				require.True(t, ok)
				assert.Equal(t, opened, r.Weak, "copy %s", names[i])
				assert.False(t, r.Shared, "different candidates")
				if !opened {
					assert.Equal(t, StopListDone, r.Stop)
					assert.Equal(t, len(trialList(parsed(t, store), names[i], Options{})), r.Tried)
				}
			}
			if !opened {
				// The lists differ in a name: what the first copy
				// tried is not tried again on the second.
				assert.Equal(t, int64(len(union)), checks.Load(), "each candidate checked once")
			}
			if k := slices.Index(names, "vaultcopy.json"); k >= 0 {
				// Once a copy opens, the other, whose list does not
				// hold the password, tries no more of its own than the
				// guesses that come before the opening one in the
				// pool's order: the two lists run side by side up to
				// the password's place.
				opener := trialList(parsed(t, store), names[k], Options{})
				assert.LessOrEqual(t, after.Load(), int64(slices.Index(opener, "vaultcopy")+1))
				r, _ := trials[1-k].Wait(context.Background())
				assert.Zero(t, r.OpenedAt, "opened by the other copy's candidate")
				assert.Equal(t, StopOpened, r.Stop)
			}
		})
	}
}

// TestTrialPoolOpenedCount: with guesses running side by side, the count
// of an opened store is the opening candidate's place in the list, not
// whichever guesses happened to end before it.
func TestTrialPoolOpenedCount(t *testing.T) {
	g := newGen(46)
	const place = 5
	store := g.v3(CommonPasswords()[place-1], "scrypt", 1024, 8, 1, 0, false)
	for range 10 {
		p := NewTrialPool(context.Background(), TrialPoolOptions{Budget: time.Minute, Workers: 4})
		tr := p.Submit(parsed(t, store), "", "", Options{})
		p.Seal()
		r, ok := tr.Wait(context.Background())
		p.Close()
		require.True(t, ok)
		assert.True(t, r.Weak)
		assert.Equal(t, place, r.Tried)
		assert.Zero(t, r.Untried)
	}
}

// TestTrialPoolSharesByInput: a copy with the same content, hints, name and
// options as one submitted before shares its job (its list is not made
// again); a copy whose hints differ (another address written beside the
// same ciphertext) or whose name does gets its own list, with its own
// candidates in it.
func TestTrialPoolSharesByInput(t *testing.T) {
	g := newGen(45)
	data := g.v3("not listed 45", "pbkdf2", 0, 0, 0, 10, false)
	p := NewTrialPool(context.Background(), TrialPoolOptions{Budget: time.Minute, Workers: 1})
	defer p.Close()
	first := parsed(t, data)
	t1 := p.Submit(first, "wallet.json", "wallet.json", Options{})
	t2 := p.Submit(parsed(t, data), "wallet.json", "wallet.json", Options{})
	assert.Same(t, t1.job, t2.job)
	assert.True(t, t2.shared)
	assert.Len(t, p.byInput, 1)

	other := parsed(t, data)
	other.Address = "0x00000000000000000000000000000000000000aa"
	t3 := p.Submit(other, "wallet.json", "wallet.json", Options{})
	assert.NotSame(t, t1.job, t3.job)
	assert.Contains(t, t3.job.list, other.Address)
	t4 := p.Submit(parsed(t, data), "backup-2019.json", "backup-2019.json", Options{})
	assert.NotSame(t, t1.job, t4.job)
	assert.Contains(t, t4.job.list, "backup-2019")
	t5 := p.Submit(parsed(t, data), "wallet.json", "wallet.json", Options{Passwords: []string{"mine"}})
	assert.NotSame(t, t1.job, t5.job)
	assert.Contains(t, t5.job.list, "mine")
	assert.Len(t, p.byInput, 4)
	p.Seal()
	for _, tr := range []*Trial{t1, t2, t3, t4, t5} {
		r, ok := tr.Wait(context.Background())
		require.True(t, ok)
		assert.Equal(t, StopListDone, r.Stop)
	}
}

// TestTrialPoolPreferred: passwords put first (PreferPasswords) are tried
// before the built-in lists, and the assessment says when one of them,
// not a listed password, opened the store.
func TestTrialPoolPreferred(t *testing.T) {
	g := newGen(43)
	beside := g.v3("Kx9#written-beside-it", "scrypt", 1024, 8, 1, 0, false)
	listed := g.v3("letmein", "scrypt", 1024, 8, 1, 0, false)
	tests := []struct {
		name       string
		data       []byte
		prefer     []string
		wantTried  int
		wantBeside bool
	}{
		{"opened by the value beside it", beside, []string{"Kx9#written-beside-it"}, 1, true},
		{"second of two beside it", beside, []string{"other", "Kx9#written-beside-it"}, 2, true},
		{"opened by the list, not by the value beside it", listed, []string{"other"}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := NewTrialPool(context.Background(), TrialPoolOptions{Budget: time.Minute})
			defer p.Close()
			a := parsed(t, tt.data)
			a.PreferPasswords(tt.prefer...)
			a.PreferPasswords(tt.prefer...) // twice: kept once
			tr := p.Submit(a, "", "", Options{})
			require.NotNil(t, tr)
			p.Seal()
			r, ok := tr.Wait(context.Background())
			require.True(t, ok)
			require.True(t, r.Weak)
			if tt.wantTried > 0 {
				assert.Equal(t, tt.wantTried, r.Tried)
			}
			a.ApplyTrial(r)
			assert.Equal(t, tt.wantBeside, a.PasswordBeside)
		})
	}
}

// TestTrialPoolDeterministic: the same stores get the same trials whatever
// order the scan submits them in, however many workers run them and
// however long each guess happens to take: the budget binds (the stores'
// lists together cost far more than it), stores open at different places,
// one by a password written beside it, and two copies of one content
// share their guesses.
func TestTrialPoolDeterministic(t *testing.T) {
	g := newGen(47)
	common := CommonPasswords()
	type store struct {
		name    string
		data    []byte
		cost    time.Duration
		opensBy string
		beside  []string
	}
	var stores []store
	add := func(name string, cost time.Duration, opensBy string, beside ...string) {
		stores = append(stores, store{name, g.v3("pool-det-"+name, "pbkdf2", 0, 0, 0, 10, false), cost, opensBy, beside})
	}
	add("cheap-opened.json", time.Millisecond, common[40])
	add("cheap-closed.json", time.Millisecond, "")
	add("dear-opened.json", 5*time.Millisecond, common[3])
	add("beside-opened.json", 50*time.Millisecond, "Qz7-written-beside", "wrong-beside", "Qz7-written-beside")
	add("dear-closed.json", 20*time.Millisecond, "")
	add("mem-a.json", 10*time.Millisecond, "")
	add("mem-b.json", 10*time.Millisecond, common[2])
	copyOf := stores[1]
	copyOf.name = "cheap-closed-copy.json"
	stores = append(stores, copyOf)

	type outcome struct {
		Tried, Untried, OpenedAt int
		Weak                     bool
		Stop                     TrialStop
	}
	run := func(seed uint64, workers int) map[string]outcome {
		rng := rand.New(rand.NewPCG(seed, 1))
		// Two guesses at the mem- stores do not fit in memory together.
		p := NewTrialPool(context.Background(), TrialPoolOptions{Budget: 400 * time.Millisecond, Workers: workers, MaxMemory: 150 << 20})
		defer p.Close()
		trials := map[string]*Trial{}
		for _, k := range rng.Perm(len(stores)) {
			st := stores[k]
			a := parsed(t, st.data)
			a.trialSeconds = st.cost.Seconds()
			a.PreferPasswords(st.beside...)
			if strings.HasPrefix(st.name, "mem-") {
				a.trialMemory = 100 << 20
			}
			jitter := rand.New(rand.NewPCG(seed, uint64(k)))
			var mu sync.Mutex
			a.check = func(pw []byte) bool {
				mu.Lock()
				d := time.Duration(jitter.IntN(300)) * time.Microsecond
				mu.Unlock()
				time.Sleep(d)
				return st.opensBy != "" && string(pw) == st.opensBy
			}
			trials[st.name] = p.Submit(a, st.name, st.name, Options{})
			if seed%2 == 0 {
				// Let the workers guess ahead on the stores known so
				// far, in an order the later ones change.
				time.Sleep(time.Duration(rng.IntN(15)) * time.Millisecond)
			}
		}
		p.Seal()
		out := map[string]outcome{}
		for name, tr := range trials {
			r, ok := tr.Wait(context.Background())
			require.True(t, ok)
			out[name] = outcome{r.Tried, r.Untried, r.OpenedAt, r.Weak, r.Stop}
		}
		return out
	}
	want := run(1, 1)
	assert.Equal(t, outcome{Tried: 41, OpenedAt: 41, Weak: true, Stop: StopOpened}, want["cheap-opened.json"])
	assert.Equal(t, outcome{Tried: 4, OpenedAt: 4, Weak: true, Stop: StopOpened}, want["dear-opened.json"])
	assert.Equal(t, outcome{Tried: 2, OpenedAt: 2, Weak: true, Stop: StopOpened}, want["beside-opened.json"])
	assert.Equal(t, outcome{Tried: 3, OpenedAt: 3, Weak: true, Stop: StopOpened}, want["mem-b.json"])
	for _, name := range []string{"cheap-closed.json", "cheap-closed-copy.json", "dear-closed.json", "mem-a.json"} {
		assert.Equal(t, StopBudget, want[name].Stop, name)
		assert.Positive(t, want[name].Tried, name)
	}
	for seed := uint64(2); seed < 8; seed++ {
		for _, workers := range []int{1, 2, 3} {
			assert.Equal(t, want, run(seed, workers), "seed %d, %d workers", seed, workers)
		}
	}
}

// TestTrialPoolOverrun: guesses far slower than their estimate stop the
// trials once their measured time passes twice the budget, wherever the
// estimates stand.
func TestTrialPoolOverrun(t *testing.T) {
	g := newGen(48)
	p := NewTrialPool(context.Background(), TrialPoolOptions{Budget: 20 * time.Millisecond, Workers: 1})
	defer p.Close()
	a := parsed(t, g.v3("pool-overrun", "pbkdf2", 0, 0, 0, 10, false))
	a.trialSeconds = 1e-6 // the whole list is estimated at under a millisecond
	a.check = func([]byte) bool { time.Sleep(5 * time.Millisecond); return false }
	tr := p.Submit(a, "", "", Options{})
	p.Seal()
	r, ok := tr.Wait(context.Background())
	require.True(t, ok)
	assert.Equal(t, StopBudget, r.Stop)
	assert.LessOrEqual(t, r.Tried, 20, "stopped near 40 ms of guesses, not at the end of the list")
	assert.Positive(t, r.Untried)
}

// TestTrialPoolAheadKept: guesses made before the pool is sealed are
// kept and count once it is: a store met early in the scan is not tried
// twice.
func TestTrialPoolAheadKept(t *testing.T) {
	g := newGen(49)
	p := NewTrialPool(context.Background(), TrialPoolOptions{Budget: time.Minute, Workers: 2})
	defer p.Close()
	a := parsed(t, g.v3("pool-ahead not in any list", "pbkdf2", 0, 0, 0, 10, false))
	n := len(trialList(a, "ahead.json", Options{}))
	var checks atomic.Int64
	check := a.check
	a.check = func(pw []byte) bool { checks.Add(1); return check(pw) }
	tr := p.Submit(a, "ahead.json", "ahead.json", Options{})
	require.Eventually(t, func() bool { return checks.Load() == int64(n) }, time.Minute, time.Millisecond,
		"the whole list is guessed before the pool is sealed")
	p.Seal()
	r, ok := tr.Wait(context.Background())
	require.True(t, ok)
	assert.Equal(t, TrialResult{Tried: n, Stop: StopListDone}, r)
	assert.Equal(t, int64(n), checks.Load(), "no guess made twice")
}

// TestTrialPoolBesideLarge: while a guess too large to share memory runs,
// the guesses that need little go on beside it, before and after the
// pool is sealed, and the next large guess waits its turn.
func TestTrialPoolBesideLarge(t *testing.T) {
	for _, sealFirst := range []bool{false, true} {
		g := newGen(50)
		p := NewTrialPool(context.Background(), TrialPoolOptions{Budget: time.Minute, Workers: 2, MaxMemory: 64 << 20})
		large := parsed(t, g.v3("pool-large", "pbkdf2", 0, 0, 0, 10, false))
		large.trialMemory = 100 << 20 // over the limit: runs alone
		large.PreferPasswords("beside-1", "beside-2")
		small := parsed(t, g.v3("pool-small", "pbkdf2", 0, 0, 0, 10, false))
		small.trialMemory = 4 << 20 // a sixteenth of the limit: not counted
		var smallChecks atomic.Int64
		var largeRunning, overlap atomic.Int32
		besides := make(chan struct{})
		var once sync.Once
		check := small.check
		small.check = func(pw []byte) bool {
			if smallChecks.Add(1) == 5 {
				once.Do(func() { close(besides) })
			}
			return check(pw)
		}
		var timedOut atomic.Bool
		large.check = func([]byte) bool {
			if largeRunning.Add(1) > 1 {
				overlap.Add(1)
			}
			defer largeRunning.Add(-1)
			select {
			case <-besides:
			case <-time.After(10 * time.Second):
				timedOut.Store(true)
			}
			return false
		}
		tl := p.Submit(large, "a/large.json", "large.json", Options{NoBuiltin: true})
		if sealFirst {
			p.Seal()
		}
		ts := p.Submit(small, "b/small.json", "small.json", Options{})
		p.Seal()
		rl, ok := tl.Wait(context.Background())
		require.True(t, ok)
		rs, ok := ts.Wait(context.Background())
		require.True(t, ok)
		p.Close()
		assert.False(t, timedOut.Load(), "small guesses ran beside the large one")
		assert.Zero(t, overlap.Load(), "large guesses one at a time")
		assert.Equal(t, StopLarge, rl.Stop)
		assert.Equal(t, 2, rl.Tried)
		assert.Equal(t, StopListDone, rs.Stop)
	}
}

// A worker collects the garbage after each guess of 64 MiB or more, so
// the next guess reuses the freed buffer instead of the collector letting
// the heap grow to twice the live size (a 3 KB file of standard scrypt
// stores peaked at 616 MB of RSS with the trials' 256 MiB limit).
func TestTrialPoolCollectsAfterLargeGuesses(t *testing.T) {
	g := newGen(43)
	large := g.v3("not in the list 3", "scrypt", 1<<16, 8, 1, 0, false) // 64 MiB a guess
	forced := func() uint64 {
		s := []metrics.Sample{{Name: "/gc/cycles/forced:gc-cycles"}}
		metrics.Read(s)
		return s[0].Value.Uint64()
	}
	before := forced()
	p := NewTrialPool(context.Background(), TrialPoolOptions{Budget: 500 * time.Millisecond, Workers: 1})
	defer p.Close()
	tr := p.Submit(parsed(t, large), "", "", Options{})
	p.Seal()
	r, ok := tr.Wait(context.Background())
	require.True(t, ok)
	require.Positive(t, r.Tried)
	assert.GreaterOrEqual(t, forced()-before, uint64(r.Tried), "one collection a guess")
}
