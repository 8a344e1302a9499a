package wallet

import (
	"bytes"
	"context"
	"encoding/json"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/keystore"
)

// Limits of the embedded detector.
const (
	maxObject      = 1 << 20  // longest embedded object considered
	maxLookBack    = 64 << 10 // how far before a marker its object may start
	maxOpenings    = 8        // enclosing '{' tried per marker
	maxEscapeLevel = 3        // JSON-in-a-string nesting depth
	maxPerChunk    = 4096     // candidates per chunk (a megabyte holds about 1,500 keystores)
	maxTriedChunk  = 4        // stores per chunk that get password trials
	cacheSize      = 1024     // remembered trial results
)

// markers are keys that occur in every embedded format: v3 ("ciphertext"),
// EIP-2335 ("checksum"), vaults ("salt", also in v3 kdfparams) and
// Polkadot{.js} ("encoded").
var markers = [...][]byte{[]byte("ciphertext"), []byte("checksum"), []byte("salt"), []byte("encoded")}

// markerStart marks the first bytes of the markers: most quotes open no
// marker and are passed over on one lookup.
var markerStart = func() (t [256]bool) {
	for _, m := range markers {
		t[m[0]] = true
	}
	return
}()

// Embedded finds keystores and vaults embedded in other text, escaped as a
// JSON string up to three levels deep. It is safe for concurrent use.
type Embedded struct {
	opts  keystore.Options
	mu    sync.Mutex
	cache map[string]trial // fingerprint → trial result
}

type trial struct {
	weak           bool
	tried, untried int
}

// NewEmbedded returns the embedded keystore detector; opts bound password
// trials (the zero value is the default).
func NewEmbedded(opts keystore.Options) *Embedded {
	return &Embedded{opts: opts, cache: map[string]trial{}}
}

// ID implements detect.Detector.
func (*Embedded) ID() string { return "embedded-keystore" }

// Keywords implements detect.Detector.
func (*Embedded) Keywords() []string {
	return []string{"ciphertext", "checksum", "salt", "encoded"}
}

// Detect implements detect.Detector.
func (d *Embedded) Detect(ctx context.Context, c *detect.Chunk) []detect.Candidate {
	if c == nil || c.Binary && !bytes.Contains(c.Data, []byte(`"`)) {
		return nil
	}
	data := c.Data
	// A key: a quote before a marker, a quote (or an escaped one) after.
	// One pass over the quotes finds them all, in order.
	var hits []int
	for i := 0; ; {
		k := bytes.IndexByte(data[i:], '"')
		if k < 0 {
			break
		}
		p := i + k + 1
		i = p
		if p == len(data) || !markerStart[data[p]] {
			continue
		}
		for _, m := range markers {
			if bytes.HasPrefix(data[p:], m) {
				if e := p + len(m); e < len(data) && (data[e] == '"' || data[e] == '\\') {
					hits = append(hits, p)
				}
				break
			}
		}
	}
	var out []detect.Candidate
	seen := map[string]bool{}
	done := 0 // end of the last reported span
	tried := 0
	// work bounds the bytes brace matching may scan in this chunk, so that
	// hostile input (thousands of markers and openings) stays linear.
	work := 8*len(data) + 1<<20
	for _, p := range hits {
		if ctx.Err() != nil || len(out) >= maxPerChunk {
			break
		}
		if p < done {
			continue
		}
		level, ok := escapeLevel(data, p-1)
		if !ok {
			continue
		}
		s, e, a, t := d.enclosing(ctx, c.Path, data, p, level, tried < maxTriedChunk, &work)
		if a == nil {
			continue
		}
		if a.Tried > 0 || t != nil {
			tried++
		}
		done = e
		if level == 0 && c.Encoding == "" && isWhole(data, s, e) {
			continue // the whole item: Files reports it
		}
		cand := candidate(a, s, e)
		if fp := cand.Secret.Fingerprint(); seen[fp] {
			continue // the same store again later in the chunk (LevelDB logs repeat state)
		} else {
			seen[fp] = true
		}
		if level > 0 {
			cand.Details["embedded"] = "JSON string"
		} else {
			cand.Details["embedded"] = "JSON object"
		}
		cand.Later = later(a, t, s, e, nil)
		out = append(out, cand)
	}
	return out
}

// enclosing tries the objects around the marker at p, innermost first, and
// returns the first that is a keystore, the values written under a
// password's name around it put first in its trials.
func (d *Embedded) enclosing(ctx context.Context, path string, data []byte, p, level int, trials bool, work *int) (int, int, *keystore.Assessment, *keystore.Trial) {
	tries := 0
	for s := p - 1; s >= 0 && p-s <= maxLookBack && tries < maxOpenings && *work > 0; s-- {
		if data[s] != '{' {
			continue
		}
		tries++
		e, ok := matchObject(data, s, level, work)
		if !ok || e <= p {
			continue
		}
		obj, ok := unescape(data[s:e], level)
		if !ok {
			continue
		}
		if a, t := d.inspect(ctx, path, obj, trials, func() []string { return passwordsBeside(data, s, e, level) }); a != nil {
			return s, e, a, t
		}
	}
	return 0, 0, nil, nil
}

// besideWindow is how far around an embedded store its password is
// looked for.
const besideWindow = 2048

// passwordAssign matches a value written under a password's name: JSON,
// YAML, .env, code ("password": "…", KEYSTORE_PASS=…, pwd = '…').
var passwordAssign = regexp.MustCompile(`(?i)([a-z0-9_.\-]*(?:pass(?:word|phrase|wd|wort|code)?|pwd)[a-z0-9_\-]*)["']?[ \t]*(?::=|=>|:|=)[ \t]*(?:"((?:[^"\\\n]|\\.){1,128})"|'([^'\n]{1,128})'|([^\s,;"'{}\[\]()]{1,128}))`)

// notPasswordNames are words in names that hold something other than a
// password: its hash, its length, a path to it, a policy.
var notPasswordNames = []string{"hash", "salt", "file", "path", "length", "len", "policy", "required", "reset", "type", "field", "label", "placeholder", "enabled", "min", "max", "kdf", "iter", "bypass", "compass", "passport", "passage", "passenger", "passive", "passthrough", "passed", "passes", "passing"}

// passwordsBeside returns up to four values written under a password's
// name within besideWindow bytes of the store at data[s:e] (escaped level
// times), nearest first: {"keystore": {…}, "password": "…"}, a .env's
// KEYSTORE_PASSWORD beside its JSON. Placeholders for other sources
// (${VAR}, process.env.X) are left out.
func passwordsBeside(data []byte, s, e, level int) []string {
	type found struct {
		v    string
		dist int
	}
	var out []found
	scan := func(win []byte, base int, before bool) {
		for lv := level; lv > 0 && bytes.Contains(win, []byte(`\"`)); lv-- {
			win = bytes.ReplaceAll(bytes.ReplaceAll(win, []byte(`\"`), []byte(`"`)), []byte(`\\`), []byte(`\`))
		}
		assignedPasswords(win, func(v string, at int) {
			d := base - at
			if !before {
				d = at
			}
			out = append(out, found{v, d})
		})
	}
	scan(data[max(0, s-besideWindow):s], s-max(0, s-besideWindow), true)
	scan(data[e:min(len(data), e+besideWindow)], 0, false)
	slices.SortStableFunc(out, func(a, b found) int { return a.dist - b.dist })
	var vs []string
	for _, f := range out {
		if len(vs) < 4 && !slices.Contains(vs, f.v) {
			vs = append(vs, f.v)
		}
	}
	return vs
}

// assignedPasswords calls fn with each value written under a password's
// name in data, and where its assignment starts, in order. Placeholders
// for other sources (${VAR}, process.env.X) are left out.
func assignedPasswords(data []byte, fn func(v string, at int)) {
	for _, m := range passwordAssign.FindAllSubmatchIndex(data, -1) {
		name := strings.ToLower(string(data[m[2]:m[3]]))
		if slices.ContainsFunc(notPasswordNames, func(w string) bool { return strings.Contains(name, w) }) {
			continue
		}
		var v string
		for g := 4; g < len(m); g += 2 {
			if m[g] >= 0 {
				v = string(data[m[g]:m[g+1]])
				break
			}
		}
		if m[4] >= 0 {
			if u, err := strconv.Unquote(`"` + v + `"`); err == nil {
				v = u
			}
		}
		if !placeholder(v) {
			fn(v, m[0])
		}
	}
}

// placeholder reports a value that stands for a password kept elsewhere
// (an environment variable, a template) or for none.
func placeholder(v string) bool {
	l := strings.ToLower(v)
	switch l {
	case "", "null", "nil", "none", "true", "false", "undefined", "''", `""`:
		return true
	}
	return strings.HasPrefix(v, "$") || strings.HasPrefix(v, "%") || strings.Contains(v, "{{") ||
		strings.Contains(l, "process.env") || strings.Contains(l, "getenv") || strings.Contains(l, "environ")
}

// inspect parses obj and runs (or recalls) the password trials, or, when
// the scan put a trial pool in ctx, hands them to it and returns the
// pending trial.
func (d *Embedded) inspect(ctx context.Context, path string, obj []byte, trials bool, near func() []string) (*keystore.Assessment, *keystore.Trial) {
	opts := d.opts
	opts.NoTrials = true
	a, err := keystore.Inspect(ctx, "", obj, opts)
	if err != nil || a.Format == keystore.SolanaKeypair {
		return nil, nil
	}
	if !a.Encrypted || d.opts.NoTrials {
		return a, nil
	}
	if pool := keystore.TrialPoolFrom(ctx); pool != nil {
		// The pool tries identical stores once and holds the budget.
		if !pool.Off() {
			a.PreferPasswords(near()...)
		}
		return a, pool.Submit(a, path, "", d.opts)
	}
	key := string(a.Format) + ":" + string(a.SecretMaterial())
	d.mu.Lock()
	t, ok := d.cache[key]
	d.mu.Unlock()
	if !ok {
		if !trials {
			return a, nil
		}
		o := d.opts
		o.Passwords = append(near(), o.Passwords...)
		b, err := keystore.Inspect(ctx, "", obj, o)
		if err != nil {
			return a, nil
		}
		t = trial{weak: b.WeakPassword, tried: b.Tried, untried: b.Untried}
		if ctx.Err() == nil {
			d.mu.Lock()
			if len(d.cache) >= cacheSize {
				clear(d.cache)
			}
			d.cache[key] = t
			d.mu.Unlock()
		}
		a = b
	}
	a.WeakPassword, a.Tried, a.Untried = t.weak, t.tried, t.untried
	if t.weak {
		a.Rating = keystore.RatingCritical
	}
	return a, nil
}

// escapeLevel returns how deep the quote at q is escaped: `"` is 0, `\"`
// is 1, `\\\"` is 2, `\\\\\\\"` is 3.
func escapeLevel(data []byte, q int) (int, bool) {
	b := backslashes(data, q, 0)
	for level := 0; level <= maxEscapeLevel; level++ {
		if b == 1<<level-1 {
			return level, true
		}
	}
	return 0, false
}

// backslashes counts the backslashes right before position q, not going
// before floor.
func backslashes(data []byte, q, floor int) int {
	n := 0
	for i := q - 1; i >= floor && data[i] == '\\'; i-- {
		n++
	}
	return n
}

// matchObject returns the end of the object that opens at s, in text
// where the structural quotes are escaped level times. Quotes escaped more
// deeply belong to string contents; a quote escaped less deeply means the
// text left the string that held the object, and there is no match. Each
// byte scanned costs one unit of *work.
func matchObject(data []byte, s, level int, work *int) (int, bool) {
	q := 1<<level - 1
	depth, inStr := 0, false
	for i := s; i < len(data) && i-s < maxObject; i++ {
		if *work--; *work < 0 {
			return 0, false
		}
		switch data[i] {
		case '"':
			switch b := backslashes(data, i, s); {
			case level == 0:
				if b%2 == 0 { // `\"` ends a string: the backslash is escaped
					inStr = !inStr
				}
			case b == q:
				inStr = !inStr
			case b < q:
				return 0, false
			}
		case '{':
			if !inStr {
				depth++
			}
		case '}':
			if !inStr {
				depth--
				if depth == 0 {
					return i + 1, true
				}
			}
		}
	}
	return 0, false
}

// unescape removes level layers of JSON string escaping.
func unescape(b []byte, level int) ([]byte, bool) {
	for range level {
		var s string
		q := make([]byte, 0, len(b)+2)
		q = append(append(append(q, '"'), b...), '"')
		if json.Unmarshal(q, &s) != nil {
			return nil, false
		}
		b = []byte(s)
	}
	return b, true
}

// isWhole reports whether only whitespace surrounds [s, e) in data.
func isWhole(data []byte, s, e int) bool {
	return len(bytes.TrimLeft(data[:s], " \t\r\n\xef\xbb\xbf")) == 0 && len(bytes.TrimSpace(data[e:])) == 0
}
