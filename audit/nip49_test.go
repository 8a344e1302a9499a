package audit

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNIP49EndToEnd: a NIP-49 encrypted Nostr key in a note is a
// finding of the built-in detectors, assessed as a keystore, and its
// string appears in no output. NIP-49's test data (github.com/
// nostr-protocol/nips, 49.md) is reported as public.
func TestNIP49EndToEnd(t *testing.T) {
	const vector = "ncryptsec1qgg9947rlpvqu76pj5ecreduf9jxhselq2nae2kghhvd5g7dgjtcxfqtd67p9m0w57lspw8gsq6yphnm8623nsl8xn9j4jdzz84zm3frztj3z7s35vpzmqf6ksu8r89qk5z2zxfmu5gv8th8wclt0h4p"
	fs, _ := collect(t, New(Options{Trials: TrialsOff}), Bytes("notes/nostr.txt", []byte("my nostr key, encrypted:\n"+vector+"\n")))
	require.Len(t, fs, 1)
	f := fs[0]
	assert.Equal(t, "nip49-encrypted-key", f.Rule)
	assert.Equal(t, "NIP-49 encrypted Nostr private key", f.RuleTitle)
	assert.Equal(t, KindKeystore, f.Kind)
	assert.Equal(t, 2, f.Location.Line)
	assert.True(t, f.Public)
	require.NotNil(t, f.Protection)
	assert.Equal(t, "scrypt", f.Protection.KDF)
	assert.Equal(t, "n=65536 r=8 p=1", f.Protection.KDFParams)
	out, err := json.Marshal(f)
	require.NoError(t, err)
	assert.NotContains(t, strings.ToLower(string(out)), vector[10:60])
}
