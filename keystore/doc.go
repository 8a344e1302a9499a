// Package keystore recognises wallet files and keystores by their content,
// measures how well they protect the keys they hold, and estimates what it
// would cost an attacker to open them.
//
//	a, err := keystore.Inspect(ctx, "UTC--2024…", data, keystore.Options{})
//	if errors.Is(err, keystore.ErrNotKeystore) { … }
//	fmt.Println(a.Format, a.Encrypted, a.KDF, a.KDFParams, a.GuessesPerSecond, a.WeakPassword)
//
// Formats: Ethereum Web3 Secret Storage v3 (scrypt and PBKDF2), EIP-2335
// BLS keystores, Solana CLI keypairs, Electrum wallet files (plain,
// field-encrypted and whole-file BIE1), MetaMask-style vaults (standalone
// or embedded as a JSON string), Bitcoin Core wallet.dat (Berkeley DB and
// SQLite, found by record names without a database library), Polkadot{.js}
// JSON, and Core Lightning hsm_secret.
//
// The cost model turns the KDF and its parameters into password guesses per
// second on one current high-end GPU, from public hashcat benchmark figures
// (see cost.go), and into the time to exhaust common password spaces.
//
// Inspect may try a short built-in list of the passwords attackers try
// first, within a time budget, where the format allows checking a password
// offline (Ethereum v3, EIP-2335, MetaMask). It reports only whether one
// worked, never which, and never decrypts a key for any other purpose.
// Nothing is ever written.
package keystore
