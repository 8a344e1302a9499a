package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit"
)

// A key made for these tests (SHA-256 of "walletaudit: a key made for its
// own tests", as an uncompressed WIF): not in the list of published test
// keys the scanner knows, so it is reported as a live key. (The Bitcoin
// wiki's WIF example, used before, is published, so it is public.)
const gateWIF = "5JZN3Hboyo977aaUF2KzRmqrVcZEFAL7HPbn4VibDo1rLwss5gZ"

func write(t *testing.T, dir, name, text string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
	require.NoError(t, os.WriteFile(p, []byte(text), 0o600))
}

func gate(t *testing.T, args ...string) (int, string) {
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String() + errb.String()
}

func TestGateBaselineByPathAndOwnFiles(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "config/wallet.txt", "import key "+gateWIF+"\n")
	base := filepath.Join(dir, "walletaudit-baseline.json")
	all, _, err := audit.New(audit.Options{}).Collect(t.Context(), audit.Dir(dir))
	require.NoError(t, err)
	require.NotEmpty(t, all)
	// A baseline whose reason quotes the key (or a JSON report written
	// with -show-secrets, which a baseline may be) holds the secret: the
	// gate does not report its own baseline.
	write(t, dir, "walletaudit-baseline.json", `{"version": "1", "findings": [{"fingerprint": "`+all[0].Secret.Fingerprint()+
		`", "path": "`+all[0].Location.Path+`", "reason": "old test key `+gateWIF+`"}]}`)
	sarif := filepath.Join(dir, "results.sarif")

	code, out := gate(t, "-baseline", base, "-sarif", sarif, dir)
	assert.Equal(t, 0, code, out)

	// The known key copied into a new file is new for the gate...
	write(t, dir, "src/deploy.txt", "key "+gateWIF+"\n")
	code, out = gate(t, "-baseline", base, "-sarif", sarif, dir)
	assert.Equal(t, 1, code, out)
	assert.Contains(t, out, "src/deploy.txt")
	assert.NotContains(t, out, "config/wallet.txt")
	// ...unless the baseline matches by fingerprint alone.
	code, out = gate(t, "-baseline", base, "-fingerprint-only", "-sarif", sarif, dir)
	assert.Equal(t, 0, code, out)

	sarifData, err := os.ReadFile(sarif)
	require.NoError(t, err)
	assert.NotContains(t, string(sarifData), gateWIF)
}

// The gate scores as scan does: a key stored in two files is raised by
// audit.Spread in both.
func TestGateAppliesSpread(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a/notes.txt", "backup key "+gateWIF+"\n")
	write(t, dir, "b/notes.txt", "backup key "+gateWIF+"\n")
	all, _, err := audit.New(audit.Options{}).Collect(t.Context(), audit.Dir(dir))
	require.NoError(t, err)
	require.Len(t, all, 2)
	assert.Equal(t, "2", all[0].Details["occurrences"])
	code, out := gate(t, "-min-severity", "low", dir)
	assert.Equal(t, 1, code)
	for _, f := range all {
		assert.Contains(t, out, "NEW "+string(f.Severity)+" ")
	}
}

// -min-severity info makes published test secrets fail the gate too.
func TestGateMinSeverityInfo(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "hardhat.config.js", `mnemonic: "test test test test test test test test test test test junk"`+"\n")
	code, out := gate(t, dir)
	assert.Equal(t, 0, code, out)
	code, out = gate(t, "-min-severity", "info", dir)
	assert.Equal(t, 1, code, out)
	assert.True(t, strings.Contains(out, "NEW info"), out)
}

// The gate leaves its own output out of the walk: a SARIF file inside
// the scanned tree that nobody may read is neither scanned nor recorded
// as an error, and is not counted as a scanned file.
func TestGateNeverReadsItsOutput(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "src/main.txt", "nothing here\n")
	sarif := filepath.Join(dir, "results.sarif")
	require.NoError(t, os.WriteFile(sarif, nil, 0o200))
	t.Chdir(dir)
	code, out := gate(t, "-fail-on-unreadable", "-sarif", "results.sarif", ".")
	assert.Equal(t, 0, code, out)
	assert.Contains(t, out, "ci-gate: 1 files, 0 findings")
	assert.Contains(t, out, "0 skipped, 0 not scanned completely")
}
