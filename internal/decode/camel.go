package decode

import "github.com/walletaudit/walletaudit/internal/byteruns"

// letters is the class of ASCII letters.
var letters = byteruns.Of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

// Bounds of a run of words glued in CamelCase: twelve words of three
// to eight letters (the lengths of the words of the BIP-39 lists written
// in ASCII).
const (
	minCamel      = 36
	minCamelWords = 12
	minCamelWord  = 3
	maxCamelWord  = 8
)

// camelViews reads words glued in CamelCase apart: a phrase kept as one
// token ("AbandonAbilityAble…", to pass for a password or to fit a field
// without spaces). A run of minCamel letters or more made only of
// minCamelWords words or more, each a capital (the first may be small)
// and small letters, three to eight in all, is a view ("camel") of its
// words in lower case, a space apart. Identifiers of code are a few
// words long, and base64 mixes its capitals anyhow.
func camelViews(w *walker, data []byte, emit func(View) bool) bool {
	more := true
	w.runs.Each(data, &letters, minCamel, func(s, e int) bool {
		if w.stop() {
			more = false
			return false
		}
		run := data[s:e]
		n := camelWords(run)
		if n < minCamelWords {
			return true
		}
		out := make([]byte, 0, len(run)+n)
		for i, c := range run {
			if isUpperASCII(c) {
				if i > 0 {
					out = append(out, ' ')
				}
				c += 'a' - 'A'
			}
			out = append(out, c)
		}
		more = emit(View{Data: out, Encoding: "camel", Start: s, End: e})
		return more
	})
	return more
}

// camelWords returns how many CamelCase words run (letters only) is made
// of, or 0 when it is not made of such words alone.
func camelWords(run []byte) int {
	n, start := 0, 0
	for i := 1; i <= len(run); i++ {
		if i < len(run) && !isUpperASCII(run[i]) {
			continue
		}
		if l := i - start; l < minCamelWord || l > maxCamelWord {
			return 0
		}
		for _, c := range run[start+1 : i] {
			if isUpperASCII(c) {
				return 0
			}
		}
		n++
		start = i
	}
	return n
}

// isUpperASCII reports whether c is an ASCII capital letter.
func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }
