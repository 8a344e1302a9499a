//go:build !linux

package audit

import (
	"io"
	"os"
)

// directReads reports whether reads of f cannot block; elsewhere than on
// Linux the file system is not checked, and every read of a file can be
// abandoned at cancellation.
func directReads(*os.File) bool { return false }

// diskDir is what a walked directory tells of opening its files; elsewhere
// than on Linux nothing, and its files are opened the usual way.
type diskDir struct{ direct bool }

func statDiskDir(*os.File) diskDir { return diskDir{} }

func openInDir(*os.File, diskDir, string) (io.ReadCloser, bool, error) { return nil, false, nil }
