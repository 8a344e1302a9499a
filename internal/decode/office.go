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
func officeTextViews(w *walker, data []byte, emit func(View) bool) bool {
	// Such XML starts with its declaration ("<?xml …?>"): other text is
	// not searched for the marks.
	if !bytes.HasPrefix(bytes.TrimLeft(data[:min(len(data), 64)], "\ufeff \t\r\n"), []byte("<?xml")) {
		return true
	}
	office := false
	for _, m := range officeMarks {
		office = office || bytes.Contains(data, []byte(m))
	}
	if !office || w.stop() {
		return w.err == nil
	}
	text, spans := mnemonic.MarkupLines(data)
	if len(spans) == 0 {
		return true
	}
	return emit(View{Data: text, Encoding: "office-text", Start: spans[0][0], End: spans[len(spans)-1][1], Cells: spans})
}
