package mnemonic

import (
	"bytes"
	"slices"
	"unicode/utf8"
)

// otherListCues are words that, on a phrase's line before it or on the
// heading line above it, say that the words are a list of another kind:
// a spelling test, a vocabulary, a shopping list, a recipe, a game's.
// Such lists are made of common words, and one of 16 rows of 12 of them
// passes the BIP-39 checksum (one of 256 Electrum's). Matched as whole
// words, lower-case.
var otherListCues = [][]byte{
	[]byte("spelling"), []byte("vocabulary"), []byte("vocab"), []byte("shopping"), []byte("grocery"), []byte("groceries"),
	[]byte("buy"), []byte("crossword"), []byte("scrabble"), []byte("wordle"), []byte("flashcard"), []byte("flashcards"),
	[]byte("quiz"), []byte("homework"), []byte("lyrics"), []byte("poem"), []byte("ingredients"), []byte("recipe"),
	[]byte("playlist"), []byte("keywords"), []byte("hashtags"), []byte("synonyms"), []byte("antonyms"), []byte("rhymes"),
	[]byte("glossary"),
	[]byte("vocabulario"), []byte("ortografía"), []byte("compras"), []byte("receta"), []byte("ingredientes"), // Spanish, Portuguese
	[]byte("vocabulaire"), []byte("orthographe"), []byte("dictée"), []byte("courses"), []byte("recette"), []byte("ingrédients"), // French
	[]byte("vocabolario"), []byte("spesa"), []byte("ricetta"), []byte("ingredienti"), // Italian
	[]byte("vocabulário"), []byte("receita"), // Portuguese
	[]byte("vokabeln"), []byte("wortschatz"), []byte("einkaufsliste"), []byte("rezept"), []byte("zutaten"), // German
	[]byte("slovíčka"), []byte("nákup"), []byte("recept"), // Czech
}

// wordsLabels are the labels that only say "words": a spelling test's
// words are words too, so they do not outweigh a cue.
var wordsLabels = []string{"words", "palabras", "palavras", "slova", "wörter", "単語", "단어"}

// otherList reports whether the text before start on its line, or the
// line above when start begins its line, is a short heading or label
// (at most maxCueWords words) that names a list of another kind
// (otherListCues), with no label but one that says "words" for a seed.
func otherList(text []byte, start int) bool {
	ls := bytes.LastIndexByte(text[:start], '\n') + 1
	from := ls
	if !hasLetter(text[ls:start]) && ls > 0 {
		// A heading: the nearest line above with letters.
		for k := ls - 1; k > 0; {
			p := bytes.LastIndexByte(text[:k], '\n') + 1
			if hasLetter(text[p:k]) {
				from = p
				break
			}
			k = p - 1
		}
	}
	from = max(from, start-200)
	if wordCount(text[from:start]) > maxCueWords {
		// Not a heading or a label but sentences, or the words of
		// another phrase (list words such as "quiz" and "poem" among
		// them).
		return false
	}
	var buf [512]byte
	window := lowerInto(buf[:0], text[from:start])
	cue := false
	for _, c := range otherListCues {
		if wholeWordIn(window, c) {
			cue = true
			break
		}
	}
	if !cue {
		return false
	}
	for _, l := range labels {
		if !slices.Contains(wordsLabels, l) && bytes.Contains(window, []byte(l)) {
			return false
		}
	}
	return true
}

// maxCueWords is the most words the text otherList reads may hold.
const maxCueWords = 8

// wordCount counts the runs of letters (ASCII, or bytes of multi-byte
// characters) in b.
func wordCount(b []byte) int {
	n, in := 0, false
	for _, c := range b {
		l := asciiLetter[c] || c >= utf8.RuneSelf
		if l && !in {
			n++
		}
		in = l
	}
	return n
}

// hasLetter reports whether b holds an ASCII letter or a byte of a
// multi-byte character.
func hasLetter(b []byte) bool {
	for _, c := range b {
		if asciiLetter[c] || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// wholeWordIn reports whether w occurs in b with no ASCII letter right
// before or after it.
func wholeWordIn(b, w []byte) bool {
	for i := 0; ; {
		k := bytes.Index(b[i:], w)
		if k < 0 {
			return false
		}
		s, e := i+k, i+k+len(w)
		if (s == 0 || !asciiLetter[b[s-1]]) && (e == len(b) || !asciiLetter[b[e]]) {
			return true
		}
		i = s + 1
	}
}

// otherLists drops from out the phrases that a cue names as a list of
// another kind (otherList), unless a strict label stands right before
// them or they are published test phrases.
func otherLists(text []byte, out []Match) []Match {
	return slices.DeleteFunc(out, func(m Match) bool {
		return otherList(text, m.Start) && !strictLabel(text, m.Start) && !isPublic(m.Phrase)
	})
}
