package mnemonic

import (
	"crypto/sha256"
	"encoding/hex"
	"sync"

	"github.com/walletaudit/walletaudit/internal/bip39vectors"
)

// publicPhrases are phrases published as development defaults
// (docs/formats.md §1.5): anyone who knows the tool knows the keys.
var publicPhrases = []struct{ phrase, source string }{
	{"test test test test test test test test test test test junk", "Hardhat/Anvil/Foundry default mnemonic"},
	{"myth like bonus scare over problem client lizard pioneer submit female collect", "Ganache deterministic (-d) mnemonic"},
	{"candy maple cake sugar pudding cream honey rich smooth crumble sweet treat", "Truffle develop mnemonic"},
	{"bottom drive obey lake curtain smoke basket hold race lonely fit walk", "Substrate/Polkadot development phrase (DEV_PHRASE, //Alice …)"},
	{"giant issue aisle success illegal bike spike question tent bar rely arctic volcano long crawl hungry vocal artwork sniff fantasy very lucky have athlete", "Kurtosis ethereum-package devnet mnemonic"},
	// Examples printed in widely installed packages.
	{"seed sock milk update focus rotate barely fade car face mechanic mercy", "example in the npm bip39 README"},
	{"buyer zoo end danger ice capable shrug naive twist relief mass bonus", "example in the ox (viem) Mnemonic documentation"},
	{"praise you muffin lion enable neck grocery crumble super myself license ghost", "bitcoinjs-lib example mnemonic"},
	{"surround miss nominee dream gap cross assault thank captain prosper drop duty group candy wealth weather scale put", "CosmJS test and faucet mnemonic"},
	// CosmJS's preset accounts of its local chains (cosmos/cosmjs
	// scripts/wasmd/README.md: faucet, alice, bob, unused, guest, ledger;
	// scripts/evmd/README.md: the validator), which CosmWasm tutorials
	// and many projects' tests copy.
	{"economy stock theory fatal elder harbor betray wasp final emotion task crumble siren bottom lizard educate guess current outdoor pair theory focus wife stone", "CosmJS local chain preset account (faucet)"},
	{"enlist hip relief stomach skate base shallow young switch frequent cry park", "CosmJS local chain preset account (alice)"},
	{"remain fragile remove stamp quiz bus country dress critic mammal office need", "CosmJS local chain preset account (bob)"},
	{"oyster design unusual machine spread century engine gravity focus cave carry slot", "CosmJS local chain preset account (unused)"},
	{"degree tackle suggest window test behind mesh extra cover prepare oak script", "CosmJS local chain preset account (guest)"},
	{"example indicate trick cereal hub fix civil host kiss version bird dash", "CosmJS local chain preset account (ledger)"},
	{"gather series sample skin gate mask gossip between equip knife total stereo", "CosmJS local EVM chain validator"},
	// The development mnemonic of Acala's local Mandala chain (its EVM+
	// examples' hardhat.config), which Aave's ganache network copies.
	{"fox sight canyon orphan hotel grow hedgehog build bless august weather swarm", "Acala Mandala local development mnemonic"},
	// The validator and dev0 to dev3 of Evmos's and Cosmos EVM's
	// local_node.sh, which their forks and CosmJS copy.
	{"gesture inject test cycle original hollow east ridge hen combine junk child bacon zero hope comfort vacuum milk pitch cage oppose unhappy lunar seat", "Evmos/Cosmos EVM local node validator (local_node.sh)"},
	{"copper push brief egg scan entry inform record adjust fossil boss egg comic alien upon aspect dry avoid interest fury window hint race symptom", "Evmos/Cosmos EVM local node dev0 (local_node.sh)"},
	{"maximum display century economy unlock van census kite error heart snow filter midnight usage egg venture cash kick motor survey drastic edge muffin visual", "Evmos/Cosmos EVM local node dev1 (local_node.sh)"},
	{"will wear settle write dance topic tape sea glory hotel oppose rebel client problem era video gossip glide during yard balance cancel file rose", "Evmos/Cosmos EVM local node dev2 (local_node.sh)"},
	{"doll midnight silk carpet brush boring pluck office gown inquiry duck chief aim exit gain never tennis crime fragile ship cloud surface exotic patch", "Evmos/Cosmos EVM local node dev3 (local_node.sh)"},
	{"couch hunt wisdom giant regret supreme issue sing enroll ankle type husband", "Hardhat test-suite mnemonic (its tests and plugins)"},
	// The seed Ledger's device emulator starts with unless told another
	// (LedgerHQ/speculos, DEFAULT_SEED), which every Ledger app's tests
	// and their clients' test suites use.
	{"glory promote mansion idle axis finger extra february uncover one trip resource lawn turtle enact monster seven myth punch hobby comfort wild raise skin", "Ledger Speculos emulator default seed"},
	{"cabin raise oven oven knock fantasy flock letter click empty skate volcano", "example in the eth-account Mnemonic documentation"},
	{"lens risk clerk foot verb planet drill roof boost aim salt omit celery tube list permit motor obvious flash demise churn hold wave hollow", "example in the Lodestar and @ethereumjs/client documentation (--fromMnemonic)"},
	{"ripple scissors kick mammal hire column oak again sun offer wealth tomorrow wagon turn fatal", "Trust Wallet Core and Nethereum test and example mnemonic"},
	{"permit universe parent weapon amused modify essay borrow tobacco budget walnut lunch consider gallery ride amazing frog forget treat market chapter velvet useless topple", "Monero's Trezor test device seed (monero-project/monero tests/trezor)"},
	{"ふっかつ　あきる　すぶり　はやい　つける　まゆげ　たんさん　みんぞく　ねほりはほり　せまい　たいまつばな　ひはん", "example in the npm cipher-base tests"},
}

var publicTable = sync.OnceValue(func() map[string]string {
	es := bip39vectors.Entropies()
	m := make(map[string]string, len(es)+len(publicPhrases))
	for _, e := range es {
		m[hex.EncodeToString(e)] = "BIP-39 test vector"
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
	if p.scheme == SchemeTON {
		return publicTON(p)
	}
	if p.scheme == SchemeSLIP39 {
		return publicSLIP39Share(p)
	}
	if p.scheme == SchemeAezeed {
		if publicAezeed()[p.Reveal()] {
			return "LND aezeed test vector or documentation example", true
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

// publicAezeedSeeds are the aezeed cipher seeds LND publishes: the two
// vectors of its aezeed tests (lightningnetwork/lnd
// aezeed/cipherseed_test.go), the seed of its btcwallet signer tests
// (lnwallet/btcwallet/signer_test.go) and the example of its recovery
// guide (docs/recovery.md).
var publicAezeedSeeds = []string{
	"ability liquid travel stem barely drastic pact cupboard apple thrive morning oak feature tissue couch old math inform success suggest drink motion know royal",
	"able tree stool crush transfer cloud cross three profit outside hen citizen plate ride require leg siren drum success suggest drink require fiscal upgrade",
	"able promote dizzy mixture sword myth share public find tattoo catalog cousin bulb unfair machine alarm cool large promote kick shop rug mean year",
	"ability noise lift document certain month shoot perfect matrix mango excess turkey river pitch fluid rack drill text buddy pool soul fatal ship jelly",
}

var publicAezeed = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, len(publicAezeedSeeds))
	for _, s := range publicAezeedSeeds {
		m[s] = true
	}
	return m
})

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

// PublicEntropy reports whether entropy is that of a published phrase
// (test vectors, development defaults), in any language.
func PublicEntropy(entropy []byte) (source string, ok bool) {
	source, ok = publicTable()[hex.EncodeToString(entropy)]
	return source, ok
}

// publicMonero are published Monero test seeds, by the first 16 bytes of
// SHA-256 of their private spend key: the seeds of serai-dex/serai
// networks/monero/wallet/seed/src/tests.rs (one a language), of
// monero-project/monero tests/unit_tests/mnemonics.cpp and
// tests/functional_tests, and one from a public seed tool's test data.
// They stand in public repositories.
var publicMonero = map[string]string{
	"096512e6ae6deddeaf974532d2770afc": "Monero test seed", "0cd3620be3e248a2c79c6f32d4c8e488": "Monero test seed",
	"0cda1ebd7510c2ea2cc0be3e0efa4813": "Monero test seed", "248a2965fe05b26786aa1dcefde5c2f0": "Monero test seed",
	"31266479a26644310f414329cbbefb13": "Monero test seed", "52357a02d907907d3a9d31307ee2c701": "Monero test seed",
	"7625193791cb9becacebfd22abc4f1fa": "Monero test seed", "845fb089a63394b6f1c0b7f1b9bdc7e1": "Monero test seed",
	"8bb985539cc1dc91313bbe51e6aef36d": "Monero test seed", "b6df596049e45bc39ce2a29d6761d327": "Monero test seed",
	"c8457bd88730a81ced5b9e748a7da1c3": "Monero test seed", "d6a25c03f53d5071c672622599a04479": "Monero test seed",
	"f22b4edfa664a9007a1f04d2252ec905": "Monero test seed", "f66c9e05fcdc53ee53a50d174524b549": "Monero test seed",
	"f8ac20ce753c7f5c8ae58b7550f79107": "Monero test seed", "fdb35951314f86933f571f12b4fe8636": "Monero test seed",
	// The wallets of monero-project/monero tests/functional_tests
	// (address_book.py, multisig.py, transfer.py, …), which its
	// documentation and other projects' tests restore too.
	"95ec0092140ea59d451680826df59b10": "Monero functional tests wallet seed",
	"fcc661547ad14a1cdae16695b9975cd6": "Monero functional tests wallet seed",
	"9acc9a82a487d108e64e993e3a66fd7e": "Monero functional tests wallet seed",
	"d02f1134ef827166923a87cfb564a17b": "Monero functional tests wallet seed",
}
