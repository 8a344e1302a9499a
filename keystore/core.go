package keystore

import (
	"bytes"
	"context"
	"crypto/aes"
	"crypto/sha512"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Bitcoin Core wallet.dat, Berkeley DB (legacy) or SQLite (descriptor
// wallets), read as bytes: records are found by their serialised type
// names (a length byte and the name), which both containers store as they
// are. No database library is used and nothing is ever written.

var (
	bdbMagicLE   = []byte{0x62, 0x31, 0x05, 0x00}
	bdbMagicBE   = []byte{0x00, 0x05, 0x31, 0x62}
	sqliteHeader = []byte("SQLite format 3\x00")
)

// isDatabase reports a Berkeley DB btree file (magic 0x00053162 at offset
// 12, either byte order) or an SQLite 3 file.
func isDatabase(head []byte) bool {
	if bytes.HasPrefix(head, sqliteHeader) {
		return true
	}
	return len(head) >= 16 && (bytes.Equal(head[12:16], bdbMagicLE) || bytes.Equal(head[12:16], bdbMagicBE))
}

// coreNetworks maps the SQLite application_id (header offset 68) of a
// descriptor wallet to its network (the network message start bytes).
var coreNetworks = map[uint32]string{
	0xF9BEB4D9: "mainnet", 0x0B110907: "testnet", 0x1C163F28: "testnet", 0x0A03CF40: "signet", 0xFABFB5DA: "regtest",
}

// coreAnchor is a record type name as serialised in a key.
type coreAnchor struct {
	name      []byte
	encrypted bool
	pubkey    bool // the name is followed by a serialised public key
}

var coreAnchors = [...]coreAnchor{
	{[]byte("\x04mkey"), true, false},
	{[]byte("\x04ckey"), true, true},
	{[]byte("\x14walletdescriptorckey"), true, false},
	{[]byte("\x03key"), false, true},
	{[]byte("\x04wkey"), false, true},
	{[]byte("\x13walletdescriptorkey"), false, false},
}

// masterKey is a CMasterKey record value.
type masterKey struct {
	crypted    []byte // 48 bytes
	salt       []byte // 8 bytes
	method     uint32
	iterations uint32
}

// coreScan is what a scan of the file finds.
type coreScan struct {
	counts [len(coreAnchors)]int
	mkey   *masterKey
	first  []byte // the first key record, to identify the file
}

const (
	coreWindow  = 1 << 20
	coreOverlap = 1 << 10
)

// scanCore reads r in windows and counts the records.
func scanCore(ctx context.Context, r io.ReaderAt, size int64) (*coreScan, error) {
	s := &coreScan{}
	buf := make([]byte, coreWindow+2*coreOverlap)
	for off := int64(0); off < size; off += coreWindow {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		start := max(off-coreOverlap, 0)
		end := min(off+coreWindow+coreOverlap, size)
		b := buf[:end-start]
		n, err := r.ReadAt(b, start)
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, err
		}
		b = b[:n]
		own0, own1 := int(off-start), int(min(off+coreWindow, size)-start)
		for ai, an := range coreAnchors {
			for i := 0; ; {
				k := bytes.Index(b[i:], an.name)
				if k < 0 {
					break
				}
				p := i + k
				i = p + 1
				if p < own0 || p >= own1 {
					continue
				}
				q := p + len(an.name)
				if an.pubkey && (q >= len(b) || (b[q] != 0x21 && b[q] != 0x41)) {
					continue
				}
				s.counts[ai]++
				if ai == 0 && s.mkey == nil {
					s.mkey = findMasterKey(b[max(p-512, 0):min(p+512, len(b))])
				}
				if s.first == nil && ai > 0 {
					s.first = bytes.Clone(b[p:min(p+len(an.name)+66, len(b))])
				}
			}
		}
	}
	if s.counts[0] > 0 && s.mkey == nil {
		// The record value may sit far from its key on a page: look
		// everywhere, bounded by the same windows.
		for off := int64(0); off < size && s.mkey == nil; off += coreWindow {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			end := min(off+coreWindow+coreOverlap, size)
			b := buf[:end-off]
			n, _ := r.ReadAt(b, off)
			s.mkey = findMasterKey(b[:n])
		}
	}
	return s, nil
}

// findMasterKey finds a serialised CMasterKey: vchCryptedKey (compact size
// 0x30 and 48 bytes), vchSalt (0x08 and 8 bytes), nDerivationMethod (u32
// LE, 0 = SHA-512, 1 reserved for scrypt), nDeriveIterations (u32 LE).
func findMasterKey(b []byte) *masterKey {
	for i := 0; i+66 <= len(b); i++ {
		if b[i] != 0x30 || b[i+49] != 0x08 {
			continue
		}
		method := binary.LittleEndian.Uint32(b[i+58 : i+62])
		iter := binary.LittleEndian.Uint32(b[i+62 : i+66])
		if method <= 1 && iter >= 1 && iter < 1<<31 {
			return &masterKey{crypted: bytes.Clone(b[i+1 : i+49]), salt: bytes.Clone(b[i+50 : i+58]), method: method, iterations: iter}
		}
	}
	return nil
}

// parseCore assesses a Bitcoin Core wallet file read through r.
func parseCore(ctx context.Context, name string, r io.ReaderAt, size int64) (*Assessment, error) {
	var head [100]byte
	n, _ := r.ReadAt(head[:min(size, 100)], 0)
	h := head[:n]
	if !isDatabase(h) {
		return nil, ErrNotKeystore
	}
	a := &Assessment{Format: BitcoinCore, Version: "bdb"}
	if bytes.HasPrefix(h, sqliteHeader) {
		a.Version = "sqlite"
		if len(h) >= 72 {
			a.Network = coreNetworks[binary.BigEndian.Uint32(h[68:72])]
		}
	}
	s, err := scanCore(ctx, r, size)
	if err != nil {
		return nil, err
	}
	var enc, plain int
	for i, c := range s.counts {
		if coreAnchors[i].encrypted {
			enc += c
		} else {
			plain += c
		}
	}
	if enc == 0 && plain == 0 {
		if a.Network != "" || strings.EqualFold(baseName(name), "wallet.dat") {
			return nil, fmt.Errorf("%w: Bitcoin Core wallet without key records", ErrNoPrivateKeys)
		}
		return nil, ErrNotKeystore
	}
	if a.Version == "bdb" {
		a.Notes = append(a.Notes, "legacy Berkeley DB wallet (current releases only migrate these)")
	}
	a.material = s.first
	if enc == 0 {
		a.Keys = plain
		a.Notes = append(a.Notes, "private keys stored without wallet encryption")
		return a, nil
	}
	a.Keys = enc - s.counts[0]
	a.Encrypted, a.KDF, a.Cipher = true, "sha512-iterated", "aes-256-cbc"
	if plain > 0 {
		a.Encrypted = false
		a.Keys = plain
		a.Notes = append(a.Notes, fmt.Sprintf("%d private key records in the clear beside the encrypted ones (left from before encryption?)", plain))
	}
	mk := s.mkey
	if mk == nil {
		a.Notes = append(a.Notes, "master key record not decoded: iteration count unknown")
		return a, nil
	}
	a.material = append(bytes.Clone(mk.crypted), mk.salt...)
	if mk.method != 0 {
		a.KDF = "scrypt (derivation method 1)"
		a.Notes = append(a.Notes, "master key uses derivation method 1, which Bitcoin Core never implemented")
		return a, nil
	}
	iter := int(mk.iterations)
	a.KDFParams = fmt.Sprintf("iterations=%d", iter)
	a.GuessesPerSecond, a.RateSource = coreRate(iter), srcCore
	if iter < 25_000 {
		a.Notes = append(a.Notes, fmt.Sprintf("%d iterations, below Bitcoin Core's floor of 25,000", iter))
	}
	a.trialSeconds = float64(iter) / 3e6
	crypted, salt := mk.crypted, mk.salt
	a.check = func(pw []byte) bool { return coreCheck(pw, salt, crypted, iter) }
	return a, nil
}

// coreCheck derives key and IV as CCrypter::BytesToKeySHA512AES does
// (SHA-512 over passphrase ‖ salt, then iterations−1 more times) and
// decrypts only the last block of the 48-byte encrypted master key: a right
// password leaves the PKCS#7 padding block 16×0x10 (the hashcat 11300
// check). No key material is produced.
func coreCheck(pw, salt, crypted []byte, iter int) bool {
	h := sha512.New()
	h.Write(pw)
	h.Write(salt)
	var buf [64]byte
	h.Sum(buf[:0])
	for i := 1; i < iter; i++ {
		buf = sha512.Sum512(buf[:])
	}
	block, err := aes.NewCipher(buf[:32])
	clear(buf[:])
	if err != nil {
		return false
	}
	var last [16]byte
	block.Decrypt(last[:], crypted[32:48])
	for i := range last {
		last[i] ^= crypted[16+i]
	}
	return bytes.Equal(last[:], bytes.Repeat([]byte{0x10}, 16))
}
