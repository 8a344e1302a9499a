package mnemonic

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFindKeyedParts: a phrase kept in a configuration's variables, a
// part each ("SEED_PART1=…", "mnemonic_b: …"), is read whole, with other variables between its parts; parts out of
// order, or under keys that name no phrase, are not joined.
func TestFindKeyedParts(t *testing.T) {
	rng := rand.New(rand.NewPCG(215, 216))
	keyed := func(words []string, n int, line func(k int, value string) string, order []int) string {
		var b strings.Builder
		b.WriteString("# bot settings\nRPC_URL=https://rpc.example.org\n")
		size := len(words) / n
		for i, k := range order {
			b.WriteString(line(k, strings.Join(words[k*size:k*size+size], " ")) + "\n")
			if i == 0 {
				b.WriteString("GAS_LIMIT=210000\nLOG_LEVEL=debug\n")
			}
		}
		return b.String() + "PORT=8080\n"
	}
	for range 5 {
		fx12 := newFixture(t, rng, English, 12)
		fx24 := newFixture(t, rng, Spanish, 24)
		for _, tc := range []struct {
			name, text string
			fx         fixture
			want       bool
		}{
			{"env parts", keyed(fx12.words, 2, func(k int, v string) string { return fmt.Sprintf("SEED_PART%d=%s", k+1, v) }, []int{0, 1}), fx12, true},
			{"quoted, exported", keyed(fx24.words, 3, func(k int, v string) string { return fmt.Sprintf("export WALLET_MNEMONIC_%d=\"%s\"", k+1, v) }, []int{0, 1, 2}), fx24, true},
			{"YAML lettered", keyed(fx12.words, 2, func(k int, v string) string { return fmt.Sprintf("  mnemonic_%c: '%s'", 'a'+k, v) }, []int{0, 1}), fx12, true},
			{"JSON camel case", keyed(fx24.words, 2, func(k int, v string) string { return fmt.Sprintf("  \"seedWords%d\": \"%s\",", k+1, v) }, []int{0, 1}), fx24, true},
			{"out of order", keyed(fx12.words, 3, func(k int, v string) string { return fmt.Sprintf("SEED_PART%d=%s", k+1, v) }, []int{1, 0, 2}), fx12, false},
			{"keys naming no phrase", keyed(fx12.words, 2, func(k int, v string) string { return fmt.Sprintf("LABEL_%d=%s", k+1, v) }, []int{0, 1}), fx12, false},
		} {
			var got []string
			for _, m := range Find([]byte(tc.text)) {
				got = append(got, m.Phrase.Reveal())
			}
			assert.Equal(t, tc.want, slices.Contains(got, tc.fx.norm), tc.name) // the name: the text holds the phrase
		}
	}
}

// TestKeyedPartLabel: the keys read, and those passed over.
func TestKeyedPartLabel(t *testing.T) {
	for _, tc := range []struct {
		line      string
		row       int
		valueFrom string
	}{
		{"SEED_PART1=a b", 1, "a b"},
		{"x\n  export SEED_2 = \"a b\"", 2, "a b\""},
		{"- \"phrase-3\": 'a b'", 3, "a b'"},
		{"mnemonic_B: a b", 2, "a b"},
		{"seedWords24: a b", 24, "a b"},
		{"SEED_PART1=a", 0, ""},      // a word alone
		{"SEED_25=a b", 0, ""},       // no part's number
		{"SEED_PART1=", 0, ""},       // no value on the line
		{"SEED_PART1=\nabc", 0, ""},  // nor after it
		{"x SEED_PART1=a", 0, ""},    // not at the line's start
		{"PART_1=a b", 0, ""},        // no noun
		{"mnemonic_e: a b", 0, ""},   // letters a to d alone
		{"mnemonicdata: a b", 0, ""}, // no letter after a separator
		{"1seed_part1=a", 0, ""},     // a key starts with a letter
		{"if (seed1 == a) {", 0, ""}, // not a key's separator: no value
	} {
		p := strings.IndexAny(tc.line, "=:")
		m, ok := keyedPartLabel([]byte(tc.line), p)
		if tc.row == 0 {
			assert.False(t, ok, tc.line)
			continue
		}
		if assert.True(t, ok, tc.line) {
			assert.Equal(t, tc.row, m.row, tc.line)
			assert.Equal(t, tc.valueFrom, tc.line[m.end:], tc.line)
			assert.True(t, m.start == 0 || tc.line[m.start-1] == '\n', tc.line)
		}
	}
}
