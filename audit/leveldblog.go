package audit

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"path"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
)

// A LevelDB database writes each change to its log ("000003.log") before
// it reaches a table, and a browser's localStorage often lives in the log
// alone: a small store is not compacted for months. The log is a sequence
// of 32 KiB blocks of records (a masked CRC-32C, a length, a type that
// says whether the record is whole or a fragment); a whole record is a
// write batch: a sequence number, a count, then puts (key and value) and
// deletions (google/leveldb doc/log_format.md and db/write_batch.cc).

// Layout of a LevelDB log.
const (
	levelDBLogBlock  = 32 << 10
	levelDBLogHeader = 7 // masked CRC-32C, length (2 bytes), type
	levelDBBatchHead = 12
)

// isLevelDBLogName reports whether a file name is a LevelDB log's: six
// or more digits, then ".log".
func isLevelDBLogName(p string) bool {
	base := path.Base(p)
	digits, ok := bytes.CutSuffix([]byte(base), []byte(".log"))
	if !ok || len(digits) < 6 {
		return false
	}
	for _, c := range digits {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// decodeLevelDBLog returns the puts of a LevelDB log's write batches as
// text, one "key value" line each (appendLevelDBRecord), in the order
// written. A record whose checksum fails skips the rest of its block, as
// LevelDB's reader does. The first record must check out: otherwise the
// file is not a log (errNotLevelDB). limit bounds the text; past it the
// error is errArchiveBudget.
func decodeLevelDBLog(data []byte, limit int64) ([]byte, error) {
	var out, frag []byte
	var firstErr error
	seen := false
	for b := 0; b < len(data); b += levelDBLogBlock {
		blk := data[b:min(len(data), b+levelDBLogBlock)]
		for p := 0; p+levelDBLogHeader <= len(blk); {
			n := int(binary.LittleEndian.Uint16(blk[p+4:]))
			typ := blk[p+6]
			if typ == 0 && n == 0 {
				break // the zeros a writer leaves at a block's end
			}
			end := p + levelDBLogHeader + n
			if end > len(blk) || !levelDBLogChecksum(blk[p:end]) {
				if !seen {
					return nil, errNotLevelDB
				}
				if firstErr == nil {
					firstErr = errors.New("leveldb log: damaged record")
				}
				frag = frag[:0]
				break
			}
			seen = true
			payload := blk[p+levelDBLogHeader : end]
			p = end
			switch typ {
			case 1: // whole
				frag = append(frag[:0], payload...)
			case 2: // first
				frag = append(frag[:0], payload...)
				continue
			case 3: // middle
				frag = append(frag, payload...)
				continue
			case 4: // last
				frag = append(frag, payload...)
			default:
				continue
			}
			var err error
			if out, err = levelDBBatch(out, frag, limit); err != nil {
				if errors.Is(err, errArchiveBudget) {
					return out, err
				}
				if firstErr == nil {
					firstErr = err
				}
			}
		}
	}
	if !seen {
		return nil, errNotLevelDB
	}
	return out, firstErr
}

// levelDBLogChecksum reports whether the log record rec (header and
// payload) carries its masked CRC-32C of the type and the payload.
func levelDBLogChecksum(rec []byte) bool {
	c := crc32.Update(crc32.Checksum(rec[6:7], castagnoli), castagnoli, rec[levelDBLogHeader:])
	want := binary.LittleEndian.Uint32(rec)
	unmask := want - 0xa282ead8
	return unmask<<15|unmask>>17 == c
}

// levelDBBatch appends the puts of the write batch b to out.
func levelDBBatch(out, b []byte, limit int64) ([]byte, error) {
	if len(b) < levelDBBatchHead {
		return out, errors.New("leveldb log: short write batch")
	}
	b = b[levelDBBatchHead:]
	for len(b) > 0 {
		tag := b[0]
		key, rest, ok := varintBytes(b[1:])
		if !ok {
			return out, errors.New("leveldb log: bad batch entry")
		}
		switch tag {
		case 0: // a deletion: a key only
			b = rest
		case 1:
			val, after, ok := varintBytes(rest)
			if !ok {
				return out, errors.New("leveldb log: bad batch entry")
			}
			var err error
			if out, err = appendLevelDBRecord(out, key, val, limit); err != nil {
				return out, err
			}
			b = after
		default:
			return out, errors.New("leveldb log: unknown batch entry")
		}
	}
	return out, nil
}

// levelDBString reads a varint length and the bytes it counts.
func varintBytes(b []byte) (s, rest []byte, ok bool) {
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)-k) {
		return nil, nil, false
	}
	return b[k : k+int(n)], b[k+int(n):], true
}

// appendLevelDBRecord appends "key value\n" to out, or errArchiveBudget
// when that would pass limit. A Chromium localStorage record (a key "_",
// the origin, a zero byte, then the name; a value) stores its name and
// value each after a byte that says how: 0 for UTF-16LE, 1 for Latin-1
// (components/services/storage/dom_storage in Chromium). Both are
// written as UTF-8, the origin and the name apart by a space: a phrase in
// Japanese or Spanish reads as its words, not as the bytes of another
// encoding.
func appendLevelDBRecord(out, k, v []byte, limit int64) ([]byte, error) {
	if len(k) > 0 && k[0] == '_' {
		if z := bytes.IndexByte(k, 0); z > 0 && z+1 < len(k) && k[z+1] <= 1 && len(v) > 0 && v[0] <= 1 {
			start := len(out)
			out = append(out, k[:z]...)
			out = append(out, ' ')
			out = appendStorageString(out, k[z+1], k[z+2:])
			out = append(out, ' ')
			out = appendStorageString(out, v[0], v[1:])
			out = append(out, '\n')
			if int64(len(out)) > limit {
				return out[:start], errArchiveBudget
			}
			return out, nil
		}
	}
	if int64(len(out)+len(k)+len(v)+2) > limit {
		return out, errArchiveBudget
	}
	out = append(out, k...)
	out = append(out, ' ')
	out = append(out, v...)
	return append(out, '\n'), nil
}

// appendStorageString appends s, stored as UTF-16LE (format 0) or
// Latin-1 (format 1), to out in UTF-8. UTF-16 of an odd length is
// appended as it is.
func appendStorageString(out []byte, format byte, s []byte) []byte {
	var dec transform.Transformer
	switch {
	case format == 1:
		dec = charmap.ISO8859_1.NewDecoder()
	case len(s)%2 == 0:
		dec = utf16Decoder("utf-16le")
	default:
		return append(out, s...)
	}
	text, _, _ := transform.Bytes(dec, s) // these decoders write U+FFFD, never fail
	return append(out, text...)
}
