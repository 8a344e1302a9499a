package decode

import "bytes"

// octalViews decodes lines written with octal escapes for their spaces,
// as libedit writes its history files (MySQL's and sqlite3's
// ~/.mysql_history, ~/.sqlite_history): "INSERT\040INTO\040wallets\040…".
// Each line holding at least two "\040" is a view ("octal-escapes") with
// every \ooo escape of the line decoded.
func octalViews(w *walker, data []byte, emit func(View) bool) bool {
	const esc = `\040`
	return eachAt(w, data, esc, func(p int) (int, bool) {
		s := bytes.LastIndexByte(data[:p], '\n') + 1
		e := lineEnd(data, p)
		if bytes.Count(data[s:e], []byte(esc)) < 2 {
			return e, true
		}
		out := make([]byte, 0, e-s)
		for i := s; i < e; i++ {
			if c := data[i]; c == '\\' && i+3 < e && isOctal(data[i+1]) && isOctal(data[i+2]) && isOctal(data[i+3]) && data[i+1] <= '3' {
				out = append(out, (data[i+1]-'0')<<6|(data[i+2]-'0')<<3|(data[i+3]-'0'))
				i += 3
				continue
			}
			out = append(out, data[i])
		}
		out = bytes.TrimSuffix(out, []byte("\r"))
		return e, !printable(out) || emit(View{Data: out, Encoding: "octal-escapes", Start: s, End: e})
	})
}

func isOctal(c byte) bool { return c >= '0' && c <= '7' }
