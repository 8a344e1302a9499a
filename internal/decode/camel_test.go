package decode

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCamelViews: twelve words or more of three to eight letters glued in
// CamelCase are read apart; identifiers of a few words or of short words,
// and letters with capitals anyhow, are not.
func TestCamelViews(t *testing.T) {
	words := strings.Fields("abandon ability able about above absent absorb abstract absurd abuse access accident")
	camel := func(lowerFirst bool) string {
		var b strings.Builder
		for i, w := range words {
			if i == 0 && lowerFirst {
				b.WriteString(w)
				continue
			}
			b.WriteString(strings.ToUpper(w[:1]) + w[1:])
		}
		return b.String()
	}
	for _, tc := range []struct{ name, text string }{
		{"upper camel", "seed=" + camel(false) + "\n"},
		{"lower camel", "pw: " + camel(true)},
	} {
		got := viewsOf(tc.text, "camel")
		require.Len(t, got, 1, tc.name)
		assert.Equal(t, strings.Join(words, " "), string(got[0].Data), tc.name)
		assert.Equal(t, camel(tc.name == "lower camel"), tc.text[got[0].Start:got[0].End], tc.name)
	}
	assert.Empty(t, viewsOf("class AbstractSingletonProxyFactoryBeanDefinitionRegistryPostProcessor {}", "camel"), "a Java identifier")
	assert.Empty(t, viewsOf("ThisIsAVeryLongIdentifierNameWithoutDigitsAtAllInItOrThere", "camel"), "words of one and two letters")
	assert.Empty(t, viewsOf("acOPcgFLCGPLZqegcgebihtdqekcrhqbyxtdqwvlyxqbia", "camel"), "capitals anyhow, as in base64")
	assert.Empty(t, viewsOf(strings.Repeat("Abc", 11), "camel"), "eleven words")
}
