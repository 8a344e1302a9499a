package keys

import (
	"context"
	"crypto/elliptic"
	"crypto/sha256"
	"fmt"
	"math/big"
	"slices"
	"testing"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/walletaudit/walletaudit/audit/detect"
	"golang.org/x/crypto/sha3"
)

func hex64(x *big.Int) string { return fmt.Sprintf("%064x", x) }

// TestCurveConstants computes the constants of nearConstants and
// exactConstants from their curves' definitions, so that none is
// mistyped.
func TestCurveConstants(t *testing.T) {
	one, two := big.NewInt(1), big.NewInt(2)
	pow := func(b *big.Int, e int64) *big.Int { return new(big.Int).Exp(b, big.NewInt(e), nil) }
	half := func(x *big.Int) *big.Int { return new(big.Int).Rsh(x, 1) }

	k1 := btcec.S256().Params()
	p256 := elliptic.P256().Params()
	// Ed25519 (RFC 8032, 5.1): p = 2^255 - 19, l = 2^252 + 27742317777372353535851937790883648493,
	// d = -121665/121666 mod p.
	edP := new(big.Int).Sub(pow(two, 255), big.NewInt(19))
	c, _ := new(big.Int).SetString("27742317777372353535851937790883648493", 10)
	edL := new(big.Int).Add(pow(two, 252), c)
	edD := new(big.Int).Mul(big.NewInt(-121665), new(big.Int).ModInverse(big.NewInt(121666), edP))
	edD.Mod(edD, edP)
	// BLS12-381: r = x^4 - x^2 + 1 with x = -0xd201000000010000.
	x, _ := new(big.Int).SetString("-d201000000010000", 16)
	blsR := new(big.Int).Add(new(big.Int).Sub(pow(x, 4), pow(x, 2)), one)
	// BN254 (EIP-196): with u = 4965661367192848881, p = 36u^4 + 36u^3 +
	// 24u^2 + 6u + 1 and r = 36u^4 + 36u^3 + 18u^2 + 6u + 1.
	u := big.NewInt(4965661367192848881)
	poly := func(a2 int64) *big.Int {
		v := new(big.Int).Mul(big.NewInt(36), pow(u, 4))
		v.Add(v, new(big.Int).Mul(big.NewInt(36), pow(u, 3)))
		v.Add(v, new(big.Int).Mul(big.NewInt(a2), pow(u, 2)))
		v.Add(v, new(big.Int).Mul(big.NewInt(6), u))
		return v.Add(v, one)
	}
	near := []*big.Int{k1.N, half(k1.N), p256.N, half(p256.N), p256.P, edP, edL, blsR, poly(24), poly(18)}
	exact := []*big.Int{k1.Gx, k1.Gy, p256.Gx, p256.Gy, p256.B, edD}
	require.Len(t, nearConstants, len(near))
	require.Len(t, exactConstants, len(exact))
	for i, v := range near {
		assert.Equal(t, hex64(v), nearConstants[i], "near constant %d", i)
	}
	for i, v := range exact {
		assert.Equal(t, hex64(v), exactConstants[i], "exact constant %d", i)
	}
}

// TestWellKnownDigests computes wellKnownDigests from their inputs, and
// checks that none is reported under a key's name in a wallet's test
// (web3j's storage proof response, "key": the empty trie's root, was a
// finding until 2026-12-05).
func TestWellKnownDigests(t *testing.T) {
	keccak := func(b []byte) string {
		h := sha3.NewLegacyKeccak256()
		h.Write(b)
		return fmt.Sprintf("%x", h.Sum(nil))
	}
	want := []string{keccak(nil), keccak([]byte{0x80}), keccak([]byte{0xc0}), keccak(make([]byte, 32))}
	require.Equal(t, want, wellKnownDigests)
	// The events' topics (corpus 313: a test passed ERC-20's Transfer
	// topic to isPrivateKey).
	var topics []string
	for _, sig := range []string{"Transfer(address,address,uint256)", "Approval(address,address,uint256)", "ApprovalForAll(address,address,bool)",
		"TransferSingle(address,address,address,uint256,uint256)", "TransferBatch(address,address,address,uint256[],uint256[])",
		"Deposit(address,uint256)", "Withdrawal(address,uint256)", "OwnershipTransferred(address,address)",
		"RoleGranted(bytes32,address,address)", "Upgraded(address)", "Swap(address,uint256,uint256,uint256,uint256,address)",
		"Sync(uint112,uint112)", "Swap(address,address,int256,int256,uint160,uint128,int24)"} {
		topics = append(topics, keccak([]byte(sig)))
	}
	require.Equal(t, topics, wellKnownTopics)
	for _, d := range slices.Concat(wellKnownDigests, wellKnownTopics) {
		text := "// wallet signer test\nString proof = \"{\\\"key\\\": \\\"0x" + d + "\\\"}\";\nconst privateKey = \"" + d + "\";\n"
		assert.Empty(t, NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "src/test/WalletTest.java"}), d[:8])
	}
}

// TestEmptyStringSHA256IsPublic: SHA-256 of nothing as a private key (a
// test's, wallet-core's FIO tests) is the brainwallet of an empty
// passphrase: reported, as a published key.
func TestEmptyStringSHA256IsPublic(t *testing.T) {
	text := fmt.Sprintf("const PrivateKey privateKey(parse_hex(\"%x\"));\n", sha256.Sum256(nil))
	cs := NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "src/wallet.cpp"})
	if assert.Len(t, cs, 1) {
		assert.True(t, cs[0].Public, "not reported as public")
	}
}

// TestOtherCurvesConstantsAreNotKeys: the constants of P-256, Ed25519,
// BLS12-381 and BN254 and their neighbours, written beside key words,
// are not reported: OpenZeppelin's P256.sol names P-256's half order
// "uint256 private constant HALF_N", eth-keyfile's README gives
// BLS12-381's r as a bound for keys; both were findings until 2026-12-02.
func TestOtherCurvesConstantsAreNotKeys(t *testing.T) {
	for _, text := range []string{
		"    uint256 private constant HALF_N = 0x7fffffff800000007fffffffffffffffde737d56d38bcf4279dce5617e3192a8;\n",
		"> In v4, the key must be less than '0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001'.\n",
		"uint256 constant privateKeyBound = 0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45; // p - 2\n",
		"const privateKey = '1000000000000000000000000000000014def9dea2f79cd65812631a5cf5d3ec';\n", // l - 1
	} {
		assert.Empty(t, NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "README.md"}), text[:30])
	}
}

// TestSolidityPrivateConstant: "private" before "constant" or
// "immutable" is a Solidity visibility, no evidence of a private key; a
// key name still is.
func TestSolidityPrivateConstant(t *testing.T) {
	const v = "0x7d3a0c9f51e2b86a4f0d17c3e9a25b6184fc0e7d2a9b1356c8e0f4a7d2b91c3e"
	for _, tc := range []struct {
		decl string
		want int
	}{
		{"bytes32 private constant _ROLE = " + v, 0},
		{"uint256 private immutable _SEED = " + v, 0},
		{"uint256 private constant OWNER_KEY = " + v, 1},
		{"uint256 private deployer = " + v, 1},
	} {
		// The file is about signatures and wallets (+1), as P256.sol is.
		text := "// ECDSA signature verification for wallets\ncontract X {\n    " + tc.decl + ";\n}\n"
		assert.Len(t, NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "src/X.sol"}), tc.want, tc.decl[:24])
	}
}

// TestNaClPublicKeyPK: NaCl and libsodium call a key pair pk and sk, so a
// "pk" beside an "sk" is the public half (libsodium's test outputs,
// "pk: […]\nsk: […]", were findings until 2026-12-02); a PK alone is
// a private key, as .env files write it.
func TestNaClPublicKeyPK(t *testing.T) {
	const v = "b5076a8474a832daee4dd5b4040983b6623b5f344aca57d4d6ee4baf3f259e6e"
	for _, tc := range []struct {
		text string
		want int
	}{
		{"pk: [" + v + "]\nsk: [421151a459faeade3d247115f94aedae]\n", 0},
		{"client_pk: [" + v + "]\nclient_sk: [cb2f5160fc1f7e05]\n", 0},
		{"PK=0x" + v + "\n", 1},
		{"PK=0x" + v + "\nTASK=build\n", 1}, // "sk" inside another word is no name
	} {
		cs := NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(tc.text)})
		assert.Len(t, cs, tc.want, tc.text[:12])
	}
}

// TestOutpointsAreNotKeys: a transaction id written as an outpoint
// ("<txid>:1", "--outpoint", "utxo") is no key, however much the text
// is about wallets: LND's PSBT guide ("lncli wallet leaseoutput
// --outpoint <txid>:1") was a high finding until 2026-12-02.
func TestOutpointsAreNotKeys(t *testing.T) {
	const txid = "7d3a0c9f51e2b86a4f0d17c3e9a25b6184fc0e7d2a9b1356c8e0f4a7d2b91c3e"
	for _, text := range []string{
		"$  lncli wallet leaseoutput --outpoint " + txid + ":1 \\\n",
		"wallet utxo: " + txid + "\n",
		"signer input " + txid + ":0 from the deployer wallet\n",
	} {
		assert.Empty(t, NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "docs/psbt.md"}), text[:20])
	}
}

// TestIsogenyConstants: isogenyConstants map points of hash-to-curve's
// auxiliary curve E': y² = x³ + A'x + 1771 onto secp256k1, y² = x³ + 7,
// as RFC 9380's appendix E.1 defines the map; a mistyped constant would
// not.
func TestIsogenyConstants(t *testing.T) {
	require.Len(t, isogenyConstants, 14)
	p := btcec.S256().Params().P
	k := make([]*big.Int, len(isogenyConstants))
	for i, c := range isogenyConstants {
		k[i], _ = new(big.Int).SetString(c, 16)
	}
	one := big.NewInt(1)
	xNum, xDen := k[0:4], []*big.Int{k[4], k[5], one}
	yNum, yDen := k[6:10], []*big.Int{k[10], k[11], k[12], one}
	a, b := k[13], big.NewInt(1771)
	poly := func(c []*big.Int, x *big.Int) *big.Int {
		v := new(big.Int)
		for i := len(c) - 1; i >= 0; i-- {
			v.Mul(v, x).Add(v, c[i]).Mod(v, p)
		}
		return v
	}
	div := func(n, d *big.Int) *big.Int {
		return new(big.Int).Mod(new(big.Int).Mul(n, new(big.Int).ModInverse(d, p)), p)
	}
	exp := new(big.Int).Rsh(new(big.Int).Add(p, one), 2) // p ≡ 3 mod 4
	checked := 0
	for x0 := int64(1); checked < 8; x0++ {
		x := big.NewInt(x0)
		rhs := poly([]*big.Int{b, a, big.NewInt(0), one}, x)
		y := new(big.Int).Exp(rhs, exp, p)
		if new(big.Int).Mod(new(big.Int).Mul(y, y), p).Cmp(rhs) != 0 {
			continue // no point of E' with this x
		}
		xi := div(poly(xNum, x), poly(xDen, x))
		yi := new(big.Int).Mod(new(big.Int).Mul(y, div(poly(yNum, x), poly(yDen, x))), p)
		lhs := new(big.Int).Mod(new(big.Int).Mul(yi, yi), p)
		want := new(big.Int).Mod(new(big.Int).Add(new(big.Int).Exp(xi, big.NewInt(3), p), big.NewInt(7)), p)
		assert.Equal(t, want, lhs, "x = %d", x0)
		checked++
	}
	// Each is no key where hash-to-curve code writes it.
	for _, c := range isogenyConstants {
		assert.True(t, curveConstant([]byte(c)))
	}
}
