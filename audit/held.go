package audit

import "sync"

// maxHeldRunning is how many findings' held work (Candidate.Later) runs at
// once; the rest wait their turn.
const maxHeldRunning = 64

// heldWork runs the held work of findings on at most maxHeldRunning
// goroutines. A keystore's held work waits for the scan's trials, which
// end only after the last file was read, so a goroutine per finding parked
// one stack per copy of a store: 120,000 copies of one BIP-38 key in an
// 8 MiB file took 1.9 GB. Waiting work is kept as a queue of functions.
type heldWork struct {
	mu      sync.Mutex
	queue   []func()
	next    int // queue[next:] have not started
	running int
	wg      sync.WaitGroup
}

// Go runs f on a goroutine of its own when fewer than maxHeldRunning run,
// or queues it for the first that ends.
func (h *heldWork) Go(f func()) {
	h.wg.Add(1)
	h.mu.Lock()
	if h.running < maxHeldRunning {
		h.running++
		h.mu.Unlock()
		go h.run(f)
		return
	}
	h.queue = append(h.queue, f)
	h.mu.Unlock()
}

// run runs f, then the queued work, until the queue is empty.
func (h *heldWork) run(f func()) {
	for f != nil {
		f()
		h.wg.Done()
		h.mu.Lock()
		f = nil
		if h.next < len(h.queue) {
			f, h.queue[h.next] = h.queue[h.next], nil
			h.next++
		} else {
			h.queue, h.next = h.queue[:0], 0
			h.running--
		}
		h.mu.Unlock()
	}
}

// Wait waits until all work given to Go has run.
func (h *heldWork) Wait() { h.wg.Wait() }
