// Package bip39vectors holds the entropies of the published BIP-39 test
// vectors. Their phrases are public in every language and their seeds use
// the passphrase "TREZOR", so a finding made of them is public knowledge
// rather than an exposed wallet. The mnemonic package marks phrases made
// of them as public, and the key detectors mark the keys derived from
// them.
package bip39vectors

import "encoding/hex"

// entropies are the entropies of the English BIP-39 test vectors
// (passphrase "TREZOR"): the twelve patterned ones, then the random ones
// of three generations of the set, all copied into many libraries' tests:
// the set go-bip39 v1.1.0's tests carry, the set of
// trezor/python-mnemonic vectors.json today, and the earlier set ("ozone
// drill grab …") found with its BIP-32 roots in other test suites. A
// phrase is public by its entropy, so the same vectors in any language are
// recognised.
var entropies = []string{
	"00000000000000000000000000000000", "7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f",
	"80808080808080808080808080808080", "ffffffffffffffffffffffffffffffff",
	"000000000000000000000000000000000000000000000000", "7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f",
	"808080808080808080808080808080808080808080808080", "ffffffffffffffffffffffffffffffffffffffffffffffff",
	"0000000000000000000000000000000000000000000000000000000000000000", "7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f",
	"8080808080808080808080808080808080808080808080808080808080808080", "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
	"77c2b00716cec7213839159e404db50d", "b63a9c59a6e641f288ebc103017f1da9f8290b3da6bdef7b",
	"3e141609b97933b66a060dcddc71fad1d91677db872031e85f4c015c5e7e8982", "0460ef47585604c5660618db2e6a7e7f",
	"72f60ebac5dd8add8d2a25a797102c3ce21bc029c200076f", "2c85efc7f24ee4573d2b81a6ec66cee209b2dcbd09d8eddc51e0215b0b68e416",
	"eaebabb2383351fd31d703840b32e9e2", "7ac45cfe7722ee6c7ba84fbc2d5bd61b45cb2fe5eb65aa78",
	"4fa1a8bc3e6d80ee1316050e862c1812031493212b7ec3f3bb1b08f168cabeef", "18ab19a9f54a9274f03e5209a2ac8a91",
	"18a2e1d81b8ecfb2a333adcb0c17a5b9eb76cc5d05db91a4", "15da872c95a13dd738fbf50e427583ad61f18fd99f628c417a61cf8343c90419",
	// trezor/python-mnemonic vectors.json today.
	"7dce4ed2284c9134d026608ab684c05c", "0ce452419635c1a5faf44d60f2029f73fdc43419b4de1f03",
	"00ac97c48106f0aeb8ba061e0250a559b3251dc35854e694780ba51d53a50120", "5baf069620eff15c71dd97c9a6ee328f",
	"977f8287f9ed670b8489838ab0476a63b65d4df12f406e68", "3edc83b60740d77af3afa2fcb82c2f1bc541ee4e2518ddef4996d32453f54a3c",
	"63deb1e7f0c3de56f4ab43c9d2ae6c86", "e77c6500b49072aefdf0a8aa787cf557d1920e94103e0597",
	"89bb4bc5555992cdaf3444c5e7ca5a6e9f27efab894f1990bae41be8b2a26ea4", "00641669f095b433a304ed0f953f28eb",
	"b8b0ff94389d3ec591c7d2fb72d8d3666e4e52b8cdf5471d", "911fec0fbd88029f6fa99164896c18d898c9232af18bdcca3e42d53b86493104",
	// The earlier set.
	"9e885d952ad362caeb4efe34a8e91bd2", "6610b25967cdcca9d59875f5cb50b0ea75433311869e930b",
	"68a79eaca2324873eacc50cb9c6eca8cc68ea5d936f98787c60c7ebc74e6ce7c", "c0ba5a8e914111210f2bd131f3d5e08d",
	"6d9be1ee6ebd27a258115aad99b7317b9c8d28b6d76431c3", "9f6a2878b2520799a44ef18bc7df394e7061a224d2c33cd015b157d746869863",
	"23db8160a31d3e0dca3688ed941adbf3", "8197a4a47f0425faeaa69deebc05ca29c0a5b5cc76ceacc0",
	"066dca1a2bb7e8a1db2832148ce9933eea0f3ac9548d793112d9a95c9407efad", "f30f8c1da665478f49b001d94c5fc452",
	"c10ec20dc3cd9f652c7fac2f1230f7a3c828389a14392f05", "f585c11aec520db57dd353c69554b21a89b20fb0650966fa0a9d6f74fd989d8f",
}

// Entropies returns the entropies, decoded, in a new slice on each call.
func Entropies() [][]byte {
	out := make([][]byte, 0, len(entropies))
	for _, e := range entropies {
		b, err := hex.DecodeString(e)
		if err == nil {
			out = append(out, b)
		}
	}
	return out
}
