package audit

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/walletaudit/walletaudit/audit/detect"
)

// A phrase sent a word a message, each after its number ("1 w1", "2.
// w2", "3) w3"), in a chat's JSON export whose records hold more than
// the text (Slack's user_profile, Zulip's rendered_content), is found
// at its messages.
func TestChatExportNumberedWords(t *testing.T) {
	p := freshPhrase(t)
	for _, format := range []string{"%d %s", "%d. %s", "%d) %s"} {
		type profile struct {
			RealName string `json:"real_name"`
			Name     string `json:"name"`
		}
		type message struct {
			Type    string  `json:"type"`
			Text    string  `json:"text"`
			User    string  `json:"user"`
			TS      string  `json:"ts"`
			Profile profile `json:"user_profile"`
		}
		msgs := []message{{"message", "going to read the backup card one word per message", "U01", "1712246800.000100", profile{"Sam R", "sam"}}}
		for i, w := range p.RevealWords() {
			msgs = append(msgs, message{"message", fmt.Sprintf(format, i+1, w), "U01", fmt.Sprintf("17122468%02d.000100", i+10), profile{"Sam R", "sam"}})
		}
		msgs = append(msgs, message{"message", "ok got it, thanks!", "U02", "1712247000.000100", profile{"Ana", "ana"}})
		data, err := json.MarshalIndent(msgs, "", "    ")
		require.NoError(t, err)
		fs, _ := collect(t, New(Options{}), Bytes("slack-export/D06/2024-04-04.json", data))
		require.Len(t, fs, 1, format)
		assert.Equal(t, detect.Fingerprint(KindMnemonic, "bip39:"+p.Reveal()), fs[0].Secret.Fingerprint(), format)
		first := strings.Index(string(data), fmt.Sprintf(format, 1, p.RevealWords()[0]))
		assert.Equal(t, 1+strings.Count(string(data[:first]), "\n"), fs[0].Location.Line, format)
	}
}
