package pwexport

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The samples are shaped like the exports (field names from the sources
// in the package doc); their values are made up.
var samples = []struct {
	name string // file name
	kind Kind
	data string
}{
	{"bitwarden_export_20240101.json", BitwardenJSON, `{
  "encrypted": false,
  "folders": [{"id": "f1", "name": "Crypto"}],
  "items": [
    {"id": "1", "folderId": "f1", "type": 1, "name": "Exchange", "notes": null,
     "login": {"uris": [{"match": null, "uri": "https://exchange.example"}], "username": "alice", "password": "pw-one", "totp": null},
     "fields": [{"name": "Backup", "value": "NOTE-MARKER one", "type": 0}], "revisionDate": "2024-01-01T00:00:00Z"},
    {"id": "2", "type": 2, "name": "Ledger/backup", "notes": "NOTE-MARKER two\nsecond line", "secureNote": {"type": 0}},
    {"id": "3", "type": 3, "name": "Card", "card": {"cardholderName": "Alice", "number": "4111111111111111", "code": "123"}}
  ]
}`},
	{"export.data", OnePassword, `{"accounts": [{"attrs": {"name": "Alice"}, "vaults": [{"attrs": {"name": "Private"}, "items": [
  {"uuid": "u1", "overview": {"title": "Exchange", "url": "https://exchange.example"},
   "details": {"loginFields": [{"value": "alice", "id": "", "name": "username", "fieldType": "T", "designation": "username"},
                               {"value": "pw-one", "id": "", "name": "password", "fieldType": "P", "designation": "password"}],
               "notesPlain": "NOTE-MARKER one", "sections": [], "passwordHistory": []}},
  {"uuid": "u2", "overview": {"title": "Ledger/backup"},
   "details": {"notesPlain": "", "sections": [{"title": "Keys", "fields": [{"title": "Recovery", "id": "r", "value": {"concealed": "NOTE-MARKER two"}}]}]}},
  {"uuid": "u3", "overview": {"title": "Card"}, "details": {"sections": [{"title": "", "fields": [{"title": "number", "id": "n", "value": {"creditCardNumber": "4111111111111111"}}]}]}}
]}]}]}`},
	{"keepass.xml", KeePassXML, `<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<KeePassFile>
  <Meta><Generator>KeePass</Generator></Meta>
  <Root><Group><Name>Root</Name>
    <Entry><UUID>AAAA</UUID>
      <String><Key>Title</Key><Value>Exchange</Value></String>
      <String><Key>UserName</Key><Value>alice</Value></String>
      <String><Key>Password</Key><Value ProtectInMemory="True">pw-one</Value></String>
      <String><Key>Notes</Key><Value>NOTE-MARKER one</Value></String>
    </Entry>
    <Group><Name>Crypto</Name>
      <Entry><UUID>BBBB</UUID>
        <String><Key>Notes</Key><Value>now empty</Value></String>
        <String><Key>Title</Key><Value>Ledger/backup</Value></String>
        <History><Entry><UUID>BBBB</UUID>
          <String><Key>Title</Key><Value>Ledger/backup</Value></String>
          <String><Key>Notes</Key><Value>NOTE-MARKER two</Value></String>
        </Entry></History>
      </Entry>
    </Group>
  </Group></Root>
</KeePassFile>`},
	{"keepass.csv", KeePassCSV, "\"Account\",\"Login Name\",\"Password\",\"Web Site\",\"Comments\"\r\n" +
		"\"Exchange\",\"alice\",\"pw-one\",\"https://exchange.example\",\"NOTE-MARKER one\"\r\n" +
		"\"Ledger/backup\",\"\",\"\",\"\",\"NOTE-MARKER two\r\nsecond line\"\r\n"},
	{"keepassxc.csv", KeePassXCCSV, `"Group","Title","Username","Password","URL","Notes","TOTP","Icon","Last Modified","Created"
"Root","Exchange","alice","pw-one","https://exchange.example","NOTE-MARKER one","","0","2024-01-01T00:00:00Z","2024-01-01T00:00:00Z"
"Root/Crypto","Ledger/backup","","","","NOTE-MARKER two","","0","2024-01-01T00:00:00Z","2024-01-01T00:00:00Z"
`},
	{"lastpass_export.csv", LastPassCSV, `url,username,password,totp,extra,name,grouping,fav
https://exchange.example,alice,pw-one,,NOTE-MARKER one,Exchange,Crypto,0
http://sn,,,,"NOTE-MARKER two
second line",Ledger/backup,Crypto,1
`},
	{"Chrome Passwords.csv", ChromeCSV, `name,url,username,password,note
exchange.example,https://exchange.example/,alice,pw-one,NOTE-MARKER one
Ledger/backup,https://ledger.example/,bob,pw-two,NOTE-MARKER two
`},
	{"logins.csv", FirefoxCSV, `"url","username","password","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed","timePasswordChanged"
"https://exchange.example","alice","NOTE-MARKER one",,"https://exchange.example","{a}","1700000000000","1700000000000","1700000000000"
"https://ledger.example","bob","NOTE-MARKER two",,"","{b}","1700000000000","1700000000000","1700000000000"
`},
	{"bitwarden.csv", BitwardenCSV, `folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp
Crypto,,login,Exchange,NOTE-MARKER one,,0,https://exchange.example,alice,pw-one,
Crypto,1,note,Ledger/backup,NOTE-MARKER two,,0,,,,
`},
	{"RoboForm-Export.csv", RoboFormCSV, `Name,Url,MatchUrl,Login,Pwd,Note,Folder,RfFieldsV2
Exchange,https://exchange.example,https://exchange.example,alice,pw-one,NOTE-MARKER one,/Crypto,
Ledger/backup,,,bob,pw-two,NOTE-MARKER two,/Crypto,
`},
}

type got struct {
	title   string
	content string
}

func collect(t *testing.T, data string, kind Kind, lim Limits) ([]got, error) {
	t.Helper()
	var out []got
	err := Entries(strings.NewReader(data), kind, lim, func(en Entry) error {
		b, err := io.ReadAll(en.Content)
		require.NoError(t, err)
		out = append(out, got{en.Title, string(b)})
		checkPlaces(t, []byte(data), string(b), en.Places)
		return nil
	})
	return out, err
}

func TestSniffAndEntries(t *testing.T) {
	for _, s := range samples {
		t.Run(s.kind.String(), func(t *testing.T) {
			head := []byte(s.data)[:min(512, len(s.data))]
			require.Equal(t, s.kind, Sniff(s.name, head))
			entries, err := collect(t, s.data, s.kind, Limits{})
			require.NoError(t, err)
			require.GreaterOrEqual(t, len(entries), 2)
			// The first entry's note and the second's are lines of their
			// own, named by their field, in the entry that holds them.
			var one, two int = -1, -1
			for i, e := range entries {
				for _, line := range strings.Split(e.content, "\n") {
					if strings.HasSuffix(line, ": NOTE-MARKER one") {
						one = i
					}
					if strings.HasSuffix(line, ": NOTE-MARKER two") {
						two = i
					}
				}
			}
			require.GreaterOrEqual(t, one, 0, "first marker not on a line of its own")
			require.GreaterOrEqual(t, two, 0, "second marker not on a line of its own")
			assert.Contains(t, strings.ToLower(entries[two].title), "ledger", "the marker is in the wrong entry")
			if s.kind != FirefoxCSV && s.kind != ChromeCSV {
				assert.True(t, strings.HasPrefix(entries[two].title, "Ledger/backup"), "title %q", entries[two].title)
				// The title as written: KeePass's history entries are
				// named so in the entry's title, not in its content.
				assert.True(t, strings.HasPrefix(entries[two].content, "title: Ledger/backup\n"), "content %q", entries[two].content)
			}
		})
	}
}

func TestKeePassHistory(t *testing.T) {
	entries, err := collect(t, samples[2].data, KeePassXML, Limits{})
	require.NoError(t, err)
	var titles []string
	for _, e := range entries {
		titles = append(titles, e.title)
	}
	assert.Equal(t, []string{"Exchange", "Ledger/backup (history)", "Ledger/backup"}, titles)
	assert.Contains(t, entries[1].content, "Notes: NOTE-MARKER two\n")
}

func TestLabelledFields(t *testing.T) {
	entries, err := collect(t, samples[0].data, BitwardenJSON, Limits{})
	require.NoError(t, err)
	assert.Equal(t, "title: Exchange\nBackup: NOTE-MARKER one\npassword: pw-one\nuri: https://exchange.example\nusername: alice\n", entries[0].content)
	entries, err = collect(t, samples[1].data, OnePassword, Limits{})
	require.NoError(t, err)
	assert.Equal(t, "title: Exchange\nurl: https://exchange.example\nusername: alice\npassword: pw-one\nnotesPlain: NOTE-MARKER one\n", entries[0].content)
	assert.Contains(t, entries[1].content, "Recovery: NOTE-MARKER two\n")
}

func TestSniffRejects(t *testing.T) {
	for _, c := range []struct{ name, head string }{
		{"a.json", `{"encrypted": true, "passwordProtected": true, "salt": "x"}`},
		{"a.json", `{"crypto": {}}`},
		{"a.json", `{"accounts": []}`}, // not named export.data
		{"a.csv", "a,b,c,d\n1,2,3,4\n"},
		{"a.csv", "url,username\n"},
		{"a.xml", `<?xml version="1.0"?><html/>`},
		{"a.txt", ""},
		{"a.txt", "abandon ability able about above absent absorb abstract absurd abuse access accident"},
	} {
		assert.Equal(t, None, Sniff(c.name, []byte(c.head)), c.head)
	}
}

func TestDamagedExports(t *testing.T) {
	for _, s := range samples {
		t.Run(s.kind.String(), func(t *testing.T) {
			cut := s.data[:len(s.data)*2/3]
			if s.kind >= KeePassCSV {
				cut = s.data[:strings.Index(s.data, "NOTE-MARKER two")] + "\"unclosed"
				if s.kind == ChromeCSV {
					cut = strings.Replace(cut, "\"unclosed", "x\"y\"z", 1)
				}
			}
			_, err := collect(t, cut, s.kind, Limits{})
			if s.kind >= KeePassCSV {
				// LazyQuotes accepts a stray quote; an unclosed quoted
				// field at the end is an error.
				if err != nil {
					assert.ErrorIs(t, err, ErrFormat)
				}
				return
			}
			require.ErrorIs(t, err, ErrFormat)
		})
	}
}

func TestLimits(t *testing.T) {
	_, err := collect(t, samples[0].data, BitwardenJSON, Limits{Entries: 1})
	require.ErrorIs(t, err, ErrLimit)
	_, err = collect(t, samples[0].data, BitwardenJSON, Limits{Bytes: 100})
	require.ErrorIs(t, err, ErrLimit)
	_, err = collect(t, samples[3].data, KeePassCSV, Limits{Entries: 1})
	require.ErrorIs(t, err, ErrLimit)
}

// checkPlaces checks that each place an entry gives holds its content
// line's value in the export: the value's bytes up to the first
// character an export may write escaped (escaped) stand at Offset, and
// Line and Column say where Offset is.
func checkPlaces(t testing.TB, data []byte, content string, places []Place) {
	t.Helper()
	if places == nil {
		return
	}
	lines := strings.Split(strings.TrimSuffix(content, "\n"), "\n")
	if len(places) != len(lines) {
		t.Fatalf("%d places for %d content lines", len(places), len(lines))
	}
	for i, p := range places {
		if p.Offset < 0 || p.Offset > int64(len(data)) || p.Prefix > len(lines[i]) {
			t.Fatalf("line %d: place %+v out of range", i+1, p)
		}
		value := lines[i][p.Prefix:]
		if q := strings.IndexFunc(value, escaped); q >= 0 {
			value = value[:q]
		}
		value = strings.TrimSuffix(value, "\r")
		if !bytes.HasPrefix(data[p.Offset:], []byte(value)) {
			t.Fatalf("line %d: the export does not hold the value at offset %d", i+1, p.Offset)
		}
		before := data[:p.Offset]
		if line, col := bytes.Count(before, []byte("\n"))+1, int(p.Offset)-bytes.LastIndexByte(before, '\n'); line != p.Line || col != p.Column {
			t.Fatalf("line %d: offset %d is at %d:%d, the place says %d:%d", i+1, p.Offset, line, col, p.Line, p.Column)
		}
	}
}

// escaped reports whether an export may write r otherwise than as its
// bytes: a quote (doubled in CSV, escaped in JSON), an XML special
// character (an entity), a backslash, a control character or a line
// separator (escaped in JSON).
func escaped(r rune) bool {
	return strings.ContainsRune(`"&<>\`, r) || r < 0x20 || r == '\u2028' || r == '\u2029'
}

// TestCSVPlaces: every line of a CSV entry is placed where its value
// stands in the export, quoted or not, multi-line notes (CRLF too)
// included; other kinds give no places.
// TestCSVByteOrderMark: an export that starts with a UTF-8 byte-order
// mark before its header's first quote (KeePass 1.x's CSV as KeePass
// writes it) is read, its values placed at their offsets in the file.
func TestCSVByteOrderMark(t *testing.T) {
	data := "\ufeff\"Account\",\"Login Name\",\"Password\",\"Web Site\",\"Comments\"\r\n" +
		"\"Gmail\",\"martin\",\"pw-one\",\"https://mail.example\",\"NOTE-MARKER one\"\r\n"
	require.Equal(t, KeePassCSV, Sniff("KeePass export.csv", []byte(data)))
	var content string
	var places []Place
	require.NoError(t, Entries(strings.NewReader(data), KeePassCSV, Limits{}, func(en Entry) error {
		b, err := io.ReadAll(en.Content)
		content, places = string(b), en.Places
		return err
	}))
	assert.Contains(t, content, "NOTE-MARKER one")
	checkPlaces(t, []byte(data), content, places)
}

func TestCSVPlaces(t *testing.T) {
	data := "url,username,password,totp,extra,name,grouping,fav\r\n" +
		"https://a.example,bob,pw1,,,Amazon,Shopping,0\r\n" +
		"http://sn,,,,\"NoteType:Generic\r\nMots de récupération:\r\nabc def ghi\r\nNe pas partager\",Ledger FR,Crypto,1\r\n" +
		"\r\n" +
		"https://b.example,\"ann\",\"p\"\"w\",,,\"Bank\",,0\n"
	var all [][]Place
	err := Entries(strings.NewReader(data), LastPassCSV, Limits{}, func(en Entry) error {
		b, err := io.ReadAll(en.Content)
		require.NoError(t, err)
		checkPlaces(t, []byte(data), string(b), en.Places)
		all = append(all, en.Places)
		return nil
	})
	require.NoError(t, err)
	require.Len(t, all, 3)
	// title (at the name column), url, extra (4 lines), grouping
	require.Len(t, all[1], 7)
	assert.Equal(t, 6, all[1][0].Line)
	assert.Equal(t, Place{Line: 3, Column: 15, Offset: int64(strings.Index(data, "NoteType")), Prefix: len("extra: ")}, all[1][2])
	assert.Equal(t, 5, all[1][4].Line)
	assert.Equal(t, Place{Line: 5, Column: 1, Offset: int64(strings.Index(data, "abc def")), Prefix: 0}, all[1][4])
	assert.Equal(t, 8, all[2][0].Line, "a blank line is counted")

	for _, s := range samples {
		switch s.kind {
		case BitwardenJSON, OnePassword, KeePassXML:
			// Placed too: its values as JSON or XML writes them.
			n := 0
			require.NoError(t, Entries(strings.NewReader(s.data), s.kind, Limits{}, func(en Entry) error {
				b, _ := io.ReadAll(en.Content)
				checkPlaces(t, []byte(s.data), string(b), en.Places)
				if en.Places != nil {
					n++
				}
				return nil
			}))
			assert.Positive(t, n, "no %s entry placed", s.kind)
		}
	}

	// A multi-line note of a Bitwarden export: its lines are placed past
	// the "\n" escapes of its one line in the export.
	bw := `{"encrypted": false, "items": [` + "\n" +
		`  {"id": "1", "name": "Ledger", "notes": "words:\nalpha bravo\ncharlie", "login": {"username": "me", "password": "0xab"}}` + "\n]}\n"
	var got []Entry
	var content []string
	require.NoError(t, Entries(strings.NewReader(bw), BitwardenJSON, Limits{}, func(en Entry) error {
		b, _ := io.ReadAll(en.Content)
		content = append(content, string(b))
		got = append(got, en)
		return nil
	}))
	require.Len(t, got, 1)
	checkPlaces(t, []byte(bw), content[0], got[0].Places)
	lines := strings.Split(strings.TrimSuffix(content[0], "\n"), "\n")
	k := slices.Index(lines, "alpha bravo")
	require.Positive(t, k)
	assert.Equal(t, int64(strings.Index(bw, "alpha bravo")), got[0].Places[k].Offset)
	assert.Equal(t, 2, got[0].Places[k].Line)
}

func TestYieldErrorStops(t *testing.T) {
	stop := errors.New("stop")
	for _, s := range samples {
		n := 0
		err := Entries(strings.NewReader(s.data), s.kind, Limits{}, func(Entry) error { n++; return stop })
		assert.ErrorIs(t, err, stop, s.kind.String())
		assert.Equal(t, 1, n)
	}
}

func TestMemberName(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Ledger backup", "entry 12: Ledger backup"},
		{"", "entry 12"},
		{"  ", "entry 12"},
		{"a/b\\c!d%e", "entry 12: a%2Fb%5Cc%21d%25e"},
		{"line\x1b[31m\nbreak", "entry 12: line%1B[31m"},
		// A title with a note's lines under it, or made of a phrase's
		// words (corpus 197: LastPass's old columns put a secure
		// note's heading and its phrase in the name): the first line,
		// and no title of more words than a title has.
		{"Mycelium backup (Android, 2017)\nW01 W02 W03 W04 W05 W06 W07 W08 W09 W10 W11 W12", "entry 12: Mycelium backup (Android, 2017)"},
		{"w01 w02 w03 w04 w05 w06 w07 w08 w09 w10 w11 w12", "entry 12"},
		{"abandon ability able about above absent\nabsorb abstract absurd abuse access accident", "entry 12"},
		{"Ledger seed backup (old)", "entry 12: Ledger seed backup (old)"},
		{"rtl\u202eevil", "entry 12: rtl%E2%80%AEevil"},
		{"bad\xffutf8", "entry 12: bad\uFFFDutf8"},
		{strings.Repeat("x", 100), "entry 12: " + strings.Repeat("x", 80) + "…"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, MemberName(12, tc.title))
	}
}

func TestNotAKind(t *testing.T) {
	err := Entries(bytes.NewReader(nil), None, Limits{}, func(Entry) error { return nil })
	require.ErrorIs(t, err, ErrFormat)
	assert.Equal(t, "Kind(99)", Kind(99).String())
}

func FuzzEntries(f *testing.F) {
	for _, s := range samples {
		f.Add(s.name, []byte(s.data))
	}
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		kind := Sniff(name, data[:min(512, len(data))])
		if kind == None {
			return
		}
		n := 0
		err := Entries(bytes.NewReader(data), kind, Limits{Entries: 50, Bytes: 1 << 20}, func(en Entry) error {
			n++
			_ = MemberName(n, en.Title)
			b, err := io.ReadAll(en.Content)
			checkPlaces(t, data, string(b), en.Places)
			return err
		})
		if err != nil && !errors.Is(err, ErrFormat) && !errors.Is(err, ErrLimit) {
			t.Fatalf("unexpected error kind: %T", err)
		}
		if n > 50 {
			t.Fatalf("%d entries past the limit", n)
		}
	})
}

// TestKeePassXMLPlaces: the lines of a KeePass XML entry are placed where
// its values stand, over CRLF line ends, past a CDATA opening and before
// an entity; a value whose line breaks the export writes as character
// references cannot be placed, and leaves its entry unplaced.
func TestKeePassXMLPlaces(t *testing.T) {
	data := "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<KeePassFile><Root><Group>\r\n" +
		"<Entry><String><Key>Title</Key><Value>Cold &amp; safe</Value></String>\r\n" +
		"<String><Key>Notes</Key><Value>words:\r\nalpha bravo\r\ncharlie</Value></String>\r\n" +
		"<String><Key>Seed</Key><Value Protected=\"False\"><![CDATA[delta echo]]></Value></String></Entry>\r\n" +
		"<Entry><String><Key>Title</Key><Value>Refs</Value></String>" +
		"<String><Key>Notes</Key><Value>one&#10;two</Value></String></Entry>\r\n" +
		"</Group></Root></KeePassFile>\r\n"
	var got []Entry
	var content []string
	require.NoError(t, Entries(strings.NewReader(data), KeePassXML, Limits{}, func(en Entry) error {
		b, _ := io.ReadAll(en.Content)
		checkPlaces(t, []byte(data), string(b), en.Places)
		got = append(got, en)
		content = append(content, string(b))
		return nil
	}))
	require.Len(t, got, 2)
	assert.Equal(t, "title: Cold & safe\nNotes: words:\nalpha bravo\ncharlie\nSeed: delta echo\n", content[0])
	require.Len(t, got[0].Places, 5)
	at := func(s string) Place {
		off := strings.Index(data, s)
		before := data[:off]
		return Place{Line: strings.Count(before, "\n") + 1, Column: off - strings.LastIndexByte(before, '\n'), Offset: int64(off)}
	}
	want := []Place{at("Cold"), at("words:"), at("alpha bravo"), at("charlie"), at("delta echo")}
	want[0].Prefix, want[1].Prefix, want[4].Prefix = len("title: "), len("Notes: "), len("Seed: ")
	assert.Equal(t, want, got[0].Places)
	assert.Nil(t, got[1].Places, "a line break written as a reference has no place")
}

// TestOnePasswordPlaces: the items of a 1Password export are found in
// each vault of each account, and their values placed.
func TestOnePasswordPlaces(t *testing.T) {
	data := `{"accounts": [{"vaults": [{"items": [{"overview": {"title": "A"}, "details": {"notesPlain": "first note"}}]},` + "\n" +
		`  {"items": []}]}, {"attrs": {}, "vaults": [{"items": [` + "\n" +
		`  {"overview": {"title": "B"}, "details": {"notesPlain": "second\nnote"}}]}]}]}`
	var places [][]Place
	require.NoError(t, Entries(strings.NewReader(data), OnePassword, Limits{}, func(en Entry) error {
		b, _ := io.ReadAll(en.Content)
		checkPlaces(t, []byte(data), string(b), en.Places)
		places = append(places, en.Places)
		return nil
	}))
	require.Len(t, places, 2)
	require.Len(t, places[1], 3)
	assert.Equal(t, 3, places[1][0].Line)
	assert.Equal(t, int64(strings.Index(data, `second\nnote`)), places[1][1].Offset)
	assert.Equal(t, int64(strings.Index(data, `note"}}]}]}]}`)), places[1][2].Offset)
}

// TestKeePassXMLPlacesLongExport: in an export long enough that the
// reader lets go of what it read, every line of every entry is still
// placed where it stands. The places of a value were worked out from the
// reader's buffer only when the entry was written out, after the buffer
// had been overwritten: some notes' second lines were placed bytes off.
func TestKeePassXMLPlacesLongExport(t *testing.T) {
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<KeePassFile><Root><Group><Name>Root</Name>\n")
	for i := range 2000 {
		fmt.Fprintf(&b, "<Entry><UUID>%08d</UUID>\n  <String><Key>Title</Key><Value>Site %d</Value></String>\n"+
			"  <String><Key>Notes</Key><Value>note line one\nnote line two %d</Value></String>\n</Entry>\n", i, i, i)
	}
	b.WriteString("</Group></Root></KeePassFile>\n")
	data := b.String()
	n := 0
	require.NoError(t, Entries(strings.NewReader(data), KeePassXML, Limits{}, func(en Entry) error {
		c, _ := io.ReadAll(en.Content)
		require.NotNil(t, en.Places, "entry %d unplaced", n)
		checkPlaces(t, []byte(data), string(c), en.Places)
		n++
		return nil
	}))
	assert.Equal(t, 2000, n)
}

// TestKeePassBinaries: the attachments a KeePass 2 XML export keeps in
// Meta/Binaries, base64 and maybe gzip-compressed (Compressed="True"),
// are entries of their own when they are text (corpus 197: a keystore and
// a seed's text attached to entries); binary attachments, broken base64
// and a bomb past the limit are not.
func TestKeePassBinaries(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, err := zw.Write([]byte(`{"crypto": {"cipher": "aes-128-ctr"}, "version": 3}`))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	plain := base64.StdEncoding.EncodeToString([]byte("seed for the old phone\nNOTE-MARKER three\n"))
	image := base64.StdEncoding.EncodeToString([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))
	export := `<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<KeePassFile>
	<Meta>
		<Generator>KeePass</Generator>
		<Binaries>
			<Binary ID="0" Compressed="True">` + base64.StdEncoding.EncodeToString(gz.Bytes()) + `</Binary>
			<Binary ID="1">` + plain[:20] + "\n" + plain[20:] + `</Binary>
			<Binary ID="2">` + image + `</Binary>
			<Binary ID="3">not base64 at all!</Binary>
		</Binaries>
	</Meta>
	<Root>
		<Group>
			<Entry>
				<String><Key>Title</Key><Value>Phone</Value></String>
				<Binary><Key>seed.txt</Key><Value Ref="1" /></Binary>
			</Entry>
		</Group>
	</Root>
</KeePassFile>
`
	entries, err := collect(t, export, KeePassXML, Limits{})
	require.NoError(t, err)
	var titles []string
	for _, e := range entries {
		titles = append(titles, e.title)
	}
	assert.Equal(t, []string{"attachment 0", "attachment 1", "Phone"}, titles)
	assert.Contains(t, entries[0].content, `"cipher": "aes-128-ctr"`)
	assert.Contains(t, entries[1].content, "NOTE-MARKER three\n")
	// A bomb: inflated past the limit, it is left out.
	entries, err = collect(t, export, KeePassXML, Limits{Bytes: 16})
	require.NoError(t, err)
	for _, e := range entries {
		assert.NotContains(t, e.content, "aes-128-ctr")
	}
}
