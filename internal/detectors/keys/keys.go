// Package keys holds the engine's private-key detectors: WIF, BIP-32
// extended private keys (bare and in output descriptors), hex scalars with
// key context, PEM secp256k1 keys, and keys of other chains (Solana,
// Nostr, Sui, Aptos, Cosmos). Each validates what its format allows
// (checksums, curve range, key-pair consistency) before it reports.
package keys

import (
	"bytes"
	"slices"
	"strings"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/base58"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/walletaudit/walletaudit/internal/eth"
)

// base58Check writes payload in base58 with Bitcoin's checksum after it:
// the first four bytes of its double SHA-256.
func base58Check(payload []byte) string {
	return base58.Encode(slices.Concat(payload, chainhash.DoubleHashB(payload)[:4]))
}

// checkedPayload returns raw without its last four bytes when they are
// the checksum base58Check puts there.
func checkedPayload(raw []byte) ([]byte, bool) {
	if len(raw) < 4 {
		return nil, false
	}
	n := len(raw) - 4
	return raw[:n], bytes.Equal(chainhash.DoubleHashB(raw[:n])[:4], raw[n:])
}

// validScalar reports whether b (32 bytes) is a secp256k1 private key: in
// 1..n−1.
func validScalar(b []byte) bool {
	if len(b) != 32 {
		return false
	}
	var s btcec.ModNScalar
	overflow := s.SetByteSlice(b)
	return !overflow && !s.IsZero()
}

// ethAddress returns the EIP-55 address of a secp256k1 private key.
func ethAddress(key []byte) string { return eth.Address(key) }

// btcAddress returns the P2WPKH (compressed) or P2PKH (uncompressed)
// address of a key on the network.
func btcAddress(key []byte, compressed bool, net *chaincfg.Params) string {
	_, pub := btcec.PrivKeyFromBytes(key)
	if compressed {
		a, err := btcutil.NewAddressWitnessPubKeyHash(btcutil.Hash160(pub.SerializeCompressed()), net)
		if err != nil {
			return ""
		}
		return a.EncodeAddress()
	}
	a, err := btcutil.NewAddressPubKeyHash(btcutil.Hash160(pub.SerializeUncompressed()), net)
	if err != nil {
		return ""
	}
	return a.EncodeAddress()
}

// lowEntropy reports whether a hex string is a placeholder: few distinct
// digits, a short pattern repeated over most of it, a counting sequence,
// or digits that count up between letters (countingDigits). It allocates nothing: it
// runs on every 64-hex value in the input.
func lowEntropy[T string | []byte](h T) bool {
	var seen [256]bool
	distinct := 0
	for i := 0; i < len(h); i++ {
		c := h[i] | 0x20
		if !seen[c] {
			seen[c] = true
			distinct++
		}
	}
	if distinct < 7 {
		return true
	}
	// A pattern of up to 16 digits written twice or more over three
	// quarters of the value or more ("abc123abc123…abcd"): in random hex,
	// a stretch of 48 digits that repeats the 16 before it turns up once
	// in 16^32.
	need := max(len(h)*3/4, 1)
	for p := 1; p <= 16; p++ {
		run := 0
		for i := p; i < len(h) && len(h)-i+run+p >= need; i++ {
			if h[i]|0x20 != h[i-p]|0x20 {
				run = 0
				continue
			}
			if run++; run >= p && run+p >= need {
				return true
			}
		}
	}
	return containsFold(h, "0123456789abcdef") || containsFold(h, "deadbeefdeadbeef") || countingDigits(h)
}

// countingDigits reports whether the decimal digits of a hex string, read
// in order and letters left out, count up (9 then 0 included) at three
// steps in four or more, with at least 16 digits: a value typed by hand
// for a document, "a123b45c6d78e9f012a34…" (AWS CLI's examples). In
// random hex a step counts up one time in ten; in 200,000 random 64-hex
// values no more than 44 % of the steps did.
func countingDigits[T string | []byte](h T) bool {
	digits, up := 0, 0
	var last byte
	for i := 0; i < len(h); i++ {
		c := h[i]
		if c < '0' || c > '9' {
			continue
		}
		if digits > 0 && c == '0'+(last-'0'+1)%10 {
			up++
		}
		last = c
		digits++
	}
	return digits >= 16 && 4*up >= 3*(digits-1)
}

// secp256k1's group order n and the coordinates of its generator G (SEC
// 2, section 2.4.1), in lower-case hex.
const (
	curveOrder = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141"
	curveGx    = "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
	curveGy    = "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8"
)

// nearConstants are public moduli and orders of curves that code writes
// as 64-hex constants, often beside words such as "private" or "key"
// (Solidity's "uint256 private constant N = 0x…", a signature library's
// half order): secp256k1's n and n/2; P-256's n, n/2 and p (FIPS 186-4,
// D.1.2.3); Ed25519's p = 2^255-19 and group order l (RFC 8032, 5.1);
// BLS12-381's group order r; BN254's p and r (EIP-196).
// TestCurveConstants computes each from its curve's definition. Values
// within 2^24 of one (p-2 for inversion, n-1) share its first 58 digits.
var nearConstants = []string{
	curveOrder,
	"7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0",
	"ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551",
	"7fffffff800000007fffffffffffffffde737d56d38bcf4279dce5617e3192a8",
	"ffffffff00000001000000000000000000000000ffffffffffffffffffffffff",
	"7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffed",
	"1000000000000000000000000000000014def9dea2f79cd65812631a5cf5d3ed",
	"73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001",
	"30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47",
	"30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001",
}

// exactConstants are other public curve constants: the coordinates of
// secp256k1's and P-256's generators, P-256's b and Ed25519's d.
var exactConstants = []string{
	curveGx, curveGy,
	"6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296",
	"4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5",
	"5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b",
	"52036cee2b6ffe738cc740797779e89800700a4d4141d8ab75eb4dca135978a3",
}

// isogenyConstants are the coefficients of the 3-isogeny that maps
// hash-to-curve's auxiliary curve E' onto secp256k1 (RFC 9380, appendix
// E.1: the numerators and denominators of x and y, in ascending degree,
// the monic leading ones left out) and the A of E' (section 8.7), which
// hash-to-curve code writes out (@noble/curves, in every bundle of
// ethers and viem). TestIsogenyConstants checks that they map points of
// E' onto secp256k1.
var isogenyConstants = []string{
	"8e38e38e38e38e38e38e38e38e38e38e38e38e38e38e38e38e38e38daaaaa8c7",
	"07d3d4c80bc321d5b9f315cea7fd44c5d595d2fc0bf63b92dfff1044f17c6581",
	"534c328d23f234e6e2a413deca25caece4506144037c40314ecbd0b53d9dd262",
	"8e38e38e38e38e38e38e38e38e38e38e38e38e38e38e38e38e38e38daaaaa88c",
	"d35771193d94918a9ca34ccbb7b640dd86cd409542f8487d9fe6b745781eb49b",
	"edadc6f64383dc1df7c4b2d51b54225406d36b641f5e41bbc52a56612a8c6d14",
	"4bda12f684bda12f684bda12f684bda12f684bda12f684bda12f684b8e38e23c",
	"c75e0c32d5cb7c0fa9d0a54b12a0a6d5647ab046d686da6fdffc90fc201d71a3",
	"29a6194691f91a73715209ef6512e576722830a201be2018a765e85a9ecee931",
	"2f684bda12f684bda12f684bda12f684bda12f684bda12f684bda12f38e38d84",
	"fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffff93b",
	"7a06534bb8bdb49fd5e9e6632722c2989467c1bfc8e8d978dfb425d2685c2573",
	"6484aa716545ca2cf3a70c3fa8fe337e0a3d21162f0d6299a7bf8192bfd2a76f",
	"3f8731abdd661adca08a5558f0f5d272e953d363cb6f0e5d405447c01a444533",
}

// wellKnownDigests are digests of empty or all-zero input that chains'
// code and test data write everywhere, often under a "key" (a trie's or
// a storage proof's): Keccak-256 of nothing (an account's empty code
// hash), of RLP's empty string (the empty trie's root), of RLP's empty
// list (the empty uncles hash) and of 32 zero bytes (storage slot 0's
// key). TestWellKnownDigests computes each. (SHA-256 of nothing is not
// one: it is the brainwallet of an empty passphrase, which test suites
// use as a key, and is reported as a published key, docExampleKeys.)
var wellKnownDigests = []string{
	"c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
	"56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421",
	"1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347",
	"290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563",
}

// wellKnownTopics are the Keccak-256 digests of the signatures of the
// events that contracts emit most (ERC-20's, ERC-721's and ERC-1155's
// transfers and approvals, WETH's deposits and withdrawals, Ownable's,
// AccessControl's and a proxy's, Uniswap's swaps and syncs): the first
// topic of their logs, which code that reads logs writes as a constant and
// tests pass to key checks as a hash ("isPrivateKey('0xddf252ad…')").
// TestWellKnownDigests computes each from its signature.
var wellKnownTopics = []string{
	"ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef", // Transfer(address,address,uint256)
	"8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925", // Approval(address,address,uint256)
	"17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31", // ApprovalForAll(address,address,bool)
	"c3d58168c5ae7397731d063d5bbf3d657854427343f4c083240f7aacaa2d0f62", // TransferSingle(address,address,address,uint256,uint256)
	"4a39dc06d4c0dbc64b70af90fd698a233a518aa5d07e595d983b8c0526c8f7fb", // TransferBatch(address,address,address,uint256[],uint256[])
	"e1fffcc4923d04b559f4d29a8bfc6cda04eb5b0d3c460751c2402c5c5cc9109c", // Deposit(address,uint256)
	"7fcf532c15f0a6db0bd6d0e038bea71d30d808c7d98cb3bf7268a95bf5081b65", // Withdrawal(address,uint256)
	"8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0", // OwnershipTransferred(address,address)
	"2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d", // RoleGranted(bytes32,address,address)
	"bc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b", // Upgraded(address)
	"d78ad95fa46c994b6551d0da85fc275fe613ce37657fb8d5e3d130840159d822", // Swap(address,uint256,uint256,uint256,uint256,address)
	"1c411e9a96e071241c2f21f7726b17ae89e3cab4c78be50e062b03a9fffbbad1", // Sync(uint112,uint112)
	"c42079f94a6350d7e6235f29174924f928cc2ac818eb64fed8004e115fbcca67", // Swap(address,address,int256,int256,uint160,uint128,int24)
}

// wellKnownDigest reports whether a 64-hex value is one of
// wellKnownDigests or wellKnownTopics: a hash everyone has computed, not
// anyone's key.
func wellKnownDigest(h []byte) bool { return inList(h, wellKnownDigests) || inList(h, wellKnownTopics) }

// inList reports whether the hex value h is one of list, in any case.
func inList(h []byte, list []string) bool {
	return slices.ContainsFunc(list, func(d string) bool { return bytes.EqualFold(h, []byte(d)) })
}

// curveConstant reports whether a 64-hex value is one of the curves'
// public constants (hash-to-curve's isogeny among them) or an edge case
// next to an order or modulus (n-1, n-3: what tests of a curve library
// pass to isPrivate or privateAdd), not anyone's key.
func curveConstant(h []byte) bool {
	if len(h) != 64 {
		return false
	}
	for _, c := range nearConstants {
		if bytes.EqualFold(h[:58], []byte(c[:58])) {
			return true
		}
	}
	return inList(h, exactConstants) || inList(h, isogenyConstants)
}

// lowerASCII lower-cases an ASCII letter and leaves other bytes alone.
func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// containsFold is strings.Contains on ASCII, ignoring case, without
// allocating; sub is lower case.
func containsFold[T string | []byte](s T, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && lowerASCII(s[i+j]) == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// DotenvName reports whether a file's name (without its directory) is a
// dotenv file's: .env, .env.local, prod.env.
func DotenvName(name string) bool {
	l := strings.ToLower(name)
	return l == ".env" || strings.HasPrefix(l, ".env.") || strings.HasSuffix(l, ".env")
}

// lowerBase returns the name of the file at p, lower case: the part after
// its last "/" or "\\", or after the "!" of an archive member.
func lowerBase(p string) string {
	return strings.ToLower(p[strings.LastIndexAny(p, "/\\!")+1:])
}

// lineBounds returns the start and end of the line around [s, e).
func lineBounds(data []byte, s, e int) (int, int) {
	ls := s
	for ls > 0 && data[ls-1] != '\n' {
		ls--
		if s-ls > 400 {
			break
		}
	}
	le := e
	for le < len(data) && data[le] != '\n' {
		le++
		if le-e > 400 {
			break
		}
	}
	return ls, le
}

// compressedPub returns the compressed public key of a secp256k1 scalar.
func compressedPub(key []byte) []byte {
	_, pub := btcec.PrivKeyFromBytes(key)
	return pub.SerializeCompressed()
}
