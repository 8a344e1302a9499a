package mnemonic

import (
	"bytes"
	"slices"
)

// A numbered list cut by a page's foot and the next page's head: a
// phrase copied onto two sheets of a notebook ("--- page 1 of 2 ---",
// "Backup notebook (cont.)"), or printed from a notes app with a page
// header ("Strana 2"). The lines between item k and item k+1 are left out
// of a copy of the text, which is read too (findPaged).

// Bounds of a break between two items of a list.
const (
	maxBreakLines = 8
	maxBreakBytes = 512
	// minBreakItem is the fewest items before a break: a list of one or
	// two items over a page's head is no phrase cut in two.
	minBreakItem = 3
)

// findPaged adds to out, what find found in text, what it finds in a
// copy of text without the lines that cut its numbered lists
// (pageBreaks, from the line at first); a reading of the copy replaces those of the text it
// overlaps when it has more words.
func findPaged(text []byte, first int, out []Match, find func([]byte) []Match) []Match {
	brks := pageBreaks(text, first)
	if len(brks) == 0 {
		return out
	}
	return findWithout(text, brks, "", out, find)
}

// findWithout adds to out, what find found in text, what find finds in a
// copy of text with each of spans (in order, apart) written as with ("":
// left out); a reading of the copy replaces those of out it overlaps when
// it has more words (mergeReadings).
func findWithout(text []byte, spans [][2]int, with string, out []Match, find func([]byte) []Match) []Match {
	return mergeReadings(out, findInPlain(text, func(src, buf []byte, pieces []piece) ([]byte, markupMap) {
		r := plainWriter{src: src, out: buf[:0], m: markupMap{pieces[:0]}}
		for _, b := range spans {
			r.verbatim(b[0])
			if with == "" {
				r.drop(b[0], b[1])
			} else {
				r.replace(b[0], b[1], with)
			}
		}
		r.verbatim(len(src))
		return r.out, r.m
	}, find))
}

// mergeReadings adds to out, what find found in a text, the readings of
// a copy of it (joined): one replaces those of out it overlaps when it
// has more words.
func mergeReadings(out, joined []Match) []Match {
	for _, m := range joined {
		better := true
		for _, o := range out {
			if o.Start < m.End && m.Start < o.End && o.Phrase.Len() >= m.Phrase.Len() {
				better = false
				break
			}
		}
		if !better {
			continue
		}
		kept := out[:0:0]
		for _, o := range out {
			if !(o.Start < m.End && m.Start < o.End) {
				kept = append(kept, o)
			}
		}
		out = append(kept, m)
	}
	slices.SortFunc(out, func(a, b Match) int { return a.Start - b.Start })
	return out
}

// listOneAt returns the start of the line of the digit '1' at text[i]
// when it is item 1 of a list an item a line (at the line's start, past
// spaces, before ". ", ") " or ": "), or -1.
func listOneAt(text []byte, i int) int {
	ls := i
	for ls > 0 && (text[ls-1] == ' ' || text[ls-1] == '\t') {
		ls--
	}
	if (ls == 0 || text[ls-1] == '\n') && itemNumber(text[ls:min(len(text), i+3)]) == 1 {
		return ls
	}
	return -1
}

// pageBreaks returns the spans of text between item k and item k+1 of a
// list numbered from 1 a line at a time ("1. word", "1) word", "1: word")
// that hold other lines than blank ones: at least minBreakItem items
// before, at most maxBreakLines lines and maxBreakBytes bytes, none of
// them an item. Lists are looked for from the line at first, where the
// finder's scan met the text's first item 1 (listOneAt).
func pageBreaks(text []byte, first int) [][2]int {
	var out [][2]int
	for from := max(first-1, 0); from < len(text); {
		ls := listStart(text, from)
		if ls < 0 {
			break
		}
		from = walkList(text, ls, &out)
	}
	return out
}

// listStart returns the offset of the first line at or after from that
// is item 1 of a list, or -1.
func listStart(text []byte, from int) int {
	if from == 0 && itemNumber(text[:min(len(text), 8)]) == 1 {
		return 0
	}
	for {
		i := bytes.Index(text[from:], []byte("\n1"))
		if i < 0 {
			return -1
		}
		ls := from + i + 1
		if itemNumber(text[ls:min(len(text), ls+8)]) == 1 {
			return ls
		}
		from = ls
	}
}

// walkList follows the list whose item 1 starts the line at ls, appends
// its breaks to out, and returns where it ends.
func walkList(text []byte, ls int, out *[][2]int) int {
	last, brk, lines, other := 0, 0, 0, false
	for ls < len(text) {
		next := len(text)
		if k := bytes.IndexByte(text[ls:], '\n'); k >= 0 {
			next = ls + k + 1
		}
		line := text[ls:next]
		switch n := itemNumber(line[:min(len(line), 8)]); {
		case n == last+1:
			if other && last >= minBreakItem && ls-brk <= maxBreakBytes {
				*out = append(*out, [2]int{brk, ls})
			}
			last, brk, lines, other = n, next, 0, false
		case n > 0:
			return ls // another list, or another count
		default:
			lines++
			other = other || len(bytes.TrimSpace(line)) > 0
			if lines > maxBreakLines {
				return next
			}
		}
		ls = next
	}
	return ls
}

// itemNumber returns the list number that starts line, past spaces and
// tabs ("12. ", "12) ", "12: "), or 0.
func itemNumber(line []byte) int {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	j := i
	for j < len(line) && j-i < 2 && isDigit[line[j]] {
		j++
	}
	if j == i || j+1 >= len(line) || line[j] != '.' && line[j] != ')' && line[j] != ':' || line[j+1] != ' ' && line[j+1] != '\t' {
		return 0
	}
	n, _ := leadingNumber(line[i:j])
	return n
}
