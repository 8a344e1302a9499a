package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/internal/hostile"
	"github.com/walletaudit/walletaudit/mnemonic"
)

func TestGateEscapesHostileNamesAndReportsWhatItMissed(t *testing.T) {
	dir := t.TempDir()
	p, err := mnemonic.FromEntropy([]byte("gate-hostile-out"), mnemonic.English)
	require.NoError(t, err)
	name := "x\x1b[2K\rCLEAN\nFAKE\u202e.txt"
	require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte("seed: "+p.Reveal()+"\n"), 0o600))
	// A readable file that is not a zip archive: an item not scanned completely.
	require.NoError(t, os.WriteFile(filepath.Join(dir, "broken.zip"), append([]byte("PK\x03\x04"), bytes.Repeat([]byte{0xff}, 64)...), 0o600))

	sarifPath := filepath.Join(t.TempDir(), "out.sarif")
	var out, errb bytes.Buffer
	// The gate fails (2) on an item it could not read, by default.
	require.Equal(t, 2, run([]string{"-sarif", sarifPath, dir}, &out, &errb), errb.String())
	assert.False(t, hostile.RawControl(out.String()), "raw control character in %q", out.String())
	assert.Contains(t, out.String(), `x\x1b[2K\rCLEAN\nFAKE\u202e.txt`)

	data, err := os.ReadFile(sarifPath)
	require.NoError(t, err)
	var doc struct {
		Runs []struct {
			Invocations []struct {
				ExecutionSuccessful *bool `json:"executionSuccessful"`
				Notes               []struct {
					Level   string `json:"level"`
					Message struct {
						Text string `json:"text"`
					} `json:"message"`
				} `json:"toolExecutionNotifications"`
			} `json:"invocations"`
		} `json:"runs"`
	}
	require.NoError(t, json.Unmarshal(data, &doc))
	inv := doc.Runs[0].Invocations[0]
	require.NotNil(t, inv.ExecutionSuccessful)
	require.Len(t, inv.Notes, 1)
	// An item error (the run is then not successful), or a note where a
	// broken container is scanned as plain bytes instead.
	assert.Contains(t, []string{"error", "note"}, inv.Notes[0].Level)
	assert.Equal(t, inv.Notes[0].Level != "error", *inv.ExecutionSuccessful)
	assert.Contains(t, inv.Notes[0].Message.Text, "broken.zip")
	assert.Contains(t, inv.Notes[0].Message.Text, "not a valid zip archive")
}

func TestGateUsageErrors(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	assert.Equal(t, 2, run([]string{"-sarif", filepath.Join(t.TempDir(), "missing", "out.sarif"), dir}, &out, &errb))
	assert.Contains(t, errb.String(), "-sarif")

	base := filepath.Join(t.TempDir(), "gate-baseline.json")
	require.NoError(t, os.WriteFile(base, []byte(`{"findings": [{"path": "a"}]}`), 0o600))
	errb.Reset()
	assert.Equal(t, 2, run([]string{"-baseline", base, dir}, &out, &errb))
	assert.Contains(t, errb.String(), base)
	assert.Contains(t, errb.String(), "entry 1 of findings has no fingerprint")
}
