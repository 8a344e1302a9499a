package report

import (
	"encoding/json"
	"io"

	"github.com/walletaudit/walletaudit/audit"
)

// Version is the version of the JSON report format.
const Version = "1"

// revealed shadows Finding.Secret with the object that includes the raw
// value; it is used only with Options.ShowSecrets.
type revealed struct {
	audit.Finding
	Secret any `json:"secret"`
}

func jsonValue(f audit.Finding, show bool) any {
	if show {
		return revealed{Finding: f, Secret: f.Secret.RevealedJSON()}
	}
	return f
}

// Document is the JSON report: the findings and the summary.
type Document struct {
	Version  string          `json:"version"`
	Findings []audit.Finding `json:"findings"`
	Summary  audit.Summary   `json:"summary"`
}

type jsonWriter struct {
	w    io.Writer
	opts Options
	fs   []audit.Finding
}

// NewJSON returns a writer of one JSON document (see Document), findings
// sorted by location.
func NewJSON(w io.Writer, opts Options) Writer { return &jsonWriter{w: w, opts: opts} }

func (j *jsonWriter) Add(f audit.Finding) error { j.fs = append(j.fs, f); return nil }

func (j *jsonWriter) Close(s audit.Summary) error {
	SortByLocation(j.fs)
	doc := struct {
		Version  string        `json:"version"`
		Findings []any         `json:"findings"`
		Summary  audit.Summary `json:"summary"`
	}{Version: Version, Findings: make([]any, 0, len(j.fs)), Summary: normalizeSummary(s)}
	for _, f := range j.fs {
		doc.Findings = append(doc.Findings, jsonValue(f, j.opts.ShowSecrets))
	}
	enc := json.NewEncoder(j.w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

// normalizeSummary makes empty lists marshal as [] rather than null.
func normalizeSummary(s audit.Summary) audit.Summary {
	if s.Skipped == nil {
		s.Skipped = []audit.Skip{}
	}
	if s.Errors == nil {
		s.Errors = []audit.ItemError{}
	}
	if s.BySeverity == nil {
		s.BySeverity = map[string]int{}
	}
	return s
}

type jsonlWriter struct {
	enc  *json.Encoder
	opts Options
}

// NewJSONL returns a writer of JSON Lines: one finding per line as it is
// found, then one line {"summary": …}.
func NewJSONL(w io.Writer, opts Options) Writer {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &jsonlWriter{enc: enc, opts: opts}
}

func (j *jsonlWriter) Add(f audit.Finding) error {
	return j.enc.Encode(jsonValue(f, j.opts.ShowSecrets))
}

func (j *jsonlWriter) Close(s audit.Summary) error {
	return j.enc.Encode(struct {
		Summary audit.Summary `json:"summary"`
	}{normalizeSummary(s)})
}
