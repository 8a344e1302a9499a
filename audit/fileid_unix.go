//go:build unix

package audit

import (
	"fmt"
	"io/fs"
	"syscall"
)

// fileID names the file behind info by device and inode, so two paths to
// one file (a bind mount, a symbolic link followed, a hard link) are one.
func fileID(info fs.FileInfo) (string, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return "", false
	}
	return fmt.Sprintf("%d:%d", st.Dev, st.Ino), true
}
