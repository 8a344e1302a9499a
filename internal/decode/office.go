package decode

import (
	"bytes"

	"github.com/walletaudit/walletaudit/mnemonic"
)

// officeMarks are the paragraph and text elements of word processors'
// XML: OOXML's (Word, and DrawingML's in slides), OpenDocument's.
var officeMarks = [...]string{"<w:t", "<text:p", "<a:t"}

// officeTextViews reads the XML of a word processor's document (Word's
// word/document.xml, OpenDocument's content.xml and styles.xml, a
// slide) as its text shows, a paragraph a line (mnemonic.MarkupLines):
// a keystore pasted into a document a paragraph a line, or a key in the
// paragraph under its label, is then JSON or text under a label. The
// view ("office-text") maps each line to the markup it comes from.
//
// An HTML page (a saved forum thread, a help desk's ticket) is read so
// too, from its start ("<!DOCTYPE html", "<html"; as written, not inside
// another encoding, nor its own view, which keeps the doctype): a key in the
// paragraph or the block under its label ("…key from my export:</p>
// <pre>…</pre>") is text under a label there. Its view is "html-text".
// An RTF document (WordPad's, TextEdit's) is read so too, its letters
// beyond ASCII decoded from their escapes ("Schl\'fcssel"): a label
// written with them names the key under it. Its view is "rtf-text".
func officeTextViews(w *walker, data []byte, top bool, emit func(View) bool) bool {
	// Such XML starts with its declaration ("<?xml …?>"): other text is
	// not searched for the marks.
	head := bytes.TrimLeft(data[:min(len(data), 64)], "\ufeff \t\r\n")
	if top && htmlStart(head) {
		return markupView(w, data, "html-text", emit)
	}
	if top && bytes.HasPrefix(head, []byte(`{\rtf`)) {
		return markupView(w, data, "rtf-text", emit)
	}
	if !bytes.HasPrefix(head, []byte("<?xml")) {
		return true
	}
	office := false
	for _, m := range officeMarks {
		office = office || bytes.Contains(data, []byte(m))
	}
	if !office {
		return true
	}
	return markupView(w, data, "office-text", emit)
}

// markupView emits the view of markup data as its text shows, a line a
// paragraph, each line mapped to the markup it comes from.
func markupView(w *walker, data []byte, enc string, emit func(View) bool) bool {
	if w.stop() {
		return w.err == nil
	}
	text, spans := mnemonic.MarkupLines(data)
	if len(spans) == 0 {
		return true
	}
	return emit(View{Data: text, Encoding: enc, Start: spans[0][0], End: spans[len(spans)-1][1], Cells: spans})
}

// htmlStart reports whether head starts an HTML document: its doctype or
// its html element, in any case; or a fragment of one that starts with a
// block or a head's element, as a mail's HTML part does (Gmail's `<div
// dir="ltr">`, `<p>`, `<meta …>`).
func htmlStart(head []byte) bool {
	for _, p := range [...]string{"<!doctype html", "<html"} {
		if len(head) >= len(p) && bytes.EqualFold(head[:len(p)], []byte(p)) {
			return true
		}
	}
	for _, p := range htmlFragmentStarts {
		if len(head) > len(p) && bytes.EqualFold(head[:len(p)], []byte(p)) && (head[len(p)] == '>' || head[len(p)] == ' ') {
			return true
		}
	}
	return false
}

// htmlFragmentStarts are the elements an HTML fragment that htmlStart
// reads may start with.
var htmlFragmentStarts = [...]string{"<div", "<p", "<body", "<head", "<meta", "<table", "<pre", "<span", "<style"}
