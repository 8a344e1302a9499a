// Package sizeflag reads the byte sizes the example programs take as
// flags: "1024", "64K", "256M", "2G" (also "10MiB", "10MB"), or "none".
package sizeflag

import (
	"fmt"
	"strconv"
	"strings"
)

// Parse reads a size; 0 means the library's default (as in
// audit.Options.MaxFileSize) and "none" (or -1) no limit, returned as -1.
func Parse(s string) (int64, error) {
	s = strings.TrimSpace(strings.ToUpper(s))
	if s == "NONE" || s == "-1" {
		return -1, nil
	}
	mult := int64(1)
	for suffix, m := range map[string]int64{"K": 1 << 10, "M": 1 << 20, "G": 1 << 30} {
		if strings.HasSuffix(s, suffix) || strings.HasSuffix(s, suffix+"B") || strings.HasSuffix(s, suffix+"IB") {
			s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, "IB"), "B"), suffix)
			mult = m
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("invalid size %q", s)
	}
	return n * mult, nil
}

// ArchiveBytes reads the value of an -archive-bytes flag as
// audit.ArchiveLimits.Bytes takes it: "none" becomes more than any tree
// holds (with room to add to it).
func ArchiveBytes(s string) (int64, error) {
	n, err := Parse(s)
	if n < 0 {
		n = 1 << 62
	}
	return n, err
}

// ArchiveBytesUsage is the help text of an -archive-bytes flag.
const ArchiveBytesUsage = "read at most this `size` decompressed from each archive, document or mail met in the tree (what is past it is listed as skipped); none for no limit"
