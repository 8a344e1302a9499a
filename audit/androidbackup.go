package audit

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"strings"
)

// androidBackupMagic opens an Android backup (adb backup's .ab file): a
// text header of four lines, "ANDROID BACKUP", the format version, 1 when
// the rest is compressed (zlib) and the encryption ("none" or
// "AES-256"), then a tar archive of the apps' files ("apps/<package>/sp/"
// for shared preferences, "f/" for files, "db/" for databases). The
// layout is the one BackupManagerService writes (Android Open Source
// Project, frameworks/base).
const androidBackupMagic = "ANDROID BACKUP\n"

// errEncryptedBackup reports an Android backup whose tar is encrypted
// with the user's backup password: it is not read.
var errEncryptedBackup = errors.New("encrypted Android backup (AES-256 with the backup password): not read")

// androidBackupTar reads an Android backup's header from r and returns
// the reader of its tar archive: inflated when the header says it is
// compressed. An encrypted backup gives errEncryptedBackup, a header of
// another shape a format error.
func androidBackupTar(r io.Reader) (io.Reader, error) {
	br := bufio.NewReaderSize(r, 4096)
	var fields [4]string
	for i := range fields {
		line, err := br.ReadSlice('\n')
		if err != nil {
			return nil, newFormatError("android backup", fmt.Errorf("header line %d: %w", i+1, err))
		}
		fields[i] = string(bytes.TrimRight(line, "\r\n"))
	}
	if fields[0]+"\n" != androidBackupMagic {
		return nil, newFormatError("android backup", errors.New("no header"))
	}
	if !strings.EqualFold(fields[3], "none") {
		return nil, errEncryptedBackup
	}
	switch fields[2] {
	case "0":
		return br, nil
	case "1":
		zr, err := zlib.NewReader(br)
		if err != nil {
			return nil, newFormatError("android backup", err)
		}
		return zr, nil
	}
	return nil, newFormatError("android backup", fmt.Errorf("compression flag %q", fields[2]))
}
