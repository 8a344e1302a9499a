package mnemonic

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func seedQRDigits(p Phrase) string {
	var b strings.Builder
	for _, v := range p.indices {
		fmt.Fprintf(&b, "%04d", v)
	}
	return b.String()
}

func TestSeedQR(t *testing.T) {
	rng := rand.New(rand.NewPCG(48, 96))
	layouts := []struct {
		name   string
		render func(d string) string
	}{
		{"alone", func(d string) string { return d + "\n" }},
		{"notes", func(d string) string { return "Backups\n\nseedqr digits:\n" + d + "\n\nTODO: laminate\n" }},
		{"json", func(d string) string { return `{"type":"seedqr","data":"` + d + `"}` }},
		{"csv", func(d string) string { return "name,value\nwallet," + d + "\n" }},
	}
	for _, n := range []int{12, 24} {
		for _, lay := range layouts {
			t.Run(fmt.Sprintf("%d/%s", n, lay.name), func(t *testing.T) {
				fx := newFixture(t, rng, English, n)
				p, err := Validate(fx.norm)
				require.NoError(t, err)
				d := seedQRDigits(p)
				v, err := ValidateSeedQR(d)
				require.NoError(t, err)
				assert.Equal(t, fp(fx.norm), fp(v.Reveal()))

				text := lay.render(d)
				ms := Find([]byte(text))
				require.Len(t, ms, 1, "phrase %s", fp(fx.norm))
				assert.Equal(t, fp(fx.norm), fp(ms[0].Phrase.Reveal()))
				assert.Equal(t, LayoutSeedQR, ms[0].Layout)
				assert.True(t, text[ms[0].Start:ms[0].End] == d, "span %d..%d is not the digits", ms[0].Start, ms[0].End)

				// Glued to other characters it is part of something else.
				for _, glued := range []string{"x" + d, d + "7", "0." + d, "ab" + d + "cd"} {
					assert.Empty(t, Find([]byte(glued+"\n")), "glued form reported")
				}
			})
		}
	}
}

func TestSeedQRNegatives(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 48))
	// Random 48- and 96-digit numbers: a group of four digits is below
	// 2048 one time in five, so almost none even reach the checksum.
	found := 0
	for range 20000 {
		n := 48
		if rng.IntN(2) == 0 {
			n = 96
		}
		var b strings.Builder
		for range n {
			b.WriteByte(byte('0' + rng.IntN(10)))
		}
		found += len(Find([]byte("value = " + b.String() + "\n")))
	}
	assert.Zero(t, found)

	// Digits that pass the group rule but not the checksum.
	p, err := Validate(strings.Repeat("abandon ", 11) + "about")
	require.NoError(t, err)
	bad := []byte(seedQRDigits(p))
	bad[47] = '2' // "about" (0003) becomes 0002, "able"
	_, err = ValidateSeedQR(string(bad))
	assert.ErrorIs(t, err, ErrChecksum)
	assert.Empty(t, Find(bad))
	// The hex of a test's array of small bytes, whose groups pass
	// the checksum and are mostly 0000.
	assert.Empty(t, Find([]byte("000000000000000100040000030000020500000000000000\n")))
	_, err = ValidateSeedQR("123")
	assert.ErrorIs(t, err, ErrSeedQR)
	_, err = ValidateSeedQR(strings.Repeat("9999", 12))
	assert.ErrorIs(t, err, ErrSeedQR)
}
