package mnemonic

// typoPrefix0 reports whether typoPrefix reads the ASCII word w by its
// first four letters.
func (f *finder) typoPrefix0(w string) bool {
	f.text = []byte(w)
	return f.typoPrefix(0, len(w), false) != nil
}
