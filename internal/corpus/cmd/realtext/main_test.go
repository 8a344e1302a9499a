package main

import (
	"bytes"
	"compress/gzip"
	"crypto/rand"
	"os"
	"path/filepath"
	"testing"

	"github.com/walletaudit/walletaudit/mnemonic"
)

func TestScanTree(t *testing.T) {
	entropy := make([]byte, 16)
	if _, err := rand.Read(entropy); err != nil {
		t.Fatal(err)
	}
	p, err := mnemonic.FromEntropy(entropy, mnemonic.English)
	if err != nil {
		t.Fatal(err)
	}
	note := []byte("Notes from Tuesday\nRecovery phrase:\n" + p.Reveal() + "\n")
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), note, 0o600); err != nil {
		t.Fatal(err)
	}
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(note)
	zw.Close()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt.gz"), z.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("notes.txt", filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	got, err := scanTree(dir, 1<<20, 2)
	if err != nil {
		t.Fatal(err)
	}
	if got.files != 2 || got.gz != 1 || len(got.hits) != 2 {
		t.Fatalf("files %d, gzip %d, hits %d; want 2, 1, 2", got.files, got.gz, len(got.hits))
	}
	for _, h := range got.hits {
		if h.line != 3 || h.words != 12 || h.public || h.scheme != string(mnemonic.SchemeBIP39) {
			t.Errorf("%s: line %d, %d words, public %t, scheme %s", filepath.Base(h.path), h.line, h.words, h.public, h.scheme)
		}
	}
	if got.hits[0].fingerprint != got.hits[1].fingerprint {
		t.Error("the same phrase has two fingerprints")
	}
}
