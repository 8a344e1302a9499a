package audit

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"path"
	"strings"

	"github.com/golang/snappy"
)

// LevelDB tables (.ldb, .sst) hold what Chrome-based browsers store for
// extensions: MetaMask, Phantom and other wallets keep their vaults there.
// Blocks are usually Snappy-compressed, so a vault is invisible to a plain
// byte search until the table is decoded. The layout (footer, block
// handles, entries with shared key prefixes, block trailers) follows the
// LevelDB table format documentation (google/leveldb doc/table_format.md).

// levelDBMagic ends every table file (little-endian fixed64).
const levelDBMagic = 0xdb4775248b80fb57

const (
	levelDBFooterLen  = 48
	levelDBTrailerLen = 5 // block type byte and masked CRC-32C
	levelDBMaxBlock   = 64 << 20
)

var errNotLevelDB = errors.New("not a LevelDB table")

// isLevelDBName reports whether a file name is a LevelDB table's or log's
// (isLevelDBLogName).
func isLevelDBName(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".ldb", ".sst":
		return true
	}
	return isLevelDBLogName(p)
}

type blockHandle struct{ off, size uint64 }

func readHandle(b []byte) (blockHandle, []byte, error) {
	off, n := binary.Uvarint(b)
	if n <= 0 {
		return blockHandle{}, nil, errors.New("bad block handle")
	}
	size, m := binary.Uvarint(b[n:])
	if m <= 0 {
		return blockHandle{}, nil, errors.New("bad block handle")
	}
	return blockHandle{off, size}, b[n+m:], nil
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// block returns the contents of the block at h, decompressed, checking
// its CRC. limit bounds the decompressed size.
func levelDBBlock(data []byte, h blockHandle, limit int64) ([]byte, error) {
	end := h.off + h.size + levelDBTrailerLen
	if h.size > levelDBMaxBlock || end > uint64(len(data)) || end < h.off {
		return nil, errors.New("block outside the file")
	}
	raw := data[h.off : h.off+h.size]
	typ := data[h.off+h.size]
	want := binary.LittleEndian.Uint32(data[h.off+h.size+1:])
	c := crc32.Update(crc32.Checksum(raw, castagnoli), castagnoli, []byte{typ})
	if unmask := want - 0xa282ead8; unmask<<15|unmask>>17 != c {
		return nil, errors.New("block checksum mismatch")
	}
	switch typ {
	case 0:
		return raw, nil
	case 1:
		n, err := snappy.DecodedLen(raw)
		if err != nil {
			return nil, err // "snappy: corrupt input"
		}
		if int64(n) > limit || n > levelDBMaxBlock {
			return nil, errArchiveBudget
		}
		return snappy.Decode(nil, raw)
	}
	return nil, fmt.Errorf("unknown block compression %d", typ)
}

// levelDBEntries calls fn with each key and value of a decoded block.
func levelDBEntries(block []byte, fn func(key, value []byte) error) error {
	if len(block) < 4 {
		return errors.New("short block")
	}
	restarts := binary.LittleEndian.Uint32(block[len(block)-4:])
	if uint64(restarts)*4+4 > uint64(len(block)) {
		return errors.New("bad restart count")
	}
	body := block[:len(block)-4-int(restarts)*4]
	var key []byte
	for len(body) > 0 {
		shared, n1 := binary.Uvarint(body)
		if n1 <= 0 {
			return errors.New("bad entry")
		}
		unshared, n2 := binary.Uvarint(body[n1:])
		if n2 <= 0 {
			return errors.New("bad entry")
		}
		vlen, n3 := binary.Uvarint(body[n1+n2:])
		if n3 <= 0 {
			return errors.New("bad entry")
		}
		body = body[n1+n2+n3:]
		if shared > uint64(len(key)) || unshared > uint64(len(body)) || vlen > uint64(len(body))-unshared {
			return errors.New("entry outside the block")
		}
		key = append(key[:shared], body[:unshared]...)
		value := body[unshared : unshared+vlen]
		body = body[unshared+vlen:]
		if err := fn(key, value); err != nil {
			return err
		}
	}
	return nil
}

// decodeLevelDB returns the records of a LevelDB table as text, one
// "key value" line per entry (keys without their 8-byte sequence tag), so
// detectors see the values uncompressed. limit bounds the decoded bytes;
// past it the error is errArchiveBudget.
func decodeLevelDB(data []byte, limit int64) ([]byte, error) {
	if len(data) < levelDBFooterLen || binary.LittleEndian.Uint64(data[len(data)-8:]) != levelDBMagic {
		return nil, errNotLevelDB
	}
	footer := data[len(data)-levelDBFooterLen:]
	_, rest, err := readHandle(footer) // metaindex: filters, not records
	if err != nil {
		return nil, err
	}
	index, _, err := readHandle(rest)
	if err != nil {
		return nil, err
	}
	ib, err := levelDBBlock(data, index, limit)
	if err != nil {
		return nil, fmt.Errorf("index block: %w", err)
	}
	var out []byte
	var firstErr error
	err = levelDBEntries(ib, func(_, v []byte) error {
		h, _, err := readHandle(v)
		if err != nil {
			return err
		}
		b, err := levelDBBlock(data, h, limit-int64(len(out)))
		if errors.Is(err, errArchiveBudget) {
			return err
		}
		if err != nil {
			// One damaged block does not hide the others.
			if firstErr == nil {
				firstErr = fmt.Errorf("data block at %d: %w", h.off, err)
			}
			return nil
		}
		return levelDBEntries(b, func(k, v []byte) error {
			if len(k) >= 8 {
				k = k[:len(k)-8]
			}
			var rerr error
			out, rerr = appendLevelDBRecord(out, k, v, limit)
			return rerr
		})
	})
	if err != nil {
		return out, err
	}
	return out, firstErr
}

// scanLevelDB decodes a LevelDB table or log and scans its records as one
// item named "table!records". A file that is neither (or is too large to
// hold in memory) is handed back, replayed, for the usual scan.
func (w *itemScanner) scanLevelDB(ctx context.Context, it Item, rc io.ReadCloser, out chan<- Finding) (io.ReadCloser, bool, error) {
	lim := w.s.archive
	if it.depth >= lim.Depth {
		return rc, false, nil
	}
	data, err := io.ReadAll(io.LimitReader(rc, w.s.opts.MaxWholeFile+1))
	if err != nil {
		w.st.fail(it.Path, err)
		return rc, true, nil
	}
	replay := struct {
		io.Reader
		io.Closer
	}{bytes.NewReader(data), rc}
	if int64(len(data)) > w.s.opts.MaxWholeFile {
		return struct {
			io.Reader
			io.Closer
		}{io.MultiReader(bytes.NewReader(data), rc), rc}, false, nil
	}
	b := it.budget
	if b == nil {
		b = &archiveBudget{members: lim.Members, bytes: lim.Bytes}
	}
	decode := decodeLevelDB
	if isLevelDBLogName(it.Path) {
		decode = decodeLevelDBLog
	}
	records, err := decode(data, b.bytes)
	switch {
	case errors.Is(err, errNotLevelDB):
		return replay, false, nil
	case errors.Is(err, errArchiveBudget):
		w.st.skip(it.Path, "archive limits reached (decompressed bytes); the rest of the table was not read")
	case err != nil && len(records) == 0:
		// A damaged table: its raw bytes are still worth a look.
		w.st.fail(it.Path, fmt.Errorf("leveldb: %w", err))
		return replay, false, nil
	case err != nil:
		w.st.fail(it.Path, fmt.Errorf("leveldb: %w", err))
	}
	b.bytes -= int64(len(records))
	w.st.files.Add(1)
	// The records are stored where the table is: same context,
	// permissions and sync state.
	st := storageOf(it, w.st.vcs)
	sub := Item{Path: it.Path + "!records", Size: int64(len(records)), Mode: it.Mode, Origin: "archive",
		Open:  func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(records)), nil },
		depth: it.depth + 1, budget: b, ModTime: it.ModTime, Storage: &st, rootLen: it.rootLen}
	return rc, true, w.scan(ctx, sub, out)
}
