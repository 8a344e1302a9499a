package mnemonic

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Lists numbered in words. People number a phrase they copy the way they
// write: "Primera: …", "dix-huit : …", "vinte e um: …", "První slovo: …",
// "1º …", "1er …", "1번 …". The finder reads list numbers in digits; a
// text with such markers is read through a copy in which each marker is
// written in digits ("18:"), mapped back to the text (findInPlain).

// numberWords maps number words, cardinal and ordinal, lower case and
// without accents, to their values, in the languages of the lists whose
// users write them.
// Words that make a number together ("dix-huit", "vinte e um",
// "vigésimo primero", "dvacet jedna") are summed.
var numberWords = func() map[string]int {
	m := map[string]int{}
	add := func(v int, words string) {
		for _, w := range strings.Fields(words) {
			m[foldNumberWord(w)] = v
			numberWordsAsWritten = append(numberWordsAsWritten, w)
		}
	}
	// Spanish.
	add(1, "uno una un primero primera primer")
	add(2, "dos segundo segunda")
	add(3, "tres tercero tercera tercer")
	add(4, "cuatro cuarto cuarta")
	add(5, "cinco quinto quinta")
	add(6, "seis sexto sexta")
	add(7, "siete séptimo séptima")
	add(8, "ocho octavo octava")
	add(9, "nueve noveno novena")
	add(10, "diez décimo décima")
	add(11, "once undécimo undécima decimoprimero decimoprimera")
	add(12, "doce duodécimo duodécima decimosegundo decimosegunda")
	add(13, "trece decimotercero decimotercera")
	add(14, "catorce decimocuarto decimocuarta")
	add(15, "quince decimoquinto decimoquinta")
	add(16, "dieciséis decimosexto decimosexta")
	add(17, "diecisiete decimoséptimo decimoséptima")
	add(18, "dieciocho decimoctavo decimoctava")
	add(19, "diecinueve decimonoveno decimonovena")
	add(20, "veinte vigésimo vigésima")
	add(21, "veintiuno veintiuna")
	add(22, "veintidós")
	add(23, "veintitrés")
	add(24, "veinticuatro")
	// French.
	add(1, "une premier première unième")
	add(2, "deux deuxième second seconde")
	add(3, "trois troisième")
	add(4, "quatre quatrième")
	add(5, "cinq cinquième")
	add(6, "six sixième")
	add(7, "sept septième")
	add(8, "huit huitième")
	add(9, "neuf neuvième")
	add(10, "dix dixième")
	add(11, "onze onzième")
	add(12, "douze douzième")
	add(13, "treize treizième")
	add(14, "quatorze quatorzième")
	add(15, "quinze quinzième")
	add(16, "seize seizième")
	add(20, "vingt vingtième")
	// Italian.
	add(1, "primo prima")
	add(2, "due secondo seconda")
	add(4, "quarto quarta")
	add(5, "cinque")
	add(3, "tre terzo terza")
	add(4, "quattro")
	add(6, "sei sesto sesta")
	add(7, "sette settimo settima")
	add(8, "otto ottavo ottava")
	add(9, "nove nono nona")
	add(10, "dieci decimo decima")
	add(11, "undici undicesimo undicesima")
	add(12, "dodici dodicesimo dodicesima")
	add(13, "tredici tredicesimo tredicesima")
	add(14, "quattordici quattordicesimo quattordicesima")
	add(15, "quindici quindicesimo quindicesima")
	add(16, "sedici sedicesimo sedicesima")
	add(17, "diciassette diciassettesimo diciassettesima")
	add(18, "diciotto diciottesimo diciottesima")
	add(19, "diciannove diciannovesimo diciannovesima")
	add(20, "venti ventesimo ventesima")
	add(21, "ventuno ventunesimo ventunesima")
	add(22, "ventidue ventiduesimo ventiduesima")
	add(23, "ventitré ventitreesimo ventitreesima")
	add(24, "ventiquattro ventiquattresimo ventiquattresima")
	// Portuguese.
	add(1, "um primeiro primeira")
	add(2, "dois duas")
	add(3, "três terceiro terceira")
	add(4, "quatro")
	add(14, "catorze")
	add(7, "sete sétimo sétima")
	add(8, "oito oitavo oitava")
	add(10, "dez")
	add(12, "doze")
	add(13, "treze")
	add(14, "quatorze")
	add(16, "dezesseis dezasseis")
	add(17, "dezessete dezassete")
	add(18, "dezoito")
	add(19, "dezenove dezanove")
	add(20, "vinte")
	// Catalan, whose speakers use the Spanish and English lists. Not
	// "u" (1) and "set" (7): a letter, and an English word.
	add(1, "una primer primera")
	add(2, "dos dues segon segona")
	add(3, "tres tercer tercera")
	add(4, "quatre quart quarta")
	add(5, "cinc cinquè cinquena")
	add(6, "sis sisè sisena")
	add(7, "setè setena")
	add(8, "vuit vuitè vuitena")
	add(9, "nou novè novena")
	add(10, "deu desè desena")
	add(11, "onze onzè onzena")
	add(12, "dotze dotzè dotzena")
	add(13, "tretze tretzè tretzena")
	add(14, "catorze catorzè catorzena")
	add(15, "quinze quinzè quinzena")
	add(16, "setze setzè setzena")
	add(17, "disset dissetè dissetena")
	add(18, "divuit divuitè divuitena")
	add(19, "dinou dinovè dinovena")
	add(20, "vint vintè vintena")
	// Czech.
	add(1, "jedna jeden jedno první")
	add(2, "dva dvě druhý druhá druhé")
	add(3, "tři třetí")
	add(4, "čtyři čtvrtý čtvrtá čtvrté")
	add(5, "pět pátý pátá páté")
	add(6, "šest šestý šestá šesté")
	add(7, "sedm sedmý sedmá sedmé")
	add(8, "osm osmý osmá osmé")
	add(9, "devět devátý devátá deváté")
	add(10, "deset desátý desátá desáté")
	add(11, "jedenáct jedenáctý jedenáctá jedenácté")
	add(12, "dvanáct dvanáctý dvanáctá dvanácté")
	add(13, "třináct třináctý třináctá třinácté")
	add(14, "čtrnáct čtrnáctý čtrnáctá čtrnácté")
	add(15, "patnáct patnáctý patnáctá patnácté")
	add(16, "šestnáct šestnáctý šestnáctá šestnácté")
	add(17, "sedmnáct sedmnáctý sedmnáctá sedmnácté")
	add(18, "osmnáct osmnáctý osmnáctá osmnácté")
	add(19, "devatenáct devatenáctý devatenáctá devatenácté")
	add(20, "dvacet dvacátý dvacátá dvacáté")
	// German: cardinals, ordinals and the adverbs of a list ("erstens:
	// …", "zwölftens: …"), for phrases of any list noted down in German.
	add(1, "eins erste erster erstes ersten erstens")
	add(2, "zwei zweite zweiter zweites zweiten zweitens")
	add(3, "drei dritte dritter drittes dritten drittens")
	add(4, "vier vierte vierter viertes vierten viertens")
	add(5, "fünf fünfte fünfter fünftes fünften fünftens")
	add(6, "sechs sechste sechster sechstes sechsten sechstens")
	add(7, "sieben siebte siebter siebtes siebten siebtens")
	add(8, "acht achte achter achtes achten achtens")
	add(9, "neun neunte neunter neuntes neunten neuntens")
	add(10, "zehn zehnte zehnter zehntes zehnten zehntens")
	add(11, "elf elfte elfter elftes elften elftens")
	add(12, "zwölf zwölfte zwölfter zwölftes zwölften zwölftens")
	add(13, "dreizehn dreizehnte dreizehnter dreizehntes dreizehnten dreizehntens")
	add(14, "vierzehn vierzehnte vierzehnter vierzehntes vierzehnten vierzehntens")
	add(15, "fünfzehn fünfzehnte fünfzehnter fünfzehntes fünfzehnten fünfzehntens")
	add(16, "sechzehn sechzehnte sechzehnter sechzehntes sechzehnten sechzehntens")
	add(17, "siebzehn siebzehnte siebzehnter siebzehntes siebzehnten siebzehntens")
	add(18, "achtzehn achtzehnte achtzehnter achtzehntes achtzehnten achtzehntens")
	add(19, "neunzehn neunzehnte neunzehnter neunzehntes neunzehnten neunzehntens")
	add(20, "zwanzig zwanzigste zwanzigster zwanzigstes zwanzigsten zwanzigstens")
	add(21, "einundzwanzig einundzwanzigste einundzwanzigster einundzwanzigstes einundzwanzigsten einundzwanzigstens")
	add(22, "zweiundzwanzig zweiundzwanzigste zweiundzwanzigster zweiundzwanzigstes zweiundzwanzigsten zweiundzwanzigstens")
	add(23, "dreiundzwanzig dreiundzwanzigste dreiundzwanzigster dreiundzwanzigstes dreiundzwanzigsten dreiundzwanzigstens")
	add(24, "vierundzwanzig vierundzwanzigste vierundzwanzigster vierundzwanzigstes vierundzwanzigsten vierundzwanzigstens")
	// English, for lists of several numbers a line ("ONE: … TWO: …");
	// one a line, they are read by the line templates too (lines.go).
	add(1, "one first")
	add(2, "two second")
	add(3, "three third")
	add(4, "four fourth")
	add(5, "five fifth")
	add(6, "six sixth")
	add(7, "seven seventh")
	add(8, "eight eighth")
	add(9, "nine ninth")
	add(10, "ten tenth")
	add(11, "eleven eleventh")
	add(12, "twelve twelfth")
	add(13, "thirteen thirteenth")
	add(14, "fourteen fourteenth")
	add(15, "fifteen fifteenth")
	add(16, "sixteen sixteenth")
	add(17, "seventeen seventeenth")
	add(18, "eighteen eighteenth")
	add(19, "nineteen nineteenth")
	add(20, "twenty twentieth")
	// Russian and Ukrainian: cardinals and the ordinals a list of
	// words takes (слово is neuter: "первое слово: …", "перше — …"),
	// with their masculine and feminine forms. Ukrainian writes some
	// with an apostrophe (п'яте, дев’яте), read as part of the word.
	add(1, "один одно одна первое первый первая перше перший перша")
	add(2, "два две второе второй вторая друге другий друга")
	add(3, "три третье третий третья третє третій третя")
	add(4, "четыре четвёртое четвертое четвёртый четвертый четвёртая чотири четверте четвертий четверта")
	add(5, "пять пятое пятый пятая")
	add(6, "шесть шестое шестой шестая шість шосте шостий шоста")
	add(7, "семь седьмое седьмой седьмая сім сьоме сьомий сьома")
	add(8, "восемь восьмое восьмой восьмая вісім восьме восьмий восьма")
	add(9, "девять девятое девятый девятая")
	add(10, "десять десятое десятый десятая десяте десятий десята")
	add(11, "одиннадцать одиннадцатое одиннадцатый одинадцять одинадцяте одинадцятий")
	add(12, "двенадцать двенадцатое двенадцатый дванадцять дванадцяте дванадцятий")
	add(13, "тринадцать тринадцатое тринадцатый тринадцять тринадцяте тринадцятий")
	add(14, "четырнадцать четырнадцатое четырнадцатый чотирнадцять чотирнадцяте чотирнадцятий")
	add(15, "пятнадцать пятнадцатое пятнадцатый")
	add(16, "шестнадцать шестнадцатое шестнадцатый шістнадцять шістнадцяте шістнадцятий")
	add(17, "семнадцать семнадцатое семнадцатый сімнадцять сімнадцяте сімнадцятий")
	add(18, "восемнадцать восемнадцатое восемнадцатый вісімнадцять вісімнадцяте вісімнадцятий")
	add(19, "девятнадцать девятнадцатое девятнадцатый")
	add(20, "двадцать двадцатое двадцатый двадцять двадцяте двадцятий")
	// Korean: the native ordinals ("첫째 단어: …", "열두째 단어: …").
	for v, w := range strings.Fields("첫째 둘째 셋째 넷째 다섯째 여섯째 일곱째 여덟째 아홉째 열째 열한째 열두째 열셋째 열넷째 " +
		"열다섯째 열여섯째 열일곱째 열여덟째 열아홉째 스무째 스물한째 스물두째 스물셋째 스물넷째") {
		add(v+1, w)
	}
	for _, apo := range []string{"'", "’", "ʼ"} {
		add(5, strings.ReplaceAll("п'ять п'яте п'ятий п'ята", "'", apo))
		add(9, strings.ReplaceAll("дев'ять дев'яте дев'ятий дев'ята", "'", apo))
		add(15, strings.ReplaceAll("п'ятнадцять п'ятнадцяте п'ятнадцятий", "'", apo))
		add(19, strings.ReplaceAll("дев'ятнадцять дев'ятнадцяте дев'ятнадцятий", "'", apo))
	}
	return m
}()

// numberWordsAsWritten are the words of numberWords with their accents,
// for numberPrefixes; filled with it.
var numberWordsAsWritten []string

// numberConnectors join the words of one number: "vinte e um", "vingt et
// un", "veinte y uno", Catalan "vint-i-un".
var numberConnectors = map[string]bool{"e": true, "et": true, "y": true, "i": true}

// numberNouns may stand after an ordinal and before the marker: "Premier
// mot :", "Primeira palavra:", "První slovo:", "첫째 단어:"; and before a
// number read aloud: "Number one, …", "Palabra número uno: …".
// They are kept folded (foldNumberWord), as the words looked up are:
// NFD writes a Hangul syllable as its letters.
var numberNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range numberNounsAsWritten {
		m[foldNumberWord(w)] = true
	}
	return m
}()

// numberNounsAsWritten are the words of numberNouns as written, for
// numberPrefixes.
var numberNounsAsWritten = strings.Fields("mot palabra palavra parola paraula slovo word wort слово 단어 number número numero numéro nummer číslo")

// foldedKey returns w lower-cased and without accents, in buf when w is
// ASCII (no allocation: a map looked up with string(key) copies nothing).
func foldedKey(buf *[48]byte, w []byte) []byte {
	if len(w) <= len(buf) {
		ascii := true
		for i, c := range w {
			if c >= 0x80 {
				ascii = false
				break
			}
			buf[i] = lowerASCII(c)
		}
		if ascii {
			return buf[:len(w)]
		}
	}
	return []byte(foldNumberWord(string(w)))
}

// foldNumberWord lower-cases w and strips its accents.
func foldNumberWord(w string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(w)) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// numberMarker is a list number written in words, or an ordinal suffix
// after digits, at text[start:end], standing for value.
type numberMarker struct {
	start, end int
	value      int  // 0 for a suffix, which is dropped
	cjk        bool // written "N. " (CJK numerals and their comma)
	comma      bool // a list's conjunction, written "," (finder.conjunction)
	// row is the place a row's label gives (rowLabel): the number of
	// "Part 2:", the first of "Words 13-24:", 2 for "second half:"; 0
	// for a marker of another kind or a label cell. rowEnd is the last
	// place the label gives (24 of "Words 13-24:").
	row, rowEnd int
	// para is set for a part labelled in a sentence (restPartLabel,
	// firstPartSentence): its words may go on over its paragraph.
	para bool
}

// minNumberMarkers is how many markers a text must hold to be read
// through a copy: a list of a phrase's words has a dozen.
const minNumberMarkers = 6

// numberMarkers finds the list numbers written in words in text: before
// each colon, closing parenthesis, em dash or spaced hyphen (and a full
// stop after an ordinal),
// past spaces, the words of a number (numberWords) that start their
// line (past spaces, bullets and quote marks) or follow two spaces or a
// tab; and the ordinal suffixes glued to digits ("1º", "1ª", "1er", "2e",
// "2ème", "1번") that a space, colon, parenthesis or full stop ends. It
// returns nil when there are fewer than minNumberMarkers.
func numberMarkers(text []byte, cells bool) []numberMarker {
	var out, rows []numberMarker
	// The next ':' and ')' at or after i, each found again only once
	// passed (IndexByte reads many bytes at a time; IndexAny does not).
	colon, paren, dash, tab, hyphen := -1, -1, -1, -1, -1
	if !cells {
		tab = len(text)
	}
	emDash := []byte("—")
	for i := 0; i < len(text); {
		if colon < i {
			colon = indexFrom(text, i, ':')
		}
		if tab < i {
			// A tab after a digit: a sheet's cell that labels its row
			// ("Row 1", then the row's words a cell each).
			tab = digitTabFrom(text, i)
		}
		if paren < i {
			paren = indexFrom(text, i, ')')
		}
		if dash < i {
			// An em dash ("перше — …"), found by its first byte.
			dash = len(text)
			for j := i; j < len(text); {
				k := bytes.IndexByte(text[j:], emDash[0])
				if k < 0 {
					break
				}
				if j += k; bytes.HasPrefix(text[j:], emDash) {
					dash = j
					break
				}
				j++
			}
		}
		if hyphen < i {
			// A spaced hyphen ("PRIMEIRA - word"), at its '-'.
			hyphen = len(text)
			if k := bytes.Index(text[max(0, i-1):], []byte(" - ")); k >= 0 {
				hyphen = max(0, i-1) + k + 1
			}
		}
		p := min(colon, paren, dash, tab, hyphen)
		if p == len(text) {
			break
		}
		i = p + 1
		if p >= 3 && text[p] == ':' && text[p-1] >= 0x80 {
			if m, ok := cjkPartLabel(text, p); ok {
				rows = append(rows, m)
				continue
			}
		}
		if text[p] == ':' && restLabelEnd(text, p) {
			if m, ok := restPartLabel(text, p); ok {
				rows = append(rows, m)
				if f, ok := firstPartSentence(text, m.start); ok {
					rows = append(rows, f)
				}
				continue
			}
		}
		if text[p] == ':' && p > 0 && (text[p-1] == ')' || isDigit[text[p-1]]) {
			if m, ok := fractionLabel(text, p); ok {
				rows = append(rows, m)
				continue
			}
			if m, ok := rangeLabel(text, p); ok {
				rows = append(rows, m) // "Seed (1-12):", "first 12:"
				continue
			}
			if text[p-1] == ')' {
				if m, ok := rowLabel(text, p); ok {
					rows = append(rows, m) // "Part 1 (officer A):"
					continue
				}
			}
		}
		if p == 0 || !isLetterByte(text[p-1]) && !isDigit[text[p-1]] && text[p-1] != ' ' && text[p-1] != 0xA0 && text[p-1] != 0xAF {
			continue // "):", "\":", "x(1)": no word right before
		}
		// (nounBeforeDigits reads only digits before p, rowLabel only a
		// colon or a tab at p: most of a program's parentheses are
		// neither, and are passed over without the calls.)
		if text[p] == ':' && isLetterByte(text[p-1]) && wordsAfter(text, p) >= 3 {
			// "first: <words>", "segunda: <words>": an ordinal alone
			// labels a part of several words, not a word's place.
			if m, ok := ordinalRowLabel(text, p); ok {
				rows = append(rows, m)
				continue
			}
		}
		if m, ok := wordsBefore(text, p); ok {
			out = append(out, m)
		} else if !isDigit[text[p-1]] && text[p] != ':' && text[p] != '\t' {
			continue
		} else if m, ok := nounBeforeDigits(text, p); ok {
			out = append(out, m)
		} else if m, ok := rowLabel(text, p); ok {
			rows = append(rows, m)
		}
	}
	rows = append(rows, cjkPartLabels(text)...)
	rows = append(rows, lineLabels(text)...)
	rows = append(rows, keyedPartLabels(text)...)
	out = append(out, ordinalSuffixes(text)...)
	out = append(out, cjkNumerals(text)...)
	out = append(out, nativeDigits(text)...)
	out = append(out, hebrewNumerals(text)...)
	out = append(out, cjkOrdinals(text)...)
	out = append(out, japaneseOrdinals(text)...)
	switch {
	case len(out) >= minNumberMarkers:
		out = append(out, rows...)
	case len(rows) >= 2:
		// Rows of a phrase's words each after a label of its place
		// ("Words 1-6:", "Row 2:"): the labels go, the words stay.
		out = rows
	default:
		return nil
	}
	return inOrder(out)
}

// inOrder sorts markers by their start and leaves out each that overlaps
// one before it.
func inOrder(out []numberMarker) []numberMarker {
	slices.SortFunc(out, func(a, b numberMarker) int { return a.start - b.start })
	k := 0
	for _, m := range out {
		if k > 0 && m.start < out[k-1].end {
			continue
		}
		out[k] = m
		k++
	}
	return out[:k]
}

// numberPrefixes holds the first three bytes (ASCII letters lower-cased)
// of the number words and nouns, as written and without accents, as bits
// (prefixBit): a word before a colon is looked up only when its first
// bytes may be among them.
var numberPrefixes = func() *[1 << 15]bool {
	m := new([1 << 15]bool)
	add := func(w string) {
		m[prefixBit([]byte(w))] = true
	}
	for w := range numberWords {
		add(w)
	}
	for _, w := range numberWordsAsWritten {
		add(strings.ToLower(w))
	}
	for w := range numberNouns {
		add(w)
	}
	for _, w := range numberNounsAsWritten {
		add(strings.ToLower(w))
	}
	return m
}()

// prefixBit is the index in numberPrefixes of the word w (two bytes or
// more): five bits of each of its first three bytes, ASCII lower-cased.
func prefixBit(w []byte) int {
	k := 0
	for i := range 3 {
		c := byte(0)
		if i < len(w) {
			c = lowerASCII(w[i])
		}
		k = k<<5 | int(c&31)
	}
	return k
}

// wordsBefore reads the number words that end before the marker at
// text[p] (':' or ')'), past spaces and no-break spaces.
func wordsBefore(text []byte, p int) (numberMarker, bool) {
	e := p
	for e > 0 {
		switch {
		case text[e-1] == ' ' || text[e-1] == '\t':
			e--
			continue
		case e >= 2 && text[e-2] == 0xC2 && text[e-1] == 0xA0: // U+00A0
			e -= 2
			continue
		case e >= 3 && text[e-3] == 0xE2 && text[e-2] == 0x80 && text[e-1] == 0xAF: // U+202F
			e -= 3
			continue
		}
		break
	}
	if e == p && p > 0 && !isLetterByte(text[p-1]) {
		return numberMarker{}, false
	}
	{
		ws := e
		for ws > 0 && (isLetterByte(text[ws-1]) || inWordApostrophe(text, ws-1)) {
			ws--
		}
		if e-ws < 2 || e-ws > 48 || !numberPrefixes[prefixBit(text[ws:e])] {
			return numberMarker{}, false
		}
	}
	sum, words, s := 0, 0, e
	noun := true // a noun may end the marker, before any number word
words:
	for s > 0 && p-s < 48 {
		ws := s
		for ws > 0 && (isLetterByte(text[ws-1]) || inWordApostrophe(text, ws-1)) {
			ws--
		}
		if ws == s {
			break
		}
		var buf [48]byte
		w := foldedKey(&buf, text[ws:s])
		v, isNum := numberWords[string(w)]
		switch {
		case isNum:
			sum += v
			words++
		case noun && numberNouns[string(w)]:
		case words > 0 && numberNouns[string(w)]:
			// The noun before the number: "parola uno:", "word
			// twelve:", as a voice memo's transcript writes them.
			s = ws
			break words
		case words > 0 && numberConnectors[string(w)]:
		case words > 0:
			s++ // past the separator: the number starts there
			break words
		default:
			s = -1
		}
		if s < 0 {
			break
		}
		noun = false
		s = ws
		if s > 0 && (text[s-1] == '-' || text[s-1] == ' ') && s >= 2 && isLetterByte(text[s-2]) {
			s--
			continue
		}
		break
	}
	if s < 0 {
		return numberMarker{}, false
	}
	// Back to the first number word: s is where the words start.
	if words == 0 || sum < 1 || sum > 33 || !markerPlace(text, s) {
		return numberMarker{}, false
	}
	return numberMarker{start: s, end: e, value: sum}, true
}

// nounBeforeDigits finds a noun before a list's digits and the marker at
// text[p] ("Slovo 1:", "Palabra 12:"): the noun is left out (value 0).
func nounBeforeDigits(text []byte, p int) (numberMarker, bool) {
	d := p
	for d > 0 && isDigit[text[d-1]] {
		d--
	}
	if p-d < 1 || p-d > 2 || d < 2 || text[d-1] != ' ' {
		return numberMarker{}, false
	}
	ws := d - 1
	for ws > 0 && isLetterByte(text[ws-1]) && !escapedBreakAt(text, ws-2) {
		ws--
	}
	var buf [48]byte
	if d-1-ws < 3 || d-1-ws > 8 || !numberPrefixes[prefixBit(text[ws:d-1])] || !numberNouns[string(foldedKey(&buf, text[ws:d-1]))] || !markerPlace(text, ws) {
		return numberMarker{}, false
	}
	return numberMarker{start: ws, end: d}, true
}

// digitTabFrom returns the first tab at or after text[i] that follows a
// digit, or len(text).
func digitTabFrom(text []byte, i int) int {
	for i < len(text) {
		k := bytes.IndexByte(text[i:], '\t')
		if k < 0 {
			break
		}
		if i += k; i > 0 && isDigit[text[i-1]] {
			return i
		}
		// Past the run of tabs: indentation is many in a row.
		for i++; i < len(text) && text[i] == '\t'; i++ {
		}
	}
	return len(text)
}

// rowNouns name a row of a phrase's words in a label before them: "Row
// 2:", "Line 3:", "Words 7-12:", "Part 1:", "Group 4:", and in German,
// Spanish, French, Italian, Portuguese, Czech and the languages below
// ("Parole 1-6:", "Palabras 7-12:"), ASCII-folded.
var rowNouns = map[string]bool{"row": true, "line": true, "word": true, "words": true, "part": true, "group": true,
	"zeile": true, "teil": true, "fila": true, "linea": true, "parte": true, "ligne": true, "partie": true, "riga": true,
	"linha": true, "radek": true, "cast": true,
	"parole": true, "parola": true, "palabras": true, "palabra": true, "mots": true, "palavras": true, "palavra": true,
	"slova": true, "slovo": true, "wort": true,
	// Swedish, Danish and Norwegian, Dutch, Polish, Turkish, Indonesian
	// ("Ord 1-6:", "Del 2:", "Deel 1:", "Część 2:", "Kelime 7-12:").
	"ord": true, "del": true, "rad": true, "linje": true, "rader": true, "deel": true, "woord": true, "woorden": true,
	"regel": true, "rij": true, "czesc": true, "slowa": true, "slowo": true, "wiersz": true, "kelime": true,
	"bolum": true, "satir": true, "kata": true, "bagian": true, "baris": true}

// rowNounShape marks the lengths and first letters (their low five
// bits) of rowNouns, tested before a word of ASCII letters is folded to
// be looked up: most words before a number ("version 2:", "case 1:")
// have another. (A word with an accented letter, "Línea", "Část", is
// looked up whatever its length in bytes.)
var rowNounShape = func() (t [9][32]bool) {
	for w := range rowNouns {
		if len(w) < len(t) {
			t[len(w)][w[0]&0x1f] = true
		}
	}
	return
}()

// rowLabel finds the label of a row of words that ends at the colon
// text[p]: a rowNouns noun that starts its line (maybe after one of
// rowQualifiers), a space and a number or
// a range of numbers ("Words 13-24:"), then the row's words. The marker
// spans the label and its colon, to be left out (value 0). A sheet's
// label stands in a cell of its own ("Row 1", a tab, the row's words
// a cell each): p is then the tab, which stays to part the label's
// number from the first word.
func rowLabel(text []byte, p int) (numberMarker, bool) {
	end := p + 1
	alone := false
	switch {
	case text[p] == '\t':
		end = p
	case text[p] != ':' || p+1 >= len(text):
		return numberMarker{}, false
	case text[p+1] == ' ' || text[p+1] == '\t':
	default:
		// The label alone on its line, the row's words on the next
		// ("Part 1:", a line break, twelve words): a number, a remark
		// or a space must come before its colon, which most colons at
		// a line's end (code, YAML) do not have.
		if c := text[p-1]; !isDigit[c] && c != ')' && c != ' ' && c != 0xa0 && c != 0xaf {
			return numberMarker{}, false
		}
		q := p + 1
		if text[q] == '\r' {
			q++
		}
		if q+1 >= len(text) || text[q] != '\n' || text[q+1] == '\n' || text[q+1] == '\r' {
			return numberMarker{}, false
		}
		end, alone = q+1, true
	}
	lp := p // the label's end, before a remark
	if text[p] == ':' && p > 0 && text[p-1] == ')' {
		// A remark in parentheses after the number: "Part 1 (officer
		// A, J. Brandt):".
		k := remarkStart(text, p)
		if k < 0 {
			return numberMarker{}, false
		}
		for lp = k; lp > 0 && text[lp-1] == ' '; lp-- {
		}
		if lp == 0 || !isDigit[text[lp-1]] {
			return numberMarker{}, false // "def f(x):", "(see note):"
		}
	}
	// French puts a space before the colon ("Partie 1/2 :"), a
	// no-break one as often.
	switch {
	case lp >= 2 && text[lp-1] == ' ' && isDigit[text[lp-2]]:
		lp--
	case lp >= 3 && text[lp-2] == 0xc2 && text[lp-1] == 0xa0 && isDigit[text[lp-3]]:
		lp -= 2
	case lp >= 4 && text[lp-3] == 0xe2 && text[lp-2] == 0x80 && text[lp-1] == 0xaf && isDigit[text[lp-4]]:
		lp -= 3
	}
	d := lp
	for d > 0 && (isDigit[text[d-1]] || text[d-1] == '-' || text[d-1] == '/') && lp-d < 6 {
		d--
	}
	if d == p && text[p] == ':' {
		if alone {
			return numberMarker{}, false
		}
		return ordinalRowLabel(text, p)
	}
	if d == lp || !isDigit[text[d]] || !isDigit[text[lp-1]] || d < 2 || text[d-1] != ' ' {
		return numberMarker{}, false
	}
	ws := d - 1
	for ws > 0 && isLetterByte(text[ws-1]) && !escapedBreakAt(text, ws-2) {
		ws--
	}
	var buf [48]byte
	if n := d - 1 - ws; n < 3 || n > 8 || isASCII(text[ws:d-1]) && !rowNounShape[n][(text[ws]|0x20)&0x1f] || !rowNouns[string(foldedKey(&buf, text[ws:d-1]))] {
		return numberMarker{}, false
	}
	if !labelAtLineStart(text, ws) {
		return numberMarker{}, false
	}
	row, rowEnd := 0, 0
	if text[p] == ':' {
		var k int
		row, k = leadingNumber(text[d:lp])
		rowEnd = row
		if k := d + k; k < lp && text[k] == '-' {
			rowEnd, _ = leadingNumber(text[k+1 : lp])
		}
		// "1/2": the first part of two.
	}
	return numberMarker{start: ws, end: end, row: row, rowEnd: rowEnd}, true
}

// partsApart returns the row labels of markers (rowLabel) that number the
// parts of a phrase from 1 in the order of the text, each place right
// after the one before ("Part 1:", "Part 2:"; "Words 1-12:", "Words
// 13-24:"), when other lines stand between two of them; nil otherwise.
func partsApart(text []byte, markers []numberMarker) []numberMarker {
	var chain []numberMarker
	apart := false
	for _, m := range markers {
		if m.row == 0 {
			continue
		}
		if len(chain) > 0 && m.row == chain[len(chain)-1].rowEnd+1 && m.rowEnd >= m.row {
			between := text[chain[len(chain)-1].end:m.start]
			if bytes.Count(between, []byte{'\n'}) > 1 || len(bytes.TrimSpace(between[bytes.LastIndexByte(between, '\n')+1:])) > 0 {
				// Lines between, or words before the label on its line
				// (a chat's time and sender): the rows are not one block.
				apart = true
			}
			chain = append(chain, m)
			continue
		}
		if len(chain) >= 2 && apart {
			break // the first chain of parts apart
		}
		chain, apart = chain[:0], false
		if m.row == 1 {
			chain = append(chain, m)
		}
	}
	if len(chain) < 2 || !apart {
		return nil
	}
	return chain
}

// writeParts makes the copy of src that holds only the rows that parts
// label, past their labels, a line each.
func writeParts(src, buf []byte, pieces []piece, parts []numberMarker) ([]byte, markupMap) {
	r := plainWriter{src: src, out: buf[:0], m: markupMap{pieces[:0]}}
	r.drop(0, parts[0].end)
	for i, m := range parts {
		if i > 0 {
			r.replace(r.copied, m.end, "\n")
		}
		next := len(src)
		if i+1 < len(parts) {
			next = parts[i+1].start
		}
		r.verbatim(partEnd(src, m, next))
	}
	r.drop(r.copied, len(src))
	return r.out, r.m
}

// labelAtLineStart reports whether the label at text[ws] starts its line, past
// spaces, bullets and a task list's box ("- [ ] "), a line of the text or
// of a JSON string.
func labelAtLineStart(text []byte, ws int) bool {
	ls := ws
	if q := qualifierBefore(text, ws); q >= 0 {
		ls = q // "seed part 1:", "Recovery words 1-12:"
	}
	for ls > 0 && (text[ls-1] == ' ' || text[ls-1] == '\t' || text[ls-1] == '-' || text[ls-1] == '*') {
		ls--
		if ls >= 3 && checkbox(text[ls-3:ls]) {
			ls -= 3 // a task list's "- [ ] Words 1-9:"
		}
	}
	// A line of a JSON string starts after an escaped line break ("\n").
	return ls == 0 || text[ls-1] == '\n' || escapedBreakAt(text, ls-2)
}

// rowQualifiers are the words that may stand before a row's noun in its
// label, saying whose row it is: "seed part 1:", "Recovery words 1-12:".
var rowQualifiers = []string{"seed", "mnemonic", "phrase", "recovery", "backup", "wallet", "secret"}

// qualifierBefore returns where one of rowQualifiers starts when it is the
// word right before text[ws] (one space between), or -1.
func qualifierBefore(text []byte, ws int) int {
	if ws < 2 || text[ws-1] != ' ' {
		return -1
	}
	q := ws - 1
	for q > 0 && asciiLetter[text[q-1]] {
		q--
	}
	w := text[q : ws-1]
	for _, r := range rowQualifiers {
		if len(w) == len(r) && bytes.EqualFold(w, []byte(r)) {
			return q
		}
	}
	return -1
}

// partOrdinals are the ordinals of ordinalRowLabel, ASCII-folded, with
// the place each says.
var partOrdinals = map[string]int{"first": 1, "second": 2, "third": 3, "1st": 1, "2nd": 2, "3rd": 3,
	"erste": 1, "zweite": 2, "dritte": 3, "primera": 1, "segunda": 2, "tercera": 3, "premiere": 1, "deuxieme": 2,
	"seconde": 2, "troisieme": 3, "prima": 1, "seconda": 2, "terza": 3, "primeira": 1, "terceira": 3,
	"prvni": 1, "druha": 2, "druhy": 2, "treti": 3}

// partNouns are the nouns for a part of a phrase after partOrdinals.
var partNouns = map[string]bool{"half": true, "part": true, "halfte": true, "teil": true, "mitad": true, "parte": true,
	"moitie": true, "partie": true, "meta": true, "metade": true, "polovina": true, "pulka": true}

// fractionLabel finds the label of a part of a phrase sent in parts
// that ends at the colon text[p]: a fraction of the parts, "(1/2):" or
// "2/3:", after a short label that starts its line ("seed (1/2): …",
// "지갑 복구 문구 (2/2): …", as a chat's messages carry them). The marker
// spans the label and its colon, to be left out.
func fractionLabel(text []byte, p int) (numberMarker, bool) {
	if p+1 >= len(text) || text[p+1] != ' ' && text[p+1] != '\t' {
		return numberMarker{}, false
	}
	q := p
	paren := text[q-1] == ')'
	if paren {
		q--
	}
	total, k := trailingNumber(text[:q])
	if k == 0 || k > 2 || q-k < 1 || text[q-k-1] != '/' {
		return numberMarker{}, false
	}
	q -= k + 1
	part, k := trailingNumber(text[:q])
	if k == 0 || k > 2 {
		return numberMarker{}, false
	}
	q -= k
	if paren {
		if q < 1 || text[q-1] != '(' {
			return numberMarker{}, false
		}
		q--
	}
	if part < 1 || part > total || total < 2 || total > 8 {
		return numberMarker{}, false
	}
	ls := bytes.LastIndexByte(text[:q], '\n') + 1
	label := bytes.TrimSpace(text[ls:q])
	if len(label) > 48 || bytes.ContainsAny(label, ".!?。！？:()") {
		return numberMarker{}, false
	}
	return numberMarker{start: ls, end: p + 1, row: part, rowEnd: part}, true
}

// rangeLabel finds the label of a part of a phrase that ends at the colon
// text[p] and says which of its words follow: a range or a part in
// parentheses after a short label that starts its line ("Seed (1-12):",
// "Seed (13-24):", "mnemonic (part 2):"), or the first or last of them
// ("first 12:", "last 12:", the last taken as the half after the first).
// The marker spans the label and its colon, to be left out.
func rangeLabel(text []byte, p int) (numberMarker, bool) {
	if p+1 >= len(text) || text[p+1] != ' ' && text[p+1] != '\t' {
		return numberMarker{}, false
	}
	ls := bytes.LastIndexByte(text[:p], '\n') + 1
	for ls < p && (text[ls] == ' ' || text[ls] == '\t') {
		ls++
	}
	if p-ls <= 5 && wordsAfter(text, p) >= 2 {
		// A range alone, the places of the line's words ("1-3: w1 w2
		// w3", "4-6: …": a phrase copied a few words a line), or a
		// number alone, the line's or its first word's ("1: w1 w2 w3",
		// then "2: …" or "4: …").
		if row, rowEnd, ranged, ok := numberRange(text[ls:p]); ok && (!ranged || rowEnd > row) {
			return numberMarker{start: ls, end: p + 1, row: row, rowEnd: rowEnd}, true
		}
	}
	if p-ls > 48 || p-ls < 6 {
		return numberMarker{}, false
	}
	if text[p-1] != ')' {
		// "first 12", "last 12": all of the label.
		var buf [48]byte
		label := foldedKey(&buf, text[ls:p])
		sp := bytes.IndexByte(label, ' ')
		if sp < 0 {
			return numberMarker{}, false
		}
		n, ok := smallNumber(bytes.TrimSpace(label[sp:]))
		if !ok {
			return numberMarker{}, false
		}
		row, rowEnd, ok := firstLast(label[:sp], n)
		return numberMarker{start: ls, end: p + 1, row: row, rowEnd: rowEnd}, ok
	}
	o := bytes.LastIndexByte(text[ls:p], '(')
	if o <= 0 || text[ls+o-1] != ' ' || p-(ls+o) > 16 {
		return numberMarker{}, false
	}
	if head := text[ls : ls+o]; bytes.ContainsAny(head, "().!?:") || len(bytes.TrimSpace(head)) == 0 {
		return numberMarker{}, false
	}
	var buf [48]byte
	inner := foldedKey(&buf, text[ls+o+1:p-1])
	// "1-12", "13-24", "7": the range; "part 2", "part two": the part.
	if bytes.IndexByte(inner, '-') >= 0 || len(inner) <= 2 {
		row, rowEnd, _, ok := numberRange(inner)
		return numberMarker{start: ls, end: p + 1, row: row, rowEnd: rowEnd}, ok
	}
	sp := bytes.IndexByte(inner, ' ')
	if sp <= 0 || bytes.IndexByte(inner[sp+1:], ' ') >= 0 || !partNouns[string(inner[:sp])] && !rowNouns[string(inner[:sp])] {
		return numberMarker{}, false
	}
	n, ok := numberWords[string(inner[sp+1:])]
	if !ok {
		if n, ok = smallNumber(inner[sp+1:]); !ok {
			return numberMarker{}, false
		}
	}
	if n < 1 || n > 8 {
		return numberMarker{}, false
	}
	return numberMarker{start: ls, end: p + 1, row: n, rowEnd: n}, true
}

// numberRange reads b as the places of a part's words, "7" or "1-12" (1
// to 33), and reports whether it was a range.
func numberRange(b []byte) (row, rowEnd int, ranged, ok bool) {
	a, c, ranged := bytes.Cut(b, []byte("-"))
	if !ranged {
		c = a
	}
	row, ok1 := smallNumber(a)
	rowEnd, ok2 := smallNumber(c)
	return row, rowEnd, ranged, ok1 && ok2 && row >= 1 && rowEnd >= row && rowEnd <= 33
}

// firstLast reads "first n" and "last n" (w folded, n from 3 to 16): the
// first n words of a phrase, or the n after them.
func firstLast(w []byte, n int) (row, rowEnd int, ok bool) {
	if n < 3 || n > 16 {
		return 0, 0, false
	}
	switch string(w) {
	case "first":
		return 1, n, true
	case "last":
		return n + 1, 2 * n, true
	}
	return 0, 0, false
}

// smallNumber reads b as a number of one or two decimal digits.
func smallNumber(b []byte) (int, bool) {
	if len(b) == 0 || len(b) > 2 || !isDigit[b[0]] || len(b) == 2 && !isDigit[b[1]] {
		return 0, false
	}
	n := int(b[0] - '0')
	if len(b) == 2 {
		n = n*10 + int(b[1]-'0')
	}
	return n, true
}

// trailingNumber returns the number of decimal digits that ends b and
// how many digits it has (0 when b ends in none).
func trailingNumber(b []byte) (n, k int) {
	for k < len(b) && k < 3 && isDigit[b[len(b)-1-k]] {
		k++
	}
	for _, c := range b[len(b)-k:] {
		n = n*10 + int(c-'0')
	}
	return n, k
}

// wordsAfter counts the words set apart by spaces on the line after the
// colon text[p], reading at most 256 bytes.
func wordsAfter(text []byte, p int) int {
	n, in := 0, false
	for _, c := range text[p+1 : min(len(text), p+257)] {
		switch {
		case c == '\n' || c == '\r':
			return n
		case c == ' ' || c == '\t':
			in = false
		case !in:
			n, in = n+1, true
		}
	}
	return n
}

// ordinalRowLabel is rowLabel for an ordinal and a noun for a part before
// the colon text[p] ("first half: ", "Zweite Hälfte: "), or an ordinal
// alone ("second: "), starting its line.
func ordinalRowLabel(text []byte, p int) (numberMarker, bool) {
	if p+1 >= len(text) || text[p+1] != ' ' && text[p+1] != '\t' {
		return numberMarker{}, false
	}
	var buf [48]byte
	ne := p
	ns := ne
	for ns > 0 && isLetterByte(text[ns-1]) && ne-ns <= 12 {
		ns--
	}
	if ns < ne {
		// An ordinal alone ("first: …", "segunda: …", the noun of
		// "primeira metade:" left out in the next part's label).
		if row := partOrdinals[string(foldedKey(&buf, text[ns:ne]))]; row > 0 && labelAtLineStart(text, ns) {
			return numberMarker{start: ns, end: p + 1, row: row, rowEnd: row}, true
		}
	}
	if c := text[ns] | 0x20; ns < 2 || text[ns-1] != ' ' || ne-ns < 4 || c != 'h' && c != 'p' && c != 't' && c != 'm' || !partNouns[string(foldedKey(&buf, text[ns:ne]))] {
		return numberMarker{}, false
	}
	oe := ns - 1
	os := oe
	for os > 0 && (isLetterByte(text[os-1]) || isDigit[text[os-1]]) && oe-os <= 12 && !escapedBreakAt(text, os-2) {
		os--
	}
	row := partOrdinals[string(foldedKey(&buf, text[os:oe]))]
	if row == 0 || !labelAtLineStart(text, os) {
		return numberMarker{}, false
	}
	return numberMarker{start: os, end: p + 1, row: row, rowEnd: row}, true
}

// maxLineLabel is the longest line, in bytes, that lineLabels reads as
// a label.
const maxLineLabel = 28

// lineLabels finds the labels of a phrase's parts that stand alone on
// their lines, with no colon or with one that ends the line, each over
// a line of words: "Part 1", "Words 13-24", "first half", "last 12",
// "앞 12개", "后半部分" (lineLabel). The markers span their lines, line
// break included, to be left out: the parts' words then follow each
// other, as those of rowLabel's labels do.
func lineLabels(text []byte) []numberMarker {
	var out []numberMarker
	for ls := 0; ls < len(text); {
		k := bytes.IndexByte(text[ls:], '\n')
		if k < 0 {
			break
		}
		le := ls + k
		e := le
		if e > ls && text[e-1] == '\r' {
			e--
		}
		if n := e - ls; n >= 4 && n <= maxLineLabel && le+1 < len(text) && text[le+1] != '\n' && text[le+1] != '\r' && mayLabel(text, ls, e) {
			if m, ok := lineLabel(text, ls, e); ok {
				m.end = le + 1
				out = append(out, m)
			}
		}
		ls = le + 1
	}
	return out
}

// mayLabel reports at a glance whether lineLabel can read the line [ls,
// e): its last character (before a colon) is a digit or a letter of
// another script than Latin, or it ends in a word as long as partNouns'
// with one of their first letters ("half", "part", "Teil", "mitad"). Most
// lines of code end otherwise, and cost no call.
func mayLabel(text []byte, ls, e int) bool {
	if text[e-1] == ':' {
		e--
	}
	c := text[e-1]
	if isDigit[c] || c >= utf8.RuneSelf {
		return true
	}
	if !asciiLetter[c] {
		return false
	}
	w := e
	for w > ls && asciiLetter[text[w-1]] {
		w--
	}
	if w > ls && text[w-1] >= utf8.RuneSelf {
		return true // an accented word ("Hälfte"): read whole
	}
	if n := e - w; n < 4 || n > 8 || w == ls || text[w-1] != ' ' {
		return false
	}
	f := text[w] | 0x20
	return f == 'h' || f == 'p' || f == 't' || f == 'm'
}

// lineLabel reads the line [ls, e) as the label of a part of a phrase,
// past indentation, a Markdown heading's or a list's mark and before a
// colon that ends it.
func lineLabel(text []byte, ls, e int) (numberMarker, bool) {
	c := text[e-1]
	if !isDigit[c] && !asciiLetter[c] && c < utf8.RuneSelf && c != ':' {
		return numberMarker{}, false // most lines: code, prose's ends
	}
	s := ls
	for s < e && (text[s] == ' ' || text[s] == '\t' || text[s] == '#' || text[s] == '-' || text[s] == '*') {
		s++
	}
	if c == ':' {
		e--
	} else if bytes.HasSuffix(text[s:e], []byte("：")) {
		e -= len("：")
	}
	if e-s < 4 {
		return numberMarker{}, false
	}
	if c = text[e-1]; c >= utf8.RuneSelf {
		m, ok := cjkPartLabel(text, e)
		if !ok || m.start != s {
			return numberMarker{}, false
		}
		return m, true
	}
	sp := bytes.LastIndexByte(text[s:e], ' ')
	if sp <= 0 {
		return numberMarker{}, false
	}
	var wb, nb [48]byte
	w, last := foldedKey(&wb, text[s:s+sp]), foldedKey(&nb, text[s+sp+1:e])
	if isDigit[c] {
		row, rowEnd, ranged, ok := numberRange(last)
		if !ok {
			return numberMarker{}, false
		}
		if r, re, ok := firstLast(w, row); ok && !ranged {
			return numberMarker{start: s, row: r, rowEnd: re}, true
		}
		if rowNouns[string(w)] || partNouns[string(w)] {
			return numberMarker{start: s, row: row, rowEnd: rowEnd}, true
		}
		return numberMarker{}, false
	}
	if row := partOrdinals[string(w)]; row > 0 && partNouns[string(last)] {
		return numberMarker{start: s, row: row, rowEnd: row}, true
	}
	return numberMarker{}, false
}

// cjkPartLeads are the first characters of the labels cjkPartLabel
// reads, with the part each says: "前" first, "后" and "後" second
// (Chinese and Japanese), "앞" front and "뒤" back (Korean).
var cjkPartLeads = []struct {
	lead   string
	row    int
	korean bool
}{{"前", 1, false}, {"后", 2, false}, {"後", 2, false}, {"앞", 1, true}, {"뒤", 2, true}}

// cjkPartLabel reads the label of a phrase's half in Chinese, Japanese or
// Korean that ends right before the colon at text[p] (':' or the first
// byte of '：'): "前半" and "後半" ("后半", maybe "部分" after), "前12个"
// and "后12个" (or "個"), "앞 6개" and "뒤 6개". They stand anywhere on
// their line, after a chat's time and sender or a few words
// ("另一个钱包的，前12个："), so only these exact forms count. The
// marker is a row label (rowLabel) of part 1 or 2, left out with its
// colon.
func cjkPartLabel(text []byte, p int) (numberMarker, bool) {
	end := p + 1
	if text[p] != ':' {
		end = p + len("：")
	}
	b := text[:p]
	lead := func(b []byte, korean bool) (numberMarker, bool) {
		for _, l := range cjkPartLeads {
			if l.korean == korean && bytes.HasSuffix(b, []byte(l.lead)) {
				return numberMarker{start: len(b) - len(l.lead), end: end, row: l.row, rowEnd: l.row}, true
			}
		}
		return numberMarker{}, false
	}
	half := bytes.TrimSuffix(b, []byte("部分"))
	if h, ok := bytes.CutSuffix(half, []byte("半")); ok {
		return lead(h, false)
	}
	for _, unit := range [...]string{"个", "個", "개"} {
		d, ok := bytes.CutSuffix(b, []byte(unit))
		if !ok {
			continue
		}
		k := len(d)
		for k > 0 && isDigit[d[k-1]] && len(d)-k < 2 {
			k--
		}
		if k == len(d) {
			return numberMarker{}, false
		}
		korean := unit == "개"
		if korean && k > 0 && d[k-1] == ' ' {
			k--
		}
		return lead(d[:k], korean)
	}
	return numberMarker{}, false
}

// cjkPartLabels finds the labels cjkPartLabel reads before a fullwidth
// colon ('：'); numberMarkers reads those before an ASCII colon as it
// passes them.
func cjkPartLabels(text []byte) []numberMarker {
	var out []numberMarker
	colon := []byte("：")
	for off := 0; ; {
		k := bytes.Index(text[off:], colon)
		if k < 0 {
			return out
		}
		if m, ok := cjkPartLabel(text, off+k); ok {
			out = append(out, m)
		} else if restLabelEnd(text, off+k) {
			if m, ok := restPartLabel(text, off+k); ok {
				out = append(out, m)
				if f, ok := firstPartSentence(text, m.start); ok {
					out = append(out, f)
				}
			}
		}
		off += k + len(colon)
	}
}

// checkbox reports whether b is a task list's box, "[ ]" or "[x]".
func checkbox(b []byte) bool {
	return len(b) == 3 && b[0] == '[' && b[2] == ']' && (b[1] == ' ' || b[1]|0x20 == 'x')
}

// markerPlace reports whether a list number at text[s] starts its line
// (past spaces, bullets and quote marks) or follows two spaces or a tab.
func markerPlace(text []byte, s int) bool {
	if s >= 2 && text[s-1] == ' ' && text[s-2] == ' ' || s >= 1 && text[s-1] == '\t' {
		return true
	}
	k := s
	for k > 0 && (text[k-1] == ' ' || text[k-1] == '\t' || text[k-1] == '-' || text[k-1] == '*' || text[k-1] == '>' || text[k-1] == '(') {
		k--
	}
	return k == 0 || text[k-1] == '\n' || text[k-1] == '\r'
}

// ordinalSuffixes finds the ordinal suffixes glued to a list's digits.
func ordinalSuffixes(text []byte) []numberMarker {
	var out []numberMarker
	at := func(s, e int) {
		if s == 0 || !isDigit[text[s-1]] || !ordinalEnds(text, e) {
			return
		}
		d := s
		for d > 0 && isDigit[text[d-1]] {
			d--
		}
		if s-d <= 2 && markerPlace(text, d) {
			// A noun after the ordinal goes with it ("1ª palavra:").
			if n := e; n < len(text) && text[n] == ' ' {
				we := n + 1
				for we < len(text) && isLetterByte(text[we]) {
					we++
				}
				k := we
				for k < len(text) && text[k] == ' ' {
					k++
				}
				var buf [48]byte
				if we > n+1 && k < len(text) && (text[k] == ':' || text[k] == ')') && numberNouns[string(foldedKey(&buf, text[n+1:we]))] {
					e = we
				}
			}
			out = append(out, numberMarker{start: s, end: e})
		}
	}
	for _, lead := range [...]byte{0xC2, 0xEB} { // º ª °, 번
		eachByte(text, lead, func(s int) int {
			if s > 0 && isDigit[text[s-1]] {
				for _, suf := range [...]string{"º", "ª", "°", "번"} {
					if bytes.HasPrefix(text[s:], []byte(suf)) {
						at(s, s+len(suf))
					}
				}
			}
			return s + 1
		})
	}
	if !frenchFirst(text) {
		return out
	}
	// French ordinals ("1er", "2e", "3ème"), looked for only where a
	// list's first one is: after each run of digits.
	for i := 0; i < len(text); i++ {
		if !isDigit[text[i]] || i+1 < len(text) && isDigit[text[i+1]] {
			continue
		}
		for _, suf := range [...]string{"ème", "ère", "eme", "er", "re", "e"} {
			if bytes.HasPrefix(text[i+1:], []byte(suf)) {
				at(i+1, i+1+len(suf))
				break
			}
		}
	}
	return out
}

// ordinalEnds reports whether an ordinal suffix ending at text[e] ends
// its list number: the text ends there or a space, a tab, a colon, a
// closing parenthesis, a full stop or a two-byte sign (º) follows.
func ordinalEnds(text []byte, e int) bool {
	return e == len(text) || strings.IndexByte(" \t:).", text[e]) >= 0 || text[e] == 0xC2
}

// frenchFirst reports whether text holds the first of a list numbered
// the French way ("1er", "1re", "1e", "1ère") where a list number may
// stand. One search for '1' serves the three: a '1' is met every few
// bytes in code, and most are followed by none of 'e', 'r' and 'è'.
func frenchFirst(text []byte) bool {
	for i := 0; ; {
		k := bytes.IndexByte(text[i:], '1')
		if k < 0 {
			return false
		}
		s := i + k
		i = s + 1
		if i >= len(text) || text[i] != 'e' && text[i] != 'r' && text[i] != 0xC3 {
			continue
		}
		if s > 0 && isDigit[text[s-1]] || !markerPlace(text, s) {
			continue
		}
		for _, suf := range [...]string{"ère", "er", "re", "e"} {
			if bytes.HasPrefix(text[s+1:], []byte(suf)) {
				if ordinalEnds(text, s+1+len(suf)) {
					return true
				}
				break
			}
		}
	}
}

// cjkNumerals finds list numbers in CJK numerals before an enumeration
// comma or a colon ("一、", "十八、", "二十四："), at a line's start or after
// a space or an ideographic space. Their value stands for them with a
// full stop ("18. "), which the finder reads as a list number.
func cjkNumerals(text []byte) []numberMarker {
	var out []numberMarker
	for _, delim := range [...]string{"、", "："} {
		for i := 0; ; {
			k := bytes.Index(text[i:], []byte(delim))
			if k < 0 {
				break
			}
			p := i + k
			i = p + len(delim)
			// The numeral's runes, read back from the comma.
			var rs []rune
			s := p
			for s > 0 && len(rs) < 3 {
				r, size := utf8.DecodeLastRune(text[:s])
				if r != '十' && cjkDigit(r) < 0 {
					break
				}
				rs = append([]rune{r}, rs...)
				s -= size
			}
			v := cjkValue(rs)
			if v < 1 || v > 33 || !cjkMarkerPlace(text, s) {
				continue
			}
			out = append(out, numberMarker{start: s, end: p + len(delim), value: v, cjk: true})
		}
	}
	return out
}

// cjkOrdinals finds "第1个：", "第12個:", "第3、", "第一个词是", "第二十四個字為"
// (the Chinese ordinal prefix, a number in digits or in CJK numerals,
// maybe a counter and a noun for word, and a colon, an enumeration comma
// or a copula), at a line's start or after a space: their value stands
// for them ("1. ").
func cjkOrdinals(text []byte) []numberMarker {
	var out []numberMarker
	for i := 0; ; {
		k := bytes.Index(text[i:], []byte("第"))
		if k < 0 {
			return out
		}
		s := i + k
		e := s + len("第")
		i = e
		if !cjkMarkerPlace(text, s) {
			continue
		}
		d := e
		for d < len(text) && d-e < 2 && isDigit[text[d]] {
			d++
		}
		v := 0
		if d > e {
			v, _ = strconv.Atoi(string(text[e:d]))
		} else {
			// A numeral in words ("第二十四").
			var rs []rune
			for len(rs) < 3 {
				r, size := utf8.DecodeRune(text[d:])
				if r != '十' && cjkDigit(r) < 0 {
					break
				}
				rs = append(rs, r)
				d += size
			}
			v = cjkValue(rs)
		}
		if v < 1 || v > 33 {
			continue
		}
		d, _ = pastOne(text, d, "个", "個", "位")
		d, _ = pastOne(text, d, "单词", "單詞", "词", "詞", "字")
		if end, ok := pastOne(text, d, "：", ":", "、", ".", "是", "为", "為"); ok {
			out = append(out, numberMarker{start: s, end: end, value: v, cjk: true})
		}
	}
}

// pastOne returns d past the first of affixes that text[d:] starts with,
// and whether one did; d itself when none does.
func pastOne(text []byte, d int, affixes ...string) (int, bool) {
	for _, a := range affixes {
		if bytes.HasPrefix(text[d:], []byte(a)) {
			return d + len(a), true
		}
	}
	return d, false
}

// japaneseOrdinals finds "1番目：", "12番目:", "3番目の単語は" (a number in
// digits, the Japanese ordinal suffix, maybe "the word of", and a colon,
// an enumeration comma or the topic particle) at a line's start or after
// a space: their value stands for them ("1. "), as cjkOrdinals' do.
func japaneseOrdinals(text []byte) []numberMarker {
	var out []numberMarker
	suffix := []byte("番目")
	for i := 0; ; {
		k := bytes.Index(text[i:], suffix)
		if k < 0 {
			return out
		}
		e := i + k
		i = e + len(suffix)
		s := e
		for s > 0 && e-s < 2 && isDigit[text[s-1]] {
			s--
		}
		if s == e || !cjkMarkerPlace(text, s) {
			continue
		}
		v, _ := strconv.Atoi(string(text[s:e]))
		if v < 1 || v > 33 {
			continue
		}
		d, _ := pastOne(text, i, "の単語", "の言葉", "の語")
		if end, ok := pastOne(text, d, "：", ":", "、", "は", "."); ok {
			out = append(out, numberMarker{start: s, end: end, value: v, cjk: true})
		}
	}
}

// cjkDigit returns the value of a CJK digit (〇 to 九), or -1.
func cjkDigit(r rune) int {
	for d, c := range []rune("〇一二三四五六七八九") {
		if c == r {
			return d
		}
	}
	return -1
}

// cjkValue returns the value of a numeral of CJK digits and 十 ("八",
// "十八", "二十四"), or 0.
func cjkValue(rs []rune) int {
	t := -1
	for i, r := range rs {
		if r == '十' {
			if t >= 0 {
				return 0
			}
			t = i
		}
	}
	switch {
	case len(rs) == 1 && t < 0:
		return max(cjkDigit(rs[0]), 0)
	case t < 0 || t > 1 || len(rs)-t > 2:
		return 0
	}
	v := 10
	if t == 1 {
		if d := cjkDigit(rs[0]); d >= 2 {
			v = 10 * d
		} else {
			return 0
		}
	}
	if t+1 < len(rs) {
		d := cjkDigit(rs[t+1])
		if d < 1 {
			return 0
		}
		v += d
	}
	return v
}

// cjkMarkerPlace reports whether a list number at text[s] starts its line
// or follows a space or an ideographic space.
func cjkMarkerPlace(text []byte, s int) bool {
	if s == 0 || text[s-1] == ' ' || text[s-1] == '\t' || text[s-1] == '\n' {
		return true
	}
	// An ideographic space, or the full-width comma or semicolon or the
	// enumeration comma of a sentence that lists the words ("第一个词是
	// 裂，第二个词是迷，…", as a voice note is typed out).
	switch string(text[max(0, s-3):s]) {
	case "\u3000", "，", "；", "、":
		return true
	}
	return false
}

// readNumbered makes the plain copy of text with its list numbers in
// words written in digits and ordinal suffixes left out.
func readNumbered(src, buf []byte, pieces []piece) ([]byte, markupMap) {
	return writeNumbered(src, buf, pieces, numberMarkers(src, false))
}

// writeNumbered is readNumbered with the markers of src already found.
func writeNumbered(src, buf []byte, pieces []piece, markers []numberMarker) ([]byte, markupMap) {
	r := plainWriter{src: src, out: buf[:0], m: markupMap{pieces[:0]}}
	for _, m := range markers {
		if m.comma {
			r.replace(m.start, m.end, ",")
			continue
		}
		if m.value == 0 {
			r.drop(m.start, m.end)
			continue
		}
		if m.cjk {
			r.replace(m.start, m.end, strconv.Itoa(m.value)+". ")
			continue
		}
		r.replace(m.start, m.end, strconv.Itoa(m.value))
	}
	r.verbatim(len(src))
	return r.out, r.m
}

// nativeDigitLeads are the first bytes of the UTF-8 of the decimal
// digits nativeDigits reads: Arabic-Indic (U+0660), Persian (U+06F0),
// Devanagari, Bengali and Thai (U+0966, U+09E6, U+0E50). Full-width
// digits need no marker: NFKD reads them as ASCII ones.
var nativeDigitLeads = [...]byte{0xD9, 0xDB, 0xE0}

// nativeDigits finds list numbers written in other scripts' digits
// ("١- ", "۱. ", "१) ", "๑. ", "১। ", "(١) "): a run of one script's
// decimal digits that starts its line (past spaces and direction marks)
// or follows two spaces or a tab, ended by a full stop (its script's
// too: nativeStops), a parenthesis, a dash, a colon or a space. The
// marker spans the direction marks before it too, so that the copy
// holds the number in ASCII digits alone.
func nativeDigits(text []byte) []numberMarker {
	var out []numberMarker
	for _, lead := range nativeDigitLeads {
		eachByte(text, lead, func(s int) int {
			v, e := 0, s
			for e < len(text) && v <= 33 {
				r, size := utf8.DecodeRune(text[e:])
				if r < 0x660 || !unicode.IsDigit(r) {
					break
				}
				v = v*10 + digitValue(r)
				e += size
			}
			if e == s {
				return s + 1
			}
			if v < 1 || v > 33 || e >= len(text) || !strings.ContainsRune(".)-: ", rune(text[e])) && nativeStop(text[e:]) == 0 {
				return e
			}
			start := marksBefore(text, s)
			if start >= 2 && string(text[start-2:start]) == "\u061c" {
				start -= 2
			}
			ls := bytes.LastIndexByte(text[:start], '\n') + 1
			// At its line's start, after a tab or two spaces, or after
			// one space when a mark ends it ("١) w1 ٢) w2 …" on one
			// line) or a Latin word follows it ("۱ w1 ۲ w2 …", a label's
			// "คำที่ ๑: w1"), or in a table's cell ("| ١ | w1 |", "| ۱
			// w1 | ۲ w2 |"), or in parentheses at its line's start or
			// after a space ("(١) w1 (٢) w2 …").
			before := bytes.TrimRight(text[ls:start], " \t")
			if len(before) == 0 || start >= 2 && (text[start-1] == '\t' || text[start-1] == ' ' && text[start-2] == ' ') ||
				start >= 1 && text[start-1] == ' ' && (strings.IndexByte(".)-", text[e]) >= 0 || nativeStop(text[e:]) > 0 || latinWordAfter(text, e) || text[e] == ':' && latinWordAfter(text, e+1)) ||
				before[len(before)-1] == '|' && (text[e] == ' ' || text[e] == '|') ||
				text[start-1] == '(' && text[e] == ')' && (start == ls+1 || text[start-2] == ' ') {
				out = append(out, numberMarker{start: start, end: e, value: v})
			}
			return e
		})
	}
	return out
}

// marksBefore returns where the right-to-left and left-to-right marks
// (U+200F, U+200E) right before text[s] start: a phone writes them
// before a list's number in a right-to-left text.
func marksBefore(text []byte, s int) int {
	for s >= 3 && (string(text[s-3:s]) == "\u200f" || string(text[s-3:s]) == "\u200e") {
		s -= 3
	}
	return s
}

// hebrewLetterValues are the values of the Hebrew letters that number a
// list to 24 (א to ט 1 to 9, י 10, כ and its final form ך 20), by the
// second byte of their UTF-8 (0xD7 and then 0x90 to 0x9B).
var hebrewLetterValues = [...]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 20}

// hebrewValue returns the value of the Hebrew letter at b[0:2], or 0.
func hebrewValue(b []byte) int {
	if len(b) < 2 || b[0] != 0xD7 || b[1] < 0x90 || int(b[1]-0x90) >= len(hebrewLetterValues) {
		return 0
	}
	return hebrewLetterValues[b[1]-0x90]
}

// hebrewNumerals finds list numbers written in Hebrew letters ("א. ",
// "יב) ", "ט״ו. "), each at its line's start (past spaces and direction
// marks) and ended by a full stop, a parenthesis or a dash and a space:
// one letter, or a ten (י, כ) and a unit (א to ט), 15 and 16 written ט״ו
// and ט״ז, with or without the gershayim (״ or '"') before the last.
// The marker spans the letters, and the direction marks before them.
func hebrewNumerals(text []byte) []numberMarker {
	var out []numberMarker
	eachByte(text, 0xD7, func(s int) int {
		start := marksBefore(text, s)
		ls := bytes.LastIndexByte(text[:start], '\n') + 1
		if len(bytes.Trim(text[ls:start], " \t")) > 0 {
			return s + 2
		}
		v, e := hebrewValue(text[s:]), s+2
		if v == 0 {
			return e
		}
		if k := e + min(len(text)-e, 2); string(text[e:k]) == "״" {
			e += 2
		} else if e < len(text) && text[e] == '"' {
			e++
		}
		if u := hebrewValue(text[e:]); u > 0 {
			if u >= 10 || !(v == 10 || v == 20 || v == 9 && (u == 6 || u == 7)) || v == 10 && (u == 5 || u == 6) {
				return e + 2
			}
			v, e = v+u, e+2
		} else if e > s+2 {
			return e // the gershayim go before a last letter
		}
		if e+1 >= len(text) || !strings.ContainsRune(".)-", rune(text[e])) || text[e+1] != ' ' {
			return e
		}
		out = append(out, numberMarker{start: start, end: e, value: v})
		return e
	})
	return out
}

// nativeStops are the full stops that end a list's number in the
// scripts of nativeDigits: the danda of Bengali and Devanagari (U+0964)
// and Urdu's full stop (U+06D4).
var nativeStops = [][]byte{[]byte("।"), []byte("۔")}

// nativeStop returns the length of the full stop of nativeStops that b
// starts with, or 0.
func nativeStop(b []byte) int {
	for _, s := range nativeStops {
		if bytes.HasPrefix(b, s) {
			return len(s)
		}
	}
	return 0
}

// latinWordAfter reports whether a space and an ASCII letter come at
// text[e].
func latinWordAfter(text []byte, e int) bool {
	return e+1 < len(text) && text[e] == ' ' && asciiLetter[text[e+1]]
}

// eachByte calls fn with the offset of each c in text, in order; fn
// returns where to look on from (past the offset it was given).
func eachByte(text []byte, c byte, fn func(at int) (next int)) {
	for i := 0; i < len(text); {
		k := bytes.IndexByte(text[i:], c)
		if k < 0 {
			return
		}
		i = max(fn(i+k), i+k+1)
	}
}

// digitValue returns the value of a decimal digit of any script.
func digitValue(r rune) int {
	z := r
	for z > r-9 && unicode.IsDigit(z-1) {
		z--
	}
	return int(r - z)
}

// inWordApostrophe reports whether text[i] is an ASCII apostrophe with a
// letter on each side (Ukrainian's "п'яте").
func inWordApostrophe(text []byte, i int) bool {
	return text[i] == '\'' && i > 0 && i+1 < len(text) && isLetterByte(text[i-1]) && isLetterByte(text[i+1])
}
