package decode

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"io"
)

// maxArchivedMembers bounds the members zipTexts and tarTexts read.
const maxArchivedMembers = 64

// zipTexts returns the members of the zip archive b that are text (UTF-8
// and printable), each inflated up to maxGunzip bytes and all of them
// to maxGunzip in all; a member past a limit, or damaged, is left out.
// A member that is a zip itself (a document: a .docx's XML) is read so
// too, one level down.
func zipTexts(b []byte) [][]byte { return zipTextsIn(b, 1) }

// zipTextsIn is zipTexts, reading zips inside down to depth levels.
func zipTextsIn(b []byte, depth int) [][]byte {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil
	}
	var out [][]byte
	total := 0
	for i, f := range zr.File {
		if i == maxArchivedMembers || total >= maxGunzip {
			break
		}
		if f.FileInfo().IsDir() || f.UncompressedSize64 > maxGunzip {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			continue
		}
		text, err := io.ReadAll(io.LimitReader(rc, int64(maxGunzip-total)+1))
		rc.Close()
		if err != nil || total+len(text) > maxGunzip {
			continue
		}
		if depth > 0 && bytes.HasPrefix(text, []byte("PK\x03\x04")) {
			for _, t := range zipTextsIn(text, depth-1) {
				if total+len(t) <= maxGunzip {
					total += len(t)
					out = append(out, t)
				}
			}
			continue
		}
		if !memberText(text) {
			continue
		}
		total += len(text)
		out = append(out, text)
	}
	return out
}

// tarTexts returns the members of the tarball that the gzip stream b
// holds that are text, as zipTexts does.
func tarTexts(b []byte) [][]byte {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil
	}
	tr := tar.NewReader(io.LimitReader(zr, 4*maxGunzip))
	var out [][]byte
	total := 0
	for i := 0; i < maxArchivedMembers && total < maxGunzip; i++ {
		h, err := tr.Next()
		if err != nil {
			break
		}
		if h.Typeflag != tar.TypeReg || h.Size > maxGunzip {
			continue
		}
		text, err := io.ReadAll(io.LimitReader(tr, int64(maxGunzip-total)+1))
		if err != nil || total+len(text) > maxGunzip || !memberText(text) {
			continue
		}
		total += len(text)
		out = append(out, text)
	}
	return out
}

// memberText reports whether an archive's member is text worth reading.
func memberText(b []byte) bool {
	return len(b) > 0 && !notUTF8(b) && printable(b)
}
