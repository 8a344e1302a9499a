package detect_test

import (
	"fmt"

	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/mnemonic"
)

// A detector that parses SLIP-39 shares hands each one over with
// NewShare; RecoveringSets then tells which shares, found apart, together
// recover their master secret, without ever giving back a word.
func ExampleRecoveringSets() {
	var shares []*detect.Share
	for _, words := range []string{
		// Two shares of the published SLIP-39 vector "Basic sharing 2-of-3".
		"shadow pistol academic always adequate wildlife fancy gross oasis cylinder mustang wrist rescue view short owner flip making coding armed",
		"shadow pistol academic acid actress prayer class unknown daughter sweater depict flip twice unkind craft early superior advocate guest smoking",
		// A share of another set.
		"guilt walnut academic acid deliver remove equip listen vampire tactics nylon rhythm failure husband fatigue alive blind enemy teaspoon rebound",
	} {
		p, err := mnemonic.ValidateSLIP39(words)
		if err != nil {
			fmt.Println(err)
			return
		}
		shares = append(shares, detect.NewShare(p, detect.SetIncomplete))
	}
	fmt.Println(detect.RecoveringSets(shares))
	fmt.Println(shares[0].Set)
	// Output:
	// [[0 1]]
	// incomplete
}
