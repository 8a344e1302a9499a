package keystore

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"strings"
)

// formatSpec is one way of recognising a wallet file: how its files are
// told apart, how they are parsed and whether they are binary. The table
// formats is the one list of them: Parse, Inspect, Likely and
// Format.Binary read it. To add a format, write its parser (and its
// Format constant) in a file of its own and add a row here.
type formatSpec struct {
	// format is what the row recognises; a format may have several rows
	// (an Electrum wallet is JSON when plain, base64 when encrypted).
	format Format
	// binary is set for files that are not text (databases, raw
	// secrets): a finding spans the whole file, white space included.
	binary bool
	// JSON object formats set object and markers. object says whether a
	// JSON object with these top-level keys is of the format: the first
	// row in the table that says yes parses it. markers are keys, as
	// written in a file, one of which Likely looks for in its first bytes.
	object  func(o jsonObject) bool
	markers []string
	// Other formats set sniff: whether a file is of the format. Likely
	// calls it on the first bytes of a file, then likely (nil means: the
	// size is at most Options.MaxSize).
	sniff  func(in input) bool
	likely func(in input, size int64, opts Options) bool
	// parse reads a file the row recognised.
	parse func(in input) (*Assessment, error)
}

// input is a file as the rows of the table see it.
type input struct {
	// name is the file's base name or path, or "".
	name string
	// data is the file (or its first bytes, for Likely); trimmed is data
	// without the white space around it (at its start only, for Likely).
	data, trimmed []byte
	// object is the file's top-level keys, for a JSON object.
	object jsonObject
}

// jsonObject is a JSON object's top-level keys and raw values.
type jsonObject map[string]json.RawMessage

// has reports whether o has every key.
func (o jsonObject) has(keys ...string) bool {
	for _, k := range keys {
		if _, ok := o[k]; !ok {
			return false
		}
	}
	return true
}

// hasFold reports whether o has key, in any case.
func (o jsonObject) hasFold(key string) bool {
	for k := range o {
		if strings.EqualFold(k, key) {
			return true
		}
	}
	return false
}

// bytesOf adapts a parser of the file's bytes to a row.
func bytesOf(parse func([]byte) (*Assessment, error)) func(input) (*Assessment, error) {
	return func(in input) (*Assessment, error) { return parse(in.trimmed) }
}

// formats lists the ways of recognising a wallet file, in the order they
// are tried.
var formats = []formatSpec{
	{format: BitwardenExport, object: func(o jsonObject) bool { return o.has("encrypted", "encKeyValidation_DO_NOT_EDIT") },
		markers: []string{`"encKeyValidation_DO_NOT_EDIT"`}, parse: bytesOf(parseBitwarden)},
	{format: MetaMaskVault, object: func(o jsonObject) bool { return o.has("data", "iv", "salt") },
		markers: []string{`"salt"`, `"keyMetadata"`}, parse: bytesOf(parseVault)},
	{format: PolkadotJSON, object: func(o jsonObject) bool { return o.has("encoded", "encoding") },
		markers: []string{`"encoded"`}, parse: bytesOf(parsePolkadot)},
	{format: ElectrumWallet, object: func(o jsonObject) bool { return o.has("seed_version") },
		markers: []string{`"seed_version"`}, parse: func(in input) (*Assessment, error) { return parseElectrum(in.object) }},
	{format: EthereumPresale, object: func(o jsonObject) bool { return o.has("encseed") },
		markers: []string{`"encseed"`}, parse: bytesOf(parsePresale)},
	{format: WasabiWallet, object: func(o jsonObject) bool { return o.has("EncryptedSecret") },
		markers: []string{`"EncryptedSecret"`}, parse: bytesOf(parseWasabi)},
	{format: EIP2386, object: func(o jsonObject) bool {
		return o.has("crypto") && (o.has("nextaccount") || str(o["type"]) == "hierarchical deterministic")
	}, markers: []string{`"nextaccount"`}, parse: bytesOf(parseEIP2386)},
	{format: EIP2335, object: func(o jsonObject) bool {
		return o.has("crypto") && (str(o["version"]) == "4" || string(o["version"]) == "4" || o.has("pubkey"))
	}, markers: []string{`"crypto"`}, parse: bytesOf(parseEIP2335)},
	{format: EthereumV3, object: func(o jsonObject) bool { return o.hasFold("crypto") },
		markers: []string{`"crypto"`, `"Crypto"`, `"ciphertext"`}, parse: bytesOf(parseV3)},
	{format: SolanaKeypair, sniff: func(in input) bool { return len(in.trimmed) > 0 && in.trimmed[0] == '[' },
		likely: func(_ input, size int64, opts Options) bool { return size <= opts.maxSize() && size <= 4096 },
		parse:  bytesOf(parseSolana)},
	{format: ElectrumWallet, sniff: func(in input) bool {
		return bytes.HasPrefix(in.trimmed, []byte("QklFMQ")) || bytes.HasPrefix(in.trimmed, []byte("QklFMg"))
	}, parse: bytesOf(parseBIE)},
	{format: BitcoinCore, binary: true, sniff: func(in input) bool { return isDatabase(in.data) }, likely: likelyCore,
		parse: func(in input) (*Assessment, error) {
			return parseCore(context.Background(), in.name, bytes.NewReader(in.data), int64(len(in.data)))
		}},
	{format: ExodusSECO, binary: true, sniff: func(in input) bool { return bytes.HasPrefix(in.data, []byte("SECO")) },
		parse: func(in input) (*Assessment, error) { return parseSECO(in.name, in.data) }},
	{format: LightningHSM, binary: true, sniff: func(in input) bool { return strings.EqualFold(baseName(in.name), "hsm_secret") },
		likely: func(_ input, size int64, _ Options) bool { return size <= 1024 },
		parse:  func(in input) (*Assessment, error) { return parseHSM(in.data) }},
}

// Binary reports whether files of the format are binary (databases, raw
// secrets) rather than text: a finding on one spans the whole file.
func (f Format) Binary() bool {
	for _, s := range formats {
		if s.format == f && s.binary {
			return true
		}
	}
	return false
}

// parseBytes dispatches on content.
func parseBytes(name string, data []byte) (a *Assessment, err error) {
	return parseWith(formats, name, data)
}

// parseWith dispatches on content with the rows of table.
func parseWith(table []formatSpec, name string, data []byte) (a *Assessment, err error) {
	defer guard(&a, &err)
	t := bytes.TrimLeft(data, " \t\r\n\xef\xbb\xbf")
	t = bytes.TrimRight(t, " \t\r\n\x00")
	in := input{name: name, data: data, trimmed: t}
	if len(t) > 0 && t[0] == '{' {
		if json.Unmarshal(t, &in.object) != nil {
			return nil, ErrNotKeystore
		}
		for _, f := range table {
			if f.object != nil && f.object(in.object) {
				return f.parse(in)
			}
		}
		return nil, ErrNotKeystore
	}
	for _, f := range table {
		if f.sniff != nil && f.sniff(in) {
			return f.parse(in)
		}
	}
	return nil, ErrNotKeystore
}

// hasMarker reports whether head holds a marker of a row of table. The
// markers are quoted keys: one pass over the quotes of head compares each
// with the markers, instead of one search of head per marker.
func hasMarker(table []formatSpec, head []byte) bool {
	for _, f := range table {
		for _, m := range f.markers {
			if !strings.HasPrefix(m, `"`) && bytes.Contains(head, []byte(m)) {
				return true
			}
		}
	}
	// The two bytes after a marker's quote, as a bit each: most quotes
	// of a JSON file open no marker and are passed over on one lookup.
	var pair [1 << 16 / 64]uint64
	short := false // a marker too short for the filter turns it off
	for _, f := range table {
		for _, m := range f.markers {
			switch {
			case !strings.HasPrefix(m, `"`):
			case len(m) < 3:
				short = true
			default:
				k := uint16(m[1])<<8 | uint16(m[2])
				pair[k/64] |= 1 << (k % 64)
			}
		}
	}
	for i := 0; ; {
		k := bytes.IndexByte(head[i:], '"')
		if k < 0 {
			return false
		}
		p := i + k
		i = p + 1
		if !short && p+2 < len(head) {
			if k := uint16(head[p+1])<<8 | uint16(head[p+2]); pair[k/64]&(1<<(k%64)) == 0 {
				continue
			}
		}
		for _, f := range table {
			for _, m := range f.markers {
				if len(head)-p >= len(m) && string(head[p:p+len(m)]) == m {
					return true
				}
			}
		}
	}
}

// likelyWith is Likely with the rows of table.
func likelyWith(table []formatSpec, name string, head []byte, size int64, opts Options) bool {
	if size <= 0 {
		return false
	}
	in := input{name: name, data: head, trimmed: bytes.TrimLeft(head, " \t\r\n\xef\xbb\xbf")}
	if len(in.trimmed) > 0 && in.trimmed[0] == '{' {
		if size > opts.maxSize() {
			return false
		}
		return hasMarker(table, head)
	}
	for _, f := range table {
		if f.sniff != nil && f.sniff(in) {
			if f.likely != nil {
				return f.likely(in, size, opts)
			}
			return size <= opts.maxSize()
		}
	}
	return false
}

// likelyCore is Likely for a wallet database: its own size bound, and
// the name or content of a Bitcoin Core wallet.
func likelyCore(in input, size int64, opts Options) bool {
	if size > opts.maxDatabase() {
		return false
	}
	lname := strings.ToLower(baseName(in.name))
	named := strings.HasSuffix(lname, ".dat") || strings.Contains(lname, "wallet")
	if bytes.HasPrefix(in.data, sqliteHeader) {
		if len(in.data) >= 72 && coreNetworks[binary.BigEndian.Uint32(in.data[68:72])] != "" {
			return true
		}
		return named
	}
	if named {
		return true
	}
	for _, an := range coreAnchors {
		if bytes.Contains(in.data, an.name) {
			return true
		}
	}
	return false
}
