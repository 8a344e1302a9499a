package audit

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/walletaudit/walletaudit/internal/eth"
)

// castFile writes an asciicast v2 recording of the given events, each
// [time, code, data].
func castFile(events ...[2]string) []byte {
	var b strings.Builder
	b.WriteString(`{"version": 2, "width": 120, "height": 30, "timestamp": 1709500000, "env": {"SHELL": "/bin/bash", "TERM": "xterm-256color"}}` + "\n")
	for i, e := range events {
		data, _ := json.Marshal(e[1])
		fmt.Fprintf(&b, "[%.1f, %q, %s]\n", 0.1*float64(i+1), e[0], data)
	}
	return []byte(b.String())
}

func TestAsciicastText(t *testing.T) {
	data := castFile(
		[2]string{"o", "$ "},
		[2]string{"i", "ls\r"},
		[2]string{"o", "ls\r\n"},
		[2]string{"o", "a.txt  b"},
		[2]string{"o", ".txt\r\nü\r\n"},
		[2]string{"m", "marker"},
	)
	data = append(data, "not an event\n[1.0, \"o\"]\n"...)
	out, in, err := asciicastText(data, 1<<20)
	require.NoError(t, err)
	assert.Equal(t, "$ ls\r\na.txt  b.txt\r\nü\r\n", out.text.String())
	assert.Equal(t, "ls\n", in.text.String(), "Enter ends a typed line")
	lines := make([]int, len(out.places))
	for i, p := range out.places {
		lines[i] = p.Line
	}
	assert.Equal(t, []int{2, 5, 6}, lines, "each text line at the event it starts in")
	assert.Equal(t, byte('"'), data[out.places[1].Offset], "placed at the event's data string")

	// Typed a keystroke an event: each typed line is placed at its first
	// keystroke (corpus 62: a phrase typed at a restore prompt was placed
	// at the session's first keystroke).
	typed := castFile([2]string{"i", "c"}, [2]string{"i", "d"}, [2]string{"i", "\r"}, [2]string{"o", "$ "}, [2]string{"i", "e"}, [2]string{"i", "c"}, [2]string{"i", "\r"})
	_, in, err = asciicastText(typed, 1<<20)
	require.NoError(t, err)
	assert.Equal(t, "cd\nec\n", in.text.String())
	require.Len(t, in.places, 2)
	assert.Equal(t, []int{2, 6}, []int{in.places[0].Line, in.places[1].Line})

	_, _, err = asciicastText(data, 5)
	assert.ErrorIs(t, err, errArchiveBudget)
	_, _, err = asciicastText([]byte(`{"version": 4, "width": 80}`+"\n"), 1<<20)
	assert.Error(t, err, "no version read")
	assert.True(t, sniffAsciicast(data))
	assert.False(t, sniffAsciicast([]byte(`{"name": "x", "version": 2}`)))
}

// TestAsciicastV1Text: asciinema's first format is one JSON document
// whose "stdout" holds the frames, [delay, text] (corpus 241: a key cut
// over two frames was read apart); their text is put back together and
// each line placed at the frame it starts in. A document that is no
// recording gives an error.
func TestAsciicastV1Text(t *testing.T) {
	v1 := "{\n  \"version\": 1,\n  \"width\": 80,\n  \"height\": 24,\n  \"duration\": 2.5,\n" +
		"  \"command\": \"/bin/bash\",\n  \"title\": \"\",\n  \"env\": {\"TERM\": \"xterm-256color\", \"SHELL\": \"/bin/bash\"},\n" +
		"  \"stdout\": [\n    [0.25, \"$ \"],\n    [0.5, \"cat wallet\\r\\n\\\"desc\\\": \\\"wpkh(xprv9s21\"],\n" +
		"    [0.004, \"ZrQH143K/84h/0h/0h/0/*)\\\",\\r\\nü\\r\\n\"]\n  ]\n}\n"
	head := []byte(v1)
	assert.True(t, sniffAsciicast(head))
	out, in, err := asciicastText(head, 1<<20)
	require.NoError(t, err)
	assert.Equal(t, "$ cat wallet\r\n\"desc\": \"wpkh(xprv9s21ZrQH143K/84h/0h/0h/0/*)\",\r\nü\r\n", out.text.String())
	assert.Zero(t, in.text.Len())
	lines := make([]int, len(out.places))
	for i, p := range out.places {
		lines[i] = p.Line
	}
	assert.Equal(t, []int{10, 11, 12}, lines)
	assert.Equal(t, byte('"'), head[out.places[1].Offset], "placed at the frame's text")
	_, _, err = asciicastText(head, 10)
	assert.ErrorIs(t, err, errArchiveBudget)
	for _, bad := range []string{`{"version": 1, "width": 80}`, `{"version": 1, "stdout": [[0.1, 7]]}`, `{"version": 1, "stdout": [[0.1, "a"`} {
		_, _, err = asciicastText([]byte(bad), 1<<20)
		assert.Error(t, err, bad)
	}
	assert.False(t, sniffAsciicast([]byte(`{"name": "x", "version": 1}`)))
}

// TestAsciicastKeyAndAddress: ethkey's output recorded by asciinema, with
// bold labels and each line an event, is read as the terminal showed it:
// the address printed under the key proves it, and the finding is placed
// at the key's event.
func TestAsciicastKeyAndAddress(t *testing.T) {
	k, err := btcec.NewPrivateKey()
	require.NoError(t, err)
	key := hex.EncodeToString(k.Serialize())
	addr := strings.ToLower(eth.Address(k.Serialize())[2:])
	pub := hex.EncodeToString(k.PubKey().SerializeUncompressed()[1:])
	data := castFile(
		[2]string{"o", "\u001b]0;dana@devbox: ~\u0007dana@devbox:~$ "},
		[2]string{"o", "ethkey generate random\r\n"},
		[2]string{"o", "\u001b[1msecret:\u001b[0m  " + key + "\r\n"},
		[2]string{"o", "\u001b[1mpublic:\u001b[0m  " + pub + "\r\n"},
		[2]string{"o", "\u001b[1maddress:\u001b[0m " + addr + "\r\n"},
	)
	fs, sum := collect(t, New(Options{Workers: 1, Trials: TrialsOff}), Bytes("casts/ethkey-demo.cast", data))
	assert.Empty(t, sum.Errors)
	n := 0
	for _, f := range fs {
		if f.Kind != KindRawPrivateKey || f.Secret.Reveal() != key {
			continue
		}
		n++
		assert.Equal(t, "casts/ethkey-demo.cast", f.Location.Path)
		assert.Equal(t, 4, f.Location.Line, "the key's event")
		assert.Contains(t, f.Details["evidence"], "derived address nearby")
	}
	assert.Equal(t, 1, n, "key findings")
}

func FuzzAsciicastText(f *testing.F) {
	f.Add(castFile([2]string{"o", "a\r\nb"}, [2]string{"i", "c"}))
	f.Add([]byte(`{"version": 3, "term": {"cols": 80}}` + "\n[0.5, \"o\", \"\\u001b[1mx\"]\n[1, 2, 3]\n"))
	f.Add([]byte("{\"version\": 1, \"width\": 80, \"stdout\": [[0.1, \"a\\r\\nb\"], [0.2 , \"c\"]]}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		out, in, _ := asciicastText(data, 1<<16)
		assert.LessOrEqual(t, out.text.Len()+in.text.Len(), 1<<16, "past the limit")
		assert.LessOrEqual(t, len(out.places), strings.Count(out.text.String(), "\n")+1)
		for _, p := range out.places {
			assert.True(t, p.Offset >= 0 && p.Offset < int64(len(data)), "placed in the data")
		}
	})
}

// TestLineViewsPastTheFirstChunk: a view that maps its lines (a CI log's
// text without its colours) spans the whole chunk, lookback included; a
// key in it is found in every chunk, not only the first. Until
// 2026-12-04 such views were dropped after the first MiB (the 37th blind
// corpus's colour-coded CI log).
func TestLineViewsPastTheFirstChunk(t *testing.T) {
	k, err := btcec.NewPrivateKey()
	require.NoError(t, err)
	key := hex.EncodeToString(k.Serialize())
	line := "\x1b[1m\x1b[36mdeployer\x1b[39m\x1b[22m private key: \x1b[33m" + key + "\x1b[39m\n"
	for _, at := range []int{100, chunkSize + chunkTail + 4096, 3*chunkSize - 20} {
		var b strings.Builder
		lines := 0
		for b.Len() < at {
			fmt.Fprintf(&b, "npm info run build step %d ok\n", lines)
			lines++
		}
		b.WriteString(line)
		for b.Len() < 4*chunkSize {
			b.WriteString("npm info run build step ok\n")
		}
		fs, _ := collect(t, New(Options{Workers: 1, Trials: TrialsOff}), Bytes("ci/build.log", []byte(b.String())))
		n := 0
		for _, f := range fs {
			if f.Kind == KindRawPrivateKey && f.Secret.Reveal() == key {
				n++
				assert.Equal(t, lines+1, f.Location.Line, "offset %d", at)
			}
		}
		assert.Equal(t, 1, n, "the key past offset %d, found once", at)
	}
}

// TestStampedKeystorePastTheFirstChunk: a keystore printed by jq in a CI
// job's log, each line behind its time stamp and the log coloured, past
// the first chunk, is found at its first line (the 37th corpus's miss).
func TestStampedKeystorePastTheFirstChunk(t *testing.T) {
	var pretty bytes.Buffer
	require.NoError(t, json.Indent(&pretty, v3Keystore(t, rand.New(rand.NewPCG(7, 8)), "not a listed password 7", 1024), "", "  "))
	var b strings.Builder
	lines := 0
	stamp := func() string { return fmt.Sprintf("2024-11-02T14:51:%02d.6647700Z ", lines%60) }
	for b.Len() < chunkSize+chunkTail+5000 {
		b.WriteString(stamp() + "\x1b[90m[build]\x1b[39m npm info run build step ok\n")
		lines++
	}
	b.WriteString(stamp() + "+ cat keystore/UTC--2024-11-02T10-40-01.000Z--x | jq .\n")
	lines++
	at := lines + 1
	for _, l := range strings.Split(strings.TrimSpace(pretty.String()), "\n") {
		b.WriteString(stamp() + l + "\n")
		lines++
	}
	b.WriteString(stamp() + "done\n")
	fs, _ := collect(t, New(Options{Workers: 1, Trials: TrialsOff}), Bytes("ci/build.log", []byte(b.String())))
	var got []int
	for _, f := range fs {
		if f.Kind == KindKeystore {
			got = append(got, f.Location.Line)
		}
	}
	assert.Equal(t, []int{at}, got)
}
