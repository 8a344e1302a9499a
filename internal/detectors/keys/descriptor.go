package keys

import (
	"bytes"
	"strings"
)

// enclosingDescriptor returns the output descriptor around the key at
// [i, j) ("wpkh([d34db33f/84h/0h/0h]xprv…/0/*)") and its "#checksum", if
// the key is inside one (BIP-380).
func enclosingDescriptor(data []byte, i, j int) (desc, checksum string, ok bool) {
	// Walk back over the key origin and descriptor functions.
	s := i
	for s > 0 && s > i-200 {
		c := data[s-1]
		if c == '"' || c == '\'' || c == ' ' || c == '\n' || c == '\t' || c == '=' || c == ':' || c == '`' {
			break
		}
		s--
	}
	e := j
	for e < len(data) && e < j+400 {
		c := data[e]
		if c == '"' || c == '\'' || c == ' ' || c == '\n' || c == '\t' || c == '`' || c == '\r' {
			break
		}
		e++
	}
	text := string(data[s:e])
	open := strings.IndexByte(text, '(')
	if open <= 0 || open > i-s {
		return "", "", false
	}
	if !descriptorFuncs[text[:open]] && !descriptorFuncs[strings.TrimLeft(text[:open], "[{,")] {
		return "", "", false
	}
	if h := strings.LastIndexByte(text, '#'); h > 0 && len(text)-h-1 == 8 {
		return text[:h], text[h+1:], true
	}
	return text, "", true
}

var descriptorFuncs = map[string]bool{
	"pk": true, "pkh": true, "wpkh": true, "sh": true, "wsh": true, "tr": true, "combo": true,
	"multi": true, "sortedmulti": true, "multi_a": true, "sortedmulti_a": true, "addr": true, "raw": true, "rawtr": true,
}

// descriptorChecksum computes the BIP-380 checksum of a descriptor, or ""
// if it holds a character outside the descriptor character set. The input
// set, generators and output charset are those of BIP-380.
func descriptorChecksum(desc string) string {
	const inputCharset = "0123456789()[],'/*abcdefgh@:$%{}IJKLMNOPQRSTUVWXYZ&+-.;<=>?!^_|~ijklmnopqrstuvwxyzABCDEFGH`#\"\\ "
	const checksumCharset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
	polymod := func(c uint64, val int) uint64 {
		c0 := c >> 35
		c = (c&0x7ffffffff)<<5 ^ uint64(val)
		for i, g := range [5]uint64{0xf5dee51989, 0xa9fdca3312, 0x1bab10e32d, 0x3706b1677a, 0x644d626ffd} {
			if c0>>uint(i)&1 == 1 {
				c ^= g
			}
		}
		return c
	}
	c := uint64(1)
	cls, clscount := 0, 0
	for k := 0; k < len(desc); k++ {
		pos := strings.IndexByte(inputCharset, desc[k])
		if pos < 0 {
			return ""
		}
		c = polymod(c, pos&31)
		cls = cls*3 + (pos >> 5)
		clscount++
		if clscount == 3 {
			c = polymod(c, cls)
			cls, clscount = 0, 0
		}
	}
	if clscount > 0 {
		c = polymod(c, cls)
	}
	for range 8 {
		c = polymod(c, 0)
	}
	c ^= 1
	var out bytes.Buffer
	for k := 0; k < 8; k++ {
		out.WriteByte(checksumCharset[(c>>(5*(7-uint(k))))&31])
	}
	return out.String()
}
