package audit

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync/atomic"
)

// Dir returns a source that walks the directory tree at root on the local
// disk (root may also be a single file). The root itself is followed when
// it is a symbolic link (to a directory or a file); links inside the tree
// are never followed. FIFOs, devices, sockets and pseudo-files that block
// on read are never opened; each is a recorded skip. The walk opens each
// directory relative to its parent, so a tree deeper than the system's
// path-length limit is walked to its bottom. Files are opened read-only and
// non-blocking, without updating their access time where the system
// allows.
func Dir(root string) Source { return dirSource{root: root} }

// DirExcept is Dir that never lists or opens the files and directories
// named in exclude (a tool's own output files, for example): they are
// left out of the walk without a trace. Paths are compared after
// filepath.Abs, which cleans them; links are not resolved.
func DirExcept(root string, exclude ...string) Source {
	s := dirSource{root: root}
	for _, p := range exclude {
		if p == "" {
			continue
		}
		if abs, err := filepath.Abs(p); err == nil {
			if s.exclude == nil {
				s.exclude = map[string]bool{}
			}
			s.exclude[abs] = true
		}
	}
	return s
}

type dirSource struct {
	root    string
	exclude map[string]bool // absolute paths left out of the walk
}

// excluded reports whether the walk leaves p out.
func (s dirSource) excluded(p string) bool {
	if len(s.exclude) == 0 {
		return false
	}
	abs, err := filepath.Abs(p)
	return err == nil && s.exclude[abs]
}

func (s dirSource) Walk(ctx context.Context, fn func(Item) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.excluded(s.root) {
		return nil
	}
	// The root is what the user named: follow it if it is a link.
	info, err := os.Stat(s.root)
	if err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	if !info.IsDir() {
		it := fileItem(s.root, info)
		if it.Open != nil {
			p := s.root
			it.Open = func() (io.ReadCloser, error) { return openFollow(p) }
		}
		return fn(it)
	}
	r, err := os.OpenRoot(s.root)
	if err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	h := &dirHandle{root: r}
	h.refs.Store(1)
	entries, err := h.readDir()
	if err != nil {
		h.release()
		return fmt.Errorf("audit: %w", err)
	}
	return s.walkEntries(ctx, h, s.root, entries, fn)
}

// dirHandle is an open directory shared by the walk and by the items
// listed in it, which open their files relative to it. It is closed when
// the walk has left the directory and every item has been scanned or
// dropped.
type dirHandle struct {
	root *os.Root
	// dir is the directory itself, read for its entries and kept open
	// when its file system lets its files be opened through it
	// (openInDir), which disk says; nil otherwise.
	dir  *os.File
	disk diskDir
	refs atomic.Int32
}

func (h *dirHandle) acquire() { h.refs.Add(1) }
func (h *dirHandle) release() {
	if h.refs.Add(-1) == 0 {
		if h.dir != nil {
			h.dir.Close()
		}
		h.root.Close()
	}
}

// readDir lists the directory's entries and learns, once for all of its
// files, whether they can be opened directly.
func (h *dirHandle) readDir() ([]fs.DirEntry, error) {
	d, err := h.root.Open(".")
	if err != nil {
		return nil, err
	}
	entries, err := d.ReadDir(-1)
	if err != nil {
		d.Close()
		return nil, err
	}
	if h.disk = statDiskDir(d); h.disk.direct {
		h.dir = d
	} else {
		d.Close()
	}
	return entries, nil
}

// open opens the regular file name of the directory.
func (h *dirHandle) open(name string) (io.ReadCloser, error) {
	if h.dir != nil {
		if rc, ok, err := openInDir(h.dir, h.disk, name); ok {
			return rc, err
		}
	}
	return openInRoot(h.root, name)
}

// walkEntries walks the entries of the directory h at display path dir,
// then releases h.
func (s dirSource) walkEntries(ctx context.Context, h *dirHandle, dir string, entries []fs.DirEntry, fn func(Item) error) error {
	defer h.release()
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return err
		}
		p := filepath.Join(dir, e.Name())
		if s.excluded(p) {
			continue
		}
		if err := s.entry(ctx, h, p, e, fn); err != nil {
			return err
		}
	}
	return nil
}

func (s dirSource) entry(ctx context.Context, h *dirHandle, p string, e fs.DirEntry, fn func(Item) error) error {
	name := e.Name()
	switch {
	case e.IsDir():
		if why := vcsSkip(filepath.ToSlash(p), name); why != "" {
			return fn(Item{Path: p, Origin: "file", Skip: why})
		}
		sub, err := h.root.OpenRoot(name)
		if err != nil {
			return fn(Item{Path: p, Origin: "file", Err: err})
		}
		sh := &dirHandle{root: sub}
		sh.refs.Store(1)
		entries, err := sh.readDir()
		if err != nil {
			sh.release()
			return fn(Item{Path: p, Origin: "file", Err: err})
		}
		return s.walkEntries(ctx, sh, p, entries, fn)
	case e.Type()&fs.ModeType != 0:
		return fn(Item{Path: p, Origin: "file", Mode: e.Type(), Size: -1, Skip: irregularReason(e.Type())})
	}
	if why := vcsSkip(filepath.ToSlash(p), name); why != "" {
		return fn(Item{Path: p, Origin: "file", Skip: why}) // a git index
	}
	info, err := e.Info()
	if err != nil {
		return fn(Item{Path: p, Origin: "file", Err: err})
	}
	it := fileItem(p, info)
	it.rootLen = rootPrefix(s.root, p)
	if rel := strings.TrimLeft(p[it.rootLen:], string(filepath.Separator)); it.Open != nil && strings.ContainsRune(rel, filepath.Separator) {
		// The item's directory is below the one scanned: the directory
		// above it is in the scan too.
		parent := filepath.Dir(filepath.Dir(p))
		withParentEnv(&it, func() []string { return dirSiblings(parent) }, func(name string) (io.ReadCloser, error) {
			return openReadOnly(filepath.Join(parent, name))
		})
	}
	if it.Open == nil {
		return fn(it)
	}
	h.acquire()
	it.Open = func() (io.ReadCloser, error) { return h.open(name) }
	it.release = h.release
	if err := fn(it); err != nil {
		h.release() // not taken
		return err
	}
	return nil
}

// rootPrefix returns the length of root at the start of p, a path the
// walk joined under it (filepath.Join cleans it: "./x" walks as "x"),
// or 0 when root is the working directory or does not start p.
func rootPrefix(root, p string) int {
	c := filepath.Clean(root)
	if c == "." || !strings.HasPrefix(p, c) || len(p) > len(c) && p[len(c)] != filepath.Separator && !strings.HasSuffix(c, string(filepath.Separator)) {
		return 0
	}
	return len(c)
}

func fileItem(p string, info fs.FileInfo) Item {
	it := Item{Path: p, Origin: "file", Size: info.Size(), Mode: info.Mode(), ModTime: info.ModTime()}
	if r := irregularReason(info.Mode()); r != "" {
		it.Skip = r
		return it
	}
	if info.Size() == 0 && blockingPseudoFiles[filepath.Base(p)] {
		it.Skip = "pseudo-file that blocks on read"
		return it
	}
	it.Open = func() (io.ReadCloser, error) {
		f, err := openReadOnly(p)
		if err != nil {
			return nil, err
		}
		return f, nil
	}
	it.Siblings = func() []string { return dirSiblings(filepath.Dir(p)) }
	it.ReadSibling = func(name string) ([]byte, error) {
		return readSibling(name, func() (io.ReadCloser, error) { return openReadOnly(filepath.Join(filepath.Dir(p), name)) })
	}
	return it
}

// blockingPseudoFiles are kernel files that look regular (size 0) but wait
// for new data instead of returning end of file: the kernel log and the
// tracing pipes. A user's empty file of that name holds nothing to scan.
var blockingPseudoFiles = map[string]bool{"kmsg": true, "trace_pipe": true, "trace_pipe_raw": true}

// dirSiblings lists the regular files in dir, or nothing when it cannot
// be read.
func dirSiblings(dir string) []string {
	return fsSiblings(os.DirFS(dir), ".")
}

// vcsDirs are version-control metadata directories the walk skips.
var vcsDirs = map[string]bool{".hg": true, ".svn": true}

// gitStores are the parts of a git directory that hold history
// compressed or only paths and ids: objects (zlib, packs of deltas),
// Git LFS's copies, and the index.
var gitStores = map[string]bool{"objects": true, "lfs": true, "index": true}

// vcsSkip returns why the walk skips the directory or file name at
// display path p (slash-separated), or "": the metadata of Mercurial and
// Subversion, and git's stores (gitStores) under a .git directory (or a
// bare repository's "<name>.git"), which GitHistory (-git) reads. The
// rest of a .git directory is text git writes as it goes and is scanned
// like any file: the last commit message (COMMIT_EDITMSG, with the diff
// under "git commit -v"), the reflogs with each commit's subject, hooks,
// the config.
func vcsSkip(p, name string) string {
	if vcsDirs[name] {
		return "version-control metadata (scan history with -git)"
	}
	if gitStores[name] {
		dir := path.Dir(p)
		for dir != "." && dir != "/" && dir != "" {
			if b := path.Base(dir); b == ".git" || strings.HasSuffix(b, ".git") {
				return "git " + name + ": history, compressed (scan it with -git)"
			}
			dir = path.Dir(dir)
		}
	}
	return ""
}

// done releases what the item holds open for its Open, if anything.
func (it Item) done() {
	if it.release != nil {
		it.release()
	}
}
