package keys

import (
	"encoding/hex"
	"fmt"
	"strings"
	"sync"

	"github.com/btcsuite/btcd/btcutil/hdkeychain"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/walletaudit/walletaudit/mnemonic"
)

// publicMnemonics are the development defaults whose accounts
// m/44'/60'/0'/0/i are published (FORMATS.md §1.8). The keys are derived
// here rather than typed in.
var publicMnemonics = []struct {
	phrase, source string
	accounts       uint32
}{
	{"test test test test test test test test test test test junk", "Hardhat/Anvil/Foundry default account", 20},
	{"myth like bonus scare over problem client lizard pioneer submit female collect", "Ganache deterministic account", 10},
	{"candy maple cake sugar pudding cream honey rich smooth crumble sweet treat", "Truffle develop account", 10},
	{"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about", "BIP-39 test vector account", 10},
}

// publicKeys maps the hex of every published development key to its
// source, derived once on first use.
var publicKeys = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, pm := range publicMnemonics {
		p, err := mnemonic.Validate(pm.phrase)
		if err != nil {
			continue
		}
		k, err := hdkeychain.NewMaster(p.Seed(""), &chaincfg.MainNetParams)
		if err != nil {
			continue
		}
		for _, i := range []uint32{hdkeychain.HardenedKeyStart + 44, hdkeychain.HardenedKeyStart + 60, hdkeychain.HardenedKeyStart, 0} {
			if k, err = k.Derive(i); err != nil {
				break
			}
		}
		if err != nil {
			continue
		}
		for i := uint32(0); i < pm.accounts; i++ {
			c, err := k.Derive(i)
			if err != nil {
				continue
			}
			priv, err := c.ECPrivKey()
			if err != nil {
				continue
			}
			m[hex.EncodeToString(priv.Serialize())] = fmt.Sprintf("%s %d", pm.source, i)
		}
	}
	return m
})

// isPublicHex reports the source of a published key given in hex.
func isPublicHex(h string) (string, bool) {
	s, ok := publicKeys()[strings.ToLower(h)]
	return s, ok
}
