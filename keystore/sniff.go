package keystore

// Likely reports whether a file with this base name, first bytes (head,
// up to 64 KiB) and size may be a wallet file this package knows. It is
// cheap — magic bytes, a few markers, the name — and meant to decide
// whether reading the whole file is worth it. It may say yes to files
// that Parse then rejects, never the reverse for files whose markers fall
// in head.
func Likely(name string, head []byte, size int64, opts Options) bool {
	return likelyWith(formats, name, head, size, opts)
}
