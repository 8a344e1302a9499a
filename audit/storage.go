package audit

import (
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
)

// storageOf infers the storage context of an item from its path and mode.
// vcs answers whether a directory is inside a version-control work tree.
func storageOf(it Item, vcs *vcsCache) Storage {
	if it.Storage != nil {
		return *it.Storage
	}
	st := Storage{Context: classifyPath(it.Path, it.Origin)}
	if it.Mode.IsRegular() {
		perm := it.Mode.Perm()
		st.Permissions = fmt.Sprintf("%04o", perm)
		st.WorldReadable = perm&0o004 != 0
		if onDisk(it.Origin) {
			// Others read a file only when they can also reach it: every
			// directory above must let them through, and a POSIX ACL may
			// name users the mode bits do not show.
			// With an ACL the group bits are its mask: no group read, no
			// named entry reads, so most private files cost no lookup.
			if perm&0o040 != 0 {
				acl := fileACL(it.Path)
				if acl.named {
					st.Permissions += "+acl"
				}
				st.WorldReadable = st.WorldReadable || acl.namedRead
			}
			st.WorldReadable = st.WorldReadable && vcs.reachable(filepath.Dir(it.Path))
		}
	}
	st.Synced = syncedService(it.Path)
	st.ThirdParty = isThirdPartyPath(it.Path)
	st.TestFixture = isTestPath(it.Path[min(it.rootLen, len(it.Path)):]) || st.ThirdParty && (isPackageDocPath(it.Path) || isCompiledPath(it.Path) || testNetworkFile(it.Path)) ||
		onDisk(it.Origin) && vcs != nil && vcs.inDocSite(it.Path)
	if it.Origin == "file" && vcs != nil {
		st.InVCS = vcs.holds(it.Path)
	}
	return st
}

// classifyPath names the kind of place a path is. The rules are data in
// the tables below; the first that matches wins.
func classifyPath(p, origin string) string {
	switch origin {
	case "stdin", "reader":
		return "stdin"
	case "env":
		return "environment"
	}
	slash := filepath.ToSlash(p)
	lower := strings.ToLower(slash)
	base := path.Base(lower)
	for _, r := range nameRules {
		if r.match(base, lower) {
			if r.context == "backup" {
				// A backup of a file is what the file is: Emacs's
				// ".env.~3~" (in its backup directory
				// "!home!u!app!.env.~3~"), ".env.bak".
				if orig := backedUp(base); orig != "" {
					if c := classifyPath(path.Join(path.Dir(slash), orig), origin); c != "file" {
						return c
					}
				}
			}
			return r.context
		}
	}
	ext := path.Ext(base)
	if c, ok := extContext[ext]; ok {
		return c
	}
	return "file"
}

type nameRule struct {
	context string
	exact   []string // base names
	prefix  []string // base name prefixes
	suffix  []string // base name suffixes
	dirs    []string // path fragments ("/.github/workflows/")
}

func (r nameRule) match(base, full string) bool {
	for _, e := range r.exact {
		if base == e {
			return true
		}
	}
	for _, e := range r.prefix {
		if strings.HasPrefix(base, e) {
			return true
		}
	}
	for _, e := range r.suffix {
		if strings.HasSuffix(base, e) {
			return true
		}
	}
	full = "/" + full
	for _, d := range r.dirs {
		if strings.Contains(full, d) {
			return true
		}
	}
	return false
}

var nameRules = []nameRule{
	// The parts of an office document, an e-book or a Mac document are
	// the document, whatever their names (word/document.xml).
	{context: "document", dirs: []string{".docx!", ".xlsx!", ".pptx!", ".odt!", ".ods!", ".odp!", ".epub!", ".pages!", ".numbers!", ".rtfd!"}},
	{context: "shell-history", exact: []string{".bash_history", ".zsh_history", ".zhistory", ".sh_history", "fish_history", "consolehost_history.txt", ".python_history", ".node_repl_history", ".psql_history", ".mysql_history", ".sqlite_history", ".irb_history", ".histfile", ".history"}},
	{context: "wallet-data", dirs: []string{"/.bitcoin/", "/.electrum/", "/.ethereum/keystore/", "/.config/solana/", "/.sui/sui_config/", "/.near-credentials/", "/.lightning/", "/.lnd/", "/library/application support/bitcoin/", "/appdata/roaming/bitcoin/", "/appdata/roaming/electrum/", "/exodus/exodus.wallet/", "/atomic/local storage/"}, exact: []string{"wallet.dat", "hsm_secret", "default_wallet"}, prefix: []string{"utc--"}},
	{context: "browser-extension", dirs: []string{"/local extension settings/", "/sync extension settings/", "/indexeddb/chrome-extension_", "/storage/default/moz-extension"}},
	{context: "ci", dirs: []string{"/.github/workflows/", "/.circleci/", "/.buildkite/", "/.gitlab/"}, exact: []string{".gitlab-ci.yml", "jenkinsfile", ".travis.yml", "azure-pipelines.yml", "bitbucket-pipelines.yml", "cloudbuild.yaml", ".drone.yml"}},
	{context: "container", exact: []string{"dockerfile", "containerfile", "docker-compose.yml", "docker-compose.yaml", "compose.yml", "compose.yaml"}, prefix: []string{"dockerfile."}},
	{context: "k8s", dirs: []string{"/k8s/", "/kubernetes/", "/helm/", "/charts/"}, exact: []string{"values.yaml", "kustomization.yaml", "secret.yaml", "secrets.yaml"}},
	{context: "dotenv", exact: []string{".env", ".envrc", ".env.local", ".env.production", ".env.development", ".env.test", ".env.example", ".env.sample"}, prefix: []string{".env."}, suffix: []string{".env"}},
	{context: "log", dirs: []string{"/logs/", "/log/"}, suffix: []string{".log", ".log.1", ".out"}},
	{context: "notes", exact: []string{"seed", "mnemonic", "recovery", "keys", "secret", "secrets", "passwords"}, suffix: []string{".md", ".txt", ".rtf", ".org", ".note", ".markdown"}},
	{context: "backup", suffix: []string{".bak", ".old", ".orig", ".backup", "~", ".swp", "#"}},
}

var extContext = map[string]string{
	".go": "source", ".js": "source", ".mjs": "source", ".cjs": "source", ".ts": "source", ".tsx": "source",
	".jsx": "source", ".py": "source", ".rs": "source", ".sol": "source", ".java": "source", ".kt": "source",
	".rb": "source", ".php": "source", ".cs": "source", ".c": "source", ".h": "source", ".cpp": "source",
	".swift": "source", ".sh": "source", ".bash": "source", ".zsh": "source", ".ps1": "source", ".ipynb": "source",
	".vue": "source", ".svelte": "source", ".dart": "source", ".scala": "source", ".move": "source",
	".json": "config", ".yaml": "config", ".yml": "config", ".toml": "config", ".ini": "config", ".cfg": "config",
	".conf": "config", ".properties": "config", ".tf": "config", ".tfvars": "config", ".xml": "config",
	".csv": "document", ".html": "document", ".htm": "document", ".doc": "document", ".docx": "document",
	".pdf": "document", ".odt": "document", ".rst": "document", ".tex": "document",
	".sqlite": "database", ".db": "database", ".ldb": "database",
}

// backedUp returns the name of the file a backup's name base copies
// (".env" for ".env.~3~", ".env~", "#.env#", ".env.bak" and Emacs's
// "!home!u!app!.env.~3~"), or "" when it names none.
func backedUp(base string) string {
	orig := base[strings.LastIndexByte(base, '!')+1:]
	if k := strings.LastIndex(orig, ".~"); k > 0 && strings.HasSuffix(orig, "~") {
		orig = orig[:k] // numbered: ".env.~3~"
	}
	orig = strings.TrimSuffix(orig, "~")
	if len(orig) > 2 && strings.HasPrefix(orig, "#") && strings.HasSuffix(orig, "#") {
		orig = orig[1 : len(orig)-1]
	}
	for _, ext := range []string{".bak", ".old", ".orig", ".backup", ".swp"} {
		orig = strings.TrimSuffix(orig, ext)
	}
	if orig == base || orig == "" {
		return ""
	}
	return orig
}

// syncedService names the cloud-sync service whose folder holds p, or "".
func syncedService(p string) string {
	lower := "/" + strings.ToLower(filepath.ToSlash(p)) + "/"
	for _, s := range syncedDirs {
		if strings.Contains(lower, s.fragment) {
			return s.service
		}
	}
	return ""
}

var syncedDirs = []struct{ fragment, service string }{
	{"/dropbox/", "Dropbox"},
	{"/onedrive/", "OneDrive"},
	{"/onedrive - ", "OneDrive"},
	{"/icloud drive/", "iCloud Drive"},
	{"/library/mobile documents/", "iCloud Drive"},
	{"/icloudrive/", "iCloud Drive"},
	{"/google drive/", "Google Drive"},
	{"/googledrive/", "Google Drive"},
	{"/my drive/", "Google Drive"},
	{"/library/cloudstorage/", "cloud storage"},
	{"/pcloud drive/", "pCloud"},
	{"/mega/", "MEGA"},
	{"/nextcloud/", "Nextcloud"},
	{"/sync.com/", "Sync.com"},
}

// testDirs are the directories of tests, fixtures, mocks, examples,
// samples and benchmarks, and published test vectors.
var testDirs = []string{"/test/", "/tests/", "/testdata/", "/fixtures/", "/fixture/", "/__tests__/", "/spec/", "/mocks/", "/examples/", "/example/", "/samples/", "/sample/",
	"/testcases/", "/test-cases/", "/test_cases/", "/testvectors/", "/test-vectors/", "/test_vectors/", "/__fixtures__/", "/__mocks__/",
	// Benchmarks' code and data (Cargo's benches/).
	"/benchmark/", "/benchmarks/", "/bench/", "/benches/",
	// Test helpers' packages (Go's testing/ and testutil/ of prysm,
	// cosmos-sdk) and end-to-end suites.
	"/testing/", "/testutil/", "/testutils/", "/test_utils/", "/test-utils/", "/e2e/", "/endtoend/", "/end-to-end/"}

// slashLower returns p in lower case with slashes, after a leading "/",
// so that a directory's name is matched as "/name/" wherever it stands.
func slashLower(p string) string { return "/" + strings.ToLower(filepath.ToSlash(p)) }

// hasDir reports whether lower (from slashLower) holds one of dirs.
func hasDir(lower string, dirs []string) bool {
	return slices.ContainsFunc(dirs, func(d string) bool { return strings.Contains(lower, d) })
}

// isTestPath reports whether p looks like test data: under a directory
// of tests, fixtures, mocks or examples, or of the test vectors crypto
// libraries publish ("testcases", "test-vectors"), or of a test source
// set or project (testDirName), or a test file by name (testFileName).
func isTestPath(p string) bool {
	lower := slashLower(p)
	if hasDir(lower, testDirs) {
		return true
	}
	slashed := filepath.ToSlash(p)
	dir, base := path.Split(slashed)
	goFile := strings.HasSuffix(base, ".go")
	for _, seg := range strings.Split(dir, "/") {
		if testDirName(seg) || goFile && goTestPackageDir(seg) {
			return true
		}
	}
	return testFileName(base)
}

// goTestPackageDir reports whether a directory of Go code is named as Go
// names its packages of test helpers: a word joined to "test"
// (net/http/httptest, testing/fstest, lnd's lntest and itest), not an
// English word that ends so (latest, manifest).
func goTestPackageDir(seg string) bool {
	stem, ok := strings.CutSuffix(seg, "test")
	if !ok || stem == "" || englishTest[seg] {
		return false
	}
	for _, c := range []byte(stem) {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// englishTest are English words that end in "test", as directories are
// named (docs/latest, a release's manifest).
var englishTest = map[string]bool{
	"latest": true, "manifest": true, "contest": true, "protest": true, "interest": true, "attest": true,
	"detest": true, "greatest": true, "shortest": true, "smartest": true, "strictest": true, "softest": true,
	"slightest": true, "tightest": true, "lightest": true, "brightest": true, "fittest": true, "hottest": true,
	"fattest": true, "sweetest": true, "quietest": true, "neatest": true, "flattest": true, "wettest": true,
}

// testDirName reports whether a directory's name, as written, names a
// test source set or test project: Gradle's and Kotlin Multiplatform's
// source sets (androidTest, androidTestDebug, commonTest, jvmTest,
// integrationTest: a word, then Test), .NET's test projects
// (Wallet.Tests, Signer.UnitTests), and names whose parts, apart by
// '-', '_' or '.', include test or tests (e2e-tests, tw_tests,
// test-utils), e2e, or one of testKinds joined to test or tests
// (unittests, consoletests; latest and contest do not count).
func testDirName(seg string) bool {
	if seg == "" || seg == "keyring-test" {
		// The Cosmos SDK's keyring of the "test" backend (its keys
		// unencrypted): where gaiad, a validator's and Hermes' relayer
		// keys live on real nodes.
		return false
	}
	if i := strings.Index(seg, "Test"); i > 0 && isLowerOrDigit(seg[i-1]) {
		rest := strings.TrimPrefix(seg[i+len("Test"):], "s")
		if rest == "" || rest[0] >= 'A' && rest[0] <= 'Z' && !strings.HasPrefix(rest, "Net") {
			return true
		}
	}
	for _, part := range strings.FieldsFunc(strings.ToLower(seg), func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
		switch part {
		case "test", "tests", "e2e", "testutil", "testutils", "testenv", "itest", "itests":
			return true
		}
		for _, kind := range testKinds {
			if rest, ok := strings.CutPrefix(part, kind); ok && (rest == "test" || rest == "tests") {
				return true
			}
		}
	}
	return false
}

// testKinds are the kinds of tests a directory's name may join to "test"
// or "tests" (unittests, consoletests): a list, as contests and protests
// are not tests.
var testKinds = []string{"unit", "integration", "console", "api", "e2e", "functional", "acceptance", "system", "smoke", "regression", "ui", "end2end"}

// testFileName reports whether a file's name, as written, is a test's
// by the conventions of test runners: Go's _test.go, pytest's test_*.py
// and *_test.py and conftest.py, JavaScript's *.test.js, *.spec.ts and
// *-test.js and test-wallets.js, RSpec's *_spec.rb, JUnit's and XCTest's TestSigner.kt,
// SignerTest.java and WalletTests.swift, ScalaTest's WalletSpec.scala,
// tests.rs, tests.c and libsecp256k1's tests_impl.h, Foundry's
// Wallet.t.sol, Storybook's stories (AccountList.stories.tsx: a
// component shown with made-up data), and modules of test helpers
// (testutils.ts, test_helpers.py, test.utils.ts). TestNet is a network,
// not a test.
func testFileName(base string) bool {
	lower := strings.ToLower(base)
	if strings.Contains(lower, ".test.") || strings.Contains(lower, ".spec.") || strings.HasPrefix(lower, "test_") || strings.HasPrefix(lower, "test-") ||
		strings.HasPrefix(lower, "tests_") || strings.HasSuffix(lower, ".t.sol") || lower == "conftest.py" || strings.HasPrefix(lower, "tests.") ||
		strings.Contains(lower, ".stories.") || strings.Contains(lower, ".story.") {
		return true
	}
	stem := base
	if i := strings.IndexByte(base, '.'); i > 0 {
		stem = base[:i]
	}
	lstem := strings.ToLower(stem)
	if testHelperName(strings.TrimSuffix(lower, path.Ext(lower))) {
		return true
	}
	for _, suffix := range []string{"_test", "_tests", "-test", "-tests", "_spec", "-spec"} {
		if strings.HasSuffix(lstem, suffix) && len(lstem) > len(suffix) {
			return true
		}
	}
	if len(stem) > 4 && strings.HasPrefix(stem, "Test") && (stem[4] >= 'A' && stem[4] <= 'Z' || stem[4] == '_') && !strings.HasPrefix(stem, "TestNet") {
		return true
	}
	for _, suffix := range []string{"Test", "Tests", "Spec"} {
		if i := len(stem) - len(suffix); i > 0 && strings.HasSuffix(stem, suffix) && isLowerOrDigit(stem[i-1]) {
			return true
		}
	}
	return false
}

// testHelperName reports whether a file's name without its extension, in
// lower case, names a module of test helpers or data: testutils,
// test_utils, test-helpers, test.utils, testdata, test_vectors and the
// like.
func testHelperName(lstem string) bool {
	parts := strings.FieldsFunc(lstem, func(r rune) bool { return r == '-' || r == '_' || r == '.' })
	for i, part := range parts {
		rest, ok := strings.CutPrefix(part, "test")
		if !ok {
			continue
		}
		if rest == "" && i+1 < len(parts) {
			rest = parts[i+1]
		}
		switch rest {
		case "util", "utils", "helper", "helpers", "support", "data", "vectors", "cases", "fixtures":
			return true
		}
	}
	return false
}

func isLowerOrDigit(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// packageDocDirs are the directories of a package's documentation and
// demonstrations.
var packageDocDirs = []string{"/docs/", "/doc/", "/demo/", "/demos/", "/sample/", "/samples/", "/man/"}

// isPackageDocPath reports whether p, in an installed package, is its
// documentation or a demonstration: a README or a Markdown,
// reStructuredText or AsciiDoc page, a Python package's metadata (its
// README again), or a file under packageDocDirs. What
// they hold was published as an example, as a test's data is.
func isPackageDocPath(p string) bool {
	lower := slashLower(p)
	if hasDir(lower, packageDocDirs) {
		return true
	}
	base := path.Base(lower)
	switch path.Ext(base) {
	case ".md", ".markdown", ".rst", ".adoc":
		return true
	}
	// A Python distribution's metadata holds its README: PKG-INFO in an
	// sdist or egg-info, METADATA in a wheel's dist-info.
	return strings.HasPrefix(base, "readme") || base == "pkg-info" || base == "metadata" && strings.HasSuffix(path.Dir(lower), ".dist-info")
}

// compiledExts are the extensions of compiled code: shared libraries and
// programs (ELF, PE, Mach-O), Node's native addons, WebAssembly, Python's
// and Java's byte code.
var compiledExts = []string{".so", ".dll", ".exe", ".dylib", ".node", ".wasm", ".pyc", ".class", ".a", ".o"}

// isCompiledPath reports whether p, in an installed package, is compiled
// code (libfoo.so.1.2 too): a key in it is a constant the package's
// authors built in (a self-test's), published with it as its tests are.
func isCompiledPath(p string) bool {
	base := path.Base(slashLower(p))
	if _, version, ok := strings.Cut(base, ".so."); ok && strings.Trim(version, "0123456789.") == "" {
		return true
	}
	return slices.Contains(compiledExts, path.Ext(base))
}

// testNetworks name the networks a chain's software runs for tests and
// development.
var testNetworks = []string{"regnet", "simnet", "devnet", "localnet", "testnet", "regtest"}

// testNetworkFile reports whether p's name names a test network
// (dcrd's regnetparams.go and simnetparams.go, a devnet's genesis): in
// an installed package, the keys it holds are that network's published
// ones.
func testNetworkFile(p string) bool {
	base := path.Base(slashLower(p))
	return slices.ContainsFunc(testNetworks, func(n string) bool { return strings.Contains(base, n) })
}

// thirdPartyDirs are the directories package managers install
// published packages into, and the caches they download them to: npm and
// Bower, Python's site-packages, Cargo's registry and git checkouts,
// vendored dependencies (Go, PHP's Composer, Ruby's Bundler), Maven,
// Gradle and Ivy caches, Dart's pub cache and Ruby gems; npm's cacache
// (each package a tarball named by its hash), Yarn's and pnpm's stores,
// pip's, Composer's, NuGet's, Bun's, Deno's and Coursier's caches,
// conda's package directories and Swift's checkouts; and what an
// operating system's package manager installs: /usr/share and /usr/lib
// (Debian's Go sources under /usr/share/gocode, its Node, Ruby and Perl
// libraries, programs' data and documentation), Nix's store and
// Homebrew's cellar. The Go module cache is told apart in
// isThirdPartyPath.
var thirdPartyDirs = []string{"/node_modules/", "/bower_components/", "/site-packages/", "/dist-packages/",
	"/usr/share/", "/usr/lib/", "/usr/lib64/", "/usr/libexec/", "/nix/store/", "/usr/local/cellar/", "/opt/homebrew/cellar/",
	"/.cargo/registry/", "/.cargo/git/", "/vendor/", "/.m2/repository/", "/.gradle/caches/", "/.ivy2/cache/",
	"/.pub-cache/", "/ruby/gems/", "/.gem/",
	"/_cacache/", "/.yarn/cache/", "/.yarn/berry/cache/", "/.yarn/unplugged/", "/.cache/yarn/", "/yarn/cache/", "/caches/yarn/",
	"/.pnpm-store/", "/pnpm/store/", "/.cache/pip/", "/pip/cache/", "/caches/pip/",
	"/.composer/cache/", "/.cache/composer/", "/.nuget/packages/", "/.bun/install/cache/", "/.cache/deno/",
	"/.cache/coursier/", "/coursier/cache/", "/anaconda3/pkgs/", "/miniconda3/pkgs/", "/.conda/pkgs/",
	"/.build/checkouts/", "/sourcepackages/checkouts/"}

// isThirdPartyPath reports whether p is inside a package a package
// manager installed: under one of thirdPartyDirs, or in the Go module
// cache (pkg/mod/, then a module directory or download named with
// "@v"). node_modules/.cache/ is no package: build tools (babel-loader,
// Terser, ESLint) keep what they made of the project's own code there.
func isThirdPartyPath(p string) bool {
	lower := slashLower(p)
	if k := strings.LastIndex(lower, "/node_modules/"); k >= 0 && strings.HasPrefix(lower[k+len("/node_modules/"):], ".cache/") {
		lower = lower[:k+1] + lower[k+len("/node_modules/"):]
	}
	if hasDir(lower, thirdPartyDirs) {
		return true
	}
	_, mod, ok := strings.Cut(lower, "/pkg/mod/")
	return ok && strings.Contains(mod, "@v")
}

// onDisk reports whether items of origin name files of the machine by
// their path (so their directories can be looked at).
func onDisk(origin string) bool { return origin == "file" || origin == "history" }

// reachable reports whether users other than the owner can pass through
// dir and every directory above it: each needs the search (x) permission
// for others, or a POSIX ACL entry naming another user or group with it.
// It is an upper bound: the ACL entries of different directories may name
// different users. A directory that cannot be looked at counts as
// passable, so a doubt reports the file rather than hides it. c may be
// nil (no cache).
func (c *vcsCache) reachable(dir string) bool {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return true
	}
	if c != nil {
		c.mu.Lock()
		defer c.mu.Unlock()
	}
	return c.reach(abs, 0)
}

func (c *vcsCache) reach(dir string, depth int) bool {
	if c != nil {
		if v, ok := c.passable[dir]; ok {
			return v
		}
	}
	ok := true
	if info, err := os.Stat(dir); err == nil && info.Mode().Perm()&0o001 == 0 {
		ok = fileACL(dir).namedExec
	}
	if parent := filepath.Dir(dir); ok && parent != dir && depth < 256 {
		ok = c.reach(parent, depth+1)
	}
	if c != nil {
		c.passable[dir] = ok
	}
	return ok
}

// vcsCache answers, per file, whether version control holds it: for git
// work trees, whether git tracks the file (one read-only "git ls-files"
// per repository, when the git binary is there); otherwise whether the
// file is inside a git, Mercurial or Subversion work tree.
type vcsCache struct {
	mu      sync.Mutex
	root    map[string]string          // directory → work-tree root ("" if none)
	tracked map[string]map[string]bool // git root → tracked paths (nil: unknown)
	// passable caches reachable: directory → others can pass through it
	// and every directory above it.
	passable map[string]bool
	// docSite caches inDocSite: documentation directory → it holds a
	// documentation generator's sources.
	docSite map[string]bool
}

func newVCSCache() *vcsCache {
	return &vcsCache{root: map[string]string{}, tracked: map[string]map[string]bool{}, passable: map[string]bool{}, docSite: map[string]bool{}}
}

// docDirNames are the names of the directories projects keep their
// documentation in, and Docusaurus its older versions' and translations'
// pages (versioned_docs/version-2.0/, i18n/fr/…, beside docs/).
var docDirNames = []string{"docs", "doc", "documentation", "website", "versioned_docs", "i18n"}

// docSiteMarkers are the configuration files of documentation
// generators: Sphinx, MkDocs, Docusaurus, mdBook, Antora, Jekyll,
// VitePress, VuePress, Hugo, Astro's Starlight, Doxygen and TypeDoc.
var docSiteMarkers = []string{"conf.py", "mkdocs.yml", "mkdocs.yaml", "docusaurus.config.js", "docusaurus.config.ts",
	"docusaurus.config.mjs", "book.toml", "antora.yml", "_config.yml", ".vitepress", ".vuepress", "hugo.toml",
	"astro.config.mjs", "Doxyfile", "typedoc.json"}

// inDocSite reports whether the file at p is a page of a project's
// documentation: a Markdown, MDX, reStructuredText, AsciiDoc, notebook or
// HTML page (one the generator built) under a directory of docDirNames
// that holds a documentation generator's configuration, or whose parent
// does (MkDocs keeps mkdocs.yml beside docs/). A project's documentation is published, and
// what its pages show is an example, as a test's data is; a folder of
// one's own notes named docs has no such configuration.
func (c *vcsCache) inDocSite(p string) bool {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".md", ".mdx", ".rst", ".adoc", ".ipynb", ".html", ".htm":
	default:
		return false
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return false
	}
	for dir := filepath.Dir(abs); ; {
		if slices.Contains(docDirNames, strings.ToLower(filepath.Base(dir))) {
			c.mu.Lock()
			site, ok := c.docSite[dir]
			if !ok {
				site = hasAnyFile(dir, docSiteMarkers) || hasAnyFile(filepath.Dir(dir), docSiteMarkers)
				c.docSite[dir] = site
			}
			c.mu.Unlock()
			if site {
				return true
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return false
		}
		dir = parent
	}
}

// vcsMarkers are the entries a version-control work tree's root holds.
var vcsMarkers = []string{".git", ".hg", ".svn"}

// hasAnyFile reports whether dir holds an entry of one of names.
func hasAnyFile(dir string, names []string) bool {
	for _, n := range names {
		if _, err := os.Lstat(filepath.Join(dir, n)); err == nil {
			return true
		}
	}
	return false
}

// holds reports whether version control holds the file at p.
func (c *vcsCache) holds(p string) bool {
	abs, err := filepath.Abs(p)
	if err != nil {
		return false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	root := c.lookup(filepath.Dir(abs), 0)
	if root == "" {
		return false
	}
	files, ok := c.tracked[root]
	if !ok {
		files = gitTracked(root)
		c.tracked[root] = files
	}
	if files == nil {
		return true // not git, or no git binary: inside a work tree
	}
	rel, err := filepath.Rel(root, abs)
	return err == nil && files[filepath.ToSlash(rel)]
}

func (c *vcsCache) lookup(dir string, depth int) string {
	if v, ok := c.root[dir]; ok {
		return v
	}
	found := ""
	if hasAnyFile(dir, vcsMarkers) {
		found = dir
	}
	if found == "" {
		parent := filepath.Dir(dir)
		if parent != dir && depth < 64 {
			found = c.lookup(parent, depth+1)
		}
	}
	c.root[dir] = found
	return found
}

// gitTracked lists the files git tracks in the work tree at root, or nil
// when it cannot tell (no .git, no git binary, an error).
func gitTracked(root string) map[string]bool {
	if _, err := os.Lstat(filepath.Join(root, ".git")); err != nil {
		return nil
	}
	if _, err := exec.LookPath("git"); err != nil {
		return nil
	}
	cmd := exec.Command("git", "-C", root, "-c", "core.quotepath=off", "ls-files", "-z", "--full-name")
	cmd.Env = append(os.Environ(), "GIT_OPTIONAL_LOCKS=0", "GIT_TERMINAL_PROMPT=0")
	out, err := cmd.Output()
	if err != nil {
		return nil
	}
	files := map[string]bool{}
	for _, f := range strings.Split(string(out), "\x00") {
		if f != "" {
			files[f] = true
		}
	}
	return files
}
