package decode

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFieldViews: a text of records, a "Key: value" line each field, in
// which one field holds a word a record (an info-stealer's Autofill.txt:
// "Name: word3", "Value: <word>", a rule line; corpus 251), is read as
// that field's values, a line each, mapped to their lines; fields of
// several words, or too few, or too far apart, give no such view.
func TestFieldViews(t *testing.T) {
	words := strings.Fields("zbytek capart drak jemnost kaple vzlykat jezdec sekta montovat vypravit rastr putyka")
	var b strings.Builder
	b.WriteString("Name: email\nValue: ana@example.org\n===============\nName: walletName\nValue: MetaMask\n===============\n")
	for i, w := range words {
		fmt.Fprintf(&b, "Name: word%d\nValue: %s\n===============\n", i+1, w)
	}
	b.WriteString("Name: password\nValue: hunter2\n===============\n")
	text := b.String()
	got := viewsOf(text, "fields")
	require.Len(t, got, 1)
	assert.Equal(t, "MetaMask\n"+strings.Join(words, "\n")+"\n", string(got[0].Data))
	require.Len(t, got[0].Cells, 13)
	for i, c := range got[0].Cells[1:] {
		assert.Equal(t, words[i], text[c[0]:c[1]])
	}

	several := strings.ReplaceAll(text, "Value: zbytek", "Value: zbytek and more words here")
	assert.Empty(t, viewsOf(several, "fields"), "a value of several words ends the stretch: eleven words are left")
	var far strings.Builder
	for _, w := range words {
		fmt.Fprintf(&far, "Value: %s\na\nb\nc\nd\n", w)
	}
	assert.Empty(t, viewsOf(far.String(), "fields"), "too far apart")
	var yaml strings.Builder
	for _, w := range words[:8] {
		fmt.Fprintf(&yaml, "  - name: %s\n    run: make %s\n", w, w)
	}
	assert.Empty(t, viewsOf(yaml.String(), "fields"), "too few")
}
