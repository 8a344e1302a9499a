package audittest_test

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"testing"

	"github.com/walletaudit/walletaudit/audit"
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
	// audittest: wallet secret in a log record logged at example_test.go:42, message "imported wallet", attribute "phrase": bip39-mnemonic (mnemonic) at a log record:1:52, [12 words, english], fingerprint wa1:jegxsd4dwix74wthkaooy44jqi
	// audittest: wallet secret in a log record logged at example_test.go:42, message "imported wallet", attribute "phrase": canary leaked: phrase at a log record:1:52, fingerprint wa1:a4scr4j6rsszbik6hbzuxb267e
}

func ExampleNoSecretsInError() {
	t := exampleTB{}
	c, _ := audittest.CanaryFromEntropy([]byte("example-entropy!"))
	// The code under test wraps the phrase into the error it returns.
	inner := fmt.Errorf("invalid phrase %q", c.Mnemonic())
	err := errors.Join(errors.New("import failed"), fmt.Errorf("wallet: %w", inner))
	fmt.Println(audittest.NoSecretsInError(t, err, c, audittest.MinSeverity(audit.SeverityHigh)))
	// Output:
	// audittest: wallet secret in an error (*errors.joinError): bip39-mnemonic (mnemonic) at error:2:25, [12 words, english], fingerprint wa1:jegxsd4dwix74wthkaooy44jqi
	// audittest: wallet secret in an error (*errors.joinError): canary leaked: phrase at error:2:25, fingerprint wa1:a4scr4j6rsszbik6hbzuxb267e
	// false
}

func ExampleAcceptKeystores() {
	t := exampleTB{}
	dir, _ := os.MkdirTemp("", "wallet")
	defer os.RemoveAll(dir)
	// A wallet that stores only an encrypted keystore with a costly KDF
	// accepts it; anything else in dir still fails.
	fmt.Println(audittest.NoSecretsInDir(t, dir, audittest.AcceptKeystores(1000)))
	// Output: true
}

func ExampleWriter() {
	t := exampleTB{}
	w := audittest.Writer(t)
	fmt.Fprintln(w, "starting signer on :8545")
	fmt.Println("no failure")
	// Output: no failure
}
