package audit_test

import (
	"context"
	"fmt"

	"github.com/walletaudit/walletaudit/audit"
)

// A tool that writes its report inside the tree it scans leaves the
// report out of the walk.
func ExampleDirExcept() {
	src := audit.DirExcept(".", "results.sarif", "walletaudit-baseline.json")
	_, sum, err := audit.New(audit.Options{}).Collect(context.Background(), src)
	fmt.Println(err == nil, sum.Findings >= 0)
}
