package keys

import (
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/internal/byteruns"
	"github.com/walletaudit/walletaudit/internal/hint"
)

// addressNearLines is addressNear as it was before the window's lines were
// remembered and its addresses taken from the chunk's list: each value's
// lines looked up from the value and the window searched for "0x". It is
// the reference of TestAddressNearMatchesLineSearch.
func (sc *hexScan) addressNearLines(key []byte, ls, le int) string {
	data := sc.c.Data
	if !sc.addrsDone {
		sc.addressNear(key, 0, 0) // fills sc.addrs
	}
	if len(sc.addrs) == 0 {
		return ""
	}
	from, to := ls, le
	for n := 0; n < addressLines && from > 0; n++ {
		from = bytes.LastIndexByte(data[:from-1], '\n') + 1
		if ls-from > 2000 {
			break
		}
	}
	for n := 0; n < addressLines && to < len(data); n++ {
		k := bytes.IndexByte(data[to+1:], '\n')
		if k < 0 || k > 2000 {
			to = min(len(data), to+1+2000)
			break
		}
		to += 1 + k
	}
	win := data[from:to]
	for off := 0; ; {
		k := bytes.Index(win[off:], []byte("0x"))
		if k < 0 {
			return ""
		}
		a := off + k + 2
		off = a
		b := a
		for b < len(win) && hexDigit[win[b]] {
			b++
		}
		if b-a != 40 || (a >= 3 && alnum[win[a-3]]) || (b < len(win) && alnum[win[b]]) {
			continue
		}
		derived := ethAddress(key)
		if strings.EqualFold(string(win[a:b]), derived[2:]) {
			return addressMatch(data, derived, from+a, ls, le)
		}
	}
}

// TestAddressNearMatchesLineSearch compares addressNear with the search it
// replaced on random chunks of short and very long lines (blank ones
// too), keys, their addresses above, below and beside them, other
// addresses, and hex runs that only start like addresses: the same
// answer for every value, in text order, as Detect asks.
func TestAddressNearMatchesLineSearch(t *testing.T) {
	g := newGen(11)
	matched := 0
	for round := range 150 {
		var sb strings.Builder
		var keys [][]byte
		for sb.Len() < 1000+g.rng.IntN(30000) {
			switch g.rng.IntN(9) {
			case 0, 1:
				k := g.bytes(32)
				keys = append(keys, k)
				fmt.Fprintf(&sb, "key='0x%s' ", hex.EncodeToString(k))
			case 2:
				if len(keys) > 0 {
					sb.WriteString(ethAddress(keys[g.rng.IntN(len(keys))]) + " ")
				}
			case 3:
				fmt.Fprintf(&sb, "0x%s ", hex.EncodeToString(g.bytes(20)))
			case 4:
				fmt.Fprintf(&sb, "0x%s ", hex.EncodeToString(g.bytes(21)))
			case 5:
				sb.WriteString(strings.Repeat("\n", 1+g.rng.IntN(2)))
			case 6:
				sb.WriteString(strings.Repeat("filler ", g.rng.IntN(500)))
			default:
				sb.WriteString("word ")
			}
		}
		data := []byte(sb.String())
		// A key whose address comes later in the text is matched too.
		if len(keys) > 0 {
			data = append(data, []byte(ethAddress(keys[0]))...)
		}
		c := &detect.Chunk{Data: data}
		got := &hexScan{c: c, derivations: 1 << 30}
		want := &hexScan{c: c, derivations: 1 << 30}
		byteruns.Each(data, &hexDigit, 64, func(s, e int) bool {
			if e-s != 64 {
				return true
			}
			var key [32]byte
			_, err := hex.Decode(key[:], data[s:e])
			require.NoError(t, err)
			ls, le := lineBounds(data, s, e)
			w := want.addressNearLines(key[:], ls, le)
			require.Equal(t, w, got.addressNear(key[:], ls, le), "round %d, value at %d", round, s)
			if w != "" {
				matched++
			}
			return true
		})
	}
	require.Greater(t, matched, 100, "values matched to their address")
}

// TestAccountListDerivedInFull: an exported list of accounts, address and
// key on each row, longer than the chunk's derivation budget, reports
// every key: a derivation that finds its address is not counted against
// the budget (it stopped at 256 rows).
func TestAccountListDerivedInFull(t *testing.T) {
	g := newGen(13)
	var b strings.Builder
	b.WriteString("address,private_key\n")
	const rows = maxDerivations + 100
	for range rows {
		k := g.key().Serialize()
		fmt.Fprintf(&b, "%s,0x%s\n", ethAddress(k), hex.EncodeToString(k))
	}
	cs := NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(b.String()), Path: "accounts.csv"})
	require.Len(t, cs, rows)
	for i, c := range cs {
		require.NotEmpty(t, c.Details["address_match"], "row %d", i)
	}
}

// TestBareAccountRows: in text with no key word anywhere (not in the
// data, the file's name or a view's context), a 64-hex value is a key
// when, and only when, it derives an address written within three lines
// of its own; hashes beside unrelated addresses stay unreported, and the
// evidence a key word would weigh (a .env file) is not read.
func TestBareAccountRows(t *testing.T) {
	g := newGen(17)
	key := func() (string, string) {
		k := g.key().Serialize()
		return hex.EncodeToString(k), ethAddress(k)
	}
	k1, a1 := key()
	k2, a2 := key()
	_, other := key()
	hash := hex.EncodeToString(g.bytes(32))
	tests := []struct {
		name, path, text string
		want             int
	}{
		{"space", "export.txt", a1 + " " + k1 + "\n", 1},
		{"csv with header", "rows.csv", "id,addr,hexval\n1," + a1 + ",0x" + k1 + "\n2," + a2 + ",0x" + k2 + "\n", 2},
		{"value first", "out.tsv", k1 + "\t" + strings.ToLower(a1) + "\n", 1},
		{"json objects", "data.json", `[{"a":"` + a1 + `","b":"0x` + k1 + `"},` + "\n" + `{"a":"` + a2 + `","b":"0x` + k2 + `"}]`, 2},
		{"yaml, address on the line before", "list.yml", "- addr: " + a1 + "\n  value: " + k1 + "\n", 1},
		{"address on the line after", "list.txt", k1 + "\n" + a1 + "\n", 1},
		{"address three lines away", "list.txt", a1 + "\nbalance: 2\n\n" + k1 + "\n", 1},
		{"address four lines away", "list.txt", a1 + "\n\n\n\n" + k1 + "\n", 0},
		{"other address", "tx.log", other + " " + hash + "\n" + a2 + " " + k1 + "\n", 0},
		{"no address", ".env", "TOKEN=0x" + k1 + "\n", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &detect.Chunk{Data: []byte(tt.text), Path: tt.path}
			require.False(t, keyWorded(context.Background(), c), "the test text must hold no key word")
			cs := NewHex().Detect(context.Background(), c)
			require.Len(t, cs, tt.want)
			for _, cand := range cs {
				require.NotEmpty(t, cand.Details["address_match"])
				require.Equal(t, detect.ConfidenceHigh, cand.Confidence)
			}
		})
	}
}

// TestKeyWordedFrom: a key word counts in the chunk's data, the text
// before a view and the file's name; the engine's hint stands for a
// search of the data (and only of the data).
func TestKeyWordedFrom(t *testing.T) {
	bg := context.Background()
	require.True(t, keyWorded(bg, &detect.Chunk{Data: []byte("my Wallet: 0x")}))
	require.True(t, keyWorded(bg, &detect.Chunk{Data: []byte("0x"), Context: []byte("PRIVATE=")}))
	require.True(t, keyWorded(bg, &detect.Chunk{Data: []byte("0x"), Path: "a/deployer.txt"}))
	require.False(t, keyWorded(bg, &detect.Chunk{Data: []byte("0x12"), Path: "a/keys/x.txt"}))
	said := hint.With(bg, hint.Hints{Key: true})
	require.True(t, keyWorded(said, &detect.Chunk{Data: []byte("0x")}))
	notSaid := hint.With(bg, hint.Hints{})
	require.False(t, keyWorded(notSaid, &detect.Chunk{Data: []byte("the key")}), "the hint is the engine's search")
}

// TestBitcoinProof: a 64-hex value named only "key" beside one of its
// Bitcoin addresses, or beside itself as WIF, is a key with high
// confidence, and the proof never shows the WIF; beside another key's
// address it is no more than its name makes it.
func TestBitcoinProof(t *testing.T) {
	detectIn := func(text string) []detect.Candidate {
		return NewHex().Detect(context.Background(), &detect.Chunk{Data: []byte(text)})
	}
	g := newGen(87)
	for i := range 20 {
		key := g.key().Serialize()
		k := hex.EncodeToString(key)
		forms := bitcoinForms(key)
		f := forms[i%len(forms)]
		text := fmt.Sprintf("sweep job %d\nkey: %s\n\nform: %s\n", i, k, f.text)
		cs := detectIn(text)
		require.Len(t, cs, 1, "%d: %s", i, f.text[:4])
		require.Equal(t, detect.ConfidenceHigh, cs[0].Confidence, "%d: %s", i, f.text[:4])
		match := cs[0].Details["address_match"]
		require.NotEmpty(t, match)
		if f.wif {
			require.NotContains(t, match, f.text[:12])
			require.Contains(t, match, "WIF")
		} else {
			require.Contains(t, match, f.text)
		}
		other := bitcoinForms(g.key().Serialize())[i%len(forms)].text
		for _, c := range detectIn(strings.Replace(text, f.text, other, 1)) {
			require.NotEqual(t, detect.ConfidenceHigh, c.Confidence, "%d: another key's %s", i, other[:4])
			require.Empty(t, c.Details["address_match"])
		}
	}
}

// TestGethBracedAddress: geth prints an account's address in braces and
// without "0x" ("Address: {fcad…}" after "geth account import", as its
// own tests hold it under a bare "key"): beside a key it is the key's
// proof, and beside a hash it proves nothing.
func TestGethBracedAddress(t *testing.T) {
	g := newGen(23)
	k := g.key().Serialize()
	key, addr := hex.EncodeToString(k), strings.ToLower(ethAddress(k)[2:])
	hash := hex.EncodeToString(g.bytes(32))
	for _, tc := range []struct {
		name, text string
		want       int
	}{
		{"key", "{\n\tkey:    \"" + key + "\",\n\toutput: \"Address: {" + addr + "}\\n\",\n},\n", 1},
		{"hash", "{\n\tkey:    \"" + hash + "\",\n\toutput: \"Address: {" + addr + "}\\n\",\n},\n", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &detect.Chunk{Data: []byte(tc.text), Path: "accountcmd_test.go"}
			cs := NewHex().Detect(context.Background(), c)
			require.Len(t, cs, tc.want)
			for _, cand := range cs {
				require.NotEmpty(t, cand.Details["address_match"])
			}
		})
	}
}
