package audittest_test

import (
	"fmt"
	"log/slog"
	"testing"

	"github.com/walletaudit/walletaudit/audit/audittest"
)

// exampleTB stands in for the *testing.T of a real test.
type exampleTB struct{ testing.TB }

func (exampleTB) Helper()                           {}
func (exampleTB) Errorf(format string, args ...any) { fmt.Printf(format+"\n", args...) }

func ExampleNoSecretsInString() {
	t := exampleTB{}
	// In a test: audittest.NoSecretsInString(t, "app.log", logs.String())
	ok := audittest.NoSecretsInString(t, "app.log", "level=info msg=\"wallet unlocked\"\n")
	fmt.Println(ok)
	// Output: true
}

func ExampleCanary() {
	t := exampleTB{}
	c, _ := audittest.CanaryFromEntropy([]byte("example-entropy!"))
	// Hand c.Mnemonic() to the code under test, then check its outputs.
	leaky := fmt.Sprintf("debug: seed=%x\n", c.Seed())
	c.AssertAbsent(t, []byte(leaky))
	// Output: audittest: canary leaked: seed in hex
}

func ExampleHandler() {
	t := exampleTB{}
	c, _ := audittest.CanaryFromEntropy([]byte("example-entropy!"))
	log := slog.New(audittest.Handler(t, nil, c))
	log.Info("imported wallet", "words", 12) // fine
	log.Debug("imported wallet", "phrase", c.Mnemonic())
	// Output:
	// audittest: wallet secret in a log record: bip39-mnemonic (mnemonic) at a log record:1:52, [12 words, english], fingerprint wa1:jegxsd4dwix74wthkaooy44jqi
	// audittest: canary leaked: phrase
}

func ExampleWriter() {
	t := exampleTB{}
	w := audittest.Writer(t)
	fmt.Fprintln(w, "starting signer on :8545")
	fmt.Println("no failure")
	// Output: no failure
}
