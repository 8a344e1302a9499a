package decode

import (
	"bytes"
	"context"
	"encoding/csv"
	"strings"
	"sync"

	"github.com/walletaudit/walletaudit/mnemonic"
)

// TableViews reads data as a table of delimited rows (CSV, TSV, the cells
// of a spreadsheet) with comma between fields, and calls fn with the
// words of each column: a stretch of two rows or more in a row whose
// cells in that column are words of letters alone (wordsValue), twelve
// words or more in all, is a view ("column"), one cell a line, each line
// mapped to its cell (View.Cells). A phrase kept a word a row with a
// column beside it that is no word of a list ("1<TAB>word<TAB>✓",
// "1,word,yes"), or sent in two messages of a chat's export (a row
// each), is then read as written; in a column that already holds
// listNotesMin notes or more written wholly in one BIP-39 list's words, a
// stretch of such notes of several words each is not (notes one after
// the other pass a longer phrase's checksum by chance). It stops when fn
// returns false or when ctx is done, returning ctx's error; a row the CSV
// reader cannot read ends the table there.
func TableViews(ctx context.Context, data []byte, comma rune, fn func(View) bool) error {
	if !bytes.ContainsRune(data, comma) {
		return nil
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = comma
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	r.ReuseRecord = true
	var cols []cellStretch
	var notes []int // for each column, its cells so far that are notes in list words
	flush := func(c int) bool {
		v, ok := cols[c].view("column")
		if ok && notes[c] >= listNotesMin && !cols[c].oneWordCell {
			// A column of notes written in list words: its cells of
			// several words each are notes one after the other, whose
			// words pass a longer phrase's checksum by chance (a 3-word
			// note and a 12-word one as 15 words, one time in 32). Each
			// cell is still read where it stands.
			ok = false
		}
		cols[c] = cellStretch{}
		if !ok {
			return true
		}
		v.Context = data[max(0, v.Start-contextSize):v.Start]
		return fn(v)
	}
	// lineStarts holds the offset of each line's start, as far as the
	// reader has gone (FieldPos counts lines and columns).
	lineStarts := []int{0}
	scanned := 0
	offset := func(line, col int) int {
		for len(lineStarts) < line && scanned < len(data) {
			k := bytes.IndexByte(data[scanned:], '\n')
			if k < 0 {
				scanned = len(data)
				break
			}
			scanned += k + 1
			lineStarts = append(lineStarts, scanned)
		}
		if line > len(lineStarts) {
			return -1
		}
		return lineStarts[line-1] + col - 1
	}
	for n := 0; ; n++ {
		if n%256 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		rec, err := r.Read()
		if err != nil {
			break // io.EOF, or a row the reader cannot read
		}
		for c, field := range rec {
			if c >= len(cols) {
				cols = append(cols, cellStretch{})
				notes = append(notes, 0)
			}
			words := wordsValue([]byte(field))
			if words >= 3 && listWordNote(field) {
				notes[c]++
			}
			s := -1
			if words > 0 {
				line, col := r.FieldPos(c)
				s = offset(line, col)
				if s >= 0 && s < len(data) && data[s] == '"' {
					s++
				}
				if s < 0 || s+len(field) > len(data) || string(data[s:s+len(field)]) != field {
					s = -1 // not where the reader says: no view
				}
			}
			if s < 0 {
				if !flush(c) {
					return nil
				}
				continue
			}
			cols[c].add(data, s, s+len(field), words)
		}
		for c := len(rec); c < len(cols); c++ {
			if !flush(c) {
				return nil
			}
		}
	}
	for c := range cols {
		if !flush(c) {
			return nil
		}
	}
	return nil
}

// listNotesMin is how many cells of notes in list words make a column
// one of such notes (TableViews).
const listNotesMin = 10

// listWordNote reports whether a cell's words are all words of one
// BIP-39 list.
func listWordNote(field string) bool {
	words := strings.Fields(field)
	for _, set := range listWordSets() {
		all := true
		for _, w := range words {
			if !set[strings.ToLower(w)] {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// listWordSets holds each BIP-39 list's words as a set.
var listWordSets = sync.OnceValue(func() []map[string]bool {
	var sets []map[string]bool
	for _, lang := range mnemonic.Languages() {
		set := make(map[string]bool, 2048)
		for _, w := range mnemonic.Wordlist(lang) {
			set[w] = true
		}
		sets = append(sets, set)
	}
	return sets
})
