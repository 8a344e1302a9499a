package audit

import (
	"context"
	"crypto/sha256"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/internal/eth"
)

// A key logged as a list of bytes, with no key word near it, over a line
// that gives the address it derives: the text after a decoded view is
// its evidence too (Chunk.After). The same lists beside another address
// are not reported.
func TestByteListLoggedAboveItsAddress(t *testing.T) {
	key := sha256.Sum256([]byte("byte list logged above its address"))
	other := sha256.Sum256([]byte("some other key"))
	addr := eth.Address(key[:])
	dec := make([]string, 32)
	signed := make([]string, 32)
	goHex := make([]string, 32)
	for i, b := range key {
		dec[i] = fmt.Sprint(b)
		signed[i] = fmt.Sprint(int8(b))
		goHex[i] = fmt.Sprintf("%#x", b)
	}
	layouts := map[string]string{
		"python.log": "DEBUG:wallet.keys:ints: [" + strings.Join(dec, ", ") + "]\nDEBUG:wallet.keys:address %s\n",
		"logcat.txt": "05-01 09:58:22.906  4312  4331 D KeyStoreHelper: raw=[" + strings.Join(signed, ", ") + "]\n05-01 09:58:24.662  4312  4331 D KeyStoreHelper: address=%s\n",
		"go.log":     "2024/05/01 09:58:23 signer: signer.Key{Label:\"relayer-2\", Raw:[]byte{" + strings.Join(goHex, ", ") + "}}\n2024/05/01 09:58:23 signer address: %s\n",
	}
	s := New(Options{Workers: 1, Trials: TrialPolicy{Off: true}})
	for name, layout := range layouts {
		for _, a := range []string{addr, eth.Address(other[:])} {
			mem := fstest.MapFS{name: {Data: fmt.Appendf(nil, layout, a)}}
			var got []Finding
			_, err := s.Run(context.Background(), func(f Finding) error {
				got = append(got, f)
				return nil
			}, FS(mem, ".", "mem"))
			require.NoError(t, err)
			if a != addr {
				assert.Empty(t, got, "%s beside another address", name)
				continue
			}
			if assert.Len(t, got, 1, name) {
				assert.Equal(t, KindRawPrivateKey, got[0].Kind, name)
				assert.Equal(t, 1, got[0].Location.Line, name)
				assert.Contains(t, got[0].Details["address_match"], "1 line(s) below", name)
			}
		}
	}
}

// A key written as an array of decimal bytes, named only by the key
// function its variable is passed to on the next line.
func TestByteArrayPassedToKeyFunction(t *testing.T) {
	key := sha256.Sum256([]byte("byte array passed to a key function"))
	dec := make([]string, 32)
	for i, b := range key {
		dec[i] = fmt.Sprint(b)
	}
	list := strings.Join(dec, ", ")
	s := New(Options{Workers: 1, Trials: TrialPolicy{Off: true}})
	for name, text := range map[string]string{
		"signer.go": "func signer() {\n\traw := []byte{" + list + "}\n\tkey, _ := crypto.ToECDSA(raw)\n\t_ = key\n}\n",
		"main.rs":   "fn main() {\n    let bytes: [u8; 32] = [" + list + "];\n    let sk = SigningKey::from_slice(&bytes).unwrap();\n}\n",
		"Key.cs":    "var keyBytes = new byte[] { " + list + " };\nvar key = new Nethereum.Signer.EthECKey(keyBytes, true);\n",
		"hash.go":   "func digest() {\n\traw := []byte{" + list + "}\n\th := sha256.Sum256(raw)\n\t_ = h\n}\n",
		"ints.py":   "from coincurve import PrivateKey\n\nkey_ints = [\n    " + list + ",\n]\npk = PrivateKey(bytes(key_ints))\n",
		"wallet.ts": "const raw = [" + list + "];\nconst w = new Wallet(Buffer.from(raw));\n",
		"digest.py": "data = [" + list + "]\nh = hashlib.sha256(bytes(data)).hexdigest()\n",
	} {
		var got []Finding
		_, err := s.Run(context.Background(), func(f Finding) error {
			got = append(got, f)
			return nil
		}, FS(fstest.MapFS{name: {Data: []byte(text)}}, ".", "mem"))
		require.NoError(t, err)
		if name == "hash.go" || name == "digest.py" {
			assert.Empty(t, got, name)
			continue
		}
		if assert.Len(t, got, 1, name) {
			assert.Equal(t, KindRawPrivateKey, got[0].Kind, name)
		}
	}
}

// Bytes written apart on a line of their own under a label ("private
// key:" over "de ac 61 …"); openssl's "priv:" block of another curve
// stays no key.
func TestSeparatedBytesUnderALabel(t *testing.T) {
	key := sha256.Sum256([]byte("separated bytes under a label"))
	pairs := make([]string, 32)
	for i, b := range key {
		pairs[i] = fmt.Sprintf("%02x", b)
	}
	s := New(Options{Workers: 1, Trials: TrialPolicy{Off: true}})
	for name, c := range map[string]struct {
		text string
		want int
	}{
		"paper.txt": {"Ledger recovery sheet - ETH signer\nprivate key:\n" + strings.Join(pairs, " ") + "\n", 1},
		"p256.txt": {"Private-Key: (256 bit)\npriv:\n    " + strings.Join(pairs[:15], ":") + ":\n    " + strings.Join(pairs[15:30], ":") + ":\n    " +
			strings.Join(pairs[30:], ":") + "\nASN1 OID: prime256v1\n", 0},
	} {
		var got []Finding
		_, err := s.Run(context.Background(), func(f Finding) error {
			got = append(got, f)
			return nil
		}, FS(fstest.MapFS{name: {Data: []byte(c.text)}}, ".", "mem"))
		require.NoError(t, err)
		assert.Len(t, got, c.want, name)
	}
}
