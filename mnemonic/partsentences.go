package mnemonic

import (
	"bytes"
	"unicode/utf8"
)

// A phrase split in two in a letter or a note: "The first half of the
// phrase is <words>." then paragraphs, then "The remaining words are:
// <words>.". The label of the rest ends in a colon (restPartLabel); the
// label of the first part is a sentence's subject and its verb
// (firstPartSentence), before it in the text. Both are row labels
// (numberMarker.row 1 and 2) that partsApart chains as it chains "Part
// 1:" and "Part 2:"; their words may go on over the paragraph's next
// lines (numberMarker.para).

// restCues say "the remaining words", in the wordlists' languages, in
// lower case.
var restCues = [][]byte{
	[]byte("remaining"), []byte("the rest"), []byte("rest of"), []byte("other half"), []byte("second half"),
	[]byte("restantes"), []byte("restants"), []byte("restanti"), []byte("rimanenti"), []byte("resto de"),
	[]byte("reste des"), []byte("zbývající"), []byte("zbyvajici"), []byte("zbylá"), []byte("zbyla"),
	[]byte("残り"), []byte("나머지"), []byte("剩下"), []byte("剩余"), []byte("剩餘"), []byte("其余"), []byte("其餘"),
}

// maxRestLabel bounds the text between a rest cue and its colon ("the
// remaining twelve words of the phrase are").
const maxRestLabel = 48

// restPartLabel reads the label of a phrase's last part that ends at the
// colon text[p] (':' or the first byte of '：'): a rest cue at most
// maxRestLabel bytes before it on its line ("The remaining words are:",
// "Les mots restants sont :", "剩下的词是："). The marker spans the cue
// and the colon, as row 2.
func restPartLabel(text []byte, p int) (numberMarker, bool) {
	end := p + 1
	if text[p] != ':' {
		end = p + len("：")
	}
	from := max(bytes.LastIndexByte(text[:p], '\n')+1, p-maxRestLabel-16)
	var buf [128]byte
	window := lowerInto(buf[:0], text[from:p])
	if len(window) != p-from {
		return numberMarker{}, false // a letter whose lower case is longer: not read
	}
	for _, c := range restCues {
		k := bytes.LastIndex(window, c)
		if k < 0 || p-(from+k) > maxRestLabel+len(c) || k > 0 && c[0] < utf8.RuneSelf && asciiLetter[window[k-1]] {
			continue
		}
		return numberMarker{start: from + k, end: end, row: 2, rowEnd: 2, para: true}, true
	}
	return numberMarker{}, false
}

// firstCues say "the first half" or "the first part", in lower case;
// firstCopulas end such a label ("… of the phrase is", "… de la frase
// es"), a space after them. Japanese and Korean write the topic's
// particle right after the label ("前半は", "앞 여섯 단어는").
var (
	firstCues = [][]byte{
		[]byte("first half"), []byte("first part"), []byte("first six words"), []byte("first twelve words"),
		[]byte("first 6 words"), []byte("first 12 words"), []byte("primera mitad"), []byte("primera parte"),
		[]byte("première moitié"), []byte("premiere moitie"), []byte("première partie"), []byte("prima metà"),
		[]byte("prima meta"), []byte("prima parte"), []byte("primeira metade"), []byte("primeira parte"),
		[]byte("první polovina"), []byte("prvni polovina"), []byte("první část"), []byte("prvni cast"),
		[]byte("前半"), []byte("앞 "),
	}
	firstCopulas = [][]byte{[]byte(" is"), []byte(" are"), []byte(" es"), []byte(" son"), []byte(" est"), []byte(" sont"),
		[]byte(" è"), []byte(" sono"), []byte(" é"), []byte(" são"), []byte(" je"), []byte(" jsou"), []byte("は"), []byte("는")}
)

// maxFirstLabel bounds a first part's label from its cue to the end of
// its copula ("first half of the seed phrase is"); firstLookback bounds
// how far before the rest's label it is looked for.
const (
	maxFirstLabel = 40
	firstLookback = 4096
)

// firstPartSentence finds, in the firstLookback bytes before limit (a
// rest label's start), the last sentence that gives the first part of a
// phrase: a first cue, at most maxFirstLabel bytes of label, a copula
// and maybe a colon. The marker spans the label, as row 1.
func firstPartSentence(text []byte, limit int) (numberMarker, bool) {
	from := max(0, limit-firstLookback)
	lower := bytes.ToLower(text[from:limit])
	if len(lower) != limit-from {
		return numberMarker{}, false
	}
	best := numberMarker{}
	for _, c := range firstCues {
		k := bytes.LastIndex(lower, c)
		if k < 0 || k > 0 && c[0] < utf8.RuneSelf && asciiLetter[lower[k-1]] || k+from < best.start {
			continue
		}
		rest := lower[k+len(c):]
		if nl := bytes.IndexByte(rest, '\n'); nl >= 0 {
			rest = rest[:nl]
		}
		rest = rest[:min(len(rest), maxFirstLabel)]
		for _, cop := range firstCopulas {
			j := bytes.Index(rest, cop)
			e := j + len(cop)
			if j < 0 || cop[0] == ' ' && e < len(rest) && rest[e] != ' ' && rest[e] != ':' {
				continue
			}
			for e < len(rest) && (rest[e] == ' ' || rest[e] == ':') {
				e++
			}
			best = numberMarker{start: from + k, end: from + k + len(c) + e, row: 1, rowEnd: 1, para: true}
			break
		}
	}
	return best, best.end > 0
}

// maxParaLines bounds how many lines a part labelled in a sentence
// (numberMarker.para) runs over.
const maxParaLines = 4

// partEnd returns where the words of the part labelled by m end: its
// line's end, or for a part labelled in a sentence the end of its
// paragraph (at most maxParaLines lines, not past next), without a
// Korean copula after the words ("… 이다.") and the sentence's full stop.
func partEnd(src []byte, m numberMarker, next int) int {
	le := len(src)
	if k := bytes.IndexByte(src[m.end:], '\n'); k >= 0 {
		le = m.end + k
	}
	if m.para {
		for n := 1; n < maxParaLines && le+1 < min(len(src), next); n++ {
			nle := len(src)
			if k := bytes.IndexByte(src[le+1:], '\n'); k >= 0 {
				nle = le + 1 + k
			}
			if len(bytes.TrimSpace(src[le+1:nle])) == 0 {
				break
			}
			le = min(nle, next)
		}
		for _, cop := range [...]string{" 이다", " 입니다"} {
			if k := bytes.LastIndex(src[m.end:le], []byte(cop)); k >= 0 && len(bytes.Trim(src[m.end+k+len(cop):le], ". \r")) == 0 {
				le = m.end + k
				break
			}
		}
		// The sentence's full stop: the words end the part.
		le = m.end + len(bytes.TrimRight(src[m.end:le], " \r.。"))
	}
	return le
}

// restLabelWords are the last words of a rest label before its colon
// ("the remaining words are:", "palabras restantes:"); restLabelEnd
// tests them first, so that the colons of code and data cost one lookup.
var restLabelWords = map[string]bool{
	"are": true, "is": true, "words": true, "rest": true, "half": true, "son": true, "es": true, "restantes": true,
	"palabras": true, "sont": true, "est": true, "restants": true, "mots": true, "sono": true,
	"rimanenti": true, "restanti": true, "parole": true, "sao": true, "e": true, "palavras": true, "jsou": true,
	"je": true, "slova": true, "zbyvajici": true,
}

// restLabelEnd reports whether the colon text[p] (':' or '：') ends a
// word that may end a rest label: one of restLabelWords, maybe a space
// before the colon (French), or a CJK particle or copula ("は", "는",
// "是") or a word for words ("词", "詞", "語", "葉").
func restLabelEnd(text []byte, p int) bool {
	e := p
	if e > 0 && text[e-1] == ' ' {
		e--
	}
	if e == 0 {
		return false
	}
	if c := text[e-1]; c < utf8.RuneSelf {
		// The common case, the colons of code and data ("key":, x:=,
		// http:): a letter must end the word before.
		if !asciiLetter[c] {
			return false
		}
	} else {
		for _, end := range [...]string{"は", "는", "是", "词", "詞", "語", "葉"} {
			if bytes.HasSuffix(text[:e], []byte(end)) {
				return true
			}
		}
	}
	s := e
	for s > 0 && e-s < 12 && isLetterByte(text[s-1]) {
		s--
	}
	if e-s < 2 || e-s >= 12 {
		return false
	}
	var buf [48]byte
	return restLabelWords[string(foldedKey(&buf, text[s:e]))]
}
