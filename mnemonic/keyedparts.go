package mnemonic

import "bytes"

// maxPartKey is the longest key, in bytes, keyedPartLabels reads.
const maxPartKey = 40

// keyedPartNouns are the words one of which a key that numbers a
// phrase's part holds ("SEED_PART1", "mnemonicWords2", "recovery-3").
var keyedPartNouns = [][]byte{[]byte("seed"), []byte("mnemonic"), []byte("phrase"), []byte("word"), []byte("recovery")}

// keyedPartLabels finds the keys that label the parts of a phrase kept in
// a configuration's variables, a part of two words or more each, a line each:
// "SEED_PART1=…", "mnemonic_2: '…'", "\"seedWords2\": \"…\"", "export
// WALLET_SEED_3=\"…\"". A key starts its line (past spaces, "export ",
// a list's dash and a quote), holds one of keyedPartNouns and ends in the
// part's number, 1 to 24, or its letter, "_a" to "_d"; '=' or ':' follows, and an opening quote if
// any. The marker spans the line's start to the value's first byte, to
// be left out, its number the row: the parts' words then follow each
// other, as those of rowLabel's labels do, and a key that ends a value
// (keyOfLine) is out of the way.
func keyedPartLabels(text []byte) []numberMarker {
	var out []numberMarker
	for _, sep := range []byte{'=', ':'} {
		eachByte(text, sep, func(p int) int {
			if m, ok := keyedPartLabel(text, p); ok {
				out = append(out, m)
			}
			return p + 1
		})
	}
	return out
}

// keyedPartLabel reads the key before the separator text[p] for
// keyedPartLabels.
func keyedPartLabel(text []byte, p int) (numberMarker, bool) {
	ke := p
	for ke > 0 && (text[ke-1] == ' ' || text[ke-1] == '\t') {
		ke--
	}
	if ke > 0 && (text[ke-1] == '"' || text[ke-1] == '\'') {
		ke--
	}
	if ke < 2 {
		return numberMarker{}, false
	}
	letter := 0 // a part lettered "_a", "-B"
	if c := text[ke-1] | 0x20; c >= 'a' && c <= 'd' && (text[ke-2] == '_' || text[ke-2] == '-') {
		letter = int(c-'a') + 1
	} else if !isDigit[text[ke-1]] {
		return numberMarker{}, false // most separators: no digit before
	}
	ks := ke
	for ks > 0 && ke-ks <= maxPartKey && keyByte(text[ks-1]) {
		ks--
	}
	if ke-ks > maxPartKey || ks == ke || isDigit[text[ks]] {
		return numberMarker{}, false
	}
	ds, row := ke-1, letter
	if letter == 0 {
		for ds = ke; ds > ks && isDigit[text[ds-1]]; ds-- {
		}
		row, _ = leadingNumber(text[ds:ke])
	}
	if ke-ds > 2 || row < 1 || row > 24 || !holdsPartNoun(text[ks:ds]) {
		return numberMarker{}, false
	}
	// The key starts its line: past a quote, "export ", a list's dash
	// and spaces.
	ls := ks
	if ls > 0 && (text[ls-1] == '"' || text[ls-1] == '\'') {
		ls--
	}
	if ls >= 7 && string(text[ls-7:ls]) == "export " {
		ls -= 7
	}
	for ls > 0 && (text[ls-1] == ' ' || text[ls-1] == '\t' || text[ls-1] == '-') {
		ls--
	}
	if ls > 0 && text[ls-1] != '\n' {
		return numberMarker{}, false
	}
	// The value: past spaces and an opening quote, on the key's line.
	e := p + 1
	for e < len(text) && (text[e] == ' ' || text[e] == '\t') {
		e++
	}
	if e < len(text) && (text[e] == '"' || text[e] == '\'' || text[e] == '`') {
		e++
	}
	le := bytes.IndexByte(text[e:], '\n')
	if le < 0 {
		le = len(text) - e
	}
	if v := bytes.TrimSpace(text[e : e+le]); bytes.IndexByte(v, ' ') < 0 {
		// No value, or a word alone: a phrase kept a word a key
		// ("WORD_1=…") is read as labelled lines (lineTemplate).
		return numberMarker{}, false
	}
	return numberMarker{start: ls, end: e, row: row, rowEnd: row}, true
}

// keyByte reports whether c may stand in a key: an ASCII letter or
// digit, '_', '-' or '.'.
func keyByte(c byte) bool {
	return isDigit[c] || isASCIILetter(c) || c == '_' || c == '-' || c == '.'
}

// holdsPartNoun reports whether key holds one of keyedPartNouns, in any
// case.
func holdsPartNoun(key []byte) bool {
	var buf [maxPartKey + 1]byte
	low := lowerInto(buf[:0], key)
	for _, n := range keyedPartNouns {
		if bytes.Contains(low, n) {
			return true
		}
	}
	return false
}
