package keystore_test

import (
	"context"
	"fmt"

	"github.com/walletaudit/walletaudit/keystore"
)

func ExampleInspect() {
	// A Core Lightning node secret stored in the clear (32 raw bytes; all
	// zero here, for the example).
	a, err := keystore.Inspect(context.Background(), "hsm_secret", make([]byte, 32), keystore.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Format, a.Encrypted, a.Strength)
	// Output:
	// lightning-hsm-secret false none
}
