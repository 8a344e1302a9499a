package audit

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWorldReadableNeedsTheWholePath: a 0644 file is readable by others
// only when every directory above lets them through.
func TestWorldReadableNeedsTheWholePath(t *testing.T) {
	base := t.TempDir()
	require.NoError(t, os.Chmod(base, 0o755))
	require.NoError(t, os.Chmod(filepath.Dir(base), 0o755)) // the test's own temporary directory
	// Parents above it may be private on some machines; only what is
	// under base is under test.
	if !newVCSCache().reachable(base) {
		t.Skip("the temporary directory's parents are not passable by others here")
	}
	mk := func(dir string, mode os.FileMode) string {
		d := filepath.Join(base, dir)
		require.NoError(t, os.MkdirAll(d, 0o755))
		require.NoError(t, os.Chmod(d, mode))
		p := filepath.Join(d, "seed.txt")
		require.NoError(t, os.WriteFile(p, []byte(token(3)), 0o644))
		require.NoError(t, os.Chmod(p, 0o644))
		return p
	}
	open := mk("open", 0o755)
	home := mk("home", 0o700)
	deep := mk("home2/a/b", 0o755)
	require.NoError(t, os.Chmod(filepath.Join(base, "home2"), 0o750))
	for _, tc := range []struct {
		name string
		path string
		want bool
	}{
		{"0755 directories", open, true},
		{"0644 file in a 0700 home", home, false},
		{"private directory two levels up", deep, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			info, err := os.Stat(tc.path)
			require.NoError(t, err)
			for _, c := range []*vcsCache{nil, newVCSCache()} {
				st := storageOf(Item{Path: tc.path, Mode: info.Mode(), Origin: "file"}, c)
				assert.Equal(t, tc.want, st.WorldReadable)
				assert.Equal(t, "0644", st.Permissions)
			}
		})
	}
	// The finding agrees: no world-readable path, no raise.
	fs, _ := collect(t, testScanner(Options{}), Dir(filepath.Join(base, "home")))
	require.NotEmpty(t, fs)
	for _, f := range fs {
		assert.False(t, f.Storage.WorldReadable)
		for _, p := range f.AttackPaths {
			assert.NotEqual(t, "world-readable", p.ID)
		}
	}
}

func aclValue(entries ...[3]uint32) []byte {
	b := binary.LittleEndian.AppendUint32(nil, aclXattrVersion)
	for _, e := range entries {
		b = binary.LittleEndian.AppendUint16(b, uint16(e[0]))
		b = binary.LittleEndian.AppendUint16(b, uint16(e[1]))
		b = binary.LittleEndian.AppendUint32(b, e[2])
	}
	return b
}

func TestParseACL(t *testing.T) {
	const userObj, groupObj, other = 0x01, 0x04, 0x20
	for _, tc := range []struct {
		name string
		in   []byte
		want aclFacts
	}{
		{"mode bits only", aclValue([3]uint32{userObj, 6, 0}, [3]uint32{groupObj, 0, 0}, [3]uint32{other, 0, 0}), aclFacts{}},
		{"named user reads", aclValue([3]uint32{userObj, 6, 0}, [3]uint32{aclUser, 4, 1001}, [3]uint32{groupObj, 0, 0}, [3]uint32{aclMask, 4, 0}, [3]uint32{other, 0, 0}), aclFacts{named: true, namedRead: true}},
		{"mask takes the read away", aclValue([3]uint32{aclUser, 5, 1001}, [3]uint32{aclMask, 1, 0}), aclFacts{named: true, namedExec: true}},
		{"named group passes", aclValue([3]uint32{aclGroup, 1, 100}, [3]uint32{aclMask, 7, 0}), aclFacts{named: true, namedExec: true}},
		{"wrong version", append([]byte{1, 0, 0, 0}, aclValue([3]uint32{aclUser, 4, 1})[4:]...), aclFacts{}},
		{"truncated", aclValue([3]uint32{aclUser, 4, 1})[:9], aclFacts{}},
		{"empty", nil, aclFacts{}},
	} {
		t.Run(tc.name, func(t *testing.T) { assert.Equal(t, tc.want, parseACL(tc.in)) })
	}
}

func FuzzParseACL(f *testing.F) {
	f.Add(aclValue([3]uint32{aclUser, 4, 1001}, [3]uint32{aclMask, 4, 0}))
	f.Add([]byte{2, 0, 0, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		got := parseACL(b)
		if (got.namedRead || got.namedExec) && !got.named {
			t.Fatal("a grant without a named entry")
		}
	})
}

// TestDistinctScansEachFileOnce: the host, history and tree sources of
// one machine overlap; Distinct scans and counts each file once.
func TestDistinctScansEachFileOnce(t *testing.T) {
	root := t.TempDir()
	home := filepath.Join(root, "home", "alice")
	mk := func(rel, content string) {
		p := filepath.Join(home, filepath.FromSlash(rel))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o700))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o600))
	}
	mk(".config/google-chrome/Default/Local Extension Settings/nkbihfbeogaeaoehlefnkodbefgpgknn/000003.log", "x "+token(1))
	mk(".bash_history", "echo "+token(2)+"\n")
	mk("notes.txt", token(4))
	require.NoError(t, os.Symlink(filepath.Join(home, "notes.txt"), filepath.Join(home, "link.txt")))

	all := []Source{Host(root), History(home), Dir(root)}
	dupFindings, dupSum := collect(t, testScanner(Options{}), all...)
	findings, sum := collect(t, testScanner(Options{}), Distinct(all...))
	assert.Greater(t, dupSum.FilesScanned, sum.FilesScanned, "the plain sources overlap")
	assert.Greater(t, len(dupFindings), len(findings))
	assert.EqualValues(t, 3, sum.FilesScanned, "three regular files")
	assert.Len(t, findings, 3)
	perPath := map[string]int{}
	for _, f := range findings {
		perPath[f.Location.Path]++
	}
	for p, n := range perPath {
		assert.Equal(t, 1, n, p)
	}
	// The first source to reach a file decides its facts.
	for _, f := range findings {
		switch filepath.Base(f.Location.Path) {
		case "000003.log":
			assert.Equal(t, "MetaMask", f.Details["wallet"])
		case ".bash_history":
			assert.Equal(t, "shell-history", f.Storage.Context)
		}
	}
	// The link is recorded as a skip once, and does not hide its target.
	links := 0
	for _, s := range sum.Skipped {
		if filepath.Base(s.Path) == "link.txt" {
			links++
		}
	}
	assert.Equal(t, 1, links)
}

// TestGuessablePasswordPathFirst: a keystore a commonly tried password
// opens has that attack path first.
func TestGuessablePasswordPathFirst(t *testing.T) {
	c := Candidate{Protection: &Protection{Encrypted: true, GuessesPerSecond: 22, WeakPassword: true}}
	assert.Equal(t, []string{"guessable-password"}, pathsFor(c, Storage{Context: "wallet-data"}))
	c.Protection.GuessesPerSecond = 900_000
	assert.Equal(t, []string{"guessable-password", "weak-kdf-keystore"}, pathsFor(c, Storage{Context: "wallet-data"}))
	c.PasswordFile = "password.txt"
	assert.Equal(t, "guessable-password", pathsFor(c, Storage{Context: "wallet-data"})[0])
	c.Protection.WeakPassword = false
	assert.NotContains(t, pathsFor(c, Storage{Context: "wallet-data"}), "guessable-password")
	_, ok := catalogue["guessable-password"]
	assert.True(t, ok)
}

// A page of a project's documentation, under a docs directory that holds
// a documentation generator's configuration (or whose parent does), is an
// example as a test's data is; a folder of one's notes named docs is not.
func TestDocSitePagesAreExamples(t *testing.T) {
	root := t.TempDir()
	write := func(rel string) string {
		p := filepath.Join(root, filepath.FromSlash(rel))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte("x"), 0o600))
		return p
	}
	write("sphinx/docs/conf.py")
	write("mkdocs/mkdocs.yml")
	write("docusaurus/docs/docusaurus.config.js")
	write("www/docusaurus.config.ts")
	for _, tc := range []struct {
		rel  string
		want bool
	}{
		{"sphinx/docs/guide/keys.rst", true},
		{"mkdocs/docs/quickstart.md", true},
		{"docusaurus/docs/docs/guides/wallet.mdx", true},
		{"sphinx/docs/index.html", true}, // a page the generator built
		{"home/docs/seed.html", false},
		{"sphinx/docs/conf_keys.py", false}, // code, not a page
		{"home/docs/seed.md", false},        // no generator: one's own notes
		{"mkdocs/notes/seed.md", false},
		// Docusaurus's older versions and translations, beside docs/.
		{"www/versioned_docs/version-6.2/guides/account.md", true},
		{"www/i18n/fr/docusaurus-plugin-content-docs/current/account.md", true},
		{"home/versioned_docs/seed.md", false},
	} {
		p := write(tc.rel)
		st := storageOf(Item{Path: p, Mode: 0o600, Origin: "file"}, newVCSCache())
		assert.Equal(t, tc.want, st.TestFixture, tc.rel)
	}
}

// A member of an archive on disk is as readable as the archive, whatever
// mode the archive recorded for it, and what it is comes from its own
// name under the archive's path (the 38th blind corpus: a keystore stored
// with mode 0600 in a 0644 tar was scored as private).
func TestArchiveMembersTakeTheArchivesPermissions(t *testing.T) {
	root := t.TempDir()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	body := []byte("KEY=" + token(1) + "\n")
	require.NoError(t, tw.WriteHeader(&tar.Header{Name: "conf/.env", Mode: 0o600, Size: int64(len(body)), Typeflag: tar.TypeReg}))
	_, err := tw.Write(body)
	require.NoError(t, err)
	require.NoError(t, tw.Close())
	require.NoError(t, zw.Close())
	for _, dir := range []string{"backups", "tests/fixtures"} {
		p := filepath.Join(root, filepath.FromSlash(dir), "conf.tar.gz")
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, buf.Bytes(), 0o644))
		require.NoError(t, os.Chmod(p, 0o644))
		fs, _ := collect(t, testScanner(Options{}), Dir(p))
		require.Len(t, fs, 1, dir)
		assert.Equal(t, "0644", fs[0].Storage.Permissions, dir)
		assert.Equal(t, "dotenv", fs[0].Storage.Context, dir)
		assert.Equal(t, dir == "tests/fixtures", fs[0].Storage.TestFixture, dir)
	}
}

// What stands above the scanned directory does not make its tree a
// test's: a CI workspace named for integration tests, a checkout under
// testdata/ scanned on its own purpose. Below it, tests are tests.
func TestTestPathsBelowTheRoot(t *testing.T) {
	root := filepath.Join(t.TempDir(), "workspace", "integration-tests")
	for _, rel := range []string{"src/.env", "tests/.env"} {
		p := filepath.Join(root, filepath.FromSlash(rel))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte("KEY="+token(1)+"\n"), 0o600))
	}
	fs, _ := collect(t, testScanner(Options{}), Dir(root))
	got := map[string]bool{}
	for _, f := range fs {
		rel, err := filepath.Rel(root, f.Location.Path)
		require.NoError(t, err)
		got[filepath.ToSlash(rel)] = f.Storage.TestFixture
	}
	assert.Equal(t, map[string]bool{"src/.env": false, "tests/.env": true}, got)
}

// The context of a path (classifyPath): the parts of an office document
// are the document, whatever their names, and a configuration file is
// not (the 38th corpus: word/document.xml was "config", with the attack
// path of a plaintext .env); a backup of a file is what the file is
// (Emacs's numbered backup of a .env was a "backup", without the .env's
// attack path), and a backup of a file of no kind stays a backup.
func TestClassifyPathDocumentsAndBackups(t *testing.T) {
	for p, want := range map[string]string{
		"home/u/wallet.docx!word/document.xml":         "document",
		"home/u/keys.xlsx!xl/sharedStrings.xml":        "document",
		"home/u/notes.odt!content.xml":                 "document",
		"home/u/app/config.xml":                        "config",
		"home/u/backup.zip!settings/config.xml":        "config",
		"home/u/Documents/docx-tools/settings.xml":     "config",
		"home/u/.emacs.d/backups/!home!u!app!.env.~3~": "dotenv",
		"home/u/app/.env~":                             "dotenv",
		"home/u/app/#.env#":                            "dotenv",
		"home/u/app/config.json.bak":                   "config",
		"home/u/app/deploy.sh.orig":                    "source",
		"home/u/app/data.bin.bak":                      "backup",
		"home/u/app/old~":                              "backup",
	} {
		assert.Equal(t, want, classifyPath(p, "file"), p)
	}
}

// The root's length at the start of a walked path, however the root was
// written: the working directory holds no prefix.
func TestRootPrefix(t *testing.T) {
	sep := string(filepath.Separator)
	for _, tc := range []struct {
		root, p string
		want    int
	}{
		{".", "tests" + sep + ".env", 0},
		{"." + sep, "tests" + sep + ".env", 0},
		{"ws" + sep + "integration-tests", "ws" + sep + "integration-tests" + sep + "src" + sep + ".env", len("ws" + sep + "integration-tests")},
		{"ws" + sep + "integration-tests" + sep, "ws" + sep + "integration-tests" + sep + "a", len("ws" + sep + "integration-tests")},
		{"." + sep + "ws", "ws" + sep + "a", len("ws")},
		{sep, sep + "home" + sep + "a", 1},
		{"ws", "wsx" + sep + "a", 0},
	} {
		assert.Equal(t, tc.want, rootPrefix(tc.root, tc.p), "%q %q", tc.root, tc.p)
	}
	// Scanned from inside, as "." : tests below are tests.
	root := t.TempDir()
	p := filepath.Join(root, "tests", ".env")
	require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
	require.NoError(t, os.WriteFile(p, []byte("KEY="+token(1)+"\n"), 0o600))
	t.Chdir(root)
	fs, _ := collect(t, testScanner(Options{}), Dir("."))
	require.Len(t, fs, 1)
	assert.True(t, fs[0].Storage.TestFixture)
}
