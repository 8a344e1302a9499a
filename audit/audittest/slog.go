package audittest

import (
	"bytes"
	"context"
	"log/slog"
	"sync"
	"time"
)

// Handler returns an slog.Handler that passes records to next (which may
// be nil) and fails t the moment a record, rendered as JSON with its
// attributes, holds a secret or a canary derivative. Use it as the logger
// of the code under test.
func Handler(t TB, next slog.Handler, canaries ...*Canary) slog.Handler {
	return &leakHandler{t: t, next: next, canaries: canaries, mu: &sync.Mutex{}}
}

type leakHandler struct {
	t        TB
	next     slog.Handler
	canaries []*Canary
	attrs    []slog.Attr
	groups   []string
	mu       *sync.Mutex
}

func (h *leakHandler) Enabled(ctx context.Context, l slog.Level) bool { return true }

func (h *leakHandler) Handle(ctx context.Context, r slog.Record) error {
	h.mu.Lock()
	var buf bytes.Buffer
	var jh slog.Handler = slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})
	if len(h.attrs) > 0 {
		jh = jh.WithAttrs(h.attrs)
	}
	for _, g := range h.groups {
		jh = jh.WithGroup(g)
	}
	scan := r.Clone()
	scan.Time = time.Time{} // the time is no secret, and varies
	_ = jh.Handle(ctx, scan)
	data := buf.Bytes()
	h.t.Helper()
	NoSecrets(h.t, "a log record", data)
	for _, c := range h.canaries {
		c.AssertAbsent(h.t, data)
	}
	h.mu.Unlock()
	if h.next != nil && h.next.Enabled(ctx, r.Level) {
		return h.next.Handle(ctx, r)
	}
	return nil
}

func (h *leakHandler) WithAttrs(as []slog.Attr) slog.Handler {
	c := *h
	c.attrs = append(append([]slog.Attr(nil), h.attrs...), as...)
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
