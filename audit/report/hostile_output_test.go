package report

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit"
	"github.com/walletaudit/walletaudit/mnemonic"
)

// hostileNames are file or member names written to fool a reader of a
// report: rewrite a terminal line, forge lines, plant a hyperlink, reorder
// the displayed text, cut a C string, or break UTF-8 decoding.
var hostileNames = map[string]string{
	"erase line":     "x\x1b[2K\rCLEAN\nFAKE.txt",
	"OSC 8 link":     "\x1b]8;;http://evil.example/\x07click\x1b]8;;\x07.txt",
	"CSI title":      "a\x1b]0;owned\x1b\\b.txt",
	"CR only":        "seed.txt\rnothing-here.txt",
	"LF forged line": "ok.txt\nCRITICAL 10.0 line 1 fake",
	"bidi override":  "invoice\u202egnp.exe",
	"bidi isolate":   "a\u2066b\u2069c\u2067d\u2068e",
	"marks":          "a\u200eb\u200fc\u061cd\u2028e\u2029f",
	"NUL":            "a\x00b.txt",
	"C1 CSI":         "a\u009b2Kb.txt",
	"DEL and BEL":    "a\x7fb\x07c",
	"invalid UTF-8":  "a\xff\xfe\xc0b.txt",
	"markup":         "<script>alert(1)</script>|`x`|[l](http://evil.example/)&#x202e;",
	"heading":        "# not a heading",
}

// forbidden reports the first raw character of s that must not reach a
// person's screen (newline allowed when lines is true).
func forbidden(s string, lines bool) (string, bool) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return s[i : i+1], true
		}
		if mustEscape(r) && !(lines && r == '\n') {
			return string(r), true
		}
		i += size
	}
	return "", false
}

func assertClean(t *testing.T, s string, lines bool, msgAndArgs ...any) {
	t.Helper()
	if c, bad := forbidden(s, lines); bad {
		assert.Failf(t, "raw control character in output", "%q in %q %v", c, s, msgAndArgs)
	}
}

func TestEscapersLeaveNoControlCharacter(t *testing.T) {
	for name, s := range hostileNames {
		for kind, esc := range map[string]func(string) string{
			"text": EscapeText, "markdown": EscapeMarkdown, "markdown code": EscapeMarkdownCode, "html": EscapeHTML,
		} {
			out := esc(s)
			assertClean(t, out, false, name, kind)
			assert.True(t, utf8.ValidString(out), "%s %s", name, kind)
		}
	}
	assert.Equal(t, `x\x1b[2K\rCLEAN\nFAKE.txt`, EscapeText(hostileNames["erase line"]))
	assert.Equal(t, `invoice\u202egnp.exe`, EscapeText(hostileNames["bidi override"]))
	assert.Equal(t, `a\x00b.txt`, EscapeText(hostileNames["NUL"]))
	assert.Equal(t, `a\xff\xfe\xc0b.txt`, EscapeText(hostileNames["invalid UTF-8"]))
	assert.Equal(t, `a\u009b2Kb.txt`, EscapeText(hostileNames["C1 CSI"]))
	// Ordinary names are kept as they are, non-ASCII letters included.
	for _, s := range []string{"home/alice/.bash_history", `C:\Users\bob\seed.txt`, "Données/clé — 鍵.txt", "a.zip!b/c.json"} {
		assert.Equal(t, s, EscapeText(s))
	}
	// Markdown: no live markup survives.
	md := EscapeMarkdown(hostileNames["markup"])
	assert.Contains(t, md, `\<script\>`)
	assert.Contains(t, md, `\[l\](`)
	assert.Contains(t, md, `\&\#x202e;`)
	assert.NotContains(t, strings.ReplaceAll(md, `\|`, ""), "|")
	assert.Equal(t, `\# not a heading`, EscapeMarkdown("# not a heading"))
	assert.Equal(t, `\> quote`, EscapeMarkdown("> quote"))
	assert.Equal(t, `1\. item`, EscapeMarkdown("1. item"))
	code := EscapeMarkdownCode("a`b``c|d")
	assert.Equal(t, "```a`b``c\\|d```", code)
	assert.Equal(t, "`` `x ``", EscapeMarkdownCode("`x"))
	assert.NotContains(t, EscapeHTML(hostileNames["markup"]), "<script")
}

// hostileSample is a finding, skips and errors whose paths are all the
// hostile names.
func hostileSample() ([]audit.Finding, audit.Summary) {
	base, _ := sample()
	var fs []audit.Finding
	sum := audit.Summary{FilesScanned: 10, BySeverity: map[string]int{}}
	for _, name := range hostileNames {
		f := base[1]
		f.Location.Path = "repo/" + name
		f.Remediation = "Move the funds out of " + name
		fs = append(fs, f)
		sum.Findings++
		sum.BySeverity[string(f.Severity)]++
		sum.Skipped = append(sum.Skipped, audit.Skip{Path: "a.zip!" + name, Reason: "symbolic link " + name})
		sum.Errors = append(sum.Errors, audit.ItemError{Path: name, Error: "open " + name + ": permission denied"})
	}
	return fs, sum
}

func renderHostile(t *testing.T, format string, opts Options) string {
	t.Helper()
	fs, sum := hostileSample()
	return renderFindings(t, format, opts, fs, sum)
}

func TestTextReportEscapesHostileNames(t *testing.T) {
	out := renderHostile(t, "text", Options{Verbose: true, ShowSecrets: true})
	assertClean(t, out, true)
	for _, line := range strings.Split(out, "\n") {
		assert.False(t, strings.HasPrefix(line, "FAKE") || strings.HasPrefix(line, "CRITICAL 10.0 line 1 fake"), "forged line %q", line)
	}
	assert.Contains(t, out, `repo/x\x1b[2K\rCLEAN\nFAKE.txt`)
	assert.Contains(t, out, `a.zip!\x1b]8;;http://evil.example/\x07click\x1b]8;;\x07.txt: symbolic link`)

	// With colour the only escape sequences are the writer's own.
	colored := renderHostile(t, "text", Options{Color: true, Verbose: true})
	for _, code := range []string{ansiReset, ansiBold, ansiDim, "\x1b[1;31m", "\x1b[31m", "\x1b[33m", "\x1b[36m"} {
		colored = strings.ReplaceAll(colored, code, "")
	}
	assertClean(t, colored, true, "coloured")
}

func TestTextReportWordsItemErrorsTruthfully(t *testing.T) {
	out := renderHostile(t, "text", Options{})
	assert.NotContains(t, out, "could not be read")
	assert.Contains(t, out, "not scanned completely")
}

// scanArchives runs the real scanner on in-memory archives.
func scanArchives(t *testing.T, opts audit.Options, srcs ...audit.Source) ([]audit.Finding, audit.Summary) {
	t.Helper()
	var fs []audit.Finding
	sum, err := audit.New(opts).Run(context.Background(), func(f audit.Finding) error { fs = append(fs, f); return nil }, srcs...)
	require.NoError(t, err)
	return fs, sum
}

func zipBytes(t *testing.T, members map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, data := range members {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
		require.NoError(t, err)
		_, err = w.Write([]byte(data))
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return b.Bytes()
}

func TestArchiveMemberNamesReachTheReportEscaped(t *testing.T) {
	p, err := mnemonic.FromEntropy([]byte("hostile-output-1"), mnemonic.English)
	require.NoError(t, err)
	members := map[string]string{}
	for _, name := range hostileNames {
		members[name] = "seed: " + p.Reveal() + "\n"
	}
	members["inner\x1b[2K\r.zip"] = "PK\x03\x04 not really a zip"
	fs, sum := scanArchives(t, audit.Options{}, audit.Bytes("evil.zip", zipBytes(t, members)))
	require.NotEmpty(t, fs)
	var b bytes.Buffer
	w := NewText(&b, Options{Verbose: true})
	for _, f := range fs {
		require.NoError(t, w.Add(f))
	}
	require.NoError(t, w.Close(sum))
	out := b.String()
	assertClean(t, out, true)
	assert.NotContains(t, out, p.Reveal())
	assert.Contains(t, out, `evil.zip!x\x1b[2K\rCLEAN\nFAKE.txt`)
}

func TestArchiveErrorsNameTheFormatOnce(t *testing.T) {
	var tb bytes.Buffer
	tb.Write(make([]byte, 257))
	tb.WriteString("ustar")
	tb.Write(bytes.Repeat([]byte{0xff}, 300))
	_, sum := scanArchives(t, audit.Options{},
		audit.Bytes("bad.zip", append([]byte("PK\x03\x04"), bytes.Repeat([]byte{0xff}, 100)...)),
		audit.Bytes("bad.tar", tb.Bytes()),
		audit.Bytes("bad.gz", []byte{0x1f, 0x8b, 1, 2, 3}))
	// An item error, or a skip where a broken container is scanned as
	// plain bytes instead: either way one entry, worded truthfully.
	byPath := map[string]string{}
	for _, e := range sum.Errors {
		byPath[e.Path] = e.Error
	}
	for _, k := range sum.Skipped {
		byPath[k.Path] = k.Reason
	}
	require.Len(t, byPath, 3, "%+v", sum)
	for p, msg := range byPath {
		for _, doubled := range []string{"zip: zip:", "tar: archive/tar:", "gzip: gzip:", "tar: tar:"} {
			assert.NotContains(t, msg, doubled, p)
		}
	}
	assert.True(t, strings.HasPrefix(byPath["bad.zip"], "not a valid zip archive"), byPath["bad.zip"])
	assert.True(t, strings.HasPrefix(byPath["bad.tar"], "tar: invalid tar header"), byPath["bad.tar"])
	assert.True(t, strings.HasPrefix(byPath["bad.gz"], "gzip: "), byPath["bad.gz"])
}

func TestArchiveBudgetRecordedOnce(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, _ = zw.Write(make([]byte, 8<<20))
	require.NoError(t, zw.Close())
	_, sum := scanArchives(t, audit.Options{Archive: audit.ArchiveLimits{Bytes: 1 << 20}}, audit.Bytes("zeros.gz", gz.Bytes()))
	assert.Empty(t, sum.Errors, "a limit is a skip, not a read error")
	require.Len(t, sum.Skipped, 1, "%+v", sum.Skipped)
	assert.Equal(t, "zeros.gz", sum.Skipped[0].Path)
	assert.Contains(t, sum.Skipped[0].Reason, "decompressed-bytes limit")

	// Members of a zip: the members limit is one skip of the archive.
	many := map[string]string{}
	for _, n := range []string{"a", "b", "c", "d", "e"} {
		many[n+".txt"] = "hello"
	}
	_, sum = scanArchives(t, audit.Options{Archive: audit.ArchiveLimits{Members: 2}}, audit.Bytes("many.zip", zipBytes(t, many)))
	assert.Empty(t, sum.Errors)
	require.Len(t, sum.Skipped, 1, "%+v", sum.Skipped)
	assert.Contains(t, sum.Skipped[0].Reason, "members limit")
}

type sarifDoc struct {
	Runs []struct {
		Invocations []struct {
			ExecutionSuccessful        *bool `json:"executionSuccessful"`
			ToolExecutionNotifications []struct {
				Level      string `json:"level"`
				Descriptor struct {
					ID string `json:"id"`
				} `json:"descriptor"`
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"toolExecutionNotifications"`
		} `json:"invocations"`
	} `json:"runs"`
}

func parseSARIF(t *testing.T, out string) sarifDoc {
	t.Helper()
	var doc sarifDoc
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	require.Len(t, doc.Runs, 1)
	require.Len(t, doc.Runs[0].Invocations, 1)
	require.NotNil(t, doc.Runs[0].Invocations[0].ExecutionSuccessful)
	return doc
}

func TestSARIFTellsWhatWasNotScanned(t *testing.T) {
	// A clean run: successful, nothing to notify.
	doc := parseSARIF(t, render(t, "sarif", Options{}))
	inv := doc.Runs[0].Invocations[0]
	assert.True(t, *inv.ExecutionSuccessful)
	assert.Empty(t, inv.ToolExecutionNotifications)

	// Skips from a real scan, and an unreadable file.
	deep := zipBytes(t, map[string]string{"l1.zip": string(zipBytes(t, map[string]string{"l2.zip": string(zipBytes(t, map[string]string{"k.txt": "x"}))}))})
	fs, sum := scanArchives(t, audit.Options{Archive: audit.ArchiveLimits{Depth: 1}}, audit.Bytes("deep.zip", deep))
	require.NotEmpty(t, sum.Skipped)
	sum.Errors = append(sum.Errors, audit.ItemError{Path: "locked.txt", Error: "open locked.txt: permission denied"})
	var b bytes.Buffer
	w := NewSARIF(&b, Options{})
	for _, f := range fs {
		require.NoError(t, w.Add(f))
	}
	require.NoError(t, w.Close(sum))
	inv = parseSARIF(t, b.String()).Runs[0].Invocations[0]
	assert.False(t, *inv.ExecutionSuccessful, "an item was not scanned completely")
	require.Len(t, inv.ToolExecutionNotifications, len(sum.Skipped)+len(sum.Errors))
	levels := map[string]int{}
	for _, n := range inv.ToolExecutionNotifications {
		levels[n.Descriptor.ID+" "+n.Level]++
		require.Len(t, n.Locations, 1)
		assert.NotEmpty(t, n.Locations[0].PhysicalLocation.ArtifactLocation.URI)
		assert.NotEmpty(t, n.Message.Text)
	}
	assert.Equal(t, len(sum.Skipped), levels[NotificationSkipped+" note"])
	assert.Equal(t, len(sum.Errors), levels[NotificationError+" error"])

	// Only skips: the run still covered everything it could read.
	inv = parseSARIF(t, renderSummary(t, audit.Summary{Skipped: []audit.Skip{{Path: "big.bin", Reason: "larger than the size limit"}}})).Runs[0].Invocations[0]
	assert.True(t, *inv.ExecutionSuccessful)
	require.Len(t, inv.ToolExecutionNotifications, 1)
	assert.Equal(t, "big.bin", inv.ToolExecutionNotifications[0].Locations[0].PhysicalLocation.ArtifactLocation.URI)
}

func TestSARIFNotificationsEscapeHostileNames(t *testing.T) {
	doc := parseSARIF(t, renderHostile(t, "sarif", Options{}))
	require.Len(t, doc.Runs[0].Invocations[0].ToolExecutionNotifications, 2*len(hostileNames))
	for _, n := range doc.Runs[0].Invocations[0].ToolExecutionNotifications {
		assertClean(t, n.Message.Text, false)
		u := n.Locations[0].PhysicalLocation.ArtifactLocation.URI
		assertClean(t, u, false)
		assert.NotContains(t, u, " ")
		_, err := url.Parse(u)
		assert.NoError(t, err, u)
	}
	assert.Equal(t, "dir/a%20b%231.txt", uriPath("dir/a b#1.txt"))
	assert.Equal(t, "app/.env", uriPath("app/.env"))
	assert.Equal(t, "a.zip%21m/x.json", uriPath("a.zip!m/x.json")) // decodes to the member path
	assert.Equal(t, "./c:x", uriPath("c:x"))
}

func renderSummary(t *testing.T, sum audit.Summary) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, NewSARIF(&b, Options{}).Close(sum))
	return b.String()
}

// FuzzEscape checks every escaper on any input: no raw control or bidi
// character and no invalid UTF-8 comes out, and text with nothing to
// escape is unchanged by EscapeText.
func FuzzEscape(f *testing.F) {
	for _, s := range hostileNames {
		f.Add(s)
	}
	f.Add("plain/path.txt")
	f.Fuzz(func(t *testing.T, s string) {
		for _, esc := range []func(string) string{EscapeText, EscapeMarkdown, EscapeMarkdownCode, EscapeHTML} {
			out := esc(s)
			if c, bad := forbidden(out, false); bad {
				t.Fatalf("raw %q in %q", c, out)
			}
			if !utf8.ValidString(out) {
				t.Fatalf("invalid UTF-8 in %q", out)
			}
		}
		if _, bad := forbidden(s, false); !bad && EscapeText(s) != s {
			t.Fatalf("clean %q changed to %q", s, EscapeText(s))
		}
	})
}

// TestEscapeCostIsLinear: a name made only of control characters costs
// a bounded factor more than a plain one of the same length, in output
// size and in allocations.
func TestEscapeCostIsLinear(t *testing.T) {
	hostile := strings.Repeat("\x1b\u202e\xff", 1<<16)
	plain := strings.Repeat("abcdef", 1<<16)
	for _, esc := range []func(string) string{EscapeText, EscapeMarkdown, EscapeMarkdownCode, EscapeHTML} {
		assert.LessOrEqual(t, len(esc(hostile)), 12*len(hostile))
		allocs := testing.AllocsPerRun(3, func() { _ = esc(hostile) })
		assert.LessOrEqual(t, allocs, 40.0, "allocations grow with the input")
	}
	assert.Equal(t, plain, EscapeText(plain))
	assert.Zero(t, testing.AllocsPerRun(3, func() { _ = EscapeText(plain) }), "clean text is not copied")
}
