package audit

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/pierrec/lz4/v4"
)

// mozLZ4Magic opens a file Firefox compresses with LZ4 ("mozLz4"): the
// session store (sessionstore.jsonlz4, sessionstore-backups/
// recovery.jsonlz4, previous.jsonlz4, upgrade.jsonlz4-<build>), which
// holds the text typed into the forms of open tabs, and search.json.mozlz4
// and the add-ons' files. After the magic come the decompressed size (a
// little-endian uint32) and one LZ4 block (Mozilla's
// toolkit/components/lz4/lz4.js writes this layout).
const mozLZ4Magic = "mozLz40\x00"

// mozLZ4 decompresses the mozLz4 file data, refusing a declared size
// past limit or past maxCompressionRatio times the compressed size (a
// bomb).
func mozLZ4(data []byte, limit int64) ([]byte, error) {
	if len(data) < len(mozLZ4Magic)+4 || string(data[:len(mozLZ4Magic)]) != mozLZ4Magic {
		return nil, newFormatError("mozlz4", errors.New("no header"))
	}
	size := int64(binary.LittleEndian.Uint32(data[len(mozLZ4Magic):]))
	block := data[len(mozLZ4Magic)+4:]
	switch {
	case size > limit:
		return nil, &budgetError{fmt.Sprintf("mozlz4 file declares %d bytes, past the limit of %d read into memory", size, limit)}
	case size > ratioFloor && size/int64(max(len(block), 1)) > maxCompressionRatio:
		return nil, &budgetError{fmt.Sprintf("compression ratio above %d:1 (a decompression bomb)", maxCompressionRatio)}
	}
	out := make([]byte, size)
	n, err := lz4.UncompressBlock(block, out)
	if err != nil {
		return nil, newFormatError("mozlz4", err)
	}
	return out[:n], nil
}

// mozLZ4Name is the name of a mozLz4 file's content: "recovery.jsonlz4"
// holds "recovery.json", "search.json.mozlz4" "search.json",
// "upgrade.jsonlz4-20240601120000" "upgrade.json-20240601120000".
func mozLZ4Name(p string) string {
	base := path.Base(strings.ReplaceAll(p, "\\", "/"))
	if k := strings.Index(base, "lz4"); k > 0 {
		r := strings.TrimSuffix(base[:k], "moz") + base[k+3:]
		if r = strings.TrimSuffix(r, "."); r != "" {
			return r
		}
	}
	return base + ".txt"
}

// readMozLZ4 reads a mozLz4 stream whole, up to limit bytes.
func readMozLZ4(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, &budgetError{fmt.Sprintf("mozlz4 file larger than %d bytes", limit)}
	}
	return data, nil
}
