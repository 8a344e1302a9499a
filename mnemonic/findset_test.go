package mnemonic

import (
	"encoding/hex"
	"flag"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TestFindSet is a labelled test set for Find: classes of layouts with a
// planted phrase (recall must be at least 99.5% per class, with no other
// match in the sample) and classes of text with no phrase (no match at
// all). Every phrase is generated here from a fixed-seed PRNG; none is a
// real wallet's. Messages show class names, sample indices and
// fingerprints, never words; -findset.dump DIR writes the failing samples
// to files for debugging.
//
//	go test ./mnemonic -run TestFindSet -v
//	go test ./mnemonic -run TestFindSet -findset.dump /tmp/findset

var (
	findsetDump  = flag.String("findset.dump", "", "directory to write the failing samples of TestFindSet to")
	findsetClass = flag.String("findset.class", "", "run only the TestFindSet classes whose name matches this regular expression")
)

const (
	findsetSamples = 200   // samples per class
	findsetRecall  = 0.995 // the target recall of every positive class
	findsetTries   = 400   // generation attempts per sample before giving up
)

// fsLang is a language with its separator and the prose written around
// its phrases.
type fsLang struct {
	lang  Language
	sep   string
	prose []string // sentences
	todo  []string // to-do items
	hello string   // an email greeting
	bye   string   // an email closing
	label string   // "seed phrase" in the language
}

var fsLangs = []fsLang{
	{English, " ", []string{
		"Met with the accountant on Tuesday to go over the quarterly numbers.",
		"The landlord says the heating will be fixed before the end of the month.",
		"Remember that the dentist moved the appointment to half past nine.",
		"We still have not decided where to spend the summer holidays this year.",
		"Picked up the parcel from the post office; the box was slightly damaged.",
		"The new laptop arrived, so the old one can go to my sister.",
		"Train tickets for the conference are booked, but the hotel is not yet.",
		"Grandma called again and asked when we are coming to visit her.",
		"I finally set up the hardware wallet after reading the manual twice.",
		"The plumber left an invoice that needs to be paid by Friday.",
	}, []string{"buy milk and bread", "call the insurance company", "renew the passport", "water the plants", "send the invoice to Mark", "back up the photos"},
		"Hi Sam,", "Best regards,\nAnna", "seed phrase"},
	{Spanish, " ", []string{
		"Hoy hablé con el contable sobre las cuentas del trimestre.",
		"El casero dice que arreglarán la calefacción antes de fin de mes.",
		"La cita con el dentista se ha movido a las nueve y media.",
		"Todavía no sabemos dónde pasaremos las vacaciones de verano.",
		"Recogí el paquete en correos, aunque la caja llegó algo dañada.",
		"Por fin configuré la cartera después de leer el manual dos veces.",
		"Los billetes de tren para el congreso ya están comprados.",
		"La abuela volvió a llamar para preguntar cuándo iremos a verla.",
	}, []string{"comprar leche y pan", "llamar al seguro", "renovar el pasaporte", "regar las plantas", "enviar la factura a Marcos"},
		"Hola Carmen,", "Un saludo,\nJavier", "frase semilla"},
	{French, " ", []string{
		"J'ai vu le comptable mardi pour faire le point sur le trimestre.",
		"Le propriétaire promet que le chauffage sera réparé avant la fin du mois.",
		"Le rendez-vous chez le dentiste a été déplacé à neuf heures et demie.",
		"Nous n'avons toujours pas choisi où passer les vacances d'été.",
		"J'ai récupéré le colis à la poste, le carton était un peu abîmé.",
		"J'ai enfin configuré le portefeuille après avoir lu la notice deux fois.",
		"Les billets de train pour le colloque sont réservés, pas encore l'hôtel.",
		"Mamie a rappelé pour savoir quand nous viendrons la voir.",
	}, []string{"acheter du lait et du pain", "appeler l'assurance", "renouveler le passeport", "arroser les plantes", "envoyer la facture à Marc"},
		"Bonjour Claire,", "Bien cordialement,\nJulien", "phrase de récupération"},
	{Italian, " ", []string{
		"Martedì ho incontrato il commercialista per i conti del trimestre.",
		"Il padrone di casa dice che il riscaldamento sarà riparato entro fine mese.",
		"L'appuntamento dal dentista è stato spostato alle nove e mezza.",
		"Non abbiamo ancora deciso dove passare le vacanze estive.",
		"Ho ritirato il pacco alla posta, la scatola era un po' rovinata.",
		"Finalmente ho configurato il portafoglio dopo aver letto il manuale due volte.",
		"I biglietti del treno per il convegno sono prenotati, l'albergo non ancora.",
		"La nonna ha richiamato per chiedere quando andremo a trovarla.",
	}, []string{"comprare latte e pane", "chiamare l'assicurazione", "rinnovare il passaporto", "annaffiare le piante", "mandare la fattura a Marco"},
		"Ciao Giulia,", "Cordiali saluti,\nLuca", "frase di recupero"},
	{Czech, " ", []string{
		"V úterý jsem byl u účetní kvůli čtvrtletní uzávěrce.",
		"Pronajímatel slíbil, že topení opraví do konce měsíce.",
		"Návštěva u zubaře se přesunula na půl desáté.",
		"Pořád jsme se nerozhodli, kam pojedeme v létě na dovolenou.",
		"Vyzvedl jsem balík na poště, krabice byla trochu pomačkaná.",
		"Konečně jsem nastavil peněženku, návod jsem četl dvakrát.",
		"Jízdenky na konferenci máme, hotel ještě ne.",
		"Babička znovu volala a ptala se, kdy přijedeme.",
	}, []string{"koupit mléko a chléb", "zavolat pojišťovně", "prodloužit pas", "zalít květiny", "poslat fakturu Markovi"},
		"Ahoj Petře,", "S pozdravem,\nJana", "obnovovací fráze"},
	{Portuguese, " ", []string{
		"Na terça falei com o contador sobre as contas do trimestre.",
		"O senhorio diz que o aquecimento será consertado até o fim do mês.",
		"A consulta no dentista passou para as nove e meia.",
		"Ainda não decidimos onde vamos passar as férias de verão.",
		"Busquei a encomenda nos correios, a caixa veio um pouco amassada.",
		"Finalmente configurei a carteira depois de ler o manual duas vezes.",
		"As passagens de trem para o congresso já estão compradas.",
		"A avó ligou de novo perguntando quando vamos visitá-la.",
	}, []string{"comprar leite e pão", "ligar para o seguro", "renovar o passaporte", "regar as plantas", "enviar a fatura ao Marcos"},
		"Olá Beatriz,", "Abraços,\nRicardo", "frase de recuperação"},
	{Japanese, "\u3000", []string{
		"火曜日に税理士と四半期の数字を確認した。",
		"大家さんは月末までに暖房を直すと言っている。",
		"歯医者の予約は九時半に変更になった。",
		"夏休みをどこで過ごすか、まだ決めていない。",
		"郵便局で荷物を受け取ったが、箱が少しつぶれていた。",
		"説明書を二回読んでから、やっとウォレットを設定した。",
		"学会の新幹線は予約済みだが、ホテルはまだだ。",
		"祖母からまた電話があり、いつ来るのかと聞かれた。",
	}, []string{"牛乳とパンを買う", "保険会社に電話する", "パスポートを更新する", "植木に水をやる", "請求書を送る"},
		"田中さん、お疲れさまです。", "よろしくお願いします。\n佐藤", "シードフレーズ"},
	{Korean, " ", []string{
		"화요일에 세무사와 분기 실적을 검토했다.",
		"집주인은 이달 말까지 난방을 고쳐 주겠다고 했다.",
		"치과 예약이 아홉 시 반으로 바뀌었다.",
		"여름 휴가를 어디서 보낼지 아직 정하지 못했다.",
		"우체국에서 소포를 찾았는데 상자가 조금 찌그러져 있었다.",
		"설명서를 두 번 읽고 나서야 지갑을 설정했다.",
		"학회 기차표는 예매했지만 호텔은 아직이다.",
		"할머니가 또 전화해서 언제 오냐고 물으셨다.",
	}, []string{"우유와 빵 사기", "보험사에 전화하기", "여권 갱신하기", "화분에 물 주기", "청구서 보내기"},
		"민수 씨, 안녕하세요.", "감사합니다.\n지영 드림", "복구 문구"},
	{ChineseSimplified, " ", []string{
		"星期二和会计师核对了季度账目。",
		"房东说月底之前会把暖气修好。",
		"牙医的预约改到了九点半。",
		"暑假去哪里还没有决定。",
		"在邮局取了包裹，箱子有点压坏了。",
		"说明书看了两遍，终于把钱包设置好了。",
		"开会的火车票已经买好，酒店还没订。",
		"奶奶又打电话来问我们什么时候回去。",
	}, []string{"买牛奶和面包", "给保险公司打电话", "更新护照", "给花浇水", "寄发票"},
		"小王，你好：", "祝好！\n李明", "助记词"},
	{ChineseTraditional, " ", []string{
		"星期二和會計師核對了季度帳目。",
		"房東說月底之前會把暖氣修好。",
		"牙醫的預約改到了九點半。",
		"暑假去哪裡還沒有決定。",
		"在郵局取了包裹，箱子有點壓壞了。",
		"說明書看了兩遍，終於把錢包設定好了。",
		"開會的火車票已經買好，飯店還沒訂。",
		"奶奶又打電話來問我們什麼時候回去。",
	}, []string{"買牛奶和麵包", "打電話給保險公司", "更新護照", "給花澆水", "寄發票"},
		"小王，你好：", "祝好！\n李明", "助記詞"},
}

func fsLangOf(lang Language) fsLang {
	for _, l := range fsLangs {
		if l.lang == lang {
			return l
		}
	}
	return fsLangs[0] // English prose for the Monero-only languages
}

// fsPhrase is a planted phrase (or, in a lookalike, a near miss).
type fsPhrase struct {
	words  []string // as written: NFC
	norm   string   // Reveal() of the valid phrase; "" for a near miss
	lang   fsLang
	scheme Scheme
	list   []string                  // the list the words come from
	valid  func(words []string) bool // the scheme's validator
}

func (p fsPhrase) text() string { return strings.Join(p.words, p.lang.sep) }

// fsDoc builds a sample and remembers where the phrases were written.
type fsDoc struct {
	t      *testing.T
	rng    *rand.Rand
	lang   fsLang
	nl     string
	b      strings.Builder
	blocks []fsBlock
}

type fsBlock struct{ id, start, end int }

func (d *fsDoc) s(x string) *fsDoc {
	if d.nl != "\n" {
		x = strings.ReplaceAll(x, "\n", d.nl)
	}
	d.b.WriteString(x)
	return d
}

// plant writes x, which holds words of phrase id.
func (d *fsDoc) plant(id int, x string) *fsDoc {
	st := d.b.Len()
	d.s(x)
	d.blocks = append(d.blocks, fsBlock{id, st, d.b.Len()})
	return d
}

// para is n distinct sentences of the document's language.
func (d *fsDoc) para(n int) string {
	pr := d.lang.prose
	perm := d.rng.Perm(len(pr))
	var out []string
	for _, k := range perm[:min(n, len(pr))] {
		out = append(out, pr[k])
	}
	sep := " "
	if d.lang.lang == Japanese || strings.HasPrefix(string(d.lang.lang), "chinese") {
		sep = ""
	}
	return strings.Join(out, sep)
}

func (d *fsDoc) todo() string {
	items := d.lang.todo
	perm := d.rng.Perm(len(items))
	var b strings.Builder
	b.WriteString("TODO:\n")
	for _, k := range perm[:3+d.rng.IntN(len(items)-2)] {
		b.WriteString("- [ ] " + items[k] + "\n")
	}
	return b.String()
}

// fsClass is a class of samples. A positive class plants count phrases
// of the scheme; render writes the sample.
type fsClass struct {
	name   string
	langs  []Language // cycled over samples; nil: the ten BIP-39 languages
	lens   []int      // cycled over samples; nil: 12, 18, 24
	scheme Scheme     // "" BIP-39; "sorted8", SLIP-39, Monero, Polyseed, aezeed, Electrum
	count  int        // phrases per sample; 0 means 1
	render func(d *fsDoc, ps []fsPhrase)
}

// fsNegClass is a class with no phrase; listy marks lists, whose runs of
// more than 24+3 words are lists by definition and not screened.
type fsNegClass struct {
	name  string
	listy bool
	gen   func(d *fsDoc) []string // words used (for the transposed reading check); may be nil
}

func fsNotes(d *fsDoc, ps []fsPhrase) {
	d.s(d.para(2+d.rng.IntN(2))+"\n\n").plant(0, ps[0].text()).s("\n\n" + d.todo())
}

func fsBefore(word string) func(d *fsDoc, ps []fsPhrase) {
	return func(d *fsDoc, ps []fsPhrase) {
		d.s(d.para(2)+"\n\n"+word+" ").plant(0, ps[0].text()).s("\n\n" + d.para(1) + "\n")
	}
}

func fsLines(sizes ...int) func(d *fsDoc, ps []fsPhrase) {
	return func(d *fsDoc, ps []fsPhrase) {
		d.s(d.para(2+d.rng.IntN(2)) + "\n")
		w, k := ps[0].words, 0
		for _, n := range sizes {
			d.plant(0, strings.Join(w[k:k+n], ps[0].lang.sep)+"\n")
			k += n
		}
		d.s("\n" + d.para(1) + "\n")
	}
}

func fsNotesOf(label string) func(d *fsDoc, ps []fsPhrase) {
	return func(d *fsDoc, ps []fsPhrase) {
		d.s(d.para(2)+"\n\n"+label).plant(0, ps[0].text()).s("\n\n" + d.para(2) + "\n")
	}
}

func fsPositives() []fsClass {
	all := []int{12, 15, 18, 21, 24}
	latin := []Language{English, Spanish, French, Italian, Czech, Portuguese}
	cs := []fsClass{
		{name: "notes_lf", lens: all, render: fsNotes},
		{name: "notes_crlf", lens: all, render: func(d *fsDoc, ps []fsPhrase) { d.nl = "\r\n"; fsNotes(d, ps) }},
		{name: "after_ledger", lens: all, render: fsBefore("ledger")},
		{name: "after_metamask", lens: all, render: fsBefore("metamask")},
		{name: "after_abc", lens: all, render: fsBefore("abc")},
		{name: "after_list_word", lens: all, render: func(d *fsDoc, ps []fsPhrase) {
			w := ps[0].list[d.rng.IntN(len(ps[0].list))]
			fsBefore(norm.NFC.String(w))(d, ps)
		}},
		{name: "list_word_after", lens: all, render: func(d *fsDoc, ps []fsPhrase) {
			w := norm.NFC.String(ps[0].list[d.rng.IntN(len(ps[0].list))])
			d.s(d.para(2)+"\n\n").plant(0, ps[0].text()).s(ps[0].lang.sep + w + "\n\n" + d.para(1) + "\n")
		}},
		{name: "unknown_word_after", lens: all, render: func(d *fsDoc, ps []fsPhrase) {
			d.s(d.para(2)+"\n\n").plant(0, ps[0].text()).s(" (ledger)\n\n" + d.para(1) + "\n")
		}},
		{name: "lines_6_6_under_prose", lens: []int{12}, render: fsLines(6, 6)},
		{name: "lines_12_12_under_prose", lens: []int{24}, render: fsLines(12, 12)},
		{name: "lines_4x3_under_prose", lens: []int{12}, render: fsLines(3, 3, 3, 3)},
		{name: "lines_4x6_under_prose", lens: []int{24}, render: fsLines(6, 6, 6, 6)},
		{name: "md_table_three_pairs", lens: []int{24, 12, 18}, render: func(d *fsDoc, ps []fsPhrase) {
			var b strings.Builder
			b.WriteString("| # | word | # | word | # | word |\n|---|------|---|------|---|------|\n")
			w := ps[0].words
			for i := 0; i < len(w); i += 3 {
				fmt.Fprintf(&b, "| %d | %s | %d | %s | %d | %s |\n", i+1, w[i], i+2, w[i+1], i+3, w[i+2])
			}
			d.s(d.para(2)+"\n\n").plant(0, b.String()).s("\n" + d.para(1) + "\n")
		}},
		{name: "md_table_two_columns", lens: []int{12, 24}, render: func(d *fsDoc, ps []fsPhrase) {
			var b strings.Builder
			b.WriteString("| n | word |\n|---|------|\n")
			for i, x := range ps[0].words {
				fmt.Fprintf(&b, "| %d | %s |\n", i+1, x)
			}
			d.s(d.para(2)+"\n\n").plant(0, b.String()).s("\n" + d.para(1) + "\n")
		}},
		{name: "french_18_notes", langs: []Language{French}, lens: []int{18}, render: fsNotesOf("")},
		{name: "czech_21_notes", langs: []Language{Czech}, lens: []int{21}, render: fsNotesOf("")},
		{name: "japanese_12_notes", langs: []Language{Japanese}, lens: []int{12}, render: fsNotesOf("")},
		{name: "japanese_18_env", langs: []Language{Japanese}, lens: []int{18}, render: func(d *fsDoc, ps []fsPhrase) {
			d.s("# wallet\nRPC_URL=http://localhost:8545\nMNEMONIC=\"").plant(0, ps[0].text()).s("\"\nCHAIN_ID=1\n")
		}},
		{name: "spanish_notes", langs: []Language{Spanish}, lens: all, render: fsNotesOf("")},
		{name: "portuguese_notes", langs: []Language{Portuguese}, lens: all, render: fsNotesOf("")},
		{name: "italian_notes", langs: []Language{Italian}, lens: all, render: fsNotesOf("")},
		{name: "korean_notes", langs: []Language{Korean}, lens: all, render: fsNotesOf("")},
		{name: "chinese_simplified_notes", langs: []Language{ChineseSimplified}, lens: all, render: fsNotesOf("")},
		{name: "chinese_traditional_notes", langs: []Language{ChineseTraditional}, lens: all, render: fsNotesOf("")},
		{name: "sorted8_notes", scheme: "sorted8", lens: all, render: fsNotes},
		{name: "sorted8_labelled", scheme: "sorted8", lens: all, render: func(d *fsDoc, ps []fsPhrase) {
			d.s("# wallet\nMNEMONIC=").plant(0, ps[0].text()).s("\nNETWORK=mainnet\n")
		}},
		{name: "chinese_glued_labelled", langs: []Language{ChineseSimplified, ChineseTraditional}, lens: all, render: func(d *fsDoc, ps []fsPhrase) {
			d.s(d.para(2)+"\n\n我的"+ps[0].lang.label+"：").plant(0, strings.Join(ps[0].words, "")).s("。请妥善保管。\n")
		}},
		{name: "typo_english", langs: []Language{English}, lens: all, render: func(d *fsDoc, ps []fsPhrase) {
			w := slices.Clone(ps[0].words)
			for {
				k := d.rng.IntN(len(w) - 1)
				if len(w[k]) < 5 {
					continue
				}
				typo := w[k][:len(w[k])-1] + string(rune('a'+d.rng.IntN(26)))
				if fsLexicon().words[typo] {
					continue
				}
				w[k] = typo
				break
			}
			d.s(d.para(2)+"\n\n").plant(0, strings.Join(w, " ")).s("\n\n" + d.todo())
		}},
		{name: "three_phrases_three_lines", count: 3, render: func(d *fsDoc, ps []fsPhrase) {
			d.s(d.para(2) + "\n\n")
			for i, p := range ps {
				d.plant(i, p.text()).s("\n")
			}
			d.s("\n" + d.todo())
		}},
		{name: "prefixes4_english", langs: []Language{English}, lens: all, render: func(d *fsDoc, ps []fsPhrase) {
			w := make([]string, len(ps[0].words))
			for i, x := range ps[0].words {
				w[i] = x[:min(4, len(x))]
			}
			label := ""
			if d.rng.IntN(2) == 0 {
				label = "backup: "
			}
			d.s(d.para(2)+"\n\n"+label).plant(0, strings.Join(w, " ")).s("\n\n" + d.todo())
		}},
		{name: "numbered_after_prose", lens: all, render: func(d *fsDoc, ps []fsPhrase) {
			d.s(d.para(3)+"\n").plant(0, numbered("%d. %s\n")(ps[0].words, "")).s("\n" + d.para(1) + "\n")
		}},
		{name: "email", lens: all, render: func(d *fsDoc, ps []fsPhrase) {
			l := ps[0].lang
			d.s("From: anna@example.org\nSubject: "+l.label+"\n\n"+l.hello+"\n\n"+d.para(3)+"\n\n"+l.label+":\n\n").
				plant(0, ps[0].text()).s("\n\n" + d.para(2) + "\n\n" + l.bye + "\n--\nSent from my phone\n")
		}},
		{name: "shell_history", lens: all, render: func(d *fsDoc, ps []fsPhrase) {
			d.s("  501  cd ~/wallet\n  502  ls -la\n  503  echo \"").plant(0, ps[0].text()).s("\" | wallet restore\n  504  history -c\n")
		}},
		{name: "slip39_share_notes", langs: []Language{English}, scheme: SchemeSLIP39, render: fsNotes},
		{name: "monero_25_notes", langs: []Language{English, Spanish, French, Italian, Portuguese, Japanese, ChineseSimplified, Dutch, German, Russian, Esperanto}, scheme: SchemeMonero, render: fsNotes},
		{name: "polyseed_16_notes", scheme: SchemePolyseed, render: fsNotes},
		{name: "aezeed_24_notes", langs: []Language{English}, scheme: SchemeAezeed, render: fsNotes},
		{name: "electrum_standard_notes", langs: []Language{English}, scheme: SchemeElectrumStandard, render: fsNotes},
	}
	for _, lay := range layouts {
		c := fsClass{name: "layout_" + lay.name, render: func(d *fsDoc, ps []fsPhrase) {
			d.s(d.para(2)+"\n\n").plant(0, lay.render(ps[0].words, ps[0].lang.sep)).s("\n" + d.para(1) + "\n")
		}}
		if strings.HasPrefix(lay.name, "title") {
			c.langs = latin
		}
		cs = append(cs, c)
	}
	return cs
}

// fsLexicon is every word of every list Find reads, NFKD lower case, and
// the English four-letter prefixes.
var fsLexicon = sync.OnceValue(func() (lx struct {
	words   map[string]bool
	prefix  map[string]string
	english map[string]uint16
}) {
	lx.words = map[string]bool{}
	lx.prefix = map[string]string{}
	lx.english = map[string]uint16{}
	for _, lang := range Languages() {
		for _, w := range Wordlist(lang) {
			lx.words[w] = true
		}
	}
	for _, ml := range moneroLists {
		for _, w := range ml.words {
			lx.words[norm.NFKD.String(strings.ToLower(w))] = true
		}
	}
	for _, w := range slip39Words {
		lx.words[w] = true
	}
	for i, w := range Wordlist(English) {
		lx.english[w] = uint16(i)
		lx.prefix[w[:min(4, len(w))]] = w
	}
	return lx
})

type fsTok struct {
	w          string
	start, end int
	list       bool
	id         int // the planted phrase the word belongs to, or -1
}

// fsTokenize splits text into words roughly as a finder would: letters
// make words, a Han character is a word, digits, punctuation, HTML tags
// and backslash escapes separate them. Words not in a list but whose
// first four letters name an English word (prefixes, typos) are read as
// that word.
func fsTokenize(text string, blocks []fsBlock, planted []map[string]bool) []fsTok {
	lx := fsLexicon()
	var toks []fsTok
	start := -1
	add := func(s, e int) {
		w := norm.NFKD.String(strings.ToLower(text[s:e]))
		t := fsTok{w: w, start: s, end: e, id: -1}
		if lx.words[w] {
			t.list = true
		} else if len(w) >= 4 && isASCII(w) && lx.prefix[w[:4]] != "" {
			t.w, t.list = lx.prefix[w[:4]], true
		}
		for _, b := range blocks {
			if s >= b.start && e <= b.end && planted[b.id][t.w] {
				t.id = b.id
			}
		}
		toks = append(toks, t)
	}
	flush := func(i int) {
		if start >= 0 {
			add(start, i)
			start = -1
		}
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\\' && i+1 < len(text) && text[i+1] < utf8.RuneSelf && unicode.IsLetter(rune(text[i+1])):
			flush(i)
			size = 2
		case r == '<' && i+1 < len(text) && (text[i+1] == '/' || unicode.IsLetter(rune(text[i+1]))):
			flush(i)
			if j := strings.IndexByte(text[i:], '>'); j > 0 {
				size = j + 1
			}
		case unicode.Is(unicode.Han, r):
			flush(i)
			add(i, i+size)
		case unicode.IsLetter(r) || unicode.IsMark(r):
			if start < 0 {
				start = i
			}
		default:
			flush(i)
		}
		i += size
	}
	flush(len(text))
	return toks
}

// fsRuns groups list words with short gaps, as Find's runs; loose also
// ends a run at a blank line.
func fsRuns(text string, toks []fsTok, loose bool) [][]fsTok {
	var runs [][]fsTok
	var cur []fsTok
	for _, t := range toks {
		if !t.list {
			if len(cur) > 0 {
				runs = append(runs, cur)
			}
			cur = nil
			continue
		}
		if len(cur) > 0 {
			gap := text[cur[len(cur)-1].end:t.start]
			nl := strings.Count(gap, "\n")
			if len(gap) > 80 || nl > 3 || (loose && nl >= 2) {
				runs = append(runs, cur)
				cur = nil
			}
		}
		cur = append(cur, t)
	}
	if len(cur) > 0 {
		runs = append(runs, cur)
	}
	return runs
}

// fsValid returns the normalised phrases that words make under any
// scheme Find knows (Electrum is handled by the caller).
func fsValid(words []string) []string {
	s := strings.Join(words, " ")
	var out []string
	switch len(words) {
	case 12, 15, 18, 21, 24:
		if p, err := Validate(s); err == nil {
			out = append(out, p.Reveal())
		}
	case 16:
		if p, err := ValidatePolyseed(s); err == nil {
			out = append(out, p.Reveal())
		}
	case 20, 33:
		if p, err := ValidateSLIP39(s); err == nil {
			out = append(out, p.Reveal())
		}
	case 25:
		if p, err := ValidateMonero(s); err == nil {
			out = append(out, p.Reveal())
		}
	}
	if len(words) == 24 {
		idx := make([]uint16, 24)
		ok := true
		for i, w := range words {
			v, in := fsLexicon().english[w]
			idx[i], ok = v, ok && in
		}
		if ok && aezeedValid(idx) {
			out = append(out, s)
		}
	}
	return out
}

// fsAmbiguous reports whether some window of list words other than the
// planted phrases is valid under some scheme: then the sample has more
// than one right answer and is drawn again. For positives (loose) windows
// inside one planted phrase shorter than it are ignored (the longest
// phrase wins) and runs end at blank lines; for negatives every window
// counts, except in runs longer than 27 words of a list.
func fsAmbiguous(text string, blocks []fsBlock, ps []fsPhrase, loose, listy bool) bool {
	want := map[string]bool{}
	planted := make([]map[string]bool, len(ps))
	for i, p := range ps {
		if p.norm != "" {
			want[p.norm] = true
		}
		planted[i] = map[string]bool{}
		for _, w := range p.words {
			planted[i][norm.NFKD.String(strings.ToLower(w))] = true
		}
	}
	// plausible: a window of Han characters written without separators
	// is a reading only right after a colon (a label); a window mixing
	// glued and separated words is none.
	plausible := func(win []fsTok) bool {
		glued := 0
		for i := 1; i < len(win); i++ {
			if win[i-1].end == win[i].start {
				glued++
			}
		}
		if glued == 0 {
			return true
		}
		if glued < len(win)-1 {
			return false
		}
		before := strings.TrimRight(text[:win[0].start], " \t")
		return strings.HasSuffix(before, ":") || strings.HasSuffix(before, "：")
	}
	// inside: a window of planted words only, shorter than a phrase it
	// touches (the longest phrase wins) or spanning several planted
	// phrases without being longer than they are.
	// For negatives, only a window spanning several planted lines and no
	// longer than the longest of them is skipped: lines are units.
	inside := func(win []fsTok) bool {
		longest, ids := 0, map[int]bool{}
		for _, t := range win {
			if t.id < 0 {
				return false
			}
			ids[t.id] = true
			longest = max(longest, len(ps[t.id].words))
		}
		if !loose {
			return len(ids) > 1 && len(win) <= longest
		}
		return len(win) < longest || (len(ids) > 1 && len(win) == longest)
	}
	words := func(win []fsTok) []string {
		w := make([]string, len(win))
		for i, t := range win {
			w[i] = t.w
		}
		return w
	}
	for _, run := range fsRuns(text, fsTokenize(text, blocks, planted), loose) {
		if listy && len(run) > 27 {
			continue
		}
		for _, l := range []int{12, 15, 16, 18, 20, 21, 24, 25, 33} {
			for i := 0; i+l <= len(run); i++ {
				win := run[i : i+l]
				if inside(win) || !plausible(win) {
					continue
				}
				for _, n := range fsValid(words(win)) {
					if !want[n] {
						return true
					}
				}
			}
		}
		// Electrum seeds of the shapes the finder looks for
		// (electrumGenerated), in any of Electrum's lists.
		for _, l := range []int{12, 13, 24, 25} {
			for i := 0; i+l <= len(run); i++ {
				win := run[i : i+l]
				if inside(win) || !plausible(win) {
					continue
				}
				if p, err := ValidateElectrum(strings.Join(words(win), " ")); err == nil && electrumGenerated(p) && !want[p.Reveal()] {
					return true
				}
			}
		}
	}
	return false
}

func fsNFC(w []string) []string {
	out := make([]string, len(w))
	for i, x := range w {
		out[i] = norm.NFC.String(x)
	}
	return out
}

func fsValidator(f func(string) (Phrase, error)) func([]string) bool {
	return func(w []string) bool { _, err := f(strings.Join(w, " ")); return err == nil }
}

// fsNewPhrase draws a fresh valid phrase of the scheme.
func fsNewPhrase(t *testing.T, rng *rand.Rand, scheme Scheme, lang Language, n int) fsPhrase {
	l := fsLangOf(lang)
	p := fsPhrase{lang: l, scheme: scheme, list: fsList(lang), valid: fsValidator(Validate)}
	switch scheme {
	case "":
		fx := newFixture(t, rng, lang, n)
		p.words, p.norm = fsNFC(fx.words), fx.norm
	case "sorted8":
		// Eight consecutive words in list order, the rest random, the
		// last word searched for the checksum.
		list := fsList(lang)
		for {
			idx := make([]int, n)
			for i := range idx {
				idx[i] = rng.IntN(2048)
			}
			sorted := make([]int, 8)
			for i := range sorted {
				sorted[i] = rng.IntN(2048)
			}
			sort.Ints(sorted)
			at := rng.IntN(n - 8) // never the last word
			copy(idx[at:], sorted)
			w := make([]string, n)
			for i, v := range idx {
				w[i] = list[v]
			}
			for _, k := range rng.Perm(2048) {
				w[n-1] = list[k]
				if ph, err := Validate(strings.Join(w, " ")); err == nil {
					p.words, p.norm = fsNFC(w), ph.Reveal()
					return p
				}
			}
		}
	case SchemeSLIP39:
		w := slip39Share(rng)
		ph, err := ValidateSLIP39(strings.Join(w, " "))
		if err != nil {
			t.Fatal("slip39 fixture")
		}
		p.words, p.norm, p.list, p.valid = w, ph.Reveal(), slip39Words[:], fsValidator(ValidateSLIP39)
	case SchemeMonero:
		li := slices.IndexFunc(moneroLists[:], func(m moneroList) bool { return m.lang == lang })
		text := moneroText(li, moneroFixture(rng, li, findable), " ")
		ph, err := ValidateMonero(text)
		if err != nil {
			t.Fatal("monero fixture")
		}
		p.lang.sep = " "
		p.words, p.norm, p.list, p.valid = strings.Fields(text), ph.Reveal(), moneroLists[li].words[:], fsValidator(ValidateMonero)
	case SchemePolyseed:
		secret := make([]byte, 19)
		for i := range secret {
			secret[i] = byte(rng.UintN(256))
		}
		secret[18] &= 0x3f
		codes := polyseedEncodeTest(t, polyseedSeed{secret: hex.EncodeToString(secret), birthday: uint16(rng.IntN(1024))})
		text := polyseedPhraseOf(t, lang, codes)
		ph, err := ValidatePolyseed(text)
		if err != nil {
			t.Fatal("polyseed fixture")
		}
		p.words, p.norm, p.valid = fsNFC(strings.Fields(text)), ph.Reveal(), fsValidator(ValidatePolyseed)
	case SchemeAezeed:
		w := aezeedFixture(rng)
		p.words, p.norm = w, strings.Join(w, " ")
		p.valid = func(w []string) bool { return len(fsValid(w)) > 0 && slices.Contains(fsValid(w), strings.Join(w, " ")) }
	case SchemeElectrumStandard:
		w := makeElectrumSeed(t, rng, English, scheme)
		ph, err := ValidateElectrum(strings.Join(w, " "))
		if err != nil {
			t.Fatal("electrum fixture")
		}
		p.words, p.norm, p.valid = w, ph.Reveal(), fsValidator(ValidateElectrum)
	default:
		t.Fatalf("scheme %q", scheme)
	}
	return p
}

// fsNearMiss is p with its last word changed so that it no longer
// validates.
func fsNearMiss(rng *rand.Rand, p fsPhrase) fsPhrase {
	q := p
	q.words = slices.Clone(p.words)
	q.norm = ""
	for {
		q.words[len(q.words)-1] = norm.NFC.String(p.list[rng.IntN(len(p.list))])
		_, err := Validate(strings.Join(q.words, " "))
		if !p.valid(q.words) && err != nil {
			return q
		}
	}
}

type fsResult struct {
	name                       string
	samples, found, extra, bad int
	rejected, unbuilt          int
	neg                        bool
}

func fsSeed(name string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(name))
	return h.Sum64()
}

func fsDumpSample(t *testing.T, class string, i int, text string) {
	if *findsetDump == "" {
		return
	}
	_ = os.MkdirAll(*findsetDump, 0o700)
	name := strings.NewReplacer("/", "_", " ", "_").Replace(class) + fmt.Sprintf("_%03d.txt", i)
	if err := os.WriteFile(filepath.Join(*findsetDump, name), []byte(text), 0o600); err != nil {
		t.Logf("dump: %v", err)
	}
}

func fsAllLangs() []Language {
	var out []Language
	for _, l := range fsLangs {
		out = append(out, l.lang)
	}
	return out
}

func fsRunPositive(t *testing.T, c fsClass, lookalike bool) fsResult {
	res := fsResult{name: c.name, neg: lookalike}
	if lookalike {
		res.name = "lookalike_" + c.name
	}
	var k uint64
	if lookalike {
		k = 1
	}
	rng := rand.New(rand.NewPCG(fsSeed(c.name), k))
	langs, lens := c.langs, c.lens
	if langs == nil {
		langs = fsAllLangs()
	}
	if lens == nil {
		lens = []int{12, 18, 24}
	}
	logged := 0
	for i := range findsetSamples {
		lang := langs[i%len(langs)]
		n := lens[(i/len(langs))%len(lens)]
		var d *fsDoc
		var ps []fsPhrase
		ok := false
		for range findsetTries {
			ps = ps[:0]
			for range max(1, c.count) {
				nn := n
				if c.count > 1 {
					nn = lens[rng.IntN(len(lens))]
				}
				p := fsNewPhrase(t, rng, c.scheme, lang, nn)
				if lookalike {
					p = fsNearMiss(rng, p)
				}
				ps = append(ps, p)
			}
			d = &fsDoc{rng: rng, lang: ps[0].lang, nl: "\n"}
			c.render(d, ps)
			if lookalike && slices.ContainsFunc(ps, func(p fsPhrase) bool { return transposedValid(p.words) || tonValidWords(p.words) }) {
				res.rejected++
				continue
			}
			if fsAmbiguous(d.b.String(), d.blocks, ps, !lookalike, false) {
				res.rejected++
				continue
			}
			ok = true
			break
		}
		if !ok {
			res.unbuilt++
			continue
		}
		res.samples++
		text := d.b.String()
		ms := fsFind(t, text)
		if lookalike {
			res.extra += len(ms)
			if len(ms) > 0 {
				res.bad++
				fsDumpSample(t, res.name, i, text)
			}
			continue
		}
		want := map[string]bool{}
		for _, p := range ps {
			want[fp(p.norm)] = true
		}
		got := map[string]bool{}
		var gotFP []string
		extra := 0
		for _, m := range ms {
			f := fp(m.Phrase.Reveal())
			gotFP = append(gotFP, f)
			if want[f] {
				got[f] = true
			} else {
				extra++
			}
		}
		res.extra += extra
		if len(got) == len(want) && extra == 0 {
			res.found++
			continue
		}
		fsDumpSample(t, res.name, i, text)
		if logged < 2 {
			logged++
			var wantFP []string
			for _, p := range ps {
				wantFP = append(wantFP, fp(p.norm))
			}
			t.Logf("%s #%d (%s, %d words): want %v, found %v", res.name, i, lang, len(ps[0].words), wantFP, gotFP)
		}
	}
	return res
}

// fsFind runs Find on text, and the eager finder (no lazy mode) too: both
// must find the same phrases.
func fsFind(t *testing.T, text string) []Match {
	ms := Find([]byte(text))
	if eager := findEager([]byte(text)); !sameMatches(ms, eager) {
		t.Errorf("lazy and eager finders differ on a sample (%d against %d phrases)", len(ms), len(eager))
	}
	return ms
}

func fsRunNegative(t *testing.T, c fsNegClass) fsResult {
	res := fsResult{name: c.name, neg: true}
	rng := rand.New(rand.NewPCG(fsSeed(c.name), 2))
	for i := range findsetSamples {
		var text string
		ok := false
		for range findsetTries {
			d := &fsDoc{t: t, rng: rng, lang: fsLangs[0], nl: "\n"}
			w := c.gen(d)
			text = d.b.String()
			if w != nil && (transposedValid(w) || fsAnyWindow(w)) {
				res.rejected++
				continue
			}
			if fsAmbiguous(text, nil, nil, false, c.listy) {
				res.rejected++
				continue
			}
			ok = true
			break
		}
		if !ok {
			res.unbuilt++
			continue
		}
		res.samples++
		ms := fsFind(t, text)
		res.extra += len(ms)
		if len(ms) > 0 {
			res.bad++
			fsDumpSample(t, c.name, i, text)
		}
	}
	return res
}

func fsWords(rng *rand.Rand, list []string, n int) []string {
	w := make([]string, n)
	for i := range w {
		w[i] = norm.NFC.String(list[rng.IntN(len(list))])
	}
	return w
}

func fsTitle(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

var fsDefinitions = []string{
	"the act of leaving something behind",
	"a person who works on a farm",
	"a small container for liquids",
	"to move quickly from one place to another",
	"something that happens by chance",
	"a feeling of great happiness",
	"the part of a plant that grows under the soil",
	"an agreement between two people",
	"a sound made by a dog",
	"to make something clean with water",
	"a large area covered with trees",
	"the money you pay for a service",
	"an object used to open a door",
	"very old, from a time long ago",
}

func fsNegatives() []fsNegClass {
	en := fsList(English)
	return []fsNegClass{
		{name: "neg_wordlist_sorted", listy: true, gen: func(d *fsDoc) []string {
			l := fsAllLangs()[d.rng.IntN(10)]
			list := fsNFC(Wordlist(l))
			n := 12 + d.rng.IntN(30)
			if d.rng.IntN(2) == 0 {
				n = 100 + d.rng.IntN(1949)
			}
			at := d.rng.IntN(2048 - n + 1)
			w := list[at : at+n]
			switch d.rng.IntN(5) {
			case 0:
				d.s(strings.Join(w, "\n") + "\n")
			case 1:
				for i := 0; i < len(w); i += 8 {
					d.s(strings.Join(w[i:min(i+8, len(w))], " ") + "\n")
				}
			case 2:
				d.s("package wordlist\n\nvar " + fsTitle(string(l)) + " = []string{\n")
				for _, x := range w {
					d.s(fmt.Sprintf("\t%q,\n", x))
				}
				d.s("}\n")
			case 3:
				d.s(`{"words": ["` + strings.Join(w, `", "`) + `"]}` + "\n")
			case 4:
				d.s(numbered("%d. %s\n")(w, ""))
			}
			return nil
		}},
		{name: "neg_wordlist_shuffled", listy: true, gen: func(d *fsDoc) []string {
			l := fsAllLangs()[d.rng.IntN(10)]
			list := fsNFC(Wordlist(l))
			d.rng.Shuffle(len(list), func(i, j int) { list[i], list[j] = list[j], list[i] })
			n := 100 + d.rng.IntN(200)
			if d.rng.IntN(10) == 0 {
				n = 2048
			}
			d.s(strings.Join(list[:n], "\n") + "\n")
			return nil
		}},
		{name: "neg_glossary", listy: true, gen: func(d *fsDoc) []string {
			d.s("Glossary\n\n")
			for _, w := range fsWords(d.rng, en, 12+d.rng.IntN(19)) {
				d.s(w + " - " + fsDefinitions[d.rng.IntN(len(fsDefinitions))] + "\n")
			}
			return nil
		}},
		{name: "neg_spelling_list", listy: true, gen: func(d *fsDoc) []string {
			d.s(fmt.Sprintf("Spelling words week %d\n\n", 1+d.rng.IntN(30)))
			w := fsWords(d.rng, en, 12+d.rng.IntN(19))
			if d.rng.IntN(2) == 0 {
				d.s(strings.Join(w, "\n") + "\n")
			} else {
				d.s(numbered("%d. %s\n")(w, ""))
			}
			d.s("\nTest on Friday. Practise each word three times.\n")
			return nil
		}},
		{name: "neg_crossword_answers", listy: true, gen: func(d *fsDoc) []string {
			d.s(fmt.Sprintf("Crossword answers, puzzle #%d\n\nACROSS\n", 100+d.rng.IntN(900)))
			w := fsWords(d.rng, en, 12+d.rng.IntN(19))
			h := len(w) / 2
			num := 1
			type clue struct {
				n int
				w string
			}
			var clues []clue
			for i, x := range w {
				if i == h {
					d.s("\nDOWN\n")
					num = 2
				}
				d.s(fmt.Sprintf("%d. %s\n", num, strings.ToUpper(x)))
				clues = append(clues, clue{num, x})
				num += 1 + d.rng.IntN(3)
			}
			// The words in number order, as a finder reading numbered
			// lists would put them.
			sort.SliceStable(clues, func(i, j int) bool { return clues[i].n < clues[j].n })
			var byNum []string
			for _, c := range clues {
				byNum = append(byNum, c.w)
			}
			return byNum
		}},
		{name: "neg_list_word_prose", listy: true, gen: func(d *fsDoc) []string {
			for range 2 + d.rng.IntN(4) {
				w := fsWords(d.rng, en, 4+d.rng.IntN(7))
				w[0] = fsTitle(w[0])
				if len(w) > 5 && d.rng.IntN(2) == 0 {
					w[2] += ","
				}
				d.s(strings.Join(w, " ") + []string{".", ".", "!", "?"}[d.rng.IntN(4)] + " ")
			}
			d.s("\n")
			return nil
		}},
		{name: "neg_code_identifiers", listy: true, gen: func(d *fsDoc) []string {
			w := func() string { return en[d.rng.IntN(2048)] }
			if d.rng.IntN(2) == 0 {
				d.s("package store\n\n")
				for range 2 + d.rng.IntN(3) {
					a, b, c, e := w(), w(), w(), w()
					d.s(fmt.Sprintf("func (s *Store) %s%s(ctx context.Context, %s string) error {\n\t%s := s.%s.Get(%s)\n\tif %s == nil {\n\t\treturn errNo%s\n\t}\n\treturn s.%s_%s(%s)\n}\n\n",
						fsTitle(a), fsTitle(b), c, e, w(), c, e, fsTitle(w()), w(), w(), e))
				}
			} else {
				a, b, c, e, f := w(), w(), w(), w(), w()
				d.s(fmt.Sprintf("const %s = require('./%s');\n\nfunction %s(%s, %s) {\n  const %s = %s.%s(%s);\n  return %s.%s || %s;\n}\n\nmodule.exports = { %s, %s };\n",
					a, b, c, e, f, w(), e, w(), f, e, w(), f, c, a))
			}
			return nil
		}},
		{name: "neg_table_of_contents", gen: func(d *fsDoc) []string {
			n := []int{12, 15, 18, 21, 24}[d.rng.IntN(5)]
			l := fsAllLangs()[d.rng.IntN(6)]
			w := fsWords(d.rng, fsList(l), n)
			d.s("Table of Contents\n\n")
			page := 1
			for i, x := range w {
				d.s(fmt.Sprintf("%d. %s %s %d\n", i+1, fsTitle(x), strings.Repeat(".", 24-utf8.RuneCountInString(x)), page))
				page += 2 + d.rng.IntN(20)
			}
			return w
		}},
		{name: "neg_wrong_length", gen: func(d *fsDoc) []string {
			var p fsPhrase
			var w []string
			switch d.rng.IntN(4) {
			case 0, 1:
				n := []int{12, 24}[d.rng.IntN(2)]
				p = fsNewPhrase(d.t, d.rng, "", fsAllLangs()[d.rng.IntN(10)], n)
				w = p.words[:n-1]
			case 2:
				p = fsNewPhrase(d.t, d.rng, SchemeMonero, English, 25)
				w = p.words[:23]
			case 3:
				p = fsNewPhrase(d.t, d.rng, SchemeMonero, English, 25)
				w = p.words[:24]
			}
			d.lang = p.lang
			d.s(d.para(2) + "\n\n" + strings.Join(w, p.lang.sep) + "\n\n" + d.todo())
			return w
		}},
	}
}

func TestFindSet(t *testing.T) {
	only := regexp.MustCompile(*findsetClass)
	var res []fsResult
	pos := fsPositives()
	for _, c := range pos {
		if only.MatchString(c.name) {
			res = append(res, fsRunPositive(t, c, false))
		}
	}
	for _, c := range pos {
		if only.MatchString("lookalike_" + c.name) {
			res = append(res, fsRunPositive(t, c, true))
		}
	}
	for _, c := range fsNegatives() {
		if only.MatchString(c.name) {
			res = append(res, fsRunNegative(t, c))
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-40s %7s %7s %7s %7s %8s %8s\n", "class", "samples", "found", "recall", "extra", "rejected", "unbuilt")
	for _, r := range res {
		if r.neg {
			continue
		}
		fmt.Fprintf(&b, "%-40s %7d %7d %6.1f%% %7d %8d %8d\n", r.name, r.samples, r.found, 100*float64(r.found)/float64(max(1, r.samples)), r.extra, r.rejected, r.unbuilt)
	}
	fmt.Fprintf(&b, "\n%-40s %7s %7s %7s %7s %8s %8s\n", "negative class", "samples", "w/match", "clean", "matches", "rejected", "unbuilt")
	for _, r := range res {
		if !r.neg {
			continue
		}
		fmt.Fprintf(&b, "%-40s %7d %7d %6.1f%% %7d %8d %8d\n", r.name, r.samples, r.bad, 100*float64(r.samples-r.bad)/float64(max(1, r.samples)), r.extra, r.rejected, r.unbuilt)
	}
	t.Log(b.String())
	for _, r := range res {
		if r.samples < findsetSamples*9/10 {
			t.Errorf("%s: only %d samples could be built (%d unbuilt)", r.name, r.samples, r.unbuilt)
		}
		if r.neg {
			if r.extra > 0 {
				t.Errorf("%s: %d matches in %d of %d samples with no phrase", r.name, r.extra, r.bad, r.samples)
			}
			continue
		}
		if recall := float64(r.found) / float64(max(1, r.samples)); recall < findsetRecall {
			t.Errorf("%s: recall %.1f%% (%d of %d), want at least %.1f%%", r.name, 100*recall, r.found, r.samples, 100*findsetRecall)
		}
		if r.extra > 0 {
			t.Errorf("%s: %d extra matches", r.name, r.extra)
		}
	}
}

// fsAnyWindow reports whether some window of w is valid under a scheme.
func fsAnyWindow(w []string) bool {
	for _, l := range []int{12, 15, 16, 18, 20, 21, 24, 25, 33} {
		for i := 0; i+l <= len(w); i++ {
			if len(fsValid(w[i:i+l])) > 0 {
				return true
			}
		}
	}
	return false
}

var fsLists sync.Map // Language → []string

// fsList is Wordlist(lang), read once.
func fsList(lang Language) []string {
	if l, ok := fsLists.Load(lang); ok {
		return l.([]string)
	}
	l := Wordlist(lang)
	fsLists.Store(lang, l)
	return l
}
