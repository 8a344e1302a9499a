package audit

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// regularOnly closes f and fails unless it is a regular file: the path may
// have been swapped for a FIFO or device between the walk and the open.
// f is an *os.File or a file of an fs.FS.
func regularOnly[F interface {
	Stat() (fs.FileInfo, error)
	Close() error
}](f F) (F, error) {
	var none F
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return none, err
	}
	if err := notRegular(info.Mode()); err != nil {
		f.Close()
		return none, err
	}
	return f, nil
}

// notRegular is the error for a file of mode m that is not a regular
// file, or nil.
func notRegular(m fs.FileMode) error {
	if m.IsRegular() {
		return nil
	}
	return fmt.Errorf("not a regular file (%s)", irregularReason(m))
}

// directFile is a file of the machine whose reads never wait (a diskFile
// on Linux): it is read as it is, without a bound at cancellation.
type directFile interface {
	io.ReadSeekCloser
	readsDirectly()
}

// localFile returns rc as a file of the machine, which the scan reads
// and seeks itself: an *os.File or a directFile.
func localFile(rc io.Reader) (io.ReadSeeker, bool) {
	switch f := rc.(type) {
	case *os.File:
		return f, true
	case directFile:
		return f, true
	}
	return nil, false
}

// boundedReader returns a reader of f whose reads end when ctx is done: f
// itself when it is a regular file on a disk file system (such a read
// returns at once), or a ctxReader, whose every read runs on a goroutine
// that is abandoned at cancellation.
func boundedReader(ctx context.Context, f *os.File) io.Reader {
	if directReads(f) {
		return &diskReader{f: f}
	}
	return newCtxReader(ctx, f)
}

// diskReader reads a regular file of a disk file system, where a read
// returns less than asked for only at the end of the file: after a short
// read it reports io.EOF itself, sparing the read that would return
// nothing (one system call in every file of a tree of small files).
type diskReader struct {
	f   *os.File
	eof bool
}

func (d *diskReader) Read(p []byte) (int, error) {
	if d.eof {
		return 0, io.EOF
	}
	n, err := d.f.Read(p)
	if err == nil && n < len(p) {
		d.eof = true
	}
	return n, err
}

// ctxReader ends a read that blocks (a pipe with no writer, a pseudo-file
// that waits for data) when ctx is done. Each read runs on its own
// goroutine into a private buffer; after a cancellation the reader is
// abandoned with that goroutine, which ends when the read does.
type ctxReader struct {
	ctx       context.Context
	r         io.Reader
	buf       []byte
	res       chan ctxRead
	abandoned bool
}

type ctxRead struct {
	n   int
	err error
}

func newCtxReader(ctx context.Context, r io.Reader) *ctxReader {
	return &ctxReader{ctx: ctx, r: r, res: make(chan ctxRead, 1)}
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	if c.abandoned {
		return 0, errAbandoned
	}
	if cap(c.buf) < len(p) {
		c.buf = make([]byte, len(p))
	}
	buf := c.buf[:len(p)]
	go func() {
		n, err := c.r.Read(buf)
		c.res <- ctxRead{n, err}
	}()
	select {
	case r := <-c.res:
		copy(p, buf[:r.n])
		return r.n, r.err
	case <-c.ctx.Done():
		c.buf, c.abandoned = nil, true // the pending read may still write to buf
		return 0, c.ctx.Err()
	}
}

var errAbandoned = errors.New("read abandoned at cancellation")
