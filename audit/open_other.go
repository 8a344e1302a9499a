//go:build !unix

package audit

import (
	"fmt"
	"os"
)

// openReadOnly opens a regular file read-only.
func openReadOnly(p string) (*os.File, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !info.Mode().IsRegular() {
		f.Close()
		return nil, fmt.Errorf("not a regular file (%s)", irregularReason(info.Mode()))
	}
	return f, nil
}
