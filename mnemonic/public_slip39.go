package mnemonic

import (
	"crypto/sha256"
	"encoding/hex"
)

// publicSLIP39 holds the shares of the published SLIP-39 test vectors
// (trezor/python-shamir-mnemonic vectors.json, also carried by Trezor
// firmware, Electrum and other wallets' tests), as the first 16 bytes of
// SHA-256 of each share's normalised words, in hex. They are copied into
// many public repositories and are test data, not leaks. The table is
// checked against testdata/slip39_vectors.json by the tests.
var publicSLIP39 = map[string]bool{
	"08b03ea05e51c0becdb898cd0fbc9838": true, "0c69d271695a766c3ffdbc56f6ba9509": true, "0d58e0b2890bf6d0747d2795da0f09ed": true,
	"10a407d904e1aa97df7234bf77455ea3": true, "16c455a5138f962375a89c78288e15ae": true, "1ce073afad338803b712c5d7c57f7662": true,
	"1fa2951f691d034f348fba6857e5ab20": true, "220d3e86cec219393964d88798cb03ef": true, "2252e9d2596c8550e5bbbe808761f493": true,
	"2905c3038c8d588741a5c0d9abb28c76": true, "2d6073de9926325f4f0eff17fcc7f195": true, "33d929c8b2525a8cf6748e08f254c2c1": true,
	"3c06c92780f6bfb3a09126fcf99db060": true, "48f6524f0a4c3260cd34fde2c06f05d8": true, "494e1ec104b9a0172360c8adfab01c44": true,
	"5a462d2dcb6de55482bac34fc320ad71": true, "5bfd463842522eeed97c72bb0620cbc3": true, "5d9a6e669e32f825fb1833928dea522b": true,
	"69337fb1ef6cccdef00ff99103f8ee0b": true, "6c6f4971fcd8322bb349cce65c990b5e": true, "6ceb1e963a50ec7187f61a84f4dacedb": true,
	"70786061f8c00c5b9088e4bda373d720": true, "7ec306f39f4f7ac6841bebe385f1cce2": true, "7ef9a5ea5d4d3254b6a2963d8e55e748": true,
	"82f2da71f3b0f351ff850231a7d7bb8c": true, "8457de750c353ac37c3aca43a932ef32": true, "85d758269959e88a1b0f8d85399b6d55": true,
	"8905ddcd2d74e50171fc46046f246d4f": true, "8bc873729539b4f57da49a8ab3b3574a": true, "8e7441006cfa601bf02e5dd21f456e35": true,
	"8e9bda09c9e96710658ebfeba44ea930": true, "932e855830efcf806f7e97339d140de9": true, "96645474165e12f8f3c55eea2898fe76": true,
	"99ab84497fe7961d81abca40560a4ade": true, "9a853711c6475c1c5d4934f333d69a59": true, "9c1b88636a2e869cec4d76e7deaf06d5": true,
	"a214bed0d1c7aa444cd38cd1a52d8997": true, "a23a05f1ae46dca634ab63ab69deee29": true, "a4e52331cfcc5d5e7718e023aed1007f": true,
	"a825291e9237568c073402468131ca3c": true, "a97ce79445303b7e00dde109d0f54039": true, "ad48325c757c1c3975a1e0d7a0a70529": true,
	"b2e4397391219329802160e617c61799": true, "c24ad8405b85603d0805d808070bb4b1": true, "c3c7b7471ca8ec60992d107973232fc3": true,
	"c6a5c163d6c524dd5dc8b3b5967a74cd": true, "ca961e86b66a1f56adc1648ba6a944d2": true, "cc8dd7a2065ff0cb955217491da3c163": true,
	"cd1c3a72afa9bce37484939dd3ebf9f0": true, "df328223d0f1ac16de225e839eaf0e43": true, "e390e0a069fc7729d43c37be3f7dcdb0": true,
	"e9a0c98dd3ecfbcf851ea080c71024e5": true, "e9a2d005bfd2d511928f8622df6a4157": true, "ec1beb67d7251a91830a116da6772314": true,
	"f25eafdcd4de1e82df08b76e2ea31168": true, "f2dd83df74850238a13821d5327402ed": true, "f47c8e9155e155d36888a4cfcbcbf66f": true,
	"f4c10850a3c8e49f82b6bd0f42862944": true, "f78ca96915b456a0e0f251257d8a37d7": true, "f81362a1d89bd2f37545e85e69494306": true,
	"fe1b22b2e287235c80a919b2b13d8aaa": true, "fef8d1a743f6d7064b3e24c926e38b7c": true,
}

// publicSLIP39Share reports whether p is a share of a published vector
// or of one of Trezor's test seeds, and names which.
func publicSLIP39Share(p Phrase) (source string, ok bool) {
	h := sha256.Sum256([]byte(p.Reveal()))
	k := hex.EncodeToString(h[:16])
	if publicSLIP39[k] {
		return "SLIP-39 test vector", true
	}
	source, ok = publicTrezorSLIP39[k]
	return source, ok
}

// publicTrezorSLIP39 holds, as publicSLIP39 does, the SLIP-39 shares of
// Trezor's test seeds (trezor/trezor-firmware: trezorlib's "device load
// --academic", the SLIP-39 counterpart of SLIP-14's "all all …", which
// its tests load too).
var publicTrezorSLIP39 = map[string]string{
	"5da9106ff341b0ac369372c5d34b28e4": "Trezor's SLIP-39 test seed (trezorctl device load --academic)",
}
