package mnemonic

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// otherListCues are words that, on a phrase's line before it or on the
// heading line above it, say that the words are a list of another kind:
// a spelling test, a vocabulary, a shopping list, a recipe, a game's.
// Such lists are made of common words, and one of 16 rows of 12 of them
// passes the BIP-39 checksum (one of 256 Electrum's). Matched as whole
// words, lower-case; tagCues are among them.
var otherListCues = slices.Concat([][]byte{
	[]byte("spelling"), []byte("vocabulary"), []byte("vocab"), []byte("shopping"), []byte("grocery"), []byte("groceries"),
	[]byte("buy"), []byte("crossword"), []byte("scrabble"), []byte("wordle"), []byte("flashcard"), []byte("flashcards"),
	[]byte("quiz"), []byte("homework"), []byte("lyrics"), []byte("poem"), []byte("ingredients"), []byte("recipe"),
	[]byte("playlist"), []byte("hashtags"), []byte("synonyms"), []byte("antonyms"), []byte("rhymes"),
	[]byte("glossary"),
	[]byte("vocabulario"), []byte("ortografía"), []byte("compras"), []byte("receta"), []byte("ingredientes"), // Spanish, Portuguese
	[]byte("vocabulaire"), []byte("orthographe"), []byte("dictée"), []byte("courses"), []byte("recette"), []byte("ingrédients"), // French
	[]byte("vocabolario"), []byte("spesa"), []byte("ricetta"), []byte("ingredienti"), // Italian
	[]byte("vocabulário"), []byte("receita"), // Portuguese
	[]byte("vokabeln"), []byte("wortschatz"), []byte("einkaufsliste"), []byte("rezept"), []byte("zutaten"), // German
	[]byte("slovíčka"), []byte("nákup"), []byte("recept"), // Czech
	// Word games, drills and exercises.
	[]byte("game"), []byte("games"), []byte("pictionary"), []byte("codenames"), []byte("boggle"), []byte("hangman"),
	[]byte("charades"), []byte("worksheet"), []byte("practice"), []byte("drill"), []byte("drills"), []byte("poetry"),
	// A random word generator's prompts ("Your drawing prompts: …").
	[]byte("prompt"), []byte("prompts"), []byte("drawing"), []byte("doodle"), []byte("sketch"),
	// Chinese, Japanese and Korean: new characters, vocabulary, word
	// book, practice, test.
	[]byte("生字"), []byte("词汇"), []byte("詞彙"), []byte("单词"), []byte("單詞"), []byte("练习"), []byte("練習"),
	[]byte("れんしゅう"), []byte("単語帳"), []byte("語彙"), []byte("단어장"), []byte("어휘"), []byte("시험"),
	// Lessons and homework: lexicon, Czech's listed words, homework,
	// the language lesson of a Japanese, Korean or Chinese school, the
	// characters a Chinese pupil learns to read and to write.
	[]byte("lessico"), []byte("léxico"), []byte("lexique"), []byte("vyjmenovaná slova"), []byte("vyjmenovana slova"),
	[]byte("slovicka"), []byte("tarea"), []byte("deberes"), []byte("devoirs"), []byte("compiti"), []byte("hausaufgaben"),
	[]byte("しゅくだい"), []byte("宿題"), []byte("숙제"), []byte("作业"), []byte("こくご"), []byte("国語"), []byte("국어"),
	[]byte("会认的字"), []byte("会写的字"), []byte("會認的字"), []byte("會寫的字"), []byte("识字"), []byte("識字"),
	[]byte("语文"), []byte("語文"), []byte("급수표"),
	// Shopping in Spanish and Portuguese ("Lista de la compra"), and
	// word frequency tables.
	[]byte("compra"), []byte("frequency"), []byte("frecuencia"), []byte("fréquence"), []byte("frequenza"),
	[]byte("frequência"), []byte("frekvence"), []byte("häufigkeit"), []byte("頻度"), []byte("빈도"), []byte("词频"),
	[]byte("詞頻"),
}, tagCues)

// tagCues are the cues of otherListCues that name a page's tags and
// keywords (names of '-' and '_' are read as spaces), in English,
// Spanish, Portuguese, French, Italian, German, Czech, Japanese, Korean
// and Chinese; a page's properties list them after a colon (tagProperty).
var tagCues = [][]byte{
	[]byte("tag:"), []byte("tags"), []byte("hashtag"), []byte("etiquetas"), []byte("marcadores"), []byte("étiquettes"),
	[]byte("schlagwörter"), []byte("stichwörter"), []byte("štítky"), []byte("タグ"), []byte("태그"), []byte("标签"),
	[]byte("標籤"),
}

// tagProperty reports whether line is a page's property that holds its
// tags ("Tags: crypto, ledger", as Notion and Bear export a page): one
// of tagCues, a colon and the tags, which are the page's, not a heading
// of the list below it.
func tagProperty(line []byte) bool {
	line = bytes.TrimLeft(line, " \t*-#")
	c := bytes.IndexByte(line, ':')
	if c < 0 || !hasLetter(line[c+1:]) || wordCount(line[:c]) > 1 {
		return false
	}
	key := bytes.ToLower(bytes.TrimSpace(line[:c+1]))
	return slices.ContainsFunc(tagCues, func(t []byte) bool {
		return bytes.Equal(key, t) || bytes.Equal(key[:len(key)-1], t)
	})
}

// keywordCues are the cues that say "keywords": a page's, but also what
// people call a seed's words ("mis 12 palabras clave"), so a word count
// of a phrase (12, 15, 18, 21 or 24) beside them makes them none.
var keywordCues = [][]byte{
	[]byte("keyword"), []byte("keywords"), []byte("palabras clave"), []byte("palavras chave"), []byte("mots clés"),
	[]byte("mots clefs"), []byte("parole chiave"), []byte("klíčová slova"), []byte("キーワード"), []byte("키워드"),
	[]byte("关键词"), []byte("關鍵詞"),
}

// sentenceCues are the cues (also otherListCues) that name another kind
// of list even inside a sentence before the words ("we played word
// football in the car, here is the chain: …"): dictation, word games and
// puzzles, words no one writes beside a seed. The general ones ("buy",
// "game", "practice") count only in a heading or a label.
var sentenceCues = [][]byte{
	[]byte("spelling"), []byte("crossword"), []byte("scrabble"), []byte("wordle"), []byte("boggle"), []byte("hangman"),
	[]byte("dictation"), []byte("word search"), []byte("wordsearch"), []byte("anagrams"),
	[]byte("dictado"), []byte("dictée"), []byte("dictee"), []byte("diktát"), []byte("diktat"), []byte("dettato"), []byte("ditado"),
	[]byte("받아쓰기"), []byte("听写"), []byte("聽寫"), []byte("書き取り"), []byte("かきとり"),
	[]byte("slovní fotbal"), []byte("slovni fotbal"), []byte("pasapalabra"), []byte("paroliere"), []byte("ahorcado"),
	[]byte("しりとり"), []byte("shiritori"), []byte("끝말잇기"), []byte("接龙"), []byte("接龍"),
	[]byte("crucigrama"), []byte("sopa de letras"), []byte("caça palavras"), []byte("caca palavras"), []byte("palavras cruzadas"),
	[]byte("cruciverba"), []byte("mots croisés"), []byte("mots croises"), []byte("mots mêlés"), []byte("mots meles"),
	[]byte("křížovka"), []byte("krizovka"), []byte("osmisměrka"), []byte("osmismerka"), []byte("kreuzworträtsel"),
	[]byte("クロスワード"), []byte("십자말풀이"), []byte("填字"), []byte("pasatiempos"), []byte("passatempos"),
}

// wordsLabels are the labels that only say "words": a spelling test's
// words are words too, so they do not outweigh a cue.
var wordsLabels = []string{"words", "palabras", "palavras", "parole", "slova", "wörter", "単語", "단어",
	// "Phrase" is a sentence in Spanish, Italian, Portuguese and Czech
	// ("una frase di esempio per ciascuna"): alone it labels no seed.
	"phrase", "frase", "fráze", "fraze"}

// otherList reports whether the text before start on its line, or the
// line above when start begins its line, is a short heading or label
// (at most maxCueWords words) that names a list of another kind
// (otherListCues), with no label but one that says "words" for a seed.
func otherList(text []byte, start int) bool {
	ls := bytes.LastIndexByte(text[:start], '\n') + 1
	from := ls
	if !hasLetter(text[ls:start]) && ls > 0 {
		// A heading: the nearest line above with letters, past the
		// text's front matter, whose tags are the note's, not a list's.
		fm := frontMatterEnd(text[:ls])
		for k := ls - 1; k > 0; {
			p := bytes.LastIndexByte(text[:k], '\n') + 1
			if p < fm {
				break
			}
			if hasLetter(text[p:k]) && !tagProperty(text[p:k]) {
				if !quotation(text[p:k]) {
					from = p
				}
				break
			}
			k = p - 1
		}
	}
	from = max(from, start-200)
	if wordCount(text[from:start]) <= maxCueWords {
		// A heading or a label, not sentences or the words of another
		// phrase (list words such as "quiz" and "poem" among them).
		switch cue, seed := cues(text[from:start]); {
		case seed:
			return false
		case cue:
			return true
		}
	} else if sentenceCue(text[max(ls, start-200):start]) {
		return true
	}
	// The headings the phrase is under, nearest first, and the text's
	// title: "# Spelling lists" over "## Week 2" over the words.
	if seedLabelBefore(text, start) {
		return false
	}
	for _, h := range append(headingsAbove(text, from, start), plainHeadingAbove(text, from)) {
		switch cue, seed := cues(h); {
		case seed:
			return false
		case cue:
			return true
		}
	}
	return false
}

// walletWords are "wallet" in the wordlists' languages, which say as
// much as a seed's label does about the words after them.
var walletWords = []string{"carteira", "cartera", "billetera", "monedero", "portefeuille", "portafoglio", "peněženka",
	"penezenka", "geldbörse", "ウォレット", "지갑"}

// cues reports whether b (a heading or a label) names a list of another
// kind (otherListCues), and whether it holds a seed's label (labels but
// those that say only "words", walletWords and walletNames).
func cues(b []byte) (cue, seed bool) {
	var buf [1024]byte
	window := cueWindow(buf[:0], b)
	var tri trigrams
	tri.add(window)
	for _, l := range seedLabels {
		if tri.may(l) && bytes.Contains(window, l) && !(string(l) == "mnemonic" && memoryAids(window)) {
			return false, true
		}
	}
	in := func(c []byte) bool { return tri.may(c) && wholeWordIn(window, c) }
	if slices.ContainsFunc(keywordCues, in) && !phraseCount(window) {
		return true, false
	}
	return slices.ContainsFunc(otherListCues, in) || slices.ContainsFunc(sentenceCues, in), false
}

// memoryAidWords are what "mnemonic" names before them when it says a
// memory aid, not a seed ("Mnemonic devices for learning vocabulary").
var memoryAidWords = []string{"mnemonic device", "mnemonic technique", "mnemonic trick", "mnemonic aid", "mnemonic rhyme"}

// memoryAids reports whether every "mnemonic" of window (lower case) is
// one of memoryAidWords.
func memoryAids(window []byte) bool {
	n := 0
	for _, a := range memoryAidWords {
		n += bytes.Count(window, []byte(a))
	}
	return n > 0 && n == bytes.Count(window, []byte("mnemonic"))
}

// walletNames are the names of wallets and of where a seed is kept: "my
// Ledger:", "metamask" or "cold storage:" over a phrase in a list of
// groceries labels it as "seed" would. Names that are also common words
// ("phantom", "keystone", "atomic") are left out.
var walletNames = []string{"cold storage", "metamask", "trezor", "ledger", "exodus", "electrum", "coldcard", "keepkey",
	"bitbox", "safepal", "tangem", "keplr"}

// seedLabels are the words whose presence in a heading or a label says
// seed (cues): labels but those that say only "words", walletWords and
// walletNames.
var seedLabels = func() (out [][]byte) {
	for _, l := range labels {
		if !slices.Contains(wordsLabels, l) {
			out = append(out, []byte(l))
		}
	}
	for _, l := range slices.Concat(walletWords, walletNames) {
		out = append(out, []byte(l))
	}
	return out
}()

// trigrams is a set of the three-byte sequences of a short text, kept as
// 4,096 bits of their hashes: a word whose first three bytes are not in
// it is not in the text. cues tests some 250 words against every file's
// name and every label; most of them fail this test without a search.
type trigrams [64]uint64

// trigramBit returns the bit of the three bytes at b[0:3].
func trigramBit(b []byte) uint32 {
	return (uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16) * 0x9E3779B1 >> 20
}

// add puts the three-byte sequences of b in t.
func (t *trigrams) add(b []byte) {
	for i := 0; i+3 <= len(b); i++ {
		h := trigramBit(b[i:])
		t[h>>6] |= 1 << (h & 63)
	}
}

// may reports whether the text t was made of may hold w: false only when
// w's first three bytes are not in it.
func (t *trigrams) may(w []byte) bool {
	if len(w) < 3 {
		return true
	}
	h := trigramBit(w)
	return t[h>>6]&(1<<(h&63)) != 0
}

// phraseCount reports whether b holds a phrase's word count (12, 15, 18,
// 21 or 24) as a number of its own.
func phraseCount(b []byte) bool {
	for _, n := range []string{"12", "15", "18", "21", "24"} {
		for i := 0; ; {
			k := bytes.Index(b[i:], []byte(n))
			if k < 0 {
				break
			}
			s, e := i+k, i+k+2
			if (s == 0 || !isDigit[b[s-1]]) && (e == len(b) || !isDigit[b[e]]) {
				return true
			}
			i = e
		}
	}
	return false
}

// cueWindow appends to dst the first 256 bytes of b in lower case, with
// '-' and '_' read as spaces ("Mots-clés", "caca_palavras").
func cueWindow(dst, b []byte) []byte {
	w := lowerInto(dst, b[:min(len(b), 256)])
	for i, c := range w {
		if c == '-' || c == '_' {
			w[i] = ' '
		}
	}
	return w
}

// sentenceCue reports whether b, the sentence before a phrase on its
// line, names another kind of list (sentenceCues) and holds no seed's
// label.
func sentenceCue(b []byte) bool {
	var buf [1024]byte
	window := cueWindow(buf[:0], b)
	var tri trigrams
	tri.add(window)
	if !slices.ContainsFunc(sentenceCues, func(c []byte) bool { return tri.may(c) && wholeWordIn(window, c) }) {
		return false
	}
	_, seed := cues(b)
	return !seed
}

// seedLabelBefore reports whether the 160 bytes before start hold a
// seed's label (labels but those that say only "words").
func seedLabelBefore(text []byte, start int) bool {
	_, seed := cues(text[max(0, start-160):start])
	return seed
}

// Bounds of headingsAbove.
const (
	headingReach = 4096 // how far above a heading may be
	titleReach   = 16384
	maxHeadings  = 6
)

// headingsAbove returns the headings of the section that the line at ls
// is in, nearest first, within headingReach: each Markdown heading
// ("## …") of a lower level than those nearer, and the text's title (its
// first line with letters past its front matter, of at most maxCueWords
// words and no list's item, within titleReach, and no rule line
// (hasRuleLine) between it and start, where what it may title starts).
func headingsAbove(text []byte, ls, start int) [][]byte {
	var out [][]byte
	level := 7
	for k := ls - 1; k > 0 && ls-k < headingReach && len(out) < maxHeadings; {
		p := bytes.LastIndexByte(text[:k], '\n') + 1
		line := bytes.TrimLeft(text[p:k], " \t")
		n := 0
		for n < len(line) && line[n] == '#' {
			n++
		}
		if n > 0 && n < level && n < len(line) && line[n] == ' ' {
			out = append(out, line[n:])
			level = n
		}
		k = p - 1
	}
	if ls < titleReach {
		for p := frontMatterEnd(text[:ls]); p < ls; {
			e := bytes.IndexByte(text[p:ls], '\n')
			if e < 0 {
				break
			}
			if line := text[p : p+e]; hasLetter(line) && !tagProperty(line) {
				if wordCount(line) <= maxCueWords && !hasRuleLine(text[p+e:start]) && !listItem(line) {
					out = append(out, line)
				}
				break
			}
			p += e + 1
		}
	}
	return out
}

// quotation reports whether line (past a list's mark) is a quotation,
// between quotes ("- \"we were only practice for the real goodbye\"", a
// lyric noted): what it says is what someone wrote, no heading's.
func quotation(line []byte) bool {
	t := bytes.TrimSpace(line)
	for _, m := range [...]string{"- ", "* ", "+ ", "• ", "> "} {
		t = bytes.TrimPrefix(t, []byte(m))
	}
	for _, q := range [...][2]string{{`"`, `"`}, {"“", "”"}, {"„", "“"}, {"«", "»"}, {"'", "'"}} {
		if len(t) > len(q[0])+len(q[1]) && bytes.HasPrefix(t, []byte(q[0])) && bytes.HasSuffix(t, []byte(q[1])) {
			return true
		}
	}
	return false
}

// listItem reports whether line is an item of a list ("- buy printer
// ink", "* call Mum", "• eggs"): the first of a note's items titles no
// text, whatever it says.
func listItem(line []byte) bool {
	t := bytes.TrimLeft(line, " \t")
	for _, m := range [...]string{"- ", "* ", "+ ", "• ", "– "} {
		if bytes.HasPrefix(t, []byte(m)) {
			return true
		}
	}
	return false
}

// hasRuleLine reports whether b holds a line drawn to part notes or
// sections: three or more of one of '-', '=', '*', '_', '~' and nothing
// else but spaces (notes exported into one file, "----" between them),
// or a form feed (a page break). The title of the text above it names
// what is before it, not what is after.
func hasRuleLine(b []byte) bool {
	if bytes.IndexByte(b, '\f') >= 0 {
		return true
	}
	for len(b) > 0 {
		line := b
		if k := bytes.IndexByte(b, '\n'); k >= 0 {
			line, b = b[:k], b[k+1:]
		} else {
			b = nil
		}
		line = bytes.TrimSpace(line)
		if len(line) >= 3 && strings.IndexByte("-=*_~", line[0]) >= 0 && len(bytes.Trim(line, string(line[:1])+" \t")) == 0 {
			return true
		}
	}
	return false
}

// frontMatterEnd returns where the YAML front matter that text starts
// with ends (past its closing "---" line): a note's metadata, such as
// Obsidian's and static site generators' "tags: […]", which is no title
// of its text; 0 when there is none.
func frontMatterEnd(text []byte) int {
	if !bytes.HasPrefix(text, []byte("---\n")) && !bytes.HasPrefix(text, []byte("---\r\n")) {
		return 0
	}
	for p := 4; p < len(text); {
		e := bytes.IndexByte(text[p:], '\n')
		if e < 0 {
			return 0
		}
		if line := bytes.TrimRight(text[p:p+e], " \t\r"); string(line) == "---" || string(line) == "..." {
			return p + e + 1
		}
		p += e + 1
	}
	return 0
}

// plainHeadingAbove returns the nearest heading of plain text above the
// line at ls, within headingReach, or nil: a short line (at most
// maxCueWords words) in capitals ("3. DICTADO DEL LUNES", "DITADO DA
// PRÓXIMA SEMANA") or after a heading's mark ("■ 이번 주 받아쓰기",
// "【会写的字】").
func plainHeadingAbove(text []byte, ls int) []byte {
	for k := ls - 1; k > 0 && ls-k < headingReach; {
		p := bytes.LastIndexByte(text[:k], '\n') + 1
		line := bytes.TrimSpace(text[p:k])
		k = p - 1
		if len(line) == 0 || wordCount(line) > maxCueWords {
			continue
		}
		if headingMark(line) || capitals(line) {
			return line
		}
	}
	return nil
}

// headingMarks start the headings of plain text.
var headingMarks = []string{"■", "□", "●", "◆", "◇", "▶", "►", "★", "☆", "【", "〔", "=="}

// headingMark reports whether line starts with one of headingMarks.
func headingMark(line []byte) bool {
	return slices.ContainsFunc(headingMarks, func(m string) bool { return bytes.HasPrefix(line, []byte(m)) })
}

// capitals reports whether line has at least four letters with case and
// none in lower case.
func capitals(line []byte) bool {
	upper := 0
	for _, r := range string(line) {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			upper++
		}
	}
	return upper >= 4
}

// maxCueWords is the most words a heading or label that otherList reads
// may hold: fewer than a phrase's, so that a line of another phrase's
// words above (list words such as "quiz" and "poem" among them) is none.
const maxCueWords = 11

// wordCount counts the runs of letters in b. Ideographic spaces and CJK
// punctuation ("　", "、", "。") separate words, as ASCII spaces do: a
// line of a Japanese phrase is twelve words, not one.
func wordCount(b []byte) int {
	n, in := 0, false
	for len(b) > 0 {
		var l bool
		if c := b[0]; c < utf8.RuneSelf {
			l = asciiLetter[c]
			b = b[1:]
		} else {
			r, size := utf8.DecodeRune(b)
			l = unicode.IsLetter(r) || unicode.IsMark(r)
			b = b[size:]
		}
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
// them, they are published test phrases, or their checksum is too strong
// for a list's words to pass by chance (strongCheck).
func otherLists(text []byte, out []Match) []Match {
	return slices.DeleteFunc(out, func(m Match) bool {
		return (otherList(text, m.Start) || decorated(text, m)) && !strictLabel(text, m.Start) && !isPublic(m.Phrase) && !strongCheck(m) ||
			disclaimedAbove(text, m.Start) && !isPublic(m.Phrase)
	})
}

// disclaimers are what a line says of the words under it that are no
// wallet's ("Word list for the team quiz (not a wallet!):"), lower case.
// Whatever their checksum, words so disclaimed are not read: an
// Electrum seed's 8 or 12 bits pass once in 256 or 4,096 lines of
// words, and a text of word lists holds many.
var disclaimers = []string{"not a wallet", "not a seed", "not a real", "not a recovery", "not a mnemonic", "not a phrase",
	"not a valid", "not my seed", "not my wallet"}

// disclaimerLines is how many lines above a phrase disclaimedAbove
// reads: its own line's start, and the lines of a block of word rows
// (a blank line ends it).
const disclaimerLines = 4

// disclaimedAbove reports whether the text before start on its line, or
// one of the disclaimerLines lines above it up to a blank one, holds one
// of disclaimers.
func disclaimedAbove(text []byte, start int) bool {
	e := start
	for range disclaimerLines + 1 {
		ls := bytes.LastIndexByte(text[:e], '\n') + 1
		line := text[ls:e]
		if len(bytes.TrimSpace(line)) == 0 && e != start {
			return false
		}
		if len(line) <= 512 {
			lower := bytes.ToLower(line)
			if slices.ContainsFunc(disclaimers, func(d string) bool { return bytes.Contains(lower, []byte(d)) }) {
				return true
			}
		}
		if ls == 0 {
			return false
		}
		e = ls - 1
	}
	return false
}

// minListProofBits is the checksum, in bits, that a reading needs to
// stand in a text a cue names as a list of another kind: a window of a
// list's words passes a check of 7 bits or more (21 BIP-39 words and up,
// an Electrum seed, SLIP-39) once in 128 or fewer, while 12 words pass
// once in 16. People keep seeds in their vocabulary files and under a
// word game's title too (the 273rd blind corpus); the weak checks there
// are left to chance, the strong ones are read.
const minListProofBits = 7

// strongCheck reports whether m's checksum has minListProofBits or more.
func strongCheck(m Match) bool { return checksumBits(m.Phrase) >= minListProofBits }

// listMarks are the marks that join the words of a word chain
// ("こおり→りこう→…", shiritori), never those of a seed written down.
// Bullets and middle dots ("•", "·") are not among them: people write
// seeds so.
var listMarks = []string{"→", "⇒"}

// decorated reports whether the words of m are written as no seed is:
// each a hashtag ("#색깔 #외삼촌 …"), or joined by listMarks.
func decorated(text []byte, m Match) bool {
	span := text[m.Start:m.End]
	gaps := len(m.Phrase.indices) - 1
	if gaps <= 0 {
		return false
	}
	if m.Start > 0 && text[m.Start-1] == '#' && bytes.Count(span, []byte(" #")) >= gaps {
		return true
	}
	marks := 0
	for _, mk := range listMarks {
		marks += bytes.Count(span, []byte(mk))
	}
	return marks >= gaps
}

// nameNamesOtherList reports whether a file's name, without its
// directories, names a list of another kind ("spelling-worksheet.tex",
// "vocabulario tema 4.txt", "二年级生字表.txt").
func nameNamesOtherList(name string) bool {
	cue, seed := cues([]byte(baseName(name)))
	if !cue && !seed {
		// A member of an office document ("vocabulaire.ods!content.xml",
		// "spelling.docx!word/document.xml") is named by the document.
		if doc := officeDocument(name); doc != "" {
			cue, seed = cues([]byte(doc))
		}
	}
	return cue && !seed && !restoreName(name)
}

// restoreWords in a file's name say it is about restoring a wallet ("a
// restore drill", "recovery practice"), which its other words do not make
// a list of another kind.
var restoreWords = [][]byte{[]byte("restore"), []byte("recovery"), []byte("recover"), []byte("backup")}

// restoreName reports whether the base name of name holds one of
// restoreWords as a word of its own.
func restoreName(name string) bool {
	window := cueWindow(nil, []byte(baseName(name)))
	return slices.ContainsFunc(restoreWords, func(w []byte) bool { return wholeWordIn(window, w) })
}

// officeExts are the extensions of office documents, zip containers
// whose members' names say nothing of their text.
var officeExts = []string{".docx", ".docm", ".xlsx", ".xlsm", ".pptx", ".odt", ".ods", ".odp", ".epub"}

// officeDocument returns the base name, lower-cased, of the office
// document a member named name is in (the last part before a "!" with an
// office extension), or "".
func officeDocument(name string) string {
	k := strings.LastIndexByte(name, '!')
	if k < 0 {
		return ""
	}
	doc := baseName(name[:k])
	for _, e := range officeExts {
		if strings.HasSuffix(doc, e) {
			return doc
		}
	}
	return ""
}

// inOtherListFile drops from out what otherLists would for a file whose
// name names a list of another kind: every phrase but those after a
// seed's label or a strict label, and published test phrases.
func inOtherListFile(text []byte, out []Match) []Match {
	return slices.DeleteFunc(out, func(m Match) bool {
		return !seedLabelBefore(text, m.Start) && !strictLabel(text, m.Start) && !isPublic(m.Phrase) && !strongCheck(m)
	})
}
