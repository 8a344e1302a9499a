package decode

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Chat logs. A chat app's text export puts a time and a name before each
// message ("[12/03/2024, 10:01:12] Ana: …", "12/03/2024, 10:01 - Ana:
// …", "[10:01] <ana> …"), or on a line of their own above it ("Ana,
// [12.03.24 10:01]" then the message, as Telegram's copy does; "Ana
// 10:01 AM" as Slack's; "[5/3/2024 7:01 PM] ana" as DiscordChatExporter's); a log puts an ISO 8601 time before each line
// ("2024-05-20T02:22:33.4412345Z …"). A phrase sent in two or three
// messages, or printed a few words a log line, is cut by those prefixes.
// chatViews reads the messages alone, one a line (a view "chat", each
// line mapped to its message), where a stretch of two messages or more
// in a row are words, or lists of words (listValue), twelve words or
// more in all.

// chatSample is how many lines at a text's start decide whether it is a
// chat log at all, and chatSampleHits how many of them must be a
// message's prefix or heading: the pass costs nothing on other text.
const (
	chatSample     = 32
	chatSampleHits = 2
)

// chatLine is what a line of a chat log is.
type chatLine int

const (
	chatOther   chatLine = iota // no time in its first bytes
	chatMessage                 // a time, a name and the message
	chatHeading                 // a time and a name: the message follows
)

// classifyChatLine reads line as a line of a chat log: where its message
// starts (for chatMessage).
func classifyChatLine(line []byte) (chatLine, int) {
	t := TimeIn(line[:min(len(line), 48)])
	if t < 0 {
		return chatOther, 0
	}
	rest := line[t:]
	// WeeChat's log and LINE's export: the time, a tab, the sender's
	// name (LINE's with a space: "山本 花子") and a tab.
	if len(rest) > 1 && rest[0] == '\t' {
		if k := bytes.IndexByte(rest[1:min(len(rest), 48)], '\t'); k > 0 && bytes.Count(rest[1:1+k], []byte{' '}) <= 2 {
			return chatMessage, t + k + 2
		}
	}
	// KakaoTalk's export: the sender's name and the time each in
	// brackets, then the message ("[홍길동] [오후 3:21] …").
	if len(rest) > 1 && rest[0] == ']' && rest[1] == ' ' && len(line) > 0 && line[0] == '[' && bytes.Contains(line[:t], []byte("] [")) {
		return chatMessage, t + 2
	}
	// The message follows the first ": " or "> " after the time (the
	// sender's name ends there).
	for i := 0; i+1 < len(rest) && i < 48; i++ {
		if (rest[i] == ':' || rest[i] == '>') && rest[i+1] == ' ' {
			return chatMessage, t + i + 2
		}
	}
	// A heading ends soon after its time: "]", " AM", " PM]".
	if len(bytes.TrimSpace(bytes.Trim(bytes.TrimSpace(rest), "[]()AMPamp.:- "))) == 0 {
		return chatHeading, 0
	}
	// Or with the sender's name after the bracket that closes the
	// time: DiscordChatExporter's plain text, "[5/3/2024 7:01 PM] name".
	if line[0] == '[' && discordHeading(rest) {
		return chatHeading, 0
	}
	// A log's line: an ISO 8601 date and time first
	// ("2024-05-20T02:22:33.4412345Z text", as CI runners write).
	if isoDate(line) {
		i := 0
		if i < len(rest) && (rest[i] == '.' || rest[i] == ',') {
			for i++; i < len(rest) && isDigitByte(rest[i]); i++ {
			}
		}
		switch {
		case i < len(rest) && rest[i] == 'Z':
			i++
		case i+5 < len(rest) && (rest[i] == '+' || rest[i] == '-') && isDigitByte(rest[i+1]):
			i += 3
			if rest[i] == ':' {
				i++
			}
			i += 2
		}
		if i < len(rest) && (rest[i] == ' ' || rest[i] == '\t') {
			return chatMessage, t + i + 1
		}
	}
	return chatOther, 0
}

// discordHeading reports whether rest, what follows the time of a line
// that starts with '[', is the end of a DiscordChatExporter heading: "]"
// (after " AM" or " PM"), a space and a name of one word (a user's
// handle) and nothing else.
func discordHeading(rest []byte) bool {
	rest = bytes.TrimRight(rest, " \r")
	for _, p := range []string{" AM", " PM", " am", " pm"} {
		rest = bytes.TrimPrefix(rest, []byte(p))
	}
	name, ok := bytes.CutPrefix(rest, []byte("] "))
	return ok && len(name) > 0 && len(name) <= 48 && !bytes.ContainsAny(name, " \t:")
}

// isoDate reports whether line starts with an ISO 8601 date and the "T"
// or space before its time ("2024-05-20T").
func isoDate(line []byte) bool {
	if len(line) < 11 {
		return false
	}
	for i, c := range line[:10] {
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if !isDigitByte(c) {
			return false
		}
	}
	return line[10] == 'T' || line[10] == ' '
}

// TimeIn returns where a time of day (h:mm or hh:mm, maybe :ss) in b
// ends, or -1. A time written hh.mm counts after a date and before a
// space (WhatsApp's exports in Indonesian, Finnish or Danish: "20/06/23
// 19.05 - Andi: …").
func TimeIn(b []byte) int {
	for i := 0; i+2 < len(b); i++ {
		if b[i] == '.' {
			if e := dotTime(b, i); e > 0 {
				return e
			}
		}
		if b[i] != ':' || i == 0 || !isDigitByte(b[i-1]) || !isDigitByte(b[i+1]) || !isDigitByte(b[i+2]) {
			continue
		}
		if i >= 3 && isDigitByte(b[i-3]) && isDigitByte(b[i-2]) {
			continue // three digits before the colon: no hour
		}
		e := i + 3
		if e+2 < len(b) && b[e] == ':' && isDigitByte(b[e+1]) && isDigitByte(b[e+2]) {
			e += 3
		}
		if e < len(b) && isDigitByte(b[e]) {
			continue
		}
		return e
	}
	return -1
}

// dotTime returns where a time written hh.mm (maybe hh.mm.ss) ends when
// the '.' at b[i] is its first, between a date's last digit and a space,
// or a bracket closing the heading: " 19.05 " after "20/06/23" or
// "20.06.2023", "[14/03/24 09.12.01]" (WhatsApp's exports in Indonesian,
// Finnish or Danish, on Android and on iOS); -1 otherwise.
func dotTime(b []byte, i int) int {
	if i < 4 || i+3 >= len(b) || b[i-3] != ' ' || !isDigitByte(b[i-4]) {
		return -1
	}
	if !isDigitByte(b[i-2]) || !isDigitByte(b[i-1]) || !isDigitByte(b[i+1]) || !isDigitByte(b[i+2]) {
		return -1
	}
	e := i + 3
	if e+3 < len(b) && b[e] == '.' && isDigitByte(b[e+1]) && isDigitByte(b[e+2]) {
		e += 3
	}
	if b[e] != ' ' && b[e] != ']' {
		return -1
	}
	date := b[:i-3]
	if bytes.IndexByte(date, '/') < 0 && bytes.Count(date, []byte{'.'}) < 2 {
		return -1
	}
	return e
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// chatSender returns the sender's name of a message line whose message
// starts at m: what stands between the time and the message, without
// the marks around it ("<ana>", "- @ana:matrix.org:"); nil when there is
// none or it has fewer than two letters.
func chatSender(line []byte, m int) []byte {
	t := TimeIn(line[:min(len(line), 48)])
	if t < 0 || t >= m {
		return nil
	}
	name := line[t:m]
	if k := bytes.Index(line[:t], []byte("] [")); k > 1 && line[0] == '[' && bytes.TrimSpace(name)[0] == ']' {
		name = line[1:k] // KakaoTalk's "[name] [time] "
	}
	// A time's fraction and zone (".874+01:00", ",123Z").
	if len(name) > 0 && (name[0] == '.' || name[0] == ',') {
		name = bytes.TrimLeft(name[1:], "0123456789")
	}
	if len(name) > 0 && name[0] == 'Z' {
		name = name[1:]
	}
	name = bytes.TrimLeft(bytes.TrimLeft(name, "+-"), "0123456789:")
	name = bytes.Trim(name, " \t-<>[]()@+:,|*")
	letters := 0
	for _, c := range name {
		if c >= 0x80 || 'a' <= c|0x20 && c|0x20 <= 'z' {
			if letters++; letters == 2 {
				return name
			}
		}
	}
	return nil // a time's fraction and zone (".44Z", "+02:00"), not a name
}

// maxInterjections is how many messages of others a phrase sent in
// several messages may have between its parts ("is that your seed?!",
// "stop, this is public").
const maxInterjections = 2

// chatViews emits the messages of a chat log, as the package comment
// above says.
func chatViews(w *walker, data []byte, emit func(View) bool) bool {
	// A transcript or a log without times, its lines "NAME: message",
	// is read by its speakers' names as a chat's by its senders'.
	speakers := false
	if !chatLike(data) {
		if !speakerLike(data) {
			return true
		}
		speakers = true
	}
	// A stretch of words a sender: another's messages between the
	// parts of a phrase ("is that your seed?!", "stop, this is
	// public"), up to maxInterjections of them, are passed over.
	type stretch struct {
		from []byte // nil when the log does not say
		st   cellStretch
		gap  int // messages and lines of others since its last
	}
	var open []*stretch
	flush := func(keep func(*stretch) bool) bool {
		ok := true
		open = slices.DeleteFunc(open, func(o *stretch) bool {
			if keep(o) {
				return false
			}
			ok = ok && o.st.flush("chat", emit)
			return true
		})
		return ok
	}
	// The messages in a row whatever their senders: what a "sender"
	// is may be a log line's label ("seed (first half): …", "seed
	// (second half): …"). Emitted only when its senders differ: else a
	// sender's stretch holds the same.
	var all cellStretch
	var allFrom []byte
	allMixed := false
	flushAll := func() bool {
		ok := true
		if allMixed {
			ok = all.flush("chat", emit)
		}
		all, allFrom, allMixed = cellStretch{}, nil, false
		return ok
	}
	afterHeading := false
	inMessage, msgFrom := false, []byte(nil) // in a message's later lines, and its sender
	var pm, ppm [2]int                       // the message before, and the one before it
	var pmFrom []byte                        // the sender of the message before
	for at := 0; at < len(data); {
		if w.stop() {
			return false
		}
		ls, le := at, lineEnd(data, at)
		at = le + 1
		if le > ls && data[le-1] == '\r' {
			le--
		}
		line := data[ls:le]
		if len(bytes.TrimSpace(line)) == 0 {
			afterHeading, inMessage = false, false
			continue
		}
		var kind chatLine
		var m int
		if !speakers {
			kind, m = classifyChatLine(line)
		} else if m = speakerLine(line); m > 0 {
			kind = chatMessage
		}
		ms, me := -1, -1
		var from []byte
		switch {
		case kind == chatMessage:
			ms, me = ls+m, le
			if from = chatSender(line, m); speakers {
				from = line[:m-2]
			}
			afterHeading, inMessage, msgFrom = false, from != nil, from
		case kind == chatHeading:
			afterHeading, inMessage = true, false
			continue
		case afterHeading:
			ms, me = ls, le
		case inMessage:
			// A message of several lines (WhatsApp's export writes
			// its later lines bare): its sender's still.
			ms, me, from = ls, le, msgFrom
		}
		if ms >= 0 {
			for ms < me {
				if data[ms] == ' ' || data[ms] == '\t' {
					ms++
				} else if n := bidiMark(data[ms:me]); n > 0 {
					ms += n // WhatsApp's RLM before a message in Arabic or Hebrew
				} else {
					break
				}
			}
			for me > ms && (data[me-1] == ' ' || data[me-1] == '\t') {
				me--
			}
		}
		var mine *stretch
		if !flush(func(o *stretch) bool {
			if ms >= 0 && bytes.Equal(o.from, from) {
				mine = o
				return true
			}
			o.gap++
			return o.gap <= maxInterjections
		}) {
			return false
		}
		switch {
		case ms < 0:
		case mine == nil && listValue(data[ms:me]) == 0:
			// No words, and no stretch of this sender's to end: a
			// log's line is most often so.
		default:
			if mine == nil {
				mine = &stretch{from: from}
				open = append(open, mine)
			}
			if mine.st.addWords(data, ms, me) {
				mine.gap = 0
			} else if !flush(func(o *stretch) bool { return o != mine }) {
				return false
			}
		}
		switch {
		case ms >= 0 && from != nil && all.addWords(data, ms, me):
			if len(all.cells) == 1 {
				allFrom = from
			} else if !bytes.Equal(from, allFrom) {
				allMixed = true
			}
		case !flushAll():
			return false
		}
		if ms >= 0 {
			if ppm[0] < ppm[1] && pm[0] < pm[1] && bytes.Equal(from, pmFrom) && splitValue(data[pm[0]:pm[1]], data[ms:me]) {
				// A key sent in two messages, under the message that
				// says what it is ("la key del deployer en dos
				// trozos"): that message, and the two parts joined.
				joined := append(append(append(append(bytes.Clone(data[ppm[0]:ppm[1]]), '\n'), data[pm[0]:pm[1]]...), data[ms:me]...), '\n')
				v := View{Data: joined, Encoding: "chat", Start: ppm[0], End: me, Cells: [][2]int{ppm, {pm[0], me}}}
				if !emit(v) {
					return false
				}
			}
			if pm[0] < pm[1] && loneValue(data[ms:me]) {
				// A key sent alone, under the message that says
				// what it is ("and the private key, just in case:"):
				// the two messages, one a line.
				v := View{Data: append(append(append(bytes.Clone(data[pm[0]:pm[1]]), '\n'), data[ms:me]...), '\n'),
					Encoding: "chat", Start: pm[0], End: me, Cells: [][2]int{pm, {ms, me}}}
				if !emit(v) {
					return false
				}
			}
			ppm, pm, pmFrom = pm, [2]int{ms, me}, from
		}
	}
	return flushAll() && flush(func(*stretch) bool { return false })
}

// splitValue reports whether two messages are the parts of one value of
// letters and digits (a key in hex or base58 cut in two): each 16 of
// them or more and nothing else, 50 to 160 in all.
func splitValue(a, b []byte) bool {
	part := func(m []byte) bool {
		if len(m) < 16 {
			return false
		}
		for _, c := range m {
			if !('0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'z') {
				return false
			}
		}
		return true
	}
	return len(a)+len(b) >= 50 && len(a)+len(b) <= 160 && part(a) && part(b)
}

// bidiMark returns the length of the directional mark b starts with (the
// left-to-right and right-to-left marks, U+200E and U+200F, and the
// Arabic letter mark, U+061C), or 0. They show nothing; chat apps put them
// before a message written right to left.
func bidiMark(b []byte) int {
	switch {
	case len(b) >= 3 && b[0] == 0xe2 && b[1] == 0x80 && (b[2] == 0x8e || b[2] == 0x8f):
		return 3
	case len(b) >= 2 && b[0] == 0xd8 && b[1] == 0x9c:
		return 2
	}
	return 0
}

// loneValue reports whether a message is one value of 50 letters and
// digits or more and nothing else (a key in hex, with 0x, or in base58).
func loneValue(m []byte) bool {
	if len(m) < 50 || len(m) > 160 {
		return false
	}
	for _, c := range m {
		if !('0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'z') {
			return false
		}
	}
	return true
}

// chatLike reports whether the first lines of data read as a chat log:
// chatSampleHits of its first chatSample lines are a message's prefix or
// heading.
func chatLike(data []byte) bool {
	hits := 0
	for at, n := 0, 0; at < len(data) && n < chatSample; n++ {
		end := bytes.IndexByte(data[at:], '\n')
		if end < 0 {
			end = len(data) - at
		}
		if k, _ := classifyChatLine(data[at : at+end]); k != chatOther {
			if hits++; hits >= chatSampleHits {
				return true
			}
		}
		at += end + 1
	}
	return false
}

// maxSpeaker bounds a speaker's name before its colon ("SPEAKER_01",
// "Dr. Ana Ruiz", "CLIENTE").
const maxSpeaker = 32

// speakerLine returns where the message of a transcript's line "NAME:
// message" starts, or 0: from the line's start, a name of one to three
// words (letters, digits, '_', '.', '-'), the first starting with a
// capital letter, then ": " and the message.
func speakerLine(line []byte) int {
	k := bytes.Index(line[:min(len(line), maxSpeaker+2)], []byte(": "))
	if k < 1 || k+2 >= len(line) {
		return 0
	}
	name := line[:k]
	r, _ := utf8.DecodeRune(name)
	if !unicode.IsUpper(r) || bytes.Count(name, []byte{' '}) > 2 {
		return 0
	}
	for _, c := range name {
		if c < utf8.RuneSelf && !(c == ' ' || c == '_' || c == '.' || c == '-' || alnumByte(c)) {
			return 0
		}
	}
	return k + 2
}

// speakerLike reports whether a text is a transcript of speakers' lines
// (speakerLine): among its first chatSample lines, three such lines at
// least, one name twice.
func speakerLike(data []byte) bool {
	var names [][]byte
	repeated := false
	for at, n := 0, 0; at < len(data) && n < chatSample; n++ {
		end := bytes.IndexByte(data[at:], '\n')
		if end < 0 {
			end = len(data) - at
		}
		line := data[at : at+end]
		if k := speakerLine(line); k > 0 {
			name := line[:k-2]
			repeated = repeated || slices.ContainsFunc(names, func(x []byte) bool { return bytes.Equal(x, name) })
			names = append(names, name)
		}
		at += end + 1
	}
	return len(names) >= 3 && repeated
}

// listValue returns how many words a message holds when it is words of
// letters (wordsValue) or a list of them as a program prints one
// ("'裂', '迷', '域',", "[\"abandon\", \"ability\"]"): words set apart by
// spaces, commas, quotes and brackets; 0 otherwise.
func listValue(b []byte) int {
	if n := wordsValue(b); n > 0 {
		return n
	}
	n, _ := countWords(b, func(r rune, _ bool, _ []byte) bool {
		return strings.ContainsRune(" ,'\"[]\u3000\u3001\uff0c", r)
	})
	return n
}
