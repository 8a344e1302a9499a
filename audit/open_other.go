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

// openFollow opens a regular file read-only, following a link.
func openFollow(p string) (*os.File, error) { return openReadOnly(p) }

// openInRoot opens the regular file name in the directory r.
func openInRoot(r *os.Root, name string) (*os.File, error) {
	f, err := r.Open(name)
	if err != nil {
		return nil, err
	}
	return regularOnly(f)
}
