//go:build linux

package audit

import "syscall"

// fileACL reads the POSIX access ACL of the file at p (getxattr follows
// symbolic links, as opening the file does). No ACL, or a file system
// without them, yields no facts. An ACL larger than 512 bytes (over 60
// entries) is not read.
func fileACL(p string) aclFacts {
	var buf [512]byte
	n, err := syscall.Getxattr(p, "system.posix_acl_access", buf[:])
	if err != nil || n <= 0 {
		return aclFacts{}
	}
	return parseACL(buf[:n])
}
