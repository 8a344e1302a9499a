// Package hint carries what the engine's one pass over a chunk (its
// keyword prefilter) learnt to the built-in detectors that run on every
// chunk, so that they need not read the chunk again for the same words.
//
// A detector asks From; when the engine did not say (the detector runs
// outside the engine, in a test or another program's loop), it searches
// the chunk itself, so the answer is the same either way.
package hint

import "context"

// keyWords are the words at least one of which the hex key detector
// needs, in a chunk or around it, before it takes a 64-hex value for a
// key on any evidence but the address the value derives.
var keyWords = [...]string{"priv", "secret", "key", "pk", "wallet", "account", "signer", "hextoecdsa", "vm.addr", "deployer", "mnemonic", "seed", "entropy", "credentials", "_sk",
	// "private key" in languages whose words do not start with "priv"
	// (the others' do: privada, privée, privata, privater).
	"klíč", "klic", "schlüssel", "sleutel", "klucz", "ключ", "anahtar", "kunci", "khóa", "khoá",
	"秘密鍵", "プライベートキー", "개인", "비밀키", "프라이빗", "私钥", "私鑰",
	"مفتاح", "کلید", "كليد", "מפתח", "कुंजी", "प्राइवेट", "คีย์", "กุญแจ", "κλειδί", "κλειδι"}

// KeyWords returns the key words, lower case.
func KeyWords() []string { return append([]string(nil), keyWords[:]...) }

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
