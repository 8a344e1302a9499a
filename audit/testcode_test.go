package audit

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTestCodeInSourceFiles: tests written inside source files are test
// fixtures as a file under tests/ is: Rust's unit-test module (after
// #[cfg(test)]) and doc-comment examples, which rustdoc runs, and
// Python's doctests. Until 2026-12-02 the WIF keys of rust-bitcoin's
// unit tests and doc examples were findings of production code (up to
// critical), and so were eth-account's doctest keys.
func TestTestCodeInSourceFiles(t *testing.T) {
	tests := []struct {
		name, path, text string
		fixture          bool
	}{
		{"rust main", "src/main.rs", "fn main() {\n    let raw = \"%s\";\n}\n", false},
		{"rust unit test", "src/key.rs", "pub fn f() {}\n\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn wif() {\n        let sk = WifKey::from_wif(\"%s\").unwrap();\n    }\n}\n", true},
		{"rust unit test under a compound cfg", "src/ecdsa.rs", "pub fn f() {}\n\n#[cfg(all(test, feature = \"ecdsa\"))]\nmod tests {\n    fn k() {\n        let x = \"%s\";\n    }\n}\n", true},
		{"code under a test vector's comment", "src/sign.go", "// Test vector from RFC 6979 Appendix 2.5\nvar x = \"%s\"\n", true},
		{"rust code before its tests", "src/key.rs", "pub const K: &str = \"%s\";\n\n#[cfg(test)]\nmod tests {}\n", false},
		{"rust doc example", "src/lib.rs", "/// ```\n/// let k = WifKey::from_wif(\"%s\")?;\n/// ```\npub fn f() {}\n", true},
		{"python doctest", "eth_account/account.py", "def f():\n    \"\"\"\n    >>> key = \"%s\"\n    \"\"\"\n", true},
		{"python code", "app/settings.py", "PRIVATE_KEY = \"%s\"\n", false},
		{"python doctest output", "lib/wallets.py", "def keys():\n    \"\"\"\n    >>> w.keys(depth=0)\n    [<WalletKey(wif='%s')>]\n    \"\"\"\n", true},
		{"python doctest output, third line", "lib/wallets.py", "    >>> w.dump()\n    name: a\n    network: bitcoin\n    wif: %s\n", true},
		{"python code after a doctest", "lib/wallets.py", "    >>> w.keys()\n    []\n\nKEY = '%s'\n", false},
		{"doctest marks in notes are quotes", "notes.txt", ">>> my key %s\n", false},
		{"jsdoc example", "lib/privatekey.js", "/**\n * Makes a key.\n *\n * @example\n *\n * var k = PrivateKey.fromWIF('%s');\n *\n * @param {string} wif\n */\n", true},
		{"tsdoc example on the tag's line", "src/key.ts", "/**\n * @example fromWIF('%s')\n */\n", true},
		{"jsdoc param", "lib/privatekey.js", "/**\n * @example\n * new PrivateKey()\n * @param {string} wif - as '%s'\n */\n", false},
		{"jsdoc text", "lib/privatekey.js", "/**\n * The treasury key: %s\n */\n", false},
		{"js code after an example comment", "lib/config.js", "/**\n * @example\n * load()\n */\nconst KEY = '%s';\n", false},
		{"example tag in a python file", "app/x.py", "# * @example\nKEY = \"%s\"\n", false},
		{"self-test assertion", "src/esm/testecc.js", "export function testEcc(ecc) {\n    assert(ecc.isPrivate(h('%s')));\n}\n", true},
		{"java assertion", "src/main/java/K.java", "class K {\n  void check() {\n    assertEquals(\"%s\", k.wif());\n  }\n}\n", true},
		{"expect call", "src/key.ts", "expect(fromWIF('%s')).toBeTruthy();\n", true},
		{"assert in notes", "notes.txt", "assert(%s)\n", false},
		{"assertion broken before the value", "src/main/java/K.java", "    assertEquals(\n        \"%s\",\n        k.wif());\n", true},
		{"call broken before the value", "src/main/java/K.java", "    importKey(\n        \"%s\");\n", false},
		{"code named like an assertion", "src/key.js", "assertive('%s');\n", false},
		{"perl module's pod example", "lib/Crypt/PK/K.pm", "package K;\n\n=head1 SYNOPSIS\n\n  $pk->import_key({\n    priv => \"%s\",\n  });\n\n=cut\n\nsub new {}\n", true},
		{"perl code after the pod", "lib/Crypt/PK/K.pm", "=head1 NAME\n\nK\n\n=cut\n\n  my $priv = \"%s\";\n", false},
		{"pod prose, not verbatim", "lib/K.pm", "=head1 KEYS\n\nThe key %s is ours.\n", false},
		{"example in a C++ comment", "src/Mnemonic.h", "    // E.g. for a valid key: \"%s\"\n    static bool isValid();\n", true},
		{"example in a shell comment", "deploy.sh", "# for example: export KEY=%s\n", true},
		{"example in a block comment", "src/K.java", "/**\n * Such as %s\n */\n", true},
		{"comment that is not an example", "src/config.go", "// the treasury key: %s\n", false},
		{"comment under an example's comment", "src/keys.ts", "// this would generate a private key similar to:\n//  '%s'\n", true},
		{"commented-out code under an example heading", "tools/sign_raw.py", "# # Example wallet\n# key1 = '%s'\n", true},
		{"second commented-out line under an example heading", "tools/sign_raw.py", "# # Example wallet\n# key1 = 'x'\n# key2 = '%s'\n", true},
		{"comment under code under an example heading", "tools/sign_raw.py", "# Example wallet\nnet = 1\n# key2 = '%s'\n", false},
		{"code under an example's comment", "src/keys.ts", "// for example:\nconst KEY = '%s';\n", false},
		{"comment under a comment that is not an example", "src/keys.ts", "// the deployer:\n// %s\n", false},
		{"example word in code", "src/config.go", "example := \"%s\"\n", false},
		{"openapi example", "wwwroot/swagger/v1/swagger.json", "\"Mnemonic\": {\n  \"type\": \"string\",\n  \"example\": \"%s\"\n}\n", true},
		{"openapi example in yaml", "api/openapi.yaml", "    signerKey:\n      type: string\n      example: '%s'\n", true},
		{"openapi extension", "api/openapi.yml", "      x-example: %s\n", true},
		{"a config's other key", "api/openapi.yaml", "      default: %s\n", false},
		{"a config key named like an example", "config.yaml", "examples_dir: %s\n", false},
		{"example key in notes", "notes.txt", "example: %s\n", false},
		{"a commented-out file under an example's heading", "util/wallet_importer.py", "        # Here's a trimmed version of what an example Electrum file looks like\n        # {\n" + strings.Repeat("        #     \"addr_history\": [],\n", 40) + "        #     \"seed\": \"%s\",\n", true},
		{"a commented-out file under other comments", "util/wallet_importer.py", "        # The wallet we restore from\n        # {\n" + strings.Repeat("        #     \"addr_history\": [],\n", 40) + "        #     \"seed\": \"%s\",\n", false},
		{"a comment block after an example's block", "util/w.py", "# for example:\n# x = 1\nrun()\n# the key\n# %s\n", false},
		{"python docstring", "util/mnemonic.py", "def generate_mnemonic(strength=256) -> str:\n    \"\"\"returns a 24 wordlist:\n    \"%s\"\n\n    :param strength: 256\n    \"\"\"\n", true},
		{"python docstring under a long signature", "util/m.py", "def f(\n    a,\n) -> str:\n    \"\"\"\n    Returns:\n        %s\n    \"\"\"\n", true},
		{"python code after a docstring", "util/m.py", "def f():\n    \"\"\"Makes a key.\"\"\"\n    return \"%s\"\n", false},
		{"python code after a docstring's close", "util/m.py", "def f():\n    \"\"\"\n    Makes a key.\n    \"\"\"\n    return \"%s\"\n", false},
		{"a python string that is no docstring", "util/m.py", "KEY = \"\"\"\n%s\n\"\"\"\n", false},
		{"an api reference's examples", "doc/schemas/exposesecret.json", "{\n  \"examples\": [\n    {\n      \"request\": {\"id\": \"example:exposesecret#1\", \"params\": {}},\n      \"response\": {\n        \"mnemonic\": \"%s\"\n      }\n    }\n  ]\n}\n", true},
		{"a value after the examples", "doc/schemas/x.json", "{\"examples\": [{\"a\": \"[\\\"}\"}], \"mnemonic\": \"%s\"}\n", false},
		{"code under a not-for-production comment", "scripts/consts.ts", "// Not secure. Do not use for production purposes\nexport const l1key =\n  \"%s\";\n", true},
		{"code under a testing-only comment", "src/dev.py", "# For testing only\nKEY = \"%s\"\n", true},
		{"code past a blank line under such a comment", "src/dev.py", "# For testing only\nA = 1\n\nKEY = \"%s\"\n", false},
		{"code under a production comment", "src/prod.py", "# production signer\nKEY = \"%s\"\n", false},
		{"markdown output sample", "README.md", "Your output should look something like this:\n\n```\nPrivate Keys\n==================\n(0) %s\n```\n", true},
		{"markdown example block", "docs/recovery.md", "A seed looks like:\n```text\nwif: %s\n```\n", true},
		{"markdown block not an example", "docs/deploy.md", "## Deploy\n\n```\nexport KEY=%s\n```\n", false},
		{"markdown after a closed example block", "notes.md", "For example:\n\n```\nls\n```\n\nkey: %s\n", false},
		{"markdown example two paragraphs above", "notes.md", "For example:\n\nMy own wallet.\n\n```\nwif: %s\n```\n", false},
		{"markdown rustdoc block", "crates/signer/notes/signing.md", "```rust\n# use signers::Wallet;\nlet w = \"%s\".parse::<Wallet>()?;\n```\n", true},
		{"markdown rust block", "crates/signer/notes/signing.md", "```rust\nlet w = \"%s\".parse::<Wallet>()?;\n```\n", false},
		{"markdown shell comment", "docs/deploy.md", "```bash\n# deploy\nexport KEY=%s\n```\n", false},
		{"a README's code block", "packages/wallet/README.md", "Derive a key:\n\n```ts\nconst w = Wallet.fromWIF('%s')\n```\n", true},
		{"a README's pasted .env", "README.md", "Create a `.env` (the one I use):\n\n```\nWIF=%s\n```\n", false},
		{"a README's shell session", "README.md", "```bash\nexport WIF=%s\n```\n", false},
		{"a README's text", "README.md", "## Keys\n\nThe treasury key is %s\n", false},
		{"a README's text after a code block", "README.md", "```ts\nnpm i\n```\n\nThe treasury key is %s\n", false},
		{"a documentation page's code block", "packages/bitcore-lib/docs/examples.md", "## Import an address via WIF\n\n```javascript\nvar wif = '%s';\n```\n", true},
		{"a documentation page's shell session", "docs/setup.md", "```bash\nexport WIF=%s\n```\n", false},
		{"notes' code block", "notes/keys.md", "```javascript\nvar wif = '%s';\n```\n", false},
		{"a cosmos test keyring", "scripts/add_keys.sh", "echo \"%s\" | osmosisd keys add val --recover --keyring-backend test\n", true},
		{"a cosmos test keyring, flag with =", "notes.txt", "gaiad keys add faucet --recover --keyring-backend=test <<< \"%s\"\n", true},
		{"a cosmos os keyring", "scripts/add_keys.sh", "echo \"%s\" | osmosisd keys add val --recover --keyring-backend os\n", false},
		{"a keyring named like the test one", "scripts/add_keys.sh", "echo \"%s\" | osmosisd keys add val --recover --keyring-backend testnet\n", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := strings.Replace(tc.text, "%s", freshWIF(t), 1)
			fs, _ := collect(t, New(Options{Trials: TrialsOff}), Bytes(tc.path, []byte(text)))
			require.Len(t, fs, 1)
			assert.Equal(t, tc.fixture, fs[0].Storage.TestFixture)
		})
	}
}

// TestThirdPartyPaths: the directories package managers install
// published packages into.
func TestThirdPartyPaths(t *testing.T) {
	for p, want := range map[string]bool{
		"app/node_modules/bitcore-lib/docs/examples.md":                        true,
		"home/u/go/pkg/mod/github.com/x/y@v1.2.3/k.go":                         true,
		"venv/lib/python3.12/site-packages/eth_account/account.py":             true,
		"home/u/.cargo/registry/src/index.crates.io-6f17/bip39-2.0.0/x":        true,
		"repo/vendor/github.com/x/y/k.go":                                      true,
		"repo/src/wallet/k.go":                                                 false,
		"home/u/notes/modules.md":                                              false,
		"repo/vendors.txt":                                                     false,
		"var/log/pods/wallets_signer-7d9c8b5f4-q2x7w_1b2c/signer/0.log":        false,
		"repo/pkg/mod/resolve.go":                                              false,
		"home/u/go/pkg/mod/cache/download/github.com/x/y/@v/v1.0.0.zip":        true,
		"vendor/bundle/ruby/3.3.0/gems/money-tree-0.11.2/spec/k.rb":            true,
		"home/u/gems/notes.txt":                                                false,
		"app/node_modules/.cache/babel-loader/4f1c2b.json":                     false,
		"app/node_modules/.cache/terser-webpack-plugin/content-v2/sha512/ab":   false,
		"app/node_modules/ethers/node_modules/.cache/x.json":                   true, // inside a package
		"app/node_modules/.cache-less/k.js":                                    true,
		"app/node_modules/.cache/node_modules/bip39/index.js":                  true,
		"home/u/.npm/_cacache/content-v2/sha512/ab/cd/ef01!package/test/k.js":  true,
		"home/u/.cache/yarn/v6/npm-hdkey-2.1.0-x/node_modules/hdkey/README.md": true,
		"repo/.yarn/cache/hdkey-npm-2.1.0-abc.zip!node_modules/hdkey/k.js":     true,
		"home/u/.local/share/pnpm/store/v3/files/ab/cdef-index.json":           true,
		"home/u/.cache/pip/http-v2/a/b/c/d/e/abcdef.body":                      true,
		"home/u/.nuget/packages/nbitcoin/7.0.0/lib/k.xml":                      true,
		"home/u/.cache/notes/seed.txt":                                         false,
		"home/u/yarn/notes.txt":                                                false,
		"usr/share/gocode/src/github.com/btcsuite/btcd/btcec/bench_test.go":    true,
		"/usr/lib/hashcat/modules/module_28501.so":                             true,
		"usr/share/doc/libssl-doc/demos/cipher/aeskeywrap.c.gz":                true,
		"nix/store/abc123-python3.12-ecdsa-0.19/lib/k.py":                      true,
		"home/u/usr/notes.txt":                                                 false,
		"etc/walletd/wallet.conf":                                              false,
		"var/lib/walletd/wallet.dat":                                           false,
	} {
		assert.Equal(t, want, isThirdPartyPath(p), p)
	}
}

// TestPackageDocPaths: an installed package's documentation and demos,
// and a Python distribution's metadata, which holds its README (corpus
// 60: msoffcrypto-tool's PKG-INFO example key was a medium finding), and
// its manual pages (corpus 80: CryptX's example Ed25519 key).
func TestPackageDocPaths(t *testing.T) {
	for p, want := range map[string]bool{
		"usr/lib/python3/dist-packages/msoffcrypto_tool-5.4.2.egg-info/PKG-INFO":  true,
		"venv/lib/python3.12/site-packages/eth_account-0.13.0.dist-info/METADATA": true,
		"usr/share/doc/libssl-doc/demos/cipher/aeskeywrap.c.gz":                   true,
		"node_modules/bip32/README.md":                                            true,
		"usr/share/man/man3/Crypt::PK::Ed25519.3pm.gz":                            true,
		"venv/lib/python3.12/site-packages/eth_account/metadata":                  false,
		"venv/lib/python3.12/site-packages/eth_account/account.py":                false,
	} {
		assert.Equal(t, want, isPackageDocPath(p), p)
	}
}

// TestCompiledPaths: compiled code, whose keys in an installed package
// are its authors' constants (corpus 60: hashcat's modules hold the WIF
// keys of their self-tests).
func TestCompiledPaths(t *testing.T) {
	for p, want := range map[string]bool{
		"usr/lib/hashcat/modules/module_28501.so":                           true,
		"usr/lib/x86_64-linux-gnu/libsecp256k1.so.2.0.1":                    true,
		"node_modules/tiny-secp256k1/build/Release/secp256k1.node":          true,
		"venv/lib/python3.12/site-packages/k/__pycache__/k.cpython-312.pyc": true,
		"usr/lib/fakewallet/restore.sh":                                     false,
		"usr/lib/python3/dist-packages/k/k.py":                              false,
		"usr/share/doc/k/notes.so.txt":                                      false,
	} {
		assert.Equal(t, want, isCompiledPath(p), p)
	}
}

// TestTestNetworkFiles: the names of files for a chain's test networks
// (corpus 63: dcrd's regnet and simnet treasury keys).
func TestTestNetworkFiles(t *testing.T) {
	for p, want := range map[string]bool{
		"github.com/decred/dcrd/chaincfg/v3@v3.2.1/regnetparams.go": true,
		"github.com/decred/dcrd/chaincfg/v3@v3.2.1/simnetparams.go": true,
		"chain/devnet-genesis.json":                                 true,
		"chain/mainnetparams.go":                                    false,
	} {
		assert.Equal(t, want, testNetworkFile(p), p)
	}
}

// TestTestPaths: the directories and names of test data, among them the
// test-vector directories that crypto libraries publish (an npm package
// named testcases, a test-vectors folder).
func TestTestPaths(t *testing.T) {
	for p, want := range map[string]bool{
		"repo/test/k.txt":    true,
		"pkg/__tests__/k.js": true,
		"node_modules/@ethersproject/testcases/lib/index.js": true,
		"lib/testcases/hdnode.json.gz!hdnode.json":           true,
		"crypto/test-vectors/bip32.json":                     true,
		"src/vectors.rs":                                     false,
		"x/test_vectors/keys.txt":                            true,
		"x/testvectors/keys.txt":                             true,
		"app/__fixtures__/wallet.json":                       true,
		"app/__mocks__/wallet.js":                            true,
		"home/dana/notes/wallets.md":                         false,
		"home/dana/latest/k.txt":                             false,
		// Test helpers' packages and end-to-end suites (corpus 63).
		"prysm/v5@v5.1.2/validator/testing/constants.go":                       true,
		"cosmos-sdk@v0.50.9/testutil/network/network.go":                       true,
		"prysm/v5@v5.1.2/testing/endtoend/static-files/eth1/UTC--2021-12-22T1": true,
		"web/e2e/wallet.spec.ts":                                               true,
		"home/dana/testings/k.txt":                                             false,
		// Test source sets, projects and files of other ecosystems.
		"android/app/src/androidTest/java/com/x/TestTronSigner.kt": true,
		"app/src/androidTestDebug/java/Keys.kt":                    true,
		"shared/src/commonTest/kotlin/WalletKeys.kt":               true,
		"src/integrationTest/java/Keys.java":                       true,
		"Nethereum.Signer.UnitTests/EthECKeyTests.cs":              true,
		"tests/Wallet.Tests/Keys.cs":                               true,
		"rust/tw_tests/chains/keys.rs":                             true,
		"crates/testenv/src/utils.rs":                              true,
		"packages/e2e-tests/keys.ts":                               true,
		"src/main/java/com/x/SignerTest.java":                      true,
		"Sources/WalletTests.swift":                                true,
		"src/WalletSpec.scala":                                     true,
		"lib/wallet_spec.rb":                                       true,
		"pkg/wallet_test.py":                                       true,
		"web/wallet-test.js":                                       true,
		"contracts/Vault.t.sol":                                    true,
		"py/conftest.py":                                           true,
		"src/wallet/tests.rs":                                      true,
		"src/contest/Contest.java":                                 false,
		"src/Attestation.java":                                     false,
		"keys/TestNetWallet.txt":                                   false,
		"myTestNet/keys.txt":                                       false,
		"home/dana/Latest.txt":                                     false,
		"src/Manifest.kt":                                          false,
		"home/dana/testnet/keys.txt":                               false,
		"home/dana/Documents/Testament.docx":                       false,
		// Go's packages of test helpers, and integration tests.
		"lntest/channels/channels.go":                                    true,
		"net/http/httptest/server.go":                                    true,
		"lnd/itest/lnd_test_list_on.go":                                  true,
		"src/itest/java/Keys.java":                                       true,
		"benchmark/thirdparty/tx.ts":                                     true,
		"crates/signer/benches/sign.rs":                                  true,
		"src/benchmarking/k.txt":                                         false,
		"aave-v3-core/test-wallets.js":                                   true,
		"home/dana/testament-keys.txt":                                   false,
		"src/modules/musig/tests_impl.h":                                 true,
		"src/tests.c":                                                    true,
		"docs/testsuite-notes/k.txt":                                     false,
		"docs/latest/keys.go":                                            false,
		"pkg/manifest/k.go":                                              false,
		"lntest/keys.txt":                                                false,
		"pkg/contest/k.go":                                               false,
		"wallet-core/samples/go/main.go":                                 true,
		"packages/stargate/src/testutils.ts":                             true,
		"app/test_helpers.py":                                            true,
		"src/test-vectors.json":                                          true,
		"src/testament_utils.py":                                         false,
		"src/attest_utils.go":                                            false,
		"Nethereum/consoletests/Signer.Console/Program.cs":               true,
		"src/integrationtests/keys.go":                                   true,
		"home/dana/contests/prizes.txt":                                  false,
		"home/dana/protests/notes.txt":                                   false,
		"src/background/wallet/test.utils.ts":                            true,
		"src/features/accounts/AccountList.stories.tsx":                  true,
		"src/components/Button.story.jsx":                                true,
		"home/dana/stories/wallet.txt":                                   false,
		"home/dana/test.env":                                             false,
		"home/ubuntu/.hermes/keys/cosmoshub-4/keyring-test/relayer.json": false,
		"root/.gaia/keyring-test/validator.info":                         false,
	} {
		assert.Equal(t, want, isTestPath(p), p)
	}
}

// TestExampleNamed: a value assigned to a name that says it is made up
// (EXAMPLE_PRIVATE_KEY, dummyKey, sample-seed) is scored as a test's; a
// name that only holds such letters (exampled, fakery) is not.
func TestExampleNamed(t *testing.T) {
	for before, want := range map[string]bool{
		`const EXAMPLE_PRIVATE_KEY = "`: true,
		`dummy_private_key = "`:         true,
		`  dummyKey: '`:                 true,
		`sample-seed=`:                  true,
		`wallet.placeholderKey := "`:    true,
		`private_key = "`:               false,
		`exampled_key = "`:              false,
		`fakery: `:                      false,
		`an example: see `:              false,
	} {
		assert.Equal(t, want, exampleNamed([]byte(before)), before)
	}
	s := testScanner(Options{})
	fs, _ := collect(t, s, Bytes("src/a.js", []byte(`const EXAMPLE_KEY = "`+token(1)+"\";\n")), Bytes("src/b.js", []byte(`const KEY = "`+token(2)+"\";\n")))
	require.Len(t, fs, 2)
	for _, f := range fs {
		assert.Equal(t, f.Location.Path == "src/a.js", f.Storage.TestFixture, f.Location.Path)
	}
}
