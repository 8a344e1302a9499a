//go:build unix

package audit

import (
	"errors"
	"os"
	"syscall"
)

// openReadOnly opens a regular file without following a symbolic link,
// without blocking on a FIFO swapped in after the walk, and, where the
// caller owns the file, without updating its access time.
func openReadOnly(p string) (*os.File, error) {
	flags := os.O_RDONLY | syscall.O_NONBLOCK | syscall.O_NOFOLLOW | syscall.O_CLOEXEC
	f, err := os.OpenFile(p, flags|oNoATime, 0)
	if err != nil && oNoATime != 0 && errors.Is(err, syscall.EPERM) {
		f, err = os.OpenFile(p, flags, 0)
	}
	if err != nil {
		return nil, err
	}
	return regularOnly(f)
}
