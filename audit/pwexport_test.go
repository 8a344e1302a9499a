package audit

import (
	"archive/zip"
	"bytes"
	"crypto/rand"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/internal/bitwardentest"

	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/keystore"
)

// pwEntry is one entry of a generated export.
type pwEntry struct{ title, user, password, notes string }

// pwEntries are five entries: the second holds a fresh BIP-39 phrase in
// its notes, the third a fresh WIF key as its password; the others
// ordinary passwords, which are no finding.
func pwEntries(t *testing.T) (entries []pwEntry, phrase, wif string) {
	phrase, wif = freshPhrase(t).Reveal(), freshWIF(t)
	return []pwEntry{
		{"GitHub", "alice", "Tr0ub4dor&3-horse", "2FA on the phone"},
		{"Ledger backup", "", "", phrase},
		{"Hot wallet/BTC", "alice", wif, "imported into Electrum"},
		{"Bank", "alice@example.org", "correct-battery-77", ""},
		{"Email", "alice@example.org", "s3cret!Mail", "recovery codes in the safe"},
	}, phrase, wif
}

func csvOf(t *testing.T, header []string, rows [][]string) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	require.NoError(t, w.Write(header))
	require.NoError(t, w.WriteAll(rows))
	return b.Bytes()
}

// pwExports builds each format from the same entries (field names as in
// internal/pwexport's sources). Firefox has no title and no notes: its
// entries are named by URL and the phrase is the second one's password.
func pwExports(t *testing.T, es []pwEntry) map[string][]byte {
	out := map[string][]byte{}
	url := func(e pwEntry) string {
		return "https://" + strings.ToLower(strings.ReplaceAll(e.title, " ", "")) + ".example"
	}

	var bw []map[string]any
	var op []map[string]any
	var kx strings.Builder
	var kpRows, kxcRows, lpRows, chRows, ffRows, bwcRows [][]string
	for i, e := range es {
		bw = append(bw, map[string]any{"id": fmt.Sprint(i), "type": 1, "name": e.title, "notes": e.notes,
			"login": map[string]any{"username": e.user, "password": e.password, "uris": []any{map[string]any{"uri": url(e)}}}})
		op = append(op, map[string]any{"uuid": fmt.Sprint(i), "overview": map[string]any{"title": e.title, "url": url(e)},
			"details": map[string]any{"notesPlain": e.notes, "loginFields": []any{
				map[string]any{"name": "username", "designation": "username", "value": e.user},
				map[string]any{"name": "password", "designation": "password", "value": e.password}}}})
		fmt.Fprintf(&kx, "<Entry><String><Key>Title</Key><Value>%s</Value></String><String><Key>UserName</Key><Value>%s</Value></String>"+
			"<String><Key>Password</Key><Value ProtectInMemory=\"True\">%s</Value></String><String><Key>Notes</Key><Value>%s</Value></String></Entry>\n",
			html.EscapeString(e.title), html.EscapeString(e.user), html.EscapeString(e.password), html.EscapeString(e.notes))
		kpRows = append(kpRows, []string{e.title, e.user, e.password, url(e), e.notes})
		kxcRows = append(kxcRows, []string{"Root", e.title, e.user, e.password, url(e), e.notes, "", "0", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z"})
		lpRows = append(lpRows, []string{url(e), e.user, e.password, "", e.notes, e.title, "Personal", "0"})
		chRows = append(chRows, []string{e.title, url(e), e.user, e.password, e.notes})
		pw := e.password
		if e.notes != "" && i == 1 {
			pw = e.notes
		}
		ffRows = append(ffRows, []string{url(e), e.user, pw, "", url(e), fmt.Sprintf("{%d}", i), "1700000000000", "1700000000000", "1700000000000"})
		bwcRows = append(bwcRows, []string{"", "", "login", e.title, e.notes, "", "0", url(e), e.user, e.password, ""})
	}
	j, err := json.MarshalIndent(map[string]any{"encrypted": false, "folders": []any{}, "items": bw}, "", "  ")
	require.NoError(t, err)
	out["bitwarden_export_20240101.json"] = j
	j, err = json.Marshal(map[string]any{"accounts": []any{map[string]any{"attrs": map[string]any{"name": "A"},
		"vaults": []any{map[string]any{"attrs": map[string]any{"name": "Private"}, "items": op}}}}})
	require.NoError(t, err)
	var z bytes.Buffer
	zw := zip.NewWriter(&z)
	f, err := zw.Create("export.attributes")
	require.NoError(t, err)
	_, _ = f.Write([]byte(`{"version":3,"description":"1Password Unencrypted Export"}`))
	f, err = zw.Create("export.data")
	require.NoError(t, err)
	_, _ = f.Write(j)
	require.NoError(t, zw.Close())
	out["1PasswordExport.1pux"] = z.Bytes()
	out["keepass.xml"] = []byte("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n<KeePassFile><Meta><Generator>KeePass</Generator></Meta>" +
		"<Root><Group><Name>Database</Name>\n" + kx.String() + "</Group></Root></KeePassFile>\n")
	out["keepass.csv"] = csvOf(t, []string{"Account", "Login Name", "Password", "Web Site", "Comments"}, kpRows)
	out["keepassxc.csv"] = csvOf(t, []string{"Group", "Title", "Username", "Password", "URL", "Notes", "TOTP", "Icon", "Last Modified", "Created"}, kxcRows)
	out["lastpass_export.csv"] = csvOf(t, []string{"url", "username", "password", "totp", "extra", "name", "grouping", "fav"}, lpRows)
	out["Chrome Passwords.csv"] = csvOf(t, []string{"name", "url", "username", "password", "note"}, chRows)
	out["logins.csv"] = csvOf(t, []string{"url", "username", "password", "httpRealm", "formActionOrigin", "guid", "timeCreated", "timeLastUsed", "timePasswordChanged"}, ffRows)
	out["bitwarden.csv"] = csvOf(t, []string{"folder", "favorite", "type", "name", "notes", "fields", "reprompt", "login_uri", "login_username", "login_password", "login_totp"}, bwcRows)
	return out
}

// TestPasswordExportsNameTheEntry: a secret in a password export is
// reported at its line in the export (in 1Password's, at its line in the
// export.data member), the entry named in the details.
func TestPasswordExportsNameTheEntry(t *testing.T) {
	es, phrase, wif := pwEntries(t)
	exports := pwExports(t, es)
	dir := t.TempDir()
	for name, data := range exports {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o600))
	}
	fs, sum := collect(t, New(Options{}), Dir(dir))
	assert.Empty(t, sum.Errors)
	got := map[string][]Finding{}
	for _, f := range fs {
		p := strings.TrimPrefix(f.Location.Path, dir+string(filepath.Separator))
		got[p] = append(got[p], f)
		// The path and details name the entry, never its content.
		for _, w := range strings.Fields(phrase)[:3] {
			if strings.Contains(p, " "+w+" ") || strings.Contains(f.Details["entry"], " "+w+" ") {
				t.Errorf("a finding's path or entry holds a word of the phrase (fingerprint %s)", f.Secret.Fingerprint())
			}
		}
		assert.NotContains(t, p, wif, "a finding's path holds the key")
	}
	phraseFP := detect.Fingerprint(KindMnemonic, "bip39:"+phrase)
	for name := range exports {
		t.Run(name, func(t *testing.T) {
			ledger, hot := "entry 2: Ledger backup", "entry 3: Hot wallet%2FBTC"
			if name == "logins.csv" {
				ledger, hot = "entry 2: https:%2F%2Fledgerbackup.example", "entry 3: https:%2F%2Fhotwallet%2Fbtc.example"
			}
			path, data := name, exports[name]
			if strings.HasSuffix(name, ".1pux") {
				path += "!export.data"
				zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
				require.NoError(t, err)
				f, err := zr.Open("export.data")
				require.NoError(t, err)
				data, err = io.ReadAll(f)
				require.NoError(t, err)
			}
			lineOf := func(s string) int { return 1 + bytes.Count(data[:bytes.Index(data, []byte(s))], []byte("\n")) }
			byEntry := map[string]Finding{}
			for _, f := range got[path] {
				byEntry[f.Details["entry"]] = f
			}
			require.Len(t, got[path], 2, "findings at %s (paths: %v)", path, pathsOf(got))
			require.Contains(t, byEntry, ledger)
			require.Contains(t, byEntry, hot)
			assert.Equal(t, phraseFP, byEntry[ledger].Secret.Fingerprint())
			assert.Equal(t, lineOf(phrase), byEntry[ledger].Location.Line)
			assert.Equal(t, bytes.Index(data, []byte(phrase)), int(byEntry[ledger].Location.Offset))
			assert.Equal(t, KindWIF, byEntry[hot].Kind)
			assert.Equal(t, lineOf(wif), byEntry[hot].Location.Line)
			assert.Equal(t, bytes.Index(data, []byte(wif)), int(byEntry[hot].Location.Offset))
			for p := range got {
				assert.False(t, strings.HasPrefix(p, path+"!"), "a finding at a member of the export: %s", p)
			}
		})
	}
}

func pathsOf(m map[string][]Finding) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// A damaged or truncated export is scanned as plain bytes: the secret in
// it is still found, at the file itself.
func TestPasswordExportDamagedIsScannedAsBytes(t *testing.T) {
	es, phrase, _ := pwEntries(t)
	exports := pwExports(t, es)
	bw := exports["bitwarden_export_20240101.json"]
	truncated := bw[:bytes.Index(bw, []byte(`"Hot wallet/BTC"`))]
	xml := exports["keepass.xml"]
	brokenXML := bytes.Replace(xml, []byte("</Group></Root>"), []byte("</Root>"), 1)
	phraseFP := detect.Fingerprint(KindMnemonic, "bip39:"+phrase)
	for _, c := range []struct {
		name string
		data []byte
	}{{"bitwarden_export.json", truncated}, {"keepass.xml", brokenXML}} {
		t.Run(c.name, func(t *testing.T) {
			// On disk (the file is read again) and as a stream (kept in
			// memory to be read again).
			dir := t.TempDir()
			require.NoError(t, os.WriteFile(filepath.Join(dir, c.name), c.data, 0o600))
			for _, src := range []Source{Dir(dir), Bytes(c.name, c.data)} {
				fs, sum := collect(t, New(Options{}), src)
				var found bool
				for _, f := range fs {
					if f.Secret.Fingerprint() == phraseFP && filepath.Base(f.Location.Path) == c.name {
						found = true
					}
				}
				assert.True(t, found, "the phrase in the damaged export was not found at the file")
				require.Len(t, sum.Errors, 1, "the damage is recorded once")
				assert.NotContains(t, fmt.Sprint(sum.Errors), strings.Fields(phrase)[0]+" "+strings.Fields(phrase)[1])
			}
		})
	}
}

// An encrypted Bitwarden export is a keystore finding with its KDF cost,
// not a container; a common password opens it in the scan's trials.
func TestBitwardenEncryptedExportIsAKeystore(t *testing.T) {
	doc, err := bitwardentest.Export(keystore.CommonPasswords()[0], bitwardentest.PBKDF2, 5000, 0, 0)
	require.NoError(t, err)
	fs, _ := collect(t, New(Options{}), Bytes("bitwarden_encrypted_export.json", doc))
	require.Len(t, fs, 1)
	f := fs[0]
	assert.Equal(t, KindKeystore, f.Kind)
	assert.Equal(t, string(keystore.BitwardenExport), f.Rule)
	assert.Equal(t, "bitwarden_encrypted_export.json", f.Location.Path)
	require.NotNil(t, f.Protection)
	assert.InDelta(t, 8_865_700.0/5, f.Protection.GuessesPerSecond, 1)
	assert.True(t, f.Protection.WeakPassword, "a common password opens it")
}

// TestPasswordExportWalletKeyAsPassword: a hex key pasted as the password
// of an entry titled for a wallet ("MetaMask Laden") is reported at its
// row; a random hex password of another entry is not.
func TestPasswordExportWalletKeyAsPassword(t *testing.T) {
	key, other := make([]byte, 32), make([]byte, 32)
	_, err := rand.Read(key)
	require.NoError(t, err)
	_, err = rand.Read(other)
	require.NoError(t, err)
	rows := [][]string{
		{"https://metamask.io", "", hex.EncodeToString(key), "", "", "MetaMask Laden", "Crypto", "0"},
		{"https://github.com", "bob", hex.EncodeToString(other), "", "", "GitHub", "Dev", "0"},
	}
	data := csvOf(t, []string{"url", "username", "password", "totp", "extra", "name", "grouping", "fav"}, rows)
	fs, _ := collect(t, New(Options{}), Bytes("lastpass_export.csv", data))
	require.Len(t, fs, 1)
	assert.Equal(t, KindRawPrivateKey, fs[0].Kind)
	assert.Equal(t, 2, fs[0].Location.Line)
	assert.True(t, fs[0].Secret.Reveal() == hex.EncodeToString(key))
}
