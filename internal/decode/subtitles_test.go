package decode

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSubtitleViews: the cues' text of SubRip, WebVTT and SubViewer
// captions, past their numbers, times and voice tags, is a view of a
// line of text a line, each line mapped to its line, where two lines or
// more in a row are speech (words and their punctuation), twelve words or
// more in all; text that is no subtitles, and cues of fewer words (a
// sound's label, notes), are not read.
func TestSubtitleViews(t *testing.T) {
	words := strings.Fields("zbytek capart drak jemnost kaple vzlykat jezdec sekta montovat vypravit rastr putyka")
	srt := func(per int, eol string) string {
		var b strings.Builder
		b.WriteString("1" + eol + "00:00:00,400 --> 00:00:02,100" + eol + "Okay, here are the words." + eol + eol)
		for i := 0; i < len(words); i += per {
			b.WriteString("2" + eol + "00:00:02,500 --> 00:00:03,500" + eol + strings.Join(words[i:i+per], " ") + eol + eol)
		}
		return b.String()
	}
	vtt := "WEBVTT\n\nNOTE auto captions\n\n"
	for i, w := range words {
		vtt += "c" + string(rune('a'+i)) + "\n00:03.000 --> 00:04.100 align:start\n<v Ana>" + w + "</v>\n\n"
	}
	sbv := "0:41:05.100,0:41:08.900\nOkay, here they are.\n\n"
	for i := 0; i < len(words); i += 4 {
		sbv += "0:41:08.900,0:41:12.400\n" + strings.Join(words[i:i+4], " ") + "\n\n"
	}
	for name, tc := range map[string]struct {
		text  string
		cells int
	}{
		"YouTube's SubViewer":           {sbv, 4},
		"SubRip, a word a cue":          {srt(1, "\n"), 13},
		"SubRip, four words a cue":      {srt(4, "\r\n"), 4},
		"WebVTT, a voice's tags":        {vtt, 12},
		"WebVTT with a byte order mark": {"\xef\xbb\xbf" + vtt, 12},
	} {
		got := viewsOf(tc.text, "subtitles")
		if !assert.Len(t, got, 1, name) {
			continue
		}
		v := got[0]
		assert.True(t, strings.HasSuffix(strings.Join(strings.Fields(string(v.Data)), " "), strings.Join(words, " ")), name)
		require.Len(t, v.Cells, tc.cells, name)
		for _, c := range v.Cells {
			assert.NotContains(t, tc.text[c[0]:c[1]], "<", name)
			assert.NotContains(t, tc.text[c[0]:c[1]], "-->", name)
		}
	}
	for name, text := range map[string]string{
		"arrows in prose": "the build step --> deploy step\n" + strings.Join(words, "\n") + "\n",
		"eleven words":    strings.Replace(strings.Replace(srt(1, "\n"), "\nputyka\n", "\n[Music]\n", 1), "Okay, here are the words.", "♪ ♪", 1),
	} {
		for _, v := range collect(text, 1) {
			assert.NotEqual(t, "subtitles", v.Encoding, name)
		}
	}
}

// TestCueTiming: a cue's timing line as SubRip and WebVTT write it, with
// or without hours and settings after it.
func TestCueTiming(t *testing.T) {
	for line, want := range map[string]bool{
		"00:00:03,000 --> 00:00:04,100":        true,
		"00:03.000 --> 00:04.100 align:start":  true,
		"1:02:03.500 --> 1:02:04.000":          true,
		"a --> b":                              false,
		"00:00:03,000 -->":                     false,
		"x = 10:30 --> 11:00 meeting room two": false,
	} {
		assert.Equal(t, want, cueTiming([]byte(line)), line)
	}
}
