package audit_test

import (
	"bytes"
	"context"
	"fmt"

	"github.com/walletaudit/walletaudit/audit"
)

// The first BIP-39 test vector: public, so it is reported with severity
// info rather than as an exposed wallet.
const exampleText = "mnemonic: abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about\n"

// Scan some bytes and print what was found: the rule, where, and the
// secret's redacted form; a finding never holds the words in clear.
func ExampleScanner_Collect() {
	s := audit.New(audit.Options{})
	fs, sum, err := s.Collect(context.Background(), audit.Bytes("notes.txt", []byte(exampleText)))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range fs {
		fmt.Println(f.Rule, f.Severity, f.Location.Path, f.Location.Line, f.Public)
	}
	fmt.Println(sum.Findings, "finding")
	// Output:
	// bip39-mnemonic info notes.txt 1 true
	// 1 finding
}

// Findings come one at a time through Scan, for reports that stream.
func ExampleScanner_Scan() {
	s := audit.New(audit.Options{})
	for f, err := range s.Scan(context.Background(), audit.Bytes("notes.txt", []byte(exampleText))) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(f.Rule, f.Kind)
	}
	// Output:
	// bip39-mnemonic mnemonic
}

// A baseline records the findings accepted today, by fingerprint, so a
// later scan reports only new ones.
func ExampleNewBaseline() {
	s := audit.New(audit.Options{})
	src := audit.Bytes("notes.txt", []byte(exampleText))
	fs, _, _ := s.Collect(context.Background(), src)

	var file bytes.Buffer
	if err := audit.NewBaseline(fs).Write(&file); err != nil {
		fmt.Println(err)
		return
	}
	b, err := audit.ReadBaseline(&file)
	if err != nil {
		fmt.Println(err)
		return
	}
	fs, sum, _ := audit.New(audit.Options{Baseline: b}).Collect(context.Background(), src)
	fmt.Println(b.Len(), len(fs), sum.Baselined)
	// Output:
	// 1 0 1
}

// Severity names from a command line.
func ExampleParseSeverity() {
	sev, err := audit.ParseSeverity("HIGH")
	fmt.Println(sev, err)
	_, err = audit.ParseSeverity("urgent")
	fmt.Println(err != nil)
	// Output:
	// high <nil>
	// true
}
