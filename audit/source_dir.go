package audit

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Dir returns a source that walks the directory tree at root on the local
// disk (root may also be a single file). It never follows symbolic links and
// never opens FIFOs, devices or sockets; each is a recorded skip. Files are
// opened read-only and non-blocking, without updating their access time
// where the system allows.
func Dir(root string) Source { return dirSource{root: root} }

type dirSource struct{ root string }

func (s dirSource) Walk(ctx context.Context, fn func(Item) error) error {
	info, err := os.Lstat(s.root)
	if err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	if !info.IsDir() {
		return fn(fileItem(s.root, info))
	}
	return filepath.WalkDir(s.root, func(p string, d fs.DirEntry, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			it := Item{Path: p, Origin: "file", Err: err}
			if d != nil && d.IsDir() && p != s.root {
				return skipDirErr(fn(it))
			}
			if p == s.root {
				return fmt.Errorf("audit: %w", err)
			}
			return fn(it)
		}
		if d.IsDir() {
			if p != s.root && vcsDirs[d.Name()] {
				// Version-control internals hold compressed history, not
				// files: scan history with GitHistory (-git) instead.
				return skipDirErr(fn(Item{Path: p, Origin: "file", Skip: "version-control metadata (scan history with -git)"}))
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 || d.Type()&fs.ModeType != 0 {
			return fn(Item{Path: p, Origin: "file", Mode: d.Type(), Size: -1, Skip: irregularReason(d.Type())})
		}
		info, err := d.Info()
		if err != nil {
			return fn(Item{Path: p, Origin: "file", Err: err})
		}
		return fn(fileItem(p, info))
	})
}

func fileItem(p string, info fs.FileInfo) Item {
	it := Item{Path: p, Origin: "file", Size: info.Size(), Mode: info.Mode(), ModTime: info.ModTime()}
	if r := irregularReason(info.Mode()); r != "" {
		it.Skip = r
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
	return it
}

// dirSiblings lists the regular files in dir, or nothing when it cannot
// be read.
func dirSiblings(dir string) []string {
	ents, err := os.ReadDir(dir)
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

// vcsDirs are version-control metadata directories the walk skips.
var vcsDirs = map[string]bool{".git": true, ".hg": true, ".svn": true}
