// Package slip39vectors holds shares of the published SLIP-39 test
// vectors (trezor/python-shamir-mnemonic vectors.json) for the tests of
// several packages. They are public: the mnemonic package marks phrases
// made of them as public test secrets.
package slip39vectors

// Shares of two vectors, each a set of one group whose members need two
// shares.
const (
	// BasicA and BasicB are two shares of "Basic sharing 2-of-3":
	// together they recover the master secret.
	BasicA = "shadow pistol academic always adequate wildlife fancy gross oasis cylinder mustang wrist rescue view short owner flip making coding armed"
	BasicB = "shadow pistol academic acid actress prayer class unknown daughter sweater depict flip twice unkind craft early superior advocate guest smoking"
	// DigestA and DigestB are the two shares of "invalid digest": well
	// formed, of one set, but they disagree.
	DigestA = "guilt walnut academic acid deliver remove equip listen vampire tactics nylon rhythm failure husband fatigue alive blind enemy teaspoon rebound"
	DigestB = "guilt walnut academic agency brave hamster hobo declare herd taste alpha slim criminal mild arcade formal romp branch pink ambition"
)
