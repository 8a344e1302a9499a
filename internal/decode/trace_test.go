package decode

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCurlTraceViews: curl --trace-ascii cuts a block's data every 64
// bytes and at each CR LF; the view joins what the width cut, keeps the
// line breaks the data had, and maps each line to the dump lines it came
// from.
func TestCurlTraceViews(t *testing.T) {
	body := `{"jsonrpc":"2.0","method":"personal_importRawKey","params":["` + strings.Repeat("ab", 32) + `","pw"],"id":1}`
	var dump strings.Builder
	dump.WriteString("== Info: Connected to localhost (127.0.0.1) port 8545\n=> Send header, 33 bytes (0x21)\n0000: POST / HTTP/1.1\n0011: Host: localhost:8545\n")
	fmt.Fprintf(&dump, "=> Send data, %d bytes (0x%x)\n", len(body), len(body))
	for off := 0; off < len(body); off += 64 {
		line := body[off:min(len(body), off+64)]
		fmt.Fprintf(&dump, "%04x: %s\n", off, line)
	}
	dump.WriteString("== Info: Connection #0 to host localhost left intact\n")
	text := dump.String()
	got := viewsOf(text, "curl-trace")
	require.Len(t, got, 1)
	v := got[0]
	assert.Equal(t, "== Info: Connected to localhost (127.0.0.1) port 8545\n=> Send header, 33 bytes (0x21)\nPOST / HTTP/1.1\nHost: localhost:8545\n"+fmt.Sprintf("=> Send data, %d bytes (0x%x)\n", len(body), len(body))+
		body+"\n== Info: Connection #0 to host localhost left intact\n", string(v.Data))
	lines := strings.Split(string(v.Data), "\n")
	require.Len(t, v.Cells, len(lines)-1)
	data := text[v.Cells[5][0]:v.Cells[5][1]]
	assert.True(t, strings.HasPrefix(data, "0000: {") && strings.HasSuffix(data, `"id":1}`), "the body's line maps to its dump lines")
	assert.Equal(t, 3, strings.Count(data, "\n")+1, "three dump lines")

	// Without a cut there is nothing to join: no view.
	assert.Empty(t, viewsOf("=> Send header, 16 bytes (0x10)\n0000: POST / HTTP/1.1\n0011: Host: x\n", "curl-trace"))
	// Offset-led lines of no curl trace are not read.
	assert.Empty(t, viewsOf("0000: "+strings.Repeat("a", 64)+"\n0040: b\n", "curl-trace"))
}
