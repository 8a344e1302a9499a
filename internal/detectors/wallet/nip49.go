package wallet

import (
	"bytes"
	"context"

	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/byteruns"
	"github.com/walletaudit/walletaudit/keystore"
)

// NIP49 finds NIP-49 encrypted Nostr keys in text ("ncryptsec1" and 152
// bech32 characters: client exports, notes, backups) and assesses each
// like a keystore: its scrypt cost and, in a scan's trial pool, the
// passwords attackers try first.
type NIP49 struct{ opts keystore.Options }

// NewNIP49 returns the NIP-49 detector; opts bound its password trials.
func NewNIP49(opts keystore.Options) *NIP49 { return &NIP49{opts: opts} }

// ID implements detect.Detector.
func (*NIP49) ID() string { return "nip49" }

// Keywords implements detect.Detector: every NIP-49 key starts so.
func (*NIP49) Keywords() []string { return []string{"ncryptsec1"} }

// nip49Len is the length of an encrypted key: the prefix, its separator
// and 146 characters of data and 6 of checksum.
const nip49Len = 162

// bech32Char marks bech32's data characters in either case.
var bech32Char = byteruns.Of("qpzry9x8gf2tvdw0s3jn54khce6mua7lQPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")

// nip49Key is how a NIP-49 key is written.
var nip49Key = textKey{
	index:  func(data []byte) int { return byteruns.IndexFold(data, "ncryptsec1") },
	prefix: len("ncryptsec1"), length: nip49Len,
	chars:   &bech32Char,
	inspect: keystore.InspectNIP49,
	public: func(key []byte) string {
		if bytes.EqualFold(key, []byte(nip49Vector)) {
			return "NIP-49 test data"
		}
		return ""
	},
}

// Detect implements detect.Detector.
func (d *NIP49) Detect(ctx context.Context, c *detect.Chunk) []detect.Candidate {
	return nip49Key.detect(ctx, c.Path, c.Data, d.opts)
}

// nip49Vector is the encrypted key of NIP-49's test data
// (github.com/nostr-protocol/nips, 49.md), published with its password.
const nip49Vector = "ncryptsec1qgg9947rlpvqu76pj5ecreduf9jxhselq2nae2kghhvd5g7dgjtcxfqtd67p9m0w57lspw8gsq6yphnm8623nsl8xn9j4jdzz84zm3frztj3z7s35vpzmqf6ksu8r89qk5z2zxfmu5gv8th8wclt0h4p"
