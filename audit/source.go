package audit

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
	"time"

	"github.com/walletaudit/walletaudit/internal/detectors/keys"
)

// Source yields the items a scan reads. Walk calls fn for every item, in any
// order, from one goroutine; it stops and returns fn's error when fn returns
// one, and returns ctx.Err() when ctx is done. An error from Walk itself
// (the root does not exist) fails the scan; problems with single items are
// reported as items with Skip or Err set, so the scan goes on.
type Source interface {
	Walk(ctx context.Context, fn func(Item) error) error
}

// Item is one thing to scan: a file, an archive member, a stream.
type Item struct {
	// Path is the display path, as the user gave the root joined with the
	// path inside it.
	Path string
	// Size is the size in bytes, or -1 when unknown (a stream).
	Size int64
	// Mode is the file mode, when known.
	Mode fs.FileMode
	// ModTime is the modification time, when known.
	ModTime time.Time
	// Origin names the source kind: "file", "fs", "bytes", "stdin", ….
	Origin string
	// Open opens the item for reading. The engine closes what it opens.
	Open func() (io.ReadCloser, error)
	// Skip, when set, says why the item must not be read; the engine
	// records it and does not call Open.
	Skip string
	// Err, when set, is an error met while listing the item.
	Err error
	// Storage, when set, overrides the storage context the engine would
	// infer from Path (for sources that know better, like environment).
	Storage *Storage

	// Meta are facts about the item copied into each finding's Details
	// (the commit of a git blob, the process of an environment).
	Meta map[string]string
	// Siblings, when set, lists the names of the regular files beside the
	// item in its source (see detect.File.Siblings); nil offers none.
	Siblings func() []string
	// ReadSibling, when set, reads the first bytes of a regular file
	// beside the item, named as Siblings lists it (see
	// detect.File.ReadSibling); nil reads none.
	ReadSibling func(name string) ([]byte, error)

	depth int // archive nesting
	// streams counts the compressed streams (gzip, bzip2, …) this item
	// is inside since the last archive of members: such a stream is one
	// level with what it holds (a .tar.gz is one archive), so a stream
	// inside a stream (a gzip quine) is bounded by this count.
	streams int
	budget  *archiveBudget // shared by the members of one archive
	// rootLen is the length of the scan's root at the start of Path (a
	// directory walked): what stands above it (a CI workspace named
	// integration-tests) does not make the tree a test's.
	rootLen int
	// memberOf, when set, collects the fingerprints of the secrets found
	// in this item, a member of a container whose own bytes are scanned
	// after its members (a PDF, an SQLite database, an image): the same
	// secret is reported once, at the member.
	memberOf map[string]bool
	// place, when set, places the findings of a member in the container
	// whose bytes hold it (a mail's plain-text part, an entry of a CSV
	// password export).
	place placer
	// release, when set, is called once the item has been scanned or
	// dropped (it frees the directory the item's Open reads from).
	release func()
}

// FS returns a source that walks fsys from root ("." for all of it). Paths
// in findings are prefix joined with the path inside fsys. Symbolic links
// and irregular files are recorded as skips.
func FS(fsys fs.FS, root, prefix string) Source {
	return fsSource{fsys: fsys, root: root, prefix: prefix}
}

type fsSource struct {
	fsys         fs.FS
	root, prefix string
}

func (s fsSource) Walk(ctx context.Context, fn func(Item) error) error {
	root := s.root
	if root == "" {
		root = "."
	}
	if _, err := fs.Stat(s.fsys, root); err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	return fs.WalkDir(s.fsys, root, func(p string, d fs.DirEntry, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		display := path.Join(s.prefix, p)
		if err != nil {
			if d != nil && d.IsDir() && p != root {
				// The directory could not be read: record and go on.
				return skipDirErr(fn(Item{Path: display, Origin: "fs", Err: err}))
			}
			return fn(Item{Path: display, Origin: "fs", Err: err})
		}
		if d.IsDir() {
			if why := vcsSkip(display, d.Name()); p != root && why != "" {
				return skipDirErr(fn(Item{Path: display, Origin: "fs", Skip: why}))
			}
			return nil
		}
		if why := vcsSkip(display, d.Name()); why != "" {
			return fn(Item{Path: display, Origin: "fs", Skip: why})
		}
		it := Item{Path: display, Origin: "fs", Mode: d.Type(), Size: -1}
		if r := irregularReason(d.Type()); r != "" {
			it.Skip = r
			return fn(it)
		}
		if info, err := d.Info(); err == nil {
			it.Size, it.Mode, it.ModTime = info.Size(), info.Mode(), info.ModTime()
		}
		it.Open = func() (io.ReadCloser, error) { return s.fsys.Open(p) }
		dir := path.Dir(p)
		it.Siblings = func() []string { return fsSiblings(s.fsys, dir) }
		it.ReadSibling = func(name string) ([]byte, error) {
			return readSibling(name, func() (io.ReadCloser, error) { return s.openRegular(dir, name) })
		}
		if dir != path.Clean(root) {
			// The item's directory is below the walk's root: the
			// directory above it is in the scan too.
			parent := path.Dir(dir)
			withParentEnv(&it, func() []string { return fsSiblings(s.fsys, parent) }, func(name string) (io.ReadCloser, error) {
				return s.openRegular(parent, name)
			})
		}
		return fn(it)
	})
}

// openRegular opens the regular file name in dir of the source's file
// system, and nothing else (no directory, device or link).
func (s fsSource) openRegular(dir, name string) (io.ReadCloser, error) {
	f, err := s.fsys.Open(path.Join(dir, name))
	if err != nil {
		return nil, err
	}
	return regularOnly(f)
}

// withParentEnv offers, beside an item's siblings, the .env files of the
// directory above its own, named "../.env": a project keeps its
// keystores in keystore/ and their password in the .env at its root.
// Callers offer it only when that directory is in the scan.
func withParentEnv(it *Item, list func() []string, open func(name string) (io.ReadCloser, error)) {
	own, read := it.Siblings, it.ReadSibling
	it.Siblings = func() []string {
		names := own()
		for _, n := range list() {
			if keys.DotenvName(n) {
				names = append(names, "../"+n)
			}
		}
		return names
	}
	it.ReadSibling = func(name string) ([]byte, error) {
		if n, ok := strings.CutPrefix(name, "../"); ok && keys.DotenvName(n) {
			return readSibling(n, func() (io.ReadCloser, error) { return open(n) })
		}
		return read(name)
	}
}

// siblingLimit bounds what ReadSibling reads of a file.
const siblingLimit = 64 << 10

// readSibling reads the first siblingLimit bytes of the file beside an
// item that open opens; name must be a plain file name.
func readSibling(name string, open func() (io.ReadCloser, error)) ([]byte, error) {
	if name == "" || name == "." || name == ".." || strings.ContainsAny(name, `/\`) {
		return nil, fmt.Errorf("not a file name beside the item: %q", name)
	}
	rc, err := open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(io.LimitReader(rc, siblingLimit))
}

// fsSiblings lists the regular files in dir of fsys, or nothing when it
// cannot be read.
func fsSiblings(fsys fs.FS, dir string) []string {
	ents, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil
	}
	var names []string
	for _, e := range ents {
		if e.Type().IsRegular() {
			names = append(names, e.Name())
		}
	}
	return names
}

// skipDirErr turns a nil callback result into fs.SkipDir so an unreadable
// directory is not entered.
func skipDirErr(err error) error {
	if err == nil {
		return fs.SkipDir
	}
	return err
}

// irregularReason says why a file of this type is never opened, or "".
func irregularReason(m fs.FileMode) string {
	switch {
	case m&fs.ModeSymlink != 0:
		return "symbolic link (not followed)"
	case m&fs.ModeNamedPipe != 0:
		return "named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "device"
	case m&fs.ModeIrregular != 0:
		return "irregular file"
	}
	return ""
}

// Bytes returns a source of one in-memory item named name.
func Bytes(name string, data []byte) Source {
	return bytesSource{name: name, data: data}
}

type bytesSource struct {
	name string
	data []byte
}

func (s bytesSource) Walk(ctx context.Context, fn func(Item) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return fn(Item{
		Path: s.name, Size: int64(len(s.data)), Origin: "bytes",
		Open: func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(s.data)), nil },
	})
}

// Reader returns a source of one stream named name, read once. Use it for
// standard input ("-") and pipes.
func Reader(name string, r io.Reader) Source {
	return &readerSource{name: name, r: r}
}

type readerSource struct {
	name string
	r    io.Reader
	used bool
}

// errReaderUsed is returned when a Reader source is walked twice.
var errReaderUsed = errors.New("audit: reader source already consumed")

func (s *readerSource) Walk(ctx context.Context, fn func(Item) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.used {
		return errReaderUsed
	}
	s.used = true
	origin := "reader"
	if s.name == "-" || s.name == "stdin" {
		origin = "stdin"
	}
	return fn(Item{
		Path: s.name, Size: -1, Origin: origin,
		Open: func() (io.ReadCloser, error) { return io.NopCloser(s.r), nil },
	})
}
