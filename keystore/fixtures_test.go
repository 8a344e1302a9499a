package keystore

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/walletaudit/walletaudit/internal/eth"
	"golang.org/x/crypto/nacl/secretbox"
	"golang.org/x/crypto/pbkdf2"
	"golang.org/x/crypto/scrypt"
)

// Fixtures are generated here from random keys drawn from a fixed seed;
// none is a real wallet. Tests compare booleans, parameters and hashes,
// never key bytes.

const (
	weakPW   = "password"
	strongPW = "Xq7!vR2#long-and-unguessable-9"
)

type gen struct{ rng *rand.Rand }

func newGen(seed uint64) *gen { return &gen{rand.New(rand.NewPCG(seed, 0x5eed))} }

func (g *gen) bytes(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(g.rng.UintN(256))
	}
	return b
}

func mustJSON(v any, pretty bool) []byte {
	var b []byte
	var err error
	if pretty {
		b, err = json.MarshalIndent(v, "", "  ")
	} else {
		b, err = json.Marshal(v)
	}
	if err != nil {
		panic(err)
	}
	return b
}

// v3 builds a Web3 Secret Storage v3 keystore. kdf is "scrypt" (n, r, p)
// or "pbkdf2" (c).
func (g *gen) v3(password, kdf string, n, r, p, c int, pretty bool) []byte {
	salt, iv, key := g.bytes(32), g.bytes(16), g.bytes(32)
	params := map[string]any{"dklen": 32, "salt": hex.EncodeToString(salt)}
	var dk []byte
	if kdf == "scrypt" {
		var err error
		if dk, err = scrypt.Key([]byte(password), salt, n, r, p, 32); err != nil {
			panic(err)
		}
		params["n"], params["r"], params["p"] = n, r, p
	} else {
		dk = pbkdf2.Key([]byte(password), salt, c, 32, sha256.New)
		params["c"], params["prf"] = c, "hmac-sha256"
	}
	ct, mac, err := eth.V3Seal(dk, iv, key)
	if err != nil {
		panic(err)
	}
	return mustJSON(map[string]any{
		"version": 3, "id": "6f1a3b1e-0000-4000-8000-000000000000",
		"address": hex.EncodeToString(eth.RawAddress(key)),
		"crypto": map[string]any{
			"cipher": "aes-128-ctr", "ciphertext": hex.EncodeToString(ct),
			"cipherparams": map[string]string{"iv": hex.EncodeToString(iv)},
			"kdf":          kdf, "kdfparams": params, "mac": hex.EncodeToString(mac),
		},
	}, pretty)
}

// eip2335 builds a BLS validator keystore with PBKDF2 (c) or scrypt (n).
func (g *gen) eip2335(password, kdf string, n, c int) []byte {
	salt, iv, secret := g.bytes(32), g.bytes(16), g.bytes(32)
	var dk []byte
	kdfMod := map[string]any{"function": kdf, "message": ""}
	if kdf == "scrypt" {
		dk, _ = scrypt.Key([]byte(password), salt, n, 8, 1, 32)
		kdfMod["params"] = map[string]any{"dklen": 32, "n": n, "r": 8, "p": 1, "salt": hex.EncodeToString(salt)}
	} else {
		dk = pbkdf2.Key([]byte(password), salt, c, 32, sha256.New)
		kdfMod["params"] = map[string]any{"dklen": 32, "c": c, "prf": "hmac-sha256", "salt": hex.EncodeToString(salt)}
	}
	block, _ := aes.NewCipher(dk[:16])
	ct := make([]byte, 32)
	cipher.NewCTR(block, iv).XORKeyStream(ct, secret)
	sum := sha256.Sum256(append(bytes.Clone(dk[16:32]), ct...))
	return mustJSON(map[string]any{
		"crypto": map[string]any{
			"kdf":      kdfMod,
			"checksum": map[string]any{"function": "sha256", "params": map[string]any{}, "message": hex.EncodeToString(sum[:])},
			"cipher":   map[string]any{"function": "aes-128-ctr", "params": map[string]any{"iv": hex.EncodeToString(iv)}, "message": hex.EncodeToString(ct)},
		},
		"description": "generated test keystore", "pubkey": hex.EncodeToString(g.bytes(48)),
		"path": "m/12381/3600/0/0/0", "uuid": "1d85ae20-35c5-4611-98e8-aa14a633906f", "version": 4,
	}, true)
}

// eip2386 builds an EIP-2386 walletstore as ethdo writes it: EIP-2335's
// crypto module over a seed, with the wallet's name and next account.
func (g *gen) eip2386(password string, c int) []byte {
	var store map[string]any
	if err := json.Unmarshal(g.eip2335(password, "pbkdf2", 0, c), &store); err != nil {
		panic(err) // eip2335 writes JSON
	}
	for _, k := range []string{"description", "pubkey", "path"} {
		delete(store, k)
	}
	store["name"], store["type"], store["nextaccount"], store["version"] = "Primary", "hierarchical deterministic", 3, 1
	return mustJSON(store, false)
}

// vault builds a MetaMask vault; meta adds keyMetadata.
func (g *gen) vault(password string, iter int, meta bool) []byte {
	salt, iv := g.bytes(32), g.bytes(16)
	block, _ := aes.NewCipher(pbkdf2.Key([]byte(password), salt, iter, 32, sha256.New))
	gcm, _ := cipher.NewGCMWithNonceSize(block, 16)
	ct := gcm.Seal(nil, iv, []byte(`[{"type":"HD Key Tree","data":{"mnemonic":"generated","numberOfAccounts":1}}]`), nil)
	doc := map[string]any{"data": base64.StdEncoding.EncodeToString(ct), "iv": base64.StdEncoding.EncodeToString(iv),
		"salt": base64.StdEncoding.EncodeToString(salt)}
	if meta {
		doc["keyMetadata"] = map[string]any{"algorithm": "PBKDF2", "params": map[string]int{"iterations": iter}}
	}
	return mustJSON(doc, false)
}

// electrumXprv is a syntactically plausible xprv built from random bytes.
func (g *gen) electrumXprv() string {
	const alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
	b := []byte("xprv")
	for len(b) < 111 {
		b = append(b, alphabet[g.rng.IntN(len(alphabet))])
	}
	return string(b)
}

func pkcs7(b []byte) []byte {
	n := aes.BlockSize - len(b)%aes.BlockSize
	return append(bytes.Clone(b), bytes.Repeat([]byte{byte(n)}, n)...)
}

func cbcEncrypt(key, iv, pt []byte) []byte {
	block, _ := aes.NewCipher(key)
	p := pkcs7(pt)
	ct := make([]byte, len(p))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(ct, p)
	return ct
}

// electrum builds an Electrum JSON wallet; with a password, field
// encryption (pw_hash_version 1).
func (g *gen) electrum(password string) []byte {
	xprv := g.electrumXprv()
	seed := "generated words only for this test fixture nothing real here twelve"
	enc := password != ""
	if enc {
		k := sha256.Sum256([]byte(password))
		k = sha256.Sum256(k[:])
		field := func(s string) string {
			iv := g.bytes(16)
			return base64.StdEncoding.EncodeToString(append(iv, cbcEncrypt(k[:], iv, []byte(s))...))
		}
		xprv, seed = field(xprv), field(seed)
	}
	return mustJSON(map[string]any{
		"keystore":     map[string]any{"type": "bip32", "xprv": xprv, "xpub": "xpub-not-real", "seed": seed, "seed_type": "segwit", "pw_hash_version": 1},
		"seed_version": 53, "use_encryption": enc, "wallet_type": "standard",
	}, true)
}

// bie1 builds an Electrum file with whole-file encryption.
func (g *gen) bie1(password string) []byte {
	secret := pbkdf2.Key([]byte(password), nil, 1024, 64, sha512.New)
	d := new(big.Int).SetBytes(secret)
	d.Mod(d, btcec.S256().N)
	priv, _ := btcec.PrivKeyFromBytes(d.FillBytes(make([]byte, 32)))
	eph, _ := btcec.PrivKeyFromBytes(g.bytes(32))
	var p, r btcec.JacobianPoint
	priv.PubKey().AsJacobian(&p)
	btcec.ScalarMultNonConst(&eph.Key, &p, &r)
	r.ToAffine()
	key := sha512.Sum512(btcec.NewPublicKey(&r.X, &r.Y).SerializeCompressed())
	ct := cbcEncrypt(key[16:32], key[:16], []byte(`{"wallet_type":"standard","keystore":{}}`))
	body := append(append([]byte("BIE1"), eph.PubKey().SerializeCompressed()...), ct...)
	m := hmac.New(sha256.New, key[32:])
	m.Write(body)
	return []byte(base64.StdEncoding.EncodeToString(m.Sum(body)))
}

// coreKeyRecord is a BDB-style key item: type name, then a compact-size
// public key.
func (g *gen) pubRecord(name string) []byte {
	return append(append([]byte{byte(len(name))}, name...), append([]byte{0x21, 0x02}, g.bytes(32)...)...)
}

// core builds a Bitcoin Core wallet file body: a BDB (or SQLite) header
// and records as the two containers store them. With a password, an mkey
// record encrypts a random master key as CCrypter does.
func (g *gen) core(password string, iter int, sqlite bool) []byte {
	var b []byte
	if sqlite {
		h := make([]byte, 100)
		copy(h, "SQLite format 3\x00")
		binary.BigEndian.PutUint32(h[68:72], 0xF9BEB4D9)
		b = h
	} else {
		h := make([]byte, 512)
		copy(h[12:16], bdbMagicLE)
		b = h
	}
	b = append(b, g.bytes(300)...)
	b = append(b, "\x07version"...)
	if password == "" {
		for range 3 {
			b = append(b, g.pubRecord("key")...)
			b = append(b, g.bytes(150)...)
		}
		return append(b, g.bytes(400)...)
	}
	salt, master := g.bytes(8), g.bytes(32)
	h := sha512.New()
	h.Write([]byte(password))
	h.Write(salt)
	buf := h.Sum(nil)
	for i := 1; i < iter; i++ {
		s := sha512.Sum512(buf)
		buf = s[:]
	}
	crypted := cbcEncrypt(buf[:32], buf[32:48], master)
	b = append(b, "\x04mkey\x01\x00\x00\x00"...)
	b = append(b, 0x30)
	b = append(b, crypted...)
	b = append(b, 0x08)
	b = append(b, salt...)
	b = binary.LittleEndian.AppendUint32(b, 0)
	b = binary.LittleEndian.AppendUint32(b, uint32(iter))
	b = append(b, 0x00)
	for range 2 {
		b = append(b, g.pubRecord("ckey")...)
		b = append(b, g.bytes(80)...)
	}
	return append(b, g.bytes(400)...)
}

// polkadot builds a Polkadot{.js} export with scrypt n (r=8, p=1).
func (g *gen) polkadot(password string, n int) []byte {
	salt, nonce := g.bytes(32), g.bytes(24)
	k, _ := scrypt.Key([]byte(password), salt, n, 8, 1, 32)
	var key [32]byte
	copy(key[:], k)
	var nn [24]byte
	copy(nn[:], nonce)
	enc := append([]byte{}, salt...)
	enc = binary.LittleEndian.AppendUint32(enc, uint32(n))
	enc = binary.LittleEndian.AppendUint32(enc, 1)
	enc = binary.LittleEndian.AppendUint32(enc, 8)
	enc = append(enc, nonce...)
	enc = secretbox.Seal(enc, g.bytes(85), &nn, &key)
	return mustJSON(map[string]any{
		"encoded":  base64.StdEncoding.EncodeToString(enc),
		"encoding": map[string]any{"content": []string{"pkcs8", "sr25519"}, "type": []string{"scrypt", "xsalsa20-poly1305"}, "version": "3"},
		"address":  "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", "meta": map[string]any{"name": "generated"},
	}, false)
}

// solana builds a Solana CLI keypair array.
func (g *gen) solana() []byte {
	priv := ed25519.NewKeyFromSeed(g.bytes(32))
	vals := make([]int, len(priv))
	for i, b := range priv {
		vals[i] = int(b)
	}
	return mustJSON(vals, false)
}

// presale builds an Ethereum presale wallet.
func (g *gen) presale(password string) []byte {
	seed := []byte(hex.EncodeToString(g.bytes(16)))
	key := pbkdf2.Key([]byte(password), []byte(password), 2000, 16, sha256.New)
	iv := g.bytes(16)
	enc := append(bytes.Clone(iv), cbcEncrypt(key, iv, seed)...)
	return mustJSON(map[string]string{"encseed": hex.EncodeToString(enc), "ethaddr": hex.EncodeToString(eth.RawAddress(keccak(seed))),
		"email": "nobody@example.invalid", "btcaddr": "1NotReal"}, false)
}

func (g *gen) seco() []byte {
	h := append([]byte("SECO\x00\x00\x00\x00\x00\x00\x00\x00seco-v0-scrypt-aes"), make([]byte, 200)...)
	return append(h, g.bytes(300)...)
}

func wasabi() []byte {
	return []byte(fmt.Sprintf(`{"EncryptedSecret":"6PYKZ%s","ChainCode":"x","ExtPubKey":"xpub-not-real"}`, strings.Repeat("Zk9", 18)[:53]))
}
