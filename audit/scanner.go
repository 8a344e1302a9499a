package audit

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"log/slog"
	"maps"
	"os"
	"path"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/audit/funds"
	"github.com/walletaudit/walletaudit/internal/byteruns"
	"github.com/walletaudit/walletaudit/internal/hint"
	"github.com/walletaudit/walletaudit/internal/ocr"
	"github.com/walletaudit/walletaudit/keystore"
	"golang.org/x/sync/errgroup"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Scanner scans sources for wallet secrets. It is safe for concurrent use;
// each Run is independent.
type Scanner struct {
	opts      Options
	detectors []Detector
	files     []FileDetector
	pre       *prefilter
	// hintAt is the place of the hint word in the prefilter's hits, or -1
	// when no detector reads hints.
	hintAt  int
	views   viewFunc
	log     *slog.Logger
	archive ArchiveLimits
	// seeds counts the seeds the built-in deep checks have swept.
	seeds *atomic.Uint64
	// ocr reads images when Options.OCR is set; ocrErr says why it can't.
	ocr    *ocr.Engine
	ocrErr error
	// rules are the rules its detectors describe, by rule ID.
	rules map[string]*ruleDesc
}

// viewFunc yields decoded views of data (see internal/decode).
// It stops when fn returns false or ctx is done.
type viewFunc func(ctx context.Context, data []byte, depth int, fn func(view) bool)

// view is a decoded rendering of a span of a chunk.
type view struct {
	data       []byte
	encoding   string
	start, end int
	context    []byte
	// cells maps the lines of data to spans of the chunk (decode.View's
	// Cells); nil when the view as a whole stands for [start, end).
	cells [][2]int
	// spread is decode.View's Spread: data is spread evenly over
	// [start, end), so a candidate in it is placed at its own place.
	spread [2]int
}

// New returns a Scanner configured by opts.
func New(opts Options) *Scanner {
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	if opts.MaxFileSize == 0 {
		opts.MaxFileSize = defaultMaxFileSize
	}
	if opts.MaxWholeFile <= 0 {
		opts.MaxWholeFile = defaultMaxWholeFile
	}
	if opts.DecodeDepth == 0 {
		opts.DecodeDepth = defaultDecodeDepth
	}
	if opts.ProgressInterval <= 0 {
		opts.ProgressInterval = 200 * time.Millisecond
	}
	seeds := new(atomic.Uint64)
	// The scanner's deep-check sweeps share GOMAXPROCS slots: without
	// them each worker that finds a phrase would start GOMAXPROCS
	// sweepers of its own.
	slots := make(chan struct{}, runtime.GOMAXPROCS(0))
	dets := opts.Detectors
	if dets == nil {
		dets = defaultDetectors(opts, seeds, slots)
	} else {
		dets = configureDetectors(dets, opts, seeds, slots)
	}
	files := opts.FileDetectors
	if files == nil {
		files = DefaultFileDetectors()
	}
	off := func(id string) bool { return slices.Contains(opts.Disable, id) }
	s := &Scanner{opts: opts, log: opts.Logger, views: decodeViews, archive: opts.Archive.withDefaults(), seeds: seeds}
	if opts.OCR {
		s.ocr, s.ocrErr = ocr.New(0)
	}
	for _, d := range dets {
		if d != nil && !off(d.ID()) {
			s.detectors = append(s.detectors, d)
		}
	}
	for _, d := range files {
		if d != nil && !off(d.ID()) {
			s.files = append(s.files, d)
		}
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	// The prefilter also looks for the hint words, when a detector reads
	// them, at the place after the detectors'.
	kws := keywordsOf(s.detectors)
	s.hintAt = -1
	if slices.ContainsFunc(s.detectors, func(d Detector) bool { _, ok := d.(hint.User); return ok }) {
		s.hintAt = len(kws)
		kws = append(kws, []string{hint.ElectrumWord}, hint.KeyWords(), []string{hint.BrainWord}, hint.HashCallEnds(), hint.Rot13Words(), hint.StoreWords())
	}
	s.pre = newPrefilter(kws)
	s.rules = describeRules(append(anySlice(s.detectors), anySlice(s.files)...), s.log)
	return s
}

// Detectors returns the IDs of the detectors this scanner runs.
func (s *Scanner) Detectors() []string {
	var ids []string
	for _, d := range s.detectors {
		ids = append(ids, d.ID())
	}
	for _, d := range s.files {
		ids = append(ids, d.ID())
	}
	return ids
}

// Scan streams the findings in srcs. The error, when not nil, is fatal
// (a source root that cannot be read, cancellation) and ends the stream;
// problems with single items do not stop it (use Run to see them).
func (s *Scanner) Scan(ctx context.Context, srcs ...Source) iter.Seq2[Finding, error] {
	return func(yield func(Finding, error) bool) {
		errStop := errors.New("stop")
		_, err := s.Run(ctx, func(f Finding) error {
			if !yield(f, nil) {
				return errStop
			}
			return nil
		}, srcs...)
		if err != nil && !errors.Is(err, errStop) {
			yield(Finding{}, err)
		}
	}
}

// Run scans srcs, calling fn for each finding from a single goroutine, and
// returns the summary. It stops at the first error fn returns, at
// cancellation, or when a source cannot be walked at all; per-item problems
// are recorded in the summary and the scan goes on.
func (s *Scanner) Run(ctx context.Context, fn func(Finding) error, srcs ...Source) (Summary, error) {
	if s.ocrErr != nil {
		return Summary{}, s.ocrErr
	}
	start := time.Now()
	st := &runState{bySev: map[string]int{}, vcs: newVCSCache()}
	// Stopping the scan (fn's error, a broken Scan loop) cancels rctx, which
	// every walk, detector and deep sweep of this run receives, so work in
	// flight ends too instead of running out its budget.
	rctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	g, gctx := errgroup.WithContext(rctx)
	items := make(chan Item, s.opts.Workers)
	out := make(chan Finding, 64)
	// One trial pool per scan; detectors find it in the context.
	pctx, stopTrials := context.WithCancel(gctx)
	pool := s.opts.Trials.pool(pctx)
	defer pool.Close()
	defer stopTrials()
	tctx := keystore.WithTrialPool(gctx, pool)
	results := (<-chan Finding)(out)
	if s.opts.Funds.Enabled() {
		chk, err := funds.New(s.opts.Funds)
		if err != nil {
			return Summary{}, err
		}
		results = s.fundsStage(rctx, st, chk, out)
	}

	g.Go(func() error {
		defer close(items)
		for _, src := range srcs {
			err := src.Walk(gctx, func(it Item) error {
				select {
				case items <- it:
					return nil
				case <-gctx.Done():
					return gctx.Err()
				}
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	var workers sync.WaitGroup
	if s.opts.Workers > 1 {
		st.spare, st.idle = make(chan func(*itemScanner), s.opts.Workers), make(chan struct{})
		st.reading.Store(int64(s.opts.Workers))
	}
	for range s.opts.Workers {
		workers.Add(1)
		g.Go(func() error {
			defer workers.Done()
			sc := newItemScanner(s, st)
			queue := items
			for {
				select {
				case it, ok := <-queue:
					if !ok {
						// No item left: members of the archives still
						// being read may come until the last is done.
						queue = nil
						if st.reading.Add(-1) == 0 {
							close(st.idle)
						}
						if st.spare == nil {
							return nil
						}
						continue
					}
					if err := gctx.Err(); err != nil {
						return err
					}
					if err := sc.scan(tctx, it, out); err != nil {
						return err
					}
				case job := <-st.spare:
					job(sc)
				case <-st.idle:
					return nil
				case <-gctx.Done():
					return gctx.Err()
				}
			}
		})
	}
	// Once every item is read no more stores come: the pool gives out
	// results (each waits for the other copies of its store).
	go func() { workers.Wait(); pool.Seal(); st.later.Wait(); close(out) }()

	stopProgress := s.startProgress(st, start)
	var fnErr error
	for f := range results {
		if fnErr != nil {
			continue // drain so workers can finish
		}
		if err := fn(f); err != nil {
			fnErr = err
			st.cancel()
			stop(errCancelled)
			stopTrials()
		}
	}
	err := g.Wait()
	for it := range items {
		it.done() // left in the queue by a stopped scan
	}
	stopProgress()
	sum := st.summary(time.Since(start))
	if fnErr != nil {
		return sum, fnErr
	}
	if err != nil && ctx.Err() == nil && (errors.Is(err, errCancelled) || errors.Is(context.Cause(rctx), errCancelled)) {
		err = nil
	}
	if err == nil && s.opts.FailOnUnreadable && len(sum.Errors) > 0 {
		err = fmt.Errorf("%w: %d", ErrUnreadable, len(sum.Errors))
	}
	return sum, err
}

var errCancelled = errors.New("audit: scan stopped by the caller")

// ErrUnreadable is returned by Run, with a complete summary, when
// Options.FailOnUnreadable is set and some items could not be read (listed
// in Summary.Errors).
var ErrUnreadable = errors.New("audit: items could not be read")

// finishLater runs c's held work and returns the candidate to report,
// keeping the details the engine added to c (encoding, inline ignore)
// and what the detector knew before the work (a password file beside
// the store, a share, that the secret is published).
func finishLater(ctx context.Context, c Candidate) (out Candidate) {
	later := c.Later
	c.Later = nil
	defer func() {
		// A detector must never panic; if its held work does, the
		// candidate is reported as it was.
		if recover() != nil {
			out = c
		}
	}()
	out = later(ctx)
	out.Later = nil
	if out.Secret.IsZero() {
		return c
	}
	for k, v := range c.Details {
		if _, ok := out.Details[k]; !ok {
			out = withDetail(out, k, v)
		}
	}
	if out.PasswordFile == "" {
		out.PasswordFile = c.PasswordFile
	}
	if out.Share == nil {
		out.Share = c.Share
	}
	if c.Public && !out.Public {
		// Trials do not make a published secret private: a BIP-38 test
		// vector came back from its trials as a leak until 2026-12-02.
		out.Public, out.PublicSource = true, c.PublicSource
	}
	return out
}

func (s *Scanner) startProgress(st *runState, start time.Time) func() {
	if s.opts.Progress == nil {
		return func() {}
	}
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(s.opts.ProgressInterval)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				s.opts.Progress(s.progress(st, time.Since(start), false))
			case <-done:
				return
			}
		}
	}()
	return func() {
		close(done)
		<-stopped
		s.opts.Progress(s.progress(st, time.Since(start), true))
	}
}

// runState is shared by the workers of one Run.
type runState struct {
	files, bytes, findings, skipped, errs atomic.Int64
	ignored, baselined                    atomic.Int64
	internals                             atomic.Int64
	stop                                  atomic.Bool

	mu        sync.Mutex
	bySev     map[string]int
	skips     []Skip
	itemErrs  []ItemError
	vcs       *vcsCache
	nFindings int
	// later runs the held work of findings (trials) and counts what is
	// still running.
	later heldWork
	// spare queues work for a worker that has time (handoff): a worker
	// waiting for an item takes from it, and goes on doing so once the
	// items are all taken, until no worker reads one any more (reading,
	// counted down; idle, closed then). Nil when the scan has one
	// worker.
	spare   chan func(*itemScanner)
	reading atomic.Int64
	idle    chan struct{}
}

func (st *runState) cancel()         { st.stop.Store(true) }
func (st *runState) cancelled() bool { return st.stop.Load() }

// MaxListed is how many skipped items and how many item errors a Summary
// lists: the first ones met. Summary.SkippedTotal and Summary.ErrorsTotal
// count them all, so a sweep of a whole host with millions of unreadable
// files holds a bounded list.
const MaxListed = 1000

func (st *runState) skip(p, reason string) {
	st.skipped.Add(1)
	st.mu.Lock()
	if len(st.skips) < MaxListed {
		st.skips = append(st.skips, Skip{Path: p, Reason: reason})
	}
	st.mu.Unlock()
}

func (st *runState) fail(p string, err error) {
	st.errs.Add(1)
	st.mu.Lock()
	if len(st.itemErrs) < MaxListed {
		st.itemErrs = append(st.itemErrs, ItemError{Path: p, Error: err.Error(), Err: err})
	}
	st.mu.Unlock()
}

func (st *runState) found(f Finding) {
	st.findings.Add(1)
	st.mu.Lock()
	st.bySev[string(f.Severity)]++
	st.nFindings++
	st.mu.Unlock()
}

func (s *Scanner) progress(st *runState, d time.Duration, done bool) Progress {
	return Progress{Files: st.files.Load(), Bytes: st.bytes.Load(), Findings: st.findings.Load(),
		Skipped: st.skipped.Load(), Errors: st.errs.Load(), Seeds: s.seeds.Load(), Elapsed: d, Done: done}
}

func (st *runState) summary(d time.Duration) Summary {
	st.mu.Lock()
	defer st.mu.Unlock()
	sort.Slice(st.skips, func(i, j int) bool { return st.skips[i].Path < st.skips[j].Path })
	sort.Slice(st.itemErrs, func(i, j int) bool { return st.itemErrs[i].Path < st.itemErrs[j].Path })

	return Summary{
		FilesScanned: st.files.Load(), BytesScanned: st.bytes.Load(), Findings: st.nFindings,
		Ignored: int(st.ignored.Load()), Baselined: int(st.baselined.Load()),
		BySeverity: maps.Clone(st.bySev), Skipped: append([]Skip{}, st.skips...), Errors: append([]ItemError{}, st.itemErrs...),
		SkippedTotal: st.skipped.Load(), ErrorsTotal: st.errs.Load(),
		InternalErrors: int(st.internals.Load()),
		DurationMS:     d.Milliseconds(), Duration: d,
	}
}

// itemScanner is one worker's reusable state.
type itemScanner struct {
	s    *Scanner
	st   *runState
	buf  []byte
	hits []bool
	seen map[string]struct{}
	// runs indexes the long runs of the chunk being read, for the
	// detectors and decoders that look for runs of one alphabet.
	runs byteruns.Index
}

func newItemScanner(s *Scanner, st *runState) *itemScanner {
	return &itemScanner{s: s, st: st, buf: make([]byte, chunkSize+chunkTail), hits: make([]bool, s.pre.size())}
}

// scan reads one item. Only fatal conditions (cancellation) are returned;
// item problems are recorded.
func (w *itemScanner) scan(ctx context.Context, it Item, out chan<- Finding) (err error) {
	defer it.done()
	defer func() {
		// A detector must never panic; if one does, the item is recorded
		// as an internal error (ErrInternal, counted apart in the
		// summary) and the scan goes on. The panic value is not printed:
		// it could hold a secret.
		if r := recover(); r != nil {
			w.st.internal(it.Path, internalError(r))
			w.s.log.Error("detector panic", "path", it.Path)
			err = nil
		}
	}()
	if w.st.cancelled() {
		return errCancelled
	}
	switch {
	case it.Err != nil:
		w.st.fail(it.Path, it.Err)
		return nil
	case it.Skip != "":
		w.st.skip(it.Path, it.Skip)
		return nil
	case it.Open == nil:
		w.st.skip(it.Path, "nothing to read")
		return nil
	case w.s.opts.MaxFileSize > 0 && it.Size > w.s.opts.MaxFileSize:
		w.st.skip(it.Path, fmt.Sprintf("larger than the size limit (%d > %d bytes)", it.Size, w.s.opts.MaxFileSize))
		return nil
	}
	rc, err := it.Open()
	if err != nil {
		w.st.fail(it.Path, err)
		return nil
	}
	defer rc.Close()
	if _, isFile := localFile(rc); !isFile && it.depth == 0 {
		// A stream (a pipe, a custom source) may block: its reads end
		// at cancellation. Files are bounded in read.
		rc = struct {
			io.Reader
			io.Closer
		}{newCtxReader(ctx, rc), rc}
	}
	if w.s.archive.Depth > 0 && isLevelDBName(it.Path) {
		var handled bool
		if rc, handled, err = w.scanLevelDB(ctx, it, rc, out); handled || err != nil {
			return err
		}
	}
	var pre *headRead
	var inMembers map[string]bool // secrets its members gave, when a container's bytes are scanned too
	if w.s.archive.Depth > 0 {
		var kind archiveKind
		if f, isFile := localFile(rc); isFile {
			// A file's head, read once: it tells a container, and the
			// chunk scan starts from it. Only a container goes back to
			// the start.
			var h headRead
			if h, err = w.readHead(ctx, f); err == nil {
				if kind = sniffContainer(it.Path, h.head); kind == notArchive {
					pre = &h
				} else {
					_, err = f.Seek(0, io.SeekStart)
				}
			}
		} else {
			rc, kind, err = peekArchive(rc, it.Path)
		}
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			w.st.fail(it.Path, err)
			return nil
		}
		if kind != notArchive {
			raw, found, err := w.archiveOrBytes(ctx, it, rc, kind, out)
			if raw == nil || err != nil {
				return err
			}
			rc = raw // its bytes are scanned below
			inMembers = found
		}
	}
	w.seen = map[string]struct{}{}
	// The storage context costs system calls (ACLs, the directories
	// above): only a file with a finding needs it.
	storage := sync.OnceValue(func() Storage { return storageOf(it, w.st.vcs) })
	var report func(Candidate, Location) error
	emit := func(c Candidate, loc Location) error {
		if c.Secret.IsZero() {
			return nil
		}
		if it.place != nil {
			it.place.relocate(&loc)
		}
		fp := c.Secret.Fingerprint()
		if inMembers[fp] {
			return nil // reported at the container's member
		}
		// One secret on one line is one finding, whichever detectors
		// see it (a Solana keypair's byte array is also a decoded view
		// of 64 bytes) and however often.
		key := fp + "\x00" + fmt.Sprint(loc.Line)
		if _, dup := w.seen[key]; dup {
			return nil
		}
		w.seen[key] = struct{}{}
		if it.memberOf != nil {
			it.memberOf[fp] = true
		}
		if c.Later != nil {
			// Held until its slow part ends; the scan goes on meanwhile.
			w.st.later.Go(func() {
				_ = report(finishLater(ctx, c), loc)
			})
			return nil
		}
		return report(c, loc)
	}
	report = func(c Candidate, loc Location) error {
		if it.Origin == "ocr" && c.Confidence != ConfidenceLow {
			c.Confidence = ConfidenceMedium // text read from an image may be misread
		}
		if len(it.Meta) > 0 {
			for k, v := range it.Meta {
				c = withDetail(c, k, v)
			}
		}
		st := storage()
		st.TestFixture = st.TestFixture || loc.testCode
		f := w.s.finding(c, loc, st)
		if w.s.ruleOff(f.Rule) {
			return nil
		}
		if w.s.opts.MinSeverity != "" && !f.Severity.AtLeast(w.s.opts.MinSeverity) {
			return nil
		}
		switch {
		case loc.ignored || allowed(w.s.opts.Allow, &f):
			w.st.ignored.Add(1)
			return nil
		case w.s.opts.Baseline.Matches(&f):
			w.st.baselined.Add(1)
			return nil
		}
		w.st.found(f)
		select {
		case out <- f:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	n, rerr := w.read(ctx, it, rc, pre, emit)
	if lim := w.s.opts.MaxFileSize; lim > 0 && n >= lim {
		w.st.skip(it.Path, fmt.Sprintf("read only the first %d bytes (the size limit)", lim))
	}
	w.st.files.Add(1)
	w.st.bytes.Add(n)
	if rerr != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if errors.Is(rerr, errArchiveBudget) {
			return rerr // the archive records the limit once, as a skip
		}
		w.st.fail(it.Path, rerr)
	}
	return nil
}

// headRead is an item's head, in the scanner's buffer, and the reader of
// the rest.
type headRead struct {
	r    io.Reader
	head []byte
	eof  bool // head is the whole item
}

// readHead reads the head of rc, up to headSize bytes, into the scanner's
// buffer.
func (w *itemScanner) readHead(ctx context.Context, rc io.Reader) (headRead, error) {
	r := rc
	if f, isFile := rc.(*os.File); isFile {
		r = boundedReader(ctx, f)
	}
	if lim := w.s.opts.MaxFileSize; lim > 0 {
		// A file that grows while it is read (a live log) or an endless
		// stream is read no further than the size limit.
		r = io.LimitReader(r, lim)
	}
	n, err := io.ReadFull(r, w.buf[:headSize])
	h := headRead{r: r, head: w.buf[:n]}
	h.eof = errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
	if err != nil && !h.eof {
		return h, err
	}
	return h, nil
}

// read runs the file detectors and streams the item through the chunk
// detectors; pre, when not nil, is the head already read from rc. It
// returns the bytes read.
func (w *itemScanner) read(ctx context.Context, it Item, rc io.ReadCloser, pre *headRead, emit func(Candidate, Location) error) (int64, error) {
	if pre == nil {
		h, err := w.readHead(ctx, rc)
		if err != nil {
			return int64(len(h.head)), err
		}
		pre = &h
	}
	r, head, eof := pre.r, pre.head, pre.eof
	var n int
	var err error
	// Whole-file detectors see the head and, if they want it, the file.
	var wanted []FileDetector
	name := path.Base(it.Path)
	size := it.Size
	if size < 0 && eof {
		// A member of unknown size (a mail's attachment, a file
		// decompressed) that the head holds whole: its size is known now.
		size = int64(len(head))
	}
	for _, fd := range w.s.files {
		if fd.Wants(name, head, size) {
			wanted = append(wanted, fd)
		}
	}
	var total int64
	if len(wanted) > 0 {
		ra, size, rest, err := w.readerAt(rc, head, eof, it)
		if err != nil {
			w.st.skip(it.Path, "whole-file detectors: "+err.Error())
		} else {
			for _, fd := range wanted {
				cands, err := fd.DetectFile(ctx, &detect.File{Path: it.Path, Name: name, Size: size, Head: head, ReaderAt: ra, Siblings: it.Siblings, ReadSibling: it.ReadSibling})
				if errors.Is(err, ErrInternal) || errors.Is(err, keystore.ErrInternal) {
					w.st.internal(it.Path, err)
				} else if err != nil {
					w.s.log.Debug("file detector", "detector", fd.ID(), "path", it.Path, "error", err)
				}
				for _, c := range cands {
					loc := Location{Path: it.Path, Offset: int64(c.Start), Origin: it.Origin}
					if c.Start >= 0 && c.Start <= len(head) && c.Start <= c.End {
						loc.Line = 1 + bytes.Count(head[:c.Start], nl)
						loc.EndLine = loc.Line + bytes.Count(head[c.Start:min(c.End, len(head))], nl)
						loc.Column = c.Start - bytes.LastIndexByte(head[:c.Start], '\n')
					}
					if err := emit(c, loc); err != nil {
						return size, err
					}
				}
			}
			if rest != nil {
				// The stream was consumed into memory; read it from there.
				r, head, eof = rest, nil, false
				n, err = io.ReadFull(r, w.buf[:headSize])
				head = w.buf[:n]
				eof = errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
			}
		}
	}
	binary := false
	encoding := ""
	var dec transform.Transformer
	switch {
	case bytes.HasPrefix(head, []byte{0xff, 0xfe}), bytes.HasPrefix(head, []byte{0xfe, 0xff}):
		// UTF-16 text (PowerShell history, Windows notes) has zeros:
		// its line breaks and ASCII are 00-padded. Bytes after a BOM
		// without any are not UTF-16 of such text and are scanned as
		// they are; a small file without zeros (text in another
		// script) is scanned both ways.
		if bytes.IndexByte(head[2:min(len(head), sniffSize)], 0) < 0 {
			if !eof {
				break
			}
			raw := slices.Clone(head)
			cr := chunkReader{buf: w.buf, r: eofReader{}, filled: copy(w.buf, raw), eof: true, line: 1}
			if _, err := w.chunks(ctx, it, &cr, "", false, emit); err != nil {
				return int64(len(raw)), err
			}
			head = raw
		}
		dec = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		encoding = "utf-16"
	case zshHistory(it.Path) && bytes.IndexByte(head, zshMeta) >= 0:
		// zsh's history, with bytes of its UTF-8 written in two.
		dec, encoding = unmetafy{}, "zsh-metafied"
	default:
		binary = bytes.IndexByte(head[:min(len(head), sniffSize)], 0) >= 0
		if binary {
			// UTF-16 text without a BOM has zeros too; see sniffUTF16.
			if enc := sniffUTF16(head, it.Size, eof); enc != "" {
				dec, encoding, binary = utf16Decoder(enc), enc, false
			}
		} else if cjk, name := sniffCJK(head, eof); cjk != nil {
			dec, encoding = cjk.NewDecoder(), name
		} else if sniffLatin1(head, eof) {
			cm, name := singleByteCharmap(head)
			dec, encoding = cm.NewDecoder(), name
		}
	}
	if dec != nil {
		// Decode UTF-16 and scan the UTF-8 text; offsets and lines then
		// count in the decoded text.
		src := io.MultiReader(bytes.NewReader(slices.Clone(head)), r)
		if eof {
			src = bytes.NewReader(slices.Clone(head))
		}
		r = transform.NewReader(src, dec)
		n, err = io.ReadFull(r, w.buf[:headSize])
		head = w.buf[:n]
		eof = errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
		if err != nil && !eof {
			return total, err
		}
	}
	if !binary && crLines(head) {
		// Classic Mac OS text ends its lines with CR alone: read as LF,
		// byte for byte, so that lines are counted and read as lines.
		// The head is in the scanner's own buffer, as is what crToLF
		// reads into.
		crToLFInPlace(head)
		r = crToLF{r}
	}
	cr := chunkReader{buf: w.buf, r: r, filled: len(head), eof: eof, line: 1, compiled: binary && compiledHead(it.Path, head)}
	return w.chunks(ctx, it, &cr, encoding, binary, emit)
}

// compiledHead reports whether a binary item is compiled code: an ELF
// file other than a core dump, a PE or Mach-O file by its magic, or an
// object, archive or library by its name (compiledExts; Go's .syso
// objects).
func compiledHead(name string, head []byte) bool {
	switch {
	case bytes.HasPrefix(head, []byte("\x7fELF")):
		// An ELF core dump (e_type 4) is a process's memory, whose text
		// is what the process held.
		return len(head) < 18 || head[16] != 4 || head[17] != 0
	case bytes.HasPrefix(head, []byte("MZ")),
		bytes.HasPrefix(head, []byte{0xcf, 0xfa, 0xed, 0xfe}), bytes.HasPrefix(head, []byte{0xce, 0xfa, 0xed, 0xfe}),
		bytes.HasPrefix(head, []byte{0xca, 0xfe, 0xba, 0xbe}):
		return true
	}
	ext := strings.ToLower(path.Ext(name))
	return ext == ".syso" || slices.Contains(compiledExts, ext)
}

// crLines reports whether text ends its lines with CR alone: it holds a
// CR and no LF.
func crLines(head []byte) bool {
	return bytes.IndexByte(head, '\r') >= 0 && bytes.IndexByte(head, '\n') < 0
}

// crToLF reads its reader with every CR turned into an LF.
type crToLF struct{ r io.Reader }

func (c crToLF) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	crToLFInPlace(p[:n])
	return n, err
}

func crToLFInPlace(b []byte) {
	for i := bytes.IndexByte(b, '\r'); i >= 0; {
		b[i] = '\n'
		k := bytes.IndexByte(b[i+1:], '\r')
		if k < 0 {
			return
		}
		i += 1 + k
	}
}

// eofReader is an empty reader.
type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }

// chunks runs the chunk detectors over what cr reads, whose buffer holds
// the head already. It returns the bytes read.
func (w *itemScanner) chunks(ctx context.Context, it Item, cr *chunkReader, encoding string, binary bool, emit func(Candidate, Location) error) (total int64, err error) {
	// The chunks of an item longer than one are shared with workers that
	// have time (handoff), each with a copy of its bytes and of the
	// reader's place; the last chunk is read here. A Rust file's chunks
	// are not: whether a finding is in its tests depends on the chunks
	// before (chunkReader.rustTests); nor are a placed member's (a mail's
	// part is placed in the mail as the mail is read on). Findings are
	// emitted one at a time.
	var jobs handoff
	share := w.st.spare != nil && sourceLang(it.Path) != langRust && it.place == nil
	if share {
		var mu sync.Mutex
		one := emit
		emit = func(c Candidate, loc Location) error {
			mu.Lock()
			defer mu.Unlock()
			return one(c, loc)
		}
		defer func() {
			// The jobs queued are run here too while waiting, by a
			// scanner of their own: this one's buffers are the item's.
			var helper *itemScanner
			if jerr := jobs.waitWith(w.st, func() *itemScanner {
				if helper == nil {
					helper = newItemScanner(w.s, w.st)
				}
				return helper
			}); err == nil {
				err = jerr
			}
		}()
	}
	for {
		if err := ctx.Err(); err != nil {
			return total, err
		}
		if w.st.cancelled() {
			return total, errCancelled
		}
		data, own0, own1, err := cr.next()
		if err != nil {
			return total, err
		}
		total = cr.offset + int64(len(data)) - int64(cr.carried)
		handed := false
		if len(data) > 0 && share && !cr.done() && len(w.st.spare) < cap(w.st.spare) {
			ch := &Chunk{Data: bytes.Clone(data), Path: it.Path, Encoding: encoding, Binary: binary}
			at := chunkReader{offset: cr.offset, line: cr.line, col: cr.col, compiled: cr.compiled}
			handed = jobs.try(w.st, func(o *itemScanner) error { return o.detect(ctx, ch, own0, own1, &at, it, emit) })
		}
		if len(data) > 0 && !handed {
			ch := &Chunk{Data: data, Path: it.Path, Encoding: encoding, Binary: binary}
			if err := w.detect(ctx, ch, own0, own1, cr, it, emit); err != nil {
				return total, err
			}
		}
		if cr.done() {
			return cr.total(), nil
		}
		cr.advance()
	}
}

// readerAt gives whole-file detectors random access. Files on disk are used
// in place; streams are read into memory up to MaxWholeFile, and the
// returned rest reader replays them for the chunk detectors.
func (w *itemScanner) readerAt(rc io.ReadCloser, head []byte, eof bool, it Item) (io.ReaderAt, int64, io.Reader, error) {
	if ra, ok := rc.(interface {
		io.ReaderAt
		Stat() (fs.FileInfo, error)
	}); ok {
		if fi, err := ra.Stat(); err == nil {
			return ra, fi.Size(), nil, nil
		}
	}
	if eof {
		b := slices.Clone(head)
		return bytes.NewReader(b), int64(len(b)), bytes.NewReader(b), nil
	}
	limit := w.s.opts.MaxWholeFile
	var all bytes.Buffer
	all.Write(head)
	n, err := io.Copy(&all, io.LimitReader(rc, limit-int64(len(head))+1))
	if err != nil {
		return nil, 0, nil, err
	}
	if int64(len(head))+n > limit {
		return nil, 0, nil, fmt.Errorf("stream larger than %d bytes", limit)
	}
	b := all.Bytes()
	return bytes.NewReader(b), int64(len(b)), bytes.NewReader(b), nil
}
