// Package mnemonic validates BIP-39 seed phrases in all ten official
// languages and finds them in arbitrary text.
//
// The wordlists are go-bip39's, used as data (never through its global
// SetWordList), plus Portuguese from the bip39 npm package; all are NFKD
// normalised. Validation, checksum, entropy and seed derivation are done
// here, with no global mutable state, so every function is safe for
// concurrent use and all languages work at once.
//
//	p, err := mnemonic.Validate(text)      // ErrWordCount, ErrChecksum, *UnknownWordError
//	p.Language(), p.Len(), p.Entropy()     // the phrase itself prints redacted
//	seed := p.Seed("")                     // PBKDF2-HMAC-SHA512, 2048 rounds
//	for _, m := range mnemonic.Find(data) { … m.Start, m.StartLine, m.Phrase … }
//
// # Finding phrases
//
// Find tokenises text once: letters make words (a CJK ideograph is a word
// by itself, so Chinese needs no separators); digits, punctuation, HTML
// tags and backslash escapes separate them; list numbers ("1.", "01)",
// "#3", "1:") are remembered. Consecutive wordlist words whose gaps are
// short (at most 80 bytes and 3 line breaks) form a run. That covers plain
// lines, one word per line, numbered lists, CSV, JSON arrays and strings,
// quoted values in code and config files, markdown tables, HTML lists, CRLF
// files and phrases wrapped across lines, in any case.
//
// # The precision rule
//
// A random sequence of 12 words passes the checksum once in 16 tries, so a
// checksum alone proves little. Find reports a phrase only when:
//
//   - its run is at most 27 words long (24 plus at most 3 neighbours):
//     longer runs are lists — a wordlist embedded in source, a glossary, a
//     word game — and give nothing;
//   - the run is not in wordlist order (an excerpt of the list);
//   - the run is exactly the phrase, or the phrase is the run less at most
//     3 words around it (prose such as "my seed is … and keep it"). The
//     longest valid length wins, and lengths are tried 24, 21, 18, 15, 12.
//     When the run itself has a phrase length but fails its checksum, a
//     shorter window inside it counts only if its edges are clear
//     boundaries (line ends, quotes, brackets, ":" or "=") or a label such
//     as "seed" or "mnemonic" precedes it; when several windows of one
//     length pass, only one with clear edges counts;
//   - numbered words are read in number order (so grids read row by row
//     still validate); unnumbered grids of equal rows are also read column
//     by column.
//
// English phrases written entirely as four-letter prefixes ("aban abil
// able …") are accepted, since it is a real backup habit. One misspelt
// English word whose first four letters still name a list word ("abandn")
// is read as that word when the whole stretch is a phrase length, set off
// from the text around it, and the checksum holds (Match.Corrected); a
// misspelling is what a note of a phrase most often has, and the wallet is
// recovered as easily. No other fuzzy matching is done. Phrases never
// overlap.
//
// # Other schemes
//
// Find also reports, with Phrase.Scheme saying which: Electrum 2.x seeds
// (12 to 25 words of any of Electrum's lists — the BIP-39 English,
// Spanish, Japanese and simplified Chinese lists and its own Portuguese
// one — whose HMAC-SHA512 "Seed version", over the text as Electrum
// normalises it, starts with 01, 100, 101 or 102, typed with or without
// accents; ValidateElectrum), SLIP-39 shares (RS1024 checksum over the
// SLIP-39 list; ValidateSLIP39, with CombineSLIP39 and CheckSLIP39 for
// sets of shares), Monero 25-word seeds in all twelve languages of
// Monero's lists (CRC32 checksum word; ValidateMonero), Monero Polyseed
// 16-word seeds (GF(2048) checksum over the BIP-39 lists;
// ValidatePolyseed) and LND aezeed cipher seeds (version 0 and CRC-32C).
//
// Old Electrum seeds (before 2.0: 12 or 24 words of Electrum's own list,
// no checksum) have a finder of their own, FindElectrumOld, with stricter
// edges; it should be run only where Electrum is named. Schemes lists
// every scheme one phrase satisfies.
//
// # Weak generation
//
// Weakness names patterns that make a valid phrase guessable (one word
// repeated, a repeated byte or block, a counting sequence). SweepMT19937
// sweeps 32-bit seeds for phrases made by libbitcoin-explorer's "bx seed"
// (Milk Sad, CVE-2023-39910) or the Trust Wallet browser extension
// (CVE-2023-31290), both MT19937 seeded with 32 bits: opt-in,
// cancellable, using every CPU.
//
// Public reports the BIP-39 test vectors and the defaults of Hardhat,
// Anvil, Foundry, Ganache and Truffle, which are test data.
package mnemonic
