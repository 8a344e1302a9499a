package mnemonic

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tyler-smith/go-bip39/wordlists"
)

// TestFindOtherListCue: words under a heading or after a label that names
// another kind of list (a spelling test, a vocabulary) are that list,
// though they pass a checksum; a seed label, or a heading of another
// phrase's words, changes nothing.
func TestFindOtherListCue(t *testing.T) {
	rng := rand.New(rand.NewPCG(43, 44))
	for range 10 {
		fx := newFixture(t, rng, English, 12)
		other := newFixture(t, rng, English, 12)
		line := strings.Join(fx.words, " ")
		var num strings.Builder
		for i, w := range fx.words {
			fmt.Fprintf(&num, "%d. %s\n", i+1, w)
		}
		tests := []struct {
			text string
			want bool
		}{
			{"TODO\n- words for Lea's spelling test: " + line + "\n- gym\n", false},
			{"Vocabulary, unit 4:\n\n" + line + "\n", false},
			{"Spelling words, week 3\n" + num.String(), false},
			{"Liste de vocabulaire : " + line + "\n", false},
			{"Your drawing prompts: " + strings.Join(fx.words, ", ") + "\n", false},
			{"Today's prompt:\n" + line + "\n", false},
			{"- seed words: " + line + "\n", true},
			{"Recovery phrase (spelling checked):\n" + line + "\n", true},
			{"Wallet backup, not the shopping list:\n" + num.String(), true},
			{strings.Join(other.words, " ") + " quiz poem\n" + line + "\n", true},
			// The headings the words are under, and the text's title.
			{"# Spelling lists (Year 4)\n\nMrs Patel sends these on Mondays.\n\n## Week 2\n" + num.String(), false},
			{"Inglés - vocabulario del tema 4\n\nPalabras nuevas: " + line + "\n", false},
			{"<h2>Word Nerd Weekly</h2><p>This week's twelve words for your vocabulary journal:</p>\n" + line + "\n", false},
			{"# Spelling lists\n\n## Week 1\nwidth income\n\n## Wallet\n" + line + "\n", true},
			{"Compras\n- arroz\n- feijão\n\nCarteira do celular:\n" + line + "\n", true},
		}
		for _, tt := range tests {
			ms := Find([]byte(tt.text))
			var got []string
			for _, m := range ms {
				got = append(got, m.Phrase.Reveal())
			}
			assert.Equal(t, tt.want, slices.Contains(got, fx.norm), tt.text)
		}
	}
}

// TestFindNamedOtherList: a file whose name names another kind of list
// keeps only the phrases written after a seed's label, whole or in parts.
func TestFindNamedOtherList(t *testing.T) {
	rng := rand.New(rand.NewPCG(45, 46))
	for range 10 {
		fx := newFixture(t, rng, English, 12)
		line := strings.Join(fx.words, " ")
		for _, name := range []string{"Documents/spelling-worksheet.tex", "Documentos/vocabulario tema 4.txt", "文档/二年级生字表.txt", "WhatsApp Chat with Word Game.txt",
			"Documents/vocabulaire.ods!content.xml", "Downloads/word_frequency.xlsx!xl/sharedStrings.xml"} {
			assert.Empty(t, FindNamed(name, []byte("Week 3\n"+line+"\n")), name)
			assert.Empty(t, FindPart(name, []byte(line+"\n")), name)
			ms := FindNamed(name, []byte("Week 3\nmy seed: "+line+"\n"))
			if assert.Len(t, ms, 1, name) {
				assert.Equal(t, fx.norm, ms[0].Phrase.Reveal())
			}
			// A wallet's name, or where the seed is kept, labels it too.
			for _, label := range []string{"my Ledger:", "metamask", "cold storage:"} {
				assert.Len(t, FindNamed(name, []byte("Week 3\n"+label+"\n"+line+"\n")), 1, name+", "+label)
			}
		}
		assert.Len(t, FindPart("notes/backup.txt", []byte(line+"\n")), 1)
		// A drill or a practice of restoring a wallet is no word drill.
		for _, name := range []string{"docs/private/restore-drill.rst", "ops/recovery practice.md", "backup_game_day.txt"} {
			assert.Len(t, FindPart(name, []byte(line+"\n")), 1, name)
		}
		// Only an office document names its members: an archive does not.
		assert.Len(t, FindPart("spelling.zip!notes/backup.txt", []byte(line+"\n")), 1)
	}
}

// TestFindOtherListStrongCheck: a phrase whose checksum no list passes by
// chance (24 BIP-39 words, 8 bits) stands under a heading or in a file
// that names a list of another kind, as people keep seeds among their
// vocabulary (the 273rd blind corpus); 12 words (4 bits) do not.
func TestFindOtherListStrongCheck(t *testing.T) {
	rng := rand.New(rand.NewPCG(273, 274))
	for range 5 {
		long, short := newFixture(t, rng, English, 24), newFixture(t, rng, English, 12)
		for _, fx := range []fixture{long, short} {
			var num strings.Builder
			for i, w := range fx.words {
				fmt.Fprintf(&num, "| %d | %s |\n", i+1, w)
			}
			want := len(fx.words) == 24
			found := func(ms []Match) bool {
				return slices.ContainsFunc(ms, func(m Match) bool { return m.Phrase.Reveal() == fx.norm })
			}
			assert.Equal(t, want, found(Find([]byte("# Unité 3 — vocabulaire anglais\n\n| # | mot |\n|---|---|\n"+num.String()))), "heading, %d words", len(fx.words))
			assert.Equal(t, want, found(FindNamed("Documentos/vocabulario_personal.csv", []byte(strings.Join(fx.words, ",")+"\n"))), "name, %d words", len(fx.words))
		}
	}
}

// TestFindOtherListCueLanguages: tags, keywords, dictations, word games
// and puzzles named in the wordlists' languages, plain-text headings in
// capitals or after a heading's mark, hashtags and words joined by the
// marks of a tag cloud or a word chain. A seed's label still keeps them.
func TestFindOtherListCueLanguages(t *testing.T) {
	rng := rand.New(rand.NewPCG(47, 48))
	for range 10 {
		es, it, pt := newFixture(t, rng, Spanish, 12), newFixture(t, rng, Italian, 12), newFixture(t, rng, Portuguese, 12)
		fr, cs, ko := newFixture(t, rng, French, 12), newFixture(t, rng, Czech, 12), newFixture(t, rng, Korean, 12)
		ja := newFixture(t, rng, Japanese, 12)
		var num strings.Builder
		for i, w := range ko.words {
			fmt.Fprintf(&num, "%d. %s\n", i+1, w)
		}
		tests := []struct {
			fx   fixture
			text string
			want bool
		}{
			{es, "Etiquetas: " + strings.Join(es.words, " ") + "\n", false},
			{fr, "Mots-clés : " + strings.Join(fr.words, ", ") + "\n", false},
			{it, "Tag: " + strings.Join(it.words, " ") + "\n", false},
			{pt, "Marcadores: " + strings.Join(pt.words, ", ") + "\n", false},
			{cs, "Štítky: " + strings.Join(cs.words, " ") + "\n", false},
			{cs, "Cestou jsme s dětmi hráli slovní fotbal, Klárka to psala do mobilu, tady je celá řada: " + strings.Join(cs.words, " – ") + "\n", false},
			{es, "[4/3/24, 22:10:37] Sergio: Estamos jugando al Pasapalabra casero con la app y papá no acierta ni una. Las de mi rosco eran: " + strings.Join(es.words, ", ") + "\n", false},
			{es, "3. DICTADO DEL LUNES\nLa profe ha dicho que sale de estas palabras, que hay que\ncopiar tres veces cada una: " + strings.Join(es.words, ", ") + "\n", false},
			{pt, "DITADO DA PRÓXIMA SEMANA\nA professora passou estas palavras no quadro:\n\n" + strings.Join(pt.words, "   ") + "\n", false},
			{ko, "■ 이번 주 받아쓰기 (5급)\n낱말을 소리 내어 읽고, 공책에 세 번씩 써 오세요.\n" + num.String(), false},
			{ko, "#" + strings.Join(ko.words, " #") + "\n", false},
			{ja, strings.Join(ja.words, "→") + "\n", false},
			{es, "Lista de la compra\tCantidad\n" + strings.Join(es.words, "\t1\n") + "\t2\n", false},
			// Markup's titles and headings are read as Markdown's.
			{ko, "<export>Exported 2024-05-14</export>\n<note><title>받아쓰기 3주</title><created>20231102T181203Z</created>\n<content><en-note><div>월요일</div><div>" + strings.Join(ko.words, "</div><div>") + "</div></en-note></content></note>\n", false},
			{it, "<html><body><p>Pagina 4</p><h2>Lessico, unità 4</h2><p>Per lunedì</p><p>" + strings.Join(it.words, "<br>") + "</p></body></html>\n", false},
			{it, "<html><body><p>Pagina 4</p><h2>Portafoglio</h2><p>Per lunedì</p><p>" + strings.Join(it.words, "<br>") + "</p></body></html>\n", true},
			// A seed's label, or a heading that names none, keeps them.
			{es, "Etiquetas de la cartera: " + strings.Join(es.words, " ") + "\n", true},
			// A note's front matter tags the note, not the list under it.
			{ko, "---\ntags: [crypto, ledger]\ncreated: 2024-05-12\n---\n\n```\n" + num.String() + "```\n", true},
			{ko, "---\ntags: [crypto]\n---\n\n> [!question] Moi\n> Est-ce que ma grille est bien recopiée ?\n\n" + num.String(), true},
			// So do a page's properties (Notion's, Bear's): the tags
			// after "Tags:" are the page's; with none, the list is them.
			{ko, "# Seed backup\n\nTags: crypto\n\n" + num.String(), true},
			{ko, "Tags: crypto, ledger\nCreated: May 12, 2024 9:14 AM\n\n" + num.String(), true},
			{ko, "Etiquetas: cripto\n" + num.String(), true},
			{ko, "Tags:\n" + num.String(), false},
			// "Keywords" with a phrase's word count are a seed's.
			{es, "Palabras clave: " + strings.Join(es.words, ", ") + "\n", false},
			{es, "Mis 12 palabras clave:\n" + strings.Join(es.words, " ") + "\n", true},
			{pt, "As 12 palavras-chave: " + strings.Join(pt.words, " ") + "\n", true},
			{pt, "DITADO DA PRÓXIMA SEMANA\n\nsemente da carteira: " + strings.Join(pt.words, " ") + "\n", true},
			{es, "IMPORTANTE\nNo compartir.\n\n" + strings.Join(es.words, " ") + "\n", true},
			{cs, "Hráli jsme slovní fotbal, ale tohle je moje seed: " + strings.Join(cs.words, " ") + "\n", true},
			{it, strings.Join(it.words, " • ") + "\n", true},
			// Notes exported into one file, a rule between them: the
			// first note's title ("Courses", a shopping list) is not
			// the next note's; without the rule it titles the text.
			{fr, "Courses\n• lait\n• pain\n----------------------------------------\n• " + strings.Join(fr.words, "\n• ") + "\n----------------------------------------\nRDV jeudi\n", true},
			{fr, "Courses\n• lait\n• pain\n\f• " + strings.Join(fr.words, "\n• ") + "\n", true},
			{fr, "Courses\n\n• " + strings.Join(fr.words, "\n• ") + "\n\nRDV jeudi\n", false},
		}
		for _, tt := range tests {
			var got []string
			for _, m := range Find([]byte(tt.text)) {
				got = append(got, m.Phrase.Reveal())
			}
			assert.Equal(t, tt.want, slices.Contains(got, tt.fx.norm), tt.text)
		}
	}
}

// TestWordCountIdeographicSpace: a line of Japanese words written with
// ideographic spaces is as many words as it holds, so a list word among
// them ("れんしゅう", practice) is no heading over the phrase below.
func TestWordCountIdeographicSpace(t *testing.T) {
	rng := rand.New(rand.NewPCG(49, 50))
	for range 10 {
		fx := newFixture(t, rng, Japanese, 12)
		// A phrase whose first word is れんしゅう: its first 11 bits.
		k := slices.Index(wordlists.Japanese, "れんしゅう")
		ent := make([]byte, 16)
		for i := range ent {
			ent[i] = byte(rng.UintN(256))
		}
		ent[0], ent[1] = byte(k>>3), byte(k<<5)|ent[1]&0x1f
		above, err := FromEntropy(ent, Japanese)
		require.NoError(t, err)
		text := strings.Join(above.RevealWords(), "　") + "\n" + strings.Join(fx.words, "　") + "\n"
		var got []string
		for _, m := range Find([]byte(text)) {
			got = append(got, m.Phrase.Reveal())
		}
		assert.Contains(t, got, fx.norm)
		assert.Contains(t, got, above.Reveal())
	}
	assert.Equal(t, 3, wordCount([]byte("しゃおん　いわかん、よさん。")))
}

// TestCSVRowLabel: a CSV row whose first field labels it ("main", a list
// word) before twelve words under a header that numbers them is the
// twelve words; without that header the row is a list of thirteen.
func TestCSVRowLabel(t *testing.T) {
	rng := rand.New(rand.NewPCG(51, 52))
	for range 10 {
		fx := newFixture(t, rng, English, 12)
		row := "main," + strings.Join(fx.words, ",") + "\n"
		var got []string
		for _, m := range Find([]byte("label,w1,w2,w3,w4,w5,w6,w7,w8,w9,w10,w11,w12\r\n" + row)) {
			got = append(got, m.Phrase.Reveal())
		}
		assert.Contains(t, got, fx.norm)
		for _, text := range []string{row, "label,a,b,c,d,e,f,g,h,i,j,k,l\n" + row, "label,w1,w2,w3,w4,w5,w6,w7,w8,w9,w10,w11\n" + row} {
			for _, m := range Find([]byte(text)) {
				assert.NotEqual(t, fx.norm, m.Phrase.Reveal(), text)
			}
		}
	}
}

// TestTrigrams checks the filter cues puts before its searches: it never
// turns down a word the text holds, and turns down most words it does
// not hold.
func TestTrigrams(t *testing.T) {
	texts := []string{
		"spelling-worksheet.tex", "vocabulario tema 4.txt", "二年级生字表.txt", "index.js",
		"# week 2 spelling list", "recovery phrase:", "mots clés du jour", "ab", "",
	}
	words := append(append(append(append([][]byte{}, seedLabels...), otherListCues...), sentenceCues...), keywordCues...)
	for _, text := range texts {
		var tri trigrams
		tri.add([]byte(text))
		for i := range len(text) {
			for j := i + 1; j <= len(text); j++ {
				assert.True(t, tri.may([]byte(text[i:j])), "%q in %q", text[i:j], text)
			}
		}
		absent, turned := 0, 0
		for _, w := range words {
			if !bytes.Contains([]byte(text), w) && len(w) >= 3 {
				absent++
				if !tri.may(w) {
					turned++
				}
			}
		}
		assert.Greater(t, turned*10, absent*9, "%q: %d of %d absent words turned down", text, turned, absent)
	}
}

// TestFindCardAfterRemark: in a flashcard deck (tab-separated fields,
// one card a line, the backs definitions in list words), a card whose
// front labels a phrase, with a remark in parentheses after the label,
// is read as the phrase even when a list word before it and the next
// card's first field make the run of list words a phrase's length.
func TestFindCardAfterRemark(t *testing.T) {
	rng := rand.New(rand.NewPCG(49, 50))
	for range 10 {
		fx := newFixture(t, rng, English, 12)
		card := func(front string) string {
			return "#separator:tab\nBasic\tGRE\tmeadow\ta piece of grassland\n" +
				"Basic\tGRE\t" + front + "\t" + strings.Join(fx.words, " ") + "\n" +
				"Basic\tGRE\tshallow\tof little depth\n"
		}
		for _, front := range []string{"wallet backup (don't study this one)", "seed\t(old phone)"} {
			ms := Find([]byte(card(front)))
			if assert.Len(t, ms, 1, front) {
				assert.Equal(t, fx.norm, ms[0].Phrase.Reveal(), front)
			}
		}
		// A remark with no label before it labels nothing.
		assert.Empty(t, Find([]byte(card("lucky draw (this one)"))), "no label")
	}
}

// TestFindDisclaimedAbove: words that a line above them says are no
// wallet's ("Word list for the team quiz (not a wallet!):" over two rows
// of twelve; corpus 301, where the second row passed Electrum's check of
// 12 bits by chance) are not read, whatever their check; a warning that
// says something else ("do not share") is no disclaimer.
func TestFindDisclaimedAbove(t *testing.T) {
	rng := rand.New(rand.NewPCG(301, 11))
	for seeds := 1; seeds <= 6; seeds++ {
		p := strings.Join(electrumOnlySeed(t, rng), " ")
		other := strings.Join(randomWords(rng, Wordlist(English), 12), " ")
		disclaimed := []string{
			"# Glossary\n\nWord list for the team quiz (not a wallet!):\n" + other + "\n" + p + "\n",
			"Example only, NOT A REAL SEED: " + p + "\n",
		}[seeds%2]
		assert.Empty(t, Find([]byte(disclaimed)), "seed %d", seeds)
		kept := []string{
			"Electrum seed (do not share!):\n" + p + "\n",
			"# Wallet\n\nThis is not a drill. electrum seed:\n" + p + "\n",
		}[seeds%2]
		ms := Find([]byte(kept))
		require.Len(t, ms, 1, "seed %d", seeds)
		assert.Equal(t, fp(p), fp(ms[0].Phrase.Reveal()), "seed %d", seeds)
	}
}

// TestFindUnderListItemTitle: a note that starts with a list's item ("-
// buy printer ink", then other chores) has no title: the item's cue does
// not name the phrase dropped among the items below (corpus 300); a cue
// on the phrase's own item still does.
func TestFindUnderListItemTitle(t *testing.T) {
	rng := rand.New(rand.NewPCG(300, 56))
	for i := range 6 {
		fx := newFixture(t, rng, English, 12)
		words := strings.Join(fx.words, " ")
		if i%2 == 1 {
			words = strings.ToUpper(words)
		}
		findsOne(t, "- buy printer ink\n- call Mum Sunday\n- return library books (Montale, Seifert)\n- "+words+"\n- agent query #3 to Caldwell Lit\n", fx, "sample %d", i)
		assert.Empty(t, Find([]byte("- call Mum Sunday\n- buy: "+words+"\n")), "sample %d: a cue on its item", i)
	}
	assert.True(t, listItem([]byte("  * eggs")))
	assert.False(t, listItem([]byte("Shopping list")))
}

// TestFindUnderQuotation: a quotation on the line above (a lyric noted
// between quotes, "we were only practice …"; corpus 300) is no heading
// whose cue names the words under it; a heading is.
func TestFindUnderQuotation(t *testing.T) {
	rng := rand.New(rand.NewPCG(300, 9))
	for i := range 6 {
		fx := newFixture(t, rng, English, 12)
		a, b := strings.Join(fx.words[:6], " "), strings.Join(fx.words[6:], " ")
		quote := []string{`- "we were only practice for the real goodbye"`, "> “practice makes the vane turn”"}[i%2]
		findsOne(t, "chorus ideas (voice memos 17-22)\n\n"+quote+"\n\n"+a+"\n"+b+"\n", fx, "sample %d", i)
		assert.Empty(t, Find([]byte("chorus ideas\n\nwords to practice\n\n"+a+"\n"+b+"\n")), "sample %d: a heading", i)
	}
}

// TestFindMemoryAidIsNoSeedLabel: "mnemonic" in "mnemonic devices" names
// a memory aid, not a seed, so a cue beside it ("for learning
// vocabulary") still names the words after it (corpus 299); "mnemonic"
// alone is a seed's label.
func TestFindMemoryAidIsNoSeedLabel(t *testing.T) {
	rng := rand.New(rand.NewPCG(299, 2))
	for i := range 6 {
		fx := newFixture(t, rng, English, 12)
		words := strings.Join(fx.words, " ")
		assert.Empty(t, Find([]byte("# Reading list\n- \"Mnemonic devices for learning vocabulary\" – twelve simple words: "+words+"\n")), "sample %d", i)
		findsOne(t, "# Reading list\n- vocabulary mnemonic: "+words+"\n", fx, "sample %d", i)
	}
}
