package audittest

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// recorder is a TB that records failures instead of failing.
type recorder struct {
	msgs []string
	tt   *testing.T // the real test, for setup errors
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.msgs = append(r.msgs, fmt.Sprintf(format, args...))
}

func canary(t *testing.T) *Canary {
	c, err := CanaryFromEntropy([]byte("audittest-canary"))
	require.NoError(t, err)
	return c
}

func TestNoSecretsFailsWithoutPrintingTheSecret(t *testing.T) {
	c := canary(t)
	var r recorder
	ok := NoSecretsInString(&r, "app.log", "level=debug msg=\"imported\" mnemonic=\""+c.Mnemonic()+"\"\n")
	assert.False(t, ok)
	require.Len(t, r.msgs, 1)
	assert.Contains(t, r.msgs[0], "bip39-mnemonic")
	assert.Contains(t, r.msgs[0], "app.log:1")
	assert.NotContains(t, r.msgs[0], strings.Fields(c.Mnemonic())[1])

	r = recorder{}
	assert.True(t, NoSecretsInString(&r, "clean.log", "level=info msg=started\n"))
	assert.Empty(t, r.msgs)
	// Published test secrets are not leaks.
	assert.True(t, NoSecretsInString(&r, "hardhat.config.js", `mnemonic: "test test test test test test test test test test test junk"`))
}

func TestCanaryDerivatives(t *testing.T) {
	c := canary(t)
	words := strings.Fields(c.Mnemonic())
	cases := map[string]string{
		"phrase":         strings.ToUpper(strings.Join(words, "-")),
		"seed in hex":    "seed=" + hex.EncodeToString(c.Seed()),
		"entropy in hex": strings.ToUpper(hex.EncodeToString(c.Entropy())),
		"seed in base64": base64.StdEncoding.EncodeToString(c.Seed()),
	}
	for want, text := range cases {
		assert.Contains(t, c.Find([]byte(text)), want, want)
	}
	for _, d := range c.derived {
		found := c.Find([]byte("x " + d.value + " y"))
		assert.Contains(t, found, d.name)
	}
	assert.Empty(t, c.Find([]byte("nothing here")))
	var r recorder
	assert.False(t, c.AssertAbsent(&r, []byte(hex.EncodeToString(c.Seed()))))
	assert.Equal(t, []string{"audittest: canary leaked: seed in hex"}, r.msgs)
}

func TestWriterAndHandler(t *testing.T) {
	c := canary(t)
	var r recorder
	w := Writer(&r, c)
	fmt.Fprintf(w, "derived seed %s\n", hex.EncodeToString(c.Seed())[:40])
	assert.Empty(t, r.msgs, "half a seed is not the seed")
	fmt.Fprintf(w, "%s\n", hex.EncodeToString(c.Seed())[40:])
	assert.Empty(t, r.msgs, "split across writes, but not contiguous")
	fmt.Fprint(w, "seed: "+hex.EncodeToString(c.Seed()))
	assert.NotEmpty(t, r.msgs)

	r = recorder{}
	log := slog.New(Handler(&r, nil, c))
	log.Info("wallet ready", "address", "0xabc")
	assert.Empty(t, r.msgs)
	log.With("wallet", "main").Debug("keys", "xprv", c.derived[len(c.derived)-1].value)
	assert.NotEmpty(t, r.msgs)
	for _, m := range r.msgs {
		assert.NotContains(t, m, c.derived[len(c.derived)-1].value)
	}
}

func TestNoSecretsInDirAndEnv(t *testing.T) {
	c := canary(t)
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "export.json"), []byte(`{"backup": "`+c.Mnemonic()+`"}`), 0o600))
	var r recorder
	assert.False(t, NoSecretsInDir(&r, dir))
	r = recorder{}
	assert.False(t, Environ(&r, []string{"HOME=/x", "MNEMONIC=" + c.Mnemonic()}))
	assert.True(t, Environ(&r, []string{"HOME=/x"}) || len(r.msgs) == 1)
}
