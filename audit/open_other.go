//go:build !unix

package audit

import "os"

// openReadOnly opens a regular file read-only.
func openReadOnly(p string) (*os.File, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	return regularOnly(f)
}
