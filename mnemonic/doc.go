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
//	p.Language(), p.Len(), p.RevealEntropy()     // the phrase itself prints redacted
//	seed := p.Seed("")                     // PBKDF2-HMAC-SHA512, 2048 rounds
//	for _, m := range mnemonic.Find(data) { … m.Start, m.StartLine, m.Phrase … }
//
// # Finding phrases
//
// Find works in stages, a file each. Markup and RTF are first read as
// they show (markup.go, rtf.go): a plain copy in which paragraphs and
// line breaks of HTML and office XML are line breaks, comments and
// multi-word attribute values text, entities and RTF escapes their
// characters and RTF control words nothing; phrases found in it are
// reported at the original's offsets. Tokenising (tokenize.go): letters
// make words (a CJK ideograph is a word by itself, so Chinese needs no
// separators); digits, punctuation, HTML tags and backslash escapes
// separate them; list numbers ("1.", "01)", "#3", "| 1 |") are
// remembered, and so is where each word stands in its line and whether a
// blank line comes before it. Consecutive wordlist words with short gaps
// (at most 80 bytes and 3 line breaks) form a run; any other word ends it.
//
// Candidates (candidates.go): a run is examined as a whole, as each of
// its blocks between blank lines, and without a line it enters after a
// sentence or leaves before one, so a phrase noted under a paragraph of
// prose is not glued to the paragraph's last words. Within such a unit
// the readings are: the numbered words in number order, the unit itself,
// grids read by columns, the schemes with lengths of their own, and
// windows of 24, 21, 18, 15 and 12 words.
//
// Edges (edges.go): a phrase must be set off from the text before it: it
// starts a line, a quoted string, a list item or a value (after ":" or
// "="), a label such as "seed", "mnemonic", "frase" or "助记词" precedes it,
// or it fills its line but for one word in front ("ledger <phrase>").
//
// Decision (decide.go): a random sequence of 12 words passes the checksum
// once in 16 tries, so a checksum alone proves little. Each reading that
// passes is weighed in bits of evidence: the checksum's strength (4 bits
// for 12 BIP-39 words, 8 for 24, 30 for SLIP-39), +6 when it is a whole
// unit, +4 when its words are numbered 1..n, −1 for every list word of the
// unit it leaves out, +1 for clear edges and +1 for a label; the
// strongest reading of a unit wins, and of overlapping units the
// strongest again. Vetoes, each with its reason beside it in the code:
//
//   - runs longer than 40 words that no punctuation or line structure
//     splits are lists (a wordlist in source, a glossary, a word game);
//   - words in wordlist order, or sorted but for one step, are an excerpt
//     of a list; a window cut out of a longer stretch with 8 words in
//     order is the edge of one (a whole unit may have 8 in order: one
//     random 12-word phrase in 8,500 does);
//   - a window with more than 3 list words around it needs clear edges;
//     when the unit has a phrase length but fails, a shorter window needs
//     punctuation or a label to mark it off, or to be whole lines shaped
//     apart from the unit's others (a phrase on its line beside a short
//     line of list words such as "Keep this safe");
//   - words separated in varied ways (code: "start: 0, end: 1000") or by
//     sentence ends are not a phrase; nor is one word over and over.
//
// English phrases written entirely as four-letter prefixes ("aban abil
// able …") are accepted, since it is a real backup habit. One misspelt
// word whose first four letters still name a list word ("abandn", or
// "métodq" for Spanish "método") is read as that word when the whole
// stretch is a phrase length, set off from the text around it, and the
// checksum holds (Match.Corrected); this is done for English, Spanish,
// French, Italian, Czech and Portuguese, whose lists tell their words
// apart by four letters (accents removed), and never for a label word
// ("mnemonic", "words") before the phrase. A misspelling is what a note
// of a phrase most often has, and the wallet is recovered as easily. Spanish and French words typed without their
// accents ("abaco" for "ábaco") are the listed words, as the BIP-39 notes
// on both lists have it. No other fuzzy matching is done. Phrases never
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
