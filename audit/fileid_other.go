//go:build !unix

package audit

import "io/fs"

// fileID has no device and inode to give here: Distinct falls back to the
// cleaned absolute path.
func fileID(fs.FileInfo) (string, bool) { return "", false }
