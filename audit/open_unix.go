//go:build unix

package audit

import (
	"errors"
	"os"
	"syscall"
)

// openFlags open without blocking on a FIFO swapped in after the walk and
// without leaking the descriptor to child processes.
const openFlags = os.O_RDONLY | syscall.O_NONBLOCK | syscall.O_CLOEXEC

// openReadOnly opens a regular file without following a symbolic link,
// without blocking on a FIFO swapped in after the walk, and, where the
// caller owns the file, without updating its access time.
func openReadOnly(p string) (*os.File, error) {
	return openWith(func(flags int) (*os.File, error) { return os.OpenFile(p, flags|syscall.O_NOFOLLOW, 0) })
}

// openFollow opens a regular file like openReadOnly but follows a
// symbolic link: it is for paths the user named.
func openFollow(p string) (*os.File, error) {
	return openWith(func(flags int) (*os.File, error) { return os.OpenFile(p, flags, 0) })
}

// openInRoot opens the regular file name in the directory r, relative to
// it, so the length of the directory's path does not matter.
func openInRoot(r *os.Root, name string) (*os.File, error) {
	return openWith(func(flags int) (*os.File, error) { return r.OpenFile(name, flags, 0) })
}

func openWith(open func(flags int) (*os.File, error)) (*os.File, error) {
	f, err := withoutATime(open)
	if err != nil {
		return nil, err
	}
	return regularOnly(f)
}

// withoutATime opens with openFlags and, where the system allows it, the
// flag that leaves the access time alone: it is for the file's owner (or
// root) only, and others open without it.
func withoutATime[T any](open func(flags int) (T, error)) (T, error) {
	f, err := open(openFlags | oNoATime)
	if err != nil && oNoATime != 0 && errors.Is(err, syscall.EPERM) {
		f, err = open(openFlags)
	}
	return f, err
}
