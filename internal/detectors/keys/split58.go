package keys

import (
	"bytes"

	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/decode"
)

// maxSplitLines is the most lines a key broken over lines is read across:
// a key pasted in two or three parts, or hard-wrapped by a mail client.
const maxSplitLines = 4

// minSplitPart is the shortest part of a key on a line of its own that
// starts a join (a WIF printed over three lines of a paper wallet has
// parts of 17); shorter runs at a line's end are words.
const minSplitPart = 12

// minLabelledPart is the shortest first part after a label on its line
// (a WIF's half is 25 or 26).
const minLabelledPart = 20

// splitKeys finds base58 keys broken over lines: pasted in parts ("in two
// bits because the chat cut it off"), cut by a mail client's line wrap
// at 72 to 78 columns ("here is the master key, xprv9s21…" then the rest
// on the next lines) or by a paper wallet's narrow column, or typed in
// groups (groupedKey). A part ends its line; the next part starts the
// next line, past its indentation. A join is read only when its
// length is a key's (a WIF, a Solana keypair, an extended key) and the
// key's checksum, or for a Solana keypair its public half, holds.
//
// Joins start at an extended key's prefix that ends its line short of a
// key's length, or at a run of minSplitPart characters or more that is
// all of its line or a string literal ending its line ("…" + over the
// rest, as a program cuts a long string). The parts after may follow a
// join operator and be quoted.
func splitKeys(data []byte, dump func() bool) []detect.Candidate {
	var out []detect.Candidate
	for ls := 0; ls < len(data); {
		k := bytes.IndexByte(data[ls:], '\n')
		if k < 0 {
			break
		}
		if mayEndPart(data, ls, ls+k) {
			out = splitAt(out, data, ls, ls+k, dump)
		}
		ls += k + 1
	}
	return out
}

// mayEndPart reports at a glance whether splitAt can read the line from
// ls to nl (its '\n'): it is long enough for a key in groups, or its last
// byte before a carriage return may end a part (a base58 character, a
// quote, white space or a join operator's last byte). Most lines of code
// end in a bracket or a semicolon and are passed over here.
func mayEndPart(data []byte, ls, nl int) bool {
	e := nl
	if e > ls && data[e-1] == '\r' {
		e--
	}
	if e == ls {
		return false
	}
	c := data[e-1]
	return nl-ls >= 51 || b58[c] || isQuote(c) || c == ' ' || c == '\t' || opEnds[c]
}

// splitAt reads the line from ls to nl (its '\n') as a key in groups,
// or as the first part of a key split over lines, and appends what it
// finds to out. (Most lines are read to no key: out costs less to return
// than an empty Candidate.)
func splitAt(out []detect.Candidate, data []byte, ls, nl int, dump func() bool) []detect.Candidate {
	if nl-ls >= 51 {
		if cand, ok := groupedKey(data, ls, nl, dump); ok {
			return append(out, cand)
		}
	}
	e, q := partEnd(data, nl)
	s := e
	for s > ls && b58[data[s-1]] {
		s--
	}
	quoted := q != 0 && s > 0 && data[s-1] == q
	if n := e - s; n >= 4 && n < 111 && (q == 0 || quoted) && !gluedBefore(data, s) {
		// A whole line, or a string literal that ends its line (a
		// program's parts of one string).
		whole := lineStartsAt(data, s) || quoted
		// Or after a label on its line ("privkey 5Kb8…", "wif: …"), as
		// a key copied from paper is typed: a longer part.
		labelled := !whole && n >= minLabelledPart && (data[s-1] == ' ' || data[s-1] == '\t' || data[s-1] == ':')
		if (whole || labelled) && n >= minSplitPart || (data[s+1] == 'p' || data[s+2] == 'p') && extendedPrefix(data[s:s+4]) {
			if cand, ok := joinParts(data, s, nl, dump); ok {
				return append(out, cand)
			}
		}
	}
	return out
}

// joinOps are the operators that join string literals over lines, as the
// decoders' joined-literals view reads them: "+" (Go, JavaScript, Java,
// C#), "." and ".." (PHP, Perl, Lua), "<>" (Elixir), "~" (D), "&" (VB).
// opEnds marks their last bytes, by which a line that may end in one is
// told at a glance.
var (
	joinOps = decode.JoinOps()
	opEnds  = func() (t [256]bool) {
		for _, op := range joinOps {
			t[op[len(op)-1]] = true
		}
		return t
	}()
)

// isQuote reports whether c opens or closes a string literal.
func isQuote(c byte) bool { return c == '"' || c == '\'' || c == '`' }

// partEnd returns where a part ends on the line that ends at nl (its
// '\n'): before a carriage return, white space, a join operator and its
// space, and the literal's closing quote q (0 when none).
func partEnd(data []byte, nl int) (e int, q byte) {
	e = nl
	if e > 0 && data[e-1] == '\r' {
		e--
	}
	if e == 0 {
		return e, 0
	}
	switch c := data[e-1]; {
	case b58[c]:
		return e, 0 // most parts, and most lines that end in a word
	case isQuote(c):
		return e - 1, c
	case c != ' ' && c != '\t' && !opEnds[c]:
		return nl, 0 // ";", ")", "{": no part ends here
	}
	trim := func() {
		for e > 0 && (data[e-1] == ' ' || data[e-1] == '\t') {
			e--
		}
	}
	trim()
	op := false
	for _, o := range joinOps {
		if bytes.HasSuffix(data[:e], []byte(o)) {
			e -= len(o)
			trim()
			op = true
			break
		}
	}
	if e > 0 && isQuote(data[e-1]) {
		return e - 1, data[e-1]
	}
	if op {
		return nl, 0 // an operator but no literal: not a part's end
	}
	// White space after the part: a mail's soft line break (format=
	// flowed ends such a line in a space), or spaces a paste left.
	return e, 0
}

// lineStartsAt reports whether only spaces and tabs stand before s on
// its line.
func lineStartsAt(data []byte, s int) bool {
	for s > 0 && (data[s-1] == ' ' || data[s-1] == '\t') {
		s--
	}
	return s == 0 || data[s-1] == '\n'
}

// joinParts joins the part that starts at s and ends its line at nl with
// the parts that start the lines after it (past indentation, a join
// operator and a literal's opening quote), and reads the join as a key
// at each length a key has.
func joinParts(data []byte, s, nl int, dump func() bool) (detect.Candidate, bool) {
	e, _ := partEnd(data, nl)
	var buf [112]byte
	joined := append(buf[:0], data[s:e]...)
	for range maxSplitLines - 1 {
		p := nl + 1
		skip := func() {
			for p < len(data) && (data[p] == ' ' || data[p] == '\t') {
				p++
			}
		}
		skip()
		for _, op := range joinOps {
			if bytes.HasPrefix(data[p:], []byte(op)) {
				p += len(op)
				skip()
				break
			}
		}
		var q byte
		if p < len(data) && isQuote(data[p]) {
			q = data[p]
			p++
		}
		r := p
		for r < len(data) && b58[data[r]] && len(joined)+r-p <= 112 {
			r++
		}
		if r == p || r < len(data) && alnum[data[r]] || q != 0 && (r >= len(data) || data[r] != q) {
			return detect.Candidate{}, false
		}
		joined = append(joined, data[p:r]...)
		if cand, ok := splitKey(joined, dump); ok {
			cand.Start, cand.End = s, r
			if cand.Details == nil {
				cand.Details = map[string]string{}
			}
			cand.Details["layout"] = "split over lines"
			return cand, true
		}
		// Go on only past a part that ends its line too.
		k := bytes.IndexByte(data[r:], '\n')
		if k < 0 {
			return detect.Candidate{}, false
		}
		nl = r + k
		if pe, pq := partEnd(data, nl); pe != r || pq != q {
			return detect.Candidate{}, false
		}
	}
	return detect.Candidate{}, false
}

// Bounds of groupedKey's groups.
const (
	minGroups   = 6
	maxGroupLen = 8
	// maxGroupLabel bounds the label a line may start with before its
	// groups ("private: ").
	maxGroupLabel = 40
)

// groupedKey reads the line from ls to nl (its '\n') as a key copied by hand in
// groups ("L1aW 4aub DFB7 …", as a paper wallet is typed back): minGroups
// groups or more of up to maxGroupLen base58 characters, apart by single
// spaces, nothing else on the line but its indentation and a label ended
// by ": ", whose join has a key's length and checksum.
func groupedKey(data []byte, ls, nl int, dump func() bool) (detect.Candidate, bool) {
	if nl-ls < 51 {
		return detect.Candidate{}, false
	}
	e := nl
	if data[e-1] == '\r' {
		e--
	}
	s := ls
	for s < e && (data[s] == ' ' || data[s] == '\t') {
		s++
	}
	if c := bytes.Index(data[s:min(e, s+maxGroupLabel)], []byte(": ")); c >= 0 {
		// A label before the groups ("private: L1aW 4aub …").
		s += c + 2
		for s < e && data[s] == ' ' {
			s++
		}
	}
	if n := e - s; n < 51 || n > 2*112 {
		return detect.Candidate{}, false
	}
	var joined [112]byte
	k, groups, run := 0, 0, 0
	for i := s; i < e; i++ {
		switch c := data[i]; {
		case b58[c]:
			if k == len(joined) || run == maxGroupLen {
				return detect.Candidate{}, false
			}
			joined[k] = c
			k++
			run++
		case c == ' ' && run > 0:
			groups++
			run = 0
		default:
			return detect.Candidate{}, false
		}
	}
	if run > 0 {
		groups++
	}
	if groups < minGroups {
		return detect.Candidate{}, false
	}
	cand, ok := splitKey(joined[:k], dump)
	if !ok {
		return detect.Candidate{}, false
	}
	cand.Start, cand.End = s, e
	if cand.Details == nil {
		cand.Details = map[string]string{}
	}
	cand.Details["layout"] = "grouped"
	return cand, true
}

// splitKey reads a joined key by its length.
func splitKey(k []byte, dump func() bool) (detect.Candidate, bool) {
	switch n := len(k); {
	case n == 51 || n == 52:
		return wif(k, 0, n, dump)
	case n == 87 || n == 88:
		return solanaBase58(k, 0, n)
	case n == 111 || n == 112:
		return xprv(k, 0, n)
	}
	return detect.Candidate{}, false
}
