package mnemonic

import (
	"crypto/sha256"
	"encoding/hex"
	"sync"
)

// publicPhrases are phrases published as development defaults
// (FORMATS.md §1.8): anyone who knows the tool knows the keys.
var publicPhrases = []struct{ phrase, source string }{
	{"test test test test test test test test test test test junk", "Hardhat/Anvil/Foundry default mnemonic"},
	{"myth like bonus scare over problem client lizard pioneer submit female collect", "Ganache deterministic (-d) mnemonic"},
	{"candy maple cake sugar pudding cream honey rich smooth crumble sweet treat", "Truffle develop mnemonic"},
	// Examples printed in widely installed packages.
	{"seed sock milk update focus rotate barely fade car face mechanic mercy", "example in the npm bip39 README"},
	{"buyer zoo end danger ice capable shrug naive twist relief mass bonus", "example in the ox (viem) Mnemonic documentation"},
	{"praise you muffin lion enable neck grocery crumble super myself license ghost", "bitcoinjs-lib example mnemonic"},
	{"surround miss nominee dream gap cross assault thank captain prosper drop duty group candy wealth weather scale put", "CosmJS test and faucet mnemonic"},
	{"ふっかつ　あきる　すぶり　はやい　つける　まゆげ　たんさん　みんぞく　ねほりはほり　せまい　たいまつばな　ひはん", "example in the npm cipher-base tests"},
}

// publicEntropies are the entropies of the English BIP-39 test vectors
// (passphrase "TREZOR"): the twelve patterned ones, then the random ones
// of three generations of the set, all copied into many libraries' tests:
// the set go-bip39 v1.1.0's tests carry, the set of
// trezor/python-mnemonic vectors.json today, and the earlier set ("ozone
// drill grab …") found with its BIP-32 roots in other test suites. A
// phrase is public by its entropy, so the same vectors in any language are
// recognised.
var publicEntropies = []string{
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

var publicTable = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, len(publicEntropies)+len(publicPhrases))
	for _, e := range publicEntropies {
		m[e] = "BIP-39 test vector"
	}
	for _, p := range publicPhrases {
		ph, err := Validate(p.phrase)
		if err != nil {
			panic("mnemonic: public phrase table: " + err.Error()) // data error, caught by tests
		}
		m[hex.EncodeToString(ph.RevealEntropy())] = p.source
	}
	return m
})

// Public reports whether p is a published phrase (a BIP-39 test vector or
// a development tool's default) and names where it was published. The
// keys of such phrases are emptied by bots within seconds on any real
// network; they are test data, not leaks.
func Public(p Phrase) (source string, ok bool) {
	if p.IsZero() {
		return "", false
	}
	if p.scheme == SchemeMonero {
		h := sha256.Sum256(moneroKey(p.indices))
		if src := publicMonero[hex.EncodeToString(h[:16])]; src != "" {
			return src, true
		}
		return "", false
	}
	if p.scheme == SchemePolyseed {
		if publicPolyseedPhrase(p) {
			return "Polyseed test vector", true
		}
		return "", false
	}
	if p.scheme == SchemeSLIP39 {
		if publicSLIP39Share(p) {
			return "SLIP-39 test vector", true
		}
		return "", false
	}
	if isElectrum(p.scheme) {
		source, ok = publicElectrum()[electrumKey(p)]
		return source, ok
	}
	if p.scheme == SchemeElectrumOld {
		h, _ := electrumOldHex(p.indices)
		source, ok = publicElectrumOld[h]
		return source, ok
	}
	source, ok = publicTable()[hex.EncodeToString(p.RevealEntropy())]
	return source, ok
}

// publicElectrumSeeds are the Electrum 2.x seeds of Electrum's own test
// suite (spesmilo/electrum tests/test_mnemonic.py and
// tests/test_wallet_vertical.py): English, Japanese, simplified Chinese
// and Spanish, of every seed type.
var publicElectrumSeeds = []string{
	"wild father tree among universe such mobile favorite target dynamic credit identify",
	"なのか ひろい しなん まなぶ つぶす さがす おしゃれ かわく おいかける けさき かいとう さたん",
	"眼 悲 叛 改 节 跃 衡 响 疆 股 遂 冬",
	"almíbar tibio superar vencer hacha peatón príncipe matar consejo polen vehículo odisea",
	"equipo fiar auge langosta hacha calor trance cubrir carro pulmón oro áspero",
	"vidrio jabón muestra pájaro capucha eludir feliz rotar fogata pez rezar oír",
	"cram swing cover prefer miss modify ritual silly deliver chunk behind inform able",
	"ostrich security deer aunt climb inner alpha arm mutual marble solid task",
	"science dawn member doll dutch real can brick knife deny drive list",
	"bind clever room kidney crucial sausage spy edit canvas soul liquid ribbon slam open alpha suffer gate relax voice carpet law hill woman tonight abstract",
	"sibling leg cable timber patient foot occur plate travel finger chef scale radio citizen promote immune must chef fluid sea sphere common acid lab",
	"frost pig brisk excite novel report camera enlist axis nation novel desert",
	"cycle rocket west magnet parrot shuffle foot correct salt library feed song",
	"bitter grass shiver impose acquire brush forget axis eager alone wine silver",
	"kiss live scene rude gate step hip quarter bunker oxygen motor glove",
	"universe topic remind silver february ranch shine worth innocent cattle enhance wise",
}

// electrumKey identifies an Electrum 2.x seed by its normalised form
// (the seed Electrum hashes), so the same seed with or without accents
// or spaces between CJK characters has one key.
func electrumKey(p Phrase) string {
	h := sha256.Sum256([]byte(electrumNormalize(p.Reveal())))
	return hex.EncodeToString(h[:16])
}

var publicElectrum = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, len(publicElectrumSeeds))
	for _, s := range publicElectrumSeeds {
		p, err := ValidateElectrum(s)
		if err != nil {
			panic("mnemonic: public Electrum seed table: " + err.Error()) // data error, caught by tests
		}
		m[electrumKey(p)] = "Electrum test vector"
	}
	return m
})

// Weakness describes why a valid phrase is not random, or "" when nothing
// is known: every word the same, or entropy that is all one byte.
func Weakness(p Phrase) string {
	if p.IsZero() {
		return ""
	}
	same := true
	for _, v := range p.indices[1:] {
		same = same && v == p.indices[0]
	}
	if same {
		return "every word is the same"
	}
	ent := p.RevealEntropy()
	if len(ent) == 0 {
		return ""
	}
	one, block, rising := true, true, true
	for i, b := range ent {
		one = one && b == ent[0]
		block = block && b == ent[i%4]
		rising = rising && (i == 0 || b == ent[i-1]+1)
	}
	distinct := map[uint16]bool{}
	for _, v := range p.indices {
		distinct[v] = true
	}
	switch {
	case one:
		return "entropy is one repeated byte"
	case block:
		return "entropy is one repeated 4-byte block"
	case rising:
		return "entropy is a counting sequence"
	case len(distinct) <= 4:
		return "at most four distinct words"
	}
	return ""
}

// TestVectorEntropies returns the entropies of the published BIP-39 test
// vectors (their phrases are public in every language; their seeds use
// the passphrase "TREZOR"). The result is a copy.
func TestVectorEntropies() [][]byte {
	out := make([][]byte, 0, len(publicEntropies))
	for _, e := range publicEntropies {
		b, err := hex.DecodeString(e)
		if err == nil {
			out = append(out, b)
		}
	}
	return out
}

// PublicEntropy reports whether entropy is that of a published phrase
// (test vectors, development defaults), in any language.
func PublicEntropy(entropy []byte) (source string, ok bool) {
	source, ok = publicTable()[hex.EncodeToString(entropy)]
	return source, ok
}

// publicMonero are published Monero test seeds, by the first 16 bytes of
// SHA-256 of their private spend key: the seeds of serai-dex/serai
// networks/monero/wallet/seed/src/tests.rs (one a language), of
// monero-project/monero tests/unit_tests/mnemonics.cpp, and one from a
// public seed tool's test data. They stand in public repositories.
var publicMonero = map[string]string{
	"096512e6ae6deddeaf974532d2770afc": "Monero test seed", "0cd3620be3e248a2c79c6f32d4c8e488": "Monero test seed",
	"0cda1ebd7510c2ea2cc0be3e0efa4813": "Monero test seed", "248a2965fe05b26786aa1dcefde5c2f0": "Monero test seed",
	"31266479a26644310f414329cbbefb13": "Monero test seed", "52357a02d907907d3a9d31307ee2c701": "Monero test seed",
	"7625193791cb9becacebfd22abc4f1fa": "Monero test seed", "845fb089a63394b6f1c0b7f1b9bdc7e1": "Monero test seed",
	"8bb985539cc1dc91313bbe51e6aef36d": "Monero test seed", "b6df596049e45bc39ce2a29d6761d327": "Monero test seed",
	"c8457bd88730a81ced5b9e748a7da1c3": "Monero test seed", "d6a25c03f53d5071c672622599a04479": "Monero test seed",
	"f22b4edfa664a9007a1f04d2252ec905": "Monero test seed", "f66c9e05fcdc53ee53a50d174524b549": "Monero test seed",
	"f8ac20ce753c7f5c8ae58b7550f79107": "Monero test seed", "fdb35951314f86933f571f12b4fe8636": "Monero test seed",
}
