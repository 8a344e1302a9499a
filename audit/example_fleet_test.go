package audit_test

import (
	"context"
	"fmt"

	"github.com/walletaudit/walletaudit/audit"
)

// Shard splits one tree across machines: machine i of n scans the items
// whose path hashes to i, and the n reports together cover the tree once.
func ExampleShard() {
	const i, n = 2, 8 // from JOB_COMPLETION_INDEX or a CI matrix
	src := audit.Shard(audit.Dir("/srv/data"), i, n)
	_, err := audit.New(audit.Options{}).Run(context.Background(), func(f audit.Finding) error {
		fmt.Println(f.Location, f.Secret.Fingerprint())
		return nil
	}, src)
	_ = err
}

// Distinct scans a machine's overlapping sources with each file once.
func ExampleDistinct() {
	root, home := "/mnt/image", "/mnt/image/home/alice"
	src := audit.Distinct(audit.Host(root), audit.History(home), audit.Dir(root))
	sum, err := audit.New(audit.Options{}).Run(context.Background(), func(audit.Finding) error { return nil }, src)
	if err == nil {
		fmt.Println(sum.FilesScanned, "files, each once")
	}
}
