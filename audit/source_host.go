package audit

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// WalletLocation is a wallet store found on a machine: a desktop wallet's
// data directory or a browser extension's storage.
type WalletLocation struct {
	// Wallet names the wallet ("MetaMask", "Electrum", …).
	Wallet string `json:"wallet"`
	// Kind is "browser-extension" or "desktop".
	Kind string `json:"kind"`
	// Browser and Profile name the browser profile of an extension.
	Browser string `json:"browser,omitempty"`
	Profile string `json:"profile,omitempty"`
	// Path is the directory.
	Path string `json:"path"`
}

// extensionIDs are Chromium web-store IDs of wallet extensions
// (docs/formats.md §7.6: seen in at least two independent public sources,
// wallet documentation, dapp connectors, stealer code). IDs are data, not
// truth: write-ups do mislabel them.
var extensionIDs = map[string]string{
	"nkbihfbeogaeaoehlefnkodbefgpgknn": "MetaMask", "ejbalbakoplchlghecdalmeeeajnimhm": "MetaMask (Edge)",
	"bfnaelmomeimhlpmgjnjophhpkkoljpa": "Phantom", "hnfanknocfeofbddgcijnmhnfnkdnaad": "Coinbase Wallet",
	"egjidjbpglichdcondbcbdnbeeppgdph": "Trust Wallet", "acmacodkjbdgmoleebolmdjonilkdbch": "Rabby",
	"mcohilncbfahbmgdjkbpemcciiolgcge": "OKX Wallet", "fhbohimaelbohpjbbldcngcnapndodjp": "Binance Wallet",
	"dmkamcknogkgcdfhhbddcghachkejeap": "Keplr", "ibnejdfjmmkpcnlpebklmnkoeoihofec": "TronLink",
	"aholpfdialjgjfhomihkjbmgjidlcdno": "Exodus Web3", "fnjhmkhhmkbjkkabndcnnogagogbneec": "Ronin",
	"bhhhlbepdkbapadjdnnojkbgioiodbic": "Solflare", "dlcobpjiigpikoobohmabehhmhfoodbb": "Argent X",
	"aiifbnbfobpmeekipheeijimdpnlpgpp": "Terra Station", "hmeobnfnfcmdkdcmlblgagmfpfboieaf": "XDEFI",
	"ffnbelfdoeiohenkjibnmadjiehjhajb": "Yoroi", "kpfopkelmapcoipemfendmdcghnegimn": "Liquality",
	"jbdaocneiiinmjbjlgalhcelgbejmnid": "Nifty", "amkmjjmmflddogmhpjloimipbofnfjih": "Wombat",
	"nlbmnnijcnlegkjjpcfjclmcfggfefdm": "MEW CX", "jiidiaalihmmhddjgbnbgdfflelocpak": "Bitget Wallet",
	"pdliaogehgdbhbnmkklieghmmjkpigpa": "Bybit Wallet", "onhogfjeacnfoofkfgppdlbmlmnplgbn": "SubWallet",
	"aflkmfhebedbjioipglgcbcmnbpgliof": "Backpack", "aeachknmefphepccionboohckonoeemg": "Coin98",
	"ejjladinnckdgjemekebdpeokbikhfci": "Petra", "opcgpfmipidbgpenhmajoajpbobppdil": "Sui Wallet",
	"jnlgamecbpmbajjfhmmmlhejkemejdma": "Braavos", "lpfcbjknijpeeillifnkikgncikgfhdo": "Nami",
	"ookjlbkiijinhpmnjffcofjonbfbgaoc": "Temple",
}

// browserDirs are Chromium-family user-data directories relative to a
// home, on Linux, macOS and Windows.
var browserDirs = map[string][]string{
	"Chrome":   {".config/google-chrome", "Library/Application Support/Google/Chrome", "AppData/Local/Google/Chrome/User Data"},
	"Chromium": {".config/chromium", "Library/Application Support/Chromium", "AppData/Local/Chromium/User Data"},
	"Brave":    {".config/BraveSoftware/Brave-Browser", "Library/Application Support/BraveSoftware/Brave-Browser", "AppData/Local/BraveSoftware/Brave-Browser/User Data"},
	"Edge":     {".config/microsoft-edge", "Library/Application Support/Microsoft Edge", "AppData/Local/Microsoft/Edge/User Data"},
	"Opera":    {".config/opera", "Library/Application Support/com.operasoftware.Opera", "AppData/Roaming/Opera Software/Opera Stable"},
	"Vivaldi":  {".config/vivaldi", "Library/Application Support/Vivaldi", "AppData/Local/Vivaldi/User Data"},
	"Yandex":   {".config/yandex-browser", "Library/Application Support/Yandex/YandexBrowser", "AppData/Local/Yandex/YandexBrowser/User Data"},
	"Arc":      {"Library/Application Support/Arc/User Data"},
}

// desktopDirs are desktop wallet data directories relative to a home
// (docs/formats.md §7.7).
var desktopDirs = map[string][]string{
	"Bitcoin Core":   {".bitcoin", "Library/Application Support/Bitcoin", "AppData/Roaming/Bitcoin", "AppData/Local/Bitcoin"},
	"Electrum":       {".electrum", "AppData/Roaming/Electrum"},
	"Exodus":         {".config/Exodus", "Library/Application Support/Exodus", "AppData/Roaming/Exodus"},
	"Atomic":         {".config/atomic", "Library/Application Support/atomic", "AppData/Roaming/atomic"},
	"Ledger Live":    {".config/Ledger Live", "Library/Application Support/Ledger Live", "AppData/Roaming/Ledger Live"},
	"Sparrow":        {".sparrow", "AppData/Roaming/Sparrow"},
	"Wasabi":         {".walletwasabi", "AppData/Roaming/WalletWasabi"},
	"Monero":         {"Monero/wallets", "Documents/Monero/wallets"},
	"geth keystore":  {".ethereum/keystore", "Library/Ethereum/keystore", "AppData/Roaming/Ethereum/keystore"},
	"Solana CLI":     {".config/solana"},
	"Sui CLI":        {".sui/sui_config"},
	"NEAR CLI":       {".near-credentials"},
	"Core Lightning": {".lightning"},
	"LND":            {".lnd", "Library/Application Support/Lnd", "AppData/Local/Lnd"},
}

// HomeDirs lists the home directories under root (a machine's "/" or a
// mounted image): root/home/*, root/Users/* and root/root; root itself
// when there are none.
func HomeDirs(root string) []string {
	var out []string
	for _, pattern := range []string{"home/*", "Users/*", "root"} {
		m, _ := filepath.Glob(filepath.Join(root, pattern))
		for _, p := range m {
			if info, err := os.Lstat(p); err == nil && info.IsDir() {
				out = append(out, p)
			}
		}
	}
	if len(out) == 0 {
		out = append(out, root)
	}
	sort.Strings(out)
	return out
}

// FindWallets returns the wallet stores under root (a machine's "/", a
// mounted image, or a home directory): browser-extension storage of known
// wallet extensions in every Chromium-family profile, Firefox extension
// storage, and desktop wallet data directories. It only looks; it opens no
// file.
func FindWallets(root string) []WalletLocation {
	var out []WalletLocation
	for _, home := range HomeDirs(root) {
		for wallet, rels := range desktopDirs {
			for _, rel := range rels {
				p := filepath.Join(home, filepath.FromSlash(rel))
				if isDir(p) {
					out = append(out, WalletLocation{Wallet: wallet, Kind: "desktop", Path: p})
				}
			}
		}
		for browser, rels := range browserDirs {
			for _, rel := range rels {
				base := filepath.Join(home, filepath.FromSlash(rel))
				if !isDir(base) {
					continue
				}
				profiles, _ := filepath.Glob(filepath.Join(base, "Profile *"))
				profiles = append(profiles, filepath.Join(base, "Default"), base)
				for _, prof := range profiles {
					for id, wallet := range extensionIDs {
						for _, sub := range []string{"Local Extension Settings/" + id, "Sync Extension Settings/" + id, "IndexedDB/chrome-extension_" + id + "_0.indexeddb.leveldb"} {
							p := filepath.Join(prof, filepath.FromSlash(sub))
							if isDir(p) {
								out = append(out, WalletLocation{Wallet: wallet, Kind: "browser-extension", Browser: browser, Profile: filepath.Base(prof), Path: p})
							}
						}
					}
				}
			}
		}
		ffProfiles, _ := filepath.Glob(filepath.Join(home, ".mozilla/firefox/*/storage/default/moz-extension+++*"))
		more, _ := filepath.Glob(filepath.Join(home, "AppData/Roaming/Mozilla/Firefox/Profiles/*/storage/default/moz-extension+++*"))
		for _, p := range append(ffProfiles, more...) {
			if isDir(p) {
				out = append(out, WalletLocation{Wallet: "Firefox extension", Kind: "browser-extension", Browser: "Firefox", Path: p})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

func isDir(p string) bool {
	info, err := os.Lstat(p)
	return err == nil && info.IsDir()
}

// Host returns a source of the files in every wallet store FindWallets
// finds under root, each item's findings carrying the wallet's name.
func Host(root string) Source { return hostSource{root: root} }

type hostSource struct{ root string }

func (s hostSource) Walk(ctx context.Context, fn func(Item) error) error {
	if !isDir(s.root) {
		return &fs.PathError{Op: "scan", Path: s.root, Err: fs.ErrNotExist}
	}
	for _, loc := range FindWallets(s.root) {
		meta := map[string]string{"wallet": loc.Wallet}
		if loc.Browser != "" {
			meta["browser"] = loc.Browser + " / " + loc.Profile
		}
		err := dirSource{root: loc.Path}.Walk(ctx, func(it Item) error {
			it.Meta = meta
			if loc.Kind == "browser-extension" && !strings.Contains(strings.ToLower(it.Path), "extension") {
				st := storageOf(it, nil)
				st.Context = "browser-extension"
				it.Storage = &st
			}
			return fn(it)
		})
		if err != nil && ctx.Err() != nil {
			return err
		}
	}
	return nil
}

// Distinct returns a source that walks srcs in order and yields each file
// of the machine once: an item whose file an earlier item already reached
// (the same device and inode, or, where the platform has none, the same
// cleaned absolute path) is dropped, so the first source to reach a file
// decides its wallet name and storage context. Host, History and Dir of
// one machine overlap (a wallet store is in the tree, so is a history);
// Distinct(Host(root), History(home), Dir(root)) scans and counts each
// file once. Items that are not files of the machine (io/fs sources,
// streams) all pass.
func Distinct(srcs ...Source) Source { return distinctSource{srcs: srcs} }

type distinctSource struct{ srcs []Source }

func (s distinctSource) Walk(ctx context.Context, fn func(Item) error) error {
	seen := map[string]struct{}{}
	for _, src := range s.srcs {
		err := src.Walk(ctx, func(it Item) error {
			if onDisk(it.Origin) {
				// A skipped link or unreadable entry is its own path, not
				// the file it points at.
				key := "path:" + cleanAbs(it.Path)
				if it.Skip == "" && it.Err == nil {
					key = distinctKey(it.Path)
				}
				if _, dup := seen[key]; dup {
					it.done()
					return nil
				}
				seen[key] = struct{}{}
			}
			return fn(it)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// distinctKey names the file at p: device and inode when it can be
// looked at, else its cleaned absolute path.
func distinctKey(p string) string {
	if info, err := os.Stat(p); err == nil {
		if id, ok := fileID(info); ok {
			return "id:" + id
		}
	}
	return "path:" + cleanAbs(p)
}

func cleanAbs(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return filepath.Clean(p)
}
