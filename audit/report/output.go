package report

import (
	"errors"
	"io/fs"
	"os"
)

// CheckWritable reports whether a report could be written to the named
// file, so that a command can fail before a long scan rather than after
// it. An existing file is opened for writing but not truncated; a missing
// one is created and removed again. The error names the file.
func CheckWritable(name string) error {
	f, err := os.OpenFile(name, os.O_WRONLY, 0)
	if err == nil {
		return f.Close()
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	f, err = os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	f.Close()
	return os.Remove(name)
}
