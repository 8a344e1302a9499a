package decode

import "bytes"

// maxRESPArgs bounds the arguments of one command respViews reads.
const maxRESPArgs = 64

// respViews reads text in Redis's protocol (RESP), as an append-only file
// (appendonly.aof) and a MONITOR capture over redis-cli --no-raw keep it:
// each command an array ("*3"), each argument a bulk string on the line
// after its length ("$7", "privkey", "$64", the value). A key's name and
// its value stand on lines of their own, with lengths between. Each run of
// such commands is a view ("resp") of one line a command, its arguments
// joined by spaces ("HSET user:1001 privkey 4c08…"), each line mapped to
// its last argument, the value a command sets (View.Cells).
func respViews(w *walker, data []byte, emit func(View) bool) bool {
	if !bytes.Contains(data, []byte("\r\n$")) {
		return true
	}
	var out []byte
	var cells [][2]int
	first := 0 // where the run of commands starts
	flush := func() bool {
		if len(cells) == 0 {
			return true
		}
		v := View{Data: bytes.Clone(out), Encoding: "resp", Start: first, End: cells[len(cells)-1][1], Cells: cells}
		out, cells = out[:0], nil
		return emit(v)
	}
	for i := 0; i < len(data); {
		if w.stop() {
			return false
		}
		if data[i] != '*' || i > 0 && data[i-1] != '\n' {
			k := bytes.IndexByte(data[i:], '\n')
			if k < 0 {
				break
			}
			if data[i] != '$' && len(cells) > 0 && !flush() {
				return false
			}
			i += k + 1
			continue
		}
		n, p, ok := respNumber(data, i+1)
		if !ok || n < 1 || n > maxRESPArgs {
			i++
			continue
		}
		start := len(out)
		last := [2]int{i, i} // the last argument's span
		for a := 0; a < n && ok; a++ {
			var size int
			if p >= len(data) || data[p] != '$' {
				ok = false
				break
			}
			if size, p, ok = respNumber(data, p+1); !ok || size < 0 || p+size+2 > len(data) || data[p+size] != '\r' || data[p+size+1] != '\n' {
				ok = false
				break
			}
			if a > 0 {
				out = append(out, ' ')
			}
			out = append(out, data[p:p+size]...)
			last = [2]int{p, p + size}
			p += size + 2
		}
		if !ok {
			out = out[:start]
			i++
			continue
		}
		out = append(out, '\n')
		if len(cells) == 0 {
			first = i
		}
		cells = append(cells, last)
		i = p
	}
	return flush()
}

// respNumber reads the decimal number at data[i] up to its "\r\n" and
// returns it with the index after the line break.
func respNumber(data []byte, i int) (n, next int, ok bool) {
	d := i
	for d < len(data) && d-i < 10 && data[d] >= '0' && data[d] <= '9' {
		n = n*10 + int(data[d]-'0')
		d++
	}
	if d == i || d+1 >= len(data) || data[d] != '\r' || data[d+1] != '\n' {
		return 0, 0, false
	}
	return n, d + 2, true
}
