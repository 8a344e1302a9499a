package mnemonic

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFindNotedRows: a phrase written a word a numbered row with a note
// after each word (the heir who keeps it, a hint), as wills and split
// backups write it (the 267th and 269th blind corpora), is read without
// the notes, a note that is a list word too, when the notes repeat (a few
// heirs, one hint); rows out of the phrase's order, more rows than a
// phrase has words, or a gloss of its own on every row give no phrase.
func TestFindNotedRows(t *testing.T) {
	rng := rand.New(rand.NewPCG(267, 269))
	heirs := func(i int) string { return []string{"Lucía", "Marco", "Beatriz"}[i*3/24] }
	for range 4 {
		es := newFixture(t, rng, Spanish, 24)
		en := newFixture(t, rng, English, 12)
		swapped := slices.Clone(en.words)
		swapped[2], swapped[3] = swapped[3], swapped[2]
		rows := func(words []string, row func(i int, w string) string) string {
			var b strings.Builder
			for i, w := range words {
				b.WriteString(row(i, w))
			}
			return b.String()
		}
		for _, tc := range []struct {
			name, text string
			fx         fixture
			want       bool
		}{
			{"table of heirs", "| Nº | Palabra | Custodio |\n|---|---|---|\n" + rows(es.words, func(i int, w string) string {
				return fmt.Sprintf("| %d | %s | %s |\n", i+1, w, heirs(i))
			}), es, true},
			{"labelled lines, a blank line between heirs", "SEMILLA REPARTIDA\n\n" + rows(es.words, func(i int, w string) string {
				gap := ""
				if i == 8 || i == 16 {
					gap = "\n"
				}
				return fmt.Sprintf("%sPalabra %02d: %s   (%s)\n", gap, i+1, w, heirs(i))
			}), es, true},
			{"hints", rows(en.words, func(i int, w string) string { return fmt.Sprintf("%d. %s - my hint about it\n", i+1, w) }), en, true},
			{"a page's table", "<table>\n<tr><th>#</th><th>palabra</th><th>lado</th><th>lugar</th></tr>\n" + rows(es.words, func(i int, w string) string {
				return fmt.Sprintf("<tr><td>%d</td><td>%s</td><td>%c</td><td>placa %c</td></tr>\n", i+1, w, "AB"[i%2], "AB"[i/12])
			}) + "</table>\n", es, true},
			{"a list word as the note", rows(en.words, func(i int, w string) string { return fmt.Sprintf("%d) %s  (wallet)\r\n", i+1, w) }), en, true},
			// A gloss of its own on every row is a vocabulary's (the
			// 172nd blind corpus: "1. kitchen - mutfak").
			{"glosses", "Kelime listesi - Ünite 4\n" + rows(en.words, func(i int, w string) string {
				return fmt.Sprintf("%d. %s - %s\n", i+1, w, strings.Repeat("ç", i+2))
			}), en, false},
			{"out of order", rows(swapped, func(i int, w string) string { return fmt.Sprintf("%d. %s - my hint about it\n", i+1, w) }), en, false},
			{"more rows than a phrase", rows(append(slices.Clone(en.words), "glossary"), func(i int, w string) string {
				return fmt.Sprintf("%d. %s - my hint about it\n", i+1, w)
			}), en, false},
		} {
			var got []string
			for _, m := range Find([]byte(tc.text)) {
				got = append(got, m.Phrase.Reveal())
			}
			assert.Equal(t, tc.want, slices.Contains(got, tc.fx.norm), tc.name) // the name: the text holds the phrase
		}
	}
}

// TestRowNote: what after a row's word is a note.
func TestRowNote(t *testing.T) {
	for rest, want := range map[string]bool{
		" | Lucía |": true, "\tB\tplaca A": true, "  A  placa A ": true, "   (Lucía)": true, " [spare]": true, " - my hint": true, " → casa": true, " = house": true,
		"": false, " |": false, " (ok) x": false, " and more words": false, " -x": false,
	} {
		assert.Equal(t, want, rowNote([]byte(rest)), rest)
	}
}

// TestNumberedRow: the number and the word's end of a row's line.
func TestNumberedRow(t *testing.T) {
	for line, want := range map[string][2]int{
		"| 3 | zebra | Lucía |":   {3, len("| 3 | zebra")},
		"Palabra 03: árbol (x)":   {3, len("Palabra 03: árbol")},
		"12. zoo - a hint":        {12, len("12. zoo")},
		"  - 7) apple":            {7, len("  - 7) apple")},
		"Word number 4: cat note": {4, len("Word number 4: cat")},
	} {
		num, end, ok := numberedRow([]byte(line))
		if assert.True(t, ok, line) {
			assert.Equal(t, want, [2]int{num, end}, line)
		}
	}
	for _, line := range []string{"", "no number here", "123. too many digits", "3. 0xdeadbeef", "a b c 3. word", "3.word2"} {
		_, _, ok := numberedRow([]byte(line))
		assert.False(t, ok, line)
	}
}
