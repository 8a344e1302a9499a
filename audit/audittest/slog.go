package audittest

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/walletaudit/walletaudit/audit"
)

// Handler returns an slog.Handler that passes records to next (which may
// be nil) and fails t the moment a record, rendered as JSON with its
// attributes, holds a secret or a derivative of one of the canaries among
// checks. Use it as the logger of the code under test. A failure names
// the log call site of the code under test (file:line), the message, and
// the key of the attribute that held the secret: never the secret.
func Handler(t TB, next slog.Handler, checks ...Check) slog.Handler {
	return &leakHandler{t: t, next: next, cfg: newConfig(checks), mu: &sync.Mutex{}}
}

type leakHandler struct {
	t      TB
	next   slog.Handler
	cfg    *config
	attrs  []slog.Attr // with their keys already qualified by groups
	groups []string
	mu     *sync.Mutex
}

func (h *leakHandler) Enabled(ctx context.Context, l slog.Level) bool { return true }

// render writes a record with the handler's attributes as one JSON line.
func (h *leakHandler) render(ctx context.Context, msg string, level slog.Level, attrs []slog.Attr) []byte {
	var buf bytes.Buffer
	jh := slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})
	r := slog.NewRecord(time.Time{}, level, msg, 0) // the time is no secret, and varies
	r.AddAttrs(attrs...)
	_ = jh.Handle(ctx, r)
	return buf.Bytes()
}

func (h *leakHandler) Handle(ctx context.Context, r slog.Record) error {
	attrs := append([]slog.Attr(nil), h.attrs...)
	r.Attrs(func(a slog.Attr) bool {
		attrs = append(attrs, qualify(h.groups, a))
		return true
	})
	h.mu.Lock()
	fs, sum, err := h.cfg.findings(audit.Bytes("a log record", h.render(ctx, r.Message, r.Level, attrs)))
	if err != nil || len(fs) > 0 {
		h.t.Helper()
		report(h.t, h.where(ctx, r, attrs), fs, sum, err)
	}
	h.mu.Unlock()
	if h.next != nil && h.next.Enabled(ctx, r.Level) {
		return h.next.Handle(ctx, r)
	}
	return nil
}

// where describes a leaking record: the call site, the message when it is
// clean, and the keys of the attributes that hold a secret.
func (h *leakHandler) where(ctx context.Context, r slog.Record, attrs []slog.Attr) string {
	var b strings.Builder
	b.WriteString("a log record")
	if site := callSite(r.PC); site != "" {
		b.WriteString(" logged at " + site)
	}
	if fs, _, _ := h.cfg.findings(audit.Bytes("message", []byte(r.Message))); len(fs) > 0 {
		b.WriteString(", in the message")
	} else {
		fmt.Fprintf(&b, ", message %q", r.Message)
	}
	for _, a := range attrs {
		if fs, _, _ := h.cfg.findings(audit.Bytes("attribute", h.render(ctx, "", r.Level, []slog.Attr{a}))); len(fs) > 0 {
			fmt.Fprintf(&b, ", attribute %q", a.Key)
		}
	}
	return b.String()
}

// qualify prefixes a's key with the open groups.
func qualify(groups []string, a slog.Attr) slog.Attr {
	if len(groups) > 0 {
		a.Key = strings.Join(groups, ".") + "." + a.Key
	}
	return a
}

// callSite returns "file.go:line" of the log call that made a record.
func callSite(pc uintptr) string {
	if pc == 0 {
		return ""
	}
	fr, _ := runtime.CallersFrames([]uintptr{pc}).Next()
	if fr.File == "" {
		return ""
	}
	return fmt.Sprintf("%s:%d", filepath.Base(fr.File), fr.Line)
}

func (h *leakHandler) WithAttrs(as []slog.Attr) slog.Handler {
	c := *h
	c.attrs = append([]slog.Attr(nil), h.attrs...)
	for _, a := range as {
		c.attrs = append(c.attrs, qualify(h.groups, a))
	}
	if h.next != nil {
		c.next = h.next.WithAttrs(as)
	}
	return &c
}

func (h *leakHandler) WithGroup(name string) slog.Handler {
	c := *h
	c.groups = append(append([]string(nil), h.groups...), name)
	if h.next != nil {
		c.next = h.next.WithGroup(name)
	}
	return &c
}
