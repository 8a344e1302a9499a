// Package hint carries what the engine's one pass over a chunk (its
// keyword prefilter) learnt to the built-in detectors that run on every
// chunk, so that they need not read the chunk again for the same words.
//
// A detector asks From; when the engine did not say (the detector runs
// outside the engine, in a test or another program's loop), it searches
// the chunk itself, so the answer is the same either way.
package hint

import (
	"context"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// keyWords are the words at least one of which the hex key detector
// needs, in a chunk or around it, before it takes a 64-hex value for a
// key on any evidence but the address the value derives.
var keyWords = [...]string{"priv", "secret", "key", "pk", "wallet", "account", "signer", "hextoecdsa", "vm.addr", "deployer", "mnemonic", "seed", "entropy", "credentials", "_sk",
	// Foundry's vm.broadcast(pk) and vm.startBroadcast(pk).
	"broadcast(",
	// The wallets whose "Export private key" shows an account's key in
	// hex: a password manager's entry titled "MetaMask" holds one, a
	// note's line "Rabby hot: 0x…" does (the others' names hold
	// "wallet").
	"metamask", "rabby", "phantom", "exodus", "zerion",
	// "private key" in languages whose words do not start with "priv"
	// (the others' do: privada, privée, privata, privater), and Russian
	// slang for it ("приватник").
	"klíč", "klic", "schlüssel", "sleutel", "klucz", "ключ", "приват", "Приват", "anahtar", "kunci", "khóa", "khoá",
	"秘密鍵", "プライベートキー", "개인", "비밀키", "프라이빗", "私钥", "私鑰",
	"مفتاح", "کلید", "كليد", "מפתח", "कुंजी", "प्राइवेट", "คีย์", "กุญแจ", "κλειδί", "κλειδι",
	// Those written in Latin letters in names: Vietnamese without its
	// accents (KHOA_RIENG), Chinese in pinyin (siyao), Russian.
	"khoa", "siyao", "klyuch", "kljuch",
	// Labels with capitals beyond ASCII, which the scan's prefilter
	// does not fold ("Ключ:", "ПРИВАТНЫЙ КЛЮЧ:", "SOUKROMÝ KLÍČ:"; their
	// ASCII letters in lower case, as every key word's are).
	"Ключ", "КЛЮЧ", "ПРИВАТ", "klÍČ",
	// macOS's "security find-generic-password -w", which prints a
	// keychain item's password alone (a key kept there).
	"find-generic-password"}

// legacyKeyWords are key words of keyWords as legacy code pages write
// them, which a note saved by an old editor is in: GBK, Big5,
// Shift-JIS, EUC-JP, EUC-KR, Windows-1251 and KOI8-R. They are bytes,
// not UTF-8, and matched as they are.
var legacyKeyWords = LegacyForms([]LegacyGroup{
	{Encodings: []encoding.Encoding{simplifiedchinese.GBK}, Words: []string{"私钥"}},
	{Encodings: []encoding.Encoding{traditionalchinese.Big5}, Words: []string{"私鑰"}},
	{Encodings: []encoding.Encoding{japanese.ShiftJIS, japanese.EUCJP}, Words: []string{"秘密鍵"}},
	{Encodings: []encoding.Encoding{korean.EUCKR}, Words: []string{"개인", "비밀키"}},
	{Encodings: []encoding.Encoding{charmap.Windows1251, charmap.KOI8R}, Words: []string{"ключ"}},
})

// LegacyGroup is words of one script and the legacy code pages that
// write that script.
type LegacyGroup struct {
	Encodings []encoding.Encoding
	Words     []string
}

// LegacyForms returns each group's words as each of its code pages
// writes them (a word a code page cannot write is left out there).
func LegacyForms(groups []LegacyGroup) []string {
	var out []string
	for _, g := range groups {
		for _, e := range g.Encodings {
			for _, w := range g.Words {
				if b, err := e.NewEncoder().String(w); err == nil {
					out = append(out, b)
				}
			}
		}
	}
	return out
}

// KeyWords returns the key words, lower case, then the legacy code
// pages' bytes of some of them.
func KeyWords() []string { return append(append([]string(nil), keyWords[:]...), legacyKeyWords...) }

// BrainWord is the word that names a brainwallet; HashCallEnds are how a
// call of a hash function the brainwallet detector reads ends ("sha256(",
// "Keccak256(", "sha3(", Node's "createHash('sha256')").
const BrainWord = "brain"

var hashCallEnds = [...]string{"256(", "sha3(", "keccak(", "256')", `256")`}

// HashCallEnds returns the ends of hash calls, lower case.
func HashCallEnds() []string { return append([]string(nil), hashCallEnds[:]...) }

// ElectrumWord is the word whose presence in a chunk, in any case, tells
// the phrase detector to look for old Electrum seeds: they have no
// checksum and are looked for only where Electrum is named.
const ElectrumWord = "lectrum"

// rot13Words are the ways a text names ROT13, one of which the decoders
// need before they read a text turned back.
var rot13Words = [...]string{"rot13", "rot-13", "rot 13", "rot_13"}

// storeWords are the keys of a keystore's JSON that the decoders look
// for before they read a store whose lines carry a prefix.
var storeWords = [...]string{`"ciphertext"`, `"crypto"`}

// StoreWords returns the keystore keys the decoders look for, lower case.
func StoreWords() []string { return append([]string(nil), storeWords[:]...) }

// Rot13Words returns the words that name ROT13, lower case.
func Rot13Words() []string { return append([]string(nil), rot13Words[:]...) }

// Hints is what the engine found in one chunk's data.
type Hints struct {
	// Electrum is set when the data holds ElectrumWord, in any case.
	Electrum bool
	// Key is set when the data holds one of KeyWords, in any case.
	Key bool
	// Brain and HashCall are set when the data holds BrainWord, or one
	// of HashCallEnds, in any case.
	Brain, HashCall bool
	// Rot13 is set when the data holds one of Rot13Words, in any case.
	Rot13 bool
	// Store is set when the data holds one of StoreWords, in any case.
	Store bool
}

// User is implemented by detectors that read hints: the engine searches
// for the hint words only when one of its detectors is a User.
type User interface {
	UsesHints()
}

type key struct{}

// With returns ctx carrying h for one chunk.
func With(ctx context.Context, h Hints) context.Context {
	return context.WithValue(ctx, key{}, h)
}

// From returns the hints ctx carries, and whether it carries any.
func From(ctx context.Context) (Hints, bool) {
	h, ok := ctx.Value(key{}).(Hints)
	return h, ok
}
