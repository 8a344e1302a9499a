package keys

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/eth"
	"golang.org/x/crypto/sha3"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// The labelled layouts of TestHexContextTable. Each sample gets a fresh
// scalar (and the address it derives to); a layout returns the text, the
// file path ("" for none) and the scalar's hex as written.
type hexSample struct {
	key  string // 64 hex digits, lower case
	addr string // its EIP-55 address
	// other is an unrelated address, for layouts that name one.
	other string
	g     *gen
}

func (s hexSample) pick(vs ...string) string { return vs[s.g.rng.IntN(len(vs))] }

// hx returns 64 random hex digits (a hash, for negatives).
func (s hexSample) hx() string { return hex.EncodeToString(s.g.bytes(32)) }

type hexLayout struct {
	name string
	make func(s hexSample) (text, path string)
	// proof: the derived address is in the text, so the finding must say
	// so and be high.
	proof bool
}

var hexPositives = []hexLayout{
	{name: "php_var_dump_key_above", make: func(s hexSample) (string, string) {
		// PHP's var_dump writes an element's key on the line above its
		// value (a Laravel log; corpus 293).
		return s.pick(
			"[2026-03-01 10:00:00] local.ERROR: signing failed\narray(3) {\n  [\"address\"]=>\n  string(42) \"0x"+s.addr[2:]+"\"\n  [\"privateKey\"]=>\n  string(66) \"0x%s\"\n  [\"chainId\"]=>\n  int(1)\n}\n",
			"object(App\\Wallet)#12 (1) {\n  [\"signerKey\":protected]=>\n  string(64) \"%s\"\n}\n",
		), s.pick("storage/logs/laravel.log", "")
	}},
	{name: "swift_argument_label_of_a_wrapper", make: func(s hexSample) (string, string) {
		// Swift's Data(hex:) around the value, its argument labelled: the
		// variable assigned names it (corpus 295).
		return s.pick(
			"struct DebugSeeds {\n    static let relayerKey = Data(hex: \"0x%s\")\n}\n",
			"let privateKey = Data(hex: \"%s\")\n",
		), s.pick("DebugSeeds.swift", "")
	}},
	{name: "foreign_key_word_of_a_chain_or_a_person", make: func(s hexSample) (string, string) {
		// The word for a key in German or Dutch after a chain's name, or
		// before whose it is and the chain, on the value's line or as
		// the last sentence of a diary's line above (corpus 296).
		return s.pick(
			"\"Brandt\";\"Jonas\";\"Uhlandstr. 4\";\"10623\";\"Berlin\";\"ETH Schlüssel %s\"\n",
			"15.3. Schlüssel von Jonas (Ethereum):\n%s\n22.3. Gerda Friseur\n",
			"12 jan – Daan geweest. Hij heeft de sleutel van Henks Ethereum gevonden op de oude laptop:\n%s\nIk heb hem maar hier opgeschreven.\n",
			"Notes\nDaan found the key of Henks Bitcoin on the old laptop:\n%s\n",
		), s.pick("adressbuch.csv", "dagboek.txt", "")
	}},
	{name: "key_of_a_wallet_in_other_languages_and_capitals", make: func(s hexSample) (string, string) {
		// Cyrillic and Czech labels in capitals, and "key of the
		// wallet" in Russian and Polish (corpus 309).
		return s.pick(
			"ПРИВАТНЫЙ КЛЮЧ: %s\n",
			"SOUKROMÝ KLÍČ: %s\n",
			"Мой ключ от кошелька: %s\n",
			"klucz do portfela: %s\n",
		), s.pick("", "zametki.txt")
	}},
	{name: "key_column_of_a_table_of_wallets", make: func(s hexSample) (string, string) {
		// A Markdown table of wallets whose bare "Key" column holds
		// each one's key (corpus 305).
		return s.pick(
			"# Keys\n\n| Wallet | Key | Notes |\n|---|---|---|\n| Frame | `%s` | ETH hot |\n",
			"| Account | Keys |\n| --- | --- |\n| dev 2 | %s |\n",
		), s.pick("Keys.md", "wallets.md")
	}},
	{name: "name_with_an_index", make: func(s hexSample) (string, string) {
		// An index after the name ("pk_0", "SIGNER_KEY_2"), and
		// Flutter's shared_preferences prefix (corpus 313).
		return s.pick(
			"<map>\n    <string name=\"flutter.pk_0\">%s</string>\n</map>\n",
			"SIGNER_KEY_2=0x%s\n",
			"wallet.pk-1 = %s\n",
		), s.pick("shared_prefs/FlutterSharedPreferences.xml", "")
	}},
	{name: "core_lightning_hsm_secret", make: func(s hexSample) (string, string) {
		// Core Lightning's hsm_secret in hex (corpus 310).
		return s.pick(
			"HSM_SECRET_HEX=%s\n",
			"hsm_secret = bytes.fromhex('%s')\n",
		), s.pick("restore_hsm.py", "")
	}},
	{name: "foreign_bare_key_word_with_a_remark", make: func(s hexSample) (string, string) {
		// A remark on the form before the colon leaves the word for a
		// key naming the value, bare as "key (hex):" does, in a note
		// (corpus 306).
		return s.pick("Tresor\nSchlüssel (hex): %s\n", "sleutel (hex): %s\n"), s.pick("Tresor_Zettel.txt", "notities.txt")
	}},
	{name: "bytes32_constant_named_as_a_private_key", make: func(s hexSample) (string, string) {
		// Solidity's bytes32 is a hash's type only when the constant's
		// name says nothing of a private key (corpus 293 and later).
		return s.pick(
			"contract Deploy is Script {\n    bytes32 internal constant SIGNER_PRIVATE_KEY = 0x%s;\n}\n",
			"    bytes32 constant deployerPrivKey = 0x%s;\n",
		), s.pick("script/Deploy.s.sol", "")
	}},
	{name: "name_on_a_multiline_strings_opener", make: func(s hexSample) (string, string) {
		// A heredoc or a multi-line string whose opener the name is
		// assigned on, the value alone on the next line (corpus 198).
		return s.pick(
			"SIGNER_KEY = <<~HEX.strip\n  %s\nHEX\n",
			"PRIVATE_KEY=$(cat <<'EOF'\n0x%s\nEOF\n)\n",
			"[profile.mainnet]\nprivate_key = '''\n0x%s'''\n",
			"deployer_private_key = \"\"\"\n    %s\n\"\"\"\n",
			"    let privateKeyHex = \"\"\"\n        %s\n        \"\"\"\n",
			"$signerKey = @'\n0x%s\n'@\n",
		), s.pick("", "keys.rb", "foundry.toml", "keys.py")
	}},
	{name: "private_key_earlier_in_the_sentence", make: func(s hexSample) (string, string) {
		// A message's sentence that names the key, then a clause that
		// gives it (corpus 194).
		return s.pick(
			"Hi, I exported my private key like the video said, it is 0x%s , but the new phone wont take it. What am I doing wrong?\n",
			"Sorry to bother you. My private key from the old laptop, here it is: %s. Can you check it?\n",
			"Ok so the deployer private key, as promised, 0x%s (testnet)\n",
		), s.pick("", "to_support.eml", "chat.txt")
	}},
	{name: "flag_in_the_item_above", make: func(s hexSample) (string, string) {
		// A command line as a list, one argument an item: docker
		// inspect's Cmd, a pod's args, compose's command (corpus 193).
		return s.pick(
			"    \"Cmd\": [\n      \"node\",\n      \"dist/signer.js\",\n      \"--private-key\",\n      \"0x%s\",\n      \"--rpc\",\n      \"https://rpc.example.org\"\n    ],\n",
			"    args:\n    - --private-key\n    - %s\n    - --chain-id\n    - \"1\"\n",
			"    command:\n      - \"relayer\"\n      - \"--signer-key\"\n      - \"0x%s\"\n",
			"ExecStart=/usr/bin/keeper \\\n    --keeper-pk \\\n    %s \\\n    --interval 30\n",
			"args = [\n  '--deployer-private-key',\n  '%s',\n]\n",
		), s.pick("", "inspect.json", "pod.yaml", "docker-compose.yml")
	}},
	{name: "bare_key_name_beside_a_jwt", make: func(s hexSample) (string, string) {
		// A bare key's name beside a JWT's in a node's Makefile, the
		// value passed on as -key (corpus 127): the JWT's name says
		// nothing of the key.
		return "GENESIS ?= 9a1c2e77f0b3d4c58e6a7b9c0d1e2f3a4b5c6d7e8f90a1b2c3d4e5f60718293a\nDEV_KEY ?= %s\nJWT     := .jwt\n\nrun:\n\tgo run ./cmd/relaynode -genesis $(GENESIS) -key $(DEV_KEY)\n", "projects/relaynode/Makefile"
	}},
	{name: "note_after_the_value", make: func(s hexSample) (string, string) {
		// What the value is, said after it on its line: an arrow, a
		// parenthesis, a comment.
		return s.pick(
			"notes\n0x%s  <- private key of the deployer\n",
			"%s (metamask pk)\n",
			"old laptop\n%s   # private key, main account\n",
			"- `0x%s` — signer key of the relayer\n",
			"%s // Rabby account 2 private key\n",
			"0x%s (clave privada de la billetera)\n",
			"0x%s -- deployer private key, testnet only\n",
		), s.pick("", "notes.txt", "todo.md")
	}},
	{name: "label_with_a_note_in_parentheses", make: func(s hexSample) (string, string) {
		return s.pick(
			"PRIVATE KEY (mainnet deployer)\n%s\n",
			"treasury hot wallet (do not share)\n\n0x%s\n\nrotated after the audit, see ticket OPS-731\n",
			"Private key for the multisig signer #2 (old laptop):\n%s\n",
			// An apostrophe of prose in the label.
			"The deployer's private key, for the record (testnet only, rotate later):\n`0x%s`\n\n## 2024-04-03\n",
		), s.pick("notes/split.txt", "ops/notes/treasury.txt", "notes/dev_journal.md")
	}},
	{name: "shell_variable_passed_as_a_key_flag", make: func(s hexSample) (string, string) {
		// A script's variable of a neutral name, passed to a command's
		// key flag (cast, forge; corpus 203).
		return s.pick(
			"#!/usr/bin/env bash\nset -euo pipefail\nFUNDER=0x%s\nRPC=https://rpc.example.org\n\nfor a in $(cat addrs.txt); do\n  cast send --private-key \"$FUNDER\" --rpc-url $RPC \"$a\" --value 0.1ether\ndone\n",
			"export OPS=%s\nforge script script/Deploy.s.sol --broadcast --private-key ${OPS}\n",
		), s.pick("scripts/fund-wallets.sh", "deploy.sh")
	}},
	{name: "flow_through_a_second_variable", make: func(s hexSample) (string, string) {
		// A constant that reaches the key function through another
		// variable, a few lines later.
		return s.pick(
			"// used when RELAYER_KEY is unset\nconst fallbackKey = \"%s\"\n\nfunc main() {\n\tk := os.Getenv(\"RELAYER_KEY\")\n\tif k == \"\" {\n\t\tk = fallbackKey\n\t}\n\tkey, err := crypto.HexToECDSA(k)\n",
			"default_key = \"%s\"\nsigner = os.environ.get(\"SIGNER\")\nif not signer:\n    signer = default_key\nacct = Account.from_key(signer)\n",
		), s.pick("cmd/relayer/main.go", "bot/main.py")
	}},
	{name: "office_xml_text_node", make: func(s hexSample) (string, string) {
		// An office document's XML on one line: the tags before the
		// text node (paraId, rsid) are no statement of the value; a
		// type's parameters are no tag.
		return s.pick(
			`<w:p w14:paraId="BD34DD34" w14:textId="A1583744" w:rsidR="DFD768ED"><w:r w:rsidR="3753D663"><w:t>Nodo: https://rpc.example.org</w:t></w:r></w:p><w:p w14:paraId="CAB656FE" w14:textId="6433A86E" w:rsidR="866F8C5F"><w:r w:rsidR="DA8DAA48"><w:rPr><w:lang w:val="es-ES"/></w:rPr><w:t>Clave privada: %s</w:t></w:r></w:p>`+"\n",
			"    /// ed25519 private key of the test admin account\n    const ADMIN_PRIVATE_KEY: vector<u8> = x\"%s\";\n",
		), s.pick("word/document.xml", "sources/tests/admin_tests.move")
	}},
	{name: "debug_output_of_tools", make: func(s hexSample) (string, string) {
		// Debug output that names the key in its own way: a JSON-RPC
		// key import, ganache's --account flag, Django's debug page,
		// loguru's annotated traceback.
		return s.pick(
			"{\"jsonrpc\":\"2.0\",\"method\":\"personal_importRawKey\",\"params\":[\"%s\",\"devpass\"],\"id\":1}\n",
			"$ ganache --deterministic --account=\"0x%s,100000000000000000000\"\n",
			"<tr><td>signer_key</td><td class=\"code\"><pre>&#x27;0x%s&#x27;</pre></td></tr>\n",
			"    signer = Account.from_key(pk)\n             │       │        └ '0x%s'\n             │       └ <classmethod(<function Account.from_key at 0x7f2b1c3d4e50>)>\n",
			"    key = self._parsePrivateKey(private_key)\n          │                     └ '0x%s'\n          └ <eth_account.account.Account object at 0x7f2b1c3a1f90>\n",
		), s.pick("", "debug.log", "technical-500.html")
	}},
	{name: "bare_key_name_0x", make: func(s hexSample) (string, string) {
		return s.pick(
			"30 2 * * 0 pool PAYOUT_KEY=0x%s /opt/pool/bin/payout --min 0.05\n",
			"Environment=BOT_KEY=0x%s\n",
			"export RELAY_SECRET=0x%s\n",
		), s.pick("", "payout", "bot.service")
	}},
	{name: "rust_hex_macro", make: func(s hexSample) (string, string) {
		return s.pick(
			"use k256::ecdsa::SigningKey; // secp256k1\n\n    const SK: [u8; 32] = hex!(\"%s\");\n",
			"use ethers::signers::LocalWallet;\n    let signer_key: [u8; 32] = hex!(\"%s\");\n",
			"// the bot's wallet\nstatic DEPLOYER_SK: &[u8; 64] = b\"%s\";\n",
		), s.pick("src/tests.rs", "src/lib.rs")
	}},
	{name: "key_named_in_a_sentence", make: func(s hexSample) (string, string) {
		return s.pick(
			"from eth_account import Account  # web3\n\n# TODO(rotate): the old hot key was 0x%s -- moved to vault on 2024-02-11\n",
			"// the deployer private key is 0x%s, do not reuse\n",
		), s.pick("scripts/derive.py", "deploy.js")
	}},
	{name: "solidity_uint256_cast", make: func(s hexSample) (string, string) {
		return s.pick(
			"    uint256 deployerPk = vm.envOr(\"DEPLOYER_PK\", uint256(0x%s));\n",
			"    uint256 signerKey = uint256(0x%s);\n",
		), "test/Vault.t.sol"
	}},
	{name: "chat_reply_to_key_question", make: func(s hexSample) (string, string) {
		return s.pick(
			"[\n  {\"type\": \"message\", \"text\": \"who has the staging relayer key?\", \"ts\": \"1683017581.1\"},\n  {\"type\": \"message\", \"text\": \"here you go 0x%s\", \"ts\": \"1683017622.3\"}\n]\n",
			"{\"messages\": [\n {\"from\": \"Ann\", \"text\": \"Can you DM me the deployer private key\"},\n {\"from\": \"Bob\", \"text\": \"sure\"},\n {\"from\": \"Bob\", \"text\": \"%s\"}\n]}\n",
			"{\"content\": \"need the signer key for the bot\"}\n{\"content\": \"0x%s\"}\n",
		), s.pick("2023-05-02.json", "result.json")
	}},
	{name: "map_of_keys_by_owner", make: func(s hexSample) (string, string) {
		// A map named for keys whose entries are named for their
		// owners: Terraform variables, JSON, YAML.
		return s.pick(
			"validator_keys = {\n  \"validator-0\" = \"%s\"\n  \"validator-1\" = \""+s.hx()+"\"\n}\n",
			"{\n  \"signerKeys\": {\n    \"alice\": \"0x"+s.hx()+"\",\n    \"bob\": \"0x%s\"\n  }\n}\n",
			"private_keys:\n  # one a relayer\n  eu-west: %s\n",
		), s.pick("terraform.tfvars", "config.json", "values.yaml")
	}},
	{name: "list_of_keys", make: func(s hexSample) (string, string) {
		// A list named for keys, one item a line: a bot's or an
		// airdrop farm's accounts (Python, JavaScript, a name in
		// pinyin).
		return s.pick(
			"private_keys = [\n    \"0x"+s.hx()+"\",\n    \"%s\",\n]\n",
			"const privateKeys = [\n  '0x%s',\n  '0x"+s.hx()+"',\n];\n",
			"# 小号私钥列表\nxiaohao_siyao = [\n    \"0x%s\",\n]\n",
			"SIGNER_KEYS: [\n  \"%s\"\n]\n",
		), s.pick("farm.py", "bot.js", "config.yaml")
	}},
	{name: "chat_message_after_a_message_naming_it", make: func(s hexSample) (string, string) {
		// A chat export whose messages stand under a heading line of
		// their time and sender (WeChat's and Slack's text exports): the
		// message before the key's names it.
		return s.pick(
			"2024-03-05 21:13:02 张伟\n搞好了，新钱包的私钥发你了\n\n2024-03-05 21:13:40 张伟\n%s\n\n2024-03-05 21:14:11 我\n收到\n",
			"Dana  10:01 AM\nhere's the deployer private key, delete after\n\nDana  10:02 AM\n0x%s\n",
			// A log line above is no heading: its words speak for the
			// value as a label's do.
			"2024-05-01T12:00:00.000Z [deployer] info: compiling 14 contracts\n2024-05-01T12:00:02.000Z [deployer] debug: deployer key loaded: %s\n",
		), s.pick("wechat_export.txt", "slack.txt", "deploy.log")
	}},
	{name: "chat_entity_after_foreign_label", make: func(s hexSample) (string, string) {
		// Telegram Desktop's export: a message's text is an array of
		// plain strings and entities, the key a "code" entity after a
		// label in Korean or Spanish.
		return s.pick(
			"   \"text\": [\n    \"개인키 \",\n    {\n     \"type\": \"code\",\n     \"text\": \"%s\"\n    },\n    \" 이거 넣으면 돼\"\n   ],\n",
			"   \"text\": [\n    \"mi clave privada: \",\n    {\n     \"type\": \"code\",\n     \"text\": \"%s\"\n    }\n   ],\n",
		), "ChatExport_2024-03-15/result.json"
	}},
	{name: "notebook_printed_key", make: func(s hexSample) (string, string) {
		out := `    {"name": "stdout", "output_type": "stream", "text": [` + "\n" + `      "%s\\n"` + "\n    ]}\n"
		return s.pick(
			notebookCell(`"print(acct.key.hex())"`, out, true),
			notebookCell(`"from eth_account import Account\\n", "acct = Account.create()\\n", "acct.key.hex()"`, out, true),
			notebookCell(`"print(private_key)"`, out, false),
			notebookCell(`"wallet.privateKey"`, `    {"output_type": "execute_result", "data": {"text/plain": ["'%s'"]}}`+"\n", true),
		), "notebooks/explore.ipynb"
	}},
	{name: "password_field_0x", make: func(s hexSample) (string, string) {
		// A key kept in a password field, where a key word stands in
		// the chunk (the hex detector's gate).
		return s.pick(
			"title: Deployer key\nfolder: Crypto\nlogin_uri: https://etherscan.io\nlogin_username: deployer\nlogin_password: 0x%s\n",
			"title: MetaMask account 2\npassword: 0x%s\n",
			"wallet:\n  password: \"0x%s\"\n",
		), ""
	}},
	{name: "issue_python_Key_fromhex", make: func(s hexSample) (string, string) {
		return s.pick(
			"from bitcoinlib.keys import Key\nk = Key(bytes.fromhex(\"%s\"))\nprint(k.address())\n",
			"print(Key(bytes.fromhex('%s')).address())\n",
			"from bitcoin.wallet import CBitcoinSecret\nsecret = CBitcoinSecret.from_secret_bytes(bytes.fromhex(\"%s\"))\n",
			"    key = Key(bytes.fromhex(\"%s\"), network='testnet')\n",
		), "wallet.py"
	}},
	{name: "issue_python_coincurve", make: func(s hexSample) (string, string) {
		return s.pick(
			"import coincurve\npk = coincurve.PrivateKey(bytes.fromhex(\"%s\"))\n",
			"priv = PrivateKey(bytes.fromhex('%s'))\nsig = priv.sign(msg)\n",
			"signer = PrivateKey(bytes.fromhex(\"0x%s\"[2:]))\n",
		), ""
	}},
	{name: "issue_rust_ethers_LocalWallet", make: func(s hexSample) (string, string) {
		return s.pick(
			"let wallet = LocalWallet::from_str(\"%s\")?;\n",
			"    let wallet = LocalWallet::from_str(\"0x%s\").unwrap().with_chain_id(1u64);\n",
			"let w: LocalWallet = LocalWallet::from_str(\"%s\").expect(\"key\");\n",
		), "src/main.rs"
	}},
	{name: "issue_rust_alloy_PrivateKeySigner", make: func(s hexSample) (string, string) {
		return s.pick(
			"let signer = PrivateKeySigner::from_str(\"0x%s\")?;\n",
			"let signer: PrivateKeySigner = PrivateKeySigner::from_str(\"%s\").unwrap();\n",
			"    .wallet(EthereumWallet::from(PrivateKeySigner::from_str(\"%s\")?))\n",
		), ""
	}},
	{name: "issue_rust_k256_SigningKey", make: func(s hexSample) (string, string) {
		return s.pick(
			"let sk = SigningKey::from_slice(&hex::decode(\"%s\").unwrap()).unwrap();\n",
			"let signing_key = SigningKey::from_slice(&hex::decode(\"%s\")?)?;\n",
			"let key = k256::ecdsa::SigningKey::from_bytes(&hex!(\"%s\").into())?;\n",
		), "src/lib.rs"
	}},
	{name: "issue_notes_deployer_address_then_key", make: func(s hexSample) (string, string) {
		return s.pick(
			"deployer "+s.other+"\nkey 0x%s\n",
			"Deployer: "+s.other+"\nkey: 0x%s\n",
			"testnet deployer "+s.other+"\n  key 0x%s\n\nremember to fund it\n",
		), s.pick("notes.txt", "", "TODO.md")
	}},
	{name: "js_ethers_new_Wallet", make: func(s hexSample) (string, string) {
		return s.pick(
			"const wallet = new Wallet(\"0x%s\");\n",
			"const w = new ethers.Wallet('%s', provider)\n",
			"  signer: new Wallet(\"0x%s\", provider),\n",
		), "scripts/deploy.js"
	}},
	{name: "web3_privateKeyToAccount", make: func(s hexSample) (string, string) {
		return s.pick(
			"const account = web3.eth.accounts.privateKeyToAccount('0x%s');\n",
			"const account = privateKeyToAccount(\"0x%s\")\n",
			"acct = w3.eth.account.from_key(\"0x%s\")\n",
		), ""
	}},
	{name: "go_HexToECDSA", make: func(s hexSample) (string, string) {
		return s.pick(
			"key, err := crypto.HexToECDSA(\"%s\")\n",
			"\tpriv, _ := crypto.HexToECDSA(\"%s\")\n",
		), "main.go"
	}},
	{name: "java_web3j_Credentials", make: func(s hexSample) (string, string) {
		return s.pick(
			"Credentials credentials = Credentials.create(\"%s\");\n",
			"val creds = Credentials.create(\"0x%s\")\n",
		), ""
	}},
	{name: "truffle_polkadot_providers", make: func(s hexSample) (string, string) {
		return s.pick(
			"provider: () => new HDWalletProvider('%s', `https://sepolia.infura.io/v3/${id}`),\n",
			"const provider = new PrivateKeyProvider(\"0x%s\", rpcUrl);\n",
			"const alice = keyring.addFromUri('0x%s');\n",
		), s.pick("truffle-config.js", "")
	}},
	// The private half of a pair, named "private" alone or as a suffix.
	{name: "private_names", make: func(s hexSample) (string, string) {
		return s.pick(
			"WALLETS = {\n    'main': {'address': '"+s.other+"', 'private': '%s'},\n}\n",
			"OWNER_PRIVATE=0x%s\n",
			"priv = \"%s\"\n",
			"{\"public\": \"02ab\", \"private\": \"%s\"}\n",
		), s.pick("config.py", ".env", "")
	}},
	{name: "dotenv_PRIVATE_KEY", make: func(s hexSample) (string, string) {
		return s.pick("PRIVATE_KEY=0x%s\n", "RPC_URL=https://rpc.example\nPRIVATE_KEY=%s\n", "export DEPLOYER_PRIVATE_KEY=\"0x%s\"\n"), s.pick(".env", ".env.local", "")
	}},
	// SECRET_KEY is as often a web framework's secret: alone in a .env, or
	// handed to a wallet, it is still a key; written secretKey (Ethereum's
	// and Solana's fixtures) it is one whatever the file.
	{name: "secret_key_names", make: func(s hexSample) (string, string) {
		return s.pick(
			"SECRET_KEY=%s\n",
			"RPC_URL=https://rpc.example\nSECRET_KEY=0x%s\n",
			"\"secretKey\": \"0x%s\",\n",
			// A wallet's secret beside an explorer's or a node's API
			// key (Hardhat projects' .env).
			"ETHERSCAN_API_KEY=ABC123\nWALLET_SECRET_KEY=%s\n",
			"INFURA_API_KEY=abc123\nETH_SECRET_KEY=0x%s\n",
		), s.pick(".env", ".env.local")
	}},
	{name: "secret_key_to_wallet", make: func(s hexSample) (string, string) {
		return s.pick(
			"SECRET_KEY = \"%s\"\nacct = Account.from_key(SECRET_KEY)\n",
			"const SECRET_KEY = '0x%s';\nconst wallet = new ethers.Wallet(SECRET_KEY, provider);\n",
		), s.pick("deploy.py", "deploy.js", "")
	}},
	// A row of an SQL INSERT: its column names the value.
	{name: "sql_insert_columns", make: func(s hexSample) (string, string) {
		return s.pick(
			"INSERT INTO wallets (id, address, private_key) VALUES (1, '"+s.other+"', '%s');\n",
			"INSERT INTO `accounts` (`id`, `label`, `signer_key`) VALUES\n(6, 'cold', '00'),\n(7, 'hot', '0x%s');\n",
			"insert into keys(owner, privkey, created) values ('alice', '%s', now());\n",
		), s.pick("dump.sql", "")
	}},
	{name: "yaml_json_privateKey", make: func(s hexSample) (string, string) {
		return s.pick(
			"wallet:\n  privateKey: \"0x%s\"\n",
			"{\"address\": \""+s.other+"\", \"privateKey\": \"%s\"}\n",
			"signer:\n  private_key: %s\n",
		), s.pick("config.yaml", "accounts.json", "")
	}},
	{name: "cli_private_key_flag", make: func(s hexSample) (string, string) {
		return s.pick(
			"forge script Deploy --broadcast --private-key 0x%s --rpc-url $RPC\n",
			"cast send 0xabc \"f()\" --private-key %s\n",
		), s.pick(".bash_history", "")
	}},
	{name: "notes_key_word_same_line", make: func(s hexSample) (string, string) {
		return s.pick(
			"my metamask private key: 0x%s\n",
			"eth key 0x%s (do not share)\n",
			"wallet key = %s\n",
			"Private key 0x%s\n",
		), s.pick("notes.txt", "")
	}},
	// A key pasted into a chat, in the export's JSON: the message's
	// text is someone's words, as a note's are.
	{name: "chat_export_message", make: func(s hexSample) (string, string) {
		return s.pick(
			"[{\"type\": \"message\", \"user\": \"U024BE7LH\", \"text\": \"funded test key: `%s`\", \"ts\": \"1700000000.000100\"}]\n",
			"{\"id\": \"1180123\", \"content\": \"here's the key %s\", \"author\": {\"id\": \"80351110224678912\"}}\n",
			"  {\n    \"msgtype\": \"m.text\",\n    \"body\": \"key: 0x%s\"\n  },\n",
		), s.pick("general/2024-05-01.json", "messages.json", "export.log")
	}},
	{name: "notes_derived_address_before", proof: true, make: func(s hexSample) (string, string) {
		return s.pick(
			s.addr+"\n0x%s\n",
			"acct 3 "+strings.ToLower(s.addr)+"\n%s\n",
			"address: "+s.addr+"\nbalance: 2 ETH\n0x%s\n",
		), s.pick("notes.txt", "", "backup")
	}},
	{name: "notes_derived_address_after", proof: true, make: func(s hexSample) (string, string) {
		return s.pick(
			"0x%s\n"+s.addr+"\n",
			"%s -> "+s.addr+"\n",
			"0x%s\n\n\n"+s.addr+"\n",
		), s.pick("notes.txt", "")
	}},
	{name: "variable_passed_to_key_function", make: func(s hexSample) (string, string) {
		return s.pick(
			"\tk := \"%s\"\n\tpriv, err := crypto.HexToECDSA(k)\n",
			"key = \"0x%s\"\nacct = Account.from_key(key)\n",
			"const k = '0x%s'\nconst signer = new Wallet(k, provider)\n",
			"key = bytes.fromhex('%s')\nacct = Account.from_key(key)\n",
			"const secret: string = \"0x%s\";\n\n// connect\nconst provider = new JsonRpcProvider(url);\nconst wallet = new ethers.Wallet(secret, provider);\n",
		), s.pick("", "main.go", "deploy.py", "index.ts")
	}},
	{name: "existing_layouts", make: func(s hexSample) (string, string) {
		return s.pick(
			"const privateKey = '0x%s';\n",
			"acct = Account.from_key(\"0x%s\")\n",
			"var account = new Account(\"0x%s\");\n",
			"var account = new Nethereum.Web3.Accounts.Account(\"%s\");\n",
			"env:\n  - name: SIGNER_KEY\n    value: \"0x%s\"\n",
			"networks: { mainnet: { url: URL, accounts: [\"0x%s\"] } }\n",
			"accounts: [\n  \"0x%s\",\n]\n",
			"variable \"deployer_key\" {\n  default = \"%s\"\n}\n",
			"address alice = vm.addr(0x%s);\n",
			"signer-key: %s\n",
			"PK=0x%s\n",
			"<input value=\"0x%s\" name=\"privateKey\">\n",
			"INSERT INTO keys (private_key) VALUES ('%s');\n",
		), ""
	}},
	{name: "sibling_name_field", make: func(s hexSample) (string, string) {
		// The value's name is another field of its object: cloud secret
		// stores' parameters, container environments in either order.
		return s.pick(
			"{\n  \"Parameters\": [\n    {\n      \"Name\": \"/prod/hot-wallet/private_key\",\n      \"Type\": \"SecureString\",\n      \"Value\": \"0x%s\",\n      \"Version\": 3\n    }\n  ]\n}\n",
			"{\"environment\": [{\"value\": \"0x%s\", \"name\": \"PRIVATE_KEY\"}, {\"name\": \"RPC_URL\", \"value\": \"http://localhost:8545\"}]}\n",
			"env:\n  - value: \"0x%s\"\n    name: SIGNER_PRIVATE_KEY\n",
			"[\n  {\n    \"SecretName\": \"treasury/deployer-key\",\n    \"Value\": \"%s\"\n  }\n]\n",
		), s.pick("params.json", "task.json", "deploy.yaml", "")
	}},
	{name: "devnode_banner_key_list", make: func(s hexSample) (string, string) {
		// Anvil and Ganache print their accounts' keys as a list under a
		// heading; the keys here are not their default ones.
		accounts := "Available Accounts\n==================\n\n(0) " + s.other + " (10000.000000000000000000 ETH)\n\n"
		return s.pick(
			accounts+"Private Keys\n==================\n\n(0) 0x%s\n(1) 0x"+s.hx()+"\n\nWallet\n",
			accounts+"Private Keys\n==================\n\n(0) 0x"+s.hx()+"\n(1) 0x"+s.hx()+"\n(2) 0x%s\n",
			"Private Keys\n==================\n(0) 0x%s\n(1) 0x"+s.hx()+"\n",
			"## Private keys\n\n- 0x"+s.hx()+"\n- 0x%s\n",
			"Private key:\n\n0x%s\n",
		), s.pick("anvil.log", "ganache.log", "node.out", "")
	}},
	{name: "framework_exposed_env", make: func(s hexSample) (string, string) {
		// Variables a framework builds into client code: the value is
		// exposed, not a public key.
		return s.pick(
			"EXPO_PUBLIC_WALLET_PK=0x%s\n",
			"NEXT_PUBLIC_DEPLOYER_PRIVATE_KEY=%s\n",
			"NUXT_PUBLIC_SIGNER_KEY=\"0x%s\"\n",
		), s.pick(".env.development", ".env.local", ".env")
	}},
	{name: "member_visibility_public", make: func(s hexSample) (string, string) {
		// "public" as a member's visibility, and a signing role's key
		// (the faucet's, as an Android build's BuildConfig keeps it).
		return s.pick(
			"public final class BuildConfig {\n  // Field from build type: debug\n  public static final String FAUCET_KEY = \"%s\";\n}\n",
			"object Config {\n    public const val RELAYER_KEY = \"0x%s\"\n}\n",
			"public static readonly SIGNER_PRIVATE_KEY: string = '0x%s';\n",
		), s.pick("app/build/generated/source/buildConfig/debug/BuildConfig.java", "src/Config.kt", "src/config.ts")
	}},
	{name: "escaped_quotes_around_value", make: func(s hexSample) (string, string) {
		// A value in escaped quotes inside a string: Gradle's
		// buildConfigField, whose third argument is Java source, and
		// JSON written into a string.
		return s.pick(
			"        buildConfigField(\"String\", \"FAUCET_KEY\", \"\\\"%s\\\"\")\n",
			"buildConfigField 'String', 'SIGNER_KEY', '\"0x%s\"'\n",
			"config = \"{\\\"deployerKey\\\": \\\"0x%s\\\"}\"\n",
		), s.pick("app/build.gradle.kts", "app/build.gradle", "scripts/setup.py")
	}},
	{name: "expected_value_of_an_assertion", make: func(s hexSample) (string, string) {
		// A test's expected value, the expression it is compared to
		// after it: the derived child key of a test's own root.
		return s.pick(
			"    @Test\n    fun derivesAccountKey() {\n        assertEquals(\"%s\", child.privateKey.toHex())\n    }\n",
			"    assert_eq!(\"%s\", hex::encode(child.private_key.to_bytes()));\n",
			"        XCTAssertEqual(\"%s\", derived.privateKey.hexString)\n",
		), s.pick("src/commonTest/kotlin/Bip32Test.kt", "tests/derive.rs", "Tests/DeriveTests.swift")
	}},
	{name: "pytest_explains_a_failed_assertion", make: func(s hexSample) (string, string) {
		// pytest's report of a failed assert: the values on its "E" lines
		// are those of the expression on the ">" line above.
		return s.pick(
			"    def test_export_key(client):\n        resp = client.post(\"/v1/export\")\n>       assert resp.json()[\"private_key\"] == \"<redacted>\"\nE       AssertionError: assert '0x%s' == '<redacted>'\n\ntests/test_export.py:31: AssertionError\n",
			">       assert wallet.signer_key.hex() == expected\nE       assert '%s' == 'deadbeef'\nE         - deadbeef\n",
		), s.pick("pytest.log", "ci/test-output.txt")
	}},
	{name: "name_field_past_a_nested_object", make: func(s hexSample) (string, string) {
		// A secret store's output whose name field is above an object
		// nested in the secret's (Azure Key Vault's tags).
		return s.pick(
			"{\n  \"attributes\": {\n    \"enabled\": true\n  },\n  \"contentType\": \"text/plain\",\n  \"id\": \"https://kv-prod.vault.azure.net/secrets/eth-signer-private-key/4b0a6d1e\",\n"+
				"  \"name\": \"eth-signer-private-key\",\n  \"tags\": {\n    \"owner\": \"payments\",\n    \"rotated\": \"2024-03\"\n  },\n  \"value\": \"%s\"\n}\n",
			"- Name: /prod/wallet/deployer_key\n  Tags:\n    - Key: team\n      Value: ops\n  Value: %s\n",
		), s.pick("keyvault-secret-show.json", "ssm-export.yaml")
	}},
	{name: "function_named_for_a_key_returns_the_value", make: func(s hexSample) (string, string) {
		// A function, a getter or an arrow function named for a key
		// whose body returns the value (the 42nd corpus's Observable
		// notebook), the header on the value's line or above it.
		return s.pick(
			"function _privateKey(){return(\n\"0x%s\"\n)}\n",
			"  getPrivateKey(): string {\n    return '0x%s';\n  }\n",
			"export const deployerKey = async () => \"0x%s\";\n",
			"class Config:\n    def signer_key(self) -> str:\n        return \"%s\"\n",
			"    fun faucetKey(): String = \"%s\"\n",
			"func relayerKey() string { return \"%s\" }\n",
			"  signerKey: function () {\n    return \"0x%s\";\n  },\n",
		), s.pick("notebook.js", "src/config.ts", "app/settings.py", "Config.kt", "keys.go")
	}},
	{name: "postgres_bytea_hex", proof: true, make: func(s hexSample) (string, string) {
		// bytea in its hex form, "\x…": a COPY row of pg_dump (which
		// doubles the backslash) and a row psql printed.
		return s.pick(
			"COPY public.signing_keys (id, address, secret_key) FROM stdin;\n1\t"+s.addr+"\t\\\\x%s\n\\.\n",
			" id |                  address                   | secret_key\n----+--------------------------------------------+-----------\n  1 | "+s.addr+" | \\x%s\n",
		), s.pick("dump.sql", "psql.txt")
	}},
}

// Layouts met in a blind corpus of real-world leaks: Make's "?=", a
// dotted name ending in pk or sk beside a wallet word, a name whose last
// word is sk (NaCl's and Nostr's secret key; a chunk with no key word but
// "_sk", such as "nostr:\n  sk: <hex>", is not read for names: one more
// key word would take the prefilter past its 64 patterns), Terraform
// state's outputs
// (the name two lines above "value"), a bare "key" on a signer's line.
var hexBlindLayouts = hexLayout{name: "blind_corpus_names", make: func(s hexSample) (string, string) {
	return s.pick(
		"RPC ?= http://127.0.0.1:8545\nPK  ?= 0x%s\n",
		"PRIVATE_KEY ?= %s\n",
		"{\n \"localStorage\": {\n  \"burnerWallet.pk\": \"0x%s\",\n  \"lastChain\": \"8453\"\n }\n}\n",
		"const sk = \"%s\"\nconst pk = getPublicKey(sk)\n",
		"#define DEVICE_SECP256K1_SK \"%s\"\n",
		"{\n \"outputs\": {\n  \"deployer_private_key\": {\n   \"sensitive\": true,\n   \"type\": \"string\",\n   \"value\": \"%s\"\n  }\n }\n}\n",
		"2024-05-02T08:06:31Z DEBUG [signer] loaded signer config {chainId: 1, key: '0x%s', nonceManager: true}\n",
		"    holesky: {\n      url: process.env.HOLESKY_RPC_URL || \"\",\n      accounts: [process.env.HOLESKY_KEY ?? \"0x%s\"],\n    },\n",
		"const signer = process.env.SIGNER ?? '0x%s';\n",
		"DEPLOYER = os.environ.get(\"DEPLOYER\", \"0x%s\")\n",
		"class Settings(BaseSettings):\n    signer_key: SecretStr = SecretStr(\"0x%s\")  # TODO remove default\n",
	), ""
}}

// hexForeignLabels label keys in other languages, on the value's line
// and on the line above.
var hexForeignLabels = hexLayout{name: "labels_in_other_languages", make: func(s hexSample) (string, string) {
	label := s.pick("Clave privada de la billetera:", "clé privée :", "Cle privee:", "chiave privata:", "chave privada:",
		"soukromý klíč:", "privater Schlüssel:", "приватный ключ:", "秘密鍵：", "개인키:", "私钥：", "私鑰：",
		"المفتاح الخاص:", "کلید خصوصی:", "מפתח פרטי:", "निजी कुंजी:", "คีย์ส่วนตัว:", "Ιδιωτικό κλειδί:")
	named := s.pick("CLAVE_PRIVADA=0x%s\n", "cle_privee = %s\n", "CHIAVE_PRIVATA = os.environ.get(\"CHIAVE_PRIVATA\", \"0x%s\")\n",
		"  chave-privada: \"0x%s\"\n", "SOUKROMY_KLIC=%s\n")
	// A password manager's custom field named in another language
	// (Proton Pass's export; corpus 197).
	field := "        {\n          \"fieldName\": \"" + strings.TrimRight(label, " :：") + "\",\n          \"type\": \"text\",\n          \"data\": {\n            \"content\": \"%s\"\n          }\n        }\n"
	return s.pick("notas del viaje\n"+label+" %s\n", "notas\n"+label+"\n%s\n", "# "+label+"\nsigner = \"0x%s\"\n", named, field), s.pick("", "notas.txt", "config.toml", ".env")
}}

// hexLegacyLabels are labels in other languages as legacy code pages
// write them (a note saved by an old Notepad: GBK, Big5, Shift-JIS,
// EUC-KR, Windows-1251, KOI8-R), and key names in other languages
// written in ASCII letters (Turkish, Vietnamese, pinyin, Russian).
var hexLegacyLabels = hexLayout{name: "legacy_code_pages_and_transliterations", make: func(s hexSample) (string, string) {
	enc := func(e encoding.Encoding, label string) string {
		b, err := e.NewEncoder().String(label)
		if err != nil {
			panic(err)
		}
		return b
	}
	// (In Shift-JIS and Big5 the full-width colon's second byte is an
	// ASCII letter, "F" or "G", glued to the value: not read.)
	label := s.pick(enc(simplifiedchinese.GBK, "私钥："), enc(traditionalchinese.Big5, "私鑰: "), enc(japanese.ShiftJIS, "秘密鍵: "),
		enc(korean.EUCKR, "개인키: "), enc(charmap.Windows1251, "приватный ключ: "), enc(charmap.Windows1251, "Приватный ключ: "),
		enc(charmap.KOI8R, "закрытый ключ: "))
	named := s.pick("  ozel_anahtar: \"0x%s\"\n", "KHOA_RIENG=%s\n", "siyao = \"0x%s\"\n", "PRIVATNYY_KLYUCH=%s\n")
	return s.pick("\r\n"+label+"%s\r\n", named), s.pick("", "notes.txt", "config.yaml", ".env")
}}

// hexMoreLayouts are more layouts of real leaks from blind corpora: a
// Dockerfile's ENV in docker history's columns (a size after the value,
// not a file name as in sha256sum's output), web3j's and bitcoinj's
// BigInteger("…", 16) inside the key call, Substrate's subkey output, an
// environment variable named *_PK or for a signing role (RELAYER_PK,
// keeper_pk), a support ticket's key exported from a wallet app, and a
// Terraform state's SSM parameter
// whose name is six lines above its value, past an empty "tags": {}.
var hexMoreLayouts = hexLayout{name: "blind_corpus_names_2", make: func(s hexSample) (string, string) {
	return s.pick(
		"<missing>      3 weeks ago   /bin/sh -c #(nop)  ENV WALLET_PRIVATE_KEY=%s   0B\n",
		"    fun creds(): Credentials =\n        Credentials.create(ECKeyPair.create(BigInteger(\"%s\", 16)))\n",
		"ECKey key = ECKey.fromPrivate(new BigInteger(\"%s\", 16));\n",
		"val privateKey = BigInteger(\"%s\", 16)\n",
		"Secret Key URI `//collator` is account:\n  Network ID:        substrate\n  Secret seed:       0x%s\n",
		"    \"Environment\": {\n        \"Variables\": {\n            \"CLAIMER_PK\": \"0x%s\",\n            \"CHAIN\": \"base\"\n",
		"RPC_URL=https://rpc.example.org\nRELAYER_PK=%s\nMETRICS_PORT=9100\n",
		"RPC_URL=https://rpc.example.org\nFLASHBOTS_AUTH_KEY=0x%s\n",
		"AUTH_KEY=0x%s # flashbots bundle signer\n",
		// Proton Pass's export: a custom field's name beside the object
		// that holds its value.
		"        {\n          \"fieldName\": \"Private key\",\n          \"type\": \"text\",\n          \"data\": {\n            \"content\": \"%s\"\n          }\n        }\n",
		// Visual Basic's typed constant (corpus 71).
		"Attribute VB_Name = \"Payouts\"\nPrivate Const SIGNER_KEY As String = \"%s\"\n",
		// OneNote's HTML export: a paragraph a line, styled.
		"<p style=\"margin:0in\">Taxes due April 15</p>\n<p style=\"margin:0in\">Private key</p>\n<p style=\"margin:0in\">%s</p>\n",
		"Subject: metamask not loading\n\nhi, my MetaMask account is gone after update, I exported it before:\n%s\ncan you restore?\n",
		"keeper:\n  keeper_pk: \"%s\"\n",
		"  builder:\n    environment:\n      BUILDER_TX_SIGNING_KEY: \"0x%s\"\n",
		"TX_SIGNER_KEY=%s\n",
		"  \"attributes\": {\n    \"arn\": \"arn:aws:ssm:eu-west-1:123456789012:parameter/prod/signer/pk\",\n    \"id\": \"/prod/signer/pk\",\n    \"key_id\": \"alias/aws/ssm\",\n"+
			"    \"name\": \"/prod/signer/private-key\",\n    \"overwrite\": null,\n    \"tags\": {},\n    \"tier\": \"Standard\",\n    \"type\": \"SecureString\",\n    \"value\": \"%s\",\n    \"version\": 3\n  },\n",
		// A statement a formatter broke before the value (the 36th
		// corpus's misses).
		"  const account = privateKeyToAccount(\n    '0x%s',\n  )\n",
		"    let signer: PrivateKeySigner =\n        \"0x%s\".parse().unwrap();\n",
		"        Credentials credentials =\n            Credentials.create(\"%s\");\n",
		// Broken before a decode call that wraps the value (the 39th
		// corpus: CosmJS's DirectSecp256k1Wallet.fromKey).
		"  return DirectSecp256k1Wallet.fromKey(\n    fromHex(\"%s\"),\n    \"juno\"\n  );\n",
		// A minified bundle's one-letter module before the call (the
		// 37th corpus).
		`7781:function(e,t,n){var r=n(3321);e.exports=function(o){let a=new r.ethers.Wallet("%s",o);return a.connect(o)}},`+"\n",
	), s.pick("", "history.txt", "WalletModule.kt", "terraform.tfstate")
}}

// hexNegatives hold 64-hex values that are not keys; %s is the value.
var hexNegatives = []hexLayout{
	{name: "hash_name_with_an_index", make: func(s hexSample) (string, string) {
		return s.pick("TX_HASH_2=0x%s\n", "<string name=\"flutter.block_hash_0\">%s</string>\n", "merkle_root_1: %s\n"), ""
	}},
	{name: "key_column_of_a_table_of_services", make: func(s hexSample) (string, string) {
		return "| Service | Key | Notes |\n|---|---|---|\n| webhook | `%s` | rotate monthly |\n", "Keys.md"
	}},
	{name: "php_var_dump_hash_key_above", make: func(s hexSample) (string, string) {
		return s.pick(
			"array(2) {\n  [\"txHash\"]=>\n  string(66) \"0x%s\"\n  [\"status\"]=>\n  int(1)\n}\n",
			"array(1) {\n  [\"private\"]=>\n  bool(true)\n  [\"checksum\"]=>\n  string(64) \"%s\"\n}\n",
		), s.pick("storage/logs/laravel.log", "")
	}},
	{name: "bare_secret_beside_session_names", make: func(s hexSample) (string, string) {
		// A web app's secrets in its .env (a phishing kit's panel;
		// corpus 214): a bare secret's name beside a session's or a
		// JWT's.
		return s.pick(
			"BOT_TOKEN=6712093311:AAHO6JEf5t7Hckcx\nCHAT_ID=-1002038841177\nPANEL_SECRET=%s\nSESSION_KEY=i+ZZ1myRNQHyfHKXw76BW3RsQ\n",
			"APP_SECRET=%s\nJWT_EXPIRES_IN=7d\n",
			"COOKIE_NAME=sid\nSECRET=%s\n",
		), s.pick(".env", "panel/.env")
	}},
	{name: "shell_variable_passed_to_other_flags", make: func(s hexSample) (string, string) {
		return s.pick(
			"#!/usr/bin/env bash\nTX=0x%s\ncast receipt \"$TX\" --rpc-url $RPC\n",
			"SALT=%s\nforge create Factory --salt ${SALT} --private-key \"$DEPLOYER_PK\"\n",
		), s.pick("scripts/check.sh", "deploy.sh")
	}},
	{name: "multiline_strings_opener_naming_a_hash", make: func(s hexSample) (string, string) {
		return s.pick(
			"GENESIS_HASH = <<~HEX.strip\n  %s\nHEX\n",
			"expected_digest = '''\n%s'''\n",
			"let txHash = \"\"\"\n    0x%s\n    \"\"\"\n",
			"notes = \"\"\"\n%s\n\"\"\"\n",
		), s.pick("", "fixtures.rb", "vectors.toml", "Tests.swift")
	}},
	{name: "private_key_earlier_in_the_sentence_naming_a_hash", make: func(s hexSample) (string, string) {
		return s.pick(
			"I never shared my private key, yet the drain tx is 0x%s and it happened at 3am.\n",
			"Your private key stays on the device, the transaction id will be 0x%s once sent.\n",
			"We rotated the private key. The release commit is %s, see the notes.\n",
			"private key handling: if err := check(k, 0x%s); err != nil {\n",
		), s.pick("", "to_support.eml", "chat.txt")
	}},
	{name: "flag_in_the_item_above_naming_a_hash", make: func(s hexSample) (string, string) {
		return s.pick(
			"    \"Cmd\": [\n      \"cast\",\n      \"receipt\",\n      \"--tx-hash\",\n      \"0x%s\"\n    ],\n",
			"    args:\n    - --genesis-hash\n    - %s\n",
			"    command:\n      - \"--block\"\n      - \"0x%s\"\n",
			"    args:\n    - --verbose\n    - %s\n",
		), s.pick("", "inspect.json", "pod.yaml")
	}},
	{name: "note_after_the_value_naming_a_hash", make: func(s hexSample) (string, string) {
		// The same notes, naming a hash, a public key or nothing.
		return s.pick(
			"0x%s  <- tx hash of the deploy\n",
			"%s (block hash, height 812345)\n",
			"%s   # public key of the signer\n",
			"- `0x%s` — commit of the release\n",
			"%s // storage slot of the owner\n",
			"%s (see above)\n",
			"0x%s -- merkle root of the airdrop\n",
			"%s  <- the key id in the vault\n",
		), s.pick("", "notes.txt", "todo.md")
	}},
	{name: "walletconnect_v1_session", make: func(s hexSample) (string, string) {
		// A WalletConnect v1 session as a mobile wallet keeps it
		// (corpus 66): its symmetric key under a bare "key".
		return s.pick(
			"@MetaMask:WalletConnectSessions\t[{\"peerId\": \"0cf5a6a0-772b-4afe-8536-b48d571f1171\", \"key\": \"%s\", \"bridge\": \"https://bridge.walletconnect.org\"}]\n",
			"{\n  \"connected\": true,\n  \"accounts\": [\""+s.addr+"\"],\n  \"bridge\": \"https://bridge.walletconnect.org\",\n  \"key\": \"%s\",\n  \"clientId\": \"7d3f\",\n  \"handshakeTopic\": \"a1b2\"\n}\n",
		), s.pick("RKStorage.txt", "walletconnect.json")
	}},
	{name: "other_services_secrets", make: func(s hexSample) (string, string) {
		// A webhook's HMAC secret, a Wi-Fi network's WPA key, under a
		// name that says only key or secret (corpus 67: password
		// managers' notes).
		return s.pick(
			"Webhook signing secret (HMAC-SHA256):\n%s\n",
			"{\"title\": \"Webhook\", \"notes\": \"Webhook signing secret:\\n%s\"}\n",
			"WPA key: %s\n",
			"Router admin,http://192.168.0.1,,admin,hunter2,WPA2 PSK: %s,/Home,\n",
			"WPA_KEY=%s\n",
		), s.pick("notes.txt", "export.json", "safenotes.csv")
	}},
	{name: "aptos_authentication_key", make: func(s hexSample) (string, string) {
		// An Aptos account's authentication key: a hash of its public key.
		return s.pick(
			"walt@node:~$ aptos account lookup-address --auth-key %s\n",
			"{\"type\": \"0x1::account::Account\", \"data\": {\"authentication_key\": \"0x%s\", \"sequence_number\": \"4\"}}\n",
		), s.pick("aptos-account.log", "account.json")
	}},
	{name: "web_framework_signing_key", make: func(s hexSample) (string, string) {
		// A web framework's HMAC secret named SIGNING_KEY: cookies'
		// settings beside it, or a comment naming its library.
		return s.pick(
			"DEBUG = False\nSECRET_KEY = \""+s.hx()+"\"\nCSRF_COOKIE_SECURE = True\nSIGNING_KEY = \"%s\"\n",
			"SIGNING_KEY = \"%s\"  # itsdangerous signer\n",
			"SIMPLE_JWT = {\n    \"ALGORITHM\": \"HS256\",\n    \"SIGNING_KEY\": \"%s\",\n}\n",
		), s.pick("settings.py", "config.py")
	}},
	{name: "exported_from_a_wallet_app_but_a_hash", make: func(s hexSample) (string, string) {
		// What a wallet app exports that is not a key: a
		// transaction's hash, a block's.
		return s.pick(
			"my account history, I exported the metamask tx:\n%s\n",
			"exported from Rabby, the block hash:\n%s\n",
		), s.pick("", "ticket.txt")
	}},
	{name: "what_a_key_function_returned", make: func(s hexSample) (string, string) {
		// A comment showing what a function named Key returns: the
		// value follows the call, it is not passed to it.
		return s.pick(
			"// Key(\"acme\", \"balances\") == \"bal:%s\"\n",
			"# assert derive_key(b\"salt\") == \"%s\"\n",
		), s.pick("cache.go", "test_kdf.py")
	}},
	{name: "pk_of_no_signer", make: func(s hexSample) (string, string) {
		// A long name ending in pk, without 0x, that names no signing
		// role: a node's or a server's public key as often as not.
		return s.pick("GATEWAY_NODE_PK=%s\n", "upstream_server_pk: \"%s\"\n"), s.pick(".env", "node.yaml")
	}},
	{name: "aes_key_under_a_comment", make: func(s hexSample) (string, string) {
		return "// AES-256-GCM test key and nonce (NIST GCM vector style)\nvar aesKey, _ = hex.DecodeString(\"%s\")\n", "crypto_test.go"
	}},
	{name: "solidity_slot_and_encryption_section", make: func(s hexSample) (string, string) {
		// A namespaced storage slot in a bytes32 constant; a data key
		// in a configuration's encryption section.
		return s.pick(
			"    bytes32 internal constant ADMIN_SLOT = 0x"+s.hx()+";\n    bytes32 private constant OWNER_KEY = 0x%s;\n",
			"encryption:\n  algorithm: AES-256-GCM\n  data_key: \"%s\"\n",
		), s.pick("contracts/Slots.sol", "config/kms.yaml")
	}},
	{name: "logfmt_field_of_its_own", make: func(s hexSample) (string, string) {
		// A field of a name=value record named for something else,
		// on a line whose other fields and logger speak of keys: an
		// iOS push token, a journald field.
		return s.pick(
			"2024-05-01 10:01:09.137334+0000 0xf267c1   Default     0x0  412    0    WalletApp: (WalletCore) [com.example.wallet:keys] seed=<private> key=<private> device=2D872306-9C46-4E6D-AA7D-19F0C525C6E5 push=%s\n",
			"level=info logger=wallet.keys msg=loaded signer=ops account=3 device_token=%s\n",
		), s.pick("device-console.log", "")
	}},
	{name: "public_key_in_other_languages", make: func(s hexSample) (string, string) {
		// Public keys and hashes labelled in other languages.
		return s.pick(
			"clave pública: %s\n",
			"clé publique :\n%s\n",
			"公钥：%s\n",
			"哈希：%s\n",
		), ""
	}},
	{name: "env_default_not_a_key", make: func(s hexSample) (string, string) {
		// The default of a variable named for a hash or a token.
		return s.pick(
			"const root = process.env.GENESIS_ROOT ?? \"0x%s\";\n",
			"API_TOKEN = os.getenv(\"API_TOKEN\", \"%s\")\n",
			"session_secret: SecretStr = SecretStr(\"%s\")\n",
		), ""
	}},
	{name: "tls_key_log", make: func(s hexSample) (string, string) {
		// An SSLKEYLOGFILE: TLS session secrets, the client random
		// before each.
		return s.pick(
			"# SSL/TLS secrets log file, generated by NSS\nCLIENT_HANDSHAKE_TRAFFIC_SECRET "+s.hx()+" %s\n",
			"SERVER_TRAFFIC_SECRET_0 %s "+s.hx()+"\n",
			"EXPORTER_SECRET "+s.hx()+" %s\nCLIENT_TRAFFIC_SECRET_0 "+s.hx()+" "+s.hx()+"\n",
		), s.pick("sslkeylog.txt", "keys.log", "")
	}},
	{name: "notebook_printed_hash", make: func(s hexSample) (string, string) {
		out := `    {"name": "stdout", "output_type": "stream", "text": [` + "\n" + `      "%s\\n"` + "\n    ]}\n"
		return s.pick(
			notebookCell(`"print(tx_hash.hex())"`, out, true),
			notebookCell(`"acct = Account.create()\\n", "print(hashlib.sha256(data).hexdigest())"`, out, true),
			notebookCell(`"print(block.hash.hex())"`, out, false),
			notebookCell(`"df.head()"`, out, true),
		), "analysis.ipynb"
	}},
	{name: "password_field_hex", make: func(s hexSample) (string, string) {
		// openssl rand -hex 32 and the like: generated passwords.
		return s.pick(
			"DB_PASSWORD=%s\n",
			"title: Postgres\nlogin_username: app\nlogin_password: %s\n",
			"redis:\n  password: %s\n",
		), s.pick("", ".env", "config.yaml")
	}},
	{name: "sha256sum_output", make: func(s hexSample) (string, string) {
		return s.pick(
			"%s  walletaudit-1.2.3-linux-amd64.tar.gz\n",
			"%s *setup-wallet.exe\n",
			s.hx()+"  README.md\n%s  cmd/signer/main.go\n",
			"%s  private_key_test.go\n",
		), s.pick("SHA256SUMS", "", "checksums.txt")
	}},
	{name: "go_sum", make: func(s hexSample) (string, string) {
		b := s.g.bytes(32)
		return s.pick(
			"github.com/ethereum/go-ethereum v1.14.0 h1:"+base64.StdEncoding.EncodeToString(b)+"\n// %s\n",
			"golang.org/x/crypto v0.31.0/go.mod h1:"+base64.StdEncoding.EncodeToString(b)+"\n%s\n",
		), "go.sum"
	}},
	{name: "cargo_lock_checksum", make: func(s hexSample) (string, string) {
		return "[[package]]\nname = \"" + s.pick("k256", "secp256k1", "ethers-signers", "alloy-signer-local") + "\"\nversion = \"0.13.4\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"%s\"\n", s.pick("Cargo.lock", "")
	}},
	{name: "yarn_poetry_lock", make: func(s hexSample) (string, string) {
		return s.pick(
			"\"secp256k1@npm:4.0.3\":\n  version: 4.0.3\n  resolution: \"secp256k1@npm:4.0.3\"\n  checksum: %s\n  languageName: node\n",
			"ethers@^5.7.2:\n  version \"5.7.2\"\n  resolved \"https://registry.yarnpkg.com/ethers/-/ethers-5.7.2.tgz#"+s.hx()[:40]+"\"\n  integrity sha256-%s\n",
			"files = [\n    {file = \"coincurve-18.0.0.tar.gz\", hash = \"sha256:%s\"},\n]\n",
		), s.pick("yarn.lock", "poetry.lock", "")
	}},
	{name: "log_tx_hash", make: func(s hexSample) (string, string) {
		return s.pick(
			"2024-05-01T10:00:00Z INFO wallet=hot sent txHash: 0x%s from "+s.other+"\n",
			"tx 0x%s confirmed in block 19000000 (signer "+s.other+")\n",
			"Transaction sent: 0x%s\n",
			"{\"level\":\"info\",\"account\":\""+s.other+"\",\"transactionHash\":\"0x%s\"}\n",
		), s.pick("deploy.log", "")
	}},
	{name: "sibling_name_field_hash", make: func(s hexSample) (string, string) {
		return s.pick(
			"{\n  \"attributes\": [\n    {\n      \"key\": \"tx_hash\",\n      \"value\": \"0x%s\"\n    }\n  ]\n}\n",
			"[{\"name\": \"salt\", \"value\": \"%s\"}, {\"name\": \"rounds\", \"value\": \"10\"}]\n",
			"- value: \"0x%s\"\n  name: stateRoot\n",
		), s.pick("events.json", "", "out.yaml")
	}},
	{name: "hash_list_heading", make: func(s hexSample) (string, string) {
		return s.pick(
			"Transaction Hashes\n==================\n\n(0) 0x%s\n(1) 0x"+s.hx()+"\n",
			"Block hashes:\n\n- 0x"+s.hx()+"\n- 0x%s\n",
			"## Commitments\n\n1. %s\n2. "+s.hx()+"\n",
		), s.pick("node.log", "notes.md", "")
	}},
	{name: "block_hash", make: func(s hexSample) (string, string) {
		return s.pick(
			"blockHash: 0x%s\n",
			"\"parentHash\": \"0x%s\",\n",
			"imported block 123456 hash=0x%s\n",
		), ""
	}},
	{name: "git_commit_ids", make: func(s hexSample) (string, string) {
		return s.pick(
			"commit "+s.hx()[:40]+"\nAuthor: A <a@example.org>\n\n    Fix signer key handling\n\ncommit %s\n",
			"tree %s\nparent "+s.hx()+"\n",
			"%s Merge pull request #12 from wallet/private-key-fix\n",
		), ""
	}},
	{name: "abi_keccak_topics", make: func(s hexSample) (string, string) {
		return s.pick(
			"{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Transfer\",\"type\":\"event\",\"signature\":\"0x%s\"}\n",
			"\"topics\": [\n  \"0x%s\",\n  \"0x000000000000000000000000"+strings.ToLower(s.other[2:])+"\"\n]\n",
			"topic0 = keccak256(\"Transfer(address,address,uint256)\") = 0x%s\n",
		), s.pick("abi.json", "")
	}},
	{name: "hash_test_vectors", make: func(s hexSample) (string, string) {
		return s.pick(
			"\t{\"abc\", \"%s\"},\n",
			"var golden = []sha256Test{\n\t{\"%s\", \"a\", \"sha\\x03j\"},\n",
			"\t\tout: \"%s\",\n",
			"Msg = 616263\nMD = %s\n",
		), s.pick("sha256_test.go", "")
	}},
	{name: "merkle_roots", make: func(s hexSample) (string, string) {
		return s.pick(
			"merkleRoot: 0x%s\n",
			"\"stateRoot\": \"0x%s\",\n",
			"root = \"%s\"\n",
		), ""
	}},
	// Keys of symmetric ciphers and services' secrets, not wallets'.
	{name: "cipher_and_service_keys", make: func(s hexSample) (string, string) {
		iv := s.hx()[:32]
		return s.pick(
			"COUNT = 3\nKEY = %s\nIV = "+iv+"\nPLAINTEXT = "+iv+"\n",
			"{\"key\": \"%s\", \"iv\": \""+iv+"\"}\n",
			"// { key: %s,\n//   iv: "+iv+" }\n",
			"ENCRYPTION_KEY=%s\n",
			"JWT_SECRET=%s\n",
			"WEBHOOK_SECRET=%s\n",
			"BINANCE_API_KEY="+iv+"\nBINANCE_SECRET_KEY=%s\n",
			"{\"apiKey\": \""+iv+"\", \"secretKey\": \"%s\"}\n",
			"secret = \"%s\"\naccess_key_id = \""+iv+"\"\n",
		), s.pick(".env", "vectors.rsp", "README.md", "config.json")
	}},
	// MAC test vectors: a key beside the message and its MAC.
	{name: "mac_vectors", make: func(s hexSample) (string, string) {
		return s.pick(
			"# vectors of the wallet service's cookie signer\n    dict(key=bytes.fromhex(\"%s\"), msg=b\"48dae9ba\", mac=\""+s.hx()+"\"),\n",
			"{\"wallet\": 1, \"key\": \"%s\", \"message\": \"abc\", \"hmac\": \""+s.hx()+"\"}\n",
		), s.pick("tests/test_vectors.py", "testdata/vectors.json")
	}},
	// A bare "key" in a file whose path names a MAC, a KDF or a cipher.
	{name: "key_in_a_symmetric_primitives_file", make: func(s hexSample) (string, string) {
		return s.pick(
			"// vectors of the wallet's address index\n\t{\n\t\tkey:  \"%s\",\n\t\tdata: \"48dae9ba\",\n\t\twant: \""+s.hx()+"\",\n\t},\n",
			"# not wallet keys\nKEY = \"%s\"\n",
		), s.pick("internal/hmacutil/hmac_test.go", "src/aes_gcm_test.rs", "chacha20/vectors_test.go", "tests/test_hkdf.py")
	}},
	// Maps whose names say hash or API, or only "keys", of values named
	// for their owners.
	{name: "chat_message_after_a_message_naming_a_hash", make: func(s hexSample) (string, string) {
		return s.pick(
			"Dana  10:01 AM\nhere's the tx hash of the deposit\n\nDana  10:02 AM\n0x%s\n",
			"2024-03-05 21:13:02 张伟\n交易哈希发你了\n\n2024-03-05 21:13:40 张伟\n%s\n",
			"Dana  10:01 AM\nlunch at noon?\n\nDana  10:02 AM\n%s\n",
		), s.pick("wechat_export.txt", "slack.txt")
	}},
	{name: "lists_of_hashes_or_public_keys", make: func(s hexSample) (string, string) {
		return s.pick(
			"tx_hashes = [\n    \"0x%s\",\n]\n",
			"const publicKeys = [\n  '0x%s',\n];\n",
			"keys = [\n  \"%s\",\n]\n",
			"  multisig: {\n    signers: [\n      \"0x%s\",\n    ],\n",
			"owners = [\n  \"%s\",\n]\n",
		), s.pick("farm.py", "bot.js", "config.yaml")
	}},
	{name: "maps_of_hashes_or_api_keys", make: func(s hexSample) (string, string) {
		return s.pick(
			"api_keys = {\n  stripe = \"%s\"\n}\n",
			"image_digests:\n  app: %s\n",
			"keys:\n  alice: %s\n",
			"{\n  \"commitHashes\": {\n    \"main\": \"%s\"\n  }\n}\n",
		), s.pick("terraform.tfvars", "values.yaml", "config.json")
	}},
	// Taproot's x-only public keys under their names (BIP-341).
	{name: "taproot_public_keys", make: func(s hexSample) (string, string) {
		return s.pick(
			"account 0  internal_key=%s  output_key="+s.hx()+"  address=bc1p\n",
			"{\"internalPubkey\": \"%s\"}\n",
			"tweaked_key: %s\n",
		), s.pick("taproot-keys.txt", "wallet-test-vectors.json")
	}},
	// A web framework's SECRET_KEY in its settings or environment.
	{name: "web_framework_env", make: func(s hexSample) (string, string) {
		return s.pick(
			"FLASK_APP=blog\nSECRET_KEY=%s\nSESSION_SECRET="+s.hx()+"\n",
			"DJANGO_SETTINGS_MODULE=shop.settings\nSECRET_KEY=%s\n",
			"DEBUG = False\nSECRET_KEY = \"%s\"\nCSRF_COOKIE_SECURE = True\n",
			"akka {\n  loglevel = \"INFO\"\n}\n\nplay.http.secret.key = \"%s\"\n",
		), s.pick(".env", "settings.py", ".env.production", "application.conf")
	}},
	// Keys that name an entry, not a secret: a CI cache's, a request's
	// idempotency key, a licence.
	{name: "cache_and_idempotency_keys", make: func(s hexSample) (string, string) {
		return s.pick(
			"build:\n  variables:\n    CI_CACHE_KEY: \"%s\"\n",
			"cache_key = \"%s\"\n",
			"IDEMPOTENCY_KEY=%s\n",
			"{\"licenseKey\": \"%s\"}\n",
		), s.pick(".gitlab-ci.yml", ".env", "config.json")
	}},
	// A web framework's session secret: Flask's documentation has it made
	// by secrets.token_hex(), 64 hex digits.
	{name: "web_framework_secret", make: func(s hexSample) (string, string) {
		return s.pick(
			"import os\n\nDEBUG = False\nSECRET_KEY = '%s'\nSQLALCHEMY_DATABASE_URI = os.environ['DATABASE_URL']\n",
			"app = Flask(__name__)\napp.config['SECRET_KEY'] = \"%s\"\n",
			"SECRET_KEY = \"%s\"\nALLOWED_HOSTS = []\n",
		), s.pick("config.py", "settings.py", "app.py")
	}},
	{name: "sql_insert_hash_columns", make: func(s hexSample) (string, string) {
		return s.pick(
			"INSERT INTO txs (id, tx_hash, block) VALUES (1, '0x%s', 5);\n",
			"INSERT INTO blocks (number, hash, parent_hash) VALUES\n(1, '"+s.hx()+"', '0x%s');\n",
			"INSERT INTO private_keys (id, key_hash) VALUES (3, '%s');\n",
		), s.pick("dump.sql", "")
	}},
	{name: "nonce_salt", make: func(s hexSample) (string, string) {
		return s.pick(
			"nonce = \"%s\"\n",
			"SALT=%s\n",
			"const salt = '0x%s'; // CREATE2 salt for the wallet factory\n",
		), ""
	}},
	{name: "uuid_id", make: func(s hexSample) (string, string) {
		return s.pick(
			"requestId: \"%s\"\n",
			"\"session_id\": \"%s\",\n",
			"id = %s\n",
		), ""
	}},
	{name: "variable_passed_elsewhere", make: func(s hexSample) (string, string) {
		return s.pick(
			"\tk := \"%s\"\n\th := sha256.Sum256([]byte(k))\n",
			"key = \"%s\"\nmac = hmac.new(key, msg)\n",
			"const id = \"0x%s\";\nconst tx = await provider.getTransaction(id);\n",
			"k := \"%s\"\nw := NewWallet(cfg.k)\n",
			"if k == \"%s\" {\n\tw := NewWallet(k)\n",
			"\th := keccak(a, \"%s\")\n\tw := NewWallet(h)\n",
			"txHash := \"%s\"\nwallet := NewWallet(txHash)\n",
			"k := \"%s\"\n\n\n\n\n\n\nw := NewWallet(k)\n",
			"seed := fromHex(\"%s\")\npriv, err := NewPrivateKey44(seed)\n",
		), ""
	}},
	// Hashes in a chat export's messages.
	{name: "chat_export_hashes", make: func(s hexSample) (string, string) {
		return s.pick(
			"{\"type\": \"message\", \"text\": \"deployed, tx hash 0x%s\"}\n",
			"{\"content\": \"release checksum %s\"}\n",
			"{\"body\": \"commit %s fixes the cache key\"}\n",
			"{\"text\": \"block 0x%s\", \"key\": \"value\"}\n",
		), s.pick("messages.json", "export.log")
	}},
	{name: "chat_reply_with_hash", make: func(s hexSample) (string, string) {
		// A reply to a message about a key that is about a hash, or a
		// reply after a message about a transaction.
		return s.pick(
			"{\"text\": \"who has the relayer key?\"},\n{\"text\": \"rotated it, tx hash 0x%s\"}\n",
			"{\"text\": \"private key is in the vault. what was the deploy tx?\"},\n{\"text\": \"here 0x%s\"}\n",
			"{\"text\": \"send me the block hash for the signer key rotation\"},\n{\"text\": \"0x%s\"}\n",
			"{\"text\": \"can you check the commit\"},\n{\"text\": \"ok, key question later\"},\n{\"text\": \"%s\"}\n",
		), s.pick("messages.json", "result.json")
	}},
	{name: "key_word_with_hash_word", make: func(s hexSample) (string, string) {
		return s.pick(
			"keyHash = 0x%s\n",
			"bytes32 keyHash = 0x%s;\n",
			"KEY_HASH=0x%s\n",
			"privateKeyHash: \"%s\"\n",
			"wallet.keyDigest = \"%s\"\n",
		), s.pick("", ".env")
	}},
	{name: "bitcoind_wallet_log", make: func(s hexSample) (string, string) {
		// bitcoind's debug.log: a wallet's transactions, after keypool
		// lines.
		return s.pick(
			"2024-06-01T10:01:30Z [default wallet] keypool keep 1001\n2024-06-01T10:01:30Z [default wallet] AddToWallet %s  new InMempool\n",
			"2024-06-01T10:01:30Z [default wallet] keypool reserve 1001\n2024-06-01T10:01:30Z [default wallet] Submitting wtx %s to mempool for relay\n",
		), s.pick("debug.log", "")
	}},
	{name: "encrypted_or_symmetric_or_public", make: func(s hexSample) (string, string) {
		// Keys stored encrypted, symmetric keys, public keys and a
		// challenge, beside wallet words.
		return s.pick(
			"INSERT INTO custody_keys (address, encrypted_private_key, iv) VALUES ('0x8C7bD3261AEC366BFAC16743FDA128f5FEc513Fa', '%s', 'a1b2c3d4e5f6a7b8c9d0e1f2');\n",
			"// wallet pairing\nexport const URI = \"wc:af62@2?relay-protocol=irn&symKey=%s&expiryTimestamp=1717003600\";\n",
			"// wallet core\nlet key = SymmetricKey(data: Data(hex: \"%s\")!)\n",
			"// wallet identities\nlet vk = VerifyingKey::from_bytes(&hex!(\"%s\")).unwrap();\n",
			"// wallet taproot\nlet expected_output_key = hex!(\"%s\");\n",
			"// challenge the server sent for attestation of the hardware-backed key\nprivate val challenge = \"%s\".hexToBytes()\n",
		), ""
	}},
	{name: "commit_reveal_secret", make: func(s hexSample) (string, string) {
		// The secret of a commit-reveal scheme or a hash lock: a
		// hash's preimage ("ether" before it is no "eth key").
		return s.pick(
			"    /// @dev example commitment from the docs: bid 1 ether, secret 0x%s\n",
			"// HTLC: hashlock = sha256(secret)\nconst secret = \"0x%s\";\n",
			"function reveal(uint256 bid) external {\n    // secret: 0x%s\n",
		), s.pick("CommitReveal.sol", "htlc.ts", "")
	}},
	{name: "hash_on_a_continued_line", make: func(s hexSample) (string, string) {
		// A statement broken before a hash: the line above names it.
		return s.pick(
			"  const txHash =\n    '0x%s'\n",
			"expect(receipt.transactionHash).toBe(\n  '0x%s'\n)\n",
			"const root = keccak256(\n  '0x%s'\n)\n",
			"const hashes = [\n  '0x%s',\n]\n",
			"    blockHash:\n      '0x%s',\n",
		), s.pick("", "tx.test.ts", "fixtures.ts")
	}},
	{name: "walletconnect_session_key", make: func(s hexSample) (string, string) {
		// A WalletConnect v1 session in a browser's localStorage: its
		// "key" is the session's symmetric key (the 37th corpus).
		return s.pick(
			`walletconnect	{"connected":true,"accounts":["`+s.addr+`"],"chainId":1,"bridge":"https://bridge.walletconnect.org","key":"%s","clientId":"5d0f1e0a-6a57-4e8c-9a59-1c2b3d4e5f60","clientMeta":{"name":"Dapp"},"peerId":"8c7b6a59-4e3d-2c1b-0a09-f8e7d6c5b4a3","handshakeId":1700000000000123,"handshakeTopic":"0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"}`+"\n",
			"{\n  \"connected\": true,\n  \"bridge\": \"https://bridge.walletconnect.org\",\n  \"key\": \"%s\",\n  \"clientId\": \"5d0f1e0a-6a57-4e8c-9a59-1c2b3d4e5f60\",\n  \"clientMeta\": {\n    \"name\": \"Dapp\"\n  },\n",
		), s.pick("", "localstorage-dump.txt", "walletconnect.json")
	}},
	{name: "shell_history_command_above", make: func(s hexSample) (string, string) {
		// In a shell's history the line above is a command of its own,
		// no label (the 37th corpus: a wallet service's directory over
		// transaction ids and checksums).
		return s.pick(
			"cd ~/src/wallet-service\nbitcoin-cli getrawtransaction %s true\n",
			"cd ~/src/wallet-service\necho %s | sha256sum -c\n",
			"cd ~/keys/private\n%s\n",
		), s.pick(".bash_history", "home/carol/.zsh_history", "fish_history")
	}},
	{name: "view_key", make: func(s hexSample) (string, string) {
		// A view key sees payments and cannot spend: Monero publishes
		// its donation wallet's.
		return s.pick(
			"The donation address is:  \n`888tNkZrPN6JsEgekjMnABU4TBzc2Dt29EPAvkRxbANsAnjyPbb3iQ1YBRk1UXcdRsiKc9dhwMVgN5S9cQUiyoogDavup3H`  \nViewkey:  \n`%s`  \n",
			"private view key: %s\n",
			"VIEW_KEY=%s\n",
		), s.pick("README.md", "notes.txt", ".env")
	}},
	{name: "member_visibility_public_data", make: func(s hexSample) (string, string) {
		return s.pick(
			"  public static final String PUBLIC_KEY = \"%s\";\n",
			"  public static final String GENESIS_HASH = \"0x%s\";\n",
			"  public static final String KEY = \"%s\";\n",
		), s.pick("src/Constants.java", "src/Chain.java")
	}},
	{name: "framework_public_key", make: func(s hexSample) (string, string) {
		return s.pick("NEXT_PUBLIC_KEY=%s\n", "EXPO_PUBLIC_PUBKEY=0x%s\n", "NEXT_PUBLIC_ORACLE_PUBLIC_KEY=%s\n"), s.pick(".env.local", ".env")
	}},
	{name: "walletconnect_uri", make: func(s hexSample) (string, string) {
		// The symmetric key of a WalletConnect session, in the pairing
		// URI a dapp shows as a QR code.
		return s.pick(
			"wc:"+s.hx()+"@2?relay-protocol=irn&symKey=%s\n",
			"wc:8a5e5bdc-a0e4-4702-ba63-8f1a5655744f@1?bridge=https://bridge.walletconnect.org&key=%s\n",
			"Scan with your wallet: wc:"+s.hx()+"@2?expiryTimestamp=1712000000&relay-protocol=irn&symKey=%s",
		), s.pick("qr.txt", "", "app.log")
	}},
	{name: "expected_value_of_an_assertion_on_public_data", make: func(s hexSample) (string, string) {
		// A test's expected hash or public key: the expression compared
		// names no private key.
		return s.pick(
			"        assertEquals(\"%s\", tx.hash.toHex())\n",
			"    assert_eq!(\"%s\", hex::encode(child.public_key.x_only()));\n",
			"        XCTAssertEqual(\"%s\", block.merkleRoot)\n",
			"\trequire.Equal(t, \"%s\", hex.EncodeToString(sum[:]))\n",
		), s.pick("src/commonTest/kotlin/TxTest.kt", "tests/derive.rs", "Tests/BlockTests.swift", "hash_test.go")
	}},
	{name: "pytest_explains_a_failed_assertion_on_public_data", make: func(s hexSample) (string, string) {
		return s.pick(
			">       assert block.hash.hex() == expected_hash\nE       AssertionError: assert '0x%s' == '0x00'\n",
			">       assert tx_id(raw) == \"abc\"\nE       assert '%s' == 'abc'\n",
		), s.pick("pytest.log", "ci/test-output.txt")
	}},
	{name: "function_named_for_a_hash_returns_the_value", make: func(s hexSample) (string, string) {
		// Functions named for hashes and public data, and calls, that
		// return a value.
		return s.pick(
			"function genesisHash() { return \"0x%s\"; }\n",
			"  get publicKey(): string {\n    return '0x%s';\n  }\n",
			"const cacheKey = () => \"%s\";\n",
			"def tx_id(self):\n    return \"%s\"\n",
			"items.map((key) => \"%s\")\n",
			"if (useFixture(key)) {\n  return \"%s\";\n}\n",
		), s.pick("src/chain.ts", "src/config.ts", "app/tx.py", "lib.js")
	}},
	{name: "postgres_bytea_digest", make: func(s hexSample) (string, string) {
		return s.pick(
			"COPY public.blobs (id, sha256) FROM stdin;\n1\t\\\\x%s\n\\.\n",
			" id | digest\n----+-------\n  1 | \\x%s\n",
		), s.pick("dump.sql", "psql.txt")
	}},
}

// fp is the public name of a key in test output: a SHA-256 prefix.
func fp(k string) string {
	s := sha256.Sum256([]byte(k))
	return hex.EncodeToString(s[:4])
}

func TestHexContextTable(t *testing.T) {
	const n = 200
	det := NewHex()
	detectIn := func(text, path string) []detect.Candidate {
		return det.Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: path})
	}
	sample := func(g *gen) hexSample {
		k := g.key().Serialize()
		return hexSample{key: hex.EncodeToString(k), addr: eth.Address(k), other: eth.Address(g.key().Serialize()), g: g}
	}
	for i, l := range append(hexPositives[:len(hexPositives):len(hexPositives)], hexBlindLayouts, hexForeignLabels, hexLegacyLabels, hexMoreLayouts) {
		g := newGen(uint64(1000 + i))
		hit := 0
		for range n {
			s := sample(g)
			tmpl, path := l.make(s)
			text := strings.Replace(tmpl, "%s", s.key, 1)
			var found *detect.Candidate
			for _, c := range detectIn(text, path) {
				if c.Secret.Fingerprint() == detect.Fingerprint(detect.KindRawPrivateKey, s.key) && strings.HasSuffix(text[c.Start:c.End], s.key) {
					found = &c
				}
			}
			switch {
			case found == nil:
				t.Errorf("%s: key %s missed in layout %q (path %q)", l.name, fp(s.key), strings.Replace(tmpl, "%s", "<key>", 1), path)
			case l.proof && (found.Details["address_match"] == "" || found.Confidence != detect.ConfidenceHigh):
				t.Errorf("%s: key %s: no address proof (confidence %s, evidence %s)", l.name, fp(s.key), found.Confidence, found.Details["evidence"])
			default:
				hit++
			}
		}
		recall := float64(hit) / n
		t.Logf("positive %-40s recall %5.1f%% (%d/%d)", l.name, 100*recall, hit, n)
		if recall < 0.995 {
			t.Errorf("%s: recall %.1f%% below 99.5%%", l.name, 100*recall)
		}
	}
	for i, l := range hexNegatives {
		g := newGen(uint64(2000 + i))
		fps := 0
		for range n {
			s := sample(g)
			h := s.hx()
			tmpl, path := l.make(s)
			text := strings.Replace(tmpl, "%s", h, 1)
			for _, c := range detectIn(text, path) {
				fps++
				t.Errorf("%s: value %s reported in layout %q (path %q): %s", l.name, fp(text[c.Start:c.End]), strings.Replace(tmpl, "%s", "<hex>", 1), path, c.Details["evidence"])
			}
		}
		t.Logf("negative %-40s false positives %d/%d", l.name, fps, n)
	}
}

// A hash next to an address it does not derive to is no proof; a key
// beside its address is reported even under a hash-like name.
func TestHexAddressProof(t *testing.T) {
	g := newGen(31)
	det := NewHex()
	k := g.key().Serialize()
	addr := eth.Address(k)
	cs := det.Detect(context.Background(), &detect.Chunk{Data: []byte(fmt.Sprintf("id: 0x%x\naddress: %s\n", k, addr))})
	if len(cs) != 1 || cs[0].Confidence != detect.ConfidenceHigh || !strings.HasPrefix(cs[0].Details["address_match"], addr) {
		t.Fatalf("key beside its address: %d findings", len(cs))
	}
	if cs[0].Details["address_match"] != addr+", 1 line(s) below" {
		t.Errorf("address_match %q", cs[0].Details["address_match"])
	}
	other := eth.Address(g.key().Serialize())
	cs = det.Detect(context.Background(), &detect.Chunk{Data: []byte(fmt.Sprintf("id: 0x%x\naddress: %s\n", k, other))})
	if len(cs) != 0 {
		t.Fatalf("an unrelated address is no proof: %d findings", len(cs))
	}
	// Without 0x after the word "address", as OpenEthereum's ethkey
	// prints a key it made; an unrelated one and a run that is no
	// address's proves nothing.
	for _, tc := range []struct {
		name, addr string
		want       int
	}{
		{"its address", strings.ToLower(addr[2:]), 1},
		{"Address=", "", 1},
		{"another's", strings.ToLower(other[2:]), 0},
		{"41 digits", strings.ToLower(addr[2:]) + "0", 0},
		{"a word goes on", strings.ToLower(addr[2:]) + "g", 0},
	} {
		line := "address: " + tc.addr
		if tc.name == "Address=" {
			line = "Address=" + addr[2:]
		}
		text := fmt.Sprintf("$ ethkey generate random\nsecret:  %x\n%s\n", k, line)
		cs = det.Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "session.log"})
		if len(cs) != tc.want {
			t.Errorf("%s: %d findings, want %d", tc.name, len(cs), tc.want)
		}
	}
}

func FuzzHexEvidence(f *testing.F) {
	f.Add("deployer 0x0000000000000000000000000000000000000001\nkey 0x", 1, "notes.txt")
	f.Add("Private Keys\n==================\n\n(0) 0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318\n(1) 0x", 0, "anvil.log")
	f.Add("let sk = SigningKey::from_slice(&hex::decode(\"", 0, "")
	f.Add("[{\"name\": \"deployer_key\", \"value\": \"", 0, "env.json")
	f.Add("- value: \"", 0, "x.yaml")
	f.Add("a, b := x // y # z {", 3, ".env")
	f.Add("0x", 2, "SHA256SUMS")
	f.Add("INSERT INTO t (a, `b`, c) VALUES\n(1, 'x', (2), \"", 0, "dump.sql")
	f.Add("{\"outputs\": [{\"text\": [\"", 0, "nb.ipynb")
	f.Add("{\"text\": \"who has the relayer key?\"},\n{\"text\": \"here \\\" 0x", 0, "result.json")
	f.Add("login_password: 0x", 0, "")
	f.Add("    k = f(pk)\n  │   │ └ '", 0, "")
	f.Add("<td>k</td><td class=\"a\" id='b'><pre>&#x27;", 0, "500.html")
	f.Add("seed=<p> key=<p> push=", 0, "")
	f.Add("my MetaMask account, I exported it:\n", 0, "ticket.txt")
	f.Add(">>> k.hex()\n'", 0, "")
	f.Add("DEBUG = False\nCSRF_COOKIE_SECURE = True\nSIGNING_KEY = \"", 0, "settings.py")
	f.Add("// Key(\"a\") == \"bal:", 0, "cache.go")
	f.Add("secret: ", 0, "session.log")
	f.Fuzz(func(t *testing.T, pre string, cut int, path string) {
		key := make([]byte, 32)
		key[31] = 7
		for i := range key[:31] {
			key[i] = byte(len(pre) + i)
		}
		h := hex.EncodeToString(key)
		data := []byte(pre + h + "\n" + pre)
		if cut < 0 {
			cut = -cut
		}
		sc := &hexScan{c: &detect.Chunk{Data: data, Path: path, Context: []byte(pre[:min(len(pre), cut%8)])}, derivations: 2}
		ev := sc.evidence(key, len(pre), len(pre)+64)
		_ = ev.confidence()
		_ = ev.summary()
		_, _ = statementBefore([]byte(pre), pre[min(len(pre), cut%5):])
		_ = statementEvidence([]byte(pre), path)
		_ = checksumLine([]byte(pre), []byte(path))
		_ = fileKindWeight(path)
		if strings.Contains(ev.summary(), h) || strings.Contains(ev.addressMatch, h) {
			t.Fatal("evidence shows the key")
		}
	})
}

// A public key written under its private key is not another key.
func TestHexKeyPairComment(t *testing.T) {
	g := newGen(32)
	k := g.key()
	pub := k.PubKey().SerializeUncompressed()
	text := fmt.Sprintf("func BenchmarkX(b *testing.B) {\n\t// Private key: %x\n\t// X: %x\n\t// Y: %x\n", k.Serialize(), pub[1:33], pub[33:])
	cs := NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(text + "// bitcoin\n")})
	if len(cs) != 1 || cs[0].Secret.Fingerprint() != detect.Fingerprint(detect.KindRawPrivateKey, hex.EncodeToString(k.Serialize())) {
		t.Fatalf("want the private key only, got %d findings", len(cs))
	}
}

// TestCurveConstantsAreNotKeys: tests of curve libraries pass the group
// order's neighbours and the generator's coordinates to isPrivate,
// privateAdd and the like; they are public constants, not keys.
func TestCurveConstantsAreNotKeys(t *testing.T) {
	for _, v := range []string{
		"fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140", // n-1
		"FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD036413E", // n-3
		"79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798", // G.x
		"483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8", // G.y
	} {
		text := "// bitcoin wallet keys\nassert(ecc.isPrivate(h('" + v + "')));\nconst privateKey = '" + v + "';\n"
		cs := NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(text)})
		assert.Empty(t, cs, "curve constant %s… reported", v[:8])
	}
	// A key next to them is still one.
	k := newGen(33).key()
	text := "assert(ecc.isPrivate(h('" + curveGx + "')));\nconst privateKey = '" + hex.EncodeToString(k.Serialize()) + "';\n"
	assert.Len(t, NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(text)}), 1)
}

// TestHexFlowLinearTime: following assigned names costs time linear in
// the text. On one long line of assignments (minified code) every value
// looked through the rest of the line for a use of its name until the
// search was bounded to flowBytes.
func TestHexFlowLinearTime(t *testing.T) {
	g := newGen(77)
	line := func(n int) []byte {
		var b strings.Builder
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, `var v%06d="%s";`, i, hex.EncodeToString(g.bytes(32)))
		}
		return []byte(b.String())
	}
	det := NewHex()
	timeOf := func(data []byte) time.Duration {
		best := time.Duration(1 << 62)
		for range 3 {
			start := time.Now()
			det.Detect(context.Background(), &detect.Chunk{Data: data, Path: "app.min.js"})
			best = min(best, time.Since(start))
		}
		return max(best, time.Microsecond)
	}
	a, b := timeOf(line(32<<10)), timeOf(line(512<<10))
	// 16 times the input: linear is 16, quadratic 256.
	assert.Less(t, float64(b)/float64(a), 64.0, "32 KiB: %v, 512 KiB: %v", a, b)
}

// notebookCell writes a Jupyter notebook of one code cell whose source
// is src (JSON strings) and whose outputs are outputs; nbformat writes
// the outputs first, other writers the source.
func notebookCell(src, outputs string, outputsFirst bool) string {
	o := "   \"outputs\": [\n" + outputs + "   ],\n"
	c := "   \"source\": [" + src + "]\n"
	if !outputsFirst {
		c, o = "   \"source\": ["+src+"],\n", "   \"outputs\": [\n"+outputs+"   ]\n"
		return "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"metadata\": {},\n" + c + o + "  }\n ],\n \"nbformat\": 4\n}\n"
	}
	return "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 2,\n   \"metadata\": {},\n" + o + c + "  }\n ],\n \"nbformat\": 4\n}\n"
}

// siblingName matches field names in ASCII case only, so text whose
// lower case has another length (invalid UTF-8, the Kelvin sign, "Ⱥ")
// neither shifts its offsets nor sends them past the region's end.
func TestSiblingNameNonASCII(t *testing.T) {
	const val = "0x1111111111111111111111111111111111111111111111111111111111111111"
	for _, tc := range []struct{ name, pre, want string }{
		{"ascii", `{"Name": "deployer_key", `, "deployer_key"},
		{"kelvin sign before", "{\"\u212a\": 1, \"Name\": \"deployer_key\", ", "deployer_key"},
		{"invalid utf-8 before", "{\"\xff\xff\": 1, \"Name\": \"deployer_key\", ", "deployer_key"},
		{"growing letter before", "{\"\u023a\u023a\": 1, \"Name\": \"deployer_key\", ", "deployer_key"},
		{"invalid utf-8 at the end", "{\"name\": \"deployer_key\", ", "deployer_key"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := []byte(tc.pre + `"Value": "` + val + `"` + "\n\xff\xff\xff\xff\xff\xff")
			e := strings.Index(string(data), val) + len(val)
			assert.Equal(t, tc.want, siblingName(data, 0, e))
		})
	}
	// A lower case longer than the text put a match past its end.
	data := []byte("\"value\": \"0x11\"\n" + strings.Repeat("\xff", 12) + "\"name\": \"")
	assert.NotPanics(t, func() { siblingName(data, 0, 15) })
}

// TestHexProofOfWorkHashes: a block's hash, whose leading zeros no drawn
// key has, is not read as a key, not even under a key's name; a key the
// address on its line proves is, zeros or not.
func TestHexProofOfWorkHashes(t *testing.T) {
	g := newGen(77)
	det := NewHex()
	for range 50 {
		h := strings.Repeat("0", 8+g.rng.IntN(16)) + hex.EncodeToString(g.bytes(32))
		h = h[:64]
		for _, text := range []string{
			"2024-06-01T10:01:30Z [default wallet] keypool keep 1001\n2024-06-01T10:02:12Z UpdateTip: new best=" + h + " height=848123\n",
			"PRIVATE_KEY=0x" + h + "\n",
		} {
			assert.Empty(t, det.Detect(context.Background(), &detect.Chunk{Data: []byte(text)}), "%s", fp(h))
		}
	}
	// A key with eleven leading zeros is still read when the address
	// written beside it proves it.
	var k [32]byte
	k[5] = 1
	copy(k[6:], g.bytes(26))
	h := hex.EncodeToString(k[:])
	text := "key 0x" + h + " address " + eth.Address(k[:]) + "\n"
	cs := det.Detect(context.Background(), &detect.Chunk{Data: []byte(text)})
	if assert.Len(t, cs, 1) {
		assert.NotEmpty(t, cs[0].Details["address_match"])
	}
}

// A decoded view's key is proved by its address written after the view
// (Chunk.After) or in its context, with nothing after it.
func TestHexAddressAroundView(t *testing.T) {
	g := newGen(32)
	det := NewHex()
	k := g.key().Serialize()
	addr := eth.Address(k)
	h := hex.EncodeToString(k)
	for _, c := range []detect.Chunk{
		{Data: []byte(h), Encoding: "byte-array", Context: []byte("raw="), After: []byte("]\naddress=" + addr + "\n")},
		{Data: []byte(h), Encoding: "byte-array", Context: []byte("address=" + addr + "\nraw=")},
	} {
		cs := det.Detect(context.Background(), &c)
		if assert.Len(t, cs, 1) {
			assert.Contains(t, cs[0].Details["address_match"], addr)
		}
		c.After, c.Context = nil, []byte("raw=")
		assert.Empty(t, det.Detect(context.Background(), &c))
	}
}

// A test key written beside the string it was hashed from (Foundry's
// makeAddrAndKey("alice"), keccak256("alice") in a comment) is public:
// anyone who reads the text can make it. A key beside another string is
// not.
func TestHexDerivationBeside(t *testing.T) {
	det := NewHex()
	keccak := func(s string) string {
		h := sha3.NewLegacyKeccak256()
		h.Write([]byte(s))
		return hex.EncodeToString(h.Sum(nil))
	}
	sha := func(s string) string { sum := sha256.Sum256([]byte(s)); return hex.EncodeToString(sum[:]) }
	for _, c := range []struct {
		text   string
		public bool
	}{
		{"const ALICE_PK = '0x" + keccak("alice") + "'; // keccak256(\"alice\")\n", true},
		{"    // = uint256(keccak256(\"keeper\"))\n    uint256 internal constant KEEPER_PK = 0x" + keccak("keeper") + ";\n", true},
		{"// Deterministic test keys: sha256(\"lumen-test-1\")\nprivate val signerKey = \"0x" + sha("lumen-test-1") + "\"\n", true},
		{"const ALICE_PK = '0x" + keccak("alice") + "'; // keccak256(\"bob\")\n", false},
		// A hash demonstration's table of strings and their digests.
		{"wallet       " + sha("wallet") + "\nprivate key  " + sha("private key") + "\n", true},
		{"| private key | " + sha("private key") + " |\n", true},
		{"private key  " + sha("private key, old") + "\n", false},
	} {
		cs := det.Detect(context.Background(), &detect.Chunk{Data: []byte(c.text)})
		if assert.Len(t, cs, 1, c.text) {
			assert.Equal(t, c.public, cs[0].Public, c.text)
			if c.public {
				assert.Regexp(t, "(written beside|before) it", cs[0].PublicSource)
				// The source never holds the string that makes the key.
				assert.NotContains(t, cs[0].PublicSource, "alice")
				assert.NotContains(t, cs[0].PublicSource, "keeper")
				assert.NotContains(t, cs[0].PublicSource, "lumen")
			}
		}
	}
}

// Names of hashes and of a decode call's variable: EIP-712's
// DOMAIN_TYPEHASH, an app's AES key decoded from hex.
func TestHexHashAndCipherNames(t *testing.T) {
	g := newGen(33)
	det := NewHex()
	for _, tmpl := range []string{
		"/** EIP-712 domain separator type hash */\nconst val DOMAIN_TYPEHASH = \"0x%s\"\nprivate val signerKey = Credentials.create(key)\n",
		"# AES-256 key used to encrypt the local order cache (not a wallet key)\nCACHE_AES_KEY = bytes.fromhex(\"%s\")\n",
	} {
		text := fmt.Sprintf(tmpl, hex.EncodeToString(g.bytes(32)))
		assert.Empty(t, det.Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "Signer.kt"}), tmpl)
	}
}

// TestNameNote: a note on the value's form between a name and its
// separator ("key (hex): …") leaves the name the value's; a call's
// arguments or a note with no separator after it do not.
func TestNameNote(t *testing.T) {
	for before, want := range map[string]string{
		"key (hex): ":                           "key",
		"signer_key (raw, 32) = ":               "signer_key",
		"key: ":                                 "key",
		"decode(hex): ":                         "",
		"key (hex) ":                            "",
		"key (a note far too long to be one): ": "",
	} {
		name, _, _ := nearestName([]byte(before))
		assert.Equal(t, want, name, before)
	}
}

// TestDumpOfKeyFile: the command over a hex dump names a key file when
// the dumped file's name says so; a public key's, or a file named
// otherwise, is not one.
func TestDumpOfKeyFile(t *testing.T) {
	for before, want := range map[string]bool{
		"$ xxd key.bin\n": true,
		"notes\n$ hexdump -C ~/.eth/signer/priv.bin\n": true,
		"# od -A x -t x1z wallet.dat\n":                true,
		"$ xxd -g 1 secret\n":                          true,
		"$ xxd pubkey.bin\n":                           false,
		"$ xxd image.png\n":                            false,
		"$ xxd backup-aes256.key\n":                    false,
		"# AES-256 encryption\n$ xxd backup.key\n":     false,
		"$ cat key.bin | base64\n":                     false,
		"key.bin:\n":                                   false,
	} {
		assert.Equal(t, want, dumpOfKeyFile([]byte(before)), before)
	}
	// In a scan: the dump's view is a key by the file's name.
	det := NewHex()
	text := "$ xxd key.bin\n"
	c := &detect.Chunk{Data: []byte("8655637c0ebec3e7a852584f3503ded2d4b6aa25ec4e1563a81bc9e07b7c1831"), Encoding: "hex-dump", Context: []byte(text)}
	cs := det.Detect(context.Background(), c)
	require.Len(t, cs, 1)
	assert.Contains(t, cs[0].Details["evidence"], "dump of a key file")
	c.Context = []byte("$ xxd image.png\n")
	assert.Empty(t, det.Detect(context.Background(), c))
}

// TestJWKPrivatePart: the "d" of a JSON Web Key on secp256k1 (a "jwk-d"
// view, whose context is the key's object and holds no key word) is a
// key by its curve; the same bytes as a plain base64 view under the
// same text are not.
func TestJWKPrivatePart(t *testing.T) {
	det := NewHex()
	c := &detect.Chunk{Data: []byte("8655637c0ebec3e7a852584f3503ded2d4b6aa25ec4e1563a81bc9e07b7c1831"), Encoding: "jwk-d",
		Context: []byte(`{"kty": "EC", "crv": "secp256k1", "d": "`)}
	cs := det.Detect(context.Background(), c)
	require.Len(t, cs, 1)
	assert.Contains(t, cs[0].Details["evidence"], "secp256k1 JWK's private part")
	c.Encoding = "base64-bytes"
	assert.Empty(t, det.Detect(context.Background(), c))
}

// TestReplPromptPassedOver: a value an interpreter printed under its
// prompt (">>> k.hex()", "In [4]: int(key, 16)") takes the label over
// the prompt, in the text and in a view's context.
func TestReplPromptPassedOver(t *testing.T) {
	for _, tc := range []struct{ line string }{{">>> k.hex()"}, {"In [4]: k.hex()"}} {
		det := NewHex()
		text := "my ETH wallet private key:\n" + tc.line + "\n'8655637c0ebec3e7a852584f3503ded2d4b6aa25ec4e1563a81bc9e07b7c1831'\n"
		cs := det.Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "notes.txt"})
		require.Len(t, cs, 1, tc.line)
		cs = det.Detect(context.Background(), &detect.Chunk{Data: []byte("8655637c0ebec3e7a852584f3503ded2d4b6aa25ec4e1563a81bc9e07b7c1831"),
			Encoding: "decimal", Context: []byte("my ETH wallet private key:\n" + tc.line + "\n")})
		require.Len(t, cs, 1, tc.line)
	}
	assert.True(t, replInput([]byte("In [12]: x")))
	for _, line := range []string{"In [x]: y", ">>>", "In brief: keys", "> quoted"} {
		assert.False(t, replInput([]byte(line)), line)
	}
}

// TestGoPrintedECDSA: the text before D in Go's %+v and %v of an
// *ecdsa.PrivateKey, and texts that only look like it.
func TestGoPrintedECDSA(t *testing.T) {
	for before, want := range map[string]bool{
		"key: &{PublicKey:{Curve:0xc0000b2000 X:+123 Y:+456} D:+": true,
		"log line\nkey: &{{0xc0000b2000 +123 +456} +":             true,
		"&{PublicKey:{Curve:0xc0000b2000 X:+123 Y:+456} D:+":      true,
		"&{PublicKey:{Curve:P256 X:+123 Y:+456} D:+":              false,
		"&{Point:{X:+123 Y:+456} D:+":                             false,
		"&{{0xc0000b2000 +123 +456 +789} +":                       false,
		"&{{0xc0000b2000 123 456} +":                              false,
		"&{PublicKey:{Curve:0xc0000b2000 X:+123 Y:+456} D:+\n":    false,
	} {
		assert.Equal(t, want, goPrintedECDSA([]byte(before)), before)
	}
}

// TestTypedName: a type between a name and its value ("KEY: &str = …",
// "var key string = …", "val key: String = …", "pk: Hex = …") leaves the
// name the value's, and Rust's "pub" is a visibility, not a public key:
// a signer's key declared so is found by its name.
func TestTypedName(t *testing.T) {
	for before, want := range map[string]string{
		`pub const KEEPER_PRIVATE_KEY: &str = "`: "KEEPER_PRIVATE_KEY",
		`var signerKey string = "`:               "signerKey",
		`val deployerKey: String = "`:            "deployerKey",
		`const pk: Hex = '`:                      "pk",
		`string: "`:                              "string",
	} {
		name, _, _ := nearestName([]byte(before))
		assert.Equal(t, want, name, before)
	}
	g := newGen(34)
	key := hex.EncodeToString(g.key().Serialize())
	for _, text := range []string{
		"pub const KEEPER_PRIVATE_KEY: &str = \"0x" + key + "\";\n",
		"pub(crate) static SIGNER_KEY: &str = \"" + key + "\";\n",
	} {
		cs := NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "src/consts.rs"})
		if assert.Len(t, cs, 1, "the Rust const") {
			assert.Equal(t, "key name", cs[0].Details["context"])
		}
	}
	// A value named "pub" is a public key's.
	assert.Empty(t, NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte("pub = \"" + key + "\"\n"), Path: "vectors.py"}))
}

// TestSpringBeanArgument: a constructor argument of a Spring bean whose
// factory is web3j's Credentials.create is a key passed to it; one of
// another bean's is not named so.
func TestSpringBeanArgument(t *testing.T) {
	g := newGen(35)
	key := hex.EncodeToString(g.key().Serialize())
	bean := func(class, method string) string {
		return "<beans>\n    <bean id=\"treasury\" class=\"" + class + "\" factory-method=\"" + method + "\">\n" +
			"        <constructor-arg value=\"0x" + key + "\"/>\n    </bean>\n</beans>\n"
	}
	cs := NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(bean("org.web3j.crypto.Credentials", "create")), Path: "applicationContext.xml"})
	if assert.Len(t, cs, 1) {
		assert.Equal(t, "key function", cs[0].Details["context"])
	}
	assert.Empty(t, NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(bean("io.example.cache.Digest", "of")), Path: "applicationContext.xml"}))
}

// TestHexSerialisedFields: in binary data a key stored under its field's
// name, with the serialiser's type and length bytes between (pickle,
// msgpack, protobuf, Java's serialisation), is named by the field; a hash
// so stored is not a key, and text is read as text (the 38th corpus).
func TestHexSerialisedFields(t *testing.T) {
	key := hex.EncodeToString(newGen(77).key().Serialize())
	for _, tc := range []struct {
		name, data   string
		want, binary bool
	}{
		{"pickle", "\x80\x04\x95\x00\x00}\x94(\x8c\x0bprivate_key\x94\x8c@" + key + "\x94\x8c\x05nonce\x94K\x07u.", true, true},
		{"msgpack", "\x82\xaaprivateKey\xd9B0x" + key + "\xa7address\xd9*0x00", true, true},
		{"protobuf", "\n\x0bprivate_key\x12@" + key + "\x18\x01", true, true},
		{"Java serialisation", "t\x00\nprivateKeyt\x00@" + key + "x", true, true},
		{"a small protobuf file reads as text", "\n\x0bprivate_key\x12@" + key + "\x18\x01", true, false},
		{"a small msgpack file reads as text", "\x83\xaaprivateKey\xd9B0x" + key + "\xa7address\xd9*0x00", true, false},
		{"a hash so stored", "\x8c\x07tx_hash\x94\x8c@" + key + "\x94", false, true},
		{"no field before", "\x00\x00\x00\x00\x8c@" + key + "\x94", false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs := NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(tc.data), Binary: tc.binary})
			if !tc.want {
				assert.Empty(t, cs)
				return
			}
			require.Len(t, cs, 1)
			assert.Equal(t, key, strings.TrimPrefix(tc.data[cs[0].Start:cs[0].End], "0x"))
		})
	}
}

// TestOtherProtocolKeys: a security key's attestation key and the
// Diffie-Hellman keys of X25519, Noise and WireGuard, named so or typed
// so, are not a chain's keys (Trezor's and KeepKey's firmware hold
// both); a private key typed and named otherwise still is.
func TestOtherProtocolKeys(t *testing.T) {
	g := newGen(34)
	det := NewHex()
	for tmpl, want := range map[string]int{
		"const char *U2F_ATT_PRIV_KEY = \"%s\";\n":                              0,
		"_FIDO_ATT_PRIV_KEY = bytes.fromhex(\"%s\")\n":                          0,
		"static curve25519_key factory_private = \"%s\";\n":                     0,
		"noise_static_private_key: %s\n":                                        0,
		"l3_key = X25519PrivateKey.from_private_bytes(bytes.fromhex(\"%s\"))\n": 0,
		"static const char *signer_private_key = \"%s\";\n":                     1,
		"static secp256k1_key factory_private_key = \"%s\";\n":                  1,
	} {
		text := fmt.Sprintf(tmpl, hex.EncodeToString(g.bytes(32)))
		assert.Len(t, det.Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "keys.c"}), want, tmpl)
	}
}

// TestDebuggerPrintedValue: a value gdb or lldb printed under its prompt
// ("(gdb) p/x w->priv_key" over "$1 = {0x…, …}") is named by the printed
// expression (corpus 62); a value printed from another expression, or a
// "$1 =" under no prompt, is not.
func TestDebuggerPrintedValue(t *testing.T) {
	g := newGen(62)
	det := NewHex()
	for _, tc := range []struct {
		context string
		want    bool
	}{
		{"88\t    secp256k1_ecdsa_sign(ctx, &sig, msg32, w->priv_key, NULL, NULL);\n(gdb) p/x w->priv_key\n$1 = ", true},
		{"(lldb) p signer.secret_key\n(uint8_t[32]) $0 = ", true},
		{"(gdb) p/x ctx->digest\n$4 = ", false},
		{"total so far\n$1 = ", false},
	} {
		h := hex.EncodeToString(g.key().Serialize())
		cs := det.Detect(context.Background(), &detect.Chunk{Data: []byte(h), Encoding: "byte-array", Context: []byte(tc.context)})
		assert.Equal(t, tc.want, len(cs) == 1, "%q", tc.context)
	}
	assert.Equal(t, "priv_key", debuggerExpr([]byte("(gdb) p/x w->priv_key\n$1 = ")))
	assert.Equal(t, "", debuggerExpr([]byte("(gdb) p/x w->priv_key\n$x = ")))
}

// TestHexWrappedAtWidth: a key a terminal or pane wrapped at its width
// ("Private key: 0x" and 25 digits, then 39: tmux's capture-pane of a
// 40-column pane, corpus 62) is read whole at any width that cuts it in
// two, with LF or CRLF line ends; a longer hex blob wrapped at a width
// from its line's start, whose last two lines hold 64 digits, is not.
func TestHexWrappedAtWidth(t *testing.T) {
	g := newGen(622)
	det := NewHex()
	wrap := func(text string, w int, nl string) string {
		var b strings.Builder
		for len(text) > w {
			b.WriteString(text[:w] + nl)
			text = text[w:]
		}
		return b.String() + text + nl
	}
	for w := 40; w <= 78; w++ {
		for _, nl := range []string{"\n", "\r\n"} {
			h := hex.EncodeToString(g.key().Serialize())
			text := "$ cast wallet new\nSuccessfully created new keypair.\nAddress:     0x" + strings.Repeat("0", 40) + "\n" + wrap("Private key: 0x"+h, w, nl)
			cs := det.Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "tmux-capture.txt"})
			if assert.Len(t, cs, 1, "width %d, %q", w, nl) {
				assert.Equal(t, detect.Fingerprint(detect.KindRawPrivateKey, h), cs[0].Secret.Fingerprint(), "width %d", w)
			}
		}
	}
	blob := hex.EncodeToString(g.bytes(57)) // 114 digits: 50, 50 and 14 at width 50
	assert.Empty(t, det.Detect(context.Background(), &detect.Chunk{Data: []byte("signing key blob:\n" + wrap(blob, 50, "\n"))}))
}

// TestCompressedFlagKeys: a key written with the flag that its public key
// is compressed ("…01", 66 digits, as Stacks writes its keys) is read,
// the same secret as the key without it (corpus 71); a compressed public
// key under a key's name that happens to end in "01" is not.
func TestCompressedFlagKeys(t *testing.T) {
	g := newGen(71)
	det := NewHex()
	for range 50 {
		k := g.key()
		h := hex.EncodeToString(k.Serialize())
		if b, _ := hex.DecodeString(h + "01"); b[0] == 2 || b[0] == 3 {
			if _, err := btcec.ParsePubKey(b); err == nil {
				continue // one key in 512 reads as a public key so: not read
			}
		}
		for _, tc := range []string{"STX_SENDER_KEY=%s01\n", "(define-constant oracle-secret-key 0x%s01)\n", `{"privateKey": "%s01"}` + "\n"} {
			cs := det.Detect(context.Background(), &detect.Chunk{Data: []byte(fmt.Sprintf(tc, h)), Path: "stacks/scripts/.env"})
			if assert.Len(t, cs, 1, tc) {
				assert.Equal(t, detect.Fingerprint(detect.KindRawPrivateKey, h), cs[0].Secret.Fingerprint(), tc)
			}
		}
	}
	// BOLT #3's keys, written so in every Lightning implementation's
	// tests, are public.
	cs := det.Detect(context.Background(), &detect.Chunk{Data: []byte("local_funding_privkey = bytes.fromhex('30ff4956bbdd3222d44cc5e8a1261dab1e07957bdac5ae88fe3261ef321f374901')\n")})
	require.Len(t, cs, 1)
	assert.True(t, cs[0].Public)
	assert.Equal(t, "BOLT #3 test vector key", cs[0].PublicSource)
	tried := 0
	for n := 0; n < 20; tried++ {
		require.Less(t, tried, 100000)
		pub := g.key().PubKey().SerializeCompressed()
		if pub[32] != 0x01 {
			continue
		}
		n++
		assert.Empty(t, det.Detect(context.Background(), &detect.Chunk{Data: []byte("signer_key: " + hex.EncodeToString(pub) + "\n")}))
	}
}

// TestHexInShownMarkup: what an HTML page or an office document shows
// (the "html-text" and "office-text" views) is someone's words, as a
// note's are: a key under a sentence that names it is one there, as in
// a note, and not in a page's markup as written.
func TestHexInShownMarkup(t *testing.T) {
	text := "ok. also the second account key from my export:\n8655637c0ebec3e7a852584f3503ded2d4b6aa25ec4e1563a81bc9e07b7c1831\nThank you\n"
	for _, tc := range []struct {
		enc  string
		want int
	}{{"html-text", 1}, {"office-text", 1}, {"", 0}} {
		cs := NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "ticket_99120_print.html", Encoding: tc.enc})
		assert.Len(t, cs, tc.want, tc.enc)
	}
}

// TestViewNamedByItsObject: a value decoded from a blob under a generic
// "value" takes its object's name (Foundry's broadcast returns: a
// uint256 written in decimal under "operatorKey"), as a value in the
// text does; an object named for a hash gives none.
func TestViewNamedByItsObject(t *testing.T) {
	for obj, want := range map[string]int{"operatorKey": 1, "blockHash": 0} {
		c := &detect.Chunk{Data: []byte("8655637c0ebec3e7a852584f3503ded2d4b6aa25ec4e1563a81bc9e07b7c1831"), Path: "broadcast/run-latest.json",
			Encoding: "decimal", Context: []byte("  \"returns\": {\n    \"" + obj + "\": {\n      \"internal_type\": \"uint256\",\n      \"value\": \"")}
		assert.Len(t, NewHex().Detect(context.Background(), c), want, obj)
	}
}

// TestEnvDefaultNamed: a value given as an environment variable's default
// is named by the variable ("process.env.TREASURY_PK || \"0x…\"", a
// shell's "${DEPLOYER_PK:-0x…}", PHP's and Kotlin's "?:", Rust's
// unwrap_or, Java's orElse, Ruby's fetch block), whatever it is assigned
// to; a default
// of a hash's or a root's variable is not a key.
func TestEnvDefaultNamed(t *testing.T) {
	g := newGen(36)
	key := hex.EncodeToString(g.key().Serialize())
	assertHexFinds(t, key, "deploy.ts", map[string]bool{
		"const key = process.env.TREASURY_PK || \"0x%s\";\n":                                true,
		"const x = process.env[\"TREASURY_PK\"] ?? \"0x%s\";\n":                             true,
		"PRIVATE_KEY=${PRIVATE_KEY:-0x%s}\n":                                                true,
		"    environment:\n      - DEPLOYER_PK=${DEPLOYER_PK:-0x%s}\n":                      true,
		"export SIGNER=${SIGNER_KEY:-%s}\n":                                                 true,
		"let key = env::var(\"SIGNER_PK\").unwrap_or(\"0x%s\".to_string());\n":              true,
		"let key = std::env::var(\"SIGNER_PK\").unwrap_or_else(|_| \"0x%s\".into());\n":     true,
		"$pk = getenv(\"SIGNER_PK\") ?: \"0x%s\";\n":                                        true,
		"val pk = System.getenv(\"SIGNER_PK\") ?: \"0x%s\"\n":                               true,
		"String pk = Optional.ofNullable(System.getenv(\"SIGNER_PK\")).orElse(\"0x%s\");\n": true,
		"pk = ENV.fetch(\"SIGNER_PK\") { \"0x%s\" }\n":                                      true,
		"root = ENV.fetch(\"MERKLE_ROOT\") { \"0x%s\" }\n":                                  false,
		"let root = std::env::var(\"STATE_ROOT\").unwrap_or_else(|_| \"0x%s\".into());\n":   false,
		"HASH=${GENESIS_HASH:-0x%s}\n":                                                      false,
		"const root = process.env.MERKLE_ROOT || \"0x%s\";\n":                               false,
	})
}

// TestPassedAbove: a traceback's locals come under the code that failed
// (rich's boxes, pytest's --showlocals): a bare "key" passed to a signer
// on a line above is a wallet's key; one passed to an HMAC is not named
// so.
func TestPassedAbove(t *testing.T) {
	g := newGen(37)
	key := hex.EncodeToString(g.key().Serialize())
	assertHexFinds(t, key, "traceback.log", map[string]bool{
		"│   51 │   signer = Signer(key)          │\n│ │    key = '0x%s' │ │\n":   true,
		"    acct = Account.from_key(key)\nE   ValueError\nkey        = '0x%s'\n": true,
		"h = hmac.new(key, msg)\nkey = '%s'\n":                                    false,
	})
}

// TestBoxTableCells: the cells of a table a CLI draws with box rules
// ("│ address │ 0x… │", sui client new-address) or of a Markdown table
// row are apart: the first names the second, so an address's row under a
// deployer's alias is no key, and a private key's row is one.
func TestBoxTableCells(t *testing.T) {
	g := newGen(38)
	key := hex.EncodeToString(g.key().Serialize())
	assertHexFinds(t, key, "notes.md", map[string]bool{
		"│ alias          │ deployer     │\n│ address        │ 0x%s │\n": false,
		"┃ alias ┃ deployer ┃\n┃ address ┃ 0x%s ┃\n":                     false,
		"│ deployer private key │ 0x%s │\n":                              true,
		"| field | value |\n|---|---|\n| Private key | 0x%s |\n":         true,
	})
}

// TestMoneroViewKeyCommand: monero-wallet-cli answers its viewkey command
// with the view key's "secret:" (which cannot spend) and its spendkey
// command with the spend key's.
func TestMoneroViewKeyCommand(t *testing.T) {
	g := newGen(39)
	key := hex.EncodeToString(g.key().Serialize())
	pub := hex.EncodeToString(g.key().PubKey().SerializeCompressed()[1:])
	for cmd, want := range map[string]bool{"viewkey": false, "spendkey": true} {
		text := "[wallet 4AdUnd]: " + cmd + "\nsecret: " + key + "\npublic: " + pub + "\n"
		cs := NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "monero-wallet-cli.txt"})
		if want {
			assert.NotEmpty(t, cs, cmd)
		} else {
			assert.Empty(t, cs, cmd)
		}
	}
}

// TestKeyCommandAbove: a value alone on its line a few lines under a
// command that prints an account's key (gaiad keys export
// --unarmored-hex, behind a passphrase's prompt and a warning) is that
// key; under another command it is not named so.
func TestKeyCommandAbove(t *testing.T) {
	g := newGen(40)
	key := hex.EncodeToString(g.key().Serialize())
	for cmd, want := range map[string]bool{
		"gaiad keys export relayer --unarmored-hex --unsafe --keyring-backend file": true,
		"evmosd keys unsafe-export-eth-key dev0":                                    true,
		"gaiad query tx --type=hash":                                                false,
		// A keychain item's password printed alone (corpus 295).
		`security find-generic-password -s "Acorn Relayer" -w`: true,
		`security find-generic-password -s "Acorn API" -w`:     false,
		`security find-generic-password -s "hot wallet"`:       false,
	} {
		text := "$ " + cmd + "\nEnter keyring passphrase (attempt 1/3):\nWARNING: USE AT YOUR OWN RISK. Continue? [y/N]: y\n" + key + "\n$ exit\n"
		cs := NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "setup.log"})
		if want {
			assert.NotEmpty(t, cs, cmd)
		} else {
			assert.Empty(t, cs, cmd)
		}
	}
}

// TestDigestCommands: a value a digest command prints ("sha256sum x.tar.gz
// should print …") is a file's digest, and HKDF's input key is no
// wallet's, however near a wallet's words.
func TestDigestCommands(t *testing.T) {
	g := newGen(41)
	key := hex.EncodeToString(g.key().Serialize())
	for _, text := range []string{
		"wallet-cli import --phrase \"<your words>\"\n\nVerify a release: `sha256sum wallet-cli-x86_64.tar.gz` should print `%s`\n",
		"Verify the wallet: shasum -a 256 wallet.dmg should print %s\n",
		"    let _ = ctx.set_hkdf_key(&hex::decode(\"%s\").unwrap());\n",
	} {
		assert.Empty(t, NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(fmt.Sprintf(text, key)), Path: "README.md"}), text)
	}
}

// TestRustHexMacroAndPrivNames: Rust's hex! macro by its path
// (hex_literal::hex!) and on the line under its const, names whose last
// word is "priv" ("alicePriv", "DEPLOYER_PRIV") and libsecp256k1's
// "seckey" name a key; a view
// key's or a hash's "priv" does not.
func TestRustHexMacroAndPrivNames(t *testing.T) {
	g := newGen(42)
	key := hex.EncodeToString(g.key().Serialize())
	assertHexFinds(t, key, "src/consts.rs", map[string]bool{
		"pub const DEV_SIGNER: [u8; 32] = hex_literal::hex!(\"%s\");\n": true,
		"pub const DEV_SIGNER: [u8; 32] =\n    hex!(\"%s\");\n":         true,
		"const alicePriv = \"%s\"\n":                                    true,
		"DEPLOYER_PRIV=%s\n":                                            true,
		"const char *attest_seckey = \"%s\";\n":                         true,
		"const viewPriv = \"%s\"\n":                                     false,
		"pub const STATE_ROOT: [u8; 32] = hex_literal::hex!(\"%s\");\n": false,
	})
}

// TestElementNameAttribute: a value attribute is named by its element's
// name (or key) attribute, as JetBrains run configurations and .NET's
// appSettings write environment variables; and a pretty-printed
// personal_importRawKey call names its first parameter.
func TestElementNameAttribute(t *testing.T) {
	g := newGen(43)
	key := hex.EncodeToString(g.key().Serialize())
	assertHexFinds(t, key, "workspace.xml", map[string]bool{
		"<envs>\n  <env name=\"SIGNER_KEY\" value=\"%s\" />\n</envs>\n":                                                                                                                         true,
		"<envs>\n  <env name=\"DEPLOYER_KEY\" value=\"%s\" />\n  <env name=\"ETHERSCAN_API_KEY\" value=\"ABC\" />\n</envs>\n":                                                                   true,
		"<appSettings>\n  <add key=\"SignerKey\" value=\"%s\" />\n</appSettings>\n":                                                                                                             true,
		"<appSettings>\n  <add key=\"Btc.Network\" value=\"main\" />\n  <add key=\"MachineKey\" value=\"%s\" />\n</appSettings>\n":                                                              false,
		"<envs>\n  <env name=\"GENESIS_HASH\" value=\"%s\" />\n</envs>\n":                                                                                                                       false,
		"POST {{rpc}}\nContent-Type: application/json\n\n{\n  \"jsonrpc\": \"2.0\",\n  \"method\": \"personal_importRawKey\",\n  \"params\": [\"%s\", \"{{nodePassword}}\"],\n  \"id\": 1\n}\n": true,
		"{\n  \"jsonrpc\": \"2.0\",\n  \"method\": \"eth_getBlockByHash\",\n  \"params\": [\"%s\", false],\n  \"id\": 1\n}\n":                                                                   false,
	})
}

// TestKeyFromWalletApp: "eth key from metamask <hex>": the wallet app
// after a preposition says where the key is from, and the name before it
// names the value; a hash from MetaMask's activity tab is no key.
func TestKeyFromWalletApp(t *testing.T) {
	g := newGen(44)
	key := hex.EncodeToString(g.key().Serialize())
	assertHexFinds(t, key, "notes.txt", map[string]bool{
		"eth key from metamask %s\n": true,
		"{\"date\": 1712000000000, \"sender\": \"Me\", \"body\": \"private key of phantom %s\"}\n": true,
		"tx hash from metamask %s\n": false,
	})
}

// TestNullishAssignment: a key assigned when the variable is unset
// ("process.env.BOT_KEY ??= …", as a test preload writes it).
func TestNullishAssignment(t *testing.T) {
	g := newGen(99)
	assertHexFinds(t, hex.EncodeToString(g.key().Serialize()), "test/setup.ts", map[string]bool{
		"process.env.BOT_KEY ??= \"0x%s\";\nprocess.env.RPC_URL ??= \"http://127.0.0.1:8545\";\n": true,
		"BOT_KEY ??= \"0x%s\"\n": true,
	})
}

// TestRoleKeyLabelAbove: a chat message that names a wallet's or a
// role's key in a sentence ending in a colon labels the value under it,
// also past a code block's fence; one that names no key does not.
func TestRoleKeyLabelAbove(t *testing.T) {
	g := newGen(97)
	assertHexFinds(t, hex.EncodeToString(g.key().Serialize()), "messages.json", map[string]bool{
		"the hot wallet key for the payout service, for the runbook:\n```%s```\n":    true,
		"the deployer key for our sepolia+mainnet relayer:\n```\n0x%s\n```\n":        true,
		"the hot wallet key for the payout service, for the runbook:\n```text\n%s\n": true,
		"here is the checksum of the release for the runbook:\n```\n%s\n```\n":       false,
	})
	// A heading over a block of code labels none of its values.
	assertHexFinds(t, hex.EncodeToString(g.key().Serialize()), "docs/eip-712.md", map[string]bool{
		"# EIP-712 signing\n\n```\ndomainSeparator = 0x%s\nstructHash      = 0x" + strings.Repeat("3c", 32) + "\n```\n\nThe digest is passed to `signer.signDigest(digest)`; the private key stays\nin the HSM.\n": false,
	})
}

// TestAppIDNamesNoValue: an app's id in a crash report's header
// ("Process: com.pocketvault.wallet") is no wallet word for the number an
// exception under it quotes (the 264th blind corpus); a wallet word
// outside a reverse domain name still is.
func TestAppIDNamesNoValue(t *testing.T) {
	g := newGen(264)
	assertHexFinds(t, hex.EncodeToString(g.key().Serialize()), "crash_reports/crash_2024-06-02.txt", map[string]bool{
		"FATAL EXCEPTION: DefaultDispatcher-worker-2\nProcess: com.pocketvault.wallet, PID: 19044\norg.web3j.exceptions.MessageDecodingException: Value must be in format 0x[1-9]+[0-9]* or 0x0: 0x%s\n\tat org.web3j.utils.Numeric.decodeQuantity(Numeric.java:71)\n": false,
		"Process: com.pocketvault.wallet, PID: 19044\nhot wallet key:\n0x%s\n": true,
	})
	assert.True(t, appIDPart([]byte("Process: com.pocketvault.wallet, PID"), len("Process: com.pocketvault."), len("Process: com.pocketvault.wallet")))
	assert.False(t, appIDPart([]byte("wallet.key = x"), 0, len("wallet")))
	assert.False(t, appIDPart([]byte("self.wallet.key"), len("self."), len("self.wallet")))
}

// TestHexKeyInLabelledHalves: a key split into halves on two lines after
// labels of one kind ("part 1/2:" over "part 2/2:", "first half:" over
// "second half:"), the key named in the lines above, is joined (the 265th
// and 271st blind corpora); halves under labels of two kinds, or with a
// hash named above, are not; nor halves with no key named near.
func TestHexKeyInLabelledHalves(t *testing.T) {
	g := newGen(271)
	for text, want := range map[string]bool{
		"## emergency signer (only if the HSM is down)\nThe key is split so it is not grep-able (lol):\n\n    part 1/2: %s\n    part 2/2: %s\n\nConcatenate and import with geth.\n": true,
		"signing key, split:\nfirst half:  %s\nsecond half: %s\n":         true,
		"signing key, split:\nkey (a): %s\nkey (b): %s\n":                 true,
		"signing key, split:\nfirst half: %s\nsecond page: %s\n":          false,
		"release checksum (sha256), split:\npart 1/2: %s\npart 2/2: %s\n": false,
		"notes\n\npart 1/2: %s\npart 2/2: %s\n":                           false,
		// Items 1) and 2) under a label that names the key (corpus 315).
		"private key (two halves):\n1) %s\n2) %s\n": true,
		"session ids:\n1) %s\n2) %s\n":              false,
	} {
		k := g.hexKey()
		cs := NewHex().Detect(context.Background(), &detect.Chunk{Data: fmt.Appendf(nil, text, k[:32], k[32:]), Path: "RUNBOOK.md"})
		if !want {
			assert.Empty(t, cs, text)
			continue
		}
		if assert.Len(t, cs, 1, text) {
			assert.Equal(t, detect.Fingerprint(detect.KindRawPrivateKey, k), cs[0].Secret.Fingerprint(), "the joined key: %s", text)
		}
	}
	assert.True(t, halfLabels([]byte("  part 1/2: "), []byte("part 2/2:")))
	assert.False(t, halfLabels([]byte("1/2: "), []byte("2/2:")), "no word but which half")
	assert.False(t, halfLabels([]byte("an unusually long label that goes on and on: "), []byte("an unusually long label that goes on and on:")))
}

// TestKeyListUnderRole: a list of keys by a bare name ("fallback_keys:",
// "keys:") in the settings of a signer or a role is of their keys (the
// 274th blind corpus); under a cache's or a trie's settings it is not.
func TestKeyListUnderRole(t *testing.T) {
	g := newGen(274)
	assertHexFinds(t, hex.EncodeToString(g.key().Serialize()), "config/relayer.yaml", map[string]bool{
		"signer:\n  fallback_keys:\n    - \"0x%s\"\n  rpc: https://rpc.example.org\n": true,
		"relayer:\n  keys:\n    - %s\n":                                               true,
		"cache:\n  keys:\n    - %s\n":                                                 false,
		"trie:\n  fallback_keys:\n    - \"0x%s\"\n":                                   false,
	})
}

// TestRoleLabelBefore: a label right before the value that names a key
// and, last, the role it is for ("key for faucet:", a chat's "pk fuer
// sepolia faucet:"; the 275th blind corpus) names a key; an API's key, a
// hash, or a key for no role does not.
func TestRoleLabelBefore(t *testing.T) {
	g := newGen(275)
	assertHexFinds(t, hex.EncodeToString(g.key().Serialize()), "chatlogs/twitch/2024-04-13.log", map[string]bool{
		"@badge-info=;color=#FF0000 :streamer!streamer@streamer.tmi.twitch.tv PRIVMSG #streamer :pk fuer sepolia faucet: %s\n": true,
		"key for faucet: %s\n":           true,
		"the key of our relayer: 0x%s\n": true,
		"api key for relayer: %s\n":      false,
		"key for the cache: %s\n":        false,
		"tx hash for the faucet: 0x%s\n": false,
	})
}

// TestPasswordColumnOfWalletRow: a key kept as the password of a row of a
// password manager's CSV export is named by the row when it names a
// wallet, a bot's account or a dapp signed in with an address (the 286th
// blind corpus); the password of another site's row is not. (A chunk
// that says neither key nor wallet anywhere is not read for keys named
// so: Chrome's export of a dapp's row alone stays unread.)
func TestPasswordColumnOfWalletRow(t *testing.T) {
	g := newGen(286)
	assertHexFinds(t, hex.EncodeToString(g.key().Serialize()), "exports/export.csv", map[string]bool{
		"collections,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\nTreasury,login,Safe signer 2,signer for 2/3 Safe,,1,https://app.safe.global,ops@acme-dao.xyz,kwaciR5!gZvZCr79CwoP,\nTreasury,login,Gas station bot,refills relayers,network: arbitrum,0,,gas-bot,%s,\n": true,
		"name,url,username,password,note\napp.uniswap.org,https://app.uniswap.org/,0x7273f909c68a64da6858169e594d18c3552e9035,%s,hot wallet\n":                                                                                                                                                                   true,
		"Title,Website,Username,Password,Notes\nRabby (old laptop),,,0x%s,\n":           true,
		"name,url,username,password,note\nexample.com,https://example.com/,marta,%s,\n": false,
	})
}

// TestForeignBareKeyName: the word for a key in another language right
// before the value is a bare key name, as "key" is (the 283rd blind
// corpus: "мой ключ …", "klucz: …"); the word further back is not.
func TestForeignBareKeyName(t *testing.T) {
	g := newGen(283)
	assertHexFinds(t, hex.EncodeToString(g.key().Serialize()), "posts/notes.txt", map[string]bool{
		"мой ключ %s\n": true,
		"ключ: 0x%s\n":  true,
		"klucz = %s\n":  true,
		"anahtar: %s\n": true,
		"ключ от чего-то ещё, id %s\n": false,
	})
}

// TestHexWrappedUnderIndentation: a key wrapped at a page's width with
// the page's left margin on every line (pdftotext's output of a report,
// the 281st blind corpus) is joined, its first part short or long; a
// continuation indented unlike the line before is not.
func TestHexWrappedUnderIndentation(t *testing.T) {
	g := newGen(281)
	for _, cut := range []int{20, 40} {
		for text, want := range map[string]bool{
			"      The deployer private key found in the repository was 0x%s\n      %s and it controlled the treasury.\n": true,
			"The deployer private key found in the repository was 0x%s\n      %s and it controlled the treasury.\n":       false,
		} {
			k := g.hexKey()
			cs := NewHex().Detect(context.Background(), &detect.Chunk{Data: fmt.Appendf(nil, text, k[:cut], k[cut:]), Path: "report/Audit_v1.2.txt"})
			if !want {
				assert.Empty(t, cs, "cut %d: %s", cut, text)
				continue
			}
			if assert.Len(t, cs, 1, "cut %d: %s", cut, text) {
				assert.Equal(t, detect.Fingerprint(detect.KindRawPrivateKey, k), cs[0].Secret.Fingerprint(), "cut %d", cut)
			}
		}
	}
}

// TestNotebookOutputBesideWrittenKey: a cell whose code writes its key out
// ("Account.from_key('…')") names that key, not another value its output
// holds (a false positive in the 281st blind corpus); a cell that prints a
// key it does not write out still names its output.
func TestNotebookOutputBesideWrittenKey(t *testing.T) {
	g := newGen(2811)
	out := `    {"name": "stdout", "output_type": "stream", "text": [` + "\n" + `      "0x%s\\n"` + "\n    ]}\n"
	for name, tc := range map[string]struct {
		src  string
		want bool
	}{
		"key written in the cell": {`"from eth_account import Account\\n", "acct = Account.from_key('` + g.hexKey() + `')\\n", "print(acct.key.hex())"`, false},
		"key made in the cell":    {`"from eth_account import Account\\n", "acct = Account.create()\\n", "print(acct.key.hex())"`, true},
	} {
		printed := hex.EncodeToString(g.key().Serialize())
		text := fmt.Sprintf(notebookCell(tc.src, out, true), printed)
		cs := NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "pocs/sim.ipynb"})
		found := slices.ContainsFunc(cs, func(c detect.Candidate) bool {
			return c.Secret.Fingerprint() == detect.Fingerprint(detect.KindRawPrivateKey, printed)
		})
		assert.Equal(t, tc.want, found, name)
	}
}

// TestDeployScriptKeys: a forge script's key passed to vm.startBroadcast
// in a file that names no key, Solidity's public constant named for a
// deployer's key, and Brownie's accounts.add("…").
func TestDeployScriptKeys(t *testing.T) {
	g := newGen(105)
	key := hex.EncodeToString(g.key().Serialize())
	assertHexFinds(t, key, "script/DeployDrop.s.sol", map[string]bool{
		"contract DeployDrop is Script {\n    function run() external {\n        vm.startBroadcast(0x%s);\n        new Drop();\n    }\n}\n": true,
		"    uint256 public constant SEPOLIA_DEPLOYER_KEY = 0x%s;\n":                                                                        true,
		"    bytes32 public constant MERKLE_ROOT = 0x%s;\n":                                                                                 false,
	})
	assertHexFinds(t, key, "scripts/deploy.py", map[string]bool{
		"    else:\n        dev = accounts.add(\"%s\")\n    Treasury.deploy({\"from\": dev})\n": true,
	})
}

// TestCloudFormationParameter: a stack's parameter, its name in
// ParameterKey and its value in ParameterValue (aws cloudformation
// describe-stacks), and an output alike.
func TestCloudFormationParameter(t *testing.T) {
	g := newGen(102)
	assertHexFinds(t, hex.EncodeToString(g.key().Serialize()), "cfn-describe-stacks.json", map[string]bool{
		"            \"Parameters\": [\n                {\n                    \"ParameterKey\": \"Environment\",\n                    \"ParameterValue\": \"prod\"\n                },\n                {\n                    \"ParameterKey\": \"KeeperPrivateKey\",\n                    \"ParameterValue\": \"%s\"\n                }\n            ],\n": true,
		"            \"Outputs\": [\n                {\n                    \"OutputKey\": \"SignerKey\",\n                    \"OutputValue\": \"0x%s\"\n                }\n            ],\n":                                                                                                                                                                true,
		"            \"Outputs\": [\n                {\n                    \"OutputKey\": \"DeployTxHash\",\n                    \"OutputValue\": \"0x%s\"\n                }\n            ],\n":                                                                                                                                                             false,
	})
}

// TestKeyBytesNames: a key's bytes named for it with the word of their
// form after ("priv_bytes", "privKeyRaw", "signer_key_bin") are named by
// the rest; a hash's bytes stay a hash's.
func TestKeyBytesNames(t *testing.T) {
	g := newGen(116)
	assertHexFinds(t, hex.EncodeToString(g.key().Serialize()), "worker.log", map[string]bool{
		"    priv_bytes = '%s'\n":     true,
		"    privKeyRaw = '%s'\n":     true,
		"    signer_key_bin = '%s'\n": true,
		"    digest_bytes = '%s'\n":   false,
	})
	// A call that makes bytes of what is passed to it is no name of
	// the key's bytes: the name it is assigned to is.
	assertHexFinds(t, hex.EncodeToString(g.key().Serialize()), "derive.test.ts", map[string]bool{
		"import { getPublicKey } from \"nostr-tools\";\n\ntest(\"pubkey of bot key\", () => {\n  const sk = hexToBytes(\"%s\");\n  expect(getPublicKey(sk)).toHaveLength(64);\n});\n": true,
	})
}

// TestFirstItemUnderList: the first item of a JSON-RPC call's params
// opened at the end of the line above is read with the call (a
// pretty-printed personal_importRawKey, as mitmdump shows a request's
// body); the params of another method are not a key.
func TestFirstItemUnderList(t *testing.T) {
	g := newGen(118)
	assertHexFinds(t, hex.EncodeToString(g.key().Serialize()), "mitmdump.log", map[string]bool{
		"    {\n        \"jsonrpc\": \"2.0\",\n        \"method\": \"personal_importRawKey\",\n        \"params\": [\n            \"%s\",\n            \"Heslo-2024\"\n        ]\n    }\n": true,
		"    {\n        \"method\": \"eth_getBlockByHash\",\n        \"params\": [\n            \"0x%s\",\n            false\n        ]\n    }\n":                                          false,
		// A capture of one call a line: the import's method is another
		// call's, two lines up (corpus 251).
		"{\"req\": {\"id\": 2, \"method\": \"personal_importRawKey\", \"params\": [\"\", \"ops2024\"]}}\n{\"res\": {\"id\": 2, \"result\": \"0x0b7e\"}}\n{\"req\": {\"id\": 3, \"method\": \"eth_getTransactionReceipt\", \"params\": [\"0x%s\"]}}\n": false,
	})
}

// TestSponsorAndRelayNames: the keys of a gas sponsor, a relay, a
// paymaster, a treasury, a funder, a fee payer and an oracle are named so
// (and Bittensor's hot and cold keys), also as
// a bare "key" in an object named for the role ("self.RELAY={key:…}"),
// and their pk ("TREASURY_PK", "PAYOUT_PK").
func TestSponsorAndRelayNames(t *testing.T) {
	g := newGen(45)
	key := hex.EncodeToString(g.key().Serialize())
	for _, text := range []string{
		"const sponsorKey = \"%s\";\n",
		"FEE_PAYER_KEY=%s\n",
		"PAYMASTER_KEY=0x%s\n",
		"self.RELAY={key:\"%s\",endpoint:\"https://relay.example.org\"};\n",
		// A paying wallet's pk without 0x, under a framework's prefix.
		"NEXT_PUBLIC_TREASURY_PK=%s\n",
		"PAYOUT_PK=%s\n",
		// R's assignment (corpus 234).
		"signer_pk <- \"%s\"\n",
		"treasury_key <<- '%s'\n",
		// A burner's pk under the prefix: the prefix's words are no
		// part of the name (corpus 230).
		"NEXT_PUBLIC_BURNER_PK=%s\n",
		"EXPO_PUBLIC_BURNER_PK=%s\n",
		// An oracle node's key, a Terraform output's (corpus 243),
		// and Bittensor's hot and cold keys.
		"{\n  \"outputs\": {\n    \"oracle_key\": {\n      \"value\": \"%s\",\n      \"type\": \"string\",\n      \"sensitive\": true\n    }\n  }\n}\n",
		"ORACLE_PK=%s\n",
		"hotkey_secret = \"0x%s\"\n",
		"COLDKEY=0x%s\n",
	} {
		assert.Len(t, NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(fmt.Sprintf(text, key)), Path: "sw.js"}), 1, text)
	}
}

// TestContentAddressedFile: a value that names its own file (a prompt
// cache's "<sha256>.json" holding {"key": "<sha256>"}) is the file's
// content address, not a key; the same value in another file is read.
func TestContentAddressedFile(t *testing.T) {
	g := newGen(47)
	key := hex.EncodeToString(g.key().Serialize())
	text := "{\n  \"key\": \"" + key + "\",\n  \"created\": 1749890000,\n  \"wallet\": \"sepolia\"\n}\n"
	assert.Empty(t, NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "home/dev/.cache/prompt-cache/" + key + ".json"}))
	assert.Len(t, NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "home/dev/wallet.json"}), 1)
}

// assertHexFinds checks, for each text (a format string of the key) of
// cases, that the hex detector finds one candidate in it (true) or none
// (false), the text at path.
func assertHexFinds(t *testing.T, key, path string, cases map[string]bool) {
	t.Helper()
	for text, want := range cases {
		cs := NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(fmt.Sprintf(text, key)), Path: path})
		if want {
			assert.Len(t, cs, 1, text)
		} else {
			assert.Empty(t, cs, text)
		}
	}
}

// TestHexKeyInMakefileOrScript: a Makefile or a shell script sets a
// project's variables as a .env file does; a key under a generic key
// name there ("DEV_KEY ?= …", "export DEV_KEY=…") is reported, and a
// hash under another name beside it is not.
func TestHexKeyInMakefileOrScript(t *testing.T) {
	g := newGen(93)
	for _, tc := range []struct{ path, tmpl string }{
		{"Makefile", "DEV_KEY ?= %s\nGENESIS ?= %s\n"},
		{"build/devnet.mk", "DEV_KEY := %s\nGENESIS := %s\n"},
		{"scripts/devnet.sh", "#!/bin/sh\nexport DEV_KEY=%s\nGENESIS=%s\n"},
	} {
		key, hash := g.hexKey(), hex.EncodeToString(g.bytes(32))
		cs := NewHex().Detect(context.Background(), &detect.Chunk{Data: fmt.Appendf(nil, tc.tmpl, key, hash), Path: tc.path})
		require.Len(t, cs, 1, tc.path)
		assert.True(t, cs[0].Secret.Reveal() == key, "%s: the key, not the hash", tc.path)
	}
}

// TestHexKeyInURLQuery: a key passed in a URL's query is named by its
// parameter, whatever the path's words ("tx"); a transaction's hash in a
// query stays a hash.
func TestHexKeyInURLQuery(t *testing.T) {
	g := newGen(95)
	key := g.hexKey()
	line := "10.1.0.77 - - [11/May/2024:08:30:02 +0000] \"POST /v1/tx/sign?privateKey=0x%s&chain=1 HTTP/1.1\" 200 512 \"-\" \"curl/8.5.0\" 0.021\n"
	cs := NewHex().Detect(context.Background(), &detect.Chunk{Data: fmt.Appendf(nil, line, key), Path: "access.log"})
	require.Len(t, cs, 1)
	assert.Equal(t, detect.ConfidenceHigh, cs[0].Confidence)
	for _, tmpl := range []string{
		"GET /api/v1/tx?hash=0x%s&chain=1 HTTP/1.1\n",
		"GET /api/v1/tx/status?txid=%s HTTP/1.1\n",
		"GET /explorer/block?id=%s HTTP/1.1\n",
	} {
		assert.Empty(t, NewHex().Detect(context.Background(), &detect.Chunk{Data: fmt.Appendf(nil, tmpl, g.hexKey()), Path: "access.log"}), tmpl)
	}
}

// TestImportRawKey: geth's personal.importRawKey("…", password), typed
// in a shell's history or a console, takes an account's key.
func TestImportRawKey(t *testing.T) {
	g := newGen(117)
	assertHexFinds(t, hex.EncodeToString(g.key().Serialize()), ".zsh_history", map[string]bool{
		": 1715000000:0;geth --exec 'personal.importRawKey(\"%s\", \"pw\")' attach\n": true,
		"> web3.eth.personal.importRawKey(\"%s\", \"hunter2\")\n":                     true,
	})
}

// TestHexKeyBesideWalletApp: 64 hex digits on a line that names a wallet
// app ("MetaMask: 0x…", a note's "Rabby hot") are what the app exports of
// an account, its key; a transaction's hash there has its hash word.
func TestHexKeyBesideWalletApp(t *testing.T) {
	g := newGen(119)
	assertHexFinds(t, hex.EncodeToString(g.key().Serialize()), "notes.md", map[string]bool{
		"wallets\nMetaMask: 0x%s\n":           true,
		"- **Rabby hot**: `0x%s`\n":           true,
		"Trust Wallet: %s\n":                  true,
		"Phantom (ETH): 0x%s\n":               true,
		"my metamask account 0x%s\n":          true,
		"eth (myetherwallet): %s\n":           true,
		"imToken wallet 2: 0x%s\n":            true,
		"MyEtherWallet tx %s\n":               false,
		"MetaMask tx: 0x%s\n":                 false,
		"Phantom swap, transaction hash %s\n": false,
	})
}

// TestHexKeyUnderPlistKey: a pretty-printed property list writes a key's
// name on the line above its <string>, or above the <array> the string is
// an item of: the name names the value, as on one line; a hash's name
// stays a hash's.
func TestHexKeyUnderPlistKey(t *testing.T) {
	g := newGen(121)
	head := "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n"
	assertHexFinds(t, hex.EncodeToString(g.key().Serialize()), "com.example.walletapp.plist", map[string]bool{
		head + "\t<key>eth_pk</key>\n\t<string>%s</string>\n\t<key>network</key>\n\t<string>mainnet</string>\n</dict>\n</plist>\n": true,
		head + "\t<key>privateKey</key>\n\t<string>%s</string>\n</dict>\n</plist>\n":                                               true,
		head + "\t<key>lastTxHash</key>\n\t<string>%s</string>\n</dict>\n</plist>\n":                                               false,
		// An item of an array under its key, past the items before it
		// (an iOS app's NSUserDefaults; corpus 221).
		head + "\t<key>privateKeys</key>\n\t<array>\n\t\t<string>%s</string>\n\t</array>\n</dict>\n</plist>\n":                                   true,
		head + "\t<key>privateKeys</key>\n\t<array>\n\t\t<string>placeholder</string>\n\t\t<string>%s</string>\n\t</array>\n</dict>\n</plist>\n": true,
		head + "\t<key>txHashes</key>\n\t<array>\n\t\t<string>%s</string>\n\t</array>\n</dict>\n</plist>\n":                                      false,
	})
}

// TestHexKeyOfACipher: a key whose name's word before says whose kind it
// is, a cipher's or a MAC's ("DB encryption key", "AES key", "HMAC key"),
// is no wallet's, though the file speaks of wallets elsewhere; a wallet's
// key so named is.
func TestHexKeyOfACipher(t *testing.T) {
	g := newGen(123)
	assertHexFinds(t, hex.EncodeToString(g.key().Serialize()), "ops/1password-ops-vault.csv", map[string]bool{
		"Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes\nMetaMask hot wallet,,,0x%s,,false,false,eth,\n":                                    true,
		"Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes\nDB encryption key,,,%s,,false,false,infra,\"AES-256\"\n# wallet notes elsewhere\n": false,
	})
	assertHexFinds(t, hex.EncodeToString(g.key().Serialize()), "notes.txt", map[string]bool{
		"treasury wallet notes\nencryption key: %s\n": false,
		"treasury wallet notes\nHMAC key: %s\n":       false,
		"treasury wallet notes\nwallet key: %s\n":     true,
	})
}

// TestHexKeyInBackupCopy: an editor's or a tool's copy of a file
// ("deploy.sh~", ".env.bak") is weighed as the file it copies.
func TestHexKeyInBackupCopy(t *testing.T) {
	g := newGen(125)
	key := hex.EncodeToString(g.key().Serialize())
	for _, path := range []string{"projects/bot/deploy.sh~", "projects/bot/.env.bak", "projects/bot/deploy.sh.orig"} {
		assertHexFinds(t, key, path, map[string]bool{"#!/bin/sh\nKEY=0x%s\ncast send --private-key \"$KEY\" 0x0 --value 1ether\n": true})
	}
}

// TestChecksumLineNamesAFile: a file's extension after a value names the
// file a digest is of only where it ends a name: a CSV row of a password
// manager whose URL is https://www.binance.com (".bin") or a note about
// a ".debug" build holds a key, as its label says.
func TestChecksumLineNamesAFile(t *testing.T) {
	g := newGen(43)
	key := hex.EncodeToString(g.key().Serialize())
	for _, text := range []string{
		"title,note,url\nWallet,private key = %s,https://www.binance.com\n",
		"private key = %s (for the .debug build)\n",
	} {
		assert.Len(t, NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(fmt.Sprintf(text, key)), Path: "export.csv"}), 1, text)
	}
	for _, text := range []string{
		"%s  firmware-2.1.bin\n",
		"%s  wallet-1.0.tar.gz\n",
	} {
		assert.Empty(t, NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(fmt.Sprintf(text, key)), Path: "SHA256SUMS"}), text)
	}
}

// TestMetaMaskSimpleKeyPair: the keys of MetaMask's "Simple Key Pair"
// keyring in a decrypted vault (bare hex under "data") are keys; a
// "data" array of hex elsewhere is not named so.
func TestMetaMaskSimpleKeyPair(t *testing.T) {
	g := newGen(44)
	k1, k2 := hex.EncodeToString(g.key().Serialize()), hex.EncodeToString(g.key().Serialize())
	vault := `[{"type": "HD Key Tree", "data": {"numberOfAccounts": 2, "hdPath": "m/44'/60'/0'/0"}}, {"type": "Simple Key Pair", "data": ["` + k1 + `", "` + k2 + `"]}]`
	assert.Len(t, NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(vault), Path: "metamask-vault-decrypted.json"}), 2)
	other := `[{"type": "Checkpoint", "data": ["` + k1 + `"]}]`
	assert.Empty(t, NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(other), Path: "state.json"}))
}

// TestDigestTokenBefore: a digest written as one token before a value on
// its line ("sha256:<hex>", an image's id in a row of docker history)
// names that digest, not the value a build argument's name assigns;
// a value right after "sha256:" is the digest.
func TestDigestTokenBefore(t *testing.T) {
	g := newGen(46)
	key := hex.EncodeToString(g.key().Serialize())
	id := hex.EncodeToString(g.bytes(32))
	row := "sha256:" + id + "   2 hours ago    |1 SIGNER_KEY=" + key + " /bin/sh -c npm run seed   1.21kB\n"
	assert.Len(t, NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte("IMAGE   CREATED   CREATED BY   SIZE\n" + row), Path: "history.txt"}), 1)
	assert.Empty(t, NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte("signer key digest sha256:" + key + "\n"), Path: "notes.txt"}))
}

// TestChainTitledNote: a note that is an EVM chain's or a wallet app's
// name over 64 hex digits and nothing else (Keep, Simplenote, a phone's
// notes) holds a key; the same value under a Bitcoin title (a txid), in a
// note that goes on, or after other text on the title's line, is not
// named so.
func TestChainTitledNote(t *testing.T) {
	g := newGen(48)
	key := hex.EncodeToString(g.key().Serialize())
	// An account's number after the app's name (a Telegram "Saved
	// Messages" note; corpus 302).
	for i, text := range []string{"eth\n%s\n", "Ethereum:\r\n%s\r\n", "notes\n\nMetaMask\n%s\n\n", "metamask cuenta 2\n%s", "MetaMask account #3:\n%s\n", "rabby 2\n%s\n"} {
		cs := NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(fmt.Sprintf(text, key)), Path: "Keep/eth.txt"})
		if assert.Len(t, cs, 1, text) && i < 3 {
			assert.Equal(t, detect.ConfidenceMedium, cs[0].Confidence, text)
		}
	}
	for _, text := range []string{"btc\n%s\n", "eth\n%s\nsent 0.5 to the exchange\n", "paid in eth\n%s\n", "metamask tx 2\n%s\n", "metamask cuenta\n%s\n"} {
		assert.Empty(t, NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(fmt.Sprintf(text, key)), Path: "Keep/note.txt"}), text)
	}
	// Each title, over a line break raw or escaped or after a colon,
	// holds one of the detector's key words: the scan's prefilter hands
	// such a note to it.
	for title := range chainTitles {
		for _, line := range []string{title + "\n", title + "\r\n", title + ":\n", title + `\n`} {
			assert.True(t, slices.ContainsFunc(NewHex().Keywords(), func(k string) bool { return strings.Contains(line, k) }), "%q", line)
		}
	}
}

// TestKeysListedUnderLabel: keys a line under one label (a shell array
// "KEYS=(", a YAML list under "signer_keys:") are each named by it, not
// only the first; hashes listed so under a hash's name are not keys.
func TestKeysListedUnderLabel(t *testing.T) {
	g := newGen(49)
	k1, k2, k3 := hex.EncodeToString(g.key().Serialize()), hex.EncodeToString(g.key().Serialize()), hex.EncodeToString(g.key().Serialize())
	for _, text := range []string{
		"#!/bin/bash\n# funds the simulator's accounts\nPRIVATE_KEYS=(\n  " + k1 + "\n  " + k2 + "\n  \"" + k3 + "\"\n)\n",
		"signer_private_keys:\n  - \"0x" + k1 + "\"\n  - \"0x" + k2 + "\"\n  - \"0x" + k3 + "\"\n",
	} {
		assert.Len(t, NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "scripts/fund.sh"}), 3, text[:20])
	}
	text := "block_hashes:\n  " + k1 + "\n  " + k2 + "\n  " + k3 + "\n"
	assert.Empty(t, NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "fixtures.yaml"}))
}

// TestRemarkBeforeColon: a remark in parentheses between a label and its
// colon ("// old faucet key (rotated?): 0x…") leaves the label naming the
// value; the scanned text is not changed by reading it so.
func TestRemarkBeforeColon(t *testing.T) {
	g := newGen(51)
	key := hex.EncodeToString(g.key().Serialize())
	text := "object WalletConfig {\n    // old faucet key (rotated?): 0x" + key + "\n}\n"
	data := []byte(text)
	assert.Len(t, NewHex().Detect(context.Background(), &detect.Chunk{Data: data, Path: "WalletConfig.kt"}), 1)
	assert.Equal(t, text, string(data))
	b, ok := withoutRemark([]byte("    // old faucet key (rotated?): "))
	assert.True(t, ok)
	assert.Equal(t, "    // old faucet key: ", string(b))
	for _, before := range []string{"x = load(a): ", "f(a) = ", "key (a, b): ", "key: ", "const deployerKey = async () => "} {
		_, ok := withoutRemark([]byte(before))
		assert.False(t, ok, before)
	}
}

// TestMarkdownEmphasis: a name in Markdown's bold or italics, its
// separator inside or outside the stars, names the key after it; stars
// that are no emphasis do not.
func TestMarkdownEmphasis(t *testing.T) {
	g := newGen(39)
	key := hex.EncodeToString(g.key().Serialize())
	assertHexFinds(t, key, "notes.md", map[string]bool{
		"**PK =>** `0x%s`  bal: 0.42 ETH\n":          true,
		"*deployer key*: %s\n":                       true,
		"{\"content\": \"**PK =>** `0x%s` sent\"}\n": true,
		"**Balance** 0x%s\n":                         false,
		"total = price * 0x%s\n":                     false,
	})
}

// TestSystemdEnvironment: systemd's Environment= setting holds several
// variables, bare or quoted; a key under a key's name among them is
// reported, a digest under another name is not.
func TestSystemdEnvironment(t *testing.T) {
	g := newGen(40)
	key := hex.EncodeToString(g.key().Serialize())
	assertHexFinds(t, key, "keeper.service", map[string]bool{
		"[Service]\nEnvironment=CHAIN_ID=42161 KEEPER_KEY=%s GAS=1.2\n":   true,
		"[Service]\nEnvironment=\"CHAIN_ID=1\" \"PRIVATE_KEY=%s\"\n":      true,
		"[Service]\nEnvironment=CHAIN_ID=42161 GENESIS_HASH=%s GAS=1.2\n": false,
	})
}

// TestNotesAppKeys: a notes app's backup holds the key that encrypts its
// items (Standard Notes' itemsKey); it is no wallet's.
func TestNotesAppKeys(t *testing.T) {
	g := newGen(41)
	key := hex.EncodeToString(g.key().Serialize())
	assertHexFinds(t, key, "Standard Notes Backup and Import File.txt", map[string]bool{
		"{\"items\": [{\"uuid\": \"75d8e185\", \"content_type\": \"SN|ItemsKey\",\n  \"content\": {\n    \"itemsKey\": \"%s\",\n    \"version\": \"004\"}}]}\n": false,
		"{\"content\": {\"text\": \"deployer key: %s\"}}\n": true,
	})
}

// TestElementNameAttributeNamesText: an element's name attribute names
// the text it holds (Android's shared preferences, <string
// name="…">…</string>); a hash's or an identifier's name there is no
// key's.
func TestElementNameAttributeNamesText(t *testing.T) {
	g := newGen(42)
	key := hex.EncodeToString(g.key().Serialize())
	const prefs = "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n    <string name=\"%s\">%%s</string>\n    <int name=\"launch_count\" value=\"3\" />\n</map>\n"
	assertHexFinds(t, key, "shared_prefs/com.example.wallet_preferences.xml", map[string]bool{
		fmt.Sprintf(prefs, "wallet_key"):    true,
		fmt.Sprintf(prefs, "walletPrivKey"): true,
		fmt.Sprintf(prefs, "session_hash"):  false,
		fmt.Sprintf(prefs, "install_id"):    false,
	})
}

// TestGermanKeyInflections: German inflects "privater Schlüssel" after an
// article ("der private Schlüssel", "den privaten Schlüssel"); each names
// the key in a sentence.
func TestGermanKeyInflections(t *testing.T) {
	g := newGen(44)
	key := hex.EncodeToString(g.key().Serialize())
	assertHexFinds(t, key, "notes.md", map[string]bool{
		"Der private Schlüssel für die Test-Wallet lautet 0x%s (nicht teilen!).\n": true,
		"Bitte den privaten Schlüssel 0x%s sofort rotieren.\n":                     true,
		"Der Hash des Blocks lautet 0x%s.\n":                                       false,
	})
}

// TestLogLinesOfOneForm: a log writes hashes line after line in one form
// ("[wallet] synchronized <hex>"), which no key name marks; values under a
// label's colon, or named as keys, are judged each by itself.
func TestLogLinesOfOneForm(t *testing.T) {
	g := newGen(45)
	log := func(form string) string {
		var b strings.Builder
		for i := range 4 {
			fmt.Fprintf(&b, "[network] connected to electrum.be:50002  height %d\n", 330000+i)
			fmt.Fprintf(&b, form+"\n", hex.EncodeToString(g.key().Serialize()))
		}
		return b.String()
	}
	for text, want := range map[string]int{
		log("[wallet] synchronized %s"): 0,
		log("I/wallet  loaded %s"):      0,
		log("wallet private key %s"):    4,
		log("wallet 7: %s"):             4,
	} {
		cs := NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "electrum.log"})
		assert.Len(t, cs, want, text)
	}
}

// TestDoNotCommit: "do not commit" over a secret is a warning on it, not
// a git commit's hash; a commit named so is still a hash.
func TestDoNotCommit(t *testing.T) {
	g := newGen(46)
	key := hex.EncodeToString(g.key().Serialize())
	assertHexFinds(t, key, "scripts/config.ini", map[string]bool{
		"[wallet]\n; do not commit\nsecret = 0x%s\n":       true,
		"[wallet]\n# NEVER commit this!\nsecret = 0x%s\n":  true,
		"TODO: don't commit this deployer key 0x%s\n":      true,
		"[build]\n; the release commit\nrevision = 0x%s\n": false,
	})
}

// TestNegatedKeyPhrase: "no private keys" says a text holds none; a
// transaction named in another language is a hash.
func TestNegatedKeyPhrase(t *testing.T) {
	g := newGen(47)
	key := hex.EncodeToString(g.key().Serialize())
	assertHexFinds(t, key, "Mail/termin.eml", map[string]bool{
		"Meine Adressen habe ich importiert (nur xpub, keine privaten Schlüssel).\n\nBeispiel-Transaktion Kraken-Auszahlung: %s\n": false,
		"I imported the addresses (xpub only, no private keys).\n\nexample:\n%s\n":                                                 false,
		"Der private Schlüssel des Testkontos:\n\n%s\n":                                                                            true,
	})
}

// TestBigIntLiteral: JavaScript writes a key as a number with BigInt's
// 'n' after its hex digits; a word that goes on past the digits is no key.
func TestBigIntLiteral(t *testing.T) {
	g := newGen(48)
	key := hex.EncodeToString(g.key().Serialize())
	assertHexFinds(t, key, "src/signer.ts", map[string]bool{
		"const privateKey = 0x%sn;\n":          true,
		"const privateKey = 0x%snonce;\n":      false,
		"const privateKey = BigInt('0x%s');\n": true,
	})
}

// TestCacheKey: a cache key (a CI's, a build's) is a digest of what it
// caches, no wallet's key, even in a wallet project's issue.
func TestCacheKey(t *testing.T) {
	g := newGen(49)
	key := hex.EncodeToString(g.key().Serialize())
	assertHexFinds(t, key, "issues_000001.json", map[string]bool{
		"{\"title\": \"CI cache\", \"body\": \"cache key %s\", \"repo\": \"wallet-core\"}\n": false,
		"{\"title\": \"leak\", \"body\": \"deployer key %s\", \"repo\": \"wallet-core\"}\n":  true,
	})
}

// TestKeyWrittenToAnImportedFile: a bare value a shell writes to a file
// ("echo -n … > /tmp/key.txt") that an account import reads on a line
// after it ("geth account import /tmp/key.txt", clef's "importraw") is
// the account's key (corpus 241: a terminal's record); written to a file
// nothing imports, or that another command reads, it is not named.
func TestKeyWrittenToAnImportedFile(t *testing.T) {
	g := newGen(241)
	detectIn := func(text string) []detect.Candidate {
		return (&Hex{}).Detect(context.Background(), &detect.Chunk{Path: "typescript", Data: []byte(text)})
	}
	for range 5 {
		k := g.hexKey()
		for _, text := range []string{
			"eth@node02:~$ echo -n " + k + " > /tmp/key.txt\r\neth@node02:~$ geth account import /tmp/key.txt\r\nYour new account is locked with a password.\r\n",
			"$ echo '0x" + k + "' >> keyfile\n$ clef --keystore ./ks importraw keyfile\n",
			"$ echo " + k + " | tee imported.hex\n$ ./bor account import --datadir /data imported.hex\n",
		} {
			if cs := detectIn(text); assert.Len(t, cs, 1, "%.10q", text) {
				assert.Contains(t, cs[0].Details["evidence"], "written to a file an account import reads")
			}
		}
		for _, text := range []string{
			"$ echo -n " + k + " > /tmp/jwt.hex\n$ geth --authrpc.jwtsecret /tmp/jwt.hex\n",
			"$ echo -n " + k + " > /tmp/key.txt\n$ sha256sum /tmp/key.txt\n",
			"$ echo -n " + k + " > /tmp/a.txt\n$ geth account import /tmp/b.txt\n",
		} {
			assert.Empty(t, detectIn(text), "%.10q", text)
		}
	}
}

// TestRussianSlangKeyLabels: Russian speakers' slang for a private key
// ("приватник", "приватка", corpus 249) labels a key as "приватный ключ"
// does, on its line and above it; a bare "ключ" says no more than "key".
func TestRussianSlangKeyLabels(t *testing.T) {
	g := newGen(249)
	detectIn := func(text string) []detect.Candidate {
		return (&Hex{}).Detect(context.Background(), &detect.Chunk{Path: "messages.txt", Data: []byte(text)})
	}
	for _, layout := range []string{"вот приватник: 0x%s\n", "Приватка от кошелька —\n0x%s\n", "скинь приватку: %s\n"} {
		assert.Len(t, detectIn(fmt.Sprintf(layout, g.hexKey())), 1, layout)
	}
	assert.Empty(t, detectIn(fmt.Sprintf("ключ кэша: %s\n", g.hexKey())))
}

// TestPasswordOfAWalletRecord: a key kept as the password of a record
// whose lines above name a wallet app (a Credential Manager dump:
// "TargetName : MetaMask-Backup" over "Password : <key>", corpus 247) is
// read; the password of a record of another target is not.
func TestPasswordOfAWalletRecord(t *testing.T) {
	g := newGen(247)
	detectIn := func(text string) []detect.Candidate {
		return (&Hex{}).Detect(context.Background(), &detect.Chunk{Path: "credman_dump.txt", Data: []byte(text)})
	}
	record := func(target, user string) string {
		return "TargetName : git:https://github.com\nUserName   : marek\nPassword   : hunter2hunter2\n\nTargetName : " + target + "\nUserName   : " + user + "\nPassword   : " + g.hexKey() + "\n\n"
	}
	assert.Len(t, detectIn(record("MetaMask-Backup", "metamask")), 1)
	assert.Len(t, detectIn(record("LegacyGeneric:target=Exodus wallet", "marek")), 1)
	assert.Empty(t, detectIn(record("LegacyGeneric:target=backup-server", "marek")))
}

// TestExchangeAPISecrets: an exchange's API key and secret under bare
// names in its section (Freqtrade's "exchange": {"key": …, "secret": …}
// and FREQTRADE__EXCHANGE__KEY, corpus 252; a bot's BINANCE_SECRET) are
// an API's secrets, not keys; a wallet's key beside them still is one.
func TestExchangeAPISecrets(t *testing.T) {
	g := newGen(252)
	detectIn := func(path, text string) []detect.Candidate {
		return (&Hex{}).Detect(context.Background(), &detect.Chunk{Path: path, Data: []byte(text)})
	}
	for range 5 {
		hot := g.hexKey()
		config := "{\n    \"max_open_trades\": 3,\n    \"exchange\": {\n        \"name\": \"binance\",\n        \"key\": \"" + strings.ToUpper(g.hexKey()) + "\",\n        \"secret\": \"" + g.hexKey() + "\"\n    },\n" +
			"    \"onchain_hedge\": {\n        \"rpc\": \"https://arb1.example.org\",\n        \"wallet_private_key\": \"0x" + hot + "\"\n    }\n}\n"
		cs := detectIn("user_data/config.private.json", config)
		if assert.Len(t, cs, 1) {
			assert.Contains(t, config[cs[0].Start:cs[0].End], hot)
		}
		env := "# freqtrade env overrides\nFREQTRADE__EXCHANGE__KEY=" + g.hexKey() + "\nFREQTRADE__EXCHANGE__SECRET=" + g.hexKey() + "\nFREQTRADE__TELEGRAM__TOKEN=123456:abc\n"
		assert.Empty(t, detectIn(".env", env))
		assert.Empty(t, detectIn(".env", "BINANCE_SECRET="+g.hexKey()+"\nBYBIT_KEY="+g.hexKey()+"\n"))
		assert.Len(t, detectIn(".env", "BINANCE_WALLET_KEY="+g.hexKey()+"\n"), 1, "a wallet's key named for the exchange's chain")
	}
}

// TestKeychainItemData: a keychain item's data in "security
// dump-keychain -d" output is named by the item's account and service
// (corpus 253: acct "deployer", svce "foundry"); an item of another
// service's secret is not a key.
func TestKeychainItemData(t *testing.T) {
	g := newGen(253)
	item := func(acct, svce, value string) string {
		return "keychain: \"/Users/j/Library/Keychains/login.keychain-db\"\nversion: 512\nclass: \"genp\"\nattributes:\n" +
			"    0x00000007 <blob>=\"" + svce + "\"\n    0x00000008 <blob>=<NULL>\n    \"acct\"<blob>=\"" + acct + "\"\n" +
			"    \"cdat\"<timedate>=0x32303233313130383134323230375A00  \"20231108142207Z\\000\"\n    \"crtr\"<uint32>=<NULL>\n" +
			"    \"desc\"<blob>=<NULL>\n    \"gena\"<blob>=<NULL>\n    \"icmt\"<blob>=<NULL>\n    \"invi\"<sint32>=<NULL>\n" +
			"    \"mdat\"<timedate>=0x32303233313130383134323230375A00  \"20231108142207Z\\000\"\n    \"nega\"<sint32>=<NULL>\n" +
			"    \"prot\"<blob>=<NULL>\n    \"scrp\"<sint32>=<NULL>\n    \"svce\"<blob>=\"" + svce + "\"\n    \"type\"<uint32>=<NULL>\n" +
			"data:\n\"" + value + "\"\n"
	}
	detectIn := func(text string) []detect.Candidate {
		return (&Hex{}).Detect(context.Background(), &detect.Chunk{Path: "keychain-dump.txt", Data: []byte(text)})
	}
	assert.Len(t, detectIn(item("deployer", "foundry", g.hexKey())), 1)
	assert.Len(t, detectIn(item("jmorel", "MetaMask private key", g.hexKey())), 1)
	assert.Empty(t, detectIn(item("jmorel", "com.apple.iCloud.token", g.hexKey())))

	// A property list of items (keychain-dumper's export, the 272nd
	// blind corpus): the data under "v_Data", the names above it in
	// the item's <dict>.
	plist := func(acct, svce, value string) string {
		return "<plist version=\"1.0\">\n<array>\n\t<dict>\n\t\t<key>svce</key>\n\t\t<string>com.apple.wifi</string>\n\t\t<key>acct</key>\n\t\t<string>privateKey</string>\n\t\t<key>v_Data</key>\n\t\t<string>Sunflower#2021</string>\n\t</dict>\n" +
			"\t<dict>\n\t\t<key>svce</key>\n\t\t<string>" + svce + "</string>\n\t\t<key>acct</key>\n\t\t<string>" + acct + "</string>\n\t\t<key>agrp</key>\n\t\t<string>8LX4XQ5PWP." + svce + "</string>\n" +
			"\t\t<key>cdat</key>\n\t\t<date>2023-05-25T10:11:12Z</date>\n\t\t<key>v_Data</key>\n\t\t<string>" + value + "</string>\n\t</dict>\n</array>\n</plist>\n"
	}
	plistIn := func(text string) []detect.Candidate {
		return (&Hex{}).Detect(context.Background(), &detect.Chunk{Path: "Keychain/keychain_export.plist", Data: []byte(text)})
	}
	assert.Len(t, plistIn(plist("privateKey", "io.metamask.MetaMask", g.hexKey())), 1)
	assert.Len(t, plistIn(plist("deployer", "foundry", g.hexKey())), 1)
	assert.Empty(t, plistIn(plist("refresh", "com.google.token", g.hexKey())), "another item's names are not this one's")
}

// TestViewContextInOtherLanguage: a view's value at its start (a key's
// hex groups joined, "grouped-hex") is named by its context in another
// language as in English ("clé privée recopiée du papier : " before the
// groups; corpus 302), and past the angle bracket of Apple's description
// of bytes (corpus 295).
func TestViewContextInOtherLanguage(t *testing.T) {
	g := newGen(302)
	for _, ctx := range []string{"clé privée recopiée du papier : ", "private key: ", "ETH Schlüssel: ", "{\n    \"wallet.privateKey\" = <"} {
		key := hex.EncodeToString(g.key().Serialize())
		cs := NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(key), Context: []byte(ctx), Encoding: "grouped-hex", Path: "chat.txt"})
		assert.Len(t, cs, 1, ctx)
	}
}

// TestChatMessageNamesNextKey: in a chat's view, a message that says
// whose key the next one holds names it with no colon ("te paso la key
// del deployer en dos trozos"; corpus 302); a message naming no role's
// key does not.
func TestChatMessageNamesNextKey(t *testing.T) {
	g := newGen(3021)
	for text, want := range map[string]bool{
		"te paso la key del deployer en dos trozos\n%s\n": true,
		"here is the key for the faucet bot\n%s\n":        true,
		"te paso el hash de la transacción\n%s\n":         false,
		"mira esto\n%s\n": false,
	} {
		key := hex.EncodeToString(g.key().Serialize())
		cs := NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(fmt.Sprintf(text, key)), Encoding: "chat", Path: "WhatsApp Chat.txt"})
		assert.Equal(t, want, len(cs) == 1, text)
	}
}

// TestPasswordOfSignerEntry: a password manager's entry (a member "entry
// N: …", its fields a line each) whose username names a signing role
// keeps a key as its password (Firefox's export of a dapp's local
// sign-in, "username: deployer"; corpus 299); another's is a password.
func TestPasswordOfSignerEntry(t *testing.T) {
	g := newGen(299)
	for user, want := range map[string]bool{"deployer": true, "signer-2": true, "marta": false} {
		text := fmt.Sprintf("url: http://localhost:3000\nusername: %s\npassword: %s\n", user, g.hexKey())
		cs := NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(text), Path: "exports/firefox-logins.csv!entry 2: localhost"})
		assert.Equal(t, want, len(cs) == 1, user)
	}
}

// TestRoleKeyFromAndHyphenated: a role's key named by a hyphenated role
// ("gas-wallet key") or by where it came from ("key from the signer UI"),
// over a key's groups shown on a device's screen (corpus 311); an API's
// key from a role is not.
func TestRoleKeyFromAndHyphenated(t *testing.T) {
	assert.True(t, roleKeyWords([]byte("exported gas-wallet key, it shows it grouped:")))
	assert.True(t, roleKeyWords([]byte("the key from the signer UI:")))
	assert.False(t, roleKeyWords([]byte("the api key from the relayer:")))
	g := newGen(311)
	key := hex.EncodeToString(g.key().Serialize())
	ctx := "# night handover\n\n- exported gas-wallet key from the signer UI, it shows it grouped:\n  "
	cs := NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(key), Context: []byte(ctx), Encoding: "grouped-hex", Path: "handover.txt"})
	assert.Len(t, cs, 1)
}
