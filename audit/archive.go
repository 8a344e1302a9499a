package audit

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"strings"
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
// bzip2, nested): depth, members and decompressed bytes per top-level
// archive, and the compression ratio that marks a bomb. Hitting a limit is
// a recorded skip; the scan goes on.
type ArchiveLimits struct {
	// Depth is how many archives deep to look; 0 means 3, negative turns
	// archive scanning off.
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
)

// sniffArchive recognises archives by magic bytes.
func sniffArchive(head []byte) archiveKind {
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")), bytes.HasPrefix(head, []byte("PK\x05\x06")):
		return zipArchive
	case bytes.HasPrefix(head, []byte{0x1f, 0x8b}):
		return gzipArchive
	case bytes.HasPrefix(head, []byte("BZh")) && len(head) > 4 && head[3] >= '1' && head[3] <= '9':
		return bzip2Archive
	case len(head) >= 262 && string(head[257:262]) == "ustar":
		return tarArchive
	}
	return notArchive
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
func (w *itemScanner) scanArchive(ctx context.Context, it Item, rc io.ReadCloser, kind archiveKind, out chan<- Finding) error {
	lim := w.s.archive
	if it.depth >= lim.Depth {
		w.st.skip(it.Path, fmt.Sprintf("archive nested deeper than %d levels", lim.Depth))
		return nil
	}
	b := it.budget
	if b == nil {
		b = &archiveBudget{members: lim.Members, bytes: lim.Bytes}
	}
	w.st.files.Add(1)
	member := func(name string, size int64, mode os.FileMode, open func() (io.ReadCloser, error)) error {
		if b.members <= 0 {
			return &budgetError{"members limit of the archive reached"}
		}
		b.members--
		sub := Item{Path: it.Path + "!" + name, Size: size, Mode: mode, Origin: "archive", Open: open,
			depth: it.depth + 1, budget: b, ModTime: it.ModTime}
		if st := storageOf(it, w.st.vcs); st.InVCS || st.Synced != "" {
			inner := storageOf(Item{Path: name, Origin: "archive"}, nil)
			inner.InVCS, inner.Synced, inner.Permissions, inner.WorldReadable = st.InVCS, st.Synced, st.Permissions, st.WorldReadable
			sub.Storage = &inner
		}
		return w.scan(ctx, sub, out)
	}
	var err error
	switch kind {
	case zipArchive:
		err = w.scanZip(it, rc, member)
	case tarArchive:
		err = scanTar(rc, b, member)
	case gzipArchive, bzip2Archive:
		var zr io.Reader
		if kind == gzipArchive {
			g, gerr := gzip.NewReader(rc)
			if gerr != nil {
				w.st.fail(it.Path, newFormatError("gzip", gerr))
				return nil
			}
			defer g.Close()
			zr = g
		} else {
			zr = bzip2.NewReader(rc)
		}
		br := &budgetReader{r: zr, b: b, compressed: max(it.Size, 0)}
		name := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(path.Base(it.Path), ".gz"), ".bz2"), ".tgz")
		if strings.HasSuffix(it.Path, ".tgz") {
			name += ".tar"
		}
		err = member(name, -1, 0o644, func() (io.ReadCloser, error) { return io.NopCloser(br), nil })
	}
	if errors.Is(err, errArchiveBudget) {
		// Recorded once, here, for the archive: the member that hit the
		// limit does not record it again.
		reason := "archive limits reached"
		if be := (*budgetError)(nil); errors.As(err, &be) {
			reason = be.reason
		}
		w.st.skip(it.Path, reason+"; the rest was not read")
		return nil
	}
	if err != nil && ctx.Err() == nil {
		w.st.fail(it.Path, err)
		return nil
	}
	return err
}

func (w *itemScanner) scanZip(it Item, rc io.ReadCloser, member func(string, int64, os.FileMode, func() (io.ReadCloser, error)) error) error {
	var ra io.ReaderAt
	var size int64
	if f, ok := rc.(*os.File); ok {
		info, err := f.Stat()
		if err != nil {
			return err
		}
		ra, size = f, info.Size()
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
	b := it.budget
	for _, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		if f.Mode()&os.ModeType != 0 {
			w.st.skip(it.Path+"!"+f.Name, irregularReason(f.Mode()))
			continue
		}
		if f.CompressedSize64 > 0 && f.UncompressedSize64 > ratioFloor && f.UncompressedSize64/f.CompressedSize64 > maxCompressionRatio {
			w.st.skip(it.Path+"!"+f.Name, fmt.Sprintf("compression ratio above %d:1 (a decompression bomb)", maxCompressionRatio))
			continue
		}
		zf := f
		err := member(f.Name, int64(f.UncompressedSize64), f.Mode(), func() (io.ReadCloser, error) {
			r, err := zf.Open()
			if err != nil {
				return nil, err
			}
			bb := b
			if bb == nil {
				bb = &archiveBudget{bytes: 1 << 62}
			}
			return struct {
				io.Reader
				io.Closer
			}{&budgetReader{r: r, b: bb, compressed: int64(zf.CompressedSize64)}, r}, nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

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

// peekArchive looks at the first 512 bytes without losing them: files on
// disk are read with ReadAt (their offset does not move), streams are
// replayed.
func peekArchive(rc io.ReadCloser) (io.ReadCloser, archiveKind, error) {
	var head [512]byte
	if f, ok := rc.(*os.File); ok {
		n, err := f.ReadAt(head[:], 0)
		if err != nil && err != io.EOF {
			return rc, notArchive, err
		}
		return rc, sniffArchive(head[:n]), nil
	}
	n, err := io.ReadFull(rc, head[:])
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return rc, notArchive, err
	}
	replay := struct {
		io.Reader
		io.Closer
	}{io.MultiReader(bytes.NewReader(append([]byte(nil), head[:n]...)), rc), rc}
	return replay, sniffArchive(head[:n]), nil
}
