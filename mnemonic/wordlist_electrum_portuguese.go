package mnemonic

// Electrum's Portuguese seed wordlist (github.com/spesmilo/electrum,
// electrum/wordlist/portuguese.txt, commit 923578010e56…: 1626 words,
// plain ASCII, under the Monero Project's BSD-3-Clause licence header) is
// Monero's Portuguese list (moneroWordsPortuguese) except for three
// words. It is not the BIP-39 Portuguese list.
var electrumPortugueseChanges = map[int]string{
	535:  "felipe",  // Monero: "felpudo"
	660:  "gustavo", // Monero: "grelhado"
	1282: "riquixa", // Monero: "respeito"
}

// electrumPortugueseWords returns the wordlist Electrum 2.x uses for
// Portuguese seeds (ElectrumPortuguese).
func electrumPortugueseWords() []string {
	words := append([]string(nil), moneroWordsPortuguese[:]...)
	for i, w := range electrumPortugueseChanges {
		words[i] = w
	}
	return words
}
