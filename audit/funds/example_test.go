package funds_test

import (
	"fmt"

	"github.com/walletaudit/walletaudit/audit/funds"
)

// Descriptors sent to Bitcoin Core carry their BIP-380 checksum.
func ExampleWithChecksum() {
	fmt.Println(funds.WithChecksum("raw(deadbeef)"))
	// Output: raw(deadbeef)#89f8spxm
}

// An endpoint is shown by its scheme and host only: no credentials, no
// path (some providers put an API key there).
func ExampleRedact() {
	fmt.Println(funds.Redact("https://user:secret@node.example:8545/v3/KEY"))
	// Output: https://node.example:8545
}

// A Checker asks only the endpoints named in its Config; the zero Config
// asks nothing.
func ExampleNew() {
	c, err := funds.New(funds.Config{Bitcoin: "http://127.0.0.1:8332", BitcoinAuth: "user:password"})
	fmt.Println(c != nil, err, funds.Config{}.Enabled())
	// Output: true <nil> false
}
