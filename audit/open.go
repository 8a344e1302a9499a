package audit

import (
	"fmt"
	"os"
)

// regularOnly closes f and fails unless it is a regular file: the path may
// have been swapped for a FIFO or device between the walk and the open.
func regularOnly(f *os.File) (*os.File, error) {
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
