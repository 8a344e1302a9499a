package keystore_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/walletaudit/walletaudit/keystore"
)

func ExampleParse() {
	// A Core Lightning node secret stored in the clear is 32 raw bytes;
	// only its name tells it apart from any other 32 bytes.
	a, err := keystore.Parse("hsm_secret", make([]byte, 32))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Format, a.Encrypted, a.Rating)
	// Output:
	// lightning-hsm-secret false critical
}

func ExampleInspect() {
	// A MetaMask vault with the legacy 10,000 PBKDF2 iterations (this one
	// is made of zero bytes and opens with no password).
	vault := []byte(`{"data":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","iv":"AAAAAAAAAAAAAAAAAAAAAA==","salt":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="}`)
	a, err := keystore.Inspect(context.Background(), "vault.json", vault, keystore.Options{NoTrials: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Format, a.KDF, a.KDFParams, a.Strength, a.Rating)
	for _, e := range a.Exhaust {
		if e.Space == keystore.SpaceWordlist {
			fmt.Println("10^12 guesses on one GPU:", e.Human)
		}
	}
	// Output:
	// metamask-vault pbkdf2-sha256 c=10000 weak high
	// 10^12 guesses on one GPU: about 13 days
}

func ExampleOpen() {
	dir, _ := os.MkdirTemp("", "keystore-example")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "notes.txt")
	_ = os.WriteFile(path, []byte("not a wallet"), 0o600)

	_, err := keystore.Open(context.Background(), path, keystore.Options{})
	fmt.Println(errors.Is(err, keystore.ErrNotKeystore))
	// Output:
	// true
}

func ExampleExhaustTimes() {
	// geth's standard scrypt (n=2^18, r=8, p=1): about 22 guesses per
	// second on one RTX 4090.
	for _, e := range keystore.ExhaustTimes(22) {
		fmt.Printf("%s: %s\n", e.Space, e.Human)
	}
	// Output:
	// 6 lower-case letters: about 160 days
	// wordlist × rules (10^12): about 1,400 years
	// 8 letters and digits: about 310,000 years
	// 4 diceware words: about 5.3 million years
	// 8 printable ASCII: about 9.6 million years
	// 10 letters and digits: about 1.2 billion years
}

// Binary formats (wallet databases, raw secrets) are reported as whole
// files; text formats by the span of their content.
func ExampleFormat_Binary() {
	fmt.Println(keystore.BitcoinCore.Binary(), keystore.EthereumV3.Binary())
	// Output: true false
}
