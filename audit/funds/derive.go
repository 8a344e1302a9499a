package funds

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/hdkeychain"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/eth"
	"github.com/walletaudit/walletaudit/mnemonic"
)

// material is what a secret gives to derive public data from: a single
// key, or an extended key (a master key from a seed, or a key below it).
type material struct {
	key        *btcec.PrivateKey
	compressed bool // the only form a WIF commits to
	anyForm    bool // a raw key: both forms are checked
	ext        *hdkeychain.ExtendedKey
	// net is "main" or "test" when the format says, "" when any.
	net string
}

// Single-signature private extended-key versions (BIP-32 xprv and tprv,
// SLIP-132 yprv, zprv, uprv, vprv) and whether they are testnet's. The
// multisig ones (Yprv, Zprv, …) are not checked: their outputs need the
// other cosigners' keys.
var xprvVersions = map[string]bool{
	"0488ade4": false, "049d7878": false, "04b2430c": false,
	"04358394": true, "044a4e28": true, "045f18bc": true,
}

// parseSecret reads the revealed value of a secret of the given kind.
func parseSecret(kind detect.Kind, scheme, raw string) (material, bool) {
	raw = strings.TrimSpace(raw)
	switch kind {
	case detect.KindWIF:
		if len(raw) == 30 && raw[0] == 'S' {
			// A mini private key: the key is its SHA-256, its
			// address the uncompressed one.
			sum := sha256.Sum256([]byte(raw))
			k, _ := btcec.PrivKeyFromBytes(sum[:])
			return material{key: k, net: "main"}, true
		}
		w, err := btcutil.DecodeWIF(raw)
		if err != nil {
			return material{}, false
		}
		net := "test"
		if w.IsForNet(&chaincfg.MainNetParams) {
			net = "main"
		}
		return material{key: w.PrivKey, compressed: w.CompressPubKey, net: net}, true
	case detect.KindRawPrivateKey:
		s := strings.TrimPrefix(strings.TrimPrefix(raw, "0x"), "0X")
		b, err := hex.DecodeString(s)
		if err != nil || len(b) != 32 {
			return material{}, false // PEM and other encodings are not read here
		}
		k, _ := btcec.PrivKeyFromBytes(b)
		if k.Key.IsZero() {
			return material{}, false
		}
		return material{key: k, compressed: true, anyForm: true}, true
	case detect.KindExtendedPrivateKey:
		k, err := hdkeychain.NewKeyFromString(raw)
		if err != nil || !k.IsPrivate() {
			return material{}, false
		}
		test, known := xprvVersions[hex.EncodeToString(k.Version())]
		if !known {
			return material{}, false
		}
		params, net := &chaincfg.MainNetParams, "main"
		if test {
			params, net = &chaincfg.TestNet3Params, "test"
		}
		if k, err = k.CloneWithVersion(params.HDPrivateKeyID[:]); err != nil {
			return material{}, false
		}
		return material{ext: k, net: net}, true
	case detect.KindMnemonic:
		if scheme != "" && scheme != string(mnemonic.SchemeBIP39) {
			return material{}, false
		}
		p, ok := bip39Phrase(raw)
		if !ok {
			return material{}, false
		}
		// No passphrase: the wallet a finder opens with the words alone.
		k, err := hdkeychain.NewMaster(p.Seed(""), &chaincfg.MainNetParams)
		if err != nil {
			return material{}, false
		}
		return material{ext: k}, true
	}
	return material{}, false
}

// bip39Phrase reads a BIP-39 phrase from the text it was found in (it may
// be numbered, in a grid, or 64 hex digits of entropy).
func bip39Phrase(raw string) (mnemonic.Phrase, bool) {
	if b, err := hex.DecodeString(raw); err == nil && len(b) == 32 {
		p, err := mnemonic.FromEntropy(b, mnemonic.English)
		return p, err == nil
	}
	if p, err := mnemonic.Validate(raw); err == nil && p.Scheme() == mnemonic.SchemeBIP39 {
		return p, true
	}
	for _, m := range mnemonic.Find([]byte(raw)) {
		if m.Phrase.Scheme() == mnemonic.SchemeBIP39 {
			return m.Phrase, true
		}
	}
	return mnemonic.Phrase{}, false
}

// derive follows a path of child indexes.
func derive(k *hdkeychain.ExtendedKey, path ...uint32) (*hdkeychain.ExtendedKey, error) {
	var err error
	for _, i := range path {
		if k, err = k.Derive(i); err != nil {
			return nil, err
		}
	}
	return k, nil
}

const h = hdkeychain.HardenedKeyStart

// ethAddresses lists the Ethereum addresses of m: the key's own, or the
// first n of m/44'/60'/0'/0/i (of /0/i below an account-level key).
func (m material) ethAddresses(n int) []string {
	if m.key != nil {
		b := m.key.Key.Bytes()
		return []string{eth.Address(b[:])}
	}
	var base *hdkeychain.ExtendedKey
	var err error
	switch m.ext.Depth() {
	case 0:
		base, err = derive(m.ext, h+44, h+60, h+0, 0)
	case 3:
		base, err = derive(m.ext, 0)
	default:
		return nil
	}
	if err != nil {
		return nil
	}
	var out []string
	for i := range uint32(n) {
		k, err := base.Derive(i)
		if err != nil {
			continue
		}
		pk, err := k.ECPrivKey()
		if err != nil {
			continue
		}
		b := pk.Key.Bytes()
		out = append(out, eth.Address(b[:]))
	}
	return out
}

// scanObject is one entry of scantxoutset's scanobjects: a descriptor and,
// for a ranged one, its index range.
type scanObject struct {
	Desc  string `json:"desc"`
	Range []int  `json:"range,omitempty"`
}

// btcObjects lists the descriptors of m for a node on params: addr() of a
// single key's P2PKH, P2SH-P2WPKH, P2WPKH and P2TR addresses, or ranged
// descriptors over the account xpubs of an extended key. The second
// result counts the addresses they cover.
func (m material) btcObjects(params *chaincfg.Params) ([]scanObject, int, error) {
	if m.key != nil {
		var out []scanObject
		pub := m.key.PubKey()
		if m.compressed {
			addrs, err := singleKeyAddresses(pub, params)
			if err != nil {
				return nil, 0, err
			}
			for _, a := range addrs {
				out = append(out, scanObject{Desc: WithChecksum("addr(" + a + ")")})
			}
		}
		if !m.compressed || m.anyForm {
			a, err := btcutil.NewAddressPubKeyHash(btcutil.Hash160(pub.SerializeUncompressed()), params)
			if err != nil {
				return nil, 0, err
			}
			out = append(out, scanObject{Desc: WithChecksum("addr(" + a.EncodeAddress() + ")")})
		}
		return out, len(out), nil
	}
	coin := uint32(0)
	if params.Net != chaincfg.MainNetParams.Net {
		coin = 1 // BIP-44's coin type of every test network
	}
	var accounts []*hdkeychain.ExtendedKey
	var scripts [][]string
	if m.ext.Depth() == 0 {
		for _, p := range []struct {
			purpose uint32
			wrap    []string
		}{{44, []string{"pkh("}}, {49, []string{"sh(", "wpkh("}}, {84, []string{"wpkh("}}, {86, []string{"tr("}}} {
			k, err := derive(m.ext, h+p.purpose, h+coin, h+0)
			if err != nil {
				return nil, 0, err
			}
			accounts, scripts = append(accounts, k), append(scripts, p.wrap)
		}
	} else {
		// A key below the master: taken as an account key, in every form.
		for _, w := range [][]string{{"pkh("}, {"sh(", "wpkh("}, {"wpkh("}, {"tr("}} {
			accounts, scripts = append(accounts, m.ext), append(scripts, w)
		}
	}
	var out []scanObject
	for i, acct := range accounts {
		k, err := acct.CloneWithVersion(params.HDPrivateKeyID[:])
		if err != nil {
			return nil, 0, err
		}
		pub, err := k.Neuter()
		if err != nil {
			return nil, 0, err
		}
		xpub := pub.String()
		for _, chain := range []string{"/0/*", "/1/*"} {
			d := strings.Join(scripts[i], "") + xpub + chain + strings.Repeat(")", len(scripts[i]))
			out = append(out, scanObject{Desc: WithChecksum(d), Range: []int{0, btcRange - 1}})
		}
	}
	return out, len(out) * btcRange, nil
}

// singleKeyAddresses returns the P2PKH, P2SH-P2WPKH, P2WPKH and BIP-86
// P2TR addresses of a compressed public key.
func singleKeyAddresses(pub *btcec.PublicKey, params *chaincfg.Params) ([]string, error) {
	h160 := btcutil.Hash160(pub.SerializeCompressed())
	pkh, err := btcutil.NewAddressPubKeyHash(h160, params)
	if err != nil {
		return nil, err
	}
	wpkh, err := btcutil.NewAddressWitnessPubKeyHash(h160, params)
	if err != nil {
		return nil, err
	}
	redeem := append([]byte{0x00, 0x14}, h160...) // OP_0 <20-byte hash>
	sh, err := btcutil.NewAddressScriptHash(redeem, params)
	if err != nil {
		return nil, err
	}
	// BIP-86: the output key is the internal key tweaked by
	// tagged_hash("TapTweak", x(P)), with no script path.
	tr, err := btcutil.NewAddressTaproot(taprootOutputKey(pub), params)
	if err != nil {
		return nil, err
	}
	return []string{pkh.EncodeAddress(), sh.EncodeAddress(), wpkh.EncodeAddress(), tr.EncodeAddress()}, nil
}

// WithChecksum appends the BIP-380 checksum to a descriptor ("#" and
// eight characters). A descriptor with a character outside the
// descriptor character set is returned as it is.
func WithChecksum(desc string) string {
	const inputCharset = "0123456789()[],'/*abcdefgh@:$%{}" +
		"IJKLMNOPQRSTUVWXYZ&+-.;<=>?!^_|~" +
		"ijklmnopqrstuvwxyzABCDEFGH`#\"\\ "
	const checksumCharset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
	gen := [5]uint64{0xf5dee51989, 0xa9fdca3312, 0x1bab10e32d, 0x3706b1677a, 0x644d626ffd}
	c := uint64(1)
	step := func(v uint64) {
		top := c >> 35
		c = (c&0x7ffffffff)<<5 ^ v
		for i := range 5 {
			if (top>>i)&1 == 1 {
				c ^= gen[i]
			}
		}
	}
	var groups []uint64
	for i := 0; i < len(desc); i++ {
		pos := strings.IndexByte(inputCharset, desc[i])
		if pos < 0 {
			return desc
		}
		step(uint64(pos & 31))
		groups = append(groups, uint64(pos>>5))
		if len(groups) == 3 {
			step(groups[0]*9 + groups[1]*3 + groups[2])
			groups = groups[:0]
		}
	}
	switch len(groups) {
	case 1:
		step(groups[0])
	case 2:
		step(groups[0]*3 + groups[1])
	}
	for range 8 {
		step(0)
	}
	c ^= 1
	out := make([]byte, 8)
	for j := range 8 {
		out[j] = checksumCharset[(c>>(5*(7-j)))&31]
	}
	return desc + "#" + string(out)
}

// taprootOutputKey returns the x-only BIP-86 output key of an internal key
// P (BIP-341's taproot_tweak_pubkey with no script tree): P is taken with
// an even Y, t = tagged_hash("TapTweak", x(P)), Q = P + t·G.
func taprootOutputKey(pub *btcec.PublicKey) []byte {
	x := pub.SerializeCompressed()[1:]
	tag := sha256.Sum256([]byte("TapTweak"))
	hsh := sha256.New()
	hsh.Write(tag[:])
	hsh.Write(tag[:])
	hsh.Write(x)
	var t btcec.ModNScalar
	t.SetByteSlice(hsh.Sum(nil)) // overflow is negligible (BIP-341 fails it; p < 2^-127)
	var p, tg, q btcec.JacobianPoint
	even, err := btcec.ParsePubKey(append([]byte{0x02}, x...))
	if err != nil {
		return nil
	}
	even.AsJacobian(&p)
	btcec.ScalarBaseMultNonConst(&t, &tg)
	btcec.AddNonConst(&p, &tg, &q)
	q.ToAffine()
	out := q.X.Bytes()
	return out[:]
}
