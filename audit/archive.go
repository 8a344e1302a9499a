package audit

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"cmp"
	"compress/bzip2"
	"compress/gzip"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/klauspost/compress/zstd"
	"github.com/klauspost/readahead"
	"github.com/therootcompany/xz"
	"github.com/ulikunitz/xz/lzma"
	"github.com/walletaudit/walletaudit/internal/mailparts"
	"github.com/walletaudit/walletaudit/internal/ocr"
	"github.com/walletaudit/walletaudit/internal/pdftext"
	"github.com/walletaudit/walletaudit/internal/plisttext"
	"github.com/walletaudit/walletaudit/internal/pwexport"
	"github.com/walletaudit/walletaudit/internal/qrimage"
	"github.com/walletaudit/walletaudit/internal/sqlitetext"
	"github.com/walletaudit/walletaudit/internal/xlstext"
	"github.com/walletaudit/walletaudit/internal/xlsxtext"
	"github.com/walletaudit/walletaudit/mnemonic"
	"golang.org/x/text/encoding/charmap"
)

// Archive limits; see Options.Archive.
const (
	defaultArchiveDepth   = 3
	defaultArchiveMembers = 10000
	defaultArchiveBytes   = 1 << 30
	maxCompressionRatio   = 200
	ratioFloor            = 16 << 20 // ratios are checked past this many bytes
)

// ArchiveLimits bound what is read inside archives (zip, tar, gzip,
// bzip2, xz, zstd, nested): depth, members and decompressed bytes per top-level
// archive, and the compression ratio that marks a bomb. Hitting a limit is
// a recorded skip; the scan goes on.
type ArchiveLimits struct {
	// Depth is how many archives deep to look; 0 means 3, negative turns
	// archive scanning off. A compressed stream (gzip, bzip2, xz, lzma,
	// zstd) is one level with what it holds: a .tar.gz is one archive.
	Depth int
	// Members bounds the members read per archive; 0 means 10,000.
	Members int
	// Bytes bounds the decompressed bytes per top-level archive; 0 means
	// 1 GiB.
	Bytes int64
}

func (l ArchiveLimits) withDefaults() ArchiveLimits {
	if l.Depth == 0 {
		l.Depth = defaultArchiveDepth
	}
	if l.Members <= 0 {
		l.Members = defaultArchiveMembers
	}
	if l.Bytes <= 0 {
		l.Bytes = defaultArchiveBytes
	}
	return l
}

type archiveKind int

const (
	notArchive archiveKind = iota
	zipArchive
	gzipArchive
	bzip2Archive
	tarArchive
	mailMessage // MIME e-mail (.eml): parts decoded by internal/mailparts
	mailMbox    // mbox: messages one after another
	qrImage     // an image: its QR codes are decoded (internal/qrimage)
	pdfDoc      // a PDF: the text of its pages (internal/pdftext)
	sqliteDB    // an SQLite database: the text of its tables (internal/sqlitetext)
	xzArchive
	zstdArchive
	androidBackup // adb backup's .ab: a header, then a tar (androidbackup.go)
	plistDoc      // an Apple binary property list: its strings (internal/plisttext)
	mozLZ4File    // Firefox's LZ4-compressed files (mozlz4.go)
	vimSwap       // Vim's swap file: the lines it holds (vimswap.go)
	asciicast     // an asciinema recording: the text printed and typed (asciicast.go)
	lzmaArchive   // a legacy .lzma file (LZMA alone), known by its name and header
	arArchive     // a Unix ar archive: Debian's .deb packages, static libraries
	mmkvStore     // an MMKV key-value store: its text records (mmkv.go)
	xlsBook       // a Compound File (legacy Office): a workbook's sheets (internal/xlstext)
	// passwordExport plus a pwexport.Kind: a password manager's export,
	// its entries read by internal/pwexport.
	passwordExport archiveKind = 100
)

// pdfPages bounds the pages read per PDF.
const pdfPages = 1000

// sniffContainer is sniffArchive, then password-manager exports, which
// need the name too (a 1pux's export.data). Of head it reads the first
// archiveSniffSize bytes, and mailparts.SniffSize for mail.
func sniffContainer(name string, head []byte) archiveKind {
	if k := sniffArchive(head); k != notArchive {
		return k
	}
	head = head[:min(len(head), archiveSniffSize)]
	if k := pwexport.Sniff(name, head); k != pwexport.None {
		return passwordExport + archiveKind(k)
	}
	if strings.HasSuffix(strings.ToLower(name), ".lzma") && lzmaAloneHeader(head) {
		return lzmaArchive
	}
	return notArchive
}

// lzmaAloneHeader reports whether head starts with the 13-byte header of
// the legacy .lzma format (LZMA alone, which lzma-utils and `xz
// --format=lzma` write; it has no magic number): the lc/lp/pb byte
// (below 9·5·5), a dictionary of 4 KiB or more, and an uncompressed size
// that is unknown (all ones) or below 2^48.
func lzmaAloneHeader(head []byte) bool {
	if len(head) < 13 || head[0] >= 9*5*5 {
		return false
	}
	size := binary.LittleEndian.Uint64(head[5:13])
	return lzmaDict(head) >= 4<<10 && (size == math.MaxUint64 || size < 1<<48)
}

// lzmaDict is the dictionary size an LZMA alone header declares.
func lzmaDict(head []byte) uint32 { return binary.LittleEndian.Uint32(head[1:5]) }

// sniffArchive recognises archives by magic bytes, and mail by its
// header block (up to mailparts.SniffSize bytes of head).
func sniffArchive(head []byte) archiveKind {
	mail := head[:min(len(head), mailparts.SniffSize)]
	head = head[:min(len(head), archiveSniffSize)]
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")), bytes.HasPrefix(head, []byte("PK\x05\x06")):
		return zipArchive
	case bytes.HasPrefix(head, []byte("Cr24")) && len(head) >= 8 && (head[4] == 2 || head[4] == 3) && head[5]|head[6]|head[7] == 0:
		// A Chrome extension package (CRX2 or CRX3): a header and the
		// extension's zip, which the zip reader finds from its end.
		return zipArchive
	case bytes.HasPrefix(head, []byte{0x1f, 0x8b}):
		return gzipArchive
	case bytes.HasPrefix(head, []byte("BZh")) && len(head) > 4 && head[3] >= '1' && head[3] <= '9':
		return bzip2Archive
	case bytes.HasPrefix(head, []byte("\xfd7zXZ\x00")):
		return xzArchive
	case bytes.HasPrefix(head, []byte{0x28, 0xb5, 0x2f, 0xfd}):
		return zstdArchive
	case bytes.HasPrefix(head, []byte(arMagic)):
		return arArchive
	case bytes.HasPrefix(head, []byte(xlstext.Magic)):
		return xlsBook
	case len(head) >= 262 && string(head[257:262]) == "ustar":
		return tarArchive
	case bytes.HasPrefix(head, []byte(androidBackupMagic)):
		return androidBackup
	case qrimage.Sniff(head):
		return qrImage
	case pdftext.Sniff(head):
		return pdfDoc
	case sqlitetext.Sniff(head):
		return sqliteDB
	case plisttext.Sniff(head):
		return plistDoc
	case bytes.HasPrefix(head, []byte(mozLZ4Magic)):
		return mozLZ4File
	case bytes.HasPrefix(head, []byte(vimSwapMagic)):
		return vimSwap
	case sniffAsciicast(head):
		return asciicast
	case sniffMMKV(head):
		return mmkvStore
	}
	switch mailparts.Sniff(mail) {
	case mailparts.Message:
		return mailMessage
	case mailparts.Mbox:
		return mailMbox
	}
	return notArchive
}

// Memory bounds of the xz and zstd decoders. A stream declares the
// window it needs, up to gigabytes; these allow what the tools' own
// presets write (xz -9: 64 MiB; zstd --ultra -22 and --long: 128 MiB),
// and a stream that asks for more is a recorded failure, not an
// allocation.
const (
	maxXZDict     = 64 << 20
	maxZstdWindow = 128 << 20
)

// decompressor opens the single stream of a gzip, bzip2, xz, lzma or zstd
// file.
func decompressor(kind archiveKind, r io.Reader) (io.ReadCloser, error) {
	switch kind {
	case gzipArchive:
		g, err := gzip.NewReader(r)
		if err != nil {
			return nil, newFormatError("gzip", err)
		}
		return g, nil
	case xzArchive:
		x, err := xz.NewReader(r, maxXZDict)
		if err != nil {
			return nil, newFormatError("xz", err)
		}
		return io.NopCloser(x), nil
	case lzmaArchive:
		// The decoder allocates the dictionary the header declares.
		br := bufio.NewReader(r)
		head, err := br.Peek(13)
		if err != nil {
			return nil, newFormatError("lzma", err)
		}
		if d := lzmaDict(head); d > maxXZDict {
			return nil, newFormatError("lzma", fmt.Errorf("dictionary of %d bytes is larger than the %d allowed", d, maxXZDict))
		}
		l, err := lzma.NewReader(br)
		if err != nil {
			return nil, newFormatError("lzma", err)
		}
		return io.NopCloser(l), nil
	case zstdArchive:
		d, err := zstd.NewReader(r, zstd.WithDecoderConcurrency(1), zstd.WithDecoderLowmem(true), zstd.WithDecoderMaxWindow(maxZstdWindow))
		if err != nil {
			return nil, newFormatError("zstd", err)
		}
		return d.IOReadCloser(), nil
	}
	return io.NopCloser(bzip2.NewReader(r)), nil
}

// handoffMax is the largest member handoff gives to another worker: it
// is read whole first, so that the archive's reader can go on to the
// next member.
const handoffMax = 1 << 20

// handoff runs members of one archive, or chunks of one long item, on
// other workers (runState.spare): an archive or a large file is
// otherwise read by one worker, which leaves the other cores idle when
// it is the last item of a scan, or the only one (a backup). A job is
// queued only while the queue, as long as the workers are many, has
// room: else the item's worker does it itself. Memory so stays bounded
// by twice the workers' count of members or chunks of at most 1 MiB.
type handoff struct {
	wg  sync.WaitGroup
	n   int
	mu  sync.Mutex
	err error
}

// try queues job for another worker and reports whether it was queued.
func (h *handoff) try(st *runState, job func(*itemScanner) error) bool {
	h.wg.Add(1)
	run := func(w *itemScanner) {
		defer h.wg.Done()
		if err := job(w); err != nil {
			h.mu.Lock()
			if h.err == nil {
				h.err = err
			}
			h.mu.Unlock()
		}
	}
	select {
	case st.spare <- run:
		h.n++
		return true
	default:
		h.wg.Done()
		return false
	}
}

// wait runs queued jobs, its own or other archives', with w until the
// jobs it gave out are done, and returns the first error one returned
// (a scan returns only cancellation). Running them rather than only
// waiting is what keeps workers that all wait for their members from
// waiting for each other.
func (h *handoff) wait(w *itemScanner) error {
	return h.waitWith(w.st, func() *itemScanner { return w })
}

// waitWith is wait, running the jobs with the scanner get returns, made
// only if one is needed.
func (h *handoff) waitWith(st *runState, get func() *itemScanner) error {
	if h.n == 0 {
		return nil
	}
	done := make(chan struct{})
	go func() {
		h.wg.Wait()
		close(done)
	}()
	for {
		select {
		case <-done:
			return h.err
		case job := <-st.spare:
			job(get())
		}
	}
}

// wholeMember reads the member it opens whole when it holds at most
// handoffMax bytes and reads without error, and makes it.Open give
// those bytes. Otherwise whole is false and it.Open gives the bytes read
// followed by the rest of the member, or by the error met, as the
// member's own reader would have.
func wholeMember(it *Item) (data []byte, whole bool) {
	rc, err := it.Open()
	if err != nil {
		it.Open = func() (io.ReadCloser, error) { return nil, err }
		return nil, false
	}
	data = make([]byte, 0, min(max(it.Size, 0), handoffMax)+1)
	for empty := 0; len(data) < cap(data) && err == nil; {
		var n int
		n, err = rc.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if n > 0 {
			empty = 0
		} else if empty++; empty >= 100 {
			err = io.ErrNoProgress // as bufio and io.ReadAtLeast say it
		}
	}
	if err == io.EOF && len(data) <= handoffMax {
		rc.Close()
		it.Open = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil }
		it.Size = int64(len(data))
		return data, true
	}
	var rest io.Reader = rc
	if err != nil && err != io.EOF {
		rest = errReader{err}
	}
	it.Open = func() (io.ReadCloser, error) {
		return struct {
			io.Reader
			io.Closer
		}{io.MultiReader(bytes.NewReader(data), rest), rc}, nil
	}
	return data, false
}

// errReader returns err from every read.
type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }

// readAheadFrom is the compressed size from which a member is inflated
// ahead of its scan, and aheadBuffers and aheadSize are how far ahead.
const (
	readAheadFrom = 256 << 10
	aheadBuffers  = 3
	aheadSize     = 256 << 10
)

// readAhead returns r, the decompressor of compressed bytes, read ahead
// by a goroutine of its own when compressed is at least readAheadFrom
// (github.com/klauspost/readahead): a large stream is then inflated on
// one core while what it gave is scanned on another, which matters when
// one archive (a backup, a large test file) is all that is left to read.
// The goroutine stops, and is waited for, at Close; it reads at most
// aheadBuffers×aheadSize bytes past the scan, and a panic in r is
// returned as an error. A small member is not worth a goroutine: r is
// returned as it is.
func readAhead(r io.Reader, compressed int64) io.ReadCloser {
	if compressed < readAheadFrom {
		return io.NopCloser(r)
	}
	ra, err := readahead.NewReaderSize(recovering{r}, aheadBuffers, aheadSize)
	if err != nil {
		return io.NopCloser(r)
	}
	return rethrowing{ra}
}

// recovering is the reader readAhead's goroutine reads: a panic in the
// decompressor is caught there (a goroutine's panic would end the
// process) and returned as an *InternalError, which holds no part of
// the panic's value.
type recovering struct{ r io.Reader }

func (p recovering) Read(b []byte) (n int, err error) {
	defer func() {
		if x := recover(); x != nil {
			n, err = 0, internalError(x)
		}
	}()
	return p.r.Read(b)
}

// rethrowing is the end of readAhead the scan reads: it panics again
// with an *InternalError caught on the other side, so that the item
// records it as an internal error, as it would without the read-ahead.
type rethrowing struct{ io.ReadCloser }

func (p rethrowing) Read(b []byte) (int, error) {
	n, err := p.ReadCloser.Read(b)
	if ie, ok := errors.AsType[*InternalError](err); ok {
		panic(ie)
	}
	return n, err
}

// closers closes each of its members in order and returns the first
// error.
type closers []io.Closer

func (cs closers) Close() error {
	var first error
	for _, c := range cs {
		if err := c.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// decompressedName names the content of a compressed file as its tool
// would: "notes.txt.xz" holds "notes.txt", "backup.tgz" "backup.tar". A
// member's name is its own ("a.zip!notes.gz" holds "notes").
func decompressedName(p string) string {
	base := p[strings.LastIndexAny(p, "/\\!")+1:]
	for _, s := range [...]struct{ ext, to string }{
		{".tgz", ".tar"}, {".tbz2", ".tar"}, {".tbz", ".tar"}, {".txz", ".tar"}, {".tzst", ".tar"},
		{".gz", ""}, {".bz2", ""}, {".xz", ""}, {".lzma", ""}, {".zst", ""}, {".zstd", ""},
	} {
		if strings.HasSuffix(base, s.ext) && len(base) > len(s.ext) {
			return strings.TrimSuffix(base, s.ext) + s.to
		}
	}
	return base
}

// archiveBudget is shared by all members of one top-level archive.
type archiveBudget struct {
	members int
	bytes   int64
}

var errArchiveBudget = errors.New("archive limit reached")

// budgetError is errArchiveBudget with the limit that was reached, so the
// one skip recorded for the archive says which.
type budgetError struct{ reason string }

func (e *budgetError) Error() string        { return e.reason }
func (e *budgetError) Is(target error) bool { return target == errArchiveBudget }

// formatError names the archive format once: the standard readers' errors
// already start with "zip: ", "gzip: " or "archive/tar: ".
type formatError struct {
	msg string
	err error
}

func (e *formatError) Error() string { return e.msg }
func (e *formatError) Unwrap() error { return e.err }

func newFormatError(format string, err error) error {
	msg := err.Error()
	for _, p := range []string{format + ": ", "archive/" + format + ": ", "compress/" + format + ": "} {
		msg = strings.TrimPrefix(msg, p)
	}
	return &formatError{msg: format + ": " + msg, err: err}
}

// budgetReader counts decompressed bytes against the budget and stops a
// stream whose ratio to its compressed size marks a bomb.
type budgetReader struct {
	r          io.Reader
	b          *archiveBudget
	read       int64
	compressed int64 // 0 when unknown
}

func (r *budgetReader) Read(p []byte) (int, error) {
	if r.b.bytes <= 0 {
		return 0, &budgetError{"decompressed-bytes limit of the archive reached"}
	}
	if int64(len(p)) > r.b.bytes {
		p = p[:r.b.bytes]
	}
	n, err := r.r.Read(p)
	r.read += int64(n)
	r.b.bytes -= int64(n)
	if r.compressed > 0 && r.read > ratioFloor && r.read/r.compressed > maxCompressionRatio {
		return n, &budgetError{fmt.Sprintf("compression ratio above %d:1 (a decompression bomb)", maxCompressionRatio)}
	}
	return n, err
}

// scanArchive reads the members of an archive as items of their own,
// named "outer!member". It reports whether it handled the item.
//
// broken reports that the container could not be opened or failed part-way
// (the failure is recorded): its raw bytes are then scanned as well, so a
// secret in a damaged archive, or in bytes that only look like one, is
// still found.
func (w *itemScanner) scanArchive(ctx context.Context, it Item, rc io.ReadCloser, kind archiveKind, out chan<- Finding, found map[string]bool) (broken bool, err error) {
	lim := w.s.archive
	stream := kind == gzipArchive || kind == bzip2Archive || kind == xzArchive || kind == lzmaArchive || kind == zstdArchive
	if it.depth >= lim.Depth {
		w.st.skip(it.Path, fmt.Sprintf("archive nested deeper than %d levels", lim.Depth))
		return false, nil
	}
	if stream && it.streams >= maxStreams {
		w.st.skip(it.Path, fmt.Sprintf("compressed streams nested deeper than %d", maxStreams))
		return false, nil
	}
	// A compressed stream is one level with what it holds: a tar.gz is
	// one archive, and a zip in a tar.gz in a zip is three.
	level, streams := it.depth+1, 0
	if stream {
		level, streams = it.depth, it.streams+1
	}
	b := it.budget
	if b == nil {
		b = &archiveBudget{members: lim.Members, bytes: lim.Bytes}
	}
	w.st.files.Add(1)
	origin := "archive" // "ocr" for the text read from an image
	// The archive's own storage (an ACL lookup, the directories above) is
	// the same for every member: found once.
	outer := sync.OnceValue(func() Storage { return storageOf(it, w.st.vcs) })
	// The members of a tar or zip archive that are read whole and hold
	// no container are scanned by workers with nothing else to do, when
	// there are any (handoff); they are all done before the archive is.
	var jobs handoff
	defer func() {
		if jerr := jobs.wait(w); err == nil {
			err = jerr
		}
	}()
	// Only a container whose own bytes are scanned after its members (a
	// PDF, an SQLite database, an image) looks at what they found.
	memberOf := found
	if kind == tarArchive || kind == zipArchive {
		memberOf = nil
	}
	// memberAt scans a member; place, when set, places its findings in
	// the container (a mail's plain-text part).
	memberAt := func(name string, size int64, mode os.FileMode, open func() (io.ReadCloser, error), place placer) error {
		if b.members <= 0 {
			return &budgetError{"members limit of the archive reached"}
		}
		b.members--
		sub := Item{Path: it.Path + "!" + name, Size: size, Mode: mode, Origin: origin, Open: open,
			depth: level, streams: streams, budget: b, ModTime: it.ModTime, memberOf: memberOf, place: place, rootLen: it.rootLen}
		if st := outer(); st.InVCS || st.Synced != "" || st.Permissions != "" {
			// A member is as readable as its archive on disk, whatever
			// mode the archive recorded for it, and kept where the
			// archive is (a work tree, a synced folder); what it is
			// comes from its own name, under the archive's path.
			inner := storageOf(Item{Path: sub.Path, Origin: "archive", rootLen: it.rootLen}, nil)
			inner.InVCS, inner.Synced, inner.Permissions, inner.WorldReadable = st.InVCS, st.Synced, st.Permissions, st.WorldReadable
			sub.Storage = &inner
		}
		if memberOf == nil && place == nil && size > 0 && size <= handoffMax && w.st.spare != nil {
			data, whole := wholeMember(&sub)
			// A member that is itself a container shares the archive's
			// budget: it is read here, as before.
			if whole && sniffContainer(sub.Path, data) == notArchive && !isLevelDBName(sub.Path) &&
				jobs.try(w.st, func(w *itemScanner) error { return w.scan(ctx, sub, out) }) {
				return nil
			}
		}
		return w.scan(ctx, sub, out)
	}
	member := func(name string, size int64, mode os.FileMode, open func() (io.ReadCloser, error)) error {
		return memberAt(name, size, mode, open, nil)
	}
	// catch sees what the decompressors and the zip reader return, under
	// the budget: an error there means the container is damaged.
	catch := &errCatcher{}
	switch kind {
	case zipArchive:
		err = w.scanZip(it, rc, b, catch, member)
	case tarArchive:
		err = scanTar(catch.wrap(rc), b, member)
	case arArchive:
		err = scanAr(catch.wrap(rc), b, member)
	case androidBackup:
		tr, aerr := androidBackupTar(rc)
		if errors.Is(aerr, errEncryptedBackup) {
			w.st.skip(it.Path, aerr.Error())
			return false, nil
		}
		if aerr != nil {
			w.st.fail(it.Path, aerr)
			return true, nil
		}
		// The members count their bytes into the budget; the stream is
		// watched only for its compression ratio (a bomb).
		ratio := &budgetReader{r: catch.wrap(tr), b: &archiveBudget{bytes: math.MaxInt64}, compressed: max(it.Size, 0)}
		err = scanTar(ratio, b, member)
	case gzipArchive, bzip2Archive, xzArchive, lzmaArchive, zstdArchive:
		zr, zerr := decompressor(kind, rc)
		if zerr != nil {
			w.st.fail(it.Path, zerr)
			return true, nil
		}
		defer zr.Close()
		ahead := readAhead(zr, it.Size)
		defer ahead.Close() // before zr's: stops the goroutine reading it
		br := &budgetReader{r: catch.wrap(ahead), b: b, compressed: max(it.Size, 0)}
		err = member(decompressedName(it.Path), -1, 0o644, func() (io.ReadCloser, error) { return io.NopCloser(br), nil })
	case mailMessage, mailMbox:
		mk := mailparts.Message
		if kind == mailMbox {
			mk = mailparts.Mbox
		}
		raw := &rawCopy{max: mailPlaceBytes}
		var from int // where in the mail the next part sent as written is looked for
		err = mailparts.Walk(io.TeeReader(catch.wrap(rc), raw), mk, mailparts.Limits{Parts: lim.Members}, func(name string, part io.Reader, form mailparts.Form) error {
			// The parts before are done with: an mbox of any size is
			// placed through a window of mailPlaceBytes.
			raw.slide(&from)
			br := &budgetReader{r: part, b: b}
			var pl *memberPlace
			if form != mailparts.Apart && !raw.over {
				// A part sent as written, or in quoted-printable or
				// base64: what is found in it is placed in the mail (at
				// its line; for base64, at the encoded blob's lines), not
				// in a member. An attachment's name stays in the
				// finding's details ("entry").
				pl = &memberPlace{container: it.Path, origin: it.Origin, raw: raw, from: &from, form: form &^ mailparts.SingleByte}
				if form&mailparts.SingleByte != 0 {
					// Latin-1, Windows-1252 and the like: what is found
					// is placed through the bytes its characters were.
					pl.single = &singleBytes{}
				}
				if !strings.HasSuffix(name, ".txt") && !strings.HasSuffix(name, ".html") {
					pl.entry = path.Base(name)
				}
				br.r = io.TeeReader(part, pl)
			}
			var place placer
			if pl != nil {
				place = pl
			}
			err := memberAt(name, -1, 0o644, func() (io.ReadCloser, error) { return io.NopCloser(br), nil }, place)
			if pl != nil {
				pl.resolve() // moves from past this part, found in it or not
			}
			return err
		})
		if errors.Is(err, mailparts.ErrLimit) {
			err = errArchiveBudget
		}
	case qrImage:
		// The QR codes of an image are members; the image's own bytes
		// (text chunks, EXIF comments) are scanned too, as before.
		w.scanQR(it, rc, member)
		if w.s.ocr != nil {
			origin = "ocr"
			w.scanOCR(ctx, it, rc, b, member)
		}
		return true, nil
	case pdfDoc:
		// The text of the pages are members; the file's own bytes
		// (uncompressed text, metadata) are scanned too, as before.
		w.scanPDF(ctx, it, rc, b, member)
		return true, nil
	case sqliteDB:
		// The text of each table is a member; the file's own bytes
		// (a Bitcoin Core wallet's records, deleted rows) are scanned
		// too, as before.
		w.scanSQLite(ctx, it, rc, b, member)
		return true, nil
	case xlsBook:
		// A legacy workbook's sheets are members; the file's own bytes
		// (a Word document's or a mail's UTF-16 text) are scanned too.
		w.scanXLS(it, rc, b, member)
		return true, nil
	case mozLZ4File:
		// Both the file and its text are held in memory: each is
		// bounded by MaxWholeFile, as a stream read whole is.
		limit := min(w.s.opts.MaxWholeFile, b.bytes)
		data, rerr := readMozLZ4(catch.wrap(rc), limit)
		var text []byte
		if rerr == nil {
			text, rerr = mozLZ4(data, limit)
		}
		if rerr != nil && !errors.Is(rerr, errArchiveBudget) {
			w.st.fail(it.Path, rerr)
			return true, nil
		}
		err = rerr
		if err == nil {
			br := &budgetReader{r: bytes.NewReader(text), b: b}
			err = member(mozLZ4Name(it.Path), int64(len(text)), 0o644, func() (io.ReadCloser, error) { return io.NopCloser(br), nil })
		}
	case plistDoc:
		// The strings of the list are one member; the file's own bytes
		// are scanned too, as a database's are.
		w.scanPlist(it, rc, b, member)
		return true, nil
	case vimSwap:
		w.scanVimSwap(it, rc, b, member)
		return true, nil
	case mmkvStore:
		w.scanMMKV(it, rc, b, member)
		return true, nil
	case asciicast:
		w.scanAsciicast(it, rc, b, memberAt)
		return true, nil
	default:
		if kind > passwordExport {
			err = scanPasswordExport(catch.wrap(rc), pwexport.Kind(kind-passwordExport), b, lim.Members, w.s.opts.MaxWholeFile,
				func(name string, places []pwexport.Place, open func() (io.ReadCloser, error)) error {
					var place placer
					if places != nil {
						place = &linePlace{container: it.Path, origin: it.Origin, entry: name, places: places}
					}
					return memberAt(name, -1, 0o644, open, place)
				})
		}
	}
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	if errors.Is(err, errArchiveBudget) {
		// Recorded once, here, for the archive: the member that hit the
		// limit does not record it again.
		reason := "archive limits reached"
		if be := (*budgetError)(nil); errors.As(err, &be) {
			reason = be.reason
		}
		w.st.skip(it.Path, reason+"; the rest was not read")
		return false, nil
	}
	if err != nil {
		w.st.fail(it.Path, err)
		return true, nil
	}
	if catch.err != nil {
		// A member failed part-way (recorded on the member).
		return true, nil
	}
	return false, err
}

// scanPasswordExport reads a password manager's export: each entry is a
// member, "entry N: <title>", its text fields one "field: value" line each;
// the title names the finding, the content never does.
func scanPasswordExport(r io.Reader, kind pwexport.Kind, b *archiveBudget, members int, maxBytes int64, member func(name string, places []pwexport.Place, open func() (io.ReadCloser, error)) error) error {
	n := 0
	err := pwexport.Entries(r, kind, pwexport.Limits{Entries: members, Bytes: maxBytes}, func(en pwexport.Entry) error {
		n++
		br := &budgetReader{r: en.Content, b: b}
		return member(pwexport.MemberName(n, en.Title), en.Places, func() (io.ReadCloser, error) { return io.NopCloser(br), nil })
	})
	if errors.Is(err, pwexport.ErrLimit) {
		return errArchiveBudget
	}
	return err
}

// scanQR decodes the QR codes of an image and scans each as a member
// ("photo.png!qr1"). Binary content of 16 or 32 bytes is read as a
// CompactSeedQR (SeedSigner: the entropy of a 12- or 24-word phrase) and
// handed on as that phrase's words ("photo.png!qr1-compactseedqr"); other
// binary content as it is ("…!qr1-bytes"). An image that does not decode
// gives nothing here: its bytes are scanned anyway.
func (w *itemScanner) scanQR(it Item, rc io.Reader, member func(string, int64, os.FileMode, func() (io.ReadCloser, error)) error) {
	data, err := io.ReadAll(io.LimitReader(rc, w.s.opts.MaxWholeFile+1))
	if err != nil || int64(len(data)) > w.s.opts.MaxWholeFile {
		return
	}
	codes, err := qrimage.Decode(data, 0)
	if err != nil {
		if errors.Is(err, qrimage.ErrTooLarge) {
			w.st.skip(it.Path, "image too large to look for QR codes in")
		}
		return
	}
	for i, c := range codes {
		name := fmt.Sprintf("qr%d", i+1)
		payloads := []struct {
			name string
			data []byte
		}{{name, c.Text}}
		if c.Raw != nil {
			raw := struct {
				name string
				data []byte
			}{name + "-bytes", c.Raw}
			if len(c.Raw) == 16 || len(c.Raw) == 32 {
				if ph, err := mnemonic.FromEntropy(c.Raw, mnemonic.English); err == nil {
					raw.name, raw.data = name+"-compactseedqr", []byte(ph.Reveal())
				}
			}
			payloads = append(payloads, raw)
		}
		for _, p := range payloads {
			if err := member(p.name, int64(len(p.data)), 0o644, func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(p.data)), nil }); err != nil {
				return
			}
		}
	}
}

// scanPDF hands on the text of a PDF's pages as members "page1.txt"…, in
// reading order; the text counts against the archive budget. A PDF that
// does not parse gives nothing here (its bytes are scanned anyway); one
// that reaches a limit gives the pages before it and a skip.
func (w *itemScanner) scanPDF(ctx context.Context, it Item, rc io.Reader, b *archiveBudget, member func(string, int64, os.FileMode, func() (io.ReadCloser, error)) error) {
	ra, size, ok := readerAtOf(rc)
	if !ok || b.bytes <= 0 {
		return
	}
	pages, err := pdftext.Extract(ctx, ra, size, pdftext.Limits{Pages: pdfPages, Bytes: b.bytes})
	if err != nil && !errors.Is(err, pdftext.ErrLimit) {
		w.s.log.Debug("pdf text not read", "path", it.Path, "err", err)
	}
	names := make([]string, len(pages))
	for i := range pages {
		names[i] = fmt.Sprintf("page%d.txt", i+1)
	}
	w.textMembers(it, b, names, pages, err, pdftext.ErrLimit, "PDF", member)
}

// textMembers hands on the texts of a document (a PDF's pages, a
// database's tables) as members, each counted against the archive
// budget. err is what the extractor returned: when it is limit, or when
// the budget runs out, one skip says the rest of the document (what) was
// not read.
func (w *itemScanner) textMembers(it Item, b *archiveBudget, names, texts []string, err, limit error, what string, member func(string, int64, os.FileMode, func() (io.ReadCloser, error)) error) {
	for i, t := range texts {
		br := &budgetReader{r: strings.NewReader(t), b: b}
		if merr := member(names[i], int64(len(t)), 0o644, func() (io.ReadCloser, error) { return io.NopCloser(br), nil }); merr != nil {
			if errors.Is(merr, errArchiveBudget) {
				w.st.skip(it.Path, "archive limits reached; the rest of the "+what+" was not read")
			}
			return
		}
	}
	if errors.Is(err, limit) {
		_, reason, _ := strings.Cut(err.Error(), ": ") // without the package's name
		w.st.skip(it.Path, reason+"; the rest of the "+what+" was not read")
	}
}

// memberName makes a table's or a sheet's name a member's: its "/" and
// "!", which part a member's path, are "_".
func memberName(name string) string { return strings.NewReplacer("/", "_", "!", "_").Replace(name) }

// scanSQLite hands on the text of each table of an SQLite database as a
// member named after the table, each value on a line of its own
// (internal/sqlitetext): values lie side by side in the file's bytes, so
// a phrase typed into a notes app is glued to the columns around it. The
// text counts against the archive budget; a database that does not parse
// gives the tables read before the damage (its bytes are scanned anyway).
func (w *itemScanner) scanSQLite(ctx context.Context, it Item, rc io.Reader, b *archiveBudget, member func(string, int64, os.FileMode, func() (io.ReadCloser, error)) error) {
	ra, size, ok := readerAtOf(rc)
	if !ok || b.bytes <= 0 {
		return
	}
	tables, err := sqlitetext.Extract(ctx, ra, size, sqlitetext.Limits{Bytes: b.bytes})
	if err != nil && ctx.Err() == nil {
		w.s.log.Debug("sqlite text not read in full", "path", it.Path, "err", err)
	}
	names, texts := make([]string, len(tables)), make([]string, len(tables))
	for i, t := range tables {
		names[i], texts[i] = memberName(t.Name), t.Text
	}
	w.textMembers(it, b, names, texts, err, sqlitetext.ErrLimit, "database", member)
}

// scanXLS hands on the sheets of a legacy Excel workbook (.xls) as
// members, a row a line and its cells apart by tabs (internal/xlstext),
// named as a workbook's sheets are ("Sheet1 (cells)"): the words of its
// cells lie in a shared string table, glued to their lengths and apart
// from the order of the sheet. A Compound File that holds no workbook (a
// Word document, a mail) gives none.
func (w *itemScanner) scanXLS(it Item, rc io.Reader, b *archiveBudget, member func(string, int64, os.FileMode, func() (io.ReadCloser, error)) error) {
	ra, size, ok := readerAtOf(rc)
	if !ok || b.bytes <= 0 {
		return
	}
	sheets, err := xlstext.Sheets(ra, size, xlstext.Limits{Bytes: min(b.bytes, w.s.opts.MaxWholeFile)})
	if err != nil {
		w.s.log.Debug("workbook not read in full", "path", it.Path, "err", err)
	}
	var names, texts []string
	for _, sh := range sheets {
		if sh.Text != "" {
			names = append(names, memberName(sh.Name)+cellsSuffix)
			texts = append(texts, sh.Text)
		}
	}
	w.textMembers(it, b, names, texts, err, xlstext.ErrLimit, "workbook", member)
}

// maxPlist is the largest property list read: preferences are
// kilobytes; a larger file is scanned as plain bytes only.
const maxPlist = 64 << 20

// scanPlist hands on the strings of a binary property list, each after
// its key path (internal/plisttext), as the member "values.txt".
func (w *itemScanner) scanPlist(it Item, rc io.Reader, b *archiveBudget, member func(string, int64, os.FileMode, func() (io.ReadCloser, error)) error) {
	data, ok := w.readWhole(it, rc, b, maxPlist, "property list")
	if !ok {
		return
	}
	text, err := plisttext.Text(data, plisttext.Limits{Bytes: b.bytes})
	if err != nil && !errors.Is(err, plisttext.ErrLimit) {
		w.s.log.Debug("property list not read in full", "path", it.Path, "err", err)
	}
	if text == "" {
		return
	}
	w.textMembers(it, b, []string{"values.txt"}, []string{text}, err, plisttext.ErrLimit, "property list", member)
}

// readWhole reads a container whose text is made from all of its bytes
// (what names its kind in the skip recorded) into memory: none when the
// archive budget is spent, or when it is larger than limit, which leaves
// only its bytes scanned.
func (w *itemScanner) readWhole(it Item, rc io.Reader, b *archiveBudget, limit int64, what string) ([]byte, bool) {
	ra, size, ok := readerAtOf(rc)
	if !ok || b.bytes <= 0 {
		return nil, false
	}
	if size > limit {
		w.st.skip(it.Path, fmt.Sprintf("%s of %d bytes: only its bytes were scanned", what, size))
		return nil, false
	}
	data := make([]byte, size)
	if _, err := ra.ReadAt(data, 0); err != nil && !errors.Is(err, io.EOF) {
		w.st.fail(it.Path, err)
		return nil, false
	}
	return data, true
}

// scanOCR hands on the text Tesseract reads in a text-sized image (see
// ocr.LikelyText) as the member "ocr.txt"; it runs only with Options.OCR.
func (w *itemScanner) scanOCR(ctx context.Context, it Item, rc io.Reader, b *archiveBudget, member func(string, int64, os.FileMode, func() (io.ReadCloser, error)) error) {
	ra, size, ok := readerAtOf(rc)
	if !ok || size > ocr.MaxBytes {
		return
	}
	data := make([]byte, size)
	if n, _ := ra.ReadAt(data, 0); int64(n) < size || !ocr.LikelyText(data) {
		return
	}
	text, err := w.s.ocr.Text(ctx, data)
	if err != nil {
		if ctx.Err() == nil {
			w.st.skip(it.Path, "text recognition failed: "+err.Error())
		}
		return
	}
	br := &budgetReader{r: strings.NewReader(text), b: b}
	if err := member("ocr.txt", int64(len(text)), 0o644, func() (io.ReadCloser, error) { return io.NopCloser(br), nil }); errors.Is(err, errArchiveBudget) {
		w.st.skip(it.Path, "archive limits reached; the text read in the image was not scanned")
	}
}

// readerAtOf gives random access to a container that rewindable read
// into memory or that is a file.
func readerAtOf(rc io.Reader) (io.ReaderAt, int64, bool) {
	switch r := rc.(type) {
	case memRewinder:
		return r.Reader, r.Size(), true
	case fileRewinder:
		ra, ok := r.ReadSeeker.(io.ReaderAt)
		if !ok {
			return nil, 0, false
		}
		var size int64
		var err error
		switch f := r.ReadSeeker.(type) {
		case *os.File:
			var info fs.FileInfo
			if info, err = f.Stat(); err == nil {
				size = info.Size()
			}
		case interface{ size() (int64, error) }:
			size, err = f.size()
		default:
			return nil, 0, false
		}
		if err != nil {
			return nil, 0, false
		}
		return ra, size, true
	}
	return nil, 0, false
}

// errCatcher remembers the first error, other than end of file, that the
// readers it wraps return.
type errCatcher struct{ err error }

func (c *errCatcher) wrap(r io.Reader) io.Reader { return &caughtReader{r: r, c: c} }

type caughtReader struct {
	r io.Reader
	c *errCatcher
}

func (r *caughtReader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	if err != nil && err != io.EOF && r.c.err == nil {
		r.c.err = err
	}
	return n, err
}

// overlapping returns the members whose compressed data begins inside an
// earlier member's (by offset in the file). No archiver writes such
// members; a zip bomb does, so that one deflate stream is inflated once
// for each (D. Fifield, "A better zip bomb", WOOT 2019). The member that
// begins first is kept.
func overlapping(files []*zip.File) map[*zip.File]bool {
	type span struct {
		start, end int64
		f          *zip.File
	}
	spans := make([]span, 0, len(files))
	for _, f := range files {
		if f.CompressedSize64 == 0 {
			continue
		}
		off, err := f.DataOffset()
		if err != nil {
			continue // opening it fails the same way
		}
		spans = append(spans, span{off, off + int64(f.CompressedSize64), f})
	}
	slices.SortStableFunc(spans, func(a, b span) int { return cmp.Compare(a.start, b.start) })
	var out map[*zip.File]bool
	end := int64(-1)
	for _, sp := range spans {
		if sp.start < end {
			if out == nil {
				out = map[*zip.File]bool{}
			}
			out[sp.f] = true
		}
		end = max(end, sp.end)
	}
	return out
}

// zipTrailer returns the offset where the zip's end-of-central-directory
// record (22 bytes) starts, or -1: what follows it (the archive comment and any bytes
// appended after the archive) is no member's and is scanned as bytes.
func zipTrailer(ra io.ReaderAt, size int64) int64 {
	const eocdLen = 22
	n := min(size, eocdLen+65535+1<<10)
	buf := make([]byte, n)
	if _, err := ra.ReadAt(buf, size-n); err != nil && err != io.EOF {
		return -1
	}
	for i := len(buf) - eocdLen; i >= 0; i-- {
		if buf[i] == 'P' && string(buf[i:i+4]) == "PK\x05\x06" {
			return size - n + int64(i)
		}
	}
	return -1
}

func (w *itemScanner) scanZip(it Item, rc io.ReadCloser, b *archiveBudget, catch *errCatcher, member func(string, int64, os.FileMode, func() (io.ReadCloser, error)) error) error {
	var ra io.ReaderAt
	var size int64
	if f, ok := rc.(interface {
		io.ReaderAt
		Stat() (fs.FileInfo, error)
	}); ok {
		info, err := f.Stat()
		if err != nil {
			return err
		}
		ra, size = f, info.Size()
	} else if sr, ok := rc.(interface {
		io.ReaderAt
		Size() int64
	}); ok {
		ra, size = sr, sr.Size()
	} else {
		data, err := io.ReadAll(io.LimitReader(rc, w.s.opts.MaxWholeFile+1))
		if err != nil {
			return err
		}
		if int64(len(data)) > w.s.opts.MaxWholeFile {
			return fmt.Errorf("zip stream larger than %d bytes", w.s.opts.MaxWholeFile)
		}
		ra, size = bytes.NewReader(data), int64(len(data))
	}
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		if errors.Is(err, zip.ErrFormat) {
			return &formatError{msg: "not a valid zip archive", err: err}
		}
		return newFormatError("zip", err)
	}
	overlaps := overlapping(zr.File)
	// A workbook's sheets are read as text, a row a line: its parts hold
	// the words of the cells apart from their order (internal/xlsxtext).
	// The parts the text is made of are then not read again as they are;
	// when the sheets cannot be read, they are.
	var sheets []xlsxtext.Sheet
	if xlsxtext.Is(zr) {
		var err error
		sheets, err = xlsxtext.Sheets(zr, xlsxtext.Limits{Bytes: min(b.bytes, w.s.opts.MaxWholeFile)})
		if err != nil {
			w.st.fail(it.Path+"!xl/worksheets", err)
			sheets = nil
		}
	}
	for _, sh := range sheets {
		text := sh.Text
		if err := member(sh.Name+cellsSuffix, int64(len(text)), 0o644, func() (io.ReadCloser, error) {
			return io.NopCloser(&budgetReader{r: strings.NewReader(text), b: b}), nil
		}); err != nil {
			return err
		}
	}
	for _, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		if sheets != nil && xlsxtext.Read(f.Name) {
			continue
		}
		name := zipMemberName(f)
		if f.Mode()&os.ModeType != 0 {
			w.st.skip(it.Path+"!"+name, irregularReason(f.Mode()))
			continue
		}
		if overlaps[f] {
			w.st.skip(it.Path+"!"+name, "its data overlaps another member's (a zip bomb)")
			continue
		}
		if f.Flags&zipEncrypted != 0 {
			// A password-protected archive's member: its bytes are
			// ciphertext, no error of the archive's.
			w.st.skip(it.Path+"!"+name, "encrypted (a password-protected zip): not read")
			continue
		}
		if f.CompressedSize64 > 0 && f.UncompressedSize64 > ratioFloor && f.UncompressedSize64/f.CompressedSize64 > maxCompressionRatio {
			w.st.skip(it.Path+"!"+name, fmt.Sprintf("compression ratio above %d:1 (a decompression bomb)", maxCompressionRatio))
			continue
		}
		zf := f
		err := member(name, int64(f.UncompressedSize64), f.Mode(), func() (io.ReadCloser, error) {
			r, err := zf.Open()
			if err != nil {
				catch.err = err
				return nil, err
			}
			ahead := readAhead(r, int64(zf.CompressedSize64))
			return struct {
				io.Reader
				io.Closer
			}{&budgetReader{r: catch.wrap(ahead), b: b, compressed: int64(zf.CompressedSize64)}, closers{ahead, r}}, nil
		})
		if err != nil {
			return err
		}
	}
	// The comment and bytes appended after the archive are read as they
	// are.
	if at := zipTrailer(ra, size) + 22; at > 22 && size > at {
		sec := io.NewSectionReader(ra, at, size-at)
		return member("(zip trailer)", size-at, 0o644, func() (io.ReadCloser, error) { return io.NopCloser(sec), nil })
	}
	return nil
}

// zipEncrypted is the general-purpose flag of a zip member whose data is
// encrypted (APPNOTE 4.4.4, bit 0).
const zipEncrypted = 0x1

func scanTar(rc io.Reader, b *archiveBudget, member func(string, int64, os.FileMode, func() (io.ReadCloser, error)) error) error {
	tr := tar.NewReader(rc)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return newFormatError("tar", err)
		}
		if h.Typeflag != tar.TypeReg { // the reader reports the old TypeRegA as TypeReg
			continue // links, devices, directories: never followed or opened
		}
		r := io.NopCloser(&budgetReader{r: tr, b: b})
		if err := member(h.Name, h.Size, h.FileInfo().Mode(), func() (io.ReadCloser, error) { return r, nil }); err != nil {
			return err
		}
	}
}

// arMagic starts a Unix ar archive.
const arMagic = "!<arch>\n"

// scanAr reads the members of an ar archive (a Debian package's
// debian-binary, control.tar.* and data.tar.*; a static library's
// objects): a 60-byte header each (a name of 16 bytes, GNU's ending in
// "/" and BSD's "#1/<n>" with the name first in the data, a decimal size
// at bytes 48 to 58, "`\n" at 58), the data padded to an even length.
// The symbol and long-name tables ("/", "//", "__.SYMDEF") are not
// members.
func scanAr(r io.Reader, b *archiveBudget, member func(string, int64, os.FileMode, func() (io.ReadCloser, error)) error) error {
	if _, err := io.ReadFull(r, make([]byte, len(arMagic))); err != nil {
		return newFormatError("ar", err)
	}
	var h [60]byte
	for {
		if _, err := io.ReadFull(r, h[:]); err == io.EOF {
			return nil
		} else if err != nil {
			return newFormatError("ar", err)
		}
		if string(h[58:60]) != "`\n" {
			return newFormatError("ar", errors.New("bad member header"))
		}
		size, err := strconv.ParseInt(strings.TrimSpace(string(h[48:58])), 10, 64)
		if err != nil || size < 0 {
			return newFormatError("ar", fmt.Errorf("bad member size %q", strings.TrimSpace(string(h[48:58]))))
		}
		data := io.LimitReader(r, size)
		name := strings.TrimRight(string(h[:16]), " ")
		if n, ok := strings.CutPrefix(name, "#1/"); ok {
			// BSD: the name's length, the name first in the data.
			l, err := strconv.Atoi(n)
			if err != nil || l < 0 || int64(l) > size || l > 4096 {
				return newFormatError("ar", fmt.Errorf("bad long name %q", name))
			}
			raw := make([]byte, l)
			if _, err := io.ReadFull(data, raw); err != nil {
				return newFormatError("ar", err)
			}
			name = strings.TrimRight(string(raw), "\x00")
		}
		if name != "/" && name != "//" && !strings.HasPrefix(name, "__.SYMDEF") && name != "/SYM64/" {
			name = strings.TrimSuffix(name, "/")
			mode := os.FileMode(0o644)
			if m, err := strconv.ParseUint(strings.TrimSpace(string(h[40:48])), 8, 32); err == nil {
				mode = os.FileMode(m) & os.ModePerm
			}
			br := io.NopCloser(&budgetReader{r: data, b: b})
			if err := member(name, size, mode, func() (io.ReadCloser, error) { return br, nil }); err != nil {
				return err
			}
		}
		// What the member left, and the padding to an even offset.
		if _, err := io.Copy(io.Discard, data); err != nil {
			return newFormatError("ar", err)
		}
		if size%2 == 1 {
			if _, err := io.ReadFull(r, h[:1]); err != nil && err != io.EOF {
				return newFormatError("ar", err)
			}
		}
	}
}

// maxStreams bounds the compressed streams read one inside another
// (archive.go's scanArchive): they share their archive's level.
const maxStreams = 3

// archiveSniffSize is how much of an item's head tells a container.
const archiveSniffSize = 512

// peekArchive looks at the first bytes of a stream without losing them:
// they are replayed. (Files on disk are sniffed from the head the scan
// reads anyway; see itemScanner.scan.)
func peekArchive(rc io.ReadCloser, name string) (io.ReadCloser, archiveKind, error) {
	var head [archiveSniffSize]byte
	n, err := io.ReadFull(rc, head[:])
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return rc, notArchive, err
	}
	kept := append([]byte(nil), head[:n]...)
	kind := sniffContainer(name, kept)
	if kind == notArchive && n == len(head) && mailparts.MayBe(kept) {
		// A message's header block goes on past the first bytes.
		more := make([]byte, mailparts.SniffSize-n)
		m, err := io.ReadFull(rc, more)
		if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
			return rc, notArchive, err
		}
		kept = append(kept, more[:m]...)
		kind = sniffContainer(name, kept)
	}
	replay := struct {
		io.Reader
		io.Closer
	}{io.MultiReader(bytes.NewReader(kept), rc), rc}
	return replay, kind, nil
}

// archiveOrBytes scans a container's members. When the container is
// damaged, or its own bytes are to be scanned too (a PDF, an SQLite
// database, an image), it returns a reader of its raw bytes from the
// start, for the caller to scan as a plain item; for the latter also the
// fingerprints of the secrets its members gave, which that scan leaves
// out. It returns nil when the members were read, or when the bytes
// cannot be read again (recorded).
func (w *itemScanner) archiveOrBytes(ctx context.Context, it Item, rc io.ReadCloser, kind archiveKind, out chan<- Finding) (io.ReadCloser, map[string]bool, error) {
	src, err := rewindable(rc, kind, w.s.opts.MaxWholeFile, it.Size)
	if err != nil {
		w.st.fail(it.Path, err)
		return nil, nil, nil
	}
	found := map[string]bool{}
	broken, err := w.scanArchive(ctx, it, src, kind, out, found)
	if err != nil || !broken {
		return nil, nil, err
	}
	w.st.files.Add(-1) // counted again as a plain file
	raw, ok := src.rewind()
	if !ok {
		w.st.fail(it.Path, errors.New("damaged archive too large to read again as plain bytes"))
		return nil, nil, nil
	}
	if !bytesToo(kind) {
		// A damaged archive: its bytes stand for the members not read,
		// and what is in them is reported at the file.
		found = nil
	}
	return raw, found, nil
}

// bytesToo reports whether a container of kind is read as its members
// and as its own bytes too (a PDF's uncompressed text, an SQLite file's
// deleted rows, a workbook's Compound File), not only as members.
func bytesToo(kind archiveKind) bool {
	switch kind {
	case pdfDoc, sqliteDB, qrImage, plistDoc, vimSwap, asciicast, mmkvStore, xlsBook:
		return true
	}
	return false
}

// rewinder is a container's reader that can start over.
type rewinder interface {
	io.ReadCloser
	rewind() (io.ReadCloser, bool)
}

// rewindable wraps rc so it can be read again from the start: a file
// seeks; a zip stream is read into memory (the zip reader needs it all
// anyway, up to limit); other streams keep the bytes read so far, which
// is enough when the container fails at its head.
func rewindable(rc io.ReadCloser, kind archiveKind, limit, size int64) (rewinder, error) {
	if f, ok := localFile(rc); ok {
		return fileRewinder{f, rc}, nil
	}
	if kind == zipArchive || bytesToo(kind) || kind > passwordExport {
		var b bytes.Buffer
		if size > 0 && size <= limit {
			b.Grow(int(size) + bytes.MinRead)
		}
		if _, err := b.ReadFrom(io.LimitReader(rc, limit+1)); err != nil {
			return nil, err
		}
		data := b.Bytes()
		if int64(len(data)) > limit {
			return nil, fmt.Errorf("zip stream larger than %d bytes", limit)
		}
		return memRewinder{bytes.NewReader(data), rc}, nil
	}
	return &headRewinder{r: rc, c: rc}, nil
}

type fileRewinder struct {
	io.ReadSeeker
	io.Closer
}

func (f fileRewinder) rewind() (io.ReadCloser, bool) {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, false
	}
	return io.NopCloser(f.ReadSeeker), true
}

type memRewinder struct {
	*bytes.Reader
	io.Closer
}

func (m memRewinder) rewind() (io.ReadCloser, bool) {
	_, _ = m.Seek(0, io.SeekStart)
	return io.NopCloser(m.Reader), true
}

// headRewinder keeps the first headSize bytes of a stream.
type headRewinder struct {
	r    io.Reader
	c    io.Closer
	kept []byte
	over bool
}

func (h *headRewinder) Read(p []byte) (int, error) {
	n, err := h.r.Read(p)
	if !h.over {
		if len(h.kept)+n <= headSize {
			h.kept = append(h.kept, p[:n]...)
		} else {
			h.over, h.kept = true, nil
		}
	}
	return n, err
}

func (h *headRewinder) Close() error { return h.c.Close() }

func (h *headRewinder) rewind() (io.ReadCloser, bool) {
	if h.over {
		return nil, false
	}
	return io.NopCloser(io.MultiReader(bytes.NewReader(h.kept), h.r)), true
}

// mailPlaceBytes bounds the bytes of a mail (or of an mbox's window, from
// the part being read back to the line where the last part placed ended)
// kept to place the findings of its plain-text parts; a part past it is
// reported in its member ("mail.eml!part1.txt").
const mailPlaceBytes = 16 << 20

// rawCopy keeps the bytes read from a container, up to max at a time: a
// window that slides on at each part (slide), so that an mbox of any size
// is placed in a bounded memory.
type rawCopy struct {
	buf []byte
	max int
	// base is the container's offset of buf[0], lines the line breaks
	// before it.
	base, lines int
	// total counts the bytes written; over is set when a part did not
	// fit the window, and overLines counts the line breaks written since.
	total, overLines int
	over             bool
	// searched counts the bytes the parts' searches went over: past
	// placeSearch times the bytes read (a crafted mail of many parts none
	// of which is where it is looked for) no more part is placed.
	searched int
}

// placeSearch bounds the search work of one mail's parts, in multiples of
// its bytes (at least mailPlaceBytes).
const placeSearch = 8

func (r *rawCopy) Write(p []byte) (int, error) {
	r.total += len(p)
	if !r.over && len(r.buf)+len(p) > r.max {
		r.over = true
	}
	if r.over {
		r.overLines += bytes.Count(p, nl)
	} else {
		r.buf = append(r.buf, p...)
	}
	return len(p), nil
}

// slide drops what the parts before the next one no longer need: the
// bytes before the line where the search for the next part starts
// (*from, a container offset), once the window is half full. After a
// part that did not fit, the window starts again where the reading is
// (the bytes read ahead of the next part are lost to it).
func (r *rawCopy) slide(from *int) {
	if r.over {
		r.lines += bytes.Count(r.buf, nl) + r.overLines
		r.base, r.buf, r.over, r.overLines = r.total, r.buf[:0], false, 0
		*from = max(*from, r.base)
		return
	}
	if len(r.buf) < r.max/2 {
		return
	}
	cut := min(max(*from-r.base, 0), len(r.buf))
	cut = bytes.LastIndexByte(r.buf[:cut], '\n') + 1 // keep the line it is on
	r.lines += bytes.Count(r.buf[:cut], nl)
	r.base += cut
	r.buf = append(r.buf[:0], r.buf[cut:]...)
}

// memberPlace finds where a member whose bytes are the container's own
// starts in the container, from the first bytes read of it, and moves its
// findings there.
// placer moves a member's finding to where it stands in the container.
type placer interface {
	relocate(loc *Location)
}

// linePlace places the findings of an entry of a password export whose
// lines the export placed (pwexport.Place): at the entry's line in the
// export, the entry named in the finding's details.
type linePlace struct {
	container, origin string
	entry             string // the member's name ("entry 3: Deployer key")
	places            []pwexport.Place
}

func (m *linePlace) relocate(loc *Location) {
	if loc.Line < 1 || loc.Line > len(m.places) {
		return
	}
	p := m.places[loc.Line-1]
	in := max(loc.Column-1-p.Prefix, 0) // bytes into the value
	end := p.Line
	if loc.EndLine >= loc.Line && loc.EndLine <= len(m.places) {
		end = m.places[loc.EndLine-1].Line
	}
	loc.Path, loc.Origin = m.container, m.origin
	loc.Line, loc.EndLine = p.Line, end
	loc.Column, loc.Offset = p.Column+in, p.Offset+int64(in)
	loc.entry = m.entry
}

type memberPlace struct {
	container string
	origin    string // the container's origin
	raw       *rawCopy
	from      *int   // shared by the parts of one mail: where to look next
	head      []byte // the first bytes of the member, as read
	// form is how raw holds the member: its very bytes, or encoded
	// (mailparts.QuotedPrintable, mailparts.Base64).
	form mailparts.Form
	// single maps the member back to the bytes of its single-byte
	// character set (mailparts.SingleByte), or is nil.
	single *singleBytes
	entry  string // an attachment's name, kept in the finding's details
	done   bool
	ok     bool
	off    int // where the member starts in raw
	lines  int // the lines of raw before it
}

// placeHead is how many of a member's first bytes are looked for.
const placeHead = 512

func (m *memberPlace) Write(p []byte) (int, error) {
	if n := min(len(p), placeHead-len(m.head)); n > 0 {
		m.head = append(m.head, p[:n]...)
	}
	if m.single != nil {
		m.single.write(p)
	}
	return len(p), nil
}

// resolve looks for the member in the container once: its first bytes,
// right after a blank line (where a part's content starts, past its
// header), at or after from; for an encoded member, the first bytes that
// decode to them.
func (m *memberPlace) resolve() bool {
	if m.done {
		return m.ok
	}
	m.done = true
	if len(m.head) == 0 || m.raw.over {
		return false
	}
	buf := m.raw.buf
	for at := max(*m.from-m.raw.base, 0); at < len(buf); {
		if m.raw.searched > placeSearch*max(m.raw.max, m.raw.total) {
			return false
		}
		var off int
		if m.form == mailparts.Verbatim && m.single == nil {
			k := bytes.Index(buf[at:], m.head)
			if k < 0 {
				m.raw.searched += len(buf) - at
				return false
			}
			m.raw.searched += k + 1
			off = at + k
		} else {
			// An encoded part starts right after a blank line: try each.
			off = bodyStart(buf, at)
			if off < 0 {
				m.raw.searched += len(buf) - at
				return false
			}
			m.raw.searched += off - at + 1 + 3*placeHead // and the decoding
		}
		if (bytes.HasSuffix(buf[:off], []byte("\n\n")) || bytes.HasSuffix(buf[:off], []byte("\n\r\n"))) && m.decodesAt(buf[off:]) {
			m.ok, m.off, m.lines = true, off, m.raw.lines+bytes.Count(buf[:off], []byte("\n"))
			*m.from = m.raw.base + off + 1
			if m.form == mailparts.Verbatim && m.single == nil {
				*m.from = m.raw.base + off + len(m.head)
			}
			return true
		}
		at = off + 1
	}
	return false
}

// decodesAt reports whether the member's first bytes are what raw, from
// its start, holds in the member's form.
func (m *memberPlace) decodesAt(raw []byte) bool {
	if m.single != nil {
		pat := singlePattern(m.head)
		var got []byte
		switch m.form {
		case mailparts.QuotedPrintable:
			got, _ = qpDecode(raw, len(pat), -1)
		case mailparts.Base64:
			got = base64Prefix(raw, len(pat))
			return len(got) >= min(len(pat), 3) && matchSingle(got, pat[:len(got)])
		default:
			got = raw[:min(len(raw), len(pat))]
		}
		return len(got) == len(pat) && matchSingle(got, pat)
	}
	switch m.form {
	case mailparts.QuotedPrintable:
		got, _ := qpDecode(raw, len(m.head), -1)
		return bytes.Equal(got, m.head)
	case mailparts.Base64:
		got := base64Prefix(raw, len(m.head))
		return len(got) >= min(len(m.head), 3) && bytes.Equal(got, m.head[:len(got)])
	}
	return true // found by its bytes
}

// relocate moves loc, a place in the member, to the container: to the
// same bytes for a member sent as written or in quoted-printable, to the
// lines of the encoded blob for base64, from the line that encodes the
// secret's first byte.
func (m *memberPlace) relocate(loc *Location) {
	if !m.resolve() {
		return
	}
	if m.single != nil {
		o, ok := m.single.offset(int(loc.Offset))
		if !ok {
			return // too many characters beyond ASCII to map back
		}
		loc.Offset = int64(o)
	}
	if m.entry != "" {
		loc.entry = m.entry
	}
	buf := m.raw.buf
	// The line of offset p (at or past the member's start): m.lines
	// counts the line breaks before the member already.
	lineAt := func(p int) int { return m.lines + 1 + bytes.Count(buf[m.off:p], []byte("\n")) }
	switch m.form {
	case mailparts.QuotedPrintable:
		s, e := qpPlace(buf[m.off:], int(loc.Offset), max(loc.EndLine-loc.Line, 0))
		if s >= len(buf)-m.off {
			return // past the bytes kept of the mail: left in its member
		}
		s, e = m.off+s, m.off+e
		loc.Path, loc.Origin = m.container, m.origin
		loc.Offset = int64(m.raw.base + s)
		loc.Line = lineAt(s)
		loc.EndLine = max(lineAt(e), loc.Line)
		loc.Column = s - bytes.LastIndexByte(buf[:s], '\n')
	case mailparts.Base64:
		// From the base64 character that holds the secret's first byte
		// (the blob's first when it lies past the bytes kept) to the
		// blob's end.
		e := m.off + base64Extent(buf[m.off:])
		s := m.off
		if p := base64CharAt(buf[m.off:e], int(loc.Offset)/3*4); p >= 0 {
			s = m.off + p
		}
		loc.Path, loc.Origin = m.container, m.origin
		loc.Offset = int64(m.raw.base + s)
		loc.Line = lineAt(s)
		loc.EndLine = max(lineAt(max(e-1, s)), loc.Line)
		loc.Column = s - bytes.LastIndexByte(buf[:s], '\n')
	default:
		loc.Path, loc.Origin = m.container, m.origin
		s := int(loc.Offset) + m.off // in the window
		loc.Offset = int64(m.raw.base + s)
		if loc.Line > 0 {
			loc.Line += m.lines
			loc.EndLine += m.lines
		}
		if m.single != nil && s < len(buf) {
			loc.Column = s - bytes.LastIndexByte(buf[:s], '\n')
		}
	}
}

// zipMemberName returns the name of a zip's member as text: a name the
// archive does not flag as UTF-8, and which is not, is in code page 437,
// as the zip format has it (PKWARE APPNOTE 4.4.4, appendix D): "Übersicht"
// written by an older zip tool.
func zipMemberName(f *zip.File) string {
	if !f.NonUTF8 || utf8.ValidString(f.Name) {
		return f.Name
	}
	name, err := charmap.CodePage437.NewDecoder().String(f.Name)
	if err != nil {
		return f.Name
	}
	return name
}
