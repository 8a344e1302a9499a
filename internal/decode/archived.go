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

// memberTexts gathers the text members of an archive, maxGunzip bytes
// of them in all.
type memberTexts struct {
	out   [][]byte
	total int
}

// room is how many bytes more the members may hold, and one to tell a
// member that is longer.
func (m *memberTexts) room() int64 { return int64(maxGunzip-m.total) + 1 }

// add keeps b when it is text (memberText) and fits.
func (m *memberTexts) add(b []byte) {
	if m.total+len(b) <= maxGunzip && memberText(b) {
		m.total += len(b)
		m.out = append(m.out, b)
	}
}

// zipTexts returns the members of the zip archive b that are text (UTF-8
// and printable), each inflated up to maxGunzip bytes and all of them
// to maxGunzip in all; a member past a limit, or damaged, is left out.
// A member that is a zip itself (a document: a .docx's XML) is read so
// too, one level down.
func zipTexts(b []byte) [][]byte {
	var m memberTexts
	m.zip(b, 1)
	return m.out
}

// zip adds the text members of the zip archive b, reading zips inside
// down to depth levels.
func (m *memberTexts) zip(b []byte, depth int) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return
	}
	for i, f := range zr.File {
		if i == maxArchivedMembers || m.total >= maxGunzip {
			break
		}
		if f.FileInfo().IsDir() || f.UncompressedSize64 > maxGunzip {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			continue
		}
		text, err := io.ReadAll(io.LimitReader(rc, m.room()))
		rc.Close()
		switch {
		case err != nil:
		case depth > 0 && bytes.HasPrefix(text, []byte("PK\x03\x04")):
			m.zip(text, depth-1)
		default:
			m.add(text)
		}
	}
}

// tarTexts returns the members of the tarball that the gzip stream b
// holds that are text, as zipTexts does.
func tarTexts(b []byte) [][]byte {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil
	}
	tr := tar.NewReader(io.LimitReader(zr, 4*maxGunzip))
	var m memberTexts
	for i := 0; i < maxArchivedMembers && m.total < maxGunzip; i++ {
		h, err := tr.Next()
		if err != nil {
			break
		}
		if h.Typeflag != tar.TypeReg || h.Size > maxGunzip {
			continue
		}
		if text, err := io.ReadAll(io.LimitReader(tr, m.room())); err == nil {
			m.add(text)
		}
	}
	return m.out
}

// memberText reports whether an archive's member is text worth reading.
func memberText(b []byte) bool {
	return len(b) > 0 && !notUTF8(b) && printable(b)
}
