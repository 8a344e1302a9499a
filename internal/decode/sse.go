package decode

import (
	"bytes"
	"encoding/json"
	"sort"
	"strings"
)

// sseViews reads a captured stream of server-sent events whose data are
// the chunks of a streamed chat completion (an LLM gateway's or a proxy's
// log of "data: {…}" lines: OpenAI's chat.completion.chunk and its
// choices' "delta" content, Anthropic's content_block_delta and its
// "text"): a reply is written a few characters at a time, so a key or a
// phrase the model repeats back is cut over many lines. The view
// ("sse-stream") is the text of each stream, the chunks joined, each of
// its lines placed at the lines of the chunks it was made of
// (View.Cells). A stream ends at "data: [DONE]", a message_stop event or
// a line that is no event.
func sseViews(w *walker, data []byte, emit func(View) bool) bool {
	if !bytes.Contains(data, []byte("data: {")) || !bytes.Contains(data, []byte(`"delta"`)) {
		return true
	}
	var text strings.Builder
	type chunk struct{ at, ls, le int } // where in text, and its line in data
	var chunks []chunk
	flush := func() bool {
		defer func() { text.Reset(); chunks = chunks[:0] }()
		if len(chunks) < 2 {
			return true
		}
		out := []byte(text.String())
		if out[len(out)-1] != '\n' {
			out = append(out, '\n')
		}
		// The chunk that holds the byte at o of the text.
		of := func(o int) chunk {
			i := sort.Search(len(chunks), func(i int) bool { return chunks[i].at > o })
			return chunks[max(0, i-1)]
		}
		var cells [][2]int
		for s := 0; s < len(out); {
			e := s + bytes.IndexByte(out[s:], '\n')
			cells = append(cells, [2]int{of(s).ls, of(max(s, e-1)).le})
			s = e + 1
		}
		return emit(View{Data: out, Encoding: "sse-stream", Start: chunks[0].ls, End: chunks[len(chunks)-1].le, Cells: cells})
	}
	for ls := 0; ls < len(data); {
		le := lineEnd(data, ls)
		line := bytes.TrimRight(data[ls:le], "\r")
		switch {
		case len(line) == 0 || bytes.HasPrefix(line, []byte("event:")) || bytes.HasPrefix(line, []byte("id:")) || line[0] == ':':
			// Between events, or an SSE comment.
		case bytes.HasPrefix(line, []byte("data: {")):
			piece, done := deltaText(line[len("data: "):])
			if piece != "" {
				chunks = append(chunks, chunk{at: text.Len(), ls: ls, le: le})
				text.WriteString(piece)
			}
			if done && !flush() {
				return false
			}
		default:
			if !flush() {
				return false
			}
		}
		ls = le + 1
		if ls&0xfff == 0 && w.stop() {
			return false
		}
	}
	return flush()
}

// deltaText returns the text a streamed completion's chunk adds (OpenAI's
// choices[0].delta.content, Anthropic's delta.text), and whether the
// chunk ends its stream (a finish_reason, a message_stop).
func deltaText(obj []byte) (string, bool) {
	var c struct {
		Type    string `json:"type"`
		Choices []struct {
			Delta struct {
				Content string `json:"content"`
			} `json:"delta"`
			FinishReason *string `json:"finish_reason"`
		} `json:"choices"`
		Delta struct {
			Text string `json:"text"`
		} `json:"delta"`
	}
	if json.Unmarshal(obj, &c) != nil {
		return "", false
	}
	if c.Type == "message_stop" {
		return "", true
	}
	if len(c.Choices) > 0 {
		return c.Choices[0].Delta.Content, c.Choices[0].FinishReason != nil
	}
	return c.Delta.Text, false
}
