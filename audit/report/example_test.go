package report_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/walletaudit/walletaudit/audit"
	"github.com/walletaudit/walletaudit/audit/report"
)

// exampleFindings scans a line holding the first BIP-39 test vector.
func exampleFindings() ([]audit.Finding, audit.Summary) {
	text := "mnemonic: abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about\n"
	fs, sum, _ := audit.New(audit.Options{}).Collect(context.Background(), audit.Bytes("notes.txt", []byte(text)))
	return fs, sum
}

// Write findings in a named format: Add each finding, then Close with the
// summary. The secret appears only by its redacted form and fingerprint.
func ExampleNew() {
	fs, sum := exampleFindings()
	var out bytes.Buffer
	w, err := report.New("jsonl", &out, report.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range fs {
		if err := w.Add(f); err != nil {
			fmt.Println(err)
			return
		}
	}
	if err := w.Close(sum); err != nil {
		fmt.Println(err)
		return
	}
	// One line per finding, then the summary line.
	fmt.Println(strings.Count(out.String(), "\n"), "lines")
	fmt.Println("words shown:", strings.Contains(out.String(), "abandon"))
	// Output:
	// 2 lines
	// words shown: false
}

// The formats New accepts.
func ExampleFormats() {
	fmt.Println(report.Formats())
	// Output:
	// [text json jsonl sarif]
}

// Text taken from a scanned file is escaped before it goes into a
// Markdown table cell, so a file name cannot inject markup.
func ExampleEscapeMarkdown() {
	fmt.Println(report.EscapeMarkdown("a|b *c*"))
	// Output: a\|b \*c\*
}
