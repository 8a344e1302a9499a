package keys

import (
	"bytes"

	"github.com/walletaudit/walletaudit/audit/detect"
)

// maxSplitLines is the most lines a key broken over lines is read across:
// a key pasted in two or three parts, or hard-wrapped by a mail client.
const maxSplitLines = 4

// minSplitPart is the shortest part of a key on a line of its own that
// starts a join (a WIF printed over three lines of a paper wallet has
// parts of 17); shorter runs at a line's end are words.
const minSplitPart = 12

// splitKeys finds base58 keys broken over lines: pasted in parts ("in two
// bits because the chat cut it off"), or cut by a mail client's line
// wrap at 72 to 78 columns, a paper wallet's narrow column ("here is the master key, xprv9s21…" then the
// rest on the next lines). A part ends its line; the next part starts
// the next line, past its indentation. A join is read only when its
// length is a key's (a WIF, a Solana keypair, an extended key) and the
// key's checksum, or for a Solana keypair its public half, holds.
//
// Joins start at an extended key's prefix that ends its line short of a
// key's length, or at a run of minSplitPart characters or more that is
// all of its line.
func splitKeys(data []byte, dump func() bool) []detect.Candidate {
	var out []detect.Candidate
	for nl := bytes.IndexByte(data, '\n'); nl >= 0; {
		e := nl
		if e > 0 && data[e-1] == '\r' {
			e--
		}
		s := e
		for s > 0 && b58[data[s-1]] {
			s--
		}
		next := -1
		if k := bytes.IndexByte(data[nl+1:], '\n'); k >= 0 {
			next = nl + 1 + k
		}
		if n := e - s; n >= 4 && n < 111 && !gluedBefore(data, s) {
			whole := lineStartsAt(data, s)
			if whole && n >= minSplitPart || (data[s+1] == 'p' || data[s+2] == 'p') && extendedPrefix(data[s:s+4]) {
				if cand, ok := joinParts(data, s, e, nl, dump); ok {
					out = append(out, cand)
				}
			}
		}
		nl = next
	}
	return out
}

// lineStartsAt reports whether only spaces and tabs stand before s on
// its line.
func lineStartsAt(data []byte, s int) bool {
	for s > 0 && (data[s-1] == ' ' || data[s-1] == '\t') {
		s--
	}
	return s == 0 || data[s-1] == '\n'
}

// joinParts joins the part data[s:e] (ending its line at nl) with the
// parts that start the lines after it, and reads the join as a key at
// each length a key has.
func joinParts(data []byte, s, e, nl int, dump func() bool) (detect.Candidate, bool) {
	joined := append(make([]byte, 0, 112), data[s:e]...)
	for range maxSplitLines - 1 {
		p := nl + 1
		for p < len(data) && (data[p] == ' ' || data[p] == '\t') {
			p++
		}
		q := p
		for q < len(data) && b58[data[q]] && len(joined)+q-p <= 112 {
			q++
		}
		if q == p || q < len(data) && alnum[data[q]] {
			return detect.Candidate{}, false
		}
		joined = append(joined, data[p:q]...)
		if cand, ok := splitKey(joined, dump); ok {
			cand.Start, cand.End = s, q
			if cand.Details == nil {
				cand.Details = map[string]string{}
			}
			cand.Details["layout"] = "split over lines"
			return cand, true
		}
		// Go on only past a part that ends its line too.
		nl = q
		if nl < len(data) && data[nl] == '\r' {
			nl++
		}
		if nl >= len(data) || data[nl] != '\n' {
			return detect.Candidate{}, false
		}
	}
	return detect.Candidate{}, false
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
