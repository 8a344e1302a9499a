package decode

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestChatViews: the messages of a chat app's text export, past their
// times and names (on their lines or on lines of their own), are a view
// of a message a line, each line mapped to its message, where two
// messages or more in a row are words, twelve or more in all.
func TestChatViews(t *testing.T) {
	first := "zbytek capart drak jemnost kaple vzlykat"
	second := "jezdec sekta montovat vypravit rastr putyka"
	for _, tc := range []struct{ name, text string }{
		{"WhatsApp, iOS", "[12/03/2024, 10:01:02] Ana: posílám. Pozor!\n[12/03/2024, 10:01:12] Ana: " + first + "\n[12/03/2024, 10:01:30] Ana: " + second + "\n[12/03/2024, 10:02:00] Bruno: ok, díky!\n"},
		{"WhatsApp, Android, CRLF", "12/03/2024, 10:01 - Ana: posílám. Pozor!\r\n12/03/2024, 10:01 - Ana: " + first + "\r\n12/03/2024, 10:01 - Ana: " + second + "\r\n"},
		{"Telegram, a heading over each message", "Ana, [12.03.24 10:01]\nposílám. Pozor!\n\nAna, [12.03.24 10:01]\n" + first + "\n\nAna, [12.03.24 10:01]\n" + second + "\n"},
		{"Slack, AM and PM", "Ana  10:01 AM\nposílám. Pozor!\nAna  10:01 AM\n" + first + "\nAna  10:02 PM\n" + second + "\n"},
		{"IRC", "[10:01] <ana> posílám. Pozor!\n[10:01] <ana> " + first + "\n[10:02] <ana> " + second + "\n"},
		{"a CI runner's log", "2024-05-20T02:22:31.1234567Z ##[group]Run gen.py\n2024-05-20T02:22:33.4411234Z wallet:\n2024-05-20T02:22:33.4412345Z " + first + "\n2024-05-20T02:22:33.4412399Z " + second + "\n2024-05-20T02:22:33.9012345Z ok.\n"},
		{"WhatsApp, Android, Arabic: right-to-left marks", "\u200f12/03/2024, 10:01 - محمد: هذه هي. انتبه!\n\u200f12/03/2024, 10:01 - محمد: \u200f" + first + "\n\u200f12/03/2024, 10:01 - محمد: \u200f" + second + "\n"},
		{"a log with offsets", "2024-05-20 02:22:33+02:00 starting up.\n2024-05-20 02:22:33+0200 " + first + "\n2024-05-20 02:22:34+02:00 " + second + "\n"},
		// DiscordChatExporter's plain text: the time and the name in a
		// heading over each message (corpus 245).
		{"Discord's plain text export", "==============================================================\nGuild: Crypto Club / general\n==============================================================\n\n[5/3/2024 7:00 PM] newwallet_guy\nposílám. Pozor!\n\n[5/3/2024 7:01 PM] newwallet_guy\n" + first + "\n\n[5/3/2024 7:01 PM] newwallet_guy\n" + second + "\n\n"},
	} {
		got := viewsOf(tc.text, "chat")
		if !assert.Len(t, got, 1, tc.name) {
			continue
		}
		v := got[0]
		assert.Equal(t, first+"\n"+second+"\n", string(v.Data), tc.name)
		require.Len(t, v.Cells, 2, tc.name)
		assert.Equal(t, first, tc.text[v.Cells[0][0]:v.Cells[0][1]], tc.name)
		assert.Equal(t, second, tc.text[v.Cells[1][0]:v.Cells[1][1]], tc.name)
	}
	// Messages of several lines, a numbered word a line (WhatsApp writes
	// a message's later lines bare): the sender's lines in a row.
	var numbered strings.Builder
	numbered.WriteString("20/06/23 19:01 - Budi: Bro, kirim frasanya\n20/06/23 19:05 - Andi: ")
	for i, x := range strings.Fields(first) {
		if i > 0 {
			numbered.WriteString("\n")
		}
		fmt.Fprintf(&numbered, "%d. %s", i+1, x)
	}
	numbered.WriteString("\n20/06/23 19:06 - Andi: ")
	for i, x := range strings.Fields(second) {
		if i > 0 {
			numbered.WriteString("\n")
		}
		fmt.Fprintf(&numbered, "%d. %s", i+7, x)
	}
	numbered.WriteString("\n20/06/23 19:07 - Budi: Siap, makasih\n")
	assert.True(t, slices.ContainsFunc(viewsOf(numbered.String(), "chat"), func(v View) bool {
		return len(v.Cells) == 12 && strings.HasPrefix(string(v.Data), "1. ")
	}), "messages of several lines")
	// The same numbered "n - w" (WhatsApp in Portuguese; corpus 302).
	dashed := strings.NewReplacer(". ", " - ").Replace(numbered.String())
	assert.True(t, slices.ContainsFunc(viewsOf(dashed, "chat"), func(v View) bool {
		return len(v.Cells) == 12 && strings.HasPrefix(string(v.Data), "1 - ")
	}), "numbered n - w")
	// The same with times written hh.mm (WhatsApp in Indonesian).
	assert.True(t, slices.ContainsFunc(viewsOf(strings.ReplaceAll(numbered.String(), " 19:0", " 19.0"), "chat"), func(v View) bool {
		return len(v.Cells) == 12 && strings.HasPrefix(string(v.Data), "1. ")
	}), "times written hh.mm")
	// Messages of a few numbered words each ("1.w1 2.w2 … 6.w6", then
	// "7.w7 …": a phrase of 24 sent in four parts; corpus 302).
	var parts strings.Builder
	for p, half := range []string{first, second} {
		fmt.Fprintf(&parts, "10/03/2024 22:3%d - Dani: ", p+3)
		for i, x := range strings.Fields(half) {
			if i > 0 {
				parts.WriteString(" ")
			}
			fmt.Fprintf(&parts, "%d.%s", p*6+i+1, x)
		}
		parts.WriteString("\n")
	}
	if got := viewsOf("10/03/2024 22:32 - Dani: vou mandar em partes\n"+parts.String(), "chat"); assert.Len(t, got, 1, "numbered words") {
		assert.Contains(t, string(got[0].Data), "\n1."+strings.Fields(first)[0]+" 2.", "numbered words")
		assert.Contains(t, string(got[0].Data), "\n7."+strings.Fields(second)[0]+" 8.", "numbered words")
	}
	for b, want := range map[string]int{"1.ab 2.cd": 2, "7) ab 8) cd 9) ef": 3, "1.ab": 0, "1.ab cd": 0, "01.ab 2.cd": 0, "1.ab 2.c3": 0, "v1.2 is out": 0} {
		assert.Equal(t, want, numberedWords([]byte(b)), b)
	}
	for _, prose := range []string{"Version 2.10: fixed the parser\nVersion 2.11: more\n", "see chapter 12.05 - notes: the end\n"} {
		assert.Less(t, TimeIn([]byte(prose)), 0, prose)
	}
	// A transcript without times, its lines "NAME: message": a
	// speaker's lines are a sender's.
	script := "AGENTE: Buenos días, ¿en qué puedo ayudarle?\nCLIENTE: quiero recuperar mi billetera.\nCLIENTE: " + first + "\nAGENTE: Un momento.\nCLIENTE: " + second + "\nAGENTE: Gracias.\n"
	assert.True(t, slices.ContainsFunc(viewsOf(script, "chat"), func(v View) bool {
		return string(v.Data) == first+"\n"+second+"\n"
	}), "a transcript's speakers")
	for name, text := range map[string]string{
		"headers":        "From: ana@example.org\nTo: bruno@example.org\nSubject: " + first + "\nDate: " + second + "\n",
		"YAML":           "name: " + first + "\nname: " + second + "\nname: x\n",
		"one line alone": "Note: " + first + " " + second + "\n",
	} {
		assert.Empty(t, viewsOf(text, "chat"), name)
	}
	// A program's printed list, a log line each.
	list := "2024-05-20T10:22:31: mnemonic [\n2024-05-20T10:22:31:   '" + strings.Join(strings.Fields(first), "', '") + "',\n2024-05-20T10:22:31:   '" + strings.Join(strings.Fields(second), "', '") + "'\n2024-05-20T10:22:31: ]\n"
	lists := viewsOf(list, "chat")
	if assert.Len(t, lists, 1) {
		assert.Len(t, lists[0].Cells, 3, "the line of the list's name, and its two lines")
	}
	for name, text := range map[string]string{
		"one message":    "[10:01] <ana> " + first + " " + second + "\n[10:02] <bruno> ok, díky!\n",
		"eleven words":   "[10:01] <ana> " + first + "\n[10:02] <ana> jezdec sekta montovat vypravit rastr\n",
		"times in prose": "we met at 10:01 and again at 10:30 for tea\n" + first + "\n" + second + "\nsee you at 12:15\n",
		"a cron table":   "30 10:01 * * * /usr/bin/" + first + "\n",
	} {
		for _, v := range collect(text, 1) {
			assert.NotEqual(t, "chat", v.Encoding, name)
		}
	}
}

// TestChatInterjections: a phrase sent in parts by one sender comes
// together past others' messages between the parts (two at most), in
// irssi's, WeeChat's (a tab on each side of the name), Element's and an
// XMPP client's logs; a third message of others between them ends the
// parts; a log line's labels taken for senders do not part the messages.
func TestChatInterjections(t *testing.T) {
	first := "zbytek capart drak jemnost kaple vzlykat"
	second := "jezdec sekta montovat vypravit rastr putyka"
	for _, tc := range []struct{ name, text string }{
		{"irssi", "22:05 < tomek> bluewallet imported, but?\n22:06 < tomek> " + first + "\n22:07 < lumen> tomek: is that your seed?!\n22:07 -!- sysop [~sysop@user/sysop] has joined\n22:08 < tomek> " + second + "\n22:10 < tomek> thats the whole thing.\n"},
		{"WeeChat", "2024-04-02 09:20:03\tn00bly\till type what i have:\n2024-04-02 09:20:07\tn00bly\t" + first + "\n2024-04-02 09:22:04\tsatsuki\tn00bly: STOP, do not post that here\n2024-04-02 09:23:08\tn00bly\t" + second + "\n2024-04-02 09:25:58\tgr33n\trip\n"},
		{"Element", "Sun, Jul 07 2024, 09:04 - @ines:matrix.org: the words:\nSun, Jul 07 2024, 09:04 - @ines:matrix.org: " + first + "\nSun, Jul 07 2024, 09:05 - @bram:matrix.org: ines stop, this is public\nSun, Jul 07 2024, 09:06 - @ines:matrix.org: " + second + "\n"},
		{"profanity", "2024-06-10T12:00:09.874+01:00 - marta: hola, te paso las palabras:\n2024-06-10T12:00:17.117+01:00 - marta: " + first + "\n2024-06-10T12:01:05.276+01:00 - marta: " + second + "\n2024-06-10T12:01:36.390+01:00 - javi: vale, gracias\n"},
		// KakaoTalk's export: the name and the time each in brackets
		// before the message; LINE's: a tab on each side of a name
		// with a space (corpus 228).
		{"KakaoTalk", "--------------- 2024년 3월 5일 화요일 ---------------\n[김민수] [오후 3:20] 지금 보낼게, 괜찮아?\n[김민수] [오후 3:21] " + first + "\n[이지은] [오후 3:21] 응\n[김민수] [오후 3:22] " + second + "\n[이지은] [오후 3:25] 받았어\n"},
		{"LINE", "2024/03/05(火)\n15:20\t山本 花子\t単語を送るね、いい？\n15:21\t山本 花子\t" + first + "\n15:21\t山本 太郎\tはい\n15:22\t山本 花子\t" + second + "\n15:25\t山本 太郎\tありがとう\n"},
	} {
		var got *View
		for _, v := range viewsOf(tc.text, "chat") {
			if string(v.Data) == first+"\n"+second+"\n" {
				got = &v
			}
		}
		if !assert.NotNil(t, got, tc.name) {
			continue
		}
		require.Len(t, got.Cells, 2, tc.name)
		assert.Equal(t, second, tc.text[got.Cells[1][0]:got.Cells[1][1]], tc.name)
	}
	// A third message of others between the parts ends them.
	assert.Empty(t, viewsOf("22:06 < tomek> "+first+"\n22:07 < lumen> what?\n22:07 < ana> no!\n22:07 < lumen> stop\n22:08 < tomek> "+second+"\n", "chat"))
	// What reads as a sender may be a log line's label: the messages in
	// a row are a view too, whatever their senders.
	got := viewsOf("[2024-05-14T08:12:05.181Z] seed (first half): "+first+"\n[2024-05-14T08:12:05.359Z] seed (second half): "+second+"\n[2024-05-14T08:12:05.707Z] write these down.\n", "chat")
	require.Len(t, got, 1)
	assert.Equal(t, first+"\n"+second+"\n", string(got[0].Data))
}

// TestChatLoneValue: a key sent as a message of its own comes with the
// message before it, which says what it is (corpus 76: "y la clave
// privada …:" then "0x…"), a view of the two, each line at its message.
func TestChatLoneValue(t *testing.T) {
	key := "0x" + strings.Repeat("4c0883a69102937d6231471b5dbb6204", 2)
	text := "14/11/23, 22:33 - Mamá: ya está gracias\n14/11/23, 22:40 - Lucía: y la clave privada de la cuenta, por si acaso:\n14/11/23, 22:40 - Lucía: " + key + "\n14/11/23, 22:41 - Mamá: <Multimedia omitido>\n"
	got := viewsOf(text, "chat")
	require.Len(t, got, 1)
	assert.Equal(t, "y la clave privada de la cuenta, por si acaso:\n"+key+"\n", string(got[0].Data))
	require.Len(t, got[0].Cells, 2)
	assert.Equal(t, key, text[got[0].Cells[1][0]:got[0].Cells[1][1]])
	// The first message, and a value with words around it.
	for _, text := range []string{"14/11/23, 22:40 - Lucía: " + key + "\n", "14/11/23, 22:39 - Ana: hola\n14/11/23, 22:40 - Lucía: tx " + key + " ok\n"} {
		assert.Empty(t, viewsOf(text, "chat"), text)
	}
}

// TestTimeIn: a time of day, h:mm or hh:mm with seconds or not, and no
// longer number around it.
func TestTimeIn(t *testing.T) {
	for s, want := range map[string]int{
		"[10:01:12] Ana": 9,
		"9:05 - x":       4,
		"at 10:01":       8,
		"123:45":         -1,
		"10:015":         -1,
		"ratio 1:2":      -1,
		"":               -1,
		// hh.mm after a date, and hh.mm.ss in iOS's bracket (the 272nd
		// blind corpus).
		"20/06/23 19.05 - Andi":     len("20/06/23 19.05"),
		"[14/03/24 09.12.01] Ayu:":  len("[14/03/24 09.12.01"),
		"20.06.2023 19.05.33 x":     len("20.06.2023 19.05.33"),
		"version 1.2 19.05 release": -1,
		"[14/03/24 09.12.013] x":    -1,
	} {
		assert.Equal(t, want, TimeIn([]byte(s)), "%q", s)
	}
}

// TestANSIViews: text with terminal colours is read with its control
// sequences left out, each line mapped to its own; text without them
// gives no such view.
func TestANSIViews(t *testing.T) {
	text := "\x1b[1mRun\x1b[0m deploy\n\x1b[0;32m----> 1\x1b[0m acct \x1b[38;5;241m=\x1b[39m Account\x1b[38;5;241m.\x1b[39mfrom_key(\x1b[38;5;124m\"\x1b[39m0xabc\")\ndone"
	got := viewsOf(text, "ansi")
	require.Len(t, got, 1)
	assert.Equal(t, "Run deploy\n----> 1 acct = Account.from_key(\"0xabc\")\ndone\n", string(got[0].Data))
	require.Len(t, got[0].Cells, 3)
	lines := strings.Split(text, "\n")
	for i, c := range got[0].Cells {
		assert.Equal(t, lines[i], text[c[0]:c[1]])
	}
	for _, v := range collect("no colours here [0m\n", 1) {
		assert.NotEqual(t, "ansi", v.Encoding)
	}
	// Escaped in JSON, as a notebook's traceback keeps them: the string's
	// view, then its colours.
	var encs []string
	for _, v := range collect(`{"traceback": ["\u001b[0;31mValueError\u001b[0m: from_key(\u001b[38;5;124m\"0xabc\")"]}`, 2) {
		encs = append(encs, v.Encoding)
	}
	assert.Contains(t, encs, "json-string+ansi")
}

// TestANSIViewsTerminalRecord: a terminal's record (script(1)'s
// typescript) is read as the screen showed it: a letter erased with a
// backspace, a space and a backspace is gone, a backspace takes back a
// whole UTF-8 character and never a line break, and a window title and
// Buildkite's time stamps (application program commands) are left out,
// and a move of the cursor to another row starts a line. Escapes and
// backspaces alone, as bytes decoded from base64 hold them, are no
// terminal's.
func TestANSIViewsTerminalRecord(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"erased letter", "Enter phrase: abandon abilitx\b \by able\r\ntrue\r\n", "Enter phrase: abandon ability able\r\ntrue\r\n"},
		{"two erased", "pass: abcd\b \b\b \bef\n", "pass: abef\n"},
		{"erased, the line's end cleared", "pass: abx\b\x1b[Ky\n", "pass: aby\n"},
		{"utf-8", "slovo: kůň\b \b\b \bon\n", "slovo: kon\n"},
		{"not past the line", "a\n\b \b\b \bb\n", "a\nb\n"},
		{"window title", "\x1b]0;dana@devbox: ~\x07$ ls\n", "$ ls\n"},
		{"title ended by ST", "\x1b]2;t\x1b\\\x1b[1m$\x1b[0m ls\n", "$ ls\n"},
		{"Buildkite's time stamps", "\x1b_bk;t=1715749935141\x07fiber\n\x1b_bk;t=1715749935486\x07gap\n", "fiber\ngap\n"},
		// A full-screen app draws its rows with cursor moves, no line
		// breaks (corpus 241: a seed dialog): a move to another row
		// starts a line, one along the row is a space.
		{"cursor moves", "\x1b[5;10H\x1b[6;12Halpha beta\x1b[7;12Hgamma\x1b[9;12HPlease save\x1b[2Cthem\x1b[11;30G[ OK ]\r\n", "alpha beta\ngamma\nPlease save them [ OK ]\r\n"},
		{"rows down and up", "one\x1b[1Btwo\x1b[2Athree\x1b[Efour\n", "one\ntwo\nthree\nfour\n"},
		// readline's wrap at the last column, inside a key typed on a
		// long command line (corpus 298); a carriage return after a
		// short word or a space, or before a line break, is kept.
		{"readline's wrap", "\x1b[1m$\x1b[0m cast send --private-key 0x4c0883a6 \r9102937d --rpc-url x\r\nok \rdone\r\n", "$ cast send --private-key 0x4c0883a69102937d --rpc-url x\r\nok \rdone\r\n"},
		{"a space's carriage return kept", "\x1b[1m$\x1b[0m ls  \rx \r\n", "$ ls  \rx \r\n"},
	} {
		got := viewsOf(tc.text, "ansi")
		if assert.Len(t, got, 1, tc.name) {
			assert.Equal(t, tc.want, string(got[0].Data), tc.name)
		}
	}
	assert.Empty(t, viewsOf("no backspace, no escape\n", "ansi"))
	assert.Empty(t, viewsOf("bytes \x1b\x08\x1bx\x08y of no terminal\n", "ansi"))
}

// TestRichTextViews: a Telegram export's message whose text is an array
// of pieces (plain strings and formatted objects, one a line) reads as
// the pieces joined, placed at the array; an array of one piece, or of
// no text, gives no view.
func TestRichTextViews(t *testing.T) {
	text := "{\n \"id\": 101,\n \"text\": [\n  \"Seed \",\n  {\n   \"type\": \"bold\",\n   \"text\": \"alpha beta\"\n  },\n  \" gamma \",\n  {\n   \"type\": \"italic\",\n   \"text\": \"delta\"\n  }\n ],\n \"text_entities\": []\n}\n"
	got := viewsOf(text, "rich-text")
	require.Len(t, got, 1)
	assert.Equal(t, "Seed alpha beta gamma delta\n", string(got[0].Data))
	assert.Equal(t, strings.Index(text, `"text": [`), got[0].Start)
	assert.Empty(t, viewsOf(`{"text": ["one piece"]}`, "rich-text"))
	assert.Empty(t, viewsOf(`{"text": [1, 2, 3]}`, "rich-text"), "no text")
	assert.Empty(t, viewsOf(`{"text": ["a", "b"`, "rich-text"), "not closed")
}

// TestSSEViews: a captured stream of a chat completion's chunks (OpenAI's
// and Anthropic's) reads as the text the chunks make, each line of it
// placed at the chunks it came from; a stream ends at its finish.
func TestSSEViews(t *testing.T) {
	chunk := func(s string) string {
		b, _ := json.Marshal(s)
		return `data: {"object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":` + string(b) + `},"finish_reason":null}]}` + "\n\n"
	}
	text := "# captured\n" + chunk("PRIVATE") + chunk("_KEY=0x") + chunk("4c0b") + chunk("8e1f\nRPC") + chunk("=x") +
		`data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}` + "\n\ndata: [DONE]\n"
	got := viewsOf(text, "sse-stream")
	require.Len(t, got, 1)
	assert.Equal(t, "PRIVATE_KEY=0x4c0b8e1f\nRPC=x\n", string(got[0].Data))
	require.Len(t, got[0].Cells, 2)
	lines := strings.Split(text, "\n")
	assert.Equal(t, lines[1], text[got[0].Cells[0][0]:strings.IndexByte(text[got[0].Cells[0][0]:], '\n')+got[0].Cells[0][0]], "the first line starts at the first chunk")

	anthropic := ""
	for _, s := range []string{"seed: ", "alpha ", "beta"} {
		b, _ := json.Marshal(s)
		anthropic += "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":" + string(b) + "}}\n\n"
	}
	anthropic += "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n"
	got = viewsOf(anthropic, "sse-stream")
	require.Len(t, got, 1)
	assert.Equal(t, "seed: alpha beta\n", string(got[0].Data))
	assert.Empty(t, viewsOf("data: {\"delta\": 1}\n", "sse-stream"), "one event")
}

// TestChatSplitValue: a key sent in two messages of one sender, under the
// message that says what it is (corpus 302: "te paso la key del deployer
// en dos trozos", then 32 hex digits and 32 more), is a view of that
// message and the two parts joined, the joined line mapped over both;
// parts of two senders, or words, are not.
func TestChatSplitValue(t *testing.T) {
	a, b := "4c0883a69102937d6231471b5dbb6204", "fe5129617082792ae468d01a3f362318"
	text := "2/4/24, 11:40 - Nuria: me pasas la key?\n2/4/24, 11:47 - Carlos: te paso la key del deployer en dos trozos\n2/4/24, 11:48 - Carlos: " + a + "\n2/4/24, 11:48 - Carlos: " + b + "\n2/4/24, 12:14 - Nuria: juntas sin espacio no?\n"
	var got []View
	for _, v := range viewsOf(text, "chat") {
		if strings.Contains(string(v.Data), a+b) {
			got = append(got, v)
		}
	}
	require.Len(t, got, 1)
	assert.Equal(t, "te paso la key del deployer en dos trozos\n"+a+b+"\n", string(got[0].Data))
	require.Len(t, got[0].Cells, 2)
	c := got[0].Cells[1]
	assert.True(t, strings.HasPrefix(text[c[0]:c[1]], a) && strings.HasSuffix(text[c[0]:c[1]], b))
	two := strings.Replace(text, "11:48 - Carlos: "+b, "11:48 - Nuria: "+b, 1)
	for _, v := range viewsOf(two, "chat") {
		assert.NotContains(t, string(v.Data), a+b, "two senders")
	}
	assert.False(t, splitValue([]byte("hello there my friend"), []byte("how are you doing today ok")))
	assert.False(t, splitValue([]byte(a[:10]), []byte(b)))
}
