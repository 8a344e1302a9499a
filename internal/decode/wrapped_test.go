package decode

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wrapAt cuts each line of text longer than width into lines of width,
// as a terminal pane's capture without joining (tmux capture-pane
// without -J) has them.
func wrapAt(text string, width int) string {
	var b strings.Builder
	for _, line := range strings.SplitAfter(text, "\n") {
		body := strings.TrimSuffix(line, "\n")
		for len(body) > width {
			b.WriteString(body[:width] + "\n")
			body = body[width:]
		}
		b.WriteString(body)
		if strings.HasSuffix(line, "\n") {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// TestWrappedViews: a terminal's capture hard-wrapped at its width, lines
// cut inside words (corpus 241: a seed phrase in a 60-column pane, a
// keystore's one line of JSON in a 120-column one), is read with each
// line that fills the width joined to the next, a view line each, mapped
// to its lines; text whose widest lines end in punctuation, or fill the
// width with base64 alone, or are one, gives no such view.
func TestWrappedViews(t *testing.T) {
	words := "delay vacant filter pave chalk sand foil celery early choose balcony judge"
	phrase := wrapAt("$ solana-keygen new --no-outfile\nGenerating a new keypair\n\nSave this seed phrase and your BIP39 passphrase to recover your new keypair:\n"+
		words+" delay vacant filter pave chalk sand foil celery early choose balcony judge\n"+strings.Repeat("=", 60)+"\n", 60)
	got := viewsOf(phrase, "unwrapped")
	require.Len(t, got, 1)
	assert.Contains(t, string(got[0].Data), "Save this seed phrase and your BIP39 passphrase to recover your new keypair:\n")
	assert.Contains(t, string(got[0].Data), words+" delay")
	lines := strings.Split(strings.TrimSuffix(string(got[0].Data), "\n"), "\n")
	require.Len(t, got[0].Cells, len(lines))
	for i, c := range got[0].Cells {
		assert.Equal(t, lines[i], strings.ReplaceAll(phrase[c[0]:c[1]], "\n", ""), "line %d is its lines joined", i)
	}

	keystore := `{"address":"008aeeda4d805471df9b2a5b0f38a0c3bcba786b","crypto":{"cipher":"aes-128-ctr","ciphertext":"5318b4d5bcd28de64ee5559e671353e16f075ecae9f99c7a79a38af5f869aa46","cipherparams":{"iv":"6087dab2f9fdbbfaddc31a909735c1e6"},"kdf":"scrypt","kdfparams":{"dklen":32,"n":262144,"p":1,"r":8,"salt":"ae3cd4e7013836a3df6bd7241b12db061dbe2c6785853cce422d148a624ce0bd"},"mac":"517ead924a9d0dc3124507e3393d175ce3ff7c1e96529c6c555ce9e51205e9b2"},"id":"3198bc9c-6672-5ab3-d995-4942343ae5b6","version":3}`
	capture := wrapAt("eth@node02:~$ cat .ethereum/keystore/UTC--2024\n"+keystore+"\neth@node02:~$ exit\n", 120)
	got = viewsOf(capture, "unwrapped")
	require.Len(t, got, 1)
	assert.Equal(t, keystore+"\n", string(got[0].Data))
	assert.Equal(t, strings.Index(capture, `{"address"`), got[0].Cells[0][0])

	for name, text := range map[string]string{
		"sentences' ends": strings.Repeat("The quick brown fox jumps over a lazy dog, runs far away.\n", 3),
		"base64 lines":    "-----BEGIN CERTIFICATE-----\n" + strings.Repeat(strings.Repeat("QUJD", 16)+"\n", 4) + "-----END CERTIFICATE-----\n",
		"one wide line":   "short\n" + strings.Repeat("x", 80) + "\nshort\n",
		"too narrow":      wrapAt(strings.Repeat("abcdefghij", 10)+"\n", 20),
		// Two lines of one width by chance, the second's end before
		// the next line's words (corpus 162's log of a command).
		"two lines of one width": "[2024-03-04 10:22:13] operator=jk ticket=SEC-77 reason=\"restore the wallet\"\n$ gcloud secrets versions access latest --secret=fee-wallet --project=acmes\nagain wide mail sand\n$ ls\n",
		// A TLS key log: records of one width, each a hex secret's end
		// before the next record's label (corpus 182).
		"records of one width": strings.Repeat("CLIENT_RANDOM "+strings.Repeat("ab12", 16)+" "+strings.Repeat("cd34", 24)+"\n", 5) + "CLIENT_RANDOM " + strings.Repeat("ab12", 16) + "\n",
	} {
		assert.Empty(t, viewsOf(text, "unwrapped"), name)
	}
}
