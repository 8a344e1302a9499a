package keystore

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fixture is one generated file and what the assessment must say.
type fixture struct {
	name, file string
	data       []byte
	format     Format
	encrypted  bool
	weak       bool   // a built-in password opens it
	rating     Rating // expected Rating
}

// fixtures generates every format × weak/strong password (× pretty,
// compact) with cheap KDF parameters so that trials run fast.
func fixtures() []fixture {
	g := newGen(1)
	return []fixture{
		{"v3_scrypt_weak_pretty", "UTC--2024-01-01T00-00-00.000000000Z--x", g.v3(weakPW, "scrypt", 1024, 8, 1, 0, true), EthereumV3, true, true, RatingCritical},
		{"v3_scrypt_strong_compact", "key.json", g.v3(strongPW, "scrypt", 1024, 8, 1, 0, false), EthereumV3, true, false, RatingHigh},
		{"v3_pbkdf2_empty", "key.json", g.v3("", "pbkdf2", 0, 0, 0, 1000, true), EthereumV3, true, true, RatingCritical},
		{"v3_pbkdf2_strong", "key.json", g.v3(strongPW, "pbkdf2", 0, 0, 0, 1000, false), EthereumV3, true, false, RatingHigh},
		{"eip2335_pbkdf2_weak", "keystore-m_12381_3600_0_0_0.json", g.eip2335(weakPW, "pbkdf2", 0, 1000), EIP2335, true, true, RatingCritical},
		{"eip2335_scrypt_strong", "keystore.json", g.eip2335(strongPW, "scrypt", 1024, 0), EIP2335, true, false, RatingHigh},
		{"vault_legacy_weak", "vault.json", g.vault(weakPW, 10_000, false), MetaMaskVault, true, true, RatingCritical},
		{"vault_meta_strong", "vault.json", g.vault(strongPW, 1_000, true), MetaMaskVault, true, false, RatingHigh},
		{"electrum_plain", "default_wallet", g.electrum(""), ElectrumWallet, false, false, RatingCritical},
		{"electrum_field_weak", "default_wallet", g.electrum("123456"), ElectrumWallet, true, true, RatingCritical},
		{"electrum_field_strong", "default_wallet", g.electrum(strongPW), ElectrumWallet, true, false, RatingHigh},
		{"electrum_bie1_weak", "default_wallet", g.bie1("qwerty"), ElectrumWallet, true, true, RatingCritical},
		{"electrum_bie1_strong", "default_wallet", g.bie1(strongPW), ElectrumWallet, true, false, RatingHigh},
		{"core_bdb_plain", "wallet.dat", g.core("", 0, false), BitcoinCore, false, false, RatingCritical},
		{"core_bdb_weak", "wallet.dat", g.core("letmein", 2000, false), BitcoinCore, true, true, RatingCritical},
		{"core_sqlite_strong", "backup.dat", g.core(strongPW, 25_000, true), BitcoinCore, true, false, RatingHigh},
		{"polkadot_weak", "account.json", g.polkadot("test", 1024), PolkadotJSON, true, true, RatingCritical},
		{"polkadot_strong", "account.json", g.polkadot(strongPW, 1024), PolkadotJSON, true, false, RatingHigh},
		{"solana", "id.json", g.solana(), SolanaKeypair, false, false, RatingCritical},
		{"presale_weak", "presale.json", g.presale("changeme"), EthereumPresale, true, true, RatingCritical},
		{"hsm_plain", "hsm_secret", g.bytes(32), LightningHSM, false, false, RatingCritical},
		{"hsm_encrypted", "hsm_secret", g.bytes(73), LightningHSM, true, false, RatingLow},
		{"exodus_seco", "seed.seco", g.seco(), ExodusSECO, true, false, RatingMedium},
		{"wasabi", "Wallet0.json", wasabi(), WasabiWallet, true, false, RatingLow},
		{"eip2386_weak", "5ab3a1f7-0f2c-4d8e-9a51-3c2e8f0b7d11", g.eip2386(weakPW, 1000), EIP2386, true, true, RatingCritical},
		{"eip2386_strong", "wallet.json", g.eip2386(strongPW, 1000), EIP2386, true, false, RatingHigh},
	}
}

func TestFormats(t *testing.T) {
	ctx := context.Background()
	for _, tc := range fixtures() {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Inspect(ctx, tc.file, tc.data, Options{})
			require.NoError(t, err)
			assert.Equal(t, tc.format, a.Format)
			assert.Equal(t, tc.encrypted, a.Encrypted, "encrypted")
			assert.Equal(t, tc.weak, a.WeakPassword, "weak password")
			assert.Equal(t, tc.rating, a.Rating, "rating")
			assert.NotEmpty(t, a.SecretMaterial())
			assert.NotEmpty(t, a.Summary())
			// Only a plain Electrum wallet writes its secrets as text
			// of their own (its seed here is of words).
			assert.Equal(t, tc.name == "electrum_plain", a.Textual(), "textual")
			if a.Encrypted {
				assert.NotEmpty(t, a.KDF)
			} else {
				assert.Equal(t, StrengthNone, a.Strength)
				assert.Zero(t, a.GuessesPerSecond)
			}
			if tc.weak {
				assert.Positive(t, a.Tried)
			}
			// The same file recognised without trials, from a reader and
			// from disk.
			p, err := Parse(tc.file, tc.data)
			require.NoError(t, err)
			assert.Equal(t, tc.format, p.Format)
			assert.Zero(t, p.Tried)
			path := filepath.Join(t.TempDir(), filepath.Base(tc.file))
			require.NoError(t, os.WriteFile(path, tc.data, 0o600))
			o, err := Open(ctx, path, Options{NoTrials: true})
			require.NoError(t, err)
			assert.Equal(t, tc.format, o.Format)
			assert.Equal(t, a.SecretMaterial(), o.SecretMaterial(), "same identity from disk")
		})
	}
}

func TestV3Details(t *testing.T) {
	g := newGen(2)
	a, err := Parse("UTC--x", g.v3(strongPW, "scrypt", 1024, 8, 1, 0, true))
	require.NoError(t, err)
	assert.Equal(t, "scrypt", a.KDF)
	assert.Equal(t, "n=1024 r=8 p=1", a.KDFParams)
	assert.Equal(t, "aes-128-ctr", a.Cipher)
	assert.Equal(t, "keccak256", a.MAC)
	assert.Regexp(t, `^0x[0-9a-fA-F]{40}$`, a.Address)
	assert.NotEqual(t, strings.ToLower(a.Address), a.Address, "EIP-55 mixed case")

	// "Crypto" with a capital C (Mist, older geth) and a 0x address.
	var m map[string]any
	require.NoError(t, json.Unmarshal(g.v3(strongPW, "pbkdf2", 0, 0, 0, 1000, false), &m))
	m["Crypto"] = m["crypto"]
	delete(m, "crypto")
	m["address"] = "0x" + m["address"].(string)
	a, err = Parse("", mustJSON(m, false))
	require.NoError(t, err)
	assert.Equal(t, EthereumV3, a.Format)
	assert.Equal(t, "pbkdf2-sha256", a.KDF)
	assert.NotEmpty(t, a.Address)
}

// TestWeb3SpecVector is a known-answer test: the Web3 Secret Storage
// PBKDF2 test vector (testdata/README.md) opens with its published
// password and with no other. Being published, it is named so and not
// tried (TestPublishedStores).
func TestWeb3SpecVector(t *testing.T) {
	data, err := os.ReadFile("testdata/web3-pbkdf2-vector.json")
	require.NoError(t, err)
	a, err := Inspect(context.Background(), "", data, Options{NoBuiltin: true, Passwords: []string{"testpassword"}})
	require.NoError(t, err)
	assert.Equal(t, "Web3 Secret Storage Definition test vector (PBKDF2)", a.Published)
	assert.False(t, a.WeakPassword, "not tried")
	assert.Equal(t, "c=262144", a.KDFParams)
	assert.InDelta(t, 33_800, a.GuessesPerSecond, 100)
	assert.True(t, a.check([]byte("testpassword")))
	assert.False(t, a.check([]byte("testpassword!")))
}

func TestCallerPasswordsAndHints(t *testing.T) {
	g := newGen(3)
	ctx := context.Background()
	// A password from the caller's list.
	a, err := Inspect(ctx, "", g.vault("corp-wallet-2024", 1000, true), Options{Passwords: []string{"corp-wallet-2024"}})
	require.NoError(t, err)
	assert.True(t, a.WeakPassword)
	// The file's own name as the password.
	a, err = Inspect(ctx, "dir/treasury.json", g.vault("treasury", 1000, true), Options{})
	require.NoError(t, err)
	assert.True(t, a.WeakPassword)
	// NoBuiltin leaves only the hints.
	a, err = Inspect(ctx, "", g.vault(weakPW, 1000, true), Options{NoBuiltin: true})
	require.NoError(t, err)
	assert.False(t, a.WeakPassword)
	assert.Zero(t, a.Tried)
}

// TestFrequentPasswords: the built-in list goes on past CommonPasswords
// with the rest of the most frequent passwords, after the file's hints
// and the caller's list, so a cheap store is opened by "baseball" and a
// store named by its password is still opened by the name, early.
func TestFrequentPasswords(t *testing.T) {
	g := newGen(7)
	ctx := context.Background()
	for _, pw := range []string{"baseball", "password123", "P@ssw0rd"} {
		// A budget no machine runs out of: the test is about the list,
		// not the speed of the one running it (the default 2 s ran out
		// before "P@ssw0rd" on a loaded two-core machine).
		a, err := Inspect(ctx, "", g.v3(pw, "scrypt", 1024, 8, 1, 0, false), Options{Budget: time.Minute})
		require.NoError(t, err)
		assert.True(t, a.WeakPassword, pw)
	}

	list := trialList(&Assessment{}, "dir/treasury.json", Options{Passwords: []string{"corp-2024"}})
	common := CommonPasswords()
	assert.Equal(t, common, list[:len(common)])
	assert.Equal(t, []string{"treasury", "corp-2024"}, list[len(common):len(common)+2])
	assert.Contains(t, list[len(common)+2:], "baseball")
	assert.Greater(t, len(list), len(common)+200)
	for i, p := range frequentPasswords {
		assert.NotContains(t, common, p, "listed twice")
		assert.NotContains(t, frequentPasswords[:i], p, "listed twice")
	}
	// Values written beside the store come first.
	beside := &Assessment{}
	beside.PreferPasswords("written-beside", "")
	assert.Equal(t, []string{"written-beside", common[0]}, trialList(beside, "", Options{})[:2])
	assert.Empty(t, trialList(&Assessment{}, "", Options{NoBuiltin: true}))
}

func TestMetaMaskIterations(t *testing.T) {
	g := newGen(4)
	for _, tc := range []struct {
		name     string
		iter     int
		meta     bool
		params   string
		strength Strength
		rating   Rating
	}{
		{"legacy_without_metadata", 10_000, false, "c=10000", StrengthWeak, RatingHigh},
		{"current_600k", 600_000, true, "c=600000", StrengthModerate, RatingMedium},
		{"library_900k", 900_000, true, "c=900000", StrengthModerate, RatingMedium},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Inspect(context.Background(), "", g.vault(strongPW, tc.iter, tc.meta), Options{NoTrials: true})
			require.NoError(t, err)
			assert.Equal(t, tc.params, a.KDFParams)
			assert.Equal(t, tc.strength, a.Strength)
			assert.Equal(t, tc.rating, a.Rating)
		})
	}
}

func TestCoreDetails(t *testing.T) {
	g := newGen(5)
	a, err := Parse("wallet.dat", g.core(strongPW, 171_000, true))
	require.NoError(t, err)
	assert.Equal(t, "sqlite", a.Version)
	assert.Equal(t, "mainnet", a.Network)
	assert.Equal(t, "iterations=171000", a.KDFParams)
	assert.Equal(t, 2, a.Keys)
	assert.InDelta(t, 39_415, a.GuessesPerSecond, 10)

	a, err = Parse("wallet.dat", g.core("", 0, false))
	require.NoError(t, err)
	assert.Equal(t, "bdb", a.Version)
	assert.Equal(t, 3, a.Keys)
	assert.False(t, a.Encrypted)

	// Plain key records left beside encrypted ones make the file plain.
	mixed := append(g.core(strongPW, 25_000, false), g.pubRecord("key")...)
	a, err = Parse("wallet.dat", mixed)
	require.NoError(t, err)
	assert.False(t, a.Encrypted)
	assert.Contains(t, strings.Join(a.Notes, " "), "in the clear")

	// A wallet database without key records holds nothing to steal.
	_, err = Parse("wallet.dat", g.core("", 0, true)[:400])
	assert.ErrorIs(t, err, ErrNoPrivateKeys)
}

func TestHSMMnemonicFormat(t *testing.T) {
	data := append(make([]byte, 32), "abandon ability able about above absent absorb abstract absurd abuse access accident\n"...)
	a, err := Parse("hsm_secret", data)
	require.NoError(t, err)
	assert.Equal(t, "mnemonic", a.Version)
	assert.False(t, a.Encrypted)
}

// TestPolkadotLegacyContent: an export of the versions before 3 says
// its content as one string ("content": "pkcs8") and is read as one.
func TestPolkadotLegacyContent(t *testing.T) {
	doc := `{"address":"5GoKvZWG5ZPYL1WUovuHW3zJBWBP5eT8CbqjdRY4Q6iMaQua","encoded":"0x` + strings.Repeat("b4", 117) + `","encoding":{"content":"pkcs8","type":"xsalsa20-poly1305","version":"0"},"meta":{"name":"x"}}`
	a, err := Parse("account.json", []byte(doc))
	require.NoError(t, err)
	assert.Equal(t, PolkadotJSON, a.Format)
}

func TestNotKeystore(t *testing.T) {
	for _, tc := range []struct{ name, file, data string }{
		{"empty", "x", ""},
		{"text", "notes.txt", "hello world"},
		{"package_json", "package.json", `{"name":"x","version":"1.0.0"}`},
		{"short_array", "id.json", "[1,2,3]"},
		{"array_not_keypair", "id.json", "[" + strings.Repeat("7,", 63) + "7]"},
		{"hsm_wrong_size", "hsm_secret", "abc"},
		{"sqlite_other_app", "app.db", "SQLite format 3\x00" + strings.Repeat("\x00", 200)},
		{"electrum_watch_only", "default_wallet", `{"seed_version":53,"use_encryption":false,"keystore":{"type":"bip32","xpub":"xpub"}}`},
		// An LDAP schema's binary attribute (python3-ldap3's AD schema
		// dumps): "encoded" and "encoding", no Polkadot export.
		{"ldap_binary_attribute", "ad2012R2.py", `{"encoded": "8YBi3bC+0UeyHwAo3/GEXg==", "encoding": "base64"}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.file, []byte(tc.data))
			require.Error(t, err)
			assert.True(t, errors.Is(err, ErrNotKeystore) || errors.Is(err, ErrNoPrivateKeys), "%v", err)
		})
	}
}

func TestMalformed(t *testing.T) {
	for _, tc := range []struct{ name, data string }{
		{"v3_bad_hex", `{"crypto":{"cipher":"aes-128-ctr","ciphertext":"zz","mac":"00","kdf":"scrypt","kdfparams":{"n":2,"r":1,"p":1,"salt":""}}}`},
		{"v3_scrypt_n_not_power_of_two", v3With(`{"n":1000,"r":8,"p":1,"dklen":32,"salt":"00"}`)},
		{"v3_scrypt_rp_too_large", v3With(`{"n":1024,"r":1073741824,"p":1073741824,"dklen":32,"salt":"00"}`)},
		{"v3_scrypt_n_huge", v3With(`{"n":1e300,"r":8,"p":1,"dklen":32,"salt":"00"}`)},
		{"v3_dklen_short", v3With(`{"n":1024,"r":8,"p":1,"dklen":16,"salt":"00"}`)},
		{"vault_bad_base64", `{"data":"!!","iv":"AA==","salt":"AA=="}`},
		{"vault_iterations_absurd", `{"data":"AAAAAAAAAAAAAAAAAAAAAA==","iv":"AAAAAAAAAAAAAAAAAAAAAA==","salt":"AA==","keyMetadata":{"algorithm":"PBKDF2","params":{"iterations":-5}}}`},
		{"bie1_short", "QklFMQAAAA=="},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("", []byte(tc.data))
			assert.ErrorIs(t, err, ErrMalformed)
		})
	}
}

func v3With(params string) string {
	return `{"version":3,"crypto":{"cipher":"aes-128-ctr","ciphertext":"00112233","cipherparams":{"iv":"00000000000000000000000000000000"},` +
		`"kdf":"scrypt","kdfparams":` + params + `,"mac":"` + strings.Repeat("ab", 32) + `"}}`
}

func TestSecretsNeverInOutput(t *testing.T) {
	g := newGen(6)
	for _, tc := range fixtures() {
		a, err := Inspect(context.Background(), tc.file, tc.data, Options{NoTrials: tc.encrypted && !tc.weak})
		require.NoError(t, err, tc.name)
		out, err := json.Marshal(a)
		require.NoError(t, err)
		for _, pw := range CommonPasswords()[1:] {
			if len(pw) >= 6 && a.WeakPassword {
				assert.NotContains(t, string(out), `"`+pw+`"`, "%s: a password in the JSON", tc.name)
			}
		}
		if len(a.SecretMaterial()) >= 16 {
			assert.NotContains(t, string(out), string(a.SecretMaterial()), tc.name)
		}
	}
	_ = g
}

func TestSpaces(t *testing.T) {
	s := Spaces()
	require.Len(t, s, 6)
	s[0].Size = 0
	assert.NotZero(t, Spaces()[0].Size, "Spaces returns a copy")
	c := CommonPasswords()
	require.GreaterOrEqual(t, len(c), 50)
	assert.Equal(t, "", c[0])
	c[0] = "changed"
	assert.Equal(t, "", CommonPasswords()[0], "CommonPasswords returns a copy")
}

func TestOpenRefusesNonRegular(t *testing.T) {
	_, err := Open(context.Background(), t.TempDir(), Options{})
	assert.ErrorIs(t, err, ErrNotKeystore)
	_, err = Open(context.Background(), filepath.Join(t.TempDir(), "missing"), Options{})
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func TestTrialsAreFastEnough(t *testing.T) {
	// The whole fixture table with trials must stay far below the
	// per-file budget: low parameters are used on purpose.
	start := time.Now()
	for _, tc := range fixtures() {
		_, err := Inspect(context.Background(), tc.file, tc.data, Options{})
		require.NoError(t, err)
	}
	assert.Less(t, time.Since(start), 30*time.Second)
}

// TestHomeOwnerPasswords: the owner of the home directory a store is in
// ("dmitri" of /home/dmitri/…) is a candidate, as written and
// capitalised; a system directory's name is not.
func TestHomeOwnerPasswords(t *testing.T) {
	g := newGen(11)
	a, err := Inspect(context.Background(), "/home/dmitri/.ethereum/keystore/UTC--2024-01-01T00-00-00Z--00", g.v3("Dmitri", "scrypt", 1024, 8, 1, 0, false), Options{Budget: time.Minute})
	require.NoError(t, err)
	assert.True(t, a.WeakPassword)
	for _, tc := range []struct{ path, want string }{
		{"/home/dmitri/.ethereum/keystore/x", "dmitri"},
		{"backup.zip!Users/Marta/AppData/Roaming/Ethereum/keystore/x", "marta"},
		{`C:\Users\jonas\Documents\wallet.json`, "jonas"},
		{"/Users/Public/wallet.json", ""},
		{"/srv/keystore/x", ""},
	} {
		assert.Equal(t, tc.want, homeOwner(tc.path), tc.path)
	}
}
