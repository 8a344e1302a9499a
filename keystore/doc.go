// Package keystore recognises wallet files and keystores by their content,
// measures how well they protect the keys they hold, and estimates what it
// would cost an attacker to open them.
//
// # Entry points
//
//	a, err := keystore.Open(ctx, "UTC--2024-…--0x…", keystore.Options{})
//	if errors.Is(err, keystore.ErrNotKeystore) { … }
//	fmt.Println(a.Format, a.Encrypted, a.KDF, a.KDFParams, a.Rating, a.WeakPassword)
//
// Open reads a file on disk (read-only, bounded); Inspect does the same for
// bytes already in memory and InspectReader for an io.ReaderAt (large
// wallet databases are scanned in windows, never loaded whole). Parse only
// recognises and measures: it tries no password.
//
// # Formats
//
// Ethereum Web3 Secret Storage (v3, and v1) with scrypt or PBKDF2; EIP-2335
// BLS validator keystores and EIP-2386 walletstores (the encrypted seed of
// an Ethereum 2 HD wallet, as ethdo writes it); Ethereum presale wallets; Solana CLI keypairs;
// Electrum wallet files (plain, field-encrypted and whole-file BIE1);
// MetaMask-style vaults ({data, iv, salt} with or without keyMetadata);
// Bitcoin Core wallet.dat (Berkeley DB and SQLite, read as bytes without a
// database library); Polkadot{.js} JSON exports; Core Lightning hsm_secret;
// Exodus SECO containers; Wasabi wallet files; encrypted Bitwarden
// exports (password-protected: PBKDF2 or Argon2id; account-restricted). The file name adds evidence
// only where content cannot (a 32-byte hsm_secret is just 32 bytes).
//
// # Cost model
//
// An Assessment turns the KDF and its parameters into password guesses per
// second on one current high-end GPU (RTX 4090), from public hashcat
// benchmark figures cited in cost.go, and into the time to exhaust common
// password spaces. Rating classes the protection like a finding severity:
// critical (no encryption, or a common password opens it), high (a large
// wordlist with rules falls within one GPU-year), medium, low.
//
// # Password trials
//
// Inspect tries a short built-in list of the passwords attackers try first
// (see CommonPasswords), plus the caller's and a few taken from the file
// itself, where one guess can be checked offline without decrypting a key
// (the v3 MAC, the EIP-2335 checksum, the AES-GCM tag of a vault, the
// padding of a Bitcoin Core master key, …). Trials are bounded by a time
// budget and a count, run concurrently and honour the context. An
// Assessment says only whether a password worked, never which one, and no
// decrypted key ever leaves the package.
//
// Nothing is ever written, and no input, however hostile, makes the
// package panic or allocate beyond its documented limits.
package keystore
