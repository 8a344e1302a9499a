package detect

import "github.com/walletaudit/walletaudit/mnemonic"

// SetState is what the shares found together say about the SLIP-39 set a
// share belongs to. The zero value means the set was not checked.
type SetState string

// The states of a share's set.
const (
	// SetIncomplete: the shares found together are fewer than the set's
	// thresholds need.
	SetIncomplete SetState = "incomplete"
	// SetComplete: the shares found together recover the master secret.
	SetComplete SetState = "complete"
	// SetInconsistent: shares of the set found together disagree.
	SetInconsistent SetState = "inconsistent"
)

// Share is one share of a SLIP-39 backup as a detector parsed it, carried
// by Candidate.Share. It keeps the parsed share in an unexported field so
// that the engine can combine shares found in different items (see
// RecoveringSets) without reading their text again. No method returns the
// share's words, and fmt prints the parsed share only as an address.
type Share struct {
	// Set is the state of the share's set among the shares found with it.
	Set SetState
	// phrase is a pointer so that fmt, which cannot call the methods of
	// a value in an unexported field, prints an address and never the
	// words' indices.
	phrase *mnemonic.Phrase
}

// NewShare returns the Share of p, a parsed SLIP-39 share, with its set in
// state set.
func NewShare(p mnemonic.Phrase, set SetState) *Share {
	return &Share{Set: set, phrase: &p}
}

// RecoveringSets groups shares by the SLIP-39 set they belong to and
// returns, for each set whose shares together recover the master secret,
// the indices in shares of its members. Nil shares and shares without a
// parsed share (the zero Share) take no part. Only indices come out: never
// a word or a byte of a share or of the secret.
func RecoveringSets(shares []*Share) [][]int {
	var phrases []mnemonic.Phrase
	var at []int // index in shares of each phrase
	for i, s := range shares {
		if s != nil && s.phrase != nil {
			phrases, at = append(phrases, *s.phrase), append(at, i)
		}
	}
	var out [][]int
	for _, members := range mnemonic.SLIP39SetIndices(phrases) {
		set := make([]mnemonic.Phrase, len(members))
		idx := make([]int, len(members))
		for k, j := range members {
			set[k], idx[k] = phrases[j], at[j]
		}
		if mnemonic.CheckSLIP39(set) == nil {
			out = append(out, idx)
		}
	}
	return out
}
