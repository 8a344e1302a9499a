package keystore

import "github.com/btcsuite/btcd/btcutil/base58"

func base58Encode(b []byte) string { return base58.Encode(b) }
