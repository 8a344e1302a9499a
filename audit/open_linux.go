//go:build linux

package audit

import (
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
