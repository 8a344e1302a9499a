package audit

import "encoding/binary"

// aclFacts is what a POSIX access ACL says beyond the mode bits: whether
// it names other users or groups, and whether such an entry grants read
// or search (execute) once the ACL mask applies.
type aclFacts struct {
	named, namedRead, namedExec bool
}

// POSIX ACL extended-attribute encoding, as Linux stores it in the
// system.posix_acl_access attribute (include/uapi/linux/posix_acl_xattr.h
// and posix_acl.h in the Linux sources): a little-endian uint32 version
// (2), then 8-byte entries of uint16 tag, uint16 permissions, uint32 id.
const (
	aclXattrVersion = 2
	aclUser         = 0x02
	aclGroup        = 0x08
	aclMask         = 0x10
	aclRead         = 0x04
	aclExecute      = 0x01
)

// parseACL reads a system.posix_acl_access value. Anything malformed
// yields no facts.
func parseACL(b []byte) aclFacts {
	if len(b) < 4 || (len(b)-4)%8 != 0 || binary.LittleEndian.Uint32(b) != aclXattrVersion {
		return aclFacts{}
	}
	var f aclFacts
	mask := uint16(0o7)
	var named uint16
	for e := b[4:]; len(e) >= 8; e = e[8:] {
		tag, perm := binary.LittleEndian.Uint16(e), binary.LittleEndian.Uint16(e[2:])
		switch tag {
		case aclUser, aclGroup:
			f.named = true
			named |= perm
		case aclMask:
			mask = perm
		}
	}
	named &= mask
	f.namedRead, f.namedExec = named&aclRead != 0, named&aclExecute != 0
	return f
}
