package decode

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// dumpAs writes b as a tool prints it, sixteen bytes a line.
func dumpAs(tool string, b []byte) string {
	var sb strings.Builder
	text := func(row []byte) string {
		return strings.Map(func(r rune) rune {
			if r < 0x20 || r > 0x7e {
				return '.'
			}
			return r
		}, string(row))
	}
	for off := 0; off < len(b); off += 16 {
		row := b[off:min(len(b), off+16)]
		var hx strings.Builder
		switch tool {
		case "tcpdump -X", "xxd":
			for i := 0; i < 16; i += 2 {
				switch {
				case i+1 < len(row):
					fmt.Fprintf(&hx, "%02x%02x ", row[i], row[i+1])
				case i < len(row):
					fmt.Fprintf(&hx, "%02x   ", row[i])
				default:
					hx.WriteString("     ")
				}
			}
			if tool == "xxd" {
				fmt.Fprintf(&sb, "%08x: %s %s\n", off, hx.String(), text(row))
			} else {
				fmt.Fprintf(&sb, "\t0x%04x:  %s %s\n", off, hx.String(), text(row))
			}
		case "curl --trace":
			for i := range 16 {
				if i < len(row) {
					fmt.Fprintf(&hx, "%02x ", row[i])
				} else {
					hx.WriteString("   ")
				}
			}
			fmt.Fprintf(&sb, "%04x: %s%s\n", off, hx.String(), text(row))
		case "hexdump -C", "wireshark", "od":
			for i := range 16 {
				if i < len(row) {
					fmt.Fprintf(&hx, " %02x", row[i])
				} else {
					hx.WriteString("   ")
				}
				if i == 7 && tool != "od" {
					hx.WriteString(" ")
				}
			}
			switch tool {
			case "hexdump -C":
				fmt.Fprintf(&sb, "%08x %s  |%s|\n", off, hx.String(), text(row))
			case "wireshark":
				fmt.Fprintf(&sb, "%04x  %s   %s\n", off, hx.String(), text(row))
			default:
				fmt.Fprintf(&sb, "%06x%s  >%s<\n", off, hx.String(), text(row))
			}
		}
	}
	switch tool {
	case "hexdump -C":
		fmt.Fprintf(&sb, "%08x\n", len(b))
	case "od":
		fmt.Fprintf(&sb, "%06x\n", len(b))
	}
	return sb.String()
}

// TestDumpViews: a hex dump of a packet or a file, as tcpdump -X, xxd,
// hexdump -C, od, Wireshark and curl --trace print it, is read as the bytes it shows,
// each line of them mapped to the dump lines it was printed over; a dump
// too short for a secret, or whose offsets do not go on, is not.
func TestDumpViews(t *testing.T) {
	body := "coin=btc&key=" + strings.Repeat("Kx9", 17) + "&addr=bc1q"
	payload := []byte("E\x00\x01\x13\x1a+@\x00@\x06\xa6#\xac\x10\x04\x17POST /add.php HTTP/1.1\r\nHost: 77.9.1.2\r\nContent-Length: 70\r\n\r\n" + body)
	for _, tool := range []string{"tcpdump -X", "xxd", "hexdump -C", "od", "wireshark", "curl --trace"} {
		t.Run(tool, func(t *testing.T) {
			head := "23:10:44.019201 IP 172.16.4.23.49733 > 77.91.124.20.http: Flags [P.]\n"
			text := head + dumpAs(tool, payload) + "1 packet captured\n"
			got := viewsOf(text, "dump")
			require.Len(t, got, 1)
			v := got[0]
			assert.Equal(t, string(payload), string(v.Data))
			lines := strings.Split(string(v.Data), "\n")
			require.Len(t, v.Cells, len(lines))
			// The body is the view's last line; it starts in the dump
			// line of its first byte and ends in that of its last.
			first := (len(payload) - len(body)) / 16
			last := (len(payload) - 1) / 16
			dumpLines := strings.Split(text, "\n")[1:]
			cell := text[v.Cells[len(lines)-1][0]:v.Cells[len(lines)-1][1]]
			assert.Equal(t, strings.Join(dumpLines[first:last+1], "\n"), cell)
		})
	}
	noText := make([]byte, 256) // runs of seven letters between NULs, as binary records
	for i := range noText {
		if i%8 != 0 {
			noText[i] = byte('a' + i%26)
		}
	}
	for name, text := range map[string]string{
		"no text":           dumpAs("hexdump -C", noText),
		"one line":          dumpAs("xxd", payload[:16]),
		"too few bytes":     dumpAs("xxd", payload[:31]),
		"offsets go wrong":  strings.Replace(dumpAs("xxd", payload), "00000010:", "00000030:", 1),
		"no offset at zero": strings.Replace(dumpAs("tcpdump -X", payload), "0x0000:", "0x0100:", 1),
	} {
		assert.Empty(t, viewsOf(text, "dump"), name)
	}
}
