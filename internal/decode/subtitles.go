package decode

import (
	"bytes"
	"unicode"
)

// Subtitles. A call's or a voice memo's transcript exported as captions
// (SubRip's .srt, WebVTT's .vtt, YouTube's .sbv) puts a cue's number and times between
// every few words: a phrase read out is cut into cues of a word or a
// few. subtitleViews reads the cues' text alone, a line a line of text
// (a view "subtitles", each line mapped to its line), where a stretch of
// two lines or more in a row are speech (cueWords: words and their
// punctuation, "Number one, abandon."), twelve words or more in all; a
// voice's or a class's tag at a line's ends ("<v Ana>gravity") is left
// out.

// subtitleSample is how many bytes at a text's start decide whether it
// is subtitles: a WebVTT file starts with "WEBVTT", a SubRip file's first
// cue has its timing line within a few lines.
const subtitleSample = 512

// subtitleViews emits the cues' text of subtitles, as the comment above
// says.
func subtitleViews(w *walker, data []byte, emit func(View) bool) bool {
	if !subtitleLike(data) {
		return true
	}
	var st cellStretch
	flush := func() bool { return st.flush("subtitles", emit) }
	inCue := false
	for at, n := 0, 0; at < len(data); n++ {
		if n&0xfff == 0 && w.stop() {
			return false
		}
		ls, le := at, lineEnd(data, at)
		at = le + 1
		if le > ls && data[le-1] == '\r' {
			le--
		}
		t := bytes.TrimSpace(data[ls:le])
		switch {
		case len(t) == 0:
			inCue = false // a cue ends; the words may go on in the next
			continue
		case cueTiming(t):
			inCue = true
			continue
		case !inCue:
			continue // a cue's number or name, a NOTE, the header
		}
		ms, me := untagged(data, ls, le)
		if n := cueWords(data[ms:me]); n > 0 {
			st.add(data, ms, me, n)
		} else if !flush() {
			return false
		}
	}
	return flush()
}

// subtitleLike reports whether data starts as a WebVTT file (past a byte
// order mark) or holds a cue's timing line within its first
// subtitleSample bytes.
func subtitleLike(data []byte) bool {
	head := bytes.TrimPrefix(data[:min(len(data), subtitleSample)], utf8BOM)
	if bytes.HasPrefix(head, []byte("WEBVTT")) {
		return true
	}
	if !bytes.Contains(head, []byte("-->")) && !bytes.Contains(head, []byte(".")) {
		return false
	}
	for len(head) > 0 {
		k := bytes.IndexByte(head, '\n')
		line := head
		if k >= 0 {
			line, head = head[:k], head[k+1:]
		} else {
			head = nil
		}
		if cueTiming(bytes.TrimSpace(line)) {
			return true
		}
	}
	return false
}

// cueTiming reports whether a line is a cue's timing: a start and an end
// time apart by "-->" ("00:00:03,000 --> 00:00:04,100", WebVTT's
// "00:03.000 --> 00:04.100 align:start"), or by a comma, both with
// milliseconds after a full stop (YouTube's .sbv: "0:41:08.900,0:41:12.400").
func cueTiming(t []byte) bool {
	k := bytes.Index(t, []byte("-->"))
	if k < 0 {
		// YouTube's SubViewer captions (.sbv): "0:41:08.900,0:41:12.400".
		c := bytes.IndexByte(t, ',')
		return c > 0 && bytes.IndexByte(t[:c], '.') > 0 && bytes.IndexByte(t[c+1:], '.') > 0 &&
			bytes.IndexByte(t[c+1:], ',') < 0 && cueTime(t[:c]) && cueTime(t[c+1:])
	}
	end := bytes.Fields(t[k+3:])
	return len(end) > 0 && cueTime(bytes.TrimSpace(t[:k])) && cueTime(end[0])
}

// cueTime reports whether t is a time as captions write it: digits and
// colons, a comma or a full stop before the milliseconds.
func cueTime(t []byte) bool {
	if len(t) < 5 || len(t) > 16 || bytes.IndexByte(t, ':') < 0 {
		return false
	}
	for _, c := range t {
		if !isDigitByte(c) && c != ':' && c != ',' && c != '.' {
			return false
		}
	}
	return true
}

// cueWords returns how many words a cue's line holds when it is speech:
// words of letters and digits (with apostrophes and hyphens inside), set
// apart by spaces, each maybe after an opening quote and before a mark
// of punctuation ("Number one, abandon.", "okay so it's"); 0 otherwise
// (a sound's label "[Music]", notes "♪", a tag left inside).
func cueWords(b []byte) int {
	n := 0
	for w := range bytes.FieldsSeq(b) {
		w = bytes.TrimLeft(w, "\"'¿¡“‘«")
		w = bytes.TrimRight(w, ".,!?;:…\"'”’»")
		if len(w) == 0 {
			return 0
		}
		for i, r := range string(w) {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) && !((r == '\'' || r == '-' || r == '’') && i > 0) {
				return 0
			}
		}
		n++
	}
	return n
}

// untagged returns the bounds of the line data[ls:le] past the tags at
// its ends ("<v Ana>", "</v>", "<i>") and the white space beside them.
func untagged(data []byte, ls, le int) (int, int) {
	for {
		for ls < le && (data[ls] == ' ' || data[ls] == '\t') {
			ls++
		}
		if ls < le && data[ls] == '<' {
			if k := bytes.IndexByte(data[ls:le], '>'); k > 0 {
				ls += k + 1
				continue
			}
		}
		break
	}
	for {
		for le > ls && (data[le-1] == ' ' || data[le-1] == '\t') {
			le--
		}
		if le > ls && data[le-1] == '>' {
			if k := bytes.LastIndexByte(data[ls:le], '<'); k >= 0 {
				le = ls + k
				continue
			}
		}
		break
	}
	return ls, le
}
