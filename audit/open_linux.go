//go:build linux

package audit

import (
	"io"
	"io/fs"
	"os"
	"syscall"
)

const oNoATime = syscall.O_NOATIME

// diskFileSystems are the Linux file systems (statfs magic numbers, from
// the kernel's include/uapi/linux/magic.h) whose regular files are plain
// stored bytes: a read returns what is there or end of file, it never
// waits for data. Pseudo file systems (proc, sysfs, debugfs, tracefs),
// FUSE and network file systems are not listed: their reads may wait.
var diskFileSystems = map[int64]bool{
	0xEF53:     true, // ext2, ext3, ext4
	0x58465342: true, // xfs
	0x9123683E: true, // btrfs
	0x01021994: true, // tmpfs
	0x858458F6: true, // ramfs
	0x794C7630: true, // overlayfs
	0x2FC12FC1: true, // zfs
	0xF2F52010: true, // f2fs
	0x73717368: true, // squashfs
	0xE0F5E1E2: true, // erofs
	0x4D44:     true, // vfat
	0x2011BAB0: true, // exfat
	0x9660:     true, // iso9660
	0x3153464A: true, // jfs
	0x52654973: true, // reiserfs
}

// directReads reports whether f, a regular file, lives on a disk file
// system, so that reading it cannot block and needs no goroutine to be
// abandoned at cancellation.
func directReads(f *os.File) bool {
	rc, err := f.SyscallConn()
	if err != nil {
		return false
	}
	var st syscall.Statfs_t
	var serr error = syscall.EINVAL
	if err := rc.Control(func(fd uintptr) { serr = syscall.Fstatfs(int(fd), &st) }); err != nil || serr != nil {
		return false
	}
	return diskFileSystems[int64(st.Type)]
}

// diskDir is what a walked directory tells of opening its files: whether
// it lives on a disk file system (diskFileSystems), and its device, which
// a file of it on the same file system shares.
type diskDir struct {
	direct bool
	dev    uint64
}

// statDiskDir reads the file system and device of the open directory d,
// once for all its files; a directory it cannot tell is not direct.
func statDiskDir(d *os.File) diskDir {
	rc, err := d.SyscallConn()
	if err != nil {
		return diskDir{}
	}
	var st syscall.Stat_t
	var fst syscall.Statfs_t
	var serr error = syscall.EINVAL
	if err := rc.Control(func(fd uintptr) {
		if serr = syscall.Fstat(int(fd), &st); serr == nil {
			serr = syscall.Fstatfs(int(fd), &fst)
		}
	}); err != nil || serr != nil {
		return diskDir{}
	}
	return diskDir{direct: diskFileSystems[int64(fst.Type)], dev: st.Dev}
}

// openInDir opens the regular file name in the open directory d, whose
// file system dd says is a disk file system, with the flags of openWith
// and without following a link (name is one component of a directory
// listing). A file on d's device is returned as a diskFile; one on
// another device (a mount point) as an *os.File, whose reads
// boundedReader bounds as usual. ok is false when d's descriptor could
// not be used, and the caller opens the file its usual way.
func openInDir(d *os.File, dd diskDir, name string) (rc io.ReadCloser, ok bool, err error) {
	c, cerr := d.SyscallConn()
	if cerr != nil {
		return nil, false, nil
	}
	fd := -1
	if cerr = c.Control(func(dfd uintptr) {
		fd, err = withoutATime(func(flags int) (int, error) {
			for {
				fd, err := syscall.Openat(int(dfd), name, flags|syscall.O_NOFOLLOW, 0)
				if err != syscall.EINTR {
					return fd, err
				}
			}
		})
	}); cerr != nil {
		return nil, false, nil
	}
	if err != nil {
		return nil, true, &os.PathError{Op: "openat", Path: name, Err: err}
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		syscall.Close(fd)
		return nil, true, &os.PathError{Op: "fstat", Path: name, Err: err}
	}
	if err := notRegular(statMode(st.Mode)); err != nil {
		// Swapped for a FIFO or device between the walk and the open.
		syscall.Close(fd)
		return nil, true, err
	}
	if st.Dev != dd.dev {
		return os.NewFile(uintptr(fd), name), true, nil
	}
	return &diskFile{fd: fd, name: name}, true, nil
}

// statMode maps the type bits of a stat mode to an fs.FileMode.
func statMode(m uint32) fs.FileMode {
	switch m & syscall.S_IFMT {
	case syscall.S_IFREG:
		return 0
	case syscall.S_IFDIR:
		return fs.ModeDir
	case syscall.S_IFLNK:
		return fs.ModeSymlink
	case syscall.S_IFIFO:
		return fs.ModeNamedPipe
	case syscall.S_IFSOCK:
		return fs.ModeSocket
	case syscall.S_IFCHR:
		return fs.ModeDevice | fs.ModeCharDevice
	case syscall.S_IFBLK:
		return fs.ModeDevice
	}
	return fs.ModeIrregular
}

// diskFile is a regular file of a disk file system read straight through
// its descriptor. An *os.File would offer the descriptor to the runtime's
// poller first (a system call that fails for every disk file) and is
// checked for its file system on every open; here the directory was
// checked once. A read returns less than asked for only at the end of
// the file, so a short read ends it (as diskReader does), and a read
// never waits, so none needs bounding at cancellation.
type diskFile struct {
	fd   int
	name string
	eof  bool
}

// maxRead caps one read, as the os package does.
const maxRead = 1 << 30

func (f *diskFile) Read(p []byte) (int, error) {
	if f.fd < 0 {
		return 0, os.ErrClosed
	}
	if f.eof {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	want := min(len(p), maxRead)
	for {
		n, err := syscall.Read(f.fd, p[:want])
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return 0, &os.PathError{Op: "read", Path: f.name, Err: err}
		case n == 0:
			f.eof = true
			return 0, io.EOF
		case n < want:
			f.eof = true
		}
		return n, nil
	}
}

func (f *diskFile) Seek(offset int64, whence int) (int64, error) {
	if f.fd < 0 {
		return 0, os.ErrClosed
	}
	off, err := syscall.Seek(f.fd, offset, whence)
	if err != nil {
		return 0, &os.PathError{Op: "seek", Path: f.name, Err: err}
	}
	f.eof = false
	return off, nil
}

func (f *diskFile) Close() error {
	if f.fd < 0 {
		return os.ErrClosed
	}
	err := syscall.Close(f.fd)
	f.fd = -1
	if err != nil {
		return &os.PathError{Op: "close", Path: f.name, Err: err}
	}
	return nil
}

// ReadAt reads at off without moving the file's offset (zip and PDF
// readers jump around the file).
func (f *diskFile) ReadAt(p []byte, off int64) (int, error) {
	if f.fd < 0 {
		return 0, os.ErrClosed
	}
	n := 0
	for n < len(p) {
		k, err := syscall.Pread(f.fd, p[n:min(len(p), n+maxRead)], off+int64(n))
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return n, &os.PathError{Op: "pread", Path: f.name, Err: err}
		case k == 0:
			return n, io.EOF
		}
		n += k
	}
	return n, nil
}

// size is the file's size now.
func (f *diskFile) size() (int64, error) {
	var st syscall.Stat_t
	if err := syscall.Fstat(f.fd, &st); err != nil {
		return 0, &os.PathError{Op: "fstat", Path: f.name, Err: err}
	}
	return st.Size, nil
}

func (*diskFile) readsDirectly() {}
