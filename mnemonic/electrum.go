package mnemonic

import (
	"crypto/hmac"
	"crypto/sha512"
	"encoding/hex"
	"strings"

	"golang.org/x/crypto/pbkdf2"
)

// Schemes a Phrase can follow.
const (
	SchemeBIP39             = "bip39"
	SchemeElectrumStandard  = "electrum-standard"
	SchemeElectrumSegwit    = "electrum-segwit"
	SchemeElectrum2FA       = "electrum-2fa"
	SchemeElectrum2FASegwit = "electrum-2fa-segwit"
)

// electrumPrefixes are the version prefixes of Electrum 2.x seeds: the
// hex of HMAC-SHA512(key "Seed version", normalised seed) starts with
// them (spesmilo/electrum version.py: SEED_PREFIX, SEED_PREFIX_SW,
// SEED_PREFIX_2FA, SEED_PREFIX_2FA_SW).
var electrumPrefixes = []struct{ prefix, scheme string }{
	{"100", SchemeElectrumSegwit},
	{"101", SchemeElectrum2FA},
	{"102", SchemeElectrum2FASegwit},
	{"01", SchemeElectrumStandard},
}

// electrumScheme returns the Electrum seed type of a normalised English
// phrase, or "". A random phrase matches by chance once in 256 (standard)
// or 4096 (the others).
func electrumScheme(normalized string) string {
	m := hmac.New(sha512.New, []byte("Seed version"))
	m.Write([]byte(normalized))
	h := hex.EncodeToString(m.Sum(nil)[:2])
	for _, p := range electrumPrefixes {
		if strings.HasPrefix(h, p.prefix) {
			return p.scheme
		}
	}
	return ""
}

// ValidateElectrum checks an Electrum 2.x seed (words of the English list,
// any case and spacing) and returns it with its scheme.
func ValidateElectrum(seed string) (Phrase, error) {
	fields := strings.Fields(strings.ToLower(seed))
	if len(fields) < 12 || len(fields) > 24 {
		return Phrase{}, ErrWordCount
	}
	t := data()
	idx := make([]uint16, len(fields))
	for i, f := range fields {
		e := t.lookup[f]
		if e == nil || e.mask&1 == 0 {
			return Phrase{}, &UnknownWordError{Index: i}
		}
		idx[i] = e.idx[0]
	}
	scheme := electrumScheme(strings.Join(fields, " "))
	if scheme == "" {
		return Phrase{}, ErrChecksum
	}
	return Phrase{lang: English, indices: idx, scheme: scheme}, nil
}

// Scheme returns the phrase's seed scheme: SchemeBIP39 or one of the
// Electrum schemes.
func (p Phrase) Scheme() string {
	if p.scheme == "" {
		return SchemeBIP39
	}
	return p.scheme
}

// electrumSeed derives an Electrum 2.x seed: PBKDF2-HMAC-SHA512 with salt
// "electrum"+passphrase, 2048 rounds.
func (p Phrase) electrumSeed(passphrase string) []byte {
	return pbkdf2.Key([]byte(p.Normalized()), []byte("electrum"+strings.ToLower(passphrase)), 2048, 64, sha512.New)
}
