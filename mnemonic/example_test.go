package mnemonic_test

import (
	"encoding/hex"
	"fmt"

	"github.com/walletaudit/walletaudit/mnemonic"
)

func ExampleValidate() {
	// A published BIP-39 test vector: never use it for funds.
	p, err := mnemonic.Validate("legal winner thank year wave sausage worth useful legal winner thank yellow")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p) // prints redacted
	fmt.Println(hex.EncodeToString(p.Entropy()))
	// Output:
	// [12-word english phrase]
	// 7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f
}

func ExampleFind() {
	text := []byte("# wallet\nMNEMONIC=\"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about\"\n")
	for _, m := range mnemonic.Find(text) {
		src, public := mnemonic.Public(m.Phrase)
		fmt.Println(m.StartLine, m.Phrase, public, src)
	}
	// Output:
	// 2 [12-word english phrase] true BIP-39 test vector
}

func ExamplePhrase_Seed() {
	p, _ := mnemonic.Validate("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about")
	fmt.Println(hex.EncodeToString(p.Seed("TREZOR"))[:16])
	// Output:
	// c55257c360c07c72
}
