package mnemonic_test

import (
	"context"
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
	fmt.Println(hex.EncodeToString(p.RevealEntropy()))
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

func ExampleFindNamed() {
	// Twelve characters written without spaces: in a file named for a
	// seed phrase they are read as one; in another file they are not.
	text := []byte("的的的的的的的的的的的在\n")
	for _, name := range []string{"助记词.txt", "notes.txt"} {
		ms := mnemonic.FindNamed(name, text)
		fmt.Println(name, len(ms))
		for _, m := range ms {
			fmt.Println(m.Phrase, m.Layout)
		}
	}
	// Output:
	// 助记词.txt 1
	// [12-word chinese_simplified phrase] glued
	// notes.txt 0
}

func ExampleFindPart() {
	// A mail's part, or a chat export's messages: a file named for a
	// word game keeps only the phrases written after a seed's label.
	ent := make([]byte, 16)
	for i := range ent {
		ent[i] = byte(3*i + 1)
	}
	p, _ := mnemonic.FromEntropy(ent, mnemonic.English)
	for _, text := range []string{"round 3: " + p.Reveal(), "my seed: " + p.Reveal()} {
		fmt.Println(len(mnemonic.FindPart("WhatsApp Chat with Word Game.txt", []byte(text))), len(mnemonic.FindPart("WhatsApp Chat with Ana.txt", []byte(text))))
	}
	// Output:
	// 0 1
	// 1 1
}

func ExamplePhrase_Seed() {
	p, _ := mnemonic.Validate("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about")
	fmt.Println(hex.EncodeToString(p.Seed("TREZOR"))[:16])
	// Output:
	// c55257c360c07c72
}

func ExampleSweepMT19937() {
	// A phrase as the Trust Wallet browser extension made it from seed
	// 1,000,000 (generated here, never a real wallet).
	ent := mnemonic.MT19937Entropy(mnemonic.GeneratorTrustWallet, 1_000_000, 16)
	p, _ := mnemonic.FromEntropy(ent, mnemonic.English)
	w, found := mnemonic.SweepMT19937(context.Background(), p, 0, 2_000_000, nil)
	fmt.Println(found, w.Generator, w.Seed)
	// Output:
	// true trust-wallet-extension 1000000
}

func ExampleCombineSLIP39() {
	// Two shares of a 2-of-3 set: a published SLIP-39 test vector
	// (trezor/python-shamir-mnemonic vectors.json), passphrase "TREZOR".
	a, _ := mnemonic.ValidateSLIP39("shadow pistol academic always adequate wildlife fancy gross oasis cylinder mustang wrist rescue view short owner flip making coding armed")
	b, _ := mnemonic.ValidateSLIP39("shadow pistol academic acid actress prayer class unknown daughter sweater depict flip twice unkind craft early superior advocate guest smoking")
	h, _ := a.SLIP39()
	fmt.Println(h.MemberThreshold, "of the group needed;", mnemonic.CheckSLIP39([]mnemonic.Phrase{a}) != nil, mnemonic.CheckSLIP39([]mnemonic.Phrase{a, b}) == nil)
	secret, err := mnemonic.CombineSLIP39([]mnemonic.Phrase{a, b}, []byte("TREZOR"))
	fmt.Println(hex.EncodeToString(secret), err)
	// Output:
	// 2 of the group needed; true true
	// b43ceb7e57a0ea8766221624d01b0864 <nil>
}
